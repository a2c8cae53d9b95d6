// The full-text index over every sentence of the corpus: BM25 retrieval of
// the sentences that might support a draft sentence, plus the document
// frequency of each term for weighting. Terms are the normalised content words
// of `analysis/claims.ts` (`sentenceKeys`), the same for corpus sentences and
// draft sentences. Built once per corpus (the engine builds it at load) and
// kept in the corpus cache in its packed form (`pack` / `SentenceIndex.unpack`).
//
// Retrieval is BM25+ (k 1.2, b 0.7, d 0.5) over one field that holds the
// sentence's distinct terms, OR-combined, exact terms only, each document's
// score multiplied by the number of query terms it matches: the scoring of
// minisearch with those options, ranked the same way (ties keep the order in
// which documents were first matched). Only the rarest terms of a query are
// sent (see `query`), which keeps the work per query small on large corpora.
//
// Everything is held in flat typed arrays over a vocabulary of term ids (a
// posting list per term, the term ids of each sentence), so that a corpus of
// hundreds of thousands of sentences costs a few tens of megabytes, a query
// touches only the postings of its terms, and the cache stores and restores
// the index as a handful of buffers.
import { sentenceKeys } from "../analysis/claims";
import type { Article } from "./corpus";

/** One corpus sentence as the index sees it. */
export interface IndexedSentence {
  /** Position in `SentenceIndex.sentences`. */
  id: number;
  article: number;
  /** Index of the sentence in `article.sentences`. */
  sentence: number;
  /** Distinct normalised content terms of the sentence (read-only: a view of the index). */
  readonly terms: Set<string>;
}

export interface Hit {
  sentence: IndexedSentence;
  score: number;
}

/** The index in the form the corpus cache stores. */
export interface PackedIndex {
  vocab: string[];
  /** Per vocabulary entry: the number of sentences whose terms include it. */
  df: Uint32Array;
  avgLength: number;
  docArticle: Uint32Array;
  docSentence: Uint32Array;
  /** Field length (distinct tokens) of each sentence. */
  docLength: Uint32Array;
  /** `docKeys[docKeyStart[d] .. docKeyStart[d + 1]]`: sorted vocabulary ids of sentence d's terms. */
  docKeyStart: Uint32Array;
  docKeys: Uint32Array;
  /** `postDoc[postStart[t] .. postStart[t + 1]]`: ascending sentences holding token t, with its frequency in `postTf`. */
  postStart: Uint32Array;
  postDoc: Uint32Array;
  postTf: Uint16Array;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** The terms of one indexed sentence: a read-only set over the index's arrays (a `Set` for its readers; changing it throws). */
class SentenceTerms extends Set<string> {
  constructor(
    private readonly index: SentenceIndex,
    private readonly doc: number,
  ) {
    super();
  }
  override add(): this {
    throw new Error("the terms of an indexed sentence are read-only");
  }
  override delete(): boolean {
    throw new Error("the terms of an indexed sentence are read-only");
  }
  override clear(): void {
    throw new Error("the terms of an indexed sentence are read-only");
  }
  private ids(): Uint32Array {
    const p = this.index.packed;
    return p.docKeys.subarray(p.docKeyStart[this.doc], p.docKeyStart[this.doc + 1]);
  }
  override get size(): number {
    const p = this.index.packed;
    return p.docKeyStart[this.doc + 1] - p.docKeyStart[this.doc];
  }
  override has(term: string): boolean {
    const id = this.index.termId(term);
    if (id === undefined) return false;
    const ids = this.ids();
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid] === id) return true;
      if (ids[mid] < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  override *values(): SetIterator<string> {
    const vocab = this.index.packed.vocab;
    for (const id of this.ids()) yield vocab[id];
  }
  override keys(): SetIterator<string> {
    return this.values();
  }
  override *entries(): SetIterator<[string, string]> {
    for (const v of this.values()) yield [v, v];
  }
  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
  override forEach(f: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    for (const v of this.values()) f.call(thisArg, v, v, this);
  }
}

/** An indexed sentence; its terms are made on first use. */
class Entry implements IndexedSentence {
  private view?: SentenceTerms;
  constructor(
    private readonly index: SentenceIndex,
    readonly id: number,
    readonly article: number,
    readonly sentence: number,
  ) {}
  get terms(): Set<string> {
    return (this.view ??= new SentenceTerms(this.index, this.id));
  }
}

/** A growable Uint32 buffer. */
class U32 {
  buf = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  done(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}

export class SentenceIndex {
  readonly sentences: IndexedSentence[] = [];
  /** Number of sentences each term occurs in. */
  readonly df = new Map<string, number>();
  /** First entry of each article in `sentences`. */
  private readonly firstOf: number[] = [];
  private readonly ids = new Map<string, number>();
  /** Scratch space of `query`: scores, matched terms and a stamp per sentence. */
  private scratch?: { score: Float64Array; quality: Uint16Array; stamp: Uint32Array; round: number };

