// Property-based tests of the engine: random Unicode, mixed line breaks, emoji,
// combining marks and Markdown debris never make a check throw, and every
// finding's range is exact — inside the draft, on code-point boundaries, and
// the same offsets after the trip through LSP and JSON positions. Plus the
// extremes: empty drafts, a 10 MB draft, a 1 MB line, nesting 1,000 deep.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { toJsonDiagnostic } from "../../server/src/cli/report";
import { Engine, MAX_DRAFT_CHARS } from "../../server/src/engine/engine";
import { explainAt } from "../../server/src/engine/explain";
import { LineIndex } from "../../server/src/engine/text/document";
import { CATEGORIES, type Finding } from "../../server/src/engine/types";
import { toDiagnostic } from "../../server/src/lsp/views";
import { engineFrom, RIVERTON, SEED_CORPUS } from "../helpers";
import { HARBOUR } from "./corpora";
import { fcRuns } from "./util";

const SENTENCES = [...Object.values(RIVERTON), ...Object.values(HARBOUR)].flatMap((t) => t.split(/\r?\n/)).filter((l) => l.trim().length > 10);

const DEBRIS = [
  "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "# ", "## ", "> ", ">>>> ", "- ", "* ", "1. ", "   ", "\t", "```\n", "~~~\n", "`", "``", "*", "**", "_", "__", "~~",
  "[", "]", "](https://example.org/a_b)", "<", ">", "<!-- ", " -->", "<!-- factcheck-disable-next-line -->\n", "|", "| --- |", "---\n", "===\n", "\\", "&amp;",
  "\u0301", "\u0308", "\u200b", "\u200d", "\ufeff", "\u00a0", "\u2028", "\u2029", "🌊", "👩‍👩‍👧", "🇺🇦", "e\u0301", "\ud83d", "\ude00", "“", "”", "‘", "’", "\"", "'", "«", "»",
  "...", ". ", "? ", "! ", ": ", "—", "–", "-", "3.2", "1,200", "41 percent", "12 million", "April 9", "9 April 2024", "1987", "Tuesday", "Mr. ", "U.S. ",
];

/** Deletes, doubles or swaps one character: near-spellings and wrong figures. */
function mutate(s: string, at: number, how: number): string {
  const i = at % Math.max(1, s.length);
  switch (how % 4) {
    case 0:
      return s.slice(0, i) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + s[i] + s.slice(i);
    case 2:
      return s.slice(0, i) + (s[i + 1] ?? "") + (s[i] ?? "") + s.slice(i + 2);
    default:
      return s.replace(/\d/, (d) => String((Number(d) + 1 + (how % 8)) % 10));
  }
}

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...SENTENCES), fc.nat(), fc.nat()).map(([s, at, how]) => mutate(s, at, how)) },
  { weight: 5, arbitrary: fc.constantFrom(...DEBRIS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
);
const draftArb = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `o` does not fall between the two halves of a surrogate pair. */
function onCodePointBoundary(text: string, o: number): boolean {
  return !(o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o)));
}

/** Everything that must hold for one draft's findings. */
export function assertExact(engine: Engine, text: string, kind: "markdown" | "plaintext"): Finding[] {
  const result = engine.check(text, kind);
  const checked = result.truncatedAt ?? text.length;
  const doc = TextDocument.create("file:///draft", kind, 1, text);
  const ids = new Set(engine.kb.articles.map((a) => a.id));
  for (const f of result.findings) {
    const where = `${f.code} ${JSON.stringify(f.span)} in ${JSON.stringify(text.slice(0, 200))}`;
    assert.ok(Number.isInteger(f.span.start) && Number.isInteger(f.span.end), where);
    assert.ok(f.span.start >= 0 && f.span.start < f.span.end && f.span.end <= checked, `span inside the draft: ${where}`);
    assert.ok(onCodePointBoundary(text, f.span.start) && onCodePointBoundary(text, f.span.end), `span on code points: ${where}`);
    assert.match(text.slice(f.span.start, f.span.end), /[\p{L}\p{N}]/u, `span covers a word: ${where}`);
    assert.ok(CATEGORIES.includes(f.category), where);
    assert.ok(["error", "warning", "information", "hint"].includes(f.severity), where);
    assert.ok(f.message.trim().length > 0, where);
    // A contradiction has corpus evidence, but for the calendar's own: a weekday that does not fall on a date the draft gives in full.
    const calendar = f.code === "date-mismatch" && /^\S.* is a \p{L}+day, not a \p{L}+day\.$/u.test(f.message);
    if (f.severity === "warning" || f.severity === "error") assert.ok(f.evidence.length > 0 || calendar, `a contradiction has evidence: ${where}`);
    for (const e of f.evidence) {
      assert.ok(ids.has(e.article), `evidence names a corpus article: ${e.article}`);
      const art = engine.kb.articles.find((a) => a.id === e.article)!;
      assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= art.text.length, `evidence span inside ${e.article}`);
      const pos = new LineIndex(art.text).positionAt(e.span.start);
      assert.deepEqual({ line: e.line, column: e.column }, { line: pos.line + 1, column: pos.character }, `evidence line/column in ${e.article}`);
    }
    // LSP: the server's range maps back to the same offsets in the client's document model.
    const d = toDiagnostic(result.draft, f);
    assert.deepEqual(d.range.start, doc.positionAt(f.span.start), `LSP start: ${where}`);
    assert.deepEqual(d.range.end, doc.positionAt(f.span.end), `LSP end: ${where}`);
    assert.equal(doc.offsetAt(d.range.start), f.span.start, where);
    assert.equal(doc.offsetAt(d.range.end), f.span.end, where);
    // JSON report of the command line: same positions.
    assert.deepEqual(toJsonDiagnostic(result.draft, f).range, d.range, where);
  }
  return result.findings;
}

