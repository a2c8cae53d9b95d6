// Causes and means (analysis/cause.ts): a known event given a cause or means
// in words the corpus never uses. An invented story: a mill hit by hackers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const MILL: Record<string, string> = {
  "m1.txt": [
    "Hackers halt Tolland Mill",
    "",
    "MERRIVALE -- Investigators said the attackers got into the Tolland Mill's network through a supplier's remote-access account that had no second password.",
    "The mill shut its payroll servers on Sunday as a precaution, chief executive Ada Brink said.",
    "Brink said the shutdown was prompted by a warning from the regional police cyber unit.",
  ].join("\n"),
};

describe("claim check: causes and means", () => {
  const mill = engineFrom(MILL);
  const claims = (draft: string) => findingsOf(mill, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      // The corpus's own cause and means.
      "The attackers got into the mill's network through a supplier's remote-access account.",
      "The shutdown was prompted by a warning from the police cyber unit.",
      // A cause told in the corpus's words is left to the other rules.
      "The shutdown was prompted by the investigators.",
      // No known event.
      "The festival was cancelled because of heavy snowfall.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a means the corpus never gives", () => {
      const draft = "Investigators said the attackers got in through a phishing email opened by a clerk.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /no corpus article gives "a phishing email opened by a clerk" as the cause or means/);
    });
    it("a cause the corpus never gives", () => {
      const draft = "Brink said the shutdown was prompted by a ransom demand from the hackers.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /"a ransom demand from the hackers"/);
    });
  });
});
