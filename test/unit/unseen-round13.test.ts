// Thirteenth round, on an invented story (a fire in a town library): a
// quotation given to its speaker's name misspelt ("Xu Jaing") is the name
// check's to mark, not a quotation given to someone else. An age set off
// after a name ("Fenn Abley, 62,") is a number of years, as "a 62-year-old"
// is. A corpus sentence that goes on from the one before ("The Friends
// launched an appeal … It said the appeal had raised … by Saturday
// evening") dates the draft's statement though it shares few words with it
// alone. A quotation opened in the sentence before is a quotation in the
// next one too, so its "not" denies nothing of the article's own words. An
// abbreviation ("told the WES") is the body written out ("The Wexmoor Evening
// Standard"). A member of a government neither prosecutes nor judges. A
// long stretch of a draft sentence that restates a corpus sentence word for
// word anchors its numbers, though the draft adds a clause the corpus gives
// in its next sentence. A deed with its object given to another body the
// corpus names beside the doer ("critics, including the union and the
// Alliance") is a note. A person the corpus describes by a place and a role
// word ("The Wexmoor mayor will not attend …") is the one named in the
// sentences before. A strike is a weighty act, reported or not. A street's
// name at a sentence's start is a name ("Albion Square said:"), and words
// the corpus gives a person's office, given to a name it never uses, are a
// note; a country may speak for its government. A "not" inside an "if"
// clause sets a condition and denies nothing. A chief inspector is not an
// inspector, nor a professor a senior lecturer. "The crowd at N" counts the
// crowd. "Cllr" is a courtesy title. A date a day off on the corpus's weekday
// has its day wrong, not its weekday. A deadline ("due by the end of March")
// does not date the act it bounds; with two deadlines in a sentence each is
// read in its own clause. "Instead of" the old term of a corpus change
// ("from 12 weeks to 12 months") denies nothing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const LIBRARY: Record<string, string> = {
  "l1.txt": [
    "Library fire destroys reading room",
    "",
    "WEXMOOR, Friday, 6 March 2026 -- Fire destroyed the reading room of the Wexmoor Library on Thursday night, the fire service said.",
    "\"We will rebuild every shelf of it,\" said Orla Quist, the head librarian.",
    "\"The alarm panel had been faulty for weeks,\" said Ben Tarrow, a union representative for the library staff.",
    "The caretaker, Fenn Abley, 62, and two readers were treated for smoke: a 19-year-old student and a 70-year-old man.",
    "",
    "The Friends of Wexmoor Library launched an appeal for the rare books lost in the fire. It said the appeal had raised more than 9,000 pounds by Saturday evening.",
    "",
    "The Friends of Wexmoor Library delivered an appeal with 30,000 pounds to the library trust on Tuesday, 17 March, calling for the rare books lost in the fire to be replaced.",
    "",
    "\"The sprinklers were there, they were tested, and they were not switched on. Why they were not switched on is the main question for our review,\" said Ada Brume, the fire officer leading the review.",
    "Quist believes the library can reopen within a year and will not accept any plan that moves the rare books out of the town, current and former senior council officials told The Wexmoor Evening Standard.",
    "\"Every reader deserves a library again,\" said Xu Jiang, a trustee.",
    "Iris Tolland, the chief prosecutor for the Wexmoor district, said the fire would be investigated.",
    "Critics, including the Book Workers' Union and the Clear Shelves Alliance, say the trust ignored the warnings.",
    "The Clear Shelves Alliance delivered a petition with 4,000 signatures to the county council, calling for sprinklers in every library.",
    "Mayor Petra Lindgren toured the site on Friday. She met firefighters and staff. The Wexmoor mayor will not attend Monday's trust meeting in Harcourt, where the county's arts officer will be present.",
    "The Book Workers' Union called on the trust to publish its fire safety audit.",
    "Lindgren's office stated, \"The library will be rebuilt on its old site, stone by stone.\"",
    "Inspector Nell Carver of Wexmoor Police said the building had been sealed off. Wexmoor Police estimated the crowd at 1,300 at the vigil on Sunday.",
    "Dr Ines Vale, senior lecturer in library science at the University of Harcourt, said the loss was severe.",
    "Cllr Rosa Denholm said the council would help the trust find a temporary home.",
    "",
    "The review will look at the wiring and at the options for the reading room's future, including reopening it as a study hall. Professor Alma Reyes is due to publish interim findings by the end of March and a final report by 30 September.",
    "",
    "Professor Reyes's final report is due by 30 September.",
    "The Book Workers' Union suspended its work-to-rule on Monday 9 March after the trust agreed to extend travel payments for staff working at Harcourt from 12 weeks to 12 months.",
    "The trust said the number of library assistants employed at the Wexmoor Library had fallen from 18 to 11 since 2019, while the number of visitors had risen. It called on the council to publish its fire safety audit for the building.",
    "",
    "Staff at the Harcourt depot went on strike in January over pay.",
  ].join("\n"),
};

