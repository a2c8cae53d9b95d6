// Unreported acts: a weighty act of law, office or work (suing, charging,
// arresting, convicting, sacking, resigning, striking) told of a known actor
// that no corpus passage about that actor reports ("the council would sue
// X" where no article speaks of suing X). For
// analysis/claims.ts; the act words are general English.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { analyzedEvidence, termKey } from "./claims";
import type { NameMention } from "./names";

/** Forms of each act, by the act's plain name; "charged" counts only before "with". */
const ACT_FORMS: Record<string, string> = {
  sue: "sue sues sued suing lawsuit",
  arrest: "arrest arrests arrested arresting",
  charge: "charged",
  convict: "convict convicts convicted conviction",
  jail: "jail jails jailed imprison imprisoned",
  indict: "indict indicts indicted indictment",
  acquit: "acquit acquits acquitted acquittal",
  prosecute: "prosecute prosecutes prosecuted prosecuting",
  sack: "sack sacks sacked sacking",
  resign: "resign resigns resigned resigning resignation",
  expel: "expel expels expelled expulsion",
  impeach: "impeach impeached impeachment",
  extradite: "extradite extradited extradition",
  strike: "strike strikes walkout walkouts",
};

/** Words before "strike" that make it an attack, not a stoppage of work. */
const ATTACK_BEFORE = new Set(["air", "drone", "missile", "military", "nuclear", "rocket", "artillery", "precision", "retaliatory", "pre-emptive", "preemptive", "lightning"]);

/** A form of an act read in its place: "charged" only before "with"; "strike" a stoppage of work, not an attack ("drone strikes on …"). */
function actHere(act: string, text: string, at: number, length: number): boolean {
  const after = text.slice(at + length);
  if (act === "charge") return /^\s+with\b/u.test(after);
  if (act === "strike") {
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? "";
    return !ATTACK_BEFORE.has(before) && !/^\s+(?:on|against)\b/u.test(after);
  }
  return true;
}

/** Each act as a noun, for messages. */
const ACT_NOUNS: Record<string, string> = {
  sue: "lawsuit", arrest: "arrest", charge: "charge", convict: "conviction", jail: "jail sentence", indict: "indictment", acquit: "acquittal",
  prosecute: "prosecution", sack: "sacking", resign: "resignation", expel: "expulsion", impeach: "impeachment", extradite: "extradition",
  kill: "death", injure: "injury",
};

/** Harm to people, which a corpus may tell did not happen ("no deaths have been reported"): deniable, not an act of law. */
const HARM_FORMS: Record<string, string> = {
  kill: "kill kills killed killing death deaths died die dies",
  injure: "injure injured injuring injury injuries wounded",
};

interface Lexicon {
  /** Per written form, the act it names. */
  byForm: Map<string, string>;
  /** Per act, the index keys of all its forms. */
  keysOf: Map<string, string[]>;
}
const lexicons = new Map<Record<string, string>, Lexicon>();
/** The lookup tables of an act table, built on first use (not at module load: `termKey` comes from a module that imports this one). */
function lexiconOf(table: Record<string, string>): Lexicon {
  let l = lexicons.get(table);
  if (!l) {
    l = { byForm: new Map(), keysOf: new Map() };
    for (const [act, forms] of Object.entries(table)) {
      const list = forms.split(" ");
      for (const f of list) l.byForm.set(f, act);
      l.keysOf.set(act, [...new Set(list.map(termKey))]);
    }
    lexicons.set(table, l);
  }
  return l;
}
const lexicon = () => lexiconOf(ACT_FORMS);
let deniable: Record<string, string> | undefined;

export interface ActFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

/**
 * An act from the list above, asserted (not negated, not in a quotation), in a
 * claim that names a known actor, where no corpus sentence with that act (in
 * any of its forms) has one of the claim's known names in it or next to it.
 */
