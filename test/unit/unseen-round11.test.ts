// Eleventh round, on an invented story (a lighthouse restored by a harbour
// trust): a role written before a name with a courtesy title after the comma
// ("the trust's chair, Dr Ines Morrow,") is read as the role of that name, as
// without the title. "Supervisor", "coroner" and "ombudsman" head roles, so
// a one-holder post the corpus gives another person ("Capstan Forge's
// managing director") is a note on a supervisor given it, and a former
// cabinet post is a note on someone the corpus calls a former ombudsman.
// "The death of" is "died": a year for a death the corpus dates with its
// noun meets that sentence, not another death of the same name. A corpus
// sentence's only figure of a unit that another figure of the draft's
// sentence gives exactly ("paid £90,000 a year") is that figure's, not a
// rival of a third ("a bonus of £45,000"). "Again" or "repeated" marks another
// telling of a statement only near its weekday, not as "repeated storms".
// A name where the corpus describes a post holder ("the Vessa leader") is no
// swapped actor: the name may be who holds the post. "A year ago" is a
// figure (one year before), and a time before now that another figure
// contradicts is a date ("about three years ago" / "about a year ago"). A
// government post held now ("the deputy defence minister") for someone the
// corpus knows only as a former officer is a note. "140 of the firm's 410
// employees" counts employees, who are staff. A two-letter word of a
// longer name is checked when the whole name decides ("Lin Ko" / "Lin Ka").
// A title written in capitals ("the Ports Minister") is no person the
// corpus sentence must name for a bare weekday to be compared. "Asked"
// attributes a quotation as "said" does. A motion "carried" is the opposite
// of one "defeated". A list that names a country another way ("Britain" for
// "the United Kingdom") still shows the one member swapped. A post of a named
// body's part ("the PHT's district director for the Outer Skerries") that the
// corpus gives one other person, in any of its wordings, is a note on the
// person it is given to.
// A date right after a paper the corpus dates ("appeared in the Pelloway
// Gazette on March 4") is that paper's publication date. Two magnitudes under
// the same bound must meet ("at least several thousand" / "at least tens of
// thousands").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";
import { termKey } from "../../server/src/engine/analysis/claims";

const LIGHTHOUSE: Record<string, string> = {
  "l1.txt": [
    "Harbour trust reopens restored lighthouse",
    "",
    "PELLOWAY, Friday, 6 March 2026 -- The Pelloway Harbour Trust reopened the Gannet Rock lighthouse on Thursday after a two-year restoration.",
    "\"The light is back where it belongs,\" said Dr Ines Morrow, the trust's chief surveyor.",
    "The work was done by Capstan Forge. Its managing director, Rufus Calder, said the lantern had been rebuilt by hand.",
    "Nell Ashby, a Capstan Forge supervisor, told reporters the crews had worked through two winters.",
    "A review of the project will be led by Olwen Price, a former harbours ombudsman.",
    "The last keeper, Amos Venn, had lived on the rock since the death of his brother, Eli, in 2011.",
  ].join("\n"),
  "l2.txt": [
    "Lighthouse draws crowds on first weekend",
    "",
    "PELLOWAY, Monday, 9 March 2026 -- Dr Ines Morrow, the trust's chief surveyor, said 3,000 people had visited the lighthouse.",
    "Capstan Forge's managing director, Rufus Calder, said the firm would bid for the pier repairs.",
    "Nell Ashby, the Capstan Forge supervisor on the site, said the lamp room was the hardest part.",
    "Olwen Price, a former harbours ombudsman, will report in June.",
    "Amos Venn died in January, weeks before the light was lit again.",
    "Oren Tal, the Vessa leader, praised the restoration in a letter to the trust.",
    "The Vessa leader will not attend Friday's harbour fair in Pelloway, where the trust's chief surveyor will be present.",
    "Rufus Calder must show that the lantern was rebuilt in line with the listing rules.",
    "The Harbours Ministry and the Harbours Committee will review the trust's accounts.",
    "Mara Quell, the Minister of State for Harbours, told Parliament on Wednesday afternoon that the trust would be repaid from the fair's takings.",
    "Mara Quell questioned the trust's spending at the hearing. \"Who paid for the second lantern when the first had not been fitted?\" she asked.",
    "A motion to sell the keeper's cottage was defeated by 12 votes to 9 at the trust's meeting.",
    "Denmark sent two retired keepers to the reopening.",
    "Norway, the United Kingdom and Iceland are leading a plan to share lighthouse keepers' training.",
    "Tova Rusk, the PHT's district director for the Outer Skerries, said the light could be seen from 20 miles.",
    "Bram Ord, the PHT's head of inspections, said the lamp room had passed every test.",
    "\"The light is a beacon again,\" said Tova Rusk, the trust's district director for the Outer Skerries.",
    "According to the Pelloway Gazette, which reported on March 2, 2026, the lantern glass came from a works in Glasgow.",
    "The trust said the upkeep of the light would need at least tens of thousands of volunteer hours a year.",
    "The old logbooks were catalogued by Lin Ka, the trust's archivist, over the winter.",
    "Capstan Forge said 140 of its 410 staff would move to the pier repairs in May.",
    "Hollis Grane, a former navy officer and a respected voice on coastal defence, said the light would guide patrols.",
    "A plan for a new breakwater, which is gaining support, was drawn up by the harbour engineers about a year ago.",
  ].join("\n"),
  "l3.txt": [
    "Netmaker remembered",
    "",
    "PELLOWAY, Tuesday, 10 March 2026 -- Mrs Tilda Venn, a retired netmaker who moved to Pelloway from Galway in 1998, had lived on her own since the death of her husband, Tomas, in 2016.",
    "Mrs Venn died in January after reporting damp in her cottage nine times.",
    "Dr Ines Morrow told the inquiry on Wednesday that she had found cracks consistent with repeated storms in the lamp room.",
    "A trust spokesman confirmed that its treasurer, Hal Brisk, whose annual salary was £90,000, would not receive a bonus.",
  ].join("\n"),
};

