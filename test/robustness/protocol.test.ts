// Protocol faults against the real server over stdio: malformed messages,
// requests for documents never opened, positions out of range, and an edit
// storm (1,000 edits a second). The server answers or returns a clean error,
// its memory stays bounded, and it keeps running.
//
// The storm lasts FACTCHECK_STORM_SECONDS seconds (default 2; the full storm is 10).
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Engine } from "../../server/src/engine/engine";
import { RIVERTON } from "../helpers";
import { HARBOUR } from "./corpora";
import { fcRuns, RawClient, rssOf, tempTree, type Message, type PublishedDiagnostics } from "./util";

const STORM_SECONDS = Number(process.env.FACTCHECK_STORM_SECONDS ?? 2);
const DRAFT = [
  "# Flood 🌊 report",
  "",
  "Mayor Anabelle Okonkwo-Lindqvist closed the Halvorsen Bridge.\r",
  "Tobias Fairwether said 400 homes were evacuated. e\u0301 👩‍👩‍👧",
  "",
  "> Union secretary Margit Oyelaran-Szabu spoke.",
  "",
].join("\n");

const sources: Record<string, string> = {};
for (const [n, t] of Object.entries({ ...RIVERTON, ...HARBOUR })) sources[`sources/${n}`] = t;

/** A clean JSON-RPC answer: a result, or an error with a numeric code and a message. */
function assertClean(m: Message, what: string): void {
  assert.ok(m.jsonrpc === "2.0", `${what}: JSON-RPC 2.0 answer`);
  if (m.error) assert.ok(typeof m.error.code === "number" && typeof m.error.message === "string", `${what}: clean error`);
}

function assertRangesInside(text: string, d: PublishedDiagnostics): void {
  const doc = TextDocument.create(d.uri, "markdown", 1, text);
  for (const x of d.diagnostics) {
    for (const p of [x.range.start, x.range.end]) {
      assert.ok(p.line >= 0 && p.line < doc.lineCount && p.character >= 0, `position ${JSON.stringify(p)} inside`);
      assert.deepEqual(doc.positionAt(doc.offsetAt(p)), p, `position ${JSON.stringify(p)} maps back to itself`);
    }
    assert.ok(doc.offsetAt(x.range.start) < doc.offsetAt(x.range.end));
  }
}

