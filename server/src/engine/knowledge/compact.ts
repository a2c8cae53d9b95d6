// What the corpus cache leaves out of each analysed article, and puts back on
// load: everything that is a cheap function of the article's text. An
// article's checkable text differs from its text only where characters were
// blanked, so it is stored as those ranges; its sentences' texts are slices
// of the checkable text; its line index is computed from the text again. Each
// omission is made only when it is exact (the value equals what is derived
// on load); otherwise the value is stored as it is. Restored strings are
// slices of one text, so the loaded corpus holds each article's text about
// twice (text and checkable text), not once per copy. The sentence index is
// stored in its packed form (flat arrays), built first if need be.
import type { Packer } from "../corpus/cache";
import { LineIndex } from "../text/document";
import { SentenceIndex, type PackedIndex } from "./index";
import type { Knowledge } from "./knowledge";

interface PackedArticle {
  /** Offsets (start, end pairs) where the checkable text has spaces the text does not; absent: the checkable text is stored. */
  blanks?: number[];
  /** The checkable text of `checkable` is the article's checkable text. */
  checkable: boolean;
  /** Every sentence's text is the checkable text between its offsets. */
  sentences: boolean;
  /** The line index is the one of the article's text. */
  lines: boolean;
}

/** Offsets where `plain` has a space and `text` another character, or undefined when they differ otherwise. */
function blanksOf(text: string, plain: string): number[] | undefined {
  if (text.length !== plain.length) return undefined;
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === plain.charCodeAt(i)) {
      i++;
      continue;
    }
    if (plain.charCodeAt(i) !== 32) return undefined;
    const start = i;
    while (i < text.length && text.charCodeAt(i) !== plain.charCodeAt(i)) {
      if (plain.charCodeAt(i) !== 32) return undefined;
      i++;
    }
    out.push(start, i);
  }
  return out;
}

function withBlanks(text: string, blanks: readonly number[]): string {
  if (!blanks.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < blanks.length; k += 2) {
    parts.push(text.slice(at, blanks[k]), " ".repeat(blanks[k + 1] - blanks[k]));
    at = blanks[k + 1];
  }
  parts.push(text.slice(at));
  return parts.join("");
}

interface Extra {
  articles: PackedArticle[];
  index: PackedIndex;
}

interface Mutable {
  plain: string;
  lines: LineIndex | null;
  checkable: { plain: string };
  sentences: Array<{ start: number; end: number; text: string }>;
}

/** Packs the articles of a knowledge for the cache (in place, undone after writing) and unpacks them after reading. */
export const articlePacker: Packer<Knowledge> = {
  pack(kb) {
    const packed: PackedArticle[] = [];
    const undo: Array<() => void> = [];
    const index = kb.index;
    kb.setIndex(undefined);
    undo.push(() => kb.setIndex(index));
    for (const article of kb.articles) {
      const a = article as unknown as Mutable;
      const { plain, lines } = a;
      const p: PackedArticle = { checkable: false, sentences: false, lines: false };
      const texts = a.sentences.map((s) => s.text);
      if (a.sentences.every((s) => s.text === plain.slice(s.start, s.end))) {
        p.sentences = true;
        for (const s of a.sentences) s.text = "";
        undo.push(() => a.sentences.forEach((s, k) => (s.text = texts[k])));
      }
      if (a.checkable.plain === plain) {
        p.checkable = true;
        a.checkable.plain = "";
        undo.push(() => (a.checkable.plain = plain));
      }
      const blanks = blanksOf(article.text, plain);
      if (blanks) {
        p.blanks = blanks;
        a.plain = "";
        undo.push(() => (a.plain = plain));
      }
      if (lines instanceof LineIndex && lines.text === article.text) {
        p.lines = true;
        a.lines = null;
        undo.push(() => (a.lines = lines));
      }
      packed.push(p);
    }
    return { extra: { articles: packed, index: index.packed } satisfies Extra, undo: () => undo.forEach((f) => f()) };
  },

  unpack(kb, extra) {
    const packed = (extra as Extra).articles;
    if (!Array.isArray(packed) || packed.length !== kb.articles.length) throw new Error("packed articles do not match");
    kb.articles.forEach((article, k) => {
      const a = article as unknown as Mutable;
      const p = packed[k];
      if (p.blanks) a.plain = withBlanks(article.text, p.blanks);
      if (p.checkable) a.checkable.plain = a.plain;
      if (p.sentences) for (const s of a.sentences) s.text = a.plain.slice(s.start, s.end);
      if (p.lines) a.lines = new LineIndex(article.text);
    });
    kb.setIndex(SentenceIndex.unpack(kb.articles, (extra as Extra).index));
  },
};
