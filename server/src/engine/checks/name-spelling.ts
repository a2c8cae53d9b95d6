// name-spelling: a name the corpus does not use but spells nearly the same
// way, and (as a gentle note) a corpus spelling that most articles do not use,
// or a place named with another kind of place word ("Harrow Brook" where the
// corpus knows only "Harrow Creek"). Also: a surname that is an English word
// a letter from the corpus's in a name otherwise the corpus's ("Tom Bell"
// / "Tom Beil"); a name split or joined otherwise ("Ravi Chandra Sekhar" /
// "Ravi Chandrasekhar"); another first name with a surname the corpus gives one
// person only (a note); a body's name with one word in another form or joined
// by another small word.
import type { NameMention } from "../analysis/names";
import { isRoleHead } from "../analysis/roles";
import { contentToken, termKey } from "../analysis/claims";
import type { MentionRef, NameForm, NameKnowledge } from "../knowledge/names";
import { editDistance } from "../knowledge/skeleton";
import { stripPossessive, tokenize } from "../text/tokens";
import { HONORIFICS, ORGANISATION_KINDS, PLACE_FEATURES, PLACE_PREFIXES, ROLE_WORDS } from "../text/lexicon";
import type { Knowledge } from "../knowledge/knowledge";
import type { Finding } from "../types";
import { cite, type Check, type CheckContext } from "./check";

const isAcronym = (w: string) => /^[\p{Lu}.]+$/u.test(w);

interface Candidate {
  form: NameForm;
  strong: boolean;
  /** Found through the first name the corpus gives with it, not by spelling alone. */
  byFirst?: string;
}

function maxDistance(len: number): number {
  return len >= 8 ? 2 : len >= 4 ? 1 : 0;
}

function knownCaseInsensitive(ctx: CheckContext, word: string): boolean {
  if (ctx.kb.names.forms.has(word)) return true;
  const lower = word.toLowerCase();
  const g = ctx.kb.names.groupOf(word);
  return !!g?.forms.some((f) => f.text.toLowerCase() === lower);
}

/** The corpus spelling meant by an unknown name word, if there is one. */
function candidateFor(ctx: CheckContext, mention: NameMention, index: number): Candidate | undefined {
  const word = mention.tokens[index].text;
  const names = ctx.kb.names;
  const group = names.groupOf(word);
  if (group && group.forms.length) return { form: group.forms[0], strong: true };
  const max = maxDistance(word.length);
  if (max === 0) return shortWithContext(ctx, mention, index);
  const others = mention.tokens.filter((_, k) => k !== index).map((t) => t.text);
  // With the rest of the name to confirm it, one more edit is allowed.
  const reach = others.length > 0 && word.length >= 6 ? max + 1 : max;
  const near = names
    .near(word, reach)
    .filter((c) => c.form.midCount > 0 && !ctx.common.isCommon(c.form.text.toLowerCase()) && !isAcronym(c.form.text))
    // "Lisbons office": a missing apostrophe, not another spelling of the name.
    .filter((c) => !(word.startsWith(c.form.text) && /^(?:s|es)$/.test(word.slice(c.form.text.length))));
  if (!near.length) return byFirstName(ctx, mention, index);
  // Context: the other words of the draft's name appear with the candidate in a corpus name.
  const withContext = near.filter((c) =>
    others.length > 0 &&
    [...c.form.inNames.keys()].some((full) => others.every((o) => full.split(" ").includes(o))),
  );
  if (withContext.length) return { form: withContext[0].form, strong: true };
  const close = near.filter((c) => c.distance <= max);
  if (!close.length) return undefined;
  const best = close.filter((c) => c.distance === close[0].distance);
  // Two corpus names equally near: no way to know which is meant.
  if (new Set(best.map((c) => names.groupOf(c.form.text)?.key)).size > 1) return undefined;
  if (others.length > 0) return undefined; // a multi-word name whose other words do not fit: likely someone else
  const form = best[0].form;
  // Alone, one letter swapped for another is as likely a different name (Iran / Iraq,
  // Georgia / Giorgia) as a typo: only a long, frequent corpus name makes it a typo.
  if (best[0].distance > 0 && sameLengthSubstitution(word, form.text) && !(word.length >= 7 && form.count >= 3)) return undefined;
  const strong = word.length >= 6 && form.count >= 2;
  return { form: canonicalOf(ctx, form), strong };
}

/**
 * A name word that is also an English word ("Bell", "Hall"), in a name whose other words are the corpus's
 * own and not English words: one letter from the corpus's word ("Tom Bell" where the corpus writes only
 * "Tom Beil"), the corrected name is one the corpus writes, and the draft's is not.
 */
