// Reversed order: the draft puts first what the corpus puts second. Two shapes,
// for analysis/claims.ts:
//   - a preference: "A rather than B" (or "A instead of B") where a corpus
//     sentence has "B rather than A" — "clothing rather than cash" for "cash
//     rather than clothing";
//   - a time offset: "N minutes after X" where a corpus sentence has "N
//     minutes before X" for the same N, unit and X (or the reverse).
// The corpus sentence is found among the retrieved ones and must share the
// words on both sides; when it also has the draft's own order, nothing is
// said. A warning: the corpus states the order in so many words.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import { NUMBER_WORDS } from "../text/lexicon";
import type { Span } from "../types";
import { termsOf, type Claim } from "./claims";

export interface OrderFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

const PREFER = /\b(?:rather\s+than|instead\s+of)\b/giu;
/** Content words taken on each side of "rather than". */
const SIDE_WORDS = 4;

/** The content keys just before and just after each "rather than" of a text. */
function preferences(text: string): Array<{ before: Set<string>; after: Set<string>; start: number; end: number }> {
  const out: Array<{ before: Set<string>; after: Set<string>; start: number; end: number }> = [];
  const found = [...text.matchAll(PREFER)];
  // Most sentences have none: their terms are not read.
  if (!found.length) return out;
  const terms = termsOf(text, 0);
  for (const m of found) {
    const at = m.index!;
    const end = at + m[0].length;
    // Up to the clause's edge on each side.
    const from = Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at), text.lastIndexOf(":", at));
    const stop = [",", ";", ".", ":"].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
    const to = stop.length ? Math.min(...stop) : text.length;
    const before = terms.filter((t) => t.end <= at && t.start > from).slice(-SIDE_WORDS);
    const after = terms.filter((t) => t.start >= end && t.end <= to).slice(0, SIDE_WORDS);
    if (before.length && after.length) out.push({ before: new Set(before.map((t) => t.key)), after: new Set(after.map((t) => t.key)), start: before[0].start, end: after[after.length - 1].end });
  }
  return out;
}

const OFFSET = /\b(\d+|[a-z]+)\s+(second|minute|hour|day|week|month|year)s?\s+(before|after|earlier\s+than|later\s+than)\s+((?:the\s+)?[^,.;:]{3,60})/giu;

/** The time offsets of a text: value, unit, direction and the keys of what they are measured from. */
function offsets(text: string): Array<{ value: number; unit: string; after: boolean; from: Set<string>; start: number; end: number }> {
  const out: Array<{ value: number; unit: string; after: boolean; from: Set<string>; start: number; end: number }> = [];
  OFFSET.lastIndex = 0;
  for (const m of text.matchAll(OFFSET)) {
    const raw = m[1].toLowerCase();
    const value = /^\d+$/u.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
    if (value === undefined) continue;
    const from = new Set(termsOf(m[4], 0).map((t) => t.key));
    if (!from.size) continue;
    out.push({ value, unit: m[2].toLowerCase(), after: /^(?:after|later)/iu.test(m[3]), from, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((k) => b.has(k));

/** A preference or a time offset the corpus gives the other way round. */
export function reversedOrder(kb: Knowledge, claim: Claim, pool: readonly IndexedSentence[]): OrderFinding | undefined {
  const s = claim.sentence;
  const mine = preferences(s.text);
  const myOffsets = offsets(s.text);
  if (!mine.length && !myOffsets.length) return undefined;
  const text = (x: IndexedSentence) => kb.articles[x.article]?.sentences[x.sentence]?.text ?? "";
  const hits = kb.index.query(claim.all.map((t) => t.key), 20).map((h) => h.sentence);
  // Each candidate sentence's preferences and offsets, read once.
  const candidates = [...new Set([...pool, ...hits])].map((x) => {
    const t = text(x);
    return { x, text: t, preferences: mine.length ? preferences(t) : [], offsets: myOffsets.length ? offsets(t) : [] };
  });
  for (const p of mine) {
    if (candidates.some((c) => c.preferences.some((q) => meets(q.before, p.before) && meets(q.after, p.after)))) continue;
    for (const c of candidates) {
      const q = c.preferences.find((q) => meets(q.before, p.after) && meets(q.after, p.before) && !meets(q.after, p.after));
      if (!q) continue;
      return {
        reason: `the corpus has it the other way round: "${c.text.slice(q.start, q.end)}"`,
        focus: { start: s.start + p.start, end: s.start + p.end },
        evidence: [c.x],
      };
    }
  }
  for (const o of myOffsets) {
    // The same value and unit, measured from the same thing: two of its words, or all it has when fewer.
    const agree = (q: ReturnType<typeof offsets>[number]) =>
      q.value === o.value && q.unit === o.unit && [...o.from].filter((k) => q.from.has(k)).length >= Math.min(2, o.from.size, q.from.size);
    if (candidates.some((c) => c.offsets.some((q) => agree(q) && q.after === o.after))) continue;
    for (const c of candidates) {
      const q = c.offsets.find((q) => agree(q) && q.after !== o.after);
      if (!q) continue;
      return {
        reason: `the corpus says "${c.text.slice(q.start, q.end).trim()}"`,
        focus: { start: s.start + o.start, end: s.start + o.end },
        evidence: [c.x],
      };
    }
  }
  return undefined;
}
