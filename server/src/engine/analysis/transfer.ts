// Transfers the wrong way round: the draft has a party lease, rent, lend,
// sell or hire something "from X" where the corpus has the same verb "to X"
// (or the reverse): "leases its ships from Westby" against "the vessels it
// leases to Westby". For analysis/claims.ts.
//
// The draft side: a verb of transfer, then within a few words "to" or "from"
// and a capitalised name, in one clause. The corpus side: a sentence with the
// same verb (any form) and the other preposition before the same name, which
// also names another party of the draft's sentence (the one doing the
// leasing). Quiet when any corpus sentence has the draft's own direction.
// Information: the corpus states the direction, but a sentence may hold two
// transfers.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";

export interface TransferFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

/** Verb stems of transfer whose direction "to" / "from" tells who gives and who receives. */
const VERB = String.raw`(leas|rent|lend|lent|sell|sold|loan|hir)(?:e|es|ed|ing|s|ting)?`;
const TRANSFER = new RegExp(String.raw`\b${VERB}\b((?:\s+(?:out\s+)?[\p{Ll}'’-]+){0,4}?)\s+(to|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})`, "gu");

/** The transfers of a text: the verb's stem, the preposition, the party's name (lower case), where the match stands. */
function transfersOf(text: string): Array<{ stem: string; dir: string; party: string; index: number; length: number; text: string }> {
  const out: Array<{ stem: string; dir: string; party: string; index: number; length: number; text: string }> = [];
  for (const m of text.matchAll(TRANSFER)) {
    if (/[,;:]/.test(m[2])) continue;
    const stem = m[1] === "lent" ? "lend" : m[1] === "sold" ? "sell" : m[1];
    out.push({ stem, dir: m[3], party: m[4].toLowerCase().replace(/['’]s$/u, ""), index: m.index!, length: m[0].length, text: m[0] });
  }
  return out;
}

/** A transfer of the draft that the corpus runs the other way between the same parties. */
export function reversedTransfer(kb: Knowledge, claim: Claim, pool: readonly IndexedSentence[]): TransferFinding | undefined {
  const s = claim.sentence;
  const mine = transfersOf(s.text);
  if (!mine.length) return undefined;
  const names = claim.all.filter((t) => t.name);
  for (const t of mine) {
    const partyKeys = new Set(names.filter((n) => n.start >= s.start + t.index && n.end <= s.start + t.index + t.length).map((n) => n.key));
    // The other party: a name of the sentence outside the transfer phrase.
    const others = [...new Set(names.filter((n) => !partyKeys.has(n.key)).map((n) => n.key))];
    if (!others.length) continue;
    const hits = kb.index.query([...partyKeys, ...others], 30).map((h) => h.sentence);
    const candidates = [...new Set([...pool, ...hits])].map((x) => ({ x, text: kb.articles[x.article]?.sentences[x.sentence]?.text ?? "" }));
    const same = (c: { text: string }, dir: string) => transfersOf(c.text).some((u) => u.stem === t.stem && u.dir === dir && u.party === t.party);
    if (candidates.some((c) => same(c, t.dir))) continue;
    const opposite = t.dir === "to" ? "from" : "to";
    const found = candidates.find((c) => same(c, opposite) && others.some((k) => c.x.terms.has(k)));
    if (!found) continue;
    const theirs = transfersOf(found.text).find((u) => u.stem === t.stem && u.dir === opposite && u.party === t.party)!;
    return {
      reason: `the corpus says "${theirs.text}" where the draft says "${t.text}"`,
      focus: { start: s.start + t.index, end: s.start + t.index + t.length },
      evidence: [found.x],
    };
  }
  return undefined;
}
