// Word tokens with offsets.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** Lower-case, strip diacritics. */
export function fold(s: string): string {
  // ASCII has no diacritics and normalises to itself: the common case, kept cheap.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** Strip a possessive ending: "Vessel's" -> "Vessel". */
export function stripPossessive(s: string): string {
  return s.replace(/['’]s?$/u, "");
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Content words, folded and crudely stemmed, for overlap measures. */
/**
 * The verb in "-de" a lower-case noun in "-sion" after a vowel is made from ("invasion" / "invade", "decision" /
 * "decide", "collision" / "collide"), so that one key names the act however a sentence writes it; undefined for
 * other words. Nouns in "-ssion" ("mission") and after a consonant ("pension", "version") are left alone; a
 * made-up verb ("vision" / "vide") meets no other word.
 */
export function verbOfSion(w: string): string | undefined {
  return w.length >= 7 && /[aeiou]sions?$/.test(w) && !/ssions?$/.test(w) ? w.replace(/sions?$/, "de") : undefined;
}

export function stem(word: string): string {
  let w = fold(stripPossessive(word));
  if (w.length > 4) {
    w = w.replace(/(?:ies)$/, "y").replace(/(?:ing|ed|es|s)$/, "");
  }
  return w;
}
