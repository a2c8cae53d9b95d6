// Sentence splitting over checkable text. Works on offsets only, so a sentence
// of a draft and a sentence of an article are the same kind of thing.
import type { Block, BlockKind } from "./markup";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** The checkable text of the sentence (markup blanked, same offsets). */
  text: string;
  kind: BlockKind;
}

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "vs", "etc", "e.g", "i.e", "approx", "inc", "ltd", "co", "corp", "dept", "est", "fig", "vol", "pp", "cf",
  ],
);

function isAbbreviationBefore(text: string, dot: number): boolean {
  // Word immediately before the dot.
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "U.N."
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«([";

export function splitSentences(plain: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number, kind: BlockKind) => {
    while (s < e && /\s/.test(plain[s])) s++;
    while (e > s && /\s/.test(plain[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(plain.slice(s, e))) {
      out.push({ index: out.length, start: s, end: e, text: plain.slice(s, e), kind });
    }
  };
  for (const b of blocks) {
    if (b.kind !== "paragraph") {
      push(b.start, b.end, b.kind);
      continue;
    }
    let s = b.start;
    for (let i = b.start; i < b.end; i++) {
      const c = plain[i];
      if (c !== "." && c !== "!" && c !== "?") continue;
      let j = i + 1;
      while (j < b.end && (plain[j] === "." || plain[j] === "!" || plain[j] === "?")) j++;
      while (j < b.end && CLOSERS.includes(plain[j])) j++;
      let k = j;
      while (k < b.end && /\s/.test(plain[k])) k++;
      if (k >= b.end) continue;
      const next = plain[k];
      const spaced = k > j;
      const startsSentence = /\p{Lu}|\p{N}/u.test(next) || OPENERS.includes(next);
      if (!startsSentence) continue;
      if (c === "." && isAbbreviationBefore(plain, i)) continue;
      // "No. 5": a number sign, not the end of a sentence.
      if (c === "." && /\b[Nn]os?$/.test(plain.slice(Math.max(b.start, i - 3), i)) && /\p{N}/u.test(next)) continue;
      if (!spaced) {
        // Run-together text such as "flag.To act": split only between a
        // lowercase word of two or more letters and a capitalised word.
        if (!(c === "." && /\p{Ll}\p{Ll}$/u.test(plain.slice(Math.max(b.start, i - 2), i)) && /\p{Lu}\p{Ll}/u.test(plain.slice(k, k + 2)))) continue;
      }
      push(s, j, "paragraph");
      s = k;
      i = k - 1;
    }
    push(s, b.end, "paragraph");
  }
  return out;
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence whose `index` is `i`: found at position `i` in a whole draft's list, searched for in a part of it. */
export function sentenceByIndex(sentences: readonly Sentence[], i: number): Sentence | undefined {
  const s = sentences[i];
  return s && s.index === i ? s : sentences.find((x) => x.index === i);
}

/** The items (findings, mentions) overlapping each sentence, by sentence `index`, in their original order. */
export function overlapsBySentence<T extends { span: { start: number; end: number } }>(sentences: readonly Sentence[], items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const x of items) {
    // The first sentence that ends after the item starts, then every one that starts before it ends.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= x.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && sentences[i].start < x.span.end; i++) (out[sentences[i].index] ??= []).push(x);
  }
  return out;
}
