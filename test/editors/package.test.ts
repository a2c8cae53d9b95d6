// The .vsix as users install it: `npm run package` (run in a copy of the tree)
// must hold only what runs — minified bundles, the corpus, the grammars, the
// icon, package.json, README and LICENSE — and stay small.
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, corpusFiles, packagedVsix, zipEntries } from "./lib/harness";

describe("npm run package", { timeout: 180_000 }, () => {
  let vsix = "";
  let files: { name: string; size: number }[] = [];
  const ext = () => files.filter((f) => f.name.startsWith("extension/")).map((f) => f.name.slice("extension/".length));

  it("makes a .vsix", () => {
    vsix = packagedVsix();
    files = zipEntries(vsix);
    assert.ok(files.length > 0);
  });

  it("holds only what runs", () => {
    const allowed = [/^dist\/[^/]+\.js$/, /^corpus\/.+/, /^syntaxes\/.+/, /^schemas\/factcheck\.schema\.json$/, /^images\/icon\.png$/, /^package\.json$/, /^readme\.md$/i, /^LICENSE(\.txt)?$/];
    const stray = ext().filter((n) => !allowed.some((re) => re.test(n)));
    assert.deepEqual(stray, [], "no sources, tests, source maps or node_modules in the package");
    const outside = files.map((f) => f.name).filter((n) => !n.startsWith("extension/"));
    assert.deepEqual(outside.sort(), ["[Content_Types].xml", "extension.vsixmanifest"]);
  });

  it("has the entry points, the whole corpus, the icon and the docs", () => {
    const names = new Set(ext());
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    assert.ok(names.has(pkg.main.replace(/^\.\//, "")), `${pkg.main} is packaged`);
    for (const f of ["dist/server.js", "dist/cli.js", "package.json", pkg.icon, "schemas/factcheck.schema.json"]) assert.ok(names.has(f), `${f} is packaged`);
    for (const f of corpusFiles()) assert.ok(names.has(`corpus/${f}`), `corpus/${f} is packaged`);
    assert.ok([...names].some((n) => /^readme\.md$/i.test(n)));
    assert.ok([...names].some((n) => /^LICENSE/.test(n)));
  });

  it("ships minified bundles without source maps and stays under 1 MB", () => {
    assert.ok(!ext().some((n) => n.endsWith(".map")));
    const size = statSync(vsix).size;
    assert.ok(size < 1024 * 1024, `the .vsix is ${(size / 1024).toFixed(0)} KB`);
  });
});
