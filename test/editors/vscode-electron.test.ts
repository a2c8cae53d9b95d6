// Runs the extension-host suite (test/editors/vscode/index.ts) in desktop VS Code
// through @vscode/test-electron, wherever VS Code is available: the executable
// in $VSCODE_EXECUTABLE_PATH, or a download (cached in .cache/vscode-test).
// Skips with the reason when neither works — no executable and no display, or
// no executable and the download fails (as on machines without access to
// update.code.visualstudio.com; code-server-host.test.ts runs the same suite
// there). FACTCHECK_VSCODE_DOWNLOAD=0 disables the download attempt.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, SKIP_ALL, devDependency, workspaceWithDraft } from "./lib/harness";

type TestElectron = typeof import("@vscode/test-electron");

async function vscodeExecutable(te: TestElectron): Promise<{ path?: string; why?: string }> {
  if (SKIP_ALL) return { why: "FACTCHECK_SKIP_EDITORS is set" };
  const given = process.env.VSCODE_EXECUTABLE_PATH;
  if (given) return existsSync(given) ? { path: given } : { why: `VSCODE_EXECUTABLE_PATH=${given} does not exist` };
  if (process.env.FACTCHECK_VSCODE_DOWNLOAD === "0") return { why: "no VSCODE_EXECUTABLE_PATH, and FACTCHECK_VSCODE_DOWNLOAD=0" };
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { why: "no VSCODE_EXECUTABLE_PATH, and no display for desktop VS Code (run under xvfb-run to download and use one)" };
  }
  const cachePath = join(ROOT, ".cache", "vscode-test");
  mkdirSync(cachePath, { recursive: true });
  try {
    const download = te.downloadAndUnzipVSCode({ cachePath, timeout: 20_000 });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer in 60 s")), 60_000).unref());
    return { path: await Promise.race([download, timeout]) };
  } catch (e) {
    return { why: `no VSCODE_EXECUTABLE_PATH, and downloading VS Code failed: ${(e as Error).message ?? e}` };
  }
}

test("extension-host tests pass in desktop VS Code (@vscode/test-electron)", { timeout: 600_000 }, async (t) => {
  const te = devDependency<TestElectron>("@vscode/test-electron");
  const exe = await vscodeExecutable(te);
  if (!exe.path) return t.skip(`VS Code (test-electron) run skipped: ${exe.why}`);
  const suite = join(ROOT, "out", "editor-suite", "index.js");
  assert.ok(existsSync(suite), `${suite} is built (node scripts/build.mjs --tests)`);
  const ws = workspaceWithDraft("factcheck-electron-ws-");
  const base = mkdtempSync(join(tmpdir(), "factcheck-electron-"));
  const report = join(base, "report.txt");
  try {
    const code = await te.runTests({
      vscodeExecutablePath: exe.path,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      extensionTestsEnv: { FACTCHECK_EDITOR_REPORT: report },
      launchArgs: [
        ws.dir,
        "--disable-extensions",
        "--disable-workspace-trust",
        "--disable-gpu",
        "--skip-welcome",
        "--skip-release-notes",
        "--user-data-dir", join(base, "user-data"),
        "--extensions-dir", join(base, "extensions"),
      ],
    }).catch((e: { code?: number; message?: string }) => (typeof e?.code === "number" ? e.code : Promise.reject(e)));
    const out = existsSync(report) ? readFileSync(report, "utf8") : "(no report written)";
    t.diagnostic(out.trim());
    assert.equal(code, 0, `extension-host suite failed in VS Code:\n${out}`);
    assert.doesNotMatch(out, /^not ok/m);
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(base, { recursive: true, force: true });
  }
});
