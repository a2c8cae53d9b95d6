// The speed-ups must not change what the engine finds. Each fast path is
// compared here with the plain computation it replaces: the Markdown fast
// path with the parser, the indexed event, paraphrase and figure look-ups with
// a scan of every corpus fact, the session's memoised steps with full checks.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import MiniSearch from "minisearch";
import { article, draft, makeWorld, Rng } from "../../bench/gen-corpus";
import { analyzeText } from "../../server/src/engine/analysis/analyze";
import { asFigure } from "../../server/src/engine/analysis/figures";
import { draftDates } from "../../server/src/engine/checks/date-mismatch";
import { DraftSession } from "../../server/src/engine/incremental";
import { Engine } from "../../server/src/engine/engine";
import type { EventMatch } from "../../server/src/engine/knowledge/dates";
import type { Knowledge } from "../../server/src/engine/knowledge/knowledge";
import { parsedMarkdown, simpleMarkdownFastPath } from "../../server/src/engine/text/markup";
import { fold } from "../../server/src/engine/text/tokens";
import { engineFrom, RIVERTON } from "../helpers";

/** A small generated corpus (invented names, dates and figures), with drafts about it. */
function generated(count: number, seed: number): { engine: Engine; drafts: string[] } {
  const world = makeWorld(seed, Math.max(1, Math.ceil(count / 5)));
  const articles = Array.from({ length: count }, (_, k) => article(world, seed, k));
  const engine = Engine.fromArticles(articles.map((a) => ({ id: a.name, path: "", text: a.text, kind: a.name.endsWith(".md") ? "markdown" : "plaintext" })));
  return { engine, drafts: [1, 2, 3].map((v) => draft(count, 400, seed, v)) };
}

const GEN = generated(40, 5);
const RIV = engineFrom(RIVERTON);
const RIV_DRAFT = [
  "# Flood update",
  "",
  "Mayor Anabelle Okonkwo-Lindqvist closed the Halvorsen Bridge on Wednesday, April 10, after the river rose 3.5 metres.",
  "The county emergency director, Tobias Fairwether, said more than 500 homes had been evacuated.",
  "",
  "\"We will reopen the bridge when it is safe,\" Okonkwo-Lindqvist said. Repairs will cost about 15 million dollars.",
  "",
  "Priya Ramaswamy of Northgate University called it the worst flood since 1988. The Riverton Gazete reported the damage.",
].join("\n");

describe("Markdown fast path", () => {
  const same = (text: string, frontMatter = true) => {
    const fast = simpleMarkdownFastPath(text, frontMatter);
    if (fast) assert.deepEqual(fast, parsedMarkdown(text, frontMatter), JSON.stringify(text));
    return !!fast;
  };

  it("gives the parser's result on headings, paragraphs and front matter", () => {
    assert.ok(same("# Title\n\nFirst sentence. Second one.\nSame paragraph.\n\n## Part two\nText right after.\n"));
    assert.ok(same("---\ntitle: \"A\"\ndate: 2024-01-02\n---\n\n# A\n\nBody text.\n"));
    assert.ok(same("#tag and #s Draft are prose\n\n“Quoted” (and bracketed) 1.5 metres"));
    assert.ok(same(""));
    for (const [, text] of Object.entries(RIVERTON)) same(text);
  });

  it("declines what it cannot know without parsing", () => {
    for (const t of ["- item", "1. item", "> quote", "    code", "*a*", "[x](y)", "a <b>", "a\\b", "x@y.z", "see www.a.b", "http://a.b", "Title\n===", "a  \nb", "#", "####### x", "a\tb", "a\r\nb"]) {
      assert.equal(simpleMarkdownFastPath(t), undefined, t);
    }
    assert.equal(simpleMarkdownFastPath("---\na: 1\n---\nText", false), undefined);
  });

  it("agrees with the parser on thousands of random texts", () => {
    const rng = new Rng(7);
    const pieces = ["Word", "word", "x", "1", "10.", "2)", "1.5", "#", "##", " ", "  ", ",", ".", ":", "-", "=", "\"", "“", "(", "é", "\u00a0", "*", "_", "[", "]", "<", "&", "~", "|", "`", "\\", "@", "\t", "!"];
    const line = () => {
      let s = "";
      for (let i = rng.int(0, 8); i > 0; i--) s += rng.pick(pieces) + (rng.chance(0.6) ? " " : "");
      return rng.chance(0.5) ? s.trimEnd() : s;
    };
    let fast = 0;
    for (let n = 0; n < 4000; n++) {
      const lines: string[] = [];
      if (rng.chance(0.15)) lines.push("---", rng.pick(["a: b", "", "---x"]), rng.pick(["---", "----", "--- "]));
      for (let i = rng.int(0, 6); i > 0; i--) lines.push(line());
      if (same(lines.join("\n"), rng.chance(0.8))) fast++;
    }
    assert.ok(fast > 500, `only ${fast} texts took the fast path`);
  });

  it("takes the fast path for generated drafts and articles", () => {
    for (const d of GEN.drafts) assert.ok(same(d));
    const world = makeWorld(5, 8);
    for (let k = 0; k < 6; k++) assert.ok(same(article(world, 5, k * 3).text));
  });
});

/** Every corpus event scored against a draft context, the way `match` did before it had an index. */
function scanEvents(kb: Knowledge, context: ReturnType<typeof draftDates>[number]["context"]): EventMatch[] {
  const out: EventMatch[] = [];
  if (!context.length) return out;
  for (const event of kb.dates.events) {
    const { score, shared } = kb.dates.similarity(context, event.context);
    if (shared.length) out.push({ event, score, shared });
  }
  return out.sort((a, b) => b.score - a.score || a.event.article - b.event.article || a.event.ref.start - b.event.ref.start);
}

