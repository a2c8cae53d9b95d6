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
  type TextEdit,
} from "vscode-languageserver/node";
import type { AnalyzedText } from "../engine/analysis/analyze";
import type { Evidence, Finding, Severity } from "../engine/types";
import { Commands, DIAGNOSTIC_SOURCE, type DiagnosticData } from "./protocol";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(draft: AnalyzedText, span: { start: number; end: number }): Range {
  return { start: draft.lines.positionAt(span.start), end: draft.lines.positionAt(span.end) };
}

export function evidenceUri(e: Evidence): string {
  return e.path ? pathToFileURL(e.path).toString() : `untitled:${e.article}`;
}

export function evidenceLocation(e: Evidence): Location {
  const pos = { line: e.line - 1, character: e.column };
  const end = { line: e.line - 1, character: e.column + Math.max(0, e.span.end - e.span.start) };
  return { uri: evidenceUri(e), range: { start: pos, end } };
}

export function toDiagnostic(draft: AnalyzedText, f: Finding, related = true): Diagnostic {
  const data: DiagnosticData = {
    category: f.category,
    code: f.code,
    suggestions: f.suggestions,
    text: draft.text.slice(f.span.start, f.span.end),
    replacements: f.replacements?.map((r) => ({ start: r.span.start, end: r.span.end, newText: r.newText, title: r.title })),
  };
  return {
    range: rangeOf(draft, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: related
      ? f.evidence.slice(0, 5).map((e) => ({ location: evidenceLocation(e), message: truncate(e.sentence, 200) }))
      : undefined,
    data,
  };
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…";
}

export function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}\[\]<>#|])/g, "\\$1");
}

/** A Markdown block for one piece of evidence: sentence, title, article and line, and a link that opens it. */
export function evidenceMarkdown(e: Evidence): string {
  const link = `${evidenceUri(e)}#L${e.line}`;
  return `> ${escapeMd(truncate(e.sentence, 400))}\n>\n> — *${escapeMd(e.title || e.article)}* · [${escapeMd(e.article)}, line ${e.line}](${link})`;
}

export function findingsHover(findings: Finding[], extra?: string): MarkupContent {
  const parts: string[] = [];
  for (const f of findings) {
    parts.push(`**${f.category}** · \`${f.code}\` — ${escapeMd(f.message)}`);
    for (const e of f.evidence.slice(0, 4)) parts.push(evidenceMarkdown(e));
  }
  if (extra) parts.push(extra);
  return { kind: "markdown", value: parts.join("\n\n") };
}

/** Quick fixes for one diagnostic: the corpus's wording, accepting a spelling, silencing the line. */
export function quickFixes(uri: string, diagnostic: Diagnostic, lines: { lineText(line: number): string; positionAt(o: number): { line: number; character: number } }, markdown: boolean): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  const out: CodeAction[] = [];
  if (!data) return out;
  data.suggestions.slice(0, 5).forEach((s, i) => {
    const action = CodeAction.create(`Replace with "${truncate(s, 80)}" (corpus)`, { changes: { [uri]: [{ range: diagnostic.range, newText: s }] } }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = i === 0;
    out.push(action);
  });
  for (const r of data.replacements ?? []) {
    const edit: TextEdit = { range: { start: lines.positionAt(r.start), end: lines.positionAt(r.end) }, newText: r.newText };
    const action = CodeAction.create(r.title, { changes: { [uri]: [edit] } }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    out.push(action);
  }
  if (data.category === "name" && data.text) {
    const action = CodeAction.create(`Accept "${data.text}" as a spelling (add to .factcheck.json)`, CodeActionKind.QuickFix);
    action.command = { title: "Accept spelling", command: Commands.acceptSpelling, arguments: [uri, data.text] };
    action.diagnostics = [diagnostic];
    out.push(action);
  }
  if (markdown) {
    const line = diagnostic.range.start.line;
    const indent = /^\s*/.exec(lines.lineText(line))?.[0] ?? "";
    const action = CodeAction.create(
      `Disable ${data.category} checks for this line`,
      { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- factcheck-disable-next-line ${data.category} -->\n` }] } },
      CodeActionKind.QuickFix,
    );
    action.diagnostics = [diagnostic];
    out.push(action);
  }
  return out;
}

/** Source action: apply the first corpus fix of every warning that has one, without overlaps. */
export function fixAll(uri: string, diagnostics: Diagnostic[]): CodeAction | undefined {
  const edits: TextEdit[] = [];
  const taken: Range[] = [];
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character < b.character);
  for (const d of diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    if (d.source !== DIAGNOSTIC_SOURCE || d.severity !== DiagnosticSeverity.Warning || !data?.suggestions.length) continue;
    if (taken.some((r) => before(d.range.start, r.end) && before(r.start, d.range.end))) continue;
    taken.push(d.range);
    edits.push({ range: d.range, newText: data.suggestions[0] });
  }
  if (!edits.length) return undefined;
  return CodeAction.create(`Apply all corpus fixes (${edits.length})`, { changes: { [uri]: edits } }, "source.fixAll.factcheck");
}
