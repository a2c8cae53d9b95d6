// When things happened, according to the corpus: every date mention of every
// article with the event words its sentence ties to it. Month-day dates
// without a year get one from the article's own date, from other dates of the
// article, or from the corpus. No event and no date is listed here.
import { datesInSentence, eventContext, eventKey, nearestYear, weekdayOf, type DateValue, type EventWord } from "../analysis/dates";
import type { DateMention } from "../analysis/facts";
import { datelineParts } from "../corpus/article";
import type { Sentence } from "../text/sentences";
import { DEMONYMS, ROLE_WORDS } from "../text/lexicon";
import { tokenize } from "../text/tokens";
import type { Article } from "./corpus";
import type { MentionRef } from "./names";
import { NearWordIndex } from "./near-keys";
import { editDistance } from "./skeleton";

export interface DatedEvent {
  article: number;
  /** Where the date stands in the article. */
  ref: MentionRef;
  mention: DateMention;
  /** The date as the corpus gives it, the year filled in when it could be inferred. */
  date: DateValue;
  /** True when `date.year` was inferred rather than written next to the date. */
  yearInferred: boolean;
  /** True when the inferred year comes from the article's own date (as good as written). */
  yearFromArticle: boolean;
  /** Resolved from "this Thursday", "yesterday"… against the article's date, or a bare weekday. */
  relative: boolean;
  /** Event words of the sentence, weighted by how closely they attach to the date. */
  context: EventWord[];
  /** Every content word of the sentence, for telling a paraphrase. */
  sentenceWords: string[];
  /** How many dates (not relative) the sentence gives. */
  sentenceDates: number;
  /**
   * True for the date of a dateline ("CITY, March 3 (Agency) — Buses stopped…"):
   * its context is the lead sentence's story. The day a story is filed need not
   * be the day of its lead event, so it may agree with a draft, never contradict it.
   */
  dateline?: boolean;
}

export interface SharedWord {
  draft: EventWord;
  corpus: EventWord;
  value: number;
}

export interface EventMatch {
  event: DatedEvent;
  score: number;
  shared: SharedWord[];
}

/** How far two event words meet: same stem, one a prefix of the other ("annex"/"annexation"), or one letter apart ("defence"/"defense"). */
export function wordMatch(a: string, b: string): number {
  if (a === b) return 1;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 5 && l.startsWith(s)) return 0.9;
  if (s.length >= 6 && l.length - s.length <= 1 && editDistance(a, b, 1) <= 1) return 0.8;
  return 0;
}

/** Candidate words for `wordMatch`: prefixes from five letters, one edit from six. */
const WORD_MATCH = { prefixMin: 5, editMin: 6 };

/** The distinct content words of a sentence. */
export function sentenceKeys(s: Sentence): string[] {
  const keys = new Set<string>();
  for (const t of tokenize(s.text, s.start)) {
    const k = eventKey(t);
    if (k) keys.add(k);
  }
  return [...keys];
}

/**
 * The event words of a dateline's date: the lead sentence's story, as if it
 * opened with the date ("March 3: buses stopped running…"). A weekday of the
 * lead that names the same day ("…stopped running on Monday") does not take
 * words from it; any other date of the sentence does.
 */
function datelineContext(s: Sentence, list: DateMention[], index: number, body: number): EventWord[] {
  const m = list[index];
  const from = m.span.start - s.start;
  const to = m.span.end - s.start;
  const text = " ".repeat(from) + s.text.slice(from, to) + " ".repeat(Math.max(0, body - to)) + s.text.slice(Math.max(body, to));
  const sameDay = (x: DateMention) => x.relative && x.month === m.month && x.day === m.day;
  const kept = list.filter((x, i) => i === index || (x.span.start >= s.start + body && !sameDay(x)));
  return eventContext({ ...s, text }, kept, kept.indexOf(m));
}

/**
 * The dates of a lead sentence with its relative days ("on Monday") resolved
 * against its dateline's date rather than the article's (a story updated days
 * after its dateline); the mentions as they are when both agree.
 */