function commonWordOff(ctx: CheckContext, mention: NameMention, index: number): Candidate | undefined {
  const from = nameStart(mention, index);
  const words = mention.tokens.slice(from).map((t) => stripPossessive(t.text));
  const at = index - from;
  if (words.length < 2 || ctx.kb.names.names.has(words.join(" "))) return undefined;
  const others = words.filter((_, k) => k !== at);
  if (others.some((w) => w.length < 3 || isAcronym(w) || ctx.common.isCommon(w.toLowerCase()) || !ctx.kb.names.forms.has(w))) return undefined;
  const word = words[at];
  if (word.length < 4) return undefined;
  const fits = ctx.kb.names
    .near(word, 1)
    .filter((c) => c.distance === 1 && c.form.midCount > 0 && !isAcronym(c.form.text) && c.form.text.toLowerCase() !== word.toLowerCase())
    .filter((c) => ctx.kb.names.names.has(words.map((w, k) => (k === at ? c.form.text : w)).join(" ")));
  if (new Set(fits.map((c) => c.form.text)).size !== 1) return undefined;
  const form = fits[0].form;
  const full = ctx.kb.names.names.get(words.map((w, k) => (k === at ? form.text : w)).join(" "))!;
  return { form, strong: full.count >= 2 };
}

/** Per corpus, its name words by their lower-cased spelling, and its two-word runs of names by the two joined. */
interface Spacings {
  words: Map<string, string>;
  joined: Map<string, string>;
}
const spacingIndex = new WeakMap<NameKnowledge, Spacings>();
function spacings(names: NameKnowledge): Spacings {
  let m = spacingIndex.get(names);
  if (!m) {
    m = { words: new Map(), joined: new Map() };
    for (const f of names.forms.values()) if (f.midCount > 0) m.words.set(f.text.toLowerCase(), f.text);
    for (const full of names.names.keys()) {
      const w = full.split(" ");
      for (let i = 0; i + 1 < w.length; i++) m.joined.set((w[i] + w[i + 1]).toLowerCase(), `${w[i]} ${w[i + 1]}`);
    }
    spacingIndex.set(names, m);
  }
  return m;
}

/**
 * A name split or joined otherwise than the corpus writes it: "Chandra Sekhar" or "Chandra-Sekhar" where the
 * corpus writes "Chandrasekhar", "Chandrasekhar" where it writes "Chandra Sekhar".
 */
function checkSpacing(ctx: CheckContext, mention: NameMention, out: Finding[]): boolean {
  const names = ctx.kb.names;
  const words = mention.tokens.map((t) => stripPossessive(t.text));
  if (names.names.has(words.join(" "))) return false;
  const index = spacings(names);
  const unknown = (w: string) => !names.forms.has(w) || !names.forms.get(w)!.midCount;
  for (let i = 0; i < words.length; i++) {
    let fix: string | undefined;
    let end = i;
    const two = i + 1 < words.length ? index.words.get((words[i] + words[i + 1]).toLowerCase()) : undefined;
    if (two && (unknown(words[i]) || unknown(words[i + 1])) && words[i].length >= 2 && words[i + 1].length >= 2) {
      fix = two;
      end = i + 1;
    } else if (unknown(words[i]) && words[i].includes("-")) {
      fix = index.words.get(words[i].replace(/-/g, "").toLowerCase()) ?? index.joined.get(words[i].replace(/-/g, "").toLowerCase());
    } else if (unknown(words[i]) && words[i].length >= 6) {
      fix = index.joined.get(words[i].toLowerCase());
    }
    if (!fix) continue;
    const fixed = [...words.slice(0, i), fix, ...words.slice(end + 1)].join(" ");
    // The corrected name must be one the corpus writes, when the draft's has more words than the part corrected.
    if (words.length > end - i + 1 && !names.names.has(fixed)) continue;
    const fixWords = fix.split(" ");
    const form = names.forms.get(fixWords[fixWords.length - 1]) ?? names.forms.get(fixWords[0]);
    if (!form) continue;
    const full = names.names.get(fixed);
    const evidence = ctx.kb.evidenceByArticle(full?.mentions ?? form.mentions);
    const count = full?.count ?? form.count;
    const written = words.slice(i, end + 1).join(" ");
    out.push({
      category: "name",
      code: "name-spelling",
      span: { start: mention.tokens[0].start, end: mention.tokens[words.length - 1].start + words[words.length - 1].length },
      severity: count >= 2 ? "warning" : "information",
      message: `"${written}" does not appear in the corpus; it writes "${fix}" (${count} mention${count === 1 ? "" : "s"}${full ? ` of "${fixed}"` : ""}), e.g. ${cite(evidence[0])}.`,
      suggestions: [fixed],
      evidence,
    });
    return true;
  }
  return false;
}

