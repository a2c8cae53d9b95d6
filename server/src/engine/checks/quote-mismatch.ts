// quote-mismatch: a quotation whose words differ from the corpus quotation it
// renders, or that is given to someone other than the person the corpus
// quotes. Word-level comparison: case, punctuation and the kind of marks do
// not count; a partial quotation that the corpus prints word for word is fine.
import type { AnalyzedBase, AnalyzedText } from "../analysis/analyze";
import type { QuoteMention } from "../analysis/facts";
import { quoteDetails, wordsOfQuote, type QuoteWord } from "../analysis/quotes";
import type { Explainer } from "../explain";
import type { Knowledge } from "../knowledge/knowledge";
import type { PersonRoles } from "../knowledge/roles";
import type { MentionRef } from "../knowledge/names";
import { alignWords, misspeltSpeaker, sameSpeaker, wordDiffs, type AlignOp, type CorpusQuote, type QuoteMatch } from "../knowledge/quotes";
import { STOPWORDS } from "../text/lexicon";
import { termKey } from "../analysis/claims";
import { capitalCountry, countryNames } from "../analysis/nationality";
import type { Evidence, Finding, Replacement, Severity } from "../types";
import { cite, type Check } from "./check";

/** Fewest words a quotation needs before its wording is compared. */
const MIN_WORDS = 4;
/** Share of words in order that makes two wordings one quotation. */
const MIN_SIMILARITY = 0.6;
/** Share of words in order that makes two wordings one quotation when they differ in one phrase only. */
const ONE_PHRASE_SIMILARITY = 0.5;
/** Share of words in order that lets a quotation differ in up to five places and still be the corpus's, reworded. */
const REWORDED_SIMILARITY = 0.7;
/** Fewest words before a quotation's speaker is held to the corpus (unless it is the whole corpus quotation). */
const MIN_WORDS_SPEAKER = 5;

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The words of a draft quotation, with offsets into the draft. */
function corpusText(kb: Knowledge, quote: CorpusQuote, from: number, to: number): string {
  const a = kb.articles[quote.article];
  return oneLine(a.plain.slice(quote.words[from].start, quote.words[to - 1].end));
}

function speakerPhrase(quote: CorpusQuote): string | undefined {
  if (quote.speaker) return quote.speaker;
  if (quote.source && quote.source.split(/\s+/).length <= 6) return quote.source;
  return undefined;
}

/** Quotation parts split at clause punctuation: when each one of three words or more is printed by the corpus, the quotation joins corpus wordings. */
function joinsCorpusWordings(kb: Knowledge, words: QuoteWord[]): boolean {
  const pieces: QuoteWord[][] = [[]];
  for (const w of words) {
    pieces[pieces.length - 1].push(w);
    if (w.clauseEnd) pieces.push([]);
  }
  const long = pieces.filter((p) => p.filter((w) => !w.gap).length >= 3);
  if (long.length < 2 || long.length !== pieces.filter((p) => p.length).length) return false;
  return long.every((p) => kb.quotes.exact(p).length > 0 || kb.quotes.inText(p));
}

function describeDiffs(draft: AnalyzedText, kb: Knowledge, words: QuoteWord[], m: QuoteMatch): string {
  const a = kb.articles[m.quote.article];
  const slice = (text: string, ws: QuoteWord[], idx: number[]) => oneLine(text.slice(ws[idx[0]].start, ws[idx[idx.length - 1]].end));
  const diffs = wordDiffs(m.ops);
  const key = (ws: QuoteWord[], idx: number[]) => idx.map((i) => ws[i].norm).join(" ");
  const moved = new Set<string>();
  for (const d of diffs) if (!d.corpus.length && diffs.some((o) => !o.draft.length && key(m.quote.words, o.corpus) === key(words, d.draft))) moved.add(key(words, d.draft));
  const parts: string[] = [];
  for (const d of diffs) {
    const mine = d.draft.length ? slice(draft.plain, words, d.draft) : "";
    const theirs = d.corpus.length ? slice(a.plain, m.quote.words, d.corpus) : "";
    if (mine && theirs) parts.push(`'${mine}' where the corpus has '${theirs}'`);
    else if (mine) parts.push(moved.has(key(words, d.draft)) ? `'${mine}' stands elsewhere in the corpus wording` : `'${mine}' is not in the corpus wording`);
    else if (!moved.has(key(m.quote.words, d.corpus))) parts.push(`leaves out '${theirs}'`);
  }
  return parts.slice(0, 3).join("; ") + (parts.length > 3 ? "; …" : "");
}

/** The corpus wording with the draft's own marks and closing punctuation. */
function fixText(draft: AnalyzedText, q: QuoteMention, words: QuoteWord[], wording: string): string {
  const open = draft.text.slice(q.span.start, q.inner.start);
  const close = draft.text.slice(q.inner.end, q.span.end);
  const lastWord = [...words].reverse().find((w) => !w.gap);
  const trail = lastWord ? draft.text.slice(lastWord.end, q.inner.end) : "";
  return `${open}${wording}${/^[,.;:!?]+$/.test(trail) ? trail : ""}${close}`;
}

/** Content words a draft quotation must share with a corpus quotation, in order from its start, before a changed ending counts. */
const MIN_OPENING = 5;
/** Content words that do instead when the opening has this many words, all matching. */
const MIN_OPENING_SHORT = 3;
const MIN_OPENING_WORDS = 8;
/** Most words of a changed ending. */
const MAX_ENDING = 6;

/**
 * A quotation that follows a corpus quotation from its start for a good
 * stretch and then parts ways until its end: "… electricity prices in the
 * world" for "… electricity prices in Europe and competing with …". The
 * opening must match with at most one slip, the ending be short and say
 * something (not only function words).
 */
