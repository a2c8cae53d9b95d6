// Claim check: "unanimously" against a split tally, and a noun given to the
// same verb with and without "no" ("will receive a severance payment" against
// "would receive no severance payment"), on an invented story (a school board).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const BOARD: Record<string, string> = {
  "b1.txt": [
    "Board orders review",
    "",
    "12 May 2025",
    "",
    "On Tuesday, the Dunmere School Board voted 7-2 to commission an independent review of the closures.",
    "The Dunmere Parents' Council unanimously backed the review on Wednesday.",
    "Board chair Ada Quill said the outgoing superintendent, Piet Olsen, would receive no severance payment.",
    "The board has no room in its budget for new buses.",
  ].join("\n"),
};

describe("claim check: votes and the same verb with and without 'no'", () => {
  const engine = engineFrom(BOARD);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "The Dunmere School Board voted 7-2 on Tuesday to commission an independent review of the closures.",
      "The Dunmere Parents' Council backed the review unanimously on Wednesday.",
      "Piet Olsen will receive no severance payment, the board chair said.",
      "There is no room in the board's budget for new buses.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("unanimously, where the corpus gives a split tally", () => {
      const draft = "The Dunmere School Board voted unanimously on Tuesday to commission an independent review of the closures.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /7-2/);
    });
    it("a split tally, where the corpus says unanimously", () => {
      const draft = "The Dunmere Parents' Council backed the review 5-3 on Wednesday.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /unanimous/);
    });
    it("the same verb with a noun the corpus gives with 'no'", () => {
      const draft = "The outgoing superintendent, Piet Olsen, will receive a severance payment, Ada Quill said.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /severance/);
    });
  });
});
