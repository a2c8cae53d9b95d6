// Claim check: a lease, loan or sale the other way round ("leases its
// trains from Corran Rail" where the corpus has the trains leased to Corran
// Rail), on an invented story (a rail franchise).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const RAIL: Record<string, string> = {
  "r1.txt": [
    "Franchise review ordered",
    "",
    "4 March 2025",
    "",
    "PORTLAW -- The minister asked Northern Rolling Stock, the state-owned owner of the fleet, to review the trains it leases to Corran Rail.",
    "Corran Rail sold two depots to Kelby Council last year.",
    "Kelby Council rents a car park from Corran Rail at the Portlaw station.",
  ].join("\n"),
};

describe("claim check: transfers the wrong way round", () => {
  const engine = engineFrom(RAIL);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Northern Rolling Stock, the state-owned company that leases its trains to Corran Rail, was asked for a review.",
      "Corran Rail sold two depots to Kelby Council.",
      "Kelby Council rents a car park from Corran Rail at the station.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: a note", () => {
    for (const [draft, re] of [
      ["Northern Rolling Stock, the state-owned company that leases its trains from Corran Rail, was asked for a review.", /"leases to Corran Rail"/],
      ["Kelby Council rents a car park to Corran Rail at the Portlaw station.", /"rents a car park from Corran Rail"/],
    ] as const) {
      it(draft, () => {
        const f = claims(draft);
        assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
        assert.equal(f[0].severity, "information");
        assert.match(f[0].message, re);
      });
    }
  });
});
