// Opposite words: the draft says "fell" where the aligned corpus clause says
// "rose", "accepted" where it says "disputed"; and a denial the corpus
// continues in the next sentence. For analysis/claims.ts.
import type { SentenceIndex, IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim, ClaimTerm, EvidenceView, Flip } from "./claims";
import { PARTICLES, PHRASAL, clauseAt, clauseNames, clausesOf, dedupeTerms, foldWord, inSpan, otherActors, termKey } from "./claims";
import { DEMONYM_COUNTRY, IRREGULAR_BASE } from "../text/lexicon";
import { wordList as words } from "../text/lexicon";

/** Pairs of opposite general-English words, every form listed: [one side, the other]. */
const OPPOSITE_PAIRS: Array<[string, string]> = [
  [
    `rise rises rose risen rising climb climbs climbed climbing increase increases increased increasing grow grows grew
    grown growing jump jumps jumped soar soars soared surge surges surged gain gains gained raise raises raised higher`,
    `fall falls fell fallen falling drop drops dropped dropping decrease decreases decreased decreasing shrink shrinks
    shrank shrunk slump slumps slumped plunge plunges plunged lose loses lost losing cut cuts cutting reduce reduces
    reduced reducing lower lowered`,
  ],
  [
    `accept accepts accepted accepting approve approves approved approval support supports supported
    back backs backed welcome welcomes welcomed endorse endorses endorsed confirm confirms confirmed allow allows allowed
    admit admits admitted offer offers offered offering`,
    `reject rejects rejected rejecting dispute disputes disputed disputing contest contests contested deny denies denied
    refuse refuses refused oppose opposes opposed block blocks blocked veto vetoed forbid forbade ban bans banned`,
  ],
  ["win wins won winning", "lose loses lost losing"],
  ["open opens opened opening reopen reopens reopened", "close closes closed closing shut shuts closure"],
  ["include includes included including", "exclude excludes excluded excluding"],
  [
    "continue continues continued continuing proceed proceeds proceeded proceeding",
    "suspend suspends suspended suspending halt halts halted halting cancel cancels cancelled canceled cancelling postpone postpones postponed postponing",
  ],
  ["strengthen strengthens strengthened improve improves improved", "weaken weakens weakened worsen worsens worsened"],
  ["join joins joined joining", "quit quits withdraw withdraws withdrew withdrawn"],
  ["profit profits profitable", "loss losses"],
  ["approved granted", "pending undecided"],
  [
    "lift lifts lifted lifting ease eases eased easing relax relaxes relaxed relaxing loosen loosens loosened",
    "tighten tightens tightened tightening impose imposes imposed imposing widen widens widened widening toughen toughens toughened",
  ],
  ["legal lawful", "illegal unlawful"],
  ["strong stronger strongest", "weak weaker weakest"],
  ["easy easier easiest", "difficult"],
  // "the motion was carried" / "the motion was defeated".
  ["carried", "defeated"],
  // "replacing the routine checks" / "in addition to the routine checks".
  ["replace replaces replaced replacing", "addition additional supplement supplements supplementing"],
];

/** Term key -> the sides of the pairs it stands on. */
/** Per word key, the opposite pairs and sides it stands on; built on first use (term keys come from claims.ts). */
let oppositeMap: Map<string, Array<{ pair: number; side: number }>> | undefined;
function opposites(): Map<string, Array<{ pair: number; side: number }>> {
  if (oppositeMap) return oppositeMap;
  const map = new Map<string, Array<{ pair: number; side: number }>>();
  OPPOSITE_PAIRS.forEach((sides, pair) => {
    const keys = sides.map((list) => new Set(words(list).map(termKey)));
    keys.forEach((set, side) => {
      for (const k of set) {
        if (keys[1 - side].has(k)) continue; // stemming met both sides: no opposite
        const list = map.get(k) ?? [];
        list.push({ pair, side });
        map.set(k, list);
      }
    });
  });
  return (oppositeMap = map);
}

const onSide = (t: ClaimTerm, pair: number, side: number) => opposites().get(t.key)?.some((x) => x.pair === pair && x.side === side) ?? false;

/**
 * A word of the claim whose opposite stands in the corpus sentence, in a clause
 * that otherwise says the same about the same actors. The corpus sentence must
 * not also use the claim's word, nor the claim the corpus's, and neither word
 * may be negated (negation is `polarityFlip`'s business).
 */
