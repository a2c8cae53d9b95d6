import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CHECKS } from "../../server/src/engine/checks/index";
import { DraftSession } from "../../server/src/engine/incremental";
import { Engine } from "../../server/src/engine/engine";
import { CommonWords } from "../../server/src/engine/knowledge/corpus";
import { genericDraft } from "../../bench/gen-corpus";
import { engineFrom, RIVERTON, SEED_CORPUS } from "../helpers";

const engine = engineFrom(RIVERTON);

const DRAFT = [
  "# Flood update",
  "",
  "Mayor Anabelle Okonkwo-Lindqvist closed the Halvorsen Bridge on Tuesday.",
  "The county emergency director, Tobias Fairwether, said more than 400 homes had been evacuated.",
  "",
  "Priya Ramaswamy of Northgate University called it the worst flood since 1987. The Riverton Gazete reported the damage.",
  "",
  "Residents waited for news.",
].join("\n");

/** What a full check and a session check must agree on. */
function snapshot(r: ReturnType<typeof engine.check>) {
  const d = r.draft;
  return JSON.stringify({ findings: r.findings, names: d.names, sentences: d.sentences, dates: d.dates, figures: d.figures, roles: d.roles, quotes: d.quotes });
}

describe("incremental checking", () => {
  it("a first session check equals a full check", () => {
    const s = new DraftSession();
    assert.equal(snapshot(engine.check(DRAFT, "markdown", {}, s)), snapshot(engine.check(DRAFT, "markdown")));
    assert.ok(engine.check(DRAFT, "markdown").findings.length >= 2);
  });

  it("after a one-character edit only the changed sentence is analysed and checked again", () => {
    const s = new DraftSession();
    const first = engine.check(DRAFT, "markdown", {}, s);
    const total = first.draft.sentences.length;
    s.resetStats();
    const at = DRAFT.indexOf("waited");
    const edited = DRAFT.slice(0, at) + "x" + DRAFT.slice(at); // "xwaited": a new ordinary word
    const inc = engine.check(edited, "markdown", {}, s);
    assert.equal(s.stats.analysed, 1);
    assert.equal(s.stats.reused, total - 1);
    // Each sentence-scope check runs once, on the changed sentence.
    const perSentence = CHECKS.filter((c) => c.scope === "sentence").length;
    assert.ok(perSentence >= 2);
    assert.equal(s.stats.checked, perSentence);
    assert.equal(s.stats.checkReused, (total - 1) * perSentence);
    assert.equal(snapshot(inc), snapshot(engine.check(edited, "markdown")));
  });

  it("offsets move with text inserted before unchanged sentences", () => {
    const s = new DraftSession();
    engine.check(DRAFT, "markdown", {}, s);
    const edited = "Intro line.\r\n\r\n🌊 " + DRAFT;
    const inc = engine.check(edited, "markdown", {}, s);
    assert.equal(snapshot(inc), snapshot(engine.check(edited, "markdown")));
    const f = inc.findings.find((x) => x.suggestions[0] === "Tobias Fairweather");
    assert.ok(f);
    assert.equal(edited.slice(f.span.start, f.span.end), "Tobias Fairwether");
  });

  it("a memoised sentence is redone when a word elsewhere becomes ordinary", () => {
    const s = new DraftSession();
    const a = "Gazete reported the damage.\n\nThe bridge is closed.";
    engine.check(a, "markdown", {}, s);
    // "gazete" now appears in lower case in the draft: the first sentence's answer changes.
    const b = "Gazete reported the damage.\n\nThe gazete is closed.";
    s.resetStats();
    const inc = engine.check(b, "markdown", {}, s);
    assert.equal(snapshot(inc), snapshot(engine.check(b, "markdown")));
    assert.ok(s.stats.analysed >= 2);
  });

  it("a memoised sentence is redone when the stem of one of its words becomes ordinary, and again when it stops being so", () => {
    const s = new DraftSession();
    const a = "Gazetes reported the damage.\n\nThe bridge is closed.";
    const b = "Gazetes reported the damage.\n\nThe gazete is closed.";
    for (const text of [a, b, a, b]) {
      s.resetStats();
      assert.equal(snapshot(engine.check(text, "markdown", {}, s)), snapshot(engine.check(text, "markdown")));
    }
  });

  it("a memo last found valid many edits ago is tested word by word again", () => {
    const s = new DraftSession();
    const base = "Gazete reported the damage.\n\nThe bridge is closed.";
    engine.check(base, "markdown", {}, s);
    // Edits that leave the first sentence alone, until its memo's word view has left the recent ones.
    for (let i = 0; i < 6; i++) engine.check(`${base}\n\nEdit ${"x".repeat(i + 1)} here.`, "markdown", {}, s);
    const b = "Gazete reported the damage.\n\nThe gazete is closed.";
    assert.equal(snapshot(engine.check(b, "markdown", {}, s)), snapshot(engine.check(b, "markdown")));
  });

  it("the words whose ordinary-word answer may change between two views are the differing words and their inflections", () => {
    const base = new CommonWords(new Set(["bridge"]));
    const one = base.with(new Set(["gazete", "party"]));
    const two = base.with(new Set(["gazete", "close"]));
    const changed = two.changedSince(one)!;
    for (const w of ["party", "parties", "partys", "close", "closes", "closed", "closing", "closely"]) assert.ok(changed.has(w), w);
    assert.ok(!changed.has("gazete") && !changed.has("gazetes"));
    for (const w of changed) if (!["party", "close"].some((c) => w.startsWith(c.slice(0, -1)))) assert.fail(w);
    assert.equal(two.changedSince(new CommonWords(new Set(["bridge"]))), undefined, "another corpus's words: not told");
  });

  it("a check that reads the sentence before runs again when that sentence changes, as a full check would", () => {
    const paper = engineFrom({
      "p.txt": "Ferry news\n\nAccording to the Harlow Courier, which reported on March 3, 2026, the ferry's engines had failed twice before.\nTugs towed the ferry into the harbour.",
    });
    const s = new DraftSession();
    const a = "The Harlow Courier said the engines had failed before. The paper's report, published on March 5, cited crew members.";
    const first = paper.check(a, "markdown", {}, s);
    assert.equal(snapshot(first), snapshot(paper.check(a, "markdown")));
    assert.ok(first.findings.some((f) => f.category === "date"), "the report's date is read with the paper named the sentence before");
    // The paper is no longer named the sentence before: the unchanged second sentence loses its finding.
    const b = a.replace("The Harlow Courier said", "Sailors said");
    const second = paper.check(b, "markdown", {}, s);
    assert.equal(snapshot(second), snapshot(paper.check(b, "markdown")));
    assert.ok(!second.findings.some((f) => f.category === "date"));
  });

  it("a sentence written several times after different sentences is checked once for each, not again after every edit", () => {
    // Claims read the sentence before; each copy keeps its own memo entry, so an edit elsewhere redoes only the edited sentence.
    const lines = ["Mayor Anabelle Okonkwo-Lindqvist closed the Halvorsen Bridge on Tuesday.", "Residents waited for news.", "The council met again.", "Residents waited for news."];
    const text = lines.join(" ") + "\n\nThe county emergency director spoke. Residents waited for news.";
    const s = new DraftSession();
    engine.check(text, "markdown", {}, s);
    const at = text.indexOf("met");
    const edited = text.slice(0, at) + "x" + text.slice(at);
    s.resetStats();
    const inc = engine.check(edited, "markdown", {}, s);
    assert.equal(snapshot(inc), snapshot(engine.check(edited, "markdown")));
    const perSentence = CHECKS.filter((c) => c.scope === "sentence").length;
    // The edited sentence, and the copy after it (the sentence it follows changed) for the checks that read it.
    assert.ok(s.stats.checked <= 2 * perSentence, `checked ${s.stats.checked}`);
    s.resetStats();
    engine.check(edited, "markdown", {}, s);
    assert.equal(s.stats.checked, 0, "the same text again is all from the memo");
  });

  it("many random edits give the same result as full checks", () => {
    const s = new DraftSession();
    let text = DRAFT;
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = "abe .,\nFZ\"'-#";
    for (let i = 0; i < 30; i++) {
      const at = rnd(text.length + 1);
      if (rnd(3) === 0 && text.length > 10) text = text.slice(0, at) + text.slice(at + 1);
      else text = text.slice(0, at) + alphabet[rnd(alphabet.length)] + text.slice(at);
      assert.equal(snapshot(engine.check(text, "markdown", {}, s)), snapshot(engine.check(text, "markdown")), `edit ${i}`);
    }
  });

  it("changing the accepted spellings is honoured", () => {
    const s = new DraftSession();
    engine.check(DRAFT, "markdown", {}, s);
    const r = engine.check(DRAFT, "markdown", { accept: ["Fairwether"] }, s);
    assert.equal(snapshot(r), snapshot(engine.check(DRAFT, "markdown", { accept: ["Fairwether"] })));
    assert.ok(!r.findings.some((f) => f.suggestions[0] === "Tobias Fairweather"));
  });

  it("a new corpus clears the memo", () => {
    const s = new DraftSession();
    engine.check(DRAFT, "markdown", {}, s);
    const other = engineFrom({ "b.txt": "Tobias Fairwether spoke. Fairwether left." });
    assert.equal(snapshot(other.check(DRAFT, "markdown", {}, s)), snapshot(other.check(DRAFT, "markdown")));
  });

  it("edits of a generated draft checked against the seed corpus give the same result as full checks", async () => {
    // Dates, figures, names and claims in every sentence: each sentence-scope check must read only its sentence.
    const seed = await Engine.load([SEED_CORPUS], { cache: false });
    const s = new DraftSession();
    let text = genericDraft(500, 4);
    let state = 987;
    const rnd = (n: number) => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const inserts = ["s", "7", " ", ".", "\n\n", "Monday ", "42 percent ", "\"", "Mr. "];
    assert.equal(snapshot(seed.check(text, "markdown", {}, s)), snapshot(seed.check(text, "markdown")));
    for (let i = 0; i < 12; i++) {
      const at = text.indexOf(" ", rnd(text.length));
      const pos = at > 0 ? at : text.length >> 1;
      text = rnd(4) === 0 ? text.slice(0, pos) + text.slice(pos + 2) : text.slice(0, pos) + inserts[rnd(inserts.length)] + text.slice(pos);
      assert.equal(snapshot(seed.check(text, "markdown", {}, s)), snapshot(seed.check(text, "markdown")), `edit ${i}`);
    }
    assert.ok(seed.check(text, "markdown").findings.length > 0);
  });
});
