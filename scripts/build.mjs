// Builds the extension client, the language server and the command-line tool
// with esbuild. Flags:
//   --if-stale    build only when a source file is newer than the bundles (quiet)
//   --tests       also bundle every test/**/*.test.ts into out/test/
//   --production  minify, no source maps (used by `npm run package`)
import { build } from "esbuild";
import { readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const production = args.has("--production");

const entries = {
  client: "client/src/extension.ts",
  server: "server/src/lsp/main.ts",
  cli: "server/src/cli/main.ts",
  // Analyses corpus articles in worker threads (server/src/engine/corpus/parallel.ts).
  worker: "server/src/engine/corpus/worker.ts",
};

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function newest(files) {
  let t = 0;
  for (const f of files) t = Math.max(t, statSync(f).mtimeMs);
  return t;
}

if (args.has("--if-stale")) {
  const sources = [...walk(join(root, "server/src")), ...walk(join(root, "client/src")), join(root, "package-lock.json")];
  const bundles = Object.keys(entries).map((k) => join(root, "dist", `${k}.js`));
  if (bundles.every((b) => existsSync(b)) && newest(sources) < Math.min(...bundles.map((b) => statSync(b).mtimeMs))) {
    process.exit(0);
  }
}

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["vscode"],
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  absWorkingDir: root,
};

await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(entries)),
  outdir: join(root, "dist"),
});

const testArg = process.argv.slice(2).find((a) => a === "--tests" || a.startsWith("--tests="));
if (testArg) {
  // --tests=PART builds only the test files whose path contains PART.
  const filter = testArg.includes("=") ? testArg.slice(testArg.indexOf("=") + 1) : "";
  const tests = walk(join(root, "test"))
    .filter((f) => /\.test\.ts$/.test(f))
    .filter((f) => !filter || f.includes(filter));
  // The extension-host suite is loaded by VS Code, not by `node --test`: it goes
  // outside out/test/ so the test runner does not count it as a test file.
  const suite = join(root, "test", "editors", "vscode", "index.ts");
  const jobs = tests.map((f) => build({ ...common, entryPoints: [relative(root, f)], outdir: join(root, "out"), outbase: root }));
  if (!filter || suite.includes(filter) || tests.some((f) => f.includes("/editors/")))
    jobs.push(build({ ...common, entryPoints: [relative(root, suite)], outdir: join(root, "out", "editor-suite") }));
  // Each test file is its own bundle, so one broken file cannot stop the others from building.
  const results = await Promise.allSettled(jobs);
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    console.error(`build: ${failed.length} test file(s) failed to build`);
    process.exitCode = 1;
  }
}
