// Seventh round, on an invented story (a ferry that ran aground and the
// inquiry that followed): a possessive weekday ("at Tuesday's hearing") dates
// the noun it stands before, whatever precedes it; in "said it would meet
// them on Thursday" the weekday dates the meeting, not the saying; "general secretary" and
// "regional secretary" are two posts; the heads of two bodies that share no
// word but their reach are two posts (a note); a role's head may follow up to
// three ordinary nouns ("deputy marine safety commissioner"); a watchdog's
// office is a government career, another than a judge's (a note); a
// quotation with a phrase moved and a word changed is an altered quotation;
// a figure's context word may be a verb where the corpus has its noun
// ("diverted" / "diversions"); the same number in another unit of the same
// measure ("240 kilograms" / "240 tonnes") is a slip of the unit; a tally
// ("voted 7-2") is one figure; a corpus sentence that restates five words and
// more of the draft's outweighs an agreeing one that shares only a place's name;
// deaths the corpus says were not reported are the opposite of the corpus; a body's
// name joined by another small word ("Institute of …" / "Institute for …")
// is the body's name written wrong; "a few hundred" and "several thousand"
// are vague counts of that scale; a clause that opens with its verb after a
// named subject and a short aside ("Norway, for its part, has …") is about
// that subject; an arrest the corpus says was never made is the opposite of
// what the corpus says; so is a power the corpus says "should have been
// given" (unless in a relative clause); "the company" is an actor when the
// corpus names a company ("… Shipping Company"); a deadline ("due to report
// by June 30") the corpus sets on another date for the same verb, in a passage
// that shares a telling word, is a note.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sameWord } from "../../server/src/engine/knowledge/figures";
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
    "Norway and Iceland could also join the salvage effort, the company said.",
    "Thousands of islanders have signed a petition calling for a second ferry.",
    "The harbour board voted 7-2 to suspend the ferry's licence.",
    "The shipping company said it will meet representatives of the islanders' council this Friday.",
    "Morag Quill, regional secretary of the Seafarers and Dockers Union, said the crew had warned of the charts.",
    "Tamsin Reeve, head of the national coastguard Rescue Bureau, said the lifeboats reached the ferry within an hour.",
    "The inquiry will be led by Professor Elspeth Moor, a former deputy marine safety commissioner.",
  ].join("\n"),
  "f2.txt": [
    "Ferry inquiry opens",
    "",
    "Islanders packed the town hall for Thursday's hearing in Skarvik, where the board questioned the ferry's crew.",
    "Ingrid Falk said the board would publish its findings within a year.",
    "Ruaridh Lennox told the hearing that the charts on the bridge were out of date.",
    "Police in Skarvik said no arrests had been made over the damage to the ferry's radar mast.",
    "Officers believe the mast was broken before the ferry sailed.",
    "Harbour councillors said the board should have been given statutory powers to seize the ship's logbook.",
    "The bridge alarm had been switched off before the grounding.",
    "Dunmore Institute for Coastal Studies researchers said the sandbank had moved.",
    "The Dunmore Institute for Coastal Studies has mapped the channel since 1990.",
    "Passenger diversions to the mainland ended at noon on Tuesday, after 52 hours.",
    "The company said about 240 tonnes of fuel oil had been pumped from the ferry's tanks by Friday.",
    "\"We ran aground in the dark, and our first duty was the safety of every passenger,\" said Ruaridh Lennox.",
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
  it("valid: the act told with 'would' on the corpus's weekday", () => {
    const draft = "The shipping company said it would meet representatives of the islanders' council on Friday.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: the act told with 'would' on another weekday", () => {
    const draft = "The shipping company said it would meet representatives of the islanders' council on Thursday.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Thursday"]);
    assert.deepEqual(f[0].suggestions, ["Friday"]);
  });
  it("invalid: a possessive weekday after a preposition names the day of the noun it stands before", () => {
    const draft = "Ruaridh Lennox spoke at Tuesday's hearing in Skarvik.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Tuesday"]);
    assert.deepEqual(f[0].suggestions, ["Thursday"]);
  });
});

describe("round seven: titles", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "Morag Quill, regional secretary of the Seafarers and Dockers Union, said the charts were old.",
      "Morag Quill, a union secretary, said the charts were old.",
      "Tamsin Reeve, head of the coastguard's rescue bureau, said the lifeboats were quick.",
      "Tamsin Reeve, head of the national Rescue Bureau, said the lifeboats were quick.",
      "Professor Elspeth Moor, a former deputy marine safety commissioner, will lead the inquiry.",
      "Professor Elspeth Moor, a former deputy commissioner, will lead the inquiry.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, titles(draft)), []));
    }
  });
  it("invalid: the general secretary for a regional one", () => {
    const draft = "Morag Quill, general secretary of the Seafarers and Dockers Union, said the charts were old.";
    const f = titles(draft);
    assert.equal(f.length, 1);
    assert.match(flagged(draft, f)[0], /^general secretary/);
    assert.match(f[0].message, /regional secretary/);
  });
  it("invalid: the head of another body: a note", () => {
    const draft = "Tamsin Reeve, head of the Harbour Authority's investigations unit, said the lifeboats were quick.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["head of the Harbour Authority's investigations unit"]);
    assert.equal(f[0].severity, "information");
  });
  it("invalid: a retired judge for a former watchdog official: a note quoting the whole role", () => {
    const draft = "Professor Elspeth Moor, a retired High Court judge, will lead the inquiry.";
    const f = titles(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /former deputy marine safety commissioner/);
  });
});