/** Words of the opposite pairs that, after a determiner, name a thing and take no side: "the dispute", "a contest", "the back". */
let nounSenses: Set<string> | undefined;
/** True when the term is such a word used as a noun. */
export function nounSense(text: string, offset: number, t: ClaimTerm): boolean {
  nounSenses ??= new Set(words("dispute disputes contest contests back block blocks").map(termKey));
  return nounSenses.has(t.key) && /\b(?:the|a|an|this|that|its|their|his|her|our|whose)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(text.slice(Math.max(0, t.start - offset - 40), t.start - offset));
}

/**
 * Words of the rise-and-fall pairs in a sense that takes no side, by the word after them (general English):
 * "raised the alarm", "raised concerns" (past a determiner or an adjective or two); "the pumps fall silent",
 * "fell ill", "fall apart".
 */
const NO_SIDE_SENSES: ReadonlyArray<{ verb: RegExp; after: RegExp; words: ReadonlySet<string> }> = [
  {
    verb: /^rais(?:e|es|ed|ing)$/iu,
    after: /^\s+(?:(?:the|a|an|new|serious|further|fresh|some|its|his|her|their|several|many)\s+){0,2}(\p{L}+)/u,
    words: new Set(words(`alarm alarms concern concerns question questions doubt doubts issue issues objection objections fear fears
      awareness flag flags complaint complaints point points matter prospect possibility suspicion suspicions hopes eyebrows`)),
  },
  { verb: /^(?:fall|falls|fell|fallen|falling)$/iu, after: /^\s+(\p{L}+)/u, words: new Set(words(`silent quiet asleep ill sick apart victim prey foul due`)) },
];

/** True when the term is a word of a rise-and-fall pair in a sense that takes no side (`NO_SIDE_SENSES`). */
function noSide(text: string, offset: number, t: ClaimTerm): boolean {
  const sense = NO_SIDE_SENSES.find((x) => x.verb.test(t.text));
  const after = sense?.after.exec(text.slice(t.end - offset, t.end - offset + 60));
  return !!after && sense!.words.has(after[1].toLowerCase());
}

export function oppositeFlip(index: SentenceIndex, claim: Claim, ev: EvidenceView, clauseOnly = false): Flip | undefined {
  const mine = claim.all.filter((t) => !t.quoted && !nounSense(claim.sentence.text, claim.sentence.start, t) && !noSide(claim.sentence.text, claim.sentence.start, t));
  const theirs = ev.terms.filter((t) => !t.quoted && !nounSense(ev.text, ev.start, t) && !noSide(ev.text, ev.start, t));
  const myClauses = clausesOf(claim.sentence.text, claim.sentence.start);
  for (const a of mine) {
    if (a.negated || a.name) continue;
    const ca = clauseAt(myClauses, a.start);
    for (const { pair, side } of opposites().get(a.key) ?? []) {
      // Neither sentence may use both sides (with `clauseOnly`, neither clause: "Route 9 reopened, and the park reopened").
      const mineNear = clauseOnly ? mine.filter((t) => !!ca && inSpan(t, ca)) : mine;
      if (mineNear.some((t) => onSide(t, pair, 1 - side))) continue;
      if (!clauseOnly && theirs.some((t) => onSide(t, pair, side))) continue;
      for (const b of theirs) {
        if (b.negated || b.name || !onSide(b, pair, 1 - side)) continue;
        const cb = clauseAt(ev.clauses, b.start);
        if (clauseOnly && (!cb || theirs.some((t) => inSpan(t, cb) && onSide(t, pair, side)))) continue;
        if (!alignedClauses(index, mine, myClauses, a, theirs, ev.clauses, b, clauseOnly)) continue;
        return { reason: `the corpus says "${withParticle(ev.text, ev.start, b)}" where the draft says "${withParticle(claim.sentence.text, claim.sentence.start, a)}"`, focus: { start: a.start, end: a.end } };
      }
    }
  }
  return undefined;
}

/**
 * Two or more words the claim asserts that the statement's corpus sentence does not use and the
 * sentence after it negates, every time it uses them ("They did not include payment card details").
 */
export function continuedDenial(claim: Claim, top: IndexedSentence, next: EvidenceView): Flip | undefined {
  if (!next.negation) return undefined;
  const theirs = next.terms.filter((t) => !t.quoted);
  // The words after the first negated predicate, to the end of its clause ("did not include payment card or bank details").
  const first = theirs.find((x) => x.negated && !x.nounNegated);
  const clause = first && clauseAt(next.clauses, first.start);
  if (!first || !clause) return undefined;
  const inDenial = (x: ClaimTerm) => x.start >= first.start && x.end <= clause.end;
  const denied: ClaimTerm[] = [];
  // The statement's own words, an irregular past also as its base ("was paid" says "pay").
  const said = new Set(top.terms);
  for (const k of top.terms) if (Object.hasOwn(IRREGULAR_BASE, k)) said.add(termKey(IRREGULAR_BASE[k]));
  for (const t of dedupeTerms(claim.all.filter((x) => !x.quoted && !x.name && !x.negated))) {
    if (said.has(t.key)) continue;
    const b = theirs.filter((x) => x.key === t.key);
    if (b.length && b.every(inDenial)) denied.push(t);
  }
  if (denied.length < 2) return undefined;
  const words = denied.slice(0, 3).map((t) => `"${t.text}"`).join(", ");
  return { reason: `the corpus's next sentence denies ${words}: "${next.text.trim()}"`, focus: { start: denied[0].start, end: denied[denied.length - 1].end } };
}

