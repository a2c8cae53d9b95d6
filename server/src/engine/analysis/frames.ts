// Frames: who does what in a clause, read the same way in a draft sentence and
// in corpus sentences, for the claim rules of analysis/claims.ts.
//
// A frame is a subject (named actors, "Canada and Türkiye", or a definite
// common noun, "the city"), its verb group (auxiliaries, modals, adverbs,
// negation), the main verb and what follows it up to the clause end (the
// object; its first noun phrase is the patient). Passives ("X was appointed
// by Y") give the patient as subject and the agent after "by". Parentheticals
// between subject and verb (", however,", ", the union leader,") are skipped;
// a relative clause right after the subject (", which had called for Z,") is a
// frame of that subject too ("the Board of Trade, which …" included).
// Only general English is used: auxiliaries, prepositions, stance verbs,
// event nouns, cancellation verbs.
//
// Rules built on frames (all compared against every retrieved sentence, not
// only the best-covering one, and silent when another retrieved sentence
// agrees with the draft). Stance, denied events and attendance are here; the
// deed given to another actor, roles swapped in a decision and the place-name
// tests are in actor-swap.ts; the swapped modifier in modifier-swap.ts:
//   - stance or negation reversed for the same actor and the same object:
//     "X has welcomed Z" where the corpus says "X rejected calls for Z"; the
//     stance of words inside the object composes ("rejected calls for Z" is
//     against Z, "rejected opposition to Z" is not);
//   - an event the corpus says never took place ("a phone call … that never
//     happened", "the talks were cancelled", "no meeting took place") that
//     the draft reports as held by the same actors;
//   - a deed given to another actor: the draft's (agent, verb, patient) has
//     the verb and patient of a corpus frame whose explicit agent is someone
//     else ("The city arranged taxis" where the corpus says the hospital did);
//     a draft passive with a named agent ("X was appointed by Y") against a
//     corpus frame with a named subject ("Z appointed X") counts on its own,
//     unless some corpus sentence gives the same deed to Y (a warning when
//     both agents are full names, information otherwise);
//   - one modifier swapped before the same head noun in an otherwise covered
//     sentence ("naval support" where the corpus says "air support"); with
//     other words missing too, the clauses around both must match; verbs
//     ("would provide", "aimed at establishing") and participles are no
//     modifiers or heads (in modifier-swap.ts, on these frames' terms);
//   - attendance reversed: "X is expected at the talks" where the corpus
//     says "X will not attend the summit" (attend, take part, be present,
//     expected/due at against skip, miss, boycott, stay away, negation); a
//     corpus descriptor ("the <place> leader") is the draft's actor when the
//     draft gives that actor the same head word and the article names the
//     actor within four sentences;
//   - a deed of another agent also counts with another patient when the
//     objects share two words and the corpus's agent stands in the draft's
//     object ("X arranged buses for staff at Y" where Y arranged car pools);
//     titles before a named agent are left out; "the mediator, X, was
//     appointed by Y": a comma before an auxiliary closes an apposition.
//
// Also: "refused/declined to X" is X negated ("refused to apologise" against
// "apologised"); "dropped/abandoned the demand" is a stance against what the
// subject's own relative clause pressed for ("X, which had pressed for Z, has
// dropped the demand"); a negation followed by "until" is a time, not a
// denial; reflexives ("X himself will attend") stand in the verb group; a
// stance participle before "by" is a passive ("was approved by Y"); a deed
// given to another actor is a warning when each agent stands in the other's
// sentence in another role ("approved by A on B's recommendation" where B
// approved on A's) or the draft or corpus has an explicit "not by" contrast;
// two one-word place-like agents (no corpus full name ends with them) are no
// swap unless the corpus shows them as distinct parties (`metonymy`).
// Roles swapped in a decision chain: "the decision to X was approved by A, on
// a recommendation from B" (or "at B's request") where a corpus frame gives
// the verb to B, A stands beside the advice verb within two sentences of it
// ("A recommended …"), and no corpus frame gives the verb to A (a warning).
// A capitalised parenthetical ending in a title after a possessive ("X, Acme's
// chief executive, apologised") is an apposition, not a list of names. A
// subject right after a shell noun ("It is an idea X has endorsed") is read
// with the object of the sentence before (its last frame's, or what follows
// its first stance, proposing or wanting word, to the clause end); such a
// borrowed object must share two words and half its weight with the corpus
// object, and a reversal on it is information. Attendance also matches a
// corpus descriptor ("the <place> leader will not attend") without the head
// word in the draft when the article names the draft's person (in full) in
// the four sentences before, not in the descriptor's own, and the corpus
// sentence holds most of the rest of the draft's clause (information).
//
// Objects and actors are read alike on both sides: a demonym before an
// ordinary noun stands for its country ("Chinese participation", "China's
// participation"; never in a title), objects of other countries differ;
// "this", "it", "the idea", "the plan" take the object of the clause or
// corpus sentence before; shell nouns ("the idea of Z") leave Z as the
// patient; "the <place> leader" in a corpus sentence is also the one person
// the nearby sentences name with that place; a denied event whose corpus
// sentence names only some of the draft's actors counts when no one else
// stands near the event noun.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import { DEMONYMS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_WORDS, STOPWORDS, wordList } from "../text/lexicon";
import { fold, stripPossessive, tokenize, type Token } from "../text/tokens";
import type { Span } from "../types";
import type { Claim, ClaimTerm } from "./claims";
import { clausesOf, termKey, termsOf } from "./claims";
import { capitalCountry, countryKeys, countryNames, demonymActor, demonymsOf } from "./nationality";
import { namesOfSentence, type NameMention } from "./names";

export const words = wordList;

// ---------------------------------------------------------------------------
// General-English word classes (built on first use: claims.ts and this module
// import each other, so nothing here may call `termKey` at load time).

export const BE = new Set(words(`is are was were be been being am`));
export const AUXILIARIES = new Set(words(`has have had having will would could might may should can shall must do does did`));
const POSSIBLE = new Set(words(`could might may should can`));
const NEGATIVE = new Set(words(`not never no cannot rarely seldom`));
export const PREPOSITIONS = new Set(words(`of to for with by from on in at about against between among toward towards into onto over
  under than like via per within without after before during since until behind through across upon as`));
export const DETERMINERS = new Set(words(`the a an its their his her our this that these those`));
/** Words that may stand right before a subject: conjunctions, "that", verbs of saying. */
const BEFORE_SUBJECT = new Set(words(`most many some several few all both and but while whereas although though that as when because so however meanwhile yet nor
  if once since after before until then also said says told added noted warned insisted argued stressed claimed believes
  believed thinks thought`));
export const TITLE_WORDS = new Set([...ROLE_WORDS, ...ROLE_HEADS, ...ROLE_MODIFIERS, ...DEMONYMS]);
const CLAUSE_WORDS = new Set(words(`while whereas but although though which who whom where because unless if whether`));
const PRONOUN_OR_ADVERB = /^(?:also|already|now|just|still|even|further|again|previously|recently|since|then|not|never|rarely|seldom|no|longer|ever|yet|only|too|so|instead|himself|herself|itself|themselves)$/;
const NOT_ADVERB = new Set(words(`family supply apply reply rally ally italy july assembly monopoly belly jelly bully early only`));
const isAdverb = (w: string) => PRONOUN_OR_ADVERB.test(w) || (/ly$/.test(w) && !NOT_ADVERB.has(w));
const IRREGULAR_PAST = new Set(words(`made took taken gave given sent held led built paid bought sold won lost chose chosen set put
  brought kept left met told found ran wrote written drew drawn struck spoke spoken began begun became grew grown rose risen
  fell fallen cut shut hit let spent sought fought caught taught thrown threw broke broken hired named`));
const isPast = (w: string) => /[a-z]{2}ed$/.test(w) || IRREGULAR_PAST.has(w);
export const isParticiple = (w: string) => isPast(w) || /[a-z]{2}en$/.test(w);
const ATTRIBUTION = new Set(words(`say says said saying tell tells told add adds added note notes noted explain explained
  warn warns warned claim claims claimed report reports reported announce announced`));
