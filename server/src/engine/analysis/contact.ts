// Contacts: the draft reports that two people the corpus knows spoke, met or
// held a call ("X spoke by telephone to Y", "A and B held a joint call with
// C", "X met with Y", "X discussed the plan with Y", "X toured the site
// with Y"), and no corpus passage puts them in contact. For
// analysis/claims.ts.
//
// The draft side is read narrowly: a contact verb or noun ("spoke/talked to
// or with", "phoned", "telephoned", "met (with)", "held a call/talks/meeting/
// conversation with", "a call with/between"), asserted (no negation, plan,
// wish or modal in the four words before it), with a person the corpus knows
// on each side (a name of two words, or a surname that ends a corpus full
// name; places and organisations are left alone). The corpus side is read
// broadly: a sentence naming one of them beside any word of contact (call,
// phone, spoke, talk, met, meeting, told, visit, letter, …), the other named
// in it or in a sentence next to it. The claim is flagged (information) when
// one pair has no such passage ("A and B held a joint call with C" needs A
// with C and B with C), or when the draft's clause gives the contact one
// weekday and every passage of a pair names another one ("spoke by
// telephone on Sunday" where they only walked together on Tuesday).
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import { fold, stripPossessive } from "../text/tokens";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { actorKey } from "./frames";
import { placeLike } from "./actor-swap";
import type { NameMention } from "./names";

/** A contact in a draft sentence: the word, and the text after it where the other party stands. */
const DRAFT_CONTACT = new RegExp(
  [
    String.raw`\b(?:spoke|speaks|spoken|talked|talks)\b(?:\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone)?\s+(?:to|with)\b`,
    String.raw`\b(?:phoned|telephoned|rang)\b`,
    String.raw`\bmet\b(?:\s+with)?`,
    String.raw`\b(?:held|had|holds|has\s+held|have\s+held)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}?(?:call|calls|talks|meeting|conversation|discussions)\s+(?:with|between)\b`,
    String.raw`\b(?:phone|telephone|video)\s+(?:call|conversation)\s+(?:with|between)\b`,
    String.raw`\b(?:discussed|discusses|raised|toured|visited|inspected)\s+(?:(?!with\b)[\p{L}'’-]+\s+){1,4}?with\b`,
  ].join("|"),
  "giu",
);