function draftsOf(engine: Engine, drafts: string[]) {
  return drafts.map((d) => analyzeText(d, "markdown", engine.kb.common));
}

describe("indexed look-ups equal full scans", () => {
  const cases: Array<[string, Engine, string[]]> = [
    ["generated", GEN.engine, GEN.drafts],
    ["riverton", RIV, [RIV_DRAFT]],
  ];

  it("dated events", () => {
    let compared = 0;
    for (const [name, engine, drafts] of cases) {
      for (const d of draftsOf(engine, drafts)) {
        for (const dd of draftDates(d)) {
          const scan = scanEvents(engine.kb, dd.context);
          assert.deepEqual(engine.kb.dates.match(dd.context), scan, name);
          for (const min of [0.3, 0.9, 1.2]) assert.deepEqual(engine.kb.dates.match(dd.context, min), scan.filter((x) => x.score >= min), name);
          compared++;
        }
      }
    }
    assert.ok(compared >= 10);
  });

  it("paraphrase candidates hold every event that shares four words", () => {
    let found = 0;
    for (const [name, engine, drafts] of cases) {
      const kb = engine.kb.dates;
      for (const d of draftsOf(engine, drafts)) {
        for (const dd of draftDates(d)) {
          const candidates = new Set(kb.paraphraseCandidates(dd.words, 4));
          const sharing = new Set(kb.eventsSharing(dd.words, 4));
          for (const e of kb.events) {
            if (kb.coverage(dd.words, e.sentenceWords).shared < 4) continue;
            assert.ok(sharing.has(e), name);
            if (e.relative || e.sentenceDates !== 1) continue;
            assert.ok(candidates.has(e), name);
            found++;
          }
        }
      }
    }
    assert.ok(found >= 5);
  });

  it("figures", () => {
    let compared = 0;
    for (const [name, engine, drafts] of cases) {
      const kb = engine.kb.figures;
      for (const d of draftsOf(engine, drafts)) {
        for (const m of d.figures) {
          const f = asFigure(m);
          if (!f.unit) continue;
          const scan = (kb.byUnit.get(f.unit) ?? [])
            .map((ref) => kb.match(f, ref))
            .filter((x) => x.count > 0)
            .sort((a, b) => b.weight - a.weight || b.ratio - a.ratio);
          assert.deepEqual(kb.matches(f), scan, name);
          compared++;
        }
      }
    }
    assert.ok(compared >= 10);
  });

  it("sentence retrieval ranks as minisearch does", () => {
    for (const engine of [GEN.engine, RIV]) {
      const index = engine.kb.index;
      const search = new MiniSearch<{ id: number; keys: string }>({
        fields: ["keys"],
        storeFields: [],
        tokenize: (text) => (text ? text.split(" ") : []),
        processTerm: (t) => t || null,
        searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
      });
      search.addAll(index.sentences.map((s) => ({ id: s.id, keys: [...s.terms].join(" ") })));
      const vocabulary = [...index.df.keys()].sort();
      const rng = new Rng(3);
      for (let n = 0; n < 300; n++) {
        const terms = Array.from({ length: rng.int(1, 12) }, () => rng.pick(vocabulary));
        if (rng.chance(0.2)) terms.push("nosuchterm");
        const limit = rng.pick([1, 3, 8, 50]);
        // The terms query() sends: known ones, rarest first, at most ten.
        const chosen = [...new Set(terms)].filter((t) => index.df.has(t)).sort((a, b) => index.df.get(a)! - index.df.get(b)!).slice(0, 10);
        const expected = chosen.length ? search.search(chosen.join(" ")).slice(0, limit).map((r) => [r.id, r.score]) : [];
        assert.deepEqual(index.query(terms, limit, 10, Infinity).map((h) => [h.sentence.id, h.score]), expected);
      }
    }
  });

  it("fold keeps its meaning for ASCII and other text", () => {
    for (const w of ["Horodetsky", "GÜLŞEN", "Łódź", "naïve", "ABC-def", ""]) {
      assert.equal(fold(w), w.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase());
    }
  });
});

describe("memoised steps of a session equal full checks", () => {
  const snapshot = (r: ReturnType<Engine["check"]>) => {
    const d = r.draft;
    return JSON.stringify({ findings: r.findings, names: d.names, dates: d.dates, figures: d.figures, roles: d.roles, quotes: d.quotes });
  };

  it("over random edits of a generated draft", () => {
    const s = new DraftSession();
    const rng = new Rng(11);
    let text = GEN.drafts[0];
    const alphabet = "ae s.,\n\"'1-#A";
    for (let i = 0; i < 25; i++) {
      const at = rng.int(0, text.length);
      if (rng.chance(0.3) && text.length > 10) text = text.slice(0, at) + text.slice(at + 1);
      else text = text.slice(0, at) + rng.pick([...alphabet]) + text.slice(at);
      assert.equal(snapshot(GEN.engine.check(text, "markdown", {}, s)), snapshot(GEN.engine.check(text, "markdown")), `edit ${i}`);
    }
    assert.ok(s.stats.reused > s.stats.analysed);
  });

  it("when a sentence gains or loses a finding of another check", () => {
    const s = new DraftSession();
    const a = RIV_DRAFT;
    const b = RIV_DRAFT.replace("Fairwether", "Fairweather");
    for (const t of [a, b, a]) assert.equal(snapshot(RIV.check(t, "markdown", {}, s)), snapshot(RIV.check(t, "markdown")));
  });
});
