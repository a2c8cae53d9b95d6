// Benchmarks: corpus load, full checks, edit-to-diagnostics, cache, memory,
// and two peers (cspell, Harper) on the same draft. Figures are medians over
// repeated runs; the last line of output is one JSON object with all of them.
//
//   npm run bench            seed corpus, 1,000 and 10,000 generated articles
//   npm run bench -- --quick seed corpus and 1,000 articles (under a minute)
//
// Runs the engine through the same API the language server uses: Engine.load,
// Engine.check, and Engine.check with a DraftSession for edits.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Engine } from "../server/src/engine/engine";
import { DraftSession } from "../server/src/engine/incremental";
import { draft, genericDraft, writeCorpus } from "./gen-corpus";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "corpus");
const WORK = join(tmpdir(), "factcheck-bench");
const args = process.argv.slice(2);
const quick = args.includes("--quick");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const rssMB = () => process.resourceUsage().maxRSS / 1024;

async function time<T>(f: () => T | Promise<T>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

async function medianOf(n: number, f: (i: number) => unknown): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await time(() => f(i)));
  return median(xs);
}

/** Median time of full checks of ~`words`-word drafts (a different draft each run, so no memo helps). */
async function checkTime(e: Engine, words: number, runs: number, make: (words: number, variant: number) => string): Promise<number> {
  // Warm-up (JIT) on drafts of its own, about 3,000 words in all, so the median is of steady-state checks.
  const warmups = Math.max(1, Math.min(3, Math.round(3000 / words)));
  const drafts = Array.from({ length: runs + warmups }, (_, i) => make(words, i + 1));
  for (let k = 0; k < warmups; k++) e.check(drafts[runs + k], "markdown");
  return medianOf(runs, (i) => e.check(drafts[i], "markdown"));
}

/** Median server time from a one-character edit to new findings, through a DraftSession. */
async function editTime(e: Engine, text: string, edits: number): Promise<number> {
  const session = new DraftSession();
  e.check(text, "markdown", {}, session);
  const xs: number[] = [];
  let cur = text;
  let typed = -1;
  // The first ten edits warm up (JIT) and are not counted.
  const warmups = 10;
  for (let i = 0; i < edits + warmups; i++) {
    // Type a letter at the end of a word somewhere in the draft, then remove it again.
    let next: string;
    if (typed >= 0) {
      next = cur.slice(0, typed) + cur.slice(typed + 1);
      typed = -1;
    } else {
      const pos = Math.floor(((i * 7919) % 997) / 997 * cur.length);
      const at = cur.indexOf(" ", pos);
      typed = at > 0 ? at : Math.floor(cur.length / 2);
      next = cur.slice(0, typed) + "s" + cur.slice(typed);
    }
    const ms = await time(() => e.check(next, "markdown", {}, session));
    if (i >= warmups) xs.push(ms);
    cur = next;
  }
  return median(xs);
}

// ---------------------------------------------------------------- peers

const dynamicImport = new Function("s", "return import(s)") as (s: string) => Promise<any>;

async function cspellTime(text: string, runs: number): Promise<number | undefined> {
  try {
    const lib = await dynamicImport("cspell-lib");
    const doc = { uri: "file:///bench/draft.md", text, languageId: "markdown", locale: "en" };
    const go = () => lib.spellCheckDocument(doc, { noConfigSearch: true }, { words: [], language: "en" });
    await go(); // warm run: dictionaries loaded
    return await medianOf(runs, go);
  } catch (e) {
    console.error(`cspell not measured: ${(e as Error).message}`);
    return undefined;
  }
}

async function harperTime(text: string, runs: number): Promise<number | undefined> {
  try {
    const h = await dynamicImport("harper.js");
    const linter = new h.LocalLinter({ binary: h.binaryInlined ?? (await dynamicImport("harper.js/binaryInlined")).binaryInlined });
    await linter.setup();
    await linter.lint(text, { language: "markdown" }); // warm run
    return await medianOf(runs, () => linter.lint(text, { language: "markdown" }));
  } catch (e) {
    console.error(`harper not measured: ${(e as Error).message}`);
    return undefined;
  }
}

// ---------------------------------------------------------------- large corpora, in child processes

interface ChildResult {
  loadMs: number;
  status: string;
  maxRssMB: number;
  check1kMs: number;
  articles: number;
}