function leadResolved(s: Sentence, list: DateMention[], dateline: DateMention | undefined, article: { year?: number; month?: number; day?: number } | undefined): DateMention[] {
  if (!dateline || dateline.month === undefined || dateline.day === undefined || !list.some((m) => m.relative)) return list;
  const year = dateline.year ?? (article?.year !== undefined ? nearestYear(dateline.month, dateline.day, { ...article, year: article.year }) : undefined);
  if (year === undefined || (article?.year === year && article.month === dateline.month && article.day === dateline.day)) return list;
  const again = datesInSentence(s, { year, month: dateline.month, day: dateline.day });
  return list.map((m) => (m.relative ? { ...m, ...pick(again.find((x) => x.span.start === m.span.start && x.span.end === m.span.end)) } : m));
}

const pick = (m: DateMention | undefined) => (m ? { year: m.year, month: m.month, day: m.day } : {});

function mode<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The value a memo holds for `key`, made and kept on first use. */
function entry<K extends object | number, V>(memo: { get(k: K): V | undefined; set(k: K, v: V): unknown }, key: K, make: () => V): V {
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = make()));
  return v;
}

/** Per corpus, per draft context: its matches by threshold (kept outside the class, which the corpus cache stores). */
const matchMemos = new WeakMap<DateKnowledge, WeakMap<EventWord[], Map<number, EventMatch[]>>>();
/** Per corpus: `sharing`'s scratch arrays, one slot per event. */
const sharingScratches = new WeakMap<DateKnowledge, { hits: Uint16Array; mass: Float64Array; seen: Int32Array; round: number }>();
function sharingScratch(kb: DateKnowledge): { hits: Uint16Array; mass: Float64Array; seen: Int32Array; round: number } {
  const n = kb.events.length;
  let s = sharingScratches.get(kb);
  if (!s || s.hits.length !== n) sharingScratches.set(kb, (s = { hits: new Uint16Array(n), mass: new Float64Array(n), seen: new Int32Array(n), round: 0 }));
  // The round numbers that mark events seen would overflow: start again.
  if (s.round > 2_000_000_000) {
    s.seen.fill(0);
    s.round = 0;
  }
  return s;
}
/** Per corpus, per corpus sentence's words: their `coverageWeight`s (see `wordWeights`). */
const weightMemos = new WeakMap<DateKnowledge, WeakMap<string[], { each: Float64Array; all: number }>>();
/** Per corpus, per draft sentence's words, per corpus sentence's words: `coverage`. */
const coverageMemos = new WeakMap<DateKnowledge, WeakMap<string[], WeakMap<string[], { draft: number; corpus: number; shared: number }>>>();

export class DateKnowledge {
  readonly events: DatedEvent[] = [];
  /** The year most full dates of the corpus (and article dates) fall in. */
  readonly dominantYear?: number;
  private readonly df = new Map<string, number>();
  private sentenceCount = 0;
  /** Event words → events (positions in `events`), built on first use. */
  private contextIndex?: NearWordIndex;
  /** Sentence words → events that are their sentence's one dated, not relative mention; built on first use. */
  private wordsIndex?: NearWordIndex;
  /** Each event word's highest weight, built on first use. */
  private heaviest?: Map<string, number>;
  /** `within`'s per-event scratch arrays. */
  private scratch?: Float64Array;
  private scratchBest?: Float64Array;
  /** Event word → the distinct dates it is tied to; built on first use. */
  private spread?: Map<string, Set<string>>;
  /** Sentence words → every event of the sentence; built on first use. */
  private allWordsIndex?: NearWordIndex;
  private readonly specificityMemo = new Map<string, number>();

