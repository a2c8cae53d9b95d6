// `npm run bench [-- --quick]`: bundles the benchmark with esbuild, then runs it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  absWorkingDir: root,
  external: ["harper.js", "cspell-lib", "cspell"],
  // The worker bundle goes next to the benchmark, where the engine looks for it.
  entryPoints: { bench: "bench/bench.ts", "gen-corpus": "bench/gen-corpus.ts", worker: "server/src/engine/corpus/worker.ts" },
  outdir: join(root, "out", "bench"),
});
const r = spawnSync(process.execPath, ["--expose-gc", join(root, "out", "bench", "bench.js"), ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