function explainEverywhere(engine: Engine, text: string, kind: "markdown" | "plaintext", step: number): void {
  const { draft } = engine.check(text, kind);
  for (let o = 0; o <= draft.text.length; o += step) {
    const x = explainAt(engine.kb, draft, o);
    if (x) assert.ok(x.span.start >= 0 && x.span.start <= x.span.end && x.span.end <= draft.text.length, `explanation inside the draft at ${o}`);
  }
}

describe("engine: generated drafts", () => {
  const small = engineFrom({ ...RIVERTON, ...HARBOUR });

  it("random drafts over a small corpus: no exception, exact ranges", (t) => {
    let cases = 0;
    let findings = 0;
    fc.assert(
      fc.property(draftArb, fc.constantFrom("markdown" as const, "plaintext" as const), (text, kind) => {
        cases++;
        findings += assertExact(small, text, kind).length;
      }),
      fcRuns(600),
    );
    t.diagnostic(`${cases} generated drafts, ${findings} findings checked`);
    assert.ok(findings > 50, "the generator reaches the checks");
  });

  it("found by random drafts and pinned: a range dash at the very end, a byte-order mark before front matter", () => {
    for (const text of ["3.2–", "5-", "between 4 and", "five to", "£3–", "\ufeffutlet: Valley Courier\u{10000}", "\ufeff---\ntitle: x\n---\n"]) {
      for (const kind of ["markdown", "plaintext"] as const) {
        assertExact(small, text, kind);
        explainEverywhere(small, text, kind, 1);
      }
    }
  });

  it("found by random drafts and pinned: a weekday the draft's own full date contradicts needs no corpus evidence", async () => {
    const seed = await Engine.load([SEED_CORPUS], { cache: false });
    const found = assertExact(seed, "Tuesday 2 March 2023", "markdown");
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Thursday, not a Tuesday\.$/);
  });

  it("random drafts: explanations at every offset stay inside", (t) => {
    let cases = 0;
    fc.assert(
      fc.property(draftArb, fc.constantFrom("markdown" as const, "plaintext" as const), (text, kind) => {
        cases++;
        explainEverywhere(small, text, kind, 3);
      }),
      fcRuns(150),
    );
    t.diagnostic(`${cases} generated drafts`);
  });

  it("random drafts over the seed corpus", async (t) => {
    const seed = await Engine.load([SEED_CORPUS], { cache: false });
    const seedSentences = seed.kb.articles.flatMap((a) => a.sentences.map((s) => a.text.slice(s.start, s.end))).filter((s) => s.length > 20);
    let cases = 0;
    let findings = 0;
    const seedFragment = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...seedSentences) },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...seedSentences), fc.nat(), fc.nat()).map(([s, at, how]) => mutate(s, at, how)) },
      { weight: 4, arbitrary: fragment },
    );
    fc.assert(
      fc.property(fc.array(seedFragment, { maxLength: 25 }).map((p) => p.join(" ")), fc.constantFrom("markdown" as const, "plaintext" as const), (text, kind) => {
        cases++;
        findings += assertExact(seed, text, kind).length;
      }),
      fcRuns(200),
    );
    t.diagnostic(`${cases} generated drafts, ${findings} findings checked`);
  });

  it("line-break style does not move any finding: LF, CRLF and CR give the same findings on the same words", (t) => {
    let cases = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SENTENCES.map((s) => mutate(s, 7, 0)), ...SENTENCES), { minLength: 1, maxLength: 8 }), (lines) => {
        cases++;
        const words = (text: string) => assertExact(small, text, "markdown").map((f) => `${f.code}:${text.slice(f.span.start, f.span.end)}`);
        const lf = words(lines.join("\n\n"));
        assert.deepEqual(words(lines.join("\r\n\r\n")), lf);
        assert.deepEqual(words(lines.join("\r\r")), lf);
      }),
      fcRuns(100),
    );
    t.diagnostic(`${cases} generated drafts, each in three line-break styles`);
  });
});

