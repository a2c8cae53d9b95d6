// Unattested stances: the draft gives a person the corpus knows an explicit
// stance ("X has rejected Y's calls for Z", "It is an idea X has endorsed")
// toward something the corpus does discuss, while no corpus passage puts that
// person near it at all. For analysis/claims.ts, after the frame rules (a
// stance the corpus reverses is theirs).
//
// The stance: a person (a name of two words, or a surname ending a corpus full
// name) followed by auxiliaries or adverbs and a plain stance verb (reject,
// dismiss, endorse, back, welcome, oppose, support, approve, embrace, condemn,
// criticise, veto, praise, accept), asserted (no negation, modal, plan or
// "to" before it). Its object: the words after the verb to the clause end; an
// object left empty or pointing back ("it", "this", "the idea", "It is an idea
// X has endorsed") is the sentence before in the draft. The object's rarest
// words (up to three, names aside) must stand together in one corpus sentence
// (the corpus knows the proposal) and none of them in any corpus sentence, or
// its neighbours, that names the person.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import { sentenceBefore, type AnalyzedText } from "./analyze";
import type { Claim, ClaimTerm } from "./claims";
import { analyzedEvidence, termKey, termsOf } from "./claims";
import { namesOfSentence } from "./names";
import { actorKey } from "./frames";
import { personKey } from "./contact";
import type { NameMention } from "./names";