  constructor(articles: Article[]) {
    // How common each word is: common words ("Ukraine" in a Ukraine corpus) say little about which event is meant.
    for (const a of articles) {
      for (const s of a.sentences) {
        this.sentenceCount++;
        const keys = new Set<string>();
        for (const t of tokenize(s.text, s.start)) {
          const k = eventKey(t);
          if (k) keys.add(k);
        }
        for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
      }
    }
    const fullYears: number[] = [];
    for (const a of articles) {
      if (a.meta.date?.year !== undefined && !a.meta.dateYearInferred) fullYears.push(a.meta.date.year, a.meta.date.year);
      for (const m of a.dates) if (m.year !== undefined && m.month !== undefined && !m.relative) fullYears.push(m.year);
    }
    this.dominantYear = mode(fullYears);

    for (const a of articles) {
      const bySentence = new Map<number, DateMention[]>();
      for (const m of a.dates) {
        const list = bySentence.get(m.sentence) ?? [];
        list.push(m);
        bySentence.set(m.sentence, list);
      }
      for (const [si, found] of bySentence) {
        const s = a.sentences[si];
        const lead = si < 6 ? datelineParts(s.text) : undefined;
        const inLead = (m: DateMention) => !!lead && m.span.start < s.start + lead.date.end && s.start + lead.date.start < m.span.end && !m.relative;
        const list = lead ? leadResolved(s, found, found.find(inLead), a.meta.date) : found;
        list.forEach((m, i) => {
          if (m.year === undefined && m.month === undefined && m.weekday === undefined) return;
          if (m.lendsYear) return;
          const dateline = inLead(m);
          const context = dateline ? datelineContext(s, list, i, lead!.body) : eventContext(s, list, i);
          const sentenceWords = sentenceKeys(s);
          const sentenceDates = list.filter((x) => !x.relative).length;
          this.events.push({
            article: a.index,
            ref: { article: a.index, start: m.span.start, end: m.span.end },
            mention: found[i],
            date: { year: m.year, month: m.month, day: m.day, part: m.part, weekday: m.weekday, ...(m.season ? { season: m.season } : {}) },
            yearInferred: false,
            yearFromArticle: false,
            relative: !!m.relative,
            context,
            sentenceWords,
            sentenceDates,
            ...(dateline ? { dateline: true } : {}),
          });
        });
      }
    }
    this.inferYears(articles);
  }

  /** Month-day dates without a year: from the article's date, the article's other dates, the corpus, its dominant year. */
  private inferYears(articles: Article[]): void {
    const explicitByMonthDay = new Map<string, number[]>();
    const explicitByArticleMonth = new Map<string, number[]>();
    const explicitByArticle = new Map<number, number[]>();
    for (const e of this.events) {
      // A year read from elsewhere in the sentence tells nothing of the article's other months.
      if (e.date.year === undefined || e.relative || e.date.month === undefined || e.mention.yearShared) continue;
      if (e.date.day !== undefined) {
        const k = `${e.date.month}-${e.date.day}`;
        explicitByMonthDay.set(k, [...(explicitByMonthDay.get(k) ?? []), e.date.year]);
      }
      const k = `${e.article}:${e.date.month}`;
      explicitByArticleMonth.set(k, [...(explicitByArticleMonth.get(k) ?? []), e.date.year]);
      explicitByArticle.set(e.article, [...(explicitByArticle.get(e.article) ?? []), e.date.year]);
    }
    for (const e of this.events) {
      const d = e.date;
      if (d.year !== undefined || d.month === undefined) continue;
      const ref = articles[e.article].meta.date;
      let year: number | undefined;
      if (ref?.year !== undefined) {
        year = nearestYear(d.month, d.day ?? 15, { year: ref.year, month: ref.month, day: ref.day });
        // An article year guessed from the rest of the corpus is no better than the corpus's other guesses.
        e.yearFromArticle = !articles[e.article].meta.dateYearInferred;
      }
      year ??= mode(explicitByArticleMonth.get(`${e.article}:${d.month}`) ?? []);
      if (d.day !== undefined) year ??= mode(explicitByMonthDay.get(`${d.month}-${d.day}`) ?? []);
      year ??= mode(explicitByArticle.get(e.article) ?? []);
      year ??= this.dominantYear;
      // A weekday written with the date ("Friday, May 8") rules out years it does not fall in: another of the candidates it fits.
      if (year !== undefined && d.weekday !== undefined && d.day !== undefined && weekdayOf(year, d.month, d.day) !== d.weekday && !e.yearFromArticle) {
        const candidates = [...(explicitByArticleMonth.get(`${e.article}:${d.month}`) ?? []), ...(explicitByArticle.get(e.article) ?? []), ...(this.dominantYear !== undefined ? [this.dominantYear] : [])];
        const fits = candidates.find((y) => weekdayOf(y, d.month!, d.day!) === d.weekday);
        if (fits !== undefined) year = fits;
      }
      if (year !== undefined) {
        d.year = year;
        e.yearInferred = true;
      }
    }
  }

  /** How much a word tells one event from another: 1 for rare words, down to 0.35 for words in most sentences. */
  specificity(key: string): number {
    let v = this.specificityMemo.get(key);
    if (v === undefined) {
      v = this.computeSpecificity(key);
      if (this.specificityMemo.size >= 100_000) this.specificityMemo.clear();
      this.specificityMemo.set(key, v);
    }
    return v;
  }

