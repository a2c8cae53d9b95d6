// Claim check: a weighty act of law or office (suing, charging, arresting,
// sacking, resigning) told of a known actor that no corpus passage about that
// actor reports, on an invented story (a bridge contractor's collapse).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const BRIDGE: Record<string, string> = {
  "k1.txt": [
    "Contractor collapses",
    "",
    "4 April 2025",
    "",
    "Halden Build, the contractor on the Sorrel Bridge, went into administration on Thursday.",
    "Its finance director, Rhys Cabot, was arrested on Friday on suspicion of fraud.",
    "Cabot was later released on bail, police said.",
    "The county council said it was owed 2 million euros for work never done.",
    "Council leader Ines Vale said the bridge would be finished by another firm.",
    "Halden Build's chief executive, Mona Strand, resigned in March.",
  ].join("\n"),
};

describe("claim check: acts of law or office no passage reports", () => {
  const engine = engineFrom(BRIDGE);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Police arrested Rhys Cabot, Halden Build's finance director, on Friday on suspicion of fraud.",
      "Mona Strand resigned as Halden Build's chief executive in March.",
      "Ines Vale has not resigned over the bridge.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a lawsuit no article reports", () => {
      const draft = "Ines Vale said the county council would sue Halden Build for the 2 million euros it was owed.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /sue/);
    });
    it("a charge where the corpus reports only an arrest", () => {
      const draft = "Rhys Cabot, Halden Build's finance director, was charged with fraud on Friday.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /charged/);
    });
  });
});