const engine = engineFrom(LIBRARY);
const of = (draft: string, category: string) => findingsOf(engine, draft, category as never);

describe("round thirteen: a quotation given to its speaker's name misspelt", () => {
  it("valid: the trustee's words, his name misspelt (a name finding, no quotation finding)", () => {
    const draft = "\"Every reader deserves a library again,\" said Xu Jaing.";
    assert.deepEqual(of(draft, "quote"), []);
    assert.equal(of(draft, "name").length, 1);
  });
  it("invalid: his words given to the union representative", () => {
    const draft = "\"Every reader deserves a library again,\" said Ben Tarrow.";
    assert.equal(of(draft, "quote").length, 1);
  });
});

describe("round thirteen: an age set off after a name", () => {
  it("valid: the caretaker is a 62-year-old", () => {
    assert.deepEqual(of("Fenn Abley, a 62-year-old caretaker, and two readers were treated for smoke.", "number"), []);
  });
  it("invalid: another age", () => {
    const draft = "Fenn Abley, a 64-year-old caretaker, and two readers were treated for smoke.";
    assert.deepEqual(flagged(draft, of(draft, "number")), ["64-year"]);
  });
});

describe("round thirteen: a corpus sentence that goes on from the one before", () => {
  it("valid: the appeal had raised its sum by Saturday evening", () => {
    assert.deepEqual(of("The Friends of Wexmoor Library launched an appeal calling for the rare books lost in the fire to be replaced and said it had raised more than 9,000 pounds by Saturday evening.", "date"), []);
  });
  it("invalid: the appeal delivered on another weekday", () => {
    const draft = "The Friends of Wexmoor Library delivered an appeal with 30,000 pounds to the library trust on Monday, calling for the rare books lost in the fire to be replaced.";
    assert.deepEqual(flagged(draft, of(draft, "date")), ["Monday"]);
  });
});

describe("round thirteen: a quotation opened in the sentence before", () => {
  it("valid: the reasons are the main question of her review", () => {
    assert.deepEqual(of("Ada Brume said the reasons would be the main question of her review.", "claim"), []);
  });
});

describe("round thirteen: a body written out and abbreviated", () => {
  const told = (paper: string) =>
    `Quist believes the library will reopen and will not back any scheme that takes rare books away from the town, current and former senior council officials told ${paper}.`;
  it("valid: told the WES", () => {
    assert.deepEqual(of(told("the WES"), "claim"), []);
  });
  it("invalid: told another paper", () => {
    assert.equal(of(told("the Harcourt Gazette"), "claim").length, 1);
  });
});

describe("round thirteen: a member of a government does not prosecute", () => {
  it("invalid: the district justice minister", () => {
    const draft = "Iris Tolland, the district justice minister, said the fire would be investigated.";
    assert.deepEqual(flagged(draft, of(draft, "title")), ["district justice minister"]);
  });
  it("valid: the district's chief prosecutor", () => {
    assert.deepEqual(of("Iris Tolland, the district's chief prosecutor, said the fire would be investigated.", "title"), []);
  });
});

