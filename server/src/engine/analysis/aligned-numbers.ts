// A number with no counted noun ("Twelve, who were working on the roof …",
// "a monthly average of seven over …") read against the corpus sentence the draft
// sentence restates: the two sentences' words aligned in order (their longest
// common run), the draft's number and the corpus's stand in the same gap
// between aligned words. Two numbers in one slot of the same sentence that
// differ are a figure changed, whatever they count.
import type { Knowledge } from "../knowledge/knowledge";
import type { Sentence } from "../text/sentences";
import { NUMBER_WORDS, SCALE_WORDS } from "../text/lexicon";
import { fold, tokenize, type Token } from "../text/tokens";
import type { Span } from "../types";
import { sentenceKeys } from "./claims";

export interface AlignedNumber {
  /** The draft's number (its words). */
  draft: Span;
  draftText: string;
  draftValue: number;
  /** The corpus's number in the same slot. */
  article: number;
  sentence: number;
  corpus: Span;
  corpusText: string;
  corpusValue: number;
  /** Share of the draft sentence's words the corpus sentence says in the same order. */
  share: number;
}

/** Share of the draft sentence's words that must align for the two to be one statement. */
const SAME_STATEMENT = 0.6;
/** The fewest aligned words. */
const LEAST_ALIGNED = 5;
/** The most words in a slot: the number and a few around it ("Nine of them"). */
const MAX_GAP = 4;
/** Fewest aligned words of a stretch that restates a corpus sentence inside a longer draft sentence, and their share of it. */
const LEAST_STRETCH = 10;
const STRETCH_SHARE = 0.75;
/** Longest sentences aligned. */
const MAX_TOKENS = 80;

/** A digit or a number word anywhere in a text: the cheap test before reading it. */
const ANY_NUMBER = new RegExp(
  String.raw`\d|\b(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS)].filter((w) => w !== "a" && w !== "an" && w !== "half").join("|")})`,
  "i",
);
const isNumberWord = (w: string) => (w in NUMBER_WORDS && w !== "a" && w !== "an" && w !== "half") || w in SCALE_WORDS;

/** The value of a run of number tokens ("nine", "1,200", "twenty-five", "two thousand"), or undefined. */
export function runValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(w)) {
      current += Number(w.replace(/,/g, ""));
      continue;
    }
    const parts = w.split("-");
    if (parts.every((p) => p in NUMBER_WORDS && p !== "a" && p !== "an" && p !== "half")) {
      current += parts.reduce((s, p) => s + NUMBER_WORDS[p], 0);
      continue;
    }
    if (w in SCALE_WORDS) {
      current = (current || 1) * SCALE_WORDS[w];
      if (SCALE_WORDS[w] >= 1000) (total += current), (current = 0);
      continue;
    }
    return undefined;
  }
  return total + current;
}

const numeric = (t: Token) => /^\d/.test(t.text) || t.text.split("-").every((p) => isNumberWord(p.toLowerCase()));

/** The one run of number tokens in a slot, if there is exactly one. */
function numberRun(toks: readonly Token[]): { from: number; to: number } | undefined {
  let run: { from: number; to: number } | undefined;
  for (let i = 0; i < toks.length; i++) {
    if (!numeric(toks[i])) continue;
    if (run && run.to === i - 1) run.to = i;
    else if (run) return undefined;
    else run = { from: i, to: i };
  }
  return run;
}

/** Token pairs aligned by folded word, in order (longest common subsequence); numbers align only with equal numbers. */
function align(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const L: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (L[i + 1][j] >= L[i][j + 1]) i++;
    else j++;
  }
  return out;
}

/**
 * The draft sentence's numbers that the corpus sentence it restates gives
 * otherwise in the same slot. `skip` leaves out draft spans (dates, figures
 * already judged, quotations); `corpusSkip` corpus ones (dates).
 */
/**
 * The longest run of aligned pairs with no more than MAX_GAP words between neighbours on either side, when it
 * holds LEAST_STRETCH pairs and more, STRETCH_SHARE of the draft's words it spans: its first and last draft word.
 */
function denseStretch(pairs: ReadonlyArray<[number, number]>): { first: number; last: number } | undefined {
  let best: { first: number; last: number; n: number } | undefined;
  let from = 0;
  for (let k = 1; k <= pairs.length; k++) {
    const broken = k === pairs.length || pairs[k][0] - pairs[k - 1][0] > MAX_GAP || pairs[k][1] - pairs[k - 1][1] > MAX_GAP;
    if (!broken) continue;
    const n = k - from;
    if (!best || n > best.n) best = { first: pairs[from][0], last: pairs[k - 1][0], n };
    from = k;
  }
  if (!best || best.n < LEAST_STRETCH || best.n / (best.last - best.first + 1) < STRETCH_SHARE) return undefined;
  return best;
}