describe("round eleven: a courtesy title between a role and its name", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: the trust's chair, Dr Ines Morrow, where the corpus says chief surveyor", () => {
    const draft = "\"The light is back where it belongs,\" said the trust's chair, Dr Ines Morrow.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["trust's chair"]);
    assert.equal(f[0].severity, "warning");
    assert.match(f[0].message, /chief surveyor/);
  });
  it("invalid: the same with a full stop after the title", () => {
    const draft = "The trust's chair, Dr. Ines Morrow, said 3,000 people had visited the lighthouse.";
    assert.deepEqual(flagged(draft, titles(draft)), ["trust's chair"]);
  });
  it("valid: the corpus's own role before the title", () => {
    for (const draft of [
      "\"The light is back where it belongs,\" said the trust's chief surveyor, Dr Ines Morrow.",
      "The trust's chief surveyor, Dr Ines Morrow, said 3,000 people had visited the lighthouse.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round eleven: supervisor, coroner and ombudsman head roles", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: a supervisor given the post the corpus gives another person", () => {
    const draft = "Nell Ashby, Capstan Forge's managing director, said the crews had worked through two winters.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Capstan Forge's managing director"]);
    assert.match(f[0].message, /Rufus Calder/);
    assert.match(f[0].message, /supervisor/);
  });
  it("invalid: a former cabinet post for someone the corpus calls a former ombudsman, as a note", () => {
    const draft = "A review of the project will be led by Olwen Price, a former harbours minister.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["former harbours minister"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /ombudsman/);
  });
  it("valid: the corpus's posts", () => {
    for (const draft of [
      "Nell Ashby, a Capstan Forge supervisor, said the crews had worked through two winters.",
      "Rufus Calder, Capstan Forge's managing director, said the lantern had been rebuilt by hand.",
      "A review of the project will be led by Olwen Price, a former harbours ombudsman.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round eleven: the noun of an irregular verb dates its act", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("valid: 'her husband died in 2016' where the corpus writes 'the death of her husband … in 2016', not her death in January", () => {
    assert.deepEqual(dates("A retired netmaker from Galway, Mrs Venn had lived alone since her husband died in 2016."), []);
    assert.deepEqual(dates("Amos Venn had lived on the rock since his brother died in 2011."), []);
  });
  it("the claim rules read 'death' as 'died' too", () => {
    assert.equal(termKey("death"), termKey("died"));
    assert.notEqual(termKey("death"), termKey("debt"));
  });
  it("invalid: another year for that death", () => {
    const draft = "Mrs Venn's husband, Tomas, died in 2014.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["2014"]);
    assert.match(f[0].message, /2016/);
  });
});

describe("round eleven: a corpus figure that another figure of the sentence gives", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("valid: the salary given exactly, a bonus the corpus has no figure for", () => {
    assert.deepEqual(numbers("A trust spokesman said Hal Brisk, who was paid £90,000 a year, would receive a bonus of £45,000."), []);
  });
  it("invalid: the salary itself wrong", () => {
    const draft = "A trust spokesman said Hal Brisk, whose annual salary was £80,000, would not receive a bonus.";
    assert.deepEqual(flagged(draft, numbers(draft)), ["£80,000"]);
  });
});

describe("round eleven: words of another telling only near the weekday", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("invalid: another weekday for the statement, with 'repeated' far from it", () => {
    const draft = "Dr Ines Morrow told the inquiry on Tuesday that she had found cracks in the lamp room consistent with repeated storms.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Tuesday"]);
    assert.match(f[0].message, /Wednesday/);
  });
  it("valid: the corpus's weekday", () => {
    assert.deepEqual(dates("Dr Ines Morrow told the inquiry on Wednesday that she had found cracks in the lamp room consistent with repeated storms."), []);
  });
});

