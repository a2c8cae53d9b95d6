// What the corpus quotes, and whom it quotes. Built from the quotations the
// analysis pipeline finds in every article; no quotation is listed here.
// Quotations are compared word by word: case, punctuation and the style of
// the marks never count as a difference.
import { quoteDetails, quoteWords, type QuoteWord, type SpeakerKind } from "../analysis/quotes";
import { STOPWORDS } from "../text/lexicon";
import { sentenceAt } from "../text/sentences";
import { fold } from "../text/tokens";
import type { Article } from "./corpus";
import type { MentionRef } from "./names";
import { editDistance, skeleton } from "./skeleton";

/** A quotation printed by a corpus article. */
export interface CorpusQuote {
  id: number;
  article: number;
  /** The quoted words as printed (whitespace collapsed). */
  text: string;
  /** Its words; offsets are into the article text. */
  words: QuoteWord[];
  /** The quotation, marks included. */
  ref: MentionRef;
  /** The normalised words, " "-joined with a space at both ends. */
  joined: string;
  speaker?: string;
  speakerKind?: SpeakerKind;
  speakerNear?: boolean;
  source?: string;
}

/** One step of a word alignment: `d` indexes the draft's words, `c` the corpus quotation's. */
export interface AlignOp {
  kind: "match" | "sub" | "ins" | "del" | "gap";
  d?: number;
  c?: number;
  /** For a gap ("…"): the corpus words it stands for, [c, cEnd). */
  cEnd?: number;
}

/** A draft quotation aligned with a corpus quotation. */
export interface QuoteMatch {
  quote: CorpusQuote;
  /** The aligned corpus words: quote.words[from, to). */
  from: number;
  to: number;
  ops: AlignOp[];
  matched: number;
  edits: number;
  /** Matched words over the longer of the two wordings (gaps left out). */
  similarity: number;
  /** False when the wordings part ways at an edge of the draft quotation inside a corpus clause: too uncertain to call a difference. */
  edgesSettled: boolean;
  /**
   * The start is settled but the wordings part ways at the end of the draft
   * quotation while the corpus clause goes on ("… prices in the world" for
   * "… prices in Europe and competing with …"). `to` then reaches the end of
   * that corpus clause (or as many words as the draft's own ending).
   */
  tailOpen?: boolean;
}

/** A run of differing words. */
export interface WordDiff {
  draft: number[];
  corpus: number[];
}

