// Claims: which draft sentences make a checkable assertion, and how well the
// corpus supports each one. The same term normalisation (`termKey`) serves the
// corpus index (knowledge/index.ts) and the draft, so both sides meet.
//
// Which sentences are claims. A draft sentence is checked when all hold:
//   - it stands in a paragraph or list item (headings and table cells are not);
//   - it is not a question;
//   - it carries no hedge of its own (may — not the month "May" —, might, perhaps, possibly, maybe,
//     reportedly, allegedly, unclear, uncertain, whether) and does not address the
//     reader ("Here is …", "you");
//   - outside its quotations it has at least three content words (words that
//     are not function words, role words, months, weekdays or figures).
// Quoted words are the quote check's business: they help retrieval but are not
// asked to be covered. Role words, dates and figures are the title, date and
// number checks' business and are left out of the measure as well.
//
// Support. The content words of a claim are normalised (folded, British
// spelling mapped, lightly stemmed, doubled letters collapsed, a few general
// English synonyms merged) and weighted by inverse document frequency over the
// corpus sentences; names weigh more. BM25 retrieval (minisearch) proposes
// corpus sentences; up to three of them, plus their neighbours, are combined
// greedily (a sentence from another article must add at least two words) to
// cover as much weight as possible. From that cover:
//   - coverage: the covered share of the weight;
//   - new names: a name no article mentions and that is not a near spelling
//     of one (a misspelling is the name check's business);
//   - swapped actors: a corpus name of the claim missing from the sentence
//     that otherwise covers it, while that sentence names someone else;
//   - reversed polarity: against the single best sentence (which must share
//     most of the claim), a shared word negated on one side only ("no", "not",
//     "never", "without", "rather than", "instead of", "lack"; a bound such as
//     "no more than", "not later than" is no negation), or a stance
//     word of the opposite sign (reject/welcome, reluctant/favour, …).
//   - opposite words: against the best sentence, a word of the claim whose
//     general-English opposite ("fell"/"rose", "accepted"/"disputed") stands in
//     a corpus clause that shares the rest of the claim's clause and its names;
//   - negation and opposites are compared clause by clause (clauses split at
//     commas, semicolons and "where/while/but/whereas/which"), only between
//     clauses whose actors match;
//   - another nationality before the same noun ("a Belgian maker" where the
//     corpus says "a Dutch maker"; titles are the title check's);
//   - overstated: the claim says an actor has done something ("has committed")
//     while every corpus mention of that rarely named actor, or the aligned
//     sentence, gives it as a possibility ("could also join", "is considering");
//   - a compound figure ("six-month delay") the corpus has only with other
//     values, when the number check did not flag it;
//   - the predicate: the main verb after the subject, weighed when it is missing;
//   - frames (analysis/frames.ts), against every retrieved sentence, not only
//     the best one: the same actor's stance or negation reversed for the same
//     object (per clause, so "Norway, however, insists on …" is Norway's), an
//     event the corpus says never took place reported as held by the same
//     actors, an attendance the corpus denies (or the reverse), a deed the
//     corpus gives to another explicit agent, one modifier swapped before the
//     same noun ("naval support" for "air support");
//   - the verb "raise" is "increase" (the noun "a raise" is not);
//   - a call or meeting between two people the corpus knows that no corpus
//     passage reports (analysis/contact.ts), and a known person's stance
//     toward something the corpus discusses that no corpus passage puts near
//     that person (analysis/stance.ts);
//   - a payer or means of paying the corpus does not give for the same thing,
//     or one it gives that the draft rejects ("by A, not by B"; analysis/funding.ts);
//   - a deed the draft gives to A "rather than" (or "not", "instead of") B
//     where a corpus sentence about the same thing names B and not A
//     (analysis/agency.ts);
//   - a cause or means of a known event ("prompted by", "because of", "got in
//     through") in words the corpus never uses (analysis/cause.ts);
//   - reported speech the corpus gives to another person it knows
//     (analysis/attribution.ts);
//   - a movement "from A to B" that a corpus sentence about the same movement
//     runs "from B to A" (analysis/route.ts);
//   - a preference ("A rather than B") or a time offset ("nine minutes after
//     X") that a corpus sentence gives the other way round (analysis/order.ts);
//   - a deed of a known person that the corpus only schedules ("gave
//     evidence" / "is due to give evidence"; analysis/schedule.ts);
//   - a lease, loan or sale "from X" where the corpus has it "to X"
//     (analysis/transfer.ts), and "unanimously" against a split tally (in
//     digits or words: "by a narrow majority") or the reverse (analysis/vote.ts);
//   - after every other rule, a known actor said to have pledged, agreed,
//     offered or halted something no article has a word for
//     (analysis/commitment.ts), a note;
//   - polarity read against the top sentence's neighbour too, when the claim
//     says both in one ("… fined in 2021, a conviction it failed to declare"),
//     a note; and not read at all when another corpus sentence gives the word
//     as the draft does with the words of the draft's clause ("was last
//     renewed in May 2024" beside "would not seek to renew");
//   - both stances pointing back ("X has backed that request" / "X opposes
//     the idea"), read against the sentences before them (frames.ts);
//   - the modality, figure-phrase, opposite-word and nationality rules named
//     above have a file each (modality.ts, figure-phrase.ts, opposites.ts,
//     nationality.ts).
// An official speaks for their body and a leader for their country (no other
// actor); "4.2 metres, not the 3.9 first recorded" denies nothing; a noun
// after "any" is not asserted; a noun the corpus gives to the same verb with
// "no" ("would get no bonus") is denied.
// Negation is the predicate's: "no", "none", "lack" and "without" before a
// noun ("no room left", "without the power") only qualify it, unless the
// other side writes the word as another form ("no commitment to" against
// "committed to"); "not … until" is a time. A hyphenated word is met by its
// parts written apart ("long-range", "EU-Ukraine"); a hyphenated figure
// ("five-year-old") is the number check's. A person the corpus knows with
// other title words before the name ("Chief Constable X" for "Chief Fire
// Officer X") is the title check's, no new name; two one-word place names
// are no swapped actors (a capital may stand for its country) unless the
// corpus shows them as distinct parties of one frame or list, or they stand
// in a list of three or more.
// "The trust", "the council": a body the corpus names ("… Health Trust"), called
// by its kind, counts as a named actor; a clause that opens with its verb after
// a named subject and short asides ("Canada, for its part, has pledged …") is
// about that subject, as is one that opens with its verb of saying ("…, Hugo
// Brand, said that …"); a list carried on after a comma (", including X")
// stays in its clause; what a main clause says "should have been" done did not
// happen (a counterfactual negates what follows).
// A claim is unsupported when it has a new name, a swapped actor, reversed
// polarity or an opposite word, another nationality, an overstated
// possibility, a figure the corpus lacks, or a coverage below
// `UNSUPPORTED_BELOW` with three rare words missing (two when the predicate is
// one of them; a hint only when every name is covered; a hint too when the
// missing words are mostly framing words — "at the centre of the argument",
// "bitter", adverbs — that say how, not what). Sentences of rarely named actors join the retrieved pool from
// any article; a capitalised opener no article uses ("Madrid backs …") counts
// neither for nor against coverage; phrasal verbs ("switch off") and a few
// hypernyms ("payroll"/"jobs") are normalised. Three substantive words that no
// article uses at all, in a clause about someone named, are shown as a hint
// up to `UNHEARD_BELOW` coverage (a paraphrase uses new words too); in a claim
// about no one named, four such words below `NOBODY_BELOW` coverage make it
// unsupported, in a corpus of at least `NOBODY_CORPUS` sentences. A dateline ("OSLO -- ") holds no
// claim words; a sentence another check already marks (a wrong figure, date or
// name) gets missing-word findings only as hints; a negation inside a relative
// clause ("staff who are not members") or after "of" denies nothing the main
// clause says; "the dispute" and a "deal" take no side; a corpus sentence right
// next to one already taken joins the evidence, so a passage counts as one.
import type { Explainer } from "../explain";
import { evidenceAt } from "../knowledge/corpus";
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence, SentenceIndex } from "../knowledge/index";
import { editDistance } from "../knowledge/skeleton";
import type { Evidence, Finding, Span } from "../types";
import { sentenceBefore, type AnalyzedText } from "./analyze";
import { namesOfSentence, openerActsAsName, type NameMention } from "./names";
import { inventedContact } from "./contact";
import { reversedStance, unattestedStance } from "./stance";
import { tailSwap } from "./tail-swap";
import { slotSwap } from "./slot-swap";
import { restatementOf } from "./restatement";
import { agencyContrast } from "./agency";
import { misattributedStatement } from "./attribution";
import { unattestedCause } from "./cause";
import { reversedRoute } from "./route";
import { reversedTransfer } from "./transfer";
import { voteTally } from "./vote";
import { reversedOrder } from "./order";
import { fundingSwap } from "./funding";
import { scheduledOnly } from "./schedule";
import { RARE_ACTOR, overstated, verbGroup } from "./modality";
import { figurePhrase } from "./figure-phrase";
import { alignedClauses, continuedDenial, droppedException, nounSense, oppositeFlip } from "./opposites";
import { attributeSwap, capitalCountry, capitalsOf, countryNames, countryPhrases, demonymsOf, sameCountryName } from "./nationality";
import { attendanceFlip, eventDenial, frameFlip } from "./frames";
import { agentSwap, metonymy, roleSwap } from "./actor-swap";
import { modifierSwap } from "./modifier-swap";
import { kindSwap } from "./kind-swap";
import { deniedAct, unreportedAct } from "./act";
import { inventedCommitment } from "./commitment";
import { inventedTrip } from "./trip";
import { wordsOfQuote } from "./quotes";
import { asFigure } from "./figures";
import type { Sentence } from "../text/sentences";
import { fold, stripPossessive, tokenize, verbOfSion, type Token } from "../text/tokens";
import { ACT_NOUN_PAST, DEMONYM_COUNTRY, DEMONYMS, IRREGULAR_PARTICIPLES, NUMBER_WORDS, ROLE_HEADS, ROLE_WORDS, SCALE_WORDS, STOPWORDS, isMonthWord, isWeekdayWord, wordList } from "../text/lexicon";

const words = wordList;

/** Function words and attribution verbs beyond the shared stop list. */
export const MORE_STOPWORDS = new Set(
  words(`
  told tell tells telling added adds noted notes explained remarked stated asked stressed
  itself himself herself themselves ourselves yourself something anything nothing everything someone anyone
  mr mrs ms dr de la le el der die das del ones
  get gets got make makes made take takes took put puts way ways thing things lot lots set sets give gives gave
  go goes went gone come comes came keep keeps kept kind kinds sort sorts
  up down out off behind beside beyond across along around near outside inside except unlike like onto
  steady substantial significant considerable sizeable sizable constant continuous sustained massive huge enormous
  vast hefty sharp notable dramatic
  `),
);

/** Verbs of saying: who said it is attribution, not the content of a claim. */
const ATTRIBUTION = new Set(
  words(`say tell add note explain remark stress describe acknowledge argue warn believe claim suggest indicate
  report announce mention express admit comment reply respond write recall conclude`).map((w) => rawKey(w)),
);

const HEDGES = new Set(words(`may might perhaps possibly maybe reportedly allegedly unclear uncertain whether`));
const READER = new Set(words(`you your yours`));

// ---------------------------------------------------------------------------
// Term normalisation.

/** British spellings to American, so "favour"/"favor" and "defence"/"defense" meet. */
function americanize(w: string): string {
  if (w.length >= 6) w = w.replace(/our(s|ed|ing|ite|ites|able)?$/, "or$1");
  w = w.replace(/fence(s)?$/, "fense$1");
  if (w.length >= 6) w = w.replace(/([^aeiou])is(e|es|ed|ing|ation|ations)$/, "$1iz$2").replace(/ys(e|es|ed|ing)$/, "yz$1");
  return w;
}

