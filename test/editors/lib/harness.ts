// Shared plumbing for the real-editor tests: where things are, which editors
// this machine has, a fresh code-server per run, headless Chromium, and the
// packaged .vsix. No test runs here: this module only exports helpers (the
// build bundles it into each test that imports it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";

/** The repository root: the nearest folder up from this bundle with the extension's package.json. */
export const ROOT = (() => {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const p = join(dir, "package.json");
    if (existsSync(p) && JSON.parse(readFileSync(p, "utf8")).name === "factcheck-corpus") return dir;
    dir = dirname(dir);
  }
  return resolve(__dirname, "..", "..", "..");
})();

export const FIXTURES = join(ROOT, "test", "fixtures", "editors");
/** The README's screenshots: refreshed only when FACTCHECK_UPDATE_SCREENSHOTS=1 or missing, so test runs leave the tree clean. */
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");
/** Where every run saves its screenshots (git-ignored). */
export const RUN_SCREENSHOTS = join(ROOT, "test-results", "editors");

/** Copies a run's screenshot into docs/screenshots/ when asked to, or when the README's copy is missing. */
export function publishScreenshot(name: string): void {
  const target = join(SCREENSHOTS, name);
  const update = process.env.FACTCHECK_UPDATE_SCREENSHOTS === "1" || process.env.FACTCHECK_UPDATE_SCREENSHOTS === "true";
  if (!update && existsSync(target)) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  cpSync(join(RUN_SCREENSHOTS, name), target);
}
export const CODE_SERVER_VERSION = "4.100.3";

/**
 * A dev dependency loaded from the project's node_modules at run time. Some
 * (playwright-core, @vscode/test-electron) read their own files next to their
 * code, so they must not be bundled into the test.
 */
export function devDependency<T>(name: string): T {
  return createRequire(join(ROOT, "package.json"))(name) as T;
}

/** The planted errors of the fixture draft (kept as data, so no corpus name sits in test code). */
export interface Planted {
  draft: string;
  planted: { text: string; fix: string }[];
  correct: string[];
  typed: { line: string; text: string; fix: string };
  /** One planted error of every other category: the draft text a diagnostic of that category must cover. */
  categories: { category: string; text: string }[];
}

export function planted(): Planted {
  return JSON.parse(readFileSync(join(FIXTURES, "planted.json"), "utf8")) as Planted;
}

/** A fresh folder holding a copy of the fixture draft; the checked-in fixture is never edited. */
export function workspaceWithDraft(prefix: string): { dir: string; draft: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const draft = join(dir, planted().draft);
  cpSync(join(FIXTURES, planted().draft), draft);
  return { dir, draft };
}

/** The corpus article file names, to recognise citations without naming any article in code. */
export function corpusFiles(): string[] {
  return readdirSync(join(ROOT, "corpus")).filter((f) => /\.(txt|md)$/i.test(f));
}

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const p = dir && join(dir, cmd);
    if (!p) continue;
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** FACTCHECK_SKIP_EDITORS=1 skips every real-editor test (for quick local runs). */
export const SKIP_ALL = process.env.FACTCHECK_SKIP_EDITORS === "1" || process.env.FACTCHECK_SKIP_EDITORS === "true";

export function findNvim(): string | undefined {
  if (SKIP_ALL) return undefined;
  return process.env.NVIM_BIN || which("nvim");
}

export function findChromium(): string | undefined {
  if (SKIP_ALL) return undefined;
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (p && existsSync(p)) return p;
  return undefined;
}

/** code-server: $CODE_SERVER_BIN, the project's cache (scripts/editors/install.sh), or one on PATH. */
export function findCodeServer(): string | undefined {
  if (SKIP_ALL) return undefined;
  const cached = join(ROOT, ".cache", "code-server", "node_modules", ".bin", "code-server");
  for (const p of [process.env.CODE_SERVER_BIN, cached]) if (p && existsSync(p)) return p;
  return which("code-server");
}

/** Why a browser test cannot run here, or undefined when it can. */
export function browserPrerequisites(): string | undefined {
  const missing: string[] = [];
  if (!findCodeServer()) missing.push(`code-server ${CODE_SERVER_VERSION} (scripts/editors/install.sh puts it in .cache/code-server)`);
  if (!findChromium()) missing.push("chromium (apt-get install chromium, or set CHROMIUM_PATH)");
  if (SKIP_ALL) return "FACTCHECK_SKIP_EDITORS is set";
  return missing.length ? `missing ${missing.join(" and ")}` : undefined;
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls until `fn` returns a truthy value, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 30_000, stepMs = 100): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message ?? last}` : ""}`);
    await sleep(stepMs);
  }
}

