import assert from "node:assert/strict";
import { describe, it } from "node:test";
import MiniSearch from "minisearch";
import { sentenceKeys } from "../../server/src/engine/analysis/claims";
import { makeWorld, article } from "../../bench/gen-corpus";
import { SentenceIndex } from "../../server/src/engine/knowledge/index";
import { articlePacker } from "../../server/src/engine/knowledge/compact";
import { engineFrom, RIVERTON } from "../helpers";

/** A generated corpus (invented names and figures) plus the RIVERTON story. */
function corpus(): Record<string, string> {
  const world = makeWorld(11, 12);
  const out: Record<string, string> = { ...RIVERTON };
  for (let k = 0; k < 60; k++) {
    const a = article(world, 11, k);
    out[a.name] = a.text;
  }
  return out;
}

/** The reference ranking: minisearch with the options the index documents, over every sentence's distinct terms. */
function reference(index: SentenceIndex) {
  const ms = new MiniSearch<{ id: number; keys: string }>({
    fields: ["keys"],
    storeFields: [],
    tokenize: (text) => (text ? text.split(" ") : []),
    processTerm: (t) => t || null,
    searchOptions: { combineWith: "OR", prefix: false, fuzzy: false },
  });
  ms.addAll(index.sentences.map((s) => ({ id: s.id, keys: [...s.terms].join(" ") })));
  return ms;
}

describe("sentence index", () => {
  const engine = engineFrom(corpus());
  const index = engine.kb.index;

  it("sends the rarest terms to minisearch and returns its BM25+ ranking, scores and ties included", () => {
    const ms = reference(index);
    let compared = 0;
    for (const s of index.sentences.filter((_, i) => i % 7 === 0)) {
      const terms = [...s.terms];
      // Queries of up to 10 of the sentence's terms, as `query` sends them.
      const unique = terms.filter((t) => index.df.has(t)).sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0)).slice(0, 10);
      if (!unique.length) continue;
      const ours = index.query(terms, 8, 10, 1e9).map((h) => [h.sentence.id, h.score]);
      const theirs = ms.search(unique.join(" ")).slice(0, 8).map((r) => [r.id, r.score]);
      assert.deepEqual(ours, theirs);
      compared++;
    }
    assert.ok(compared > 50);
  });

  it("keeps each sentence's distinct terms and the document frequencies", () => {
    const a = engine.kb.articles[0];
    const s = index.at(0, 1)!;
    const keys = new Set(sentenceKeys(a.sentences[1].text));
    assert.deepEqual(new Set(s.terms), keys);
    for (const k of keys) assert.ok(s.terms.has(k));
    assert.equal(s.terms.has("no-such-term-anywhere"), false);
    assert.equal(s.terms.size, keys.size);
    assert.throws(() => s.terms.add("x"), /read-only/);
    assert.equal(s.terms, s.terms);
    const df = new Map<string, number>();
    for (const x of index.sentences) for (const t of x.terms) df.set(t, (df.get(t) ?? 0) + 1);
    assert.deepEqual(new Map([...index.df].sort()), new Map([...df].sort()));
    assert.equal(index.at(0, -1), undefined);
    assert.equal(index.at(0, 10_000), undefined);
  });

  it("is restored from its packed form with the same answers", () => {
    const other = engineFrom(corpus());
    const packed = articlePacker.pack(other.kb);
    const extra = structuredClone(packed.extra);
    packed.undo();
    other.kb.setIndex(undefined);
    articlePacker.unpack(other.kb, extra);
    const restored = other.kb.index;
    assert.notEqual(restored, index);
    for (const s of index.sentences.filter((_, i) => i % 11 === 0)) {
      const terms = [...s.terms];
      assert.deepEqual(restored.query(terms).map((h) => [h.sentence.id, h.score]), index.query(terms).map((h) => [h.sentence.id, h.score]));
    }
    assert.throws(() => SentenceIndex.unpack(other.kb.articles.slice(1), restored.packed));
  });
});