  /** Builds the index of `articles`, or restores a packed one. */
  constructor(
    articles: readonly Article[],
    readonly packed: PackedIndex = SentenceIndex.build(articles),
  ) {
    const p = packed;
    p.vocab.forEach((t, id) => {
      this.ids.set(t, id);
      if (p.df[id]) this.df.set(t, p.df[id]);
    });
    for (let d = 0; d < p.docArticle.length; d++) {
      const article = p.docArticle[d];
      if (this.firstOf[article] === undefined) this.firstOf[article] = d;
      this.sentences.push(new Entry(this, d, article, p.docSentence[d]));
    }
  }

  /** The index of `articles`, restored from its packed form; throws when it does not fit them. */
  static unpack(articles: readonly Article[], packed: PackedIndex): SentenceIndex {
    const p = packed;
    const n = p.docArticle.length;
    const arrays = [p.df, p.docArticle, p.docSentence, p.docLength, p.docKeyStart, p.docKeys, p.postStart, p.postDoc, p.postTf];
    if (!Array.isArray(p.vocab) || arrays.some((a) => !ArrayBuffer.isView(a))) throw new Error("bad sentence index");
    if (p.df.length !== p.vocab.length || p.docSentence.length !== n || p.docLength.length !== n || p.docKeyStart.length !== n + 1) throw new Error("bad sentence index");
    if (p.postStart.length !== p.vocab.length + 1 || p.postDoc.length !== p.postTf.length) throw new Error("bad sentence index");
    const expected = articles.reduce((s, a) => s + a.sentences.length, 0);
    if (expected !== n) throw new Error("sentence index does not match the articles");
    return new SentenceIndex(articles, packed);
  }

