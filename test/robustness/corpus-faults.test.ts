// Corpus faults: a binary file, invalid UTF-8, empty files, a missing folder,
// a folder deleted while the server runs, a file the process may not read.
// Each is skipped with one clear message and the rest of the corpus works —
// through Engine.load, the command line and the real language server.
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, describe, it } from "node:test";
import { Engine } from "../../server/src/engine/engine";
import { RIVERTON } from "../helpers";
import { HARBOUR } from "./corpora";
import { chmodBlocksReading, RawClient, runCli, tempTree, unprivilegedUser } from "./util";

const DRAFT = "Mayor Anabelle Okonkwo-Lindqvist closed the bridge.\n\nUnion secretary Margit Oyelaran-Szabu spoke.\n";

const FAULTS: Record<string, string | Uint8Array> = {
  "binary.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  "latin1.txt": Uint8Array.from([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" in Riverton, said Tobias Fairweather "), 0xff, 0xfe]),
  "empty.txt": "",
  "blank.md": " \n\t\n",
  "locked.txt": "Mayor Annabelle Okonkwo-Lindqvist opened the Halvorsen Bridge.",
};
const BAD = ["binary.txt", "latin1.txt", "empty.txt", "blank.md"];

/** A corpus folder with the good Riverton articles and every kind of bad file; readable by anyone but `locked.txt`. */
function faultyCorpus(): { dir: string; missing: string } {
  const dir = tempTree({ ...RIVERTON, ...FAULTS });
  chmodSync(dir, 0o755);
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o644);
  chmodSync(join(dir, "locked.txt"), 0o000);
  return { dir, missing: join(dir, "no-such-folder") };
}

/** A scratch folder an unprivileged user can write (the corpus cache goes there). */
function openScratch(): string {
  const d = mkdtempSync(join(tmpdir(), "factcheck-cache-"));
  chmodSync(d, 0o777);
  return d;
}

const cleanup: string[] = [];
after(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe("corpus faults: Engine.load", () => {
  it("skips each bad file and the missing folder with one message; the good articles still work", async (t) => {
    const { dir, missing } = faultyCorpus();
    cleanup.push(dir);
    const engine = await Engine.load([dir, missing], { cache: false });
    const problemsFor = (name: string) => engine.problems.filter((p) => p.path.endsWith(name));
    for (const name of BAD) assert.equal(problemsFor(name).length, 1, `one message for ${name}: ${JSON.stringify(engine.problems)}`);
    assert.match(problemsFor("binary.txt")[0].message, /binary/);
    assert.match(problemsFor("latin1.txt")[0].message, /UTF-8/);
    assert.match(problemsFor("empty.txt")[0].message, /empty/);
    assert.match(problemsFor("blank.md")[0].message, /empty/);
    assert.equal(problemsFor("no-such-folder").length, 1);
    assert.match(problemsFor("no-such-folder")[0].message, /cannot be read.*ENOENT/);
    const ids = engine.kb.articles.map((a) => a.id).sort();
    if (chmodBlocksReading()) {
      assert.deepEqual(ids, ["a1.txt", "a2.md"]);
      assert.match(problemsFor("locked.txt")[0].message, /cannot be read.*EACCES/);
    } else {
      t.diagnostic("running as root: chmod 000 does not stop this process reading locked.txt; the unreadable file is tested through the command line and the server run as user nobody");
      assert.deepEqual(ids, ["a1.txt", "a2.md", "locked.txt"]);
    }
    const names = engine.check(DRAFT, "markdown").findings.filter((f) => f.code === "name-spelling");
    assert.deepEqual(names.map((f) => DRAFT.slice(f.span.start, f.span.end)), ["Anabelle Okonkwo-Lindqvist"]);
  });

  it("a corpus that is only faults loads empty, without throwing", async () => {
    const dir = tempTree(Object.fromEntries(BAD.map((n) => [n, FAULTS[n]])));
    cleanup.push(dir);
    const engine = await Engine.load([dir, join(dir, "gone"), "\u0000bad"], { cache: false });
    assert.equal(engine.kb.articles.length, 0);
    assert.equal(engine.problems.length, BAD.length + 2);
    assert.deepEqual(engine.check(DRAFT, "markdown").findings.filter((f) => f.severity === "warning"), []);
  });
});

describe("corpus faults: command line", () => {
  it("writes one line per skipped file to stderr and still checks the draft", async (t) => {
    const { dir, missing } = faultyCorpus();
    const work = tempTree({ "draft.md": DRAFT });
    chmodSync(work, 0o755);
    chmodSync(join(work, "draft.md"), 0o644);
    const cache = openScratch();
    cleanup.push(dir, work, cache);
    const user = unprivilegedUser();
    if (!user) t.diagnostic("no unprivileged user: locked.txt may be readable and is not asserted");
    const r = await runCli(["check", "--format", "json", "--corpus", dir, "--corpus", missing, join(work, "draft.md")], {
      cwd: work,
      env: { XDG_CACHE_HOME: cache, FACTCHECK_CACHE_DIR: cache },
      ...(user ?? {}),
    });
    const lines = r.stderr.trim().split("\n");
    for (const name of [...BAD, "no-such-folder", ...(user ? ["locked.txt"] : [])]) {
      assert.equal(lines.filter((l) => l.includes(name)).length, 1, `one stderr line for ${name}:\n${r.stderr}`);
    }
    if (user) assert.match(lines.find((l) => l.includes("locked.txt"))!, /cannot be read.*EACCES/);
    const report = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ code: string; suggestions: string[] }> }> };
    const names = report.files[0].diagnostics.filter((d) => d.code === "name-spelling");
    assert.equal(names.length, 1);
    assert.equal(names[0].suggestions[0], "Annabelle Okonkwo-Lindqvist");
    assert.equal(r.code, 1);
  });

  it("an unreadable, binary or missing draft is a clear error, not a crash", async () => {
    const work = tempTree({ "bin.md": Uint8Array.from([0, 1, 2, 3]), "bad.md": Uint8Array.from([0xc3, 0x28]) });
    cleanup.push(work);
    const r = await runCli(["check", "--corpus", join(work, "nowhere"), join(work, "bin.md")], { cwd: work });
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    for (const draft of ["bin.md", "bad.md", "missing.md"]) {
      const c = await runCli(["check", join(work, draft)], { cwd: work });
      assert.equal(c.code, 2, draft);
      assert.match(c.stderr, new RegExp(`${draft}: `));
      assert.doesNotMatch(c.stderr, /internal error|\n\s+at /);
    }
  });
});

