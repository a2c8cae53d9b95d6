import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { analyzeInParallel } from "../../server/src/engine/corpus/parallel";
import type { RawArticle } from "../../server/src/engine/corpus/article";
import { analyzeArticles, type Article } from "../../server/src/engine/knowledge/corpus";
import { Knowledge } from "../../server/src/engine/knowledge/knowledge";
import { makeWorld, article } from "../../bench/gen-corpus";
import { ROOT, RIVERTON } from "../helpers";

const WORKER = join(ROOT, "dist", "worker.js");
const dir = mkdtempSync(join(tmpdir(), "factcheck-parallel-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function corpus(): RawArticle[] {
  const world = makeWorld(5, 6);
  const raw: RawArticle[] = Object.entries(RIVERTON).map(([id, text]) => ({ id, path: "", text, kind: "plaintext" }));
  for (let k = 0; k < 40; k++) {
    const a = article(world, 5, k);
    raw.push({ id: a.name, path: "", text: a.text, kind: "markdown" });
  }
  return raw;
}

/** Everything of the analysed articles, classes included. */
function view(articles: Article[], common: unknown): string {
  return JSON.stringify(articles.map(({ common: c, ...rest }) => ({ ...rest, classes: [rest.lines.constructor.name, rest.lines.positionAt(40)], shared: c === common })));
}

describe("analysis in worker threads", () => {
  const raw = corpus();
  const here = analyzeArticles(raw);

  it("gives the analysis of the main thread", { skip: !existsSync(WORKER) && "dist/worker.js is not built" }, async () => {
    const got = await analyzeInParallel(raw, { file: WORKER, workers: 2, minArticles: 0 });
    assert.equal(view(got.articles, got.common), view(here.articles, here.common));
    // The knowledge built from it checks the same.
    const a = new Knowledge(raw, got);
    const b = new Knowledge(raw);
    assert.equal(a.names.size, b.names.size);
    assert.equal(a.dates.events.length, b.dates.events.length);
  });

  it("does the work itself when a worker fails or cannot start", async () => {
    const broken = join(dir, "broken.js");
    writeFileSync(broken, "throw new Error('no analysis here');\n");
    const crashing = join(dir, "crashing.js");
    writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const lying = join(dir, "lying.js");
    writeFileSync(lying, "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage({ chunk: m.chunk, error: 'bad input' }));\n");
    for (const file of [broken, crashing, lying, join(dir, "missing.js")]) {
      const got = await analyzeInParallel(raw, { file, workers: 1, minArticles: 0 });
      assert.equal(view(got.articles, got.common), view(here.articles, here.common), file);
    }
  });

  it("stays in this thread for a small corpus or without a worker bundle", async () => {
    const got = await analyzeInParallel(raw.slice(0, 3), { file: join(dir, "missing.js") });
    const small = analyzeArticles(raw.slice(0, 3));
    assert.equal(view(got.articles, got.common), view(small.articles, small.common));
  });
});
