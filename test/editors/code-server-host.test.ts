// Runs the extension-host suite (test/editors/vscode/index.ts) inside
// code-server: a real VS Code workbench with a real Node extension host, driven
// by headless Chromium. The workbench gets extensionDevelopmentPath and
// extensionTestsPath through its `payload` URL parameter and reports the suite's
// exit code through window.codeAutomationExit. Skips when code-server or
// Chromium is missing (scripts/editors/install.sh installs both).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CHROMIUM_ARGS, ROOT, browserPrerequisites, devDependency, findChromium, startCodeServer, workspaceWithDraft } from "./lib/harness";

test("extension-host tests pass in code-server (real vscode API)", { timeout: 240_000 }, async (t) => {
  const why = browserPrerequisites();
  if (why) return t.skip(`code-server extension-host tests skipped: ${why}`);
  const suite = join(ROOT, "out", "editor-suite", "index.js");
  assert.ok(existsSync(suite), `${suite} is built (node scripts/build.mjs --tests)`);
  assert.ok(existsSync(join(ROOT, "dist", "client.js")), "dist/ is built");

  const { chromium } = devDependency<typeof import("playwright-core")>("playwright-core");
  const reportDir = mkdtempSync(join(tmpdir(), "factcheck-host-report-"));
  const report = join(reportDir, "report.txt");
  const ws = workspaceWithDraft("factcheck-host-ws-");
  const server = await startCodeServer({ folder: ws.dir, env: { FACTCHECK_EDITOR_REPORT: report } });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => void page.exposeFunction("codeAutomationExit", (code: number) => resolve(code)));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ["extensionDevelopmentPath", remote(ROOT)],
      ["extensionTestsPath", remote(suite)],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise<number>((_, reject) => setTimeout(() => reject(new Error("the extension-host suite did not finish in 180 s")), 180_000).unref());
    const code = await Promise.race([exit, timeout]);
    const out = existsSync(report) ? readFileSync(report, "utf8") : "(no report written)";
    t.diagnostic(out.trim());
    assert.equal(code, 0, `extension-host suite failed:\n${out}\n--- code-server log (tail) ---\n${server.log().slice(-4000)}`);
    assert.match(out, /^# \d+\/\d+ passed/m);
    assert.doesNotMatch(out, /^not ok/m);
  } finally {
    await browser.close();
    server.stop();
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(reportDir, { recursive: true, force: true });
  }
});