/** Spelling variants that are not a change of wording: defence/defense, honour/honor, organise/organize. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (a.replace(/our/g, "or") === b.replace(/our/g, "or")) return true;
  if (a.length === b.length && editDistance(a, b, 1) === 1 && a[0] === b[0]) {
    let i = 0;
    while (a[i] === b[i]) i++;
    // Only the British/American pairs: s/z, s/c; never a different letter elsewhere ("leader"/"leaden").
    return /^[szc]$/.test(a[i]) && /^[szc]$/.test(b[i]);
  }
  return false;
}

const GAP_MAX = { ellipsis: Infinity, bracket: 4 } as const;

/** Aligns all of `d` with a stretch of `c` (free ends in the corpus; all of `c` when `whole`), fewest edits, most matches. */
export function alignWords(d: QuoteWord[], c: QuoteWord[], whole = false): Omit<QuoteMatch, "quote" | "similarity" | "edgesSettled"> {
  const n = d.length;
  const m = c.length;
  // Per cell, the fewest edits and, among alignments with that many, the most matched words: a phrase moved
  // ("the safety of patients is our priority" / "our priority is the safety of patients") keeps its words matched
  // rather than being read as as many substitutions.
  const D: Float64Array[] = [];
  const M: Float64Array[] = [];
  for (let i = 0; i <= n; i++) {
    D.push(new Float64Array(m + 1));
    M.push(new Float64Array(m + 1));
  }
  if (whole) for (let j = 0; j <= m; j++) D[0][j] = j;
  const better = (cost: number, matched: number, i: number, j: number) => cost < D[i][j] || (cost === D[i][j] && matched > M[i][j]);
  for (let i = 1; i <= n; i++) {
    const w = d[i - 1];
    if (w.gap) {
      const max = GAP_MAX[w.gap];
      for (let j = 0; j <= m; j++) {
        D[i][j] = Infinity;
        for (let t = 0; t <= Math.min(max, j); t++) if (better(D[i - 1][j - t], M[i - 1][j - t], i, j)) (D[i][j] = D[i - 1][j - t]), (M[i][j] = M[i - 1][j - t]);
      }
      continue;
    }
    D[i][0] = D[i - 1][0] + 1;
    M[i][0] = 0;
    for (let j = 1; j <= m; j++) {
      const eq = sameWord(w.norm, c[j - 1].norm);
      D[i][j] = D[i - 1][j - 1] + (eq ? 0 : 1);
      M[i][j] = M[i - 1][j - 1] + (eq ? 1 : 0);
      if (better(D[i - 1][j] + 1, M[i - 1][j], i, j)) (D[i][j] = D[i - 1][j] + 1), (M[i][j] = M[i - 1][j]);
      if (better(D[i][j - 1] + 1, M[i][j - 1], i, j)) (D[i][j] = D[i][j - 1] + 1), (M[i][j] = M[i][j - 1]);
    }
  }
  let best: ReturnType<typeof alignWords> | undefined;
  const minCost = Math.min(...D[n]);
  for (let end = whole ? m : 0; end <= m; end++) {
    if (D[n][end] !== (whole ? D[n][m] : minCost)) continue;
    const ops: AlignOp[] = [];
    let i = n;
    let j = end;
    while (i > 0) {
      const w = d[i - 1];
      if (w.gap) {
        let t = 0;
        while (t < Math.min(GAP_MAX[w.gap], j) && !(D[i - 1][j - t] === D[i][j] && M[i - 1][j - t] === M[i][j])) t++;
        ops.push({ kind: "gap", d: i - 1, c: j - t, cEnd: j });
        j -= t;
        i--;
        continue;
      }
      const eq = j > 0 && sameWord(w.norm, c[j - 1].norm);
      if (j > 0 && D[i][j] === D[i - 1][j - 1] + (eq ? 0 : 1) && M[i][j] === M[i - 1][j - 1] + (eq ? 1 : 0)) {
        ops.push({ kind: eq ? "match" : "sub", d: i - 1, c: j - 1 });
        i--;
        j--;
      } else if (D[i][j] === D[i - 1][j] + 1 && M[i][j] === M[i - 1][j]) {
        ops.push({ kind: "ins", d: i - 1 });
        i--;
      } else {
        ops.push({ kind: "del", c: j - 1 });
        j--;
      }
    }
    if (whole) for (; j > 0; j--) ops.push({ kind: "del", c: j - 1 });
    ops.reverse();
    const matched = ops.filter((o) => o.kind === "match").length;
    if (!best || matched > best.matched) best = { from: j, to: end, ops, matched, edits: D[n][end] };
  }
  return best!;
}

/** Where a clause of the corpus quotation begins or ends: its edges and any punctuation. */
function boundaryBefore(c: QuoteWord[], k: number): boolean {
  return k === 0 || !!c[k - 1].clauseEnd;
}

/** Extends a difference at an edge of the draft quotation to the nearest corpus clause boundary (at most three words). */
function settleEdges(match: Omit<QuoteMatch, "similarity" | "edgesSettled">): { ops: AlignOp[]; from: number; to: number; ok: boolean; okStart: boolean } {
  const c = match.quote.words;
  let { from, to } = match;
  const ops = [...match.ops];
  let ok = true;
  let okStart = true;
  const firstReal = ops.find((o) => o.kind !== "gap");
  if (firstReal && firstReal.kind !== "match" && !boundaryBefore(c, from)) {
    let b = from;
    while (b > 0 && from - b < 3 && !boundaryBefore(c, b)) b--;
    if (boundaryBefore(c, b)) {
      const dels: AlignOp[] = [];
      for (let k = b; k < from; k++) dels.push({ kind: "del", c: k });
      ops.unshift(...dels);
      from = b;
    } else ok = okStart = false;
  }
  const lastReal = [...ops].reverse().find((o) => o.kind !== "gap");
  if (lastReal && lastReal.kind !== "match" && !boundaryBefore(c, to) && to < c.length) {
    let b = to;
    while (b < c.length && b - to < 3 && !boundaryBefore(c, b)) b++;
    if (boundaryBefore(c, b) || b === c.length) {
      for (let k = to; k < b; k++) ops.push({ kind: "del", c: k });
      to = b;
    } else ok = false;
  }
  return { ops, from, to, ok, okStart };
}

/** Most corpus words an open ending is shown against: to the end of the corpus clause, if it ends this soon. */
const TAIL_REACH = 10;

/**
 * For an ending that parts ways inside a corpus clause: the corpus words the
 * draft's ending stands for, up to the clause's end (or as many words as the
 * draft's ending has), as deletions after the alignment.
 */
