// What a person sees: the packaged .vsix installed into a fresh code-server,
// the fixture draft opened in headless Chromium, then squiggles in the editor,
// rows in the Problems panel and a hover citing the corpus article and line.
// Saves the screenshots the README shows (docs/screenshots/). Skips when
// code-server or Chromium is missing (scripts/editors/install.sh installs both).
import assert from "node:assert/strict";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { CHROMIUM_ARGS, SCREENSHOTS, browserPrerequisites, corpusFiles, devDependency, findChromium, packagedVsix, planted, startCodeServer, waitFor, workspaceWithDraft } from "./lib/harness";

const EDITOR = ".part.editor .monaco-editor";
const SQUIGGLES = `${EDITOR} .squiggly-warning, ${EDITOR} .squiggly-error, ${EDITOR} .squiggly-info`;

async function openFile(page: Page, name: string): Promise<void> {
  // Quick Open, as a person would: Ctrl+P, the file name, Enter.
  await page.locator(".monaco-workbench").click({ position: { x: 600, y: 300 } }).catch(() => undefined);
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(name);
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press("Enter");
  await page.locator(`.tabs-container .tab[aria-label*="${name}"]`).first().waitFor({ timeout: 15_000 });
}

test("the packaged extension marks the draft in code-server: squiggles, Problems, hover", { timeout: 300_000 }, async (t) => {
  const why = browserPrerequisites();
  if (why) return t.skip(`code-server browser test skipped: ${why}`);
  const p = planted();
  const vsix = packagedVsix();
  const ws = workspaceWithDraft("factcheck-ui-ws-");
  const server = await startCodeServer({ folder: ws.dir, vsix });
  const { chromium } = devDependency<typeof import("playwright-core")>("playwright-core");
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws.dir)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await openFile(page, p.draft);

    // Squiggles: one per planted error, once the extension and its server are up.
    await waitFor("a squiggle per planted error", async () => (await page.locator(SQUIGGLES).count()) >= p.planted.length, 90_000, 250);
    const warnings = page.locator(`${EDITOR} .squiggly-warning`);
    assert.equal(await warnings.count(), p.planted.length, "one warning squiggle per planted error");
    // Let the layout settle (code lenses and inlays arrive after the diagnostics).
    await waitFor("extensions to finish activating", async () => !(await page.locator(".part.statusbar").innerText()).includes("Activating"), 30_000, 250);
    let last = "";
    await waitFor("the editor layout to settle", async () => {
      await page.waitForTimeout(1000);
      const now = JSON.stringify(await warnings.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top)));
      const same = now === last;
      last = now;
      return same;
    }, 20_000, 0);
    await page.mouse.move(5, 700);
    await page.screenshot({ path: join(SCREENSHOTS, "editor-squiggles.png") });

    // Hover over the first squiggle: the finding, the corpus sentence, the article and line.
    const hover = page.locator(".monaco-hover:not(.hidden) .hover-contents").filter({ hasText: /line \d+/ });
    let hoverText = "";
    await waitFor("the hover", async () => {
      const box = await warnings.first().boundingBox();
      if (!box) return false;
      await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2 - 4);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
      await hover.first().waitFor({ state: "visible", timeout: 3000 }).catch(() => undefined);
      if (!(await hover.count())) return false;
      hoverText = await hover.first().innerText();
      await page.screenshot({ path: join(SCREENSHOTS, "hover.png") });
      return (await hover.count()) > 0; // still showing when the screenshot was taken
    }, 40_000, 250);
    const cited = corpusFiles().filter((f) => new RegExp(`${f.replace(/[.]/g, "\\.")},? line \\d+`).test(hoverText));
    assert.ok(cited.length, `the hover cites a corpus article and line:\n${hoverText}`);
    assert.ok(p.planted.some((x) => hoverText.includes(x.fix.split(/\s+/).pop()!)), "the hover names the corpus spelling");

    // The Problems panel, opened from the status bar: one row per finding.
    await page.mouse.move(5, 700);
    await page.keyboard.press("Escape");
    await page.locator("#status\\.problems").click();
    const rows = page.locator(".markers-panel .monaco-list-row");
    await waitFor("Problems rows", async () => (await rows.count()) >= p.planted.length + 1, 20_000, 250);
    const texts = await rows.allInnerTexts();
    t.diagnostic(`Problems panel: ${texts.length} rows; first: ${texts.slice(0, 3).map((r) => r.replace(/\s+/g, " ").slice(0, 140)).join(" | ")}`);
    assert.ok(texts.some((r) => r.includes(p.draft)), "a row for the draft file");
    for (const x of p.planted) {
      const surname = x.fix.split(/\s+/).pop()!;
      assert.ok(texts.some((r) => r.includes(surname) && /factcheck|name-spelling/.test(r)), `a row for the misspelling of ${surname}`);
    }
    await page.screenshot({ path: join(SCREENSHOTS, "problems-panel.png") });
  } finally {
    await browser.close();
    server.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});
