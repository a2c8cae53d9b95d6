// Helpers for the robustness tests: a raw LSP client over stdio that can also
// send malformed bytes, the server's memory from /proc, and snapshots of a
// folder's files (bytes and modification times).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers";

export const SERVER = join(ROOT, "dist", "server.js");
export const CLI = join(ROOT, "dist", "cli.js");

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface StartOptions {
  workspace: string;
  initializationOptions?: unknown;
  /** Extra node flags, e.g. ["--require", preload]. */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
}

/** Speaks LSP to dist/server.js over stdio with its own Content-Length framer. */
export class RawClient {
  readonly messages: Message[] = [];
  /** Requests the server sent to the client, by method. */
  readonly serverRequests: Message[] = [];
  stderr = "";
  exited: number | null | undefined = undefined;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private waiters: Array<() => void> = [];

  constructor(readonly proc: ChildProcess) {
    proc.stdout!.on("data", (d: Buffer) => this.receive(d));
    proc.stderr!.on("data", (d) => (this.stderr += String(d)));
    proc.on("exit", (code) => {
      this.exited = code;
      // Nothing more will come: fail what is still waiting.
      for (const done of this.pending.values()) done({ error: { code: -1, message: `server exited with ${code}` } });
      this.pending.clear();
      this.wake();
    });
    // The server may exit while bytes are still queued: not an error of the test.
    proc.stdin!.on("error", () => undefined);
  }

