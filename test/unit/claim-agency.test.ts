// Agency contrasts (analysis/agency.ts): "by A rather than by B" where the
// corpus names B with the deed and not A. An invented story: a flooded town
// and the consultancy that reviews its plans.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const TOWN: Record<string, string> = {
  "t1.txt": [
    "Flood review ordered in Dunmore",
    "",
    "DUNMORE -- Dunmore Council hired Brightwell Consulting to review its flood plans, council leader Priya Okafor said on Monday.",
    "The regional water board paid for new pumps at the river station.",
    "The education ministry refused to fund a second review.",
    "Engineers from the army built a temporary bridge across the river.",
  ].join("\n"),
};

describe("claim check: agency contrasts", () => {
  const town = engineFrom(TOWN);
  const claims = (draft: string) => findingsOf(town, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      // The draft's actor is the corpus's.
      "Brightwell Consulting was hired by the council rather than by the education ministry.",
      "Brightwell Consulting was brought in by Dunmore Council, not by the education ministry.",
      // The denied actor appears in the corpus only refusing.
      "The second review was paid for by the council rather than by the education ministry.",
      // No contrast: plain passive.
      "The temporary bridge was built by army engineers.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("the deed given to another actor than the one the corpus names", () => {
      const draft = "Brightwell Consulting was brought in by the education ministry rather than by the council.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /names "the council" with it, not "the education ministry"/);
      assert.equal(f[0].evidence[0].line, 3);
    });
    it("\"instead of\" and a reflexive after the denied actor (the negation rule may speak first)", () => {
      const draft = "The temporary bridge was built by a private contractor instead of the army itself.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /"army"/);
    });
    it("\"and not\" before the denied actor", () => {
      const draft = "The new pumps at the river station were paid for by the council and not the regional water board.";
      const f = claims(draft);
      assert.equal(f.length, 1);
    });
  });
});
