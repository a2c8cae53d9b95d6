// Modifier swaps: one modifier changed before the same head noun in an
// otherwise covered claim ("naval support" where the corpus says "air
// support"). For analysis/claims.ts; the clause reading is frames.ts's.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim, ClaimTerm } from "./claims";
import { clausesOf } from "./claims";
import { AUXILIARIES, BE, DETERMINERS, PREPOSITIONS, evidenceFrames, lex, type FrameFinding } from "./frames";
import { wordList as words } from "../text/lexicon";

/**
 * One modifier swapped before the same head noun in an otherwise covered
 * claim: a missing term of the claim stands right before a covered noun that
 * a cover sentence has with another modifier, and the corpus never writes the
 * draft's modifier with that noun. When other words of the claim are missing
 * too, the clause around the modifier must match the corpus clause around the
 * other one (two shared words, half the weight). A verb is no modifier: not
 * after an auxiliary, "to" or a relative pronoun ("would provide forces"),
 * nor an -ing form after a preposition ("aimed at establishing forces").
 */
export function modifierSwap(kb: Knowledge, claim: Claim, missing: readonly ClaimTerm[], cover: readonly IndexedSentence[]): FrameFinding | undefined {
  if (!missing.length || missing.length > 3) return undefined;
  for (const m of missing) {
    const found = swappedModifier(kb, claim, m, missing.length > 1, cover);
    if (found) return found;
  }
  return undefined;
}