/** A term's word with the particle of its phrasal verb, if one follows ("went ahead"). */
function withParticle(text: string, offset: number, t: ClaimTerm): string {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(t.end - offset))?.[1];
  return next && PARTICLES.has(next.toLowerCase()) && PHRASAL.has(`${termKey(t.text)} ${next.toLowerCase()}`) ? `${t.text} ${next}` : t.text;
}

/** The clause of `a` in the claim and the clause of `b` in the corpus share at
 * least two words and half the weight of the claim's clause, and every name of
 * the claim's clause stands in the corpus's. */
export function alignedClauses(
  index: SentenceIndex,
  mine: readonly ClaimTerm[],
  myClauses: readonly Span[],
  a: ClaimTerm,
  theirs: readonly ClaimTerm[],
  theirClauses: readonly Span[],
  b: ClaimTerm,
  namesDecide = false,
): boolean {
  const ca = clauseAt(myClauses, a.start);
  const cb = clauseAt(theirClauses, b.start);
  if (!ca || !cb) return false;
  const keysB = new Set(theirs.filter((t) => t !== b && inSpan(t, cb)).map((t) => t.key));
  const inA = dedupeTerms(mine.filter((t) => t !== a && inSpan(t, ca) && !opposites().has(t.key)));
  let total = 0;
  let shared = 0;
  let n = 0;
  for (const t of inA) {
    const w = index.idf(t.key);
    total += w;
    if (keysB.has(t.key)) (shared += w), n++;
  }
  // With `namesDecide`, two shared words and every name of the claim's clause are enough: the same subject, whatever
  // the rest of the clause says ("the park reopened its northern trails" / "the park remains closed to the public").
  if (n < 2 || (!namesDecide && shared < 0.5 * total)) return false;
  // And the same nationalities: "Swedish participation" is not the "Danish participation" the corpus welcomed.
  const nationality = (t: ClaimTerm) => t.role && Object.hasOwn(DEMONYM_COUNTRY, foldWord(t.text).replace(/['’]s$/u, ""));
  if (namesDecide && (!inA.some((t) => t.name && !t.role) || inA.some((t) => nationality(t) && !keysB.has(t.key)))) return false;
  return inA.every((t) => !t.name || t.role || keysB.has(t.key));
}


/** A quantifier over a whole group, and the words that take part of the group out of it (general English). */
const WHOLE = /\b(?:all|every|each)\b/giu;
const EXCEPT = /\b(?:except|apart\s+from|other\s+than|but\s+for|save\s+for|with\s+the\s+exception\s+of|excluding)\b/iu;

/**
 * "Every depot had closed" where the corpus says "all county depots had closed except the one at
 * Holm": the draft drops the exception the corpus makes to the same group, with the same predicate.
 */
export function droppedException(claim: Claim, ev: EvidenceView): Flip | undefined {
  const text = claim.sentence.text;
  if (EXCEPT.test(text)) return undefined;
  const mine = claim.all.filter((t) => !t.quoted && !t.negated);
  for (const q of text.matchAll(WHOLE)) {
    const at = claim.sentence.start + q.index!;
    // The group (the first content word after the quantifier) and the predicate after it.
    const after = mine.filter((t) => t.start > at);
    if (after.length < 2) continue;
    const group = after[0];
    const rest = new Set(after.slice(1, 4).map((t) => t.key));
    for (const m of ev.text.matchAll(WHOLE)) {
      const from = m.index!;
      const tail = ev.text.slice(from);
      const ex = EXCEPT.exec(tail);
      if (!ex || /[.;:]/.test(tail.slice(0, ex.index))) continue;
      const inGroup = ev.terms.filter((t) => t.start >= ev.start + from && t.start < ev.start + from + ex.index);
      if (!inGroup.some((t) => t.key === group.key) || !inGroup.some((t) => rest.has(t.key))) continue;
      const exception = tail.slice(ex.index).split(/[,;.]/u)[0].trim();
      return { reason: `the corpus makes an exception ("${exception}")`, focus: { start: at, end: group.end } };
    }
  }
  return undefined;
}