/** Verbs that, before "to" and a verb without stance, deny that verb: "refused to apologise". */
const REFUSE = /^(?:refuse|refuses|refused|refusing|decline|declines|declined|declining)$/;
const CONSIDER = new Set(words(`consider considers considering considered weigh weighs weighing mull mulls mulling explore exploring`));

let lexicon:
  | {
      stance: Map<string, number>;
      phrasalStance: Map<string, number>;
      reversers: Set<string>;
      events: Set<string>;
      cancel: Set<string>;
      happen: Set<string>;
      genericModifiers: Set<string>;
      roles: Set<string>;
      light: Set<string>;
    }
  | undefined;

export function lex() {
  if (lexicon) return lexicon;
  const keys = (s: string) => new Set(words(s).map(termKey));
  const stance = new Map<string, number>();
  for (const k of keys(`accept agree approve welcome support back favor favour endorse embrace willing ready eager keen insist
    allow permit praise demand urge advocate champion approval backing endorsement acceptance admit confess acknowledge`)) stance.set(k, 1);
  for (const k of keys(`reject refuse oppose resist reluctant unwilling decline deny veto criticize criticise condemn wary
    hesitant dismiss block forbid disapprove object dispute contest rejection refusal opposition resistance objection
    criticism drop dropped dropping abandon abandoned abandoning scrap scrapped shelve shelved`)) stance.set(k, -1);
  // "call for", "push for", "press for", "insist on", "argue for": consent to what follows.
  const phrasalStance = new Map<string, number>();
  for (const k of keys(`call calls called calling push pushed pushing press pressed pressing insist insisted insisting argue
    argued arguing lobby lobbied lobbying campaign campaigned campaigning`)) phrasalStance.set(k, 1);
  phrasalStance.set(termKey("warn"), -1);
  /** Words that turn what follows around: "calls to end Z" is against Z. */
  const reversers = keys(`end ended ending stop stopped halt halted abandon abandoned cancel cancelled canceled scrap scrapped
    withdraw withdrawal lift lifted remove removal drop dropped ban banned limit curb reduce cut against avoid prevent delay
    postpone suspend suspension`);
  const events = keys(`call meeting talks summit visit trip conversation interview vote ballot referendum ceremony conference
    session hearing debate negotiation dinner rally briefing`);
  const cancel = keys(`cancel cancelled canceled cancels cancelling scrap scrapped scraps abandon abandoned shelve shelved
    postpone postponed postpones`);
  const happen = keys(`happen happened happens take took taken place occur occurred materialize materialized materialise
    materialised go went held hold`);
  const genericModifiers = new Set(words(`new big large small major minor key main other further more additional extra full
    current former first last local senior top total overall whole entire possible potential future recent latest own
    various several many few certain specific particular general special initial final early late long short high low
    good bad great little same different similar real actual formal informal official public private direct immediate
    important significant serious strong weak wide broad clear open joint common single double next previous recent
    annual daily weekly monthly much less least best worst better worse`).map(termKey));
  const roles = new Set([...ROLE_WORDS].map(termKey));
  /** Light verbs say too little to tell one deed from another. */
  const light = keys(`make made take took taken give gave given have had get got do did go went come came put set keep kept
    hold held see saw seen find found show showed begin began start started continue continued become became use used
    believe believed think thought know knew hope hoped expect expected want wanted fear feared feel felt hear heard
    understand understood doubt doubted seem seemed appear appeared suggest suggested consider considered`);
  return (lexicon = { stance, phrasalStance, reversers, events, cancel, happen, genericModifiers, roles, light });
}

// ---------------------------------------------------------------------------
// Frames.

export interface Frame {
  /** Name keys of the subject ("Canada and Türkiye" -> two keys; each name's last word). */
  actors: string[];
  /** Keys of every word of the subject's names ("Ole Brandt" -> ole, brandt). */
  actorWords: string[];
  /** True when the name only qualifies the subject ("the Gallic leader", "Italy's government"). */
  qualified: boolean;
  /** Key of a definite common-noun subject's head ("the city" -> city), when no name. */
  noun?: string;
  subject: Span;
  verb: Token;
  verbKey: string;
  negated: boolean;
  /** A modal or "considering" in the verb group: a possibility, not a stance or a deed. */
  modal: boolean;
  /** +1 consent, -1 refusal, 0 none (negation applied). */
  stance: number;
  passive: boolean;
  /** The agent after "by" in a passive. */
  by?: { actors: string[]; noun?: string };
  /** Content terms after the verb up to the clause end. */
  object: ClaimTerm[];
  /** Keys of the object's first noun phrase (up to a preposition). */
  patient: string[];
  /** End of the clause. */
  end: number;
  /** The object is a pronoun ("insisting on this"): it stands for the previous frame's object. */
  anaphoric?: boolean;
  /** Countries that demonyms in the object stand for ("Chinese participation" -> china). */
  countries?: Array<{ key: string; start: number }>;  /** The object was taken from the sentence before ("It is an idea X has endorsed"). */
  borrowed?: boolean;
}

/** A draft frame whose object is a shell noun: the object of the sentence before (its last frame, or what follows its first stance or proposing word). */
function borrowObject(f: Frame, prev: { text: string; start: number; names: readonly NameMention[] }): Frame | undefined {
  const terms = termsOf(prev.text, prev.start, prev.names);
  const frames = framesOf(prev.text, prev.start, prev.names, terms);
  const last = frames[frames.length - 1];
  // The first stance or proposing word, read on the tokens (some are no content terms).
  const word = tokenize(prev.text, prev.start).find((t) => lex().stance.has(termKey(t.text)) || PROPOSE.has(t.text.toLowerCase()) || /^(?:wants?|wanted|needs?|needed)$/i.test(t.text));
  // Up to the clause end, as a frame's object is read.
  const stop = word ? BREAK.exec(prev.text.slice(word.end - prev.start)) : null;
  const until = word && stop ? word.end + stop.index : prev.start + prev.text.length;
  const object = last?.object.length ? last.object : word ? terms.filter((t) => t.start > word.end && t.end <= until && !t.role && !t.quoted) : [];
  if (!object.length) return undefined;
  const patient = last?.object.length ? last.patient : object.filter((t) => !t.name).slice(0, 3).map((t) => t.key);
  return { ...f, object, patient, countries: [...(last?.countries ?? []), ...(f.countries ?? [])], borrowed: true };
}

/** A sentence as frames read it. */
interface Parsed {
  text: string;
  offset: number;
  toks: Token[];
  lower: string[];
  quoted: boolean[];
  terms: ClaimTerm[];
}

