// Funding: who or what pays for something. The draft names a payer or a means
// ("The fund is paid for by the state, not by the company", "X will pay for
// the rises by cutting routes") where a corpus sentence about the same thing
// names another source ("… would be paid for by savings and by a grant"). For
// analysis/claims.ts.
//
// The draft side: a funding verb ("paid for", "funded", "financed",
// "bankrolled", "underwritten", or active "pay/fund/finance X") followed by
// "by" (or "through", "with" after the active verb) and its source, to the
// clause end; an explicit contrast after it (", not by Y", "rather than Y",
// "and not Y") names the rejected source. The thing paid for: the content
// words before the passive verb in its clause (a reduced relative, "a fund,
// paid for by Y", reaches back over one comma), or the words between the
// active verb and "by".
// The corpus side: a sentence with a funding verb and "by"/"through"/"with"
// after it, sharing a word of the thing paid for (a "rise" or "raise" is met
// by an "increase"); its source words are the words after the verb.
//   - the draft rejects a source the corpus gives and its own source is not
//     among the corpus's: a warning;
//   - no source word of the draft stands in any such corpus sentence's
//     source (a name: nowhere in it or next to it), and the draft's source is
//     a name or two words or more (a lone "the company" may be the corpus's
//     payer under another name): the corpus names another source
//     (information).
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim, ClaimTerm } from "./claims";
import { termKey, termsOf } from "./claims";
import { namesOfSentence } from "./names";
import { clip } from "./frames";

const PASSIVE = /\b(?:paid\s+for|funded|financed|bankrolled|underwritten|subsidi[sz]ed)\s+(?:(?:in\s+part|partly|largely|mainly|mostly|entirely|wholly|fully|jointly)\s+)?(by|through)\b/giu;
const ACTIVE = /\b(?:pay|pays|paying|paid|fund|funds|funding|finance|finances|financing)\s+for\b|\b(?:fund|funds|finance|finances|cover|covers)\b(?=\s+(?:the|its|their|this|these|his|her)\b)/giu;
const CORPUS_VERB = /\b(?:paid\s+for|pay\s+for|pays\s+for|paying\s+for|funded|financed|bankrolled|underwritten|subsidi[sz]ed)\b/iu;
const SOURCE_STOP = /(?<=\p{L}\s+)\b(?:next|last|this|each|every|over|in|from|on|at|before|after|until|during|since|for|to)\b/iu;
const CONTRAST = /^\s*,?\s*(?:(?:and|but)\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:by\s+|through\s+|from\s+)?/iu;

/** Things paid for that are the same under another word. */
const SAME_THING: ReadonlyArray<ReadonlySet<string>> = [new Set(["rise", "raise", "increase"])];

export interface FundingFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
  severity: "warning" | "information";
}

const content = (terms: readonly ClaimTerm[], from: number, to: number) => terms.filter((t) => t.start >= from && t.end <= to && !t.quoted);

/** The end of the clause that starts at `pos` in `text` (offset `offset`): a comma, semicolon, dash or sentence end. */
function clauseEnd(text: string, offset: number, pos: number): number {
  const m = /[,;:()\u2013\u2014]|\s-{1,2}\s|[.!?](?:\s|$)/u.exec(text.slice(pos - offset));
  return m ? pos + m.index : offset + text.length;
}

function sameThing(a: string, b: string): boolean {
  if (a === b) return true;
  return SAME_THING.some((g) => [...g].some((w) => termKey(w) === a) && [...g].some((w) => termKey(w) === b));
}

interface DraftFunding {
  thing: ClaimTerm[];
  source: ClaimTerm[];
  rejected: ClaimTerm[];
  focus: Span;
}

