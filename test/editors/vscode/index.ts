// Extension-host tests with the real `vscode` API (the test-electron contract:
// this module exports `run(): Promise<void>`, which rejects when a test fails).
// They run the extension under development inside an editor — code-server here
// (test/editors/code-server-host.test.ts), desktop VS Code through
// @vscode/test-electron elsewhere (test/editors/vscode-electron.test.ts) — open a
// copy of the fixture draft with planted name errors and check what the editor
// gets: diagnostics at the right ranges, a hover citing article and line, a quick
// fix that changes the text, go-to-definition into the corpus article, and
// diagnostics that follow edits.
//
// Bundled to out/editor-suite/index.js (outside out/test/, so `node --test` does
// not count it as a test file); `vscode` is required only inside run().
import assert from "node:assert/strict";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type * as VSCode from "vscode";
import { FIXTURES, ROOT, planted, waitFor } from "../lib/harness";

type Test = { name: string; fn: () => Promise<void> };

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require("vscode") as typeof VSCode;
  const report = process.env.FACTCHECK_EDITOR_REPORT;
  const say = (line: string) => {
    console.log(line);
    if (report) appendFileSync(report, line + "\n");
  };
  if (report) writeFileSync(report, "");

  const p = planted();
  const dir = mkdtempSync(join(tmpdir(), "factcheck-host-"));
  const draftPath = join(dir, p.draft);
  cpSync(join(FIXTURES, p.draft), draftPath);
  const corpusDir = join(ROOT, "corpus");

  const ours = (uri: VSCode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "factcheck");
  const names = (uri: VSCode.Uri) => ours(uri).filter((d) => codeOf(d) === "name-spelling");

  let doc!: VSCode.TextDocument;
  let editor!: VSCode.TextEditor;
  const showDraft = async () => {
    editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    return editor;
  };
  /** The range of the n-th occurrence of `text` in the draft. */
  const rangeOf = (text: string): VSCode.Range => {
    const i = doc.getText().indexOf(text);
    assert.ok(i >= 0, `"${text}" is in the draft`);
    return new vscode.Range(doc.positionAt(i), doc.positionAt(i + text.length));
  };
  const diagnosticOn = (text: string) => names(doc.uri).find((d) => d.range.intersection(rangeOf(text)) !== undefined);

  const tests: Test[] = [
    {
      name: "the extension activates and flags each planted misspelling at its exact range",
      fn: async () => {
        doc = await vscode.workspace.openTextDocument(draftPath);
        await showDraft();
        assert.equal(doc.languageId, "markdown");
        await waitFor("a name-spelling diagnostic for every planted error", () => names(doc.uri).length >= p.planted.length, 60_000);
        const got = names(doc.uri).map((d) => doc.getText(d.range)).sort();
        assert.deepEqual(got, p.planted.map((x) => x.text).sort());
        for (const d of names(doc.uri)) {
          assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
          assert.ok(d.relatedInformation?.length, "a diagnostic carries its evidence");
          for (const r of d.relatedInformation ?? []) assert.ok(r.location.uri.fsPath.startsWith(corpusDir), `evidence points into the corpus: ${r.location.uri.fsPath}`);
        }
        for (const ok of p.correct) assert.equal(diagnosticOn(ok), undefined, `"${ok}" (the corpus spelling) is not flagged`);
      },
    },
    {
      name: "every category is flagged at its planted span, with evidence",
      fn: async () => {
        const categoryOf = (d: VSCode.Diagnostic) => String(codeOf(d)).replace(/-.*$/, "");
        const expected: Record<string, string> = { title: "title", date: "date", number: "number", quote: "quote", claim: "unsupported" };
        for (const { category, text } of p.categories) {
          const want = rangeOf(text);
          await waitFor(`a ${category} diagnostic on "${text}"`, () => ours(doc.uri).some((d) => categoryOf(d) === expected[category] && d.range.isEqual(want)), 30_000);
          const d = ours(doc.uri).find((x) => categoryOf(x) === expected[category] && x.range.isEqual(want))!;
          assert.ok(d.relatedInformation?.length, `the ${category} diagnostic carries its evidence`);
          assert.match(d.message, /\.txt/, `the ${category} message names the article`);
        }
      },
    },
    {
      name: "the message and the hover give the corpus spelling, the article and the line",
      fn: async () => {
        const { text, fix } = p.planted[0];
        const d = diagnosticOn(text);
        assert.ok(d, `a diagnostic on "${text}"`);
        const corpusSurname = fix.split(/\s+/).pop()!;
        assert.match(d.message, new RegExp(corpusSurname));
        const at = rangeOf(text).end.translate(0, -1);
        const hovers = await vscode.commands.executeCommand<VSCode.Hover[]>("vscode.executeHoverProvider", doc.uri, at);
        const md = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n\n");
        assert.match(md, new RegExp(corpusSurname), "the hover names the corpus spelling");
        const cite = citation(md);
        assert.ok(cite, `the hover cites an article and a line:\n${md}`);
        const lines = readFileSync(join(corpusDir, cite.article), "utf8").split(/\r?\n/);
        assert.ok(cite.line >= 1 && cite.line <= lines.length, `line ${cite.line} exists in ${cite.article}`);
        assert.ok(lines[cite.line - 1].includes(corpusSurname), `${cite.article}, line ${cite.line} holds the corpus spelling`);
      },
    },
    {
      name: "the quick fix replaces the misspelling with the corpus spelling and the mark goes away",
      fn: async () => {
        const { text, fix } = p.planted[0];
        const d = diagnosticOn(text);
        assert.ok(d);
        const actions = await vscode.commands.executeCommand<VSCode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        const fixes = (actions ?? []).filter((a) => a.edit && a.kind?.value.startsWith("quickfix"));
        assert.ok(fixes.length, "a quick fix is offered");
        const best = fixes.find((a) => a.isPreferred) ?? fixes[0];
        assert.ok(best.title.includes(fix), `the quick fix offers "${fix}": ${best.title}`);
        assert.ok(await vscode.workspace.applyEdit(best.edit!));
        assert.ok(doc.getText().includes(fix), "the draft now has the corpus spelling");
        assert.ok(!doc.getText().includes(text), "the misspelling is gone");
        await waitFor("the fixed name's diagnostic to disappear", () => names(doc.uri).length === p.planted.length - 1, 20_000);
      },
    },
    {
      name: "go to definition opens the corpus article at the cited line",
      fn: async () => {
        const { text, fix } = p.planted[1];
        const corpusSurname = fix.split(/\s+/).pop()!;
        const pos = rangeOf(text).start.translate(0, 1);
        const locations = await vscode.commands.executeCommand<(VSCode.Location | VSCode.LocationLink)[]>("vscode.executeDefinitionProvider", doc.uri, pos);
        assert.ok(locations?.length, "the definition provider answers");
        const first = locations[0];
        const target = "targetUri" in first ? { uri: first.targetUri, range: first.targetRange } : first;
        assert.ok(target.uri.fsPath.startsWith(corpusDir), `the definition is a corpus article: ${target.uri.fsPath}`);

        // What a person does: the cursor on the name, then Go to Definition.
        const config = vscode.workspace.getConfiguration("editor");
        await config.update("gotoLocation.multipleDefinitions", "goto", vscode.ConfigurationTarget.Global);
        try {
          await showDraft();
          editor.selection = new vscode.Selection(pos, pos);
          await vscode.commands.executeCommand("editor.action.revealDefinition");
          const opened = await waitFor("the corpus article to open", () => {
            const e = vscode.window.activeTextEditor;
            return e && e.document.uri.fsPath === target.uri.fsPath ? e : undefined;
          }, 15_000);
          assert.equal(opened.selection.active.line, target.range.start.line, "the article opens at the cited line");
          assert.ok(opened.document.lineAt(target.range.start.line).text.includes(corpusSurname), `${basename(target.uri.fsPath)}, line ${target.range.start.line + 1} holds the corpus spelling`);
        } finally {
          await config.update("gotoLocation.multipleDefinitions", undefined, vscode.ConfigurationTarget.Global);
          await showDraft();
        }
      },
    },
    {
      name: "typing a new misspelling adds a diagnostic there; correcting it removes it",
      fn: async () => {
        const before = names(doc.uri).length;
        const end = doc.positionAt(doc.getText().length);
        await editor.edit((b) => b.insert(end, `\n${p.typed.line}\n`));
        const d = await waitFor("a diagnostic on the typed name", () => diagnosticOn(p.typed.text), 20_000);
        assert.equal(doc.getText(d.range), p.typed.text);
        assert.equal(names(doc.uri).length, before + 1);
        await editor.edit((b) => b.replace(rangeOf(p.typed.text), p.typed.fix));
        await waitFor("the corrected name's diagnostic to disappear", () => names(doc.uri).length === before, 20_000);
        assert.equal(doc.getText(names(doc.uri)[0].range), p.planted[1].text, "the other diagnostics keep their ranges");
      },
    },
  ];

  let failed = 0;
  say(`# factcheck extension-host tests in ${vscode.env.appName} ${vscode.version} (${vscode.env.appHost})`);
  for (const [i, t] of tests.entries()) {
    const t0 = Date.now();
    try {
      await t.fn();
      say(`ok ${i + 1} - ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      say(`not ok ${i + 1} - ${t.name}\n  ${String((e as Error)?.stack ?? e).replace(/\n/g, "\n  ")}`);
      if (!doc) break; // nothing else can run without the draft
    }
  }
  say(`# ${tests.length - failed}/${tests.length} passed`);
  if (doc) {
    await showDraft();
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
  rmSync(dir, { recursive: true, force: true });
  if (failed) throw new Error(`${failed} of ${tests.length} extension-host tests failed`);
}

function codeOf(d: VSCode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === "object" ? String(c.value) : String(c);
}

/** The first "ARTICLE, line N" citation in hover Markdown whose article is a corpus file. */
function citation(md: string): { article: string; line: number } | undefined {
  const plain = md.replace(/\\(.)/g, "$1");
  for (const m of plain.matchAll(/([^\s\[\]()*:|/\\]+\.(?:txt|md)),? line (\d+)/g)) {
    if (existsSync(join(ROOT, "corpus", m[1]))) return { article: m[1], line: Number(m[2]) };
  }
  return undefined;
}
