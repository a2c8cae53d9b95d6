import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { Engine } from "../../server/src/engine/engine";
import { cacheFileFor } from "../../server/src/engine/corpus/cache";
import { RIVERTON } from "../helpers";

const root = mkdtempSync(join(tmpdir(), "factcheck-cache-test-"));
process.env.FACTCHECK_CACHE_DIR = join(root, "default-cache");
after(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh corpus folder (RIVERTON on disk) and a fresh cache folder. */
function setup() {
  const corpus = join(root, `corpus${++n}`);
  const cache = join(root, `cache${n}`);
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(RIVERTON)) writeFileSync(join(corpus, name), text);
  return { corpus, cache, file: () => cacheFileFor(cache, [corpus]) };
}

const load = (corpus: string, cache: string) => Engine.load([corpus], { cache: { dir: cache, minArticles: 0 } });
const DRAFT = "Mayor Anabelle Okonkwo-Lindqvist said the Riverton Gazete was wrong. Tobias Fairwether agreed.";
const view = (e: Engine) => JSON.stringify(e.check(DRAFT, "markdown").findings);

describe("corpus cache", () => {
  it("a second load comes from the cache and checks the same", async () => {
    const { corpus, cache, file } = setup();
    const cold = await load(corpus, cache);
    assert.equal(cold.cacheStatus, "miss");
    assert.ok(existsSync(file()));
    const warm = await load(corpus, cache);
    assert.equal(warm.cacheStatus, "hit");
    assert.equal(view(warm), view(cold));
    assert.ok(JSON.parse(view(warm)).length >= 2);
    assert.equal(warm.kb.names.size, cold.kb.names.size);
    assert.equal(warm.kb.articles[1].lines.positionAt(30).line, cold.kb.articles[1].lines.positionAt(30).line);
    // Nothing is written into the corpus folder.
    assert.deepEqual(readdirSync(corpus).sort(), Object.keys(RIVERTON).sort());
  });

  it("what the cache leaves out of each article is derived again exactly", async () => {
    const { corpus, cache } = setup();
    // An article with blanked parts (a URL) and Markdown syntax, so its checkable text differs from its text.
    writeFileSync(join(corpus, "a3.md"), "# Update\n\nSee https://example.org/flood for *details*. Tobias Fairweather spoke.\n");
    const cold = await load(corpus, cache);
    const warm = await load(corpus, cache);
    assert.equal(warm.cacheStatus, "hit");
    const view = (e: Engine) =>
      JSON.stringify(e.kb.articles.map((a) => ({ plain: a.plain, checkable: a.checkable, sentences: a.sentences, lines: a.lines.starts, text: a.text })));
    assert.equal(view(warm), view(cold));
    assert.ok(cold.kb.articles.some((a) => a.plain !== a.text));
    // The articles of the engine that wrote the cache are left as they were.
    assert.equal(view(cold), view(await Engine.load([corpus], { cache: false })));
  });

  it("the sentence index comes from the cache and answers the same", async () => {
    const { corpus, cache } = setup();
    const cold = await load(corpus, cache);
    const warm = await load(corpus, cache);
    assert.equal(warm.cacheStatus, "hit");
    assert.equal(warm.kb.index.size, cold.kb.index.size);
    assert.deepEqual([...warm.kb.index.df].sort(), [...cold.kb.index.df].sort());
    for (const s of cold.kb.index.sentences) {
      const terms = [...s.terms];
      assert.deepEqual([...warm.kb.index.sentences[s.id].terms], terms);
      assert.deepEqual(
        warm.kb.index.query(terms).map((h) => [h.sentence.id, h.score]),
        cold.kb.index.query(terms).map((h) => [h.sentence.id, h.score]),
      );
    }
  });

  it("a changed article invalidates the cache", async () => {
    const { corpus, cache } = setup();
    await load(corpus, cache);
    writeFileSync(join(corpus, "a1.txt"), RIVERTON["a1.txt"].replace(/Fairweather/g, "Fairwether"));
    const e = await load(corpus, cache);
    assert.match(e.cacheStatus, /^rebuilt: the corpus changed/);
    // The new text is what the engine knows: the old spelling is now the unknown one in a1.
    assert.ok(e.kb.names.forms.has("Fairwether"));
    assert.equal((await load(corpus, cache)).cacheStatus, "hit");
  });

  it("an added or removed article invalidates the cache", async () => {
    const { corpus, cache } = setup();
    await load(corpus, cache);
    writeFileSync(join(corpus, "a3.txt"), "Priya Ramaswamy said the river fell on Friday.");
    assert.match((await load(corpus, cache)).cacheStatus, /^rebuilt/);
    rmSync(join(corpus, "a3.txt"));
    assert.match((await load(corpus, cache)).cacheStatus, /^rebuilt/);
  });

  for (const [what, damage, reason] of [
    ["a flipped byte", (b: Buffer) => { b[b.length - 100] ^= 0xff; return b; }, /corrupt/],
    ["a truncated file", (b: Buffer) => b.subarray(0, b.length - 10), /truncated/],
    ["garbage", () => Buffer.from("not a cache at all"), /bad header|not a cache/],
    ["an empty file", () => Buffer.alloc(0), /truncated/],
  ] as const) {
    it(`${what} is rebuilt, never trusted`, async () => {
      const { corpus, cache, file } = setup();
      const cold = await load(corpus, cache);
      writeFileSync(file(), damage(Buffer.from(readFileSync(file()))));
      const e = await load(corpus, cache);
      assert.match(e.cacheStatus, /^rebuilt/);
      assert.match(e.cacheStatus, reason);
      assert.equal(view(e), view(cold));
      assert.equal((await load(corpus, cache)).cacheStatus, "hit");
    });
  }

  it("a header from another code version is rejected", async () => {
    const { corpus, cache, file } = setup();
    await load(corpus, cache);
    const b = Buffer.from(readFileSync(file()));
    const len = b.readUInt32LE(0);
    const header = JSON.parse(b.subarray(4, 4 + len).toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...header, code: "0".repeat(header.code.length) }));
    assert.equal(forged.length, len);
    writeFileSync(file(), Buffer.concat([b.subarray(0, 4), forged, b.subarray(4 + len)]));
    assert.match((await load(corpus, cache)).cacheStatus, /another version/);
  });

  it("never writes into a corpus folder", async () => {
    const { corpus } = setup();
    const inside = join(corpus, ".cache");
    const e = await load(corpus, inside);
    assert.ok(!existsSync(inside));
    assert.ok(e.kb.articles.length === 2);
  });

  it("small corpora and cache: false skip the cache", async () => {
    const { corpus, cache } = setup();
    assert.equal((await Engine.load([corpus], { cache: { dir: cache } })).cacheStatus, "off");
    assert.equal((await Engine.load([corpus], { cache: false })).cacheStatus, "off");
    assert.ok(!existsSync(cache));
  });
});
