// date-mismatch: a date the corpus contradicts.
//  (a) A weekday that does not fall on the date it names ("Wednesday, October
//      12" when October 12 of that year is a Thursday). The year comes from the
//      draft, else from the corpus's dates of that day, else from the year most
//      corpus dates fall in.
//  (b) A date given for an event the corpus dates differently: the same event
//      is a strong overlap of the words each sentence ties to its date ("the
//      October 13 vote in Lakemoor" / "the vote in Lakemoor on October 12").
//      Shared nouns are not enough: predicates of different kinds ("services
//      stopped" / "services would begin running again", "announced" /
//      "approved") are different events; a match sharing only the setting
//      (words the corpus ties to many dates or writes everywhere) and no
//      predicate of the same kind says nothing; a corpus event of the same
//      kind on the draft's date (a dateline's lead, a weekday resolved
//      against it) wins over any other match; a dateline never contradicts.
//  (c) A bare weekday for a statement or act the corpus gives another weekday:
//      the same named speaker, most of one sentence said again in the other
//      ("Ossberg said on Monday…" / "On Tuesday Ossberg said…").
//  (d) A bare weekday for an act the corpus dates to another day.
//  (e) A deadline ("due to report by June 30") that the corpus sets on another
//      date for the same verb, in a passage (the sentence and the one before)
//      sharing a telling word with the draft's: a note.
import { comparePredicates, datesStatement, describeDate, eventContextOf, formatDate, leadIn, styleOf, weekdayName, weekdayOf, type DateValue, type EventWord } from "../analysis/dates";
import type { DateMention } from "../analysis/facts";
import type { Knowledge } from "../knowledge/knowledge";
import { sentenceKeys, wordMatch, type DatedEvent, type EventMatch, type SharedWord } from "../knowledge/dates";
import type { Explainer } from "../explain";
import { sentenceByIndex, type Sentence } from "../text/sentences";
import { namesOfSentence, type NameMention } from "../analysis/names";
import { sentenceBefore } from "../analysis/analyze";
import { runValue } from "../analysis/aligned-numbers";
import { ROLE_HEADS, ROLE_WORDS, STOPWORDS } from "../text/lexicon";
import { stem } from "../text/tokens";
import type { Evidence, Finding } from "../types";
import { cite, type Check, type CheckContext } from "./check";

/** Score of an event match below which two sentences are not taken to describe the same event. */
const SAME_EVENT = 0.9;
/** The least score of a match that a share in figures alone ties to the draft's date (see `sameShareOtherYear` in `checkEvent`). */
const SHARE_ANCHOR = 0.6;
/** Score from which a contradiction is a warning rather than a note. */
const STRONG_EVENT = 1.2;
/** A corpus match that agrees with the draft and scores this share of the best contradicting one keeps the check quiet. */
const SUPPORT_SHARE = 0.6;
/** Share of a draft sentence's (rarity-weighted) words a corpus sentence must repeat to count as the same statement. */
const PARAPHRASE = 0.5;
/** Score from which a corpus event of the same kind (same predicate) that agrees with the draft's date keeps the check quiet. */
const AGREE_EVENT = 0.45;
/** A word the corpus ties to this many different dates is setting ("strike", "city"), not what tells one event from another. */
const GENERIC_SPREAD = 3;
/** Below this specificity (a word in a good share of the corpus's sentences) a word is setting too. */
const GENERIC_SPECIFICITY = 0.75;
/** How closely both sentences must tie a shared word to their dates for it to tell the event (see `similarity`). */
const TELLING_VALUE = 0.35;
/** Share of the best match's score from which a match on another weekday competes with it. */
const COMPETING = SUPPORT_SHARE;
/** Telling words a bare year's match must share when nothing else ties the two sentences. */
const BARE_YEAR_TELLING = 3;
/** Share of each sentence (both ways) the other says again for a short sentence to be the same statement, setting words or not. */
const RESTATED = 0.8;

export type Comparison = { status: "same" | "conflict" | "incomparable"; weak: boolean };

const PART_DAYS: Record<string, [number, number]> = { early: [1, 12], mid: [8, 23], late: [18, 31] };

/** Whether a corpus date agrees with the draft's, on the fields both give. */
export function compareDates(d: DateValue, c: DateValue, corpusYearInferred = false): Comparison {
  let compared = 0;
  let conflict = false;
  let weak = false;
  if (d.year !== undefined && c.year !== undefined) {
    if (d.year !== c.year) {
      if (corpusYearInferred) weak = true;
      else conflict = true;
    }
    if (!corpusYearInferred) compared++;
  }
  if (d.month !== undefined && c.month !== undefined) {
    compared++;
    if (d.month !== c.month) conflict = true;
    else if (d.day !== undefined && c.day !== undefined) {
      if (d.day !== c.day) conflict = true;
    } else if (d.part && c.part) {
      if ((d.part === "early" && c.part === "late") || (d.part === "late" && c.part === "early")) conflict = true;
    } else if (d.part || c.part) {
      const part = (d.part ?? c.part)!;
      const day = d.day ?? c.day;
      const range = PART_DAYS[part];
      if (day !== undefined && range && (day < range[0] - 3 || day > range[1] + 3)) conflict = true;
    }
  }
  // "the winter of 2024" / "the summer of 2024"; a season against a month is left alone (hemispheres differ).
  if (d.season !== undefined && c.season !== undefined && d.month === undefined && c.month === undefined) {
    compared++;
    if (d.season !== c.season) conflict = true;
  }
  if (conflict) return { status: "conflict", weak: false };
  if (weak) return { status: "conflict", weak: true };
  return { status: compared ? "same" : "incomparable", weak: false };
}

/** A verb of saying right before the date: "said on Thursday", "announced Monday". */
const SAID_ON = /\b(?:said|says|told|announced|added|stated|confirmed|insisted|warned|explained)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/iu;

/** True when a verb of saying stands right before a corpus date: it dates the saying, not an act. */
function saidOn(kb: Knowledge, event: DatedEvent): boolean {
  const cs = kb.articles[event.article]?.sentences[event.mention.sentence];
  return !!cs && SAID_ON.test(cs.text.slice(Math.max(0, event.mention.span.start - cs.start - 30), event.mention.span.start - cs.start));
}

const statements = new WeakMap<DatedEvent, boolean | undefined>();

/** Whether a corpus date dates a statement (see `datesStatement`), computed once per event. */
function eventStatement(kb: Knowledge, event: DatedEvent): boolean | undefined {
  if (statements.has(event)) return statements.get(event);
  const cs = kb.articles[event.article]?.sentences[event.mention.sentence];
  const v = cs ? datesStatement(cs.text, event.mention.span.start - cs.start, event.mention.span.end - cs.start) : undefined;
  statements.set(event, v);
  return v;
}

const valueOf = (m: DateMention): DateValue => ({ year: m.year, month: m.month, day: m.day, part: m.part, weekday: m.weekday, season: m.season });
const sameValue = (a: DateValue, b: DateValue) => a.year === b.year && a.month === b.month && a.day === b.day && a.part === b.part && a.season === b.season;

/** The event words two sentences share, for messages: "vote, harbour". */
function sharedLabel(match: EventMatch): string {
  return match.shared.slice(0, 3).map((s) => s.corpus.text).join(", ") || "the same statement";
}

/** The corpus date written the way the draft writes its date, limited to the fields the draft gives. */
function correction(m: DateMention, target: DateValue): string {
  const style = styleOf(m);
  const v: DateValue = {};
  if (m.day !== undefined && target.day !== undefined) v.day = target.day;
  if (m.month !== undefined || (m.day !== undefined && target.month !== undefined)) v.month = target.month;
  if (m.part !== undefined && target.day === undefined) v.part = target.part ?? m.part;
  if (m.part !== undefined && target.day !== undefined && m.day === undefined) v.part = m.part;
  const wantYear = m.year !== undefined;
  if (wantYear) v.year = target.year;
  if (m.season !== undefined && target.season !== undefined) {
    // "winter of 2024" → "summer of 2024", in the draft's own words and case.
    const season = target.season;
    return m.text
      .replace(/spring|summer|autumn|fall|winter/i, (w) => (/^\p{Lu}/u.test(w) ? season[0].toUpperCase() + season.slice(1) : season))
      .replace(/\d{4}/, String(target.year ?? m.year));
  }
  if (m.month === undefined && m.day === undefined) {
    // A bare year in the draft: answer with a bare year.
    return target.year !== undefined ? String(target.year) : "";
  }
  if (v.day === undefined && v.month !== undefined && m.day !== undefined) {
    // The corpus gives only the month: do not invent a day.
    v.year = target.year;
    return formatDate(v, style, wantYear || target.year !== undefined);
  }
  const year = target.year ?? m.year;
  if (style.weekday && v.month !== undefined && v.day !== undefined && year !== undefined) v.weekday = weekdayOf(year, v.month, v.day);
  return formatDate(v, style, wantYear);
}

function eventEvidence(ctx: CheckContext, events: DatedEvent[]): Evidence[] {
  return ctx.kb.evidenceByArticle(events.map((e) => e.ref));
}