/** Kills a process we started detached, with its whole process group (extension hosts linger otherwise). */
export function killGroup(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
}

export interface CodeServer {
  url: string;
  port: number;
  base: string;
  log: () => string;
  stop: () => void;
}

const USER_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "chat.commandCenter.enabled": false,
  "editor.hover.delay": 150,
  "editor.minimap.enabled": false,
  "window.commandCenter": false,
};

/**
 * Starts a fresh code-server on a free port with its own home, user data and
 * extensions folders, optionally installing a .vsix first. `env` reaches the
 * extension host (which inherits the server's environment).
 */
export async function startCodeServer(opts: { folder: string; vsix?: string; env?: Record<string, string> }): Promise<CodeServer> {
  const bin = findCodeServer();
  if (!bin) throw new Error("code-server not found");
  const base = mkdtempSync(join(tmpdir(), "factcheck-code-server-"));
  const dirs = { home: join(base, "home"), userData: join(base, "user-data"), extensions: join(base, "extensions") };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, "User"), { recursive: true });
  writeFileSync(join(dirs.userData, "User", "settings.json"), JSON.stringify(USER_SETTINGS, null, 2));
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, ".config"),
    XDG_DATA_HOME: join(dirs.home, ".local", "share"),
    XDG_CACHE_HOME: join(dirs.home, ".cache"),
    ...(opts.env ?? {}),
  };
  const common = ["--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions];
  if (opts.vsix) {
    const r = spawnSync(bin, [...common, "--install-extension", opts.vsix], { env, encoding: "utf8", timeout: 60_000 });
    if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}): ${r.stderr || r.stdout}`);
  }
  const port = await freePort();
  const child = spawn(
    bin,
    [
      ...common,
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      opts.folder,
    ],
    { env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    killGroup(child);
    rmSync(base, { recursive: true, force: true });
  };
  try {
    await waitFor("code-server to answer /healthz", async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}): ${output}`);
      const r = await fetch(`${url}/healthz`);
      return r.ok;
    }, 30_000, 200);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, port, base, log: () => output, stop };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Every file the packaged extension depends on, for the staleness check of the cached .vsix. */
function packagingInputs(): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else out.push(p);
  };
  for (const p of ["client/src", "server/src", "corpus", "syntaxes", "images", "package.json", "package-lock.json", "README.md", "LICENSE", ".vscodeignore", "scripts/build.mjs"]) walk(join(ROOT, p));
  return out;
}

/**
 * The .vsix exactly as `npm run package` makes it, built in a copy of the tree
 * (so the working tree's dist/ is never swapped for minified bundles under the
 * feet of other tests) and cached in .cache/editors until a source changes.
 * $FACTCHECK_VSIX uses a given package instead.
 */
export function packagedVsix(): string {
  if (process.env.FACTCHECK_VSIX) return resolve(process.env.FACTCHECK_VSIX);
  const cacheDir = join(ROOT, ".cache", "editors");
  const vsix = join(cacheDir, "factcheck-corpus.vsix");
  if (existsSync(vsix)) {
    const built = statSync(vsix).mtimeMs;
    if (packagingInputs().every((f) => statSync(f).mtimeMs < built)) return vsix;
  }
  mkdirSync(cacheDir, { recursive: true });
  const stage = mkdtempSync(join(tmpdir(), "factcheck-package-"));
  try {
    const skip = new Set(["node_modules", ".git", ".cache", "out", "dist", "docs", "test", "bench", "examples"]);
    for (const name of readdirSync(ROOT)) {
      if (skip.has(name) || name.endsWith(".vsix")) continue;
      cpSync(join(ROOT, name), join(stage, name), { recursive: true });
    }
    symlinkSync(join(ROOT, "node_modules"), join(stage, "node_modules"), "dir");
    const r = spawnSync("npm", ["run", "--silent", "package"], { cwd: stage, encoding: "utf8", timeout: 120_000, env: { ...process.env, npm_config_yes: "true" } });
    if (r.status !== 0) throw new Error(`npm run package failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    const made = join(stage, "factcheck-corpus.vsix");
    const tmp = `${vsix}.${process.pid}`;
    cpSync(made, tmp);
    renameSync(tmp, vsix);
    return vsix;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The entries of a zip file (the .vsix), read from its central directory. */
export function zipEntries(file: string): { name: string; size: number }[] {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: { name: string; size: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({ name: buf.toString("utf8", p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
