// Claim check: a deed of a known person that the corpus only schedules
// ("X gave evidence" where the corpus says "X is due to give evidence next
// month"), on an invented story (a dam inquiry).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const DAM: Record<string, string> = {
  "d1.txt": [
    "Dam inquiry hears first witnesses",
    "",
    "3 March 2025",
    "",
    "KELBY -- The site manager, Ada Rusk, was the first witness at the inquiry on Monday.",
    "The inquiry heard that the former chief engineer, Piet Varga, who retired in May, and the board chair, Ines Holt, are both due to give evidence next month.",
    "The regional governor, Lars Ekdal, will visit the dam on Friday.",
    "Rusk told the inquiry that the spillway gates had been checked in January.",
    "Mona Brask gave evidence in writing.",
    "Brask is also due to give evidence in person in April.",
  ].join("\n"),
};

describe("claim check: done, or only planned", () => {
  const engine = engineFrom(DAM);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "Piet Varga is due to give evidence next month.",
      "Lars Ekdal will visit the dam on Friday.",
      // The corpus says the deed happened too.
      "Mona Brask gave evidence in writing.",
      // Someone the corpus does not schedule: another check's business.
      "Ada Rusk told the inquiry that the spillway gates had been checked in January.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });

  describe("invalid: a note", () => {
    for (const [draft, who] of [
      ["Piet Varga gave evidence on the opening day.", /Piet Varga is still to give evidence/],
      ["The board chair, Ines Holt, also gave evidence on Monday.", /Ines Holt is still to give evidence/],
      ["Lars Ekdal visited the dam on Friday.", /Lars Ekdal is still to visit/],
    ] as const) {
      it(draft, () => {
        const f = claims(draft);
        assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
        assert.equal(f[0].severity, "information");
        assert.match(f[0].message, who);
      });
    }
  });
});