  private computeSpecificity(key: string): number {
    const n = this.sentenceCount;
    if (n < 2) return 1;
    const df = this.df.get(key) ?? 0;
    const idf = Math.log((n + 1) / (df + 0.5)) / Math.log(n + 1);
    return 0.35 + 0.65 * Math.min(1, Math.max(0, idf));
  }

  /** How closely two event contexts describe the same event (`known`: per draft word, its `wordMatch` values, when computed already). */
  similarity(draft: EventWord[], corpus: EventWord[], known?: ReadonlyArray<ReadonlyMap<string, number>>): { score: number; shared: SharedWord[] } {
    let score = 0;
    const shared: SharedWord[] = [];
    for (let di = 0; di < draft.length; di++) {
      const dw = draft[di];
      let best: SharedWord | undefined;
      for (const cw of corpus) {
        const m = known ? (known[di].get(cw.key) ?? 0) : wordMatch(dw.key, cw.key);
        if (!m) continue;
        const value = dw.weight * cw.weight * m * this.specificity(cw.key);
        if (!best || value > best.value) best = { draft: dw, corpus: cw, value };
      }
      if (best && best.value >= 0.04) {
        score += best.value;
        shared.push(best);
      }
    }
    return { score, shared: shared.sort((a, b) => b.value - a.value) };
  }

  /**
   * How much of a draft sentence a corpus sentence says again, weighting rare
   * words more: 1 when every content word of the draft sentence is there.
   */
  coverage(draftWords: string[], corpusWords: string[]): { draft: number; corpus: number; shared: number } {
    // The same draft sentence is measured against the same corpus sentence by several checks: once per pair.
    const byCorpus = entry(entry(coverageMemos, this, () => new WeakMap()), draftWords, () => new WeakMap());
    return entry(byCorpus, corpusWords, () => this.computeCoverage(draftWords, corpusWords));
  }

  private computeCoverage(draftWords: string[], corpusWords: string[]): { draft: number; corpus: number; shared: number } {
    const side = (from: string[], to: string[]) => {
      let total = 0;
      let hit = 0;
      let shared = 0;
      // `wordMatch` is 1 only for the same word, and below five letters nothing else; other matches are at most 0.9.
      const same = new Set(to);
      const long = to.filter((c) => c.length >= 5);
      for (const w of from) {
        const sp = this.coverageWeight(w);
        total += sp;
        let best = 0;
        if (same.has(w)) best = 1;
        else if (w.length >= 5) {
          for (const c of long) {
            best = Math.max(best, wordMatch(w, c));
            if (best >= 0.9) break;
          }
        }
        if (best) shared++;
        hit += sp * best;
      }
      return { value: total ? hit / total : 0, shared };
    };
    const d = side(draftWords, corpusWords);
    return { draft: d.value, corpus: side(corpusWords, draftWords).value, shared: d.shared };
  }

  /** What a word weighs in `coverage`: its specificity, less for role words and demonyms. */
  private coverageWeight(w: string): number {
    return this.specificity(w) * (ROLE_WORDS.has(w) || DEMONYMS.has(w) ? 0.4 : 1);
  }

  /** Corpus events that share words with a context (and score at least `minScore`; only those `keep` accepts, if given), best first. */
  match(context: EventWord[], minScore = 0, keep?: (event: DatedEvent) => boolean): EventMatch[] {
    // The checks of one draft date ask for the same context's matches several times: computed once per context.
    if (!keep) {
      const byScore = entry(entry(matchMemos, this, () => new WeakMap()), context, () => new Map<number, EventMatch[]>());
      return [...entry(byScore, minScore, () => this.computeMatch(context, minScore))];
    }
    return this.computeMatch(context, minScore, keep);
  }