function openTail(c: QuoteWord[], ops: AlignOp[], to: number): { ops: AlignOp[]; to: number } {
  const tail = ops.length - 1 - [...ops].reverse().findIndex((o) => o.kind === "match");
  const draftTail = ops.slice(tail + 1).filter((o) => o.d !== undefined).length;
  let b = to;
  while (b < c.length && b - to < TAIL_REACH && !boundaryBefore(c, b)) b++;
  let end = boundaryBefore(c, b) || b === c.length ? b : Math.min(c.length, to + Math.max(1, draftTail));
  // As many words as the draft's ending, not ending on "and", "of", "the".
  while (end > to + 1 && !boundaryBefore(c, end) && STOPWORDS.has(c[end - 1].norm)) end--;
  const out = [...ops];
  for (let k = to; k < end; k++) out.push({ kind: "del", c: k });
  return { ops: out, to: end };
}

/** The runs of differing words of an alignment. */
export function wordDiffs(ops: AlignOp[]): WordDiff[] {
  const out: WordDiff[] = [];
  let cur: WordDiff | undefined;
  for (const o of ops) {
    if (o.kind === "match" || o.kind === "gap") {
      cur = undefined;
      continue;
    }
    if (!cur) out.push((cur = { draft: [], corpus: [] }));
    if (o.d !== undefined) cur.draft.push(o.d);
    if (o.c !== undefined) cur.corpus.push(o.c);
  }
  return out;
}

/** Two speakers' names are one person: a shared name word, allowing for spelling variants ("Horodetsky" / "Mykola Horodetskiy"). */
export function sameSpeaker(a: string, b: string): boolean {
  const words = (s: string) => s.split(/[\s\-]+/).map((w) => fold(w)).filter((w) => w.length >= 3);
  for (const x of words(a)) {
    for (const y of words(b)) {
      if (x === y || skeleton(x) === skeleton(y)) return true;
      if (Math.min(x.length, y.length) >= 6 && editDistance(x, y, 2) <= 2) return true;
    }
  }
  return false;
}

/**
 * "Zhuo Bo" for "Zhou Bo": two names of as many words that differ in one word by a slip of one or two letters.
 * The name check marks the spelling; the quotation is the same person's.
 */
export function misspeltSpeaker(a: string, b: string): boolean {
  const x = a.split(/\s+/).map((w) => fold(w));
  const y = b.split(/\s+/).map((w) => fold(w));
  if (x.length < 2 || x.length !== y.length) return false;
  const differing = x.map((w, i) => [w, y[i]] as const).filter(([p, q]) => p !== q);
  if (differing.length !== 1) return false;
  const [p, q] = differing[0];
  if (Math.min(p.length, q.length) < 3) return false;
  const max = Math.min(p.length, q.length) >= 8 ? 2 : 1;
  return editDistance(p, q, max) <= max;
}

const isContent = (w: QuoteWord) => !w.gap && !STOPWORDS.has(w.norm);

/** Per corpus, per wording: its exact matches (kept outside the class, which the corpus cache stores). */
const exactMemos = new WeakMap<QuoteKnowledge, Map<string, QuoteMatch[]>>();

export class QuoteKnowledge {
  readonly quotes: CorpusQuote[] = [];
  private byWord = new Map<string, number[]>();
  /** Each article's words, " "-joined with a space at both ends, for verbatim look-ups (built on first use). */
  private joinedTexts?: string[];

  constructor(articles: Article[]) {
    for (const a of articles) {
      for (const q of a.quotes) {
        const d = quoteDetails(q);
        const words = quoteWords(a.plain.slice(q.inner.start, q.inner.end), q.inner.start).filter((w) => !w.gap);
        if (!words.length) continue;
        const cq: CorpusQuote = {
          id: this.quotes.length,
          article: a.index,
          text: q.text,
          words,
          ref: { article: a.index, start: q.span.start, end: q.span.end },
          joined: ` ${words.map((w) => w.norm).join(" ")} `,
          speaker: q.speaker,
          speakerKind: d.speakerKind,
          speakerNear: d.speakerNear,
          source: d.source,
        };
        this.quotes.push(cq);
        for (const w of new Set(words.map((x) => x.norm))) {
          const list = this.byWord.get(w) ?? [];
          list.push(cq.id);
          this.byWord.set(w, list);
        }
      }
    }
    this.articles = articles;
  }

  private readonly articles: Article[];

  private get texts(): string[] {
    return (this.joinedTexts ??= this.articles.map((a) => ` ${quoteWords(a.plain).filter((w) => !w.gap).map((w) => w.norm).join(" ")} `));
  }

  get size(): number {
    return this.quotes.length;
  }