function draftFunding(claim: Claim): DraftFunding | undefined {
  const s = claim.sentence;
  const terms = claim.all;
  const read = (verbStart: number, byEnd: number, thing: ClaimTerm[]): DraftFunding | undefined => {
    const end = clauseEnd(s.text, s.start, byEnd);
    // The source's own words: up to a time or another preposition phrase ("by raising fares next year").
    const stop = SOURCE_STOP.exec(s.text.slice(byEnd - s.start, end - s.start));
    const source = content(terms, byEnd, stop ? byEnd + stop.index : end).filter((t) => !t.role);
    if (!source.length || !thing.length) return undefined;
    let rejected: ClaimTerm[] = [];
    const c = CONTRAST.exec(s.text.slice(end - s.start));
    if (c) {
      const from = end + c[0].length;
      rejected = content(terms, from, clauseEnd(s.text, s.start, from)).filter((t) => !t.role);
    }
    return { thing, source, rejected, focus: { start: verbStart, end: rejected.length ? rejected[rejected.length - 1].end : end } };
  };
  for (const m of s.text.matchAll(PASSIVE)) {
    const at = s.start + m.index!;
    // The thing: the words before the verb in its clause (over one comma for "a fund, paid for by Y").
    const head = s.text.slice(0, m.index!);
    const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(":"), /,\s*$/.test(head) ? head.slice(0, head.trimEnd().length - 1).lastIndexOf(",") : head.lastIndexOf(","));
    let thing = content(terms, s.start + cut + 1, at).filter((t) => !t.role && !t.name);
    // "The charter, costing £4,000 a week, is being paid for by Y": the subject stands before the aside.
    if (!thing.length && cut > 0) {
      const aside = head.slice(0, cut).lastIndexOf(",");
      const from = Math.max(head.lastIndexOf(";", aside), head.lastIndexOf(":", aside), -1);
      if (aside > 0) thing = content(terms, s.start + from + 1, s.start + aside).filter((t) => !t.role && !t.name);
    }
    const r = read(at, at + m[0].length, thing);
    if (r) return r;
  }
  for (const m of s.text.matchAll(ACTIVE)) {
    const at = s.start + m.index!;
    const rest = s.text.slice(m.index! + m[0].length);
    const by = /^([^,;.]{1,60}?)\s(by|through)\s+(?=\p{Ll})/u.exec(rest);
    if (!by) continue;
    const thingEnd = at + m[0].length + by[1].length;
    const thing = content(terms, at + m[0].length, thingEnd).filter((t) => !t.role && !t.name);
    const r = read(at, thingEnd + by[0].length - by[1].length, thing);
    if (r) return r;
  }
  return undefined;
}

