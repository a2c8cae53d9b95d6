// The language server: a thin LSP adapter over the engine. It keeps no facts
// of its own. It loads one engine per corpus (the project file's folders, else
// the `factcheck.corpus` setting, else the bundled corpus), checks documents as
// they change (debounced; a check made stale by a newer edit is dropped; a mark
// on the word being typed is held back for a moment), and turns findings into
// diagnostics, hovers, quick fixes and locations. It writes to a user's file
// only when the user picks the "accept spelling" action.
import { promises as fsp, watch, type FSWatcher } from "node:fs";
import { extname, isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  DiagnosticSeverity,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Location,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { addAcceptedSpelling, CONFIG_FILE, emptyConfig, lineColumn, loadConfigFile, type ProjectConfig } from "../engine/config";
import { Engine, defaultCorpusDir, type CheckResult } from "../engine/engine";
import { explainAt } from "../engine/explain";
import { paragraphSummaries, summaryTitle } from "../engine/summary";
import { DraftSession } from "../engine/incremental";
import { markupKindOf } from "../engine/text/markup";
import type { Finding } from "../engine/types";
import { Commands, DEFAULT_SETTINGS, DIAGNOSTIC_SOURCE, STATUS_NOTIFICATION, type Settings, type StatusParams } from "./protocol";
import { evidenceLocation, evidenceMarkdown, findingsHover, fixAll, quickFixes, toDiagnostic } from "./views";

interface DocState {
  version: number;
  result: CheckResult;
  engine: Engine;
}

interface FolderConfig {
  root: string;
  /** The last good project configuration (a malformed file leaves it in force). */
  good: ProjectConfig;
  hasFile: boolean;
}

/** Largest draft checked in full; anything bigger is checked up to this size. */
const MAX_DRAFT_CHARS = 12_000_000;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const state = new Map<string, DocState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const lastEdit = new Map<string, { offset: number; at: number }>();
  const previousText = new Map<string, string>();
  const engines = new Map<string, Promise<Engine>>();
  const folderConfigs = new Map<string, FolderConfig>();
  let workspaceRoots: string[] = [];
  let initOptions: Partial<Settings> = {};
  let hasConfiguration = false;
  let relatedInformation = true;
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let watchers = new Map<string, FSWatcher>();
  let reloadTimer: NodeJS.Timeout | undefined;
  let lastStatus: StatusParams | undefined;

  const log = (msg: string) => connection.console.log(msg);

  // ---- settings and project files -------------------------------------------------

  function sanitize(raw: unknown): Settings {
    const s = { ...DEFAULT_SETTINGS };
    if (!raw || typeof raw !== "object") return s;
    const r = raw as Record<string, unknown>;
    if (Array.isArray(r.corpus)) s.corpus = r.corpus.filter((x): x is string => typeof x === "string" && x.trim() !== "");
    else if (r.corpus !== undefined && r.corpus !== null) connection.window.showWarningMessage(`Fact-check: the setting factcheck.corpus must be a list of folders; using the bundled corpus.`);
    const num = (k: "debounceMs" | "holdMs") => {
      const v = r[k];
      if (typeof v === "number" && Number.isFinite(v)) s[k] = Math.max(0, Math.min(10_000, v));
      else if (v !== undefined && v !== null) connection.window.showWarningMessage(`Fact-check: the setting factcheck.${k} must be a number; using ${s[k]}.`);
    };
    num("debounceMs");
    num("holdMs");
    if (typeof r.codeLens === "boolean") s.codeLens = r.codeLens;
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

  /** Reads a folder's project file. A malformed file is reported and the previous good settings stay. */
  function readFolderConfig(root: string): FolderConfig {
    const prev = folderConfigs.get(root);
    const path = join(root, CONFIG_FILE);
    const loaded = loadConfigFile(path);
    let fc: FolderConfig;
    if (loaded.config) {
      fc = { root, good: loaded.config, hasFile: true };
      void connection.sendDiagnostics({ uri: pathToFileURL(path).toString(), diagnostics: [] });
    } else if (loaded.problems.some((p) => p.message.startsWith("cannot be read (ENOENT"))) {
      fc = { root, good: emptyConfig(), hasFile: false };
    } else {
      fc = prev ?? { root, good: emptyConfig(), hasFile: true };
      void reportConfigProblems(path, loaded.problems);
    }
    folderConfigs.set(root, fc);
    return fc;
  }

  async function reportConfigProblems(path: string, problems: Array<{ message: string; offset?: number }>): Promise<void> {
    let text = "";
    try {
      text = await fsp.readFile(path, "utf8");
    } catch {
      // nothing to point at
    }
    const diagnostics: Diagnostic[] = problems.map((p) => {
      const lc = lineColumn(text, p.offset ?? 0);
      const pos = { line: lc.line, character: lc.column };
      return { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: p.message };
    });
    void connection.sendDiagnostics({ uri: pathToFileURL(path).toString(), diagnostics });
    const first = problems[0];
    const where = first.offset !== undefined ? `:${lineColumn(text, first.offset).line + 1}` : "";
    connection.window.showErrorMessage(`Fact-check: ${path}${where}: ${first.message}. The previous settings stay in force.`);
  }

  function rootOf(uri: string): string | undefined {
    const p = safePath(uri);
    if (!p) return workspaceRoots[0];
    let best: string | undefined;
    for (const r of workspaceRoots) if ((p === r || p.startsWith(r.endsWith(sep) ? r : r + sep)) && (!best || r.length > best.length)) best = r;
    return best ?? workspaceRoots[0];
  }

  function configFor(uri: string): ProjectConfig {
    const root = rootOf(uri);
    if (!root) return emptyConfig();
    return (folderConfigs.get(root) ?? readFolderConfig(root)).good;
  }

  function corpusFoldersFor(uri: string): string[] {
    const cfg = configFor(uri);
    if (cfg.corpus.length) return cfg.corpus;
    if (settings.corpus.length) {
      const base = rootOf(uri) ?? process.cwd();
      return settings.corpus.map((p) => (isAbsolute(p) ? p : resolve(base, p)));
    }
    const d = defaultCorpusDir();
    return d ? [d] : [];
  }

  // ---- engines -------------------------------------------------------------------

  function engineFor(uri: string): Promise<Engine> {
    const folders = corpusFoldersFor(uri);
    const key = JSON.stringify(folders);
    let p = engines.get(key);
    if (!p) {
      sendStatus({ articles: 0, names: 0, folders, problems: 0, loading: true });
      p = Engine.load(folders).then((e) => {
        for (const pr of e.problems) connection.window.showWarningMessage(`Fact-check corpus: ${pr.path}: ${pr.message}`);
        log(`corpus: ${e.kb.articles.length} articles, ${e.kb.names.size} names from ${folders.join(", ")} in ${e.loadMs.toFixed(0)} ms`);
        for (const pr of e.problems) log(`corpus: skipped ${pr.path}: ${pr.message}`);
        if (e.kb.articles.length === 0) connection.window.showWarningMessage(`Fact-check: no readable articles in ${folders.join(", ")}.`);
        watchCorpus(folders);
        sendStatus({ articles: e.kb.articles.length, names: e.kb.names.size, folders, problems: e.problems.length });
        // The BM25 index is built in slices between requests; a check that comes first completes it.
        e.kb.index.warm().catch((err) => log(`corpus: index: ${String(err)}`));
        return e;
      });
      engines.set(key, p);
    }
    return p;
  }

  function watchCorpus(folders: string[]): void {
    for (const f of folders) {
      if (watchers.has(f)) continue;
      try {
        const w = watch(f, { recursive: true }, () => scheduleReload());
        w.on("error", () => {
          // The folder went away: reload reports it as a corpus problem.
          w.close();
          watchers.delete(f);
          scheduleReload();
        });
        watchers.set(f, w);
      } catch {
        // A missing folder is reported by the loader; nothing to watch.
      }
    }
  }

  function scheduleReload(): void {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void reloadAll(), 400);
  }

  async function reloadAll(): Promise<void> {
    settings = await readSettings();
    for (const root of workspaceRoots) readFolderConfig(root);
    engines.clear();
    for (const w of watchers.values()) w.close();
    watchers = new Map();
    for (const d of documents.all()) schedule(d, 0);
  }

  function sendStatus(s: StatusParams): void {
    lastStatus = { ...lastStatus, ...s };
    void connection.sendNotification(STATUS_NOTIFICATION, lastStatus);
  }

  // ---- checking --------------------------------------------------------------------

  function schedule(doc: TextDocument, delay = settings.debounceMs): void {
    const prev = timers.get(doc.uri);
    if (prev) clearTimeout(prev);
    timers.set(doc.uri, setTimeout(() => void validate(doc.uri), delay));
  }

  /** One incremental session per open document: after an edit only changed sentences are checked again. */
  const sessions = new Map<string, DraftSession>();
  /** Documents already told that they are too long to check in full. */
  const toldTooLong = new Set<string>();

  function runCheck(e: Engine, uri: string, text: string, languageId?: string): CheckResult {
    const cfg = configFor(uri);
    const body = text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text;
    let session = sessions.get(uri);
    if (!session) sessions.set(uri, (session = new DraftSession()));
    return e.check(body, markupKindOf(uri, languageId), { disabled: cfg.disabled, severity: cfg.severity, accept: cfg.accept }, session);
  }

  /** Findings shown now: a mark on the word being typed waits until a short pause has passed. */
  function visible(uri: string, findings: Finding[]): { shown: Finding[]; heldUntil?: number } {
    const edit = lastEdit.get(uri);
    if (!edit || settings.holdMs <= 0) return { shown: findings };
    const until = edit.at + settings.holdMs;
    if (Date.now() >= until) return { shown: findings };
    const shown = findings.filter((f) => !(edit.offset >= f.span.start && edit.offset <= f.span.end));
    return shown.length === findings.length ? { shown } : { shown, heldUntil: until };
  }

  async function validate(uri: string): Promise<void> {
    timers.delete(uri);
    let e: Engine;
    try {
      e = await engineFor(uri);
    } catch (err) {
      connection.console.error(`corpus failed to load: ${(err as Error).stack ?? err}`);
      return;
    }
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      let s = state.get(uri);
      if (!s || s.version !== version || s.engine !== e) {
        const result = runCheck(e, uri, doc.getText(), doc.languageId);
        // A newer edit arrived while checking: drop this result.
        if (documents.get(uri)?.version !== version) return;
        s = { version, result, engine: e };
        state.set(uri, s);
        if (result.truncatedAt !== undefined && !toldTooLong.has(uri)) {
          toldTooLong.add(uri);
          const msg = `Fact-check: ${uri} is too long to check in full; only the first ${result.truncatedAt} characters are checked.`;
          log(msg);
          connection.window.showInformationMessage(msg);
        }
        sendStatus({ articles: e.kb.articles.length, names: e.kb.names.size, folders: e.folders, problems: e.problems.length, lastCheckMs: Math.round(result.elapsedMs * 10) / 10, lastUri: uri, loading: false });
      }
      const { shown, heldUntil } = visible(uri, s.result.findings);
      await connection.sendDiagnostics({ uri, version, diagnostics: shown.map((f) => toDiagnostic(s!.result.draft, f, relatedInformation)) });
      if (heldUntil) {
        const t = setTimeout(() => void validate(uri), Math.max(10, heldUntil - Date.now()));
        timers.set(uri, t);
      }
    } catch (err) {
      connection.console.error(`check failed for ${uri}: ${(err as Error).stack ?? err}`);
    }
  }

  /** The latest check of a document, made now if the document changed since. */
  async function current(uri: string): Promise<{ result: CheckResult; engine: Engine } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const e = await engineFor(uri);
    const s = state.get(uri);
    if (s && s.version === doc.version && s.engine === e) return { result: s.result, engine: e };
    const result = runCheck(e, uri, doc.getText(), doc.languageId);
    state.set(uri, { version: doc.version, result, engine: e });
    return { result, engine: e };
  }

  function findingsAt(result: CheckResult, offset: number): Finding[] {
    return result.findings.filter((f) => offset >= f.span.start && offset <= f.span.end);
  }

  // ---- LSP handlers ------------------------------------------------------------------

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
        codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.factcheck"] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(Commands) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "factcheck-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(async () => {
    settings = await readSettings();
    for (const root of workspaceRoots) readFolderConfig(root);
    try {
      connection.workspace.onDidChangeWorkspaceFolders((ev) => {
        const removed = new Set(ev.removed.map((f) => safePath(f.uri)));
        workspaceRoots = workspaceRoots.filter((r) => !removed.has(r));
        for (const f of ev.added) {
          const p = safePath(f.uri);
          if (p) workspaceRoots.push(p);
        }
        scheduleReload();
      });
    } catch {
      // the client does not support workspace folder changes
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (!hasConfiguration && change.settings && typeof change.settings === "object") {
      const s = (change.settings as Record<string, unknown>).factcheck;
      if (s) initOptions = s as Partial<Settings>;
    }
    scheduleReload();
  });

  connection.onDidChangeWatchedFiles((ev) => {
    if (ev.changes.some((c) => c.uri.endsWith(CONFIG_FILE))) scheduleReload();
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    const text = e.document.getText();
    const prev = previousText.get(uri);
    if (prev !== undefined) {
      // Where the edit happened: the first character that differs.
      let i = 0;
      const n = Math.min(prev.length, text.length);
      while (i < n && prev.charCodeAt(i) === text.charCodeAt(i)) i++;
      lastEdit.set(uri, { offset: i, at: Date.now() });
    }
    previousText.set(uri, text);
    schedule(e.document);
  });
  documents.onDidOpen((e) => {
    previousText.set(e.document.uri, e.document.getText());
    schedule(e.document, 0);
  });
  documents.onDidSave((e) => {
    if (e.document.uri.endsWith(CONFIG_FILE)) scheduleReload();
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    state.delete(uri);
    sessions.delete(uri);
    lastEdit.delete(uri);
    previousText.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    const cur = await current(params.textDocument.uri);
    if (!doc || !cur) return null;
    const offset = doc.offsetAt(params.position);
    const hits = findingsAt(cur.result, offset);
    if (hits.length) {
      const first = hits[0];
      return { contents: findingsHover(hits), range: { start: doc.positionAt(first.span.start), end: doc.positionAt(first.span.end) } };
    }
    const x = explainAt(cur.engine.kb, cur.result.draft, offset);
    if (!x) return null;
    const body = [`**${x.summary}**`, ...x.evidence.slice(0, 4).map(evidenceMarkdown)].join("\n\n");
    return { contents: { kind: "markdown", value: body }, range: { start: doc.positionAt(x.span.start), end: doc.positionAt(x.span.end) } };
  });

  connection.onDefinition(async (params): Promise<Location[] | null> => {
    const doc = documents.get(params.textDocument.uri);
    const cur = await current(params.textDocument.uri);
    if (!doc || !cur) return null;
    const offset = doc.offsetAt(params.position);
    const hits = findingsAt(cur.result, offset);
    if (hits.length && hits[0].evidence.length) return hits[0].evidence.map(evidenceLocation);
    const x = explainAt(cur.engine.kb, cur.result.draft, offset);
    return x?.evidence.length ? x.evidence.map(evidenceLocation) : null;
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const uri = params.textDocument.uri;
    const markdown = markupKindOf(uri, doc.languageId) === "markdown";
    const lines = {
      lineText: (line: number) => doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }),
      positionAt: (o: number) => doc.positionAt(o),
    };
    const only = params.context.only;
    const out: CodeAction[] = [];
    if (!only || only.some((k) => k === "quickfix" || k.startsWith("quickfix"))) {
      for (const d of params.context.diagnostics) if (d.source === DIAGNOSTIC_SOURCE) out.push(...quickFixes(uri, d, lines, markdown));
    }
    if (!only || only.some((k) => "source.fixAll.factcheck".startsWith(k))) {
      const s = state.get(uri);
      if (s && s.version === doc.version) {
        const all = fixAll(uri, s.result.findings.map((f) => toDiagnostic(s.result.draft, f, false)));
        if (all && (only || out.length)) out.push(all);
      }
    }
    return out;
  });

  connection.onCodeLens(async (params): Promise<CodeLens[]> => {
    if (!settings.codeLens) return [];
    const cur = await current(params.textDocument.uri).catch(() => undefined);
    if (!cur) return [];
    return codeLenses(cur.result);
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    switch (params.command) {
      case Commands.reloadCorpus: {
        await reloadAll();
        const uri = documents.all()[0]?.uri ?? (workspaceRoots[0] ? pathToFileURL(workspaceRoots[0]).toString() : "file:///");
        const e = await engineFor(uri);
        return { articles: e.kb.articles.length, names: e.kb.names.size, problems: e.problems };
      }
      case Commands.checkWorkspace:
        return checkWorkspace();
      case Commands.acceptSpelling: {
        const [uri, word] = args as [string, string];
        if (typeof uri !== "string" || typeof word !== "string" || !word.trim()) return null;
        return acceptSpelling(uri, word.trim());
      }
      case Commands.explain: {
        const [uri, position] = args as [string, { line: number; character: number }];
        const doc = typeof uri === "string" ? documents.get(uri) : undefined;
        const cur = doc ? await current(uri) : undefined;
        if (!doc || !cur || !position) return null;
        const x = explainAt(cur.engine.kb, cur.result.draft, doc.offsetAt(position));
        if (!x) return null;
        return { summary: x.summary, markdown: [`**${x.summary}**`, ...x.evidence.map(evidenceMarkdown)].join("\n\n"), locations: x.evidence.map(evidenceLocation) };
      }
    }
    return null;
  });

  async function acceptSpelling(uri: string, word: string): Promise<{ file: string } | null> {
    const root = rootOf(uri) ?? (safePath(uri) ? resolve(safePath(uri)!, "..") : undefined);
    if (!root) {
      connection.window.showWarningMessage("Fact-check: open a folder to keep a glossary of accepted spellings.");
      return null;
    }
    const path = join(root, CONFIG_FILE);
    let existing: string | undefined;
    try {
      existing = await fsp.readFile(path, "utf8");
    } catch {
      existing = undefined;
    }
    let next: string;
    try {
      next = addAcceptedSpelling(existing, word);
    } catch {
      connection.window.showErrorMessage(`Fact-check: ${path} is not valid JSON; fix it before adding "${word}".`);
      return null;
    }
    await fsp.writeFile(path, next, "utf8");
    if (!workspaceRoots.includes(root)) workspaceRoots.push(root);
    readFolderConfig(root);
    for (const d of documents.all()) {
      state.delete(d.uri);
      schedule(d, 0);
    }
    return { file: path };
  }

  async function checkWorkspace(): Promise<{ files: number; findings: number }> {
    const files: string[] = [];
    const skip = new Set(["node_modules", ".git", "dist", "out", ".cache"]);
    const corpusDirs = new Set<string>();
    for (const root of workspaceRoots) for (const f of corpusFoldersFor(pathToFileURL(root).toString())) corpusDirs.add(resolve(f));
    async function walk(dir: string, depth: number): Promise<void> {
      if (depth > 12 || files.length >= 5000 || corpusDirs.has(resolve(dir))) return;
      let entries;
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const ent of entries) {
        if (ent.name.startsWith(".") || skip.has(ent.name)) continue;
        const p = join(dir, ent.name);
        if (ent.isDirectory()) await walk(p, depth + 1);
        else if (ent.isFile() && [".md", ".markdown", ".txt"].includes(extname(ent.name).toLowerCase())) files.push(p);
      }
    }
    for (const root of workspaceRoots) await walk(root, 0);
    let findings = 0;
    for (const path of files) {
      const uri = pathToFileURL(path).toString();
      if (documents.get(uri)) {
        await validate(uri);
        findings += state.get(uri)?.result.findings.length ?? 0;
        continue;
      }
      try {
        const st = await fsp.stat(path);
        if (st.size > MAX_DRAFT_CHARS) continue;
        const text = await fsp.readFile(path, "utf8");
        const e = await engineFor(uri);
        const result = runCheck(e, uri, text);
        findings += result.findings.length;
        await connection.sendDiagnostics({ uri, diagnostics: result.findings.map((f) => toDiagnostic(result.draft, f, relatedInformation)) });
      } catch (err) {
        log(`check workspace: ${path}: ${(err as Error).message}`);
      }
      // Let other requests through between files.
      await new Promise((r) => setImmediate(r));
    }
    return { files: files.length, findings };
  }

  connection.onShutdown(() => {
    for (const w of watchers.values()) w.close();
    for (const t of timers.values()) clearTimeout(t);
    if (reloadTimer) clearTimeout(reloadTimer);
  });

  documents.listen(connection);
  connection.listen();
}

/** One lens per paragraph: how many of its sentences the corpus supports. */
function codeLenses(result: CheckResult): CodeLens[] {
  return paragraphSummaries(result).map((p) => {
    const pos = result.draft.lines.positionAt(p.span.start);
    return { range: { start: pos, end: pos }, command: { title: summaryTitle(p), command: "" } };
  });
}

function safePath(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
