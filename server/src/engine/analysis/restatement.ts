// A claim read against the corpus sentence it restates, word by word: both
// sentences' terms (quotations aside) and their alignment (the longest common
// run of term keys, in order). Computed once per claim for the rules that read
// what differs between the two (analysis/slot-swap.ts, analysis/tail-swap.ts).
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Claim, ClaimTerm, EvidenceView } from "./claims";
import { analyzedEvidence } from "./claims";

export interface Restatement {
  claim: Claim;
  /** The corpus sentence, as the claim rules read it. */
  ev: EvidenceView;
  top: IndexedSentence;
  mine: ClaimTerm[];
  theirs: ClaimTerm[];
  /** Aligned pairs of indices into `mine` and `theirs`, in order. */
  pairs: Array<[number, number]>;
}

/** Longest sentences aligned; longer ones are not restatements of one another worth a word-by-word reading. */
const MAX_TERMS = 80;

/** Two term lists aligned by key, in order (their longest common subsequence): pairs of indices. */
function alignTerms(a: readonly ClaimTerm[], b: readonly ClaimTerm[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (!n || !m || n > MAX_TERMS || m > MAX_TERMS) return [];
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i].key === b[j].key ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].key === b[j].key) out.push([i++, j++]);
    else if (L[i + 1][j] >= L[i][j + 1]) i++;
    else j++;
  }
  return out;
}

export function restatementOf(kb: Knowledge, claim: Claim, top: IndexedSentence): Restatement {
  const ev = analyzedEvidence(kb, top);
  const mine = claim.all.filter((t) => !t.quoted);
  const theirs = ev.terms.filter((t) => !t.quoted);
  return { claim, ev, top, mine, theirs, pairs: alignTerms(mine, theirs) };
}

/** True when a term lies in a span another check already flagged. */
export function flaggedBefore(prior: readonly { span: { start: number; end: number } }[], t: ClaimTerm): boolean {
  return prior.some((f) => f.span.start < t.end && t.start < f.span.end);
}
