// The figures the corpus gives, indexed by unit (the thing counted), with the
// words around each so a draft's figure can be matched to the corpus figure
// about the same thing. Word weights come from the corpus itself: a word in
// every sentence ("ukraine" in a corpus about Ukraine) says little.
import { asFigure, sentenceStems, singular, type Bound, type Figure } from "../analysis/figures";
import type { Article } from "./corpus";
import type { MentionRef } from "./names";
import { NearWordIndex } from "./near-keys";
import { editDistance, skeleton } from "./skeleton";

export interface FigureRef extends MentionRef {
  figure: Figure;
}

/** How well a draft figure's sentence matches a corpus figure's sentence. */
export interface FigureMatch {
  ref: FigureRef;
  /** Context words both sentences share (draft spelling). */
  shared: string[];
  /** Weighted share of the smaller context that the two have in common, 0..1. */
  ratio: number;
  /** Weighted count of shared words (each word weighs 0..1 by rarity; a name half as much). */
  weight: number;
  /** How many words are shared, a name counting half. */
  count: number;
  /** Both figures say what they measure, and it differs: "30-day ceasefire" vs "30-day deadline". */
  thingClash: boolean;
}

/** A value band a figure allows: "more than 30" is (30, ∞), "five to ten" is [5, 10]. */
export interface Band {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

export class FigureKnowledge {
  readonly all: FigureRef[] = [];
  readonly byUnit = new Map<string, FigureRef[]>();
  private df = new Map<string, number>();
  private sentences = 0;
  /** Context words and "thing" words → figures (positions in `all`), built on first use. */
  private contextIndex?: NearWordIndex;
  private thingIndex?: NearWordIndex;
  /** Last four letters of "thing" words → figures, for `thingPair`'s shared endings. */
  private thingTails?: Map<string, number[]>;
  /** Per unit, its figures and indexes of their words (see `unitIndex`). */
  private readonly units = new Map<string, UnitIndex>();
  /** `weight` per word, computed once. */
  private readonly weights = new Map<string, number>();

