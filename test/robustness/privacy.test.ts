// Privacy and no lost work. The command line and the language server run
// with a preload script (node --require) that records every attempt to open
// a network connection or resolve a host name; none may happen. They run on a
// copy of a workspace, and afterwards every file has the same bytes and
// modification time: quick fixes are returned as edits, never applied by the
// server (no unprompted workspace/applyEdit).
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, describe, it } from "node:test";
import { RIVERTON } from "../helpers";
import { HARBOUR } from "./corpora";
import { RawClient, runCli, snapshot, tempTree, type Message } from "./util";

const PRELOAD = `
const fs = require("fs");
const log = process.env.FACTCHECK_NET_LOG;
const record = (what) => { try { fs.appendFileSync(log, what + "\\n"); } catch {} };
record("preload active " + process.pid);
const wrap = (obj, name, label) => {
  const orig = obj[name];
  if (typeof orig !== "function") return;
  obj[name] = function (...args) {
    let first = args[0];
    try { first = JSON.stringify(first); } catch {}
    record(label + " " + String(first).slice(0, 200));
    return orig.apply(this, args);
  };
};
const net = require("net");
wrap(net.Socket.prototype, "connect", "net.Socket.connect");
wrap(net, "connect", "net.connect");
wrap(net, "createConnection", "net.createConnection");
const tls = require("tls");
wrap(tls, "connect", "tls.connect");
const dns = require("dns");
for (const k of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"]) { wrap(dns, k, "dns." + k); wrap(dns.promises, k, "dns.promises." + k); }
for (const m of ["http", "https", "http2"]) { const mod = require(m); wrap(mod, "request", m + ".request"); wrap(mod, "get", m + ".get"); wrap(mod, "connect", m + ".connect"); }
const dgram = require("dgram");
wrap(dgram, "createSocket", "dgram.createSocket");
if (typeof globalThis.fetch === "function") wrap(globalThis, "fetch", "fetch");
`;

const DRAFTS: Record<string, string> = {
  "drafts/flood.md": "# Flood\n\nMayor Anabelle Okonkwo-Lindqvist closed the Halvorsen Bridge.\n\nTobias Fairwether said 900 homes were evacuated.\n",
  "drafts/strike.txt": "Union secretary Margit Oyelaran-Szabu said 1,300 workers walked out.\r\nDeclan Whitcombe spoke.\r\n",
  "notes/empty.md": "",
  "notes/emoji.md": "🌊 e\u0301 👩‍👩‍👧 Anabelle\n",
  ".factcheck.json": JSON.stringify({ corpus: ["sources"] }, null, 2) + "\n",
};

function workspaceCopy(): string {
  const files: Record<string, string> = { ...DRAFTS };
  for (const [n, t] of Object.entries({ ...RIVERTON, ...HARBOUR })) files[`sources/${n}`] = t;
  return tempTree(files);
}