describe("round seven: quotes", () => {
  const engine = engineFrom(FERRY);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");

  for (const draft of [
    "\"We ran aground in the dark, and our first duty was the safety of every passenger,\" said Ruaridh Lennox.",
    "Lennox said \"our first duty was the safety of every passenger\".",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, quotes(draft)), []));
  }
  it("invalid: a phrase moved and a word changed", () => {
    const draft = "\"We ran aground in the dark, and the safety of every passenger was our only duty,\" said Ruaridh Lennox.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /our first duty was the safety of every passenger/);
  });
});

describe("round seven: figures", () => {
  it("a noun in -sion/-tion and its verb are one context word", () => {
    for (const [a, b] of [["diversion", "divert"], ["decision", "decid"], ["admission", "admit"], ["evacuation", "evacuat"], ["extension", "extend"]]) assert.ok(sameWord(a, b), `${a} / ${b}`);
    for (const [a, b] of [["station", "stat"], ["pension", "pend"], ["nation", "nat"], ["version", "vert"]]) assert.ok(!sameWord(a, b), `${a} / ${b}`);
  });
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  it("valid: the corpus's figure told with the verb", () => {
    const draft = "Passengers were diverted for 52 hours.";
    assert.deepEqual(flagged(draft, numbers(draft)), []);
  });
  it("valid: another figure of another act", () => {
    const draft = "Passengers were stranded for 62 hours.";
    assert.deepEqual(flagged(draft, numbers(draft)), []);
  });
  it("invalid: another figure told with the verb where the corpus has the noun", () => {
    const draft = "Passengers were diverted for 62 hours.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["62 hours"]);
    assert.deepEqual(f[0].suggestions, ["52 hours"]);
  });
});

describe("round seven: a slip of the unit", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  for (const draft of [
    "About 240 tonnes of fuel oil had been pumped from the ferry's tanks by Friday, the company said.",
    // Another measure, or a number the corpus does not give: nothing to say about the unit.
    "About 240 barrels of fuel oil had been pumped from the ferry's tanks by Friday, the company said.",
    "Divers spent 240 minutes inspecting the hull.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: the corpus's number in another unit of the same measure", () => {
    const draft = "About 240 kilograms of fuel oil had been pumped from the ferry's tanks by Friday, the company said.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["About 240 kilograms"]);
    assert.deepEqual(f[0].suggestions, ["About 240 tonnes"]);
  });
});

describe("round seven: a body's name joined by another small word", () => {
  const engine = engineFrom(FERRY);
  const names = (draft: string) => findingsOf(engine, draft, "name");

  for (const draft of [
    "The Dunmore Institute for Coastal Studies said the sandbank had moved.",
    "A Dunmore Institute study of Coastal Studies journals was published.",
    "Ruaridh Lennox of Skarvik said the charts were old.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, names(draft)), []));
  }
  it("invalid: 'of' where the corpus joins the name with 'for'", () => {
    const draft = "The Dunmore Institute of Coastal Studies said the sandbank had moved.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Dunmore Institute of Coastal Studies"]);
    assert.deepEqual(f[0].suggestions, ["Dunmore Institute for Coastal Studies"]);
    assert.equal(f[0].severity, "warning");
  });
});

describe("round seven: a few hundred, several thousand", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  for (const draft of ["Several thousand islanders have signed a petition calling for a second ferry.", "A few hundred islanders met the board."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: a few hundred where the corpus has thousands", () => {
    const draft = "A few hundred islanders have signed a petition calling for a second ferry.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["A few hundred islanders"]);
    assert.deepEqual(f[0].suggestions, ["Thousands of islanders"]);
  });
});

