// The full-text index over every sentence of the corpus: BM25 retrieval of
// the sentences that might support a draft sentence, plus the document
// frequency of each term for weighting. Terms are the normalised content words
// of `analysis/claims.ts` (`sentenceKeys`), the same for corpus sentences and
// draft sentences. Built once per corpus and kept in the corpus cache in its
// packed form (`pack` / `SentenceIndex.unpack`).
//
// Retrieval is the minisearch library's BM25+ (k 1.2, b 0.7, d 0.5) over one
// field that holds the sentence's distinct terms, OR-combined, exact terms
// only. Only the rarest terms of a query are sent (see `query`), which keeps
// the work per query small on large corpora. The same scores and ranking are
// computed from the postings arrays (`bm25Search`), so minisearch's own index
// is only built for a vocabulary whose terms would not be single tokens.
//
// What the checks read besides rankings (each sentence's terms, each term's
// document frequency) is held in flat typed arrays over a vocabulary of term
// ids, so a corpus of hundreds of thousands of sentences costs a few tens of
// megabytes for it and the cache stores it as a handful of buffers. The
// minisearch index is built from those arrays when the first query asks for
// it, so loading a cached corpus does not wait for it.
import MiniSearch from "minisearch";
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
  docArticle: Uint32Array;
  docSentence: Uint32Array;
  /** `docKeys[docKeyStart[d] .. docKeyStart[d + 1]]`: sorted vocabulary ids of sentence d's terms. */
  docKeyStart: Uint32Array;
  docKeys: Uint32Array;
}