  private computeMatch(context: EventWord[], minScore: number, keep?: (event: DatedEvent) => boolean): EventMatch[] {
    const out: EventMatch[] = [];
    if (!context.length) return out;
    // Only events that hold a word `wordMatch` may accept can share one.
    const index = (this.contextIndex ??= new NearWordIndex(this.events.map((e) => e.context.map((w) => w.key)), WORD_MATCH));
    const chosen = new Set<number>();
    // With a threshold, `within` finds the events that can reach it from the postings itself.
    const bounded = minScore > 1e-9;
    // Per draft word, the corpus words it matches and how well (what `similarity` would compute).
    const near = context.map((dw) => {
      const values = new Map<string, number>();
      for (const { word, items } of index.near(dw.key)) {
        const m = wordMatch(dw.key, word);
        if (!m) continue;
        values.set(word, m);
        if (!bounded) for (const i of items) chosen.add(i);
      }
      return values;
    });
    let events = bounded ? this.within(context, near, index, minScore) : [...chosen].sort((a, b) => a - b);
    if (keep) events = events.filter((i) => keep(this.events[i]));
    for (const i of events) {
      const event = this.events[i];
      const { score, shared } = this.similarity(context, event.context, near);
      if (shared.length && score >= minScore) out.push({ event, score, shared });
    }
    return out.sort((a, b) => b.score - a.score || a.event.article - b.event.article || a.event.ref.start - b.event.ref.start);
  }

  /**
   * The events, ascending, whose score against `context` may reach
   * `minScore`: a draft word adds at most its weight times the best its
   * matching corpus words can give (their highest weight in any event, the
   * match value, their specificity), and nothing below the 0.04 that
   * `similarity` ignores; events whose bound falls short are left out.
   */
  private within(context: EventWord[], near: ReadonlyArray<ReadonlyMap<string, number>>, index: NearWordIndex, minScore: number): number[] {
    const heaviest = (this.heaviest ??= this.heaviestWeights());
    // Per draft word, the bound each of its corpus words gives (those below 0.04 add nothing), the best, and how many postings they hold.
    const per = context.map((dw, di) => {
      const words = new Map<string, number>();
      let max = 0;
      let cost = 0;
      for (const [word, m] of near[di]) {
        const b = dw.weight * (heaviest.get(word) ?? 0) * m * this.specificity(word);
        if (b < 0.04) continue;
        words.set(word, b);
        if (b > max) max = b;
        cost += index.items(word).length;
      }
      return { words, max, cost };
    });
    // The most common draft words are not walked: an event that holds none of the others cannot reach `minScore` on theirs alone.
    const common = new Set<number>();
    let commonMax = 0;
    for (const di of per.map((_, k) => k).sort((a, b) => per[b].cost - per[a].cost)) {
      if (commonMax + per[di].max >= minScore - 1e-6) break;
      common.add(di);
      commonMax += per[di].max;
    }
    // Scratch arrays kept between calls (zero outside a call): allocating them per call costs more than the walk on large corpora.
    if (this.scratch?.length !== this.events.length) this.scratch = new Float64Array(this.events.length);
    if (this.scratchBest?.length !== this.events.length) this.scratchBest = new Float64Array(this.events.length);
    const bound = this.scratch;
    const best = this.scratchBest;
    const reached: number[] = [];
    per.forEach(({ words }, di) => {
      if (common.has(di)) return;
      const touched: number[] = [];
      for (const [word, b] of words) {
        for (const e of index.items(word)) {
          if (best[e] === 0) touched.push(e);
          if (b > best[e]) best[e] = b;
        }
      }
      for (const e of touched) {
        if (bound[e] === 0) reached.push(e);
        bound[e] += best[e];
        best[e] = 0;
      }
    });
    // The common words, looked up in the reached events' own words.
    if (common.size) {
      for (const e of reached) {
        for (const di of common) {
          const words = per[di].words;
          let top = 0;
          for (const w of this.events[e].context) {
            const b = words.get(w.key);
            if (b !== undefined && b > top) top = b;
          }
          bound[e] += top;
        }
      }
    }
    // A margin for rounding: the bound adds the same products in another order.
    const out = reached.filter((e) => bound[e] >= minScore - 1e-9).sort((a, b) => a - b);
    for (const e of reached) bound[e] = 0;
    return out;
  }

  /**
   * How many different dates the corpus ties a word to (at weight 0.3 or more,
   * counting near matches): a word tied to many ("strike", "city" in a story
   * about a strike) says little about which of them a draft means.
   */
  dateSpread(key: string): number {
    if (!this.spread) {
      this.spread = new Map();
      for (const e of this.events) {
        if (e.relative && e.date.day === undefined) continue;
        const d = e.date;
        const when = `${d.year ?? ""}-${d.month ?? ""}-${d.day ?? ""}-${d.part ?? ""}`;
        for (const w of e.context) {
          if (w.weight < 0.3) continue;
          const set = this.spread.get(w.key) ?? new Set<string>();
          set.add(when);
          this.spread.set(w.key, set);
        }
      }
    }
    const index = (this.contextIndex ??= new NearWordIndex(this.events.map((e) => e.context.map((w) => w.key)), WORD_MATCH));
    const dates = new Set<string>();
    for (const { word } of index.near(key)) if (wordMatch(key, word)) for (const d of this.spread.get(word) ?? []) dates.add(d);
    return dates.size;
  }

