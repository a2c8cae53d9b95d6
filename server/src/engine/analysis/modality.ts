// Modality: the draft reports as done what the corpus gives only as possible
// ("X has joined" where every corpus mention of a rarely named X says "X could
// also join", or the aligned sentence says "X is considering joining"). For
// analysis/claims.ts, which also reads verb groups with `verbGroup`.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import { STOPWORDS, ROLE_WORDS } from "../text/lexicon";
import { fold, tokenize, type Token } from "../text/tokens";
import type { Span } from "../types";
import type { Claim, ClaimTerm, EvidenceView } from "./claims";
import { MORE_STOPWORDS, analyzedEvidence, clauseAt, clausesOf, quotedRanges, termKey } from "./claims";
import { clip } from "./frames";
import { wordList as words } from "../text/lexicon";
import type { NameMention } from "./names";

/** Words that make a statement possible rather than done. */
const MODAL = new Set(words(`could might may would should considering consider considers weighing weigh weighs mulling
  possible possibly potential potentially eventual eventually likely unlikely perhaps maybe option`));
/** Words that keep a draft clause from asserting a done fact. */
const NOT_DONE = new Set([...MODAL, ...words(`will can shall going plan plans planned planning expect expects expected
  hope hopes hoped intend intends intended aim aims want wants wanted if unless whether`)]);
const NOT_ADVERB = new Set(words(`family supply apply reply rally ally italy july assembly monopoly belly jelly bully`));
const isAdverb = (w: string) => /^(?:also|already|now|just|since)$/.test(w) || (/ly$/.test(w) && !NOT_ADVERB.has(w));
/** A name mentioned in at most this many corpus sentences is a rare actor: all its sentences are read. */
export const RARE_ACTOR = 3;

/** Lower-cased words of a span of text, quotations left out. */
function clauseWords(text: string, offset: number, c: Span): string[] {
  const quoted = quotedRanges(text, offset);
  return tokenize(text.slice(c.start - offset, c.end - offset), c.start)
    .filter((t) => !quoted.some((r) => r.start <= t.start && t.end <= r.end))
    .map((t) => t.text.toLowerCase());
}

/** Auxiliaries and "to": the verb group before the main verb. */
const AUX = new Set(words(`has have had is are was were be been being will would could might may should can shall must do does did to`));

/**
 * The verb group after an actor that ends at `from`: auxiliaries, modals and
 * adverbs (`chain`), then the first other word (`head`, the main verb when the
 * actor is the subject). Coordinated names ("Canada and Türkiye could …") are
 * skipped first; a word followed by "to" ("asked to co-chair") is part of the chain.
 */
export function verbGroup(text: string, offset: number, from: number, to: number): { chain: string[]; head?: Token } {
  const toks = tokenize(text.slice(from - offset, to - offset), from);
  const quoted = quotedRanges(text, offset);
  const chain: string[] = [];
  let i = 0;
  while (i < toks.length && (/^\p{Lu}/u.test(toks[i].text) || /^(?:and|or|['’]s?)$/i.test(toks[i].text))) i++;
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (quoted.some((r) => r.start <= t.start && t.end <= r.end)) return { chain };
    const w = t.text.toLowerCase();
    if (isAdverb(w) || AUX.has(w) || MODAL.has(w) || toks[i + 1]?.text.toLowerCase() === "to") chain.push(w);
    else return { chain, head: t };
  }
  return { chain };
}

/** True when the claim's clause that starts with `actor` reports a done fact:
 * "X has (formally) committed", "X committed"; no modal or future word. */
function assertsDone(claim: Claim, actor: NameMention): boolean {
  const s = claim.sentence;
  const c = clauseAt(clausesOf(s.text, s.start), actor.start);
  if (!c) return false;
  if (clauseWords(s.text, s.start, c).some((w) => NOT_DONE.has(w))) return false;
  const { chain, head } = verbGroup(s.text, s.start, actor.end, c.end);
  if (!head) return false;
  const w = head.text.toLowerCase();
  if (STOPWORDS.has(w) || MORE_STOPWORDS.has(w)) return false;
  if (chain.some((x) => /^(?:has|have|had)$/.test(x))) return true;
  return chain.every((x) => isAdverb(x)) && /[^e]ed$/.test(w);
}

/** True when the verb group after the actor at `pos` of a corpus sentence holds a modal ("could also join"). */
function modalAfter(ev: EvidenceView, at: ClaimTerm): boolean {
  const c = clauseAt(ev.clauses, at.start);
  return !!c && verbGroup(ev.text, ev.start, at.end, c.end).chain.some((w) => MODAL.has(w));
}

/**
 * The claim says an actor has done something the corpus gives only as a
 * possibility: either a rarely mentioned actor whose every corpus mention is
 * one ("X could also join"), or the aligned corpus sentence `top` (when given)
 * has the same actor with a modal before the same main verb ("X is
 * considering joining" for "X has joined").
 */
export function overstated(kb: Knowledge, claim: Claim, names: readonly NameMention[], top?: IndexedSentence): { reason: string; evidence: IndexedSentence[]; focus: Span } | undefined {
  const index = kb.index;
  for (const n of names) {
    const last = n.tokens[n.tokens.length - 1];
    if (!last || ROLE_WORDS.has(fold(last.text))) continue;
    const key = termKey(last.text);
    const df = index.df.get(key) ?? 0;
    if (df === 0 || !assertsDone(claim, n)) continue;
    const focus = { start: n.start, end: n.end };
    if (df <= RARE_ACTOR) {
      const mentions = index.containing(key);
      const modal = mentions.length > 0 && mentions.every((m) => {
        const ev = analyzedEvidence(kb, m);
        const at = ev.terms.find((t) => t.key === key);
        return !!at && modalAfter(ev, at);
      });
      if (modal) {
        const first = analyzedEvidence(kb, mentions[0]);
        return { reason: `the corpus mentions "${n.text}" only as a possibility ("${clip(first.text, 90)}"), not as done`, evidence: mentions, focus };
      }
    }
    if (!top) continue;
    const ev = analyzedEvidence(kb, top);
    const at = ev.terms.find((t) => t.key === key && t.name);
    const c = at && clauseAt(ev.clauses, at.start);
    if (!at || !c) continue;
    const theirs = verbGroup(ev.text, ev.start, at.end, c.end);
    const s = claim.sentence;
    const mine = verbGroup(s.text, s.start, n.end, s.end).head;
    if (!theirs.head || !mine || !theirs.chain.some((w) => MODAL.has(w)) || termKey(theirs.head.text) !== termKey(mine.text)) continue;
    const modal = theirs.chain.filter((w) => MODAL.has(w) || AUX.has(w)).join(" ");
    return { reason: `the corpus says "${at.text} ${modal} ${theirs.head.text}", a possibility, where the draft says "${mine.text}"`, evidence: [top], focus };
  }
  return undefined;
}