function changedEnding(words: QuoteWord[], m: QuoteMatch): boolean {
  if (!m.tailOpen) return false;
  const real = m.ops.filter((o) => o.kind !== "gap");
  const last = real.map((o) => o.kind).lastIndexOf("match");
  if (last < 0 || real.findIndex((o) => o.d !== undefined) !== real.findIndex((o) => o.kind === "match")) return false;
  const opening = real.slice(0, last + 1);
  const ending = real.slice(last + 1).filter((o) => o.d !== undefined);
  const content = opening.filter((o) => o.kind === "match" && !STOPWORDS.has(words[o.d!].norm)).length;
  const slips = opening.filter((o) => o.kind !== "match").length;
  // Fewer content words will do when a long opening matches word for word: "if X succeeds in this, it will affect all of us for …".
  const long = slips === 0 && content >= MIN_OPENING_SHORT && opening.length >= MIN_OPENING_WORDS;
  if ((content < MIN_OPENING && !long) || slips > 1 || !ending.length || ending.length > MAX_ENDING) return false;
  if (!ending.some((o) => !STOPWORDS.has(words[o.d!].norm))) return false;
  return m.matched >= MIN_SIMILARITY * words.filter((w) => !w.gap).length;
}

/** The best corpus quotation a draft quotation renders with changed words, if any. */
// The match depends on the corpus and the words' spellings, gaps and clause ends, not on
// where the quotation stands: remembered per corpus, so an edit elsewhere costs nothing here.
const matchMemo = new WeakMap<Knowledge, Map<string, QuoteMatch | undefined>>();

function differingMatch(kb: Knowledge, words: QuoteWord[]): QuoteMatch | undefined {
  let memo = matchMemo.get(kb);
  if (!memo) matchMemo.set(kb, (memo = new Map()));
  const key = words.map((w) => `${w.gap ?? ""}\u0002${w.norm}${w.clauseEnd ? "\u0003" : ""}`).join("\u0001");
  if (memo.has(key)) return memo.get(key);
  if (memo.size > 10_000) memo.clear();
  const m = differingMatchOf(kb, words);
  memo.set(key, m);
  return m;
}

function differingMatchOf(kb: Knowledge, words: QuoteWord[]): QuoteMatch | undefined {
  const n = words.filter((w) => !w.gap).length;
  if (n < MIN_WORDS) return undefined;
  if (kb.quotes.exact(words).length || kb.quotes.inText(words) || joinsCorpusWordings(kb, words)) return undefined;
  return kb.quotes.closest(words).find((m) => {
    if (changedEnding(words, m)) return wordDiffs(m.ops).length <= 3;
    if (!m.edgesSettled || m.edits === 0 || m.matched < 3) return false;
    const diffs = wordDiffs(m.ops);
    // The shared words must carry meaning, not just "we will be the".
    const content = m.ops.filter((o) => o.kind === "match" && !STOPWORDS.has(words[o.d!].norm)).length;
    // Up to three changes; up to five when most words still stand in order and four of them carry meaning
    // ("We only need security guarantees from countries that are willing to help us" / "We will need … only from
    // those countries that are ready to help us").
    if (!diffs.length || diffs.length > (m.similarity >= REWORDED_SIMILARITY && content >= 4 ? 5 : 3)) return false;
    // One phrase swapped inside a quotation that keeps both its ends, five words and two content words
    // ("will come to Kelby within a fortnight" for "will reach the canal basin within a fortnight") is one quotation, altered.
    const onePhrase = diffs.length === 1 && m.matched >= 5 && content >= 2 && m.similarity >= ONE_PHRASE_SIMILARITY;
    return (m.similarity >= MIN_SIMILARITY || onePhrase) && content >= 2;
  });
}

/**
 * A whole short quotation of the same speaker with one phrase changed and everything else in order ("Islanders
 * will never agree to this" / "Islanders will never say yes to this"): with the speaker named at the quotation, four
 * matching words are enough, however few of them carry meaning.
 */
function sameSpeakerMatch(kb: Knowledge, q: QuoteMention, words: QuoteWord[]): QuoteMatch | undefined {
  const d = quoteDetails(q);
  if (d.speakerKind !== "person" || !d.speaker || !d.speakerNear || words.some((w) => w.gap)) return undefined;
  if (words.length < MIN_WORDS) return undefined;
  // One phrase changed leaves all but two of the draft's words (at least four) and the length within three.
  const m = kb.quotes.closestOf(words, d.speaker, Math.max(4, new Set(words.map((w) => w.norm)).size - 2), 3).find(
    (m) =>
      m.quote.speakerKind === "person" &&
      m.edgesSettled && m.from === 0 && m.to === m.quote.words.length && m.matched >= 4 && m.matched >= words.length - 2 &&
      wordDiffs(m.ops).length === 1 && m.ops[0].kind === "match" && m.ops[m.ops.length - 1].kind === "match",
  );
  // Words the corpus prints as they stand, quoted or not, are no altered quotation.
  return m && !kb.quotes.exact(words).length && !kb.quotes.inText(words) ? m : undefined;
}

/** Share of a fragment's words that must stand in order in one stretch of the same speaker's corpus quotation. */
const FRAGMENT_SHARE = 0.6;
/** Fewest words, and content words, of a fragment that match that stretch. */
const FRAGMENT_MATCHED = 4;
const FRAGMENT_CONTENT = 3;
/** What a corpus word skipped inside the stretch costs against a matched word. */
const SKIP_COST = 0.5;

/**
 * The stretch of a corpus quotation a fragment renders best: the most words in
 * order, less half a point for each corpus word skipped inside the stretch.
 * Returns the first and last matched corpus words and the number matched.
 */
