// The full-text index over every sentence of the corpus: BM25 retrieval of
// the sentences that might support a draft sentence, plus the document
// frequency of each term for weighting. Terms are the normalised content words
// of `analysis/claims.ts` (`sentenceKeys`), the same for corpus sentences and
// draft sentences. Built once per corpus (the engine builds it at load).
//
// Retrieval is minisearch's BM25+ (k 1.2, b 0.7, d 0.5) over one field that
// holds the sentence's distinct terms, OR-combined, no prefix or fuzzy match.
// Only the rarest terms of a query are sent (see `query`), which keeps the
// work per query small on large corpora.
import MiniSearch from "minisearch";
import { sentenceKeys } from "../analysis/claims";
import type { Article } from "./corpus";

/** One corpus sentence as the index sees it. */
export interface IndexedSentence {
  /** Position in `SentenceIndex.sentences` (the minisearch id). */
  id: number;
  article: number;
  /** Index of the sentence in `article.sentences`. */
  sentence: number;
  /** Distinct normalised content terms of the sentence. */
  terms: Set<string>;
}

export interface Hit {
  sentence: IndexedSentence;
  score: number;
}

export class SentenceIndex {
  readonly sentences: IndexedSentence[] = [];
  /** Number of sentences each term occurs in. */
  readonly df = new Map<string, number>();
  /** First entry of each article in `sentences`. */
  private readonly firstOf: number[] = [];
  private readonly search = new MiniSearch<{ id: number; keys: string }>({
    fields: ["keys"],
    storeFields: [],
    tokenize: (text) => (text ? text.split(" ") : []),
    processTerm: (t) => t || null,
    searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
  });

  constructor(articles: readonly Article[]) {
    const docs: Array<{ id: number; keys: string }> = [];
    for (const a of articles) {
      this.firstOf[a.index] = this.sentences.length;
      a.sentences.forEach((s, k) => {
        const keys = sentenceKeys(s.text);
        const terms = new Set(keys);
        const id = this.sentences.length;
        this.sentences.push({ id, article: a.index, sentence: k, terms });
        for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        docs.push({ id, keys: [...terms].join(" ") });
      });
    }
    this.search.addAll(docs);
  }

  get size(): number {
    return this.sentences.length;
  }

  /** Inverse document frequency: rare terms weigh more; unknown terms most. */
  idf(term: string): number {
    const n = this.sentences.length;
    return Math.log(1 + (n + 1) / ((this.df.get(term) ?? 0) + 0.5));
  }

  /** The corpus sentence `k` of article `article`, if it exists. */
  at(article: number, k: number): IndexedSentence | undefined {
    const first = this.firstOf[article];
    if (first === undefined || k < 0) return undefined;
    const s = this.sentences[first + k];
    return s && s.article === article ? s : undefined;
  }

  /** The best `limit` sentences for a set of query terms (BM25). Only the
   * `maxTerms` rarest terms are sent, to keep the work per query small. */
  query(terms: Iterable<string>, limit = 8, maxTerms = 10, maxPostings = 3_000): Hit[] {
    const unique = [...new Set(terms)].filter((t) => this.df.has(t));
    if (!unique.length) return [];
    unique.sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0));
    // Rare terms decide BM25 rankings; common ones mostly cost time.
    const chosen: string[] = [];
    let postings = 0;
    for (const t of unique) {
      const df = this.df.get(t) ?? 0;
      if (chosen.length >= maxTerms || (chosen.length >= 1 && postings + df > maxPostings)) break;
      chosen.push(t);
      postings += df;
    }
    return this.search
      .search(chosen.join(" "))
      .slice(0, limit)
      .map((r) => ({ sentence: this.sentences[r.id as number], score: r.score }));
  }
}

/** Position of `id` in an ascending list, or -1 (binary search). */
function position(list: readonly number[], id: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === id) return mid;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
