// Finding, among the words a corpus uses, the ones a draft word may match,
// without comparing the draft word with every corpus word. The indexes here
// only propose candidates: the caller still applies its own word test
// (`wordMatch`, `sameWord`) to each, so answers are exactly those of a full
// scan, only faster. Built from the corpus's words once, on first use.
import { skeleton } from "./skeleton";

/** Every string that `w` becomes by deleting one character. */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Lower bound of `key` in a sorted array. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface NearKeyOptions {
  /** Shortest word that may be a prefix of another and still match (0: prefixes never match). */
  prefixMin: number;
  /** Shortest word that may be one edit (insertion, deletion, substitution, transposition) from another (0: never). */
  editMin: number;
  /** Also propose corpus words that begin with the same `head` characters (0: no). */
  head?: number;
  /** Also propose corpus words with the same spelling skeleton (`skeleton.ts`). */
  skeleton?: boolean;
}

/**
 * The corpus words that may equal, extend, be extended by or be one edit away
 * from a query word. A superset of what the caller's test accepts: the
 * candidates are the word itself, corpus words it is a prefix of, corpus words
 * that are a prefix of it (both at least `prefixMin` long), corpus words at
 * one edit (by deletion neighbourhoods, both at least `editMin` long), and
 * optionally corpus words with the same first `head` characters or the same skeleton.
 */
export class NearKeys {
  private readonly vocab: Set<string>;
  private sorted?: string[];
  private byDeletion?: Map<string, string[]>;
  private byHead?: Map<string, string[]>;
  private byAlias?: Map<string, string[]>;
  private readonly memo = new Map<string, string[]>();

  constructor(words: Iterable<string>, private readonly options: NearKeyOptions) {
    this.vocab = new Set(words);
  }

  has(word: string): boolean {
    return this.vocab.has(word);
  }

  /** Candidate corpus words for `q` (each once, in no particular order). */
  candidates(q: string): string[] {
    const hit = this.memo.get(q);
    if (hit) return hit;
    const out = new Set<string>();
    if (this.vocab.has(q)) out.add(q);
    const { prefixMin, editMin } = this.options;
    if (prefixMin > 0) {
      // Corpus words the query is a prefix of.
      if (q.length >= prefixMin) {
        const sorted = (this.sorted ??= [...this.vocab].sort());
        for (let i = lowerBound(sorted, q); i < sorted.length && sorted[i].startsWith(q); i++) out.add(sorted[i]);
      }
      // Corpus words that are a prefix of the query.
      for (let n = prefixMin; n < q.length; n++) {
        const p = q.slice(0, n);
        if (this.vocab.has(p)) out.add(p);
      }
    }
    if (editMin > 0 && q.length >= editMin) {
      const index = (this.byDeletion ??= this.buildDeletions(editMin));
      for (const k of [q, ...deletions(q)]) for (const w of index.get(k) ?? []) out.add(w);
    }
    const head = this.options.head ?? 0;
    if (head > 0 && q.length >= head) {
      const index = (this.byHead ??= this.group((w) => (w.length >= head ? w.slice(0, head) : undefined)));
      for (const w of index.get(q.slice(0, head)) ?? []) out.add(w);
    }
    if (this.options.skeleton) {
      const index = (this.byAlias ??= this.group(skeleton));
      for (const w of index.get(skeleton(q)) ?? []) out.add(w);
    }
    const list = [...out];
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(q, list);
    return list;
  }

  private group(key: (w: string) => string | undefined): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const w of this.vocab) {
      const k = key(w);
      if (k === undefined) continue;
      const list = index.get(k);
      if (list) list.push(w);
      else index.set(k, [w]);
    }
    return index;
  }

  private buildDeletions(min: number): Map<string, string[]> {
    const index = new Map<string, string[]>();
    const add = (k: string, w: string) => {
      const list = index.get(k);
      if (!list) index.set(k, [w]);
      else if (list[list.length - 1] !== w) list.push(w);
    };
    for (const w of this.vocab) {
      if (w.length < min) continue;
      add(w, w);
      for (const d of deletions(w)) add(d, w);
    }
    return index;
  }
}

/**
 * An inverted index from words to the items (by position) that hold them,
 * with near-word candidates: `itemsNear(q)` lists the items holding any
 * candidate word of `q`.
 */
export class NearWordIndex {
  private readonly postings = new Map<string, number[]>();
  readonly keys: NearKeys;

  constructor(itemWords: ReadonlyArray<Iterable<string> | undefined>, options: NearKeyOptions) {
    itemWords.forEach((words, i) => {
      if (!words) return;
      for (const w of words) {
        const list = this.postings.get(w);
        if (!list) this.postings.set(w, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    this.keys = new NearKeys(this.postings.keys(), options);
  }

  /** Items holding `word` itself. */
  items(word: string): readonly number[] {
    return this.postings.get(word) ?? [];
  }

  /** Candidate words of `q` (see NearKeys), each with the items that hold it. */
  near(q: string): Array<{ word: string; items: readonly number[] }> {
    return this.keys.candidates(q).map((word) => ({ word, items: this.postings.get(word) ?? [] }));
  }
}
