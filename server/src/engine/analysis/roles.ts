// Roles and titles of named people, in every common shape, found the same way
// in an article and in a draft:
//   before the name     "Chilean President Ada Lindqvist", "Norwegian Fisheries Ministry spokeswoman Ingrid Holm"
//   after the name      "Ingrid Holm, Norwegian Fisheries Ministry spokeswoman", "Tobias Wren, a former OECD official who …"
//   before, with a comma "the French president, Ada Lindqvist,", "the president of the Danish Senate, Ole Brandt,"
// A role must hold a role word (lexicon ROLE_HEADS) and the name must look like
// a person; nothing here knows any name.
import type { AnalyzedBase, SentenceMemo } from "./analyze";
import type { RoleMention } from "./facts";
import type { NameMention } from "./names";
import { tokenize, stripPossessive, type Token } from "../text/tokens";
import {
  DEMONYMS, NAME_PARTICLES, NUMBER_WORDS, POSTNOMINALS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_QUALIFIERS, ROLE_WORDS, STOPWORDS, isMonthWord, isWeekdayWord,
} from "../text/lexicon";
import type { Sentence } from "../text/sentences";

/** Words that open a role written after a comma: "a former official", "the French president". */
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"]);
/** Prepositions that may continue a role after its head: "president of the Senate", "director for Europe at …". */
const ROLE_PREPOSITIONS = new Set(["of", "for", "at", "in", "on", "to"]);
/** Heads too vague to stand alone in lower case before a name ("in general Smith said"). */
const WEAK_ALONE = new Set([
  "general", "major", "chief", "head", "fellow", "chair", "executive", "speaker", "attorney", "captain", "marshal",
  "representative", "deputy", "expert", "official", "officer", "leader", "founder", "manager", "editor", "gov", "rep",
  "sen", "gen", "col", "maj", "capt", "lt", "sgt", "adm", "pres", "amb", "pm", "member", "treasurer",
]);
const MAX_ROLE_TOKENS = 14;
/** Verbs that make "…, the president said" a new clause rather than an apposition. */
const SPEECH_VERBS = new Set([
  "said", "says", "told", "added", "noted", "stated", "warned", "argued", "insisted", "wrote", "replied", "explained",
  "announced", "declared", "stressed", "claimed", "confirmed", "asked", "answered", "admitted", "suggested",
]);

const bare = (t: Token) => stripPossessive(t.text);
const lowerOf = (t: Token) => bare(t).toLowerCase();
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);

/** The parts of a hyphenated word: "ex-president" → ["ex", "president"]. */
function parts(lower: string): string[] {
  return lower.split(/[-‑]/u).filter(Boolean);
}

/** A word that heads a role: "president", "Vice-President", "ex-minister". */
export function isRoleHead(lower: string): boolean {
  const p = parts(lower);
  return p.length > 0 && ROLE_HEADS.has(p[p.length - 1]);
}

/** A lower-case or capitalised word that may stand in a role before its head. */
function isRoleWord(lower: string): boolean {
  return parts(lower).every((p) => ROLE_WORDS.has(p) || ROLE_HEADS.has(p) || ROLE_MODIFIERS.has(p) || ROLE_QUALIFIERS.has(p) || DEMONYMS.has(p));
}

function isDateWord(lower: string): boolean {
  return isMonthWord(lower) || isWeekdayWord(lower);
}

/** Capitalised words that may be part of a role: organisations, acronyms, countries ("OSCE", "Russia's"). */
function isOrgWord(t: Token): boolean {
  const w = bare(t);
  if (!isCap(w) || /\p{N}/u.test(w)) return false;
  if (isAcronym(w)) return true; // "US", "U.S.", "OSCE"
  const lower = w.toLowerCase();
  return !STOPWORDS.has(lower) && !isDateWord(lower);
}

/** A word that may stand in a role written before the name, with no comma. */
function acceptBefore(t: Token): boolean {
  const lower = lowerOf(t);
  if (isRoleWord(lower)) return true;
  return isOrgWord(t);
}

function gapOf(s: Sentence, a: Token, b: Token): string {
  return s.text.slice(a.end - s.start, b.start - s.start);
}

