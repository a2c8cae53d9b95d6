// Learning the corpus: articles, metadata, leftovers, names and entities.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { publicationDate } from "../../server/src/engine/corpus/article";
import { Engine } from "../../server/src/engine/engine";
import { engineFrom, RIVERTON, SEED_CORPUS } from "../helpers";

describe("articles", () => {
  const e = engineFrom({
    ...RIVERTON,
    "a3.txt": [
      "Today : May 02, 2024",
      "Local News",
      "",
      "Bridge Reopens After Flood Repairs",
      "",
      "Mayor Annabelle Okonkwo-Lindqvist reopened the bridge.",
      "WhatsAppFacebookTwitterLinkedinTelegram",
      "Leave a Comment",
    ].join("\n"),
  });
  const byId = (id: string) => e.kb.articles.find((a) => a.id === id)!;

  it("reads YAML front matter", () => {
    const a = byId("a2.md");
    assert.equal(a.meta.title, "Riverton counts the cost");
    assert.deepEqual(a.meta.date, { year: 2024, month: 4, day: 16 });
    assert.equal(a.meta.outlet, "Valley Courier");
  });
  it("takes the title from the first line and the date from a dateline", () => {
    const a = byId("a1.txt");
    assert.equal(a.meta.title, "Flood waters close Riverton bridge");
    assert.deepEqual(a.meta.date, { year: 2024, month: 4, day: 14 });
  });
  it("skips web-page leftovers: share buttons, comment prompts, crawl dates", () => {
    const a = byId("a3.txt");
    assert.equal(a.meta.title, "Bridge Reopens After Flood Repairs");
    assert.equal(a.meta.date, undefined, "the crawl date is not the article's date");
    assert.ok(!a.names.some((n) => /WhatsApp|Comment/.test(n.text)), a.names.map((n) => n.text).join(", "));
  });
  it("keeps exact line and column positions", () => {
    const a = byId("a1.txt");
    const m = a.names.find((n) => n.text === "Tobias Fairweather")!;
    const pos = a.lines.positionAt(m.start);
    assert.equal(a.text.split("\n")[pos.line].slice(pos.character, pos.character + 18), "Tobias Fairweather");
  });
});

describe("article dates from bylines, outlet lines and datelines", () => {
  const e = engineFrom({
    "b1.txt": ["Ferry firm ends winter crossings", "By Ines Calloway, Transport Reporter", "Published 8 January 2024", "", "Tidewell Ferries said on Monday it would stop its winter crossings."].join("\n"),
    "b2.md": ["# Islanders look for a new operator", "", "*Harbour Weekly, 20 January 2024*", "", "Councillors met on Thursday to discuss the route."].join("\n"),
    "b3.txt": ["Ferry route closes", "", "ORLAN BAY, Jan 10 (Coastline News) - Tidewell Ferries ran its last winter crossing on Tuesday.", "", "The route opened in 1998."].join("\n"),
    "b4.txt": ["Operator bids for island route", "", "January 24, 2024 — A Norwegian operator said on Tuesday it would bid for the route."].join("\n"),
    "b5.txt": ["Council to vote on ferry subsidy", "", "Jan 26 (Coastline News) The council will vote on the subsidy, first proposed on 3 December 2023, on 2 February 2024."].join("\n"),
    "b6.txt": ["Crossings suspended since December", "", "HARLOW SOUND, Jan 5 (Coastline News) - Storms have kept the ferry in port since 18 December 2023."].join("\n"),
  });
  const byId = (id: string) => e.kb.articles.find((a) => a.id === id)!;
  it("a byline: Published DATE", () => assert.deepEqual(byId("b1.txt").meta.date, { year: 2024, month: 1, day: 8 }));
  it("an italic outlet line: *Outlet, DATE*", () => assert.deepEqual(byId("b2.md").meta.date, { year: 2024, month: 1, day: 20 }));
  it("a dateline with a place and an agency, the year from the other articles", () => {
    const a = byId("b3.txt");
    assert.deepEqual(a.meta.date, { year: 2024, month: 1, day: 10 });
    assert.equal(a.meta.dateYearInferred, true);
    // Its bare weekday resolves against it, but its year counts as inferred.
    const tuesday = e.kb.dates.events.find((x) => x.article === a.index && x.mention.text === "Tuesday")!;
    assert.deepEqual([tuesday.date.month, tuesday.date.day], [1, 9]);
  });
  it("a dateline with a year and a dash", () => assert.deepEqual(byId("b4.txt").meta.date, { year: 2024, month: 1, day: 24 }));
  it("a dateline without a year takes the year of the article's own full dates", () => {
    const a = byId("b5.txt");
    assert.deepEqual(a.meta.date, { year: 2024, month: 1, day: 26 });
    assert.equal(a.meta.dateYearInferred, undefined);
    // The year that puts the dateline nearest the article's dates, not the year they are in.
    assert.deepEqual(byId("b6.txt").meta.date, { year: 2024, month: 1, day: 5 });
    assert.equal(byId("b6.txt").meta.dateYearInferred, undefined);
  });
  it("bare weekdays resolve against those dates", () => {
    const day = (id: string, text: string) => {
      const x = e.kb.dates.events.find((ev) => ev.article === byId(id).index && ev.mention.text === text)!;
      return [x.date.month, x.date.day];
    };
    assert.deepEqual(day("b1.txt", "Monday"), [1, 8]);
    assert.deepEqual(day("b2.md", "Thursday"), [1, 18]);
    assert.deepEqual(day("b4.txt", "Tuesday"), [1, 23]);
  });
  it("lines that are not publication dates", () => {
    for (const line of [
      "On 3 March 2025 the council met.",
      "March 4: council votes on the subsidy",
      "The route closed on 30 September 2023 after years of losses",
      "Today : May 02, 2024",
      "Tidewell Ferries, the island operator, said it would stop.",
    ]) {
      assert.equal(publicationDate(line), undefined, line);
    }
  });
});

