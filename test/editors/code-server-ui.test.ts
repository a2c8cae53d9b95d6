// What a person sees: the packaged .vsix installed into a fresh code-server,
// the fixture draft opened in headless Chromium, then squiggles in the editor,
// rows in the Problems panel and a hover citing the corpus article and line.
// Saves screenshots to test-results/editors/ and, with
// FACTCHECK_UPDATE_SCREENSHOTS=1 (`npm run test:editors -- --screenshots`), to
// docs/screenshots/, which the README shows. Skips when
// code-server or Chromium is missing (scripts/editors/install.sh installs both).
import assert from "node:assert/strict";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { CHROMIUM_ARGS, RUN_SCREENSHOTS, browserPrerequisites, corpusFiles, devDependency, findChromium, packagedVsix, planted, publishScreenshot, startCodeServer, waitFor, workspaceWithDraft } from "./lib/harness";

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
  const t0 = Date.now();
  const lap = (what: string) => t.diagnostic(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const vsix = packagedVsix();
  lap("packaged");
  const ws = workspaceWithDraft("factcheck-ui-ws-");
  const server = await startCodeServer({ folder: ws.dir, vsix });
  lap("code-server up with the .vsix installed");
  const { chromium } = devDependency<typeof import("playwright-core")>("playwright-core");
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  mkdirSync(RUN_SCREENSHOTS, { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws.dir)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    lap("workbench loaded");
    await openFile(page, p.draft);
    lap("draft open");

    // Squiggles: one per planted error, once the extension and its server are up.
    await waitFor("a squiggle per planted error", async () => (await page.locator(SQUIGGLES).count()) >= p.planted.length, 90_000, 250);
    lap("squiggles shown");
    const warnings = page.locator(`${EDITOR} .squiggly-warning`);
    assert.ok((await warnings.count()) >= p.planted.length, "a warning squiggle per planted error");
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
    await page.screenshot({ path: join(RUN_SCREENSHOTS, "editor-squiggles.png") });

    // Hover over the squiggle under the first planted error: the finding, the corpus sentence, the article and line.
    const hover = page.locator(".monaco-hover:not(.hidden) .hover-contents").filter({ hasText: /line \d+/ });
    const line = page.locator(`${EDITOR} .view-line`, { hasText: p.planted[0].text }).first();
    let hoverText = "";
    await waitFor("the hover", async () => {
      const lineBox = await line.boundingBox();
      const boxes = (await warnings.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as { x: number; y: number; width: number; height: number }[];
      const box = boxes.find((b) => lineBox && b.y + b.height / 2 >= lineBox.y && b.y + b.height / 2 <= lineBox.y + lineBox.height + 4);
      if (!box) return false;
      await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2 - 4);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
      await hover.first().waitFor({ state: "visible", timeout: 3000 }).catch(() => undefined);
      if (!(await hover.count())) return false;
      hoverText = await hover.first().innerText();
      await page.screenshot({ path: join(RUN_SCREENSHOTS, "hover.png") });
      return (await hover.count()) > 0; // still showing when the screenshot was taken
    }, 40_000, 250);
    const cited = corpusFiles().filter((f) => new RegExp(`${f.replace(/[.]/g, "\\.")},? line \\d+`).test(hoverText));
    assert.ok(cited.length, `the hover cites a corpus article and line:\n${hoverText}`);
    assert.ok(hoverText.includes(p.planted[0].fix.split(/\s+/).pop()!), "the hover names the corpus spelling");

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
    await page.screenshot({ path: join(RUN_SCREENSHOTS, "problems-panel.png") });
    for (const shot of ["editor-squiggles.png", "hover.png", "problems-panel.png"]) publishScreenshot(shot);
  } finally {
    await browser.close();
    server.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});