/**
 * The match shares one of the words the draft ties most closely to its date
 * (the "what"), not only the setting; or a word of a quoted title the draft
 * dates, which the corpus ties closely to its own date (the same document).
 */
function sharesCore(context: EventWord[], match: EventMatch): boolean {
  if (!context.length) return false;
  const top = context[0].weight;
  return match.shared.some((s) => s.draft.weight >= 0.9 * top || (s.draft.title && s.draft.weight >= 0.5 * top && s.corpus.weight >= 0.5));
}

/** A date written as the start of a span of time ("since 2009"). */
const SINCE = /\bsince\s+(?:(?:early|mid|late|the\s+(?:start|end)\s+of)[\s-]+)?$/iu;

/**
 * Both dates are the start of a span of time ("the first strike since 2009" /
 * "the first transit strike since 2011"): with the words the match shares,
 * the same landmark, whatever else the two sentences say.
 */
function sinceBoth(ctx: CheckContext, m: DateMention, e: DatedEvent): boolean {
  const before = (plain: string, at: number) => plain.slice(Math.max(0, at - 30), at);
  return SINCE.test(before(ctx.draft.plain, m.span.start)) && SINCE.test(before(ctx.kb.articles[e.article].plain, e.mention.span.start));
}

/** Words that make a noun another instance of its kind: "a second hearing", "another vote", "the next round of talks". */
const ANOTHER_OF = String.raw`(?:second|third|fourth|fifth|another|next|further|fresh|subsequent|follow-up|follow-on)`;

/** The ordinal or "another" word a sentence writes before `word` (at most one word between), lower-cased. */
function instanceMark(sentence: string, word: string): string | undefined {
  // Most sentences hold no such word: a cheap test first, then the pattern for this word (compiled once).
  if (!ANY_ANOTHER.test(sentence)) return undefined;
  let re = instancePatterns.get(word);
  if (!re) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(String.raw`\b(${ANOTHER_OF})\s+(?:[\p{L}\-]+\s+)?${escaped}\b`, "iu");
    if (instancePatterns.size > 5_000) instancePatterns.clear();
    instancePatterns.set(word, re);
  }
  return re.exec(sentence)?.[1].toLowerCase();
}
const ANY_ANOTHER = new RegExp(String.raw`\b${ANOTHER_OF}\b`, "iu");
const instancePatterns = new Map<string, RegExp>();
/** Per corpus sentence: does it hold an ordinal or "another" word at all? */
const anotherIn = new WeakMap<object, boolean>();

/**
 * The corpus sentence dates another instance of the event the words name ("would hold a second hearing in
 * December") and the draft does not say the same of its own ("a hearing on May 9"): not the same event.
 */
function otherInstance(ctx: CheckContext, m: DateMention, x: EventMatch): boolean {
  const cs = ctx.kb.articles[x.event.article]?.sentences[x.event.mention.sentence];
  const ds = sentenceByIndex(ctx.draft.sentences, m.sentence);
  if (!cs || !ds) return false;
  let marked = anotherIn.get(cs);
  if (marked === undefined) anotherIn.set(cs, (marked = ANY_ANOTHER.test(cs.text)));
  if (!marked) return false;
  return x.shared.some((w) => {
    const mark = instanceMark(cs.text, w.corpus.text);
    return !!mark && instanceMark(ds.text, w.draft.text) !== mark;
  });
}

type Candidate = EventMatch & { paraphrase?: number };

/**
 * `checkEvent`'s candidates in the order a full list would have them, scored
 * only as far as they are read: the matches (`all`, best first) that `isCandidate`
 * keeps, each raised to three times its paraphrase share when it is one; then
 * the paraphrases no kept match holds, at three times their share; all by
 * score, ties in that order. Most drafts' dates stop at the first candidate (it
 * agrees), so most matches are never tested and most paraphrases never measured:
 * a paraphrase is measured once its bound (see `DateKnowledge.sharing`) could
 * put it before the next candidate.
 */
class CandidateStream {
  /** Position in `all` from which matches are not yet taken up. */
  private a = 0;
  /** Per match: taken up (queued, or found to be no candidate). */
  private readonly taken: Uint8Array;
  /** Per match: `isCandidate`, 0 when not yet asked. */
  private readonly kept: Int8Array;
  private readonly at = new Map<DatedEvent, number>();
  private readonly rank = new Map<DatedEvent, number>();
  /** Paraphrases by bound, highest first, and the next one not yet measured. */
  private readonly order: number[];
  private p = 0;
  /** Per paraphrase: its share (null: not one), undefined when not yet measured. */
  private readonly share: Array<number | null | undefined>;
  /** Candidates scored and not yet read, best first at the top. */
  private readonly heap: Array<{ match: Candidate; pos: number; lazy: boolean }> = [];

  constructor(
    private readonly all: EventMatch[],
    private readonly paraphrases: DatedEvent[],
    private readonly bounds: number[],
    private readonly isCandidate: (x: EventMatch) => boolean,
    private readonly paraphraseOf: (e: DatedEvent) => number | undefined,
    private readonly sharedOf: (e: DatedEvent) => SharedWord[],
  ) {
    this.taken = new Uint8Array(all.length);
    this.kept = new Int8Array(all.length);
    all.forEach((x, i) => this.at.set(x.event, i));
    paraphrases.forEach((e, r) => this.rank.set(e, r));
    this.order = paraphrases.map((_, r) => r).sort((x, y) => bounds[y] - bounds[x]);
    this.share = new Array(paraphrases.length);
  }

  /** The next candidate if it scores at least `min`. */
  next(min: number): Candidate | undefined {
    for (;;) {
      while (this.a < this.all.length && this.taken[this.a]) this.a++;
      while (this.p < this.order.length && this.share[this.order[this.p]] !== undefined) this.p++;
      // The most any candidate not yet queued can score (a margin for rounding on the paraphrase bounds).
      const fromAll = this.a < this.all.length ? this.all[this.a].score : -Infinity;
      const fromParaphrase = this.p < this.order.length ? 3 * (this.bounds[this.order[this.p]] + 1e-9) : -Infinity;
      const top = this.heap[0];
      if (top && top.match.score > fromAll && top.match.score > fromParaphrase) {
        if (top.match.score < min) return undefined;
        this.pop();
        if (top.lazy) top.match.shared = this.sharedOf(top.match.event);
        return top.match;
      }
      if (Math.max(fromAll, fromParaphrase) < min || (fromAll === -Infinity && fromParaphrase === -Infinity)) return undefined;
      if (fromAll >= fromParaphrase) this.takeMatch(this.a);
      else this.takeParaphrase(this.order[this.p]);
    }
  }

  private keeps(i: number): boolean {
    if (!this.kept[i]) this.kept[i] = this.isCandidate(this.all[i]) ? 1 : -1;
    return this.kept[i] > 0;
  }

  private measure(r: number): number | null {
    let v = this.share[r];
    if (v === undefined) this.share[r] = v = this.paraphraseOf(this.paraphrases[r]) ?? null;
    return v;
  }

  private takeMatch(i: number): void {
    this.taken[i] = 1;
    const x = this.all[i];
    // A match that is no candidate may still be a paraphrase: that is for `takeParaphrase`.
    if (!this.keeps(i)) return;
    const r = this.rank.get(x.event);
    const both = r === undefined ? null : this.measure(r);
    this.push(both === null ? x : { ...x, score: Math.max(x.score, both * 3), paraphrase: both }, i, false);
  }

  private takeParaphrase(r: number): void {
    const both = this.measure(r);
    if (both === null) return;
    const event = this.paraphrases[r];
    const i = this.at.get(event);
    if (i !== undefined && this.keeps(i)) {
      // A kept match not yet taken up (else it would have measured this paraphrase): raised, in its own place.
      this.taken[i] = 1;
      const x = this.all[i];
      this.push({ ...x, score: Math.max(x.score, both * 3), paraphrase: both }, i, false);
      return;
    }
    if (i !== undefined) this.taken[i] = 1;
    this.push({ event, score: both * 3, shared: [], paraphrase: both }, this.all.length + r, true);
  }

  private before(x: { match: Candidate; pos: number }, y: { match: Candidate; pos: number }): boolean {
    return x.match.score > y.match.score || (x.match.score === y.match.score && x.pos < y.pos);
  }

  private push(match: Candidate, pos: number, lazy: boolean): void {
    const h = this.heap;
    h.push({ match, pos, lazy });
    let k = h.length - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (!this.before(h[k], h[up])) break;
      [h[k], h[up]] = [h[up], h[k]];
      k = up;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (!h.length) return;
    h[0] = last;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < h.length && this.before(h[l], h[m])) m = l;
      if (r < h.length && this.before(h[r], h[m])) m = r;
      if (m === k) break;
      [h[k], h[m]] = [h[m], h[k]];
      k = m;
    }
  }
}