function bestStretch(d: QuoteWord[], c: QuoteWord[]): { from: number; last: number; matched: number } | undefined {
  const n = d.length;
  const m = c.length;
  // S[i][j]: best score with d[0..i) placed and the stretch ending at c[j-1]; F: where it starts; K: words matched.
  const S: Float64Array[] = [];
  const F: Int32Array[] = [];
  const K: Int32Array[] = [];
  const L: Int32Array[] = [];
  for (let i = 0; i <= n; i++) {
    S.push(new Float64Array(m + 1).fill(i === 0 ? 0 : -Infinity));
    F.push(new Int32Array(m + 1).fill(-1));
    K.push(new Int32Array(m + 1));
    L.push(new Int32Array(m + 1));
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      // The draft word is not in the stretch.
      let best = S[i - 1][j];
      let from = F[i - 1][j];
      let k = K[i - 1][j];
      let l = L[i - 1][j];
      if (j > 0 && d[i - 1].norm === c[j - 1].norm) {
        const start = F[i - 1][j - 1] < 0 ? j - 1 : F[i - 1][j - 1];
        const v = (F[i - 1][j - 1] < 0 ? 0 : S[i - 1][j - 1]) + 1;
        if (v > best) [best, from, k, l] = [v, start, K[i - 1][j - 1] + 1, i];
      }
      // A corpus word skipped inside the stretch.
      if (j > 0 && F[i][j - 1] >= 0 && S[i][j - 1] - SKIP_COST > best) [best, from, k, l] = [S[i][j - 1] - SKIP_COST, F[i][j - 1], K[i][j - 1], L[i][j - 1]];
      S[i][j] = best;
      F[i][j] = from;
      K[i][j] = k;
      L[i][j] = l;
    }
  }
  let out: { from: number; last: number; matched: number; score: number } | undefined;
  for (let j = 1; j <= m; j++) {
    if (F[n][j] < 0) continue;
    // Draft words left over after the stretch cost as much as skipped corpus words.
    const score = S[n][j] - SKIP_COST * (n - L[n][j]);
    if (!out || score > out.score || (score === out.score && K[n][j] > out.matched)) out = { from: F[n][j], last: j - 1, matched: K[n][j], score };
  }
  // The stretch ends on a matched word: drop trailing skips.
  if (out) while (out.last > out.from && !d.some((w) => w.norm === c[out!.last].norm)) out.last--;
  return out;
}

/** Aligns all of `d` with all of `c[from, to)`: fewest edits, offsets into `c`. */
function alignWhole(d: QuoteWord[], c: QuoteWord[], from: number, to: number): AlignOp[] {
  const n = d.length;
  const m = to - from;
  const D: Int32Array[] = [];
  for (let i = 0; i <= n; i++) {
    D.push(new Int32Array(m + 1));
    for (let j = 0; j <= m; j++) {
      if (!i || !j) D[i][j] = i + j;
      else D[i][j] = Math.min(D[i - 1][j - 1] + (d[i - 1].norm === c[from + j - 1].norm ? 0 : 1), D[i - 1][j] + 1, D[i][j - 1] + 1);
    }
  }
  const ops: AlignOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const eq = i > 0 && j > 0 && d[i - 1].norm === c[from + j - 1].norm;
    if (i > 0 && j > 0 && D[i][j] === D[i - 1][j - 1] + (eq ? 0 : 1)) ops.push({ kind: eq ? "match" : "sub", d: --i, c: from + --j });
    else if (i > 0 && D[i][j] === D[i - 1][j] + 1) ops.push({ kind: "ins", d: --i });
    else ops.push({ kind: "del", c: from + --j });
  }
  return ops.reverse();
}

/**
 * A partial quotation with words changed, given to a person the corpus quotes:
 * "they woke up with water halfway up the stairs" for that person's "… and woke
 * up with water at the top of the stairs". Most of its words must stand in
 * order in one stretch of one of that speaker's quotations, and several of
 * them must carry meaning; too short or too loose a match says nothing.
 */
function fragmentMatch(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): QuoteMatch | undefined {
  if (words.some((w) => w.gap) || words.length < FRAGMENT_MATCHED) return undefined;
  const d = quoteDetails(q);
  // With no named speaker ("residents said they "…""), any corpus quotation may be the one, on a closer match.
  const who = d.speakerKind === "person" || d.speakerKind === "pronoun" || d.speakerKind === undefined ? (d.speaker ?? subjectOf(draft, q, undefined)) : undefined;
  if (!who && d.speakerKind !== "unnamed" && d.speakerKind !== undefined) return undefined;
  // The rest depends only on the corpus, the speaker and the words: remembered, so an edit elsewhere costs nothing here.
  let memo = fragmentMemo.get(kb);
  if (!memo) fragmentMemo.set(kb, (memo = new Map()));
  const key = `${who ?? ""}\u0004${words.map((w) => `${w.norm}${w.clauseEnd ? "\u0003" : ""}`).join("\u0001")}`;
  if (memo.has(key)) return memo.get(key);
  if (memo.size > 10_000) memo.clear();
  const m = fragmentMatchOf(kb, who, words);
  memo.set(key, m);
  return m;
}

const fragmentMemo = new WeakMap<Knowledge, Map<string, QuoteMatch | undefined>>();

