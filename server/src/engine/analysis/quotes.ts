// Quotations with straight or curly marks, and who said them. The same
// extractor reads corpus articles and drafts, so a quotation of a draft and a
// quotation of an article are the same kind of thing. No speaker is listed:
// the speaker is whoever the sentence says ("…," said X / X told Y that "…").
import { DEMONYMS, NUMBER_WORDS, ROLE_HEADS, ROLE_QUALIFIERS, ROLE_WORDS, STOPWORDS } from "../text/lexicon";
import type { Block } from "../text/markup";
import { sentenceAt } from "../text/sentences";
import { fold } from "../text/tokens";
import { skeleton } from "../knowledge/skeleton";
import type { Span } from "../types";
import type { AnalyzedBase } from "./analyze";
import type { QuoteMention } from "./facts";
import { namesOfSentence, openerActsAsName, type NameMention } from "./names";

/** Who the text says spoke: a named person, an organisation, a pronoun, or an unnamed source. */
export type SpeakerKind = "person" | "organisation" | "pronoun" | "unnamed";

/** A quotation with the details of its attribution. */
export interface Quote extends QuoteMention {
  speakerKind?: SpeakerKind;
  /** True when the attribution stands right next to the quotation ("…," said X / X said: "…"). */
  speakerNear?: boolean;
  /** The words that describe an unnamed source: "a high-ranking EU diplomat". */
  source?: string;
}

/** The attribution details of a quotation found by `findQuotes`. */
export function quoteDetails(q: QuoteMention): Quote {
  return q as Quote;
}

// ---------------------------------------------------------------- words

/** One word of a quotation: normalised for comparison, with its place in the text. */
export interface QuoteWord {
  /** Folded, lower-cased; numbers without thousands separators; "" for a gap ("…", "[…]"). */
  norm: string;
  start: number;
  end: number;
  /** An ellipsis or an editor's bracket: stands for words left out or replaced. */
  gap?: "ellipsis" | "bracket";
  /** Punctuation that ends a clause follows the word. */
  clauseEnd?: boolean;
}

const WORD_RE = /\.{3}|…|\[[^\]\n]{0,60}\]|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

const DIGIT_WORDS = new Map(
  Object.entries(NUMBER_WORDS)
    .filter(([w, v]) => w.length > 2 && Number.isInteger(v))
    .map(([w, v]) => [w, String(v)]),
);

const CLAUSE_END = new Set([",", ".", ";", ":", "!", "?", "—", "–", ")"]);

export function normWord(w: string): string {
  let x = /^[\x00-\x7f]*$/.test(w) ? w.toLowerCase() : fold(w).replace(/’/g, "'");
  if (/^\p{N}/u.test(x)) x = x.replace(/,(?=\p{N}{3}(?:\D|$))/gu, "");
  return DIGIT_WORDS.get(x) ?? x;
}

/** The words of `text` (which starts at `offset`), gaps marked. */
/** The words of one quotation of an analysed text (its inner span). */
export function wordsOfQuote(doc: { plain: string }, q: { inner: { start: number; end: number } }): QuoteWord[] {
  return quoteWords(doc.plain.slice(q.inner.start, q.inner.end), q.inner.start);
}

export function quoteWords(text: string, offset = 0): QuoteWord[] {
  const out: QuoteWord[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const s = offset + m.index;
    const e = s + m[0].length;
    let k = m.index + m[0].length;
    while (text[k] === " ") k++;
    const clauseEnd = CLAUSE_END.has(text[k]) || (text[k] === "-" && k > m.index + m[0].length && text[k + 1] === " ");
    if (m[0] === "..." || m[0] === "…") out.push({ norm: "", start: s, end: e, gap: "ellipsis" });
    else if (m[0].startsWith("[")) out.push({ norm: "", start: s, end: e, gap: "bracket" });
    else out.push({ norm: normWord(m[0]), start: s, end: e, clauseEnd });
  }
  return out;
}

// ---------------------------------------------------------------- marks

