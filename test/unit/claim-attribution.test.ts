// Reported speech given to another person (analysis/attribution.ts). An
// invented story: a bus strike in a small city.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const STRIKE: Record<string, string> = {
  "a1.txt": [
    "Bus drivers strike in Kellford",
    "",
    "KELLFORD -- About 1,400 bus drivers walked off the job on Monday, union president Marta Lindqvist said.",
    "Deputy Mayor Carla Benedetti said the city would run 40 emergency shuttle buses during the strike.",
    "Mayor Tomas Reyes urged both sides to reach a deal before the city marathon.",
    "The transit authority said the walkout was reckless.",
  ].join("\n"),
};

describe("claim check: reported speech given to another person", () => {
  const strike = engineFrom(STRIKE);
  const claims = (draft: string) => findingsOf(strike, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "The city would run 40 emergency shuttle buses during the strike, Benedetti said.",
      "Deputy Mayor Carla Benedetti said the city would run 40 shuttle buses.",
      // The corpus names no speaker: nothing to contradict.
      "The walkout was reckless, Lindqvist said.",
      // A quotation is the quote check's.
      "\"The city would run 40 emergency shuttle buses during the strike,\" Reyes said.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  it("invalid: the statement given to another person the corpus knows", () => {
    const draft = "The city would run 40 emergency shuttle buses during the strike, Mayor Tomas Reyes said.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /gives this statement to Carla Benedetti, not Tomas Reyes/);
  });
});

describe("claim check: a statement conceded or confirmed, the corpus speaker named with an apposition", () => {
  const parks = engineFrom({
    "p1.txt": [
      "Ranger cuts",
      "",
      "20 August 2025",
      "",
      "Ola Brandt, the opposition spokesman, criticised the cuts to ranger numbers.",
      "Tomas Wendt, chief executive of the Parks Board, confirmed that the ranger posts would move to a new fire unit in Kelby.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(parks, draft, "claim").filter((f) => f.severity !== "hint");
  it("invalid: the opposition spokesman made to concede the board's statement", () => {
    const draft = "Ola Brandt acknowledged that the ranger posts would move to a new fire unit in Kelby.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Tomas Wendt, not Ola Brandt/);
  });
  it("valid: the board's chief confirmed it", () => {
    const draft = "Tomas Wendt confirmed that the ranger posts would move to a new fire unit in Kelby.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
});
