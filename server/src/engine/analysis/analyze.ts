// The one analysis pipeline. An article of the corpus and a draft in the
// editor both go through `analyzeText`; checks then compare the two.
import type { SimpleDate } from "../corpus/article";
import { LineIndex } from "../text/document";
import { toCheckable, type Checkable, type MarkupKind } from "../text/markup";
import { sentenceByIndex, splitSentences, type Sentence } from "../text/sentences";
import { findDates } from "./dates";
import type { DateMention, FigureMention, QuoteMention, RoleMention } from "./facts";
import { findFigures } from "./figures";
import { namesInSentence, namesOfSentence, type NameContext, type NameMention } from "./names";
import { findQuotes } from "./quotes";
import { findRoles } from "./roles";

/** Text, sentences and names: what every extractor may rely on. */
export interface AnalyzedBase {
  text: string;
  kind: MarkupKind;
  lines: LineIndex;
  checkable: Checkable;
  /** Checkable text: same length as `text`, markup blanked. */
  plain: string;
  sentences: Sentence[];
  names: NameMention[];
  /** Tells ordinary words from names. */
  common: NameContext;
}

export interface AnalyzedText extends AnalyzedBase {
  roles: RoleMention[];
  dates: DateMention[];
  figures: FigureMention[];
  quotes: QuoteMention[];
  /**
   * Set on the one-sentence view of a draft the incremental path checks (incremental.ts): the whole
   * draft's sentences and names, for the rules that read the sentence before (`sentenceBefore`).
   */
  neighbours?: { sentences: readonly Sentence[]; names: readonly NameMention[] };
}

/** The sentence before sentence `index` of a draft, with its names: from the whole draft, even in a one-sentence view. */
export function sentenceBefore(draft: AnalyzedText, index: number): { sentence: Sentence; names: NameMention[] } | undefined {
  const sentences = draft.neighbours?.sentences ?? draft.sentences;
  const sentence = sentenceByIndex(sentences, index - 1);
  if (!sentence) return undefined;
  return { sentence, names: namesOfSentence(draft.neighbours?.names ?? draft.names, sentence.index) };
}

export interface AnalyzeOptions {
  /** Ranges to leave out (web-page leftovers in articles). */
  ignore?: Array<{ start: number; end: number }>;
  /** The article's own date, against which relative dates are resolved. */
  referenceDate?: SimpleDate;
  /** Finds the names of one sentence (the incremental path passes a memoised version). */
  sentenceNames?: (s: Sentence, ctx: NameContext) => NameMention[];
  /** Memoises the sentence-local extractors (dates, figures, roles) per sentence: the incremental path. */
  sentenceMemo?: SentenceMemo;
}

/**
 * One sentence-local step of the analysis, memoised: `compute` finds the
 * step's mentions of sentence `s`, asking `ctx` (or the view of it it is
 * given) which words are ordinary; it may also read what the steps before it
 * found in `s` (its names). A memo may answer instead, with the mentions
 * moved to the sentence's offsets.
 */
export type SentenceMemo = <T>(step: string, s: Sentence, ctx: NameContext, compute: (ctx: NameContext) => T[]) => T[];

export function analyzeBase(text: string, kind: MarkupKind, ctx: NameContext, options: AnalyzeOptions = {}): AnalyzedBase {
  const checkable = toCheckable(text, kind);
  let plain = checkable.plain;
  if (options.ignore?.length) {
    const chars = plain.split("");
    for (const r of options.ignore) for (let i = r.start; i < r.end; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
    plain = chars.join("");
    checkable.plain = plain;
  }
  const sentences = splitSentences(plain, checkable.blocks);
  const names: NameMention[] = [];
  const namesOf = options.sentenceNames ?? namesInSentence;
  for (const s of sentences) names.push(...namesOf(s, ctx));
  return { text, kind, lines: new LineIndex(text), checkable, plain, sentences, names, common: ctx };
}

export function analyzeText(text: string, kind: MarkupKind, ctx: NameContext, options: AnalyzeOptions = {}): AnalyzedText {
  const base = analyzeBase(text, kind, ctx, options);
  return {
    ...base,
    roles: findRoles(base, options.sentenceMemo),
    dates: findDates(base, options.referenceDate, options.sentenceMemo),
    figures: findFigures(base, options.sentenceMemo),
    quotes: findQuotes(base),
  };
}

/** Lower-cased words that appear in lower case in `text`: ordinary words. */
export function lowercaseWords(plain: string, into: Set<string> = new Set()): Set<string> {
  const re = /(?<![\p{L}\p{M}'’\-])\p{Ll}[\p{Ll}\p{M}]*(?:['’\-]\p{Ll}+)*/gu;
  for (const m of plain.matchAll(re)) into.add(m[0]);
  return into;
}