export function unreportedAct(kb: Knowledge, claim: Claim, names: readonly NameMention[]): ActFinding | undefined {
  const { byForm, keysOf } = lexicon();
  const s = claim.sentence;
  // A capitalised first word alone may be no name, unless it is a surname of a person the corpus knows ("Sand was arrested …").
  const known = names.filter(
    (n) => n.tokens.some((t) => t.text.length >= 3 && kb.index.df.has(termKey(t.text))) && !(n.initial && n.tokens.length === 1 && !kb.roles.resolve(n.text)),
  );
  if (!known.length) return undefined;
  const nameKeys = [...new Set(known.flatMap((n) => n.tokens.map((t) => termKey(t.text)).filter((k) => kb.index.df.has(k))))];
  for (const m of s.text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    const act = byForm.get(word);
    if (!act) continue;
    if (!actHere(act, s.text, m.index!, m[0].length)) continue;
    const start = s.start + m.index!;
    const term = claim.all.find((t) => t.start === start);
    if (!term || term.negated || term.quoted || term.name) continue;
    // The act with any of the claim's known actors in the same or the next sentence.
    const reported = keysOf.get(act)!.some((k) => kb.index.containing(k).some((c) => kb.index.around(c).some((n) => nameKeys.some((x) => n.terms.has(x)))));
    if (reported) continue;
    const who = known.map((n) => `"${n.text}"`).slice(0, 2).join(" or ");
    const elsewhere = keysOf.get(act)!.some((k) => kb.index.df.has(k));
    return {
      reason: elsewhere ? `no corpus passage about ${who} reports "${m[0]}"` : `no corpus article reports anyone "${m[0]}"`,
      focus: { start, end: start + m[0].length },
      evidence: [],
    };
  }
  return undefined;
}

/**
 * An act from the lists above (harm to people too), asserted in the claim ("one person has been arrested"), where every corpus
 * sentence with that act, in a passage that shares a rare word of the claim ("leak"), tells that it did not
 * happen ("no arrests had been made", "police have not charged anyone"): the corpus says the opposite.
 */
export function deniedAct(kb: Knowledge, claim: Claim): ActFinding | undefined {
  const { byForm, keysOf } = lexiconOf((deniable ??= { ...ACT_FORMS, ...HARM_FORMS }));
  const s = claim.sentence;
  const index = kb.index;
  const rare = (key: string) => index.idf(key) >= index.idf("") * RARE_SHARE;
  for (const m of s.text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    const act = byForm.get(word);
    if (!act) continue;
    if (!actHere(act, s.text, m.index!, m[0].length)) continue;
    const start = s.start + m.index!;
    const term = claim.all.find((t) => t.start === start);
    if (!term || term.negated || term.quoted || term.name) continue;
    const keys = keysOf.get(act)!;
    // The claim's other rare words, which tie a corpus passage to the same story; not names, which a story's
    // other events share ("a man was arrested in <town> over a burglary").
    // The one it is attributed to ("…, Ruiz said") ties it too: the same person's account.
    const speakers = claim.all.filter((t) => t.name && !t.quoted && SAID_BY.test(s.text.slice(t.end - s.start, t.end - s.start + 12))).map((t) => t.key);
    const anchors = [...claim.all.filter((t) => !t.quoted && !t.name && !keys.includes(t.key) && rare(t.key)).map((t) => t.key), ...speakers];
    if (!anchors.length) continue;
    const denied: IndexedSentence[] = [];
    let asserted = false;
    for (const k of keys) {
      for (const c of index.containing(k)) {
        // The passage: the sentence, the one after it and the two before, which set up a denial ("Police have opened an
        // investigation. … No one has been arrested."); what follows it two sentences on is another matter.
        const passage = [-2, -1, 0, 1].map((d) => index.at(c.article, c.sentence + d));
        if (!passage.some((n) => !!n && anchors.some((a) => n.terms.has(a)))) continue;
        const terms = analyzedEvidence(kb, c).terms.filter((t) => keys.includes(t.key));
        if (terms.some((t) => !t.negated && !t.quoted)) asserted = true;
        else if (terms.some((t) => t.negated)) denied.push(c);
      }
    }
    if (asserted || !denied.length) continue;
    return {
      reason: `the corpus says there was no ${ACT_NOUNS[act] ?? act}`,
      focus: { start, end: start + m[0].length },
      evidence: denied,
    };
  }
  return undefined;
}

/** A name followed by a verb of saying: who the claim is attributed to. */
const SAID_BY = /^['’]?s?\s+(?:said|says|told|added)\b/u;

/** A word at least this share of the rarest words' weight ties a passage to a claim's story. */
const RARE_SHARE = 0.5;
