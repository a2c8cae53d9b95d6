// Claim rule: a route run the other way (analysis/route.ts), on an invented
// story of a protest march between two towns.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const MARCH: Record<string, string> = {
  "m1.txt": [
    "Dockers plan march",
    "",
    "2 October 2024",
    "",
    "Ola Brandt, the union's general secretary, announced that the dockers would march from Kelby to Arnside on Saturday, ending with a rally outside the town hall.",
    "",
    "The ferry company said its boats from Arnside to Kelby would run as normal.",
  ].join("\n"),
};
const engine = engineFrom(MARCH);
const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

describe("claims: a route run the other way", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      "The dockers will march from Kelby to Arnside on Saturday, ending with a rally outside the town hall.",
      // Another movement the other way round: the boats, not the march.
      "The ferry company said its boats from Arnside to Kelby would run as normal.",
      // A stretch of time is no route.
      "The dockers will march on Saturday, and talks will run from Monday to Friday.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("the march the other way", () => {
      const draft = "The dockers will march from Arnside to Kelby on Saturday, ending with a rally outside the town hall.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /from Kelby to Arnside/);
    });
  });
});

describe("claims: offered where the corpus says refused, and the reverse", () => {
  const e = engineFrom({
    "w1.txt": "Talks\n\n3 October 2024\n\nThe Harbour Mediation Board said it had contacted both sides and offered to host talks in Kelby.\n",
  });
  it("invalid: refused to host the talks", () => {
    const draft = "The Harbour Mediation Board said it had refused to host talks in Kelby.";
    assert.equal(findingsOf(e, draft, "claim").filter((f) => f.severity === "warning").length, 1);
  });
  it("valid: offered to host them", () => {
    const draft = "The Harbour Mediation Board offered to host talks in Kelby.";
    assert.deepEqual(findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint"), []);
  });
});
