// number-mismatch: a figure in the draft that differs from the corpus's figure
// for the same thing. "The same thing" means the same unit or counted noun
// ("nations", "percent", "day") AND a sentence about the same subject: the
// words around the two figures must largely agree. If any corpus figure for
// that thing agrees with the draft, the check stays quiet, unless the figure's
// own clause says it is another step of the story ("asked for 14 percent" is
// no support for "settled for 14 percent" when the corpus settled for 11). A
// corpus figure of the same value whose own clause has the draft figure's
// leading word or its noun ("the settlement gives 11 percent") confirms it.
// A corpus sentence that gives another figure of the draft's sentence exactly
// ("… and 41 shelters") is the draft sentence's counterpart: its one figure of
// the draft figure's unit is compared even when the words around differ.
import { asFigure, GATHERINGS, TIME_UNITS, unitWithoutRate, type Figure } from "../analysis/figures";
import { alignedNumbers } from "../analysis/aligned-numbers";
import { daysBetween } from "../analysis/dates";
import { elapsedTimes } from "../analysis/elapsed";
import { sentenceBefore } from "../analysis/analyze";
import { NUMBER_WORDS } from "../text/lexicon";
import { figuresAgree, sameWord, type FigureKnowledge, type FigureMatch, type FigureRef, type KnownWords } from "../knowledge/figures";
import type { DatedEvent } from "../knowledge/dates";
import type { Knowledge } from "../knowledge/knowledge";
import type { Explainer } from "../explain";
import type { Finding, Span } from "../types";
import { cite, type Check, type CheckContext } from "./check";

/** Context a corpus figure must share with the draft's to be about the same thing. */
const SAME_THING = { words: 3, weight: 1.2, ratio: 0.3 };
/** The same, when nearly all of the shorter sentence's words are shared. */
const SAME_SENTENCE = { words: 2, weight: 1.2, ratio: 0.6 };
/** The same, when the two figures also have the same shape ("more than N", "N to M"). */
const SAME_SHAPE = { words: 2, weight: 1.2, ratio: 0.2 };
/** The same, when the corpus sentence has every word of the draft's and the corpus figure's own clause shares one ("80 percent contained" / "60 percent contained"). */
const ALL_WORDS = { words: 2, weight: 1, ratio: 0.95 };
/** The least of the thresholds above, that `sameThing` asks of any match. */
const LEAST_SAME = {
  words: Math.min(SAME_THING.words, SAME_SENTENCE.words, SAME_SHAPE.words, ALL_WORDS.words),
  weight: Math.min(SAME_THING.weight, SAME_SENTENCE.weight, SAME_SHAPE.weight, ALL_WORDS.weight),
};
/** Share of the draft figure's context a vague magnitude's must hold, when it falls short of `CLEARLY_SAME`. */
const VAGUE_RATIO = 0.8;
/** Context so close that a differing figure is a contradiction, not a doubt. */
const CLEARLY_SAME = { words: 3, weight: 1.8, ratio: 0.35 };
/** Context enough to accept a corpus figure as confirming the draft's: agreeing is cheap. */
function confirms(m: FigureMatch): boolean {
  return m.count >= 2 || (m.count >= 1 && m.weight >= 0.5);
}

function passes(m: FigureMatch, t: { words: number; weight: number; ratio: number }): boolean {
  return m.count >= t.words && m.weight >= t.weight && m.ratio >= t.ratio;
}

/** Both figures written the same way: the same qualifier, or both ranges. */
function sameShape(a: Figure, b: Figure): boolean {
  if (a.vague || b.vague) return false;
  if (a.bound && a.bound === b.bound) return true;
  return a.valueHigh !== undefined && b.valueHigh !== undefined;
}

/** Shared context from which a corpus figure with two digits swapped is the same figure. */
const TRANSPOSED = { words: 3, weight: 1.2, ratio: 0.1 };

/** True when two numbers of three digits or more differ by two neighbouring digits swapped ("130000" / "310000"). */
function transposed(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x.length < 3 || x === y) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}

/** Shared context from which a corpus figure of the same value and unit is about the same thing, however long the sentences. */
const SAME_VALUE = { words: 4, weight: 2.5, ratio: 0.2 };
/** Context so close that the figures count the same thing under two names ("a four-hour session" / "a three-hour hearing"). */
const SAME_SCENE = { words: 5, weight: 3, ratio: 0.6 };

/** Both figures count the same qualified thing ("relief" workers) after the same leading word ("need"). */
function sameLeadAndThing(a: Figure, b: Figure): boolean {
  return !!a.lead && a.lead === b.lead && !!a.thing && a.thing === b.thing && a.unit === b.unit;
}

/**
 * A draft sentence with two figures of two units ("a 10,000-strong force and more than 30 missions") that one
 * corpus sentence also gives, each with its own unit and some shared words ("an eight-thousand-strong force
 * … 29 missions"): the sentence restates that one, however it words the rest. The corpus figures so paired.
 */
function pairedRefs(ctx: CheckContext, draft: Figure, matches: FigureMatch[]): Set<FigureRef> {
  const out = new Set<FigureRef>();
  const mine = matches.filter((m) => m.count >= PAIRED.words && m.weight >= PAIRED.weight && !figuresAgree(draft, m.ref.figure));
  if (!mine.length) return out;
  const siblings = ctx.draft.figures.map(asFigure).filter((f) => f.sentence === draft.sentence && f.span.start !== draft.span.start && f.unit && f.unit !== draft.unit && !timeUnit(f.unit));
  if (!siblings.length || timeUnit(draft.unit)) return out;
  for (const g of siblings) {
    const theirs = ctx.kb.figures.matches(g, { count: PAIRED.words, weight: PAIRED.weight, keep: (r) => r.figure.unit === g.unit, byValue: true });
    for (const m of mine) {
      if (theirs.some((t) => t.ref.article === m.ref.article && t.ref.figure.sentence === m.ref.figure.sentence && t.ref !== m.ref)) out.add(m.ref);
    }
  }
  return out;
}
/** Shared context each figure of a pair needs with its corpus figure. */
const PAIRED = { words: 3, weight: 1.5 };
/** Units of time ("day", "day apart"), too common to pair sentences by. */
const timeUnit = (unit: string) => TIME_UNITS.has(unit.replace(/ apart$/u, ""));