/** (b) The draft dates an event the corpus dates differently. */
function checkEvent(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const { mention: m, context } = d;
  if (m.relative) return undefined;
  const draftValue = valueOf(m);
  const kb = ctx.kb.dates;
  // Events matched well enough to be the same event (the weaker matches that may still agree are looked up below, only if needed).
  // "a further 2% in June 2027" where the corpus has "a further 2% in June 2026": the same share on the same month
  // (and day), in another year written out on both sides; the share alone ties them.
  const sameShareOtherYear = (x: EventMatch) =>
    m.year !== undefined && m.month !== undefined && x.event.date.year !== undefined && !x.event.yearInferred &&
    x.event.date.month === m.month && x.event.date.day === m.day && x.event.date.year !== m.year &&
    x.shared.some((s) => s.corpus.key.endsWith("%") && s.draft.weight >= 0.8 && s.corpus.weight >= 0.8);
  const anchored = m.year !== undefined && m.month !== undefined && context.some((w) => w.key.endsWith("%") && w.weight >= 0.8);
  const all = [...kb.match(context, SAME_EVENT), ...(anchored ? kb.match(context, SHARE_ANCHOR).filter((x) => x.score < SAME_EVENT && sameShareOtherYear(x)) : [])];
  // Different predicates ("stopped" / "would begin running again") are different events, whatever nouns they share.
  const sameKind = (e: DatedEvent) => comparePredicates(context, e.context) !== "different";
  // A corpus date of a saying ("X said on Thursday that …") does not date an act the draft tells ("met X on Wednesday").
  const ds = sentenceByIndex(ctx.draft.sentences, m.sentence);
  const draftAct = ds ? datesStatement(ds.text, m.span.start - ds.start, m.span.end - ds.start) === false : false;
  const isCandidate = (x: EventMatch) =>
    ((x.score >= SAME_EVENT && x.shared.length >= 2 && sharesCore(context, x)) || sameShareOtherYear(x)) && sameKind(x.event) && !otherInstance(ctx, m, x) &&
    !(draftAct && saidOn(ctx.kb, x.event) && comparePredicates(context, x.event.context) !== "same");
  // A sentence that says again most of what one corpus sentence says, each with one date: the same statement.
  const sentence = sentenceByIndex(ctx.draft.sentences, m.sentence);
  const statement = d.single && sentence ? datesStatement(sentence.text, m.span.start - sentence.start, m.span.end - sentence.start) : undefined;
  /** How much of the draft sentence a corpus event's sentence says again, both ways, if it is the same statement. */
  const nameWords = new Set(namesOfSentence(ctx.draft.names, m.sentence).flatMap((n) => n.tokens.map((t) => t.text.toLowerCase())));
  const plainContext = context.filter((w) => !nameWords.has(w.text));
  const paraphraseOf = (event: DatedEvent): number | undefined => {
    if (event.relative || event.sentenceDates !== 1 || !sameKind(event)) return undefined;
    // "said on Friday that most members had voted …" dates the saying; "… voted, and walked out on Monday" dates an act.
    if (statement !== undefined && statement !== true && eventStatement(ctx.kb, event) === true) return undefined;
    // The words nearest the draft's date must be among those said again: "…, and from June a guard will be on
    // duty" dates the guard, whatever the clause before it restates.
    // Or, names aside (the corpus may give a person by a title, "the president"), the nearest other words.
    const near = (words: EventWord[]) => words.some((w) => w.weight >= 0.5 * words[0].weight && event.sentenceWords.includes(w.key));
    if (context.length && !near(context) && !(plainContext.length && near(plainContext))) return undefined;
    const cov = kb.coverage(d.words, event.sentenceWords);
    // Both ways: each sentence says most of what the other says.
    const both = Math.min(cov.draft, cov.corpus);
    return both < PARAPHRASE || cov.shared < 4 ? undefined : both;
  };
  const bounds: number[] = [];
  const paraphrases = d.single ? kb.paraphraseCandidates(d.words, 4, PARAPHRASE, bounds) : [];
  const compare = (e: DatedEvent) => compareDates(draftValue, e.date, e.yearInferred && !e.yearFromArticle);
  // The candidates, best first: the matches that pass `isCandidate`, each raised to its paraphrase score, then the
  // paraphrases no such match holds; only as many as are read below are scored.
  const stream = new CandidateStream(all, paraphrases, bounds, isCandidate, paraphraseOf, (e) => kb.similarity(context, e.context).shared);
  // A dateline's date may agree with the draft, never contradict it.
  const next = (min: number) => {
    for (let x = stream.next(min); x; x = stream.next(min)) {
      const cmp = compare(x.event);
      if (cmp.status !== "incomparable" && !(x.event.dateline && cmp.status === "conflict")) return { ...x, cmp };
    }
    return undefined;
  };
  const best = next(-Infinity);
  if (!best) return undefined;
  if (best.cmp.status === "same") return undefined;
  // The matches that score at least this share of the best one: all that the rules below read.
  const matches = [best];
  for (let x = next(SUPPORT_SHARE * best.score); x; x = next(SUPPORT_SHARE * best.score)) matches.push(x);
  if (matches.some((x) => x.cmp.status === "same" && x.score >= SUPPORT_SHARE * best.score)) return undefined;
  // The corpus dates that contradict the draft, best first; a date as precise as the draft's wins a near tie.
  const precise = (e: DatedEvent) => (m.day === undefined || e.date.day !== undefined) && (m.month === undefined || e.date.month !== undefined);
  // Agreement wins: a weaker match on the draft's date, as precise, that names the same kind of event ("stopped" / "halted")
  // or matches about as well as the best one.
  const agrees = (x: EventMatch) => {
    if (x.shared.length < 2 || !precise(x.event) || compare(x.event).status !== "same") return false;
    const kind = comparePredicates(context, x.event.context);
    return kind === "same" || (kind === undefined && x.score >= SUPPORT_SHARE * best.score);
  };
  // Only events on the draft's date, as precise, can agree: the others are not scored.
  if (kb.match(context, AGREE_EVENT, (e) => precise(e) && compare(e).status === "same").some(agrees)) return undefined;
  const rank = (x: EventMatch) => x.score * (precise(x.event) ? 1 : 0.7);
  // "fewer than in May, when …": a date set up for comparison dates the earlier state, not the sentence's act.
  const compared = (e: DatedEvent) => /\bthan\s+(?:in\s+|on\s+|at\s+)?$/iu.test(ctx.kb.articles[e.article].plain.slice(Math.max(0, e.mention.span.start - 16), e.mention.span.start));
  const rivals = matches
    .filter((x) => x.cmp.status === "conflict" && x.score >= SUPPORT_SHARE * best.score && !compared(x.event))
    .sort((a, b) => rank(b) - rank(a));
  const top = rivals[0];
  if (!top) return undefined;
  // A deadline ("due to report by the end of March") bounds the act; it does not date it: an act the draft
  // dates ("published on 2 April") is not contradicted by it.
  if (byDeadline(ctx.kb.articles[top.event.article].plain, top.event.mention.span.start) && !byDeadline(ctx.draft.plain, m.span.start)) return undefined;
  // "… was due on Monday 2 May. It was put back in March …": a draft sentence that joins two corpus sentences in a
  // row may give the day the one next to the rival's gives.
  if (m.day !== undefined && m.month !== undefined && [-1, 1].some((k) => eventsInSentence(ctx.kb, top.event.article, top.event.mention.sentence + k).some((e) => !e.relative && precise(e) && compare(e).status === "same"))) return undefined;
  // Only the setting in common (words tied to many dates, or in most sentences) and no predicate of the same kind: not enough.
  const telling = (s: SharedWord) =>
    s.value >= TELLING_VALUE && (!!s.draft.title || !!s.corpus.title || (kb.dateSpread(s.corpus.key) < GENERIC_SPREAD && kb.specificity(s.corpus.key) >= GENERIC_SPECIFICITY));
  const restated = () => {
    const cov = kb.coverage(d.words, top.event.sentenceWords);
    return Math.min(cov.draft, cov.corpus) >= RESTATED;
  };
  if (comparePredicates(context, top.event.context) !== "same" && (top.paraphrase ?? 0) < PARAPHRASE && !top.shared.some(telling) && !restated() && !sinceBoth(ctx, m, top.event)) return undefined;
  // A bare year says little of its event: it needs the same kind of act, the same statement or the same landmark,
  // or several telling words, not only nouns of the setting ("the company's reservoir capacity").
  const bareYear = m.month === undefined && m.day === undefined && m.part === undefined && m.season === undefined;
  if (bareYear && comparePredicates(context, top.event.context) !== "same" && (top.paraphrase ?? 0) < PARAPHRASE && !restated() && !sinceBoth(ctx, m, top.event) && top.shared.filter(telling).length < BARE_YEAR_TELLING) return undefined;
  const anchors = top.shared.filter((x) => x.value >= 0.25);
  const strong =
    ((top.score >= STRONG_EVENT && anchors.length >= 2 && anchors[0].value >= 0.5) || (top.paraphrase ?? 0) >= 0.65) && !top.cmp.weak && !top.event.relative;
  // "In 2018, … in May" where the corpus has May 2019: the year is wrong, and it stands apart from the month.
  const lender = m.yearShared ? ctx.draft.dates.find((x) => x.sentence === m.sentence && x.lendsYear) : undefined;
  const yearOnly = !!lender && top.event.date.month === m.month && top.event.date.year !== undefined && top.event.date.year !== m.year && !top.event.yearInferred;
  const target = yearOnly ? lender! : m;
  // The month alone is corrected in the month's own words when its year stands elsewhere.
  const own: DateMention = m.yearShared && !yearOnly ? { ...m, year: undefined } : target;
  const suggestions: string[] = [];
  const preciseRivals = rivals.filter((x) => precise(x.event));
  for (const r of preciseRivals.length ? preciseRivals : rivals) {
    const s = yearOnly ? (r.event.date.year !== undefined ? String(r.event.date.year) : "") : correction(own, r.event.date);
    if (s && s !== target.text && !suggestions.includes(s)) suggestions.push(s);
  }
  if (!suggestions.length) return undefined;
  const sameDate = rivals.filter((x) => sameValue(x.event.date, top.event.date)).map((x) => x.event);
  const evidence = [ctx.kb.evidence(top.event.ref), ...eventEvidence(ctx, sameDate).filter((e) => e.article !== ctx.kb.articles[top.event.article].id)];
  const corpusDate = top.event.yearInferred ? describeDate({ ...top.event.date, year: undefined }) : describeDate({ ...top.event.date, weekday: top.event.mention.weekday });
  return {
    category: "date",
    code: "date-mismatch",
    span: { ...target.span },
    severity: strong ? "warning" : "information",
    message:
      `The corpus dates this event (${sharedLabel(top)}) to ${corpusDate}, not ${yearOnly ? `${m.text} ${target.text}` : m.text}` +
      (suggestions.length > 1 ? ` (other corpus dates: ${suggestions.slice(1).join(", ")})` : "") +
      `: "${top.event.mention.text}" in ${cite(evidence[0])}.`,
    suggestions,
    evidence,
  };
}