/** One space between two words of a phrase, or a plural possessive's apostrophe and a space ("Halden Foods' finance director"). */
function spaced(s: Sentence, a: Token, b: Token): boolean {
  const gap = gapOf(s, a, b);
  return gap === " " || (/^['’] $/u.test(gap) && /s$/iu.test(a.text));
}

/** The person part of a name: its words after any role words that the name run swallowed. */
function personOf(m: NameMention): { role: Token[]; person: Token[] } {
  let toks = m.tokens;
  // "Ada Kerr KC": letters after the name are neither name nor role.
  while (toks.length > 1 && postnominal(toks[toks.length - 1])) toks = toks.slice(0, -1);
  let k = -1;
  for (let i = toks.length - 2; i >= 0; i--) {
    if (isRoleHead(toks[i].text.toLowerCase())) {
      k = i;
      break;
    }
  }
  if (k < 0) return { role: [], person: toks };
  return { role: toks.slice(0, k + 1), person: toks.slice(k + 1) };
}

/** True when the words look like a person's name: capitalised, not a role, not an acronym. */
function looksLikePerson(person: Token[], doc: AnalyzedBase): boolean {
  if (person.length === 0 || person.length > 4) return false;
  for (const t of person) {
    const w = bare(t);
    const lower = w.toLowerCase();
    if (NAME_PARTICLES.has(w) || NAME_PARTICLES.has(lower)) continue;
    if (!isCap(w) || isAcronym(w) || /\p{N}/u.test(w)) return false;
    if (STOPWORDS.has(lower) || DEMONYMS.has(lower) || ROLE_WORDS.has(lower) || isRoleHead(lower) || isDateWord(lower)) return false;
  }
  if (person.length === 1) return !doc.common.isCommon(bare(person[0]).toLowerCase());
  return !person.every((t) => doc.common.isCommon(bare(t).toLowerCase()));
}

/** A lower-case ordinary noun: no function word, date, number, or verb form. */
function plainNoun(t: Token): boolean {
  const lower = lowerOf(t);
  return /^\p{Ll}{3,}$/u.test(t.text) && !STOPWORDS.has(lower) && !isDateWord(lower) && !Object.hasOwn(NUMBER_WORDS, lower) && !/(?:ed|ing|ly)$/u.test(lower);
}

/** How many ordinary nouns from `toks[j]` on (one to three, each spaced from the next) stand right before a role head; 0 when none do. */
function nounsToHead(s: Sentence, toks: Token[], j: number): number {
  for (let n = 1; n <= 3 && j + n < toks.length; n++) {
    const t = toks[j + n - 1];
    if (!plainNoun(t) || !spaced(s, t, toks[j + n])) return 0;
    if (isRoleHead(lowerOf(toks[j + n]))) return n;
  }
  return 0;
}

/** Letters after a name ("KC", "QC", "Jr"). */
function postnominal(t: Token): boolean {
  return POSTNOMINALS.has(t.text.replace(/\./g, "").toLowerCase()) && /^\p{Lu}/u.test(t.text);
}

function hasHead(toks: Token[]): boolean {
  return toks.some((t) => isRoleHead(lowerOf(t)));
}

function spanOf(toks: Token[]): { start: number; end: number } {
  return { start: toks[0].start, end: toks[toks.length - 1].end };
}

/** A role written right before the name: "Norwegian Fisheries Ministry spokeswoman Ingrid Holm". */
function roleBefore(s: Sentence, toks: Token[], first: number, inner: Token[]): Token[] | undefined {
  const field = inner.length ? undefined : fieldTitleBefore(s, toks, first);
  if (field) return field;
  const role = [...inner];
  let j = first - 1;
  let next = inner.length ? inner[0] : toks[first];
  while (j >= 0 && role.length < MAX_ROLE_TOKENS) {
    const t = toks[j];
    if (!spaced(s, t, next)) break;
    if (acceptBefore(t)) {
      role.unshift(t);
      next = t;
      j--;
      continue;
    }
    // "Deputy plant manager Jane Doe": one ordinary noun between a role word and the head.
    if (role.length && isRoleHead(lowerOf(role[0])) && plainNoun(t) && j > 0 && isRoleWord(lowerOf(toks[j - 1])) && spaced(s, toks[j - 1], t)) {
      role.unshift(toks[j - 1], t);
      next = toks[j - 1];
      j -= 2;
      continue;
    }
    // "Secretary of State Jane Doe", "Minister of Foreign Affairs Jane Doe"
    if (t.text === "of" && role.length && j > 0 && isRoleHead(lowerOf(toks[j - 1])) && gapOf(s, toks[j - 1], t) === " ") {
      role.unshift(t);
      next = t;
      j--;
      continue;
    }
    // "Environment and Parks Minister Jane Doe": two portfolios of one office joined by "and".
    if (t.text === "and" && role.length && j > 0 && !isRoleHead(lowerOf(role[0])) && isCap(role[0].text) && isCap(toks[j - 1].text) && isRoleWord(lowerOf(toks[j - 1])) && gapOf(s, toks[j - 1], t) === " ") {
      role.unshift(t);
      next = t;
      j--;
      continue;
    }
    // "Deputy Prime Minister and Foreign Minister Jane Doe": two roles joined by "and".
    if (t.text === "and" && role.length && j > 0 && isRoleHead(lowerOf(toks[j - 1])) && gapOf(s, toks[j - 1], t) === " " && hasHead(role)) {
      role.unshift(t);
      next = t;
      j--;
      continue;
    }
    break;
  }
  // The role ends in its head, or in the head and an "of" phrase of capitalised words.
  while (role.length && (role[0].text === "and" || role[0].text === "of")) role.shift();
  if (!role.length) return undefined;
  const of = role.findIndex((t) => t.text === "of");
  const headAt = of > 0 ? of - 1 : role.length - 1;
  if (!isRoleHead(lowerOf(role[headAt])) || (of > 0 && !role.slice(of + 1).every((t) => isCap(t.text)))) return undefined;
  if (role.length === 1 && !isCap(role[0].text) && WEAK_ALONE.has(lowerOf(role[0]))) return undefined;
  return role;
}

/** Words after which a role may stand without a determiner ("asked by counsel to the inquiry, X,"). */
const BARE_ROLE_BEFORE = new Set(["by", "from", "with"]);

/** The dash after a dateline ("OSLO -- ", "OSLO, Norway (AP) — "). */
const DATELINE_DASH = /^\)?\s+(?:-{1,2}|[\u2013\u2014])\s+$|^\)?\s*[\u2014]\s*$/u;

