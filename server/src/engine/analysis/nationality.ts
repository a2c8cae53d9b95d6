// Nationalities and countries: "a Belgian maker" where the corpus says "a
// Dutch maker", and the country lexicon's names and demonyms, for
// analysis/claims.ts and the frame rules.
import { CAPITAL_COUNTRY, COUNTRY_PHRASES, DEMONYMS, DEMONYM_COUNTRY } from "../text/lexicon";
import { fold, stripPossessive } from "../text/tokens";
import type { Claim, ClaimTerm, EvidenceView, Flip } from "./claims";
import { clausesOf, termKey } from "./claims";
import { wordList as words } from "../text/lexicon";

/** Nationalities that may stand for one another ("British" and "English") or are too loose to contradict. */
const LOOSE_NATIONALITY = new Set(words(`african asian arab arabic baltic nordic western eastern northern southern soviet european`));
const BRITISH = new Set(words(`british english scottish welsh`));

function nationality(t: ClaimTerm): string | undefined {
  const w = fold(stripPossessive(t.text)).toLowerCase();
  return DEMONYMS.has(w) && !LOOSE_NATIONALITY.has(w) ? w : undefined;
}

/** The country lexicon read once: per name key of a country, all its name keys and its demonyms' keys. */
let countryLexicon: { aliases: Map<string, string[]>; demonyms: Map<string, string[]> } | undefined;
function lexicon(): { aliases: Map<string, string[]>; demonyms: Map<string, string[]> } {
  if (!countryLexicon) {
    const aliases = new Map<string, string[]>();
    const demonyms = new Map<string, string[]>();
    for (const [d, c] of Object.entries(DEMONYM_COUNTRY)) {
      const keys = c.split("|").map(termKey);
      for (const k of keys) {
        aliases.set(k, keys);
        demonyms.set(k, [...(demonyms.get(k) ?? []), termKey(d)]);
      }
    }
    countryLexicon = { aliases, demonyms };
  }
  return countryLexicon;
}

/** Keys of the demonyms of the country a name key names ("japan" -> japanese), none for other words. */
export function demonymsOf(key: string): string[] {
  return lexicon().demonyms.get(key) ?? [];
}

/** Every name key of the country a name key names (each of a country's names in the lexicon), none for other words. */
export function countryNames(key: string): string[] {
  return lexicon().aliases.get(key) ?? [];
}

/**
 * The name keys of the country a name stands for, one word or several ("Britain", "the United Kingdom": britain,
 * uk); none for other words.
 */
function countryOfName(name: string): string[] {
  let keys = countryMemo.get(name);
  if (!keys) {
    if (countryMemo.size > 50_000) countryMemo.clear();
    countryMemo.set(name, (keys = countryOfNameUncached(name)));
  }
  return keys;
}
const countryMemo = new Map<string, string[]>();
const NONE: string[] = [];

function countryOfNameUncached(name: string): string[] {
  const lower = fold(stripPossessive(name)).toLowerCase().replace(/^the\s+/u, "").trim();
  const phrase = COUNTRY_PHRASES[lower];
  const one = termKey(lower);
  // A one-word name a phrase lists ("USA") stands with that phrase's other names ("America").
  const keys = phrase ? phrase.split("|").map(termKey) : /\s/u.test(lower) ? [] : [one, ...(phraseLists().get(one) ?? [])];
  return [...new Set(keys.flatMap((k) => [k, ...countryNames(k)]))].filter((k) => phrase || countryNames(k).length || phraseLists().has(k));
}

let phraseLists_: Map<string, string[]> | undefined;
/** For each one-word name key `COUNTRY_PHRASES` gives, the name keys of every phrase entry that lists it. */
function phraseLists(): Map<string, string[]> {
  if (!phraseLists_) {
    phraseLists_ = new Map();
    for (const v of Object.values(COUNTRY_PHRASES)) {
      const keys = v.split("|").map(termKey);
      for (const k of keys) phraseLists_.set(k, [...(phraseLists_.get(k) ?? []), ...keys]);
    }
  }
  return phraseLists_;
}

/** Two ways of writing one country's name ("Britain" / "the United Kingdom", "US" / "United States"). */
export function sameCountryName(a: string, b: string): boolean {
  const x = countryOfName(a);
  return x.length > 0 && countryOfName(b).some((k) => x.includes(k));
}