const eventsBySentence = new WeakMap<Knowledge, Map<string, DatedEvent[]>>();
/** The corpus's dated events in one sentence of an article. */
function eventsInSentence(kb: Knowledge, article: number, sentence: number): DatedEvent[] {
  let bySentence = eventsBySentence.get(kb);
  if (!bySentence) {
    eventsBySentence.set(kb, (bySentence = new Map()));
    for (const e of kb.dates.events) {
      const key = `${e.article}:${e.mention.sentence}`;
      const list = bySentence.get(key);
      if (list) list.push(e);
      else bySentence.set(key, [e]);
    }
  }
  return bySentence.get(`${article}:${sentence}`) ?? [];
}

/** (a) A weekday that does not fall on the date it is given with. */
function checkWeekday(ctx: CheckContext, m: DateMention, context: EventWord[]): Finding | undefined {
  if (m.weekday === undefined || m.relative || m.month === undefined || m.day === undefined) return undefined;
  const dates = ctx.kb.dates;
  const sameDay = dates.onMonthDay(m.month, m.day);
  // The corpus itself gives this day that weekday: nothing to add.
  if (sameDay.some((e) => e.mention.weekday === m.weekday)) return undefined;
  let year = m.year;
  let source: "draft" | "corpus" | "inferred" | "dominant" = "draft";
  let yearEvents: DatedEvent[] = [];
  if (year === undefined) {
    const known = dates.yearOf(m.month, m.day);
    if (known) {
      year = known.year;
      source = known.inferred ? "inferred" : "corpus";
      yearEvents = known.events;
    } else if (dates.dominantYear !== undefined) {
      year = dates.dominantYear;
      source = "dominant";
    }
  }
  if (year === undefined) return undefined;
  const actual = weekdayOf(year, m.month, m.day);
  if (actual === m.weekday) return undefined;
  const corpusSaysActual = sameDay.some((e) => e.mention.weekday === actual);
  // Evidence: the corpus sentence that dates this event, else any that names the day, else one with the year.
  const matched = dates.match(context, SAME_EVENT);
  const eventMatch = matched.find((x) => x.score >= SAME_EVENT && x.shared.length >= 2 && compareDates({ ...valueOf(m), weekday: undefined }, x.event.date, x.event.yearInferred && !x.event.yearFromArticle).status === "same");
  // First the corpus sentence that dates the event, then one that gives this day its real weekday.
  let evidence: Evidence[] = eventMatch ? [ctx.kb.evidence(eventMatch.event.ref)] : [];
  for (const e of eventEvidence(ctx, sameDay.filter((e) => e.mention.weekday === actual)).slice(0, 1)) {
    if (!evidence.some((x) => x.article === e.article && x.line === e.line)) evidence.push(e);
  }
  const resolvedRelative = dates.events.filter((e) => e.relative && e.date.month === m.month && e.date.day === m.day && e.date.year === year);
  const dayEvents = [...sameDay.filter((e) => e.mention.weekday === actual), ...yearEvents, ...sameDay, ...resolvedRelative];
  for (const e of eventEvidence(ctx, dayEvents)) if (!evidence.some((x) => x.article === e.article && x.line === e.line)) evidence.push(e);
  if (!evidence.length && source === "dominant") {
    const withYear = dates.events.filter((e) => e.date.year === year && !e.yearInferred);
    evidence = eventEvidence(ctx, withYear).slice(0, 2);
  }
  // A year written in the draft makes the calendar its own evidence; otherwise the corpus must say something.
  if (!evidence.length && source !== "draft") return undefined;
  const suggestion = m.text.replace(/^\p{L}+/u, (w) => (w === w.toUpperCase() ? weekdayName(actual).toUpperCase() : weekdayName(actual)));
  const dateText = describeDate({ year, month: m.month, day: m.day });
  // The corpus dates this event a day or two off, on the draft's weekday ("Thursday, 3 October" where it has
  // Thursday, 5 March): the day is what is wrong; that date comes first.
  const near = matched.find((x) => x.score >= SAME_EVENT && x.shared.length >= 2 && x.event.date.month === m.month && x.event.date.day !== undefined && x.event.date.day !== m.day &&
      Math.abs(x.event.date.day - m.day!) <= 3 && weekdayOf(x.event.date.year ?? year!, m.month!, x.event.date.day) === m.weekday);
  if (near && new RegExp(String.raw`\b${m.day}\b`).test(m.text)) {
    const ev = ctx.kb.evidence(near.event.ref);
    const fixed = m.text.replace(new RegExp(String.raw`\b${m.day}\b`), String(near.event.date.day));
    return {
      category: "date",
      code: "date-mismatch",
      span: { ...m.span },
      severity: "warning",
      message: `The corpus dates this event (${sharedLabel(near)}) to ${weekdayName(m.weekday)}, ${describeDate({ year: near.event.date.year ?? year, month: m.month, day: near.event.date.day })}: "${near.event.mention.text}" in ${cite(ev)}; ${dateText} is a ${weekdayName(actual)}.`,
      suggestions: [fixed, suggestion],
      evidence: [ev, ...evidence.filter((x) => x.article !== ev.article || x.line !== ev.line)],
    };
  }
  const why =
    source === "draft" ? "" : source === "corpus" ? ` (the corpus gives the year ${year})` : ` (assuming ${year}, the year of the corpus's dates)`;
  const severity = source === "draft" || source === "corpus" || corpusSaysActual ? "warning" : "information";
  return {
    category: "date",
    code: "date-mismatch",
    span: { ...m.span },
    severity,
    message: `${dateText} is a ${weekdayName(actual)}, not a ${weekdayName(m.weekday)}${why}` + (evidence.length ? `; see ${cite(evidence[0])}.` : "."),
    suggestions: [suggestion],
    evidence,
  };
}

/** Share of a sentence (both ways, rarity-weighted) another must say again for a bare weekday to date the same statement. */
const WEEKDAY_PARAPHRASE = 0.5;
/** From this share on, a different weekday for the same statement is a warning. */
const WEEKDAY_STRONG = 0.65;
/** Words that mark a statement made again, or another one: "repeated on Friday", "said again on Monday". */
const ANOTHER_TIME = /\b(?:again|repeated|reiterated|renewed|restated|once more|also|later|earlier|previously|second|another)\b/iu;

/** The words of a sentence around a weekday in it, where "again" or "later" would date another telling. */
function nearWeekday(s: { text: string; start: number }, span: { start: number; end: number }): string {
  return s.text.slice(Math.max(0, span.start - s.start - 60), Math.max(0, span.end - s.start + 20));
}

const passages = new WeakMap<DatedEvent, string[] | null>();
/**
 * The words of an event's sentence and the next one, when that one gives no weekday of its own, and of the one
 * before when the event's sentence goes on from it (`carriedFrom`); computed once per event.
 */
function passageWords(kb: Knowledge, event: DatedEvent): string[] | undefined {
  let words = passages.get(event);
  if (words === undefined) {
    const article = kb.articles[event.article];
    const undated = (i: number) => !article.dates.some((x) => x.sentence === i && x.weekday !== undefined);
    const next = article.sentences[event.mention.sentence + 1];
    const before = carriedFrom(article, event.mention.sentence);
    const parts = [
      ...(before !== undefined && undated(before) ? [sentenceKeys(article.sentences[before])] : []),
      ...(next && undated(event.mention.sentence + 1) ? [sentenceKeys(next)] : []),
    ];
    words = parts.length ? [...event.sentenceWords, ...parts.flat()] : null;
    passages.set(event, words);
  }
  return words ?? undefined;
}