describe("names and entities", () => {
  const e = engineFrom({
    "n1.txt": "President Mykola Horodetsky met First Lady Oksana Horodetska in Lviv. Horodetsky spoke first. Horodetska spoke later.",
    "n2.txt": "Mykola Horodetskyy said the talks went well. Horodetskyi agreed. Horodetsky left.",
    "n3.txt": "Emma Stone and Emma Thompson spoke. Stone won. The Berliner Zeitung reported it.",
  });
  it("groups transliteration variants and picks the majority spelling", () => {
    const g = e.kb.names.groupOf("Horodetskyy")!;
    assert.deepEqual(g.forms.map((f) => f.text).sort(), ["Horodetsky", "Horodetskyi", "Horodetskyy"]);
    assert.equal(g.forms[0].text, "Horodetsky");
  });
  it("keeps different people with similar names apart", () => {
    assert.notEqual(e.kb.names.groupOf("Horodetska")?.key, e.kb.names.groupOf("Horodetsky")?.key);
    assert.notEqual(e.kb.names.entityOf("Oksana Horodetska"), e.kb.names.entityOf("Mykola Horodetsky"));
  });
  it("links a surname alone to the full name when that is unambiguous", () => {
    assert.equal(e.kb.names.entityOf("Stone")?.canonical, "Emma Stone");
    assert.equal(e.kb.names.entityOf("Horodetska")?.canonical, "Oksana Horodetska");
    assert.equal(e.kb.names.entityOf("Emma"), undefined);
  });
  it("merges spellings of one full name", () => {
    const ent = e.kb.names.entityOf("Mykola Horodetskyy")!;
    assert.equal(ent, e.kb.names.entityOf("Mykola Horodetsky"));
    assert.ok(ent.spellings.length === 2);
  });
  it("finds names without a list: particles, publications, possessives", () => {
    const f = engineFrom({ "p.txt": "Ursula von der Leyen's plan was reported by Welt am Sonntag and La Stampa." });
    const names = f.kb.articles[0].names.map((n) => n.text);
    assert.deepEqual(names, ["Ursula von der Leyen", "Welt am Sonntag", "La Stampa"]);
  });
});

describe("loading folders", () => {
  it("loads .txt and .md files recursively and reports files it cannot use", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-corpus-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.txt"), "Mayor Annabelle Okonkwo-Lindqvist spoke.");
    writeFileSync(join(dir, "sub", "b.md"), "# Title\n\nTobias Fairweather spoke.");
    writeFileSync(join(dir, "c.txt"), Buffer.from([0x00, 0x01, 0x02, 0x41]));
    writeFileSync(join(dir, "d.txt"), Buffer.from([0xff, 0xfe, 0x41, 0xc3, 0x28]));
    writeFileSync(join(dir, "e.md"), "");
    writeFileSync(join(dir, "notes.pdf"), "ignored");
    const e = await Engine.load([dir, join(dir, "missing")]);
    assert.deepEqual(e.kb.articles.map((a) => a.id).sort(), ["a.txt", "b.md"]);
    const problems = e.problems.map((p) => `${p.path.replace(dir, "")}: ${p.message}`).sort();
    assert.equal(problems.length, 4, problems.join("\n"));
    assert.match(problems.join("\n"), /c\.txt: skipped: binary/);
    assert.match(problems.join("\n"), /d\.txt: skipped: not valid UTF-8/);
    assert.match(problems.join("\n"), /e\.md: skipped: empty/);
    assert.match(problems.join("\n"), /missing: corpus folder cannot be read/);
  });
  it("loads the seed corpus", async () => {
    const e = await Engine.load([SEED_CORPUS]);
    assert.equal(e.kb.articles.length, 5);
    assert.equal(e.problems.length, 0);
  });
});
