// Starts the real language server over stdio and speaks LSP to it.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { RIVERTON } from "../helpers";
import { TestClient, workspace } from "../lsp-client";

const files: Record<string, string> = {};
for (const [name, text] of Object.entries(RIVERTON)) files[`sources/${name}`] = text;
const DRAFT = [
  "# Flood report",
  "",
  "Mayor Anabelle Okonkwo-Lindqvist closed the bridge. 🌉",
  "",
  "Tobias Fairweather said homes were evacuated.",
  "",
].join("\r\n");

describe("language server over stdio", () => {
  let ws: string;
  let client: TestClient;
  const uri = () => pathToFileURL(join(ws, "draft.md")).toString();

  before(async () => {
    ws = workspace({ ...files, "draft.md": DRAFT });
    client = await TestClient.start({ workspace: ws, initializationOptions: { corpus: ["sources"], debounceMs: 20 } });
    client.open(uri(), DRAFT);
  });
  after(async () => client?.stop());

  it("publishes a name diagnostic at the exact range, with evidence", async () => {
    const d = await client.waitForDiagnostics(uri(), (p) => p.diagnostics.length > 0);
    const names = d.diagnostics.filter((x) => x.code === "name-spelling");
    assert.equal(names.length, 1);
    const n = names[0];
    assert.deepEqual(n.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 32 } });
    assert.equal(n.severity, 2);
    assert.equal(n.source, "factcheck");
    assert.match(n.message, /Annabelle/);
    assert.ok(n.relatedInformation?.length, "relatedInformation points at the corpus");
    assert.match(n.relatedInformation![0].location.uri, /sources\/a[12]\./);
  });

  it("hover shows the corpus sentence with article and line", async () => {
    const h = await client.request<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri: uri() }, position: { line: 2, character: 10 } });
    assert.match(h.contents.value, /Annabelle Okonkwo-Lindqvist/);
    assert.match(h.contents.value, /a[12]\.(txt|md), line \d+/);
  });

  it("hover on a correct name shows what the corpus says", async () => {
    const h = await client.request<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri: uri() }, position: { line: 4, character: 10 } });
    assert.ok(h);
    assert.match(h!.contents.value, /Fairweather/);
  });

  it("code action replaces the name with the corpus spelling", async () => {
    const d = client.diagnostics.get(uri())!.diagnostics.filter((x) => x.code === "name-spelling");
    const actions = await client.request<Array<{ title: string; isPreferred?: boolean; edit?: { changes: Record<string, Array<{ newText: string; range: unknown }>> } }>>(
      "textDocument/codeAction",
      { textDocument: { uri: uri() }, range: d[0].range, context: { diagnostics: d } },
    );
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.ok(preferred, "a preferred quick fix");
    assert.equal(preferred.edit!.changes[uri()][0].newText, "Annabelle Okonkwo-Lindqvist");
    assert.deepEqual(preferred.edit!.changes[uri()][0].range, d[0].range);
    assert.ok(actions.some((a) => /Accept/.test(a.title)), "an accept-spelling action");
    assert.ok(actions.some((a) => /Disable name checks/.test(a.title)), "a disable-next-line action");
  });

  it("go-to-definition opens the first mention in the article", async () => {
    const locs = await client.request<Array<{ uri: string; range: { start: { line: number } } }>>("textDocument/definition", {
      textDocument: { uri: uri() },
      position: { line: 2, character: 10 },
    });
    assert.ok(locs.length > 0);
    const first = locs[0];
    const text = readFileSync(new URL(first.uri), "utf8").split(/\r?\n/)[first.range.start.line];
    assert.match(text, /Annabelle Okonkwo-Lindqvist/);
  });

  it("editing the draft updates the diagnostics", async () => {
    client.change(uri(), DRAFT.replace("Anabelle", "Annabelle"));
    await client.waitForDiagnostics(uri(), (p) => p.diagnostics.every((x) => x.code !== "name-spelling"));
  });

  it("code lenses summarise each paragraph", async () => {
    const lenses = await client.request<Array<{ command: { title: string } }>>("textDocument/codeLens", { textDocument: { uri: uri() } });
    assert.ok(lenses.length >= 1);
    assert.ok(lenses.every((l) => /supported/.test(l.command.title)));
  });

  it("answers requests for documents never opened with null, not a crash", async () => {
    const h = await client.request("textDocument/hover", { textDocument: { uri: "file:///nowhere.md" }, position: { line: 0, character: 0 } });
    assert.equal(h, null);
  });

  it("the glossary: an accepted spelling is written to .factcheck.json and silences the mark", async () => {
    client.change(uri(), DRAFT);
    await client.waitForDiagnostics(uri(), (p) => p.diagnostics.some((x) => x.code === "name-spelling"));
    await client.request("workspace/executeCommand", { command: "factcheck.acceptSpelling", arguments: [uri(), "Anabelle Okonkwo-Lindqvist"] });
    const cfg = JSON.parse(readFileSync(join(ws, ".factcheck.json"), "utf8"));
    assert.deepEqual(cfg.accept, ["Anabelle Okonkwo-Lindqvist"]);
    await client.waitForDiagnostics(uri(), (p) => p.diagnostics.every((x) => x.code !== "name-spelling"));
  });

  it("a malformed project file is reported and the previous settings stay", async () => {
    writeFileSync(join(ws, ".factcheck.json"), '{ "accept": [ "Anabelle Okonkwo-Lindqvist" ');
    await client.request("workspace/executeCommand", { command: "factcheck.reloadCorpus", arguments: [] });
    const cfgUri = pathToFileURL(join(ws, ".factcheck.json")).toString();
    const d = await client.waitForDiagnostics(cfgUri, (p) => p.diagnostics.length > 0);
    assert.match(d.diagnostics[0].message, /not valid JSON/);
    const msg = (await client.waitForNotification("window/showMessageRequest")) as { message: string };
    assert.match(msg.message, /\.factcheck\.json:1: not valid JSON.*previous settings stay/);
    // the glossary entry from the last good file still holds
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(client.diagnostics.get(uri())!.diagnostics.every((x) => x.code !== "name-spelling"));
  });

  it("a suppression comment silences the next line", async () => {
    const other = pathToFileURL(join(ws, "other.md")).toString();
    client.open(other, "<!-- factcheck-disable-next-line name -->\nTobias Fairwether spoke.\n\nTobias Fairwether spoke again.\n");
    const d = await client.waitForDiagnostics(other, (p) => p.diagnostics.length > 0);
    assert.equal(d.diagnostics.length, 1);
    assert.equal(d.diagnostics[0].range.start.line, 3);
  });
});

