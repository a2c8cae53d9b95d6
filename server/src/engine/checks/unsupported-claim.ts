// unsupported-claim: a draft sentence that asserts something no corpus
// sentence covers — a person no article mentions, an actor swapped for
// another, a reversed stance or negation, or content found nowhere. Which
// sentences count and how support is measured: analysis/claims.ts.
import { claimOf, supportEvidence, supportOf, type Support } from "../analysis/claims";
import type { Knowledge } from "../knowledge/knowledge";
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
    : "Not supported by the corpus";
  return {
    category: "claim",
    code: "unsupported-claim",
    span: { start: s.start, end: s.end },
    severity: support.verdict === "reversed" || support.verdict === "swapped" ? "warning" : "information",
    message: `${lead}: ${support.reason}.${closest}`,
    suggestions: [],
    evidence,
  };
}

export const unsupportedClaim: Check = {
  id: "unsupported-claim",
  category: "claim",
  run(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.draft.sentences) {
      const claim = claimOf(ctx.draft, s);
      if (!claim) continue;
      const support = supportOf(ctx.kb, ctx.draft, claim, ctx.prior);
      if (support.verdict !== "supported") out.push(claimFinding(ctx.kb, support));
    }
    return out;
  },
};