/** A courtesy title before a name ("Ms", "Dr."), or a councillor's ("Cllr"). */
const courtesy = (w: string) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""));
/** Per surname, the two-word names the corpus writes with it; built once per corpus. */
/** Per corpus: the two-word names by surname, and the surnames it writes after a courtesy title ("Ms Orme"). */
const namesBySurname = new WeakMap<NameKnowledge, { full: Map<string, string[]>; courtesy: Set<string> }>();
function surnameIndex(names: NameKnowledge): { full: Map<string, string[]>; courtesy: Set<string> } {
  let m = namesBySurname.get(names);
  if (!m) {
    m = { full: new Map(), courtesy: new Set() };
    for (const full of names.names.keys()) {
      const words = full.split(" ");
      if (words.length !== 2) continue;
      if (courtesy(words[0])) m.courtesy.add(words[1]);
      if (!/^\p{Lu}\p{Ll}/u.test(words[0]) || ROLE_WORDS.has(words[0].toLowerCase()) || courtesy(words[0])) continue;
      const list = m.full.get(words[1]);
      if (list) list.push(full);
      else m.full.set(words[1], [full]);
    }
    namesBySurname.set(names, m);
  }
  return m;
}

/** A name of two words past its title words ("Inspector Ada Lenz"): where they start, and the two. */
function twoWords(mention: NameMention): { from: number; words: string[]; first: string; last: string } | undefined {
  const from = nameStart(mention, mention.tokens.length - 1);
  const words = mention.tokens.slice(from).map((t) => stripPossessive(t.text));
  return words.length === 2 ? { from, words, first: words[0], last: words[1] } : undefined;
}

/**
 * A first name the corpus never gives with a surname it gives with one first name only ("Jane Orme" where
 * every article has "Ruth Orme"): likely the same person with the wrong first name, but it may be a
 * relative; a note.
 */
/** The lower-case words an "-ing" form may come from ("defending": defend, defended, defends; "making": make). */
function participleStem(word: string): string[] {
  const stem = word.toLowerCase().replace(/ing$/u, "");
  return [stem, `${stem}e`, `${stem}ed`, `${stem}s`, stem.replace(/(.)\1$/u, "$1")];
}

function checkFirstName(ctx: CheckContext, mention: NameMention, out: Finding[]): boolean {
  const two = twoWords(mention);
  if (!two) return false;
  const { from, words, first, last } = two;
  const names = ctx.kb.names;
  if (first.length < 3 || /\./.test(first) || isAcronym(first) || ctx.accept.has(first) || names.names.has(words.join(" "))) return false;
  if (ctx.common.isCommon(first.toLowerCase()) || names.forms.has(first) || courtesy(first)) return false;
  // A sentence that opens with a participle ("Defending Marlow, …"): a verb whose stem the corpus writes in lower case.
  // Or one followed by a comma and the sentence's subject ("Defending Marlow, Ann Kerr told jurors …").
  if (from === 0 && /ing$/u.test(first) && (participleStem(first).some((w) => ctx.common.isCommon(w)) || /^,\s+\p{Lu}/u.test(ctx.draft.text.slice(mention.end, mention.end + 3)))) {
    const before = ctx.draft.text.slice(Math.max(0, mention.start - 3), mention.start);
    if (mention.start === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(before) || mention.initial) return false;
  }
  const index = surnameIndex(names);
  const known = index.full.get(last) ?? [];
  if (known.length !== 1) return false;
  // The corpus's own person by that surname: the draft's first name is close to none of the corpus's spellings (else a misspelling, handled above).
  // A person: the corpus gives them a role, or writes the surname after a courtesy title ("Ms Orme"); not "North Ridge".
  // Or one the corpus also calls by the surname alone ("Orme said"), which is no place's first word ("North Ridge").
  const byName = !PLACE_PREFIXES.has(known[0].split(" ")[0].toLowerCase()) && !PLACE_PREFIXES.has(first.toLowerCase()) && !PLACE_FEATURES.has(last.toLowerCase()) &&
    (names.forms.get(last)?.count ?? 0) > (names.names.get(known[0])?.count ?? 0);
  const person = index.courtesy.has(last) || !!ctx.kb.roles.resolve(known[0]) || byName;
  if (!person) return false;
  const theirFirst = known[0].split(" ")[0];
  // A first name a letter or two off is a misspelling, which the word-by-word check below reports.
  if (theirFirst === first || editDistance(first.toLowerCase(), theirFirst.toLowerCase(), 2) <= Math.max(2, maxDistance(first.length))) return false;
  const full = names.names.get(known[0])!;
  const evidence = ctx.kb.evidenceByArticle(full.mentions);
  if (!evidence.length) return false;
  out.push({
    category: "name",
    code: "name-spelling",
    span: { start: mention.tokens[from].start, end: mention.tokens[mention.tokens.length - 1].start + last.length },
    severity: "information",
    message: `The corpus writes "${last}" only with the first name "${theirFirst}" ("${known[0]}", ${full.count} mention${full.count === 1 ? "" : "s"}), never "${words.join(" ")}", e.g. ${cite(evidence[0])}.`,
    suggestions: [known[0]],
    evidence,
  });
  return true;
}

