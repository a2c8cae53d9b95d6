// The full-text index over every sentence of the corpus: BM25 retrieval of
// the sentences that might support a draft sentence, plus the document
// frequency of each term for weighting. Terms are the normalised content words
// of `analysis/claims.ts` (`sentenceKeys`), the same for corpus sentences and
// draft sentences. Built once per corpus (the engine builds it at load).
//
// Ranking is BM25+ exactly as minisearch 7 computes it for one field (k 1.2,
// b 0.7, d 0.5; a document's length is its number of distinct terms; the
// average length accumulated document by document; OR of the query terms, the
// sum multiplied by the number of query terms matched; ties in insertion
// order), with plain posting lists instead of a radix tree: the same scores and
// order, found without building a result object for every matching sentence.
// The unit tests compare both.
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

/** BM25+ parameters (minisearch's defaults). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** One term's postings: sentences (ascending) and how often the term occurs in each. */
interface Postings {
  docs: number[];
  tfs: number[];
}

export class SentenceIndex {
  readonly sentences: IndexedSentence[] = [];
  /** Number of sentences each term occurs in. */
  readonly df = new Map<string, number>();
  /** First entry of each article in `sentences`. */
  private readonly firstOf: number[] = [];
  /** Search tokens → postings; each sentence's distinct token count; their running average. */
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: number[] = [];
  private averageLength = 0;

  constructor(articles: readonly Article[]) {
    for (const a of articles) {
      this.firstOf[a.index] = this.sentences.length;
      a.sentences.forEach((s, k) => {
        const keys = sentenceKeys(s.text);
        const terms = new Set(keys);
        const id = this.sentences.length;
        this.sentences.push({ id, article: a.index, sentence: k, terms });
        for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        this.addDocument(id, [...terms].join(" "));
      });
    }
  }

  /** Indexes one sentence's terms, " "-joined (a term holding a space counts as two tokens, as a tokenizer would split it). */
  private addDocument(id: number, keys: string): void {
    const tokens = keys ? keys.split(" ") : [];
    const length = new Set(tokens).size;
    this.lengths.push(length);
    this.averageLength = ((this.averageLength || 0) * id + length) / (id + 1);
    for (const t of tokens) {
      if (!t) continue;
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { docs: [], tfs: [] }));
      const last = p.docs.length - 1;
      if (last >= 0 && p.docs[last] === id) p.tfs[last]++;
      else {
        p.docs.push(id);
        p.tfs.push(1);
      }
    }
  }

  /** BM25+ of one token in one sentence. */
  private score(tf: number, matching: number, length: number): number {
    const total = this.sentences.length;
    const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    return invDocFreq * (D + tf * (K + 1) / (tf + K * (1 - B + B * length / this.averageLength)));
  }

  /** The best `limit` sentences for a " "-joined query: OR of its tokens, summed scores times the number of distinct tokens matched. */
  private search(query: string, limit: number): Hit[] {
    const tokens = (query ? query.split(" ") : []).filter((t) => !!t);
    const first = new Map<string, number>();
    tokens.forEach((t, i) => first.has(t) || first.set(t, i));
    const repeated = first.size < tokens.length;
    const slot = new Map<number, number>();
    const order: number[] = [];
    const scores: number[] = [];
    const matched: number[] = [];
    const seen: Array<Set<string> | undefined> = [];
    // Once no sentence not met yet can reach the current `limit`-th score (see `closed`), the rest only add to those met.
    let open = true;
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j];
      const p = this.postings.get(t);
      if (!p) continue;
      const matching = p.docs.length;
      if (!open) {
        const add = (at: number, k: number) => {
          scores[at] = scores[at] + this.score(p.tfs[k], matching, this.lengths[p.docs[k]]);
          if (!repeated) matched[at]++;
          else if (!seen[at]!.has(t)) {
            seen[at]!.add(t);
            matched[at]++;
          }
        };
        if (order.length * Math.log2(matching + 1) < matching) {
          // Few sentences met, a long list: look each up in it (same additions, same order per sentence).
          for (let at = 0; at < order.length; at++) {
            const k = position(p.docs, order[at]);
            if (k >= 0) add(at, k);
          }
        } else {
          for (let k = 0; k < p.docs.length; k++) {
            const at = slot.get(p.docs[k]);
            if (at !== undefined) add(at, k);
          }
        }
        continue;
      }
      for (let k = 0; k < p.docs.length; k++) {
        const doc = p.docs[k];
        const value = this.score(p.tfs[k], matching, this.lengths[doc]);
        const at = slot.get(doc);
        if (at === undefined) {
          slot.set(doc, order.length);
          order.push(doc);
          scores.push(value);
          matched.push(1);
          if (repeated) seen.push(new Set([t]));
        } else {
          scores[at] = scores[at] + value;
          if (!repeated) matched[at]++;
          else if (!seen[at]!.has(t)) {
            seen[at]!.add(t);
            matched[at]++;
          }
        }
      }
      if (order.length >= limit && j + 1 < tokens.length) open = !this.closed(tokens.slice(j + 1), scores, matched, limit);
    }
    // The first `limit` of a stable sort by final score, best first.
    const best: number[] = [];
    const final = (i: number) => scores[i] * (matched[i] || 1);
    for (let i = 0; i < order.length; i++) {
      const f = final(i);
      if (best.length === limit && !(f > final(best[best.length - 1]))) continue;
      let j = best.length;
      while (j > 0 && f > final(best[j - 1])) j--;
      best.splice(j, 0, i);
      if (best.length > limit) best.pop();
    }
    return best.map((i) => ({ sentence: this.sentences[order[i]], score: final(i) }));
  }

  /**
   * Whether a sentence none of the searched tokens met can no longer enter the
   * best `limit`: the most the `rest` of the tokens can give it (BM25+ of one
   * token stays below its idf times D + K + 1; times the number of distinct
   * tokens matched) is below the `limit`-th final score so far, which only
   * grows. It would also rank after every sentence met already on a tie.
   */
  private closed(rest: string[], scores: number[], matched: number[], limit: number): boolean {
    const total = this.sentences.length;
    let most = 0;
    const distinct = new Set<string>();
    for (const t of rest) {
      const p = this.postings.get(t);
      if (!p) continue;
      distinct.add(t);
      most += Math.log(1 + (total - p.docs.length + 0.5) / (p.docs.length + 0.5)) * (D + K + 1);
    }
    most *= distinct.size;
    // The `limit`-th best final score so far.
    const top: number[] = [];
    for (let i = 0; i < scores.length; i++) {
      const f = scores[i] * (matched[i] || 1);
      if (top.length === limit && f <= top[limit - 1]) continue;
      let j = top.length;
      while (j > 0 && f > top[j - 1]) j--;
      top.splice(j, 0, f);
      if (top.length > limit) top.pop();
    }
    // A margin for rounding.
    return top.length === limit && most < top[limit - 1] * (1 - 1e-9);
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
  query(terms: Iterable<string>, limit = 8, maxTerms = 10, maxPostings = 20_000): Hit[] {
    const unique = [...new Set(terms)].filter((t) => this.df.has(t));
    if (!unique.length) return [];
    unique.sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0));
    // Rare terms decide BM25 rankings; common ones mostly cost time.
    const chosen: string[] = [];
    let postings = 0;
    for (const t of unique) {
      const df = this.df.get(t) ?? 0;
      if (chosen.length >= maxTerms || (chosen.length >= 3 && postings + df > maxPostings)) break;
      chosen.push(t);
      postings += df;
    }
    return this.search(chosen.join(" "), limit);
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