/** Two figures twenty times apart or more, in other digits ("$40,000" / "$2.3 million"): two amounts, not one mistyped. */
function farApart(a: Figure, b: Figure): boolean {
  // A magnitude ("hundreds of homes") is compared on its order; it is what an order-of-magnitude slip contradicts.
  if (!(a.value > 0) || !(b.value > 0) || a.vague || b.vague) return false;
  const ratio = Math.max(a.value, b.value) / Math.min(a.value, b.value);
  return ratio >= FAR_APART && significant(a.value) !== significant(b.value);
}
const FAR_APART = 20;

function sameThing(draft: Figure, m: FigureMatch): boolean {
  if (m.thingClash && !passes(m, SAME_SCENE)) return false;
  if (farApart(draft, m.ref.figure)) return false;
  // A vague magnitude ("thousands of") is compared only on very close context.
  // Or when nearly all the words around the draft's figure stand around the corpus's ("Ukraine would need at least …").
  // Or when both count the same thing after the same verb ("would need at least … relief workers").
  if (draft.vague || m.ref.figure.vague) return passes(m, CLEARLY_SAME) || (passes(m, SAME_THING) && (m.ratio >= VAGUE_RATIO || sameLeadAndThing(draft, m.ref.figure)));
  return (
    passes(m, SAME_THING) ||
    passes(m, SAME_SENTENCE) ||
    (sameShape(draft, m.ref.figure) && passes(m, SAME_SHAPE)) ||
    (passes(m, ALL_WORDS) && localShared(draft, m.ref.figure) >= 1) ||
    // The same number of the same unit amid many shared words ("more than four weeks" / "almost 4 weeks"): only the qualifier may differ.
    (m.ref.figure.value === draft.value && m.ref.figure.unit === draft.unit && passes(m, SAME_VALUE)) ||
    // The size of one gathering ("put the crowd at …") where nearly every word around the corpus's is the draft's too.
    (GATHERINGS.has(draft.unit) && m.ref.figure.unit === draft.unit && m.ratio >= 0.85 && m.count >= 1.5) ||
    // Two digits swapped ("120,000" / "210,000"): a slip of the keyboard, the same figure where a few words agree.
    (transposed(draft.value, m.ref.figure.value) && m.ref.figure.unit === draft.unit && passes(m, TRANSPOSED))
  );
}