  private static build(articles: readonly Article[]): PackedIndex {
    const ids = new Map<string, number>();
    const vocab: string[] = [];
    const df: number[] = [];
    const idOf = (t: string) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = vocab.length;
        ids.set(t, id);
        vocab.push(t);
        df.push(0);
      }
      return id;
    };
    const docArticle = new U32();
    const docSentence = new U32();
    const docLength = new U32();
    const docKeyStart = new U32();
    const docKeys = new U32();
    /** Per sentence: its token ids and their frequencies, in order of sentences. */
    const tokStart = new U32();
    const tokId = new U32();
    const tokTf = new U32();
    let avgLength = 0;
    let count = 0;
    for (const a of articles) {
      a.sentences.forEach((s, k) => {
        const terms = new Set(sentenceKeys(s.text));
        docArticle.push(a.index);
        docSentence.push(k);
        docKeyStart.push(docKeys.length);
        const keyIds: number[] = [];
        for (const t of terms) {
          const id = idOf(t);
          df[id]++;
          keyIds.push(id);
        }
        keyIds.sort((x, y) => x - y);
        for (const id of keyIds) docKeys.push(id);
        // The indexed field is the distinct terms joined by spaces, split again on spaces.
        const joined = [...terms].join(" ");
        const tokens = joined ? joined.split(" ") : [];
        const length = new Set(tokens).size;
        docLength.push(length);
        avgLength = (avgLength * count + length) / (count + 1);
        count++;
        tokStart.push(tokId.length);
        const tf = new Map<number, number>();
        for (const t of tokens) if (t) tf.set(idOf(t), (tf.get(idOf(t)) ?? 0) + 1);
        for (const [id, f] of tf) {
          tokId.push(id);
          tokTf.push(f);
        }
      });
    }
    docKeyStart.push(docKeys.length);
    tokStart.push(tokId.length);
    // Posting lists: sentences in ascending order per token.
    const V = vocab.length;
    const postStart = new Uint32Array(V + 1);
    const tIds = tokId.buf;
    for (let i = 0; i < tokId.length; i++) postStart[tIds[i] + 1]++;
    for (let t = 0; t < V; t++) postStart[t + 1] += postStart[t];
    const fill = postStart.slice(0, V);
    const postDoc = new Uint32Array(tokId.length);
    const postTf = new Uint16Array(tokId.length);
    const starts = tokStart.buf;
    for (let d = 0; d < count; d++) {
      for (let i = starts[d]; i < starts[d + 1]; i++) {
        const at = fill[tIds[i]]++;
        postDoc[at] = d;
        postTf[at] = Math.min(tokTf.buf[i], 0xffff);
      }
    }
    return {
      vocab,
      df: Uint32Array.from(df),
      avgLength,
      docArticle: docArticle.done(),
      docSentence: docSentence.done(),
      docLength: docLength.done(),
      docKeyStart: docKeyStart.done(),
      docKeys: docKeys.done(),
      postStart,
      postDoc,
      postTf,
    };
  }

  get size(): number {
    return this.sentences.length;
  }

  /** The last two terms looked up: a scan over every sentence asks for the same one or two terms each time. */
  private recent: Array<[string | null, number | undefined]> = [[null, undefined], [null, undefined]];

  /** The vocabulary id of a term, if the corpus has it. */
  termId(term: string): number | undefined {
    const r = this.recent;
    if (r[0][0] === term) return r[0][1];
    if (r[1][0] === term) return r[1][1];
    const id = this.ids.get(term);
    r[1] = r[0];
    r[0] = [term, id];
    return id;
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
    return this.rank(chosen.join(" ").split(" ").filter((t) => t), limit);
  }

  /** BM25+ over the tokens of a query, in order; a repeated token counts again in the score, once in the number of matched terms. */
  private rank(tokens: string[], limit: number): Hit[] {
    const p = this.packed;
    const n = p.docArticle.length;
    const s = (this.scratch ??= { score: new Float64Array(n), quality: new Uint16Array(n), stamp: new Uint32Array(n), round: 0 });
    if (++s.round === 0xffffffff) {
      s.stamp.fill(0);
      s.round = 1;
    }
    const round = s.round;
    const touched: number[] = [];
    const { k, b, d } = BM25;
    const seen = new Set<string>();
    for (const token of tokens) {
      const first = !seen.has(token);
      seen.add(token);
      const id = this.ids.get(token);
      if (id === undefined) continue;
      const from = p.postStart[id];
      const to = p.postStart[id + 1];
      if (from === to) continue;
      const matching = to - from;
      const invDocFreq = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      for (let i = from; i < to; i++) {
        const doc = p.postDoc[i];
        const tf = p.postTf[i];
        const score = invDocFreq * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * p.docLength[doc]) / p.avgLength)));
        if (s.stamp[doc] !== round) {
          s.stamp[doc] = round;
          s.score[doc] = score;
          s.quality[doc] = 1;
          touched.push(doc);
        } else {
          s.score[doc] = s.score[doc] + score;
          if (first) s.quality[doc]++;
        }
      }
    }
    const results = touched.map((doc) => ({ doc, score: s.score[doc] * s.quality[doc] }));
    results.sort((x, y) => y.score - x.score);
    return results.slice(0, limit).map((r) => ({ sentence: this.sentences[r.doc], score: r.score }));
  }
}
