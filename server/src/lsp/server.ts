// The language server: a thin LSP adapter over the engine. It keeps no facts
// of its own; it loads the engine, checks documents as they change (debounced,
// stale checks dropped), and turns findings into diagnostics, hovers, quick
// fixes and locations.
import { watch, type FSWatcher } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Location,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Engine, defaultCorpusDir, type CheckResult } from "../engine/engine";
import { explainAt } from "../engine/explain";
import { markupKindOf } from "../engine/text/markup";
import type { Finding } from "../engine/types";
import { Commands, DEFAULT_SETTINGS, DIAGNOSTIC_SOURCE, type Settings } from "./protocol";
import { evidenceLocation, evidenceMarkdown, findingsHover, quickFixes, toDiagnostic } from "./views";

interface DocState {
  version: number;
  result: CheckResult;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const state = new Map<string, DocState>();
  const timers = new Map<string, NodeJS.Timeout>();
  let workspaceRoots: string[] = [];
  let initOptions: Partial<Settings> = {};
  let hasConfiguration = false;
  let relatedInformation = true;
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let engine: Engine | undefined;
  let loading: Promise<Engine> | undefined;
  let watchers: FSWatcher[] = [];
  let reloadTimer: NodeJS.Timeout | undefined;

  const log = (msg: string) => connection.console.log(msg);

  function sanitize(raw: unknown): Settings {
    const s = { ...DEFAULT_SETTINGS };
    if (raw && typeof raw === "object") {
      const r = raw as Record<string, unknown>;
      if (Array.isArray(r.corpus)) s.corpus = r.corpus.filter((x): x is string => typeof x === "string" && x.trim() !== "");
      else if (r.corpus !== undefined) connection.window.showWarningMessage(`factcheck.corpus must be a list of folders; using the bundled corpus.`);
      if (typeof r.debounceMs === "number" && Number.isFinite(r.debounceMs)) s.debounceMs = Math.max(0, Math.min(5000, r.debounceMs));
    }
    return s;
  }

  async function readSettings(): Promise<Settings> {
    if (hasConfiguration) {
      try {
        const raw = await connection.workspace.getConfiguration({ section: "factcheck" });
        return sanitize({ ...initOptions, ...(raw ?? {}) });
      } catch {
        return sanitize(initOptions);
      }
    }
    return sanitize(initOptions);
  }

  function corpusFolders(): string[] {
    if (!settings.corpus.length) {
      const d = defaultCorpusDir();
      return d ? [d] : [];
    }
    const base = workspaceRoots[0] ?? process.cwd();
    return settings.corpus.map((p) => (isAbsolute(p) ? p : resolve(base, p)));
  }

  function watchCorpus(folders: string[]): void {
    for (const w of watchers) w.close();
    watchers = [];
    for (const f of folders) {
      try {
        const w = watch(f, { recursive: true }, () => scheduleReload());
        w.on("error", () => undefined);
        watchers.push(w);
      } catch {
        // A missing folder is reported by the loader; nothing to watch.
      }
    }
  }

