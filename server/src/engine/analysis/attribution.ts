// Attribution of statements: the draft reports what someone said ("The city
// will run 40 buses, Mayor X said") where the corpus sentence that says the
// same gives it to another named person. For analysis/claims.ts. (Quotations
// are the quote check's; this is reported speech.)
//
// The draft side: a person's name right before or right after a verb of
// saying or conceding ("X said", "said X", ", X told reporters", "X
// acknowledged", "X, chief executive of Y, confirmed"), outside quotation marks.
// The statement: the sentence's other content words (roles and the speaker's
// own words left out), at least three.
// The corpus side: the retrieved sentence that holds the most of the
// statement's weight, at least 0.6 of it; its speaker is a name of two words
// or more next to a verb of saying in it. Both speakers must be people the
// corpus knows. The finding (information) needs that speaker to be someone else: none of the draft speaker's name words in
// the corpus sentence, and none of the corpus speaker's in the draft's.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { termKey } from "./claims";
import { namesOfSentence, type NameMention } from "./names";
import { placeLike } from "./actor-swap";

const SAY = String.raw`(?:said|says|told|tells|added|adds|announced|announces|explained|stated|noted|warned|insisted|argued|acknowledged|acknowledges|admitted|admits|conceded|concedes|confirmed|confirms)`;
// Right after the name, or after an apposition ("X, chief executive of Y, confirmed").
// An adverb may stand between ("X also said", "X later acknowledged").
const SPEAKER_AFTER = new RegExp(String.raw`^\s*(?:,[^,"“”]{2,80},)?\s*(?:(?:also|later|then|earlier|previously|again|separately)\s+)?${SAY}\b`, "u");
const SPEAKER_BEFORE = new RegExp(String.raw`\b${SAY}\s*,?\s*$`, "u");
const QUOTED = /["“”]/u;

export interface AttributionFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

/** The name of the person who says the sentence, if a verb of saying stands right next to it. */
function speakerOf(text: string, offset: number, names: readonly NameMention[]): NameMention | undefined {
  for (const n of names) {
    if (n.tokens.length < 1) continue;
    const after = text.slice(n.end - offset, n.end - offset + 110);
    const before = text.slice(Math.max(0, n.start - offset - 12), n.start - offset);
    if (SPEAKER_AFTER.test(after) || SPEAKER_BEFORE.test(before)) return n;
  }
  return undefined;
}

const nameKeys = (n: NameMention) => n.tokens.map((t) => termKey(t.text));

/** Share of the statement a corpus sentence naming the draft's speaker must hold to be that speaker's saying it. */
const OWN_SAYING = 0.4;

/** A statement the draft gives to one person and the corpus to another. */
export function misattributedStatement(kb: Knowledge, claim: Claim, draftNames: readonly NameMention[]): AttributionFinding | undefined {
  const s = claim.sentence;
  if (QUOTED.test(s.text)) return undefined;
  const speaker = speakerOf(s.text, s.start, draftNames);
  // People the corpus knows on both sides: an organisation and its spokesperson are not two speakers.
  if (!speaker || !kb.roles.resolve(speaker.text)) return undefined;
  const mine = new Set(nameKeys(speaker));
  const content = [...new Set(claim.terms.filter((t) => !(t.start >= speaker.start && t.end <= speaker.end) && !t.quoted).map((t) => t.key))].filter(
    (k) => !/^(?:say|said|told|tell|ad|add|announc|explain|stat|not|warn|insist|argu|acknowledg|admit|conced|confirm)/.test(k),
  );
  if (content.length < 3) return undefined;
  const weight = (keys: readonly string[]) => keys.reduce((x, k) => x + kb.index.idf(k), 0);
  const total = weight(content);
  let best: IndexedSentence | undefined;
  let bestShare = 0;
  // Another sentence may give the same statement to the draft's speaker: most of it, or, naming the speaker, a good
  // part of it (the body the speaker leads may stand in the sentence before: "The staff union went further. Its
  // president, X, said …").
  let ownSaying = false;
  for (const h of kb.index.query([...content, ...mine], 8)) {
    const share = weight(content.filter((k) => h.sentence.terms.has(k))) / (total || 1);
    if (share >= OWN_SAYING && [...mine].some((k) => h.sentence.terms.has(k))) ownSaying = true;
    if (share > bestShare + 1e-9) (best = h.sentence), (bestShare = share);
  }
  if (!best || bestShare < 0.6 || ownSaying) return undefined;
  const article = kb.articles[best.article];
  const sentence = article.sentences[best.sentence];
  const theirs = speakerOf(sentence.text, sentence.start, namesOfSentence(article.names, best.sentence));
  // A person the corpus knows: a full name, or a surname its names resolve to one ("Frost also said").
  const known = !theirs ? undefined : theirs.tokens.length >= 2 ? (kb.roles.resolve(theirs.text) ? theirs.text : undefined) : fullNameOf(kb, theirs.tokens[0].text);
  if (!theirs || !known) return undefined;
  if (nameKeys(theirs).some((k) => mine.has(k) || claim.all.some((t) => t.key === k))) return undefined;
  return {
    reason: `the corpus gives this statement to ${known}, not ${speaker.text}`,
    focus: { start: speaker.start, end: speaker.end },
    evidence: [best],
  };
}

/** The one corpus full name (two words or more) that ends with `surname`, if it is a person's and there is one. */
function fullNameOf(kb: Knowledge, surname: string): string | undefined {
  const bare = surname.replace(/['’]s?$/u, "");
  if (placeLike(kb, termKey(bare))) return undefined;
  // The full names this word stands in (the name index's own look-up), ending with it.
  const found = [...(kb.names.forms.get(bare)?.inNames.keys() ?? [])].filter((full) => full.split(" ").length >= 2 && full.endsWith(` ${bare}`));
  return found.length === 1 ? found[0] : undefined;
}