const cleanup: string[] = [];
after(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

/** A fresh preload script and the log it writes to. */
function preload(): { dir: string; script: string; log: string; attempts: () => string[] } {
  const dir = tempTree({ "net-guard.js": PRELOAD, "net.log": "" });
  cleanup.push(dir);
  const log = join(dir, "net.log");
  return {
    dir,
    script: join(dir, "net-guard.js"),
    log,
    attempts: () => readFileSync(log, "utf8").split("\n").filter((l) => l && !l.startsWith("preload active")),
  };
}

describe("privacy and no lost work: command line", () => {
  it("check and corpus open no network connection and change no file", async () => {
    const ws = workspaceCopy();
    const cache = tempTree({});
    cleanup.push(ws, cache);
    const guard = preload();
    const before = snapshot(ws);
    await new Promise((r) => setTimeout(r, 20));
    const env = { FACTCHECK_NET_LOG: guard.log, XDG_CACHE_HOME: cache, FACTCHECK_CACHE_DIR: cache };
    const drafts = Object.keys(DRAFTS).filter((p) => !p.endsWith(".json")).map((p) => join(ws, p));
    const nodeArgs = ["--require", guard.script];
    const check = await runCli(["check", "--format", "json", ...drafts], { cwd: ws, env, nodeArgs });
    assert.equal(check.code, 1, check.stderr);
    assert.ok(JSON.parse(check.stdout).files.some((f: { diagnostics: unknown[] }) => f.diagnostics.length > 0), "the drafts were really checked");
    await runCli(["check", "--corpus", join(ws, "sources"), ...drafts], { cwd: ws, env, nodeArgs });
    const corpus = await runCli(["corpus", "--format", "json"], { cwd: ws, env, nodeArgs });
    assert.equal(corpus.code, 0, corpus.stderr);
    assert.equal(readFileSync(guard.log, "utf8").split("\n").filter((l) => l.startsWith("preload active")).length, 3, "the guard ran in every process");
    assert.deepEqual(guard.attempts(), []);
    assert.deepEqual(snapshot(ws), before);
  });
});

describe("privacy and no lost work: language server", () => {
  it("a full editing session opens no network connection, applies no edit and changes no file", async (t) => {
    const ws = workspaceCopy();
    const cache = tempTree({});
    cleanup.push(ws, cache);
    const guard = preload();
    const before = snapshot(ws);
    const c = await RawClient.start({
      workspace: ws,
      nodeArgs: ["--require", guard.script],
      env: { FACTCHECK_NET_LOG: guard.log, XDG_CACHE_HOME: cache, FACTCHECK_CACHE_DIR: cache },
      initializationOptions: { debounceMs: 0, holdMs: 0 },
    });
    let actions = 0;
    try {
      for (const [rel, text] of Object.entries(DRAFTS)) {
        if (rel.endsWith(".json")) continue;
        const uri = pathToFileURL(join(ws, rel)).toString();
        c.notify("textDocument/didOpen", { textDocument: { uri, languageId: rel.endsWith(".md") ? "markdown" : "plaintext", version: 1, text } });
      }
      const flood = pathToFileURL(join(ws, "drafts/flood.md")).toString();
      const d = await c.waitForDiagnostics(flood, (p) => p.diagnostics.some((x) => x.code === "name-spelling"));
      // Edits stay in the editor's memory; a save notification writes nothing either.
      c.notify("textDocument/didChange", { textDocument: { uri: flood, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, text: " report" }] });
      c.notify("textDocument/didSave", { textDocument: { uri: flood } });
      await c.waitForDiagnostics(flood, (p) => p.version === 2);
      const diags = (await c.waitForDiagnostics(flood, (p) => p.version === 2)).diagnostics;
      for (const x of diags) {
        const r = await c.request("textDocument/codeAction", { textDocument: { uri: flood }, range: x.range, context: { diagnostics: [x] } });
        assert.equal(r.error, undefined);
        for (const a of (r.result as Array<{ edit?: unknown; command?: { command: string } }>) ?? []) if (a.edit) actions++;
      }
      const all = await c.request("textDocument/codeAction", { textDocument: { uri: flood }, range: d.diagnostics[0].range, context: { diagnostics: [], only: ["source.fixAll.factcheck"] } });
      assert.equal(all.error, undefined);
      for (const [method, params] of [
        ["textDocument/hover", { textDocument: { uri: flood }, position: { line: 2, character: 8 } }],
        ["textDocument/definition", { textDocument: { uri: flood }, position: { line: 2, character: 8 } }],
        ["textDocument/codeLens", { textDocument: { uri: flood } }],
        ["workspace/executeCommand", { command: "factcheck.explain", arguments: [flood, { line: 4, character: 3 }] }],
        ["workspace/executeCommand", { command: "factcheck.checkWorkspace", arguments: [] }],
        ["workspace/executeCommand", { command: "factcheck.reloadCorpus", arguments: [] }],
      ] as Array<[string, unknown]>) {
        const r: Message = await c.request(method, params, 60_000);
        assert.equal(r.error, undefined, `${method}: ${JSON.stringify(r.error)}`);
      }
      await c.waitForDiagnostics(flood, (p) => p.version === 2 && p.diagnostics.length > 0);
      c.notify("textDocument/didClose", { textDocument: { uri: flood } });
    } finally {
      await c.stop();
    }
    t.diagnostic(`${actions} code actions with edits offered; server requests seen: ${[...new Set(c.serverRequests.map((m) => m.method))].join(", ") || "none"}`);
    assert.ok(actions > 0, "quick fixes were offered as edits");
    assert.deepEqual(c.serverRequests.filter((m) => m.method === "workspace/applyEdit"), [], "no edit applied without the user");
    assert.deepEqual(guard.attempts(), [], "no network connection attempted");
    assert.ok(readFileSync(guard.log, "utf8").startsWith("preload active"), "the guard ran in the server");
    assert.deepEqual(snapshot(ws), before, "every workspace file keeps its bytes and modification time");
  });

  it("the guard itself works: it records a connection attempt", async () => {
    const guard = preload();
    const probe = join(guard.dir, "probe.js");
    writeFileSync(probe, `require("net").connect(9, "127.0.0.1").on("error", () => {});`);
    const { spawnSync } = await import("node:child_process");
    spawnSync(process.execPath, ["--require", guard.script, probe], { env: { ...process.env, FACTCHECK_NET_LOG: guard.log }, timeout: 10_000 });
    assert.ok(guard.attempts().some((l) => /connect/.test(l)), readFileSync(guard.log, "utf8"));
  });
});