/**
 * A role between a determiner (or the sentence start, or a dateline's dash) and a comma before the name:
 * "the French president, Ada Lindqvist,". `last` is the index of the token before the comma.
 */
function roleBeforeComma(s: Sentence, toks: Token[], last: number): Token[] | undefined {
  const role: Token[] = [];
  let j = last;
  let next: Token | undefined;
  let opens = false;
  while (j >= 0 && role.length < MAX_ROLE_TOKENS) {
    const t = toks[j];
    if (next && !spaced(s, t, next)) {
      // "STRELSAU -- Ruritania's finance minister, Ana Ruiz,": a dateline's dash opens the sentence proper.
      if (role.length && DATELINE_DASH.test(gapOf(s, t, next))) {
        opens = true;
        break;
      }
      return undefined;
    }
    const lower = t.text.toLowerCase();
    if (DETERMINERS.has(lower) && !(j > 0 && ROLE_PREPOSITIONS.has(toks[j - 1].text.toLowerCase()) && role.length)) break;
    // "… heard that Corran's former chief executive, Jean Moss,": a named owner opens the role as a determiner would.
    if (role.length && /^\p{Lu}\p{Ll}+['’]s$/u.test(t.text) && isRoleWord(lowerOf(role[0]))) {
      role.unshift(t);
      opens = true;
      j--;
      // The owner's other words: "Caldbeck Water's".
      while (j >= 0 && isCap(toks[j].text) && !STOPWORDS.has(toks[j].text.toLowerCase()) && spaced(s, toks[j], role[0])) role.unshift(toks[j--]);
      break;
    }
    // "asked by counsel to the inquiry, Tam Brodie,": a bare role after "by".
    if (BARE_ROLE_BEFORE.has(lower) && role.length && isRoleHead(lowerOf(role[0])) && !isCap(role[0].text)) {
      opens = true;
      break;
    }
    if (ROLE_PREPOSITIONS.has(lower) || lower === "the") {
      if (!role.length) return undefined;
    } else if (STOPWORDS.has(lower) || isDateWord(lower)) {
      return undefined;
    }
    role.unshift(t);
    next = t;
    j--;
  }
  if (j >= 0 && !opens && !DETERMINERS.has(toks[j].text.toLowerCase())) return undefined;
  if (j < 0 && role.length && !/^[\s"'“‘«(\[\-–—*_#>]*$/u.test(s.text.slice(0, role[0].start - s.start))) return undefined;
  return headedRole(role);
}

/** A lower-case noun that may name a post after "chief" ("conciliator", "inspector"): no function word, date or verb form. */
function chiefNoun(t: Token): boolean {
  const lower = lowerOf(t);
  return /^\p{Ll}{4,}$/u.test(t.text) && !STOPWORDS.has(lower) && !isDateWord(lower) && !/(?:ed|ing|ly)$/u.test(lower);
}
/** "chief" and a noun naming a post, at index `i` of a role's words. */
function chiefPost(role: Token[], i: number): boolean {
  return i >= 1 && lowerOf(role[i - 1]) === "chief" && chiefNoun(role[i]);
}

/** The role's words up to its last head and any "of the …" phrase after it; undefined when it has no head. */
function headedRole(role: Token[]): Token[] | undefined {
  const firstPrep = role.findIndex((t) => ROLE_PREPOSITIONS.has(t.text.toLowerCase()));
  const before = firstPrep >= 0 ? role.slice(0, firstPrep) : role;
  if (!before.length || !(isRoleHead(lowerOf(before[before.length - 1])) || chiefPost(before, before.length - 1))) return undefined;
  const out = [...role];
  while (out.length && (ROLE_PREPOSITIONS.has(out[out.length - 1].text.toLowerCase()) || out[out.length - 1].text.toLowerCase() === "the")) out.pop();
  return out.length ? out : undefined;
}

/**
 * At the start of a sentence, a title whose field follows "of" in lower case, right before the name: "Director of
 * student services Jane Doe said …", "Head of examinations Tom Lee". Up to three lower-case words.
 */
function fieldTitleBefore(s: Sentence, toks: Token[], first: number): Token[] | undefined {
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && /^\p{Ll}+$/u.test(toks[k].text) && toks[k].text !== "of" && spaced(s, toks[k], toks[k + 1])) k--;
  if (k === first - 1 || k < 1 || toks[k].text !== "of" || !spaced(s, toks[k], toks[k + 1])) return undefined;
  const head = toks[k - 1];
  if (k - 1 !== 0 || !/^\p{Lu}/u.test(head.text) || !isRoleHead(lowerOf(head)) || !spaced(s, head, toks[k])) return undefined;
  return toks.slice(k - 1, first);
}

/** A role after the name and a comma: "Ingrid Holm, Norwegian Fisheries Ministry spokeswoman, said". */
function roleAfter(s: Sentence, toks: Token[], lastPerson: number): Token[] | undefined {
  while (lastPerson + 1 < toks.length && postnominal(toks[lastPerson + 1]) && gapOf(s, toks[lastPerson], toks[lastPerson + 1]) === " ") lastPerson++;
  const j = lastPerson + 1;
  if (j >= toks.length) return undefined;
  const sep = gapOf(s, toks[lastPerson], toks[j]);
  if (!/^\s*[,(]\s*$/u.test(sep) || /['’]s?$/u.test(toks[lastPerson].text)) return undefined;
  // "Tom Murray, 61, the chief executive of …": an age between commas, then the role.
  if (/^\p{N}{1,3}$/u.test(toks[j].text) && j + 1 < toks.length && /^\s*,\s*$/u.test(gapOf(s, toks[j], toks[j + 1]))) return roleFrom(s, toks, j + 1);
  return roleFrom(s, toks, j);
}

/** Words that may follow a role's last word: the role ends there ("chair of the finance committee who …"). */
const ROLE_ENDS = new Set([
  "who", "whom", "whose", "which", "that", "since", "until", "from", "and", "or", "but", "with", "where", "when", "while",
  "as", "by", "during", "after", "before", "between", "among",
]);

/** Two words of one phrase: one space between them, or a plural possessive ("the drivers' union"). */
function joined(s: Sentence, a: Token, b: Token): boolean {
  const gap = gapOf(s, a, b);
  return gap === " " || (/s$/u.test(a.text) && /^['’] $/u.test(gap));
}

/** True when the role may end right before `toks[j]`: punctuation, the sentence's end, or a word that opens a new phrase. */
function endsAt(s: Sentence, toks: Token[], j: number): boolean {
  if (j >= toks.length || j === 0) return true;
  return !joined(s, toks[j - 1], toks[j]) || ROLE_ENDS.has(toks[j].text.toLowerCase());
}

/** A word that looks like a verb form ("warned", "representing"; not "wing" or "red"). */
const VERB_FORM = /^\p{L}{3,}(?:ed|ing)$/u;

/**
 * A word in "-ing" that ends a noun phrase ("of structural engineering, …", "of civil engineering at …"): a
 * noun, where a verb would take an object ("of health visiting the site").
 */
function nounInIng(s: Sentence, toks: Token[], j: number): boolean {
  if (!/ing$/u.test(toks[j].text)) return false;
  const next = toks[j + 1];
  return !next || !spaced(s, toks[j], next) || ROLE_PREPOSITIONS.has(next.text.toLowerCase());
}

/** An ordinary word that may stand inside a noun phrase: not a function word, date, number or verb form. */
function phraseWord(t: Token, lower: string): boolean {
  return !isCap(t.text) && !STOPWORDS.has(lower) && !isDateWord(lower) && !Object.hasOwn(NUMBER_WORDS, lower) && !SPEECH_VERBS.has(lower) && /^[\p{L}\p{M}'’\-]+$/u.test(t.text);
}

/** "an engineer with the Reservoir Safety Panel": "with" and a named body say whom the person works for. */
function withBody(toks: Token[], j: number): boolean {
  if (toks[j].text !== "with") return false;
  const k = toks[j + 1]?.text === "the" ? j + 2 : j + 1;
  for (let i = k; i < Math.min(toks.length, k + 3); i++) if (isCap(toks[i].text) && isOrgWord(toks[i])) return true;
  return false;
}

/**
 * "of" inside a body's name before the head: "Court of Appeal judge", "Bank of England governor". A capitalised
 * word before it, capitalised words after it and then a role head.
 */
function namedOf(s: Sentence, toks: Token[], j: number, role: Token[]): boolean {
  if (toks[j].text !== "of" || !role.length || !isCap(role[role.length - 1].text)) return false;
  for (let k = j + 1; k < toks.length && k <= j + 3; k++) {
    if (!spaced(s, toks[k - 1], toks[k])) return false;
    if (k > j + 1 && isRoleHead(lowerOf(toks[k])) && !isCap(toks[k].text)) return true;
    if (!isCap(toks[k].text)) return false;
  }
  return false;
}

/** A role that starts at `toks[j]` (after an optional determiner): "Russian Foreign Ministry spokeswoman", "chair of the council's transport committee". */
function roleFrom(s: Sentence, toks: Token[], j: number): Token[] | undefined {
  if (j < toks.length && DETERMINERS.has(toks[j].text.toLowerCase())) j++;
  const role: Token[] = [];
  let lastHead = -1;
  let inChain = false;
  let prev: Token | undefined;
  // Inside a prepositional phrase: its words so far, and where ordinary words after its first one start.
  let phrase = 0;
  let pending = -1;
  for (; j < toks.length && role.length < MAX_ROLE_TOKENS; j++) {
    const t = toks[j];
    if (prev && !(spaced(s, prev, t) || (inChain && phrase > 0 && joined(s, prev, t)))) break;
    const lower = lowerOf(t);
    if (!inChain) {
      if (isRoleHead(lower) && (isCap(t.text) || !STOPWORDS.has(lower))) {
        role.push(t);
        lastHead = role.length - 1;
      } else if (lastHead >= 0 && (ROLE_PREPOSITIONS.has(t.text.toLowerCase()) || withBody(toks, j))) {
        inChain = true;
        role.push(t);
      } else if (lastHead >= 0) {
        if (isRoleWord(lower)) role.push(t); // "Foreign Ministry spokeswoman": more role words after a head
        // "the deputy plant manager", "deputy data protection commissioner": up to three ordinary nouns between a role word and the head.
        else if (lastHead === role.length - 1 && plainNoun(t) && nounsToHead(s, toks, j) > 0) {
          const n = nounsToHead(s, toks, j);
          for (let k = 0; k < n; k++) role.push(toks[j + k]);
          j += n - 1;
          prev = toks[j];
          continue;
        }
        else if (lastHead === role.length - 1 && lowerOf(role[lastHead]) === "chief" && chiefNoun(t)) {
          // "chief conciliator", "chief inspector": the post is the noun after "chief".
          role.push(t);
          lastHead = role.length - 1;
        } else break;
      } else if (isRoleWord(lower) || isOrgWord(t) || (!isCap(t.text) && !STOPWORDS.has(lower) && !isDateWord(lower) && /^\p{L}/u.test(t.text)) || namedOf(s, toks, j, role)) {
        role.push(t);
        if (role.length > 6) return undefined;
      } else {
        break;
      }
    } else {
      // "… for Latin America at the Institute for Coastal Studies", "… in the Chinese army",
      // and one ordinary word right after a preposition: "minister for harbours", "head of research".
      const afterPrep = !!prev && (ROLE_PREPOSITIONS.has(prev.text.toLowerCase()) || prev.text.toLowerCase() === "the");
      const object = afterPrep && phraseWord(t, lower);
      const lowerText = t.text.toLowerCase();
      // "minister for environment and parks": a second object joined by "and" that ends the role.
      const after = toks[j + 2];
      if (lowerText === "and" && phrase > 0 && toks[j + 1] && phraseWord(toks[j + 1], lowerOf(toks[j + 1])) && spaced(s, t, toks[j + 1]) &&
        (!after || !spaced(s, toks[j + 1], after))) {
        role.push(t, toks[j + 1]);
        j++;
        prev = toks[j];
        continue;
      }
      if (ROLE_PREPOSITIONS.has(lowerText)) {
        if (afterPrep) break;
        phrase = 0;
        pending = -1;
        role.push(t);
      } else if (lowerText === "the" || isOrgWord(t) || isRoleWord(lower) || object) {
        if (lowerText !== "the") phrase++;
        role.push(t);
      } else if (phrase > 0 && phrase < 5 && phraseWord(t, lower) && (!VERB_FORM.test(lower) || /['’]s$/u.test(prev?.text ?? "") || nounInIng(s, toks, j))) {
        // The phrase goes on to its head noun: "of the council's transport committee". Kept only
        // when the role ends right after it, so that no verb is taken for a noun.
        if (pending < 0) pending = role.length;
        phrase++;
        role.push(t);
      } else {
        break;
      }
    }
    prev = t;
  }
  if (lastHead < 0) return undefined;
  if (pending >= 0 && !endsAt(s, toks, j)) role.length = pending;
  // Keep the words up to the last head, or through a prepositional phrase after it.
  let end = role.length - 1;
  if (!inChain) end = lastHead;
  let out = role.slice(0, end + 1);
  while (out.length && (ROLE_PREPOSITIONS.has(out[out.length - 1].text.toLowerCase()) || out[out.length - 1].text.toLowerCase() === "the")) out = out.slice(0, -1);
  if (!out.length) return undefined;
  // A capitalised word right after the role opens the next name: "Horodetsky, Chilean President Ada Lindqvist".
  const lastTok = out[out.length - 1];
  const after = toks.find((t) => t.start >= lastTok.end);
  if (after && gapOf(s, lastTok, after) === " " && isCap(after.text) && !STOPWORDS.has(after.text.toLowerCase())) return undefined;
  // "… proposed by Vessel, the president said": the role opens a new clause.
  if (after && gapOf(s, lastTok, after) === " " && SPEECH_VERBS.has(after.text.toLowerCase())) return undefined;
  return out;
}

/** The words of `toks` as the sentence writes them, gaps included: "the drivers' union". */
function written(s: Sentence, toks: Token[]): string {
  return s.text.slice(toks[0].start - s.start, toks[toks.length - 1].end - s.start);
}

function mention(s: Sentence, person: Token[], role: Token[], sentence: number, text?: string, span?: { start: number; end: number }): RoleMention {
  const name = person.map((t, i) => (i === person.length - 1 ? bare(t) : t.text)).join(" ");
  const last = person[person.length - 1];
  return {
    person: name,
    personSpan: { start: person[0].start, end: last.start + bare(last).length },
    role: text ?? written(s, role).replace(/['’]s$/u, ""),
    span: span ?? spanOf(role),
    sentence,
  };
}

/** Verbs that say which office a person holds, with the office they name: "who chairs the finance committee". */
const OFFICE_VERBS: Record<string, string> = {
  chairs: "chair", heads: "head", leads: "leader", runs: "head", directs: "director", manages: "manager", sits: "member",
};
/** Their past forms: a former office after "who" ("who headed the agency"), a present one after "has". */
const OFFICE_PAST: Record<string, string> = {
  chaired: "chair", headed: "head", led: "leader", ran: "head", run: "head", directed: "director", managed: "manager", sat: "member",
};
/** "led" alone tells of an event ("who led the march") more often than of an office. */
const EVENT_PAST = new Set(["led"]);
const NOW_ADVERBS = new Set(["now", "currently", "also", "still"]);
const PAST_ADVERBS = new Set(["formerly", "previously", "once"]);

/**
 * The thing a person heads, chairs or sits on: a noun phrase that opens with a
 * determiner, a possessive or a capitalised name and ends where the clause does
 * ("the council's finance committee", "the board of the port authority").
 */
function nounPhrase(s: Sentence, toks: Token[], j: number): Token[] | undefined {
  const out: Token[] = [];
  let words = 0;
  let k = j;
  for (; k < toks.length && out.length < MAX_ROLE_TOKENS; k++) {
    const t = toks[k];
    const lower = t.text.toLowerCase();
    const last = out[out.length - 1];
    if (!last) {
      if (!DETERMINERS.has(lower) && !isOrgWord(t)) return undefined;
      out.push(t);
      if (!DETERMINERS.has(lower)) words++;
      continue;
    }
    if (!joined(s, last, t)) break;
    const lastLower = last.text.toLowerCase();
    const afterPrep = ROLE_PREPOSITIONS.has(lastLower);
    // "-ed" and "-ing" words only where an adjective stands: "the ruling party", not "the union representing …".
    const adjectival = DETERMINERS.has(lastLower) || /['’]s$/u.test(last.text);
    if (ROLE_PREPOSITIONS.has(lower)) {
      if (afterPrep || DETERMINERS.has(lastLower) || !words) break;
    } else if (lower === "the") {
      if (!afterPrep) break;
    } else if (isOrgWord(t)) {
      words++;
    } else if (phraseWord(t, lower) && (adjectival || !VERB_FORM.test(lower))) {
      words++;
    } else {
      break;
    }
    out.push(t);
  }
  // The phrase ends where the clause does, or before an adjunct: "the agency for a decade", "the board in 2019".
  const adjunct = (i: number) => i >= 1 && ROLE_PREPOSITIONS.has(toks[i - 1].text.toLowerCase()) && i < toks.length && (STOPWORDS.has(toks[i].text.toLowerCase()) || /^\p{N}/u.test(toks[i].text));
  if (!endsAt(s, toks, k) && !adjunct(k)) return undefined;
  while (out.length && (ROLE_PREPOSITIONS.has(out[out.length - 1].text.toLowerCase()) || DETERMINERS.has(out[out.length - 1].text.toLowerCase()))) out.pop();
  return words && out.length ? out : undefined;
}

/**
 * A role told by a verb after the name: "X, who chairs the council's finance committee," is the
 * chair of that committee; "who sits on the board" a member of it; "who served as defence minister"
 * a former defence minister; "who is the union's regional secretary" that secretary. The role reads
 * as a title ("chair of the council's finance committee"); its span covers the verb and its object.
 */
function roleByVerb(s: Sentence, toks: Token[], lastPerson: number): { role: Token[]; text: string; span: { start: number; end: number } } | undefined {
  let j = lastPerson + 1;
  if (j >= toks.length || toks[j].text.toLowerCase() !== "who" || !/^\s*,\s*$/u.test(gapOf(s, toks[lastPerson], toks[j]))) return undefined;
  if (/['’]s?$/u.test(toks[lastPerson].text)) return undefined;
  j++;
  let former = false;
  let perfect = false;
  const word = () => (j < toks.length ? toks[j].text.toLowerCase() : "");
  const skipAdverbs = () => {
    while (NOW_ADVERBS.has(word()) || PAST_ADVERBS.has(word())) {
      if (PAST_ADVERBS.has(word())) former = true;
      j++;
    }
  };
  skipAdverbs();
  if (word() === "has" || word() === "have") {
    perfect = true;
    j++;
    skipAdverbs();
  }
  const verb = toks[j];
  if (!verb) return undefined;
  const v = word();
  // "who is the union's regional secretary", "who served as defence minister": a role follows.
  let linked = false;
  if (v === "was" && PAST_ADVERBS.has(toks[j + 1]?.text.toLowerCase() ?? "")) former = true;
  if ((v === "is" && !perfect) || (v === "was" && former && !perfect)) {
    linked = true;
    j++;
    skipAdverbs();
  } else if ((v === "serves" || v === "served") && toks[j + 1]?.text.toLowerCase() === "as") {
    if (v === "served" && !perfect) former = true;
    linked = true;
    j += 2;
  }
  if (linked) {
    if (former && perfect) return undefined;
    const role = j < toks.length ? roleFrom(s, toks, j) : undefined;
    if (!role || !endsAt(s, toks, toks.indexOf(role[role.length - 1]) + 1)) return undefined;
    const text = written(s, role).replace(/['’]s$/u, "");
    if (former && parts(lowerOf(role[0])).some((w) => w === "former" || w === "ex")) return undefined;
    // "the county's treasurer" was "the county's former treasurer".
    const owner = /^(\S+['’]s) (.+)$/u.exec(text);
    const was = owner ? `${owner[1]} former ${owner[2]}` : `former ${text}`;
    return { role, text: former ? was : text, span: { start: (former ? verb : role[0]).start, end: role[role.length - 1].end } };
  }
  let noun = perfect ? undefined : own(OFFICE_VERBS, v);
  if (!noun) {
    noun = own(OFFICE_PAST, v);
    if (!noun || (v === "run" && !perfect)) return undefined;
    if (!perfect) {
      if (EVENT_PAST.has(v) && !former) return undefined;
      former = true;
    }
  }
  j++;
  if (noun === "member") {
    if (word() !== "on" && word() !== "in") return undefined;
    j++;
  }
  const object = nounPhrase(s, toks, j);
  if (!object) return undefined;
  const text = `${former ? "former " : ""}${noun} of ${written(s, object)}`;
  return { role: object, text, span: { start: verb.start, end: object[object.length - 1].end } };
}

const own = (table: Record<string, string>, w: string): string | undefined => (Object.hasOwn(table, w) ? table[w] : undefined);

export function findRoles(doc: AnalyzedBase, memo?: SentenceMemo): RoleMention[] {
  const out: RoleMention[] = [];
  const bySentence = new Map<number, NameMention[]>();
  for (const m of doc.names) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const [si, names] of bySentence) {
    const s = doc.sentences[si];
    if (!s || s.kind === "heading") continue;
    // A sentence's roles depend on its text, its names and which of its words are ordinary.
    out.push(...(memo ? memo("roles", s, doc.common, (common) => rolesInSentence(common === doc.common ? doc : { ...doc, common }, s, si, names)) : rolesInSentence(doc, s, si, names)));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Courtesy titles that may stand between a role and a name ("Commissioner Dr. Ana Ruiz"); not roles themselves. */
const COURTESY = new Set(["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "rev", "sir", "dame"]);

function rolesInSentence(doc: AnalyzedBase, s: Sentence, si: number, names: NameMention[]): RoleMention[] {
  const out: RoleMention[] = [];
  {
    const toks = tokenize(s.text, s.start);
    const indexOf = new Map(toks.map((t, i) => [t.start, i]));
    const used: Array<{ start: number; end: number }> = [];
    const free = (sp: { start: number; end: number }) => !used.some((u) => u.start < sp.end && sp.start < u.end);
    for (const m of names) {
      const { role: inner, person } = personOf(m);
      if (!looksLikePerson(person, doc) || (person.length === 1 && COURTESY.has(lowerOf(person[0])))) continue;
      const p0 = indexOf.get(person[0].start);
      const pn = indexOf.get(person[person.length - 1].start);
      if (p0 === undefined || pn === undefined) continue;
      let roleStart = inner.length ? indexOf.get(inner[0].start) : m.prefix.length ? indexOf.get(m.prefix[0].start) : p0;
      if (roleStart === undefined) continue;
      let innerAll = toks.slice(roleStart, p0);
      // "Regional Transport Commissioner Dr. Ana Ruiz": a courtesy title between the role and the name is neither.
      while (innerAll.length && COURTESY.has(lowerOf(innerAll[innerAll.length - 1]))) innerAll = innerAll.slice(0, -1);
      if (!innerAll.length && roleStart === p0 && p0 > 0 && COURTESY.has(lowerOf(toks[p0 - 1])) && /^\.? $/u.test(gapOf(s, toks[p0 - 1], toks[p0]))) roleStart = p0 - 1;
      let found = false;
      const before = roleBefore(s, toks, roleStart, innerAll);
      if (before && free(spanOf(before))) {
        out.push(mention(s, person, before, si));
        used.push(spanOf(before));
        found = true;
      }
      // "the board's chair, Dr Ann Lee,": a courtesy title after the comma is neither role nor name.
      const courtesy = p0 > 1 && COURTESY.has(lowerOf(toks[p0 - 1])) && /^\.? $/u.test(gapOf(s, toks[p0 - 1], toks[p0])) ? 1 : 0;
      const namedAt = p0 - courtesy;
      if (!found && namedAt > 0 && /^\s*,\s*$/u.test(gapOf(s, toks[namedAt - 1], toks[namedAt]))) {
        let last = pn;
        while (last + 1 < toks.length && postnominal(toks[last + 1]) && gapOf(s, toks[last], toks[last + 1]) === " ") last++;
        const closes = last + 1 >= toks.length || /^[\s]*[,.;:)”"’]/u.test(s.text.slice(toks[last].end - s.start));
        const r = closes ? roleBeforeComma(s, toks, namedAt - 1) : undefined;
        if (r && free(spanOf(r))) {
          out.push(mention(s, person, r, si));
          used.push(spanOf(r));
          found = true;
        }
      }
      // "Vessel, Lindqvist, the Danish prime minister, and …": in a list, the role may be a third person.
      const inList = p0 > 0 && /,/u.test(gapOf(s, toks[p0 - 1], toks[p0])) && isCap(toks[p0 - 1].text) && !STOPWORDS.has(toks[p0 - 1].text.toLowerCase());
      const after = inList ? undefined : roleAfter(s, toks, pn);
      if (after && free(spanOf(after))) {
        out.push(mention(s, person, after, si));
        used.push(spanOf(after));
      }
      // "X, who chairs the finance committee", "X, the mayor of Y, who chairs …": the clause tells X's office,
      // unless X is itself inside another person's role ("the mayor of Y").
      const personFree = free({ start: person[0].start, end: person[person.length - 1].end });
      const clauseAt = after ? indexOf.get(after[after.length - 1].start) : inList || !personFree ? undefined : pn;
      const byVerb = clauseAt === undefined ? undefined : roleByVerb(s, toks, clauseAt);
      if (byVerb && free(byVerb.span)) {
        out.push(mention(s, person, byVerb.role, si, byVerb.text, byVerb.span));
        used.push(byVerb.span);
      }
    }
  }
  return out;
}