/**
 * Two people's names run together: a first name the corpus gives one person only ("Ada Lenz") and the
 * surname of one other ("Lenzing", of "Karl Lenzing"). The words of the draft's sentence tell which is
 * meant: those the corpus's sentences about each share with it ("the union's safety officer"), rarer words
 * weighing more. Clear evidence either way is a warning with that person's name; none is a note that
 * offers the first name's person first (a surname is the likelier slip).
 */
function checkBlend(ctx: CheckContext, mention: NameMention, out: Finding[]): boolean {
  const two = twoWords(mention);
  if (!two) return false;
  const { from, words, first, last } = two;
  const names = ctx.kb.names;
  if (names.names.has(words.join(" ")) || ctx.accept.has(first) || ctx.accept.has(last) || courtesy(first)) return false;
  const theirLast = surnamesOf(names, first);
  if (theirLast?.size !== 1) return false;
  const bySurname = surnameIndex(names);
  const own = `${first} ${[...theirLast][0]}`;
  const other = bySurname.full.get(last);
  if ((bySurname.full.get([...theirLast][0])?.length ?? 0) !== 1 || other?.length !== 1 || other[0] === own || other[0].split(" ")[0] === first) return false;
  const person = (full: string) => {
    const surname = full.split(" ")[1];
    return !PLACE_PREFIXES.has(full.split(" ")[0].toLowerCase()) && (bySurname.courtesy.has(surname) || !!ctx.kb.roles.resolve(full) || (names.forms.get(surname)?.count ?? 0) > (names.names.get(full)?.count ?? 0));
  };
  if (!person(own) || !person(other[0])) return false;
  // What the sentence says, against what the corpus says where it names each of them.
  const sentence = ctx.draft.sentences.find((x) => x.start <= mention.start && mention.end <= x.end);
  if (!sentence) return false;
  // Each content word of the sentence, the name aside, by its key.
  const mine = new Map<string, string>();
  for (const t of tokenize(sentence.text, sentence.start)) {
    const k = t.end <= mention.start || t.start >= mention.end ? contentToken(t) : undefined;
    if (k && !mine.has(k)) mine.set(k, t.text);
  }
  const sentences = ctx.kb.index;
  const score = (full: string) => {
    const about = new Set<string>();
    for (const s of sentences.containing(termKey(full.split(" ")[1]))) for (const t of s.terms) about.add(t);
    let x = 0;
    const shared: string[] = [];
    for (const [k, w] of mine) if (about.has(k)) (x += sentences.idf(k)), shared.push(w);
    return { x, shared };
  };
  const a = score(own);
  const b = score(other[0]);
  const clear = (p: { x: number }, q: { x: number }) => p.x >= BLEND_EVIDENCE && p.x >= BLEND_MARGIN * q.x;
  const meant = clear(b, a) ? other[0] : own;
  const sure = clear(a, b) || clear(b, a);
  const why = meant === own ? a : b;
  const evidence = [...ctx.kb.evidenceByArticle(names.names.get(meant)!.mentions, 3), ...ctx.kb.evidenceByArticle(names.names.get(meant === own ? other[0] : own)!.mentions, 1)];
  if (!evidence.length) return false;
  out.push({
    category: "name",
    code: "name-spelling",
    span: { start: mention.tokens[from].start, end: mention.tokens[mention.tokens.length - 1].start + last.length },
    severity: sure ? "warning" : "information",
    message:
      `The corpus names no "${words.join(" ")}": it writes "${first}" only as "${own}" and "${last}" as "${other[0]}". ` +
      (sure ? `This sentence is about ${meant} (${why.shared.slice(0, 4).join(", ")})` : `Perhaps ${own}`) +
      `, e.g. ${cite(evidence[0])}.`,
    suggestions: sure ? [meant] : [own, other[0]],
    evidence,
  });
  return true;
}
/** The least weight of shared words that tells which of two blended people a sentence is about. */
const BLEND_EVIDENCE = 4;
/** How many times the other's weight it must be. */
const BLEND_MARGIN = 1.5;

