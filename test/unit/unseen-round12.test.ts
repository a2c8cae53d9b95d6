// Twelfth round, on an invented story (a ferry laid up after a steering
// fault): a verb that means "not done" ("checks had missed") says in its own
// meaning what the corpus says with "not" ("had not been picked up in
// checks"), so the shared words are no reversed claim. A field in "-ing"
// ends a role's "of" phrase ("a professor of marine engineering at Corran
// College"), so another field is a title to check.
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
    "The review will be led by Dr Maeve Dunlin, a professor of marine engineering at Corran College, and will report in June.",
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

describe("round twelve: a field in -ing ends a role's of phrase", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: another field of engineering", () => {
    const draft = "The review will be led by Dr Maeve Dunlin, a professor of electrical engineering at Corran College.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["professor of electrical engineering at Corran College"]);
    assert.match(f[0].message, /marine engineering/);
  });
  it("valid: the corpus's field, with or without the college", () => {
    for (const draft of [
      "The review will be led by Dr Maeve Dunlin, a professor of marine engineering at Corran College.",
      "The review will be led by Dr Maeve Dunlin, a professor of marine engineering.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});