/** The options of the minisearch index: one field of space-separated terms, taken as they are. */
const SEARCH_OPTIONS = {
  fields: ["keys"],
  storeFields: [],
  tokenize: (text: string) => (text ? text.split(" ") : []),
  processTerm: (t: string) => t || null,
  searchOptions: { combineWith: "OR" as const, prefix: false, fuzzy: false, boost: {}, bm25: { k: 1.2, b: 0.7, d: 0.5 } },
};

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
  /** The BM25 index (minisearch), built on first use. */
  private search?: MiniSearch<{ id: number; keys: string }>;

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
    const n = p.docArticle?.length;
    const arrays = [p.df, p.docArticle, p.docSentence, p.docKeyStart, p.docKeys];
    if (!Array.isArray(p.vocab) || arrays.some((a) => !ArrayBuffer.isView(a))) throw new Error("bad sentence index");
    if (p.df.length !== p.vocab.length || p.docSentence.length !== n || p.docKeyStart.length !== n + 1) throw new Error("bad sentence index");
    if (p.docKeyStart[n] !== p.docKeys.length) throw new Error("bad sentence index");
    for (let i = 0; i < p.docKeys.length; i++) if (p.docKeys[i] >= p.vocab.length) throw new Error("bad sentence index");
    const expected = articles.reduce((s, a) => s + a.sentences.length, 0);
    if (expected !== n) throw new Error("sentence index does not match the articles");
    return new SentenceIndex(articles, packed);
  }

  private static build(articles: readonly Article[]): PackedIndex {
    const ids = new Map<string, number>();
    const vocab: string[] = [];
    const df: number[] = [];
    const docArticle = new U32();
    const docSentence = new U32();
    const docKeyStart = new U32();
    const docKeys = new U32();
    for (const a of articles) {
      a.sentences.forEach((s, k) => {
        docArticle.push(a.index);
        docSentence.push(k);
        docKeyStart.push(docKeys.length);
        const keyIds: number[] = [];
        for (const t of new Set(sentenceKeys(s.text))) {
          let id = ids.get(t);
          if (id === undefined) {
            id = vocab.length;
            ids.set(t, id);
            vocab.push(t);
            df.push(0);
          }
          df[id]++;
          keyIds.push(id);
        }
        keyIds.sort((x, y) => x - y);
        for (const id of keyIds) docKeys.push(id);
      });
    }
    docKeyStart.push(docKeys.length);
    return {
      vocab,
      df: Uint32Array.from(df),
      docArticle: docArticle.done(),
      docSentence: docSentence.done(),
      docKeyStart: docKeyStart.done(),
      docKeys: docKeys.done(),
    };
  }

  /** How many sentences the minisearch index holds so far. */
  private added = 0;

  /** Adds up to `count` more sentences to the minisearch index. */
  private addMore(count: number): void {
    const p = this.packed;
    const search = (this.search ??= new MiniSearch<{ id: number; keys: string }>(SEARCH_OPTIONS));
    const n = p.docArticle.length;
    const docs: Array<{ id: number; keys: string }> = [];
    const stop = Math.min(n, this.added + count);
    for (let d = this.added; d < stop; d++) {
      const words: string[] = [];
      for (let i = p.docKeyStart[d]; i < p.docKeyStart[d + 1]; i++) words.push(p.vocab[p.docKeys[i]]);
      docs.push({ id: d, keys: words.join(" ") });
    }
    search.addAll(docs);
    this.added = stop;
  }

  /** The minisearch index over every sentence's distinct terms, completed now if a background build has not finished. */
  private bm25(): MiniSearch<{ id: number; keys: string }> {
    const n = this.packed.docArticle.length;
    while (this.added < n || !this.search) this.addMore(8192);
    return this.search;
  }

  /** Builds the BM25 index in slices, yielding to the event loop between them, so a server can prepare it without blocking; a query that comes first completes it at once. */
  async warm(slice = 4096): Promise<void> {
    // Queries are answered from the postings when the terms allow it (see `bm25Search`): nothing else to build.
    if (this.fieldLengths()) {
      this.postings ??= this.invert();
      return;
    }
    const n = this.packed.docArticle.length;
    while (this.added < n) {
      this.addMore(slice);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.bm25();
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
  /** A sentence and the ones right before and after it in its article: the passage a rule reads it in. */
  around(s: IndexedSentence): IndexedSentence[] {
    const out = [s];
    for (const d of [-1, 1]) {
      const n = this.at(s.article, s.sentence + d);
      if (n) out.push(n);
    }
    return out;
  }

  /** Every sentence of `sentences` and its neighbours, each once, in the order first met. */
  passage(sentences: Iterable<IndexedSentence>): IndexedSentence[] {
    const out = new Set<IndexedSentence>();
    for (const s of sentences) for (const n of this.around(s)) out.add(n);
    return [...out];
  }

  at(article: number, k: number): IndexedSentence | undefined {
    const first = this.firstOf[article];
    if (first === undefined || k < 0) return undefined;
    const s = this.sentences[first + k];
    return s && s.article === article ? s : undefined;
  }

  /** Per vocabulary id, the documents holding the term (CSR arrays), built on first use. */
  private postings?: { start: Uint32Array; docs: Uint32Array };

  /**
   * Every sentence that holds `term`, in corpus order: a plain postings look-up
   * for the rules that need all of a rare term's sentences, not a ranking.
   */
  containing(term: string): IndexedSentence[] {
    const id = this.ids.get(term);
    if (id === undefined) return [];
    const p = (this.postings ??= this.invert());
    const out: IndexedSentence[] = [];
    for (let i = p.start[id]; i < p.start[id + 1]; i++) out.push(this.sentences[p.docs[i]]);
    return out;
  }

  private invert(): { start: Uint32Array; docs: Uint32Array } {
    const p = this.packed;
    const start = new Uint32Array(p.vocab.length + 1);
    for (let i = 0; i < p.docKeys.length; i++) start[p.docKeys[i] + 1]++;
    for (let v = 0; v < p.vocab.length; v++) start[v + 1] += start[v];
    const fill = start.slice(0, p.vocab.length);
    const docs = new Uint32Array(p.docKeys.length);
    for (let d = 0; d < p.docArticle.length; d++) for (let i = p.docKeyStart[d]; i < p.docKeyStart[d + 1]; i++) docs[fill[p.docKeys[i]]++] = d;
    return { start, docs };
  }

  /**
   * What BM25 reads besides the postings: each sentence's field length (its
   * number of distinct terms) and the mean of those lengths, summed as
   * minisearch sums it (a running mean in document order), so that scores are
   * the same to the last bit. Null when a term would not be one token in
   * minisearch's field (empty, or holding a space): then minisearch answers.
   */
  private lengths?: { of: Uint32Array; mean: number } | null;

  private fieldLengths(): { of: Uint32Array; mean: number } | null {
    if (this.lengths !== undefined) return this.lengths;
    const p = this.packed;
    if (p.vocab.some((t) => !t || t.includes(" "))) return (this.lengths = null);
    const n = p.docArticle.length;
    const of = new Uint32Array(n);
    let mean = 0;
    for (let d = 0; d < n; d++) {
      of[d] = p.docKeyStart[d + 1] - p.docKeyStart[d];
      mean = (mean * d + of[d]) / (d + 1);
    }
    return (this.lengths = { of, mean });
  }

  /** Per sentence: BM25 score and terms matched so far in `query` (zero outside a call). */
  private scratchScore?: Float64Array;
  private scratchHits?: Uint16Array;

  /**
   * minisearch's OR search over `chosen` (one exact term each, BM25+ with the
   * options above), computed from the postings: each term adds its score to
   * the sentences holding it in term order, the sum is multiplied by the
   * number of terms matched, and sentences are ranked by score, ties in the
   * order first met (terms in order, sentences ascending). Same scores, same
   * order, without building minisearch's own index.
   */
  private bm25Search(chosen: readonly string[], limit: number, lengths: { of: Uint32Array; mean: number }): Hit[] {
    if (!(limit > 0)) return [];
    const n = this.sentences.length;
    const post = (this.postings ??= this.invert());
    if (this.scratchScore?.length !== n) this.scratchScore = new Float64Array(n);
    if (this.scratchHits?.length !== n) this.scratchHits = new Uint16Array(n);
    const score = this.scratchScore;
    const hits = this.scratchHits;
    const { k, b, d } = SEARCH_OPTIONS.searchOptions.bm25;
    const termFreq = 1;
    const met: number[] = [];
    for (const t of chosen) {
      const id = this.ids.get(t);
      if (id === undefined) continue;
      const matching = post.start[id + 1] - post.start[id];
      for (let i = post.start[id]; i < post.start[id + 1]; i++) {
        const doc = post.docs[i];
        // minisearch's calcBM25Score, term for term.
        const invDocFreq = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
        const raw = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * lengths.of[doc]) / lengths.mean)));
        if (hits[doc] === 0) {
          met.push(doc);
          score[doc] = raw;
        } else score[doc] = score[doc] + raw;
        hits[doc]++;
      }
    }
    // The best `limit`, ties in the order met (a stable sort's order).
    const top: Hit[] = [];
    for (const doc of met) {
      const s = score[doc] * (hits[doc] || 1);
      score[doc] = 0;
      hits[doc] = 0;
      if (top.length >= limit && !(s > top[top.length - 1].score)) continue;
      let at = top.length;
      while (at > 0 && s > top[at - 1].score) at--;
      top.splice(at, 0, { sentence: this.sentences[doc], score: s });
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** The best `limit` sentences for a set of query terms (BM25). Only the
   * `maxTerms` rarest terms are sent, to keep the work per query small. */
  query(terms: Iterable<string>, limit = 8, maxTerms = 10, maxPostings = 1_000): Hit[] {
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
    const lengths = this.fieldLengths();
    if (lengths) return this.bm25Search(chosen, limit, lengths);
    return this.bm25()
      .search(chosen.join(" "))
      .slice(0, limit)
      .map((r) => ({ sentence: this.sentences[r.id as number], score: r.score }));
  }
}