/** The draft's span text with the corpus figure in place of its own. */
function suggestionFor(draft: Figure, draftText: string, corpus: Figure): string {
  // A fraction for a percentage or the other way round, "twice" for "three times": the corpus's own words.
  const adverb = (f: Figure) => /^(?:once|twice|thrice)\b/i.test(f.numberText);
  if (!!draft.fraction !== !!corpus.fraction || adverb(draft) !== adverb(corpus)) {
    const text = corpus.text.replace(/\s+/g, " ").trim();
    return /^\p{Lu}/u.test(draftText) ? text.charAt(0).toUpperCase() + text.slice(1) : text.charAt(0).toLowerCase() + text.slice(1);
  }
  const sameKind = draft.bound === corpus.bound;
  const qualifier = sameKind ? draft.qualifier && draftText.slice(0, draft.numberSpan.start - draft.span.start).replace(/\s*[$€£¥₽₴]?\s*$/, "") : corpus.qualifier;
  const number = draft.digits && !corpus.digits && !corpus.vague && corpus.valueHigh === undefined ? formatDigits(corpus.value) : corpus.numberText.trim();
  const sign = draft.currency;
  let tail = draftText.slice(draft.numberSpan.end - draft.span.start);
  // "thousands of troops" / "a few hundred troops", "300 troops": a plural scale word takes "of" before the noun, a number does not.
  const takesOf = (text: string) => /\p{L}s$/u.test(text.trim()) && !/^\s*\p{N}/u.test(text);
  if (takesOf(number) && /^\s+(?!of\b)\p{L}/u.test(tail)) tail = ` of${tail}`;
  else if (!takesOf(number) && /^\s+of\s/u.test(tail) && draft.vague) tail = tail.replace(/^\s+of/u, "");
  // "three years" / "a year": one of a unit of time is singular.
  if (/^an?$/iu.test(number) && corpus.unit && timeUnit(corpus.unit)) tail = tail.replace(/^(\s+\p{L}+?)s\b/u, "$1");
  const out = `${qualifier ? qualifier + " " : ""}${sign}${number}${tail}`;
  return /^\p{Lu}/u.test(draftText) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

function formatDigits(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString("en-US") : String(v);
}

function describe(f: Figure, text: string): string {
  return text.replace(/\s+/g, " ").trim() || f.numberText;
}

/** Words of the two figures' own clauses that are the same word, each counting a little more the nearer it stands to the draft figure. */
function localShared(a: Figure, b: Figure): number {
  const theirs = [...(b.local ?? [])];
  let n = 0;
  (a.local ?? []).forEach((w, i) => {
    const k = theirs.findIndex((x) => sameWord(w, x));
    if (k < 0) return;
    theirs.splice(k, 1);
    n += 1 / (1 + i / 4);
  });
  return n;
}

/** Position of a figure among the figures of its sentence with the same unit. */
function rankIn(figures: Figure[], f: Figure): number {
  return figures.filter((x) => x.sentence === f.sentence && x.unit === f.unit && x.span.start < f.span.start).length;
}

/**
 * When the best corpus sentence gives several figures of the unit ("7 million
 * to suppliers, 3 million to training"; "87 percent backed it, on a turnout of
 * 79 percent"), the one in the draft figure's place: not one that another
 * figure of the draft's sentence already states, then the one whose own
 * clause shares most words with the draft figure's, then the one in the same
 * position. The chosen match goes first.
 */
function placeInSentence(ctx: CheckContext, draft: Figure, same: FigureMatch[]): FigureMatch[] {
  const top = same[0];
  const sentenceOf = (m: FigureMatch) => `${m.ref.article}:${m.ref.figure.sentence}`;
  const siblings = same.filter((m) => sentenceOf(m) === sentenceOf(top));
  if (siblings.length < 2) return same;
  const mine = ctx.draft.figures.map(asFigure).filter((f) => f.sentence === draft.sentence && f.unit === draft.unit);
  const others = mine.filter((f) => f.span.start !== draft.span.start);
  const free = siblings.filter((m) => !others.some((o) => figuresAgree(o, m.ref.figure)));
  const pool = free.length ? free : siblings;
  const theirs = ctx.kb.articles[top.ref.article].figures.map(asFigure);
  const rank = mine.length > 1 ? rankIn(mine, draft) : -1;
  const score = (m: FigureMatch) => localShared(draft, m.ref.figure) * 2 + (rank >= 0 && rankIn(theirs, m.ref.figure) === rank ? 1 : 0);
  let best = pool[0];
  for (const m of pool) if (score(m) > score(best)) best = m;
  // Once the clause decides, the sentence's other figures are about other things: not offered as fixes.
  const decided = localShared(draft, best.ref.figure) > 0;
  const rest = same.filter((m) => m !== best && !(decided && siblings.includes(m) && localShared(draft, m.ref.figure) === 0));
  return [best, ...rest];
}

/** The significant digits of a whole number: 413,000 → "413". */
function significant(v: number): string {
  return Number.isInteger(v) && v > 0 ? String(v).replace(/0+$/u, "") : "";
}

/**
 * Two numbers written to the same precision that differ, where a qualifier's band would let them
 * agree ("some 431,000" / "413,000"): digits swapped, or more digits than anyone rounds to. The
 * band is for rounding, not for another figure.
 */
function precisionDiffers(a: Figure, b: Figure): boolean {
  if (a.value === b.value || a.valueHigh !== undefined || b.valueHigh !== undefined || a.vague || b.vague || a.fraction || b.fraction) return false;
  const x = significant(a.value);
  const y = significant(b.value);
  if (x.length < 3 || x.length !== y.length || String(a.value).length !== String(b.value).length) return false;
  const sorted = (t: string) => [...t].sort().join("");
  return sorted(x) === sorted(y) || x.length >= 4;
}

/** Two figures with the same number or range. */
function sameNumber(a: Figure, b: Figure): boolean {
  return a.value === b.value && (a.valueHigh ?? a.value) === (b.valueHigh ?? b.value);
}

/**
 * Does one corpus sentence give this figure together with another figure of
 * the draft's sentence ("11 percent, paid as 4, 4 and 3 percent")? Then the
 * draft restates that sentence, whatever its other words.
 */
function restated(ctx: CheckContext, draft: Figure, matches: FigureMatch[]): boolean {
  const mine = ctx.draft.figures.map(asFigure).filter((f) => f.sentence === draft.sentence && f.unit && f.span.start !== draft.span.start);
  if (!mine.length) return false;
  const about = new Set(matches.map((m) => m.ref));
  for (const ref of ctx.kb.figures.byUnit.get(draft.unit) ?? []) {
    if (!sameNumber(draft, ref.figure) || !figuresAgree(draft, ref.figure) || otherStep(draft, ref.figure)) continue;
    const theirs = ctx.kb.articles[ref.article].figures.filter((g) => g.sentence === ref.figure.sentence && g.span.start !== ref.figure.span.start).map(asFigure);
    const used = new Set<Figure>();
    let n = 0;
    for (const f of mine) {
      const g = theirs.find((x) => !used.has(x) && x.unit === f.unit && sameNumber(f, x));
      if (g) {
        used.add(g);
        n++;
      }
    }
    // Two figures in common, or one when the sentences also share words.
    if (n >= 2 || (n >= 1 && about.has(ref))) return true;
  }
  return false;
}

/** The least value of a figure that anchors a sentence (units of time never do). */
const ANCHOR_LEAST = 10;
/** Context a corpus figure anchored by a sibling must still share with the draft's. */
const ANCHORED = { words: 2, weight: 1 };

/** Corpus figures by unit and value, and by sentence: built once per corpus, on first use. */
interface FigureLookup {
  byValue: Map<string, FigureRef[]>;
  bySentence: Map<string, FigureRef[]>;
}
const lookups = new WeakMap<FigureKnowledge, FigureLookup>();
const valueKey = (f: Figure) => `${f.unit}|${f.value}|${f.valueHigh ?? f.value}`;
function lookupOf(figures: FigureKnowledge): FigureLookup {
  let l = lookups.get(figures);
  if (!l) {
    l = { byValue: new Map(), bySentence: new Map() };
    for (const ref of figures.all) {
      if (!ref.figure.unit) continue;
      const v = valueKey(ref.figure);
      const s = `${ref.article}:${ref.figure.sentence}`;
      (l.byValue.get(v) ?? l.byValue.set(v, []).get(v)!).push(ref);
      (l.bySentence.get(s) ?? l.bySentence.set(s, []).get(s)!).push(ref);
    }
    lookups.set(figures, l);
  }
  return l;
}

/**
 * Corpus figures of the draft figure's unit, alone of that unit in a sentence that also gives
 * another figure of the draft's sentence exactly ("a two-thousand-strong rescue force and 41 shelters"
 * for "a force of 20,000 troops and 41 shelters"): the sentences correspond, so the figures do,
 * whatever words the two use around them.
 */
function anchoredMatches(ctx: CheckContext, draft: Figure): FigureMatch[] {
  return [...figureAnchored(ctx, draft), ...dateAnchored(ctx, draft)];
}

/**
 * A corpus sentence that gives the same full date as the draft figure's sentence ("on Wednesday, 5 March"),
 * with one figure of the draft figure's unit, as many as the draft's sentence has, sharing words with it: the
 * same statement ("… 5 March, nearly 30 hours after the gates gave way").
 */
function dateAnchored(ctx: CheckContext, draft: Figure): FigureMatch[] {
  const dates = ctx.draft.dates.filter((d) => d.sentence === draft.sentence && !d.relative);
  if (!dates.length) return [];
  if (ctx.draft.figures.filter((f) => f.sentence === draft.sentence && asFigure(f).unit === draft.unit).length !== 1) return [];
  const lookup = lookupOf(ctx.kb.figures);
  const out: FigureMatch[] = [];
  const seen = new Set<string>();
  // The corpus sentences that give one of the draft sentence's dates, each with the test its shared words must pass.
  const candidates: Array<{ event: DatedEvent; enough: (m: FigureMatch) => boolean }> = [];
  // Full dates first: a corpus sentence met by both keeps the stricter test of a full date.
  for (const d of dates) {
    if (d.month === undefined || d.day === undefined) continue;
    for (const event of ctx.kb.dates.onMonthDay(d.month, d.day)) {
      if (d.year === undefined || event.date.year === undefined || event.date.year === d.year) candidates.push({ event, enough: (m) => m.count >= ANCHORED.words });
    }
  }
  const known = ctx.kb.figures.knownWords();
  for (const { event, enough } of candidates) {
    const key = `${event.article}:${event.mention.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const all = (lookup.bySentence.get(key) ?? []).filter((r) => r.figure.unit === draft.unit);
    if (all.length !== 1 || all[0].figure.vague) continue;
    const m = ctx.kb.figures.match(draft, all[0], known);
    if (enough(m) && !m.thingClash) out.push(m);
  }
  // A bare year ("… back to 2026") anchors less: the corpus sentence must give it as a bare year too, with a word in common that is no name.
  const enough = (m: FigureMatch) => m.shared.some((w) => !draft.names.includes(w));
  for (const d of dates) {
    if (d.year === undefined || d.month !== undefined) continue;
    for (const { key, ref } of yearSentences(ctx.kb, d.year, draft.unit)) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (!ref) continue;
      const m = ctx.kb.figures.match(draft, ref, known);
      if (enough(m) && !m.thingClash) out.push(m);
    }
  }
  return out;
}

const yearSentenceMemos = new WeakMap<Knowledge, Map<string, Array<{ key: string; ref?: FigureRef }>>>();
/**
 * The sentences of the corpus events dated by a bare year (see `eventsInYear`), each once in the order first met,
 * with their one figure of `unit` when they have exactly one and it is not vague; once per corpus, year and unit.
 */
function yearSentences(kb: Knowledge, year: number, unit: string): Array<{ key: string; ref?: FigureRef }> {
  let memo = yearSentenceMemos.get(kb);
  if (!memo) yearSentenceMemos.set(kb, (memo = new Map()));
  const id = `${year}|${unit}`;
  let list = memo.get(id);
  if (!list) {
    const lookup = lookupOf(kb.figures);
    const seen = new Set<string>();
    list = [];
    for (const event of eventsInYear(kb, year)) {
      const key = `${event.article}:${event.mention.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const all = (lookup.bySentence.get(key) ?? []).filter((r) => r.figure.unit === unit);
      list.push(all.length === 1 && !all[0].figure.vague ? { key, ref: all[0] } : { key });
    }
    memo.set(id, list);
  }
  return list;
}

const byYear = new WeakMap<Knowledge, Map<number, DatedEvent[]>>();
/** Corpus events dated by a bare year written out ("in 2026"), by year; built once per corpus. */
function eventsInYear(kb: Knowledge, year: number): DatedEvent[] {
  let m = byYear.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.dates.events) {
      if (e.relative || e.date.month !== undefined || e.date.year === undefined || e.yearInferred) continue;
      const list = m.get(e.date.year) ?? [];
      list.push(e);
      m.set(e.date.year, list);
    }
    byYear.set(kb, m);
  }
  return m.get(year) ?? [];
}

