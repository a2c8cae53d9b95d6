// Claim check: a vehicle, weapon or carrier of another kind than the corpus
// passage names ("escaped on two motorbikes" where it says "left in a dark
// van"), on an invented story (a jewellery shop raid).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const RAID: Record<string, string> = {
  "r1.txt": [
    "Jewellers raided in Tarnby",
    "",
    "2 June 2025",
    "",
    "Raiders smashed the window of Ostrow Jewellers in Tarnby early on Sunday and took watches worth 80,000 euros.",
    "Inspector Mara Lind said the two raiders had used a sledgehammer and fled in a grey van toward the harbour.",
    "The watches were carried away in a canvas sack, Lind said.",
    "A motorcycle courier who saw the raid called the police.",
  ].join("\n"),
};

describe("claim check: another kind of vehicle, tool or carrier", () => {
  const engine = engineFrom(RAID);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "The two raiders fled toward the harbour in a grey van, Inspector Mara Lind said.",
      "The raiders escaped in a grey vehicle toward the harbour, Lind said.",
      // The corpus names a motorcycle in the passage, if not as the getaway: no swap to claim.
      "A courier on a motorbike saw the raid and called the police.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a car for the van", () => {
      const draft = "Inspector Mara Lind said the two raiders had used a sledgehammer and fled in a grey car toward the harbour.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /"van" here, not "car"/);
    });
    it("a suitcase for the sack", () => {
      const draft = "The watches were carried away in a canvas suitcase, Lind said.";
      assert.equal(claims(draft).length, 1);
    });
  });
});
