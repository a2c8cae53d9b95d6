// Trips: the draft has a person the corpus knows travel to, visit or fly to a
// named place ("X is expected to travel to Riga", "X will visit Oslo") and no
// corpus passage puts that person with that place and any word of travel,
// visiting or meeting. For analysis/claims.ts.
//
// The draft side: a known person (see contact.ts's `personKey`) before a
// travel verb in the same clause, and a capitalised place right after it
// ("travel to", "fly to", "visit", "head to"), not negated. The corpus side
// is read broadly: a sentence naming the person, or one next to it, that
// names the place (or its country, capital or demonym) and any word of
// travel, visiting, meeting or hosting, or "in" (someone "in Riga" was there).
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { termKey } from "./claims";
import { personKey } from "./contact";
import type { NameMention } from "./names";
import { capitalCountry, countryNames, demonymsOf } from "./nationality";

const TRAVEL = /\b(?:travel(?:s|led|ed|ling|ing)?|fly|flies|flew|flying|head(?:s|ed|ing)?|go|goes|went|going)\s+to\s+(?:the\s+)?$|\b(?:visit(?:s|ed|ing)?)\s+(?:the\s+)?$/iu;

/** Any word of travel, visiting, meeting or hosting in a corpus passage, or "in". */
const CORPUS_TRAVEL = /\b(?:travel\w*|trip\w*|visit\w*|leav\w*|left|depart\w*|journey\w*|fl(?:y|ies|ew|ight\w*)|arriv\w*|land(?:s|ed|ing)?|went|go(?:es|ing)?|head\w*|tour\w*|host\w*|invit\w*|summit\w*|meet\w*|met|talks|attend\w*|in)\b/iu;

/** Words before the verb that make it no asserted trip. */
const NOT_ASSERTED = /\b(?:not|never|no|refused|declined|cancelled|canceled|postponed|ruled)\b|n['’]t\b/iu;

export interface TripFinding {
  reason: string;
  focus: Span;
}

/** The keys a place may be written with in the corpus: its own words, its country's names, demonyms and capital's country. */
function placeKeys(place: NameMention): string[] {
  const keys = new Set<string>();
  for (const t of place.tokens) keys.add(termKey(t.text));
  if (place.tokens.length === 1) {
    const k = termKey(place.tokens[0].text);
    // `capitalCountry` gives the country's names and demonyms too.
    for (const x of [...countryNames(k), ...demonymsOf(k), ...capitalCountry(place.tokens[0].text)]) keys.add(x);
  }
  return [...keys];
}

export function inventedTrip(kb: Knowledge, claim: Claim, names: readonly NameMention[]): TripFinding | undefined {
  const s = claim.sentence;
  for (const place of names) {
    const before = s.text.slice(0, place.start - s.start);
    const m = TRAVEL.exec(before);
    if (!m) continue;
    const verbAt = m.index;
    // The traveller: the last known person before the verb, in the same clause.
    const clauseStart = Math.max(before.lastIndexOf(";", verbAt), before.lastIndexOf(":", verbAt));
    const people = names.filter((n) => n.end - s.start <= verbAt && n.start - s.start > clauseStart && n !== place);
    const who = people.length ? people[people.length - 1] : undefined;
    if (!who) continue;
    const key = personKey(kb, who);
    if (!key) continue;
    if (NOT_ASSERTED.test(s.text.slice(Math.max(0, who.end - s.start), verbAt))) continue;
    const where = placeKeys(place);
    // The place must be one the corpus knows or a country or capital: an unknown name is the new-name rule's.
    if (!where.some((k) => kb.index.df.has(k))) continue;
    const text = (c: IndexedSentence) => kb.articles[c.article].sentences[c.sentence].text;
    // The corpus may call the traveller by any word of the name ("Wen" for "Wen Lijun", the family name first).
    const keys = [...new Set([key, ...who.tokens.map((t) => termKey(t.text.replace(/['’]s$/u, ""))).filter((k) => k.length >= 2 && kb.index.df.has(k))])];
    const reported = keys.some((pk) => kb.index.containing(pk).some((c) => kb.index.around(c).some((p) => where.some((k) => p.terms.has(k)) && CORPUS_TRAVEL.test(text(p)))));
    if (reported) continue;
    return {
      reason: `no corpus passage has ${who.text} travelling to ${place.text}`,
      focus: { start: who.start, end: place.end },
    };
  }
  return undefined;
}