/** Per first name, the surnames of the two-word names the corpus writes with it; built once per corpus. */
const surnamesByFirst = new WeakMap<NameKnowledge, Map<string, Set<string>>>();
function surnamesOf(names: NameKnowledge, first: string): Set<string> | undefined {
  let m = surnamesByFirst.get(names);
  if (!m) {
    m = new Map();
    for (const full of names.names.keys()) {
      const words = full.split(" ");
      if (words.length !== 2) continue;
      const set = m.get(words[0]) ?? new Set<string>();
      set.add(words[1]);
      m.set(words[0], set);
    }
    surnamesByFirst.set(names, m);
  }
  return m.get(first);
}

/**
 * A surname further off than a typo, after a first name the corpus gives one
 * surname only, which begins the same way and is about as long ("Ewan
 * Talbot" where the corpus knows only "Ewan Tallis"): likely the same
 * person misnamed, but it may be another; a note.
 */
function byFirstName(ctx: CheckContext, mention: NameMention, index: number): Candidate | undefined {
  // Past title words ("Inspector Ana Gallagher").
  const from = nameStart(mention, index);
  if (mention.tokens.length - from !== 2 || index !== from + 1) return undefined;
  const word = mention.tokens[index].text;
  const first = mention.tokens[from].text;
  // A four-letter surname ("Hail" for "Hale") only after a first name of five letters or more.
  const short = word.length === 4 && first.length >= 5;
  if ((word.length < 5 && !short) || first.length < 3) return undefined;
  const surnames = surnamesOf(ctx.kb.names, first);
  if (surnames?.size !== 1) return undefined;
  const known = [...surnames][0];
  const form = ctx.kb.names.forms.get(known);
  const lead = short ? 2 : 3;
  if (!form || Math.abs(known.length - word.length) > (short ? 1 : 2) || known.slice(0, lead).toLowerCase() !== word.slice(0, lead).toLowerCase()) return undefined;
  if (short && editDistance(known.toLowerCase(), word.toLowerCase(), 3) > 2) return undefined;
  // Three edits at most; four when the two share their first four letters ("Gallagher" / "Gallardo").
  const shared4 = known.slice(0, 4).toLowerCase() === word.slice(0, 4).toLowerCase();
  if (editDistance(known.toLowerCase(), word.toLowerCase(), 4) > (shared4 ? 4 : 3)) return undefined;
  return { form: canonicalOf(ctx, form), strong: false, byFirst: `${first} ${known}` };
}

/**
 * A short word ("Yue") is too short to correct on its own; one edit is allowed
 * only when, with the correction, the draft's name becomes exactly one full name
 * the corpus writes ("Tan Yue" → "Tan Yu"). A swapped letter may be another
 * person ("Tim"/"Tom"): a note, not a warning.
 */
function shortWithContext(ctx: CheckContext, mention: NameMention, index: number): Candidate | undefined {
  if (mention.tokens.length < 2) return undefined;
  const word = mention.tokens[index].text;
  const names = ctx.kb.names;
  const fits = names
    .near(word, 1)
    .filter((c) => c.distance === 1 && c.form.midCount > 0 && !isAcronym(c.form.text) && !ctx.common.isCommon(c.form.text.toLowerCase()))
    .filter((c) => !(word.startsWith(c.form.text) && /^(?:s|es)$/.test(word.slice(c.form.text.length))))
    .filter((c) => names.names.has(replaceWord(mention, index, c.form.text)));
  if (new Set(fits.map((c) => c.form.text)).size !== 1) return undefined;
  const form = fits[0].form;
  return { form, strong: !sameLengthSubstitution(word, form.text) };
}

/** True when `a` and `b` have the same length and differ only by substituted letters (no transposition). */
function sameLengthSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  for (let i = 0; i + 1 < x.length; i++) {
    if (x[i] !== y[i] && x[i] === y[i + 1] && x[i + 1] === y[i]) return false;
  }
  return true;
}

function canonicalOf(ctx: CheckContext, form: NameForm): NameForm {
  return ctx.kb.names.groupOf(form.text)?.forms[0] ?? form;
}

function replaceWord(mention: NameMention, index: number, replacement: string, from = 0): string {
  return mention.tokens.slice(from).map((t, k) => (k + from === index ? replacement : t.text)).join(" ");
}

