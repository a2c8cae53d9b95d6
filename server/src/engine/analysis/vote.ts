// Votes: the draft says a body voted unanimously where the corpus gives the
// same vote a split tally ("voted 7-2"), or gives a tally the corpus reports
// as unanimous. For analysis/claims.ts.
//
// The draft side: "unanimous(ly)" or a tally in digits ("7-2", "7 to 2") in a
// sentence with a word of voting (vote, voted, approved,
// backed, rejected, passed). The corpus side: a sentence with a word of voting
// that names a name of the draft's sentence and shares three of its content
// words besides the vote itself, with a tally or "unanimous(ly)". A split tally (second number above zero) against
// "unanimously" is a contradiction (warning); two different tallies are the
// number check's business. A split told in words ("by a narrow majority",
// "narrowly", "a split vote") counts as a split tally.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { clip } from "./frames";

export interface VoteFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

const VOTING = /\b(?:vote|votes|voted|voting|approved|backed|rejected|passed|endorsed|adopted)\b/iu;
const UNANIMOUS = /\bunanimous(?:ly)?\b/iu;
const TALLY = /\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b/u;
/** A split vote told in words (general English). */
const SPLIT = /\b(?:(?:by\s+)?an?\s+(?:narrow|slim|slender|bare)\s+majority|narrowly|(?:a|the)\s+(?:split|divided)\s+vote)\b/iu;
const SPLIT_WORD = /^(?:narrow|narrowly|slim|slender|bare|majority|split|divided)$/iu;

/** A split tally ("7-2"): both numbers, the second above zero; none for "unanimous". */
function tallyOf(text: string): { text: string; against: number } | undefined {
  const m = TALLY.exec(text);
  if (!m) return undefined;
  const a = +m[1];
  const b = +m[2];
  if (a <= b) return undefined; // "5-10 years" and the like: no vote tally
  return { text: m[0], against: b };
}

/** "Unanimously" in the draft where the corpus gives the same vote a split tally, or the reverse. */
export function voteTally(kb: Knowledge, claim: Claim, pool: readonly IndexedSentence[]): VoteFinding | undefined {
  const s = claim.sentence;
  if (!VOTING.test(s.text)) return undefined;
  const unanimous = UNANIMOUS.exec(s.text);
  const split = unanimous ? undefined : SPLIT.exec(s.text);
  const tally = unanimous ? undefined : tallyOf(s.text) ?? (split ? { text: split[0], against: 1 } : undefined);
  if (!unanimous && !(tally && tally.against > 0)) return undefined;
  // What was voted on: the claim's content words, the vote itself left out.
  const keys = [...new Set(claim.all.filter((t) => !t.quoted && !VOTING.test(t.text) && !UNANIMOUS.test(t.text) && !SPLIT_WORD.test(t.text)).map((t) => t.key))];
  const names = new Set(claim.all.filter((t) => t.name).map((t) => t.key));
  const hits = kb.index.query(keys, 20).map((h) => h.sentence);
  for (const ev of new Set([...pool, ...hits])) {
    const text = kb.articles[ev.article]?.sentences[ev.sentence]?.text ?? "";
    if (!VOTING.test(text)) continue;
    // The same vote: a name of the draft's sentence and two more of its words.
    const shared = keys.filter((k) => ev.terms.has(k));
    // A sentence that names no one ("the motion … was passed by a narrow majority"): three words, most of its own.
    if (shared.length < 3 || !(shared.some((k) => names.has(k)) || (!names.size && shared.length >= 0.6 * keys.length))) continue;
    if (unanimous) {
      const theirs = tallyOf(text);
      if (!theirs || theirs.against === 0 || UNANIMOUS.test(text)) continue;
      return {
        reason: `the corpus gives the vote as ${theirs.text}, not unanimous ("${clip(text, 110)}")`,
        focus: { start: s.start + unanimous.index, end: s.start + unanimous.index + unanimous[0].length },
        evidence: [ev],
      };
    }
    if (tally && UNANIMOUS.test(text) && !tallyOf(text)) {
      const at = s.text.indexOf(tally.text);
      return {
        reason: `the corpus says the vote was unanimous, not ${tally.text} ("${clip(text, 110)}")`,
        focus: { start: s.start + at, end: s.start + at + tally.text.length },
        evidence: [ev],
      };
    }
  }
  return undefined;
}

