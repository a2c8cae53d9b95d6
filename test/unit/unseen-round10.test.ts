// Tenth round, on an invented story (two city orchestras merging): a list
// carried on after a comma ("…, including Tarrow") stays in its clause, so
// "Tarrow is among the towns that have declined to back the merger" meets
// "a merger that has the support of several towns, including Tarrow". A
// known actor said to have pledged, agreed or offered something no article
// has a word for ("Tarrow has pledged the merged orchestra a subsidy") is a note.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const ORCHESTRA: Record<string, string> = {
  "o1.txt": [
    "Two city orchestras agree to merge",
    "",
    "BRELLINGTON, Tuesday, 3 March 2026 -- The Brellington Philharmonic and the Eastmere Sinfonia will merge next year, their boards said on Monday.",
    "It is a merger that has the support of several towns in the county, including Tarrow.",
    "Greta Almquist, the Philharmonic's chair, said the new orchestra would keep 84 players.",
    "The musicians' union said it had not been consulted.",
    "Tarrow council has promised to pay for the new rehearsal hall.",
    "Eastmere signed a lease on the concert hall in 2019 and then renewed it in 2024.",
  ].join("\n"),
};

describe("round ten: a list carried on after a comma", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  for (const draft of [
    "Several towns in the county, including Tarrow, support the merger.",
    "Tarrow is among the towns in the county that support the merger.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: the draft denies what the corpus gives to a town it lists with 'including'", () => {
    const draft = "Tarrow is among the towns in the county that have declined to back the merger.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /support/);
    assert.equal(f[0].evidence[0].article, "o1.txt");
  });
});

describe("round ten: invented commitments", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  for (const draft of [
    "Tarrow council has pledged to pay for the new rehearsal hall.",
    "Eastmere signed a lease on the concert hall in 2019 and then renewed it in 2024.",
    // What the corpus gives the actor, in its words: nothing new.
    "Tarrow council has promised to pay for the new rehearsal hall and its organ.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: a pledge of something no article mentions, as a note on that word", () => {
    const draft = "Tarrow has pledged the merged orchestra a subsidy.";
    const f = claims(draft);
    assert.deepEqual(flagged(draft, f), [draft]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /no corpus article mentions "subsidy"; what Tarrow pledged/);
  });
});
