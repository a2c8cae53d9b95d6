// Tail swaps: a claim that restates a corpus sentence word for word up to a
// point and then ends on another name ("… developed a year ago and modelled on
// the Halden accord" where the corpus has "… developed a year ago and
// is based on the Varn armistice"). For analysis/claims.ts.
import type { Finding } from "../types";
import type { ClaimTerm } from "./claims";
import { foldWord, spelledBy } from "./claims";
import { DEMONYMS } from "../text/lexicon";
import { placeOf } from "./nationality";
import type { FrameFinding } from "./frames";
import { flaggedBefore, type Restatement } from "./restatement";

/** Most terms a swapped ending may hold on either side. */
const MAX_TAIL = 5;
/** Fewest shared terms before the ending, and the share of the claim's terms before it they must be. */
const MIN_SHARED = 4;
const MIN_SHARE = 0.6;

/**
 * The claim restates a corpus sentence (four aligned words and more, most of its words up to the last aligned
 * one), and after the last aligned pair each ending (five words at most) holds a name the other sentence does
 * not: the same statement, ending on another thing. The endings share no word, and the two names may not be one
 * country written two ways. A note: the draft may add what another sentence says.
 */
export function tailSwap(r: Restatement, prior: readonly Finding[], onlyTurned = false): FrameFinding | undefined {
  const { top, mine, theirs, pairs } = r;
  // The ending starts after the last aligned pair.
  if (!pairs.length) return undefined;
  const [anchor, at] = pairs[pairs.length - 1];
  if (mine[anchor].name) return undefined;
  const head = new Set(mine.slice(0, anchor + 1).map((t) => t.key));
  if (pairs.length < MIN_SHARED || pairs.length < MIN_SHARE * head.size) return undefined;
  const myTail = mine.slice(anchor + 1);
  const theirTail = theirs.slice(at + 1);
  if (!myTail.length || !theirTail.length || myTail.length > MAX_TAIL || theirTail.length > MAX_TAIL) return undefined;
  const myTailKeys = new Set(myTail.map((t) => t.key));
  if (theirTail.some((t) => myTailKeys.has(t.key))) return undefined;
  const named = (t: ClaimTerm) => (t.name && !t.role) || (t.role && DEMONYMS.has(foldWord(t.text).replace(/['’]s$/u, "")));
  const myNames = myTail.filter(named);
  const theirNames = theirTail.filter(named);
  if (!myNames.length || !theirNames.length) return undefined;
  // Each ending's name is missing from the other sentence altogether (not a clause moved).
  const allMine = new Set(mine.map((t) => t.key));
  const allTheirs = new Set(theirs.map((t) => t.key));
  if (myNames.some((t) => allTheirs.has(t.key)) || theirNames.some((t) => allMine.has(t.key))) return turnedAround(r, anchor, at, myNames, theirNames, prior);
  if (onlyTurned) return undefined;
  if (myNames.some((t) => flaggedBefore(prior, t))) return undefined;
  // One country written two ways, or as its capital ("between Norway and Sweden" / "between Oslo and Stockholm"):
  // a swap needs a name on each side that stands for no name of the other.
  const samePlace = (d: ClaimTerm, c: ClaimTerm) => [...placeOf(d)].some((k) => placeOf(c).has(k));
  if (myNames.every((d) => theirNames.some((c) => samePlace(d, c))) || theirNames.every((c) => myNames.some((d) => samePlace(d, c)))) return undefined;
  // One body written out and abbreviated ("told the WES" / "told The Wexmoor Evening Standard").
  const spelled = (a: readonly ClaimTerm[], b: readonly ClaimTerm[]) => a.length === 1 && spelledBy(a[0].text, b.map((t) => t.text));
  if (spelled(myNames, theirNames) || spelled(theirNames, myNames)) return undefined;
  const ends = parallelEndings(r, anchor, at);
  if (!ends) return undefined;
  const { myText, theirText } = ends;
  return {
    verdict: "changed",
    reason: `the corpus ends this statement "${theirText}" where the draft has "${myText}"`,
    focus: { start: myTail[0].start, end: myTail[myTail.length - 1].end },
    severity: "information",
    evidence: top,
  };
}

/**
 * The same statement turned around: each ending's names stand before the other sentence's ending ("Arden and Bray
 * said they were ready to lift curbs on imports from Corvia" where the corpus has the Corvian minister ready to lift
 * curbs on imports from Arden and Bray). Who gives and who gets are swapped. A note, also beside another check's
 * finding in the sentence (a wrong title), unless that finding is on one of the names turned.
 */
function turnedAround(r: Restatement, anchor: number, at: number, myNames: ClaimTerm[], theirNames: ClaimTerm[], prior: readonly Finding[]): FrameFinding | undefined {
  const { top, mine, theirs } = r;
  const onName = (t: ClaimTerm) => flaggedBefore(prior, t);
  if (myNames.some(onName) || mine.some((t) => theirNames.some((c) => c.key === t.key) && onName(t))) return undefined;
  const samePlace = (d: ClaimTerm, c: ClaimTerm) => d.key === c.key || [...placeOf(d)].some((k) => placeOf(c).has(k));
  const myHead = mine.slice(0, anchor + 1);
  const theirHead = theirs.slice(0, at + 1);
  // Every name of each ending stands in the other's head, and none of them in the other's ending.
  if (!myNames.every((d) => theirHead.some((c) => samePlace(d, c)) && !theirNames.some((c) => samePlace(d, c)))) return undefined;
  if (!theirNames.every((c) => myHead.some((d) => samePlace(d, c)))) return undefined;
  const ends = parallelEndings(r, anchor, at);
  if (!ends) return undefined;
  const { myText, theirText } = ends;
  return {
    verdict: "changed",
    reason: `the corpus has "${theirText}" where the draft has "${myText}": the statement turned around`,
    focus: { start: myNames[0].start, end: myNames[myNames.length - 1].end },
    severity: "information",
    evidence: top,
  };
}

/**
 * The two endings after the last aligned pair, each to its sentence's end (nothing of either is left to say it
 * differently), when they open with the same word ("and modelled on …" / "and is based on …"); "… in the north"
 * against "… and is owned by X" is a clause the draft adds, not the corpus's ending changed.
 */
function parallelEndings(r: Restatement, anchor: number, at: number): { myText: string; theirText: string } | undefined {
  const { claim, ev, mine, theirs } = r;
  const myText = claim.sentence.text.slice(mine[anchor].end - claim.sentence.start).replace(/^\W+|[\s.!?;:"”’)]+$/gu, "");
  const theirText = ev.text.slice(theirs[at].end - ev.start).replace(/^\W+|[\s.!?;:"”’)]+$/gu, "");
  const opener = (text: string) => /^[\p{L}'’]+/u.exec(text)?.[0]?.toLowerCase();
  return opener(myText) && opener(myText) === opener(theirText) ? { myText, theirText } : undefined;
}