describe("engine: extreme drafts", () => {
  const small = engineFrom({ ...RIVERTON, ...HARBOUR });
  const prose = Object.values(RIVERTON).join("\n\n").replace("Annabelle", "Anabelle") + "\n\n";

  for (const text of ["", " ", "\n", "\r\n", "\r", "\ufeff", "\u0000", "#", ">", "```", "---", "---\n---\n", "<!--", "\ud800", "🌊"]) {
    it(`tiny draft ${JSON.stringify(text)}`, () => {
      for (const kind of ["markdown", "plaintext"] as const) {
        assert.deepEqual(assertExact(small, text, kind), []);
        explainEverywhere(small, text, kind, 1);
      }
    });
  }

  it("a 10 MB draft is checked up to the limit, quickly, with exact ranges", (t) => {
    const text = prose.repeat(Math.ceil(10_000_000 / prose.length));
    for (const kind of ["markdown", "plaintext"] as const) {
      const t0 = performance.now();
      const r = small.check(text, kind);
      const ms = performance.now() - t0;
      assert.ok(r.truncatedAt !== undefined && r.truncatedAt <= MAX_DRAFT_CHARS && r.truncatedAt > MAX_DRAFT_CHARS / 2);
      assert.ok(r.findings.length > 0, "the checked part is really checked");
      assert.ok(r.findings.every((f) => f.span.end <= r.truncatedAt!));
      assert.ok(ms < 60_000, `${kind} took ${ms} ms`);
      t.diagnostic(`10 MB ${kind}: ${r.findings.length} findings in ${ms.toFixed(0)} ms, checked up to ${r.truncatedAt}`);
    }
  });

  it("a single 1 MB line", (t) => {
    const line = prose.replace(/\s+/g, " ");
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    for (const kind of ["markdown", "plaintext"] as const) {
      const t0 = performance.now();
      const f = assertExact(small, text, kind);
      t.diagnostic(`1 MB line ${kind}: ${f.length} findings in ${(performance.now() - t0).toFixed(0)} ms`);
    }
  });

  it("a long line of emoji, combining marks and lone surrogates", () => {
    const text = ("🌊e\u0301\ud800 Anabelle Okonkwo-Lindqvist 👩‍👩‍👧\udc00 ").repeat(5000);
    for (const kind of ["markdown", "plaintext"] as const) assertExact(small, text, kind);
  });

  const nested: Record<string, string> = {
    "blockquotes 1,000 deep, one per line": Array.from({ length: 1000 }, (_, i) => ">".repeat(i + 1) + " Tobias Fairwether said so.").join("\n"),
    "blockquotes 1,000 deep on one line": ">".repeat(1000) + " Tobias Fairwether said so.",
    "bullet lists 1,000 deep": Array.from({ length: 1000 }, (_, i) => "  ".repeat(i) + "- Tobias Fairwether said so.").join("\n"),
    "ordered lists 1,000 deep on one line": "1. ".repeat(1000) + "Tobias Fairwether said so.",
    "mixed lists and quotes 1,000 deep": Array.from({ length: 1000 }, (_, i) => "> - ".repeat(i % 50) + "  ".repeat(i) + "* Tobias Fairwether said so.").join("\r\n"),
    "emphasis 10,000 deep": "*_".repeat(10_000) + "Tobias Fairwether" + "_*".repeat(10_000),
    "brackets 50,000 deep": "[".repeat(50_000) + "Tobias Fairwether" + "](x)".repeat(50_000),
    "10,000 setext headings": "Tobias Fairwether\n===\n".repeat(10_000),
    "5,000 loose list items": "- Tobias Fairwether said so.\n\n".repeat(5000),
    "unclosed fences and comments": "```\nTobias Fairwether\n".repeat(2000) + "<!--\n".repeat(2000),
  };
  for (const [name, text] of Object.entries(nested)) {
    it(`deep or dense Markdown: ${name}`, (t) => {
      const t0 = performance.now();
      const f = assertExact(small, text, "markdown");
      const ms = performance.now() - t0;
      t.diagnostic(`${text.length} chars, ${f.length} findings, ${ms.toFixed(0)} ms`);
      assert.ok(ms < 30_000, `took ${ms} ms`);
    });
  }
});