/** A light suffix stripper: enough to meet inflections and a few derivations. */
function lightStem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("ies") || w.endsWith("ied")) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && w.length > 4) w = w.slice(0, -1);
  const rules: Array<[RegExp, string]> = [
    [/ational$/, "ate"],
    [/ization$/, "ize"],
    [/ations?$/, "ate"],
    [/ments?$/, ""],
    [/ness$/, ""],
    [/ingly$/, ""],
    [/edly$/, ""],
    [/ings?$/, ""],
    [/ed$/, ""],
    [/ly$/, ""],
  ];
  for (const [re, rep] of rules) {
    const m = re.exec(w);
    if (!m) continue;
    const rest = w.slice(0, m.index);
    if (rest.length >= 3 && /[aeiouy]/.test(rest)) {
      w = rest + rep;
      break;
    }
  }
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

function shape(w: string): string {
  return w.replace(/y/g, "i").replace(/(.)\1+/g, "$1");
}

function rawKey(word: string): string {
  const w = fold(stripPossessive(word)).replace(/[^a-z0-9]/g, "");
  if (!w || /^\d/.test(w)) return w;
  return shape(lightStem(americanize(verbOfSion(w) ?? (Object.hasOwn(ACT_NOUN_PAST, w) ? ACT_NOUN_PAST[w] : w))));
}

/** General-English synonyms merged into one key (first word of each group). */
const SYNONYMS = new Map<string, string>();
for (const group of [
  "troop soldier",
  "talk discussion conversation negotiation",
  "country nation",
  "region area territory",
  "help assist",
  "begin start",
  "buy purchase",
  "big large bigger larger biggest largest",
  "relation relationship tie ties",
  "strengthen reinforce bolster stronger",
  "temporary interim stopgap makeshift",
  "lead spearhead",
  "war conflict",
  "worry concern fear",
  "chance possibility likelihood",
  "allow permit",
  "key crucial vital",
  "seek want wish",
  "need require",
  "able capable",
  "hit strike",
  "capability system",
  "aid assistance",
  "quick rapid swift fast",
  "show reveal",
  "try attempt",
  "end finish",
  "firm company",
  "border frontier",
  "missile rocket",
  "enough sufficient",
  "reject refuse",
  "support back",
  "aim goal",
  "deploy send",
  "meeting summit",
  "ceasefire truce",
  "ready prepared willing",
  "ensure sure",
  "deal agreement accord pact",
  "plan idea proposal scheme",
  "doubt question",
  "close shut closure",
  "job jobs payroll",
  "worker employee workforce",
  "arrange organize",
  "build create establish",
  "pledge commit promise",
  "owe obligation oblige",
]) {
  const [head, ...rest] = words(group).map(rawKey);
  for (const r of rest) SYNONYMS.set(r, head);
}

const keyMemo = new Map<string, string>();

/** The normalised key of a word, the same for corpus and draft. */
export function termKey(word: string): string {
  let k = keyMemo.get(word);
  if (k === undefined) {
    const raw = rawKey(word);
    k = SYNONYMS.get(raw) ?? raw;
    if (keyMemo.size > 500_000) keyMemo.clear();
    keyMemo.set(word, k);
  }
  return k;
}

const foldMemo = new Map<string, string>();
export function foldWord(w: string): string {
  let f = foldMemo.get(w);
  if (f === undefined) {
    f = fold(w);
    if (foldMemo.size > 500_000) foldMemo.clear();
    foldMemo.set(w, f);
  }
  return f;
}

function isStop(lower: string): boolean {
  return STOPWORDS.has(lower) || MORE_STOPWORDS.has(lower) || lower.length < 2;
}

function isFigureWord(lower: string): boolean {
  return /^\p{N}/u.test(lower) || lower in NUMBER_WORDS || lower in SCALE_WORDS;
}

const contentMemo = new Map<string, string | null>();

/** Content words of a text that count for retrieval and coverage (memoised per spelling). */
export function contentToken(t: Token): string | undefined {
  let k = contentMemo.get(t.text);
  if (k === undefined) {
    k = contentKey(t) ?? null;
    if (contentMemo.size > 500_000) contentMemo.clear();
    contentMemo.set(t.text, k);
  }
  return k ?? undefined;
}

function contentKey(t: Token): string | undefined {
  const lower = fold(stripPossessive(t.text));
  if (isStop(lower) || isFigureWord(lower) || isMonthWord(lower) || isWeekdayWord(lower)) return undefined;
  // "five-year-old", "12-month": a figure, the number check's business.
  if (lower.includes("-") && isFigureWord(lower.split("-")[0])) return undefined;
  const k = termKey(t.text);
  return k.length >= 2 && !ATTRIBUTION.has(k) ? k : undefined;
}

