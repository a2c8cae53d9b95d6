// Score bounds skip corpus facts a check could not use; they must not skip
// one it could. Each pruned look-up is compared here with the full look-up
// it replaces, filtered by what the check asks of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { article, draft, makeWorld } from "../../bench/gen-corpus";
import { analyzeText, type AnalyzedText } from "../../server/src/engine/analysis/analyze";
import { asFigure } from "../../server/src/engine/analysis/figures";
import { draftDates } from "../../server/src/engine/checks/date-mismatch";
import { Engine } from "../../server/src/engine/engine";
import type { DatedEvent } from "../../server/src/engine/knowledge/dates";
import { figuresAgree } from "../../server/src/engine/knowledge/figures";
import { engineFrom, RIVERTON } from "../helpers";

function generated(count: number, seed: number): [Engine, AnalyzedText[]] {
  const world = makeWorld(seed, Math.max(1, Math.ceil(count / 5)));
  const articles = Array.from({ length: count }, (_, k) => article(world, seed, k));
  const engine = Engine.fromArticles(articles.map((a) => ({ id: a.name, path: "", text: a.text, kind: "markdown" as const })));
  return [engine, [1, 2].map((v) => analyzeText(draft(count, 500, seed, v), "markdown", engine.kb.common))];
}

const RIV = engineFrom(RIVERTON);
const RIV_DRAFT =
  "Mayor Anabelle Okonkwo-Lindqvist closed the Halvorsen Bridge on Wednesday, April 10, after the river rose 3.5 metres. " +
  "More than 500 homes had been evacuated, the county said on April 9. Repairs will cost about 15 million dollars.";
const CASES: Array<[string, Engine, AnalyzedText[]]> = [
  ["generated", ...generated(60, 11)],
  ["riverton", RIV, [analyzeText(RIV_DRAFT, "plaintext", RIV.kb.common)]],
];

describe("pruned look-ups keep everything a check can use", () => {
  it("valid: dated events with a filter equal the full match, filtered", () => {
    let compared = 0;
    for (const [name, engine, drafts] of CASES) {
      const kb = engine.kb.dates;
      for (const d of drafts) {
        for (const dd of draftDates(d)) {
          const keep = (e: DatedEvent) => e.date.month === dd.mention.month;
          for (const min of [0.45, 0.9]) {
            assert.deepEqual(kb.match(dd.context, min, keep), kb.match(dd.context, min).filter((x) => keep(x.event)), name);
            compared++;
          }
        }
      }
    }
    assert.ok(compared >= 10);
  });

  it("valid: paraphrase candidates with a share hold every event that coverage lets through", () => {
    let found = 0;
    for (const [name, engine, drafts] of CASES) {
      const kb = engine.kb.dates;
      for (const d of drafts) {
        for (const dd of draftDates(d)) {
          for (const share of [0.3, 0.5, 0.8]) {
            const candidates = new Set(kb.paraphraseCandidates(dd.words, 4, share));
            const loose = new Set(kb.paraphraseCandidates(dd.words, 4));
            for (const e of candidates) assert.ok(loose.has(e), name);
            for (const e of loose) {
              const cov = kb.coverage(dd.words, e.sentenceWords);
              if (cov.shared < 4 || Math.min(cov.draft, cov.corpus) < share) continue;
              assert.ok(candidates.has(e), name);
              found++;
            }
          }
        }
      }
    }
    assert.ok(found >= 5);
  });

  it("invalid: a share no event reaches leaves no paraphrase candidate", () => {
    const [, engine, drafts] = CASES[0];
    for (const dd of draftDates(drafts[0])) assert.deepEqual(engine.kb.dates.paraphraseCandidates(dd.words, 4, 1.01), []);
  });

  it("valid: figures with a need equal the full matches, filtered by it", () => {
    let compared = 0;
    for (const [name, engine, drafts] of CASES) {
      const kb = engine.kb.figures;
      for (const d of drafts) {
        for (const m of d.figures) {
          const f = asFigure(m);
          if (!f.unit) continue;
          for (const need of [
            { count: 2, weight: 1.2, keep: (r: { figure: typeof f }) => figuresAgree(f, r.figure) },
            { count: 1, weight: 0.3, keep: () => false },
            { count: 3, weight: 1.8, keep: () => false },
          ]) {
            const full = kb.matches(f).filter((x) => need.keep(x.ref) || (x.count >= need.count && x.weight >= need.weight));
            const pruned = kb.matches(f, need).filter((x) => need.keep(x.ref) || (x.count >= need.count && x.weight >= need.weight));
            assert.deepEqual(pruned, full, name);
            compared++;
          }
        }
      }
    }
    assert.ok(compared >= 10);
  });

  it("valid: a quotation is found word for word whatever the order of its words' rarity", () => {
    const [, engine] = CASES[0];
    const quotes = engine.kb.quotes;
    let found = 0;
    for (const q of quotes.quotes.slice(0, 40)) {
      const words = q.words.slice(0, Math.min(6, q.words.length));
      const hits = quotes.exact(words);
      assert.ok(hits.some((h) => h.quote === q));
      found++;
    }
    assert.ok(found >= 5);
  });
});
