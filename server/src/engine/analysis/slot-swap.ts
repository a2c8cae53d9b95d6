// Slot swaps: a claim that restates a corpus sentence word for word but for
// one slot, where it names someone or something else ("Harlow Ltd must show
// that the contract was awarded in line with procurement rules" where the
// corpus has "the council must show …"). For analysis/claims.ts.
import type { Finding } from "../types";
import type { ClaimTerm } from "./claims";
import type { FrameFinding } from "./frames";
import { capitalCountry, placeOf } from "./nationality";
import { ORGANISATION_KINDS, ROLE_HEADS } from "../text/lexicon";
import { flaggedBefore, type Restatement } from "./restatement";

/** Fewest aligned words (with one slot of three words at most left over on each side). */
const MIN_ALIGNED = 5;
/** Auxiliaries and reporting verbs after which the word before is the actor (general English). */
const ACTS = new Set(["is", "was", "are", "were", "has", "have", "had", "will", "would", "must", "should", "can", "could", "may", "might", "shall", "did", "does", "said", "says", "told"]);
/** Most words in the swapped slot on either side. */
const MAX_SLOT = 3;

/**
 * Every word of the claim but one slot aligns with the corpus sentence in order, and so does every word of the
 * corpus sentence but the slot at the same place; the claim's slot holds a name the corpus sentence does not
 * have anywhere, the corpus's slot words the claim does not have anywhere: one actor or thing put in another's
 * place. A note: the corpus may say the claim's version elsewhere, which the support check would have found.
 */
export function slotSwap(r: Restatement, prior: readonly Finding[]): FrameFinding | undefined {
  const { claim, ev, top, mine, theirs, pairs } = r;
  if (pairs.length < MIN_ALIGNED) return undefined;
  // The gaps between aligned pairs (and before the first, after the last), on each side.
  const bounds: Array<[number, number]> = [[-1, -1], ...pairs, [mine.length, theirs.length]];
  const gaps: Array<{ mine: [number, number]; theirs: [number, number] }> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a: [number, number] = [bounds[k][0] + 1, bounds[k + 1][0]];
    const b: [number, number] = [bounds[k][1] + 1, bounds[k + 1][1]];
    if (a[1] > a[0] || b[1] > b[0]) gaps.push({ mine: a, theirs: b });
  }
  if (gaps.length !== 1) return undefined;
  const g = gaps[0];
  const mySlot = mine.slice(g.mine[0], g.mine[1]);
  const theirSlot = theirs.slice(g.theirs[0], g.theirs[1]);
  if (!mySlot.length || !theirSlot.length || mySlot.length > MAX_SLOT || theirSlot.length > MAX_SLOT) return undefined;
  const allMine = new Set(mine.map((t) => t.key));
  const allTheirs = new Set(theirs.map((t) => t.key));
  const names = mySlot.filter((t) => t.name && !t.role);
  if (!names.length || names.some((t) => allTheirs.has(t.key)) || theirSlot.some((t) => allMine.has(t.key))) return undefined;
  if (mySlot.some((t) => flaggedBefore(prior, t))) return undefined;
  // One country written two ways is no swap ("Britain" / "British", "Norway" / "Oslo"): a swap needs a name that stands for none of the other slot's.
  const samePlace = (d: ClaimTerm, c: ClaimTerm) => [...placeOf(d)].some((k) => placeOf(c).has(k));
  if (names.every((d) => theirSlot.some((c) => samePlace(d, c)))) return undefined;
  // The slot is who acts: right before the same auxiliary or reporting verb on both sides ("… must show").
  const next = (text: string, offset: number, end: number) => /^\s+([\p{L}'’]+)/u.exec(text.slice(end - offset))?.[1]?.toLowerCase();
  const verb = next(claim.sentence.text, claim.sentence.start, mySlot[mySlot.length - 1].end);
  if (!verb || !ACTS.has(verb) || next(ev.text, ev.start, theirSlot[theirSlot.length - 1].end) !== verb) return undefined;
  // A name for the corpus's description of a post holder is no swap ("Xu" / "the Qandor leader"): it may be who holds it.
  if (theirSlot.some((t) => ROLE_HEADS.has(t.text.toLowerCase()))) return undefined;
  // Nor a name for a thing the corpus describes with "the" ("Ashcroft Meadow is 3 miles from …" / "the site is …"): it may be
  // that thing. A body called by its kind ("the council must show") still acts in its own right.
  if (
    theirSlot.every((t) => !t.name && !ORGANISATION_KINDS.has(t.text.toLowerCase())) &&
    /\b(?:the|this|that)\s+$/iu.test(ev.text.slice(Math.max(0, theirSlot[0].start - ev.start - 6), theirSlot[0].start - ev.start))
  )
    return undefined;
  // A capital for its country is no swap ("Oslo" / "Norway").
  if (names.some((d) => capitalCountry(d.text).some((k) => allTheirs.has(k)))) return undefined;
  const theirText = ev.text.slice(theirSlot[0].start - ev.start, theirSlot[theirSlot.length - 1].end - ev.start);
  const myText = claim.sentence.text.slice(mySlot[0].start - claim.sentence.start, mySlot[mySlot.length - 1].end - claim.sentence.start);
  return {
    verdict: "swapped",
    reason: `the corpus says "${theirText}" here, not "${myText}"`,
    focus: { start: mySlot[0].start, end: mySlot[mySlot.length - 1].end },
    severity: "information",
    evidence: top,
  };
}