/** Loads a corpus in a fresh process (a restart), so cold and cached loads and peak memory are real. */
function child(corpus: string, cache: string, count: number): ChildResult {
  const r = spawnSync(process.execPath, ["--expose-gc", __filename, "--child", corpus, cache, String(count)], { encoding: "utf8", maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as ChildResult;
  } catch {
    throw new Error(`benchmark child failed: ${r.stderr || r.stdout}`);
  }
}

async function childMain(corpus: string, cache: string, count: number): Promise<void> {
  const t0 = performance.now();
  const e = await Engine.load([corpus], { cache: { dir: cache, minArticles: 0, log: (m) => console.error(m) } });
  const loadMs = performance.now() - t0;
  const check1kMs = await checkTime(e, 1000, 5, (w, v) => draft(count, w, 7, v));
  console.log(JSON.stringify({ loadMs, status: e.cacheStatus, maxRssMB: rssMB(), check1kMs, articles: e.kb.articles.length }));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const out: Record<string, number> = {};
  const row = (label: string, key: string, ms: number | undefined, note = "") => {
    if (ms === undefined) return;
    out[key] = round(ms);
    console.log(`${label.padEnd(46)} ${fmt(ms).padStart(9)} ${key.endsWith("MB") ? "MB" : "ms"}${note ? `  ${note}` : ""}`);
  };
  mkdirSync(WORK, { recursive: true });
  console.log(`factcheck benchmark${quick ? " (quick)" : ""} — node ${process.version}, ${process.platform}/${process.arch}`);

  // Seed corpus.
  row("seed corpus: load and index", "loadSeedMs", await medianOf(quick ? 3 : 5, () => Engine.load([SEED], { cache: false })));
  const seed = await Engine.load([SEED], { cache: false });
  const runs = quick ? 7 : 15;
  row("seed: full check, 1,000-word draft", "check1kMs", await checkTime(seed, 1000, runs, genericDraft));
  row("seed: full check, 5,000-word draft", "check5kMs", await checkTime(seed, 5000, quick ? 2 : 5, genericDraft));
  row("seed: full check, 20,000-word draft", "check20kMs", await checkTime(seed, 20000, quick ? 2 : 3, genericDraft));
  row("seed: one-character edit, 1,000-word draft", "edit1kMs", await editTime(seed, genericDraft(1000, 11), quick ? 20 : 60));
  row("seed: one-character edit, 20,000-word draft", "edit20kMs", await editTime(seed, genericDraft(20000, 12), quick ? 10 : 30));

  // Peers on the same 1,000-word draft.
  const same = genericDraft(1000, 1);
  const ours = await checkTime(seed, 1000, runs, () => same);
  const cs = await cspellTime(same, runs);
  const hp = await harperTime(same, runs);
  console.log(`peers, same 1,000-word draft: factcheck ${fmt(ours)} ms` +
    (cs !== undefined ? `, cspell ${fmt(cs)} ms (ratio ${(cs / ours).toFixed(1)}×)` : "") +
    (hp !== undefined ? `, harper ${fmt(hp)} ms (ratio ${(hp / ours).toFixed(1)}×)` : ""));
  row("cspell (cspell-lib, warm): same 1,000-word draft", "cspell1kMs", cs);
  row("harper.js (wasm, warm): same 1,000-word draft", "harper1kMs", hp);

  // 1,000 generated articles.
  const c1k = writeCorpus(join(WORK, "corpus-1000"), 1000);
  row("1,000 articles: load and index (no cache)", "load1kMs", await medianOf(quick ? 1 : 3, () => Engine.load([c1k], { cache: false })));
  const e1k = await Engine.load([c1k], { cache: false });
  row("1,000 articles: full check, 1,000-word draft", "check1kAt1kMs", await checkTime(e1k, 1000, runs, (w, v) => draft(1000, w, 7, v)));

  if (!quick) {
    const c10k = writeCorpus(join(WORK, "corpus-10000"), 10000);
    const cache = join(WORK, "cache");
    rmSync(cache, { recursive: true, force: true });
    const cold = child(c10k, cache, 10000);
    row("10,000 articles: cold load (builds the cache)", "load10kColdMs", cold.loadMs, cold.status);
    const warm = [child(c10k, cache, 10000), child(c10k, cache, 10000)];
    row("10,000 articles: load from cache (restart)", "load10kCachedMs", median(warm.map((w) => w.loadMs)), warm[0].status);
    row("10,000 articles: full check, 1,000-word draft", "check1kAt10kMs", median(warm.map((w) => w.check1kMs)));
    row("10,000 articles: peak memory", "rss10kMB", Math.max(cold.maxRssMB, ...warm.map((w) => w.maxRssMB)));
  }
  row("this process: peak memory", "peakRssMB", rssMB());
  writeFileSync(join(WORK, "last.json"), JSON.stringify(out));
  console.log(JSON.stringify(out));
}

if (args[0] === "--child") void childMain(args[1], args[2], Number(args[3]));
else
  void main().catch((e) => {
    console.error(e);
    process.exit(1);
  });