const DOUBLE_OPEN = "“„«";
const DOUBLE_CLOSE = "”»";
/** Any double quotation mark, straight or curly. */
const DOUBLE_MARK = new RegExp(`["${DOUBLE_OPEN}${DOUBLE_CLOSE}]`, "g");
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const CONTENT_START = /[\p{L}\p{N}‘'(\[…$€£]/u;

interface RawQuote {
  open: number;
  /** Index just past the closing mark (or the block end for a paragraph that continues the quotation). */
  end: number;
  inner: Span;
}

function startsWithOpener(plain: string, b: Block | undefined): boolean {
  if (!b) return false;
  const c = plain.slice(b.start, b.start + 4).trimStart()[0];
  return c === "“" || c === "\"" || c === "„" || c === "«";
}

function innerOf(plain: string, s: number, e: number): Span | undefined {
  while (s < e && /\s/.test(plain[s])) s++;
  while (e > s && /\s/.test(plain[e - 1])) e--;
  return e > s && /[\p{L}\p{N}]/u.test(plain.slice(s, e)) ? { start: s, end: e } : undefined;
}

function doubleQuotes(plain: string, blocks: Block[], bi: number): RawQuote[] {
  const b = blocks[bi];
  const out: RawQuote[] = [];
  let open = -1;
  const emit = (close: number, end: number) => {
    const inner = innerOf(plain, open + 1, close);
    if (inner) out.push({ open, end, inner });
    open = -1;
  };
  for (let i = b.start; i < b.end; i++) {
    // Jump to the next double quotation mark: nothing else matters here.
    DOUBLE_MARK.lastIndex = i;
    const hit = DOUBLE_MARK.exec(plain);
    if (!hit || hit.index >= b.end) break;
    i = hit.index;
    const c = plain[i];
    const straight = c === "\"";
    const prev = i > b.start ? plain[i - 1] : " ";
    const next = i + 1 < b.end ? plain[i + 1] : " ";
    const opens = CONTENT_START.test(next) || (next === " " && isWordChar(plain[i + 2]) && !straight);
    if (DOUBLE_OPEN.includes(c)) {
      if (opens) open = i; // a second opener means the first was never closed
    } else if (DOUBLE_CLOSE.includes(c)) {
      if (open >= 0) emit(i, i + 1);
    } else if (open < 0) {
      if (opens) open = i;
    } else if ((/\s/.test(prev) || i === b.start) && opens) {
      open = i;
    } else {
      emit(i, i + 1);
    }
  }
  // A quotation that runs on into the next paragraph, which opens with a mark again.
  if (open >= 0 && startsWithOpener(plain, blocks[bi + 1])) emit(b.end, b.end);
  return out;
}

function singleQuotes(plain: string, b: Block, doubles: RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  const inside = (i: number) => doubles.some((d) => i >= d.open && i < d.end);
  for (let i = b.start; i < b.end; i++) {
    // Jump to the next opening single mark.
    i = plain.indexOf("‘", i);
    if (i < 0 || i >= b.end) break;
    if (inside(i)) continue;
    const prev = i > b.start ? plain[i - 1] : " ";
    if (!/[\s(\[—–\-]/u.test(prev) || !isWordChar(plain[i + 1])) continue;
    let close = -1;
    for (let j = i + 1; j < Math.min(b.end, i + 200); j++) {
      const c = plain[j];
      if (c === "‘" || c === "\"" || DOUBLE_OPEN.includes(c) || DOUBLE_CLOSE.includes(c) || c === "\n") break;
      if (c === "’" && !isWordChar(plain[j + 1]) && !/\s/.test(plain[j - 1])) {
        close = j;
        break;
      }
    }
    if (close < 0) continue;
    const inner = innerOf(plain, i + 1, close);
    if (inner && quoteWords(plain.slice(inner.start, inner.end)).length <= 15) out.push({ open: i, end: close + 1, inner });
    i = close;
  }
  return out;
}

// ---------------------------------------------------------------- speakers

const VERBS =
  "said|says|say|told|tells|added|adds|explained|explains|remarked|remarks|stated|states|noted|notes|declared|declares|" +
  "insisted|insists|argued|argues|warned|warns|wrote|writes|replied|replies|continued|continues|concluded|concludes|" +
  "stressed|stresses|emphasi[sz]ed|emphasi[sz]es|acknowledged|acknowledges|admitted|admits|claimed|claims|announced|" +
  "announces|reiterated|reiterates|recalled|recalls|observed|observes|commented|comments|tweeted|tweets|assured|assures|" +
  "affirmed|affirms|maintained|maintains|asserted|asserts|urged|urges|answered|answers|responded|responds|" +
  "asked|asks|demanded|demands|conceded|concedes|cautioned|cautions|pointed out|points out|summed up|sums up|put it|puts it";
const PARTICIPLES =
  "adding|saying|explaining|noting|warning|insisting|stressing|arguing|writing|telling|declaring|stating|recalling|" +
  "remarking|asserting|claiming|emphasi[sz]ing|acknowledging|concluding|urging|replying|answering|asking|conceding|cautioning";
const FILLER =
  "(?:(?:has|had|have|also|then|later|previously|once|again|repeatedly|himself|herself|themselves|itself|publicly|" +
  "privately|reportedly|recently|earlier|already|further|simply|just|bluntly|flatly|now|today|yesterday|" +
  "on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\s+){0,3}";
const VERB_RE = new RegExp(`(?<![\\p{L}\\-'’])(?:(${VERBS})|(${PARTICIPLES}))(?![\\p{L}\\-])`, "gu");
const STRAY = /^[\s,.;:!?—–\-“”"’'»)]*/u;
// Attribution patterns, built once (none is global: `exec` keeps no state).
const SPEAKS = new RegExp(`^\\s+${FILLER}(?:${VERBS})(?![\\p{L}])`, "u");
const SPOKEN = new RegExp(`(?:^|\\s)(?:${VERBS})\\s+$`, "u");
const VERB_FIRST = new RegExp(`^(?:${VERBS})\\s+`, "u");
const PRONOUN_SPEAKS = new RegExp(`^(he|she)\\s+${FILLER}(?:${VERBS})(?![\\p{L}])`, "iu");
const DESCRIBED_SPEAKS = new RegExp(`^((?:[\\p{L}\\p{N}\\-'’]+\\s+){1,8}?)${FILLER}(?:${VERBS})(?![\\p{L}])`, "u");
const PRONOUN = /^(he|she)$/i;
/** A sentence after a quotation that says whose words they were: "The warning came from", "That was the view of". */
const NEXT_SENTENCE_SOURCE =
  /^(?:That|This|Those|These|The|Such)\s+(?:(?:words?|warning|message|verdict|view|remark|comment|assessment|plea|promise|appeal)\s+)?(?:was|were|came)\s+(?:the\s+(?:words?|warning|message|verdict|view|remark|comment|assessment|plea|promise|appeal)\s+)?(?:from|of)\s+/u;
/** Courtesy titles written before a name ("Dr. Ana Ruiz"): not names of their own. */
const COURTESY = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "rev"]);
const ARTICLES = new Set(["a", "an", "the", "this", "these", "those", "one", "two", "three", "several", "some", "many", "another"]);

interface Attribution {
  kind: SpeakerKind;
  name?: NameMention;
  /** Span of the words that name the speaker (the name or the pronoun). */
  span?: Span;
  source?: string;
  near: boolean;
  /** "the French leader": an unnamed phrase that refers back to someone named. */
  anaphoric?: boolean;
}

class Speakers {
  private byStart = new Map<number, NameMention>();
  private byEnd = new Map<number, NameMention>();

  /** Spelling keys of name words the text shows to be people: they speak, or bear a role. */
  private people = new Set<string>();

  constructor(
    readonly doc: AnalyzedBase,
    readonly masked: string,
  ) {
    for (const n of doc.names) {
      this.byStart.set(n.start, n);
      this.byEnd.set(n.end, n);
    }
    for (let i = 0; i < doc.names.length; i++) {
      const n = doc.names[i];
      // "…," Chinese Trade Minister Ana Ruiz said: the name is found where its role words start.
      if (n.prefix.length && !this.byStart.has(n.prefix[0].start) && /^[\p{L}\p{M}\s.'’\-]*$/u.test(masked.slice(n.prefix[0].start, n.start))) this.byStart.set(n.prefix[0].start, n);
      // "said Dr. Ana Ruiz": a courtesy title read as a name of its own stands for the name after it.
      const next = doc.names[i + 1];
      if (next && n.tokens.length === 1 && COURTESY.has(n.text.toLowerCase()) && /^\.?\s$/u.test(masked.slice(n.end, next.start))) {
        this.byStart.set(n.start, next);
        this.byEnd.delete(n.end);
      }
    }
    const speaks = SPEAKS;
    const spoken = SPOKEN;
    for (const n of doc.names) {
      if (n.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))) continue;
      const prev = /([\p{L}\-]+)\s+$/u.exec(masked.slice(Math.max(0, n.start - 30), n.start))?.[1]?.toLowerCase();
      const role = n.prefix.some((t) => ROLE_WORDS.has(t.text.toLowerCase())) || (!!prev && ROLE_WORDS.has(prev));
      if (role || speaks.test(masked.slice(n.end, n.end + 60)) || spoken.test(masked.slice(Math.max(0, n.start - 30), n.start))) {
        for (const t of n.tokens) if (t.text.length >= 3) this.people.add(skeleton(t.text));
      }
    }
  }

  /** A name that stands for a person: several words, a role, or a word the text elsewhere shows to be a person. */
  isPerson(n: NameMention): boolean {
    if (n.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text)) || this.isOrganisation(n)) return false;
    if (n.tokens.length > 1 || n.prefix.length) return true;
    return this.people.has(skeleton(n.text));
  }

  private words(s: number, e: number): string[] {
    return this.masked.slice(s, e).split(/\s+/).filter(Boolean);
  }

  /** A name that is an organisation: an acronym alone, or "the German newspaper Bild", "the Pentagon". */
  isOrganisation(n: NameMention): boolean {
    if (n.tokens.every((t) => /^[\p{Lu}.\-&]+$/u.test(t.text))) return true;
    if (n.prefix.some((t) => ROLE_WORDS.has(t.text.toLowerCase()))) return false;
    const before = this.masked.slice(Math.max(0, n.start - 60), n.start).split(/\s+/).filter(Boolean).slice(-4).reverse();
    for (const w of before) {
      if (/[^\p{L}\-'’]/u.test(w)) return false;
      const lower = w.toLowerCase();
      if (lower === "the") return true;
      if (ROLE_WORDS.has(lower) || ROLE_QUALIFIERS.has(lower)) return false;
      if (!(DEMONYMS.has(lower) || /^\p{Lu}/u.test(w) || /^\p{Ll}+$/u.test(w))) return false;
    }
    return false;
  }

  private named(n: NameMention, near: boolean): Attribution {
    return { kind: this.isOrganisation(n) ? "organisation" : "person", name: n, span: { start: n.start, end: n.end }, near };
  }

  /** The subject right before `pos` (the start of a speech verb): a name, a pronoun or a description. */
  subjectBefore(pos: number, from: number, near: boolean): Attribution | undefined {
    let p = pos;
    const skipSpace = () => {
      while (p > from && /\s/.test(this.masked[p - 1])) p--;
    };
    skipSpace();
    // Words such as "has", "also", "himself" between subject and verb.
    for (let k = 0; k < 3; k++) {
      const m = /(?:^|\s)(has|had|have|also|then|later|previously|once|again|repeatedly|himself|herself|themselves|itself|publicly|privately|reportedly|recently|earlier|already|further|simply|just|bluntly|flatly|now|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on)$/u.exec(
        this.masked.slice(Math.max(from, p - 20), p),
      );
      if (!m) break;
      p -= m[1].length;
      skipSpace();
    }
    // An aside between commas: "Vessel, for her part, said", "Brandt, a former diplomat, said".
    if (this.masked[p - 1] === ",") {
      const comma = this.masked.lastIndexOf(",", p - 2);
      if (comma > from && p - comma < 90 && !/[#.;:!?]/.test(this.masked.slice(comma + 1, p - 1))) {
        const name = this.byEnd.get(comma);
        if (name) return this.named(name, near);
      }
      return undefined;
    }
    const name = this.byEnd.get(p);
    if (name) {
      // "Marcus Doe of Westbridge Capital said": the person, not the body they belong to.
      const of = /\s(?:of|at|with|from)\s+(?:the\s+)?$/u.exec(this.masked.slice(Math.max(from, name.start - 12), name.start));
      const owner = of ? this.byEnd.get(name.start - of[0].length) : undefined;
      if (owner && owner.start >= from && !this.isOrganisation(owner) && this.isPerson(owner)) return this.named(owner, near);
      return this.named(name, near);
    }
    const words = this.masked.slice(from, p).split(/(?<=\s)/);
    const last = (words[words.length - 1] ?? "").trim();
    if (PRONOUN.test(last)) return { kind: "pronoun", span: { start: p - last.length, end: p }, near };
    // An unnamed source: the words back to the start of the clause.
    const clause = this.masked.slice(from, p);
    const cut = Math.max(clause.lastIndexOf(","), clause.lastIndexOf(";"), clause.lastIndexOf(":"), clause.lastIndexOf("#"));
    const ws = clause.slice(cut + 1).trim().split(/\s+/).filter(Boolean);
    // "although the president", "but officials": the clause's conjunction is not part of the source.
    while (ws.length && STOPWORDS.has(ws[0].toLowerCase()) && !ARTICLES.has(ws[0].toLowerCase())) ws.shift();
    const phrase = ws.join(" ");
    if (!ws.length || ws.length > 8) return undefined;
    if (!ws.some((w) => ARTICLES.has(w.toLowerCase()) || /s$/.test(w))) return undefined;
    return { kind: "unnamed", source: phrase, near, anaphoric: anaphoric(ws) };
  }

  /** Attribution written after the closing mark: "…," said X / X said / he said / a source said. */
  after(end: number, limit: number, endsSentence: boolean): Attribution | undefined {
    const text = this.masked.slice(end, limit);
    const lead = STRAY.exec(text)![0].length;
    const p = end + lead;
    const rest = this.masked.slice(p, limit);
    // After a quotation that closes its sentence, only a short attribution that ends there too.
    // ("…." X said on Monday.) but not ("…." X said the bridge would reopen soon.)
    const tail = (q: number, words = 3) => {
      if (!endsSentence || q >= limit) return true;
      const m = /^([^.;!?#]*)(?:[.;!?]|$)/u.exec(this.masked.slice(q, limit));
      return !!m && m[1].split(/\s+/).filter(Boolean).length <= words;
    };
    // "said X", "said the French leader", "said a former diplomat, Ole Brandt"
    const v = VERB_FIRST.exec(rest);
    if (v) {
      const q = p + v[0].length;
      return tail(q, 10) ? this.subjectAfter(q, limit) : undefined;
    }
    // "X said", "X, a former diplomat, said"
    const the = /^(?:the|(?:dr|mr|mrs|ms|mx|prof|rev)\.?)\s+/iu.exec(rest);
    const name = this.byStart.get(p + (the ? the[0].length : 0));
    if (name) {
      const after = this.masked.slice(name.end, limit);
      const aside = /^,[^,#.;:!?]{1,80},/u.exec(after);
      const at = aside ? aside[0].length : 0;
      const m = SPEAKS.exec(after.slice(at));
      if (m) return tail(name.end + at + m[0].length) ? this.named(name, true) : undefined;
      // "…," Marcus Doe of Westbridge Capital said.
      const of = /^\s+(?:of|at|with|from)\s+(?:the\s+)?/u.exec(after);
      const body = of ? this.byStart.get(name.end + of[0].length) : undefined;
      const v2 = body ? SPEAKS.exec(this.masked.slice(body.end, limit)) : null;
      if (body && v2 && this.isPerson(name)) return tail(body.end + v2[0].length) ? this.named(name, true) : undefined;
    }
    // '"…." The warning came from Ana Ruiz, …' / 'That was the verdict of Ana Ruiz': the next sentence names the speaker.
    const next = endsSentence ? NEXT_SENTENCE_SOURCE.exec(rest) : null;
    const source = next ? this.byStart.get(p + next[0].length) : undefined;
    if (source && source.tokens.length > 1 && !source.tokens.every((t) => /^[\p{Lu}.\-&]+$/u.test(t.text))) return { kind: "person", name: source, span: { start: source.start, end: source.end }, near: false };
    const described = this.describedName(p, limit, tail);
    if (described) return described;
    const pr = PRONOUN_SPEAKS.exec(rest);
    if (pr) return tail(p + pr[0].length) ? { kind: "pronoun", span: { start: p, end: p + pr[1].length }, near: true } : undefined;
    const acc = /^according to\s+/iu.exec(rest);
    if (acc) {
      const n = this.byStart.get(p + acc[0].length);
      return n ? this.named(n, true) : undefined;
    }
    const desc = DESCRIBED_SPEAKS.exec(rest);
    if (desc && tail(p + desc[0].length)) {
      const ws = desc[1].trim().split(/\s+/);
      if (!ws.some((w) => ARTICLES.has(w.toLowerCase()) || /s$/.test(w))) return undefined;
      return { kind: "unnamed", source: desc[1].trim(), near: true, anaphoric: anaphoric(ws) };
    }
    return undefined;
  }

  /**
   * A name after a short description of its bearer, then a speech verb: "…," the operator's spokesman,
   * Ana Ruiz, said; "…," Harbour Board spokesman Ana Ruiz said. The description holds a role word and
   * no clause of its own.
   */
  private describedName(p: number, limit: number, tail: (q: number, words?: number) => boolean): Attribution | undefined {
    for (const n of this.doc.names) {
      if (n.start <= p || n.start > p + 100 || n.start >= limit) continue;
      const found = this.describedAt(n, p, limit, tail);
      if (found) return found;
    }
    return undefined;
  }

  private describedAt(n: NameMention, p: number, limit: number, tail: (q: number, words?: number) => boolean): Attribution | undefined {
    const lead = this.masked.slice(p, n.start);
    if (!/^[\p{L}\p{M}\s'’\-]*(?:,\s+)?$/u.test(lead)) return undefined;
    const ws = lead.replace(/,\s*$/u, "").split(/\s+/).filter(Boolean);
    if (!ws.length || ws.length > 7) return undefined;
    const roleWord = (w: string) => {
      const lower = w.toLowerCase().replace(/['’]s?$/u, "");
      return ROLE_WORDS.has(lower) || ROLE_HEADS.has(lower);
    };
    if (!ws.some(roleWord) || ws.some((w) => STOPWORDS.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase()) && !/^(?:of|for|at)$/iu.test(w))) return undefined;
    const after = this.masked.slice(n.end, limit);
    // "the operator's spokesman, Ana Ruiz, said": the comma that closes the name; or an aside of its own.
    const aside = /^,[^,#.;:!?]{1,80},/u.exec(after) ?? (/,\s*$/u.test(lead) ? /^,/u.exec(after) : null);
    const at = aside ? aside[0].length : 0;
    const m = SPEAKS.exec(after.slice(at));
    if (!m || this.isOrganisation(n) || !tail(n.end + at + m[0].length)) return undefined;
    return this.named(n, true);
  }

  /** The speaker named after a speech verb that follows the quotation. */
  private subjectAfter(q: number, limit: number): Attribution | undefined {
    let p = q;
    const between: string[] = [];
    // Role words, demonyms and articles before the name: "said Danish Prime Minister Ole Brandt".
    while (p < limit && between.length < 6) {
      const n = this.byStart.get(p);
      // "said a senior EU diplomat": a name that qualifies a noun is not the speaker.
      if (n && /^\s\p{Ll}/u.test(this.masked.slice(n.end, n.end + 2)) && !/^\s(?:on|in|at|during|after|before|when|who|while|and|to|of)\b/u.test(this.masked.slice(n.end, n.end + 9))) {
        // "said Caldbeck Water spokesman Jon Doe": a body, its role words, then the speaker's name.
        const role = /^((?:\s+[\p{Ll}\-]+){1,3})\s+/u.exec(this.masked.slice(n.end, Math.min(limit, n.end + 60)));
        const next = role && role[1].trim().split(/\s+/).every((w) => ROLE_WORDS.has(w) || ROLE_HEADS.has(w)) ? this.byStart.get(n.end + role[0].length) : undefined;
        if (next && !this.isOrganisation(next)) return this.named(next, true);
        break;
      }
      if (n) {
        const roleBefore = between.some((w) => ROLE_WORDS.has(w.toLowerCase()));
        const hasThe = between.some((w) => w.toLowerCase() === "the");
        if (hasThe && !roleBefore) return { kind: "organisation", name: n, span: { start: n.start, end: n.end }, near: true };
        // Title words before the name ("county director"), but no clause in between ("said on Monday that").
        if (between.some((w) => STOPWORDS.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase()))) break;
        return this.named(n, true);
      }
      const m = /^([\p{L}\p{N}\-'’]+)(\.?\s+)/u.exec(this.masked.slice(p, limit));
      // A word closed by a full stop ends the clause, unless it is a courtesy title ("said Dr. Ana Ruiz").
      if (!m || (m[2].startsWith(".") && !COURTESY.has(m[1].toLowerCase()))) break;
      if (PRONOUN.test(m[1]) && !between.length) return { kind: "pronoun", span: { start: p, end: p + m[1].length }, near: true };
      between.push(m[1]);
      p += m[0].length;
    }
    // "said a former Danish diplomat, Ole Brandt"
    const phrase = /^[^,#.;:!?]{1,80}/u.exec(this.masked.slice(q, limit))?.[0] ?? "";
    const ws = phrase.trim().split(/\s+/).filter(Boolean);
    if (!ws.length || ws.length > 10 || !ARTICLES.has(ws[0].toLowerCase())) return undefined;
    const appo = /^,\s+/.exec(this.masked.slice(q + phrase.length, limit));
    if (appo) {
      const n = this.byStart.get(q + phrase.length + appo[0].length);
      if (n) return this.named(n, true);
    }
    return { kind: "unnamed", source: phrase.trim(), near: true, anaphoric: anaphoric(ws) };
  }

  /** Attribution written before the opening mark, in the same sentence: "X said that "…"", "X told Y: "…"". */
  before(from: number, open: number): Attribution | undefined {
    const text = this.masked.slice(from, open);
    const acc = /(?:^|[\s,])according to\s+/giu;
    let accordingTo: Attribution | undefined;
    for (let m = acc.exec(text); m; m = acc.exec(text)) {
      const n = this.byStart.get(from + m.index + m[0].length);
      if (n) accordingTo = this.named(n, false);
    }
    const verbs = [...text.matchAll(VERB_RE)];
    for (let k = verbs.length - 1; k >= 0; k--) {
      const v = verbs[k];
      if (v[2]) continue; // "adding": the subject is that of an earlier verb
      const vs = from + v.index!;
      const between = this.masked.slice(vs + v[0].length, open);
      const bw = this.words(vs + v[0].length, open);
      const near = bw.length <= 3 || (bw.length <= 6 && /(?:\bthat|[:,])\s*$/u.test(between));
      const subj = this.subjectBefore(vs, from, near);
      if (subj) return subj;
      if (near) return undefined;
    }
    return accordingTo ?? this.colonLead(from, open);
  }

  /**
   * "Foreign Minister Ana Ruiz put the choice bluntly: "…"": a sentence that opens
   * with a person, then a verb, and ends in a colon before the quotation gives it
   * to that person.
   */
  private colonLead(from: number, open: number): Attribution | undefined {
    const text = this.masked.slice(from, open);
    // Also a sentence that lost its verb of saying ("X, was more guarded, on several occasions that the town "…""): less sure.
    const colon = /:\s*$/u.test(text);
    if ((!colon && !/\bthat\s+(?:\p{Lu}[\p{L}\-]*\s+)?$/u.test(text)) || /[.;!?]/u.test(text.replace(/\b\p{Lu}\./gu, ""))) return undefined;
    const lead = /^[\s"'“‘(\[*_#>-]*(?:(?:But|And|Yet|So)\s+)?/u.exec(text)![0].length;
    const n = this.byStart.get(from + lead);
    if (!n || !this.isPerson(n) || n.end >= open) return undefined;
    // The name is the subject: a verb (a lower-case word) follows it, not a possessive or a noun it qualifies.
    if (!/^,?\s+(?:has\s+|had\s+|have\s+|also\s+)?\p{Ll}+(?:ed|s|t)\b/u.test(this.masked.slice(n.end, n.end + 40))) return undefined;
    // A short clause names the speaker about as plainly as a verb of saying.
    return this.named(n, colon && this.words(n.end, open).length <= 8);
  }
}

/** "the French leader", "the hydrologist": a description that refers back to someone already named. */
function anaphoric(ws: string[]): boolean {
  if (ws.length < 2 || ws.length > 4 || ws[0].toLowerCase() !== "the") return false;
  return ws.slice(1).every((w) => {
    const lower = w.toLowerCase();
    return !STOPWORDS.has(lower) && (/^\p{Ll}/u.test(w) || ROLE_WORDS.has(lower) || DEMONYMS.has(lower));
  });
}

/** A surname alone stands for the full name the text gives elsewhere ("Brandt" → "Ole Brandt"). */
function fullName(doc: AnalyzedBase, n: NameMention): string {
  if (n.tokens.length > 1) return n.text;
  const longer = longerNames(doc.names).get(fold(n.text));
  return longer?.size === 1 ? [...longer][0] : n.text;
}

const longerNamesOf = new WeakMap<readonly NameMention[], Map<string, Set<string>>>();
/** Per folded name word, the names of two or more words that hold it (computed once per list of names). */
function longerNames(names: readonly NameMention[]): Map<string, Set<string>> {
  let map = longerNamesOf.get(names);
  if (!map) {
    map = new Map();
    for (const m of names) {
      if (m.tokens.length <= 1) continue;
      for (const x of m.tokens) {
        const key = fold(x.text);
        let set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        set.add(m.text);
      }
    }
    longerNamesOf.set(names, map);
  }
  return map;
}

/** The person a pronoun stands for: the subject of the nearest sentence that names people, when that is a person. */
function resolvePronoun(doc: AnalyzedBase, sp: Speakers, quoteStart: number, inQuote: (i: number) => boolean): NameMention | undefined {
  const si = sentenceAt(doc.sentences, quoteStart);
  if (si < 0) return undefined;
  for (let k = si; k >= Math.max(0, si - 2); k--) {
    const s = doc.sentences[k];
    if (s.kind === "heading") continue;
    // A capitalised opener that reads as no name ("Famous objects are …") is not the subject.
    const opener = (n: NameMention) =>
      n.initial && n.tokens.length === 1 && !sp.isPerson(n) && !openerActsAsName(doc.plain, n) && !/^\s+\p{Ll}+ed\b/u.test(doc.plain.slice(n.end, n.end + 30));
    const names = namesOfSentence(doc.names, k).filter((n) => n.start < quoteStart && !inQuote(n.start) && !sp.isOrganisation(n) && !opener(n));
    const people = names.filter((n) => sp.isPerson(n));
    if (!people.length) continue;
    const first = names[0];
    const lead = doc.plain.slice(s.start, first.start).split(/\s+/).filter(Boolean).length;
    const possessive = /^['’]s?\b/u.test(doc.plain.slice(first.end, first.end + 2));
    // The subject decides; if the subject may be a place, it is not safe to pick someone else.
    if (lead <= 6 && !possessive) return sp.isPerson(first) ? first : undefined;
    const distinct = new Set(people.map((n) => fullName(doc, n)));
    return distinct.size === 1 ? people[0] : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- main

/**
 * Does the speaker of the quotation before carry over to this one? In news
 * copy, '"…," X said. "…"' and 'X said: "…" "…"' give the next quotation of
 * the paragraph to X too, when nothing but X's attribution stands between.
 */
function carriesOver(doc: AnalyzedBase, sp: Speakers, masked: string, prev: RawQuote, r: RawQuote, block: Block, where: "after" | "before" | "carried" | undefined, prevQuote: Quote): boolean {
  if (!where || !prevQuote.speakerKind || prev.open < block.start || prev.end > r.open) return false;
  const gap = masked.slice(prev.end, r.open);
  if (/#/.test(gap)) return false;
  const letters = /[\p{L}\p{N}]/u.test(gap);
  // Attributed before it, or carried: only marks and spaces between the two.
  if (where !== "after") return !letters;
  // Attributed after it: that attribution is all that stands between, one short clause ending the sentence.
  const body = gap.replace(STRAY, "").trimEnd();
  if (!/[.!?:]$/.test(body) || /[.!?;]/.test(body.slice(0, -1).replace(/\b\p{Lu}\./gu, ""))) return false;
  if (body.split(/\s+/).filter(Boolean).length > 12) return false;
  // No one else is named between: "…," X said. Y replied: "…" is Y's.
  // Those spoken to are no one else ("X told MPs."): only people count.
  const names = doc.names.filter((n) => n.start >= prev.end && n.end <= r.open && !sp.isOrganisation(n) && !/^\p{Lu}{2,}s?$/u.test(n.text));
  const own = (n: NameMention) =>
    (!!prevQuote.speakerSpan && n.start >= prevQuote.speakerSpan.start && n.end <= prevQuote.speakerSpan.end) ||
    (!!prevQuote.speaker && n.tokens.every((t) => prevQuote.speaker!.split(/\s+/).includes(t.text)));
  return names.every(own);
}

/** Index of the first of `spans` (in order of start) that starts at or after `at`. */
function firstAtOrAfter(spans: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findQuotes(doc: AnalyzedBase): QuoteMention[] {
  const { plain } = doc;
  const raw: RawQuote[] = [];
  const blocks = doc.checkable.blocks;
  for (let bi = 0; bi < blocks.length; bi++) {
    const d = doubleQuotes(plain, blocks, bi);
    raw.push(...d, ...singleQuotes(plain, blocks[bi], d));
  }
  raw.sort((a, b) => a.open - b.open);
  if (!raw.length) return [];

  // Quoted words are not attribution: mask them so verbs and names inside do not count.
  const quoted = new Uint8Array(plain.length);
  const parts: string[] = [];
  let done = 0;
  for (const r of raw) {
    quoted.fill(1, r.open, r.end);
    if (r.end <= done) continue;
    const from = Math.max(r.open, done);
    const inside = plain.slice(from, r.end);
    parts.push(plain.slice(done, from), inside.includes("\n") ? inside.replace(/[^\n]/g, "#") : "#".repeat(inside.length));
    done = r.end;
  }
  parts.push(plain.slice(done));
  const masked = parts.join("");
  // Names in order of their start, for the look-up of those just before a quotation.
  const namesByStart = [...doc.names].sort((a, b) => a.start - b.start);
  const sp = new Speakers(doc, masked);
  const inQuote = (i: number) => quoted[i] === 1;
  let blockAt = 0;

  const out: Quote[] = [];
  /** Where each quotation's attribution stands: after it, before it, or carried from the one before. */
  const placed: Array<"after" | "before" | "carried" | undefined> = [];
  for (let qi = 0; qi < raw.length; qi++) {
    const r = raw[qi];
    // Quotations come in order of their opening marks, and so do blocks.
    while (blockAt < blocks.length && blocks[blockAt].end <= r.open) blockAt++;
    const block = blockAt < blocks.length && r.open >= blocks[blockAt].start ? blocks[blockAt] : undefined;
    const si = sentenceAt(doc.sentences, r.inner.start);
    const sentence = si >= 0 ? doc.sentences[si] : undefined;
    const quote: Quote = {
      text: plain.slice(r.inner.start, r.inner.end).replace(/\s+/g, " "),
      span: { start: r.open, end: r.end },
      inner: r.inner,
      sentence: si,
    };
    out.push(quote);
    placed.push(undefined);
    if (!block || sentence?.kind === "heading") continue;
    // The attribution lies in the text after the quotation (up to the next one) or before it (from the sentence start).
    let nextOpen = block.end;
    for (let k = qi + 1; k < raw.length; k++) {
      if (raw[k].open >= r.end) {
        nextOpen = raw[k].open;
        break;
      }
    }
    const endsSentence = /[.!?]$/.test(quote.text);
    const openSentence = sentenceAt(doc.sentences, r.open);
    const from = Math.max(openSentence >= 0 ? doc.sentences[openSentence].start : block.start, block.start);
    const after = sp.after(r.end, Math.min(nextOpen, block.end), endsSentence);
    const before = sp.before(from, r.open);
    let att = after;
    if (!att || (att.kind === "unnamed" && att.anaphoric && before && before.kind !== "unnamed")) att = before ?? att;
    if (!att) {
      if (qi > 0 && carriesOver(doc, sp, masked, raw[qi - 1], r, block, placed[qi - 1], out[qi - 1])) {
        // '"…," X said. "…"': the next quotation of the paragraph is X's too.
        const prev = out[qi - 1];
        quote.speakerKind = prev.speakerKind;
        quote.speakerNear = prev.speakerNear;
        if (prev.source) quote.source = prev.source;
        if (prev.speaker) quote.speaker = prev.speaker;
        placed[qi] = "carried";
      }
      continue;
    }
    placed[qi] = att === after ? "after" : "before";
    // "Asked about Y's view that "…," X said": another person named just before the quotation makes the attribution less sure.
    const lead = masked.slice(Math.max(from, r.open - 60), r.open);
    let crowded = false;
    if (att === after) {
      for (let k = firstAtOrAfter(namesByStart, r.open - lead.length); k < namesByStart.length && namesByStart[k].start < r.open; k++) {
        const n = namesByStart[k];
        if (n.end <= r.open && n !== att.name && !sp.isOrganisation(n) && sp.isPerson(n)) {
          crowded = true;
          break;
        }
      }
    }
    quote.speakerKind = att.kind;
    quote.speakerNear = att.near && !crowded;
    if (att.source) quote.source = att.source;
    if (att.name) {
      quote.speaker = fullName(doc, att.name);
      quote.speakerSpan = att.span;
    } else if (att.kind === "pronoun" && att.span) {
      quote.speakerSpan = att.span;
      const who = resolvePronoun(doc, sp, r.open, inQuote);
      if (who) quote.speaker = fullName(doc, who);
    }
  }
  return out;
}
