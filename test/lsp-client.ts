// A minimal LSP client for protocol tests: starts the real server over stdio
// (dist/server.js --stdio) and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { ROOT } from "./helpers";

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string;
    source?: string;
    message: string;
    data?: unknown;
    relatedInformation?: Array<{ location: { uri: string; range: unknown }; message: string }>;
  }>;
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  stderr = "";

  constructor(readonly proc: ChildProcess, readonly conn: MessageConnection) {
    conn.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
      if (method === "textDocument/publishDiagnostics") {
        const p = params as PublishedDiagnostics;
        this.diagnostics.set(p.uri, p);
      }
      for (const w of this.waiters.splice(0)) w();
    });
    conn.onRequest("workspace/configuration", () => [null]);
    conn.onRequest("window/showMessageRequest", (params: unknown) => {
      this.notifications.push({ method: "window/showMessageRequest", params });
      for (const w of this.waiters.splice(0)) w();
      return null;
    });
    conn.onRequest("client/registerCapability", () => null);
    conn.onRequest("window/workDoneProgress/create", () => null);
    proc.stderr?.on("data", (d) => (this.stderr += String(d)));
  }

  static async start(options: { workspace: string; folders?: string[]; initializationOptions?: unknown; capabilities?: unknown }): Promise<TestClient> {
    const proc = spawn(process.execPath, [join(ROOT, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"], cwd: options.workspace });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn);
    conn.listen();
    await conn.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(options.workspace).toString(),
      workspaceFolders: (options.folders ?? [options.workspace]).map((f, i) => ({ uri: pathToFileURL(f).toString(), name: `ws${i}` })),
      capabilities: options.capabilities ?? { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: options.initializationOptions ?? {},
    });
    await conn.sendNotification("initialized", {});
    return client;
  }

  open(uri: string, text: string, languageId = "markdown"): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, text: string): void {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  /** Waits until the latest diagnostics for `uri` satisfy `ok`. */
  async waitForDiagnostics(uri: string, ok: (d: PublishedDiagnostics) => boolean, timeoutMs = 10_000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && ok(d)) return d;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for diagnostics on ${uri}; last: ${JSON.stringify(d)}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits until a notification (or message request) with `method` has arrived. */
  async waitForNotification(method: string, timeoutMs = 10_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = this.notifications.find((x) => x.method === method);
      if (n) return n.params;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${method}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification("exit");
    } catch {
      // already gone
    }
    this.conn.dispose();
    setTimeout(() => this.proc.kill("SIGKILL"), 500).unref();
  }
}

/** A temporary workspace holding the given files ({ relativePath: text }). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "factcheck-ws-"));
  for (const [rel, text] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}
