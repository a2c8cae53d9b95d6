// Done or only planned: the draft says a person the corpus knows did something
// ("X gave evidence on Monday", "X visited the site") where every corpus
// sentence naming them with that verb says it is still to come ("X is due to
// give evidence next month", "X will visit the site"). For analysis/claims.ts.
//
// The draft side: a person's name (two words, or a surname that ends a corpus
// full name), an optional apposition or adverb, then a verb in the past tense
// (regular "-ed" or a common irregular form). The corpus side: a sentence
// naming the person (the surname) with a marker of the future ("due to",
// "set to", "expected to", "scheduled to", "plans to", "will") right before
// the verb's base form. Flagged (information) when such a sentence exists and
// no corpus sentence naming the person uses the verb in the past.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { termKey } from "./claims";
import type { NameMention } from "./names";
import { stripPossessive } from "../text/tokens";
import { placeLike } from "./actor-swap";
import { clip } from "./frames";

export interface ScheduleFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

/** Common irregular past forms and their base (general English). */
const IRREGULAR: Record<string, string> = {
  gave: "give", met: "meet", went: "go", spoke: "speak", told: "tell", took: "take", made: "make", came: "come",
  left: "leave", began: "begin", held: "hold", sent: "send", wrote: "write", saw: "see", became: "become",
  won: "win", lost: "lose", paid: "pay", brought: "bring", set: "set", flew: "fly", sat: "sit", stood: "stand",
  led: "lead", ran: "run", chose: "choose", drove: "drive", rode: "ride", sold: "sell", bought: "buy",
};

/** Words between the name and its verb that leave the verb the name's: adverbs of sequence and addition. */
const BETWEEN = /^(?:\s*,[^,]{1,80},|\s*,)?\s+(?:(?:also|then|later|finally|eventually|briefly|first|yesterday|today)\s+)?(\p{L}+)\b/u;

const FUTURE = String.raw`(?:(?:is|are|was|were)\s+(?:(?:both|all|also|now|still)\s+)?(?:due|set|expected|scheduled|planning|going)\s+to|(?:plans?|intends?)\s+to|will|would|'ll)`;

const futureCache = new WeakMap<Knowledge, Map<string, Array<{ ev: IndexedSentence; at: number; verb: string }>>>();

/**
 * Per verb key, the corpus sentences that put the verb after a marker of the
 * future, where the marker stands and the verb with the word after it
 * ("give evidence"); one scan of the corpus, on first use.
 */
function futureVerbs(kb: Knowledge): Map<string, Array<{ ev: IndexedSentence; at: number; verb: string }>> {
  let map = futureCache.get(kb);
  if (map) return map;
  map = new Map();
  const re = new RegExp(String.raw`\b${FUTURE}\s+(?:\p{Ll}+\s+)??(\p{L}+)\b(?:\s+(\p{Ll}+))?`, "giu");
  const quick = /\b(?:due|set|expected|scheduled|planning|going|plans?|intends?|will|would)\b|'ll/i;
  for (const ev of kb.index.sentences) {
    const text = kb.articles[ev.article].sentences[ev.sentence].text;
    if (!quick.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const k = termKey(m[1]);
      const list = map.get(k) ?? [];
      list.push({ ev, at: m.index!, verb: m[2] ? `${m[1]} ${m[2]}` : m[1] });
      map.set(k, list);
    }
  }
  futureCache.set(kb, map);
  return map;
}

/** The base form of a past-tense verb, or undefined when the word is no past tense. */
function baseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (Object.hasOwn(IRREGULAR, w)) return IRREGULAR[w];
  if (/^\p{Ll}{3,}ed$/u.test(w)) return w;
  return undefined;
}

/**
 * A headline that reports the deed done, in the present tense headlines use ("Sailors open petition …"):
 * the verb's base form or its "-s" form, with another of the claim's content words.
 */
function headlined(kb: Knowledge, claim: Claim, bases: readonly string[], verbKey: string): boolean {
  const others = new Set(claim.terms.filter((t) => t.key !== verbKey && !t.name).map((t) => t.key));
  for (const words of headlines(kb)) {
    if (words.some((w) => bases.some((b) => w === b || w === `${b}s` || w === `${b}es`)) && words.some((w) => others.has(termKey(w)))) return true;
  }
  return false;
}

const headlineMemo = new WeakMap<Knowledge, string[][]>();
/** The lower-cased words of every headline (a heading, or an article's first sentence), per corpus; built on first use. */
function headlines(kb: Knowledge): string[][] {
  let out = headlineMemo.get(kb);
  if (!out) {
    out = [];
    for (const a of kb.articles) for (const h of a.sentences) if (h.kind === "heading" || h.index === 0) out.push([...h.text.toLowerCase().matchAll(/\p{L}+/gu)].map((w) => w[0]));
    headlineMemo.set(kb, out);
  }
  return out;
}

/** A past deed of a known person that the corpus only schedules. */
export function scheduledOnly(kb: Knowledge, claim: Claim, names: readonly NameMention[]): ScheduleFinding | undefined {
  const s = claim.sentence;
  for (const n of names) {
    const words = n.tokens.map((t) => stripPossessive(t.text));
    if (!words.length) continue;
    const surname = words[words.length - 1];
    const key = termKey(surname);
    if (kb.index.termId(key) === undefined) continue;
    // A person: two words, or a surname that ends a corpus full name.
    if (words.length < 2 && placeLike(kb, key)) continue;
    const rest = s.text.slice(n.end - s.start);
    const m = BETWEEN.exec(rest);
    if (!m) continue;
    const past = m[1];
    const base = baseOf(past);
    if (!base) continue;
    // The corpus sentences with the verb after a marker of the future, then those naming the person before it.
    const verbKey = termKey(base === past.toLowerCase() ? past : base);
    let planned: { ev: IndexedSentence; verb: string } | undefined;
    for (const f of futureVerbs(kb).get(verbKey) ?? []) {
      if (!f.ev.terms.has(key)) continue;
      const text = kb.articles[f.ev.article].sentences[f.ev.sentence].text;
      const at = text.indexOf(surname);
      if (at >= 0 && at < f.at) {
        planned = { ev: f.ev, verb: f.verb };
        break;
      }
    }
    if (!planned) continue;
    // The deed in the past, anywhere in a sentence naming them: every such sentence is read (postings, not a ranking).
    const pastLower = past.toLowerCase();
    const pastKey = termKey(pastLower);
    const done = kb.index.containing(key).some((ev) => {
      for (const w of kb.articles[ev.article].sentences[ev.sentence].text.matchAll(/\p{L}+/gu)) {
        const lower = w[0].toLowerCase();
        if (lower === pastLower || (base === pastLower && /ed$/.test(lower) && termKey(lower) === pastKey)) return true;
      }
      return false;
    });
    if (done || headlined(kb, claim, base === pastLower ? [pastLower.slice(0, -2), pastLower.slice(0, -1)] : [base], verbKey)) continue;
    const text = kb.articles[planned.ev.article].sentences[planned.ev.sentence].text;
    return {
      reason: `the corpus says only that ${words.join(" ")} is still to ${planned.verb.toLowerCase()} ("${clip(text, 110)}")`,
      focus: { start: n.start, end: n.end + m[0].length },
      evidence: [planned.ev],
    };
  }
  return undefined;
}
