// Invented commitments: a known actor said to have pledged, agreed, accepted,
// offered or refused something the corpus has no word for ("Tarrow has
// already pledged a brass band to the festival" where no article speaks of a
// brass band). The commitment verbs are general English; which actors are
// known and which words the corpus uses come from the loaded corpus. For
// analysis/claims.ts.
import type { Knowledge } from "../knowledge/knowledge";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { termKey } from "./claims";
import type { NameMention } from "./names";

/** Verbs that commit an actor to something, in the forms a report of a done deal uses. */
const COMMIT =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:already|now|also|since|formally|officially|privately|publicly|quietly|reportedly)\s+)?(pledged|promised|committed|agreed|accepted|offered|vowed|signed|approved|declined|refused|halted|suspended)\b/iu;

/** Words that end the object of the verb: another clause, an attribution, a time. */
const OBJECT_END = /[,;:()\u2013\u2014]|\s-{1,2}\s|\b(?:and|then|according|since|after|before|when|while|which|who|because|but|although|once|if|unless|until)\b/iu;

export interface CommitmentFinding {
  reason: string;
  focus: Span;
}

/**
 * The claim's subject is a name the corpus uses, followed straight by a commitment verb; its object holds a
 * content word of at least five letters that no corpus article uses. A paraphrase may use a word the corpus
 * does not, so the finding is a note (information), never a warning.
 */
export function inventedCommitment(kb: Knowledge, claim: Claim, names: readonly NameMention[]): CommitmentFinding | undefined {
  if (claim.quotes) return undefined;
  const s = claim.sentence;
  const subject = names.find((n) => n.start - s.start <= 40);
  if (!subject || !subject.tokens.some((t) => t.text.length >= 3 && kb.index.df.has(termKey(t.text)))) return undefined;
  if (!kb.names.names.has(subject.text) && subject.initial && subject.tokens.length === 1) return undefined;
  // Only what comes before the name may be an opener ("Even so, Tarrow has …"), not a clause of its own.
  if (/[.;:]|\b(?:said|says|told)\b/iu.test(s.text.slice(0, subject.start - s.start))) return undefined;
  const after = s.text.slice(subject.end - s.start);
  const verb = COMMIT.exec(after);
  if (!verb) return undefined;
  const objectFrom = subject.end + verb.index + verb[0].length;
  const rest = s.text.slice(objectFrom - s.start);
  const end = OBJECT_END.exec(rest);
  const objectTo = objectFrom + (end ? end.index : rest.length);
  const unheard = claim.all.filter(
    (t) => t.start >= objectFrom && t.end <= objectTo && !t.name && !t.quoted && !t.negated && t.text.length >= 5 && /^\p{Ll}/u.test(t.text) && !kb.index.df.has(t.key),
  );
  if (!unheard.length) return undefined;
  const w = unheard[0];
  return {
    reason: `no corpus article mentions "${w.text}"; what ${subject.text} ${verb[1].toLowerCase()} is not in the corpus`,
    focus: { start: w.start, end: w.end },
  };
}