  constructor(articles: Article[]) {
    for (const a of articles) {
      for (const s of a.sentences) {
        this.sentences++;
        for (const w of sentenceStems(s)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      }
      for (const m of a.figures) {
        const figure = asFigure(m);
        if (!figure.unit) continue;
        const ref = { article: a.index, start: figure.span.start, end: figure.span.end, figure };
        this.all.push(ref);
        const list = this.byUnit.get(figure.unit) ?? [];
        list.push(ref);
        this.byUnit.set(figure.unit, list);
      }
    }
  }

  /** Rarity of a word in the corpus, 0..1: 1 for a word no sentence or one sentence has. */
  weight(word: string): number {
    let w = this.weights.get(word);
    if (w === undefined) {
      w = this.rarity(word);
      if (this.weights.size >= 100_000) this.weights.clear();
      this.weights.set(word, w);
    }
    return w;
  }

  private rarity(word: string): number {
    const n = Math.max(1, this.sentences) + 1;
    const df = this.df.get(word) ?? 0;
    return Math.max(0.05, Math.min(1, Math.log(n / Math.max(1, df)) / Math.log(n)));
  }

  /**
   * Corpus figures with the same unit that share a context word or what they
   * measure with the draft figure, each scored against the draft figure's
   * context, best first. (Figures of the unit that share nothing would score
   * zero on every measure and are left out.)
   */
  matches(figure: Figure, need?: MatchNeed): FigureMatch[] {
    const unit = figure.unit;
    if (!unit) return [];
    const out: FigureMatch[] = [];
    const candidates = need ? undefined : this.candidates(figure);
    const known = this.knownWords();
    for (const i of candidates ?? this.needed(figure, need!, known.singular, known.draftSame)) {
      const ref = this.all[i];
      if (ref.figure.unit !== unit) continue;
      const m = this.match(figure, ref, known);
      if (m.count > 0) out.push(m);
    }
    return out.sort((a, b) => b.weight - a.weight || b.ratio - a.ratio);
  }

  /**
   * `sameWord` and `singular` answered from memos, for one draft figure matched
   * against many corpus figures: the same words of a draft word are found once,
   * among the candidates the index proposes for it.
   */
  knownWords(): KnownWords & { draftSame(w: string, x: string): boolean } {
    const contexts = this.contexts();
    const sets = new Map<string, Set<string>>();
    const draftSame = (w: string, x: string): boolean => {
      let set = sets.get(w);
      if (!set) sets.set(w, (set = new Set(contexts.keys.candidates(w).filter((c) => isSame(w, c)))));
      return set.has(x) || w === x;
    };
    const singulars = new Map<string, string>();
    const single = (w: string): string => {
      let v = singulars.get(w);
      if (v === undefined) singulars.set(w, (v = singular(w)));
      return v;
    };
    return { same: (w, x) => (contexts.keys.has(x) ? draftSame(w, x) : isSame(w, x)), singular: single, draftSame };
  }

  /** The context-word index over all figures, built on first use. */
  private contexts(): NearWordIndex {
    return (this.contextIndex ??= new NearWordIndex(this.all.map((r) => r.figure.context), NEAR_OPTIONS));
  }

  /** The figures of one unit (positions in `all`, ascending) and indexes of their words, built on first use. */
  private unitIndex(unit: string): UnitIndex {
    let u = this.units.get(unit);
    if (!u) {
      const refs: number[] = [];
      this.all.forEach((r, i) => r.figure.unit === unit && refs.push(i));
      const tails = new Map<string, number[]>();
      refs.forEach((at, k) => {
        const thing = this.all[at].figure.thing;
        for (const w of thing ? thing.split(" ") : []) {
          if (w.length < 4) continue;
          const list = tails.get(w.slice(-4)) ?? [];
          if (list[list.length - 1] !== k) list.push(k);
          tails.set(w.slice(-4), list);
        }
      });
      // Figures with the same value fields (all that `figuresAgree` reads of them) share a shape number.
      const shapes = new Map<string, number>();
      const shape = Int32Array.from(refs, (at) => {
        const f = this.all[at].figure;
        const key = `${f.value}|${f.valueHigh}|${f.bound}|${f.vague ? 1 : 0}|${f.fraction ? 1 : 0}`;
        let id = shapes.get(key);
        if (id === undefined) shapes.set(key, (id = shapes.size));
        return id;
      });
      u = {
        refs,
        shape,
        shapes: shapes.size,
        context: new NearWordIndex(refs.map((at) => this.all[at].figure.context), NEAR_OPTIONS),
        things: new NearWordIndex(refs.map((at) => (this.all[at].figure.thing ? this.all[at].figure.thing!.split(" ") : undefined)), NEAR_OPTIONS),
        tails,
      };
      this.units.set(unit, u);
    }
    return u;
  }

  /**
   * The figures of `figure`'s unit (positions in `all`, ascending) that `need`
   * keeps or that can reach its count and weight: each draft word that has a
   * same word in a figure's context adds one and its own weight (`match` adds
   * at most that), a shared "thing" one more and at most 1.
   */
  private needed(figure: Figure, need: MatchNeed, single: (w: string) => string, same: (w: string, x: string) => boolean): number[] {
    const u = this.unitIndex(figure.unit);
    const n = u.refs.length;
    // Scratch arrays kept per unit between calls (count and weight zero outside a call).
    let scratch = neededScratch.get(u);
    if (!scratch || scratch.round > 2_000_000_000) neededScratch.set(u, (scratch = { count: new Float64Array(n), weight: new Float64Array(n), seen: new Int32Array(n), round: 0 }));
    const { count, weight, seen } = scratch;
    const s = scratch;
    // The figures one draft word (or the thing) reaches, each once: marked with the round's number.
    const add = (lists: Iterable<readonly number[]>, w: number) => {
      const round = ++s.round;
      for (const items of lists) {
        for (const k of items) {
          if (seen[k] === round) continue;
          seen[k] = round;
          count[k] += 1;
          weight[k] += w;
        }
      }
    };
    const skip = new Set([figure.unit, single(figure.unit)]);
    for (const w of figure.context) {
      if (skip.has(single(w))) continue;
      add(
        u.context.near(w).filter(({ word }) => same(w, word)).map(({ items }) => items),
        this.weight(w),
      );
    }
    const things: Array<readonly number[]> = [];
    for (const w of figure.thing ? figure.thing.split(" ") : []) {
      for (const { items } of u.things.near(w)) things.push(items);
      if (w.length >= 4) things.push(u.tails.get(w.slice(-4)) ?? []);
    }
    add(things, 1);
    const out: number[] = [];
    // With `byValue`, `keep` is asked once per shape (see `unitIndex`): 1 kept, -1 not, 0 not yet asked.
    const kept = need.byValue ? new Int8Array(u.shapes) : undefined;
    const keeps = (k: number): boolean => {
      if (!kept) return need.keep(this.all[u.refs[k]]);
      const s = u.shape[k];
      if (!kept[s]) kept[s] = need.keep(this.all[u.refs[k]]) ? 1 : -1;
      return kept[s] > 0;
    };
    // A figure no draft word (nor the thing) reaches shares nothing: `match` would give it count 0, and `matches` drops those.
    for (let k = 0; k < n; k++) {
      if (count[k] > 0 && ((count[k] >= need.count && weight[k] >= need.weight) || keeps(k))) out.push(u.refs[k]);
      count[k] = 0;
      weight[k] = 0;
    }
    return out;
  }

  /** Positions in `all`, ascending, of the figures that may share a word (by `sameWord` or `thingPair`) with `figure`. */
  private candidates(figure: Figure): number[] {
    const contexts = this.contexts();
    const things = (this.thingIndex ??= new NearWordIndex(this.all.map((r) => (r.figure.thing ? r.figure.thing.split(" ") : undefined)), NEAR_OPTIONS));
    if (!this.thingTails) {
      const tails = new Map<string, number[]>();
      this.all.forEach((r, i) => {
        for (const w of r.figure.thing ? r.figure.thing.split(" ") : []) {
          if (w.length < 4) continue;
          const list = tails.get(w.slice(-4)) ?? [];
          if (list[list.length - 1] !== i) list.push(i);
          tails.set(w.slice(-4), list);
        }
      });
      this.thingTails = tails;
    }
    const chosen = new Set<number>();
    for (const w of figure.context) for (const { items } of contexts.near(w)) for (const i of items) chosen.add(i);
    for (const w of figure.thing ? figure.thing.split(" ") : []) {
      for (const { items } of things.near(w)) for (const i of items) chosen.add(i);
      if (w.length >= 4) for (const i of this.thingTails.get(w.slice(-4)) ?? []) chosen.add(i);
    }
    return [...chosen].sort((a, b) => a - b);
  }

  match(figure: Figure, ref: FigureRef, known?: KnownWords): FigureMatch {
    const single = known?.singular ?? singular;
    const sameWord = known?.same ?? isSame;
    // Each figure's context words less the unit: with one unit on both sides (as every caller has it), once per figure.
    const sameUnit = figure.unit === ref.figure.unit;
    const skip = sameUnit ? undefined : new Set([figure.unit, single(figure.unit), ref.figure.unit]);
    const mine = skip ? figure.context.filter((w) => !skip.has(single(w))) : unitFree(figure, single);
    const theirs = skip ? ref.figure.context.filter((w) => !skip.has(single(w))) : unitFree(ref.figure, single);
    const shared: string[] = [];
    let weight = 0;
    let count = 0;
    const used = new Set<number>();
    const share = (w: string) => (figure.names.includes(w) || ref.figure.names.includes(w) ? 0.5 : 1);
    for (const w of mine) {
      const k = theirs.findIndex((x, idx) => !used.has(idx) && sameWord(w, x));
      if (k < 0) continue;
      used.add(k);
      shared.push(w);
      count += share(w);
      weight += Math.min(this.weight(w), this.weight(theirs[k])) * share(w);
    }
    // What a measure qualifies ("30-day ceasefire") is the strongest sign of the same thing.
    const a = figure.thing;
    const b = ref.figure.thing;
    const pair = thingPair(a, b);
    const sameThing = !!pair;
    if (pair && !shared.some((w) => sameWord(w, pair[0]))) {
      shared.push(pair[0]);
      count++;
      weight += Math.max(this.weight(pair[0]), this.weight(pair[1]));
    }
    const total = (ws: string[]) => ws.reduce((s, w) => s + this.weight(w) * share(w), 0);
    const smaller = Math.min(total(mine), total(theirs));
    return { ref, shared, weight, count, ratio: smaller > 0 ? Math.min(1, weight / smaller) : 0, thingClash: !!a && !!b && !sameThing };
  }
}

/** Per unit index: `needed`'s scratch arrays. */
const neededScratch = new WeakMap<object, { count: Float64Array; weight: Float64Array; seen: Int32Array; round: number }>();

/** Per figure: its context words that are not its unit (by `singular`), as `match` compares them. */
const unitFreeMemo = new WeakMap<Figure, string[]>();
function unitFree(f: Figure, single: (w: string) => string): string[] {
  let words = unitFreeMemo.get(f);
  if (!words) {
    const skip = new Set([f.unit, single(f.unit)]);
    unitFreeMemo.set(f, (words = f.context.filter((w) => !skip.has(single(w)))));
  }
  return words;
}

/** Near-word candidates for `sameWord` and `thingPair`. */
const NEAR_OPTIONS = { prefixMin: 0, editMin: 7, head: 5, skeleton: true };

/** One unit's figures (positions in `all`) and indexes over their context words, "thing" words and thing endings (items: positions in `refs`). */
interface UnitIndex {
  refs: number[];
  /** Per figure (position in `refs`), its shape number: the same for the same value, high value, bound, vagueness and fraction. */
  shape: Int32Array;
  /** How many shapes. */
  shapes: number;
  context: NearWordIndex;
  things: NearWordIndex;
  tails: Map<string, number[]>;
}

/**
 * What a caller of `matches` uses: figures `keep` accepts, and the others only
 * if they can reach `count` shared words and `weight`; the rest are not scored.
 */
export interface MatchNeed {
  count: number;
  weight: number;
  keep(ref: FigureRef): boolean;
  /** `keep` reads only the figure's value, high value, bound, vagueness and fraction (as `figuresAgree` does): asked once per shape. */
  byValue?: boolean;
}

/** Answers `match` may take from a caller that computed them already (the same as `sameWord` and `singular`). */
export interface KnownWords {
  same(draftWord: string, corpusWord: string): boolean;
  singular(word: string): string;
}

/** The words two "things" share ("pay rise" / "rise"; "ceasefire" / garbled "fire"), if any. */
function thingPair(a: string, b: string): [string, string] | undefined {
  if (!a || !b) return undefined;
  for (const x of a.split(" ")) {
    for (const y of b.split(" ")) {
      if (sameWord(x, y) || (Math.min(x.length, y.length) >= 4 && (x.endsWith(y) || y.endsWith(x)))) return [x, y];
    }
  }
  return undefined;
}

/** Two context words that are the same word: same stem, a near spelling, a transliteration. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const key = a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
  let same = sameWords.get(key);
  if (same === undefined) {
    same = isSameWord(a, b);
    if (sameWords.size >= 200_000) sameWords.clear();
    sameWords.set(key, same);
  }
  return same;
}

const isSame = (a: string, b: string): boolean => sameWord(a, b);

/** Answers of `sameWord` (symmetric), remembered. */
const sameWords = new Map<string, boolean>();

function isSameWord(a: string, b: string): boolean {
  const min = Math.min(a.length, b.length);
  if (min >= 5 && commonPrefix(a, b) >= Math.max(5, Math.max(a.length, b.length) - 2)) return true;
  if (min >= 5 && skeleton(a) === skeleton(b)) return true;
  if (min >= 7 && editDistance(a, b, 1) <= 1) return true;
  return nominalOf(a, b) || nominalOf(b, a);
}

/**
 * A noun in "-sion"/"-tion" and the verb it is made from ("diversion" / "divert", "extension" / "extend",
 * "decision" / "decide", "admission" / "admit"): the same root once the noun's ending and the verb's last
 * consonant (and final "e") are taken off; roots of four letters or more.
 */
function nominalOf(noun: string, verb: string): boolean {
  const m = /^(\p{L}+?)(?:ss|s|t)ions?$/u.exec(noun);
  if (!m || m[1].length < 4) return false;
  const root = verb.replace(/e$/u, "").replace(/[dts]$/u, "");
  return root === m[1];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The values a figure allows, from its qualifier. */
export function bandOf(f: Figure): Band {
  const v = f.value;
  const hi = f.valueHigh ?? v;
  const b = (low: number, high: number, lowOpen = false, highOpen = false): Band => ({ low, high, lowOpen, highOpen });
  const bound: Bound = f.bound;
  // A fraction is a rounded share: "a third" is about 30 to 37 percent, "about half" 42.5 to 57.5.
  if (f.fraction && (bound === "" || bound === "approx" || bound === "near")) {
    const slack = bound === "" ? 0.1 : 0.15;
    return b(v * (1 - slack), bound === "near" ? hi : hi * (1 + slack));
  }
  switch (bound) {
    case "gt":
      return b(hi, Infinity, true, false);
    case "ge":
      return b(v, Infinity);
    case "lt":
      return b(-Infinity, v, false, true);
    case "le":
      return b(-Infinity, hi);
    case "approx":
      return b(v * 0.9, hi * 1.1);
    case "near":
      return b(v * 0.85, hi, false, !f.vague);
    default:
      return b(v, hi);
  }
}

function overlap(a: Band, b: Band): boolean {
  const lo = Math.max(a.low, b.low);
  const hi = Math.min(a.high, b.high);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // Touching at one point: both must include it.
  const aHas = (x: number) => (x > a.low || (x === a.low && !a.lowOpen)) && (x < a.high || (x === a.high && !a.highOpen));
  const bHas = (x: number) => (x > b.low || (x === b.low && !b.lowOpen)) && (x < b.high || (x === b.high && !b.highOpen));
  return aHas(lo) && bHas(lo);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Which side of its number a qualifier puts the value: "nearly 30" below, "more than 30" above. */
function side(bound: Bound): "below" | "above" | "" {
  return bound === "lt" || bound === "le" || bound === "near" ? "below" : bound === "gt" || bound === "ge" ? "above" : "";
}

/**
 * "about 350,000" for the corpus's "about 348,000": an approximate draft figure that is the corpus's
 * number rounded to fewer significant digits (two at least) is the same figure, rounded.
 */
function roundedFrom(draft: Figure, corpus: Figure): boolean {
  if (draft.bound !== "approx" || (corpus.bound !== "approx" && corpus.bound !== "") || draft.vague || corpus.vague || draft.fraction || corpus.fraction) return false;
  const v = draft.value;
  if (!Number.isInteger(v) || v <= 0 || !Number.isInteger(corpus.value) || corpus.value <= 0) return false;
  const digits = String(v).replace(/0+$/u, "").length;
  if (digits < 2 || digits >= String(corpus.value).replace(/0+$/u, "").length || String(v).length !== String(corpus.value).length) return false;
  const unit = 10 ** (String(v).length - digits);
  return Math.round(corpus.value / unit) * unit === v;
}

/**
 * Does the draft figure agree with the corpus figure? With the same kind of
 * qualifier the numbers must be equal ("more than 20" is not "more than 30",
 * "two to three" is not "five to ten"); with different qualifiers the bands
 * they allow must meet ("35" fits "more than 30"). The same number with
 * qualifiers on opposite sides ("nearly 30" and "more than 30") agrees only
 * when the bands still meet ("up to 30" and "at least 30" share 30).
 */
export function figuresAgree(draft: Figure, corpus: Figure): boolean {
  // A precise number against a vague magnitude ("5,000" / "at least tens of thousands"): the number must fall in the
  // magnitude's band, or past it on the side the magnitude's own qualifier leaves open; the precise side's qualifier
  // does not widen it ("at least 5,000" is not "tens of thousands").
  const vague = corpus.vague && !draft.vague ? corpus : draft.vague && !corpus.vague ? draft : undefined;
  if (vague && vague.valueHigh !== undefined && !draft.fraction && !corpus.fraction) {
    const exact = vague === corpus ? draft : corpus;
    const lo = exact.value;
    const hi = exact.valueHigh ?? exact.value;
    // Under a bound on the same side ("at least 100,000" / "at least tens of thousands") the bound is one qualifier:
    // the number must fall in the band.
    if (side(exact.bound) && side(exact.bound) === side(vague.bound)) return lo <= vague.valueHigh && hi >= vague.value;
    if (hi < vague.value) return side(vague.bound) === "below";
    if (lo > vague.valueHigh) return side(vague.bound) === "above";
    return true;
  }
  const opposite = (a: Figure, b: Figure) => !!side(a.bound) && !!side(b.bound) && side(a.bound) !== side(b.bound) && !a.vague && !b.vague;
  if (near(draft.value, corpus.value) && near(draft.valueHigh ?? draft.value, corpus.valueHigh ?? corpus.value) && !opposite(draft, corpus)) return true;
  const ranged = (f: Figure) => f.valueHigh !== undefined && !f.vague;
  if (roundedFrom(draft, corpus) && !ranged(draft) && !ranged(corpus)) return true;
  // Two bounds on the same side ("at least 40" / "more than 30") are one qualifier with two values, as the same bound is.
  const sameBound = draft.bound === corpus.bound || (!!side(draft.bound) && side(draft.bound) === side(corpus.bound));
  if (!draft.vague && !corpus.vague && sameBound && ranged(draft) === ranged(corpus) && !!draft.fraction === !!corpus.fraction) return false;
  // Two magnitudes under the same bound ("at least several thousand" / "at least tens of thousands"): the bound is one
  // qualifier, the magnitudes must meet.
  if (draft.vague && corpus.vague && sameBound && !!side(draft.bound) && draft.valueHigh !== undefined && corpus.valueHigh !== undefined && !draft.fraction && !corpus.fraction) {
    return Math.max(draft.value, corpus.value) <= Math.min(draft.valueHigh, corpus.valueHigh);
  }
  return overlap(bandOf(draft), bandOf(corpus));
}

/** One corpus figure as `factcheck corpus` lists it. */
export interface FigureSummary {
  unit: string;
  text: string;
  value: number;
  valueHigh?: number;
  qualifier: string;
  article: string;
  line: number;
  /** The nearest context words, which decide what the figure is about. */
  context: string[];
}

/** Every figure the corpus gives, grouped by unit, for review. */
export function summarizeFigures(kb: { figures: FigureKnowledge; articles: Article[] }): FigureSummary[] {
  return [...kb.figures.byUnit.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .flatMap(([unit, refs]) =>
      refs.map((r) => {
        const a = kb.articles[r.article];
        const f = r.figure;
        const s: FigureSummary = {
          unit,
          text: f.text.replace(/\s+/g, " "),
          value: f.value,
          qualifier: f.qualifier,
          article: a.id,
          line: a.lines.positionAt(r.start).line + 1,
          context: f.context.slice(0, 6),
        };
        if (f.valueHigh !== undefined) s.valueHigh = f.valueHigh;
        return s;
      }),
    );
}
