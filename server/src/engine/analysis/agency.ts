// Agency contrasts: the draft gives a deed to one actor and denies it to
// another in so many words ("the firm was brought in by the state police
// rather than by the council", "hired by A, not by B", "by A instead of B"),
// while a corpus sentence about the same thing names the denied actor and not
// the one the draft gives it to. For analysis/claims.ts.
//
// The draft side: "by A" followed by "rather than", "instead of", "and not",
// "but not" or "not" and the denied actor B (an optional "by" before it), up
// to the clause end; "itself"/"themselves" after B are dropped. The thing
// done: the content words of the sentence before "by".
// The corpus side: a retrieved sentence that holds every content word of B,
// none of A's, at least one word of the thing done, and no negation or
// refusal. When some corpus sentence holds A's words together with the thing,
// the corpus may give the deed to A too, and nothing is said. The finding is
// information: which actor did a deed is read from word order, not parsed.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim, ClaimTerm } from "./claims";

const CONTRAST = /\bby\s+([^,;:.!?()]{2,60}?)\s*,?\s+(?:rather\s+than|instead\s+of|(?:and|but)\s+not|not)\s+(?:by\s+)?([^,;:.!?()]{2,60})/giu;
const REFLEXIVE = /\s+(?:itself|themselves|himself|herself)\s*$/iu;
const DENIAL = /\b(?:not|never|no|refused|declined|rejected|denied)\b|n['’]t\b/iu;

export interface AgencyFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

const within = (terms: readonly ClaimTerm[], from: number, to: number) => terms.filter((t) => !t.quoted && t.start >= from && t.end <= to);

/** A deed the draft gives to A and denies to B, where the corpus names B with the thing done and not A. */
export function agencyContrast(kb: Knowledge, claim: Claim): AgencyFinding | undefined {
  const s = claim.sentence;
  CONTRAST.lastIndex = 0;
  for (const m of s.text.matchAll(CONTRAST)) {
    const at = s.start + m.index!;
    const aStart = at + m[0].indexOf(m[1], 2);
    const aEnd = aStart + m[1].length;
    const bText = m[2].replace(REFLEXIVE, "");
    const bStart = at + m[0].lastIndexOf(m[2]);
    const bEnd = bStart + bText.length;
    const a = within(claim.all, aStart, aEnd).filter((t) => !t.role);
    const b = within(claim.all, bStart, bEnd).filter((t) => !t.role);
    const thing = within(claim.all, s.start, at).filter((t) => !t.role);
    if (!a.length || !b.length || !thing.length) continue;
    const aKeys = [...new Set(a.map((t) => t.key))];
    const bKeys = [...new Set(b.map((t) => t.key))];
    const thingKeys = [...new Set(thing.map((t) => t.key))].filter((k) => !aKeys.includes(k) && !bKeys.includes(k));
    if (!thingKeys.length || bKeys.some((k) => !kb.index.df.has(k))) continue;
    const hits = kb.index.query([...thingKeys, ...bKeys, ...aKeys], 30).map((h) => h.sentence);
    const shares = (x: IndexedSentence) => thingKeys.some((k) => x.terms.has(k));
    // The corpus may give the deed to A as well: say nothing.
    if (hits.some((x) => shares(x) && aKeys.every((k) => x.terms.has(k)))) continue;
    const text = (x: IndexedSentence) => kb.articles[x.article].sentences[x.sentence].text;
    const found = hits.find((x) => shares(x) && bKeys.every((k) => x.terms.has(k)) && !aKeys.some((k) => x.terms.has(k)) && !DENIAL.test(text(x)));
    if (!found) continue;
    return {
      reason: `the corpus names "${bText.trim()}" with it, not "${m[1].trim()}"`,
      focus: { start: aStart, end: bEnd },
      evidence: [found],
    };
  }
  return undefined;
}
