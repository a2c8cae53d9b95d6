// Twelfth round, on an invented story (a ferry laid up after a steering
// fault): a verb that means "not done" ("checks had missed") says in its own
// meaning what the corpus says with "not" ("had not been picked up in
// checks"), so the shared words are no reversed claim.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const FERRY: Record<string, string> = {
  "f1.txt": [
    "Island ferry laid up after steering fault",
    "",
    "CORRAN, Tuesday, 14 April 2026 -- The Corran Sound ferry Marra Bell will stay in dock until June, its operator said on Tuesday.",
    "The marine inspectors' report found that the ferry's steering pump had a worn seal that had not been picked up in routine checks.",
    "Sound Links, which runs the crossing, said 40 sailings had been cancelled.",
  ].join("\n"),
};

describe("round twelve: a verb that means not done", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: a fault that routine checks had missed", () => {
    for (const draft of [
      "The marine inspectors' report found a worn seal in the ferry's steering pump that routine checks had missed.",
      "The marine inspectors' report found a worn seal in the ferry's steering pump that routine checks had overlooked.",
    ]) assert.deepEqual(claims(draft), [], draft);
  });
  it("invalid: a fault that routine checks had picked up", () => {
    const draft = "The marine inspectors' report found a worn seal in the ferry's steering pump that routine checks had picked up.";
    assert.deepEqual(flagged(draft, claims(draft)).length, 1);
  });
});