/** The word before `pos` in a text (lower case), across spaces only. */
function wordBefore(text: string, offset: number, pos: number): string {
  // Adverbs are skipped: "will also pay" is a verb after an auxiliary.
  return /([\p{L}'’]+)\s+(?:(?:also|still|then|now|just|already|not|never|even|only|\p{Ll}+ly)\s+)*$/u.exec(text.slice(0, pos - offset))?.[1]?.toLowerCase() ?? "";
}

const VERB_BEFORE = new Set(words(`to that which who would will could can should may might must shall do does did`));

/** Words after which a past participle is a modifier ("the proposed levy", "its armed forces"). */
// Built on first use: DETERMINERS comes from frames.ts, which imports this module.
let participleLeads: Set<string> | undefined;
const beforeParticiple = (w: string) => (participleLeads ??= new Set([...DETERMINERS, ...words(`your my some any each every no another other such newly`)])).has(w);

/** True when the word `t` reads as a verb: after an auxiliary, "to" or a relative pronoun, an -ing/-ed form after a
 * preposition, or a past form anywhere but after a determiner ("staff detected unusual activity"), or an -ing form
 * after another word than a determiner ("consider halting production"). */
function verbSlot(t: ClaimTerm, text: string, offset: number): boolean {
  const before = wordBefore(text, offset, t.start);
  if (VERB_BEFORE.has(before) || BE.has(before) || AUXILIARIES.has(before)) return true;
  if (/\p{L}{3}(?<![eE])ed$/u.test(t.text) && !beforeParticiple(before)) return true;
  // "consider halting production": an -ing form after a verb is its object, a verb; a modifier follows a determiner ("the rising tide").
  if (/\p{L}{3}ing$/u.test(t.text) && !beforeParticiple(before)) return true;
  return /ed$/i.test(t.text) && (PREPOSITIONS.has(before) || !before);
}

function swappedModifier(kb: Knowledge, claim: Claim, m: ClaimTerm, alignClause: boolean, cover: readonly IndexedSentence[]): FrameFinding | undefined {
  const L = lex();
  // A plural before a word is rather a subject before its verb ("peacekeepers follow"): no modifier.
  const plural = (w: string) => /[^su]s$/.test(w.toLowerCase());
  if (m.name || m.role || m.quoted || m.negated || L.genericModifiers.has(m.key) || /ly$/.test(m.text) || /['’]/.test(m.text) || /^\p{Lu}/u.test(m.text) || plural(m.text)) return undefined;
  const s = claim.sentence;
  if (verbSlot(m, s.text, s.start)) return undefined;
  const i = claim.all.indexOf(m);
  const head = claim.all[i + 1];
  // A participle after a noun ("the ceasefire proposed by") is a verb, not a head noun.
  if (!head || head.name || head.role || /[a-z]{2}ed$/i.test(head.text) || !/^\s+$/.test(s.text.slice(m.end - s.start, head.start - s.start))) return undefined;
  // "the network run by X": a participle with its agent, not a head noun.
  if (/^\s+by\b/u.test(s.text.slice(head.end - s.start))) return undefined;
  const draftKeys = new Set(claim.all.map((t) => t.key));
  // One word inside the other ("fire", "ceasefire") or sharing a stem is a spelling, not another modifier.
  const related = (a: string, b: string) => a.includes(b) || b.includes(a) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
  const myClause = alignClause ? clausesOf(s.text, s.start).find((c) => c.start <= m.start && m.start < c.end) : undefined;
  if (alignClause && !myClause) return undefined;
  for (const ev of cover) {
    const e = evidenceFrames(kb, ev);
    for (let j = 1; j < e.terms.length; j++) {
      const h = e.terms[j];
      const o = e.terms[j - 1];
      if (h.key !== head.key || !/^\s+$/.test(e.text.slice(o.end - e.start, h.start - e.start))) continue;
      // A corpus quotation counts: it is what the corpus reports ("provides air support", the publication said).
      if (o.name || o.role || plural(o.text) || draftKeys.has(o.key) || L.genericModifiers.has(o.key) || related(o.key, m.key) || /^\p{Lu}/u.test(o.text)) continue;
      if (verbSlot(o, e.text, e.start)) continue;
      if (myClause && !sameClause(kb, claim.all, myClause, m, e.terms, clausesOf(e.text, e.start), o)) continue;
      if (usedBefore(kb, m.key, head.key)) return undefined;
      return {
        verdict: "changed",
        reason: `the corpus says "${o.text} ${h.text}" where the draft says "${m.text} ${head.text}"`,
        focus: { start: m.start, end: head.end },
        // A modifier no article uses is more often the draft's own wording ("a bigger hall") than another thing of the story: a hint.
        severity: kb.index.termId(m.key) !== undefined ? "information" : "hint",
        evidence: ev,
      };
    }
  }
  return undefined;
}

/** The claim's clause around `m` and the corpus clause around `o` share two words or more and half the weight of the claim's clause. */
function sameClause(kb: Knowledge, mine: readonly ClaimTerm[], myClause: Span, m: ClaimTerm, theirs: readonly ClaimTerm[], theirClauses: readonly Span[], o: ClaimTerm): boolean {
  const c = theirClauses.find((x) => x.start <= o.start && o.start < x.end);
  if (!c) return false;
  const keys = new Set(theirs.filter((t) => t !== o && t.start >= c.start && t.end <= c.end).map((t) => t.key));
  const inMine = new Map<string, number>();
  for (const t of mine) if (t !== m && t.key !== m.key && !t.quoted && t.start >= myClause.start && t.end <= myClause.end) inMine.set(t.key, kb.index.idf(t.key));
  let total = 0;
  let shared = 0;
  let n = 0;
  for (const [k, w] of inMine) {
    total += w;
    if (keys.has(k)) (shared += w), n++;
  }
  return n >= 2 && shared >= 0.5 * total;
}

/** True when some corpus sentence writes `mod` within two words before `head`. */
function usedBefore(kb: Knowledge, mod: string, head: string): boolean {
  for (const ev of kb.index.sentences) {
    if (!ev.terms.has(mod) || !ev.terms.has(head)) continue;
    const t = evidenceFrames(kb, ev).terms;
    for (let j = 0; j < t.length; j++) if (t[j].key === head && ((t[j - 1]?.key === mod) || t[j - 2]?.key === mod)) return true;
  }
  return false;
}