function figureAnchored(ctx: CheckContext, draft: Figure): FigureMatch[] {
  const inSentence = ctx.draft.figures.filter((f) => f.sentence === draft.sentence).map(asFigure);
  // Small numbers and stretches of time ("over three years") recur in many sentences: they anchor nothing.
  const mine = inSentence.filter((f) => f.unit && !f.vague && f.span.start !== draft.span.start && f.value >= ANCHOR_LEAST && !TIME_UNITS.has(f.unit.split(" ")[0]));
  if (!mine.length) return [];
  // Figures of the draft figure's unit in its sentence: the corpus sentence must have as many, all but one given exactly.
  const sameUnit = inSentence.filter((f) => f.unit === draft.unit).length;
  const lookup = lookupOf(ctx.kb.figures);
  const out: FigureMatch[] = [];
  const seen = new Set<string>();
  let known: KnownWords | undefined;
  for (const f of mine) {
    for (const ref of lookup.byValue.get(valueKey(f)) ?? []) {
      if (ref.figure.vague) continue;
      const key = `${ref.article}:${ref.figure.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const all = (lookup.bySentence.get(key) ?? []).filter((r) => r.figure.unit === draft.unit);
      if (!all.length && sameUnit === 1) {
        const next = followOn(ctx, ref, draft.unit, lookup);
        const m = next && ctx.kb.figures.match(draft, next, (known ??= ctx.kb.figures.knownWords()));
        if (m && m.shared.some((w) => !draft.names.includes(w)) && !m.thingClash) out.push(m);
        continue;
      }
      if (all.length !== sameUnit) continue;
      const ofUnit = all.filter((r) => !mine.some((g) => g.unit === draft.unit && sameNumber(g, r.figure)));
      if (ofUnit.length !== 1) continue;
      const m = ctx.kb.figures.match(draft, ofUnit[0], (known ??= ctx.kb.figures.knownWords()));
      if (m.count >= ANCHORED.words && m.weight >= ANCHORED.weight && !m.thingClash) out.push(m);
    }
  }
  return out;
}

/**
 * A statement the corpus splits in two: the sentence right after `ref`'s, in the same paragraph, with one
 * figure of `unit`, not vague, where `ref`'s sentence has none ("… a 64-page report on Friday. The report
 * made 9 recommendations" for "… their 64-page report, with 12 recommendations").
 */
function followOn(ctx: CheckContext, ref: FigureRef, unit: string, lookup: FigureLookup): FigureRef | undefined {
  if (TIME_UNITS.has(unit.split(" ")[0])) return undefined;
  const article = ctx.kb.articles[ref.article];
  const here = article.sentences[ref.figure.sentence];
  const next = article.sentences[ref.figure.sentence + 1];
  if (!here || !next || article.plain.slice(here.end, next.start).includes("\n")) return undefined;
  const all = (lookup.bySentence.get(`${ref.article}:${next.index}`) ?? []).filter((r) => r.figure.unit === unit);
  return all.length === 1 && !all[0].figure.vague ? all[0] : undefined;
}

/** How much the draft figure's own clause says the same as the corpus figure's ("settled for" / "settled for"), 0 when nothing. */
const clause = (draft: Figure, m: FigureMatch) => localShared(draft, m.ref.figure);

/** The corpus figure's clause leads with the draft figure's word ("settled for" / "settled for"). */
function sameLead(draft: Figure, m: FigureMatch): boolean {
  return !!draft.lead && !!m.ref.figure.lead && sameWord(draft.lead, m.ref.figure.lead);
}

/** A word and its noun of action meet: "settl" (settled) and "settlement", "agre" and "agreement". */
function sameRoot(a: string, b: string): boolean {
  const base = (w: string) => w.replace(/(?:ments?|ations?|als?)$/, "").replace(/e$/, "");
  return sameWord(a, b) || (Math.min(a.length, b.length) >= 4 && base(a) === base(b));
}

/**
 * The corpus figure's own clause has the draft figure's leading word or its
 * noun ("settled for 11 percent" / "the settlement gives 11 percent"): the
 * same step of the story, whatever else the two sentences share.
 */
function sameClauseVerb(draft: Figure, m: FigureMatch): boolean {
  return !!draft.lead && m.count >= 1 && [m.ref.figure.lead, ...(m.ref.figure.local ?? [])].some((w) => !!w && sameRoot(draft.lead!, w));
}

/**
 * The corpus figure's clause leads with a word the draft's sentence never
 * uses, where the draft's leads with its own ("asked for 14 percent" for the
 * draft's "settled for 14 percent"): another step of the story.
 */
function otherStep(draft: Figure, corpus: Figure): boolean {
  const theirs = corpus.lead;
  if (!draft.lead || !theirs || sameWord(draft.lead, theirs)) return false;
  return !draft.context.some((x) => sameWord(x, theirs)) && !(draft.local ?? []).some((x) => sameWord(x, theirs));
}

/**
 * The differing corpus figures, the one whose own clause matches the draft
 * figure's first, its leading word most ("settled for 11 percent" before
 * another article's "asked for 14 percent"); once a clause matches, figures
 * whose clauses share nothing with the draft's, or lead with a word the
 * draft never uses, are another step of the story and are dropped.
 */
function byClause(draft: Figure, found: FigureMatch[]): FigureMatch[] {
  const score = (m: FigureMatch) => clause(draft, m) + (sameLead(draft, m) ? 2 : 0);
  let best = found[0];
  for (const m of found) if (score(m) > score(best)) best = m;
  if (clause(draft, best) < 1) return found;
  const top = score(best) >= score(found[0]) + 0.5 ? best : found[0];
  const led = sameLead(draft, top);
  return [top, ...found.filter((m) => m !== top && !(clause(draft, m) === 0 && (m.ref.figure.local ?? []).length > 0) && !(led && otherStep(draft, m.ref.figure)))];
}

/**
 * A corpus figure that another figure of the draft's sentence states, with the
 * same number and a clause that leads with the same word ("asked for 14
 * percent" / "asking for 14 percent"), is what that figure restates: no rival
 * for this one, whose own clause leads with another word ("settled for 11").
 * So is a corpus sentence's only figure of the unit that another figure of the
 * draft's sentence gives exactly, whatever its clause.
 */
function claimedBySibling(ctx: CheckContext, draft: Figure): (m: FigureMatch) => boolean {
  const inSentence = ctx.draft.figures.filter((f) => f.sentence === draft.sentence && f.span.start !== draft.span.start).map(asFigure);
  // Of the same unit, or that unit per some time ("£90,000 a year").
  const sameBase = inSentence.filter((f) => !!f.unit && unitWithoutRate(f.unit) === unitWithoutRate(draft.unit!));
  if (!sameBase.length) return () => false;
  const others = sameBase.filter((f) => f.unit === draft.unit && !!f.lead);
  return (m) => {
    // "who was paid £90,000 a year, would receive a bonus of £45,000": the corpus sentence's only figure of this unit
    // is the one the other figure gives exactly.
    if (!sameNumber(draft, m.ref.figure) && sameBase.some((o) => sameNumber(o, m.ref.figure)) && onlyOfUnit(ctx, m.ref, draft)) return true;
    const theirs = m.ref.figure.lead;
    if (!theirs || (draft.lead && sameWord(draft.lead, theirs))) return false;
    return others.some((o) => sameNumber(o, m.ref.figure) && sameWord(o.lead!, theirs));
  };
}

/** True when no other figure of the corpus figure's sentence has its unit (with or without a rate), a difference aside when `draft` gives none. */
function onlyOfUnit(ctx: CheckContext, ref: FigureRef, draft: Figure): boolean {
  const base = ref.figure.unit ? unitWithoutRate(ref.figure.unit) : undefined;
  return !ctx.kb.articles[ref.article].figures.some((g) => {
    const f = asFigure(g);
    return g.sentence === ref.figure.sentence && g.span.start !== ref.figure.span.start && !!f.unit && unitWithoutRate(f.unit) === base && !(f.margin && !draft.margin);
  });
}

/** The least count with no bound compared as the corpus's only count of its thing (one or two of something are too common). */
const LONE_COUNT_LEAST = 3;
/** Bounds that say "above" ("more than", "over", "at least") or "below" ("fewer than", "under", "nearly"). */
const boundSide = (f: Figure) => (f.bound === "gt" || f.bound === "ge" ? "above" : f.bound === "lt" || f.bound === "le" ? "below" : "");

/**
 * A bounded count that shares no words with any corpus sentence ("London expects more than 20 countries
 * to join") where the corpus has one bounded count of that thing, with another value ("more than 30
 * nations"): the same fact told in other words, most likely; a note. Only counts of ten or more, of
 * things (not time, money or shares), when every corpus figure of that unit with a bound on the same
 * side has that one value and none has the draft's. A count with no bound ("makes 14 proposals")
 * likewise, from three up, when the corpus's follows the same word ("makes 9 proposals").
 */
const loneBounds = new WeakMap<FigureKnowledge, Map<string, FigureRef[] | null>>();

/** The corpus's bounded figures of a unit on one side, when they all give one value of ten or more (else null); once per corpus. */
function loneBounded(figures: FigureKnowledge, unit: string, side: string): FigureRef[] | null {
  let memo = loneBounds.get(figures);
  if (!memo) loneBounds.set(figures, (memo = new Map()));
  const key = `${unit}|${side}`;
  let found = memo.get(key);
  if (found === undefined) {
    const bounded = (figures.byUnit.get(unit) ?? []).filter((r) => boundSide(r.figure) === side && !r.figure.vague);
    const values = new Set(bounded.map((r) => `${r.figure.value}|${r.figure.valueHigh ?? ""}`));
    found = values.size === 1 && bounded[0].figure.value >= (side ? 10 : LONE_COUNT_LEAST) ? bounded : null;
    memo.set(key, found);
  }
  return found;
}

function loneBound(ctx: CheckContext, draft: Figure): Finding | undefined {
  const side = boundSide(draft);
  if (draft.vague || draft.currency || draft.value < (side ? 10 : LONE_COUNT_LEAST) || TIME_UNITS.has(draft.unit) || /percent|point|per /.test(draft.unit)) return undefined;
  const bounded = loneBounded(ctx.kb.figures, draft.unit, side);
  if (!bounded) return undefined;
  const ref = bounded[0];
  // One word of the two sentences must still meet ("expects" / "anticipates"): two unrelated counts of one thing stay apart.
  if (!draft.context.some((w) => ref.figure.context.some((x) => sameWord(w, x)))) return undefined;
  // A count with no bound ("makes 14 proposals") is commoner: the corpus's must follow the same word ("makes 9 proposals").
  if (!side && !bounded.some((r) => !!draft.lead && !!r.figure.lead && sameWord(draft.lead, r.figure.lead))) return undefined;
  // No corpus figure of the thing has the draft's value.
  if ((ctx.kb.figures.byUnit.get(draft.unit) ?? []).some((r) => figuresAgree(draft, r.figure) || r.figure.value === draft.value)) return undefined;
  const corpusText = ctx.kb.articles[ref.article].plain.slice(ref.figure.span.start, ref.figure.span.end);
  const draftText = ctx.draft.plain.slice(draft.span.start, draft.span.end);
  const first = ctx.kb.evidence(ref);
  const suggestion = suggestionFor(draft, draftText, ref.figure);
  return {
    category: "number",
    code: "number-mismatch",
    span: { start: draft.span.start, end: draft.span.end },
    severity: "information",
    message: `The corpus's only count of this kind is "${describe(ref.figure, corpusText)}", not "${describe(draft, draftText)}": "${first.sentence}" (${cite(first)}).`,
    suggestions: suggestion !== draftText ? [suggestion] : [],
    evidence: ctx.kb.evidenceByArticle(bounded.map((r) => r)),
  };
}

/** Units of one measure at other magnitudes or in another system (general English): "380 terabytes" for "380 gigabytes", "32 feet" for "32 metres" is a slip of the unit. */
const MAGNITUDES: readonly string[][] = [
  ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte"],
  ["millimeter", "centimeter", "meter", "kilometer", "foot", "yard", "mile"],
  ["milligram", "gram", "kilogram", "ton", "pound-weight"],
  ["mile per hour", "kilometer per hour", "knot"],
  ["acre", "hectare"],
  ["milliliter", "liter"],
  ["watt", "kilowatt", "megawatt", "gigawatt"],
  ["second", "minute", "hour", "day", "week", "month", "year", "decade"],
];

/**
 * The same number as a corpus figure about the same thing, in another unit of the same measure
 * ("380 terabytes" / "380 gigabytes", "38 days" / "38 hours"), when no corpus figure in the draft's
 * unit agrees with it: the unit is wrong.
 */
function unitSlip(ctx: CheckContext, draft: Figure): Finding | undefined {
  const family = MAGNITUDES.find((f) => f.includes(draft.unit!));
  if (!family || draft.vague) return undefined;
  const own = ctx.kb.figures.matches(draft, { count: 1, weight: 0, keep: (r) => figuresAgree(draft, r.figure) });
  if (own.some((m) => confirms(m) && figuresAgree(draft, m.ref.figure))) return undefined;
  const found: FigureMatch[] = [];
  for (const unit of family) {
    if (unit === draft.unit) continue;
    const as = { ...draft, unit };
    const same = ctx.kb.figures.matches(as, { count: LEAST_SAME.words, weight: LEAST_SAME.weight, keep: (r) => figuresAgree(as, r.figure) });
    found.push(...same.filter((m) => figuresAgree(as, m.ref.figure) && !m.ref.figure.vague && passes(m, CLEARLY_SAME)));
  }
  if (!found.length) return undefined;
  found.sort((a, b) => b.weight - a.weight);
  const best = found[0];
  // Two other units for the same number and context: no one slip to name.
  if (found.some((m) => m.ref.figure.unit !== best.ref.figure.unit)) return undefined;
  const corpusText = ctx.kb.articles[best.ref.article].plain.slice(best.ref.figure.span.start, best.ref.figure.span.end);
  const draftText = ctx.draft.plain.slice(draft.span.start, draft.span.end);
  const unitWord = /\p{L}+$/u.exec(corpusText)?.[0];
  const suggestion = unitWord ? draftText.replace(/\p{L}+$/u, unitWord) : "";
  const first = ctx.kb.evidence(best.ref);
  return {
    category: "number",
    code: "number-mismatch",
    span: { start: draft.span.start, end: draft.span.end },
    severity: "warning",
    message: `The corpus gives "${describe(best.ref.figure, corpusText)}" here, not "${describe(draft, draftText)}": "${first.sentence}" (${cite(first)}).`,
    suggestions: suggestion && suggestion !== draftText ? [suggestion] : [],
    evidence: ctx.kb.evidenceByArticle(found.map((m) => m.ref)),
  };
}

/**
 * "damaged on Sunday 8 May … Six days later, on Saturday 14 May": a span of days the draft's own dates (in its
 * sentence or the one before) give; the dates are checked as dates, the span is the draft's arithmetic.
 */
function spanOfOwnDates(ctx: CheckContext, draft: Figure): boolean {
  const unit = draft.unit.replace(/ apart$/u, "");
  const days = unit === "day" ? draft.value : unit === "week" ? draft.value * 7 : undefined;
  if (days === undefined || draft.valueHigh !== undefined) return false;
  if (!/^\s+(?:later|after|afterwards|earlier|before)\b/iu.test(ctx.draft.plain.slice(draft.span.end, draft.span.end + 16))) return false;
  const near = ctx.draft.dates.filter((d) => (d.sentence === draft.sentence || d.sentence === draft.sentence - 1) && d.day !== undefined && d.month !== undefined);
  return near.some((a) => near.some((b) => (a.year === undefined) === (b.year === undefined) && daysBetween(a, b) === days));
}

/**
 * The corpus gives the draft's number bare, its thing left to the sentence before ("Of the 40 animals, 25 … The
 * other 15 are kept in paddocks …"), amid the words around the draft's ("a further 15 animals are kept in
 * paddocks …"): that figure, not the total beside it.
 */
function bareAgrees(ctx: CheckContext, draft: Figure): boolean {
  if (draft.vague) return false;
  return (bareFigures(ctx.kb).get(draft.value) ?? []).some(
    (f) => f.valueHigh === draft.valueHigh && draft.context.filter((w) => f.context.some((x) => sameWord(w, x))).length >= BARE_SHARED,
  );
}
const bareByValue = new WeakMap<Knowledge, Map<number, Figure[]>>();
/** The corpus's numbers with no unit of their own, by value; once per corpus. */
function bareFigures(kb: Knowledge): Map<number, Figure[]> {
  let m = bareByValue.get(kb);
  if (!m) {
    bareByValue.set(kb, (m = new Map()));
    for (const a of kb.articles)
      for (const g of a.figures) {
        const f = asFigure(g);
        if (f.unit || f.vague) continue;
        const list = m.get(f.value);
        if (list) list.push(f);
        else m.set(f.value, [f]);
      }
  }
  return m;
}
/** Context words a bare corpus number must share with the draft's figure. */
const BARE_SHARED = 3;

function checkFigure(ctx: CheckContext, draft: Figure, out: Finding[]): void {
  if (!draft.unit) return;
  if (spanOfOwnDates(ctx, draft)) return;
  // Only figures that agree, or that can share enough to be about the same thing (every `passes` threshold asks this much), matter here.
  const matches = ctx.kb.figures.matches(draft, { count: LEAST_SAME.words, weight: LEAST_SAME.weight, keep: (r) => figuresAgree(draft, r.figure), byValue: true });
  const anchoredAll = anchoredMatches(ctx, draft);
  const anchoredRefs = new Set(anchoredAll.map((a) => a.ref));
  const anchored = anchoredAll.filter((a) => !matches.some((m) => m.ref === a.ref));
  if (!matches.length && !anchored.length) {
    const lone = loneBound(ctx, draft) ?? unitSlip(ctx, draft);
    if (lone) out.push(lone);
    return;
  }
  const taken = claimedBySibling(ctx, draft);
  const paired = pairedRefs(ctx, draft, matches);
  // A difference between two amounts ("£2 million more than the budget") is not an amount, nor the other way round.
  const found = [...matches.filter((m) => sameThing(draft, m) || anchoredRefs.has(m.ref) || paired.has(m.ref)), ...anchored].filter(
    (m) => !figuresAgree(draft, m.ref.figure) && !taken(m) && !m.ref.figure.margin === !draft.margin,
  );
  // Any corpus figure about this thing that agrees: nothing to say. About this thing: the sentences
  // share enough words, or the figures' own clauses do ("settled for"); unless a differing figure
  // has the draft figure's clause and the agreeing one is about another step of the story. Clauses
  // decide when they lead with the same word and share another.
  const rival = found.find((m) => sameLead(draft, m) && clause(draft, m) >= 1);
  // A corpus sentence that has nearly all of the draft sentence's words, with a differing figure,
  // outweighs an agreeing one that shares a single word with it ("employs about 1,900" elsewhere).
  // Or five words and more of it, most of the shorter sentence ("X, of the Y, said the lake had been lowered by …").
  const restating = found.find((m) => passes(m, CLEARLY_SAME) && (m.ratio >= 0.8 || (m.ratio >= 0.55 && m.count >= 5)));
  // So does it a vague magnitude that merely allows the draft's ("dozens of pupils" elsewhere against "19 pupils" in the same words).
  // And one that shares a third of the words and weight with the draft that a sentence saying all of it shares.
  const outweighed = (m: FigureMatch) =>
    !!restating &&
    ((m.count < 2 && restating.weight >= 3 * m.weight) ||
      (m.ref.figure.vague && !draft.vague && restating.weight >= 2 * m.weight) ||
      (restating.ratio >= 0.8 && restating.count >= 3 * m.count && restating.weight >= 3 * m.weight));
  const agreeing = matches.filter((m) => (confirms(m) || (sameLead(draft, m) && clause(draft, m) >= 1.5) || sameClauseVerb(draft, m)) && !outweighed(m) && figuresAgree(draft, m.ref.figure) && !precisionDiffers(draft, m.ref.figure));
  // A sentence anchored by another figure of the draft's outweighs an agreeing figure in a sentence that gives none of them.
  const anchoredAt = new Set(anchoredAll.map((a) => `${a.ref.article}:${a.ref.figure.sentence}`));
  const anchorWeight = Math.max(0, ...anchoredAll.map((a) => a.weight));
  const overruled = anchoredAt.size > 0 && agreeing.every((m) => !anchoredAt.has(`${m.ref.article}:${m.ref.figure.sentence}`) && m.weight < anchorWeight);
  if (!overruled && agreeing.length && !(rival && agreeing.every((m) => otherStep(draft, m.ref.figure) && clause(draft, m) < clause(draft, rival)))) return;
  if (!found.length || restated(ctx, draft, matches)) return;
  if (bareAgrees(ctx, draft)) return;
  const same = placeInSentence(ctx, draft, byClause(draft, found));
  const best = same[0];
  const corpus = best.ref.figure;
  const corpusText = ctx.kb.articles[best.ref.article].plain.slice(corpus.span.start, corpus.span.end);
  // Every corpus mention of the same value, for evidence.
  const sameValue = same.filter((m) => m.ref.figure.value === corpus.value && m.ref.figure.valueHigh === corpus.valueHigh);
  const evidence = ctx.kb.evidenceByArticle(sameValue.map((m) => m.ref));
  const first = ctx.kb.evidence(best.ref);
  if (evidence[0] && (evidence[0].article !== first.article || evidence[0].line !== first.line)) evidence.unshift(first);
  const draftText = ctx.draft.plain.slice(draft.span.start, draft.span.end);
  const suggestions: string[] = [];
  for (const m of same) {
    const s = suggestionFor(draft, draftText, m.ref.figure);
    if (s !== draftText && !suggestions.includes(s)) suggestions.push(s);
  }
  const strong = passes(best, CLEARLY_SAME) && !draft.vague && !corpus.vague;
  const others = [...new Set(same.slice(1).map((m) => describe(m.ref.figure, ctx.kb.articles[m.ref.article].plain.slice(m.ref.figure.span.start, m.ref.figure.span.end))))]
    .filter((t) => t !== describe(corpus, corpusText));
  // "about two years ago" tells when something happened: a date, compared as a figure.
  const when = !!draft.ago;
  out.push({
    category: when ? "date" : "number",
    code: when ? "date-mismatch" : "number-mismatch",
    span: { start: draft.span.start, end: draft.span.end },
    severity: strong ? "warning" : "information",
    message:
      `The corpus gives "${describe(corpus, corpusText)}" here, not "${describe(draft, draftText)}": "${first.sentence}" (${cite(first)})` +
      (others.length ? `; elsewhere also ${others.map((t) => `"${t}"`).join(", ")}` : "") +
      ".",
    suggestions,
    evidence,
  });
}

/**
 * A number with no counted noun in a sentence that restates a corpus sentence, where the corpus has
 * another number in the same slot ("Twelve, who were working on the roof …" / "Nine of them, who were
 * working on the roof …"; analysis/aligned-numbers.ts).
 */
function checkAlignedNumbers(ctx: CheckContext, out: Finding[]): void {
  const draft = ctx.draft;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const skip = (span: Span) =>
    draft.dates.some((d) => overlaps(d.span, span)) || draft.quotes.some((q) => overlaps(q.span, span)) || draft.figures.some((f) => f.unit !== "" && overlaps(f.span, span)) || out.some((f) => overlaps(f.span, span));
  const corpusSkip = (article: number, span: Span) => ctx.kb.articles[article].dates.some((d) => overlaps(d.span, span));
  for (const s of draft.sentences) {
    if (s.kind !== "paragraph") continue;
    for (const x of alignedNumbers(ctx.kb, s, skip, corpusSkip)) {
      const evidence = [ctx.kb.evidence({ article: x.article, start: x.corpus.start, end: x.corpus.end })];
      const cs = ctx.kb.articles[x.article].sentences[x.sentence];
      const fix = /^\p{Lu}/u.test(x.draftText) ? x.corpusText[0].toUpperCase() + x.corpusText.slice(1) : x.corpusText;
      out.push({
        category: "number",
        code: "number-mismatch",
        span: { ...x.draft },
        severity: x.share >= STRONG_ALIGNED ? "warning" : "information",
        message: `The corpus gives "${x.corpusText}" here, not "${x.draftText}": "${cs.text}" (${cite(evidence[0])}).`,
        suggestions: [fix],
        evidence,
      });
    }
  }
}
/** "twenty minutes later" where the corpus's clock times give fifteen (analysis/elapsed.ts). */
function checkElapsed(ctx: CheckContext, out: Finding[]): void {
  for (const s of ctx.draft.sentences) {
    if (s.kind !== "paragraph") continue;
    for (const x of elapsedTimes(ctx.kb, s, sentenceBefore(ctx.draft, s.index)?.sentence)) {
      if (out.some((f) => f.span.start < x.span.end && x.span.start < f.span.end)) continue;
      const evidence = [ctx.kb.evidence({ article: x.article, start: x.at.start, end: x.at.end })];
      const n = x.unit === "hour" && x.corpusMinutes % 60 === 0 ? x.corpusMinutes / 60 : x.corpusMinutes;
      const unit = x.unit === "hour" && x.corpusMinutes % 60 === 0 ? "hour" : "minute";
      const words = /^\d/.test(x.text) ? String(n) : numberWord(n) ?? String(n);
      const fix = x.text.replace(/^\S+\s+\S+/u, `${/^\p{Lu}/u.test(x.text) ? words[0].toUpperCase() + words.slice(1) : words} ${unit}${n === 1 ? "" : "s"}`);
      out.push({
        category: "number",
        code: "number-mismatch",
        span: { ...x.span },
        severity: "information",
        message: `The corpus's clock times give ${n} ${unit}${n === 1 ? "" : "s"} here (${x.from} to ${x.to}), not "${x.text}": ${cite(evidence[0])}.`,
        suggestions: [fix],
        evidence,
      });
    }
  }
}

/** Small numbers by value, in words ("nine"), built on first use. */
let smallNumbers: Map<number, string> | undefined;
/** A small number in words ("nine", "twenty-five"), or undefined past ninety-nine. */
function numberWord(n: number): string | undefined {
  smallNumbers ??= new Map(
    Object.entries(NUMBER_WORDS)
      .filter(([w, v]) => Number.isInteger(v) && v < 100 && !["a", "an", "dozen"].includes(w))
      .map(([w, v]) => [v, w]),
  );
  const byValue = smallNumbers;
  if (byValue.has(n)) return byValue.get(n);
  if (n < 100 && byValue.has(n - (n % 10)) && byValue.has(n % 10)) return `${byValue.get(n - (n % 10))}-${byValue.get(n % 10)}`;
  return undefined;
}

/** Share of aligned words from which a number changed in the same slot is a warning. */
const STRONG_ALIGNED = 0.75;

export const numberMismatch: Check = {
  id: "number-mismatch",
  category: "number",
  // Each figure is judged on its own sentence (its text and figures) and the corpus: an edit re-checks only the changed sentence.
  scope: "sentence",
  run(ctx) {
    const out: Finding[] = [];
    for (const m of ctx.draft.figures) checkFigure(ctx, asFigure(m), out);
    checkAlignedNumbers(ctx, out);
    checkElapsed(ctx, out);
    return out;
  },
};

/** Hover for a figure of the draft: the corpus figure about the same thing, if any. */
export const explainFigure: Explainer = (kb, draft, offset) => {
  for (const m of draft.figures) {
    if (offset < m.span.start || offset > m.span.end) continue;
    const f = asFigure(m);
    const about = kb.figures.matches(f).filter((x) => confirms(x));
    if (!about.length) return undefined;
    const agreeing = about.filter((x) => figuresAgree(f, x.ref.figure));
    const shown = agreeing.length ? agreeing : about;
    const text = (x: FigureMatch) => kb.articles[x.ref.article].plain.slice(x.ref.figure.span.start, x.ref.figure.span.end).replace(/\s+/g, " ");
    const texts = [...new Set(shown.map(text))];
    const n = new Set(shown.map((x) => x.ref.article)).size;
    return {
      span: m.span,
      summary: `Figure "${m.text}": the corpus gives ${texts.map((t) => `"${t}"`).join(", ")}${agreeing.length ? "" : `, not "${m.text}"`} (${n} article${n === 1 ? "" : "s"})`,
      evidence: kb.evidenceByArticle(shown.map((x) => x.ref)),
    };
  }
  return undefined;
};
