import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged, RIVERTON } from "../helpers";

/** An invented harbour strike: stances, a list of backers, a negation. */
export const HARBOUR: Record<string, string> = {
  "h1.txt": [
    "Dock workers strike at Port Vellmar",
    "",
    "3 May 2024",
    "",
    "VELLMAR -- Dock workers at Port Vellmar walked off the job on Monday after talks with the harbour authority collapsed.",
    "The union leader, Ilse Brandqvist, said the workers rejected the authority's offer of a four percent raise.",
    "The Vellmar Chamber of Commerce, the Fisheries Guild and the Ferry Operators Association backed the strike.",
    "Harbour director Osric Pennywhistle said the authority was reluctant to reopen negotiations before June.",
  ].join("\n"),
  "h2.md": [
    "---",
    "title: Strike spreads along the coast",
    "date: 2024-05-06",
    "---",
    "",
    "# Strike spreads along the coast",
    "",
    "City councillors welcomed a proposal to hire mediators from the Northbay Labour Institute.",
    "",
    "Brandqvist said the union would never accept night shifts without extra pay.",
    "",
    "Pennywhistle said the authority had not ruled out closing the container terminal.",
    "",
    "Inspectors found that rusted cranes had damaged three warehouses at the eastern quay.",
  ].join("\n"),
};

const engine = engineFrom(HARBOUR);
const claims = (draft: string) => findingsOf(engine, draft, "claim");

describe("unsupported-claim", () => {
  describe("valid: paraphrases of the corpus stay quiet", () => {
    for (const draft of [
      "Dock workers at Port Vellmar walked out on Monday after negotiations with the harbour authority broke down.",
      "Ilse Brandqvist, the union leader, said the workers had rejected the offer of the authority.",
      "The Vellmar Chamber of Commerce, the Fisheries Guild and the Ferry Operators Association supported the strike.",
      "Osric Pennywhistle, the harbour director, said the authority was reluctant to reopen talks.",
      "Brandqvist said the union would never accept night shifts without extra pay.",
      "Councillors in the city welcomed the idea of hiring mediators from the Northbay Labour Institute.",
      "Pennywhistle said the authority had not ruled out closing the container terminal.",
      "# Will Osric Pennywhistle resign over the strike at Port Vellmar?", // a heading
      "Will Osric Pennywhistle resign over the strike at Port Vellmar?", // a question
      "Osric Pennywhistle may resign over the damaged warehouses and the unpaid overtime.", // hedged
      "Brandqvist said: \"We will stay out until the harbour pays every worker a fair wage for every shift.\"", // quote only
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });

  describe("invalid: flags what the corpus does not support", () => {
    it("a person no article mentions", () => {
      const draft = "Port minister Hugo Stavridakis has endorsed the strike at Port Vellmar.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].code, "unsupported-claim");
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /Stavridakis/);
    });

    it("a reversed stance (eager where the corpus says reluctant)", () => {
      const draft = "Harbour director Osric Pennywhistle said the authority was eager to reopen negotiations before June.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /reluctant/);
      assert.match(f[0].message, /h1\.txt, line 8/);
      assert.equal(f[0].evidence[0].article, "h1.txt");
    });

    it("a negation removed", () => {
      const draft = "Pennywhistle said the authority had ruled out closing the container terminal.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /negates/);
      assert.equal(f[0].evidence[0].article, "h2.md");
    });

    it("a negation added", () => {
      const draft = "City councillors did not welcome the proposal to hire mediators from the Northbay Labour Institute.";
      assert.deepEqual(flagged(draft, claims(draft)), [draft]);
    });

    it("one actor of a list swapped for another", () => {
      const draft = "The Vellmar Chamber of Commerce, the Fisheries Guild and the Northbay Labour Institute backed the strike.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /Ferry Operators Association/);
      assert.match(f[0].message, /Northbay Labour Institute/);
    });

    it("an event no article reports", () => {
      const draft = "Brandqvist said the union had hired lawyers to sue the shipping companies over unpaid overtime.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /lawyers/);
      assert.ok(f[0].evidence.length > 0);
    });
  });

  describe("not noisy", () => {
    it("a misspelled corpus name is the name check's, not a new person", () => {
      const draft = "Ilse Brandqvest said the workers rejected the authority's offer.";
      assert.deepEqual(flagged(draft, claims(draft)), []);
      assert.equal(findingsOf(engine, draft, "name").length, 1);
    });

    it("works on another corpus", () => {
      const e = engineFrom(RIVERTON);
      const quiet = "Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge after the Millbrook River rose.";
      assert.deepEqual(findingsOf(e, quiet, "claim"), []);
      const loud = "Mayor Annabelle Okonkwo-Lindqvist said volunteers had rebuilt the damaged school gymnasium within a week.";
      assert.equal(findingsOf(e, loud, "claim").length, 1);
    });
  });
});
