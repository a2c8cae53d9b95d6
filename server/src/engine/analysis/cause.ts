// Causes: the draft gives a known event a cause or a means ("Beijing's
// interest was prompted by a request from the capital", "the attackers got in
// through a phishing email") that no corpus sentence about the event gives.
// For analysis/claims.ts.
//
// The draft side: a causal connective ("prompted/triggered/caused/driven/
// sparked by", "because of", "due to", "as a result of", "in response to",
// "at the request of", "got/broke in through") splits a clause into the
// effect (the content words before it) and the cause (the content words after
// it, to the clause end). The cause must hold two content words or more, and
// one of them must be a word or name the corpus never uses: a cause told in
// the corpus's own words is left to the other rules, since paraphrase is
// common there.
// The corpus side: the sentences retrieved for effect and cause together.
// The effect must be known (a sentence holds half of its weight); the cause
// is supported when some sentence holds half of the cause's weight. Otherwise
// the finding is information: the corpus tells the event without that cause.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim, ClaimTerm } from "./claims";

const CONNECTIVE =
  /\b(?:(?:was|were|is|are|been|being)\s+)?(?:prompted|triggered|caused|driven|sparked|motivated|spurred|provoked)\s+(?:in\s+part\s+|partly\s+|largely\s+|mainly\s+)?by\b|\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+response\s+to|at\s+the\s+request\s+of)\b|\b(?:got|gets|get|broke|breaks|gained|gain)\s+(?:in|access)\s+(?:through|via|using)\b/giu;
const CLAUSE_END = /[,;:()\u2013\u2014]|\s-{1,2}\s|\b(?:and|but|while|which|who)\b/u;

export interface CauseFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

const weightOf = (kb: Knowledge, keys: readonly string[]) => keys.reduce((s, k) => s + kb.index.idf(k), 0);

/** A cause or means of a known event that no corpus sentence gives. */
export function unattestedCause(kb: Knowledge, claim: Claim): CauseFinding | undefined {
  const s = claim.sentence;
  CONNECTIVE.lastIndex = 0;
  for (const m of s.text.matchAll(CONNECTIVE)) {
    const at = s.start + m.index!;
    const after = s.text.slice(m.index! + m[0].length);
    const stop = CLAUSE_END.exec(after);
    const clause = after.slice(0, stop ? stop.index : after.length).replace(/[\s.!?"'”’»)\]]+$/u, "");
    const end = at + m[0].length + clause.length;
    const terms = claim.all.filter((t) => !t.quoted && !t.role);
    const cause = uniqueKeys(terms.filter((t) => t.start >= at + m[0].length && t.end <= end));
    const effect = uniqueKeys(terms.filter((t) => t.end <= at));
    if (cause.length < 2 || effect.length < 2) continue;
    if (!cause.some((k) => !kb.index.df.has(k))) continue;
    const known = cause.filter((k) => kb.index.df.has(k));
    const hits = kb.index.query([...effect, ...known], 20).map((h) => h.sentence);
    const effectWeight = weightOf(kb, effect);
    const causeWeight = weightOf(kb, cause);
    const share = (x: IndexedSentence, keys: readonly string[], total: number) => weightOf(kb, keys.filter((k) => x.terms.has(k))) / (total || 1);
    const about = hits.filter((x) => share(x, effect, effectWeight) >= 0.5);
    if (!about.length) continue;
    if (hits.some((x) => share(x, cause, causeWeight) >= 0.5)) continue;
    const causeText = clause.trim();
    return {
      reason: `no corpus article gives "${causeText}" as the cause or means; the corpus tells it without`,
      focus: { start: at + m[0].length + (after.length - after.trimStart().length), end },
      evidence: about.slice(0, 2),
    };
  }
  return undefined;
}

function uniqueKeys(terms: readonly ClaimTerm[]): string[] {
  return [...new Set(terms.map((t) => t.key))];
}
