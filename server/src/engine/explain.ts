// Hover and go-to-source for anything in a draft, flagged or not: what the
// corpus says about the name, role, date, figure, quotation or sentence at an
// offset. Each kind of fact has one explainer; the first that answers wins.
import type { AnalyzedText } from "./analysis/analyze";
import type { Knowledge } from "./knowledge/knowledge";
import { explainDate } from "./checks/date-mismatch";
import { explainFigure } from "./checks/number-mismatch";
import { explainQuote } from "./checks/quote-mismatch";
import { explainRole } from "./knowledge/roles";
import { explainSentence } from "./analysis/claims";
import type { Evidence, Span } from "./types";

export interface Explanation {
  span: Span;
  /** One line saying what it is, e.g. `Name "Ada Lindqvist": 7 mentions in 4 articles`. */
  summary: string;
  evidence: Evidence[];
}

export type Explainer = (kb: Knowledge, draft: AnalyzedText, offset: number) => Explanation | undefined;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

export const explainName: Explainer = (kb, draft, offset) => {
  for (const m of draft.names) {
    if (offset < m.start || offset > m.end) continue;
    const entity = kb.names.entityOf(m.text);
    if (entity) {
      const n = new Set(entity.mentions.map((x) => x.article)).size;
      const spellings = entity.spellings.length > 1 ? ` (spellings: ${entity.spellings.map((s) => `${s.text} ${s.count}×`).join(", ")})` : "";
      return { span: m, summary: `${entity.canonical}: ${plural(entity.mentions.length, "mention")} in ${plural(n, "article")}${spellings}`, evidence: kb.evidenceByArticle(entity.mentions) };
    }
    const full = kb.names.names.get(m.text);
    if (full) {
      const n = new Set(full.mentions.map((x) => x.article)).size;
      return { span: m, summary: `Name "${m.text}": ${plural(full.count, "mention")} in ${plural(n, "article")}`, evidence: kb.evidenceByArticle(full.mentions) };
    }
    const tok = m.tokens.find((t) => offset >= t.start && offset <= t.end) ?? m.tokens[m.tokens.length - 1];
    const g = kb.names.groupOf(tok.text);
    const form = kb.names.forms.get(tok.text) ?? g?.forms[0];
    if (form) {
      const spellings = g && g.forms.length > 1 ? ` (spellings: ${g.forms.map((f) => `${f.text} ${f.count}×`).join(", ")})` : "";
      return { span: m, summary: `Name "${form.text}": ${plural(form.count, "mention")}${spellings}`, evidence: kb.evidenceByArticle(form.mentions) };
    }
    return { span: m, summary: `Name "${m.text}" is not mentioned in the corpus`, evidence: [] };
  }
  return undefined;
};

/** Explainers in order of precedence; narrower facts (a quote, a figure) before wider ones (a sentence). */
export const EXPLAINERS: Explainer[] = [explainQuote, explainFigure, explainDate, explainRole, explainName, explainSentence];

export function explainAt(kb: Knowledge, draft: AnalyzedText, offset: number): Explanation | undefined {
  for (const ex of EXPLAINERS) {
    try {
      const x = ex(kb, draft, offset);
      if (x) return x;
    } catch {
      // An explainer that fails gives no hover; the others still may.
    }
  }
  return undefined;
}