/** A payer or means the corpus does not give for the thing, or a rejected one it does give. */
export function fundingSwap(kb: Knowledge, claim: Claim): FundingFinding | undefined {
  const d = draftFunding(claim);
  if (!d) return undefined;
  const thingKeys = [...new Set(d.thing.map((t) => t.key))];
  const sourceKeys = [...new Set(d.source.map((t) => t.key))].filter((k) => !thingKeys.some((x) => sameThing(x, k)));
  const hits = kb.index.query([...thingKeys, ...d.source.map((t) => t.key), ...d.rejected.map((t) => t.key), "paid", "fund"], 30).map((h) => h.sentence);
  const found: Array<{ ev: IndexedSentence; source: Set<string>; all: Set<string> }> = [];
  for (const ev of hits) {
    const sen = kb.articles[ev.article].sentences[ev.sentence];
    const v = CORPUS_VERB.exec(sen.text);
    if (!v) continue;
    const after = sen.text.slice(v.index + v[0].length);
    if (!/\b(?:by|through|with)\b/i.test(after)) continue;
    const names = namesOfSentence(kb.articles[ev.article].names, ev.sentence);
    const terms = termsOf(sen.text, sen.start, names);
    const verbAt = sen.start + v.index;
    // The thing paid for: before the verb, or right after an active "pay for".
    const thingHere = terms.filter((t) => t.end <= verbAt + v[0].length + 40 && !t.role);
    if (!thingHere.some((t) => thingKeys.some((k) => sameThing(k, t.key)))) continue;
    if (terms.some((t) => t.negated && t.start > verbAt - 20 && t.start < verbAt + v[0].length)) continue;
    found.push({ ev, source: new Set(terms.filter((t) => t.start >= verbAt + v[0].length).map((t) => t.key)), all: ev.terms });
  }
  if (!found.length) return unheardPayer(kb, d, thingKeys, hits);
  const given = (keys: readonly string[]) => keys.length > 0 && found.some((f) => keys.every((k) => f.source.has(k)));
  // A source word in a corpus source; a name anywhere in such a sentence or next to it.
  const nameKeys = new Set([...d.source, ...d.rejected].filter((t) => t.name).map((t) => t.key));
  const touched = (keys: readonly string[]) =>
    found.some((f) => keys.some((k) => f.source.has(k) || (nameKeys.has(k) && [-1, 0, 1].some((x) => kb.index.at(f.ev.article, f.ev.sentence + x)?.terms.has(k)))));
  const rejectedKeys = [...new Set(d.rejected.map((t) => t.key))];
  const theirs = (f: { ev: IndexedSentence }) => {
    const sen = kb.articles[f.ev.article].sentences[f.ev.sentence].text;
    const v = CORPUS_VERB.exec(sen)!;
    return clip(sen.slice(v.index), 110);
  };
  // "by A, not by B" where the corpus says by B.
  if (rejectedKeys.length && given(rejectedKeys) && !touched(sourceKeys)) {
    const f = found.find((x) => rejectedKeys.every((k) => x.source.has(k)))!;
    return { reason: `the corpus says it is ${theirs(f)}`, focus: d.focus, evidence: [f.ev], severity: "warning" };
  }
  // A source the corpus never gives: none of its words in any corpus sentence about paying for the thing.
  // A lone common noun ("by the company") may be the corpus's payer under another name: only a named
  // source or a described means ("by raising fares") counts.
  const specific = sourceKeys.length > 0 && (d.source.some((t) => t.name) || new Set(d.source.map((t) => t.key)).size >= 2);
  if (specific && !touched(sourceKeys) && !rejectedKeys.length) {
    return { reason: `the corpus says it is ${theirs(found[0])}`, focus: d.focus, evidence: found.map((f) => f.ev).slice(0, 2), severity: "information" };
  }
  return undefined;
}

/**
 * A named payer for a thing the corpus tells of without saying who pays: no
 * corpus sentence about the thing, nor its neighbours, names the payer
 * (information).
 */
function unheardPayer(kb: Knowledge, d: DraftFunding, thingKeys: readonly string[], hits: readonly IndexedSentence[]): FundingFinding | undefined {
  const payer = [...new Set(d.source.filter((t) => t.name).map((t) => t.key))];
  if (!payer.length || !thingKeys.length) return undefined;
  const about = hits.filter((ev) => thingKeys.every((k) => ev.terms.has(k)));
  // A payer the corpus never names with paying at all (a body it does not know) is the unknown-name checks' business.
  if (!payer.every((k) => kb.index.termId(k) !== undefined)) return undefined;
  if (!about.length) return undefined;
  // The payer's name whole: "Islands Ferry Assets" is not named by "ferry" alone.
  const near = about.some((ev) => [-1, 0, 1].some((x) => payer.every((k) => kb.index.at(ev.article, ev.sentence + x)?.terms.has(k))));
  if (near) return undefined;
  const text = kb.articles[about[0].article].sentences[about[0].sentence].text.replace(/\s+/g, " ");
  const who = d.source.filter((t) => t.name).map((t) => t.text).join(" ");
  return {
    reason: `no article says who pays for it, nor names ${who} with it; the corpus says "${clip(text, 110)}"`,
    focus: d.focus,
    evidence: about.slice(0, 2),
    severity: "information",
  };
}
