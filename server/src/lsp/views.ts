// LSP views of engine findings: diagnostics, hovers, code actions, locations.
import { pathToFileURL } from "node:url";
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic,
  type Location,
  type MarkupContent,
  type Range,
} from "vscode-languageserver/node";
import type { AnalyzedText } from "../engine/analysis/analyze";
import type { Evidence, Finding, Severity } from "../engine/types";
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from "./protocol";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(draft: AnalyzedText, span: { start: number; end: number }): Range {
  return { start: draft.lines.positionAt(span.start), end: draft.lines.positionAt(span.end) };
}

export function evidenceLocation(e: Evidence): Location {
  const uri = e.path ? pathToFileURL(e.path).toString() : `untitled:${e.article}`;
  const pos = { line: e.line - 1, character: e.column };
  const end = { line: e.line - 1, character: e.column + Math.max(0, e.span.end - e.span.start) };
  return { uri, range: { start: pos, end } };
}

export function toDiagnostic(draft: AnalyzedText, f: Finding, related = true): Diagnostic {
  const data: DiagnosticData = { suggestions: f.suggestions, code: f.code };
  return {
    range: rangeOf(draft, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: related
      ? f.evidence.slice(0, 5).map((e) => ({ location: evidenceLocation(e), message: `${e.article}:${e.line}: ${truncate(e.sentence, 160)}` }))
      : undefined,
    data,
  };
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…";
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}\[\]<>#|])/g, "\\$1");
}

/** A Markdown block for one piece of evidence: sentence, title, article and line, and a link that opens it. */
export function evidenceMarkdown(e: Evidence): string {
  const link = `${evidenceLocation(e).uri}#L${e.line}`;
  return `> ${escapeMd(truncate(e.sentence, 400))}\n>\n> — *${escapeMd(e.title || e.article)}* · [${escapeMd(e.article)}, line ${e.line}](${link})`;
}

export function findingsHover(findings: Finding[]): MarkupContent {
  const parts: string[] = [];
  for (const f of findings) {
    parts.push(`**${f.category}** · \`${f.code}\` — ${escapeMd(f.message)}`);
    for (const e of f.evidence.slice(0, 4)) parts.push(evidenceMarkdown(e));
  }
  return { kind: "markdown", value: parts.join("\n\n") };
}

export function quickFixes(uri: string, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data?.suggestions?.length) return [];
  return data.suggestions.slice(0, 5).map((s, i) => {
    const action = CodeAction.create(`Replace with "${s}" (corpus)`, { changes: { [uri]: [{ range: diagnostic.range, newText: s }] } }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = i === 0;
    return action;
  });
}
