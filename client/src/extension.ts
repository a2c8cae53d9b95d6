// The VS Code extension: starts the language server and hands it Markdown and
// plain-text documents, saved or untitled. All checking happens in the server.
import * as path from "node:path";
import type * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "plaintext" },
    ],
    synchronize: { configurationSection: "factcheck" },
    outputChannelName: "Corpus Fact-Check",
  };
  client = new LanguageClient("factcheck", "Corpus Fact-Check", serverOptions, clientOptions);
  // Commands the server declares (executeCommandProvider) are registered by the client library.
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
