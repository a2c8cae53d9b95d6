#!/usr/bin/env node
// Held-out evaluation: builds the checker, runs it on two sets of drafts that
// were never used for tuning, and scores each with the shared scorer.
//
//   node test/holdout/run.mjs [--no-build] [--set seed|other] [--json] [--quiet]
//
// Sets:
//   seed   new drafts about the bundled seed corpus (corpus/)
//   other  drafts about an unrelated corpus written for this test (other/corpus/)
//
// The scorer is ../shared/eval/score.mjs unless FACTCHECK_SCORER points
// elsewhere. Reports are kept in $TMPDIR/factcheck-holdout/ for inspection.
// This is not part of `npm test`: it measures, it does not pass or fail.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const SETS = [
  { name: "seed", dir: join(here, "seed"), corpus: join(root, "corpus") },
  { name: "other", dir: join(here, "other"), corpus: join(here, "other", "corpus") },
];

const scorer = process.env.FACTCHECK_SCORER ?? join(root, "..", "shared", "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.error(`holdout: scorer not found at ${scorer} (set FACTCHECK_SCORER)`);
  process.exit(2);
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return r;
}

/** Checks that every span and sentence of an answer key occurs in its draft. */
function validateKeys(dir) {
  const problems = [];
  for (const k of readdirSync(dir).filter((f) => f.endsWith(".expect.json")).sort()) {
    const key = JSON.parse(readFileSync(join(dir, k), "utf8"));
    const draftPath = join(dir, key.draft);
    if (!existsSync(draftPath)) {
      problems.push(`${k}: draft ${key.draft} is missing`);
      continue;
    }
    const text = readFileSync(draftPath, "utf8");
    const find = (needle, nth = 1) => {
      let at = -1;
      for (let i = 0; i < nth; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) return false;
      }
      return true;
    };
    for (const f of key.findings ?? []) if (!find(f.text, f.nth ?? 1)) problems.push(`${k}: finding span not in draft: ${JSON.stringify(f.text)}`);
    for (const o of key.optional ?? []) if (!find(o.text, o.nth ?? 1)) problems.push(`${k}: optional span not in draft: ${JSON.stringify(o.text)}`);
    for (const s of key.supported ?? []) if (!find(s)) problems.push(`${k}: supported sentence not in draft: ${JSON.stringify(s)}`);
  }
  return problems;
}

if (!flag("--no-build")) {
  const b = run(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 2);
}

const outDir = join(tmpdir(), "factcheck-holdout");
mkdirSync(outDir, { recursive: true });
const only = option("--set");
let failed = false;
for (const set of SETS) {
  if (only && only !== set.name) continue;
  const problems = validateKeys(set.dir);
  if (problems.length) {
    for (const p of problems) console.error(`holdout: ${p}`);
    failed = true;
  }
  const drafts = readdirSync(set.dir).filter((f) => f.endsWith(".md")).sort().map((f) => join(set.dir, f));
  const check = run(process.execPath, ["dist/cli.js", "check", "--format", "json", "--corpus", set.corpus, ...drafts]);
  // Exit status 1 only means "something was found".
  if (check.status !== 0 && check.status !== 1) {
    process.stderr.write(check.stderr);
    console.error(`holdout: checker failed on set ${set.name} (exit ${check.status})`);
    failed = true;
    continue;
  }
  const reportPath = join(outDir, `${set.name}.json`);
  writeFileSync(reportPath, check.stdout);
  const scoreArgs = [scorer, reportPath, set.dir];
  if (flag("--json")) scoreArgs.push("--json");
  else if (!flag("--quiet")) scoreArgs.push("--verbose");
  const score = run(process.execPath, scoreArgs);
  console.log(`\n==== holdout set: ${set.name} (${drafts.length} drafts, corpus ${relative(root, set.corpus)}) ====`);
  process.stdout.write(score.stdout);
  if (score.status !== 0) {
    process.stderr.write(score.stderr);
    failed = true;
  }
  console.log(`report: ${reportPath}`);
}
process.exitCode = failed ? 2 : 0;