/**
 * The sentence a corpus sentence goes on from when its subject is a pronoun ("The Friends opened an
 * appeal. It said the appeal had …"): the one before it, in the same block.
 */
function carriedFrom(article: Knowledge["articles"][number], si: number): number | undefined {
  const s = article.sentences[si];
  const before = article.sentences[si - 1];
  if (!s || !before || before.kind !== s.kind || !/^(?:It|He|She|They|Its|His|Her|Their)\s/u.test(s.text)) return undefined;
  return /\n\s*\n/.test(article.plain.slice(before.end, s.start)) ? undefined : si - 1;
}

/**
 * A corpus passage on the draft's weekday that says the draft's statement, its dated sentence going on from the
 * one before ("The Friends opened an appeal … It said the appeal had raised 9,000 pounds by Saturday
 * evening"): the dated sentence alone shares too little with the draft to be found by its words.
 */
function carriedOnWeekday(kb: Knowledge, d: DraftDate, weekday: number): boolean {
  for (const event of carriedEvents(kb)) {
    if (event.mention.weekday !== weekday) continue;
    const words = passageWords(kb, event);
    if (!words) continue;
    const cov = kb.dates.coverage(d.words, words);
    if (cov.shared >= 4 && cov.draft >= WEEKDAY_PARAPHRASE) return true;
  }
  return false;
}

const carriedMemo = new WeakMap<Knowledge, DatedEvent[]>();
/** Per corpus, the events with a weekday whose sentence goes on from the one before (`carriedFrom`); built on first use. */
function carriedEvents(kb: Knowledge): DatedEvent[] {
  let out = carriedMemo.get(kb);
  if (!out) {
    out = kb.dates.events.filter((e) => e.mention.weekday !== undefined && !e.dateline && carriedFrom(kb.articles[e.article], e.mention.sentence) !== undefined);
    carriedMemo.set(kb, out);
  }
  return out;
}

