// Views of findings for the command line: the JSON report and compiler-style text.
import type { AnalyzedText } from "../engine/analysis/analyze";
import type { Finding } from "../engine/types";

export interface JsonDiagnostic {
  category: string;
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  suggestions: string[];
  sources: Array<{ article: string; line: number; quote: string }>;
}

export function toJsonDiagnostic(draft: AnalyzedText, f: Finding): JsonDiagnostic {
  return {
    category: f.category,
    code: f.code,
    severity: f.severity,
    message: f.message,
    range: { start: draft.lines.positionAt(f.span.start), end: draft.lines.positionAt(f.span.end) },
    suggestions: f.suggestions,
    sources: f.evidence.map((e) => ({ article: e.article, line: e.line, quote: e.sentence })),
  };
}

export function toTextLine(path: string, draft: AnalyzedText, f: Finding): string {
  const p = draft.lines.positionAt(f.span.start);
  return `${path}:${p.line + 1}:${p.character + 1}: ${f.severity}: ${f.message} [${f.code}]`;
}