  private match(words: QuoteWord[], quote: CorpusQuote): QuoteMatch {
    let raw = alignWords(words, quote.words);
    // A quotation about as long as the corpus's with a phrase moved ("our priority is the safety of patients" /
    // "the safety of patients is our priority"): the fewest edits may align it with a part only; the whole may match more.
    const length = words.filter((w) => !w.gap).length;
    if (quote.words.length <= 1.5 * length && length <= 1.5 * quote.words.length) {
      const all = alignWords(words, quote.words, true);
      if (all.matched / Math.max(length, quote.words.length) > raw.matched / Math.max(length, raw.to - raw.from, 1)) raw = all;
    }
    const settled = settleEdges({ ...raw, quote });
    const tailOpen = !settled.ok && settled.okStart && raw.matched > 0;
    if (tailOpen) Object.assign(settled, openTail(quote.words, settled.ops, settled.to));
    const edits = settled.ops.filter((o) => o.kind !== "match" && o.kind !== "gap").length;
    const gapWords = settled.ops.reduce((s, o) => s + (o.kind === "gap" ? o.cEnd! - o.c! : 0), 0);
    const draftLen = words.filter((w) => !w.gap).length;
    const windowLen = settled.to - settled.from - gapWords;
    return {
      quote,
      from: settled.from,
      to: settled.to,
      ops: settled.ops,
      matched: raw.matched,
      edits,
      similarity: raw.matched / Math.max(draftLen, windowLen, 1),
      edgesSettled: settled.ok,
      ...(tailOpen ? { tailOpen } : {}),
    };
  }

  /** The match of words found verbatim in a quotation. */
  private verbatim(words: QuoteWord[], quote: CorpusQuote, needle: string): QuoteMatch {
    const from = quote.joined.slice(0, quote.joined.indexOf(needle) + 1).split(" ").length - 2;
    const ops: AlignOp[] = words.map((_, k) => ({ kind: "match", d: k, c: from + k }));
    return { quote, from, to: from + words.length, ops, matched: words.length, edits: 0, similarity: words.length / words.length, edgesSettled: true };
  }

  /** Corpus quotations that hold these words exactly, in order (a partial quotation counts). */
  exact(words: QuoteWord[]): QuoteMatch[] {
    // Several rules ask for the same quotation's exact matches: computed once per corpus and wording.
    let memo = exactMemos.get(this);
    if (!memo) exactMemos.set(this, (memo = new Map()));
    const key = words.map((w) => `${w.gap ? "\u0002" : ""}${w.norm}`).join("\u0001");
    let found = memo.get(key);
    if (!found) {
      if (memo.size > 10_000) memo.clear();
      memo.set(key, (found = this.computeExact(words)));
    }
    return found;
  }