describe("typing comfort", () => {
  it("holds back a mark on the word being typed until a short pause has passed", async () => {
    const ws = workspace({ ...files, "d.md": "x" });
    const client = await TestClient.start({ workspace: ws, initializationOptions: { corpus: ["sources"], debounceMs: 0, holdMs: 600 } });
    try {
      const uri = pathToFileURL(join(ws, "d.md")).toString();
      client.open(uri, "Mayor Annabelle Okonkwo-Lindqvist spoke.");
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
      const typedAt = Date.now();
      client.change(uri, "Mayor Anabelle Okonkwo-Lindqvist spoke."); // the edit is inside the name
      await client.waitForDiagnostics(uri, (p) => p.version === 2);
      assert.equal(client.diagnostics.get(uri)!.diagnostics.length, 0, "held back while typing");
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
      assert.ok(Date.now() - typedAt >= 500, "shown after the pause");
    } finally {
      await client.stop();
    }
  });
});

describe("live corpus", () => {
  it("a change to a corpus file takes effect without a restart", async () => {
    const ws = workspace({ ...files, "d.md": "x" });
    const client = await TestClient.start({ workspace: ws, initializationOptions: { corpus: ["sources"], debounceMs: 0, holdMs: 0 } });
    try {
      const uri = pathToFileURL(join(ws, "d.md")).toString();
      client.open(uri, "Mayor Annabelle Okonkwo-Lindqvist met Sheriff Dorothea Vantablack.");
      await client.waitForDiagnostics(uri, (p) => p.version === 1);
      // The corpus learns a new person; a misspelling of that name is now caught.
      writeFileSync(join(ws, "sources", "a3.txt"), "Sheriff Dorothea Vantablack thanked the volunteers. Vantablack said the levee held.\n");
      client.change(uri, "Mayor Annabelle Okonkwo-Lindqvist met Sheriff Dorothea Vantablak.");
      const d = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "name-spelling" && /Vantablack/.test(x.message)));
      assert.ok(d.diagnostics.length >= 1);
    } finally {
      await client.stop();
    }
  });
});

describe("multi-root workspace", () => {
  it("each folder uses its own .factcheck.json", async () => {
    const a = workspace({
      "src/one.txt": "Inspector Harriet Quillfeather inspected the dam on Monday.",
      ".factcheck.json": JSON.stringify({ corpus: ["src"] }),
      "d.md": "x",
    });
    const b = workspace({
      "src/two.txt": "Coach Bartholomew Sneddon praised the team on Friday.",
      ".factcheck.json": JSON.stringify({ corpus: ["src"] }),
      "d.md": "x",
    });
    const client = await TestClient.start({ workspace: a, folders: [a, b], initializationOptions: { debounceMs: 0, holdMs: 0 } });
    try {
      const ua = pathToFileURL(join(a, "d.md")).toString();
      const ub = pathToFileURL(join(b, "d.md")).toString();
      client.open(ua, "Inspector Harriet Quilfeather and Coach Bartholomew Snedon met.");
      client.open(ub, "Inspector Harriet Quilfeather and Coach Bartholomew Snedon met.");
      const da = await client.waitForDiagnostics(ua, (p) => p.diagnostics.some((x) => x.code === "name-spelling"));
      const db = await client.waitForDiagnostics(ub, (p) => p.diagnostics.some((x) => x.code === "name-spelling"));
      const names = (d: typeof da) => d.diagnostics.filter((x) => x.code === "name-spelling").map((x) => x.message);
      assert.ok(names(da).every((m) => /Quillfeather/.test(m)), names(da).join("\n"));
      assert.ok(names(db).every((m) => /Sneddon/.test(m)), names(db).join("\n"));
    } finally {
      await client.stop();
    }
  });
});
