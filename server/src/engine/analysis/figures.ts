// Figures in digits and words, with unit, qualifier and the thing counted.
// The same extractor runs on corpus articles and drafts: "more than 30 nations",
// "eight-thousand-strong rescue force", "40 percent of its military aid",
// "five to ten years", "$12 million", "1,000 kilometers (620 miles)",
// "tens of thousands of troops". Years, dates, times, ordinals, article numbers
// ("Article 5") and numbers inside names ("G7", "Su-27") are not figures.
// Rates carry their period in the unit ("three shifts per week", "twice a
// month", "€3 per hour"); a stretch of a period carries its ordinal ("the
// first two years"); the noun compound before a counted noun ("150 transit
// safety officers") is the figure's thing and context.
import type { Span } from "../types";
import type { Sentence } from "../text/sentences";
import { stem, fold } from "../text/tokens";
import { IRREGULAR_PARTICIPLES, NUMBER_WORDS, SCALE_WORDS, STOPWORDS, DEMONYMS, isMonthWord, isWeekdayWord, MONTH_ABBREVIATIONS } from "../text/lexicon";
import type { AnalyzedBase, SentenceMemo } from "./analyze";
import type { NameContext } from "./names";
import type { FigureMention } from "./facts";

/** What the check needs beyond the shared fact shape. */
export interface Figure extends FigureMention {
  /** The number as written, without qualifier, currency sign or unit: "30", "five to ten", "eight-thousand". */
  numberText: string;
  numberSpan: Span;
  /** Where the qualifier stands, when there is one. */
  qualifierSpan?: Span;
  /** The qualifier's meaning: "", "gt", "ge", "lt", "le", "approx", "near". */
  bound: Bound;
  /** A vague magnitude ("thousands of", "tens of thousands"): value..valueHigh is only a band. */
  vague: boolean;
  /** Written in digits ("30", "1,000") rather than words. */
  digits: boolean;
  /** The context words that are names (people, places, organisations): they say who or where, not what. */
  names: string[];
  /** Currency sign written before the number ("$"), if any. */
  currency: string;
  /** The noun run the figure qualifies when the unit is a measure: "ceasefire" for "30-day ceasefire", "military aid" for "40 percent of its military aid". */
  thing: string;
  /** A share written as a fraction ("about half", "a third", "two-thirds", "one in five"): `value` is in percent, and only as exact as a fraction is. */
  fraction?: boolean;
  /** Content words of the figure's own clause, nearest first (at most four each side): what this figure, not its neighbours, is about. */
  local?: string[];
  /** A time between then and now ("about two years ago"): it tells when something happened, a date. */
  ago?: boolean;
  /** A difference between two amounts, not an amount: "£2 million more than the £5 million budgeted", "300 fewer than last year". */
  margin?: boolean;
  /** The nearest content word before the figure in its clause: its verb ("settled for 11 percent", "rose 3 percent") or the noun it measures ("a turnout of 58 percent"). */
  lead?: string;
}

export type Bound = "" | "gt" | "ge" | "lt" | "le" | "approx" | "near";

/** Qualifiers before a number, longest first, with their meaning. */
/** Gatherings whose size is given as "the crowd at N" (general English). */
export const GATHERINGS = new Set(["crowd", "turnout", "attendance", "audience", "gate"]);
const QUALIFIERS: Array<[string, Bound]> = (
  [
    ["no more than", "le"], ["no fewer than", "ge"], ["no less than", "ge"], ["not more than", "le"],
    ["more than", "gt"], ["greater than", "gt"], ["in excess of", "gt"], ["upwards of", "gt"], ["just over", "gt"], ["well over", "gt"],
    ["fewer than", "lt"], ["less than", "lt"], ["just under", "near"], ["well under", "lt"], ["close to", "near"],
    ["up to", "le"], ["at most", "le"], ["as many as", "le"], ["as much as", "le"], ["a maximum of", "le"],
    ["at least", "ge"], ["a minimum of", "ge"],
    ["an estimated", "approx"], ["approximately", "approx"], ["roughly", "approx"], ["around", "approx"], ["about", "approx"],
    ["some", "approx"], ["estimated", "approx"], ["almost", "near"], ["nearly", "near"], ["over", "gt"], ["above", "gt"],
    ["under", "lt"], ["below", "lt"],
  ] as Array<[string, Bound]>
).sort((a, b) => b[0].length - a[0].length);

const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([q]) => q.split(" ")));

/** Words that make the next number a label, not a quantity: "Article 5", "page 3". */
const LABEL_WORDS = new Set(
  `article articles section sections chapter chapters clause clauses paragraph paragraphs page pages item items no nos
  number resolution resolutions amendment annex appendix point phase stage level grade category room flight route
  gate platform step version season episode volume vol part parts table figure fig rule protocol row seat highway
  road lane block building floor unit ward district precinct squad team`.split(/\s+/),
);

/** Measures written attached to the digits or after them, and what they mean. */
const UNIT_ALIASES: Record<string, string> = {
  "%": "percent", percent: "percent", pct: "percent", percentage: "percent",
  km: "kilometer", kms: "kilometer", kilometre: "kilometer", kilometres: "kilometer", kilometer: "kilometer", kilometers: "kilometer",
  mi: "mile", mile: "mile", miles: "mile",
  metre: "meter", metres: "meter", meter: "meter", meters: "meter",
  cm: "centimeter", centimetre: "centimeter", centimetres: "centimeter", centimeter: "centimeter", centimeters: "centimeter",
  mm: "millimeter", millimetre: "millimeter", millimetres: "millimeter",
  kg: "kilogram", kgs: "kilogram", kilo: "kilogram", kilos: "kilogram", kilogram: "kilogram", kilograms: "kilogram",
  lb: "pound-weight", lbs: "pound-weight",
  ft: "foot", foot: "foot", feet: "foot", yd: "yard", yds: "yard", yard: "yard", yards: "yard",
  mph: "mile per hour", kph: "kilometer per hour", kmh: "kilometer per hour", knot: "knot", knots: "knot", kt: "knot", kts: "knot",
  acre: "acre", acres: "acre", hectare: "hectare", hectares: "hectare", ha: "hectare",
  tonne: "ton", tonnes: "ton", ton: "ton", tons: "ton",
  dollar: "dollar", dollars: "dollar", usd: "dollar", euro: "euro", euros: "euro", eur: "euro",
  pound: "pound", pounds: "pound", sterling: "pound", gbp: "pound", yen: "yen", yuan: "yuan", rouble: "ruble", roubles: "ruble",
  ruble: "ruble", rubles: "ruble",
  hr: "hour", hrs: "hour", min: "minute", mins: "minute", sec: "second", secs: "second",
  yr: "year", yrs: "year",
};

const CURRENCY_WORDS = new Set(Object.keys(UNIT_ALIASES).filter((w) => ["dollar", "euro", "pound", "yen", "yuan", "ruble"].includes(UNIT_ALIASES[w])));

const CURRENCY_SIGNS: Record<string, string> = { "$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₽": "ruble", "₴": "hryvnia" };

/** Abbreviated scales written after a number: "12bn", "$5m", "3 trn". */
const SCALE_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 };

/** Plural scale words used as vague magnitudes: "thousands of", "tens of thousands". */
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, tens: 10 };

/** Plurals that do not end in -s. */
const IRREGULAR_PLURALS = new Set(
  `people men women children police personnel staff cattle aircraft sheep fish deer feet teeth mice geese data media criteria`.split(/\s+/),
);

/** Adjectives that may stand between a number and the thing counted: "30 more nations". */
const COUNT_MODIFIERS = new Set(
  `more other additional new extra further separate different foreign international national local regional major key top
  senior junior young old armed unarmed civilian military former current remaining total estimated confirmed reported
  registered eligible active potential possible full`.split(/\s+/),
);

/** Words before a number that make "N days" a stretch of a longer period ("the first two years"), by what they mean. */
/** Units of time, and the words after one that make it the time between two events. */
export const TIME_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade"]);
const OFFSET_WORDS = new Set(["later", "after", "earlier", "before", "ago", "afterwards", "previously"]);
/** Words before a span of time that make it a duration ("over three days", "for two weeks"). */
const DURATION_BEFORE = new Set(["over", "for", "across", "during", "throughout"]);
const ORDINAL_SPANS: Record<string, string> = { first: "first", opening: "first", initial: "first", last: "last", final: "last", closing: "last" };