  private computeExact(words: QuoteWord[]): QuoteMatch[] {
    const real = words.filter((w) => !w.gap);
    if (!real.length) return [];
    // The quotations holding every word: the rarest word's list (ascending ids), narrowed by the others'.
    const lists = [...new Set(real.map((x) => x.norm))].map((w) => this.byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
    let held: readonly number[] = lists[0];
    for (const list of lists.slice(1)) {
      if (!held.length) break;
      held = held.filter((i) => holds(list, i));
    }
    const ids: Set<number> | undefined = new Set(held);
    // Verbatim first (a plain look-up); gaps and spelling variants need the alignment.
    if (ids?.size && real.length === words.length) {
      const needle = ` ${real.map((w) => w.norm).join(" ")} `;
      const found = [...ids].filter((i) => this.quotes[i].joined.includes(needle));
      if (found.length) return found.map((i) => this.verbatim(real, this.quotes[i], needle));
    }
    const candidates = ids && ids.size && ids.size <= 12 ? [...ids] : this.candidates(words, 8);
    return candidates.map((i) => this.match(words, this.quotes[i])).filter((m) => m.edits === 0);
  }

  /** True when some article prints these words in this order, quoted or not (gaps split the look-up). */
  inText(words: QuoteWord[]): boolean {
    const pieces: string[][] = [[]];
    for (const w of words) {
      if (w.gap) pieces.push([]);
      else pieces[pieces.length - 1].push(w.norm);
    }
    return pieces.filter((p) => p.length).every((p) => this.texts.some((t) => t.includes(` ${p.join(" ")} `)));
  }

  /** True when a corpus sentence holding one of `refs` (say, a person's mentions), or the sentence after it unless that one holds one of `others` (quotations of someone else), prints these words, quoted or not. */
  inSentencesOf(refs: MentionRef[], words: QuoteWord[], others: readonly MentionRef[] = []): boolean {
    const needle = ` ${words.filter((w) => !w.gap).map((w) => w.norm).join(" ")} `;
    const seen = new Set<string>();
    for (const r of refs) {
      const a = this.articles[r.article];
      const si = sentenceAt(a.sentences, r.start);
      if (si < 0 || seen.has(`${r.article}:${si}`)) continue;
      seen.add(`${r.article}:${si}`);
      // The sentence and the next: "X said on Monday. “…”"
      const s = a.sentences[si];
      // Not a next sentence that quotes someone else by name: "X said … . "…," said Y."
      const next = a.sentences[si + 1];
      const end = next && !others.some((o) => o.article === r.article && o.start < next.end && o.end > next.start) ? next.end : s.end;
      const text = ` ${quoteWords(a.plain.slice(s.start, end)).filter((w) => !w.gap).map((w) => w.norm).join(" ")} `;
      if (text.includes(needle)) return true;
    }
    return false;
  }

  /** Corpus quotations sharing the most content words with these words. */
  private candidates(words: QuoteWord[], limit: number): number[] {
    const content = words.filter(isContent);
    const keys = new Set((content.length ? content : words.filter((w) => !w.gap)).map((w) => w.norm));
    const score = new Map<number, number>();
    for (const k of keys) for (const id of this.byWord.get(k) ?? []) score.set(id, (score.get(id) ?? 0) + 1);
    return [...score]
      .filter(([, s]) => s >= Math.min(2, keys.size))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Speaker name words (as skeletons) → quotations of that speaker; built on first use. */
  private bySpeakerWord?: Map<string, number[]>;

  /**
   * The quotations of one speaker (see `sameSpeaker`) closest to these words, however few of them carry meaning;
   * only those within `slack` words of their length that hold `minShared` of their words are aligned.
   */
  closestOf(words: QuoteWord[], speaker: string, minShared: number, slack: number, limit = 3): QuoteMatch[] {
    const speakerWords = (name: string) => name.split(/[\s\-]+/).map((w) => fold(w)).filter((w) => w.length >= 3).map(skeleton);
    if (!this.bySpeakerWord) {
      this.bySpeakerWord = new Map();
      this.quotes.forEach((q, i) => {
        if (!q.speaker) return;
        for (const k of new Set(speakerWords(q.speaker))) (this.bySpeakerWord!.get(k) ?? this.bySpeakerWord!.set(k, []).get(k)!).push(i);
      });
    }
    const ids = new Set(speakerWords(speaker).flatMap((k) => this.bySpeakerWord!.get(k) ?? []));
    const real = words.filter((w) => !w.gap);
    const mine = new Set(real.map((w) => w.norm));
    const near = (q: CorpusQuote) => Math.abs(q.words.length - real.length) <= slack && new Set(q.words.filter((w) => mine.has(w.norm)).map((w) => w.norm)).size >= minShared;
    return [...ids]
      .filter((i) => near(this.quotes[i]) && sameSpeaker(this.quotes[i].speaker!, speaker))
      .map((i) => this.match(words, this.quotes[i]))
      .sort((a, b) => b.similarity - a.similarity || a.edits - b.edits || a.quote.id - b.quote.id)
      .slice(0, limit);
  }

  /** The corpus quotations closest to these words, fewest edits first. */
  closest(words: QuoteWord[], limit = 3): QuoteMatch[] {
    return this.candidates(words, 12)
      .map((i) => this.match(words, this.quotes[i]))
      .sort((a, b) => b.similarity - a.similarity || a.edits - b.edits || a.quote.id - b.quote.id)
      .slice(0, limit);
  }
}

/** One corpus quotation as `factcheck corpus` lists it. */
export interface QuoteSummary {
  text: string;
  /** The speaker's name, the unnamed source's description, or "" when the article does not say. */
  speaker: string;
  /** person, organisation, pronoun (resolved to `speaker` when safe), unnamed, or "" */
  kind: string;
  article: string;
  line: number;
}

export function summarizeQuotes(kb: { quotes: QuoteKnowledge; articles: Article[] }): QuoteSummary[] {
  return kb.quotes.quotes.map((q) => {
    const a = kb.articles[q.article];
    return {
      text: q.text,
      speaker: q.speaker ?? q.source ?? "",
      kind: q.speakerKind ?? "",
      article: a.id,
      line: a.lines.positionAt(q.ref.start).line + 1,
    };
  });
}

/** Whether an ascending list of ids holds `id` (binary search). */
function holds(list: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === id) return true;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
