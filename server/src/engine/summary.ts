// Per-paragraph summary for the editor's at-a-glance view (a CodeLens):
// how many of a paragraph's checkable assertions the corpus supports, how
// many it does not, and how many carry another finding (a name, title, date,
// figure or quote to fix). Built from a check's findings, so it always agrees
// with the diagnostics and costs no second check.
import { claimOf } from "./analysis/claims";
import type { CheckResult } from "./engine";
import type { Span } from "./types";

export interface ParagraphSummary {
  span: Span;
  /** Sentences that make a checkable assertion. */
  claims: number;
  /** Claims with no finding at all. */
  supported: number;
  /** Claims flagged as unsupported. */
  unsupported: number;
  /** Sentences with a finding of another category. */
  toFix: number;
}

export function paragraphSummaries(result: CheckResult): ParagraphSummary[] {
  const { draft, findings } = result;
  const shown = findings.filter((f) => f.severity !== "hint");
  const out: ParagraphSummary[] = [];
  for (const b of draft.checkable.blocks) {
    if (b.kind !== "paragraph") continue;
    const row: ParagraphSummary = { span: { start: b.start, end: b.end }, claims: 0, supported: 0, unsupported: 0, toFix: 0 };
    for (const s of draft.sentences) {
      if (s.start < b.start || s.start >= b.end) continue;
      const here = shown.filter((f) => f.span.start < s.end && s.start < f.span.end);
      const isClaim = !!claimOf(draft, s);
      if (isClaim) row.claims++;
      if (here.some((f) => f.category === "claim")) row.unsupported++;
      else if (here.length) row.toFix++;
      else if (isClaim) row.supported++;
    }
    if (row.claims || row.toFix) out.push(row);
  }
  return out;
}

export function summaryTitle(s: ParagraphSummary): string {
  const parts = [`${s.supported} supported`];
  if (s.unsupported) parts.push(`${s.unsupported} unsupported`);
  if (s.toFix) parts.push(`${s.toFix} to fix`);
  return parts.join(" · ");
}