/** A unit without the period of its rate ("pound per year": pound), as `findFigures` writes rates. */
export const unitWithoutRate = (unit: string): string => unit.split(" per ")[0];

/** Periods of a rate, "per week", "a day", and the adverbs that say the same ("weekly"). */
const PERIODS: Record<string, string> = {
  second: "second", minute: "minute", hour: "hour", day: "day", night: "night", week: "week", fortnight: "fortnight",
  month: "month", quarter: "quarter", year: "year", annum: "year", decade: "decade",
  hourly: "hour", daily: "day", nightly: "night", weekly: "week", fortnightly: "fortnight", monthly: "month",
  quarterly: "quarter", yearly: "year", annually: "year",
};

/** Comparatives that make a figure before "than" a difference between two amounts (general English). */
const COMPARATIVES = new Set(["more", "less", "fewer", "higher", "lower", "greater", "larger", "smaller", "bigger", "cheaper", "dearer", "longer", "shorter", "older", "younger"]);

/** "… above the £5 million budgeted": a figure set above or below another one is the gap between them. */
const MARGIN_AFTER = /^\s+(?:above|below|over|under|short\s+of)\s+(?:(?:the|its|their|a|an)\s+)?(?:[$£€]\s?)?\d/iu;

/** Words after "a day", "a year" that make it a point in time, not a rate: "a year ago", "a day after". */
const NOT_A_RATE_AFTER = new Set(["ago", "earlier", "later", "before", "after", "since", "back", "previously", "prior", "from", "or", "and", "beforehand", "afterwards", "long", "old", "away", "on", "of"]);

/** Adverbs that count times: "twice a week". */
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** "annually", "daily" used as an adverb ("2 million euros annually"), not as an adjective ("30 daily flights"). */
function periodAdverb(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !!t && t.kind === "word" && /ly$/.test(t.lower) && t.lower in PERIODS && !nounish(toks[k + 1]);
}

/** "per week", "a day", "each month", "every year", "annually" at token k: the period and where the phrase ends. */
function rateAt(toks: Tok[], k: number): { period: string; next: number; end: number } | undefined {
  const t = toks[k];
  if (!t || t.kind !== "word" || !isSpace(t.gap)) return undefined;
  if (/ly$/.test(t.lower) && t.lower in PERIODS) return periodAdverb(toks, k) ? { period: PERIODS[t.lower], next: k + 1, end: t.end } : undefined;
  if (!["per", "a", "an", "each", "every"].includes(t.lower)) return undefined;
  const p = toks[k + 1];
  if (!p || p.kind !== "word" || !isSpace(p.gap) || /ly$/.test(p.lower) || !(p.lower in PERIODS)) return undefined;
  const after = toks[k + 2];
  if (t.lower !== "per" && after && ((after.kind === "word" && NOT_A_RATE_AFTER.has(after.lower)) || (after.text === "-" && joined(after)))) return undefined;
  // "a second time", "a quarter century": these periods are rates only with "per" or at the end of the clause.
  if (t.lower !== "per" && (p.lower === "second" || p.lower === "quarter") && after && after.kind !== "sym") return undefined;
  return { period: PERIODS[p.lower], next: k + 2, end: p.end };
}

/** "once", "twice", "thrice" before a rate: a count of times. */
function timesNumber(toks: Tok[], i: number): NumberParse | undefined {
  const t = toks[i];
  if (t.kind !== "word" || !(t.lower in TIMES)) return undefined;
  // "once or twice a week": the first of a range of times.
  const or = toks[i + 1];
  const ranged = !!or && (or.lower === "or" || or.lower === "to") && isSpace(or.gap) && toks[i + 2]?.lower in TIMES && !!rateAt(toks, i + 3);
  if (!ranged && !rateAt(toks, i + 1)) return undefined;
  return { value: TIMES[t.lower], next: i + 1, start: t.start, end: t.end, digits: false, vague: false, scaled: false, times: true };
}

