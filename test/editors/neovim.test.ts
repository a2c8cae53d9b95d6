// Headless Neovim attaches the stdio language server (`node dist/server.js
// --stdio`) to the fixture draft, exactly as the README's Neovim snippet does,
// and receives its diagnostics and a hover. Neovim 0.7 (Debian 12) has no
// vim.lsp.start, so the snippet uses vim.lsp.start_client + buf_attach_client.
// Skips when nvim is missing.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, SKIP_ALL, corpusFiles, findNvim, killGroup, planted, workspaceWithDraft } from "./lib/harness";

/** The README's Neovim snippet (section "Neovim"), plus a probe that records what arrives. */
const INIT_LUA = `
-- Corpus Fact-Check in Neovim 0.7+: start the stdio server for Markdown and text buffers.
local server = vim.env.FACTCHECK_SERVER -- e.g. "/path/to/factcheck-corpus/dist/server.js"
local factcheck_id = nil
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text" },
  callback = function(args)
    if not (factcheck_id and vim.lsp.get_client_by_id(factcheck_id)) then
      factcheck_id = vim.lsp.start_client({
        name = "factcheck",
        cmd = { "node", server, "--stdio" },
        root_dir = vim.fn.getcwd(),
      })
    end
    if factcheck_id then vim.lsp.buf_attach_client(args.buf, factcheck_id) end
  end,
})

-- Test probe: wait for the diagnostics, ask for a hover on the first one, write JSON, quit.
local received = nil
local publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  if result and #result.diagnostics > 0 then received = result end
  return publish(err, result, ctx, config)
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local out = vim.env.FACTCHECK_OUT
    local ok = vim.wait(30000, function() return received ~= nil end, 50)
    if not ok then
      vim.fn.writefile({ vim.fn.json_encode({ error = "no diagnostics within 30 s" }) }, out)
      vim.cmd("cquit 1")
      return
    end
    local first = received.diagnostics[1]
    local hover = vim.lsp.buf_request_sync(0, "textDocument/hover", {
      textDocument = { uri = vim.uri_from_bufnr(0) },
      position = first.range.start,
    }, 10000)
    local hover_text = ""
    for _, r in pairs(hover or {}) do
      if r.result and r.result.contents then
        local c = r.result.contents
        hover_text = hover_text .. (type(c) == "table" and (c.value or vim.fn.json_encode(c)) or tostring(c))
      end
    end
    local shown = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      table.insert(shown, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source })
    end
    vim.fn.writefile({ vim.fn.json_encode({
      filetype = vim.bo.filetype,
      uri = received.uri,
      diagnostics = received.diagnostics,
      shown = shown,
      lines = vim.api.nvim_buf_get_lines(0, 0, -1, false),
      hover = hover_text,
    }) }, out)
    vim.cmd("qall!")
  end,
})
`;

test("Neovim attaches the stdio server and gets its diagnostics and hover", { timeout: 90_000 }, async (t) => {
  const nvim = findNvim();
  if (!nvim) return t.skip(`Neovim test skipped: ${SKIP_ALL ? "FACTCHECK_SKIP_EDITORS is set" : "nvim is not installed (apt-get install neovim)"}`);
  const server = join(ROOT, "dist", "server.js");
  assert.ok(existsSync(server), "dist/server.js is built");
  const p = planted();
  const ws = workspaceWithDraft("factcheck-nvim-");
  const init = join(ws.dir, "init.lua");
  const out = join(ws.dir, "result.json");
  writeFileSync(init, INIT_LUA);
  try {
    const child = spawn(nvim, ["--headless", "-n", "-i", "NONE", "-u", init, ws.draft], {
      cwd: ws.dir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FACTCHECK_SERVER: server, FACTCHECK_OUT: out, XDG_CONFIG_HOME: join(ws.dir, "config"), XDG_DATA_HOME: join(ws.dir, "data"), XDG_STATE_HOME: join(ws.dir, "state") },
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        killGroup(child);
        resolve(null);
      }, 60_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    killGroup(child); // the language server, if Neovim left it behind
    const result = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : undefined;
    assert.ok(result, `Neovim wrote no result (exit ${code}):\n${log}`);
    assert.equal(result.error, undefined, `${result.error}\n${log}`);
    assert.equal(code, 0, log);
    assert.equal(result.filetype, "markdown");

    type D = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; source?: string; message: string };
    const lines: string[] = result.lines;
    const names = (result.diagnostics as D[]).filter((d) => d.code === "name-spelling");
    const covered = names.map((d) => {
      assert.equal(d.range.start.line, d.range.end.line);
      return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    });
    assert.deepEqual(covered.sort(), p.planted.map((x) => x.text).sort(), "the diagnostics cover exactly the planted errors");
    assert.ok(names.every((d) => d.source === "factcheck"));
    assert.ok((result.shown as unknown[]).length >= p.planted.length, "Neovim shows them (vim.diagnostic.get)");

    const hover: string = result.hover;
    assert.ok(corpusFiles().some((f) => hover.replace(/\\(.)/g, "$1").includes(f)), `the hover cites a corpus article:\n${hover}`);
    assert.match(hover, /line \d+/);
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
  }
});