/** Where the name proper starts, past title words before the word at `index` ("Detective Sergeant Ana Ruiz"). */
function nameStart(mention: NameMention, index: number): number {
  let k = 0;
  while (k < index && ROLE_WORDS.has(mention.tokens[k].text.toLowerCase())) k++;
  return k;
}

function countArticles(form: NameForm): number {
  return new Set(form.mentions.map((m) => m.article)).size;
}

function evidenceFor(ctx: CheckContext, fullName: string, form: NameForm) {
  const full = ctx.kb.names.names.get(fullName);
  return ctx.kb.evidenceByArticle(full && full.count ? full.mentions : form.mentions);
}

function checkMention(ctx: CheckContext, mention: NameMention, out: Finding[]): void {
  if (ctx.accept.has(mention.text)) return;
  if (checkPlaceWord(ctx, mention, out)) return;
  if (checkOneWordOff(ctx, mention, out)) return;
  if (checkSpacing(ctx, mention, out)) return;
  if (checkBlend(ctx, mention, out)) return;
  if (checkFirstName(ctx, mention, out)) return;
  for (let i = 0; i < mention.tokens.length; i++) {
    const word = stripPossessive(mention.tokens[i].text);
    // A two-letter word ("Lin Ko") only in a longer name, where the whole name decides (`shortWithContext`).
    const twoLetters = word.length === 2 && mention.tokens.length >= 2 && /^\p{Lu}\p{Ll}$/u.test(word) && !HONORIFICS.has(word.toLowerCase());
    if ((word.length < 3 && !twoLetters) || isAcronym(word) || ctx.accept.has(word)) continue;
    if (knownCaseInsensitive(ctx, word)) {
      // A corpus spelling, but not the one most mentions use: a gentle note.
      const group = ctx.kb.names.groupOf(word);
      const own = ctx.kb.names.forms.get(word);
      if (!group || !own || group.forms.length < 2) continue;
      const top = group.forms[0];
      if (top.text === word || own.count * 2 >= group.total || own.count >= top.count) continue;
      const from = nameStart(mention, i);
      const suggestion = replaceWord(mention, i, top.text, from);
      const variants = group.forms.map((f) => `"${f.text}" ${f.count}×`).join(", ");
      const evidence = [...evidenceFor(ctx, suggestion, top).slice(0, 3), ...ctx.kb.evidenceByArticle(own.mentions, 2)];
      out.push({
        category: "name",
        code: "name-variant",
        span: { start: mention.tokens[from].start, end: mention.end },
        severity: "information",
        message: `"${word}" is a minority spelling in the corpus; most mentions write "${top.text}" (${variants}). See ${cite(evidence[0])}.`,
        suggestions: [suggestion],
        evidence,
      });
      return;
    }
    const cand = ctx.common.isCommon(word.toLowerCase()) ? commonWordOff(ctx, mention, i) : candidateFor(ctx, mention, i);
    if (!cand) continue;
    const canonical = canonicalOf(ctx, cand.form);
    const from = nameStart(mention, i);
    const suggestion = replaceWord(mention, i, canonical.text, from);
    const group = ctx.kb.names.groupOf(canonical.text);
    const others = (group?.forms ?? []).filter((f) => f.text !== canonical.text).map((f) => replaceWord(mention, i, f.text, from));
    const evidence = evidenceFor(ctx, suggestion, canonical);
    const articles = countArticles(canonical);
    out.push({
      category: "name",
      code: "name-spelling",
      span: { start: mention.tokens[from].start, end: mention.end },
      severity: cand.strong ? "warning" : "information",
      message: cand.byFirst
        ? `"${word}" does not appear in the corpus; with the first name "${cand.byFirst.split(" ")[0]}" the corpus names only "${cand.byFirst}", e.g. ${cite(evidence[0])}.`
        :
        `"${word}" does not appear in the corpus; it spells the name "${canonical.text}"` +
        ` (${canonical.count} mention${canonical.count === 1 ? "" : "s"} in ${articles} article${articles === 1 ? "" : "s"}` +
        (others.length ? `; also ${group!.forms.filter((f) => f !== canonical).map((f) => `"${f.text}"`).join(", ")}` : "") +
        `), e.g. ${cite(evidence[0])}.`,
      suggestions: [suggestion, ...others],
      evidence,
    });
    return;
  }
}

/** Corpus names that end in a place word, by the words before it ("Harrow Creek" under "Harrow"), and every corpus
 * name by each of its leading and trailing word runs (what a core word may name elsewhere); built once per corpus. */