/** Words after a number that make it a time of day. */
const TIME_WORDS = new Set(["am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "est", "bst", "o'clock", "h", "hrs"]);

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: "num" | "word" | "sym";
  /** The characters between the previous token and this one. */
  gap: string;
}

const TOKEN_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\S/gu;

function tokens(s: Sentence): Tok[] {
  const out: Tok[] = [];
  let last = 0;
  for (const m of s.text.matchAll(TOKEN_RE)) {
    const i = m.index ?? 0;
    const text = m[0];
    const kind = /^\d/.test(text) ? "num" : /^[\p{L}\p{M}]/u.test(text) ? "word" : "sym";
    out.push({ text, lower: text.toLowerCase(), start: s.start + i, end: s.start + i + text.length, kind, gap: s.text.slice(last, i) });
    last = i + text.length;
  }
  return out;
}

/** Parses digits as written in English: "1,000", "3.2", "40". */
function digitValue(text: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}

const isSpace = (gap: string) => /^[ \t\u00a0]+$/.test(gap);
const joined = (t: Tok | undefined) => !!t && t.gap === "";

interface NumberParse {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  start: number;
  end: number;
  digits: boolean;
  vague: boolean;
  high?: number;
  /** A scale word or abbreviation was read ("million"). */
  scaled: boolean;
  /** A count of times ("twice") before a rate. */
  times?: boolean;
}

/** A number in words starting at token i: "eight thousand", "twenty-five", "a dozen", "two hundred and fifty". */
function wordNumber(toks: Tok[], i: number): NumberParse | undefined {
  const first = toks[i];
  if (first.kind !== "word") return undefined;
  let total = 0;
  let current = 0;
  let seen = 0;
  let scaled = false;
  let j = i;
  let end = first.end;
  let afterHyphen = false;
  while (j < toks.length) {
    const t = toks[j];
    if (j > i && !afterHyphen) {
      // Words join with one space or a hyphen with no spaces ("twenty-five", "eight-thousand").
      if (t.text === "-" && joined(t) && joined(toks[j + 1]) && toks[j + 1]?.kind === "word") {
        const w = toks[j + 1].lower;
        if (!(w in NUMBER_WORDS || w in SCALE_WORDS) || w === "a" || w === "an" || w === "half") break;
        j++;
        afterHyphen = true;
        continue;
      }
      if (t.kind !== "word" || !isSpace(t.gap)) break;
      const n = toks[j + 1];
      if (t.lower === "and" && (toks[j - 1].lower === "hundred" || toks[j - 1].lower in SCALE_WORDS) && n && isSpace(n.gap) &&
        n.lower in NUMBER_WORDS && NUMBER_WORDS[n.lower] >= 1 && NUMBER_WORDS[n.lower] < 100 && n.lower !== "a" && n.lower !== "an") {
        j++;
        continue;
      }
    }
    afterHyphen = false;
    const w = t.lower;
    if (w in SCALE_WORDS) {
      if (seen === 0) break;
      const scale = SCALE_WORDS[w];
      if (current === 0) current = 1;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      scaled = true;
    } else if (w in NUMBER_WORDS && w !== "half") {
      const v = NUMBER_WORDS[w];
      if (w === "a" || w === "an") {
        // "a" counts only before a scale word or "dozen": "a million", "a dozen".
        if (j !== i) break;
        const n = toks[j + 1];
        if (!n || !isSpace(n.gap) || !(n.lower in SCALE_WORDS || n.lower === "dozen")) return undefined;
        seen++;
        j++;
        end = t.end;
        continue;
      }
      if (w === "dozen") {
        current = (current || 1) * 12;
      } else if (seen > 0) {
        // Two small numbers in a row ("two three") are not one number.
        const part = current % 100;
        const fits = v < 10 ? part === 0 || (part >= 20 && part % 10 === 0) : v < 100 ? part === 0 : false;
        if (!fits) break;
        current += v;
      } else current += v;
    } else break;
    seen++;
    end = t.end;
    j++;
  }
  if (seen === 0) return undefined;
  const value = total + current;
  // A lone "one" is mostly a pronoun ("one of the", "one option").
  const sep = toks[j];
  const rangeFollows = !!sep && ["to", "or"].includes(sep.lower) && isSpace(sep.gap) && !!toks[j + 1] && toks[j + 1].lower in NUMBER_WORDS;
  const compound = !!sep && sep.text === "-" && joined(sep) && toks[j + 1]?.kind === "word" && joined(toks[j + 1]); // "one-day"
  if (seen === 1 && first.lower === "one" && !rangeFollows && !compound) return undefined;
  if (value === 0 && !scaled) return undefined;
  return { value, next: j, start: first.start, end, digits: false, vague: false, scaled };
}

/** A number in digits at token i, with a scale after it: "1,000", "12 million", "12bn", "3.2". */
function digitNumber(toks: Tok[], i: number): NumberParse | undefined {
  const t = toks[i];
  if (t.kind !== "num") return undefined;
  const v = digitValue(t.text);
  if (v === undefined) return undefined;
  let value = v;
  let j = i + 1;
  let end = t.end;
  let scaled = false;
  const n = toks[j];
  if (n && n.kind === "word") {
    const money = !!currencyBefore(toks, i) || (isSpace(toks[j + 1]?.gap ?? "") && CURRENCY_WORDS.has(toks[j + 1].lower));
    if (joined(n) && n.lower in SCALE_ABBREVIATIONS && (money || !(n.lower === "m" || n.lower === "b"))) {
      value *= SCALE_ABBREVIATIONS[n.lower];
      end = n.end;
      j++;
      scaled = true;
    } else if (isSpace(n.gap) && n.lower in SCALE_WORDS) {
      value *= SCALE_WORDS[n.lower];
      end = n.end;
      j++;
      scaled = true;
      if (toks[j]?.kind === "word" && isSpace(toks[j].gap) && toks[j].lower in SCALE_WORDS && SCALE_WORDS[toks[j].lower] > SCALE_WORDS[n.lower]) {
        value *= SCALE_WORDS[toks[j].lower];
        end = toks[j].end;
        j++;
      }
    }
  }
  return { value, next: j, start: t.start, end, digits: true, vague: false, scaled };
}

/** "thousands of", "tens of thousands of", "dozens of": a band, not a number. */
function vagueNumber(toks: Tok[], i: number): NumberParse | undefined {
  const t = toks[i];
  if (t.kind !== "word" || !(t.lower in VAGUE)) return undefined;
  let base = VAGUE[t.lower];
  let end = t.end;
  let j = i + 1;
  const of = (k: number) => toks[k]?.lower === "of" && isSpace(toks[k].gap);
  if ((t.lower === "tens" || t.lower === "hundreds" || t.lower === "dozens") && of(j) && toks[j + 1] && toks[j + 1].lower in VAGUE &&
    VAGUE[toks[j + 1].lower] >= 1000 && isSpace(toks[j + 1].gap)) {
    base = VAGUE[t.lower] * VAGUE[toks[j + 1].lower];
    end = toks[j + 1].end;
    j += 2;
  } else if (t.lower === "tens") return undefined;
  if (!of(j)) return undefined;
  // Plural, so two of the base at least: "thousands" from 2,000, "tens of thousands" from 20,000.
  return { value: base * 2, high: base * 10 - 1, next: j, start: t.start, end, digits: false, vague: true, scaled: true };
}

/** "a few hundred", "several thousand": a vague count of that scale, as "hundreds of" is (the counted noun follows the scale word). */
function fewNumber(toks: Tok[], i: number): NumberParse | undefined {
  const t = toks[i];
  if (t.kind !== "word") return undefined;
  let j: number;
  if (t.lower === "several") j = i + 1;
  else if (t.lower === "a" && toks[i + 1]?.lower === "few" && isSpace(toks[i + 1].gap)) j = i + 2;
  else return undefined;
  const scale = toks[j];
  if (!scale || scale.kind !== "word" || !isSpace(scale.gap) || !Object.hasOwn(SCALE_WORDS, scale.lower) || SCALE_WORDS[scale.lower] < 100) return undefined;
  const base = SCALE_WORDS[scale.lower];
  return { value: base * 2, high: base * 10 - 1, next: j, start: t.start, end: scale.end, digits: false, vague: true, scaled: true };
}

/** Words next to "6-1" that make it a tally of votes or a score. */
const TALLY_WORDS = new Set(["voted", "vote", "votes", "won", "lost", "beat", "drew", "defeated", "ruled", "majority", "decision", "verdict", "win", "defeat", "victory"]);

function currencyBefore(toks: Tok[], i: number): string {
  const p = toks[i - 1];
  if (p && p.kind === "sym" && p.text in CURRENCY_SIGNS && joined(toks[i])) return p.text;
  return "";
}

function parseNumber(toks: Tok[], i: number): NumberParse | undefined {
  if (i < 0 || i >= toks.length) return undefined;
  return digitNumber(toks, i) ?? vagueNumber(toks, i) ?? fewNumber(toks, i) ?? wordNumber(toks, i) ?? timesNumber(toks, i) ?? oneOffset(toks, i);
}

/** "a year ago", "a week later": one unit of time between two events, written with "a". */
function oneOffset(toks: Tok[], i: number): NumberParse | undefined {
  const t = toks[i];
  if (t.lower !== "a" && t.lower !== "an") return undefined;
  const unit = toks[i + 1];
  const offset = toks[i + 2];
  if (!unit || !offset || !isSpace(unit.gap) || !isSpace(offset.gap) || !TIME_UNITS.has(unit.lower) || !OFFSET_WORDS.has(offset.lower)) return undefined;
  return { value: 1, next: i + 1, start: t.start, end: t.end, digits: false, vague: false, scaled: false };
}

/** Is the number at token i part of a date, a time, a year, a name or a label? */
function notAQuantity(toks: Tok[], i: number, p: NumberParse, rangeEnd = false): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[p.next];
  if (p.digits) {
    // Glued to letters: "G7", "Su-27", "COVID-19", "27th", "5G".
    if (!rangeEnd && prev && joined(t) && (prev.kind === "word" || (prev.text === "-" && toks[i - 2]?.kind === "word" && joined(prev)) || prev.text === "#" || prev.text === "/")) return true;
    if (next && joined(next) && next.kind === "word" && !(next.lower in UNIT_ALIASES) && next.lower !== "m") return true;
    if (next && joined(next) && (next.text === "/" || next.text === ":" || next.text === ".") && toks[p.next + 1]?.kind === "num" && joined(toks[p.next + 1])) return true;
    if (next && ORDINAL_SUFFIX.test(next.text) && joined(next)) return true;
    // Years: four digits without separators, and decades ("1990s").
    if (!p.scaled && /^\d{4}$/.test(t.text) && Number(t.text) >= 1000 && Number(t.text) <= 2199 && !currencyBefore(toks, i)) {
      const after = next && next.kind === "sym" && next.text === "%";
      if (!after && !(next && isSpace(next.gap) && next.lower in UNIT_ALIASES && UNIT_ALIASES[next.lower] === "percent")) return true;
    }
    // Times and scores: "10:30", "10 a.m.", "at 9 pm", "a 3-1 win".
    if (next && TIME_WORDS.has(next.lower.replace(/\.$/, ""))) return true;
    if (next && /^[ap]$/.test(next.lower) && toks[p.next + 1]?.text === "." && toks[p.next + 2]?.lower === "m") return true;
    if (!rangeEnd && prev && joined(t) && [":", ".", "/", "-", "–"].includes(prev.text) && toks[i - 2]?.kind === "num" && joined(prev)) return true;
    if (next && next.text === ":" && joined(next)) return true;
  }
  // Dates: "March 27", "27 March", "27th of March", "Mar 27".
  const isMonth = (x: Tok | undefined) => !!x && x.kind === "word" && (isMonthWord(x.lower) || (x.lower in MONTH_ABBREVIATIONS && /^\p{Lu}/u.test(x.text)));
  if (p.digits) {
    if (isMonth(prev) || (prev?.text === "." && isMonth(toks[i - 2]))) return true;
    if (isMonth(next) || (next?.lower === "of" && isMonth(toks[p.next + 1]))) return true;
    if (prev && isWeekdayWord(prev.lower)) return true;
  }
  // Labels and names: "Article 5", "page 3", "Minsk 2", "No. 10".
  if (prev && prev.kind === "word" && isSpace(t.gap)) {
    if (LABEL_WORDS.has(prev.lower) && p.digits) return true;
    const capital = /^\p{Lu}/u.test(prev.text);
    const atStart = i - 1 === 0;
    if (capital && p.digits && !atStart && !STOPWORDS.has(prev.lower) && !QUALIFIER_WORDS.has(prev.lower) && !DEMONYMS.has(prev.lower) && !/['’]s$/.test(prev.text)) return true;
  }
  if (prev && prev.text === "." && toks[i - 2] && LABEL_WORDS.has(toks[i - 2].lower)) return true;
  return false;
}

/** Counted nouns that name the same thing in general English. */
const SAME_COUNT: Record<string, string> = {
  nations: "country", nation: "country", countries: "country", soldiers: "troop", soldier: "troop", troops: "troop",
  persons: "people", person: "people", individuals: "people", kids: "child", children: "child",
  houses: "home", house: "home", homes: "home",
  residents: "people", resident: "people", inhabitants: "people", villagers: "people", townspeople: "people",
  employees: "staff", employee: "staff", staffers: "staff", staffer: "staff",
};

/** Groups counted by their members: "a 5,000-strong force" is 5,000 troops. */
const GROUP_MEMBERS: Record<string, string> = {
  force: "troop", army: "troop", contingent: "troop", brigade: "troop", battalion: "troop", garrison: "troop", corps: "troop",
  crowd: "people",
};
/** Possessives and articles that make "N of its members" a part of a whole. */
const PART_OF = new Set(["its", "their", "his", "her", "our", "the"]);

/** English plural: "nations" -> "country", "missions" -> "mission" (the unit figures are indexed by). */
export function singular(word: string): string {
  const w = fold(word);
  if (w in UNIT_ALIASES) return UNIT_ALIASES[w];
  if (w in SAME_COUNT) return SAME_COUNT[w];
  if (IRREGULAR_PLURALS.has(w) || w.length <= 3) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(?:ss|us|is|ous)$/.test(w)) return w;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

function pluralLike(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && /s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w);
}

/** A plain word that can be part of a noun phrase after a number. */
function nounish(t: Tok | undefined): boolean {
  if (!t || t.kind !== "word" || !isSpace(t.gap)) return false;
  if (STOPWORDS.has(t.lower) || QUALIFIER_WORDS.has(t.lower) || t.lower in NUMBER_WORDS || t.lower in SCALE_WORDS) return false;
  if (isMonthWord(t.lower) || isWeekdayWord(t.lower)) return false;
  return /^\p{Ll}/u.test(t.text) || DEMONYMS.has(t.lower);
}

interface NounPhrase {
  head: Tok;
  /** Index of the token after the phrase's head. */
  next: number;
  /** The words of the noun run, modifiers included. */
  words: Tok[];
  /** Token positions of the noun compound before the head: "transit safety" of "150 transit safety officers", "night", "shift" of "40 night-shift nurses". */
  modifiers: number[];
}

/** The second part of a hyphenated modifier at token k ("-shift" of "night-shift nurses"), when a noun follows it: the index after it. */
function compoundTail(toks: Tok[], k: number): number | undefined {
  const h = toks[k];
  const w = toks[k + 1];
  if (!h || h.text !== "-" || !joined(h) || !w || w.kind !== "word" || !joined(w) || !/^\p{Ll}/u.test(w.text)) return undefined;
  if (w.lower in NUMBER_WORDS || w.lower in SCALE_WORDS || w.lower in FRACTIONS) return undefined;
  return nounish(toks[k + 2]) ? k + 2 : undefined;
}

/**
 * The thing counted after a number: skip modifiers ("more", "European"),
 * then take the first plural-looking word of a short noun run ("coalition
 * troops" -> troops, "years old" -> years), or its first word. A hyphenated
 * modifier is one word of the run ("night-shift nurses").
 */
/** Past participles in -en or -n ("stolen", "torn"), which qualify a noun or follow it but are never the noun counted. */
const PARTICIPLES_EN = new Set([...IRREGULAR_PARTICIPLES].filter((w) => /(?:en|wn|rn)$/.test(w)));

function countedNoun(toks: Tok[], j: number, preferLast = false): NounPhrase | undefined {
  let k = j;
  // Modifiers, function words among them ("150 new officers", "30 more nations").
  const modifier = (t: Tok | undefined) => !!t && t.kind === "word" && isSpace(t.gap) && /^\p{Ll}/u.test(t.text) && COUNT_MODIFIERS.has(t.lower);
  while ((modifier(toks[k]) || (nounish(toks[k]) && DEMONYMS.has(toks[k].lower))) && nounish(toks[k + 1])) k++;
  // A name that qualifies the noun ("420 National Guard soldiers", "300 Red Cross volunteers"): the noun is counted;
  // after a participle too ("14 stolen Varga pumps"), whatever the noun's plural.
  const participle = !!toks[k] && toks[k].kind === "word" && isSpace(toks[k].gap) && (/^\p{Ll}+ed$/u.test(toks[k].text) || PARTICIPLES_EN.has(toks[k].text)) && /^\p{Lu}\p{Ll}/u.test(toks[k + 1]?.text ?? "");
  let c = participle ? k + 1 : k;
  const from = c;
  while (c < from + 3 && toks[c] && toks[c].kind === "word" && /^\p{Lu}\p{Ll}/u.test(toks[c].text) && isSpace(toks[c].gap)) c++;
  if (c > from && toks[c] && isSpace(toks[c].gap) && /^\p{Ll}/u.test(toks[c].text) && nounish(toks[c]) && (pluralLike(toks[c].text) || participle || /^(?:are|were|have|had|remain|remained|will|would|could|may|[,.;:])$/.test(toks[c + 1]?.lower ?? toks[c + 1]?.text ?? ""))) k = c;
  const run: number[] = [];
  /** Hyphenated second parts, by the run word they belong to. */
  const tails = new Map<number, number>();
  const max = preferLast ? 3 : 4;
  // A participle after the noun ends it: "ceasefire proposed by", "troops fighting".
  while (run.length < max && nounish(toks[k]) && !(run.length && (/^\p{Lu}/u.test(toks[k].text) || /(?:ed|ing)$/.test(toks[k].lower) || PARTICIPLES_EN.has(toks[k].lower))) && !periodAdverb(toks, k)) {
    run.push(k);
    k++;
    if (toks[k] && toks[k].text === "-" && joined(toks[k])) {
      // "night-shift nurses": the compound modifies what follows; otherwise stop at hyphens ("two-thirds" etc.).
      const after = preferLast ? undefined : compoundTail(toks, k);
      if (after === undefined) break;
      tails.set(k - 1, k + 1);
      k = after;
    }
  }
  if (!run.length) return undefined;
  if (/^\p{Lu}/u.test(toks[run[0]].text)) return undefined;
  // Not a participle before the noun ("14 stolen pumps"), whatever the noun's plural.
  const adjective = (x: number) => x < run[run.length - 1] && (/^\p{Ll}+ed$/u.test(toks[x].text) || PARTICIPLES_EN.has(toks[x].text));
  const pick = preferLast ? run[run.length - 1] : (run.find((x) => !tails.has(x) && pluralLike(toks[x].text)) ?? run.find((x) => !tails.has(x) && !adjective(x)) ?? run[0]);
  const modifiers = run.filter((x) => x < pick).flatMap((x) => (tails.has(x) ? [x, tails.get(x)!] : [x]));
  return { head: toks[pick], next: pick + 1, words: run.map((x) => toks[x]), modifiers };
}

/** What a measure qualifies, as its noun run: "30-day ceasefire" -> "ceasefire", "40 percent of its military aid" -> "military aid". */
function qualifiedThing(toks: Tok[], j: number): string {
  let k = j;
  if (toks[k]?.lower === "of" && isSpace(toks[k].gap)) {
    k++;
    while (toks[k] && toks[k].kind === "word" && (["the", "its", "their", "his", "her", "our", "a", "an", "all", "this", "that"].includes(toks[k].lower) || /['’]s?$/.test(toks[k].text))) k++;
  }
  const np = countedNoun(toks, k, true);
  return np ? np.words.map((w) => singular(w.text)).join(" ") : "";
}

function findQualifier(toks: Tok[], i: number): { text: string; bound: Bound; start: number } | undefined {
  for (const [q, bound] of QUALIFIERS) {
    const words = q.split(" ");
    const k = i - words.length;
    if (k < 0) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      const t = toks[k + w];
      if (t.kind !== "word" || t.lower !== words[w] || (w > 0 && !isSpace(t.gap))) {
        ok = false;
        break;
      }
    }
    if (ok && isSpace(toks[i].gap)) return { text: q, bound, start: toks[k].start };
  }
  return undefined;
}

/** Words for who speaks, not what is claimed: "union leader X said" says nothing about the figure. */
const SPEAKER_WORDS = new Set(
  `president minister secretary chancellor premier spokesman spokeswoman spokesperson ambassador envoy adviser advisor
  director chief leader head governor mayor senator commissioner commander analyst expert correspondent editor
  professor researcher lawmaker prosecutor source sources`.split(/\s+/),
);

const CONTEXT_SKIP = new Set([...QUALIFIER_WORDS, ...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(VAGUE), ...SPEAKER_WORDS]);

/** A context word: folded, stemmed; undefined for function words and number words. */
function contextStem(t: Tok): string | undefined {
  if (t.kind !== "word" || t.text.length < 2) return undefined;
  const lower = t.lower.replace(/['’]s?$/u, "");
  if (STOPWORDS.has(lower) || CONTEXT_SKIP.has(lower) || isMonthWord(lower) || isWeekdayWord(lower)) return undefined;
  const stemmed = stem(lower);
  return CONTEXT_SYNONYMS.get(stemmed) ?? stemmed;
}

/** General-English verbs that say the same around a figure ("supplies 60 percent" / "provides 40 percent"), by stem. */
const CONTEXT_SYNONYMS = new Map<string, string>();
for (const group of ["provide supply", "expect anticipate forecast predict", "estimate reckon"]) {
  const [first, ...rest] = group.split(" ");
  const head = stem(first);
  // Every form's stem: "anticipates" stems otherwise than "anticipate".
  const forms = (w: string) => [w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${w.replace(/e$/, "")}ing`, w.replace(/y$/, "ies"), w.replace(/y$/, "ied")];
  for (const w of [first, ...rest]) for (const f of forms(w)) if (stem(f) !== head) CONTEXT_SYNONYMS.set(stem(f), head);
}

/** The context words of any sentence, as figures record them (for word weights). */
export function sentenceStems(s: Sentence): string[] {
  const out = new Set<string>();
  for (const t of tokens(s)) {
    const w = contextStem(t);
    if (w) out.add(w);
  }
  return [...out];
}

/** Content words of the sentence, folded and stemmed, nearest to the figure first; and which of them are names. */
function contextWords(toks: Tok[], from: number, to: number, ctx: NameContext, keep: number[] = []): { words: string[]; names: string[] } {
  const scored: Array<[string, number]> = [];
  const names = new Set<string>();
  // A relative clause set off after the figure (", which X has called …") tells of something else.
  let end = toks.length;
  for (let k = to; k + 1 < toks.length; k++) {
    if (toks[k].text === "," && RELATIVE_OPENERS.has(toks[k + 1].lower)) {
      end = k;
      break;
    }
  }
  toks.forEach((t, k) => {
    if (k >= end) return;
    // The figure's own words are left out, except the noun compound it counts ("transit safety" officers).
    const own = k >= from && k < to;
    if (own && !keep.includes(k)) return;
    const w = contextStem(t);
    if (!w) return;
    scored.push([w, own ? 0 : k < from ? from - k : k - to + 1]);
    // A name says who or where, not what: "Tevendale said ..." (demonyms are ordinary words here).
    const bare = t.lower.replace(/['’]s?$/u, "");
    if (/^\p{Lu}/u.test(t.text) && !DEMONYMS.has(bare) && !ctx.isCommon(bare)) names.add(w);
  });
  scored.sort((a, b) => a[1] - b[1]);
  const words = [...new Set(scored.map((x) => x[0]))];
  return { words, names: words.filter((w) => names.has(w)) };
}

const RELATIVE_OPENERS = new Set(["which", "who", "whom", "whose"]);

/** Punctuation and conjunctions that end a figure's own clause: "7 million to suppliers, 3 million to training and the remaining 2 million to …". */
const CLAUSE_MARKS = new Set([",", ";", ":", "(", ")", "[", "]", "—", "–", ".", "!", "?"]);
const CLAUSE_WORDS = new Set(["and", "but", "while", "whereas", "or", "nor"]);
const LOCAL_MAX = 4;

/** A token that is or starts another number: the next figure's clause begins there. */
function numberLike(t: Tok): boolean {
  return t.kind === "num" || (t.kind === "word" && t.lower !== "a" && t.lower !== "an" && (t.lower in NUMBER_WORDS || t.lower in VAGUE || t.lower in FRACTIONS));
}

/**
 * Content words of the figure's own clause, nearest first: the noun
 * compound it counts (`keep`), then up to four on each side, stopping at
 * clause punctuation, a conjunction or another number. In "a 12 million
 * pound package, of which 7 million for suppliers" the package is the
 * total's and the suppliers are the part's.
 */
/** A token that ends a figure's own clause when walking away from the figure. */
function clauseStop(t: Tok): boolean {
  return (t.kind === "sym" && (CLAUSE_MARKS.has(t.text) || (t.text === "-" && !joined(t)))) || (t.kind === "word" && CLAUSE_WORDS.has(t.lower)) || numberLike(t);
}

/** The nearest content word before token `from` in the same clause: "settl" of "settled for 11 percent". */
function leadWord(toks: Tok[], from: number): string | undefined {
  for (let k = from - 1; k >= 0; k--) {
    const t = toks[k];
    if (clauseStop(t) || (toks[k + 1] && toks[k + 1].kind === "sym" && CLAUSE_MARKS.has(toks[k + 1].text) && k + 1 < from)) return undefined;
    const w = contextStem(t);
    // A name says who speaks or acts ("Tevendale said 300"), not what the figure is.
    if (w) return /^\p{Lu}/u.test(t.text) ? undefined : w;
  }
  return undefined;
}

function localWords(toks: Tok[], from: number, to: number, keep: number[] = []): string[] {
  const own = keep.map((k) => contextStem(toks[k])).filter((w): w is string => !!w);
  const before: string[] = [];
  const after: string[] = [];
  const stops = clauseStop;
  for (let k = from - 1; k >= 0 && before.length < LOCAL_MAX; k--) {
    const t = toks[k];
    if (stops(t) || (toks[k + 1] && toks[k + 1].kind === "sym" && CLAUSE_MARKS.has(toks[k + 1].text) && k + 1 < from)) break;
    const w = contextStem(t);
    if (w) before.push(w);
  }
  for (let k = to; k < toks.length && after.length < LOCAL_MAX; k++) {
    const t = toks[k];
    if (stops(t)) break;
    const w = contextStem(t);
    if (w) after.push(w);
  }
  const out: string[] = [...new Set(own)];
  for (let k = 0; k < Math.max(before.length, after.length); k++) {
    if (k < after.length && !out.includes(after[k])) out.push(after[k]);
    if (k < before.length && !out.includes(before[k])) out.push(before[k]);
  }
  return out;
}

/** Fraction words and their denominators: "a third", "two-thirds", "three quarters", "one-fifth". */
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** Words before "half" that make it part of something else: "the second half", "two and a half", "the other half". */
const NOT_A_SHARE_BEFORE = new Set(["first", "second", "latter", "former", "other", "the", "this", "that", "each", "next", "last", "and", "per", "every"]);

/** Words that may stand between "half" and what it is half of: "half the workers", "half its staff". */
const SHARE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "all", "these", "those"]);

/** Nouns of time after "N in M" that make M a count, not a denominator: "five in ten days". */
const TIME_NOUNS = new Set(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"]);

interface FractionParse {
  /** The share in percent. */
  value: number;
  /** Index of the first token after the fraction. */
  next: number;
  start: number;
  end: number;
}

/** A whole number at token k in digits or words, "one" included: the parts of "one in five". */
function wholeNumber(toks: Tok[], k: number): { value: number; next: number; end: number } | undefined {
  const t = toks[k];
  if (!t) return undefined;
  if (t.kind === "num") {
    const v = digitValue(t.text);
    return v !== undefined && Number.isInteger(v) ? { value: v, next: k + 1, end: t.end } : undefined;
  }
  if (t.kind !== "word" || t.lower === "half") return undefined;
  const p = wordNumber(toks, k);
  if (p) return Number.isInteger(p.value) && !(p.next === k + 1 && (t.lower === "a" || t.lower === "an")) ? { value: p.value, next: p.next, end: p.end } : undefined;
  return t.lower === "one" ? { value: 1, next: k + 1, end: t.end } : undefined;
}

/**
 * Does the text around a fraction make it a share? "a third of the staff",
 * "by half", "about a quarter" (not "a third term", "by half an hour").
 */
function shareContext(toks: Tok[], first: number, next: number): boolean {
  const after = toks[next];
  if (after && after.kind === "word" && isSpace(after.gap) && after.lower === "of" && toks[next + 1]?.kind === "word" && isSpace(toks[next + 1].gap)) return true;
  const prev = toks[first - 1];
  const qualified = !!findQualifier(toks, first);
  const by = !qualified && !!prev && prev.lower === "by" && isSpace(toks[first].gap);
  if (!qualified && !by) return false;
  if (!after) return true;
  if (after.kind === "sym") return after.text !== "-" || !joined(after);
  if (!isSpace(after.gap)) return false;
  // "more than half voted", but not "over a quarter century", "about half a mile", "by a third party".
  if (after.lower === "a" || after.lower === "an" || TIME_NOUNS.has(after.lower) || after.lower in UNIT_ALIASES) return false;
  return qualified || !nounish(after);
}

/** A share written as a fraction at token i: "half", "a third", "two-thirds", "one in five", "three out of four". */
function fractionAt(toks: Tok[], i: number): FractionParse | undefined {
  const t = toks[i];
  if (t.kind !== "word" && t.kind !== "num") return undefined;
  const prev = toks[i - 1];
  // "one in five", "three out of four", "1 in 10"
  const n = wholeNumber(toks, i);
  if (n && n.value >= 1) {
    let k = n.next;
    const word = (x: Tok | undefined, w: string) => !!x && x.kind === "word" && isSpace(x.gap) && x.lower === w;
    if (word(toks[k], "in")) k++;
    else if (word(toks[k], "out") && word(toks[k + 1], "of")) k += 2;
    else k = -1;
    if (k > 0 && toks[k] && isSpace(toks[k].gap)) {
      const m = wholeNumber(toks, k);
      const after = m ? toks[m.next] : undefined;
      const year = toks[k].kind === "num" && /^\d{4}$/.test(toks[k].text);
      const measured = !!after && ((after.kind === "sym" && (after.text === "%" || ((after.text === "-" || after.text === ":" || after.text === "/") && joined(after)))) ||
        (after.kind === "word" && (after.lower in UNIT_ALIASES || TIME_NOUNS.has(after.lower) || (joined(after) && after.lower in SCALE_ABBREVIATIONS))));
      if (m && !year && !measured && m.value >= 2 && m.value <= 1_000_000 && n.value < m.value && !(prev && (prev.kind === "num" || (prev.text === "-" && joined(t))))) {
        return { value: (n.value / m.value) * 100, next: m.next, start: t.start, end: m.end };
      }
    }
  }
  // "two-thirds", "three quarters", "one-fifth"
  if (n && n.value >= 1 && n.value < 10) {
    let k = n.next;
    const hyphen = toks[k]?.text === "-" && joined(toks[k]) && joined(toks[k + 1]);
    if (hyphen) k++;
    const d = toks[k];
    if (d && d.kind === "word" && (hyphen || isSpace(d.gap)) && d.lower in FRACTIONS) {
      const den = FRACTIONS[d.lower];
      const plural = /s$/.test(d.lower);
      const compound = toks[k + 1]?.text === "-" && joined(toks[k + 1]); // "three-quarter-length"
      if (n.value < den && plural === n.value > 1 && !compound && (hyphen || shareContext(toks, i, k + 1))) {
        return { value: (n.value / den) * 100, next: k + 1, start: t.start, end: d.end };
      }
    }
  }
  // "a third", "a quarter", "an eighth"
  if ((t.lower === "a" || t.lower === "an") && t.kind === "word") {
    const d = toks[i + 1];
    if (d && d.kind === "word" && isSpace(d.gap) && d.lower in FRACTIONS && !/s$/.test(d.lower) && prev?.lower !== "and" && !(toks[i + 2]?.text === "-" && joined(toks[i + 2]))) {
      if (shareContext(toks, i, i + 2)) return { value: 100 / FRACTIONS[d.lower], next: i + 2, start: t.start, end: d.end };
    }
    return undefined;
  }
  // "half", "about half", "half of the staff", "half the staff"
  if (t.lower === "half" && t.kind === "word") {
    const after = toks[i + 1];
    if (after && after.kind === "sym" && after.text === "-" && joined(after)) return undefined; // "half-hearted"
    if (after && after.kind === "word" && (after.lower === "a" || after.lower === "an")) return undefined; // "half a million", "half an hour"
    if (prev && prev.kind === "word" && NOT_A_SHARE_BEFORE.has(prev.lower)) return undefined;
    const determiner = !!after && after.kind === "word" && isSpace(after.gap) && SHARE_DETERMINERS.has(after.lower) && nounish(toks[i + 2]);
    if (determiner || shareContext(toks, i, i + 1)) return { value: 50, next: i + 1, start: t.start, end: t.end };
  }
  return undefined;
}

/** The figure of a fraction found by `fractionAt`: a share in percent. */
function fractionFigure(toks: Tok[], i: number, f: FractionParse, s: Sentence, doc: AnalyzedBase): Figure {
  const qual = findQualifier(toks, i);
  const start = qual ? qual.start : f.start;
  let k = f.next;
  // "half the staff": what it is a share of, as "half of the staff" would give it.
  if (toks[k]?.kind === "word" && SHARE_DETERMINERS.has(toks[k].lower) && nounish(toks[k + 1])) k++;
  const thing = toks[k]?.lower === "of" ? qualifiedThing(toks, k) : k > f.next ? qualifiedThing(toks, k) : "";
  const from = i - (qual ? qual.text.split(" ").length : 0);
  const around = contextWords(toks, from, f.next, doc.common);
  const figure: Figure = {
    text: doc.plain.slice(start, f.end),
    span: { start, end: f.end },
    sentence: s.index,
    value: f.value,
    qualifier: qual?.text ?? "",
    unit: "percent",
    context: around.words,
    names: around.names,
    numberText: doc.plain.slice(f.start, f.end),
    numberSpan: { start: f.start, end: f.end },
    bound: qual?.bound ?? "",
    vague: false,
    digits: false,
    currency: "",
    thing,
    fraction: true,
    local: localWords(toks, from, f.next),
  };
  const lead = leadWord(toks, from);
  if (lead) figure.lead = lead;
  if (qual) figure.qualifierSpan = { start: qual.start, end: qual.start + qual.text.length };
  return figure;
}

/** Figures of one sentence. */
function figuresInSentence(s: Sentence, doc: AnalyzedBase): Figure[] {
  const toks = tokens(s);
  const out: Figure[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (!(t.kind === "num" || t.kind === "word")) {
      i++;
      continue;
    }
    // A number in words never starts in the middle of a hyphenated word ("one-sided" is fine, "Su-27" is a name).
    if (t.kind === "word" && toks[i - 1]?.text === "-" && joined(t) && joined(toks[i - 1])) {
      i++;
      continue;
    }
    const share = fractionAt(toks, i);
    if (share) {
      out.push(fractionFigure(toks, i, share, s, doc));
      i = share.next;
      continue;
    }
    let p = parseNumber(toks, i);
    if (!p) {
      i++;
      continue;
    }
    const firstTok = i;
    if (notAQuantity(toks, i, p)) {
      i = Math.max(p.next, i + 1);
      continue;
    }
    // Ranges: "five to ten years", "5-10", "two or three", "between 5 and 10".
    let numberEnd = p.end;
    let high: number | undefined = p.high;
    const sep = toks[p.next];
    const between = toks[i - 1]?.lower === "between";
    const fromWord = toks[i - 1]?.lower === "from";
    if (!p.vague && sep && !fromWord &&
      ((["to", "or"].includes(sep.lower) && isSpace(sep.gap)) || (sep.lower === "and" && between) || ((sep.text === "-" || sep.text === "–") && joined(sep) && p.digits))) {
      const q = parseNumber(toks, p.next + 1);
      const gapOk = q && (sep.kind === "word" ? isSpace(toks[p.next + 1].gap) : joined(toks[p.next + 1]));
      if (q && gapOk && !q.vague && q.digits === p.digits && !notAQuantity(toks, p.next + 1, q, true)) {
        let low = p.value;
        if (q.scaled && !p.scaled && low < q.value) {
          const scale = q.value / digitOrWordBase(toks, p.next + 1, q);
          if (scale > 1 && low * scale <= q.value) low *= scale;
        }
        if (q.value > low) {
          p = { ...p, value: low, next: q.next };
          high = q.value;
          numberEnd = q.end;
        }
      }
    }
    // A tally: "voted 6-1", "a 5-4 vote", "won 3-1". One figure, the two counts in order.
    let tally = false;
    if (high === undefined && p.digits && sep && (sep.text === "-" || sep.text === "–") && joined(sep) && toks[p.next + 1]?.kind === "num" && joined(toks[p.next + 1])) {
      const q = parseNumber(toks, p.next + 1);
      const around = [toks[i - 1]?.lower, toks[i - 2]?.lower, toks[(q?.next ?? 0)]?.lower];
      if (q && q.digits && q.value <= p.value && p.value < 1000 && Number.isInteger(p.value) && Number.isInteger(q.value) && around.some((w) => !!w && TALLY_WORDS.has(w))) {
        p = { ...p, value: p.value * 1000 + q.value, next: q.next };
        numberEnd = q.end;
        tally = true;
      }
    }
    // "by 38 votes to 27", "voted 38 to 27": the counts in words around "to".
    if (!tally && !fromWord && high === undefined && p.digits && Number.isInteger(p.value) && p.value < 1000 && sep) {
      const votes = (sep.lower === "votes" || sep.lower === "vote") && isSpace(sep.gap) ? 1 : 0;
      const to = toks[p.next + votes];
      const q = to?.lower === "to" && isSpace(to.gap) && toks[p.next + votes + 1]?.kind === "num" ? parseNumber(toks, p.next + votes + 1) : undefined;
      const said = votes === 1 || [toks[i - 1]?.lower, toks[i - 2]?.lower].some((w) => !!w && TALLY_WORDS.has(w));
      if (q && q.digits && !q.scaled && Number.isInteger(q.value) && q.value <= p.value && said && toks[q.next]?.lower !== "votes") {
        p = { ...p, value: p.value * 1000 + q.value, next: q.next };
        numberEnd = q.end;
        tally = true;
      }
    }
    const currency = p.digits ? currencyBefore(toks, i) : "";
    let unit = currency ? CURRENCY_SIGNS[currency] : "";
    if (tally) unit = "tally";
    let thing = "";
    let spanEnd = numberEnd;
    let next = p.next;
    /** The noun compound before the counted noun ("transit safety" officers): context, not unit. */
    let modifiers: number[] = [];
    let counted = false;
    const n = toks[next];
    if (tally) {
      // The tally's unit is its own ("a 5-4 vote" and "voted 5-4" are one figure).
      if (n && n.kind === "word" && isSpace(n.gap) && TALLY_WORDS.has(n.lower)) spanEnd = numberEnd;
    } else if (n && n.kind === "sym" && n.text === "%" && (joined(n) || isSpace(n.gap))) {
      unit = "percent";
      spanEnd = n.end;
      next++;
      thing = qualifiedThing(toks, next);
    } else if (n && n.kind === "word" && joined(n) && n.lower in UNIT_ALIASES && p.digits) {
      // "5km", "3.2m" (metres when no currency sign).
      unit = UNIT_ALIASES[n.lower];
      spanEnd = n.end;
      next++;
    } else if (n && n.kind === "word" && joined(n) && n.lower === "m" && p.digits && !p.scaled) {
      unit = "meter";
      spanEnd = n.end;
      next++;
    } else if (n && (n.text === "-" || n.text === "–") && (joined(n) || isSpace(n.gap)) && toks[next + 1]?.kind === "word" && joined(toks[next + 1]) &&
      !(isSpace(n.gap) && !joined(toks[next + 1]))) {
      // "30-day ceasefire", garbled "30 -day", "eight-thousand-strong force", "45-year-old".
      const w = toks[next + 1];
      if (w.lower in NUMBER_WORDS || w.lower in SCALE_WORDS) {
        i = next + 1;
        continue;
      }
      unit = singular(w.text);
      spanEnd = w.end;
      next += 2;
      thing = qualifiedThing(toks, next);
      // "a five-thousand-strong reserve force": the force's members are counted.
      const group = w.lower === "strong" ? countedNoun(toks, next, true) : undefined;
      const members = group ? GROUP_MEMBERS[group.head.lower] : undefined;
      if (members) unit = members;
    } else if (n && n.kind === "word" && isSpace(n.gap) && (n.lower === "percent" || n.lower === "pct" || (n.lower === "per" && toks[next + 1]?.lower === "cent"))) {
      unit = "percent";
      spanEnd = n.lower === "per" ? toks[next + 1].end : n.end;
      next += n.lower === "per" ? 2 : 1;
      if (toks[next]?.lower === "points" || toks[next]?.lower === "point") {
        unit = "percentage point";
        spanEnd = toks[next].end;
        next++;
      }
      thing = qualifiedThing(toks, next);
    } else if (n && n.kind === "word" && isSpace(n.gap) && n.lower === "percentage" && toks[next + 1] && /^points?$/.test(toks[next + 1].lower)) {
      unit = "percentage point";
      spanEnd = toks[next + 1].end;
      next += 2;
      thing = qualifiedThing(toks, next);
    } else if (p.vague || (!currency && !p.times)) {
      // The counted noun: "40 nurses"; after "of" for vague amounts ("thousands of European troops"),
      // and after "of" and a possessive for a part of a whole ("410 of its members").
      // Not "140 of the firm's 410 employees": a possessive noun there owns the whole, counted by the figure after it.
      const part = !p.vague && n?.lower === "of" && isSpace(n.gap) && PART_OF.has(toks[next + 1]?.lower ?? "") && isSpace(toks[next + 1].gap) && !/['’]s?$/u.test(toks[next + 2]?.text ?? "") ? next + 2 : undefined;
      const np = countedNoun(toks, p.vague ? next + 1 : part ?? next);
      if (np) {
        unit = singular(np.head.text);
        spanEnd = np.head.end;
        next = np.next;
        modifiers = np.modifiers;
        counted = true;
        if (!p.vague && UNIT_ALIASES[np.head.lower] && UNIT_ALIASES[np.head.lower] !== "dollar") thing = qualifiedThing(toks, next);
      }
    } else if (currency && n && n.kind === "word" && isSpace(n.gap) && UNIT_ALIASES[n.lower] === CURRENCY_SIGNS[currency]) {
      spanEnd = n.end;
      next++;
    }
    if (p.times) unit = "time"; // "twice a week"
    // "four days later", "two weeks before the vote": the time between two events, not how long one lasted.
    // Not after a word of duration ("deliberated over three days before convicting", "for two weeks after the vote"): how long, not how far apart.
    const lasting = DURATION_BEFORE.has(toks[i - 1]?.lower ?? "");
    const offset = counted && unit && TIME_UNITS.has(unit) && !lasting && OFFSET_WORDS.has(toks[next]?.lower ?? "") && isSpace(toks[next].gap);
    if (offset) unit = `${unit} apart`;
    if (counted && !thing && modifiers.length) thing = modifiers.map((k) => singular(toks[k].text)).join(" ");
    // A rate: "three shifts per week", "5 a day", "twice a month", "€3 per hour" (not "3 percent a year": a share stays a share).
    const rate = unit === "percent" || unit === "percentage point" ? undefined : rateAt(toks, next);
    if (rate) {
      unit = unit ? `${unit} per ${rate.period}` : `per ${rate.period}`;
      spanEnd = rate.end;
      next = rate.next;
    }
    const qual = findQualifier(toks, currency ? i - 1 : i);
    // The word before the figure and its qualifier: "of" after a group, "at" after a gathering.
    const linkAt = (qual ? i - qual.text.split(" ").length : i) - 1;
    // "a standby force of 8,000": a group's size, its members counted (as in "an 8,000-strong force").
    if (!unit && !currency && toks[linkAt]?.lower === "of") {
      const group = toks[linkAt - 1];
      const members = group && group.kind === "word" ? GROUP_MEMBERS[group.lower] : undefined;
      if (members && !(toks[next] && toks[next].kind === "word" && isSpace(toks[next].gap) && nounish(toks[next]))) unit = members;
    }
    // "put the crowd at 1,300": the size of a gathering, counted as the gathering.
    if (!unit && !currency && toks[linkAt]?.lower === "at" && GATHERINGS.has(toks[linkAt - 1]?.lower ?? "")) unit = toks[linkAt - 1].lower;
    // "Jon Doe, 31, said": an age set off after a name is a number of years, as in "a 31-year-old".
    if (!unit && !currency && !qual && p.digits && !p.scaled && Number.isInteger(p.value) && p.value > 0 && p.value < 120 && high === undefined &&
      toks[i - 1]?.text === "," && toks[i - 2]?.kind === "word" && /^\p{Lu}/u.test(toks[i - 2].text) && (!toks[next] || /^[,;.)]$/.test(toks[next].text))) {
      unit = "year";
    }
    const start = qual ? qual.start : currency ? toks[i - 1].start : p.start;
    const lead = (currency ? firstTok - 1 : firstTok) - (qual ? qual.text.split(" ").length : 0);
    // "the first two years", "the last three weeks": a stretch of a period, not a duration; compared only with the same stretch.
    const ordinal = counted && unit ? ORDINAL_SPANS[toks[lead - 1]?.lower ?? ""] : undefined;
    if (ordinal && isSpace(toks[lead]?.gap ?? "")) unit = `${ordinal} ${unit}`;
    const around = contextWords(toks, lead, next, doc.common, modifiers);
    const figure: Figure = {
      text: doc.plain.slice(start, spanEnd),
      span: { start, end: spanEnd },
      sentence: s.index,
      value: p.value,
      qualifier: qual?.text ?? "",
      unit,
      context: around.words,
      names: around.names,
      numberText: doc.plain.slice(p.start, numberEnd),
      numberSpan: { start: p.start, end: numberEnd },
      bound: qual?.bound ?? "",
      vague: p.vague,
      digits: p.digits,
      currency,
      thing,
    };
    if (qual) figure.qualifierSpan = { start: qual.start, end: qual.start + qual.text.length };
    if (high !== undefined) figure.valueHigh = high;
    if (offset && toks[next].lower === "ago") figure.ago = true;
    if ((COMPARATIVES.has(toks[next]?.lower ?? "") && toks[next + 1]?.lower === "than") || MARGIN_AFTER.test(doc.plain.slice(spanEnd, spanEnd + 40))) figure.margin = true;
    figure.local = localWords(toks, lead, next, modifiers);
    const verb = leadWord(toks, lead);
    if (verb) figure.lead = verb;
    out.push(figure);
    i = Math.max(next, i + 1);
  }
  shareListUnit(out, doc);
  partitiveUnit(out, doc);
  countedElsewhere(out, doc);
  return out;
}

/**
 * A list of numbers that ends in a percentage gives each of them the unit:
 * "paid as 4, 4 and 3 percent" is three percentages.
 */
function shareListUnit(figures: Figure[], doc: AnalyzedBase): void {
  for (let i = figures.length - 1; i > 0; i--) {
    const last = figures[i];
    if ((last.unit !== "percent" && last.unit !== "percentage point") || last.fraction) continue;
    for (let j = i - 1; j >= 0; j--) {
      const f = figures[j];
      if (f.unit || f.vague || f.digits !== last.digits || f.valueHigh !== undefined) break;
      if (!/^\s*(?:,|,?\s+(?:and|or))\s*$/.test(doc.plain.slice(f.span.end, figures[j + 1].span.start))) break;
      f.unit = last.unit;
      f.thing = last.thing;
    }
  }
}

/** "9 of the 14 stolen pumps", "two of the five boats": the part counts what the whole counts. */
function partitiveUnit(figures: Figure[], doc: AnalyzedBase): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const part = figures[i];
    const whole = figures[i + 1];
    if (part.unit || part.vague || !whole.unit || whole.vague || part.sentence !== whole.sentence) continue;
    // "140 of the firm's 410 employees": a possessive noun of up to three words may own the whole.
    if (!/^\s+of\s+(?:(?:the|its|their|his|her|our)|(?:the\s+)?(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+['’]s?)\s+$/iu.test(doc.plain.slice(part.span.end, whole.span.start))) continue;
    part.unit = whole.unit;
    part.thing = whole.thing;
  }
}

/**
 * Figures whose counted noun stands elsewhere in the sentence: "the number of
 * volunteers had risen to 300" counts volunteers, and "…, including 40 from
 * Kelby" counts what the figure before it counts.
 */
function countedElsewhere(figures: Figure[], doc: AnalyzedBase): void {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.unit || f.vague || f.currency) continue;
    const s = doc.sentences[f.sentence];
    if (!s) continue;
    const before = doc.plain.slice(s.start, f.span.start);
    const number = /\b[Tt]he\s+number\s+of\s+([\p{Ll}-]+)\b[^,;:.]*?\b(?:to|at|was|is|stood\s+at|reached)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/u.exec(before);
    if (number && pluralLike(number[1])) {
      f.unit = singular(number[1]);
      continue;
    }
    // "cut the crew of the Morven from 14 to 12", "raised its fares from 3 to 4": the object counts both.
    const object = /\b(?:the|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,})(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4})?\s*from\s+$/u.exec(before);
    if (object && !STOPWORDS.has(object[1]) && !TIME_UNITS.has(singular(object[1]))) {
      const next = figures[i + 1];
      if (next && next.sentence === f.sentence && !next.unit && /^\s+to\s+$/u.test(doc.plain.slice(f.span.end, next.span.start))) {
        f.unit = next.unit = singular(object[1]);
        i++;
        continue;
      }
    }
    const prev = figures[i - 1];
    if (prev && prev.sentence === f.sentence && prev.unit && /^,?\s+including\s+(?:about\s+|around\s+|some\s+)?$/u.test(doc.plain.slice(prev.span.end, f.span.start))) f.unit = prev.unit;
  }
}

/** The value of a number without its scale word: "10" of "10 million". */
function digitOrWordBase(toks: Tok[], i: number, q: NumberParse): number {
  if (q.digits) return digitValue(toks[i].text) ?? q.value;
  return q.value / Math.max(1, ...toks.slice(i, q.next).map((t) => SCALE_WORDS[t.lower] ?? 1));
}

export function findFigures(doc: AnalyzedBase, memo?: SentenceMemo): FigureMention[] {
  const out: Figure[] = [];
  for (const s of doc.sentences) {
    // A sentence's figures depend on its text and on which of its words are ordinary.
    out.push(...(memo ? memo("figures", s, doc.common, (common) => figuresInSentence(s, common === doc.common ? doc : { ...doc, common })) : figuresInSentence(s, doc)));
  }
  return out;
}

/** The full figure behind a mention found by `findFigures`. */
export function asFigure(m: FigureMention): Figure {
  const f = m as Partial<Figure> & FigureMention;
  return {
    numberText: f.numberText ?? m.text,
    numberSpan: f.numberSpan ?? m.span,
    bound: f.bound ?? "",
    vague: f.vague ?? false,
    digits: f.digits ?? /\d/.test(m.text),
    currency: f.currency ?? "",
    thing: f.thing ?? "",
    names: f.names ?? [],
    local: f.local ?? f.context.slice(0, 4),
    ...m,
  };
}
