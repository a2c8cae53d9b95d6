// Finds proper names (people, organisations, places, publications) in any
// analysed text, draft or article alike. No list of names: a name is a run of
// capitalised words, minus role words, demonyms and ordinary words that are
// only capitalised because they open a sentence or stand in a headline.
import type { Sentence } from "../text/sentences";
import { tokenize, stripPossessive, type Token } from "../text/tokens";
import { STOPWORDS, DEMONYMS, ROLE_WORDS, ROLE_MODIFIERS, NAME_PARTICLES, HONORIFICS, MONTH_ABBREVIATIONS, isMonthWord, isWeekdayWord } from "../text/lexicon";

export interface NameMention {
  /** The name as written, possessive stripped: "Ada Lindqvist". */
  text: string;
  start: number;
  end: number;
  /** The name's words (possessive stripped). */
  tokens: Token[];
  /** Role words and demonyms written right before the name ("French President"). */
  prefix: Token[];
  sentence: number;
  /** True when the name opens its sentence or stands in a headline: capitalisation proves less there. */
  initial: boolean;
}

export interface NameContext {
  /** Words (lower-cased) seen in lower case somewhere: ordinary words. */
  isCommon(lower: string): boolean;
}

const OPENING = /^[\s"'“‘«(\[\-–—*_#>]*$/u;
/** A dateline before the text: "ELMBRIDGE -- ", "WEXMOOR, Friday, 6 March 2026 — ": the story's first word follows. */
const DATELINE_BEFORE = /^\s*\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:\([^)]{0,30}\))?(?:,[^\n]{0,60}?)?\s(?:--|—|–)\s*$/u;

/** False when the first character is ASCII but no capital letter (most words): the regular expressions need not run. */
function asciiNonCapital(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 && (c < 65 || c > 90);
}

function isCapWord(t: string): boolean {
  if (asciiNonCapital(t)) return false;
  return /^\p{Lu}/u.test(t) && /\p{L}/u.test(t.slice(1)) && !/\p{N}/u.test(t);
}
function isAcronym(t: string): boolean {
  if (asciiNonCapital(t)) return false;
  return /^\p{Lu}{2,}$/u.test(t) || /^(?:\p{Lu}\.){2,}$/u.test(t);
}

function roleLike(lower: string): boolean {
  return ROLE_WORDS.has(lower) || DEMONYMS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ""));
}