  /** Each event word's highest weight in any event. */
  private heaviestWeights(): Map<string, number> {
    const out = new Map<string, number>();
    for (const e of this.events) for (const w of e.context) if (w.weight > (out.get(w.key) ?? 0)) out.set(w.key, w.weight);
    return out;
  }

  /**
   * The events, in order, that are the one dated (not relative) mention of
   * their sentence and whose sentence holds near matches of at least
   * `minShared` of `words`: the only ones `coverage` can find sharing that many.
   */
  paraphraseCandidates(words: readonly string[], minShared: number, minDraftShare = 0, bounds?: number[]): DatedEvent[] {
    const index = (this.wordsIndex ??= new NearWordIndex(
      this.events.map((e) => (e.relative || e.sentenceDates !== 1 ? undefined : e.sentenceWords)),
      WORD_MATCH,
    ));
    return this.sharing(index, words, minShared, minDraftShare, bounds);
  }

  /** The events, in order, whose sentence holds near matches of at least `minShared` of `words` (all `coverage` can count as shared). */
  eventsSharing(words: readonly string[], minShared: number): DatedEvent[] {
    const index = (this.allWordsIndex ??= new NearWordIndex(
      this.events.map((e) => e.sentenceWords),
      WORD_MATCH,
    ));
    return this.sharing(index, words, minShared);
  }

  /**
   * With `minDraftShare`, also only events whose words can give the draft side
   * of `coverage` that share: the weights of the draft words they hold near
   * matches of, over the weights of all (a match adds at most its word's weight).
   * `bounds`, if given, receives per event returned the most `coverage` can
   * give the pair, the lesser of its two sides (a match adds at most its word's
   * weight on either side): min(draft side, corpus side) is at most this.
   */
  private sharing(index: NearWordIndex, words: readonly string[], minShared: number, minDraftShare = 0, bounds?: number[]): DatedEvent[] {
    const weighted = minDraftShare > 0;
    const found = words.map((w) => {
      const near = index.near(w);
      return { sp: weighted ? this.coverageWeight(w) : 0, near, cost: near.reduce((n, x) => n + x.items.length, 0) };
    });
    let total = 0;
    for (const f of found) total += f.sp;
    // The most common words are not walked: an event holding none of the others shares at most
    // these, and they are kept too few (or too light, with `minDraftShare`) for it to pass.
    const byCost = found.map((_, k) => k).sort((a, b) => found[b].cost - found[a].cost);
    const common = new Set<number>();
    let commonMass = 0;
    for (const k of byCost) {
      const fits = common.size + 1 < minShared || (weighted && total > 0 && (commonMass + found[k].sp) / total < minDraftShare - 1e-6);
      if (!fits) break;
      common.add(k);
      commonMass += found[k].sp;
    }
    // Per event, the walked words it holds near matches of and their weights (scratch arrays, zero outside a call).
    const scratch = sharingScratch(this);
    const { hits, mass, seen } = scratch;
    const touched: number[] = [];
    found.forEach((f, k) => {
      if (common.has(k)) return;
      // Each event once per word, however many of its near words it holds.
      const round = ++scratch.round;
      for (const { items } of f.near) {
        for (const i of items) {
          if (seen[i] === round) continue;
          seen[i] = round;
          if (hits[i] === 0) touched.push(i);
          hits[i]++;
          mass[i] += f.sp;
        }
      }
    });
    // Then the common words each candidate holds, looked up in its own words.
    const nearSets = [...common].map((k) => ({ sp: found[k].sp, words: new Set(found[k].near.map((x) => x.word)) }));
    // With `minDraftShare`, the corpus side too: only the event's words near a draft word can count.
    const anyNear = weighted ? new Set(found.flatMap((f) => f.near.map((x) => x.word))) : undefined;
    const out: number[] = [];
    const bound = new Map<number, number>();
    for (const i of touched) {
      let n = hits[i];
      let m = mass[i];
      // Not even every common word would let it pass: its own words are not looked at (the sum in the
      // loop's order, as adding weights that are not negative never lowers a sum).
      if (n + nearSets.length < minShared) continue;
      if (weighted) {
        let most = m;
        for (const c of nearSets) most += c.sp;
        if (!(total > 0 && most / total >= minDraftShare - 1e-9)) continue;
      }
      const eventWords = this.events[i].sentenceWords;
      for (const c of nearSets) {
        if (eventWords.some((x) => c.words.has(x))) {
          n++;
          m += c.sp;
        }
      }
      // A margin for rounding: `coverage` adds the same weights, times matches of at most 1.
      if (n < minShared || (weighted && !(total > 0 && m / total >= minDraftShare - 1e-9))) continue;
      if (anyNear) {
        const { each, all } = this.wordWeights(eventWords);
        let hit = 0;
        for (let j = 0; j < eventWords.length; j++) if (anyNear.has(eventWords[j])) hit += each[j];
        if (!(all > 0 && hit / all >= minDraftShare - 1e-9)) continue;
        if (bounds) bound.set(i, Math.min(m / total, hit / all));
      }
      out.push(i);
    }
    for (const i of touched) {
      hits[i] = 0;
      mass[i] = 0;
    }
    out.sort((a, b) => a - b);
    if (bounds) for (const i of out) bounds.push(bound.get(i) ?? 1);
    return out.map((i) => this.events[i]);
  }

