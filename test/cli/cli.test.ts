// The command line: JSON report format, compiler-style text, exit statuses.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, RIVERTON } from "../helpers";
import { workspace } from "../lsp-client";

const files: Record<string, string> = {};
for (const [name, text] of Object.entries(RIVERTON)) files[`sources/${name}`] = text;
const ws = workspace({
  ...files,
  "bad.md": "Mayor Anabelle Okonkwo-Lindqvist closed the bridge.\n",
  "good.md": "Mayor Annabelle Okonkwo-Lindqvist closed the bridge.\n",
  "empty.md": "",
});

function run(args: string[], cwd = ws) {
  const r = spawnSync(process.execPath, [join(ROOT, "dist", "cli.js"), ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("factcheck check", () => {
  it("JSON output follows the report format", () => {
    const r = run(["check", "--corpus", "sources", "--format", "json", "bad.md", "good.md"]);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ["bad.md", "good.md"]);
    const [d] = report.files[0].diagnostics;
    assert.deepEqual(Object.keys(d).sort(), ["category", "code", "message", "range", "severity", "sources", "suggestions"]);
    assert.equal(d.category, "name");
    assert.equal(d.code, "name-spelling");
    assert.equal(d.severity, "warning");
    assert.deepEqual(d.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 32 } });
    assert.equal(d.suggestions[0], "Annabelle Okonkwo-Lindqvist");
    assert.ok(d.sources.length > 0);
    assert.deepEqual(Object.keys(d.sources[0]).sort(), ["article", "line", "quote"]);
    assert.match(d.sources[0].article, /^a[12]\.(txt|md)$/);
    assert.equal(typeof d.sources[0].line, "number");
    assert.deepEqual(report.files[1].diagnostics, []);
  });

  it("text output reads like a compiler's", () => {
    const r = run(["check", "--corpus", "sources", "bad.md"]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^bad\.md:1:7: warning: .*Annabelle.* \[name-spelling\]$/m);
  });

  it("exit 0 when nothing at warning level is found (also for an empty draft)", () => {
    assert.equal(run(["check", "--corpus", "sources", "good.md", "empty.md"]).status, 0);
  });

  it("exit 2 with a one-line reason for bad usage or an unreadable file", () => {
    for (const args of [["check"], ["frobnicate"], ["check", "--format", "xml", "good.md"], ["check", "--corpus", "sources", "missing.md"], ["check", "--bogus", "good.md"]]) {
      const r = run(args);
      assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr.split("\n")[0], /^factcheck: /);
    }
  });

  it("uses the bundled corpus by default", () => {
    const r = run(["check", "--format", "json", "good.md"]);
    assert.equal(r.status, 0, r.stderr);
  });

  it("reads corpus folders, glossary and categories from .factcheck.json", () => {
    const dir = workspace({ ...files, "bad.md": "Mayor Anabelle Okonkwo-Lindqvist closed the bridge.\n" });
    writeFileSync(join(dir, ".factcheck.json"), JSON.stringify({ corpus: ["sources"], accept: ["Anabelle"] }));
    assert.equal(run(["check", "bad.md"], dir).status, 0);
    writeFileSync(join(dir, ".factcheck.json"), JSON.stringify({ corpus: ["sources"], categories: { name: false } }));
    assert.equal(run(["check", "bad.md"], dir).status, 0);
    writeFileSync(join(dir, ".factcheck.json"), JSON.stringify({ corpus: ["sources"] }));
    assert.equal(run(["check", "bad.md"], dir).status, 1);
    writeFileSync(join(dir, ".factcheck.json"), '{"corpus": ["sources"],,}');
    const r = run(["check", "bad.md"], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.factcheck\.json:1:\d+: not valid JSON/);
  });

  it("honours suppression comments", () => {
    const dir = workspace({ ...files, "s.md": "<!-- factcheck-disable -->\nMayor Anabelle Okonkwo-Lindqvist spoke.\n<!-- factcheck-enable -->\n" });
    assert.equal(run(["check", "--corpus", "sources", "s.md"], dir).status, 0);
  });
});

describe("factcheck corpus", () => {
  it("prints what was learned, as text and JSON", () => {
    const t = run(["corpus", "--corpus", "sources"]);
    assert.equal(t.status, 0);
    assert.match(t.stdout, /Annabelle Okonkwo-Lindqvist/);
    const j = JSON.parse(run(["corpus", "--corpus", "sources", "--format", "json"]).stdout);
    assert.equal(j.articles.length, 2);
    assert.ok(j.names.some((n: { name: string }) => n.name === "Tobias Fairweather"));
  });
});