function fragmentMatchOf(kb: Knowledge, who: string | undefined, words: QuoteWord[]): QuoteMatch | undefined {
  if (kb.quotes.exact(words).length || kb.quotes.inText(words) || joinsCorpusWordings(kb, words)) return undefined;
  const least = who ? FRAGMENT_MATCHED : FRAGMENT_MATCHED + 1;
  const found: QuoteMatch[] = [];
  for (const c of kb.quotes.quotes) {
    if (who && (c.speakerKind !== "person" || !c.speaker || !sameSpeaker(c.speaker, who))) continue;
    const st = bestStretch(words, c.words);
    if (!st || st.matched < least || st.matched < FRAGMENT_SHARE * words.length || st.matched === words.length) continue;
    // The draft's words after the stretch render the corpus words after it, to the clause's end.
    let to = st.last + 1;
    const lastMatched = words.map((w) => w.norm).lastIndexOf(c.words[st.last].norm);
    const after = words.length - 1 - lastMatched;
    if (after > 0) {
      let b = to;
      while (b < c.words.length && b - to < Math.max(after, 3) + 3 && !c.words[b - 1].clauseEnd) b++;
      to = b;
    }
    const ops = alignWhole(words, c.words, st.from, to);
    const content = ops.filter((o) => o.kind === "match" && !STOPWORDS.has(words[o.d!].norm)).length;
    const diffs = wordDiffs(ops);
    if (content < FRAGMENT_CONTENT || !diffs.length || diffs.length > 3) continue;
    // A change that says something: a content word differs, not only "the" for "a".
    const changed = diffs.flatMap((x) => [...x.draft.map((k) => words[k].norm), ...x.corpus.map((k) => c.words[k].norm)]);
    if (!changed.some((w) => !STOPWORDS.has(w))) continue;
    const matched = ops.filter((o) => o.kind === "match").length;
    found.push({ quote: c, from: st.from, to, ops, matched, edits: ops.length - matched, similarity: st.matched / words.length, edgesSettled: true });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Fewest words of a short quotation that is compared with the same speaker's quotations. */
const MIN_SHORT_WORDS = 2;

/**
 * Who a quotation is given to: its speaker, or else the subject of a short
 * clause that leads to it ("X called the plan "…"", "X described it as "…"");
 * not a name followed by a comma or a possessive ("Y's plan", "…, calling Y's plan").
 */
function subjectOf(doc: AnalyzedBase & { quotes: QuoteMention[] }, q: QuoteMention, speaker: string | undefined): string | undefined {
  if (speaker) return speaker;
  const s = doc.sentences[q.sentence];
  if (!s) return undefined;
  const before = doc.names.filter((n) => n.end <= q.span.start && n.start >= s.start && !doc.quotes.some((o) => n.start >= o.span.start && n.end <= o.span.end));
  const n = before[before.length - 1];
  if (!n) return undefined;
  const between = doc.plain.slice(n.end, q.span.start);
  const ws = between.trim().split(/\s+/).filter(Boolean);
  if (!ws.length || ws.length > 6 || /[,;:()"“”]/.test(between) || !/^\s+\p{Ll}/u.test(between)) return undefined;
  return n.text;
}

/**
 * A short quotation (two or three words) the same person says in the corpus
 * with one word changed: "completely unacceptable" for "clearly
 * unacceptable". Compared only when that person has exactly one such
 * quotation in the corpus, the changed word is a content word on both sides
 * and the rest is identical; otherwise there is too little to go on.
 */
function shortMatch(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): QuoteMatch | undefined {
  if (words.some((w) => w.gap) || words.length < MIN_SHORT_WORDS || words.length >= MIN_WORDS) return undefined;
  const who = subjectOf(draft, q, quoteDetails(q).speaker);
  if (!who) return undefined;
  if (kb.quotes.exact(words).length || kb.quotes.inText(words)) return undefined;
  const found = new Map<string, QuoteMatch>();
  for (const c of kb.quotes.quotes) {
    if (c.words.length !== words.length) continue;
    const speaker = subjectOf(kb.articles[c.article], kb.articles[c.article].quotes.find((x) => x.span.start === c.ref.start) ?? ({ sentence: -1, span: { start: 0, end: 0 } } as QuoteMention), c.speaker);
    if (!speaker || !sameSpeaker(speaker, who)) continue;
    const differ = words.map((w, k) => (w.norm === c.words[k].norm ? -1 : k)).filter((k) => k >= 0);
    if (differ.length !== 1) continue;
    const k = differ[0];
    if (STOPWORDS.has(words[k].norm) || STOPWORDS.has(c.words[k].norm)) continue;
    if (!words.some((w, j) => j !== k && !STOPWORDS.has(w.norm))) continue;
    const ops = words.map((_, j) => ({ kind: j === k ? ("sub" as const) : ("match" as const), d: j, c: j }));
    found.set(c.joined, { quote: c.speaker ? c : { ...c, speaker }, from: 0, to: c.words.length, ops, matched: words.length - 1, edits: 1, similarity: (words.length - 1) / words.length, edgesSettled: true });
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Fewest content words outside the quotation that a corpus sentence must share with the draft's. */
const RESTATED_WORDS = 3;
/** Share of the draft sentence's content words outside the quotation that the corpus sentence must have. */
const RESTATED_SHARE = 0.75;

/** The keys of the content words of a sentence outside one span (its quotation). */
function keysOutside(text: string, offset: number, skip: { start: number; end: number }): Set<string> {
  const all = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)) {
    const at = offset + m.index!;
    if (at >= skip.start && at < skip.end) continue;
    const w = m[0].toLowerCase();
    if (w.length > 2 && !STOPWORDS.has(w)) all.add(termKey(w));
  }
  return all;
}

/** Per corpus, its quotations of one to three words (no gap) by length, each with its sentence's keys outside it; built on first use. */
const shortQuoteMemo = new WeakMap<Knowledge, Map<number, Array<{ quote: CorpusQuote; keys: Set<string> }>>>();
function shortQuotes(kb: Knowledge): Map<number, Array<{ quote: CorpusQuote; keys: Set<string> }>> {
  let out = shortQuoteMemo.get(kb);
  if (!out) {
    out = new Map();
    for (const c of kb.quotes.quotes) {
      if (c.words.length >= MIN_WORDS || c.words.some((w) => w.gap)) continue;
      const cs = kb.articles[c.article].sentences.find((x) => x.start <= c.ref.start && c.ref.start < x.end);
      if (!cs) continue;
      const list = out.get(c.words.length) ?? [];
      list.push({ quote: c, keys: keysOutside(cs.text, cs.start, c.ref) });
      out.set(c.words.length, list);
    }
    shortQuoteMemo.set(kb, out);
  }
  return out;
}

/**
 * A quotation of one to three words ("unprecedented") in a sentence that says again a corpus sentence with its own
 * quotation of as many words ("the two orchestras … describe as "historic""): the words outside the quotations
 * agree, the quoted words do not. Compared only when exactly one corpus quotation fits.
 */
function restatedShortMatch(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): QuoteMatch | undefined {
  if (!words.length || words.length >= MIN_WORDS || words.some((w) => w.gap)) return undefined;
  if (kb.quotes.exact(words).length || kb.quotes.inText(words)) return undefined;
  const s = draft.sentences[q.sentence];
  if (!s) return undefined;
  const mine = keysOutside(s.text, s.start, q.span);
  if (mine.size < RESTATED_WORDS) return undefined;
  const names = draft.names.filter((n) => n.start >= s.start && n.end <= s.end && (n.end <= q.span.start || n.start >= q.span.end)).flatMap((n) => n.tokens.map((t) => termKey(t.text)));
  const found: QuoteMatch[] = [];
  for (const { quote: c, keys: theirs } of shortQuotes(kb).get(words.length) ?? []) {
    const differ = words.map((w, k) => (w.norm === c.words[k].norm ? -1 : k)).filter((k) => k >= 0);
    if (!differ.length || differ.some((k) => STOPWORDS.has(words[k].norm) || STOPWORDS.has(c.words[k].norm))) continue;
    let shared = 0;
    for (const k of mine) if (theirs.has(k)) shared++;
    // Every name of the draft's sentence there too: another speaker's words are not compared ("Kettleby called …").
    if (shared < RESTATED_WORDS || shared < RESTATED_SHARE * mine.size || names.some((k) => !theirs.has(k))) continue;
    const ops = words.map((_, j) => ({ kind: differ.includes(j) ? ("sub" as const) : ("match" as const), d: j, c: j }));
    found.push({ quote: c, from: 0, to: c.words.length, ops, matched: words.length - differ.length, edits: differ.length, similarity: (words.length - differ.length) / words.length, edgesSettled: true });
  }
  return found.length === 1 ? found[0] : undefined;
}

function wordingFinding(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[], m: QuoteMatch): Finding {
  const d = quoteDetails(q);
  const wording = corpusText(kb, m.quote, m.from, m.to);
  const ev = kb.evidence(m.quote.ref);
  const who = speakerPhrase(m.quote);
  const otherSpeaker =
    d.speakerKind === "person" && d.speaker && m.quote.speakerKind === "person" && m.quote.speaker && !sameSpeaker(d.speaker, m.quote.speaker);
  const sameWho = d.speaker && m.quote.speaker && sameSpeaker(d.speaker, m.quote.speaker);
  const severity: Severity = otherSpeaker ? "information" : m.similarity >= 0.7 || sameWho ? "warning" : "information";
  const head = who ? `The corpus quotes ${who} as saying "${wording}"` : `The corpus prints this quotation as "${wording}"`;
  const note = otherSpeaker ? ` (the draft gives it to ${d.speaker})` : "";
  return {
    category: "quote",
    code: "quote-mismatch",
    span: { start: q.span.start, end: q.span.end },
    message: `${head} (${cite(ev)})${note}: ${describeDiffs(draft, kb, words, m)}.`,
    severity,
    suggestions: [fixText(draft, q, words, wording)],
    evidence: [ev],
  };
}

/** Most characters between the two parts of a quotation split by its attribution ("," she said, "). */
const SPLIT_GAP = 80;

/**
 * Two quotations are the parts of one, split by an attribution: the first
 * ends with a comma (`tail`: from its last word to its closing mark), the text
 * between is short, on one line, and has words.
 */
function splitParts(text: string, tail: number, firstEnd: number, secondStart: number): boolean {
  const between = text.slice(firstEnd, secondStart);
  return /^,[\s"”’']*$/u.test(text.slice(tail, firstEnd)) && between.length <= SPLIT_GAP && !/[\n"“”]/u.test(between) && /\p{L}/u.test(between);
}

/**
 * The second part of a quotation split by its attribution ("…," she said,
 * "and …"): when the first part renders one corpus part word for word, to its
 * end, and the corpus continues that quotation the same way, the second part
 * must render the corpus's second part. Anchored by the first, it is compared
 * even when short or rewritten.
 */
function continuationMatch(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): QuoteMatch | undefined {
  const k = draft.quotes.indexOf(q);
  const prev = k > 0 ? draft.quotes[k - 1] : undefined;
  const prevWords = prev ? wordsOfQuote(draft, prev) : [];
  if (!prev || !prevWords.length || !splitParts(draft.plain, prevWords[prevWords.length - 1].end, prev.span.end, q.span.start)) return undefined;
  const real = words.filter((w) => !w.gap);
  if (real.length < 3 || real.length !== words.length) return undefined;
  if (kb.quotes.exact(words).length || kb.quotes.inText(words)) return undefined;
  for (const first of kb.quotes.exact(prevWords)) {
    if (first.to !== first.quote.words.length) continue;
    const next = kb.quotes.quotes[first.quote.id + 1];
    if (!next || next.article !== first.quote.article) continue;
    const text = kb.articles[next.article].plain;
    if (!splitParts(text, first.quote.words[first.quote.words.length - 1].end, first.quote.ref.end, next.ref.start)) continue;
    const a = alignWords(words, next.words);
    if (!a.edits || !a.matched) return undefined;
    return { ...a, quote: next, from: 0, to: next.words.length, similarity: a.matched / Math.max(words.length, next.words.length), edgesSettled: true };
  }
  return undefined;
}

/** Most characters between two quotations of one passage, in the draft or the corpus. */
const PASSAGE_GAP = 200;

/**
 * A quotation right before another that renders a corpus quotation word for
 * word from its start: the corpus quotation just before that one, in the same
 * passage, is what this one renders ("No one quits a job lightly," … "Our
 * members …" for "No one walks out lightly," … "Our members …").
 * Anchored by the next, it is compared even when short or rewritten, if the
 * two still share two content words.
 */
function precedingMatch(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): QuoteMatch | undefined {
  const k = draft.quotes.indexOf(q);
  const next = draft.quotes[k + 1];
  if (!next || next.span.start - q.span.end > PASSAGE_GAP || /\n\s*\n/u.test(draft.plain.slice(q.span.end, next.span.start))) return undefined;
  const real = words.filter((w) => !w.gap);
  if (real.length < 3 || real.length !== words.length) return undefined;
  if (kb.quotes.exact(words).length || kb.quotes.inText(words)) return undefined;
  const nextWords = wordsOfQuote(draft, next);
  if (nextWords.filter((w) => !w.gap).length < MIN_WORDS) return undefined;
  for (const second of kb.quotes.exact(nextWords)) {
    if (second.from !== 0) continue;
    const prev = kb.quotes.quotes[second.quote.id - 1];
    if (!prev || prev.article !== second.quote.article || second.quote.ref.start - prev.ref.end > PASSAGE_GAP) continue;
    const a = alignWords(words, prev.words);
    const theirs = new Set(prev.words.map((w) => w.norm));
    const content = new Set(words.filter((w) => !STOPWORDS.has(w.norm) && theirs.has(w.norm)).map((w) => w.norm)).size;
      if (!a.edits || content < 2) return undefined;
    return { ...a, quote: prev, from: 0, to: prev.words.length, similarity: a.matched / Math.max(words.length, prev.words.length), edgesSettled: true };
  }
  return undefined;
}

/**
 * The first sentence of a quotation that joins two corpus quotations ("We have
 * moved a long way. The union has not moved at all," for two quotations
 * the corpus splits around its attribution), when it is a whole corpus
 * quotation and the whole is none: its speaker is the one to compare.
 */
function joinedHead(draft: AnalyzedText, kb: Knowledge, words: QuoteWord[]): QuoteWord[] | undefined {
  if (words.some((w) => w.gap) || kb.quotes.exact(words).length) return undefined;
  for (let i = MIN_WORDS - 1; i < words.length - 1; i++) {
    if (!/^[.!?]/u.test(draft.plain.slice(words[i].end, words[i + 1].start).trim())) continue;
    const head = words.slice(0, i + 1);
    if (kb.quotes.exact(head).some((m) => m.from === 0 && m.to === m.quote.words.length)) return head;
    return undefined;
  }
  return undefined;
}

/**
 * The person an unresolved "he said" stands for: the one person the quotation's
 * sentence and the two before it name (outside quotations) whom the corpus knows
 * as a person: a full name, someone with a role, or someone it quotes.
 */
function pronounSpeaker(draft: AnalyzedText, kb: Knowledge, q: QuoteMention): string | undefined {
  const inQuote = (n: { start: number }) => draft.quotes.some((o) => n.start >= o.span.start && n.start < o.span.end);
  const people = new Set<string>();
  let first: string | undefined;
  for (const n of draft.names) {
    if (n.sentence < q.sentence - 2 || n.sentence > q.sentence || n.start >= q.span.start || inQuote(n)) continue;
    const person = kb.roles.resolve(n.text);
    const known = person?.name ?? (kb.quotes.quotes.some((c) => c.speakerKind === "person" && c.speaker && sameSpeaker(c.speaker, n.text)) ? n.text : undefined);
    if (!known) continue;
    if (![...people].some((p) => sameSpeaker(p, known))) people.add(known);
    first ??= n.text;
  }
  return people.size === 1 ? first : undefined;
}

/** A quotation the corpus prints word for word but gives to someone else. */
function speakerFinding(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, all: QuoteWord[]): Finding | undefined {
  const words = joinedHead(draft, kb, all) ?? all;
  const details = quoteDetails(q);
  const resolved = details.speakerKind === "pronoun" && !details.speaker ? pronounSpeaker(draft, kb, q) : undefined;
  const d = resolved ? { ...details, speaker: resolved } : details;
  // A pronoun counts when it resolves to a person named before it ("Jon Doe spoke. "…," he said.").
  if ((d.speakerKind !== "person" && d.speakerKind !== "pronoun") || !d.speaker) return undefined;
  const exact = kb.quotes.exact(words);
  if (!exact.length) return undefined;
  const n = words.filter((w) => !w.gap).length;
  const whole = exact.some((m) => m.from === 0 && m.to === m.quote.words.length);
  if (n < MIN_WORDS_SPEAKER && !(whole && n >= MIN_WORDS)) return undefined;
  if (exact.some((m) => m.quote.speaker && sameSpeaker(m.quote.speaker, d.speaker!))) return undefined;
  const named = exact.filter((m) => m.quote.speaker && (m.quote.speakerKind === "person" || m.quote.speakerKind === "pronoun"));
  if (!named.length) return undefined;
  // The draft's speaker says these words somewhere in the corpus too, quoted or not.
  const insideQuote = (r: { article: number; start: number }) => exact.some((m) => m.quote.ref.article === r.article && r.start >= m.quote.ref.start && r.start < m.quote.ref.end);
  const own = speakerMentions(kb, d.speaker).filter((r) => !insideQuote(r));
  const othersSay = named.filter((m) => m.quote.speakerKind === "person" && m.quote.speakerNear && !sameSpeaker(m.quote.speaker!, d.speaker!)).map((m) => m.quote.ref);
  if (kb.quotes.inSentencesOf(own, words, othersSay)) return undefined;
  // The corpus gives the words to several people: nothing to correct.
  const speaker = named[0].quote.speaker!;
  if (named.some((m) => !sameSpeaker(m.quote.speaker!, speaker))) return undefined;
  // The draft misspells the corpus's speaker: the name check says so.
  if (misspeltSpeaker(d.speaker, speaker)) return undefined;
  // The draft's sentence names the corpus speaker too ("asked about Y's view that "…", X said"): no claim.
  // A speaker named right at the quotation ("…," said X) speaks for it alone; otherwise the sentences just before count too.
  const explicit = d.speakerKind === "person" && !!d.speakerNear;
  const around = draft.sentences.filter((s) => s.end > (explicit ? q.span.start : q.span.start - 200) && s.start < q.span.end);
  if (draft.names.some((n) => around.some((s) => n.start >= s.start && n.end <= s.end) && !(n.start >= q.span.start && n.end <= q.span.end) && sameSpeaker(n.text, speaker))) return undefined;
  const certain = d.speakerKind === "person" && exact.every((m) => m.quote.speakerKind === "person") && !!d.speakerNear && named.every((m) => m.quote.speakerNear);
  const evidence: Evidence[] = kb.evidenceByArticle(named.map((m) => m.quote.ref));
  const replacements: Replacement[] = [];
  if (d.speakerSpan) replacements.push({ span: d.speakerSpan, newText: speaker, title: `Attribute the quotation to ${speaker}` });
  return {
    category: "quote",
    code: "quote-mismatch",
    span: { start: q.span.start, end: q.span.end },
    message: `The corpus attributes this quotation to ${speaker}, not ${d.speaker} (${cite(evidence[0])}).`,
    severity: certain ? "warning" : "information",
    suggestions: [],
    evidence,
    replacements,
  };
}

/**
 * A quotation the corpus prints word for word from one person, given in the draft to a description that fits
 * one other person of the corpus and not the speaker ("…," the union leader said, where the corpus quotes the
 * chair of a users' forum and calls someone else "leader of the Liberal group"): a note.
 */
function describedSpeakerFinding(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): Finding | undefined {
  const d = quoteDetails(q);
  if (d.speakerKind !== "unnamed" || !d.source || !d.speakerNear) return undefined;
  const wanted = contentWords(d.source);
  if (!wanted.length || wanted.length > 4) return undefined;
  const exact = kb.quotes.exact(words);
  if (!exact.length || words.filter((w) => !w.gap).length < MIN_WORDS_SPEAKER) return undefined;
  const named = exact.filter((m) => m.quote.speakerKind === "person" && m.quote.speaker && m.quote.speakerNear);
  if (named.length !== exact.length) return undefined;
  const speaker = named[0].quote.speaker!;
  if (named.some((m) => !sameSpeaker(m.quote.speaker!, speaker))) return undefined;
  const fits = (p: PersonRoles) => p.roles.some((r) => !r.parsed.former && [...r.wordings.keys()].some((w) => { const have = new Set(contentWords(w)); return wanted.every((x) => have.has(x)); }));
  const who = kb.roles.resolve(speaker);
  if (!who || fits(who)) return undefined;
  const described = kb.roles.people.filter((p) => p !== who && fits(p));
  if (described.length !== 1) return undefined;
  const other = described[0];
  const evidence: Evidence[] = kb.evidenceByArticle(named.map((m) => m.quote.ref));
  const role = who.roles.find((r) => !r.parsed.former);
  return {
    category: "quote",
    code: "quote-mismatch",
    span: { start: q.span.start, end: q.span.end },
    message: `The corpus attributes this quotation to ${speaker}${role ? ` (${[...role.wordings.keys()][0]})` : ""}, not to ${d.source}, which the corpus calls ${other.name} (${cite(evidence[0])}).`,
    severity: "information",
    suggestions: [],
    evidence,
  };
}

/** The words of an unnamed source's description from its first word after the article up to the word after its one body ("senior KPM producer"). */
function describedBody(text: string): { from: number; to: number; body: string; head: string } | undefined {
  const words = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)];
  const bodies = words.map((m, i) => ({ m, i })).filter(({ m }) => /^\p{Lu}{2,}$/u.test(m[0]));
  if (bodies.length !== 1) return undefined;
  const { i } = bodies[0];
  const head = words[i + 1];
  if (!head || !/^\p{Ll}/u.test(head[0])) return undefined;
  const first = /^(?:a|an|the|one)$/iu.test(words[0][0]) ? 1 : 0;
  if (i < first) return undefined;
  return { from: words[first].index!, to: head.index! + head[0].length, body: bodies[0].m[0], head: head[0].toLowerCase() };
}

/**
 * A quotation the corpus prints word for word from an unnamed source of one body ("a senior RTN producer"),
 * given in the draft to the same kind of source of another body ("a senior KPM producer").
 */
function describedSourceFinding(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): Finding | undefined {
  const d = quoteDetails(q);
  if (d.speakerKind !== "unnamed" || !d.source || !d.speakerNear) return undefined;
  const mine = describedBody(d.source);
  if (!mine) return undefined;
  if (words.filter((w) => !w.gap).length < MIN_SOURCE_QUOTE) return undefined;
  const exact = kb.quotes.exact(words);
  if (!exact.length || exact.some((m) => m.quote.speakerKind !== "unnamed" || !m.quote.source)) return undefined;
  const theirs = exact.map((m) => ({ m, b: describedBody(m.quote.source!) }));
  if (theirs.some((x) => !x.b || x.b.head !== mine.head || x.b.body.toLowerCase() === mine.body.toLowerCase())) return undefined;
  const sentence = draft.sentences[q.sentence];
  const at = sentence ? sentence.text.lastIndexOf(d.source) : -1;
  if (!sentence || at < 0) return undefined;
  const start = sentence.start + at + mine.from;
  const evidence = kb.evidenceByArticle(exact.map((x) => x.quote.ref));
  const wording = theirs[0].m.quote.source!.slice(theirs[0].b!.from, theirs[0].b!.to);
  return {
    category: "quote",
    code: "quote-mismatch",
    span: { start, end: sentence.start + at + mine.to },
    severity: "warning",
    message: `The corpus gives this quotation to "${theirs[0].m.quote.source}", not to "${d.source}" (${cite(evidence[0])}).`,
    suggestions: [wording],
    evidence,
  };
}

/** Fewest words of a quotation whose unnamed source is held to the corpus's. */
const MIN_SOURCE_QUOTE = 6;

/**
 * A quotation the corpus prints word for word from a document or an unnamed source, every time ("…," the report
 * said), given in the draft to a named person who says it nowhere in the corpus, or to a name the corpus never
 * gives where the source is a named person's office: a note.
 */
function unnamedSourceFinding(draft: AnalyzedText, kb: Knowledge, q: QuoteMention, words: QuoteWord[]): Finding | undefined {
  const d = quoteDetails(q);
  if (d.speakerKind !== "person" || !d.speaker || !d.speakerNear) return undefined;
  if (words.filter((w) => !w.gap).length < MIN_WORDS_SPEAKER) return undefined;
  const exact = kb.quotes.exact(words);
  if (!exact.length || exact.some((m) => m.quote.speakerKind !== "unnamed" || !m.quote.source || !m.quote.speakerNear)) return undefined;
  const sources = new Set(exact.map((m) => m.quote.source!.toLowerCase()));
  if (sources.size !== 1) return undefined;
  // A speaker the corpus never names is the name check's; one who says these words somewhere in the corpus,
  // quoted or not, may say them.
  const own = speakerMentions(kb, d.speaker);
  // Or one it never names, where the corpus's source is a named person's office or staff ("Lindgren's office
  // stated, "…"", given to "Albion Square"): the words are that person's side's, not another's.
  const source = exact[0].quote.source!;
  const officeOf = /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)['’]s?\s+\p{Ll}/u.exec(source)?.[1];
  // A country or its capital may speak for its government ("Paris said"): no person to hold to the corpus's source.
  if (capitalCountry(d.speaker).length > 0 || countryNames(termKey(d.speaker)).length > 0) return undefined;
  const othersOffice = !own.length && !!officeOf && speakerMentions(kb, officeOf).length > 0 && !sameSpeaker(officeOf, d.speaker);
  if (!othersOffice && (!own.length || kb.quotes.inSentencesOf(own, words, []))) return undefined;
  const evidence = kb.evidenceByArticle(exact.map((m) => m.quote.ref));
  return {
    category: "quote",
    code: "quote-mismatch",
    span: { start: q.span.start, end: q.span.end },
    message: `The corpus gives this quotation to ${exact[0].quote.source}, not ${d.speaker} (${cite(evidence[0])}).`,
    severity: "information",
    suggestions: [],
    evidence,
  };
}

/** The corpus mentions of a speaker's name words (each word of three letters or more, in any of its spellings). */
function speakerMentions(kb: Knowledge, speaker: string): MentionRef[] {
  return speaker.split(/\s+/).flatMap((w) => (w.length >= 3 ? (kb.names.groupOf(w)?.forms ?? []).flatMap((f) => f.mentions) : []));
}

/** The lower-cased content words of a role's wording. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => !STOPWORDS.has(w) && w.length > 1);
}

export const quoteMismatch: Check = {
  id: "quote-mismatch",
  category: "quote",
  run(ctx) {
    const out: Finding[] = [];
    if (!ctx.kb.quotes.size) return out;
    for (const q of ctx.draft.quotes) {
      const words = wordsOfQuote(ctx.draft, q);
      const m = differingMatch(ctx.kb, words) ?? fragmentMatch(ctx.draft, ctx.kb, q, words) ?? shortMatch(ctx.draft, ctx.kb, q, words) ?? continuationMatch(ctx.draft, ctx.kb, q, words) ?? precedingMatch(ctx.draft, ctx.kb, q, words) ?? restatedShortMatch(ctx.draft, ctx.kb, q, words) ?? sameSpeakerMatch(ctx.kb, q, words);
      if (m) {
        out.push(wordingFinding(ctx.draft, ctx.kb, q, words, m));
        continue;
      }
      const s = speakerFinding(ctx.draft, ctx.kb, q, words) ?? describedSpeakerFinding(ctx.draft, ctx.kb, q, words) ?? describedSourceFinding(ctx.draft, ctx.kb, q, words) ?? unnamedSourceFinding(ctx.draft, ctx.kb, q, words);
      if (!s) continue;
      // One quotation in two parts around its attribution ("…," X said. "…"), misattributed alike: one mark over both.
      const last = out[out.length - 1];
      if (last && last.message === s.message && !/\n\s*\n/.test(ctx.draft.text.slice(last.span.end, s.span.start))) {
        last.span = { start: last.span.start, end: s.span.end };
        continue;
      }
      out.push(s);
    }
    return out;
  },
};

/** Hover for a quotation: the corpus quotation it renders, where, and who said it. */
export const explainQuote: Explainer = (kb, draft, offset) => {
  const q = draft.quotes.find((x) => offset >= x.span.start && offset <= x.span.end);
  if (!q || !kb.quotes.size) return undefined;
  const words = wordsOfQuote(draft, q);
  if (words.filter((w) => !w.gap).length < 2) return undefined;
  const span = { start: q.span.start, end: q.span.end };
  const exact = kb.quotes.exact(words);
  if (exact.length) {
    const m = exact[0];
    const who = speakerPhrase(m.quote);
    const evidence = kb.evidenceByArticle(exact.map((x) => x.quote.ref));
    return {
      span,
      summary: `Quotation${who ? ` of ${who}` : ""}: "${oneLine(m.quote.text)}" (${cite(evidence[0])}${exact.length > 1 ? `; ${exact.length} corpus quotations` : ""})`,
      evidence,
    };
  }
  const m = differingMatch(kb, words);
  if (!m) return undefined;
  const who = speakerPhrase(m.quote);
  const ev = kb.evidence(m.quote.ref);
  return {
    span,
    summary: `Quotation differs from the corpus${who ? `, which quotes ${who}` : ""}: "${corpusText(kb, m.quote, m.from, m.to)}" (${cite(ev)})`,
    evidence: [ev],
  };
};