/** Name mentions of one sentence. */
export function namesInSentence(s: Sentence, ctx: NameContext): NameMention[] {
  const tokens = tokenize(s.text, s.start);
  const out: NameMention[] = [];
  const heading = s.kind === "heading";
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!(isCapWord(t.text) || isAcronym(t.text))) {
      i++;
      continue;
    }
    // Collect a run of capitalised words joined by single spaces (particles allowed inside).
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length) {
      const gap = s.text.slice(tokens[j - 1].end - s.start, tokens[j].start - s.start);
      if (gap !== " ") break;
      const w = tokens[j].text;
      if (isCapWord(w) || isAcronym(w)) {
        run.push(tokens[j]);
        j++;
        continue;
      }
      if (NAME_PARTICLES.has(w)) {
        // One or more particles, then a capitalised word: "von der Leyen".
        let k = j;
        while (k < tokens.length && NAME_PARTICLES.has(tokens[k].text) && k - j < 3) {
          if (s.text.slice(tokens[k].end - s.start, (tokens[k + 1]?.start ?? -1) - s.start) !== " ") break;
          k++;
        }
        if (k > j && k < tokens.length && isCapWord(tokens[k].text) && s.text.slice(tokens[k - 1].end - s.start, tokens[k].start - s.start) === " ") {
          for (let x = j; x < k; x++) run.push(tokens[x]);
          j = k;
          continue;
        }
      }
      break;
    }
    // A month written short before a day ("Mar 3", "Sept. 14") is a date, not the end of a name.
    const last = run[run.length - 1];
    const after = tokens[j];
    if (after && /^\p{N}{1,2}$/u.test(after.text) && /^\.?\s$/u.test(s.text.slice(last.end - s.start, after.start - s.start)) && stripPossessive(last.text).toLowerCase() in MONTH_ABBREVIATIONS && last.text.toLowerCase() !== "jan") {
      run.pop();
      if (!run.length) {
        i = j;
        continue;
      }
    }
    // A possessive or a comma ends the name at that word.
    const cut = run.findIndex((x) => /['’]s?$/u.test(x.text));
    const words = cut >= 0 ? run.slice(0, cut + 1) : run;
    const next = cut >= 0 ? i + cut + 1 : j;
    const first = words[0];
    const before = s.text.slice(0, first.start - s.start);
    // The start of a sentence, or of a quotation inside one, capitalises any word.
    const atStart = OPENING.test(before) || DATELINE_BEFORE.test(before) || /(?:^|[\s(:,])["“‘']$/u.test(before) || /:\s*$/u.test(before);
    splitRun(words, atStart || heading, heading, s.index, ctx, out);
    i = next;
  }
  return out;
}

/** Kinds of street, which make the capitalised word before them a name ("Albion Square", "Main Street"). */
const STREETS = new Set(["street", "road", "lane", "avenue", "drive", "square", "crescent", "boulevard", "terrace"]);

function splitRun(run: Token[], initial: boolean, heading: boolean, sentence: number, ctx: NameContext, out: NameMention[]): void {
  // Dates split names: "Thursday", "March".
  const pieces: Token[][] = [[]];
  for (const t of run) {
    const lower = stripPossessive(t.text).toLowerCase();
    if (isMonthWord(lower) || isWeekdayWord(lower)) pieces.push([]);
    else pieces[pieces.length - 1].push(t);
  }
  pieces.forEach((piece, k) => {
    let words = piece;
    const doubtful = (idx: number) => (heading || (initial && k === 0 && idx === 0));
    // Ordinary words at the edges are not part of the name.
    while (words.length) {
      const w = stripPossessive(words[0].text);
      const lower = w.toLowerCase();
      // "Albion Square said": an ordinary word before a street's kind names the street.
      const street = words.length > 1 && STREETS.has(stripPossessive(words[1].text).toLowerCase());
      if (STOPWORDS.has(lower) || /^i['’]\p{L}+$/u.test(lower) || NAME_PARTICLES.has(words[0].text) || (doubtful(piece.length - words.length) && ctx.isCommon(lower) && !roleLike(lower) && !street)) {
        words = words.slice(1);
        continue;
      }
      break;
    }
    // Role words and demonyms in front: "Chilean President Ada Lindqvist".
    const prefix: Token[] = [];
    // "Transport Minister Ada Lindqvist": portfolio words before a role word are part of the title.
    let lastRole = -1;
    for (let k = 0; k < words.length - 1; k++) {
      const lower = words[k].text.toLowerCase();
      if (roleLike(lower)) lastRole = k;
      else if (!ROLE_MODIFIERS.has(lower)) break;
    }
    while (words.length > 1 && (prefix.length <= lastRole || roleLike(words[0].text.toLowerCase()))) {
      prefix.push(words[0]);
      words = words.slice(1);
    }
    if (words.length === 1 && roleLike(words[0].text.toLowerCase())) return;
    // "South Korean counterparts": a name that ends in a demonym is an adjective.
    if (words.length && DEMONYMS.has(stripPossessive(words[words.length - 1].text).toLowerCase())) return;
    while (words.length && (STOPWORDS.has(stripPossessive(words[words.length - 1].text).toLowerCase()) || NAME_PARTICLES.has(words[words.length - 1].text))) {
      words = words.slice(0, -1);
    }
    if (heading) {
      // In a headline every word is capitalised: keep only the words that are
      // not ordinary, each as a name of its own.
      for (const w of words) {
        const bare = stripPossessive(w.text);
        if (ctx.isCommon(bare.toLowerCase()) || roleLike(bare.toLowerCase())) continue;
        const tok = { text: bare, start: w.start, end: w.start + bare.length };
        out.push({ text: bare, start: tok.start, end: tok.end, tokens: [tok], prefix: [], sentence, initial: true });
      }
      return;
    }
    if (words.length === 0) return;
    const toks = words.map((w, idx) => {
      if (idx === words.length - 1) {
        const bare = stripPossessive(w.text);
        return { text: bare, start: w.start, end: w.start + bare.length };
      }
      return w;
    });
    const last = toks[toks.length - 1];
    if (!last.text) return;
    out.push({
      text: toks.map((x) => x.text).join(" "),
      start: toks[0].start,
      end: last.end,
      tokens: toks,
      prefix,
      sentence,
      initial: initial && k === 0 && piece.length - words.length - prefix.length === 0,
    });
  });
}

const bySentence = new WeakMap<readonly NameMention[], Map<number, NameMention[]>>();

/** The name mentions of sentence `k` of a document's mention list (grouped once per list, in any order; a fresh array). */
export function namesOfSentence(names: readonly NameMention[], k: number): NameMention[] {
  let groups = bySentence.get(names);
  if (!groups) {
    groups = new Map();
    for (const n of names) {
      const list = groups.get(n.sentence);
      if (list) list.push(n);
      else groups.set(n.sentence, [n]);
    }
    bySentence.set(names, groups);
  }
  return groups.get(k)?.slice() ?? [];
}

const NAME_FOLLOWERS = new Set(
  `has have had is was will would could can may might must should shall says said told announced pledged promised plans planned wants wanted`.split(" "),
);

/** True when a one-word sentence opener reads as a proper name: singular, then an auxiliary or reporting verb ("Norway has …", not "Famous objects …"). */
export function openerActsAsName(text: string, n: NameMention): boolean {
  const word = n.tokens[0].text;
  if (/s$/.test(word) || word.length < 3) return false;
  const next = /^\s+([\p{L}'’]+)/u.exec(text.slice(n.end, n.end + 40))?.[1]?.toLowerCase();
  return !!next && NAME_FOLLOWERS.has(next);
}