export function alignedNumbers(kb: Knowledge, s: Sentence, skip: (span: Span) => boolean, corpusSkip: (article: number, span: Span) => boolean): AlignedNumber[] {
  if (!ANY_NUMBER.test(s.text)) return [];
  const mine = tokenize(s.text, s.start);
  if (mine.length > MAX_TOKENS) return [];
  const wanted = mine.filter((t) => numeric(t) && !skip(t));
  if (!wanted.length) return [];
  const out: AlignedNumber[] = [];
  // Numbers a restated corpus sentence gives the same: confirmed, whatever another sentence says.
  const agreed = new Set<Token>();
  const keys = sentenceKeys(s.text);
  const a = mine.map((t) => fold(t.text));
  for (const hit of kb.index.query(keys, 5)) {
    const article = kb.articles[hit.sentence.article];
    const cs = article.sentences[hit.sentence.sentence];
    const theirs = tokenize(cs.text, cs.start);
    if (theirs.length > MAX_TOKENS) continue;
    const pairs = align(a, theirs.map((t) => fold(t.text)));
    const share = pairs.length / mine.length;
    // Or a long stretch of the draft restates it word for word, and the draft adds a clause of its own
    // ("…, and asked the trust to release its audit", which the corpus says in its next sentence).
    const stretch = share < SAME_STATEMENT ? denseStretch(pairs) : undefined;
    if (pairs.length < LEAST_ALIGNED || (share < SAME_STATEMENT && !stretch)) continue;
    for (const t of wanted) {
      const i = mine.indexOf(t);
      if (stretch && (i <= stretch.first || i >= stretch.last)) continue;
      if (out.some((x) => x.draft.start <= t.start && t.end <= x.draft.end)) continue;
      // The aligned pairs around the draft's number.
      let before = -1;
      while (before + 1 < pairs.length && pairs[before + 1][0] < i) before++;
      const after = before + 1;
      if (after < pairs.length && pairs[after][0] === i) {
        agreed.add(t); // the same number in both
        continue;
      }
      const d0 = before >= 0 ? pairs[before][0] + 1 : 0;
      const d1 = after < pairs.length ? pairs[after][0] : mine.length;
      const c0 = before >= 0 ? pairs[before][1] + 1 : 0;
      const c1 = after < pairs.length ? pairs[after][1] : theirs.length;
      if (d1 - d0 > MAX_GAP || c1 - c0 > MAX_GAP || c1 <= c0) continue;
      const dRun = numberRun(mine.slice(d0, d1));
      const cRun = numberRun(theirs.slice(c0, c1));
      if (!dRun || !cRun) continue;
      const dToks = mine.slice(d0 + dRun.from, d0 + dRun.to + 1);
      const cToks = theirs.slice(c0 + cRun.from, c0 + cRun.to + 1);
      if (!dToks.includes(t)) continue;
      const draftSpan = { start: dToks[0].start, end: dToks[dToks.length - 1].end };
      const corpusSpan = { start: cToks[0].start, end: cToks[cToks.length - 1].end };
      if (dToks.some((x) => skip(x)) || corpusSkip(hit.sentence.article, corpusSpan)) continue;
      const dv = runValue(dToks.map((x) => x.text));
      const cv = runValue(cToks.map((x) => x.text));
      if (dv === undefined || cv === undefined || dv === cv) continue;
      // The draft's value elsewhere in the corpus sentence: the numbers moved, not changed.
      if (theirs.some((x) => numeric(x) && runValue([x.text]) === dv)) continue;
      out.push({
        draft: draftSpan,
        draftText: s.text.slice(draftSpan.start - s.start, draftSpan.end - s.start),
        draftValue: dv,
        article: hit.sentence.article,
        sentence: hit.sentence.sentence,
        corpus: corpusSpan,
        corpusText: cs.text.slice(corpusSpan.start - cs.start, corpusSpan.end - cs.start),
        corpusValue: cv,
        share,
      });
    }
  }
  return out.filter((x) => !wanted.some((t) => agreed.has(t) && x.draft.start <= t.start && t.end <= x.draft.end));
}