/** The names of several words of the country a one-word name stands for ("Britain": united kingdom, great britain). */
export function countryPhrases(name: string): string[] {
  const mine = countryOfName(name);
  return mine.length ? Object.keys(COUNTRY_PHRASES).filter((p) => countryOfName(p).some((k) => mine.includes(k))) : NONE;
}

/** Name keys of the country a one-word capital stands for ("Oslo" -> norway), and that country's demonyms' keys. */
export function capitalCountry(word: string): string[] {
  const c = CAPITAL_COUNTRY[fold(stripPossessive(word)).toLowerCase()];
  if (!c) return [];
  const keys = c.split("|").map(termKey);
  return [...new Set([...keys, ...keys.flatMap((k) => [...countryNames(k), ...demonymsOf(k)])])];
}

/** Keys of the country a demonym stands for ("Chinese" -> china), none for other words. */
export function countryKeys(word: string): string[] {
  const c = DEMONYM_COUNTRY[fold(stripPossessive(word)).toLowerCase()];
  return c ? c.split("|").map(termKey) : [];
}

/**
 * The country keys of a demonym that qualifies an ordinary noun ("Chinese
 * participation", "a Russian proposal"), not a title ("Italian Prime Minister")
 * nor a name ("French Guiana").
 */
export function demonymActor(terms: readonly ClaimTerm[], i: number, text: string, offset: number): string[] {
  const t = terms[i];
  if (!t.role || t.name) return [];
  const keys = countryKeys(t.text);
  if (!keys.length) return [];
  const head = headAfter(terms, i, text, offset);
  return head && !head.role && !head.name && /^\p{Ll}/u.test(head.text) ? keys : [];
}

/** The term right after `terms[i]` with only spaces between: the noun a demonym qualifies. */
function headAfter(terms: readonly ClaimTerm[], i: number, text: string, offset: number): ClaimTerm | undefined {
  const next = terms[i + 1];
  if (!next) return undefined;
  return /^\s+$/.test(text.slice(terms[i].end - offset, next.start - offset)) ? next : undefined;
}

/** A nationality of the claim that the aligned corpus sentence gives as another one, before the same noun. */
export function attributeSwap(claim: Claim, ev: EvidenceView): Flip | undefined {
  const mine = claim.all.filter((t) => !t.quoted);
  const theirs = ev.terms.filter((t) => !t.quoted);
  for (let i = 0; i < mine.length; i++) {
    const d = nationality(mine[i]);
    if (!d || theirs.some((t) => nationality(t) === d)) continue;
    const head = headAfter(mine, i, claim.sentence.text, claim.sentence.start);
    if (!head || head.name || head.role) continue; // "Italian Prime Minister": the title check's business
    for (let j = 0; j < theirs.length; j++) {
      const e = nationality(theirs[j]);
      if (!e || (BRITISH.has(e) && BRITISH.has(d))) continue;
      const h = headAfter(theirs, j, ev.text, ev.start);
      if (h?.key !== head.key) continue;
      return {
        reason: `the corpus says "${theirs[j].text} ${h.text}" where the draft says "${mine[i].text} ${head.text}"`,
        focus: { start: mine[i].start, end: head.end },
      };
    }
  }
  return undefined;
}



/** Per country name key, the keys of its capitals (the capital table read the other way). */
let capitals: Map<string, string[]> | undefined;
/** Keys of the capitals of the country a name key names ("norway" -> oslo), none for other words. */
export function capitalsOf(key: string): string[] {
  if (!capitals) {
    capitals = new Map();
    for (const [capital, country] of Object.entries(CAPITAL_COUNTRY)) {
      for (const c of country.split("|").map(termKey)) capitals.set(c, [...(capitals.get(c) ?? []), termKey(capital)]);
    }
  }
  return capitals.get(key) ?? [];
}

/** The same, with a capital standing for its country ("Oslo" for Norway). */
export function placeOf(t: { key: string; text: string }): Set<string> {
  const out = countryOf(t);
  for (const k of capitalCountry(t.text)) for (const x of countryOf({ key: k })) out.add(x);
  return out;
}

/** The country a name or demonym term stands for, as every key it may be written with. */
export function countryOf(t: { key: string }): Set<string> {
  return new Set([t.key, ...countryNames(t.key), ...demonymsOf(t.key), ...countryNames(t.key).flatMap(demonymsOf)]);
}
