// `npm run test:editors`: builds the bundles and the real-editor tests, then runs
// test/editors/*.test.ts (Neovim, code-server extension host, code-server UI,
// packaging, desktop VS Code). Each test skips with its reason when its editor is
// missing; scripts/editors/install.sh installs them (Debian, code-server 4.100.3).
//   node scripts/editors/run.mjs [--install] [--screenshots] [extra node --test arguments]
//   --install      run scripts/editors/install.sh first
//   --screenshots  also refresh docs/screenshots/ (the README's pictures)
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const step = (cmd, argv) => {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const t0 = Date.now();
// --screenshots: refresh the README's screenshots in docs/screenshots/.
if (args.includes("--screenshots")) process.env.FACTCHECK_UPDATE_SCREENSHOTS = "1";
if (args.includes("--install")) step("bash", ["scripts/editors/install.sh"]);
step(process.execPath, ["scripts/build.mjs", "--tests=/test/editors/"]);
const tests = readdirSync(join(root, "out", "test", "editors"))
  .filter((f) => f.endsWith(".test.js"))
  .map((f) => join("out", "test", "editors", f));
step(process.execPath, ["--test", "--test-reporter=spec", ...args.filter((a) => a !== "--install" && a !== "--screenshots"), ...tests]);
console.log(`real-editor tests: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