describe("round thirteen: a long restated stretch anchors its numbers", () => {
  const long = (n: number) =>
    `The trust said the number of library assistants at the Wexmoor Library had fallen from 18 to ${n} since 2019, even as visitors rose, and asked the council to publish its fire safety audit for the building.`;
  it("invalid: another number in the restated stretch", () => {
    assert.deepEqual(flagged(long(14), of(long(14), "number")), ["14"]);
  });
  it("valid: the corpus's number", () => {
    assert.deepEqual(of(long(11), "number"), []);
  });
});

describe("round thirteen: a deed given to another body the corpus names beside it", () => {
  it("invalid: the union delivered the Alliance's petition, as a note", () => {
    const draft = "The Book Workers' Union delivered a petition with 4,000 signatures to the county council, calling for sprinklers in every library.";
    const found = of(draft, "claim");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "information");
  });
  it("valid: the Alliance delivered it", () => {
    assert.deepEqual(of("The Clear Shelves Alliance delivered a petition with 4,000 signatures to the county council, calling for sprinklers in every library.", "claim"), []);
  });
});

describe("round thirteen: a person the corpus describes by a place and a role word", () => {
  it("invalid: she is expected at the meeting the Wexmoor mayor will not attend", () => {
    const draft = "Lindgren is expected to attend Monday's trust meeting in Harcourt as a guest.";
    assert.equal(of(draft, "claim").length, 1);
  });
  it("valid: she will not attend it", () => {
    assert.deepEqual(of("Lindgren will not attend Monday's trust meeting in Harcourt.", "claim"), []);
  });
});

describe("round thirteen: a strike no passage reports", () => {
  it("invalid: the union would call a strike", () => {
    const draft = "The Book Workers' Union called on the trust to publish its fire safety audit and threatened a strike.";
    assert.equal(of(draft, "claim").length, 1);
  });
  it("valid: the strike the corpus reports", () => {
    assert.deepEqual(of("Staff at the Harcourt depot went on strike in January over pay.", "claim"), []);
  });
});

describe("round thirteen: an office's words given to another", () => {
  const words = "\"The library will be rebuilt on its old site, stone by stone.\"";
  it("invalid: the words of the mayor's office from Albion Square, as a note", () => {
    const found = of(`Albion Square said: ${words}`, "quote");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "information");
  });
  it("valid: from her office, or from a country speaking for its government", () => {
    assert.deepEqual(of(`Lindgren's office said: ${words}`, "quote"), []);
    assert.deepEqual(of(`Sweden said: ${words}`, "quote"), []);
  });
});

describe("round thirteen: a negation in a condition denies nothing", () => {
  it("valid: the trust's audit is no denial in 'if the trust did not publish'", () => {
    const found = of("The Book Workers' Union said it would call a strike if the trust did not publish its fire safety audit.", "claim");
    assert.ok(found.every((f) => !/negates|asserts/.test(f.message)), found.map((f) => f.message).join("\n"));
  });
  it("invalid: the trust did not publish it, said as a fact", () => {
    const found = of("The Book Workers' Union said the trust did not publish its fire safety audit.", "claim");
    assert.ok(found.some((f) => /negates|asserts/.test(f.message)));
  });
});

describe("round thirteen: ranks of police and of universities", () => {
  it("invalid: a chief inspector where the corpus says inspector", () => {
    const draft = "Chief Inspector Nell Carver of Wexmoor Police said the building had been sealed off.";
    assert.deepEqual(flagged(draft, of(draft, "title")), ["Chief Inspector"]);
  });
  it("invalid: a professor where the corpus says senior lecturer", () => {
    const draft = "Dr Ines Vale, professor of library science at the University of Harcourt, said the loss was severe.";
    assert.equal(of(draft, "title").length, 1);
  });
  it("valid: the corpus's inspector and lecturer", () => {
    assert.deepEqual(of("Inspector Nell Carver of Wexmoor Police said the building had been sealed off.", "title"), []);
    assert.deepEqual(of("Dr Ines Vale, a senior lecturer in library science at the University of Harcourt, said the loss was severe.", "title"), []);
  });
});

