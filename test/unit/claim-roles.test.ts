// Claim check, third round, on an invented story (a gas leak in a harbour
// town): a subject with a capitalised title apposition ("X, Acme's chief
// executive, apologised"), a stance after a shell noun ("It is an idea X has
// endorsed") read against the sentence before, attendance where the corpus
// names the person only as "the <place> leader" near a sentence naming them,
// a joint call where one of the callers was never in contact, a contact on
// another day than the corpus gives, roles swapped in a decision reported as
// "the decision to … was approved by A, on a recommendation from B", and
// payers or means of paying the corpus does not give.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const HARBOUR: Record<string, string> = {
  "h1.txt": [
    "Gas leak forces harbour evacuation",
    "",
    "2 May 2025",
    "",
    "SALTMERE -- Ada Brink, Tallow Gas's chief executive, apologised for the late warning residents received before the leak spread.",
    "At 6:10 p.m. Oskar Veld, the firm's safety director, recommended that the harbour district be evacuated.",
    "Chief executive Ada Brink approved the recommendation at 6:40 p.m., the firm's log shows.",
    "Brink announced a relief fund of two million crowns, paid for by Tallow Gas, for families who left their homes.",
    "Harbour Minister Lene Vessel visited Saltmere on Tuesday and walked along the quay with the mayor, Piet Dunmore.",
    "Governor Sanna Kroll telephoned Brink on Monday about the evacuation.",
    "Governor Sanna Kroll and Vessel spoke to Dunmore on Wednesday about shelters.",
  ].join("\n"),
  "h2.txt": [
    "Unions weigh strike over safety",
    "",
    "5 May 2025",
    "",
    "Union leader Mikkel Haas said workers needed a full safety review of the pipeline, including the valves under the quay.",
    "Haas opposes the idea.",
    "Marta Lind's interest in a regional inquiry has been made clear by her advisers.",
    "The Norland leader will not attend Friday's meeting in Saltmere, where Harbour Minister Lene Vessel will be present.",
    "She said the pay rises would be paid for by savings from the new rota and by a grant from the county.",
  ].join("\n"),
};

describe("claim check, round three: roles, shells, descriptors and payers", () => {
  const engine = engineFrom(HARBOUR);
  const scored = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  const one = (draft: string, re: RegExp) => {
    const f = scored(draft);
    assert.equal(f.length, 1, `expected one finding for: ${draft} | ${f.map((x) => x.message).join(" | ")}`);
    assert.match(f[0].message, re);
    return f[0];
  };

  describe("valid: stays quiet", () => {
    for (const draft of [
      "Chief executive Ada Brink apologised for the late warning residents were given before the leak spread.",
      "The evacuation of the harbour district was approved by Ada Brink at 6:40 p.m., on a recommendation from safety director Oskar Veld.",
      "The relief fund is being paid for by Tallow Gas, not by the county.",
      "Brink announced a relief fund, paid for by the company, for families who left their homes.",
      "Lene Vessel walked along the quay with Piet Dunmore on Tuesday.",
      "Sanna Kroll and Lene Vessel held a joint call with Piet Dunmore about shelters.",
      "Mikkel Haas wants a full safety review of the pipeline. It is an idea Mikkel Haas has opposed.",
      "Marta Lind will not attend Friday's meeting in Saltmere, where Lene Vessel will be present.",
    ]) {
      it(draft, () => {
        const f = scored(draft);
        assert.deepEqual(flagged(draft, f), [], f.map((x) => x.message).join(" | "));
      });
    }
  });

  describe("invalid: flagged", () => {
    it("a refusal where the corpus subject has a capitalised title apposition", () => {
      one("Chief executive Ada Brink refused to apologise for the late warning residents were given before the leak spread.", /apologised/);
    });
    it("an endorsement after a shell noun, against the sentence before", () => {
      const draft = "Mikkel Haas wants a full safety review of the pipeline. It is an idea Mikkel Haas has endorsed.";
      const f = scored(draft);
      assert.deepEqual(flagged(draft, f), ["It is an idea Mikkel Haas has endorsed."], f.map((x) => x.message).join(" | "));
      assert.match(f[0].message, /opposes/);
    });
    it("attendance where the corpus names the person only by a descriptor nearby", () => {
      one("Marta Lind herself will attend Friday's meeting in Saltmere, alongside Lene Vessel.", /will not attend/);
    });
    it("a joint call where one caller never spoke to the other side", () => {
      one("Sanna Kroll and Marta Lind held a joint call with Ada Brink on Monday, but Brink dismissed it.", /"Marta Lind" and "Ada Brink"/);
    });
    it("a call on another day than the corpus reports them together", () => {
      one("Lene Vessel spoke by telephone to Dunmore on Sunday evening, before the quay was closed, to offer support.", /together only on .*Tuesday.*not on Sunday/);
    });
    it("roles swapped in a decision with its own noun", () => {
      const f = one("The decision to evacuate the harbour district was approved by Oskar Veld at 6:40 p.m., on a recommendation from chief executive Ada Brink.", /roles swapped/);
      assert.equal(f.severity, "warning");
    });
    it("a rejected payer the corpus gives", () => {
      const f = one("The relief fund is being paid for by the county, not by Tallow Gas.", /paid for by Tallow Gas/);
      assert.equal(f.severity, "warning");
    });
    it("a means of paying the corpus does not give", () => {
      one("The firm says it will pay for the rises by raising harbour fees next year.", /savings/);
    });
  });
});