describe("corpus faults: language server", () => {
  it("shows and logs one message per skipped file; diagnostics come from the good articles", async (t) => {
    const { dir, missing } = faultyCorpus();
    const ws = tempTree({ "draft.md": DRAFT });
    chmodSync(ws, 0o755);
    chmodSync(join(ws, "draft.md"), 0o644);
    const cache = openScratch();
    cleanup.push(dir, ws, cache);
    const user = unprivilegedUser();
    if (!user) t.diagnostic("no unprivileged user: locked.txt may be readable and is not asserted");
    const c = await RawClient.start({
      workspace: ws,
      initializationOptions: { corpus: [dir, missing], debounceMs: 0, holdMs: 0 },
      env: { XDG_CACHE_HOME: cache, FACTCHECK_CACHE_DIR: cache },
      ...(user ?? {}),
    });
    try {
      const uri = pathToFileURL(join(ws, "draft.md")).toString();
      c.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      const d = await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "name-spelling"));
      assert.equal(d.diagnostics.filter((x) => x.code === "name-spelling").length, 1);
      for (const name of [...BAD, "no-such-folder", ...(user ? ["locked.txt"] : [])]) {
        assert.equal(c.shownMessages().filter((m) => m.includes(name)).length, 1, `one window message for ${name}: ${c.shownMessages().join("\n")}`);
        assert.ok(c.loggedMessages().some((m) => m.includes(name)), `${name} is in the log`);
      }
      assert.equal(c.exited, undefined);
    } finally {
      await c.stop();
    }
  });

  it("a corpus folder deleted while the server runs: reported, the other folder still works, the server keeps answering", async () => {
    const a = tempTree(RIVERTON);
    const b = tempTree(HARBOUR);
    const ws = tempTree({ "draft.md": DRAFT });
    cleanup.push(a, b, ws);
    const c = await RawClient.start({ workspace: ws, initializationOptions: { corpus: [a, b], debounceMs: 0, holdMs: 0 } });
    try {
      const uri = pathToFileURL(join(ws, "draft.md")).toString();
      c.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      await c.waitForDiagnostics(uri, (p) => p.diagnostics.filter((x) => x.code === "name-spelling").length === 2);
      const before = c.messages.length;
      rmSync(b, { recursive: true, force: true });
      assert.throws(() => statSync(b));
      await c.waitFor((ms) => ms.slice(before).find((m) => /^window\/showMessage/.test(m.method ?? "") && (m.params as { message: string }).message.includes(b)), 20_000, "a message about the deleted folder");
      const d = await c.waitForDiagnostics(uri, (p) => p.diagnostics.filter((x) => x.code === "name-spelling").length === 1);
      assert.match(d.diagnostics.find((x) => x.code === "name-spelling")!.message, /Annabelle/);
      const hover = await c.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 8 } });
      assert.equal(hover.error, undefined);
      assert.ok(hover.result, "hover still answered");
      assert.equal(c.exited, undefined);
    } finally {
      await c.stop();
    }
  });
});