describe("round thirteen: the size of a crowd", () => {
  const vigil = (n: string) => `Police estimated the crowd at ${n} at the vigil, while the Friends said more than 2,000 people came.`;
  it("invalid: another estimate of the crowd", () => {
    assert.deepEqual(flagged(vigil("1,800"), of(vigil("1,800"), "number")), ["1,800"]);
  });
  it("valid: the corpus's estimate", () => {
    assert.deepEqual(of(vigil("1,300"), "number"), []);
  });
});

describe("round thirteen: a councillor's courtesy title is no part of the name", () => {
  it("invalid: the surname misspelt; the fix is the name without Cllr", () => {
    const found = of("Cllr Rosa Denholme said the council would help the trust find a temporary home.", "name");
    assert.equal(found.length, 1);
    assert.ok(!/^Cllr/.test(found[0].suggestions[0]), found[0].suggestions[0]);
  });
});

describe("round thirteen: a deadline bounds an act, it does not date it", () => {
  it("valid: the interim findings, published on 2 April, after a deadline of the end of March", () => {
    assert.deepEqual(of("Professor Alma Reyes's interim findings, published on 2 April, recommend reopening the reading room as a study hall.", "date"), []);
  });
  it("valid and invalid: two deadlines in one sentence, each read in its own clause", () => {
    const draft = "Interim findings are due by the end of March, and a final report by 30 June.";
    assert.deepEqual(flagged(draft, of(draft, "date")), ["30 June"]);
  });
});

describe("round thirteen: the old term of a change, set aside with instead of", () => {
  it("valid: travel costs for 12 months instead of 12 weeks", () => {
    assert.deepEqual(of("The union suspended its work-to-rule on 9 March once the trust agreed to pay travel costs for 12 months instead of 12 weeks.", "claim"), []);
  });
  it("invalid: travel costs for 12 weeks instead of 12 months", () => {
    assert.equal(of("The union suspended its work-to-rule on 9 March once the trust agreed to pay travel costs for 12 weeks instead of 12 months.", "claim").length + of("The union suspended its work-to-rule on 9 March once the trust agreed to pay travel costs for 12 weeks instead of 12 months.", "number").length > 0, true);
  });
});

// A second invented story (a city's bid to host a sailing regatta), in three articles: one with a dateline
// without a year whose body gives the full date of an earlier event, one with front matter and a headline,
// one with a byline date.
const REGATTA: Record<string, string> = {
  "r1.txt": [
    "HARLOW BAY, June 3 -- The marina planned for the regatta will cost far more than the city was told, according to an audit released on Tuesday.",
    "The council approved a budget of $40 million for the marina on Tuesday, November 14, 2023.",
    "A sailing club, Open Water, is due to launch a petition calling for a vote on the bid.",
  ].join("\n"),
  "r2.md": [
    "---",
    'title: "Sailors launch petition against regatta bid"',
    "date: 2025-06-09",
    "---",
    "",
    "# Sailors launch petition against regatta bid",
    "",
    "Open Water opened its petition at a rally on Saturday, June 7.",
    "",
    "A Civic Lens poll published last week found 49 percent of residents opposed to the bid, a narrower gap than in May, when 55 percent were opposed.",
    "",
    "Tomas Reiner, a professor of sports economics at Harlow University, said the costs were typical.",
  ].join("\n"),
  "r3.txt": [
    "Published Friday, June 20, 2025",
    "",
    "When the city auditor reported on June 3 that the marina at Marina Square would cost $61 million, few were surprised.",
    "Dana Holt, co-founder of Open Water, said the cap did not change the basic question.",
    "About 300 signatures were rejected because the signers were not registered to vote in the city.",
    "The clerk certified the petition on Friday, September 5, and the vote will be held on Sunday, November 23.",
  ].join("\n"),
};

