// Claim rule: a preference or a time offset the other way round
// (analysis/order.ts), on an invented story of a flood appeal and a power cut.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const FLOOD: Record<string, string> = {
  "f1.txt": [
    "Flood appeal",
    "",
    "12 March 2025",
    "",
    "The Kelby Relief Fund said about 900 people had spent the night in shelters. Its director, Ada Quist, appealed for donations of cash rather than clothing.",
    "",
    "The Arnside Power Company confirmed that the substation had failed at 4:12 p.m. on Saturday, eleven minutes before the first flood warning was issued.",
  ].join("\n"),
};
const engine = engineFrom(FLOOD);
const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

describe("claims: the other way round", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Its director, Ada Quist, asked for cash rather than clothing.",
      "The Arnside Power Company said the substation failed eleven minutes before the first flood warning.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a preference reversed", () => {
      const draft = "Its director, Ada Quist, urged the public to give clothing and blankets rather than cash.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /cash rather than clothing/);
    });
    it("an offset after where the corpus says before", () => {
      const draft = "The Arnside Power Company confirmed that the substation failed on Saturday, eleven minutes after the first flood warning.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /eleven minutes before the first flood warning/);
    });
  });
});