const STANCE_VERB = /^(?:reject|dismiss|endors|back|welcom|oppos|support|approv|embrac|condemn|criticis|criticiz|veto|prais|accept)(?:e|es|ed|s|ing)?$/i;
const FILLER = /^(?:has|have|had|is|was|were|are|also|now|since|already|still|even|just|then|instead|so|far|\p{L}+ly)$/iu;
const NOT_ASSERTED = /\b(?:will|would|could|might|may|should|shall|can|not|never|no|to|if|whether|unless|plan|plans|expected|likely)\b|n['’]t\b/i;
const POINTS_BACK = /^\s*(?:it|this|that|these|those|them|(?:the|this|that|such an?)\s+(?:idea|plan|proposal|suggestion|move|demand|call|request|offer|approach|initiative|scheme))?\s*(?:[.;:!]|$)/i;

/** Up to `max` words after `from` (an offset in the text's document), each with where it ends. */
function wordsAfter(text: string, offset: number, from: number, max: number): Array<{ w: string; end: number }> {
  const ws: Array<{ w: string; end: number }> = [];
  const re = /\s+([\p{L}'’]+)/uy;
  re.lastIndex = from - offset;
  for (let m = re.exec(text); m && ws.length < max; m = re.exec(text)) ws.push({ w: m[1], end: offset + re.lastIndex });
  return ws;
}

/** How far the clause that `rest` opens runs: to a punctuation mark or a conjunction. */
function clauseLength(rest: string): number {
  return /[,;:.!?—–]|\s(?:but|while|whereas|because|after|before|when)\s/.exec(rest)?.index ?? rest.length;
}

export interface StanceFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

export function unattestedStance(kb: Knowledge, draft: AnalyzedText, claim: Claim, names: readonly NameMention[]): StanceFinding | undefined {
  const s = claim.sentence;
  const idf = (k: string) => kb.index.idf(k);
  for (const n of names) {
    // The name, up to four auxiliaries or adverbs, a stance verb.
    const ws = wordsAfter(s.text, s.start, n.end, 5);
    let v = 0;
    while (v < ws.length - 1 && v < 4 && FILLER.test(ws[v].w)) v++;
    if (!ws[v] || !STANCE_VERB.test(ws[v].w)) continue;
    const head = s.text.slice(Math.max(0, n.start - s.start - 30), n.start - s.start).split(/\s+/).slice(-2).join(" ");
    if (NOT_ASSERTED.test(ws.slice(0, v).map((x) => x.w).join(" ")) || NOT_ASSERTED.test(head)) continue;
    const person = personKey(kb, n);
    if (!person) continue;
    const verbEnd = ws[v].end;
    // The object: to the clause end, or the sentence before when it points back.
    const rest = s.text.slice(verbEnd - s.start);
    const clauseEnd = verbEnd + clauseLength(rest);
    const gap = /\b(?:idea|plan|proposal|suggestion|move|demand|request|approach|initiative|scheme)\s*$/i.test(s.text.slice(0, n.start - s.start).trimEnd().replace(/\s+(?:that|which)$/i, ""));
    let object: ClaimTerm[] = claim.all.filter((t) => t.start >= verbEnd && t.end <= clauseEnd && !t.quoted);
    if (gap || POINTS_BACK.test(s.text.slice(verbEnd - s.start, clauseEnd - s.start))) {
      // "Dane opposes that idea" (or "…, an idea Dane opposes") where a corpus sentence says "Dane opposes the idea": its own words point back too.
      const verbKey = termKey(ws[v].w);
      if (kb.index.containing(person).some((ev) => ev.terms.has(verbKey) && pointsBackAfter(kb.articles[ev.article].sentences[ev.sentence].text, verbKey))) continue;
      const prev = sentenceBefore(draft, s.index);
      if (!prev || prev.sentence.kind !== "paragraph") continue;
      object = termsOf(prev.sentence.text, prev.sentence.start, prev.names);
    }
    const keys = [...new Set(object.filter((t) => !t.name && !t.role && !t.quoted && kb.index.df.has(t.key) && !STANCE_VERB.test(t.text)).map((t) => t.key))]
      .sort((a, b) => idf(b) - idf(a))
      .slice(0, 3);
    if (keys.length < 2 || keys.some((k) => idf(k) < 0.4 * idf(""))) continue;
    // The corpus knows the proposal: its words stand together in one sentence.
    const known = kb.index.query(keys, 5).map((h) => h.sentence).filter((x) => keys.filter((k) => x.terms.has(k)).length >= 2);
    if (!known.length) continue;
    if (attested(kb, person, keys)) continue;
    return {
      reason: `no corpus article gives "${n.text}" a position on this (${keys.map((k) => `"${object.find((t) => t.key === k)!.text}"`).join(", ")}); the corpus discusses it without them`,
      focus: { start: n.start, end: verbEnd },
      evidence: known,
    };
  }
  return undefined;
}

/** True when the stance verb of `key` in `text` takes an object that points back ("opposes the idea."). */
function pointsBackAfter(text: string, key: string): boolean {
  for (const t of termsOf(text, 0, [])) {
    if (t.key === key && STANCE_VERB.test(t.text) && POINTS_BACK.test(text.slice(t.end, t.end + clauseLength(text.slice(t.end))))) return true;
  }
  return false;
}

/** True when a corpus sentence naming the person, or one next to it, holds one of the object's words. */
function attested(kb: Knowledge, person: string, keys: readonly string[]): boolean {
  for (const h of kb.index.query([person, ...keys], 80)) {
    const s = h.sentence;
    if (!s.terms.has(person)) continue;
    for (let k = s.sentence - 1; k <= s.sentence + 1; k++) {
      const ev = kb.index.at(s.article, k);
      if (ev && keys.some((x) => ev.terms.has(x))) return true;
    }
  }
  // A person named in many sentences: the ranked query may miss some; read them all.
  for (const ev of kb.index.sentences) {
    if (!ev.terms.has(person)) continue;
    for (let k = ev.sentence - 1; k <= ev.sentence + 1; k++) {
      const near = kb.index.at(ev.article, k);
      if (near && keys.some((x) => near.terms.has(x))) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Reversed stances: "X has signalled that he supports supplying such weapons"
// where the corpus says "X opposes the idea" of the same thing.

/** A stance verb anywhere in a sentence: the cheap test before reading it. */
const ANY_STANCE = /\b(?:reject|dismiss|endors|back|welcom|oppos|support|approv|embrac|condemn|criticis|criticiz|veto|prais|accept)/i;
const POSITIVE_STANCE = /^(?:endors|back|welcom|support|approv|embrac|prais|accept)/i;
/** Words that may stand between a name and its stance verb: auxiliaries, adverbs, and a report ("has signalled that he"). */
const REPORTED = /^(?:signall?ed|said|says|indicated|suggested|insisted|stressed|made|clear|that|he|she|they)$/i;
/** An object that stands for something said before it: "the idea", "such weapons", "it". */
const ANAPHORIC = /^\s*(?:it|this|that|them|(?:the|this|that|these|those)\s+(?:idea|plan|proposal|suggestion|move|demand|call|request|offer|approach|initiative|scheme)s?)\s*(?:[.;:!]|$)|\bsuch\b/i;

interface StanceAt {
  sign: 1 | -1;
  verbEnd: number;
  /** Terms of the object, with the sentence before when the object points back. */
  object: ClaimTerm[];
}

/** The stance a name takes in its sentence, if a stance verb follows it within a few auxiliaries, adverbs or report words. */
function stanceAfter(text: string, offset: number, nameEnd: number, terms: readonly ClaimTerm[], before: () => ClaimTerm[] | undefined): StanceAt | undefined {
  const ws = wordsAfter(text, offset, nameEnd, 8);
  let v = 0;
  while (v < ws.length - 1 && v < 6 && (FILLER.test(ws[v].w) || REPORTED.test(ws[v].w))) v++;
  if (!ws[v] || !STANCE_VERB.test(ws[v].w)) return undefined;
  if (NOT_ASSERTED.test(ws.slice(0, v).map((x) => x.w).join(" "))) return undefined;
  const verbEnd = ws[v].end;
  const rest = text.slice(verbEnd - offset);
  const clauseEnd = verbEnd + clauseLength(rest);
  let object = terms.filter((t) => t.start >= verbEnd && t.end <= clauseEnd && !t.quoted);
  if (ANAPHORIC.test(text.slice(verbEnd - offset, clauseEnd - offset))) object = [...object, ...(before() ?? [])];
  return { sign: POSITIVE_STANCE.test(ws[v].w) ? 1 : -1, verbEnd, object };
}

/**
 * A known person's stance the corpus gives the other way round: the draft has them back (or oppose) a thing, and a
 * corpus sentence naming them has them oppose (or back) it, the object of each read with the sentence before when it
 * points back ("opposes the idea"). The same thing: most of the draft object's rarest words stand in the corpus's.
 * Not when another corpus sentence gives them the draft's stance on it.
 */
export function reversedStance(kb: Knowledge, draft: AnalyzedText, claim: Claim, names: readonly NameMention[]): StanceFinding | undefined {
  const s = claim.sentence;
  const idf = (k: string) => kb.index.idf(k);
  for (const n of names) {
    const person = personKey(kb, n);
    if (!person) continue;
    const head = s.text.slice(Math.max(0, n.start - s.start - 30), n.start - s.start).split(/\s+/).slice(-2).join(" ");
    if (NOT_ASSERTED.test(head)) continue;
    const mine = stanceAfter(s.text, s.start, n.end, claim.all, () => {
      const prev = sentenceBefore(draft, s.index);
      return prev && prev.sentence.kind === "paragraph" ? termsOf(prev.sentence.text, prev.sentence.start, prev.names) : undefined;
    });
    if (!mine) continue;
    const keys = [...new Set(mine.object.filter((t) => !t.name && !t.role && !t.quoted && kb.index.df.has(t.key) && !STANCE_VERB.test(t.text)).map((t) => t.key))]
      .sort((a, b) => idf(b) - idf(a))
      .slice(0, 5);
    if (keys.length < 2) continue;
    const need = Math.min(3, keys.length);
    let against: IndexedSentence | undefined;
    let agrees = false;
    for (const c of kb.index.containing(person)) {
      const a = kb.articles[c.article];
      const sen = a.sentences[c.sentence];
      if (!ANY_STANCE.test(sen.text)) continue;
      const ev = analyzedEvidence(kb, c);
      for (const m of namesOfSentence(a.names, c.sentence)) {
        if (actorKey(m) !== person) continue;
        const theirs = stanceAfter(sen.text, sen.start, m.end, ev.terms, () => {
          const p = kb.index.at(c.article, c.sentence - 1);
          return p ? analyzedEvidence(kb, p).terms : undefined;
        });
        if (!theirs) continue;
        const have = new Set(theirs.object.map((t) => t.key));
        if (keys.filter((k) => have.has(k)).length < need) continue;
        if (theirs.sign === mine.sign) agrees = true;
        else against ??= c;
      }
    }
    if (!against || agrees) continue;
    const verb = mine.sign > 0 ? "opposes" : "backs";
    return {
      reason: `the corpus says ${n.text} ${verb} it`,
      focus: { start: n.start, end: mine.verbEnd },
      evidence: [against],
    };
  }
  return undefined;
}