/** Normalised content terms of a text (a corpus sentence, a draft sentence). */
export function sentenceKeys(text: string): string[] {
  const out: string[] = [];
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const k = phrasalKey(t, toks[i + 1]) ?? senseKey(toks, i) ?? contentToken(t);
    if (k) out.push(k);
    // Hyphenated words also count by their parts: "pro-Russian", "post-war".
    if (t.text.includes("-")) for (const part of t.text.split("-")) {
      const pk = part.length > 2 ? contentToken({ text: part, start: 0, end: 0 }) : undefined;
      if (pk && pk !== k) out.push(pk);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Negation and stance.

// "rarely leaves anything to chance" says, as "never" does, that it mostly does not.
const NEGATORS = new Set(words(`not no never without nor neither none cannot nobody lack lacks lacked lacking rarely seldom`));
const NEGATOR_PAIR_LIST: Array<[string, string]> = [
  ["rather", "than"],
  ["instead", "of"],
  ["far", "from"],
  ["fail", "to"],
  ["failed", "to"],
  ["fails", "to"],
  // "forgot to switch it back on": did not switch it back on.
  ["forgot", "to"],
  ["forget", "to"],
  ["forgets", "to"],
  ["neglected", "to"],
  ["ruled", "out"],
  ["rules", "out"],
  ["rule", "out"],
  ["refused", "to"],
  ["refuses", "to"],
  ["declined", "to"],
  ["declines", "to"],
  // "has yet to publish": not published.
  ["yet", "to"],
  // "exams unaffected by the leak": not affected by it.
  ["unaffected", "by"],
  ["untouched", "by"],
  // "stayed away from the hearing": did not attend it.
  ["stay", "away"],
  ["stays", "away"],
  ["stayed", "away"],
  ["staying", "away"],
];
/** The pairs by their first word. */
const NEGATOR_PAIRS = new Map<string, Set<string>>();
for (const [a, b] of NEGATOR_PAIR_LIST) NEGATOR_PAIRS.set(a, (NEGATOR_PAIRS.get(a) ?? new Set()).add(b));
/** Verbs that end the noun phrase after "none of" ("none of the staff there were …"). */
const NONE_VERBS = new Set(words(`is are was were has have had will would could can may might must should do does did`));
/** Verbs of refusal among the pairs above: under a negator they deny nothing ("has not ruled out"). */
/** A past participle after "should have": "been", "given", "consulted". */
const isPastParticiple = (w: string) => IRREGULAR_PARTICIPLES.has(w) || /^\p{L}{3,}ed$/u.test(w);
const REFUSALS = new Set(words(`ruled rules rule refused refuses declined declines`));
/** Words after a negator that make it no negation: "not only", "no doubt". */
const NOT_NEGATION = new Set(words(`only just merely simply doubt`));
/** Comparatives that, with "than", make a negator a bound: "no more than two", "no later than May". */
const BOUND = new Set(words(`more fewer less later sooner earlier greater higher lower longer shorter`));
/** True when the negator at `i` opens a bound ("no more than", "not later than", "no journey should take longer than"), a qualifier rather than a negation. */
function boundAt(lowers: readonly string[], i: number): boolean {
  if (lowers[i] !== "no" && lowers[i] !== "not") return false;
  if (BOUND.has(lowers[i + 1] ?? "") && lowers[i + 2] === "than") return true;
  // "no journey should take longer than 20 minutes": a limit set on every one, within a short clause.
  for (let k = i + 2; k <= i + 6 && k + 1 < lowers.length; k++) if (BOUND.has(lowers[k]) && lowers[k + 1] === "than") return lowers[i] === "no";
  return false;
}

/** Negators that qualify a noun rather than deny a predicate: "no room", "without the power", "lack of". */
const NOUN_NEGATORS = new Set(words(`no none without lack lacks lacked lacking`));

/** True when the clause after the negator at `i` holds "until" or "till": "does not open until May" is a time. */
function untilAhead(text: string, offset: number, toks: readonly Token[], lowers: readonly string[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 12; k++) {
    if (GAP_BREAK.test(text.slice(toks[k - 1].end - offset, toks[k].start - offset))) return false;
    if (lowers[k] === "until" || lowers[k] === "till") return true;
  }
  return false;
}

/** Stance words: +1 for consent, -1 for refusal (general English). */
const STANCE = new Map<string, number>();
// Not "agree": its key is the one of "deal" and "agreement" (see the synonym groups), a thing and no side.
for (const w of words(`accept approve welcome support back favor favour endorse embrace willing ready eager keen insist allow permit praise`)) STANCE.set(termKey(w), 1);
for (const w of words(`reject refuse oppose resist reluctant unwilling decline deny veto criticize criticise condemn wary hesitant dismiss block forbid disapprove object dispute contest`)) STANCE.set(termKey(w), -1);

/** A content word of a sentence with what is said about it. */
export interface ClaimTerm {
  key: string;
  text: string;
  start: number;
  end: number;
  /** Part of a proper name. */
  name: boolean;
  /** In the scope of a negation. */
  negated: boolean;
  /** Keys of the parts of a hyphenated word ("long-range" -> long, range): met by the parts written apart. */
  parts?: string[];
  /** Negated only as a noun ("no room", "without the power", "lack of"), not through its predicate. */
  nounNegated?: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** A role word or demonym ("minister", "French"): the title check's business. */
  role: boolean;
}

const GAP_BREAK = /[,;:()\u2013\u2014"“”]|\s-{1,2}\s/;

/** Content terms of a sentence, with negation scope and quotation marks. */
export function termsOf(text: string, offset: number, names: readonly NameMention[] = []): ClaimTerm[] {
  const toks = tokenize(text, offset);
  const quoted = quotedRanges(text, offset);
  const out: ClaimTerm[] = [];
  let scope = 0;
  let nounScope = false;
  /** Inside an "if" or "unless" clause, up to its comma. */
  let condition = false;
  // After "none of", the noun phrase up to its verb is what is counted, not denied.
  let noneNP = false;
  const lowers = toks.map((t) => foldWord(t.text));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lower = lowers[i];
    const next = lowers[i + 1] ?? "";
    if (i > 0 && GAP_BREAK.test(text.slice(toks[i - 1].end - offset, t.start - offset))) (scope = 0), (condition = false);
    // "… would strike if the trust did not publish it": a condition set, not a denial of what follows.
    if (lower === "if" || lower === "unless") condition = true;
    if (condition && (NEGATORS.has(lower) || /n['’]t$/.test(lower))) continue;
    if ((NEGATORS.has(lower) || /n['’]t$/.test(lower)) && !NOT_NEGATION.has(next) && !boundAt(lowers, i)) {
      // "not … until 2027" is a time, not a denial.
      if (!NOUN_NEGATORS.has(lower) && untilAhead(text, offset, toks, lowers, i)) continue;
      // "4.2 metres, not the 3.9 first recorded": a correction set against a noun phrase, not a denial of its words.
      if (lower === "not" && i > 0 && /[,\u2013\u2014]\s*$/.test(text.slice(toks[i - 1].end - offset, t.start - offset)) && /^(?:the|a|an|its|his|her|their|\d[\d,.]*)$/.test(next)) continue;
      // "none of the materials stored there were classed as …": what is denied is the predicate after the noun phrase.
      const noneOf = lower === "none" && next === "of";
      scope = 2;
      noneNP = noneOf;
      // "no drivers would be laid off": "no" and the subject of an auxiliary deny the predicate, as "not" would.
      const subjectOf = lower === "no" && lowers.slice(i + 2, i + 4).some((w) => NONE_VERBS.has(w));
      nounScope = !noneOf && !subjectOf && NOUN_NEGATORS.has(lower) && !(lower === "without" && /ing$/.test(next)) && !(lower === "no" && next === "longer");
      continue;
    }
    // "should have been given powers", "ought to have consulted": what should have happened did not.
    // Not in a relative clause ("an alarm that should have warned staff", "the date on which it should have been
    // replaced"): what the main clause says stands.
    // "the bidder that would otherwise have lost": what would otherwise have happened did not, in any clause.
    const otherwise = next === "otherwise" && /^(?:would|could|might)$/.test(lower);
    const counterfactual = lower === "should" ? 1 : lower === "ought" && next === "to" ? 2 : otherwise ? 2 : 0;
    if (
      counterfactual &&
      lowers[i + counterfactual] === "have" &&
      isPastParticiple(lowers[i + counterfactual + 1] ?? "") &&
      // Not in a relative clause (see above), unless "otherwise".
      (otherwise || !(/^(?:that|which|who)$/.test(lowers[i - 1] ?? "") || /^(?:which|whom|whose|where)$/.test(lowers[i - 2] ?? "")))
    ) {
      scope = 2;
      nounScope = false;
      i += counterfactual;
      continue;
    }
    // "it is impossible for the mayor to attend", "unable to attend": the act after "to" is denied.
    if (lower === "impossible" || lower === "unable") {
      const to = next === "to" ? i + 1 : lower === "impossible" && next === "for" ? lowers.indexOf("to", i + 2) : -1;
      if (to > i && to <= i + 5) {
        scope = 2;
        nounScope = false;
        i = to;
        continue;
      }
    }
    if (NEGATOR_PAIRS.get(lower)?.has(next)) {
      // "has not ruled out closing": a refusal denied is no denial.
      scope = scope > 0 && REFUSALS.has(lower) ? 0 : 2;
      nounScope = false;
      i++;
      continue;
    }
    if (/^(?:but|and|or|while|whereas|although|though|which|who|that)$/.test(lower)) scope = Math.min(scope, 0);
    // "not members of the union": what follows "of" is what the negated noun belongs to, not itself denied.
    // "should have told the council about the damaged fence": what the deed is about is not itself denied.
    if ((lower === "of" || lower === "about") && scope > 0 && i > 0 && !NEGATORS.has(lowers[i - 1])) scope = 0;
    if (noneNP && NONE_VERBS.has(lower)) noneNP = false;
    const key = phrasalKey(t, toks[i + 1]) ?? senseKey(toks, i) ?? contentToken(t);
    if (!key) continue;
    const bare = lower.replace(/['’]s?$/, "");
    out.push({
      key,
      text: t.text,
      start: t.start,
      end: t.end,
      name: names.length > 0 && names.some((n) => n.start <= t.start && t.end <= n.end + 2),
      negated: scope > 0 && !noneNP,
      ...(scope > 0 && nounScope ? { nounNegated: true } : {}),
      ...(t.text.includes("-") ? { parts: hyphenParts(t.text) } : {}),
      quoted: quoted.length > 0 && quoted.some((r) => r.start <= t.start && t.end <= r.end),
      role: ROLE_WORDS.has(bare) || DEMONYMS.has(bare),
    });
    if (scope > 0 && !noneNP) scope--;
  }
  return out;
}

/** Keys of the parts of a hyphenated word, none when a part is no content word. */
function hyphenParts(text: string): string[] | undefined {
  const parts = text.split("-").filter(Boolean);
  if (parts.length < 2) return undefined;
  const keys = parts.map((p) => contentToken({ text: p, start: 0, end: 0 }));
  return keys.every((k): k is string => !!k) ? keys : undefined;
}

/** Spans between quotation marks (straight or curly double quotes). */
export function quotedRanges(text: string, offset: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /["“”]([^"“”]*)["“”]/g;
  for (const m of text.matchAll(re)) out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length });
  // A quotation left open runs to the end; a closing straight quote of a pair is no opener.
  const open = /["“][^"“”]*$/.exec(text);
  if (open && !out.some((r) => r.start <= offset + open.index && offset + open.index < r.end)) out.push({ start: offset + open.index, end: offset + text.length });
  return out;
}

// ---------------------------------------------------------------------------
// Which sentences are claims.

export interface Claim {
  sentence: Sentence;
  /** All content terms, quotations included. */
  all: ClaimTerm[];
  /** The terms the corpus must cover: outside quotations, no role words. */
  terms: ClaimTerm[];
  /** True when the sentence holds a quotation. */
  quotes: boolean;
}

/** The claim a draft sentence makes, or undefined when it makes none (see the rule above). */
/** A dateline at a sentence's start: a place in capitals, perhaps a region and an agency, then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:,\s*[\p{L}. ]+)?(?:\s*\([\p{L} ]+\))?\s+(?:--?|[\u2013\u2014])\s+/u;

export function claimOf(draft: AnalyzedText, s: Sentence): Claim | undefined {
  if (s.kind !== "paragraph") return undefined;
  if (/\?["'”’»)\]]*\s*$/.test(s.text)) return undefined;
  const raw = tokenize(s.text);
  const toks = raw.map((t) => fold(t.text));
  // "May" inside a sentence is the month, not the hedge.
  if (toks.some((w, i) => (HEDGES.has(w) && !(w === "may" && i > 0 && raw[i].text === "May")) || READER.has(w))) return undefined;
  if (/^\W*here\s+(?:is|are)\b/i.test(s.text)) return undefined;
  const names = namesOfSentence(draft.names, s.index);
  // A dateline ("BRUSSELS -- ", "OSLO, Norway (AP) — ") says where the story was filed, not what it claims.
  const dateline = DATELINE.exec(s.text);
  const from = dateline ? s.start + dateline[0].length : s.start;
  const all = termsOf(s.text, s.start, names).filter((t) => t.start >= from);
  const terms = all.filter((t) => !t.quoted && !t.role);
  if (new Set(terms.map((t) => t.key)).size < 3) return undefined;
  return { sentence: s, all, terms, quotes: all.some((t) => t.quoted) || /["“”]/.test(s.text) };
}

// ---------------------------------------------------------------------------
// Support.

export type Verdict = "supported" | "unsupported" | "reversed" | "swapped" | "new-name" | "changed" | "overstated";

export interface Support {
  claim: Claim;
  verdict: Verdict;
  /** Covered share of the claim's weight, 0..1. */
  coverage: number;
  /** The corpus sentences that cover the claim, best first. */
  cover: IndexedSentence[];
  /** Retrieved sentences, best BM25 score first. */
  hits: IndexedSentence[];
  /** Claim terms no cover sentence holds (first occurrence of each key). */
  missing: ClaimTerm[];
  /** Share of the claim's weight (roles included) that the best single sentence holds. */
  share: number;
  /** What decided the verdict, for the message. */
  reason: string;
  /** Draft span the reason is about (the sentence unless narrower). */
  focus?: { start: number; end: number };
  /** How sure the verdict is, when the verdict alone does not say. */
  severity?: "warning" | "information" | "hint";
}

/** Below this coverage a claim with several rare words missing is unsupported. */
export const UNSUPPORTED_BELOW = 0.45;
/** Below this coverage, three substantive words no article uses make a claim unsupported. */
const UNHEARD_BELOW = 0.6;
/** Below this coverage, four substantive words no article uses make a claim about no one named unsupported. */
const NOBODY_BELOW = 0.35;
/** The fewest corpus sentences for that rule. */
const NOBODY_CORPUS = 40;
/** The single best sentence must share this much of the claim to judge polarity or actors. */
const SAME_STATEMENT = 0.3;

interface Weighted {
  term: ClaimTerm;
  weight: number;
}

export function dedupeTerms(terms: ClaimTerm[]): ClaimTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(t.key) ? false : (seen.add(t.key), true)));
}

/** A name word the corpus never writes and does not spell nearly the same. */
function unknownName(kb: Knowledge, t: ClaimTerm, prior: readonly Finding[]): boolean {
  const bare = stripPossessive(t.text);
  if (bare.length < 3 || kb.index.df.has(t.key)) return false;
  // "EU-Ukraine" where the corpus writes both names apart.
  if (t.parts?.every((k) => kb.index.df.has(k))) return false;
  if (demonymsOf(t.key).some((k) => kb.index.df.has(k))) return false; // "Sweden" where the corpus says "Swedish"
  if (countryNames(t.key).some((k) => kb.index.df.has(k))) return false; // one country's other name ("Holland", "the Netherlands")
  if (capitalCountry(t.text).some((k) => kb.index.df.has(k))) return false; // a capital for its country's government ("Oslo said")
  // "Britain" where the corpus writes "the United Kingdom".
  if (countryPhrases(bare).some((a) => a.split(/\s+/u).every((w) => kb.index.df.has(termKey(w))))) return false;
  if (countryNames(t.key).flatMap(capitalsOf).some((k) => kb.index.df.has(k))) return false; // a country the corpus names by its capital
  if (/^\p{Lu}+$/u.test(bare) && bare.length <= 3) return false;
  // "Gov.", "Sen.", "Lt.": a title written short, not a name.
  if (ROLE_HEADS.has(bare.toLowerCase()) || ROLE_WORDS.has(bare.toLowerCase())) return false;
  if (kb.common.isCommon(bare.toLowerCase())) return false;
  if (prior.some((f) => f.span.start < t.end && t.start < f.span.end)) return false;
  if (kb.names.forms.has(bare) || kb.names.groupOf(bare)?.forms.length) return false;
  const max = bare.length >= 8 ? 2 : bare.length >= 4 ? 1 : 0;
  return max === 0 || kb.names.near(bare, max).length === 0;
}

/** A corpus sentence as the claim rules read it: terms (names marked), negation, clauses. */
export interface EvidenceView {
  text: string;
  /** Offset of the sentence in its article; terms and clauses are article offsets. */
  start: number;
  terms: ClaimTerm[];
  negation: boolean;
  clauses: Span[];
  /** Keys of the words of the names in the sentences before, in the same block: whom "the X leader" may be (only when the sentence describes someone). */
  antecedents?: Set<string>;
}

/** How many sentences back, in one block, a description ("the Wexmoor mayor") may point. */
const ANTECEDENT_SENTENCES = 6;

const evidenceTerms = new WeakMap<IndexedSentence, EvidenceView>();
/** Terms, negation and clauses of a corpus sentence, computed once. */
export function analyzedEvidence(kb: Knowledge, s: IndexedSentence): EvidenceView {
  let e = evidenceTerms.get(s);
  if (!e) {
    const a = kb.articles[s.article];
    const sen = a.sentences[s.sentence];
    const names = namesOfSentence(a.names, s.sentence);
    // A quotation opened in the sentence before ("… were not switched on. Why they were not switched on is the main
    // question," she said) is a quotation here too: the article's quotations say where each runs.
    const quotes = a.quotes.filter((q) => q.span.start < sen.start && q.span.end > sen.start);
    const terms = termsOf(sen.text, sen.start, names).map((t) => (!t.quoted && quotes.some((q) => q.span.start <= t.start && t.end <= q.span.end) ? { ...t, quoted: true } : t));
    e = { text: sen.text, start: sen.start, terms, negation: hasNegation(sen.text), clauses: clausesOf(sen.text, sen.start) };
    // Only a sentence that describes someone ("The Wexmoor mayor …") needs the names before it.
    if (describesSomeone(e)) {
      const antecedents = (e.antecedents = new Set<string>());
      for (const n of a.names) {
        if (n.sentence < s.sentence - ANTECEDENT_SENTENCES || n.sentence >= s.sentence || /\n\s*\n/.test(a.plain.slice(n.end, sen.start))) continue;
        for (const t of n.tokens) antecedents.add(termKey(t.text));
      }
    }
    evidenceTerms.set(s, e);
  }
  return e;
}

/** How well the corpus supports one claim. */
export function supportOf(kb: Knowledge, draft: AnalyzedText, claim: Claim, prior: readonly Finding[] = []): Support {
  const index = kb.index;
  const inPrior = (t: ClaimTerm) => prior.some((f) => f.category !== "claim" && f.span.start < t.end && t.start < f.span.end);
  const unique = dedupeTerms(claim.terms.filter((t) => !inPrior(t)));
  const weighted: Weighted[] = unique.map((term) => ({ term, weight: index.idf(term.key) * (term.name ? 1.5 : 1) }));
  const total = weighted.reduce((s, w) => s + w.weight, 0) || 1;

  // Retrieval: the claim's words, quotations and roles included.
  const hits = index.query(claim.all.map((t) => t.key), 8);
  const pool = new Map<number, IndexedSentence>();
  hits.forEach((h, rank) => {
    pool.set(h.sentence.id, h.sentence);
    if (rank < 3) for (const n of index.around(h.sentence)) pool.set(n.id, n);
  });
  // A rarely mentioned actor's sentences come in from any article, whatever their BM25 rank.
  for (const t of unique) {
    if (!t.name || t.role) continue;
    const df = index.df.get(t.key) ?? 0;
    if (df > 0 && df <= RARE_ACTOR) for (const s of index.containing(t.key)) pool.set(s.id, s);
  }

  // The single corpus sentence that shares most of the claim (roles included):
  // the statement the claim restates, if any. Ties go to the better BM25 rank.
  const allWeighted = dedupeTerms(claim.all.filter((t) => !t.quoted)).map((term) => ({ term, weight: index.idf(term.key) }));
  const allTotal = allWeighted.reduce((s, w) => s + w.weight, 0) || 1;
  let top: IndexedSentence | undefined;
  let topShare = 0;
  // A hyphenated word is met by its parts written apart ("long-range", "long range").
  const holds = (s: IndexedSentence, t: ClaimTerm) => s.terms.has(t.key) || (!!t.parts && t.parts.every((k) => s.terms.has(k)));
  for (const s of pool.values()) {
    const share = allWeighted.filter((w) => holds(s, w.term)).reduce((x, w) => x + w.weight, 0) / allTotal;
    if (share > topShare + 1e-9) (top = s), (topShare = share);
  }

  // Cover: that sentence, then greedily up to two more.
  const covered = new Set<string>();
  const cover: IndexedSentence[] = [];
  // A country in the claim is met by its demonym in a corpus sentence ("China's" by "Chinese").
  // And, in the statement the claim restates, a word by another form of it ("react" by "reaction", "deter" by "deterrent").
  const has = (s: IndexedSentence, t: ClaimTerm) =>
    holds(s, t) || (t.name && demonymsOf(t.key).some((k) => s.terms.has(k))) || (s === top && !t.name && [...s.terms].some((k) => sameStem(k, t.key)));
  const take = (s: IndexedSentence) => {
    cover.push(s);
    for (const w of weighted) if (has(s, w.term)) covered.add(w.term.key);
  };
  if (top) take(top);
  for (let round = 0; top && round < 2; round++) {
    let best: IndexedSentence | undefined;
    let bestGain = 0;
    for (const s of pool.values()) {
      if (cover.includes(s)) continue;
      let g = 0;
      let n = 0;
      for (const w of weighted) {
        if (!covered.has(w.term.key) && has(s, w.term)) {
          g += w.weight;
          n++;
        }
      }
      // Next to the best sentence, or right next to one already taken: one passage that says it over two sentences.
      const near = (s.article === top.article && Math.abs(s.sentence - top.sentence) <= 2) || cover.some((c) => c.article === s.article && Math.abs(c.sentence - s.sentence) === 1);
      if (!near && n < 2) continue;
      if (g > bestGain) (best = s), (bestGain = g);
    }
    if (!best) break;
    take(best);
  }
  // A person the corpus names in full ("Ada Ruiz") is covered by the surname alone: evidence that says
  // "Ruiz" speaks of the same person.
  const nameMentions = namesOfSentence(draft.names, claim.sentence.index);
  for (const n of nameMentions) {
    if (n.tokens.length < 2 || !kb.names.names.has(n.text)) continue;
    const inName = unique.filter((t) => t.name && t.start >= n.start && t.end <= n.end + 2);
    if (inName.some((t) => covered.has(t.key))) for (const t of inName) covered.add(t.key);
  }
  const coveredWeight = weighted.filter((w) => covered.has(w.term.key)).reduce((s, w) => s + w.weight, 0);
  const coverage = coveredWeight / total;
  const missing = weighted.filter((w) => !covered.has(w.term.key)).map((w) => w.term);
  const result: Support = { claim, verdict: "supported", coverage, share: topShare, cover, hits: hits.map((h) => h.sentence), missing, reason: "" };

  // 1. A name no article mentions.
  for (const n of nameMentions) {
    // A capitalised opener proves little ("Footfall in the core is down"), unless a
    // bare singular word is followed by an auxiliary or a reporting verb, as a
    // proper name is ("Norway has pledged …").
    if (n.initial && n.tokens.length === 1 && !openerActsAsName(draft.text, n)) continue;
    // The speaker of a quotation the quote check already marks ("Marsden House said: …" for words the corpus gives
    // another): who said it is that finding's business.
    if (speakerOfMarkedQuote(draft, n, prior)) continue;
    const inName = claim.terms.filter((t) => t.name && t.start >= n.start && t.end <= n.end + 2);
    // A sentence that opens with a participle before a name ("Defending Marlow, …") opens with a verb, not a first name.
    const participle = (t: ClaimTerm) => t.start === claim.sentence.start && t.start === n.start && n.tokens.length >= 2 && /ing$/iu.test(t.text);
    const unknown = inName.filter((t) => unknownName(kb, t, prior) && !nearInFullName(kb, n, t) && !participle(t));
    // "<title words> <known person>": another title is the title check's business, not a new name.
    if (unknown.length && titledKnownPerson(kb, n, unknown)) continue;
    if (unknown.length) {
      const from = n.tokens.findIndex((t) => t.start >= unknown[0].start || (!ROLE_WORDS.has(fold(t.text)) && !kb.index.df.has(termKey(t.text))));
      const who = n.tokens.slice(Math.max(0, from)).map((t) => t.text).join(" ");
      return { ...result, verdict: "new-name", focus: { start: n.start, end: n.end }, reason: `no corpus article mentions "${who}"` };
    }
  }
  if (!top) return result;
  // A person the corpus sentence calls by a description ("The Wexmoor mayor will not attend …"), named in the
  // sentences before it in its block, is held by it.
  const topView = analyzedEvidence(kb, top);
  // Only for a denial ("will not attend"): a stance word's sentence is read with its descriptor by the frames (2c).
  const described = topView.negation && describesSomeone(topView) ? allWeighted.filter((w) => w.term.name && !holds(top!, w.term) && !!topView.antecedents?.has(w.term.key)) : [];
  if (described.length) topShare += described.reduce((x, w) => x + w.weight, 0) / allTotal;
  const sharedKeys = allWeighted.filter((w) => holds(top, w.term)).length + described.length;
  // A short claim restates a sentence with three shared words, two of them no names, when they are half of it ("Iceland has ruled out joining the effort").
  const sharedWords = allWeighted.filter((w) => !w.term.name && holds(top, w.term)).length;
  // Or the corpus denies it, with three of the claim's words and two of them in its denial ("would not receive a
  // severance payment" for "will receive a severance payment worth six months' salary"): what the claim adds does
  // not make it another statement.
  const deniedCore = () => {
    const ev = topView;
    // A predicate denied ("would not receive"), not a noun ("no crew members would be dismissed").
    if (!ev.negation || !/\b(?:not|never)\b|n['’]t\b/iu.test(ev.text)) return false;
    const mine = new Set(claim.all.filter((t) => !t.quoted && !t.name && !t.negated).map((t) => t.key));
    return new Set(ev.terms.filter((t) => t.negated && !t.nounNegated && !t.name && mine.has(t.key)).map((t) => t.key)).size >= 2;
  };
  const sameStatement =
    topShare >= SAME_STATEMENT && (sharedKeys >= 4 || (sharedKeys >= 3 && sharedWords >= 2 && topShare >= 0.5) || (sharedWords >= 3 && deniedCore()));

  // 2. Reversed polarity against that sentence.
  if (sameStatement) {
    const flip = polarityFlip(claim, analyzedEvidence(kb, top));
    if (flip && !saidAlsoAsDrafted(kb, claim, flip, top)) return { ...result, verdict: "reversed", reason: flip.reason, focus: flip.focus };
    // The sentence next to it that covers the rest of the claim ("… fined in 2021. Officials said the company had
    // declared the conviction …" / "…, a conviction the company failed to declare"): read from a second sentence, a note.
    for (const other of cover) {
      if (other === top || other.article !== top.article || Math.abs(other.sentence - top.sentence) !== 1) continue;
      const view = analyzedEvidence(kb, other);
      const next = polarityFlip(claim, view);
      // Only the same word negated on one side (not a stance word), in a sentence that shares two more of the claim's.
      const word = next?.focus && claim.all.find((x) => x.start === next.focus!.start);
      if (!next || !word || !other.terms.has(word.key)) continue;
      // "Rather than warn the public, …": one course set against another, often a matter of when; not a denial to read from a neighbour.
      if (word.negated && /\b(?:rather\s+than|instead\s+of)\s+(?:\S+\s+){0,3}$/iu.test(claim.sentence.text.slice(0, word.start - claim.sentence.start))) continue;
      if (new Set(claim.all.filter((x) => x.key !== word.key && !x.quoted && other.terms.has(x.key)).map((x) => x.key)).size < 2) continue;
      if (!saidAlsoAsDrafted(kb, claim, next, other))
        return { ...result, verdict: "reversed", severity: "information", reason: next.reason, focus: next.focus, cover: [other, ...cover.filter((c) => c !== other)] };
    }
  }
  // 2a. The corpus sentence right after the same statement denies part of what the claim adds
  // ("The files contain names … They did not include payment card details").
  if (sameStatement && !hasNegation(claim.sentence.text)) {
    const next = index.at(top.article, top.sentence + 1);
    const denial = next && continuedDenial(claim, top, analyzedEvidence(kb, next));
    if (denial) return { ...result, verdict: "reversed", reason: denial.reason, focus: denial.focus, cover: [next, ...cover] };
  }
  // 2a'. A whole group where the corpus makes an exception ("every depot had closed" / "all … had closed except …").
  if (topShare >= SAME_STATEMENT) {
    for (const c of new Set([...index.passage(cover), ...hits.map((h) => h.sentence)])) {
      const ex = droppedException(claim, analyzedEvidence(kb, c));
      if (ex) return { ...result, verdict: "changed", severity: "information", reason: ex.reason, focus: ex.focus, cover: [c, ...cover.filter((x) => x !== c)] };
    }
  }
  // 2b. A word whose opposite the aligned corpus clause uses ("fell" where it says "rose"); against the other
  // sentences of the cover and those next to them, clause by clause ("Route 9 reopened … The forest park remains closed").
  if (topShare >= SAME_STATEMENT) {
    const flip = oppositeFlip(index, claim, analyzedEvidence(kb, top));
    if (flip) return { ...result, verdict: "reversed", reason: flip.reason, focus: flip.focus };
    for (const other of index.passage(cover)) {
      if (other === top) continue;
      const f = oppositeFlip(index, claim, analyzedEvidence(kb, other), true);
          // Read from one clause and its names, not the whole statement: a note.
      if (f) return { ...result, verdict: "reversed", severity: "information", reason: f.reason, focus: f.focus, cover: [other, ...cover.filter((c) => c !== other)] };
    }
  }

  // 2c. Frames (analysis/frames.ts), against every retrieved sentence: the same
  // actor's stance or negation reversed for the same object, an event the
  // corpus says never took place, a deed the corpus gives to another actor.
  // Left alone when another check flagged something in the sentence.
  const priorHere = prior.some((f) => f.category !== "claim" && f.span.start < claim.sentence.end && claim.sentence.start < f.span.end);
  if (!priorHere && !claim.quotes) {
    const retrieved = [...pool.values()];
    const before = sentenceBefore(draft, claim.sentence.index);
    const prev = before && before.sentence.kind === claim.sentence.kind ? { text: before.sentence.text, start: before.sentence.start, names: before.names } : undefined;
    const framed = frameFlip(kb, claim, nameMentions, retrieved, prev) ?? eventDenial(kb, claim, nameMentions, retrieved) ?? attendanceFlip(kb, claim, nameMentions, retrieved) ?? agentSwap(kb, claim, nameMentions, retrieved) ?? roleSwap(kb, claim, nameMentions, retrieved);
    if (framed) return { ...result, verdict: framed.verdict, reason: framed.reason, focus: framed.focus, severity: framed.severity, cover: [framed.evidence, ...cover.filter((c) => c !== framed.evidence)] };
    // 2d. A call or meeting between two known people that no corpus passage reports (analysis/contact.ts).
    const contact = inventedContact(kb, claim, nameMentions);
    if (contact) return { ...result, verdict: "unsupported", reason: contact.reason, focus: contact.focus, cover: [...contact.evidence.slice(0, 2), ...cover] };
    // 2d''. A trip of a known person to a place that no corpus passage reports (analysis/trip.ts).
    const trip = inventedTrip(kb, claim, nameMentions);
    if (trip) return { ...result, verdict: "unsupported", severity: "information", reason: trip.reason, focus: trip.focus };
    // 2d'. A deed of a known person that the corpus only schedules (analysis/schedule.ts).
    const scheduled = scheduledOnly(kb, claim, nameMentions);
    if (scheduled) return { ...result, verdict: "unsupported", severity: "information", reason: scheduled.reason, focus: scheduled.focus, cover: [...scheduled.evidence, ...cover] };
    // 2e'. A known person's stance the corpus gives the other way round (analysis/stance.ts).
    const reversed = reversedStance(kb, draft, claim, nameMentions);
    if (reversed) return { ...result, verdict: "reversed", reason: reversed.reason, focus: reversed.focus, cover: [...reversed.evidence, ...cover.filter((c) => !reversed.evidence.includes(c))] };
    // 2e. A known person's stance toward a known proposal that no corpus passage gives them (analysis/stance.ts).
    const stance = unattestedStance(kb, draft, claim, nameMentions);
    if (stance) return { ...result, verdict: "unsupported", reason: stance.reason, focus: stance.focus, cover: [...stance.evidence.slice(0, 2), ...cover] };
    // 2f. A payer or means of paying the corpus does not give, or one it gives that the draft rejects (analysis/funding.ts).
    const funding = fundingSwap(kb, claim);
    if (funding) return { ...result, verdict: funding.severity === "warning" ? "reversed" : "unsupported", severity: funding.severity, reason: funding.reason, focus: funding.focus, cover: [...funding.evidence, ...cover] };
    // 2g. A deed given to one actor "rather than" another whom the corpus names with it (analysis/agency.ts).
    const agency = agencyContrast(kb, claim);
    if (agency) return { ...result, verdict: "swapped", severity: "information", reason: agency.reason, focus: agency.focus, cover: [...agency.evidence, ...cover] };
    // 2h. A cause or means of a known event, in words the corpus never uses (analysis/cause.ts).
    const cause = unattestedCause(kb, claim);
    if (cause) return { ...result, verdict: "unsupported", severity: "information", reason: cause.reason, focus: cause.focus, cover: [...cause.evidence, ...cover] };
    // 2i. A statement the corpus gives to another person (analysis/attribution.ts).
    const said = misattributedStatement(kb, claim, nameMentions);
    if (said) return { ...result, verdict: "swapped", severity: "information", reason: said.reason, focus: said.focus, cover: [...said.evidence, ...cover] };
    // 2j. A route run the other way ("from A to B" where the corpus has "from B to A"; analysis/route.ts).
    const route = reversedRoute(kb, claim, [...pool.values()]);
    if (route) return { ...result, verdict: "reversed", reason: route.reason, focus: route.focus, cover: [...route.evidence, ...cover] };
    // 2j'. A lease, loan or sale the other way round ("from X" where the corpus has "to X"; analysis/transfer.ts).
    const transfer = reversedTransfer(kb, claim, [...pool.values()]);
    if (transfer) return { ...result, verdict: "reversed", severity: "information", reason: transfer.reason, focus: transfer.focus, cover: [...transfer.evidence, ...cover] };
    // 2j''. "Unanimously" where the corpus gives the vote a split tally, or the reverse (analysis/vote.ts).
    const vote = voteTally(kb, claim, [...pool.values()]);
    if (vote) return { ...result, verdict: "reversed", severity: "warning", reason: vote.reason, focus: vote.focus, cover: [...vote.evidence, ...cover] };
    // 2k. A preference or a time offset the other way round ("A rather than B", "N minutes after X"; analysis/order.ts).
    const order = reversedOrder(kb, claim, [...pool.values()]);
    if (order) return { ...result, verdict: "reversed", reason: order.reason, focus: order.focus, cover: [...order.evidence, ...cover] };
  }

  // 3. A list of actors with one swapped: the corpus sentence lists the others
  // of the claim's list and someone the claim leaves out.
  if (sameStatement && !claim.quotes) {
    const mine = lists(claim.sentence.text, claim.sentence.start, nameMentions);
    const a = kb.articles[top.article];
    const theirs = lists(a.sentences[top.sentence].text, a.sentences[top.sentence].start, namesOfSentence(a.names, top.sentence));
    const key = (n: NameMention) => n.tokens.map((t) => termKey(t.text)).join(" ");
    // One name, or one country's two names ("Britain" / "the United Kingdom").
    const same = (a: NameMention, b: NameMention) => key(a) === key(b) || sameCountryName(a.text, b.text);
    for (const l of mine) {
      for (const m of theirs) {
        const shared = l.filter((n) => m.some((x) => same(n, x)));
        const absent = l.filter((n) => !m.some((x) => same(n, x)) && !prior.some((f) => f.span.start < n.end && n.start < f.span.end));
        const instead = m.filter((n) => !l.some((x) => same(x, n)) && !claim.all.some((t) => t.key === termKey(n.tokens[n.tokens.length - 1].text)));
        const oneWord = (n: NameMention) => n.tokens.filter((t) => !ROLE_WORDS.has(fold(t.text))).map((t) => termKey(t.text));
        // In a list of two a capital may stand for its country; longer lists are peers.
        if (shared.length && absent.length === 1 && instead.length === 1 && !abbreviates(absent[0], instead[0]) && !(shared.length === 1 && metonymy(kb, oneWord(absent[0]), oneWord(instead[0])))) {
          return {
            ...result,
            verdict: "swapped",
            focus: { start: absent[0].start, end: absent[0].end },
            reason: `the corpus lists "${instead[0].text}" here, not "${absent[0].text}" (with ${shared.map((n) => `"${n.text}"`).join(", ")})`,
          };
        }
      }
    }
  }

  // 3b. Another nationality for the same noun ("a Belgian maker" for "a Dutch maker").
  if (topShare >= SAME_STATEMENT && sharedKeys >= 3) {
    const swap = attributeSwap(claim, analyzedEvidence(kb, top));
    if (swap) return { ...result, verdict: "changed", severity: topShare >= 0.5 ? "warning" : "information", reason: swap.reason, focus: swap.focus };
  }

  // 3d. The same statement, read word by word against the corpus's, with one slot naming someone or something else
  // ("Harlow Ltd must show" / "the council must show"; analysis/slot-swap.ts) or ending on another name
  // ("… modelled on the Halden accord" / "… based on the Varn armistice"; analysis/tail-swap.ts).
  if (topShare >= 0.5 && sharedKeys >= 4) {
    const restated = restatementOf(kb, claim, top);
    // Beside another check's finding, only a statement turned around on names that finding leaves alone.
    const swap = priorHere ? tailSwap(restated, prior, true) : (slotSwap(restated, prior) ?? tailSwap(restated, prior));
    if (swap) return { ...result, verdict: swap.verdict, reason: swap.reason, focus: swap.focus, severity: swap.severity };
  }

  // 3e. One modifier swapped before the same noun in an otherwise covered claim ("naval support" for "air support").
  if (!priorHere && topShare >= 0.5 && coverage >= 0.7) {
    const mod = modifierSwap(kb, claim, missing, cover);
    if (mod) return { ...result, verdict: mod.verdict, reason: mod.reason, focus: mod.focus, severity: mod.severity, cover: [mod.evidence, ...cover.filter((c) => c !== mod.evidence)] };
  }

  // 3f. A vehicle, weapon or carrier of another kind than the passage the claim restates names ("scooters" for "a van").
  if (!priorHere && topShare >= SAME_STATEMENT) {
    const kind = kindSwap(kb, claim, missing, cover);
    if (kind) return { ...result, verdict: kind.verdict, reason: kind.reason, focus: kind.focus, severity: kind.severity, cover: [kind.evidence, ...cover.filter((c) => c !== kind.evidence)] };
  }

  // 3g. A weighty act of law or office (suing, charging, arresting, sacking) no passage about the actors reports (analysis/act.ts).
  if (!priorHere && !claim.quotes) {
    const act = unreportedAct(kb, claim, nameMentions);
    if (act) return { ...result, verdict: "unsupported", severity: "information", reason: act.reason, focus: act.focus };
    // 3h. Such an act asserted where the corpus tells only that it did not happen ("no arrests had been made").
    const denied = deniedAct(kb, claim);
    if (denied) return { ...result, verdict: "reversed", severity: "information", reason: denied.reason, focus: denied.focus, cover: [...denied.evidence, ...cover.filter((c) => !denied.evidence.includes(c))] };
  }

  // 3c. An event built around a figure the corpus only has with another value.
  const fig = figurePhrase(kb, draft, claim, prior);
  if (fig) return { ...result, verdict: "unsupported", reason: fig.reason, focus: fig.focus, cover: [...fig.evidence.slice(0, 2), ...cover] };

  // 3d. Done in the draft, only possible in the corpus.
  const unflagged = nameMentions.filter((n) => !prior.some((f) => f.span.start < n.end && n.start < f.span.end));
  const over = overstated(kb, claim, unflagged, sameStatement ? top : undefined);
  if (over) return { ...result, verdict: "overstated", reason: over.reason, focus: over.focus, cover: [...over.evidence, ...cover] };

  // 4. Too little of it anywhere, in a claim about someone or something named. Not around a quotation the corpus
  // prints word for word ("X sums up the case: '…'"): the quotation is what the sentence says, the rest frames it.
  if (claim.quotes && printsQuote(kb, draft, claim.sentence)) return result;
  // A capitalised opener no article uses ("Madrid backs …") may stand for an
  // actor the corpus names otherwise: it counts neither for nor against.
  const opener = (t: ClaimTerm) =>
    t.name && !index.df.has(t.key) && nameMentions.some((n) => n.initial && n.tokens.length === 1 && n.start <= t.start && t.end <= n.end + 2);
  const counted = weighted.filter((w) => !opener(w.term));
  const countedTotal = counted.reduce((s, w) => s + w.weight, 0) || 1;
  const countedCoverage = counted.filter((w) => covered.has(w.term.key)).reduce((s, w) => s + w.weight, 0) / countedTotal;
  const rareMissing = missing.filter((t) => !opener(t) && index.idf(t.key) >= index.idf("") * 0.6);
  // Names another check already flags do not make the claim one about someone known (that check speaks for them), nor does an opener no article uses.
  // "The trust", "the council": a body the corpus names ("Wexmoor Health Trust") called by its kind is someone too.
  const bodies = bodyNouns(kb);
  const body = (t: ClaimTerm) => !t.name && !t.role && bodies.has(t.key) && /\bthe\s+$/iu.test(claim.sentence.text.slice(Math.max(0, t.start - claim.sentence.start - 4), t.start - claim.sentence.start));
  const actor = (t: ClaimTerm) => (t.name && !t.role && !opener(t)) || body(t);
  const aboutSomeone = unique.some(actor);
  // Missing framing words ("back at the centre of the argument", "bitter", adverbs) say how, not what:
  // a finding that rests on them is a hint.
  const substantive = rareMissing.filter((t) => t.name || !(framingWord(t.key) || /ly$/i.test(t.text)));
  // Missing words only in clauses that name no one ("Every version runs into the same obstacle: Russia says …")
  // describe rather than assert something of someone: shown, not asserted.
  const clauses = clausesOf(claim.sentence.text, claim.sentence.start);
  const namedClauses = new Set(unique.filter(actor).map((t) => clauseAt(clauses, t.start)));
  subjectClauses(claim.sentence, clauses, namedClauses);
  const aboutNamed = substantive.some((t) => namedClauses.has(clauseAt(clauses, t.start)));
  // A sentence another check already marks (a wrong figure, date or name) is being corrected: words no article
  // uses there, with every name known, are shown, not asserted on top of that finding.
  // A note on a minority spelling the corpus itself uses corrects nothing in the sentence.
  const markedElsewhere = prior.some((f) => f.category !== "claim" && f.code !== "name-variant");
  // (A name the corpus uses elsewhere, missing only from the closest sentences, is no new name.)
  const marked = markedElsewhere && !missing.some((t) => t.name && !index.df.has(t.key));
  // A sentence that opens the story or a section under its heading sums up in its own words ("Beneath the surprise
  // lies a calculation …"): words no article uses there are shown, not asserted.
  const before = sentenceBefore(draft, claim.sentence.index);
  const opensSection = before?.sentence.kind === "heading";
  if (aboutSomeone && countedCoverage < UNSUPPORTED_BELOW && rareMissing.length >= 3)
    return { ...result, verdict: "unsupported", reason: missingText(kb, missing), severity: substantive.length >= 3 && aboutNamed && !marked && !opensSection ? undefined : "hint" };
  // Substantive words that no article uses at all.
  const unheard = markedElsewhere ? [] : substantive.filter((t) => !t.name && !index.df.has(t.key) && !framingWord(t.key));
  // 4a. More covered, but three of them in a clause about someone named: maybe something the corpus never
  // reports ("ballot members on extending the strike to the cement plant"), maybe a paraphrase ("rattles the
  // markets", "styling itself as a guardian"): shown as a hint, not asserted.
  if (aboutSomeone && aboutNamed && !unique.some(opener) && countedCoverage < UNHEARD_BELOW && unheard.length >= 3) return { ...result, verdict: "unsupported", reason: missingText(kb, missing), severity: "hint" };
  // 4c. About no one named, four of them and little else covered: an event the corpus never reports ("Police
  // arrested two campers on suspicion of lighting a campfire"). Words no article uses say something only of a
  // corpus with enough text to have used them.
  if (!aboutSomeone && index.sentences.length >= NOBODY_CORPUS && countedCoverage < NOBODY_BELOW && unheard.length >= 4) return { ...result, verdict: "unsupported", reason: missingText(kb, missing) };
  // 4b. Fewer rare words missing, but the predicate among them ("asked to co-chair").
  const predicate = predicateOf(claim);
  // A deed no article has a word for, done with an amount no article gives ("refunded £1 million"): asserted, and with
  // more of the rest covered.
  const newDeal = !!predicate && unheard.some((t) => t.key === predicate.key) && unknownFigure(kb, draft, claim.sentence);
  if (aboutSomeone && countedCoverage < (newDeal ? UNHEARD_BELOW : UNSUPPORTED_BELOW) && rareMissing.length >= 2 && predicate && rareMissing.some((t) => t.key === predicate.key)) {
    // With every name covered, two missing words may be a fair paraphrase: shown, not asserted.
    const asserted = (missing.some((t) => t.name) || newDeal) && substantive.length >= 2 && !marked;
    return { ...result, verdict: "unsupported", reason: missingText(kb, missing), severity: asserted ? undefined : "hint" };
  }
  // 4d. A commitment of a known actor to something no article has a word for (analysis/commitment.ts).
  const committed = priorHere ? undefined : inventedCommitment(kb, claim, nameMentions);
  if (committed) return { ...result, verdict: "unsupported", severity: "information", reason: committed.reason, focus: committed.focus };
  return result;
}

/** A name that speaks a quotation of the draft which another check marks. */
function speakerOfMarkedQuote(draft: AnalyzedText, n: NameMention, prior: readonly Finding[]): boolean {
  return draft.quotes.some(
    (q) => !!q.speakerSpan && q.speakerSpan.start <= n.start && n.end <= q.speakerSpan.end && prior.some((f) => f.category === "quote" && f.span.start < q.span.end && q.span.start < f.span.end),
  );
}

/**
 * The sentence holds a quotation of the draft, given to a speaker, that the corpus prints word for word: a
 * statement of six words or more, not a phrase in quotation marks ("the 'coalition of the willing'").
 */
function printsQuote(kb: Knowledge, draft: AnalyzedText, s: Sentence): boolean {
  return draft.quotes.some((q) => {
    if (q.sentence !== s.index || (!q.speaker && !q.speakerSpan)) return false;
    const words = wordsOfQuote(draft, q);
    return words.filter((w) => !w.gap).length >= 6 && kb.quotes.exact(words).length > 0;
  });
}

/** A figure of the sentence, a precise amount of some unit, whose value no corpus figure of that unit has. */
function unknownFigure(kb: Knowledge, draft: AnalyzedText, sentence: Sentence): boolean {
  return draft.figures.some((f) => {
    if (f.sentence !== sentence.index || !f.unit || asFigure(f).vague) return false;
    return !(kb.figures.byUnit.get(f.unit) ?? []).some((r) => r.figure.value === f.value);
  });
}

/**
 * Another corpus sentence gives the flipped word the draft's own polarity, with as many more of the claim's words
 * ("the lease was last renewed in May 2024" beside "would not seek to renew any of its leases"):
 * the draft says what that sentence says, not the opposite of the other.
 */
function saidAlsoAsDrafted(kb: Knowledge, claim: Claim, flip: Flip, top: IndexedSentence): boolean {
  const t = flip.focus && claim.all.find((x) => x.start === flip.focus!.start && !x.quoted);
  // Only a flip of the same word (negation), not of a stance word the other sentence does not use.
  if (!t || !top.terms.has(t.key)) return false;
  const others = new Set(claim.all.filter((x) => x.key !== t.key && !x.quoted && !STOPWORDS.has(x.text.toLowerCase())).map((x) => x.key));
  const sharedWith = (s: IndexedSentence) => {
    let n = 0;
    for (const k of others) if (s.terms.has(k)) n++;
    return n;
  };
  // As much of the claim as the flipped sentence has, and three words at least; or every word of the flipped
  // word's own clause, two at least, where the flipped sentence lacks one ("and the council last renewed the contract").
  const least = Math.max(3, sharedWith(top));
  const clause = clauseAt(clausesOf(claim.sentence.text, claim.sentence.start), t.start);
  const own = clause ? [...new Set(claim.all.filter((x) => x.key !== t.key && !x.quoted && inSpan(x, clause) && others.has(x.key)).map((x) => x.key))] : [];
  const holdsClause = (s: IndexedSentence) => own.length >= 2 && own.every((k) => s.terms.has(k));
  const clauseDecides = own.length >= 2 && !holdsClause(top);
  for (const s of kb.index.containing(t.key)) {
    if (s === top || (sharedWith(s) < least && !(clauseDecides && holdsClause(s)))) continue;
    if (analyzedEvidence(kb, s).terms.some((x) => x.key === t.key && !x.quoted && !!x.negated === !!t.negated)) return true;
  }
  return false;
}

/** Verbs that carry another verb or a thing given (general English): a negation reaches through them. */
const CARRIERS = new Set(
  `try tries tried trying attempt attempts attempted seek seeks sought want wants wanted plan plans planned intend intends intended
  expect expects expected able going need needs needed given granted get gets got receive receives received have has had make made`.split(/\s+/u),
);

/** Kinds of organisation that act and speak (general English): "the trust said", "the council voted". */
const ACTING_BODIES = new Set(
  `council commission parliament assembly court bank committee party association federation union university college company
  corporation board club league foundation institute congress group fund agency organisation organization society ministry
  department authority tribunal bureau trust utility firm government police inspectorate regulator hospital`.split(/\s+/u),
);

/** Per corpus, the keys of the last words of its names of two words or more that name a kind of body ("trust", "council"). */
const bodyNounMemo = new WeakMap<Knowledge, Set<string>>();
function bodyNouns(kb: Knowledge): Set<string> {
  let out = bodyNounMemo.get(kb);
  if (!out) {
    out = new Set();
    for (const name of kb.names.names.keys()) {
      const words = name.split(" ");
      const last = words[words.length - 1];
      if (words.length >= 2 && ACTING_BODIES.has(last.toLowerCase())) out.add(termKey(last));
    }
    bodyNounMemo.set(kb, out);
  }
  return out;
}

let framing: Set<string> | undefined;
/** General-English words that frame a statement rather than make it: where it stands in a debate, how heated it is. */
function framingWord(key: string): boolean {
  framing ??= new Set(
    words(`centre center heart core forefront fore spotlight limelight focus attention scrutiny agenda argument arguments
    debate debates row controversy dispute backdrop context picture light bitter heated fierce renewed fresh growing
    mounting lingering simmering ongoing wider broader long-running latest question questions issue issues awkward thorny
    tricky sensitive touchy looming hanging hangs hang overshadow overshadows overshadowing become becomes became becoming
    possible effort efforts week weeks week's today tonight obstacle obstacles hurdle hurdles stumbling basic fundamental
    worry worries unease misgivings rooted stems stem stemmed`).map(termKey),
  );
  return framing.has(key);
}


/** True when every unknown word of a name stands before a full name the corpus knows
 * ("Chief Constable Daniel Vessel" where the corpus has "Chief Fire Officer Daniel Vessel"). */
function titledKnownPerson(kb: Knowledge, n: NameMention, unknown: readonly ClaimTerm[]): boolean {
  const lastUnknown = Math.max(...unknown.map((t) => t.end));
  const rest = n.tokens.filter((t) => t.start >= lastUnknown);
  if (rest.length < 2) return false;
  for (let k = 0; k + 2 <= rest.length; k++) {
    const text = rest.slice(k).map((t) => stripPossessive(t.text)).join(" ");
    if (kb.names.entityOf(text) || kb.names.names.has(text)) return true;
    // The corpus writes the person with its own title words: "Fire Officer Daniel Vessel".
    for (const full of kb.names.names.keys()) if (full.endsWith(" " + text)) return true;
  }
  return false;
}


/** Runs of two or more names joined by commas, "and" or "or": "Norway, the United Kingdom and Iceland". */
function lists(text: string, offset: number, names: readonly NameMention[]): NameMention[][] {
  const out: NameMention[][] = [];
  let cur: NameMention[] = [];
  for (const n of [...names].sort((a, b) => a.start - b.start)) {
    const prev = cur[cur.length - 1];
    if (prev && /^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/i.test(text.slice(prev.end - offset, n.start - offset))) cur.push(n);
    else {
      if (cur.length >= 2) out.push(cur);
      cur = [n];
    }
  }
  if (cur.length >= 2) out.push(cur);
  return out;
}

/** True when a text outside its quotations holds a negation. */
function hasNegation(text: string): boolean {
  const quoted = quotedRanges(text, 0);
  const toks = tokenize(text).filter((t) => !quoted.some((r) => r.start <= t.start && t.end <= r.end));
  const lowers = toks.map((t) => foldWord(t.text));
  const negator = (i: number) => (NEGATORS.has(lowers[i]) || /n['’]t$/.test(lowers[i])) && !NOT_NEGATION.has(lowers[i + 1] ?? "") && !boundAt(lowers, i);
  const pair = (i: number) => !!NEGATOR_PAIRS.get(lowers[i])?.has(lowers[i + 1] ?? "");
  // "has not ruled out", "never refused to": a refusal denied, one word apart at most, is no negation.
  const refusalAt = (i: number) => pair(i) && REFUSALS.has(lowers[i]);
  const cancelled = (i: number) => (negator(i) && (refusalAt(i + 1) || refusalAt(i + 2))) || (refusalAt(i) && ((i >= 1 && negator(i - 1)) || (i >= 2 && negator(i - 2))));
  return toks.some((_, i) => (negator(i) || pair(i)) && !cancelled(i));
}

/** One name is the other's initials ("ERA" / "Eastern Rail Authority"): the same body, written short. */
export function abbreviates(a: NameMention, b: NameMention): boolean {
  const one = (x: NameMention, y: NameMention) => x.tokens.length === 1 && spelledBy(x.tokens[0].text, y.tokens.map((t) => t.text));
  return one(a, b) || one(b, a);
}

/** "WES" or "W.E.S." for "The Wexmoor Evening Standard": capitals that are the initials of the words (small words aside). */
export function spelledBy(short: string, words: readonly string[]): boolean {
  const s = short.replace(/\./g, "");
  const initials = words.filter((w) => !STOPWORDS.has(w.toLowerCase())).map((w) => w[0]).join("").toUpperCase();
  return s.length >= 2 && /^\p{Lu}+$/u.test(s) && words.length >= 2 && initials === s;
}

/** Endings that make another word of one family from a key ("react" → "reaction", "deter" → "deterent"); not compounds ("board" / "boardroom"). */
const DERIVED = /^(?:at|ation|ion|ions|ent|ents|ence|ance|ant|ants|er|ers|or|ors|ship|iti|ment|ments|al|iv|ive|ure)$/;
/** Two keys of one word family: the shorter, five letters or more, and a derivational ending. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && DERIVED.test(long.slice(short.length));
}

function missingText(kb: Knowledge, missing: ClaimTerm[]): string {
  const quote = (ts: ClaimTerm[]) => ts.slice(0, 5).map((t) => `"${t.text}"`).join(", ") + (ts.length > 5 ? ", …" : "");
  const never = missing.filter((t) => !kb.index.df.has(t.key));
  const elsewhere = missing.filter((t) => kb.index.df.has(t.key));
  const parts: string[] = [];
  if (never.length) parts.push(`no corpus article uses ${quote(never)}`);
  if (elsewhere.length) parts.push(`${never.length ? "and " : ""}the corpus sentences closest to it do not mention ${quote(elsewhere)}`);
  return parts.join("; ");
}

/** Evidence for a claim: its cover, then the best retrieved sentences of other articles. */
export function supportEvidence(kb: Knowledge, support: Support, limit = 4): Evidence[] {
  const chosen: IndexedSentence[] = [...support.cover.slice(0, 3)];
  for (const h of support.hits) {
    if (chosen.length >= limit) break;
    if (!chosen.some((c) => c.article === h.article)) chosen.push(h);
  }
  return chosen.map((c) => {
    const a = kb.articles[c.article];
    const s = a.sentences[c.sentence];
    return evidenceAt(a, { start: s.start, end: s.end });
  });
}

/** Claims of one block (paragraph or list item) of a draft, for a CodeLens. */
export interface BlockSummary {
  span: Span;
  claims: number;
  supported: number;
  unsupported: number;
}

/** Per block: how many sentences are claims, and how many of them the corpus supports. */
export function claimSummary(kb: Knowledge, draft: AnalyzedText): BlockSummary[] {
  const out: BlockSummary[] = [];
  for (const b of draft.checkable.blocks) {
    if (b.kind === "heading") continue;
    const row: BlockSummary = { span: { start: b.start, end: b.end }, claims: 0, supported: 0, unsupported: 0 };
    for (const s of draft.sentences) {
      if (s.start < b.start || s.start >= b.end) continue;
      const claim = claimOf(draft, s);
      if (!claim) continue;
      row.claims++;
      if (supportOf(kb, draft, claim).verdict === "supported") row.supported++;
      else row.unsupported++;
    }
    if (row.claims) out.push(row);
  }
  return out;
}

/** Hover for the sentence under the cursor: its best evidence and whether it supports the sentence. */
export const explainSentence: Explainer = (kb, draft, offset) => {
  const s = draft.sentences.find((x) => offset >= x.start && offset <= x.end);
  if (!s) return undefined;
  const claim = claimOf(draft, s);
  if (!claim) return undefined;
  const support = supportOf(kb, draft, claim);
  const pct = Math.round(support.coverage * 100);
  const summary =
    support.verdict === "supported"
      ? `Claim supported by the corpus (${pct}% of its content words covered)`
      : `Claim not supported by the corpus (${pct}% covered): ${support.reason}`;
  return { span: { start: s.start, end: s.end }, summary, evidence: supportEvidence(kb, support) };
};



export interface Flip {
  reason: string;
  focus?: { start: number; end: number };
}

/** Negation or stance that differs between a claim and one corpus sentence. */
/** True when a term stands in a relative clause ("…, who are not members", "staff who …"), up to the clause's end. */
function inRelative(text: string, offset: number, t: ClaimTerm): boolean {
  for (const m of text.matchAll(/\b(?:who|whom|whose|which)\b[^,;.:()\u2013\u2014]*/giu)) {
    const start = offset + m.index!;
    if (t.start >= start && t.end <= start + m[0].length) return true;
  }
  return false;
}

function polarityFlip(claim: Claim, evidence: EvidenceView): Flip | undefined {
  const mine = claim.all.filter((t) => !t.quoted);
  const theirs = evidence.terms.filter((t) => !t.quoted);
  // Polarity is compared only between clauses about the same actors: in "X will
  // not attend, where Y will be present" the negation is X's, not Y's.
  const myClauses = clausesOf(claim.sentence.text, claim.sentence.start);
  const inSentence = new Set(theirs.filter((x) => x.name && !x.role).map((x) => x.key));
  const subjectNames = clauseNames(mine, myClauses, claim.sentence.start);
  const otherActor = (a: ClaimTerm, b: ClaimTerm) => {
    const mineNames = actorNames(mine, myClauses, claim.sentence, a.start);
    const theirNames = actorNames(theirs, evidence.clauses, evidence, b.start);
    if (otherActors(mineNames, theirNames) && !describedAntecedent(mineNames, theirNames, evidence)) return true;
    // The draft's actor stands in another clause of the corpus sentence than
    // the word compared: "the chief will not attend …, where Mayor X will be present".
    // A clause without its own actor ("…, is due in Velmar for the summit") is about the sentence's subject.
    // (When the corpus clause has no actor of its own either, both are about their subjects: compared above.)
    const actors = [...mineNames].some((k) => !theirNames.has(k)) || !theirNames.size ? mineNames : new Set([...mineNames, ...subjectNames]);
    return [...actors].some((k) => !theirNames.has(k) && inSentence.has(k));
  };
  // A shared word negated on one side, while the other side negates nothing.
  const negatesNothing = !evidence.negation || !hasNegation(claim.sentence.text);
  for (const t of negatesNothing ? mine : []) {
    if (t.name) continue; // who is negated is the actor checks' business
    const a = mine.filter((x) => x.key === t.key);
    const b = theirs.filter((x) => x.key === t.key);
    if (!b.length) continue;
    // "no room", "without the power": a noun qualified, not the predicate denied; unless the
    // other side writes it as another form, a predicate ("no commitment to" against "committed to").
    const noun = (x: ClaimTerm) => foldWord(x.text).replace(/['’]s$|s$/, "");
    // Unless both sides give the noun to the same verb: "would get no bonus" against "will get a bonus", "has no
    // power to" against "has the power to" (forms of "have" are stopwords, but to have is the verb here).
    const verbBefore = (text: string, offset: number, x: ClaimTerm) =>
      /(\p{L}+)\s+(?:no|any|an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, x.start - offset - 60), x.start - offset))?.[1];
    const sameVerb = () =>
      a.some((x) => b.some((y) => {
        const va = verbBefore(claim.sentence.text, claim.sentence.start, x);
        const vb = verbBefore(evidence.text, evidence.start, y);
        const have = (v: string) => /^(?:has|have|had|having)$/iu.test(v);
        return !!va && !!vb && ((!STOPWORDS.has(va.toLowerCase()) && termKey(va) === termKey(vb)) || (have(va) && have(vb)));
      }));
    if ((a.some((x) => x.nounNegated) || b.some((x) => x.nounNegated)) && a.some((x) => b.some((y) => noun(x) === noun(y))) && !sameVerb()) continue;
    const lead = (text: string, offset: number, x: ClaimTerm) => text.slice(Math.max(0, x.start - offset - 40), x.start - offset);
    // "staff who are not covered by the ballot": a negation inside a relative clause describes
    // someone, it does not deny the main clause's act; compared only with the same kind of clause.
    if (a.every((x) => !inRelative(claim.sentence.text, claim.sentence.start, x)) && b.every((x) => x.negated && inRelative(evidence.text, evidence.start, x))) continue;
    // "would see any such proposal as …": a noun after "any" in a clause that denies nothing is generic, not asserted.
    const generic = (x: ClaimTerm) => !x.negated && /\bany\s+(?:such\s+|\p{Ll}+\s+)?$/iu.test(claim.sentence.text.slice(Math.max(0, x.start - claim.sentence.start - 20), x.start - claim.sentence.start));
    if (a.length && a.every(generic)) continue;
    // "allowed to skip competitive tendering": a verb that does without its object denies it, as "not" would.
    const denied = (text: string, offset: number) => (x: ClaimTerm) => x.negated !== doesWithout(lead(text, offset, x));
    const aDenied = denied(claim.sentence.text, claim.sentence.start);
    const bDenied = denied(evidence.text, evidence.start);
    const aNeg = a.every(aDenied);
    const aPos = a.every((x) => !aDenied(x));
    const bNeg = b.every(bDenied);
    const bPos = b.every((x) => !bDenied(x));
    if ((aNeg && bPos) || (aPos && bNeg)) {
      if (b.some((x) => otherActor(t, x))) continue;
      // "rejected the rewrites" against "did not rewrite the plan": a noun on one side, the verb a negation
      // denies on the other, are two words.
      const before = (text: string, offset: number, x: ClaimTerm) => text.slice(Math.max(0, x.start - offset - 20), x.start - offset);
      const asNoun = (text: string, offset: number, x: ClaimTerm) => /\b(?:the|a|an|its|their|his|her|these|those|such)\s+$/iu.test(before(text, offset, x));
      const deniedVerb = (text: string, offset: number, x: ClaimTerm) => /(?:\bnot|n['’]t|\bnever)\s+$/iu.test(before(text, offset, x));
      if ((a.every((x) => asNoun(claim.sentence.text, claim.sentence.start, x)) && b.every((y) => deniedVerb(evidence.text, evidence.start, y))) ||
        (b.every((y) => asNoun(evidence.text, evidence.start, y)) && a.every((x) => deniedVerb(claim.sentence.text, claim.sentence.start, x)))) continue;
      // "not allowed to sail": what is denied is the first word the negation reaches; the verb after "to" is its complement.
      if (bNeg && b.every((y) => /\bto\s+$/iu.test(before(evidence.text, evidence.start, y)))) {
        const head = negatedHead(evidence.terms, b[0]);
        if (head !== b[0] && !mine.some((x) => x.key === head.key)) continue;
      }
      // "30 hours instead of 20" where the corpus has "from 20 hours to 30 hours": the old term of a change, set aside on both sides.
      if (aNeg && a.every((x) => /\b(?:rather\s+than|instead\s+of)\s+(?:\S+\s+){0,2}$/iu.test(claim.sentence.text.slice(0, x.start - claim.sentence.start))) && b.some((y) => changedFrom(evidence, y))) continue;
      // The draft denies in a verb's own meaning what the corpus denies with "not": "a fault that testing had
      // missed" against "a fault that had not been picked up in testing".
      if (aPos && a.every((x) => privativeClause(claim.sentence.text, claim.sentence.start, myClauses, x))) continue;
      // The draft's negated predicate is the first word its negation reaches ("had not been working since early
      // August"): a later word of its scope ("early") tells of a flip only when that predicate is in the corpus
      // sentence too ("out of service since early September" says the same in other words).
      // A verb that only carries another ("would not try to run", "should have been given powers") passes the negation on (`negatedHead`).
      // Only for the draft's own negation: a corpus negation of a paraphrased predicate ("will not attend the
      // summit" / "is expected at the summit") is still the corpus denying what the draft asserts.
      const head = aNeg ? negatedHead(mine, a[0]) : undefined;
      if (head && head.key !== t.key && !theirs.some((x) => x.key === head.key)) continue;
      return {
        reason: aNeg ? `the corpus asserts "${b[0].text}" where the draft negates it` : `the corpus negates "${b[0].text}" where the draft asserts it`,
        focus: { start: t.start, end: t.end },
      };
    }
  }
  // Stance words of opposite sign.
  const sign = (terms: ClaimTerm[], text: string, offset: number) => {
    const s = new Set<number>();
    for (const t of terms) {
      if (nounSense(text, offset, t)) continue;
      const v = STANCE.get(t.key);
      if (v) s.add(t.negated ? -v : v);
    }
    return s;
  };
  const sa = sign(mine, claim.sentence.text, claim.sentence.start);
  const sb = sign(theirs, evidence.text, evidence.start);
  if (sa.size === 1 && sb.size === 1 && [...sa][0] !== [...sb][0]) {
    const w = mine.find((t) => STANCE.has(t.key) && !nounSense(claim.sentence.text, claim.sentence.start, t))!;
    const e = theirs.find((t) => STANCE.has(t.key) && !nounSense(evidence.text, evidence.start, t))!;
    if (otherActor(w, e)) return undefined;
    return { reason: `the corpus says "${e.negated ? "not " : ""}${e.text}" where the draft says "${w.negated ? "not " : ""}${w.text}"`, focus: { start: w.start, end: w.end } };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Phrasal verbs that mean one plain verb: "switch off" is "close".

export const PARTICLES = new Set(words(`off down out ahead`));
export const PHRASAL = new Map<string, string>();
for (const [verb, particle, plain] of [
  ["switch", "off", "close"],
  ["turn", "off", "close"],
  ["shut", "down", "close"],
  ["close", "down", "close"],
  ["turn", "down", "reject"],
  ["call", "off", "cancel"],
  // "properties cut off by the fire": isolated, not reduced.
  ["cut", "off", "isolate"],
  ["pull", "out", "withdraw"],
  ["step", "down", "resign"],
  ["go", "ahead", "proceed"],
  ["goes", "ahead", "proceed"],
  ["went", "ahead", "proceed"],
  ["going", "ahead", "proceed"],
  ["gone", "ahead", "proceed"],
]) PHRASAL.set(`${termKey(verb)} ${particle}`, termKey(plain));

/** Words before "raise" that make it the noun ("a raise", "pay raises"), not the verb. */
const RAISE_NOUN_BEFORE = new Set(words(`a an the this that any no its their his her our your pay wage wages salary percent per`));

/** A word whose key depends on its neighbours: the verb "raise" is "increase"; the noun "a raise" is not. */
function senseKey(toks: readonly Token[], i: number): string | undefined {
  const w = toks[i].text.toLowerCase();
  // "back in the town hall", "came back home": the adverb, not "backed" the stance.
  if (w === "back") return BACK_ADVERB_NEXT.has(toks[i + 1]?.text.toLowerCase() ?? "") || BACK_ADVERB_BEFORE.has(toks[i - 1]?.text.toLowerCase() ?? "") ? "back~" : undefined;
  if (!/^rais(?:e|es|ed|ing)$/.test(w)) return undefined;
  const prev = toks[i - 1]?.text.toLowerCase() ?? "";
  if (/^(?:raise|raises)$/.test(w) && (RAISE_NOUN_BEFORE.has(prev) || /^\d/.test(prev) || /%$/.test(prev))) return undefined;
  return termKey("increase");
}

/** Words after "back" that make it the adverb ("back in", "back home"), and words before it ("come back", "the back"). */
const BACK_ADVERB_NEXT = new Set(words(`in into at to from home on out then again up down there here inside where`));
const BACK_ADVERB_BEFORE = new Set(words(`come comes came coming go goes went going get gets got be is was are were been bring brought the his her its their`));

/** The key of a phrasal verb starting at `t` ("switches off"), if `next` completes one. */
function phrasalKey(t: Token, next: Token | undefined): string | undefined {
  if (!next || !PARTICLES.has(next.text.toLowerCase())) return undefined;
  return PHRASAL.get(`${termKey(t.text)} ${next.text.toLowerCase()}`);
}

// ---------------------------------------------------------------------------
// Clauses: negation, opposites and actors are compared clause by clause.

const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-{1,2}\s|\b(?:where|while|whereas|which|but|although|though|who|whom)\b/giu;

/** Words after a comma that carry on the list before it ("…, including Norway"). */
const LIST_GOES_ON = /^\s*(?:including|such as|notably|especially|particularly|among them)\b/iu;

/** The clauses of a sentence (offsets from `offset`), split at commas,
 * semicolons, dashes and "where", "while", "but", "whereas", "which", "who". */
/** Verbs that say something was not done or not seen, without a negator: "testing had missed it". */
const PRIVATIVE = new Set(words(`miss misses missed overlooked omitted neglected ignored`));

/** Does the clause that holds `term` carry a privative verb? */
/** Text before a word ends in a verb that does without it: "skip (the) competitive", "waived the", "dispense with", "cutting out a". */
const DOES_WITHOUT = /\b(?:skip|skips|skipped|skipping|bypass|bypasses|bypassed|bypassing|waive|waives|waived|waiving|forgo|forgoes|forgoing|forwent|dispense\s+with|dispensed\s+with|dispensing\s+with|cut\s+out|cuts\s+out|cutting\s+out|omit|omits|omitted|omitting|leave\s+out|leaves\s+out|left\s+out|leaving\s+out)\s+(?:(?:a|an|the|any|its|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const doesWithout = (before: string) => DOES_WITHOUT.test(before);

function privativeClause(text: string, offset: number, clauses: readonly Span[], term: ClaimTerm): boolean {
  const c = clauses.find((x) => x.start <= term.start && term.start < x.end);
  if (!c) return false;
  return (text.slice(c.start - offset, c.end - offset).toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => PRIVATIVE.has(w));
}

export function clausesOf(text: string, offset: number): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // ", including Norway", ", such as Iceland": the list goes on in the same clause.
    if (m[0] === "," && LIST_GOES_ON.test(text.slice(m.index! + 1))) continue;
    if (/\S/.test(text.slice(from, m.index!))) out.push({ start: offset + from, end: offset + m.index! });
    from = m.index! + m[0].length;
  }
  if (/\S/.test(text.slice(from))) out.push({ start: offset + from, end: offset + text.length });
  return out;
}

/** Words that open a clause with its verb, its subject left before it: "Canada, for its part, has pledged …". */
const VERB_OPENERS = new Set(
  `has have had is are was were will would could can may might must should shall did does do`.split(" "),
);

/**
 * Adds to `named` the clauses that open with their verb ("has already pledged …") after a named clause and
 * short asides only ("Canada, for its part, has …"): they say something of that clause's subject.
 */
function subjectClauses(sentence: { text: string; start: number }, clauses: readonly Span[], named: Set<Span | undefined>): void {
  let subject = -1;
  clauses.forEach((c, i) => {
    if (named.has(c)) {
      subject = i;
      return;
    }
    const words = sentence.text.slice(c.start - sentence.start, c.end - sentence.start).trim().split(/\s+/u);
    if (subject >= 0 && VERB_OPENERS.has(words[0].toLowerCase())) {
      const asides = clauses.slice(subject + 1, i);
      if (asides.every((a) => sentence.text.slice(a.start - sentence.start, a.end - sentence.start).trim().split(/\s+/u).length <= 5)) named.add(c);
    }
  });
}

/** Verbs of saying that open a clause whose subject stands in the clauses before it ("X's owner, Y, said …"). */
const SAYING_OPENERS = new Set(`said says told added warned announced insisted explained wrote confirmed`.split(" "));

/**
 * The names of the clause at `pos`; for a clause with none that opens with its verb ("…, Hugo Brand, said
 * that …", "…, has pledged …"), the names of the run of named clauses right before it: its subject.
 */
function actorNames(terms: readonly ClaimTerm[], clauses: readonly Span[], sentence: { text: string; start: number }, pos: number): Set<string> {
  const own = clauseNames(terms, clauses, pos);
  if (own.size) return own;
  const i = clauses.findIndex((c) => c.start <= pos && pos < c.end);
  if (i <= 0) return own;
  const first = sentence.text.slice(clauses[i].start - sentence.start, clauses[i].end - sentence.start).trim().split(/\s+/u)[0]?.toLowerCase() ?? "";
  if (!VERB_OPENERS.has(first) && !SAYING_OPENERS.has(first)) return own;
  for (let k = i - 1; k >= 0; k--) {
    const names = clauseNames(terms, clauses, clauses[k].start);
    if (!names.size) break;
    for (const x of names) own.add(x);
  }
  return own;
}

export function clauseAt(clauses: readonly Span[], pos: number): Span | undefined {
  return clauses.find((c) => c.start <= pos && pos < c.end);
}

export function inSpan(t: ClaimTerm, c: Span): boolean {
  return t.start >= c.start && t.end <= c.end;
}

/** Keys of the names (roles and demonyms aside) in the clause that holds `pos`. */
export function clauseNames(terms: readonly ClaimTerm[], clauses: readonly Span[], pos: number): Set<string> {
  const c = clauseAt(clauses, pos);
  const out = new Set<string>();
  if (c) for (const t of terms) if (t.name && !t.role && inSpan(t, c)) out.add(t.key);
  return out;
}

/**
 * The predicate a negation denies, for a negated term: the first word its negation reaches, past a verb that only
 * carries another ("would not try to run", "should have been given powers").
 */
function negatedHead(terms: readonly ClaimTerm[], x: ClaimTerm): ClaimTerm {
  const at = terms.indexOf(x);
  let k = at;
  while (k > 0 && terms[k - 1].negated && !terms[k - 1].quoted) k--;
  while (k < at && CARRIERS.has(terms[k].text.toLowerCase())) k++;
  return terms[k];
}

/** A term that is the old state of a change in a corpus sentence: "from 20 hours to 30 hours". */
function changedFrom(evidence: EvidenceView, y: ClaimTerm): boolean {
  const at = y.start - evidence.start;
  return /\bfrom\s+(?:\S+\s+){0,2}$/iu.test(evidence.text.slice(Math.max(0, at - 40), at)) && /^\s+to\b/iu.test(evidence.text.slice(y.end - evidence.start));
}

/** A name right before a role word ("The Wexmoor mayor"): someone the sentence describes rather than names. */
function describesSomeone(evidence: EvidenceView): boolean {
  return evidence.terms.some((t, i) => t.name && describedBy(evidence, i));
}

function describedBy(evidence: EvidenceView, i: number): boolean {
  const t = evidence.terms[i];
  const next = evidence.terms[i + 1];
  return !!next && !next.name && ROLE_WORDS.has(fold(next.text)) && /^\s*$/.test(evidence.text.slice(t.end - evidence.start, next.start - evidence.start));
}

/**
 * The corpus's actor is a person described by a name and a role word ("The Wexmoor mayor will not attend …"),
 * and each name only the draft gives stands in the sentences before it in its block: the same person ("Lindgren").
 */
function describedAntecedent(mine: ReadonlySet<string>, theirs: ReadonlySet<string>, evidence: EvidenceView): boolean {
  const theirsOnly = [...theirs].filter((k) => !mine.has(k));
  const mineOnly = [...mine].filter((k) => !theirs.has(k));
  if (!theirsOnly.length || !mineOnly.length || !mineOnly.every((k) => evidence.antecedents?.has(k))) return false;
  return theirsOnly.every((k) => {
    const i = evidence.terms.findIndex((t) => t.key === k && t.name);
    return i >= 0 && describedBy(evidence, i);
  });
}

/** Both clauses name someone the other does not: different actors, even when
 * they share a place ("X will not attend the summit in Paris, where Y will be
 * present": Paris is in both, the negation is X's). */
export function otherActors(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (!a.size || !b.size) return false;
  let aOnly = false;
  let bOnly = false;
  for (const k of a) if (!b.has(k)) aOnly = true;
  for (const k of b) if (!a.has(k)) bOnly = true;
  return aOnly && bOnly;
}

// ---------------------------------------------------------------------------
// Names and predicates.

/** A short name word one edit from the word in the same place of a corpus full
 * name that shares the mention's other words: "Lena Brandtt" for "Lena Brandt". */
function nearInFullName(kb: Knowledge, n: NameMention, t: ClaimTerm): boolean {
  const i = n.tokens.findIndex((x) => x.start === t.start);
  if (i < 0 || n.tokens.length < 2) return false;
  const form = kb.names.forms.get(n.tokens[i === 0 ? 1 : 0].text);
  if (!form) return false;
  const bare = fold(stripPossessive(t.text));
  for (const full of form.inNames.keys()) {
    const ws = full.split(" ");
    if (ws.length !== n.tokens.length || !ws.every((w, k) => k === i || w === n.tokens[k].text)) continue;
    if (editDistance(bare, fold(ws[i]), 1) <= 1) return true;
  }
  return false;
}

/** The predicate of a claim, roughly: the main verb after its first name, when
 * only auxiliaries stand between ("co-chair" in "the port has asked to co-host
 * the talks"; none in "China has a record"). */
function predicateOf(claim: Claim): ClaimTerm | undefined {
  const first = claim.terms.find((t) => t.name && !t.role);
  if (!first) return undefined;
  let end = first.end;
  for (const t of claim.all) if (t.name && t.start >= end && /^[\s'’s]*$/.test(claim.sentence.text.slice(end - claim.sentence.start, t.start - claim.sentence.start))) end = t.end;
  const s = claim.sentence;
  const { head } = verbGroup(s.text, s.start, end, s.end);
  return head && claim.terms.find((t) => t.start === head.start);
}