describe("round eleven: a name for the corpus's description of a post holder", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: the holder's name where the corpus writes 'the Vessa leader'", () => {
    assert.deepEqual(claims("Oren Tal will not attend Friday's harbour fair in Pelloway, where the trust's chief surveyor will be present."), []);
  });
  it("invalid: one named person in another's place", () => {
    const draft = "Nell Ashby must show that the lantern was rebuilt in line with the listing rules.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Rufus Calder/);
  });
});

describe("round eleven: 'a year ago' against another count of years ago", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const all = (draft: string) => engine.check(draft, "markdown").findings.filter((f) => f.category === "date" || f.category === "number");
  it("invalid: about three years ago, a date", () => {
    const draft = "A plan for a new breakwater, which is gaining support, was drawn up by the harbour engineers about three years ago.";
    const f = all(draft);
    assert.deepEqual(flagged(draft, f), ["about three years"]);
    assert.equal(f[0].category, "date");
    assert.deepEqual(f[0].suggestions, ["about a year"]);
  });
  it("valid: the corpus's own words", () => {
    assert.deepEqual(all("A plan for a new breakwater, which is gaining support, was drawn up by the harbour engineers about a year ago."), []);
  });
});

describe("round eleven: a government post for someone the corpus knows by another career", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: a deputy minister where the corpus says a former navy officer, as a note", () => {
    const draft = "Hollis Grane, the deputy defence minister, said the light would guide patrols.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["deputy defence minister"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /former navy officer/);
  });
  it("valid: the corpus's career, or a post held before", () => {
    assert.deepEqual(titles("Hollis Grane, a former navy officer, said the light would guide patrols."), []);
    assert.deepEqual(titles("Hollis Grane, an expert on coastal defence, said the light would guide patrols."), []);
  });
});

describe("round eleven: a part of a whole a possessive noun owns", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("invalid: another part of the firm's employees", () => {
    const draft = "Capstan Forge said 104 of the firm's 410 employees would move to the pier repairs in May.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["104"]);
    assert.deepEqual(f[0].suggestions, ["140"]);
  });
  it("valid: the corpus's part, in other words", () => {
    assert.deepEqual(numbers("Capstan Forge said 140 of the firm's 410 employees would move to the pier repairs in May."), []);
  });
});