interface PlaceNames {
  byCore: Map<string, string[]>;
  byPart: Map<string, Set<string>>;
}
const placeIndex = new WeakMap<Knowledge, PlaceNames>();
function placeNames(kb: Knowledge): PlaceNames {
  let m = placeIndex.get(kb);
  if (!m) {
    m = { byCore: new Map(), byPart: new Map() };
    for (const name of kb.names.names.keys()) {
      const words = name.split(" ");
      for (let k = 1; k <= words.length; k++) {
        for (const part of [words.slice(0, k).join(" "), words.slice(words.length - k).join(" ")]) {
          const set = m.byPart.get(part) ?? new Set<string>();
          set.add(name);
          m.byPart.set(part, set);
        }
      }
      if (words.length < 2 || !PLACE_FEATURES.has(words[words.length - 1].toLowerCase())) continue;
      const core = words.slice(0, -1).join(" ");
      m.byCore.set(core, [...(m.byCore.get(core) ?? []), name]);
    }
    placeIndex.set(kb, m);
  }
  return m;
}

/**
 * A place the corpus names with another kind of place word: "Harrow Brook" where the corpus has only
 * "Harrow Creek" and writes "Harrow" in no other name. Information: the draft may mean another place.
 */
function checkPlaceWord(ctx: CheckContext, mention: NameMention, out: Finding[]): boolean {
  const words = mention.tokens.map((t) => stripPossessive(t.text));
  if (words.length < 2) return false;
  const feature = words[words.length - 1];
  if (!PLACE_FEATURES.has(feature.toLowerCase())) return false;
  const text = words.join(" ");
  if (ctx.accept.has(text) || ctx.kb.names.names.has(text)) return false;
  const core = words.slice(0, -1).join(" ");
  const places = placeNames(ctx.kb);
  const known = places.byCore.get(core) ?? [];
  if (known.length !== 1) return false;
  // The core words name nothing else in the corpus: it is this place.
  if ([...(places.byPart.get(core) ?? [])].some((n) => n !== known[0])) return false;
  const full = ctx.kb.names.names.get(known[0])!;
  const evidence = ctx.kb.evidenceByArticle(full.mentions);
  const last = mention.tokens[mention.tokens.length - 1];
  out.push({
    category: "name",
    code: "name-spelling",
    span: { start: mention.tokens[0].start, end: last.start + feature.length },
    severity: "information",
    message: `"${text}" does not appear in the corpus; it names "${known[0]}" (${full.count} mention${full.count === 1 ? "" : "s"}), e.g. ${cite(evidence[0])}.`,
    suggestions: [known[0]],
    evidence,
  });
  return true;
}

/** Corpus names of three words or more by each of their words left out ("Fenmoor Basin * Agency"); built once per corpus. */
const oneOffIndex = new WeakMap<Knowledge, Map<string, string[]>>();
function oneOffNames(kb: Knowledge): Map<string, string[]> {
  let m = oneOffIndex.get(kb);
  if (!m) {
    m = new Map();
    for (const name of kb.names.names.keys()) {
      const words = name.split(" ");
      if (words.length < 3) continue;
      for (let i = 0; i < words.length; i++) {
        const key = words.map((w, k) => (k === i ? "*" : w)).join(" ");
        m.set(key, [...(m.get(key) ?? []), name]);
      }
    }
    oneOffIndex.set(kb, m);
  }
  return m;
}

/**
 * Two words of the same length, six letters or more, with the same first letter and last three, at most half
 * their letters apart ("Samstag" / "Sonntag"): in a name whose other words are the corpus's, one word swapped.
 */
function sameFrame(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6 || a[0] !== b[0] || a.slice(-3) !== b.slice(-3)) return false;
  return editDistance(a, b, a.length) <= a.length / 2;
}

/**
 * A name of three words or more that the corpus writes with one word in
 * another form ("Harbour Basin Environmental Authority" where every article
 * has "Harbour Basin Environment Authority"): the words share their first
 * five letters, or are a letter or two apart, or the last word is another
 * kind of body ("Trust" for "Society"). The other words are the
 * corpus's own, so the name is the corpus's, written wrong.
 */
