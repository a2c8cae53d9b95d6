// Dates, weekdays and years, attached to the event their sentence describes.
// The same patterns run over corpus articles and drafts: absolute dates
// ("Tuesday, October 10", "10 October 2023"), month-years ("June 2022"), parts of
// months ("mid-September"), years tied to events ("the 2020 collapse") and
// relative dates ("this Thursday", "yesterday"), which are resolved only
// against a known article date. No list of events: the event is whatever
// content words stand next to the date.
import type { SimpleDate } from "../corpus/article";
import { ACT_NOUN_PAST, DEMONYMS, MONTHS, MONTH_ABBREVIATIONS, ROLE_WORDS, STOPWORDS, WEEKDAYS, isMonthWord, isWeekdayWord } from "../text/lexicon";
import type { Sentence } from "../text/sentences";
import { stem, tokenize, verbOfSion, type Token } from "../text/tokens";
import type { AnalyzedBase, SentenceMemo } from "./analyze";
import type { DateMention } from "./facts";

// ---------------------------------------------------------------- calendar

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined ? 29 : new Date(Date.UTC(year, 2, 0)).getUTCDate();
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

function toUtc(d: { year: number; month: number; day: number }): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(t: number): { year: number; month: number; day: number } {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const DAY_MS = 86_400_000;

/** Days from `a` to `b`, both with a month and a day; a date with no year is read in a common year. */
export function daysBetween(a: { year?: number; month?: number; day?: number }, b: { year?: number; month?: number; day?: number }): number {
  const at = (d: { year?: number; month?: number; day?: number }) => toUtc({ year: d.year ?? 2001, month: d.month!, day: d.day! });
  return (at(b) - at(a)) / DAY_MS;
}

/** The date `days` days after a full date. */
export function addDays(d: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  return fromUtc(toUtc(d) + days * DAY_MS);
}

/** The year that puts month/day closest to a reference date. */
export function nearestYear(month: number, day: number, ref: { year: number; month?: number; day?: number }): number {
  if (ref.month === undefined) return ref.year;
  const r = toUtc({ year: ref.year, month: ref.month, day: ref.day ?? 15 });
  let best = ref.year;
  let bestGap = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const gap = Math.abs(toUtc({ year: y, month, day: Math.min(day, daysInMonth(month, y)) }) - r);
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}

export const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
export const monthName = (m: number) => capitalize(MONTHS[m - 1]);
export const weekdayName = (w: number) => capitalize(WEEKDAYS[w]);

// ---------------------------------------------------------------- patterns

const WD = `(${WEEKDAYS.map(capitalize).join("|")})`;
const MONTH_ANY = `(${MONTHS.map(capitalize).join("|")}|(?:${Object.keys(MONTH_ABBREVIATIONS).map(capitalize).join("|")})\\.?)`;
const MONTH_FULL = `(${MONTHS.map(capitalize).join("|")})`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `(\\d{4})`;
const NB = `(?![\\p{L}\\p{N}])`; // no word character right after
const PART = `(early|mid|late|Early|Mid|Late)`;
/** A part of the day between a weekday and its date: "Thursday evening, December 12". */
const DAYPART = `(?:\\s+(?:morning|afternoon|evening|night))?`;

const RE = {
  iso: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{4})-(\\d{2})-(\\d{2})${NB}`, "gu"),
  monthDay: new RegExp(`(?<![\\p{L}\\p{N}])(?:${WD}${DAYPART},?\\s+(?:the\\s+)?)?${MONTH_ANY}\\s+${DAY}(?![\\p{L}\\p{N}]|[.,]\\d)(?:,?\\s+${YEAR}${NB})?`, "gu"),
  dayMonth: new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${WD}${DAYPART},?\\s+(?:the\\s+)?)?${DAY}\\s+(?:of\\s+)?${MONTH_ANY}${NB}(?:,?\\s+${YEAR}${NB})?`, "gu"),
  monthYear: new RegExp(`(?<![\\p{L}\\p{N}])(?:${PART}(?:\\s*-\\s*|\\s+))?${MONTH_FULL}\\s+(?:of\\s+)?${YEAR}${NB}`, "gu"),
  partMonth: new RegExp(`(?<![\\p{L}\\p{N}])${PART}(?:\\s*-\\s*|\\s+)${MONTH_FULL}${NB}`, "gu"),
  edgeMonth: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(end|beginning|start|middle|End|Beginning|Start|Middle)\\s+of\\s+${MONTH_FULL}${NB}`, "gu"),
  season: new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)\\s+(?:of\\s+)?${YEAR}${NB}`, "gu"),
  month: new RegExp(`(?<=(?:^|[^\\p{L}])(?:in|In|since|Since|until|Until|till|by|By|from|From|during|During|through|before|Before|after|After|of|last|Last|next|Next|this|This|early|late|as)\\s+)${MONTH_FULL}${NB}(?!\\s+\\d)`, "gu"),
  weekday: new RegExp(`(?<![\\p{L}\\p{N}])(?:(this|This|last|Last|next|Next|on|On)\\s+)?${WD}(?:['’]s)?${NB}`, "gu"),
  nearDay: /(?<![\p{L}\p{N}])(yesterday|Yesterday|today|Today|tomorrow|Tomorrow)(?![\p{L}\p{N}])/gu,
  year: /(?<![\p{L}\p{N}$€£¥#.,\/\-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|[\-\/]\d)/gu,
};

const PART_OF_EDGE: Record<string, string> = { end: "late", beginning: "early", start: "early", middle: "mid" };

/** Words before a number that make it a count, not a year: "more than 2000". */
const QUANTITY_BEFORE = new Set(
  `than about some nearly almost over around roughly approximately least only just under up below above exactly total additional another extra`.split(" "),
);
/** Words before a bare year that make it a date: "in 2014", "the 2022 attack". */
const YEAR_BEFORE = new Set(
  `in since until till by from of during through before after between to and or the its their his her this that early mid late year since circa around`.split(" "),
);

const monthOf = (w: string) => {
  const lower = w.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.indexOf(lower);
  return i >= 0 ? i + 1 : MONTH_ABBREVIATIONS[lower];
};
const weekdayIndex = (w: string) => WEEKDAYS.indexOf(w.toLowerCase());

interface Taken {
  start: number;
  end: number;
}

function free(taken: Taken[], start: number, end: number): boolean {
  return !taken.some((t) => t.start < end && start < t.end);
}

function validDay(month: number | undefined, day: number, year?: number): boolean {
  return month !== undefined && day >= 1 && day <= daysInMonth(month, year);
}

const plausibleYear = (y: number) => y >= 1800 && y <= 2200;

/** A clause about what is still to come: "will vote on Thursday". */
const FUTURE = /\b(?:will|shall|is due|are due|is set to|are set to|is expected to|are expected to|plans? to|is scheduled|are scheduled|upcoming|next)\b|['’]ll\b/iu;
/** The tense markers of a clause: a future one ("will", "is due to") or a verb in the past ("said", "voted"). */
const TENSE =
  /\b(?<future>will|shall|is due|are due|is set to|are set to|is expected to|are expected to|plans? to|is scheduled|are scheduled|upcoming|next)\b|(?<future2>['’]ll)\b|(?<!\b(?:be|been|being)\s+)\b(?<past>said|told|was|were|had|did|met|made|took|gave|went|came|began|won|lost|held|left|spoke|wrote|sent|saw|became|rose|fell|\p{Ll}{2,}ed)\b/giu;
/** Where one clause ends and another begins. */
const CLAUSE_BREAK = /[,;:()\[\]—–]|\s-\s|\b(?:that|which|who|whom|because|while|whereas|although|though|but|when|after|before|if|unless)\b/giu;

/** The tense of the last (or first) marker in a stretch of text: "future", "past" or undefined. */
function tenseOf(text: string, which: "last" | "first"): "future" | "past" | undefined {
  let tense: "future" | "past" | undefined;
  TENSE.lastIndex = 0;
  for (let m = TENSE.exec(text); m; m = TENSE.exec(text)) {
    tense = m.groups?.past ? "past" : "future";
    if (which === "first") break;
  }
  return tense;
}

/**
 * Whether the verb that a weekday dates is about the future: the nearest tense
 * marker before it in its clause ("said on Thursday that it plans…" is past,
 * "will vote on Thursday" future), else the clause after it ("On Thursday, the
 * council will vote"), else the whole sentence.
 */
export function futureClause(text: string, start: number, end: number): boolean {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < start; m = CLAUSE_BREAK.exec(text)) from = m.index + m[0].length;
  const before = tenseOf(text.slice(from, start), "last");
  if (before) return before === "future";
  const rest = text.slice(end).replace(/^['’]s\b/u, "").replace(/^[\s,;:—–-]+/u, "");
  CLAUSE_BREAK.lastIndex = 0;
  const stop = CLAUSE_BREAK.exec(rest);
  const after = tenseOf(rest.slice(0, stop ? stop.index : rest.length), "first");
  if (after) return after === "future";
  return FUTURE.test(text);
}

/** Verbs that report a statement: a weekday next to one dates what was said. */
const REPORTING = new Set(
  `said says say told tells tell announced announces confirmed confirms stated states added adds warned warns wrote writes
   declared declares insisted insists explained explains argued argues noted notes claimed claims replied urged urges called
   acknowledged admitted denied rejected described`.split(/\s+/),
);
// "said it would hold talks on Tuesday": a modal after the verb of saying governs the act the weekday dates.
const VERB_MARK = new RegExp(`${TENSE.source}|\\b(?<report>${[...REPORTING].join("|")})\\b|\\b(?<modal>would|could|might|should)\\b`, "giu");

/** A form of "to be" right before a verb (an adverb between allowed): the verb is passive. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** The first or last verb marker of a stretch of text, lower-cased. */
function verbOf(text: string, which: "last" | "first"): string | undefined {
  let verb: string | undefined;
  VERB_MARK.lastIndex = 0;
  for (let m = VERB_MARK.exec(text); m; m = VERB_MARK.exec(text)) {
    verb = m[0].toLowerCase();
    // "was declared safe", "were called off": a passive reports no speech.
    if (REPORTING.has(verb) && PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) verb = "(passive)";
    if (which === "first") break;
  }
  return verb;
}

/**
 * Whether a weekday dates a statement: the verb governing it (the nearest
 * before it in its clause, else the first after it) reports speech — "said
 * on Thursday", "On Tuesday, the minister warned" — rather than an act ("the
 * ballot, which closed on Thursday"). Undefined when no verb is found.
 */
export function datesStatement(text: string, start: number, end: number): boolean | undefined {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < start; m = CLAUSE_BREAK.exec(text)) from = m.index + m[0].length;
  let verb = verbOf(text.slice(from, start), "last");
  if (!verb) {
    const rest = text.slice(end).replace(/^['’]s\b/u, "").replace(/^[\s,;:—–-]+/u, "");
    CLAUSE_BREAK.lastIndex = 0;
    const stop = CLAUSE_BREAK.exec(rest);
    verb = verbOf(rest.slice(0, stop ? stop.index : rest.length), "first") ?? verbOf(rest, "first");
  }
  return verb === undefined ? undefined : REPORTING.has(verb);
}

/**
 * The event words right before a date in its clause, from the clause's start
 * (or `from`, the end of a date before it): "was declared safe late on
 * [Thursday night]" -> declar, safe. What a date of a sentence with
 * several dates dates, read from its own words.
 */
export function leadIn(text: string, start: number, from = 0): string[] {
  let at = from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < start; m = CLAUSE_BREAK.exec(text)) at = Math.max(at, m.index + m[0].length);
  const out: string[] = [];
  for (const t of tokenize(text.slice(at, start))) {
    const k = eventKey(t);
    if (k) out.push(k);
  }
  return out;
}

/** Resolves a relative weekday against the article's date: the coming one in a sentence about the future, else the last one. */
function resolveWeekday(weekday: number, how: string, ref: SimpleDate, future: boolean): { year: number; month: number; day: number } | undefined {
  if (ref.year === undefined || ref.month === undefined || ref.day === undefined) return undefined;
  const base = { year: ref.year, month: ref.month, day: ref.day };
  const ahead = (weekday - weekdayOf(base.year, base.month, base.day) + 7) % 7; // 0..6 days ahead
  let shift: number;
  if (how === "last") shift = ahead === 0 ? -7 : ahead - 7;
  else if (how === "next") shift = ahead === 0 ? 7 : ahead;
  else shift = future ? ahead : ahead === 0 ? 0 : ahead - 7;
  return addDays(base, shift);
}

/** The date mentions of one sentence, in text order. */
export function datesInSentence(s: Sentence, reference?: SimpleDate): DateMention[] {
  const text = s.text;
  const taken: Taken[] = [];
  const out: DateMention[] = [];
  const add = (start: number, end: number, fields: Omit<DateMention, "text" | "span" | "sentence" | "event">) => {
    if (!free(taken, start, end)) return;
    taken.push({ start, end });
    const m: DateMention = { text: text.slice(start, end), span: { start: s.start + start, end: s.start + end }, sentence: s.index, event: [] };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) (m as unknown as Record<string, unknown>)[k] = v;
    out.push(m);
  };
  const scan = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
  };

  scan(RE.iso, (m) => {
    const year = +m[1], month = +m[2], day = +m[3];
    if (month >= 1 && month <= 12 && validDay(month, day, year) && plausibleYear(year)) add(m.index, m.index + m[0].length, { year, month, day });
  });
  const fullDate = (m: RegExpExecArray, wd: string | undefined, monthWord: string, dayText: string, yearText: string | undefined) => {
    const month = monthOf(monthWord);
    const day = +dayText;
    let year = yearText ? +yearText : undefined;
    let end = m.index + m[0].length;
    if (year !== undefined && !plausibleYear(year)) {
      end = m.index + m[0].lastIndexOf(yearText!);
      while (end > m.index && /[\s,]/.test(text[end - 1])) end--;
      year = undefined;
    }
    if (!validDay(month, day, year)) return;
    const weekday = wd ? weekdayIndex(wd) : undefined;
    add(m.index, end, { year, month, day, weekday });
  };
  scan(RE.monthDay, (m) => fullDate(m, m[1], m[2], m[3], m[4]));
  scan(RE.dayMonth, (m) => fullDate(m, m[1], m[3], m[2], m[4]));
  scan(RE.monthYear, (m) => {
    const year = +m[3];
    if (!plausibleYear(year)) return;
    add(m.index, m.index + m[0].length, { year, month: monthOf(m[2]), part: m[1]?.toLowerCase() });
  });
  scan(RE.season, (m) => {
    const year = +m[2];
    const season = m[1].toLowerCase() === "fall" ? "autumn" : m[1].toLowerCase();
    // "the summer of 2025": the words from the season on; "the" is no part of the date.
    const at = m.index + m[0].indexOf(m[1]);
    if (plausibleYear(year)) add(at, m.index + m[0].length, { year, season });
  });
  scan(RE.partMonth, (m) => add(m.index, m.index + m[0].length, { month: monthOf(m[2]), part: m[1].toLowerCase() }));
  scan(RE.edgeMonth, (m) => add(m.index, m.index + m[0].length, { month: monthOf(m[2]), part: PART_OF_EDGE[m[1].toLowerCase()] }));
  scan(RE.month, (m) => {
    const before = text.slice(Math.max(0, m.index - 6), m.index).trim().toLowerCase();
    const month = monthOf(m[1]);
    const relativeMonth = /(?:last|next|this)$/.test(before);
    let year: number | undefined;
    if (relativeMonth && reference?.year !== undefined && reference.month !== undefined) {
      if (before.endsWith("last")) year = month < reference.month ? reference.year : reference.year - 1;
      else if (before.endsWith("next")) year = month > reference.month ? reference.year : reference.year + 1;
      else year = nearestYear(month, 15, { year: reference.year, month: reference.month, day: reference.day });
    }
    add(m.index, m.index + m[0].length, { month, year, relative: relativeMonth ? true : undefined });
  });
  scan(RE.weekday, (m) => {
    const how = m[1]?.toLowerCase();
    const start = how === "on" || how === undefined ? m.index + (m[1] ? m[0].indexOf(m[2]) : 0) : m.index;
    let end = m.index + m[0].length;
    if (/['’]s$/.test(m[0])) end -= 2;
    const weekday = weekdayIndex(m[2]);
    const resolved = reference ? resolveWeekday(weekday, how ?? "", reference, futureClause(text, start, end)) : undefined;
    add(start, end, { weekday, relative: true, ...(resolved ?? {}) });
  });
  scan(RE.nearDay, (m) => {
    const shift = { yesterday: -1, today: 0, tomorrow: 1 }[m[1].toLowerCase() as "today"];
    const ref = reference;
    const resolved = ref?.year !== undefined && ref.month !== undefined && ref.day !== undefined ? addDays({ year: ref.year, month: ref.month, day: ref.day }, shift) : undefined;
    add(m.index, m.index + m[0].length, { relative: true, ...(resolved ?? {}) });
  });
  scan(RE.year, (m) => {
    const year = +m[1];
    if (!plausibleYear(year)) return;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const prev = /([\p{L}']+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    const next = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? "";
    if (QUANTITY_BEFORE.has(prev)) return;
    if (/^\s*(?:percent|per\s+cent|per|times|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|dollars|euros|pounds)\b/iu.test(after)) return;
    // "2000 soldiers": a number before a plural noun is a count unless a date word leads it in.
    const coordinated = /(?:\d{4})\s*(?:,|and|or|to|-|–)\s*$/u.test(before);
    const plural = /^\p{Ll}+s$/u.test(next) && !/ss$/.test(next);
    if (plural && !coordinated && !(YEAR_BEFORE.has(prev) && year % 100 !== 0)) return;
    if (!YEAR_BEFORE.has(prev) && !coordinated && /^\p{Ll}/u.test(next) && year % 100 === 0) return;
    add(m.index, m.index + m[0].length, { year });
  });
  out.sort((a, b) => a.span.start - b.span.start);
  // "In 2019, X travelled to Y in April": the sentence's one year is its months' year.
  const years = out.filter((m) => m.year !== undefined && m.month === undefined && m.season === undefined && !m.relative);
  // Not a year that starts or ends a stretch ("who has led it since 2019, announced … on May 11"): the months
  // of the sentence fall after or before it, not in it.
  const bound = (m: DateMention) => /\b(?:since|until|till)\s+$/iu.test(text.slice(Math.max(0, m.span.start - s.start - 8), m.span.start - s.start));
  // Nor a year that names an event ("the 2031 Harlow Regatta", "its 2026 budget"): it says which, not when the sentence's act fell.
  const naming = (m: DateMention) =>
    /\b(?:the|its|their|his|her|our|a)\s+$/iu.test(text.slice(Math.max(0, m.span.start - s.start - 6), m.span.start - s.start)) &&
    /^\s+\p{L}/u.test(text.slice(m.span.end - s.start, m.span.end - s.start + 3));
  if (years.length === 1 && !bound(years[0]) && !naming(years[0]) && !out.some((m) => m.year !== undefined && m.month !== undefined)) {
    for (const m of out) {
      if (m.month === undefined || m.year !== undefined || m.relative) continue;
      m.year = years[0].year;
      m.yearShared = true;
      years[0].lendsYear = true;
    }
  }
  return out;
}

// ---------------------------------------------------------------- events

/** An event word with how strongly the sentence ties it to the date. */
export interface EventWord {
  /** Stemmed, lower-cased key. */
  key: string;
  /** The word as written. */
  text: string;
  weight: number;
  /** True for a word of a quoted title ("the "Common Charter" from July 2024"): it names the event itself. */
  title?: boolean;
}

/** Words that say nothing about what happened: time words and reporting verbs. */
const FILLER = new Set(
  `year years month months week weeks day days time times date dates ago period era decade decades century
   told tells added noted stated explained claimed insisted argued stressed
   himself herself itself themselves ourselves myself yourself
   mr mrs ms dr percent cent
   contrast comparison meanwhile moreover nevertheless nonetheless furthermore likewise`.split(/\s+/),
);
const DETERMINERS = new Set(`the a an this that these those its their his her our your my`.split(" "));
const PREPOSITIONS = new Set(`in on of from since during until till by at for before after ahead through between around circa`.split(" "));
const CLAUSE_WORDS = new Set(`but which while although though whereas however who whom where when yet`.split(" "));
/** Words that put one event before or after another: "the deals signed after the annexation in 2014". */
const SEQUENCE_WORDS = new Set(`after before since following until till once when then later earlier`.split(" "));

/**
 * Quoted titles of a sentence, quotes included, as offsets into its text: a
 * quotation of at least two content words, every one capitalised ("the
 * "Common Charter on Ports"", “Harbour Accord”). Quoted speech is not a title.
 */
export function quotedTitles(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/"([^"\n]{3,150})"|“([^“”\n]{3,150})”/gu)) {
    const words = (m[1] ?? m[2]).match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu) ?? [];
    const content = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
    if (content.length >= 2 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** A date joined to what follows by a coordinator: "the charter from July 2023 and the accord from July 2024". */
const COORDINATED_AFTER = /^\s*(?:,\s*)?(?:and|or|but|while|whereas)\b|^\s*;/iu;

const isAcronymToken = (t: string) => /^[\p{Lu}\p{N}]{2,}$/u.test(t) && /\p{Lu}/u.test(t);

const eventKeys = new Map<string, string | undefined>();

/** The matching key of a content word, or undefined for function words, numbers and time words. */
/** A share written in figures ("3%", "12 percent"), as an event word: "a further 3% in April" ties the date to it. */
function shareKey(t: Token, after: string): string | undefined {
  if (!/^\p{N}+(?:[.,]\p{N}+)?$/u.test(t.text) || !/^(?:\s?%|\s+per\s?cent\b|\s+percent\b)/iu.test(after)) return undefined;
  return `${t.text.replace(",", ".")}%`;
}

export function eventKey(t: Token): string | undefined {
  // Depends on the word alone: remembered per spelling.
  const raw = t.text;
  const known = eventKeys.get(raw);
  if (known !== undefined || eventKeys.has(raw)) return known;
  if (eventKeys.size > 50_000) eventKeys.clear();
  const key = eventKeyOf(raw);
  eventKeys.set(raw, key);
  return key;
}

function eventKeyOf(raw: string): string | undefined {
  if (/^\p{N}/u.test(raw)) return undefined;
  const lower = raw.toLowerCase();
  if (isAcronymToken(raw)) return lower;
  // A month name written in lower case is the ordinary word ("would march", "may").
  const month = isMonthWord(lower) && (/^\p{Lu}/u.test(raw) || lower.length <= 3 || lower === "may");
  if (STOPWORDS.has(lower) || FILLER.has(lower) || month || isWeekdayWord(lower)) return undefined;
  if (/^(?:mid|early|late)$/.test(lower)) return undefined;
  if (raw.length < 3 && !/^\p{Lu}\p{Ll}$/u.test(raw)) return undefined;
  // "invasion" meets "invaded": the noun of an act as its verb's past form, stemmed.
  // "the death of" meets "died".
  const verb = verbOfSion(lower);
  const key = stem(verb ? `${verb}d` : Object.hasOwn(ACT_NOUN_PAST, lower) ? ACT_NOUN_PAST[lower] : raw);
  if (STOPWORDS.has(key) || FILLER.has(key) || key.length < 2) return undefined;
  return key;
}

// ---------------------------------------------------------------- predicates

/**
 * What kind of thing happened, by the verb (or its noun) that says it: general
 * English, no event of any corpus. Two dates of the same things ("services
 * stopped" / "services would begin running again") are different events when
 * their predicates are of different kinds. Words that are mostly something
 * else ("close ally", "found cracks", "a sign of") are left out.
 */
const PREDICATE_KINDS: Record<string, string> = {
  begin: `begin begins began begun beginning start starts started starting launch launches launched launching commence commences commenced
    commencing onset outbreak opens opened opening inaugurate inaugurated inauguration`,
  resume: `resume resumes resumed resuming resumption restart restarts restarted restarting reopen reopens reopened reopening restore restores
    restored restoring restoration`,
  end: `end ends ended ending stop stops stopped stopping halt halts halted halting cease ceases ceased ceasing finish finishes finished
    finishing conclude concludes concluded concluding terminate terminates terminated termination expire expires expired expiry closes
    closed closing closure closures shut shuts shutting shutdown suspend suspends suspended suspending suspension pause pauses paused scrap scraps
    scrapped cancel cancels cancelled canceled cancelling canceling cancellation abandon abandons abandoned`,
  announce: `announce announces announced announcing announcement unveil unveils unveiled unveiling propose proposes proposed proposing proposal`,
  publish: `publish publishes published publishing publication`,
  approve: `approve approves approved approving approval adopt adopts adopted adopting adoption endorse endorses endorsed endorsement authorise
    authorises authorised authorize authorizes authorized authorisation authorization accept accepts accepted accepting acceptance`,
  ratify: `ratify ratifies ratified ratifying ratification`,
  reject: `reject rejects rejected rejecting rejection veto vetoes vetoed vetoing refuse refuses refused refusing refusal`,
  vote: `vote votes voted voting ballot ballots balloted referendum`,
  sign: `signed signing`,
  arrive: `arrive arrives arrived arriving arrival visit visits visited visiting travel travels travelled traveled travelling traveling trip`,
  depart: `depart departs departed departing departure withdraw withdraws withdrew withdrawn withdrawing withdrawal`,
  appoint: `appoint appoints appointed appointing appointment elect elects elected electing election nominate nominates nominated nominating
    nomination hire hires hired hiring`,
  resign: `resign resigns resigned resigning resignation quit quits quitting dismiss dismisses dismissed dismissing dismissal sack sacked
    oust ousts ousted ousting retire retires retirement`,
  die: `die dies died dying death`,
  found: `born founded founding`,
  invade: `invade invades invaded invading invasion`,
  attack: `attack attacks attacked attacking`,
  annex: `annex annexes annexed annexing annexation`,
  meet: `meet meets met meeting summit talks`,
  win: `win wins won winning victory`,
  lose: `lose loses lost losing defeat defeated`,
  merge: `merge merges merged merging merger`,
  acquire: `acquire acquires acquired acquiring acquisition takeover`,
};
/** Kinds that may name the same event: a vote that approves, a visit for a summit. */
const RELATED_KINDS = new Set(
  ["vote approve", "vote reject", "vote appoint", "win appoint", "approve ratify", "announce publish", "arrive meet", "invade attack", "merge acquire"].flatMap((p) => {
    const [a, b] = p.split(" ");
    return [`${a} ${b}`, `${b} ${a}`];
  }),
);
const PREDICATE_OF = new Map<string, string>();
for (const [kind, forms] of Object.entries(PREDICATE_KINDS)) for (const f of forms.split(/\s+/)) if (f) PREDICATE_OF.set(f, kind);

/** The kind of event a word names ("stopped" → "end", "reopening" → "resume"), if it is one of the general-English predicates. */
export function predicateKind(word: string): string | undefined {
  return PREDICATE_OF.get(word.toLowerCase());
}

/** A predicate of an event context: its kind and how strongly the sentence ties it to the date. */
export interface Predicate {
  kind: string;
  weight: number;
}

/** The predicates of an event context, heaviest first, one per kind; words tied too loosely to the date are left out. */
const predicateMemo = new WeakMap<readonly EventWord[], Predicate[]>();

export function predicatesOf(context: readonly EventWord[], minWeight = 0.35): Predicate[] {
  // Corpus contexts are compared again and again: their predicates at the usual weight are computed once.
  if (minWeight === 0.35) {
    let p = predicateMemo.get(context);
    if (!p) predicateMemo.set(context, (p = computePredicates(context, minWeight)));
    return p;
  }
  return computePredicates(context, minWeight);
}

function computePredicates(context: readonly EventWord[], minWeight: number): Predicate[] {
  const out = new Map<string, number>();
  for (const w of context) {
    if (w.weight < minWeight || w.title) continue;
    const kind = predicateKind(w.text);
    if (kind && (out.get(kind) ?? 0) < w.weight) out.set(kind, w.weight);
  }
  return [...out].map(([kind, weight]) => ({ kind, weight })).sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind));
}

const kindsMeet = (a: string, b: string) => a === b || RELATED_KINDS.has(`${a} ${b}`);

/**
 * Whether two event contexts say the same kind of thing happened: "same" when
 * the main predicate of one (its heaviest) is of the other's kinds, about as
 * heavy there as that one's main predicate; "different" when both have a main predicate and they do not
 * meet ("stopped" / "begin running again", "announced" / "approved");
 * undefined when either names no predicate.
 */
export function comparePredicates(a: readonly EventWord[], b: readonly EventWord[]): "same" | "different" | undefined {
  const pa = predicatesOf(a);
  const pb = predicatesOf(b);
  if (!pa.length || !pb.length) return undefined;
  const carries = (main: Predicate, other: Predicate[]) => other.some((p) => kindsMeet(main.kind, p.kind) && p.weight >= 0.85 * other[0].weight);
  if (carries(pa[0], pb) || carries(pb[0], pa)) return "same";
  // "reopened the bridge on Tuesday, ending the detour": a participle that follows the act tells its outcome, at the same moment.
  return outcome(pa[0], b) || outcome(pb[0], a) ? "same" : "different";
}

/** True when `context` tells the main predicate of another context as a participle ("…, ending the detour") tied almost as closely to the date. */
function outcome(main: Predicate, context: readonly EventWord[]): boolean {
  const top = predicatesOf(context)[0];
  return !!top && context.some((w) => !w.title && /ing$/u.test(w.text) && predicateKind(w.text) === main.kind && w.weight >= OUTCOME_SHARE * top.weight);
}
/** How closely an outcome participle must be tied to the date, as a share of the main predicate's tie. */
const OUTCOME_SHARE = 0.6;

/**
 * The words a sentence ties to one of its dates, weighted: the noun a date
 * modifies ("the 2020 collapse"), the phrase a date closes ("the merger of
 * the two ports in 2019"), the clause a date opens ("On October 12, the council voted").
 * Words nearer another date of the sentence belong to that one.
 */
export function eventContext(s: Sentence, mentions: DateMention[], index: number): EventWord[] {
  const toks = tokenize(s.text, s.start);
  const text = s.text;
  const between = (a: number, b: number) => text.slice(a - s.start, b - s.start);
  // Group dates joined by "and", "or", "to", commas: "the 2014 and 2015 deals".
  const group: number[] = mentions.map((_, i) => i);
  for (let i = 1; i < mentions.length; i++) {
    const gap = between(mentions[i - 1].span.end, mentions[i].span.start);
    if (/^\s*(?:,|and|or|to|through|-|–|,\s*and|,\s*or)\s*$/u.test(gap)) group[i] = group[i - 1];
  }
  const spans = new Map<number, { start: number; end: number }>();
  mentions.forEach((m, i) => {
    const g = spans.get(group[i]);
    spans.set(group[i], g ? { start: Math.min(g.start, m.span.start), end: Math.max(g.end, m.span.end) } : { ...m.span });
  });
  const inDate = (t: Token) => mentions.some((m) => t.start < m.span.end && m.span.start < t.end);
  const own = spans.get(group[index])!;
  const first = toks.findIndex((t) => t.end > own.start);
  let last = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i].start < own.end) last = i;
  if (first < 0 || last < 0) return [];

  // How the date attaches to its neighbours.
  const nextTok = toks[last + 1];
  let p = first - 1;
  while (p >= 0 && DETERMINERS.has(toks[p].text.toLowerCase())) p--;
  const prep = p >= 0 && PREPOSITIONS.has(toks[p].text.toLowerCase());
  // "the 2020 collapse", "in the 2020 collapse" — but not "began in mid-September ended", where the date closes "began in".
  // A possessive date ("at Wednesday's summit", "last year's floods") is the determiner of its noun, whatever precedes it.
  const gapAfter = nextTok ? between(own.end, nextTok.start) : "";
  const possessive = /^['’]s\s+$/u.test(gapAfter) || (/^\s+$/.test(gapAfter) && /['’]s$/u.test(toks[last].text) && toks[last].end > own.end);
  const premodifier =
    !!nextTok && (/^\s+$/.test(gapAfter) || possessive) && /^\p{Ll}/u.test(nextTok.text) && eventKey(nextTok) !== undefined && (possessive || !(prep && p === first - 1));
  // "Back in January", "back in 2019": "back" only says the date is past; no word of the event.
  const backIn = prep && p === first - 1 && p >= 1 && /^back$/iu.test(toks[p - 1].text) ? p - 1 : -1;
  const contentBefore = toks.slice(0, Math.max(0, p + (prep ? 0 : 1))).some((t, i) => i !== backIn && eventKey(t) !== undefined && !inDate(t));
  let beforeFactor = 0.8;
  let afterFactor = 0.8;
  if (premodifier) {
    afterFactor = 1;
    beforeFactor = 0.6;
  } else if (prep && contentBefore) {
    beforeFactor = 1;
    afterFactor = 0.75;
  } else if (!contentBefore) {
    afterFactor = 1;
  }

  const out = new Map<string, EventWord>();
  const ownDistance = (ti: number) => (ti < first ? first - ti : ti - last);
  const others = [...spans.entries()].filter(([g]) => g !== group[index]).map(([, sp]) => sp);
  // A quoted title is one unit: its words stand as near as its nearest word, its quotes and inner words do not separate.
  const titles = quotedTitles(text).map((r) => ({ start: r.start + s.start, end: r.end + s.start }));
  const titleOf = (t: Token) => titles.findIndex((r) => r.start <= t.start && t.end <= r.end);
  const gapBetween = (a: number, b: number) => {
    let g = between(a, b);
    for (const r of titles) {
      const from = Math.max(a, r.start);
      const to = Math.min(b, r.end);
      if (from < to) g = g.slice(0, from - a) + " ".repeat(to - from) + g.slice(to - a);
    }
    return g;
  };
  // Does a date close the phrase before it ("the accord from July 2024")? Then it owns that phrase.
  const closesPhrase = (sp: { start: number }) => {
    let i = toks.findIndex((x) => x.end > sp.start) - 1;
    while (i >= 0 && DETERMINERS.has(toks[i].text.toLowerCase())) i--;
    return i >= 0 && PREPOSITIONS.has(toks[i].text.toLowerCase());
  };
  /** Between a date followed by a coordinator and a later date closing its phrase, words belong to the later date. */
  const laterOwns = (t: Token, a: { end: number }, b: { start: number }) =>
    a.end <= t.start && t.end <= b.start && COORDINATED_AFTER.test(between(a.end, b.start)) && closesPhrase(b);
  let contentSeen = 0;
  let titleDistance = new Map<number, number>();
  const visit = (ti: number, direction: "before" | "after") => {
    const t = toks[ti];
    if (inDate(t) || ti === backIn) return;
    const share = eventKey(t) === undefined ? shareKey(t, text.slice(t.end - s.start, t.end - s.start + 10)) : undefined;
    const key = share ?? eventKey(t);
    const word = share ?? t.text.toLowerCase();
    if (key === undefined) return;
    const title = titleOf(t);
    let d = title >= 0 ? titleDistance.get(title) : undefined;
    if (d === undefined) {
      d = contentSeen++;
      if (title >= 0) titleDistance.set(title, d);
    }
    if (d > 12) return;
    const gap = direction === "before" ? gapBetween(t.end, own.start) : gapBetween(own.end, t.start);
    const gapWords = tokenize(gap).map((x) => x.text.toLowerCase());
    let w = (direction === "before" ? beforeFactor : afterFactor) * (0.45 + 0.55 / (1 + 0.3 * d));
    // Who acted says less about which event it was than what happened and where.
    if (title < 0 && (ROLE_WORDS.has(word) || DEMONYMS.has(word))) w *= 0.4;
    // A figure's conversion in brackets ("12 miles (19 km)") is part of the phrase, not a break in it.
    const hard = (gap.replace(/\(\s*[\p{N}][^()]{0,20}\)/gu, " ").match(/[;:()\[\]—–]|\s-\s|["“”]/gu) ?? []).length;
    const commas = (gap.match(/,/g) ?? []).length;
    // The date's own preposition ("after 2014") does not separate; any other sequence word does.
    const ownGap = direction === "before" && prep ? gapWords.slice(0, gapWords.lastIndexOf(toks[p].text.toLowerCase())) : gapWords;
    const clauses = gapWords.filter((x) => CLAUSE_WORDS.has(x)).length + ownGap.filter((x) => SEQUENCE_WORDS.has(x) && !CLAUSE_WORDS.has(x)).length;
    w *= 0.5 ** (hard + clauses) * 0.85 ** commas;
    // ", and from June a guard will …": a date after a comma and a coordinator opens its own clause.
    if (direction === "before" && /,\s*(?:and|but|so|yet)\s/iu.test(gap)) w *= 0.3;
    // Nearer to another date of the sentence: that date's word.
    const mine = ownDistance(ti);
    for (const o of others) {
      // "the charter from July 2023 and the accord from July 2024": the accord is July 2024's.
      if (o.end <= own.start && laterOwns(t, o, own)) continue;
      if (own.end <= o.start && laterOwns(t, own, o)) {
        w *= 0.1;
        continue;
      }
      const oi = toks.findIndex((x) => x.end > o.start);
      let ol = -1;
      for (let i = 0; i < toks.length; i++) if (toks[i].start < o.end) ol = i;
      const dist = ti < oi ? oi - ti : ti - ol;
      if (dist < mine) w *= 0.1;
      else if (dist === mine) w *= 0.5;
    }
    if (w < 0.05) return;
    const prevW = out.get(key);
    if (!prevW || prevW.weight < w) out.set(key, { key, text: word, weight: Math.round(w * 1000) / 1000, ...(title >= 0 ? { title: true } : {}) });
  };
  for (let i = last + 1; i < toks.length; i++) visit(i, "after");
  contentSeen = 0;
  titleDistance = new Map();
  for (let i = first - 1; i >= 0; i--) visit(i, "before");
  return [...out.values()].sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

/** The full event context of each mention `findDates` found, so a check need not work it out again. */
const contexts = new WeakMap<DateMention, EventWord[]>();

/** `eventContext(s, mentions, index)`, remembered from `findDates` when `mentions` are the sentence's mentions it found. */
export function eventContextOf(s: Sentence, mentions: DateMention[], index: number): EventWord[] {
  return contexts.get(mentions[index]) ?? eventContext(s, mentions, index);
}

/** Every date mention of a text, each with the event words of its sentence. */
export function findDates(doc: AnalyzedBase, reference?: SimpleDate, memo?: SentenceMemo): DateMention[] {
  const out: DateMention[] = [];
  const one = (s: Sentence) => {
    const found = datesInSentence(s, reference);
    found.forEach((m, i) => {
      const context = eventContext(s, found, i);
      contexts.set(m, context);
      m.event = context
        .filter((w) => w.weight >= 0.3)
        .slice(0, 8)
        .map((w) => w.key);
    });
    return found;
  };
  // A sentence's dates depend on its text alone (and on the reference date, which drafts do not have).
  for (const s of doc.sentences) out.push(...(memo && !reference ? memo("dates", s, doc.common, () => one(s)) : one(s)));
  return out;
}

// ---------------------------------------------------------------- writing dates

/** How a mention writes its date, so a correction can be written the same way. */
export interface DateStyle {
  weekday: boolean;
  dayFirst: boolean;
  ordinal: boolean;
  abbreviated: boolean;
  ofMonth: boolean;
  commaAfterWeekday: boolean;
  partSeparator: string;
}

export function styleOf(m: DateMention): DateStyle {
  const t = m.text;
  return {
    weekday: m.weekday !== undefined && !m.relative,
    dayFirst: new RegExp(`^(?:${WD},?\\s+(?:the\\s+)?)?\\d`, "u").test(t) && !/^\d{4}-/.test(t),
    ordinal: /\d(?:st|nd|rd|th)\b/.test(t),
    abbreviated: /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?/.test(t),
    ofMonth: /\d(?:st|nd|rd|th)?\s+of\s+/.test(t),
    commaAfterWeekday: /^\p{L}+,/u.test(t),
    partSeparator: /(?:early|mid|late)\s*-/i.test(t) ? "-" : " ",
  };
}

const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th");

export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  part?: string;
  weekday?: number;
  season?: string;
}

/** Writes a date in a given style: "Thursday, October 12", "12 October 2023", "mid-September", "2019". */
export function formatDate(d: DateValue, style: DateStyle, withYear = d.year !== undefined): string {
  const monthWord = d.month ? (style.abbreviated ? monthName(d.month).slice(0, 3) + "." : monthName(d.month)) : "";
  let body: string;
  if (d.month !== undefined && d.day !== undefined) {
    const dayText = style.ordinal ? `${d.day}${ordinalSuffix(d.day)}` : String(d.day);
    body = style.dayFirst ? `${dayText} ${style.ofMonth ? "of " : ""}${monthWord}` : `${monthWord} ${dayText}`;
    if (withYear && d.year !== undefined) body += style.dayFirst ? ` ${d.year}` : `, ${d.year}`;
    if (style.weekday && d.weekday !== undefined) body = `${weekdayName(d.weekday)}${style.commaAfterWeekday ? "," : ""} ${body}`;
  } else if (d.month !== undefined) {
    body = d.part ? `${d.part}${style.partSeparator}${monthWord}` : monthWord;
    if (withYear && d.year !== undefined) body += ` ${d.year}`;
  } else if (d.season !== undefined) {
    body = withYear && d.year !== undefined ? `${d.season} of ${d.year}` : d.season;
  } else if (d.year !== undefined) {
    body = String(d.year);
  } else if (d.weekday !== undefined) {
    body = weekdayName(d.weekday);
  } else body = "";
  return body;
}

/** A plain, unambiguous rendering for messages: "Thursday, October 12, 2023", "mid-September", "June 2022". */
export function describeDate(d: DateValue): string {
  const style: DateStyle = { weekday: true, dayFirst: false, ordinal: false, abbreviated: false, ofMonth: false, commaAfterWeekday: true, partSeparator: "-" };
  return formatDate(d, style);
}