describe("round seven: claims", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

  it("valid: the corpus's statement with an aside", () => {
    const draft = "Norway, for its part, could also join the salvage effort.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("valid: the corpus's denial", () => {
    const draft = "No one has been arrested over the damage to the radar mast.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("valid: an arrest over another matter is not the denied one", () => {
    const draft = "A man was arrested in Skarvik over a burglary at the harbour office.";
    assert.ok(!claims(draft).some((f) => /there was no arrest/.test(f.message)));
  });
  it("invalid: an arrest where the corpus says no arrests had been made", () => {
    const draft = "A crewman has been arrested in connection with the broken mast.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /there was no arrest/);
  });
  for (const draft of [
    "Harbour councillors said the board should have been given statutory powers to seize the ship's logbook.",
    "The bridge alarm, which should have warned the crew, had been switched off before the grounding.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  for (const draft of ["The company said it would pay for the salvage.", "The company will pay for the salvage, it said."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: a body the corpus names, called by its kind, doing what no article reports", () => {
    const draft = "The company opened secret talks with an insurer through a broker before deciding to sell the ship.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
  });
  it("invalid: a power the corpus says the body should have been given", () => {
    const draft = "The board has statutory powers to seize the ship's logbook.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Contradicts the corpus/);
  });
  it("invalid: an act the corpus never reports, its subject before an aside", () => {
    const draft = "Norway, for its part, has already pledged a naval tugboat and divers to the operation.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
  });
});

describe("round seven: tallies", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  for (const draft of ["The harbour board voted 7-2 to suspend the ferry's licence.", "In a 7-2 vote, the harbour board suspended the ferry's licence."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: another tally", () => {
    const draft = "The harbour board voted 6-3 to suspend the ferry's licence.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["6-3"]);
    assert.deepEqual(f[0].suggestions, ["7-2"]);
  });
});

const SOUND: Record<string, string> = {
  "s1.txt": ["Sound rises", "", "The water at Skarvik stood 2 metres higher by Monday evening, the coastguard said.", "Boats were moved to the inner harbour."].join("\n"),
  "s2.txt": [
    "Sound rises further",
    "",
    "Ingrid Falk, chairwoman of the Marine Accident Board and a former harbour pilot at the port authority, said the water at Skarvik had risen by 5 metres.",
    "The harbour wall held.",
  ].join("\n"),
};

describe("round seven: a restating sentence outweighs a name in common", () => {
  const engine = engineFrom(SOUND);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  it("valid: the figure of the sentence it restates", () => {
    const draft = "The water at Skarvik has swollen by 5 metres after heavy rain, said Ingrid Falk, chairwoman of the Marine Accident Board.";
    assert.deepEqual(flagged(draft, numbers(draft)), []);
  });
  it("valid: the other figure with its own words", () => {
    const draft = "By Monday evening the water at Skarvik stood 2 metres higher, the coastguard said.";
    assert.deepEqual(flagged(draft, numbers(draft)), []);
  });
  it("invalid: the other figure in the restating sentence", () => {
    const draft = "The water at Skarvik has swollen by 2 metres after heavy rain, said Ingrid Falk, chairwoman of the Marine Accident Board.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["2 metres"]);
    assert.deepEqual(f[0].suggestions, ["5 metres"]);
  });
});

const SURGE: Record<string, string> = {
  "h1.txt": [
    "Storm surge floods harbour",
    "",
    "A storm surge flooded the harbour road at Skarvik on Tuesday night.",
    "Three fishermen were treated for minor injuries after their boat capsized in the harbour. No deaths have been reported.",
    "The council closed the road until Thursday.",
  ].join("\n"),
};

describe("round seven: harm the corpus says did not happen", () => {
  const engine = engineFrom(SURGE);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

  for (const draft of ["Three fishermen were treated for minor injuries after their boat capsized in the harbour.", "No one died when the boat capsized in the harbour."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: deaths where the corpus says none were reported", () => {
    const draft = "A fisherman was killed when his boat capsized in the harbour.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /there was no death/);
  });
});

// A deadline: "report by DATE" where the corpus gives that report another date.
const REVIEW: Record<string, string> = {
  "r1.txt": [
    "Harbour review ordered",
    "",
    "BRANMOUTH, Friday, 6 March 2026 -- The transport ministry has ordered an independent review of the harbour dredging contract.",
    "The review panel, chaired by the retired judge Alma Torvik, would report by March 31, the ministry said.",
    "The dredging firm Kelsall Marine must finish clearing the channel by the end of June.",
    "Fishermen said the silt had closed the inner harbour for three weeks.",
  ].join("\n"),
};

describe("round seven: a deadline the corpus sets on another date", () => {
  const engine = engineFrom(REVIEW);
  const dates = (draft: string) => findingsOf(engine, draft, "date");

  for (const draft of [
    "The review panel is due to report by March 31.",
    "The pension auditors will report by June 30 on the council's accounts.",
    "Kelsall Marine must finish clearing the channel by the end of June.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, dates(draft)), []));
  }
  it("invalid: the panel's report given another deadline", () => {
    const draft = "Alma Torvik will lead the inquiry into the dredging deal. She is due to report by June 30.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["June 30"]);
    assert.equal(f[0].severity, "information");
    assert.deepEqual(f[0].suggestions, ["March 31"]);
    assert.match(f[0].message, /report by/);
  });
});