describe("round thirteen, second story: years, papers, comparisons, headlines, senses", () => {
  const regatta = engineFrom(REGATTA);
  const on = (draft: string, category: string) => findingsOf(regatta, draft, category as never);
  it("valid: a dateline's year is the other articles', not that of an earlier event in its body", () => {
    assert.deepEqual(on("On Tuesday, June 3, the city auditor said the marina would cost $61 million.", "date"), []);
  });
  it("valid: a year that names an event lends the sentence's date no year", () => {
    assert.deepEqual(on("The committee behind the bid for the 2034 Harlow Regatta announced on Wednesday, June 11, that it would shrink the marina.", "date"), []);
  });
  it("valid: a place named before 'on' is no paper whose publication date the corpus gives", () => {
    assert.deepEqual(on("Open Water opened its petition at a rally in Lantern Square on Saturday, June 7, days after the audit of the marina at Marina Square.", "date"), []);
  });
  it("valid: a date the corpus sets up for comparison is not the date of its poll", () => {
    assert.deepEqual(on("A Civic Lens poll published in late August found 49 percent of residents opposed to the bid.", "date"), []);
  });
  it("valid: a headline in the present tense reports the launch the first article only schedules", () => {
    assert.deepEqual(on("On Saturday, June 7, the sailing club Open Water launched a petition calling for a vote on the bid.", "claim"), []);
  });
  it("valid: the changes dismissed are no verb the corpus denies", () => {
    assert.deepEqual(on("Dana Holt, co-founder of Open Water, dismissed the changes.", "claim"), []);
  });
  it("valid and invalid: 'not registered to vote' denies the registration, not the voting", () => {
    assert.deepEqual(on("About 300 signatures were rejected because the signers vote in the city.", "claim"), []);
    assert.equal(on("The signers were registered to vote in the city, and about 300 signatures were rejected.", "claim").length, 1);
  });
  it("valid: a professor of sports economics is a sports economist", () => {
    assert.deepEqual(on("Tomas Reiner, a sports economist at Harlow University, said the costs were typical.", "title"), []);
  });
  it("invalid: a lecturer where the corpus says professor is still compared", () => {
    assert.equal(on("Tomas Reiner, a lecturer in sports economics at Harlow University, said the costs were typical.", "title").length, 1);
  });
});

describe("round thirteen: a date a day off, on the corpus's weekday", () => {
  const harbour = engineFrom({
    "a1.txt": [
      "League clears harbour takeover",
      "",
      "Thursday, 2 October 2025",
      "",
      "WEXMOOR -- The Harbour Board on Thursday approved Tarn Capital's takeover of Wexmoor Marina, but said the planned sale of the marina's boatyard would have to be assessed separately before it could go ahead.",
    ].join("\n"),
    "a2.txt": [
      "Takeover agreed",
      "",
      "Monday, 15 September 2025",
      "",
      "WEXMOOR -- Tarn Capital agreed on Monday to buy Wexmoor Marina for 12 million pounds, subject to approval by the Harbour Board.",
    ].join("\n"),
  });
  it("invalid: Thursday, 3 October where the corpus dates the approval Thursday, 2 October: the day is fixed first, citing the approval", () => {
    const draft = "WEXMOOR -- The Harbour Board approved Tarn Capital's takeover of Wexmoor Marina on Thursday, 3 October, but ruled that the buyer cannot sell the boatyard without a separate green light.";
    const found = findingsOf(harbour, draft, "date");
    assert.equal(found.length, 1);
    assert.equal(found[0].suggestions[0], "Thursday, 2 October");
    assert.equal(found[0].severity, "warning");
    assert.equal(found[0].evidence[0].article, "a1.txt");
  });
  it("valid: the corpus's date", () => {
    const draft = "WEXMOOR -- The Harbour Board approved Tarn Capital's takeover of Wexmoor Marina on Thursday, 2 October, but ruled that the buyer cannot sell the boatyard without a separate green light.";
    assert.deepEqual(findingsOf(harbour, draft, "date"), []);
  });
});