/** The lower-cased name words of one sentence. */
function nameWords(names: ReadonlyArray<{ sentence: number; tokens: ReadonlyArray<{ text: string }> }>, sentence: number): string[] {
  const out = new Set<string>();
  for (const n of names) if (n.sentence === sentence) for (const t of n.tokens) if (t.text.length >= 3) out.add(t.text.toLowerCase().replace(/['’]s$/u, ""));
  return [...out];
}

/**
 * (c) A bare weekday ("said on Tuesday") for a statement the corpus dates to
 * another weekday ("said Thursday"). The same statement: the same named
 * speaker or actor, and each sentence says again most of what the other says;
 * each sentence gives one weekday. A statement the corpus also gives with the
 * draft's weekday, or with two different weekdays, stays quiet.
 */
function checkBareWeekday(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const m = d.mention;
  if (!m.relative || m.weekday === undefined || m.month !== undefined) return undefined;
  const draft = ctx.draft;
  if (draft.dates.filter((x) => x.sentence === m.sentence && x.weekday !== undefined).length !== 1) return undefined;
  const sentence = sentenceByIndex(draft.sentences, m.sentence);
  if (!sentence || ANOTHER_TIME.test(nearWeekday(sentence, m.span))) return undefined;
  // What the weekday dates: the statement ("said on Tuesday") or an act ("the vote, held on Tuesday").
  const statement = datesStatement(sentence.text, m.span.start - sentence.start, m.span.end - sentence.start);
  const draftNames = nameWords(draft.names, m.sentence);
  if (!draftNames.length) return undefined;
  // People named in full; not a title written in capitals ("the Harbours Minister").
  const draftPeople = draft.names
    .filter((n) => n.sentence === m.sentence && n.tokens.length >= 2 && !ROLE_HEADS.has(n.tokens[n.tokens.length - 1].text.toLowerCase()))
    .map((n) => n.tokens.map((t) => t.text.toLowerCase().replace(/['’]s$/u, "")).filter((w) => w.length >= 3));
  const kb = ctx.kb;
  const found: Array<{ event: DatedEvent; share: number; shared: number; passage: boolean }> = [];
  for (const event of kb.dates.eventsSharing(d.words, 4)) {
    // A dateline dates the article, not a statement or act.
    if (event.mention.weekday === undefined || event.dateline) continue;
    const article = kb.articles[event.article];
    const si = event.mention.sentence;
    // One weekday in the sentence, or one written twice ("FRIDAY, … said on Friday" under a dateline).
    if (new Set(article.dates.filter((x) => x.sentence === si && x.weekday !== undefined).map((x) => x.weekday)).size !== 1) continue;
    const cov = kb.dates.coverage(d.words, event.sentenceWords);
    let share = Math.min(cov.draft, cov.corpus);
    let passage = false;
    // The draft may also say what the corpus's next sentence adds ("… on Wednesday in a letter to staff. "The firm needs …," he wrote."):
    // the two sentences together cover the draft's, the dated one is mostly the draft's.
    if (share < WEEKDAY_PARAPHRASE && cov.corpus >= WEEKDAY_PARAPHRASE) {
      const words = passageWords(kb, event);
      const joined = words ? Math.min(kb.dates.coverage(d.words, words).draft, cov.corpus) : 0;
      if (joined > share) (share = joined), (passage = true);
    }
    if (share < WEEKDAY_PARAPHRASE || cov.shared < 4) continue;
    // The same speaker or actor: a name in both sentences, and no full name of the draft's missing from the corpus's.
    const carried = carriedFrom(article, si);
    const corpusNames = [...nameWords(article.names, si), ...(carried !== undefined ? nameWords(article.names, carried) : [])];
    const known = (w: string) => corpusNames.some((b) => wordMatch(w, b) > 0);
    if (!draftNames.some(known) || draftPeople.some((p) => !p.some(known))) continue;
    const cs = article.sentences[si];
    if (!cs || ANOTHER_TIME.test(nearWeekday(cs, event.mention.span))) continue;
    const corpusStatement = eventStatement(ctx.kb, event);
    if (corpusStatement !== statement) continue;
    // "announced on Monday" / "approved on Tuesday": another act, not the same one on another day. When both
    // weekdays date the saying ("…, the university said on Tuesday"), the act reported is not what is dated.
    if (!(statement === true && corpusStatement === true) && comparePredicates(d.context, event.context) === "different") continue;
    found.push({ event, share, shared: cov.shared, passage });
  }
  if (!found.length) return undefined;
  found.sort((a, b) => b.share - a.share || a.event.article - b.event.article || a.event.ref.start - b.event.ref.start);
  // Every corpus sentence that says this again gives it one weekday, not the draft's: else nothing to say.
  const best = found[0];
  const actual = best.event.mention.weekday!;
  if (actual === m.weekday || found.some((x) => x.event.mention.weekday !== actual)) return undefined;
  if (carriedOnWeekday(kb, d, m.weekday)) return undefined;
  const rivals = found.filter((x) => x.share >= 0.8 * best.share);
  const suggestion = m.text.replace(/\p{L}*day\b/iu, (w) => (w === w.toUpperCase() ? weekdayName(actual).toUpperCase() : weekdayName(actual)));
  const evidence = [kb.evidence(best.event.ref), ...eventEvidence(ctx, rivals.slice(1).map((x) => x.event)).filter((e) => e.article !== kb.articles[best.event.article].id)];
  return {
    category: "date",
    code: "date-mismatch",
    span: { ...m.span },
    severity: best.share >= WEEKDAY_STRONG && best.shared >= 5 && !best.passage ? "warning" : "information",
    message: `The corpus gives this ${statement === false ? "event" : "statement"} the day ${weekdayName(actual)}, not ${weekdayName(m.weekday)}: "${best.event.mention.text}" in ${cite(evidence[0])}.`,
    suggestions: [suggestion],
    evidence,
  };
}

/** The weekday the corpus gives an event: written, resolved against the article's date, or that of a full date. */
function eventWeekday(e: DatedEvent): number | undefined {
  if (e.mention.weekday !== undefined) return e.mention.weekday;
  const { year, month, day } = e.date;
  if (year === undefined || month === undefined || day === undefined || (e.yearInferred && !e.yearFromArticle)) return undefined;
  return weekdayOf(year, month, day);
}

/**
 * (d) A bare weekday for an act the corpus dates to another day ("opened the
 * gates late on Saturday" / "opened the gates late on Sunday", or a full date
 * that falls on a Sunday). The event is found by its words, as in (b): a strong
 * match that shares what the draft ties to its date and a telling word or a
 * predicate of the same kind. Quiet when a good match falls on the draft's
 * weekday, or when the good matches fall on different days.
 */
function checkEventWeekday(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const m = d.mention;
  if (!m.relative || m.weekday === undefined || m.month !== undefined || m.day !== undefined) return undefined;
  const draft = ctx.draft;
  if (draft.dates.filter((x) => x.sentence === m.sentence).length !== 1) return undefined;
  const sentence = sentenceByIndex(draft.sentences, m.sentence);
  if (!sentence) return undefined;
  // "again", "later", "a second": another time than the one the corpus dates, unless the corpus sentence says the same.
  const againWords = [...sentence.text.matchAll(new RegExp(ANOTHER_TIME.source, "giu"))].map((x) => x[0].toLowerCase());
  // A weekday that dates a statement ("On Tuesday, X said …") is (c)'s to judge: what was said may be another act.
  const statement = datesStatement(sentence.text, m.span.start - sentence.start, m.span.end - sentence.start);
  if (statement === true) return undefined;
  // A corpus date with the draft's own lead-in ("declared safe late on …") tells what the weekday dates: (d')'s to judge.
  if (anchoredWeekdays(ctx, d).length) return undefined;
  const kb = ctx.kb.dates;
  const matched = kb.match(d.context, SAME_EVENT);
  const candidates = matched
    // The draft's weightiest word may be its own verb for the corpus's ("halted" / "stopped"): the same predicate and four shared words will do.
    .filter((x) => {
      if (x.score < SAME_EVENT || x.shared.length < 2) return false;
      const kind = comparePredicates(d.context, x.event.context);
      return (sharesCore(d.context, x) || (x.shared.length >= 4 && kind === "same")) && kind !== "different" && !otherInstance(ctx, m, x);
    })
    // An act the draft dates is not what a corpus date of a saying dates, unless both name the same kind of act.
    .filter((x) => !(statement === false && saidOn(ctx.kb, x.event) && comparePredicates(d.context, x.event.context) !== "same"))
    .map((x) => ({ ...x, weekday: eventWeekday(x.event) }))
    .filter((x) => x.weekday !== undefined && !x.event.dateline && x.event.sentenceDates <= 1);
  if (!candidates.length) return undefined;
  const best = candidates[0];
  // A corpus sentence that says more of the draft's, on the draft's weekday, though not its rarest word
  // ("Ellie, 7, … had come home on Tuesday" / "the seven-year-old came home on Tuesday"): the draft says that.
  if (matched.some((x) => x.score > best.score && x.shared.length > best.shared.length && eventWeekday(x.event) === m.weekday)) return undefined;
  if (carriedOnWeekday(ctx.kb, d, m.weekday)) return undefined;
  if (againWords.length) {
    const said = ctx.kb.articles[best.event.article]?.sentences[best.event.mention.sentence]?.text.toLowerCase() ?? "";
    if (!againWords.every((w) => new RegExp(String.raw`\b${w}\b`, "u").test(said))) return undefined;
  }
  const close = candidates.filter((x) => x.score >= SUPPORT_SHARE * best.score);
  if (close.some((x) => x.weekday === m.weekday)) return undefined;
  // Several good matches on different days: no one event to hold the draft to.
  if (close.some((x) => x.weekday !== best.weekday && x.score >= COMPETING * best.score)) return undefined;
  // A weaker match of the same kind on the draft's weekday keeps the check quiet too.
  if (candidates.some((x) => x.weekday === m.weekday && comparePredicates(d.context, x.event.context) === "same")) return undefined;
  // Rivals on other days keep the check quiet, so a word need only be rare among the dates or among the sentences.
  const telling = (s: SharedWord) => s.value >= TELLING_VALUE && (kb.dateSpread(s.corpus.key) < GENERIC_SPREAD || kb.specificity(s.corpus.key) >= GENERIC_SPECIFICITY);
  const samePredicate = comparePredicates(d.context, best.event.context) === "same";
  const tellingWords = best.shared.filter(telling).length;
  if (!samePredicate && tellingWords < 2) return undefined;
  if (samePredicate && !tellingWords) return undefined;
  const actual = best.weekday!;
  const suggestion = m.text.replace(/\p{L}*day\b/iu, (w) => (w === w.toUpperCase() ? weekdayName(actual).toUpperCase() : weekdayName(actual)));
  const evidence = [ctx.kb.evidence(best.event.ref), ...eventEvidence(ctx, close.slice(1).map((x) => x.event)).filter((e) => e.article !== ctx.kb.articles[best.event.article].id)];
  const strong = samePredicate && best.score >= STRONG_EVENT && tellingWords >= 2;
  const when = best.event.mention.weekday !== undefined ? best.event.mention.text : `${best.event.mention.text}, a ${weekdayName(actual)}`;
  return {
    category: "date",
    code: "date-mismatch",
    span: { ...m.span },
    severity: strong ? "warning" : "information",
    message: `The corpus dates this event (${sharedLabel(best)}) to ${weekdayName(actual)}, not ${weekdayName(m.weekday)}: "${when}" in ${cite(evidence[0])}.`,
    suggestions: [suggestion],
    evidence,
  };
}

/** The event words right before a date mention in its clause, after any date before it in the sentence (`leadIn`). */
function leadOf(sentence: Sentence, dates: readonly DateMention[], m: DateMention): string[] {
  let from = 0;
  for (const x of dates) if (x !== m && x.sentence === m.sentence && x.span.end <= m.span.start) from = Math.max(from, x.span.end - sentence.start);
  return leadIn(sentence.text, m.span.start - sentence.start, from);
}

/** Per corpus, its weekday-bearing events by the last event word before their date (`leadOf`), built on first use. */
const leadMemo = new WeakMap<Knowledge, Map<string, Array<{ event: DatedEvent; lead: string[] }>>>();
function eventsByLead(kb: Knowledge): Map<string, Array<{ event: DatedEvent; lead: string[] }>> {
  let out = leadMemo.get(kb);
  if (!out) {
    out = new Map();
    for (const event of kb.dates.events) {
      if (event.dateline || eventWeekday(event) === undefined) continue;
      const a = kb.articles[event.article];
      const s = a.sentences[event.mention.sentence];
      if (!s) continue;
      const lead = leadOf(s, a.dates, event.mention);
      if (lead.length < LEAD_WORDS) continue;
      const last = lead[lead.length - 1];
      const list = out.get(last);
      if (list) list.push({ event, lead });
      else out.set(last, [{ event, lead }]);
    }
    leadMemo.set(kb, out);
  }
  return out;
}

/** How many words two lead-ins end with in common. */
function commonEnd(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The fewest event words a lead-in must end with in common for a date to date the same act. */
const LEAD_WORDS = 2;

/** Corpus dates whose lead-in ends as the draft weekday's does (two event words or more), in a sentence that says the draft's again. */
function anchoredWeekdays(ctx: CheckContext, d: DraftDate): Array<{ event: DatedEvent; weekday: number; share: number; shared: number }> {
  const m = d.mention;
  const found: Array<{ event: DatedEvent; weekday: number; share: number; shared: number }> = [];
  if (!m.relative || m.weekday === undefined || m.month !== undefined || m.day !== undefined) return found;
  const sentence = sentenceByIndex(ctx.draft.sentences, m.sentence);
  if (!sentence) return found;
  const lead = leadOf(sentence, ctx.draft.dates, m);
  if (lead.length < LEAD_WORDS) return found;
  const kb = ctx.kb;
  for (const { event, lead: theirs } of eventsByLead(kb).get(lead[lead.length - 1]) ?? []) {
    if (commonEnd(lead, theirs) < LEAD_WORDS) continue;
    const cov = kb.dates.coverage(d.words, event.sentenceWords);
    if (cov.draft < PARAPHRASE || cov.shared < 4) continue;
    const cs = kb.articles[event.article].sentences[event.mention.sentence];
    if (!cs || ANOTHER_TIME.test(cs.text.slice(0, event.mention.span.start - cs.start))) continue;
    found.push({ event, weekday: eventWeekday(event)!, share: cov.draft, shared: cov.shared });
  }
  return found;
}

/**
 * (d') A bare weekday for an act whose own words, right before the date, the
 * corpus writes before another day in a sentence that says the same ("was
 * declared safe late on Friday night" / "… since Monday was declared safe
 * late on Thursday night, officials said on Friday"). Reads each date of a sentence with several dates by its own
 * lead-in, not the whole sentence. Quiet when such a corpus date falls on the
 * draft's weekday, or when they fall on different days.
 */
function checkLeadWeekday(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const m = d.mention;
  const sentence = sentenceByIndex(ctx.draft.sentences, m.sentence);
  if (!sentence || ANOTHER_TIME.test(sentence.text) || m.weekday === undefined) return undefined;
  if (datesStatement(sentence.text, m.span.start - sentence.start, m.span.end - sentence.start) === true) return undefined;
  const kb = ctx.kb;
  const found = anchoredWeekdays(ctx, d);
  if (!found.length) return undefined;
  const actual = found[0].weekday;
  if (found.some((x) => x.weekday !== actual) || actual === m.weekday) return undefined;
  found.sort((a, b) => b.share - a.share || a.event.article - b.event.article || a.event.ref.start - b.event.ref.start);
  const best = found[0];
  const suggestion = m.text.replace(/\p{L}*day\b/iu, (w) => (w === w.toUpperCase() ? weekdayName(actual).toUpperCase() : weekdayName(actual)));
  const evidence = eventEvidence(ctx, found.map((x) => x.event));
  const cs = kb.articles[best.event.article].sentences[best.event.mention.sentence];
  const words = cs.text.slice(0, best.event.mention.span.start - cs.start).trim().split(/\s+/).slice(-5).join(" ");
  return {
    category: "date",
    code: "date-mismatch",
    span: { ...m.span },
    severity: best.share >= WEEKDAY_STRONG && best.shared >= 5 ? "warning" : "information",
    message: `The corpus dates this act ("… ${words} ${best.event.mention.text}") to ${weekdayName(actual)}, not ${weekdayName(m.weekday)}, in ${cite(evidence[0])}.`,
    suggestions: [suggestion],
    evidence,
  };
}

/** "report by March 31", "finish by the end of June": the verb a deadline closes (a passive agent names a person, not a date). */
/** What may stand between a deadline's "by" and its date: "the end of". */
const DEADLINE_PART = String.raw`(?:the\s+(?:end|start|middle|close)\s+of\s+)?$`;
const DEADLINE_BEFORE = new RegExp(String.raw`\b(\p{L}{3,})\s+by\s+` + DEADLINE_PART, "iu");
const BY_DEADLINE = new RegExp(String.raw`\b(?:by|no\s+later\s+than|before)\s+` + DEADLINE_PART, "iu");

/** A date that closes a deadline: "by the end of March", "due by 30 June", "no later than June". */
function byDeadline(text: string, at: number): boolean {
  return BY_DEADLINE.test(text.slice(Math.max(0, at - 40), at));
}

function deadlineVerb(text: string, at: number): string | undefined {
  const m = DEADLINE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return undefined;
  const verb = stem(m[1]);
  return STOPWORDS.has(m[1].toLowerCase()) ? undefined : verb;
}

/** Per corpus, its deadline dates by the verb they close, built on first use. */
const deadlineMemo = new WeakMap<Knowledge, Map<string, DatedEvent[]>>();
function deadlines(kb: Knowledge): Map<string, DatedEvent[]> {
  let out = deadlineMemo.get(kb);
  if (!out) {
    out = new Map();
    for (const e of kb.dates.events) {
      if (e.relative || e.date.month === undefined || e.dateline) continue;
      const verb = deadlineVerb(kb.articles[e.article].plain, e.mention.span.start);
      if (!verb) continue;
      const list = out.get(verb);
      if (list) list.push(e);
      else out.set(verb, [e]);
    }
    deadlineMemo.set(kb, out);
  }
  return out;
}

/** Per corpus, each date mention's event, built on first use. */
const eventMemo = new WeakMap<Knowledge, Map<DateMention, DatedEvent>>();
function eventOfMention(kb: Knowledge, m: DateMention): DatedEvent | undefined {
  let out = eventMemo.get(kb);
  if (!out) {
    out = new Map(kb.dates.events.map((e) => [e.mention, e]));
    eventMemo.set(kb, out);
  }
  return out.get(m);
}

/**
 * The finding for a draft date held to the one date every event of `events` gives, when that date contradicts
 * it: "The corpus <head> <date>, not <draft's><extra>: "<corpus wording>" in <article, line>."
 */
function oneCorpusDate(ctx: CheckContext, m: DateMention, events: DatedEvent[], severity: Finding["severity"], head: string, extra = ""): Finding | undefined {
  const first = events[0];
  if (!first || !events.every((e) => sameValue(e.date, first.date))) return undefined;
  if (compareDates(valueOf(m), first.date, first.yearInferred && !first.yearFromArticle).status !== "conflict") return undefined;
  const suggestion = correction(m, first.date);
  if (!suggestion || suggestion === m.text) return undefined;
  const evidence = eventEvidence(ctx, events);
  return {
    category: "date",
    code: "date-mismatch",
    span: { ...m.span },
    severity,
    message: `The corpus ${head} ${describeDate(first.date)}, not ${m.text}${extra}: "${first.mention.text}" in ${cite(evidence[0])}.`,
    suggestions: [suggestion],
    evidence,
  };
}

/** The content words of a sentence and the one before it. */
function passageKeys(sentences: readonly Sentence[], at: number, own: readonly string[]): Set<string> {
  const before = sentenceByIndex(sentences, at - 1);
  return new Set([...own, ...(before ? sentenceKeys(before) : [])]);
}

/** The same for a draft sentence, the one before read from the whole draft (`sentenceBefore`). */
function draftPassageKeys(draft: CheckContext["draft"], at: number, own: readonly string[]): Set<string> {
  const before = sentenceBefore(draft, at);
  return new Set([...own, ...(before ? sentenceKeys(before.sentence) : [])]);
}

/**
 * (e) A deadline ("due to report by June 30") for what the corpus gives another deadline with the same verb
 * ("would report by March 31"): every corpus deadline of that verb whose passage shares a telling word with
 * the draft's ("review") falls on one other date. A note: the draft may mean another report.
 */
function checkDeadline(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const m = d.mention;
  if (m.relative || m.month === undefined) return undefined;
  const verb = deadlineVerb(ctx.draft.plain, m.span.start);
  if (!verb) return undefined;
  const kb = ctx.kb;
  const mine = draftPassageKeys(ctx.draft, m.sentence, d.words);
  const telling = (w: string) => w !== verb && !ROLE_WORDS.has(w) && kb.dates.specificity(w) >= DEADLINE_TELLING;
  // With another date in the sentence ("interim findings are due by the end of March, and a final report by
  // 30 June"), the telling word must stand in this date's own clause and in the corpus deadline's own sentence.
  const sentence = sentenceByIndex(ctx.draft.sentences, m.sentence);
  const several = ctx.draft.dates.some((x) => x !== m && x.sentence === m.sentence);
  const lead = several && sentence ? new Set(leadOf(sentence, ctx.draft.dates, m)) : undefined;
  const anchored = (deadlines(kb).get(verb) ?? []).filter((e) => {
    const sentences = kb.articles[e.article].sentences;
    // Read against the corpus deadline's own sentence then, not its passage.
    const theirs = lead ? new Set(e.sentenceWords) : passageKeys(sentences, e.mention.sentence, e.sentenceWords);
    return [...mine].some((w) => telling(w) && theirs.has(w) && (!lead || lead.has(w)));
  });
  return oneCorpusDate(ctx, m, anchored, "information", `sets this deadline ("${verb} by") to`);
}
/** A verb of publishing right before a date in its clause: "reported on March 11", "published in May". */
const PUBLISHED_ON = /\b(?:reported|published|printed|broadcast|aired|released)\s+(?:(?:on|in)\s+)?$/iu;
/** "in the Harlow Courier on": a named paper right before the date (the paper must be one the corpus dates). */
const IN_PAPER_ON = /\bin\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}on\s+$/u;

/** Per corpus, its dates of publication ("Die Zeitung, which reported on March 11") with the name words of their sentences; built on first use. */
const publicationMemo = new WeakMap<Knowledge, Array<{ event: DatedEvent; names: Set<string> }>>();
function publications(kb: Knowledge): Array<{ event: DatedEvent; names: Set<string> }> {
  let out = publicationMemo.get(kb);
  if (!out) {
    out = [];
    for (const event of kb.dates.events) {
      if (event.relative || event.date.month === undefined || event.dateline) continue;
      const a = kb.articles[event.article];
      const s = a.sentences[event.mention.sentence];
      if (!s || !PUBLISHED_ON.test(s.text.slice(Math.max(0, event.mention.span.start - s.start - 30), event.mention.span.start - s.start))) continue;
      out.push({ event, names: new Set(namesOfSentence(a.names, event.mention.sentence).flatMap((n) => n.tokens.map((t) => t.text))) });
    }
    publicationMemo.set(kb, out);
  }
  return out;
}

/**
 * (f) The date a named paper or body published something ("The paper's report, published on March 14"
 * after "Die Zeitung reported …") where every corpus date of publication given with that name is another
 * ("Die Zeitung, which reported on March 11"). The name is read from the date's sentence or the one
 * before; from the one before, a note.
 */
function checkPublicationDate(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const m = d.mention;
  if (m.relative || m.month === undefined) return undefined;
  const sentence = sentenceByIndex(ctx.draft.sentences, m.sentence);
  const lead = sentence?.text.slice(Math.max(0, m.span.start - sentence.start - 40), m.span.start - sentence.start) ?? "";
  // "reported on March 3", or "appeared in the Harlow Courier on March 3" (the paper named right before the date).
  if (!sentence || !(PUBLISHED_ON.test(lead) || IN_PAPER_ON.test(lead))) return undefined;
  const common = (w: string) => ctx.kb.common.isCommon(w.toLowerCase()) || w.length < 3;
  const wordsOf = (names: readonly NameMention[]) => new Set(names.flatMap((n) => n.tokens.map((t) => t.text)).filter((w) => !common(w)));
  // "in the Harlow Courier on": the paper is the name in those words, not any name of the sentence ("a vigil in Albion Square on").
  const paper = PUBLISHED_ON.test(lead) ? undefined : new Set((IN_PAPER_ON.exec(lead)?.[0].match(/\p{Lu}[\p{L}'’.\-]*/gu) ?? []).filter((w) => !common(w)));
  const own = paper ?? wordsOf(namesOfSentence(ctx.draft.names, m.sentence));
  const before = paper ? new Set<string>() : wordsOf(sentenceBefore(ctx.draft, m.sentence)?.names ?? []);
  const found = publications(ctx.kb).filter((p) => (paper ? paper.size > 0 && [...paper].every((w) => p.names.has(w)) : [...own, ...before].some((w) => p.names.has(w))));
  const inOwn = found.some((p) => [...own].some((w) => p.names.has(w)));
  return oneCorpusDate(ctx, m, found.map((p) => p.event), inOwn ? "warning" : "information", "dates this publication to");
}

/**
 * (h) A date given beside another that the corpus gives in a sentence saying the same, with one other date
 * in the same order ("the bridge reopened on May 4, and every lane should be restored by June
 * 20" / "the bridge had reopened on May 4, and all lanes were expected to be back by June 12"): the shared date anchors the pair, whatever words each sentence uses for the other.
 */
function checkPairedDate(ctx: CheckContext, d: DraftDate): Finding | undefined {
  const m = d.mention;
  if (m.relative || m.month === undefined || m.day === undefined) return undefined;
  const kb = ctx.kb;
  const found: Array<{ event: DatedEvent; share: number }> = [];
  for (const o of ctx.draft.dates) {
    if (o === m || o.sentence !== m.sentence || o.relative || o.month === undefined || o.day === undefined) continue;
    if (o.month === m.month && o.day === m.day) continue;
    for (const anchor of kb.dates.onMonthDay(o.month, o.day)) {
      if (anchor.dateline || (o.year !== undefined && anchor.date.year !== undefined && o.year !== anchor.date.year)) continue;
      const a = kb.articles[anchor.article];
      const others = a.dates.filter((x) => x.sentence === anchor.mention.sentence && x !== anchor.mention && !x.relative && x.month !== undefined && x.day !== undefined);
      if (others.length !== 1) continue;
      const c = others[0];
      // The same order: the draft's date after its anchor where the corpus's is after its own.
      if (m.span.start > o.span.start !== c.span.start > anchor.mention.span.start) continue;
      const cov = kb.dates.coverage(d.words, anchor.sentenceWords);
      if (cov.draft < PARAPHRASE || cov.shared < 4) continue;
      const event = eventOfMention(kb, c);
      if (event) found.push({ event, share: cov.draft });
    }
  }
  if (!found.length) return undefined;
  return oneCorpusDate(ctx, m, found.map((x) => x.event), found[0].share >= WEEKDAY_STRONG ? "warning" : "information", "gives this date as", ", in a sentence that says the same with the same other date");
}

/** Specificity from which a word shared by two passages ties a deadline to the draft's. */
const DEADLINE_TELLING = 0.6;

export interface DraftDate {
  mention: DateMention;
  context: EventWord[];
  /** True when the mention is the only (non-relative) date of its sentence. */
  single: boolean;
  /** Content words of the sentence. */
  words: string[];
}

/** The draft's date mentions with the event words their sentences tie to them. */
export function draftDates(draft: CheckContext["draft"]): DraftDate[] {
  const bySentence = new Map<number, DateMention[]>();
  for (const m of draft.dates) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out: DraftDate[] = [];
  for (const [si, list] of bySentence) {
    const s = sentenceByIndex(draft.sentences, si)!;
    const words = sentenceKeys(s);
    const single = list.filter((x) => !x.relative).length === 1;
    list.forEach((mention, i) => out.push({ mention, context: eventContextOf(s, list, i), single, words }));
  }
  return out;
}

/** "four years ago", "more than two years ago", "a decade ago": how long before the time of writing. */
const YEARS_AGO =
  /\b(?:(more than|over|nearly|almost|about|around|some|roughly|less than|under)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|decades?)\s+ago\b/giu;

/** Whether `years` (a corpus event's distance before its article's date) fits "N years ago" with its qualifier. */
function fitsYearsAgo(years: number, n: number, qualifier: string): boolean {
  switch (qualifier) {
    case "more than":
    case "over":
      return years > n - 0.5;
    case "less than":
    case "under":
      return years < n + 0.5;
    case "nearly":
    case "almost":
      return years > n - 1.5 && years <= n + 0.25;
    case "about":
    case "around":
    case "some":
    case "roughly":
      return Math.abs(years - n) < 1.5;
    default:
      return Math.abs(years - n) < 1;
  }
}

/**
 * (g) "N years ago" for what the corpus dates, in a sentence that says the same, to a time that lies
 * another distance before its article's date ("applied for the grant in 2019", in an article of 2022,
 * is not "five years ago"; "serviced in March", in May, is not "more than a year ago"). The draft
 * has no date of its own: it is read as written when the corpus article was. A note.
 */
function checkYearsAgo(ctx: CheckContext, out: Finding[]): void {
  const kb = ctx.kb;
  for (const s of ctx.draft.sentences) {
    if (s.kind !== "paragraph") continue;
    YEARS_AGO.lastIndex = 0;
    let words: string[] | undefined;
    for (let m = YEARS_AGO.exec(s.text); m; m = YEARS_AGO.exec(s.text)) {
      const qualifier = (m[1] ?? "").toLowerCase();
      const count = /^an?$/i.test(m[2]) ? 1 : runValue([m[2]]);
      if (count === undefined) continue;
      const n = count * (/^decade/i.test(m[3]) ? 10 : 1);
      words ??= sentenceKeys(s);
      const found: Array<{ event: DatedEvent; years: number; share: number }> = [];
      for (const event of kb.dates.eventsSharing(words, 4)) {
        const at = kb.articles[event.article].meta.date;
        const { year, month } = event.date;
        if (event.dateline || event.relative || year === undefined || (event.yearInferred && !event.yearFromArticle) || at?.year === undefined || event.sentenceDates > 1) continue;
        const cov = kb.dates.coverage(words, event.sentenceWords);
        if (cov.draft < PARAPHRASE || cov.shared < 4) continue;
        const years = at.year - year + (month !== undefined && at.month !== undefined ? (at.month - month) / 12 : 0);
        if (years < 0) continue;
        found.push({ event, years, share: cov.draft });
      }
      if (!found.length || found.some((x) => fitsYearsAgo(x.years, n, qualifier))) continue;
      found.sort((a, b) => b.share - a.share || a.event.article - b.event.article);
      const best = found[0];
      const start = s.start + m.index;
      const span = { start, end: start + m[0].length };
      if (out.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
      const evidence = eventEvidence(ctx, found.map((x) => x.event));
      const when = best.event.mention.text;
      const ago = best.years < 1 ? "less than a year" : `about ${Math.round(best.years)} year${Math.round(best.years) === 1 ? "" : "s"}`;
      out.push({
        category: "date",
        code: "date-mismatch",
        span,
        severity: "information",
        message: `The corpus dates this to ${describeDate(best.event.date)}${describeDate(best.event.date) === when ? "" : ` ("${when}")`}, ${ago} before its article was written, not ${m[0]}: ${cite(evidence[0])}.`,
        suggestions: [`in ${when.replace(/^(?:in|on)\s+/iu, "")}`],
        evidence,
      });
    }
  }
}

export const dateMismatch: Check = {
  id: "date-mismatch",
  category: "date",
  // Each date is judged on its own sentence (its text, names and dates) and the corpus: an edit re-checks only the changed sentence.
  scope: "sentence",
  run(ctx) {
    const out: Finding[] = [];
    for (const d of draftDates(ctx.draft)) {
      const f = checkEvent(ctx, d) ?? checkWeekday(ctx, d.mention, d.context) ?? checkBareWeekday(ctx, d) ?? checkLeadWeekday(ctx, d) ?? checkEventWeekday(ctx, d) ?? checkDeadline(ctx, d) ?? checkPublicationDate(ctx, d) ?? checkPairedDate(ctx, d);
      if (f) out.push(f);
    }
    checkYearsAgo(ctx, out);
    return out;
  },
};

/** Hover for a date of the draft: when the corpus dates the event, and where. */
export const explainDate: Explainer = (kb, draft, offset) => {
  for (const { mention: m, context } of draftDates(draft)) {
    if (offset < m.span.start || offset > m.span.end) continue;
    const label = `Date "${m.text}"`;
    const value = valueOf(m);
    const event = kb.dates
      .match(context, SAME_EVENT)
      .find(
        (x) =>
          x.score >= SAME_EVENT &&
          x.shared.length >= 2 &&
          comparePredicates(context, x.event.context) !== "different" &&
          compareDates(value, x.event.date, x.event.yearInferred && !x.event.yearFromArticle).status !== "incomparable",
      );
    if (event) {
      const when = describeDate({ ...event.event.date, year: event.event.yearInferred ? undefined : event.event.date.year });
      return { span: m.span, summary: `${label}: the corpus dates this event (${sharedLabel(event)}) to ${when}`, evidence: [kb.evidence(event.event.ref)] };
    }
    if (m.month !== undefined && m.day !== undefined) {
      const same = kb.dates.onMonthDay(m.month, m.day);
      if (same.length) {
        const n = new Set(same.map((e) => e.article)).size;
        return { span: m.span, summary: `${label}: ${describeDate({ month: m.month, day: m.day })} appears in ${n} corpus article${n === 1 ? "" : "s"}`, evidence: kb.evidenceByArticle(same.map((e) => e.ref)) };
      }
    }
    return { span: m.span, summary: `${label}: no corpus event with this date`, evidence: [] };
  }
  return undefined;
};