function checkOneWordOff(ctx: CheckContext, mention: NameMention, out: Finding[]): boolean {
  const words = mention.tokens.map((t) => stripPossessive(t.text));
  if (words.length < 3 || ctx.kb.names.names.has(words.join(" "))) return false;
  const index = oneOffNames(ctx.kb);
  for (let i = 0; i < words.length; i++) {
    const key = words.map((w, k) => (k === i ? "*" : w)).join(" ");
    const known = index.get(key);
    if (!known) continue;
    const mine = words[i].toLowerCase();
    const fits = known.filter((name) => {
      const theirs = name.split(" ")[i].toLowerCase();
      // Or the last word another kind of body ("Denholm Farming Trust" for "… Society"): the same body misnamed.
      const kind = i === words.length - 1 && ORGANISATION_KINDS.has(mine) && ORGANISATION_KINDS.has(theirs);
      return theirs !== mine && ((theirs.length >= 5 && mine.length >= 5 && theirs.slice(0, 5) === mine.slice(0, 5)) || editDistance(theirs, mine, 2) <= 2 || sameFrame(theirs, mine) || kind);
    });
    if (fits.length !== 1) continue;
    const full = ctx.kb.names.names.get(fits[0])!;
    const evidence = ctx.kb.evidenceByArticle(full.mentions);
    const start = mention.tokens[0].start;
    const end = mention.tokens[words.length - 1].start + words[words.length - 1].length;
    out.push({
      category: "name",
      code: "name-spelling",
      span: { start, end },
      severity: full.count >= 2 ? "warning" : "information",
      message: `"${words.join(" ")}" does not appear in the corpus; it writes "${fits[0]}" (${full.count} mention${full.count === 1 ? "" : "s"}), e.g. ${cite(evidence[0])}.`,
      suggestions: [fits[0]],
      evidence,
    });
    return true;
  }
  return false;
}

/** Small words that join the parts of a body's name: "Council on Foreign Relations", "Bank of …", "Institute for …". */
const NAME_JOINERS = /^ (of|on|for) (?:the )?$/u;

/**
 * Two names joined by "of", "on" or "for" that the corpus joins with another of these words and never with
 * this one ("European Council of Foreign Relations" where every article has "… on Foreign Relations"): one
 * body's name written wrong. Titles are the title check's ("Minister for …").
 */
function checkJoiner(ctx: CheckContext, a: NameMention, b: NameMention, out: Finding[]): boolean {
  // Each side with the words the name finder took for a title's ("European", "Foreign"), unless one is a role.
  const aStart = a.prefix[0]?.start ?? a.start;
  const bStart = b.prefix[0]?.start ?? b.start;
  const gap = NAME_JOINERS.exec(ctx.draft.text.slice(a.end, bStart));
  if (!gap) return false;
  const all = [...a.prefix, ...a.tokens, ...b.prefix, ...b.tokens];
  if (all.length < 3 || all.some((t) => isRoleHead(stripPossessive(t.text).toLowerCase()))) return false;
  const known = ctx.kb.names.names.get(a.text);
  if (!known) return false;
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = ctx.draft.text.slice(aStart, a.start);
  const bText = ctx.draft.text.slice(bStart, b.end);
  const after = new RegExp(String.raw`^ (of|on|for) (?:the )?${escape(bText)}(?![\p{L}\p{N}])`, "u");
  const seen = new Map<string, MentionRef[]>();
  for (const ref of known.mentions.slice(0, 500)) {
    const plain = ctx.kb.articles[ref.article]?.plain;
    if (!plain || plain.slice(ref.start - before.length, ref.start) !== before) continue;
    const m = after.exec(plain.slice(ref.end, ref.end + bText.length + 10));
    if (m) seen.set(m[1], [...(seen.get(m[1]) ?? []), { article: ref.article, start: ref.start - before.length, end: ref.end + m[0].length }]);
  }
  if (seen.has(gap[1]) || seen.size !== 1) return false;
  const refs = [...seen.values()][0];
  const written = ctx.draft.text.slice(aStart, b.end);
  const first = refs[0];
  const fix = ctx.kb.articles[first.article].plain.slice(first.start, first.end);
  const evidence = ctx.kb.evidenceByArticle(refs);
  out.push({
    category: "name",
    code: "name-spelling",
    span: { start: aStart, end: b.end },
    severity: refs.length >= 2 ? "warning" : "information",
    message: `"${written}" does not appear in the corpus; it writes "${fix}" (${refs.length} mention${refs.length === 1 ? "" : "s"}), e.g. ${cite(evidence[0])}.`,
    suggestions: [fix],
    evidence,
  });
  return true;
}

export const nameSpelling: Check = {
  id: "name-spelling",
  category: "name",
  scope: "sentence",
  run(ctx) {
    const out: Finding[] = [];
    const names = ctx.draft.names;
    for (let i = 0; i < names.length; i++) {
      const next = names[i + 1];
      if (next && next.sentence === names[i].sentence && checkJoiner(ctx, names[i], next, out)) {
        i++;
        continue;
      }
      checkMention(ctx, names[i], out);
    }
    return out;
  },
};
