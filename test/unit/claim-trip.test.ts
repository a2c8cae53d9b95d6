// Claim check: a trip of a known person to a place that no corpus passage
// reports ("X is expected to travel to Riga"), on an invented story (Nordic
// ministers and a fisheries dispute).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const FISH: Record<string, string> = {
  "f1.txt": [
    "Ministers take fisheries row on the road",
    "",
    "3 March 2025",
    "",
    "Latvian officials have asked for a seat at the talks.",
    "Prime Minister Oda Lunde will travel to Reykjavik on Monday for talks on the fishing quota.",
    "The quota was set in 2019.",
    "Foreign Minister Karl Berg left for Tallinn today. In the coming days, his deputy, Siv Moe, will do the same.",
    "Berg said the quota dispute had gone on for too long.",
  ].join("\n"),
};

describe("claim check: trips no passage reports", () => {
  const engine = engineFrom(FISH);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Oda Lunde will visit Reykjavik on Monday for talks on the fishing quota.",
      "Siv Moe is also expected to travel to Tallinn in the coming days.",
      "Oda Lunde will not travel to Riga.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a trip to a capital the corpus never puts them in", () => {
      const draft = "Karl Berg is expected to travel to Riga next week for talks on the fishing quota.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /Karl Berg travelling to Riga/);
    });
  });
});
