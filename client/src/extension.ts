// The VS Code extension: starts the language server and hands it Markdown and
// plain-text documents, saved or untitled. All checking happens in the server;
// the client adds what only the editor can do: the language-status item, and
// commands that open the source article or show what the corpus knows.
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

interface StatusParams {
  articles: number;
  names: number;
  folders: string[];
  problems: number;
  lastCheckMs?: number;
  loading?: boolean;
}

const SELECTOR: vscode.DocumentSelector = [
  { scheme: "file", language: "markdown" },
  { scheme: "untitled", language: "markdown" },
  { scheme: "file", language: "plaintext" },
  { scheme: "untitled", language: "plaintext" },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR as LanguageClientOptions["documentSelector"],
    synchronize: {
      configurationSection: "factcheck",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/.factcheck.json"),
    },
    outputChannelName: "Corpus Fact-Check",
  };
  client = new LanguageClient("factcheck", "Corpus Fact-Check", serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem("factcheck.status", SELECTOR);
  status.name = "Corpus Fact-Check";
  status.text = "$(loading~spin) Fact-check: loading corpus";
  status.command = { title: "Reload corpus", command: "factcheck.reloadCorpus" };
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand("factcheck.openSource", openSource),
    vscode.commands.registerCommand("factcheck.showKnowledge", showKnowledge),
    vscode.commands.registerCommand("factcheck.checkWorkspaceFiles", async () => {
      const r = (await client?.sendRequest("workspace/executeCommand", { command: "factcheck.checkWorkspace", arguments: [] })) as
        | { files: number; findings: number }
        | undefined;
      if (r) void vscode.window.showInformationMessage(`Fact-check: ${r.files} files checked, ${r.findings} findings (see the Problems panel).`);
    }),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification("factcheck/status", (s: StatusParams) => {
      if (s.loading) {
        status.text = "$(loading~spin) Fact-check: loading corpus";
        status.busy = true;
        return;
      }
      status.busy = false;
      const took = s.lastCheckMs !== undefined ? ` · last check ${s.lastCheckMs} ms` : "";
      status.text = `$(book) ${s.articles} articles · ${s.names} names${took}`;
      status.detail = s.folders.join(", ");
      status.severity = s.problems ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    }),
  );
}

/** Opens the corpus article behind the fact-check diagnostic under the cursor. */
async function openSource(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const pos = editor.selection.active;
  const diags = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === "factcheck" && d.range.contains(pos));
  const target = diags.find((d) => d.relatedInformation?.length)?.relatedInformation?.[0].location;
  if (target) {
    await vscode.window.showTextDocument(target.uri, { selection: target.range, preview: true });
    return;
  }
  await vscode.commands.executeCommand("editor.action.revealDefinition");
}

/** Shows what the corpus knows about the name (or fact) under the cursor. */
async function showKnowledge(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const r = (await client.sendRequest("workspace/executeCommand", {
    command: "factcheck.explain",
    arguments: [editor.document.uri.toString(), editor.selection.active],
  })) as { summary: string; markdown: string } | null;
  if (!r) {
    void vscode.window.showInformationMessage("Fact-check: nothing the corpus knows about at the cursor.");
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: `# ${r.summary}\n\n${r.markdown}\n` });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