/** Words before a contact that make it no reported fact. */
const NOT_ASSERTED = /\b(?:will|would|could|might|may|should|shall|can|not|never|no|plan|plans|planned|planning|expected|due|scheduled|hope|hopes|hoped|want|wants|wanted|going|refused|declined|ready|willing|offered|invited|to)\b|n['’]t\b/i;

/** Any word of contact in a corpus sentence. */
const CORPUS_CONTACT = /\b(?:call(?:s|ed|ing)?|(?:tele)?phon\w*|rang|spoke|spoken|speak\w*|talk\w*|met|meet\w*|conversation\w*|discuss\w*|told|tell\w*|brief\w*|visit\w*|host\w*|receiv\w*|summit\w*|joint\w*|together|letter\w*|wrote|writ\w*|message\w*|contact\w*|dinner|lunch|exchang\w*|consult\w*|negotiat\w*|convers\w*|present\w*|urg\w*|assur\w*|sat|hand\w*)\b/i;

export interface ContactFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

/** The person key of a draft name the corpus knows as a person, if any. */
export function personKey(kb: Knowledge, n: NameMention): string | undefined {
  const key = actorKey(n);
  if (!key || !kb.index.df.has(key)) return undefined;
  const words = n.tokens.filter((t) => /^\p{Lu}/u.test(t.text));
  if (words.length >= 2 && kb.names.entityOf(words.map((t) => stripPossessive(t.text)).join(" "))) return key;
  return placeLike(kb, key) ? undefined : key;
}

/** A contact between two known people that no corpus passage reports. */
export function inventedContact(kb: Knowledge, claim: Claim, names: readonly NameMention[]): ContactFinding | undefined {
  const s = claim.sentence;
  for (const m of s.text.matchAll(DRAFT_CONTACT)) {
    const at = s.start + m.index!;
    const end = at + m[0].length;
    const before = s.text.slice(Math.max(0, m.index! - 40), m.index!).split(/\s+/).slice(-4).join(" ");
    if (NOT_ASSERTED.test(before)) continue;
    // Who: people before the contact word in its clause; with whom: the first person within six words after it.
    const clauseStart = Math.max(0, s.text.lastIndexOf(",", m.index!) + 1, s.text.lastIndexOf(";", m.index!) + 1);
    const subjects = names.filter((n) => n.end <= at && n.start >= s.start + clauseStart).map((n) => ({ n, key: personKey(kb, n) }));
    const between = /between\s*$/i.test(m[0]);
    const after = names.filter((n) => n.start >= end && s.text.slice(end - s.start, n.start - s.start).split(/\s+/).filter(Boolean).length <= 6 && !/[,;]/.test(s.text.slice(end - s.start, n.start - s.start)));
    const others = (between ? after.slice(0, 2) : after.slice(0, 1)).map((n) => ({ n, key: personKey(kb, n) }));
    const sides = between ? [others.slice(0, 1), others.slice(1)] : [subjects, others];
    if (sides.some((side) => !side.length || side.some((x) => !x.key))) continue;
    const pairs: Array<[string, string]> = [];
    for (const a of sides[0]) for (const b of sides[1]) if (a.key !== b.key) pairs.push([a.key!, b.key!]);
    if (!pairs.length) continue;
    const focus = { start: Math.min(at, ...sides.flat().map((x) => x.n.start)), end: Math.max(end, ...sides.flat().map((x) => x.n.end)) };
    const who = (k: string) => `"${sides.flat().find((x) => x.key === k)!.n.text}"`;
    // Every pair must be in contact somewhere ("A and B held a joint call with C": A with C, and B with C).
    const lone = pairs.find(([a, b]) => !contactPassages(kb, a, b).length);
    if (lone) {
      return {
        reason: `no corpus article reports a call or meeting between ${who(lone[0])} and ${who(lone[1])}`,
        focus,
        evidence: kb.index.query(lone, 4).map((h) => h.sentence),
      };
    }
    // A contact on a given day where the corpus has them together only on other days.
    const day = dayOf(s.text.slice(clauseStart, clauseEndAfter(s.text, end - s.start)));
    if (!day) continue;
    for (const [a, b] of pairs) {
      const passages = contactPassages(kb, a, b);
      const days = passages.map((p) => dayOf(kb.articles[p.article].sentences[p.sentence].text));
      if (days.some((d) => !d || d === day)) continue;
      return {
        reason: `the corpus reports ${who(a)} and ${who(b)} together only on ${[...new Set(days)].map((d) => d![0].toUpperCase() + d!.slice(1)).join(", ")}, not on ${day[0].toUpperCase() + day.slice(1)}`,
        focus,
        evidence: passages.slice(0, 2),
      };
    }
  }
  return undefined;
}

/** Corpus sentences that name one of the two people beside a word of contact, while it or a sentence next to it names the other. */
function contactPassages(kb: Knowledge, a: string, b: string): IndexedSentence[] {
  const out: IndexedSentence[] = [];
  for (const h of kb.index.query([a, b], 60)) {
    const s = h.sentence;
    if (!(s.terms.has(a) || s.terms.has(b)) || !CORPUS_CONTACT.test(fold(kb.articles[s.article].sentences[s.sentence].text))) continue;
    const other = s.terms.has(a) ? b : a;
    if (s.terms.has(other) || [-1, 1].some((d) => kb.index.at(s.article, s.sentence + d)?.terms.has(other))) out.push(s);
  }
  return out;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The one weekday a text names, if exactly one. */
function dayOf(text: string): string | undefined {
  const days = new Set([...text.matchAll(new RegExp(WEEKDAY.source, "gi"))].map((m) => m[1].toLowerCase()));
  return days.size === 1 ? [...days][0] : undefined;
}

/** The end of the clause that goes on from `from` (a comma, semicolon or the sentence end). */
function clauseEndAfter(text: string, from: number): number {
  const m = /[,;:]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
