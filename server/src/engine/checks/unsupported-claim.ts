// unsupported-claim: a draft sentence that asserts something no corpus
// sentence covers — a person no article mentions, an actor swapped for
// another, a reversed stance or negation, an opposite word ("fell" for
// "rose"), another nationality for the same noun, a possibility reported as
// done, a figure the corpus only has with another value, a call or meeting
// between known people that no article reports, a known person's stance no
// article gives them, a route, a preference or a time offset the other way
// round, or content found nowhere. Which
// sentences count and how support is measured: analysis/claims.ts.
import { claimOf, supportEvidence, supportOf, type Support } from "../analysis/claims";
import type { Knowledge } from "../knowledge/knowledge";
import { overlapsBySentence } from "../text/sentences";
import type { Finding } from "../types";
import { cite, type Check } from "./check";

function clip(s: string, n = 160): string {
  return s.length > n ? s.slice(0, n - 1).trimEnd() + "…" : s;
}

export function claimFinding(kb: Knowledge, support: Support): Finding {
  const s = support.claim.sentence;
  const evidence = supportEvidence(kb, support);
  const closest = evidence[0] ? ` Closest: ${cite(evidence[0])}: "${clip(evidence[0].sentence)}"` : "";
  const lead =
    support.verdict === "reversed" ? "Contradicts the corpus"
    : support.verdict === "swapped" ? "Different actor than in the corpus"
    : support.verdict === "changed" ? "Described differently than in the corpus"
    : support.verdict === "overstated" ? "Stated as done, the corpus only as possible"
    : "Not supported by the corpus";
  return {
    category: "claim",
    code: "unsupported-claim",
    span: { start: s.start, end: s.end },
    severity: support.severity ?? (support.verdict === "reversed" || support.verdict === "swapped" ? "warning" : "information"),
    message: `${lead}: ${support.reason}.${closest}`,
    suggestions: [],
    evidence,
  };
}

export const unsupportedClaim: Check = {
  id: "unsupported-claim",
  category: "claim",
  // Each sentence is judged on its own names, the corpus and the findings on it.
  scope: "sentence",
  readsPrior: true,
  run(ctx) {
    const out: Finding[] = [];
    // Only the earlier findings on a sentence bear on it (see `readsPrior`): each sentence gets its own.
    const priorOf = overlapsBySentence(ctx.draft.sentences, ctx.prior);
    for (const s of ctx.draft.sentences) {
      const claim = claimOf(ctx.draft, s);
      if (!claim) continue;
      const support = supportOf(ctx.kb, ctx.draft, claim, priorOf[s.index] ?? []);
      if (support.verdict !== "supported") out.push(claimFinding(ctx.kb, support));
    }
    return out;
  },
};
