// The corpus as the engine sees it: analysed articles, and the evidence
// pointer every fact carries.
import { analyzeText, lowercaseWords, type AnalyzedText } from "../analysis/analyze";
import type { NameContext } from "../analysis/names";
import { articleMeta, inferArticleYears, leftoverSpans, type ArticleMeta, type RawArticle } from "../corpus/article";
import { NUMBER_WORDS, STOPWORDS } from "../text/lexicon";
import { sentenceAt } from "../text/sentences";
import type { Evidence, Span } from "../types";

export interface Article extends AnalyzedText {
  index: number;
  id: string;
  path: string;
  meta: ArticleMeta;
}

/**
 * How `isCommon` finds the stem of an inflected word (general English): an ending, what replaces it, and the
 * length the word must exceed ("worries" → "worry", "closed" → "close", "taxis" → "taxi"; not "boss" → "bos").
 */
const STEM_RULES: ReadonlyArray<readonly [end: string, stem: string, longer: number]> = [
  ["ies", "y", 4], ["es", "", 4], ["s", "", 3], ["ed", "", 4], ["ed", "e", 4], ["ing", "", 5], ["ing", "e", 5], ["ly", "", 4],
];

/** Ordinary words: anything the corpus (or the draft) writes in lower case. */
export class CommonWords implements NameContext {
  constructor(readonly words: Set<string>, readonly extra?: Set<string>) {}
  isCommon(lower: string): boolean {
    if (this.has(lower)) return true;
    // Inflections of an ordinary word are ordinary: "Taxis", "Holders", "Worries".
    for (const [end, stem, longer] of STEM_RULES) {
      if (lower.length > longer && lower.endsWith(end) && !(end === "s" && lower.endsWith("ss")) && this.has(lower.slice(0, lower.length - end.length) + stem)) return true;
    }
    return false;
  }
  private has(lower: string): boolean {
    if (/^i['’]/.test(lower) || (lower.includes("-") && lower.split("-").every((p) => NUMBER_WORDS[p] !== undefined))) return true;
    return STOPWORDS.has(lower) || NUMBER_WORDS[lower] !== undefined || this.words.has(lower) || (this.extra?.has(lower) ?? false);
  }
  with(extra: Set<string>): CommonWords {
    return new CommonWords(this.words, extra);
  }

  /**
   * The words `isCommon` may answer differently for in `this` and in `other`, or undefined when that cannot be
   * told cheaply (other corpus words): each word one view adds and the other lacks, and the inflections of it
   * whose stem it is (the stems `isCommon` tries).
   */
  changedSince(other: NameContext): Set<string> | undefined {
    if (!(other instanceof CommonWords) || other.words !== this.words) return undefined;
    const a = this.extra ?? new Set<string>();
    const b = other.extra ?? new Set<string>();
    const out = new Set<string>();
    // The same rules `isCommon` reads a word's stem by, run the other way: every word whose stem `c` may be.
    const add = (c: string) => {
      out.add(c);
      for (const [end, stem] of STEM_RULES) if (c.endsWith(stem)) out.add(c.slice(0, c.length - stem.length) + end);
    };
    for (const w of a) if (!b.has(w)) add(w);
    for (const w of b) if (!a.has(w)) add(w);
    return out;
  }
}

/** What every article's analysis needs from the whole corpus: its ordinary words, and each article's leftovers and metadata. */
export interface CorpusPrelude {
  common: CommonWords;
  ignores: Array<Array<{ start: number; end: number }>>;
  metas: ArticleMeta[];
}

export function corpusPrelude(raw: readonly RawArticle[]): CorpusPrelude {
  const ignores = raw.map((r) => leftoverSpans(r.text));
  const lower = new Set<string>();
  for (const r of raw) lowercaseWords(r.text, lower);
  const common = new CommonWords(lower);
  const metas = raw.map((r, index) => articleMeta(r.text, ignores[index]));
  inferArticleYears(metas);
  return { common, ignores, metas };
}

/** The analysis of one article (the same in a worker thread as here). */
export function analyzeArticle(r: RawArticle, common: NameContext, ignore: Array<{ start: number; end: number }>, meta: ArticleMeta): AnalyzedText {
  return analyzeText(r.text, r.kind, common, { ignore, referenceDate: meta.date });
}

/** An analysed article, its place in the corpus and its metadata. */
export function articleOf(analyzed: AnalyzedText, r: RawArticle, index: number, meta: ArticleMeta): Article {
  return { ...analyzed, index, id: r.id, path: r.path, meta };
}

export function analyzeArticles(raw: RawArticle[], prelude: CorpusPrelude = corpusPrelude(raw)): { articles: Article[]; common: CommonWords } {
  const { common, ignores, metas } = prelude;
  const articles = raw.map((r, index) => articleOf(analyzeArticle(r, common, ignores[index], metas[index]), r, index, metas[index]));
  return { articles, common };
}

/** The evidence for a span of an article: its sentence, article, line and column. */
export function evidenceAt(article: Article, span: Span): Evidence {
  const pos = article.lines.positionAt(span.start);
  const si = sentenceAt(article.sentences, span.start);
  const sentence = si >= 0 ? article.text.slice(article.sentences[si].start, article.sentences[si].end) : article.text.slice(span.start, span.end);
  return {
    article: article.id,
    path: article.path,
    title: article.meta.title,
    line: pos.line + 1,
    column: pos.character,
    span: { start: span.start, end: span.end },
    sentence: sentence.replace(/\s+/g, " ").trim(),
  };
}