  function scheduleReload(): void {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void reload(), 400);
  }

  async function reload(): Promise<Engine> {
    settings = await readSettings();
    const folders = corpusFolders();
    const p = Engine.load(folders).then((e) => {
      engine = e;
      for (const pr of e.problems) connection.window.showWarningMessage(`Fact-check corpus: ${pr.path}: ${pr.message}`);
      log(`corpus: ${e.kb.articles.length} articles, ${e.kb.names.size} names from ${folders.join(", ")} in ${e.loadMs.toFixed(0)} ms`);
      if (e.kb.articles.length === 0) connection.window.showWarningMessage(`Fact-check: no readable articles in ${folders.join(", ")}.`);
      watchCorpus(folders);
      for (const d of documents.all()) schedule(d, 0);
      return e;
    });
    loading = p;
    return p;
  }

  async function ready(): Promise<Engine> {
    if (engine) return engine;
    return loading ?? reload();
  }

  function schedule(doc: TextDocument, delay = settings.debounceMs): void {
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    timers.set(doc.uri, setTimeout(() => void validate(doc.uri), delay));
  }

  async function validate(uri: string): Promise<void> {
    timers.delete(uri);
    const e = await ready();
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const result = e.check(doc.getText(), markupKindOf(uri, doc.languageId));
      // A newer edit arrived while checking: drop this result.
      if (documents.get(uri)?.version !== version) return;
      state.set(uri, { version, result });
      await connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f) => toDiagnostic(result.draft, f, relatedInformation)) });
    } catch (err) {
      connection.console.error(`check failed for ${uri}: ${(err as Error).stack ?? err}`);
    }
  }

  /** The latest check of a document, made now if the document changed since. */
  async function current(uri: string): Promise<CheckResult | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const s = state.get(uri);
    if (s && s.version === doc.version) return s.result;
    const e = await ready();
    const result = e.check(doc.getText(), markupKindOf(uri, doc.languageId));
    state.set(uri, { version: doc.version, result });
    return result;
  }

  function findingsAt(result: CheckResult, offset: number): Finding[] {
    return result.findings.filter((f) => offset >= f.span.start && offset <= f.span.end);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => safePath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceRoots.length && params.rootUri) {
      const p = safePath(params.rootUri);
      if (p) workspaceRoots.push(p);
    }
    initOptions = (params.initializationOptions ?? {}) as Partial<Settings>;
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation ?? true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
        executeCommandProvider: { commands: [Commands.reloadCorpus] },
      },
      serverInfo: { name: "factcheck-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(() => {
    void reload();
  });

  connection.onDidChangeConfiguration((change) => {
    if (!hasConfiguration && change.settings && typeof change.settings === "object") {
      const s = (change.settings as Record<string, unknown>).factcheck;
      if (s) initOptions = s as Partial<Settings>;
    }
    scheduleReload();
  });

  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    state.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    const result = await current(params.textDocument.uri);
    if (!doc || !result) return null;
    const offset = doc.offsetAt(params.position);
    const hits = findingsAt(result, offset);
    if (hits.length) {
      const first = hits[0];
      return { contents: findingsHover(hits), range: { start: doc.positionAt(first.span.start), end: doc.positionAt(first.span.end) } };
    }
    const e = await ready();
    const x = explainAt(e.kb, result.draft, offset);
    if (!x) return null;
    const body = [`**${x.summary}**`, ...x.evidence.slice(0, 4).map(evidenceMarkdown)].join("\n\n");
    return { contents: { kind: "markdown", value: body }, range: { start: doc.positionAt(x.span.start), end: doc.positionAt(x.span.end) } };
  });

  connection.onDefinition(async (params): Promise<Location[] | null> => {
    const doc = documents.get(params.textDocument.uri);
    const result = await current(params.textDocument.uri);
    if (!doc || !result) return null;
    const offset = doc.offsetAt(params.position);
    const hits = findingsAt(result, offset);
    if (hits.length && hits[0].evidence.length) return hits[0].evidence.map(evidenceLocation);
    const x = explainAt((await ready()).kb, result.draft, offset);
    return x?.evidence.length ? x.evidence.map(evidenceLocation) : null;
  });

  connection.onCodeAction((params): CodeAction[] => {
    const out: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      out.push(...quickFixes(params.textDocument.uri, d));
    }
    return out;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === Commands.reloadCorpus) {
      engine = undefined;
      const e = await reload();
      return { articles: e.kb.articles.length, names: e.kb.names.size };
    }
    return null;
  });

  connection.onShutdown(() => {
    for (const w of watchers) w.close();
    for (const t of timers.values()) clearTimeout(t);
    if (reloadTimer) clearTimeout(reloadTimer);
  });

  documents.listen(connection);
  connection.listen();
}

function safePath(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
