// Seventh round, on an invented story (a ferry that ran aground and the
// inquiry that followed): a possessive weekday ("at Tuesday's hearing") dates
// the noun it stands before, whatever precedes it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

export const FERRY: Record<string, string> = {
  "f1.txt": [
    "Ferry runs aground off Skarvik",
    "",
    "SKARVIK, Monday, 2 June 2025 -- The passenger ferry Selkie ran aground on a sandbank off Skarvik early on Sunday, the Northern Isles Shipping Company said.",
    "All 212 passengers were taken off by lifeboat crews, and nobody was hurt.",
    "Captain Ruaridh Lennox, the ferry's master, said the tide had turned faster than expected.",
    "The Marine Accident Board will hold a public hearing into the grounding in Skarvik on Thursday, its chairwoman Ingrid Falk said.",
    "The company said it would pay for the salvage.",
  ].join("\n"),
  "f2.txt": [
    "Ferry inquiry opens",
    "",
    "Islanders packed the town hall for Thursday's hearing in Skarvik, where the board questioned the ferry's crew.",
    "Ingrid Falk said the board would publish its findings within a year.",
    "Ruaridh Lennox told the hearing that the charts on the bridge were out of date.",
  ].join("\n"),
};

describe("round seven: dates", () => {
  const engine = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(engine, draft, "date");

  it("valid: a possessive weekday the corpus gives the event", () => {
    const draft = "Ruaridh Lennox spoke at Thursday's hearing in Skarvik.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("valid: a possessive weekday of another event", () => {
    const draft = "Ruaridh Lennox spoke at Tuesday's meeting of the harbour trust.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: a possessive weekday after a preposition names the day of the noun it stands before", () => {
    const draft = "Ruaridh Lennox spoke at Tuesday's hearing in Skarvik.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Tuesday"]);
    assert.deepEqual(f[0].suggestions, ["Thursday"]);
  });
});