describe("round eleven: a two-letter word of a longer name", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const names = (draft: string) => findingsOf(engine, draft, "name");
  it("invalid: one letter off where the corpus writes the whole name", () => {
    const draft = "The logbooks were catalogued by Lin Ko, the trust's archivist.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Lin Ko"]);
    assert.equal(f[0].suggestions[0], "Lin Ka");
  });
  it("valid: the corpus's name, and a two-letter word no corpus name fits", () => {
    assert.deepEqual(names("The logbooks were catalogued by Lin Ka, the trust's archivist."), []);
    assert.deepEqual(names("The logbooks were read by Mae Ko, a visitor."), []);
    // A courtesy title is no name word to correct ("Ms Ka" is not "Mr Ka" misspelt).
    const courtesy = engineFrom({ "c.txt": "Talks\n\nMr Ka said the talks went well. Mr Ka added that more was needed." });
    assert.deepEqual(findingsOf(courtesy, "Ms Ka said the talks went well.", "name"), []);
  });
});

describe("round eleven: a capitalised title beside the speaker of a dated statement", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("invalid: another weekday, with the title written in capitals", () => {
    const draft = "Mara Quell, the Ports Minister, told Parliament on Thursday that the trust would be repaid from the fair's takings.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Thursday"]);
    assert.match(f[0].message, /Wednesday/);
  });
  it("valid: the corpus's weekday", () => {
    assert.deepEqual(dates("Mara Quell, the Ports Minister, told Parliament on Wednesday that the trust would be repaid from the fair's takings."), []);
  });
});

describe("round eleven: 'asked' attributes a quotation", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");
  it("invalid: the question given to another person", () => {
    const draft = "\"Who paid for the second lantern when the first had not been fitted?\" asked Nell Ashby.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Mara Quell/);
  });
  it("valid: the corpus's speaker", () => {
    assert.deepEqual(quotes("\"Who paid for the second lantern when the first had not been fitted?\" asked Mara Quell."), []);
  });
});

describe("round eleven: carried and defeated", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("invalid: the motion carried where the corpus says defeated", () => {
    const f = claims("A motion to sell the keeper's cottage was carried by 12 votes to 9 at the trust's meeting.");
    assert.equal(f.length, 1);
    assert.match(f[0].message, /defeated/);
  });
  it("valid: defeated", () => {
    assert.deepEqual(claims("A motion to sell the keeper's cottage was defeated by 12 votes to 9 at the trust's meeting."), []);
  });
});

describe("round eleven: a swapped list member beside a country named another way", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("invalid: Denmark where the corpus lists Iceland, Britain for the United Kingdom", () => {
    const f = claims("Norway, Britain and Denmark are leading a plan to share lighthouse keepers' training.");
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"Iceland" here, not "Denmark"/);
  });
  it("valid: the corpus's list with Britain", () => {
    assert.deepEqual(claims("Norway, Britain and Iceland are leading a plan to share lighthouse keepers' training."), []);
  });
});

describe("round eleven: a post of a named body's part given to another person", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: the district director's post given to the head of inspections, as a note", () => {
    const draft = "Bram Ord, the PHT's district director for the Outer Skerries, said the lamp room had passed every test.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["PHT's district director for the Outer Skerries"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /Tova Rusk/);
  });
  it("valid: each person's own post", () => {
    assert.deepEqual(titles("Bram Ord, the PHT's head of inspections, said the lamp room had passed every test."), []);
    assert.deepEqual(titles("Tova Rusk, the PHT's district director for the Outer Skerries, said the light could be seen from 20 miles."), []);
  });
});

describe("round eleven: a date right after a named paper", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("invalid: another day for the paper's report", () => {
    const draft = "The idea surfaced in the Pelloway Gazette on March 4.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["March 4"]);
    assert.match(f[0].message, /March 2, 2026/);
  });
  it("valid: the corpus's day", () => {
    assert.deepEqual(dates("The idea surfaced in the Pelloway Gazette on March 2."), []);
  });
});

describe("round eleven: two magnitudes under the same bound", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("invalid: at least several thousand where the corpus says at least tens of thousands", () => {
    const draft = "The trust said the upkeep of the light would need at least several thousand volunteer hours a year.";
    const f = numbers(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /tens of thousands/);
  });
  it("valid: the corpus's magnitude", () => {
    assert.deepEqual(numbers("The trust said the upkeep of the light would need at least tens of thousands of volunteer hours a year."), []);
  });
});