  /** `coverageWeight` of each word of a corpus sentence, and their sum in order; once per sentence. */
  private wordWeights(words: string[]): { each: Float64Array; all: number } {
    let memo = weightMemos.get(this);
    if (!memo) weightMemos.set(this, (memo = new WeakMap()));
    let w = memo.get(words);
    if (!w) {
      const each = new Float64Array(words.length);
      let all = 0;
      words.forEach((x, j) => {
        each[j] = this.coverageWeight(x);
        all += each[j];
      });
      memo.set(words, (w = { each, all }));
    }
    return w;
  }

  /** Corpus events on a month and day (any year). */
  onMonthDay(month: number, day: number): DatedEvent[] {
    if (!this.byMonthDay) {
      this.byMonthDay = new Map();
      for (const e of this.events) {
        if (e.date.month === undefined || e.date.day === undefined || e.relative) continue;
        const k = e.date.month * 32 + e.date.day;
        const list = this.byMonthDay.get(k);
        if (list) list.push(e);
        else this.byMonthDay.set(k, [e]);
      }
    }
    return this.byMonthDay.get(month * 32 + day) ?? [];
  }
  /** Events with a month and day (not relative), by month * 32 + day; built on first use. */
  private byMonthDay?: Map<number, DatedEvent[]>;

  /** The year the corpus gives a month and day, and whether it is written or inferred. */
  yearOf(month: number, day: number): { year: number; inferred: boolean; events: DatedEvent[] } | undefined {
    const events = this.onMonthDay(month, day).filter((e) => e.date.year !== undefined);
    const written = events.filter((e) => !e.yearInferred || e.yearFromArticle);
    const pool = written.length ? written : events;
    const year = mode(pool.map((e) => e.date.year!));
    if (year === undefined) return undefined;
    return { year, inferred: !written.length, events: pool.filter((e) => e.date.year === year) };
  }
}

/** One line of `factcheck corpus`: a dated event and where the corpus says it. */
export interface DatedEventSummary {
  date: string;
  /** The date as written. */
  text: string;
  inferredYear: boolean;
  relative: boolean;
  /** The event words most tied to the date. */
  event: string[];
  article: string;
  line: number;
}

/** Every dated event the corpus knows, in article order, for review. */
export function summarizeDates(kb: { dates: DateKnowledge; evidence(ref: MentionRef): { article: string; line: number } }): DatedEventSummary[] {
  return kb.dates.events.map((e) => {
    const where = kb.evidence(e.ref);
    const d = e.date;
    const date = [d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, "0") : String(x))).join("-");
    const weekday = d.weekday !== undefined ? ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.weekday] : "";
    return {
      date: [d.part, date, weekday].filter(Boolean).join(" ") || "?",
      text: e.mention.text,
      inferredYear: e.yearInferred,
      relative: e.relative,
      event: e.context.filter((w) => w.weight >= 0.3).slice(0, 6).map((w) => w.text),
      article: where.article,
      line: where.line,
    };
  });
}