describe("protocol faults", () => {
  let ws: string;
  let c: RawClient;
  let uri: string;

  before(async () => {
    ws = tempTree({ ...sources, "draft.md": DRAFT });
    uri = pathToFileURL(join(ws, "draft.md")).toString();
    c = await RawClient.start({ workspace: ws, initializationOptions: { corpus: ["sources"], debounceMs: 50, holdMs: 0 } });
    c.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
    await c.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
  });
  after(async () => {
    await c?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  /** The server is alive and answers a plain hover. */
  async function stillAnswers(what: string): Promise<void> {
    const h = await c.request("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 8 } }, 20_000);
    assert.equal(h.error, undefined, `${what}: hover after it fails: ${JSON.stringify(h.error)}`);
    assert.ok(h.result, `${what}: hover after it has a result`);
    assert.equal(c.exited, undefined, `${what}: server still running`);
  }

  it("malformed messages: the server answers with a clean error or ignores them, and keeps running", async () => {
    const bodies = [
      "{not json",
      "",
      "null",
      "42",
      '"a string"',
      "[]",
      '[{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover"}]',
      '{"jsonrpc":"2.0"}',
      '{"jsonrpc":"1.0","id":9002,"method":"shutdown"}',
      '{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover","params":{}}',
      '{"jsonrpc":"2.0","id":9003,"result":{}}',
      '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"nope"}}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":42}}}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}',
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///never-opened.md","version":2},"contentChanges":[{"text":"x"}]}}',
      '{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///never-opened.md"}}}',
      '{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"factcheck":{"corpus":"not-a-list","debounceMs":"fast"}}}}',
      '{"jsonrpc":"2.0","method":"no/such/notification","params":[1,2,3]}',
      "\u0000\u0001\ud800",
    ];
    for (const b of bodies) {
      c.sendBody(b);
      await stillAnswers(`body ${JSON.stringify(b)}`);
    }
    // The malformed settings above fell back to the bundled corpus (with a warning): restore ours.
    await c.waitFor(() => (c.shownMessages().some((m) => /factcheck\.corpus must be a list/.test(m)) ? true : undefined), 10_000, "the settings warning");
    c.notify("workspace/didChangeConfiguration", { settings: { factcheck: { corpus: ["sources"], debounceMs: 50, holdMs: 0 } } });
    await new Promise((r) => setTimeout(r, 600));
    await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "name-spelling"));
  });

  it("requests with wrong or missing parameters get a clean answer", async () => {
    const calls: Array<[string, unknown]> = [
      ["textDocument/hover", undefined],
      ["textDocument/hover", null],
      ["textDocument/hover", { textDocument: { uri: 42 }, position: "here" }],
      ["textDocument/hover", { textDocument: { uri }, position: null }],
      ["textDocument/hover", { textDocument: { uri }, position: { line: "2", character: {} } }],
      ["textDocument/definition", { textDocument: {}, position: {} }],
      ["textDocument/codeAction", { textDocument: { uri }, range: null, context: null }],
      ["textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ source: "factcheck", data: 7, range: null, message: 1 }] } }],
      ["textDocument/codeLens", { textDocument: null }],
      ["workspace/executeCommand", { command: "factcheck.explain", arguments: [42, "x"] }],
      ["workspace/executeCommand", { command: "factcheck.explain", arguments: [uri, { line: -1, character: 1e12 }] }],
      ["workspace/executeCommand", { command: "factcheck.acceptSpelling", arguments: [null, 7] }],
      ["workspace/executeCommand", { command: "no.such.command", arguments: [] }],
      ["no/such/method", {}],
      ["initialize", { capabilities: {} }],
    ];
    for (const [method, params] of calls) {
      const r = await c.request(method, params, 20_000);
      assertClean(r, `${method} ${JSON.stringify(params)}`);
      await stillAnswers(`${method} ${JSON.stringify(params)}`);
    }
  });

  it("requests for documents never opened answer null or nothing", async () => {
    for (const u of ["file:///never/opened.md", "untitled:Untitled-1", "not a uri", "file:///%E0%A4%A.md", ""]) {
      for (const method of ["textDocument/hover", "textDocument/definition"]) {
        const r = await c.request(method, { textDocument: { uri: u }, position: { line: 0, character: 0 } });
        assertClean(r, `${method} ${u}`);
        assert.ok(r.error || r.result === null, `${method} ${u}: ${JSON.stringify(r)}`);
      }
      const a = await c.request("textDocument/codeAction", { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
      assertClean(a, `codeAction ${u}`);
      const l = await c.request("textDocument/codeLens", { textDocument: { uri: u } });
      assertClean(l, `codeLens ${u}`);
    }
    await stillAnswers("unopened documents");
  });

  it("positions out of range are clamped, never a crash (generated)", async (t) => {
    let cases = 0;
    const pos = fc.record({ line: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 1e15, 0.5)), character: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31 - 1, -1e15, 1.5)) });
    await fc.assert(
      fc.asyncProperty(pos, pos, fc.constantFrom("textDocument/hover", "textDocument/definition", "textDocument/codeAction"), async (a, b, method) => {
        cases++;
        const params = method === "textDocument/codeAction" ? { textDocument: { uri }, range: { start: a, end: b }, context: { diagnostics: [] } } : { textDocument: { uri }, position: a };
        const r = await c.request(method, params);
        assertClean(r, `${method} ${JSON.stringify(params)}`);
      }),
      fcRuns(150),
    );
    t.diagnostic(`${cases} generated requests`);
    await stillAnswers("out-of-range positions");
  });

  it("edits with out-of-range or inverted ranges do not corrupt the document or the server", async () => {
    const bad = [
      { range: { start: { line: 999, character: 0 }, end: { line: 1000, character: 5 } }, text: "Tail. " },
      { range: { start: { line: 2, character: 500 }, end: { line: 1, character: 0 } }, text: "" },
      { range: { start: { line: -3, character: -3 }, end: { line: 0, character: 2 } }, text: "\r\n" },
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: "\ud83d" },
    ];
    let v = 100;
    for (const change of bad) c.notify("textDocument/didChange", { textDocument: { uri, version: v++ }, contentChanges: [change] });
    c.notify("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ text: DRAFT }] });
    const d = await c.waitForDiagnostics(uri, (p) => p.version === v && p.diagnostics.length > 0);
    assertRangesInside(DRAFT, d);
    await stillAnswers("bad edits");
  });

  it("random incremental edits: the final diagnostics equal a full check of the final text, with exact ranges (generated)", async (t) => {
    const engine = await Engine.load([join(ws, "sources")], { cache: false });
    let cases = 0;
    let version = 1000;
    const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 12 }), text: fc.oneof(fc.constantFrom("", "a", "\n", "\r\n", "Anabelle ", "Fairwether", "🌊", "e\u0301", " 1987 ", ". ", "> ", "# ", "**"), fc.string({ maxLength: 6 })) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 15 }), async (edits) => {
        cases++;
        let doc = TextDocument.create(uri, "markdown", version, DRAFT);
        c.notify("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [{ text: DRAFT }] });
        for (const e of edits) {
          const text = doc.getText();
          const start = e.at % (text.length + 1);
          const end = Math.min(text.length, start + e.len);
          const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
          doc = TextDocument.update(doc, [{ range, text: e.text }], ++version);
          c.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text: e.text }] });
        }
        const final = doc.getText();
        const d = await c.waitForDiagnostics(uri, (p) => p.version === version);
        assertRangesInside(final, d);
        const expected = engine.check(final, "markdown").findings.map((f) => `${f.code}@${f.span.start}-${f.span.end}`).sort();
        const got = d.diagnostics.map((x) => `${x.code}@${doc.offsetAt(x.range.start)}-${doc.offsetAt(x.range.end)}`).sort();
        assert.deepEqual(got, expected, `after edits ${JSON.stringify(edits)}`);
      }),
      fcRuns(40),
    );
    t.diagnostic(`${cases} generated edit sequences`);
  });

  it(`an edit storm: 1,000 edits a second for ${STORM_SECONDS} s; memory stays bounded and the server answers afterwards`, async (t) => {
    c.notify("textDocument/didChange", { textDocument: { uri, version: 5000 }, contentChanges: [{ text: DRAFT }] });
    await c.waitForDiagnostics(uri, (p) => p.version === 5000);
    const baseline = rssOf(c.pid)!;
    let peak = baseline;
    let doc = TextDocument.create(uri, "markdown", 5000, DRAFT);
    let version = 5000;
    let sent = 0;
    let requests = 0;
    const answers: Array<Promise<Message>> = [];
    const words = ["Anabelle ", "Fairwether ", "said ", "the ", "bridge ", "1987 ", "🌊", "\n", ". "];
    const started = Date.now();
    let tick = 0;
    while (Date.now() - started < STORM_SECONDS * 1000) {
      // 10 edits every 10 ms: typing, with a deletion now and then.
      for (let k = 0; k < 10; k++) {
        const text = doc.getText();
        const n = sent++;
        const at = (n * 7919) % (text.length + 1);
        const del = n % 5 === 0 ? Math.min(3, text.length - at) : 0;
        const range = { start: doc.positionAt(at), end: doc.positionAt(at + del) };
        const ins = del ? "" : words[n % words.length];
        doc = TextDocument.update(doc, [{ range, text: ins }], ++version);
        c.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range, text: ins }] });
      }
      if (++tick % 10 === 0) {
        const rss = rssOf(c.pid);
        if (rss) peak = Math.max(peak, rss);
        requests++;
        answers.push(c.request("textDocument/hover", { textDocument: { uri }, position: doc.positionAt((tick * 31) % doc.getText().length) }, 60_000));
      }
      const due = started + tick * 10;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    }
    const elapsed = (Date.now() - started) / 1000;
    const t0 = Date.now();
    const after = await c.request("textDocument/hover", { textDocument: { uri }, position: { line: 2, character: 8 } }, 60_000);
    const answerMs = Date.now() - t0;
    assertClean(after, "hover after the storm");
    for (const a of await Promise.all(answers)) assertClean(a, "hover during the storm");
    const d = await c.waitForDiagnostics(uri, (p) => p.version === version, 60_000);
    assertRangesInside(doc.getText(), d);
    const final = rssOf(c.pid)!;
    peak = Math.max(peak, final);
    const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
    t.diagnostic(
      `${sent} edits in ${elapsed.toFixed(1)} s (${(sent / elapsed).toFixed(0)}/s), ${requests} hovers during it; document grew to ${doc.getText().length} chars; ` +
        `RSS baseline ${mb(baseline)} MB, peak ${mb(peak)} MB, after ${mb(final)} MB; first answer after the storm in ${answerMs} ms`,
    );
    assert.ok(peak < baseline + 400 * 1024 * 1024, `peak RSS ${mb(peak)} MB vs baseline ${mb(baseline)} MB`);
    assert.equal(c.exited, undefined);
  });

  it("a 10 MB document over the protocol: opened, checked up to the limit, told once, still answering", async () => {
    const big = "Mayor Anabelle Okonkwo-Lindqvist closed the bridge.\n\n".repeat(Math.ceil(10_000_000 / 53));
    const bigUri = pathToFileURL(join(ws, "big.md")).toString();
    const before = c.messages.length;
    c.notify("textDocument/didOpen", { textDocument: { uri: bigUri, languageId: "markdown", version: 1, text: big } });
    const d = await c.waitForDiagnostics(bigUri, (p) => p.diagnostics.length > 0, 120_000);
    const lines = big.split("\n").length;
    assert.ok(d.diagnostics.every((x) => x.range.end.line < lines));
    const told = c.messages.slice(before).filter((m) => /^window\/showMessage/.test(m.method ?? "") && /too long/.test((m.params as { message: string }).message));
    assert.equal(told.length, 1);
    const h = await c.request("textDocument/hover", { textDocument: { uri: bigUri }, position: { line: 100_000, character: 3 } }, 60_000);
    assertClean(h, "hover far into a huge document");
    c.notify("textDocument/didClose", { textDocument: { uri: bigUri } });
    await stillAnswers("10 MB document");
  });
});
