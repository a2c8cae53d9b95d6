// Frame rules of the claim check on an invented story (a regional water
// board and a drought): attendance, denied events with quoted words, deeds of
// another agent (titled agents, appositions, another patient for the same
// beneficiaries), and a modifier swapped in a sentence with other gaps.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const DROUGHT: Record<string, string> = {
  "w1.txt": [
    "Drought talks open in Marrowby",
    "",
    "12 June 2024",
    "",
    "MARROWBY -- Governor Ottilie Fenwarden opened the drought conference in Marrowby on Tuesday with a call for shared reservoirs.",
    "The farmers' union chair, Basil Quennell, had urged the board to act in May.",
    "The Tallis leader will not attend Friday's summit in Marrowby, where Governor Ottilie Fenwarden will be present.",
    "After the floods, Quennell had called a vote \"urgent\" that never happened.",
    "Regional Water Commissioner Hedda Stroud appointed Ivo Brackley, a retired hydrologist, as inspector on Monday.",
    "Pell Valley Clinic said it had arranged water tankers for elderly residents.",
  ].join("\n"),
  "w2.md": [
    "---",
    "title: Board weighs rationing",
    "date: 2024-06-14",
    "---",
    "",
    "# Board weighs rationing",
    "",
    "Arvid Solberg of Tallis province has said little about the drought so far.",
    "",
    "The clinic has organised water tankers for elderly residents and says no patient has gone without.",
    "",
    "Engineers described a plan in which the towns, if needed, pump river water and the board, if necessary, provides rail transport as a last resort.",
    "",
    "The board would provide emergency wells for the towns, Fenwarden said.",
    "",
    "The towns are weighing a fund aimed at digging emergency wells before August.",
    "",
    "The road to the reservoir was resurfaced last year.",
  ].join("\n"),
};

const engine = engineFrom(DROUGHT);
const claims = (draft: string) => findingsOf(engine, draft, "claim");

describe("claim frames", () => {
  describe("valid: paraphrases stay quiet", () => {
    for (const draft of [
      "Governor Ottilie Fenwarden will be present at the summit in Marrowby.",
      "Ivo Brackley was appointed by Regional Water Commissioner Hedda Stroud.",
      "The inspector, Ivo Brackley, was appointed by Hedda Stroud.",
      "Pell Valley Clinic has arranged water tankers for elderly residents.",
      "The board, if necessary, provides rail transport as a last resort, engineers said.",
      "The board would provide emergency wells for the towns, the governor said.",
      "Quennell never held the vote he had called urgent.",
      // A verb is no modifier ("would supply" against "aimed at digging").
      "The towns are weighing a fund that would supply emergency wells before August.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });

  describe("invalid: contradicted by the frames", () => {
    it("attendance reversed, the corpus naming the actor by a descriptor", () => {
      const draft = "Tallis leader Arvid Solberg is also expected at the summit in Marrowby, officials said.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /will not attend/);
      assert.equal(f[0].evidence[0].article, "w1.txt");
    });
    it("attendance with a reflexive and a companion (\"himself … alongside\")", () => {
      const draft = "Tallis President Arvid Solberg himself will attend Friday's summit in Marrowby, alongside Governor Ottilie Fenwarden.";
      const f = claims(draft);
      assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /will not attend/);
    });
    it("an event the corpus says never happened, its quoted word inside", () => {
      const draft = "Quennell and Fenwarden held a vote in May on the shared reservoirs.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /did not take place/);
    });
    it("an apposition's passive agent that the corpus gives to a titled other", () => {
      const draft = "The inspector, Ivo Brackley, was appointed by Governor Ottilie Fenwarden.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Hedda Stroud/);
    });
    it("a deed of another agent with another patient for the same beneficiaries", () => {
      const draft = "The board has arranged free buses for elderly residents at Pell Valley Clinic.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /clinic/i);
    });
    it("one modifier swapped in a sentence with other gaps", () => {
      const draft = "One scheme sets out two steps: the towns, if needed, pump river water, and the board, if necessary, providing road transport as the last.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /"rail transport" where the draft says "road transport"/);
    });
  });
});

describe("claim frames: both objects point back, each to the sentence before it", () => {
  const engine = engineFrom({
    "k1.txt": [
      "Flood plan divides Kelby",
      "",
      "3 March 2025",
      "",
      "KELBY -- Engineer Ada Lund said the town would need new flood barriers able to hold back water more than 3 metres above the river at the old mill.",
      "Mayor Piet Ek, who faces re-election in May and has promised lower rates, opposes the idea, his office said on Friday.",
      "Councillor Mona Brask supports the plan for a new footbridge, which Lund drew up last year.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  const prev = "Ada Lund has said the town will need new flood barriers able to hold back water more than 3 metres above the river at the old mill.";
  it("valid: the same stance on the same referent", () => {
    const draft = `${prev} Piet Ek has opposed that request.`;
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("valid: a stance on something else the corpus does not tie to the person is left alone here", () => {
    const draft = "The council wants a new footbridge over the river. Piet Ek has backed that request.";
    assert.equal(claims(draft).filter((f) => /same proposal/.test(f.message)).length, 0);
  });
  it("invalid: the sentence before gives no object to borrow, but tells the same thing", () => {
    const draft = "Flood barriers able to hold back water more than 3 metres above the river at the old mill were on the table. Piet Ek has backed that request.";
    const f = claims(draft);
    assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
    assert.match(f[0].message, /opposes/);
  });
  it("invalid: the opposite stance on the same referent, a note", () => {
    const draft = `${prev} Piet Ek has backed that request.`;
    const f = claims(draft);
    assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /opposes/);
  });
});