  static async start(o: StartOptions): Promise<RawClient> {
    const proc = spawn(process.execPath, [...(o.nodeArgs ?? []), SERVER, "--stdio"], {
      stdio: ["pipe", "pipe", "pipe"],
      cwd: o.workspace,
      env: { ...process.env, ...(o.env ?? {}) },
      uid: o.uid,
      gid: o.gid,
    });
    const c = new RawClient(proc);
    const uri = pathToFileURL(o.workspace).toString();
    const init = await c.request("initialize", {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: "ws" }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } }, window: { showMessage: {} } },
      initializationOptions: o.initializationOptions ?? {},
    });
    if (init.error) throw new Error(`initialize failed: ${init.error.message}`);
    c.notify("initialized", {});
    return c;
  }

  get pid(): number {
    return this.proc.pid!;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private receive(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const head = this.buffer.indexOf("\r\n\r\n");
      if (head < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, head).toString("ascii"));
      if (!m) throw new Error(`bad header from server: ${this.buffer.subarray(0, head).toString()}`);
      const len = Number(m[1]);
      if (this.buffer.length < head + 4 + len) return;
      const body = this.buffer.subarray(head + 4, head + 4 + len).toString("utf8");
      this.buffer = this.buffer.subarray(head + 4 + len);
      const msg = JSON.parse(body) as Message;
      this.handle(msg);
    }
  }

  private handle(msg: Message): void {
    if (msg.method !== undefined && msg.id !== undefined) {
      // A request from the server: answer like a plain editor would.
      this.serverRequests.push(msg);
      const result = msg.method === "workspace/configuration" ? ((msg.params as { items?: unknown[] })?.items ?? [null]).map(() => null) : null;
      this.send({ jsonrpc: "2.0", id: msg.id, result });
    } else if (msg.method === undefined && typeof msg.id === "number" && this.pending.has(msg.id)) {
      const done = this.pending.get(msg.id)!;
      this.pending.delete(msg.id);
      done(msg);
    }
    this.messages.push(msg);
    this.wake();
  }

  /** Writes raw bytes to the server's stdin. */
  writeRaw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  /** Frames a body (any string, valid JSON or not) and sends it. */
  sendBody(body: string): void {
    const b = Buffer.from(body, "utf8");
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, "ascii"), b]));
  }

  send(msg: Message): void {
    this.sendBody(JSON.stringify(msg));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  request(method: string, params: unknown, timeoutMs = 30_000): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms; server exited: ${this.exited}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(t);
        resolve(m);
      });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  /** Waits until `pick` finds something among the messages received so far. */
  async waitFor<T>(pick: (messages: Message[]) => T | undefined, timeoutMs = 20_000, what = "a message"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = pick(this.messages);
      if (got !== undefined) return got;
      const left = deadline - Date.now();
      if (left <= 0 || this.exited !== undefined) {
        throw new Error(`timed out waiting for ${what}; server exited: ${this.exited}; stderr: ${this.stderr.slice(-2000)}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The latest diagnostics published for `uri` that satisfy `ok`. */
  waitForDiagnostics(uri: string, ok: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
    return this.waitFor(
      (ms) => {
        const last = ms.filter((m) => m.method === "textDocument/publishDiagnostics" && (m.params as PublishedDiagnostics).uri === uri).pop();
        return last && ok(last.params as PublishedDiagnostics) ? (last.params as PublishedDiagnostics) : undefined;
      },
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  /** Texts of window/showMessage notifications and message requests. */
  shownMessages(): string[] {
    return this.messages
      .filter((m) => m.method === "window/showMessage" || m.method === "window/showMessageRequest")
      .map((m) => (m.params as { message: string }).message);
  }

  /** Texts of window/logMessage notifications. */
  loggedMessages(): string[] {
    return this.messages.filter((m) => m.method === "window/logMessage").map((m) => (m.params as { message: string }).message);
  }

  async stop(): Promise<void> {
    if (this.exited === undefined) {
      try {
        await this.request("shutdown", null, 5000);
        this.notify("exit", null);
      } catch {
        // already gone or hung: killed below
      }
    }
    const gone = new Promise<void>((r) => (this.exited !== undefined ? r() : this.proc.once("exit", () => r())));
    const t = setTimeout(() => this.proc.kill("SIGKILL"), 3000);
    await gone;
    clearTimeout(t);
  }
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: Range; severity?: number; code?: string; message: string; source?: string; data?: unknown }>;
}

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Resident memory of a process in bytes (VmRSS from /proc), or undefined when gone. */
export function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A temporary folder holding the given files ({ relativePath: text or bytes }). */
export function tempTree(files: Record<string, string | Uint8Array>, prefix = "factcheck-robust-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [rel, data] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  }
  return dir;
}

/** Every file under `dir` with its bytes (base64) and modification time. */
export function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.set(p, { bytes: readFileSync(p).toString("base64"), mtimeMs: statSync(p).mtimeMs });
    }
  };
  walk(dir);
  return out;
}

/** True when chmod 000 really stops this process from reading (false as root). */
export function chmodBlocksReading(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "factcheck-perm-"));
  const p = join(dir, "probe.txt");
  writeFileSync(p, "x");
  chmodSync(p, 0o000);
  try {
    readFileSync(p);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(p, 0o644);
  }
}

/** A user id without root's rights that can still run node and read the bundles, or undefined. */
export function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const probe = spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(CLI)}, 4)`], {
    uid: 65534,
    gid: 65534,
    timeout: 10_000,
  });
  return probe.status === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/** Runs the command-line tool; resolves with its exit code and output. */
export function runCli(args: string[], o: { cwd?: string; nodeArgs?: string[]; env?: NodeJS.ProcessEnv; uid?: number; gid?: number; timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...(o.nodeArgs ?? []), CLI, ...args], {
      cwd: o.cwd,
      env: { ...process.env, ...(o.env ?? {}) },
      uid: o.uid,
      gid: o.gid,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += String(d)));
    p.stderr.on("data", (d) => (stderr += String(d)));
    const t = setTimeout(() => {
      p.kill("SIGKILL");
      reject(new Error(`cli timed out: ${args.join(" ")}`));
    }, o.timeoutMs ?? 60_000);
    p.on("close", (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Options for fast-check runs. The suite is reproducible: every property uses
 * the same seed unless FC_SEED says otherwise (a number, or "random" for a
 * fresh seed each run, as `npm run fuzz` does). FC_SCALE multiplies the number
 * of generated cases. A failure prints its seed and path, so a random-seed find
 * can be replayed and then pinned as a plain regression test.
 */
export function fcRuns(numRuns: number): { numRuns: number; seed?: number } {
  const scale = Math.max(1, Number(process.env.FC_SCALE) || 1);
  const env = process.env.FC_SEED;
  const runs = Math.round(numRuns * scale);
  if (env === "random") return { numRuns: runs };
  const seed = env !== undefined && env !== "" && Number.isFinite(Number(env)) ? Number(env) : 20261122;
  return { numRuns: runs, seed };
}