function parse(text: string, offset: number, terms: ClaimTerm[]): Parsed {
  const toks = tokenize(text, offset);
  const ranges: Span[] = [];
  for (const m of text.matchAll(/["“”]([^"“”]*)["“”]/g)) ranges.push({ start: offset + m.index!, end: offset + m.index! + m[0].length });
  return {
    text,
    offset,
    toks,
    lower: toks.map((t) => fold(t.text)),
    quoted: toks.map((t) => ranges.some((r) => r.start <= t.start && t.end <= r.end)),
    terms,
  };
}

/** The text between tokens i-1 and i. */
function gapBefore(p: Parsed, i: number): string {
  if (i <= 0) return p.text.slice(0, p.toks[0] ? p.toks[0].start - p.offset : 0);
  return p.text.slice(p.toks[i - 1].end - p.offset, p.toks[i].start - p.offset);
}

const BREAK = /[,;:()\u2013\u2014"“”]|\s-{1,2}\s/;

/** The actor key of a name: its last word that is no role word. */
export function actorKey(n: NameMention): string | undefined {
  for (let i = n.tokens.length - 1; i >= 0; i--) {
    const w = fold(stripPossessive(n.tokens[i].text));
    if (!ROLE_WORDS.has(w) && !DEMONYMS.has(w)) return termKey(n.tokens[i].text);
  }
  return undefined;
}

/** Index of the first token at or after `pos`. */
function tokenAt(p: Parsed, pos: number): number {
  let i = 0;
  while (i < p.toks.length && p.toks[i].start < pos) i++;
  return i;
}

/**
 * Reads the verb group from token `i` on: skips a possessor's noun ("Italy's
 * government"), a parenthetical between commas, then auxiliaries, modals,
 * adverbs and negation; the first other word is the main verb.
 */
function predicate(p: Parsed, i: number, subject: Span, actors: string[], noun: string | undefined, possessive: boolean, actorWords: string[] = actors): Frame | undefined {
  const n = p.toks.length;
  let qualified = possessive;
  if (possessive) {
    let k = 0;
    while (i < n && k < 2 && /^\p{Ll}/u.test(p.toks[i].text) && !STOPWORDS.has(p.lower[i]) && !isPast(p.lower[i]) && !BREAK.test(gapBefore(p, i))) i++, k++;
    if (!k) return undefined;
  }
  // A parenthetical: ", however," ", the union leader," ", who leads the union,".
  // A comma right before an auxiliary closes an apposition ("The mediator, X, was appointed"): the verb group follows.
  const closesApposition = i < n && (BE.has(p.lower[i]) || AUXILIARIES.has(p.lower[i])) && /^\s*,\s*$/.test(gapBefore(p, i)) && !possessive;
  if (i < n && /^\s*,\s*$/.test(gapBefore(p, i)) && !closesApposition) {
    let j = i + 1;
    while (j < n && j - i <= 10 && !BREAK.test(gapBefore(p, j))) j++;
    // A capitalised parenthetical is an apposition only when it ends in a title word (", Acme's chief executive,").
    if (!/^\p{Ll}/u.test(p.toks[i].text) && !titleApposition(p, i, j)) return undefined;
    if (j < n && j - i <= 10 && /^\s*,\s*$/.test(gapBefore(p, j))) i = j;
    else return undefined;
  }
  // Nouns after a name that qualifies them ("Lindholm regional council has …"): up to two, before a verb group.
  const verbish = (k: number) => k < n && (BE.has(p.lower[k]) || AUXILIARIES.has(p.lower[k]) || NEGATIVE.has(p.lower[k]) || /n['’]t$/.test(p.lower[k]) || isPast(p.lower[k]));
  if (!possessive && !verbish(i) && !isAdverb(p.lower[i] ?? "")) {
    for (let k = 1; k <= 2; k++) {
      const run = p.toks.slice(i, i + k);
      if (run.length < k || run.some((t, x) => !/^\p{Ll}/u.test(t.text) || STOPWORDS.has(p.lower[i + x]) || BREAK.test(gapBefore(p, i + x)) || isPast(p.lower[i + x]) || lex().stance.has(termKey(t.text)))) break;
      if (verbish(i + k) && !BREAK.test(gapBefore(p, i + k))) {
        i += k;
        qualified = true;
        break;
      }
    }
  }
  const chain: string[] = [];
  let negated = false;
  let modal = false;
  let passive = false;
  for (; i < n; i++) {
    if (i > 0 && BREAK.test(gapBefore(p, i)) && chain.length) return undefined;
    if (p.quoted[i]) return undefined;
    const w = p.lower[i];
    if (/n['’]t$/.test(w)) {
      negated = true;
      if (BE.has(w.replace(/n['’]t$/, ""))) chain.push("be");
      continue;
    }
    if (w === "no" && p.lower[i + 1] === "longer") {
      negated = true;
      i++;
      continue;
    }
    if (NEGATIVE.has(w) && w !== "no") {
      negated = true;
      continue;
    }
    if (BE.has(w) || AUXILIARIES.has(w) || isAdverb(w) || (chain.length && /^(?:all|both|each)$/.test(w))) {
      if (POSSIBLE.has(w)) modal = true;
      chain.push(w);
      continue;
    }
    // "fail to X" negates X; "refuse to X" keeps its own stance (composed below).
    if (/^fail(?:s|ed|ing)?$/.test(w) && p.lower[i + 1] === "to") {
      negated = true;
      i++;
      continue;
    }
    break;
  }
  // "will be in Oslo for the talks", "was at the hearing": "be" is the verb, where it is.
  const beAt = i < n && chain.length > 0 && BE.has(p.lower[i - 1]) && /^(?:in|at)$/.test(p.lower[i]);
  if (beAt) i--;
  else if (i >= n || !/^\p{Ll}/u.test(p.toks[i].text) || STOPWORDS.has(p.lower[i]) || p.quoted[i]) return undefined;
  const L = lex();
  let verb = p.toks[i];
  let verbKey = termKey(verb.text);
  if (ATTRIBUTION.has(p.lower[i])) return undefined;
  if (CONSIDER.has(p.lower[i])) modal = true;
  if (chain.includes("would") && !negated) modal = true;
  // "X is expected at the talks", "X is due to attend": a schedule, not a passive.
  const scheduled = /^(?:expected|due|scheduled|slated)$/.test(p.lower[i]) && /^(?:at|in|to)$/.test(p.lower[i + 1] ?? "");
  if (chain.some((w) => BE.has(w) || w === "be") && isParticiple(p.lower[i]) && (!L.stance.has(verbKey) || p.lower[i + 1] === "by") && !scheduled) passive = true;
  let stance = L.stance.get(verbKey) ?? 0;
  let j = i + 1;
  if (!stance && L.phrasalStance.has(verbKey) && /^(?:for|on)$/.test(p.lower[j] ?? "")) {
    stance = L.phrasalStance.get(verbKey)!;
    j++;
  }
  // "refused to accept", "agreed to oppose", "wants to join": the infinitive.
  if (p.lower[j] === "to" && j + 1 < n && /^\p{Ll}/u.test(p.toks[j + 1].text) && !STOPWORDS.has(p.lower[j + 1]) && !DETERMINERS.has(p.lower[j + 1])) {
    const inner = L.stance.get(termKey(p.toks[j + 1].text)) ?? 0;
    if (stance && inner) stance *= inner;
    else if (!stance && inner) stance = inner;
    else if (stance < 0 && !inner && REFUSE.test(p.lower[i])) {
      // "refused to apologise" denies the apology: the inner verb, negated.
      negated = !negated;
      stance = 0;
    }
    if (!stance) (verb = p.toks[j + 1]), (verbKey = termKey(verb.text));
    j += 2;
  }
  // "does not open until May": a time, not a denial.
  if (negated) for (let k = i + 1; k < n && !BREAK.test(gapBefore(p, k)) && !CLAUSE_WORDS.has(p.lower[k]); k++) if (p.lower[k] === "until" || p.lower[k] === "till") negated = false;
  if (negated) stance = -stance;
  const anaphoric = anaphorAt(p, /^(?:on|for|to|with|about)$/.test(p.lower[j] ?? "") ? j + 1 : j);
  // The object: to the clause end.
  let end = j;
  while (end < n && !BREAK.test(gapBefore(p, end)) && !CLAUSE_WORDS.has(p.lower[end])) end++;
  const endPos = end < n ? p.toks[end].start : p.offset + p.text.length;
  const from = j < n ? p.toks[j].start : endPos;
  const object = p.terms.filter((t) => t.start >= from && t.end <= endPos && !t.quoted);
  const countries = object.flatMap((t) => demonymActor(p.terms, p.terms.indexOf(t), p.text, p.offset).map((key) => ({ key, start: t.start })));
  let by: Frame["by"];
  let objectEnd = endPos;
  if (passive) {
    const b = p.lower.slice(j, end).indexOf("by");
    if (b >= 0) {
      const at = p.toks[j + b].end;
      let stop = j + b + 1;
      while (stop < end && !(PREPOSITIONS.has(p.lower[stop]) && p.lower[stop] !== "of")) stop++;
      const stopPos = stop < n ? p.toks[stop].start : endPos;
      const agent = p.terms.filter((t) => t.start >= at && t.end <= stopPos && !t.role);
      const named = agent.filter((t) => t.name).map((t) => t.key);
      const noun = !named.length && agent.length ? agent[agent.length - 1].key : undefined;
      by = { actors: named, noun };
      objectEnd = p.toks[j + b].start;
    }
  }
  // The patient: the object's first noun phrase.
  let pe = j;
  while (pe < end && !PREPOSITIONS.has(p.lower[pe])) pe++;
  // "the idea of Z": the patient is Z.
  let ps = from;
  if (pe > j && pe + 1 < end && p.lower[pe] === "of" && p.lower.slice(j, pe).every((w) => DETERMINERS.has(w) || w === "a" || w === "an" || SHELL.test(w))) {
    ps = p.toks[pe + 1].start;
    pe++;
    while (pe < end && !PREPOSITIONS.has(p.lower[pe])) pe++;
  }
  const peEnd = Math.min(pe < n ? p.toks[pe].start : endPos, objectEnd);
  const patient = passive ? [...actors, ...(noun ? [noun] : [])] : p.terms.filter((t) => t.start >= ps && t.end <= peEnd && !t.role).map((t) => t.key);
  return { actors: passive ? [] : actors, actorWords: passive ? [] : actorWords, qualified, noun: passive ? undefined : noun, subject, verb, verbKey, negated, modal, stance, passive, by, object, patient, end: endPos, anaphoric, countries };
}

/** A name followed by "'s" and title words up to a comma: ", Acme's chief executive,". */
function possessiveTitle(text: string, offset: number, n: NameMention): boolean {
  const m = /^['’]s?((?:\s+[\p{L}-]+){1,3})\s*,/u.exec(text.slice(n.end - offset));
  if (!m) return false;
  const ws = m[1].trim().split(/\s+/);
  return isRole(termKey(ws[ws.length - 1])) && ws.every((w) => TITLE_WORDS.has(fold(w)) || /^\p{Ll}/u.test(w));
}

/** A capitalised parenthetical from token i to j that ends in a title word after a possessive (", Acme's chief executive,"). */
function titleApposition(p: Parsed, i: number, j: number): boolean {
  if (j - i < 2 || j - i > 6 || !TITLE_WORDS.has(p.lower[j - 1]) || !isRole(termKey(p.toks[j - 1].text))) return false;
  return p.toks.slice(i, j - 1).some((t) => /['’]s?$/.test(t.text) || /^['’]/.test(p.text.slice(t.end - p.offset)));
}

/**
 * A relative clause right after a subject, between commas: ", which had called
 * for Z," or ", who opposed Z,". Its verb group and object are the subject's.
 */
function relativeFrame(p: Parsed, i: number, subject: Span, actors: string[], noun: string | undefined, actorWords: string[] = actors): Frame | undefined {
  if (i >= p.toks.length - 1 || !/^\s*,\s*$/.test(gapBefore(p, i)) || !/^(?:which|who)$/.test(p.lower[i]) || p.quoted[i]) return undefined;
  const f = predicate(p, i + 1, subject, actors, noun, false, actorWords);
  return f && !f.passive && !f.qualified ? f : undefined;
}

/** Verbs that put forward what "the idea" or "the plan" of the next sentence is. */
const PROPOSE = new Set(words(`want wants wanted propose proposes proposed suggest suggests suggested seek seeks sought
  float floats floated call calls called push pushes pushed press pressed`));

/** Words that stand for something said before: pronouns and "the idea", "the plan". */
const ANAPHOR = /^(?:this|that|it|these|those|idea|plan|proposal|suggestion|notion|move|scheme|initiative|demand|request|insistence)$/i;

/**
 * True when the object from token `o` on only points back: "this", "it", or
 * "the idea" / "such a plan" with nothing after the noun that says which
 * ("the idea of a tender" names its own content).
 */
function anaphorAt(p: Parsed, o: number): boolean {
  const w = p.lower[o] ?? "";
  if (/^(?:this|that|it|these|those|so)$/.test(w)) return true;
  let k = o;
  if (/^(?:the|this|that|such)$/.test(p.lower[k] ?? "")) k++;
  if (p.lower[k] === "a" && p.lower[k - 1] === "such") k++;
  if (k === o || !ANAPHOR.test(p.lower[k] ?? "") || /^(?:this|that|it|these|those)$/.test(p.lower[k])) return false;
  const next = k + 1;
  if (next >= p.toks.length || BREAK.test(gapBefore(p, next)) || CLAUSE_WORDS.has(p.lower[next]) || /^(?:and|but|or)$/.test(p.lower[next])) return true;
  return PREPOSITIONS.has(p.lower[next]) && !/^(?:of|to|for|that|about|on|from|by|with)$/.test(p.lower[next]);
}

/** The frames of a sentence: named subjects and definite common-noun subjects. */
export function framesOf(text: string, offset: number, names: readonly NameMention[], terms: ClaimTerm[]): Frame[] {
  const p = parse(text, offset, terms);
  const out: Frame[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const used = new Set<NameMention>();
  // Named subjects, coordinated names joined.
  for (let k = 0; k < sorted.length; k++) {
    const first = sorted[k];
    if (used.has(first)) continue;
    const list = [first];
    while (
      k + 1 < sorted.length &&
      /^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/i.test(text.slice(list[list.length - 1].end - offset, (sorted[k + 1].prefix[0]?.start ?? sorted[k + 1].start) - offset)) &&
      // "X, Acme's chief executive, …": an apposition, no list.
      !(/^\s*,\s*$/.test(text.slice(list[list.length - 1].end - offset, sorted[k + 1].start - offset)) && possessiveTitle(text, offset, sorted[k + 1]))
    ) {
      list.push(sorted[++k]);
    }
    for (const n of list) used.add(n);
    // Role words before the name ("Council leader Aurelio Sandqvist") belong to the subject.
    let i0 = tokenAt(p, first.prefix[0]?.start ?? first.start);
    // Title words before it, capitalised or not ("Council leader", "the harbour director").
    while (i0 > 0 && !BREAK.test(gapBefore(p, i0)) && (TITLE_WORDS.has(p.lower[i0 - 1]) || /^\p{Lu}/u.test(p.toks[i0 - 1].text))) i0--;
    if (i0 > 0 && p.lower[i0 - 1] === "the" && !BREAK.test(gapBefore(p, i0))) i0--;
    // "the Chamber of Commerce, which had called for Z,": a name joined by "of" to the name before it.
    const whole = k > 0 && list.length === 1 ? sorted[k - 1] : undefined;
    if (whole && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(whole.end - offset, (first.prefix[0]?.start ?? first.start) - offset))) {
      const both = [whole, first];
      const keys = both.map(actorKey).filter((x): x is string => !!x);
      const r = keys.length ? relativeFrame(p, tokenAt(p, first.end), { start: whole.start, end: first.end }, keys, undefined, both.flatMap((n) => n.tokens.map((t) => termKey(t.text)))) : undefined;
      if (r) out.push(r);
      continue;
    }
    // "It is an idea X has endorsed": a subject right after a shell noun (or "that"/"which" after one) whose verb has no object.
    const shellNoun = (k: number) => k >= 0 && ANAPHOR.test(p.lower[k]) && !/^(?:this|that|it|these|those)$/.test(p.lower[k]);
    const afterShell = i0 > 0 && !BREAK.test(gapBefore(p, i0)) && (shellNoun(i0 - 1) || (/^(?:that|which)$/.test(p.lower[i0 - 1]) && shellNoun(i0 - 2)));
    if (i0 > 0 && !BREAK.test(gapBefore(p, i0)) && !BEFORE_SUBJECT.has(p.lower[i0 - 1]) && !afterShell) continue;
    const last = list[list.length - 1];
    // The first token after the name (its possessive ending belongs to the name's token).
    const i = tokenAt(p, last.end);
    const possessive = /^['’]/.test(text.slice(last.end - offset));
    const actors = list.map(actorKey).filter((x): x is string => !!x);
    if (!actors.length) continue;
    const actorWords = list.flatMap((n) => n.tokens.map((t) => termKey(t.text)));
    const f = predicate(p, i, { start: first.start, end: last.end }, actors, undefined, possessive, actorWords);
    if (f && afterShell) {
      // Its object is the shell noun's: what the sentence before put forward.
      if (!f.object.length && !f.passive && f.stance) out.push({ ...f, anaphoric: true });
      continue;
    }
    if (f) out.push(f);
    // "X, which had called for Z, …": the relative clause is X's too.
    // The rest of the name's phrase first: "Board of Trade", where "Trade" is no name of its own.
    let ri = i;
    if (p.lower[ri] === "of" && !BREAK.test(gapBefore(p, ri))) {
      let k = ri + 1;
      if (p.lower[k] === "the" && !BREAK.test(gapBefore(p, k))) k++;
      const from = k;
      while (k < p.toks.length && k - from < 3 && /^\p{Lu}/u.test(p.toks[k].text) && !BREAK.test(gapBefore(p, k))) k++;
      if (k > from) ri = k;
    }
    const r = possessive ? undefined : relativeFrame(p, ri, { start: first.start, end: ri > i ? p.toks[ri - 1].end : last.end }, actors, undefined, actorWords);
    if (r) out.push(r);
  }
  // Definite common-noun subjects at a clause start: "The city arranged …".
  for (let d = 0; d < p.toks.length; d++) {
    if (!/^(?:the|its|their)$/.test(p.lower[d]) || p.quoted[d]) continue;
    const atStart = d === 0 || BREAK.test(gapBefore(p, d)) || BEFORE_SUBJECT.has(p.lower[d - 1]);
    if (!atStart) continue;
    for (let k = d + 1; k <= d + 3 && k < p.toks.length - 1; k++) {
      const w = p.lower[k];
      if (!/^\p{Ll}/u.test(p.toks[k].text) || STOPWORDS.has(w) || BREAK.test(gapBefore(p, k))) break;
      const next = p.lower[k + 1];
      // "The chamber, which had called for Z, …"
      const headTerm = p.terms.find((t) => t.start === p.toks[k].start);
      const rel = headTerm && !headTerm.role ? relativeFrame(p, k + 1, { start: p.toks[d].start, end: p.toks[k].end }, [], headTerm.key) : undefined;
      if (rel) {
        out.push(rel);
        break;
      }
      const verbish = BE.has(next) || AUXILIARIES.has(next) || NEGATIVE.has(next) || isPast(next) || /n['’]t$/.test(next);
      if (!verbish || BREAK.test(gapBefore(p, k + 1))) continue;
      const head = p.terms.find((t) => t.start === p.toks[k].start);
      if (!head || head.role) break;
      const f = predicate(p, k + 1, { start: p.toks[d].start, end: p.toks[k].end }, [], head.key, false);
      if (f && (f.passive || isPast(fold(f.verb.text)) || f.negated || f.stance)) out.push(f);
      break;
    }
  }
  // "Italy, however, has been insisting on this": the object of the frame before.
  out.sort((a, b) => a.subject.start - b.subject.start);
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    if (!f.anaphoric || f.object.some((t) => !lex().stance.has(t.key) && !t.role && t.start < f.end && /^\p{Ll}/u.test(t.text) && !ANAPHOR.test(t.text) && t.start <= f.verb.end + 12)) continue;
    // The subject's own relative clause: "X, which had pressed for Z, has dropped the demand".
    const rel = out.find((g) => g !== f && g.subject.start === f.subject.start && !g.anaphoric && g.object.length && g.verb.start < f.verb.start);
    // The first frame: what an earlier clause without a frame put forward ("Towns want Z, but X opposed the idea").
    const before = k > 0 || rel ? undefined : p.terms.filter((t) => t.end <= f.subject.start);
    const at = before ? before.findIndex((t) => lex().stance.has(t.key) || PROPOSE.has(t.text.toLowerCase())) : -1;
    const src = rel ?? (k > 0 ? out[k - 1] : at >= 0 ? { object: before!.slice(at + 1).filter((t) => !t.role && !t.quoted && !t.name), countries: [] } : undefined);
    if (!src || !src.object.length) continue;
    const patient = "patient" in src ? src.patient : src.object.slice(0, 3).map((t) => t.key);
    out[k] = { ...f, object: [...src.object, ...f.object.filter((t) => !ANAPHOR.test(t.text))], patient, countries: [...(src.countries ?? []), ...(f.countries ?? [])] };
  }
  return out;
}

const corpusFrames = new WeakMap<IndexedSentence, { frames: Frame[]; text: string; start: number; names: NameMention[]; terms: ClaimTerm[] }>();

/**
 * The person a descriptor subject stands for: "the Ottawa leader", "Chile's
 * president", a name qualifying a role word. The two sentences before it
 * that also mention the qualifying name, and its own sentence before it,
 * must name exactly one person (a name of two words or more, not the
 * qualifier): that person.
 */
function descriptorPerson(kb: Knowledge, s: IndexedSentence, f: Frame, text: string, offset: number): { key: string; words: string[] } | undefined {
  if (!f.qualified || f.actors.length !== 1 || f.passive) return undefined;
  const head = text.slice(f.subject.end - offset, f.verb.start - offset).toLowerCase().split(/[^\p{L}]+/u);
  if (!head.some((w) => /^(?:leader|president|chief|premier|chancellor|minister|head|boss|ruler|king|queen|monarch|mayor|governor)$/.test(w))) return undefined;
  const place = f.actors[0];
  const a = kb.articles[s.article];
  const found = new Map<string, string[]>();
  for (let i = Math.max(0, s.sentence - 2); i <= s.sentence; i++) {
    const ev = kb.index.at(s.article, i);
    if (!ev || !ev.terms.has(place)) continue;
    for (const n of a.names) {
      // In the descriptor's own sentence only names before it: one after it is someone else ("… with Y").
      if (n.sentence !== i || n.tokens.length < 2 || (i === s.sentence && n.end > f.subject.start)) continue;
      const words = n.tokens.map((t) => termKey(t.text));
      const key = actorKey(n);
      if (!key || words.includes(place)) continue;
      found.set(key, words);
    }
  }
  if (found.size !== 1) return undefined;
  const [[key, words]] = [...found];
  return { key, words };
}

/** Frames of a corpus sentence, computed once. */
export function evidenceFrames(kb: Knowledge, s: IndexedSentence) {
  let e = corpusFrames.get(s);
  if (!e) {
    const a = kb.articles[s.article];
    const sen = a.sentences[s.sentence];
    const names = namesOfSentence(a.names, s.sentence);
    const terms = termsOf(sen.text, sen.start, names);
    const frames = framesOf(sen.text, sen.start, names, terms);
    // A sentence that opens on "X … insisting on this" refers to the sentence before.
    const f = frames[0];
    const prev = f?.anaphoric && !f.object.some((t) => t.start <= f.verb.end + 12 && !ANAPHOR.test(t.text)) ? kb.index.at(s.article, s.sentence - 1) : undefined;
    if (prev) {
      // The last frame's object there, else what follows its first stance word ("are reluctant to fund …").
      const b = evidenceFrames(kb, prev);
      const last = b.frames[b.frames.length - 1];
      const at = b.terms.findIndex((t) => lex().stance.has(t.key) || PROPOSE.has(t.text.toLowerCase()));
      const object = last ? last.object : at >= 0 ? b.terms.slice(at + 1).filter((t) => !t.role && !t.quoted) : [];
      const patient = last ? last.patient : object.filter((t) => !t.name).slice(0, 3).map((t) => t.key);
      if (object.length) frames[0] = { ...f, object: [...object, ...f.object.filter((t) => !ANAPHOR.test(t.text))], patient, countries: [...(last?.countries ?? []), ...(f.countries ?? [])] };
    }
    // "The <place> leader …": the person nearby sentences name with that place.
    for (let k = 0; k < frames.length; k++) {
      const who = descriptorPerson(kb, s, frames[k], sen.text, sen.start);
      if (who) frames[k] = { ...frames[k], actors: [...frames[k].actors, who.key], actorWords: [...frames[k].actorWords, ...who.words] };
    }
    e = { frames, text: sen.text, start: sen.start, names, terms };
    corpusFrames.set(s, e);
  }
  return e;
}

// ---------------------------------------------------------------------------
// Rules.

export interface FrameFinding {
  verdict: "reversed" | "swapped" | "changed";
  reason: string;
  focus: Span;
  severity: "warning" | "information" | "hint";
  /** The corpus sentence that decides it. */
  evidence: IndexedSentence;
}

type Idf = (key: string) => number;

/** Sign of the object's own words before `until`: a reverser, a negation or a stance word each turn it. */
function objectSign(f: Frame, until: number, text: string, offset: number): number {
  const L = lex();
  let sign = 1;
  for (const t of f.object) {
    if (t.start >= until) break;
    if (L.reversers.has(t.key)) sign = -sign;
    else if (L.stance.has(t.key)) sign *= L.stance.get(t.key)!;
  }
  // "want diesel barges banned": a participle right after the object's noun phrase turns it as a word before it would.
  const after = f.object.find((t) => t.start >= until && /ed$/i.test(t.text) && (L.reversers.has(t.key) || L.stance.has(t.key)));
  if (after && !/[,;:]|\b(?:of|on|in|for|from|to|with|by|at|along|that|which|who)\b/i.test(text.slice(Math.max(0, until - offset), after.start - offset))) {
    if (L.reversers.has(after.key)) sign = -sign;
    else sign *= L.stance.get(after.key)!;
  }
  const from = f.verb.end - offset;
  const span = text.slice(Math.max(0, from), Math.max(0, until - offset));
  if (/\b(?:not|no|never|without)\b|n['’]t\b/i.test(span)) sign = -sign;
  return sign;
}

/** Countries in a frame's object: named ("Sweden's") or by demonym ("Swedish"). */
function objectCountries(f: Frame): Set<string> {
  const out = new Set((f.countries ?? []).map((c) => c.key));
  for (const t of f.object) if (t.name && demonymsOf(t.key).length) out.add(t.key);
  return out;
}

const SHELL = /^(?:idea|ideas|notion|prospect|possibility|concept)$/i;

/** The object keys two frames share, with their weight against the draft object's. */
function sharedObject(a: Frame, b: Frame, idf: Idf): { keys: string[]; share: number; first: Map<Frame, number> } {
  const L = lex();
  // Shell nouns say nothing of their own: "the idea of Z" is about Z.
  const skip = (t: ClaimTerm) => L.stance.has(t.key) || L.reversers.has(t.key) || t.role || SHELL.test(t.text);
  const mine = new Map<string, { start: number }>();
  for (const t of a.object) if (!skip(t) && !a.actors.includes(t.key) && !mine.has(t.key)) mine.set(t.key, t);
  const theirs = new Map<string, { start: number }>();
  for (const t of b.object) if (!skip(t) && !theirs.has(t.key)) theirs.set(t.key, t);
  // A demonym and its country meet ("Chinese participation", "China's participation").
  for (const c of a.countries ?? []) if (!a.actors.includes(c.key) && !mine.has(c.key)) mine.set(c.key, c);
  for (const c of b.countries ?? []) if (!theirs.has(c.key)) theirs.set(c.key, c);
  let total = 0;
  let shared = 0;
  const keys: string[] = [];
  for (const [k] of mine) {
    const w = idf(k);
    total += w;
    if (theirs.has(k)) (shared += w), keys.push(k);
  }
  const first = new Map<Frame, number>();
  if (keys.length) {
    first.set(a, Math.min(...keys.map((k) => mine.get(k)!.start)));
    first.set(b, Math.min(...keys.map((k) => theirs.get(k)!.start)));
  }
  return { keys, share: total ? shared / total : 0, first };
}

/**
 * True when the draft sentence before a pointing-back object (its content keys, `mine`) and the corpus
 * sentence before `ev` tell the same thing: three keys or more in common, a third of the draft sentence's
 * weight or more.
 */
function sameReferent(kb: Knowledge, ev: IndexedSentence, mine: readonly string[], idf: Idf): boolean {
  const before = kb.index.at(ev.article, ev.sentence - 1);
  if (!before) return false;
  const shared = mine.filter((k) => before.terms.has(k));
  const weight = (ks: readonly string[]) => ks.reduce((x, k) => x + idf(k), 0);
  return shared.length >= 3 && weight(shared) >= weight(mine) / 3;
}

/** A corpus frame whose object points back, with the object of the corpus sentence before it. */
function corpusBorrowed(kb: Knowledge, ev: IndexedSentence, cf: Frame): Frame | undefined {
  const before = kb.index.at(ev.article, ev.sentence - 1);
  if (!before) return undefined;
  const b = evidenceFrames(kb, before);
  return borrowObject({ ...cf, object: cf.object.filter((t) => !ANAPHOR.test(t.text)) }, { text: b.text, start: b.start, names: b.names });
}

/**
 * The same actor's stance or negation reversed, for the same object, in any
 * of the retrieved sentences; quiet when one of them agrees with the draft.
 */
export function frameFlip(
  kb: Knowledge,
  claim: Claim,
  draftNames: readonly NameMention[],
  pool: readonly IndexedSentence[],
  prev?: { text: string; start: number; names: readonly NameMention[] },
): FrameFinding | undefined {
  const s = claim.sentence;
  const idf: Idf = (k) => kb.index.idf(k);
  const mine = framesOf(s.text, s.start, draftNames, claim.all)
    .filter((f) => f.actors.length && !f.modal && !f.passive)
    // An object that only points back is read from the sentence before; kept as it is when nothing can be read there.
    .map((f) => (f.anaphoric && f.object.every((t) => ANAPHOR.test(t.text)) && prev ? borrowObject(f, prev) ?? { ...f, object: [], patient: [] } : f));
  // The content keys of the sentence before, read once for every frame that points back to it.
  let prevKeys: string[] | undefined;
  for (const df of mine) {
    const candidates: Array<{ cf: Frame; ev: IndexedSentence; text: string; start: number; keys: string[]; share: number }> = [];
    let agree = false;
    // The draft sentence before, when the frame's object only points back to it.
    const anaphoricDraft = df.anaphoric && prev && (df.borrowed || !df.object.length)
      ? (prevKeys ??= [...new Set(termsOf(prev.text, prev.start, prev.names).filter((t) => !t.quoted && !t.role).map((t) => t.key))])
      : undefined;
    let pointedBack: { cf: Frame; ev: IndexedSentence; text: string; start: number } | undefined;
    for (const ev of pool) {
      const e = evidenceFrames(kb, ev);
      for (const frame of e.frames) {
        if (frame.modal || frame.passive || !sameActor(df, frame)) continue;
        // Both objects point back ("X has backed that request" / "X opposes the idea"): the corpus's too is
        // read from the sentence before it.
        // Both point back, each to the sentence before it: the same referent when those two sentences share
        // enough ("… flood barriers … 3 metres above the river. X backed that request" / "… X opposes the idea").
        if (anaphoricDraft && frame.anaphoric && df.stance && frame.stance && !df.negated && !frame.negated && sameReferent(kb, ev, anaphoricDraft, idf)) {
          if (Math.sign(df.stance) === Math.sign(frame.stance)) agree = true;
          else pointedBack ??= { cf: frame, ev, text: e.text, start: e.start };
          continue;
        }
        const cf = df.borrowed && frame.anaphoric ? corpusBorrowed(kb, ev, frame) ?? frame : frame;
        const sameVerb = cf.verbKey === df.verbKey;
        if (!(df.stance && cf.stance) && !sameVerb) continue;
        // "Danish participation" is not "Sweden's participation": other countries, another object.
        const dc = objectCountries(df);
        const cc = objectCountries(cf);
        if (dc.size && cc.size && ![...dc].some((k) => cc.has(k))) continue;
        const { keys, share, first } = sharedObject(df, cf, idf);
        if (!keys.length || share < 0.5 || !keys.some((k) => idf(k) >= 0.4 * idf(""))) continue;
        // The draft's patient ("Z" in "welcomed Z") must be what the corpus frame is about.
        const theirObject = new Set([...cf.object.map((t) => t.key), ...(cf.countries ?? []).map((c) => c.key)]);
        // An object borrowed from the sentence before is paraphrased more freely: most of its first words will do.
        const patient = df.patient.filter((k) => !lex().stance.has(k) && !lex().reversers.has(k));
        const met = patient.filter((k) => theirObject.has(k)).length;
        if (df.borrowed ? met < Math.min(2, patient.length) || share < 0.5 || keys.length < 2 : met < patient.length) continue;
        const a = (df.stance && cf.stance ? Math.sign(df.stance) : df.negated ? -1 : 1) * objectSign(df, first.get(df)!, s.text, s.start);
        const b = (df.stance && cf.stance ? Math.sign(cf.stance) : cf.negated ? -1 : 1) * objectSign(cf, first.get(cf)!, e.text, e.start);
        if (a === b) agree = true;
        else candidates.push({ cf, ev, text: e.text, start: e.start, keys, share });
      }
    }
    if (!agree && !candidates.length && pointedBack) {
      const p = pointedBack;
      const theirWords = p.text.slice(p.cf.verb.start - p.start, p.cf.verb.end - p.start);
      return {
        verdict: "reversed",
        reason: `the corpus says "${clip(p.text.slice(p.cf.subject.start - p.start, p.cf.subject.end - p.start), 40)} … ${theirWords}" of the same proposal, where the draft says "${df.verb.text}"`,
        focus: { start: df.subject.start, end: df.end },
        // Both objects are read from the sentences before: a reading, shown as a note.
        severity: "information",
        evidence: p.ev,
      };
    }
    if (agree || !candidates.length) continue;
    const best = candidates.sort((x, y) => y.keys.length - x.keys.length || y.share - x.share)[0];
    const theirWords = best.text.slice(best.cf.verb.start - best.start, best.cf.verb.end - best.start);
    const theirs = `${best.cf.negated ? "not " : ""}${theirWords}`;
    const ours = `${df.negated ? "not " : ""}${df.verb.text}`;
    return {
      verdict: "reversed",
      reason: `the corpus says "${clip(best.text.slice(best.cf.subject.start - best.start, best.cf.subject.end - best.start), 40)} … ${theirs}" where the draft says "${ours}"`,
      focus: { start: df.subject.start, end: df.end },
      // An object taken from the sentence before is a reading, not a quotation: shown, not asserted.
      severity: !df.borrowed && (best.keys.length >= 2 || best.share >= 0.75) ? "warning" : "information",
      evidence: best.ev,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Attendance: "X is expected at the talks" where the corpus says "X will not attend the summit".

const ATTEND = new Set(words(`attend attends attended attending participate participates participated participating present`));
const ABSENT = new Set(words(`skip skips skipped skipping miss misses missed missing boycott boycotts boycotted boycotting absent`));

/** +1 when a frame says its actor attends an event, -1 when it says the actor stays away, 0 when it says neither. */
function attendance(f: Frame, text: string, offset: number): number {
  const v = fold(f.verb.text);
  const after = text.slice(f.verb.end - offset, f.end - offset).toLowerCase();
  let sign = 0;
  if (ATTEND.has(v) && (v !== "present" || /^\s+(?:at|in)\b/.test(after))) sign = 1;
  else if (/^(?:expected|due|scheduled|slated)$/.test(v) && /^\s+(?:at|in)\b/.test(after)) sign = 1;
  // "will be in Oslo for the talks", "was at the hearing": present at what the object names (an event noun is asked for below).
  else if (/^(?:be|is|are|was|were|been)$/.test(v) && /^\s+(?:at|in)\b/.test(after)) sign = 1;
  else if (/^(?:take|takes|took|taken|taking)$/.test(v) && /^\s+part\b/.test(after)) sign = 1;
  else if (/^(?:stay|stays|stayed|staying|keep|keeps|kept)$/.test(v) && /^\s+away\b/.test(after)) sign = -1;
  else if (ABSENT.has(v)) sign = -1;
  return f.negated ? -sign : sign;
}

/** Event nouns and place names in a frame's object: what is attended. */
function attended(f: Frame): { event: boolean; places: Set<string> } {
  const L = lex();
  return { event: f.object.some((t) => L.events.has(t.key) && t.key !== termKey("call") && !t.name), places: new Set(f.object.filter((t) => t.name && !t.role).map((t) => t.key)) };
}

const DESCRIPTOR_HEAD = /^(?:leader|president|chief|premier|chancellor|minister|head|boss|ruler|king|queen|monarch|mayor|governor)$/;

/**
 * A corpus descriptor subject ("the <place> leader") stands for the draft's
 * actor when the draft gives that actor the same head word ("<nationality>
 * leader X") and the same article names the actor within four sentences.
 */
function sameDescriptor(kb: Knowledge, ev: IndexedSentence, cf: Frame, text: string, offset: number, df: Frame, draftText: string, draftOffset: number): boolean {
  if (!cf.qualified || cf.actors.length !== 1) return false;
  const head = text.slice(cf.subject.end - offset, cf.verb.start - offset).toLowerCase().split(/[^\p{L}]+/u).find((w) => DESCRIPTOR_HEAD.test(w));
  if (!head) return false;
  const before = draftText.slice(Math.max(0, df.subject.start - draftOffset - 40), df.subject.start - draftOffset).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-3);
  // The same head word, or another head-of-state title ("President X" for "the <place> leader").
  if (!before.includes(head) && !(/^(?:leader|president|premier|chancellor|ruler)$/.test(head) && before.some((w) => /^(?:leader|president|premier|chancellor|ruler)$/.test(w)))) return false;
  // "Norwegian Prime Minister X" is not "the Lisbon leader": the draft's nationality and the descriptor's place name two countries.
  const countries = (w: string) => [...countryKeys(w), ...capitalCountry(w), ...countryNames(termKey(w))];
  const theirs = text.slice(cf.subject.start - offset, cf.subject.end - offset).split(/[^\p{L}]+/u).filter(Boolean).flatMap(countries);
  const ours = before.flatMap(countries);
  if (theirs.length && ours.length && !ours.some((c) => theirs.includes(c))) return false;
  for (let k = ev.sentence - 4; k <= ev.sentence + 4; k++) {
    const near = k === ev.sentence ? undefined : kb.index.at(ev.article, k);
    if (near && df.actorWords.some((a) => !isRole(a) && near.terms.has(a))) return true;
  }
  return false;
}

/**
 * A looser reading of a corpus descriptor ("the <place> leader will not
 * attend"): the draft does not give its actor the head word, but names the
 * actor in full, the corpus article names that actor in one of the four
 * sentences before the descriptor's (and not in its own), and the corpus sentence holds most of
 * the rest of the draft's clause (the event, its place, who else attends).
 */
function looseDescriptor(kb: Knowledge, ev: IndexedSentence, cf: Frame, text: string, offset: number, df: Frame, claim: Claim): boolean {
  if (!cf.qualified || cf.actors.length !== 1 || df.actors.length !== 1) return false;
  const own = df.actorWords.filter((a) => !isRole(a));
  // Named in the descriptor's own sentence, the actor is someone else than the descriptor.
  if (own.length < 2 || own.some((a) => ev.terms.has(a))) return false;
  const head = text.slice(cf.subject.end - offset, cf.verb.start - offset).toLowerCase().split(/[^\p{L}]+/u);
  if (!head.some((w) => /^(?:leader|president|premier|chancellor|ruler|king|queen|monarch)$/.test(w))) return false;
  let named = false;
  for (let k = ev.sentence - 4; k < ev.sentence && !named; k++) if (own.every((a) => kb.index.at(ev.article, k)?.terms.has(a))) named = true;
  if (!named) return false;
  const rest = [...new Set(claim.all.filter((t) => t.start >= df.verb.start && !t.quoted && !own.includes(t.key)).map((t) => t.key))];
  const idf = (k: string) => kb.index.idf(k);
  const total = rest.reduce((x, k) => x + idf(k), 0);
  return total > 0 && rest.filter((k) => ev.terms.has(k)).reduce((x, k) => x + idf(k), 0) / total >= 0.6;
}

/**
 * The draft says an actor attends (or stays away from) an event where a
 * retrieved corpus sentence says the same actor will not (or will): same
 * actor, an event noun on both sides, and no place that differs.
 */
export function attendanceFlip(kb: Knowledge, claim: Claim, draftNames: readonly NameMention[], pool: readonly IndexedSentence[]): FrameFinding | undefined {
  const s = claim.sentence;
  const mine = framesOf(s.text, s.start, draftNames, claim.all).filter((f) => f.actors.length && !f.passive && !f.modal);
  for (const df of mine) {
    const a = attendance(df, s.text, s.start);
    if (!a) continue;
    const what = attended(df);
    if (!what.event) continue;
    let against: { cf: Frame; ev: IndexedSentence; text: string; start: number; loose?: boolean } | undefined;
    let agree = false;
    for (const ev of pool) {
      const e = evidenceFrames(kb, ev);
      for (const cf of e.frames) {
        if (cf.passive || cf.modal) continue;
        const loose = !(sameActor(df, cf) || sameDescriptor(kb, ev, cf, e.text, e.start, df, s.text, s.start));
        if (loose && !looseDescriptor(kb, ev, cf, e.text, e.start, df, claim)) continue;
        const b = attendance(cf, e.text, e.start);
        if (!b) continue;
        const theirs = attended(cf);
        if (!theirs.event) continue;
        if (what.places.size && theirs.places.size && ![...what.places].some((k) => theirs.places.has(k))) continue;
        if (b === a) agree ||= !loose;
        else if (!against || (against.loose && !loose)) against = { cf, ev, text: e.text, start: e.start, loose };
      }
    }
    if (agree || !against) continue;
    const c = against;
    return {
      verdict: "reversed",
      reason: `the corpus says "${clip(c.text.slice(c.cf.subject.start - c.start, c.cf.end - c.start), 90).replace(/[\s,;:]+$/, "")}"`,
      focus: { start: df.subject.start, end: df.end },
      // A descriptor read only from its neighbourhood: shown, not asserted.
      severity: c.loose ? "information" : "warning",
      evidence: c.ev,
    };
  }
  return undefined;
}

/** True when event noun `t` of a corpus sentence is negated or cancelled there. */
function eventDenied(p: Parsed, i: number): string | undefined {
  const L = lex();
  const before = p.lower.slice(Math.max(0, i - 4), i);
  // "no phone call", "there was no meeting"
  if (before.slice(-3).includes("no") && !before.slice(-3).some((w) => PREPOSITIONS.has(w) && w !== "of")) return "no";
  // "cancelled the talks", "called off the meeting"
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (L.cancel.has(termKey(p.toks[k].text)) || (p.lower[k] === "called" && p.lower[k + 1] === "off")) return p.toks[k].text;
  }
  // "… that never happened", "… were cancelled", "… did not take place"
  let sawVerb = false;
  for (let k = i + 1; k < Math.min(p.toks.length, i + 16); k++) {
    // Quotation marks around a word ("a call \u201cimminent\u201d that never happened") do not end the clause.
    if (BREAK.test(gapBefore(p, k)) && !/^\s*,\s*$/.test(gapBefore(p, k)) && !/^[\s"\u201c\u201d]+$/.test(gapBefore(p, k))) break;
    const w = p.lower[k];
    if (/^(?:but|while|whereas|although)$/.test(w)) break;
    if (L.cancel.has(termKey(p.toks[k].text)) || (w === "called" && p.lower[k + 1] === "off")) return p.toks[k].text;
    if (NEGATIVE.has(w) || /n['’]t$/.test(w)) {
      const rest = p.lower.slice(k + 1, k + 4).map(termKey);
      if (rest.some((x) => L.happen.has(x))) return w;
    }
    if (!sawVerb && (isPast(w) || BE.has(w))) sawVerb = true;
  }
  return undefined;
}

/** An event noun with a phone/video word before "call" ("call for" is a demand). */
function eventNoun(p: Parsed, i: number): string | undefined {
  const k = termKey(p.toks[i].text);
  if (!lex().events.has(k) || p.quoted[i] || !/^\p{Ll}/u.test(p.toks[i].text)) return undefined;
  if (k === termKey("call") && !/^(?:phone|telephone|video)$/.test(p.lower[i - 1] ?? "")) return undefined;
  if (p.lower[i] === "talk") return undefined; // the verb, or small talk; "talks", "conversation" are events
  return k;
}

const PLANNED = new Set(words(`planned plan plans scheduled proposed promised possible potential expected hoped hope hopes
  would will could might may should can next upcoming future want wants wanted seek seeks sought invite invited invitation`));

/** A plan, wish or possibility word in a sentence ("May" the month is none). */
const planned = (p: Parsed) => p.lower.some((w, k) => PLANNED.has(w) && !(w === "may" && p.toks[k].text === "May"));

/** The draft reports an event as held by named actors the corpus says never held it. */
export function eventDenial(kb: Knowledge, claim: Claim, draftNames: readonly NameMention[], pool: readonly IndexedSentence[]): FrameFinding | undefined {
  const s = claim.sentence;
  const p = parse(s.text, s.start, claim.all);
  const actors = new Set(draftNames.map(actorKey).filter((x): x is string => !!x));
  if (!actors.size) return undefined;
  for (let i = 0; i < p.toks.length; i++) {
    const ek = eventNoun(p, i);
    if (!ek) continue;
    // Asserted: no negation, no plan or possibility, a past verb in the sentence.
    if (claim.all.some((t) => t.start === p.toks[i].start && t.negated)) continue;
    if (eventDenied(p, i) || planned(p) || p.lower.some((w) => NEGATIVE.has(w) || /n['’]t$/.test(w))) continue;
    if (!p.lower.some((w, k) => isPast(w) && !p.quoted[k]) && !p.lower.includes("during")) continue;
    const extra = kb.index.query([ek, ...actors], 6).map((h) => h.sentence);
    const seen = new Set<IndexedSentence>();
    let denial: { ev: IndexedSentence; word: string; text: string } | undefined;
    let held = false;
    for (const ev of [...pool, ...extra]) {
      if (seen.has(ev) || !ev.terms.has(ek)) continue;
      seen.add(ev);
      const e = evidenceFrames(kb, ev);
      const theirActors = new Set(e.names.map(actorKey).filter((x): x is string => !!x));
      const overlap = [...actors].filter((k) => theirActors.has(k));
      if (!overlap.length) continue;
      const all = overlap.length === actors.size;
      const q = parse(e.text, e.start, e.terms);
      for (let k = 0; k < q.toks.length; k++) {
        if (eventNoun(q, k) !== ek) continue;
        // A sentence with only some of the actors speaks of this event when no one else stands near it.
        if (!all && !participantsWithin(e.names, q, k, actors)) continue;
        const word = eventDenied(q, k);
        if (word) denial ??= { ev, word, text: e.text };
        else if (!planned(q) && q.lower.some((w) => isPast(w))) held = true;
      }
    }
    if (!denial || held) continue;
    return {
      verdict: "reversed",
      reason: `the corpus says the ${p.toks[i].text} did not take place ("${clip(denial.text, 100)}")`,
      focus: { start: p.toks[i].start, end: p.toks[i].end },
      severity: "warning",
      evidence: denial.ev,
    };
  }
  return undefined;
}

/**
 * A corpus sentence that names only some of the draft's actors ("X had called a
 * phone call imminent that never happened" for "X and Y held a phone call")
 * denies the event when every name near the event noun (six words either
 * side) is one of the draft's actors: no one else took part in it.
 */
function participantsWithin(names: readonly NameMention[], q: Parsed, k: number, actors: ReadonlySet<string>): boolean {
  const from = q.toks[Math.max(0, k - 6)].start;
  const to = q.toks[Math.min(q.toks.length - 1, k + 6)].end;
  const near = names.filter((n) => n.end > from && n.start < to);
  return near.length > 0 && near.every((n) => {
    const key = actorKey(n);
    return !key || actors.has(key);
  });
}

export function clip(s: string, n: number): string {
  s = s.replace(/\s+/g, " ").trim();
  return s.length > n ? s.slice(0, n - 1).trimEnd() + "…" : s;
}

/** Two subjects name the same actor: the same last word, or a one-word name among the other's words ("Brandt", "Ole Brandt"). */
export function sameActor(a: Frame, b: Frame): boolean {
  if (a.actors.some((k) => b.actors.includes(k))) return true;
  const single = (f: Frame) => f.actors.filter((k) => f.actorWords.filter((w) => w === k).length === 1 && f.actorWords.length === f.actors.length);
  return single(a).some((k) => b.actorWords.includes(k)) || single(b).some((k) => a.actorWords.includes(k));
}

export const isRole = (k: string) => lex().roles.has(k);
