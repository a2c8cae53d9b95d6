// Fourteenth round, on an invented story (a town pool's roof repair): a
// clerk's title is no part of the clerk's name ("Borough Clerk Ines
// Marlow"). A figure set above or below another ("£2.6 million more than
// the £6.8 million approved") is the gap between two amounts, not an
// amount: a total is not compared with it. A draft sentence that joins two
// corpus sentences in a row may give the date of the one next to the
// rival's ("originally due to open its doors again on Monday 3 March … put back in
// January"). A clinical director is not a medical director, and a chief
// officer of a firm is not its managing director, though the draft
// misspells the firm. A count with no bound where the corpus has one count
// of the thing after the same verb ("makes 9 recommendations") is compared
// with it. "It is impossible for X to approve" denies the approval. A deed
// no article has a word for, with an amount no article gives ("refunded
// £1.5 million"), is asserted, not only hinted. A judge is not a civil
// engineer, nor a town's mayor the council leader. "Has no power to" denies
// "has the power to", and a verb that does without its object ("skip
// competitive tendering") denies it as "without" does. Clock times tell
// spans within a day, and "six days later" between two dates of the draft
// is its own arithmetic. What is "replaced by" something did not act; guns
// that "fall silent" do not drop. A quotation the corpus prints, given to a
// speaker, is what its sentence says; the speaker of one the quote check
// marks is that check's. What a duty was "about" is not denied. A body's
// name with another kind of body at its end is the corpus's body misnamed.
// "X opposes that idea" where the corpus says "X opposes the idea" needs no
// topic read from the sentence before. A traveller may be found by any word
// of the name ("Wen" for "Wen Lijun"). To "miss" a season is not to be ready
// for it. "Hail" after a first name the corpus gives only as "… Hale" is that
// name misspelt. A number the corpus gives bare ("The other 15 are kept …")
// is the draft's figure of that thing, not the total in the sentence before.
// The word after a dateline opens the story. "Cutting out" a thing, like
// skipping it, does without it. A word meets another form of it ("react" /
// "reaction") in the statement the draft restates. A place named where the
// corpus says "the site" may be that site. "Rarely" denies as "never" does;
// "no journey should take longer than" sets a limit. Words no article uses
// in the sentence that opens a section under its heading are a hint. An MP
// does not lead a council.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const POOL: Record<string, string> = {
  "p1.txt": [
    "Pool roof repair runs over budget",
    "",
    "ELMBRIDGE, Friday, 7 February 2025 -- The repair of the roof of the Elmbridge Lido will cost £9.4 million. That is £2.6 million more than the £6.8 million the council approved in 2023, an overspend of 38 per cent.",
    "The Elmbridge Lido was originally due to open its doors again on Monday 3 March 2025. The reopening was put back in January 2025 after inspectors found cracks in the roof beams.",
    "Borough Clerk Ines Marlow said 4,210 of the 4,800 signatures on the residents' petition were valid.",
    "Dr Tom Ashby, medical director at the Riverside Clinic, said swimmers with back pain had lost their therapy sessions.",
    "Nadia Perrin, managing director of Corvane Build, defended the firm's work. \"The beams were sound when we started,\" she said.",
    "It is impossible for the council to approve the plan for a \"fast and lasting reopening of the pool.\"",
  ].join("\n"),
  "p2.md": [
    "# Review of the lido repair",
    "",
    "The council now expects the total cost of the repair to reach £9.4 million, Councillor Ruth Vance, the council leader, said.",
    "",
    "The review, published on Wednesday 18 June, was led by Mary Quill, the borough's auditor. It makes 9 recommendations, including that the council hire an independent engineer for future repairs.",
    "",
    "Corvane Build said it had placed extra staff on the site to speed up the work.",
    "",
    "The inquiry into the cracks is chaired by Dr Alan Pike, a chartered civil engineer. He can ask for any council paper, but the inquiry has no power to compel witnesses to give evidence.",
    "",
    "The repair contract went to Corvane Build under emergency rules that let the council skip competitive tendering.",
  ].join("\n"),
};

const engine = engineFrom(POOL);
const of = (draft: string, category: string) => findingsOf(engine, draft, category as never);

describe("round fourteen: a clerk's title is not part of the name", () => {
  it("invalid: the clerk's surname misspelt, fixed without the title word", () => {
    const draft = "Borough Clerk Ines Marlowe said 4,210 of the signatures were valid.";
    const names = of(draft, "name");
    assert.equal(names.length, 1);
    assert.equal(names[0].suggestions?.[0], "Ines Marlow");
  });
});

describe("round fourteen: a gap between two amounts is not an amount", () => {
  it("valid: the total set against the approved budget, with the corpus's total", () => {
    const draft = "The repair will now cost £9.4 million, against the £6.8 million the council approved in 2023, an overspend of 38 per cent.";
    assert.deepEqual(of(draft, "number"), []);
  });
  it("invalid: another overspend share in the same sentence", () => {
    const draft = "The repair will now cost £9.4 million, against the £6.8 million the council approved in 2023, an overspend of 45 per cent.";
    assert.deepEqual(flagged(draft, of(draft, "number")), ["45 per cent"]);
  });
  it("invalid: another gap where the corpus gives the gap", () => {
    const draft = "That is £3.6 million more than the £6.8 million the council approved in 2023.";
    assert.deepEqual(flagged(draft, of(draft, "number")), ["£3.6 million"]);
  });
});

describe("round fourteen: two corpus sentences in a row joined in one", () => {
  it("valid: the first reopening date, in a sentence that goes on to the delay", () => {
    assert.deepEqual(of("The reopening was originally planned for Monday 3 March 2025, but it was put back after inspectors found cracks in the roof beams.", "date"), []);
  });
  it("invalid: a reopening date the corpus never gives", () => {
    const draft = "The reopening was originally planned for Monday 10 March 2025, but it was put back after inspectors found cracks in the roof beams.";
    assert.equal(of(draft, "date").length, 1);
  });
});

describe("round fourteen: clinical and medical directors, chief officers and managing directors", () => {
  it("invalid: the clinic's clinical director", () => {
    const draft = "Dr Tom Ashby, the clinic's clinical director, said the sessions had stopped.";
    assert.equal(of(draft, "title").length, 1);
  });
  it("valid: the clinic's medical director", () => {
    assert.deepEqual(of("Dr Tom Ashby, the clinic's medical director, said the sessions had stopped.", "title"), []);
  });
  it("invalid: the firm's chief technology officer, the firm misspelt", () => {
    const draft = "Nadia Perrin, chief technology officer of Corvaine Build, defended the firm's work.";
    assert.equal(of(draft, "title").length, 1);
  });
});

describe("round fourteen: one count of a thing after the same verb", () => {
  it("invalid: the review makes another number of recommendations", () => {
    const draft = "The review, led by Mary Quill, makes 12 recommendations.";
    assert.deepEqual(flagged(draft, of(draft, "number")), ["12 recommendations"]);
  });
  it("valid: the corpus's count", () => {
    assert.deepEqual(of("The review, led by Mary Quill, makes 9 recommendations.", "number"), []);
  });
  it("valid: another verb counts something else", () => {
    assert.deepEqual(of("Residents sent 12 recommendations of their own to the review.", "number"), []);
  });
});

describe("round fourteen: impossible for someone to do it", () => {
  it("valid: the council cannot back the plan", () => {
    assert.deepEqual(of("The council cannot approve the plan for a fast and lasting reopening of the pool.", "claim"), []);
  });
  it("invalid: the council approves the plan", () => {
    assert.equal(of("The council approves the plan for a fast and lasting reopening of the pool.", "claim").length, 1);
  });
});

describe("round fourteen: a deed no article names, with an amount no article gives", () => {
  it("invalid: the firm refunded an amount never given", () => {
    const found = of("Corvane Build has since refunded £1.5 million to swimmers.", "claim");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "information");
  });
  it("valid: the amount the corpus gives, in other words", () => {
    assert.deepEqual(of("Corvane Build's repair has overrun by £2.6 million.", "claim"), []);
  });
});

describe("round fourteen: callings and offices one person does not hold together", () => {
  it("invalid: the engineer called a judge", () => {
    const draft = "The inquiry is chaired by Dr Alan Pike, a judge.";
    assert.equal(of(draft, "title").length, 1);
  });
  it("invalid, a note: the engineer called a retired judge", () => {
    const found = of("The inquiry is chaired by Dr Alan Pike, a retired judge.", "title");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "information");
  });
  it("invalid: the council leader called the town's mayor", () => {
    const draft = "Elmbridge's mayor, Ruth Vance, said the cost had risen.";
    assert.equal(of(draft, "title").length, 1);
  });
  it("valid: the council leader", () => {
    assert.deepEqual(of("The council leader, Ruth Vance, said the cost had risen.", "title"), []);
  });
});

describe("round fourteen: to have no power, and to do without", () => {
  it("invalid: the inquiry has the power to compel witnesses", () => {
    assert.equal(of("The inquiry also has the power to compel witnesses to give evidence.", "claim").length, 1);
  });
  it("valid: the inquiry cannot compel witnesses", () => {
    assert.deepEqual(of("The inquiry has no power to compel witnesses to give evidence.", "claim"), []);
  });
  it("valid: the contract went to the firm without a competitive tender", () => {
    assert.deepEqual(of("The repair contract went to Corvane Build without a competitive tender.", "claim"), []);
  });
  it("invalid: the council held competitive tendering (a contradiction, not a hint)", () => {
    const found = of("The council used competitive tendering for the repair contract.", "claim");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "warning");
  });
});

// Set AB (a zoo escape) taught these, on another invented story (goats loose from a city farm).
const FARM: Record<string, string> = {
  "f1.txt": [
    "Goats escape from city farm",
    "",
    "DENHOLM, Monday, 16 September 2024 -- The fence around the goat pen at Denholm City Farm was damaged on Sunday, September 8, when a storm brought a branch down on it.",
    "The farm's founder, Wen Lijun, set it up in 2009.",
    "Keepers found the pen empty at 7.40am on Sunday, September 15. The first goat was caught at 2.15pm that day in a garden on Mill Lane. The second was found 52 hours after the escape was discovered, on allotments by the river.",
    "The second goat, a five-year-old called Bramble, was found two days later on the allotments.",
    "The farm manager, Iris Dane, will lead the repairs. Dane's office stated, \"We will reopen the pen before the half-term holiday and we will not cut corners.\"",
    "\"Every fence on this farm will be checked twice a week from now on,\" said Iris Dane.",
    "",
    "The goats were moved to a paddock by the river for the winter.",
    "",
    "Councillors also asked for at least two extra keepers on every weekend shift.",
  ].join("\n"),
  "f2.md": [
    "# Council review of the farm",
    "",
    "The farm is run by the Denholm Urban Farming Society, a charity. The council found that the society should have notified the council of the damaged fence by Wednesday, September 11.",
    "",
    "Iris Dane told the review that the society had replaced its paper repair log with a digital system that sends every fault to her.",
    "",
    "Several ideas have been floated, but the one now gaining support among councillors would put a ranger at the farm at night.",
    "",
    "Some councillors want a night ranger paid for from the farm's reserves, with new cameras on every pen. Iris Dane opposes the idea.",
    "",
    "In 2019, Wen travelled to Harrogate in May to study a farm there.",
    "",
    "A six-week delay would mean the pen would not be ready for the summer 2025 season.",
    "",
    "Marion Hale, a lawyer for the society, said the fence had been inspected in August.",
    "",
    "Of the 40 animals at the farm, 25 are kept in the barns, including goats, sheep and pigs. The other 15 are kept in open paddocks by the river.",
    "",
    "Instead of following the fence line, the keepers led the herd straight up the lane and rejoined the path further on, cutting out a section of the trail.",
    "",
    "A night ranger would act as a deterrent and a rapid reaction force should Bramble strike again, an idea the society calls a non-starter.",
    "",
    "The new pen will be built at Ashcroft Meadow. By road, the site is 3.1 miles from Mill Lane and 1.9 miles from the river.",
    "",
    "The society never leaves anything to chance and always checks its fences.",
    "",
    "Tom Reade, the MP for Denholm and the Vale, visited the farm on Friday.",

    "",
    "The council estimates a free bus for visitors living more than two miles from the farm will cost about £9,000 a year, and that the longest journey will take about 20 minutes.",
  ].join("\n"),
};
const farm = engineFrom(FARM);
const onFarm = (draft: string, category: string) => findingsOf(farm, draft, category as never);

describe("round fourteen: spans of time the draft's own figures and dates give", () => {
  it("valid: 52 hours, more than clock times of one day can tell", () => {
    assert.deepEqual(onFarm("Keepers found the pen empty at 7.40am the next day. The first goat was caught that afternoon in a garden; the second was found 52 hours after the escape was discovered.", "number"), []);
  });
  it("valid: six days later, as the draft's two dates give", () => {
    assert.deepEqual(onFarm("The fence was damaged on Sunday, September 8, by a branch. Six days later, on Saturday, September 14, Bramble, a five-year-old goat, got out through the gap.", "number"), []);
  });
});

describe("round fourteen: what is replaced, and idioms of falling", () => {
  it("valid: the log was replaced by a digital system", () => {
    assert.deepEqual(onFarm("Iris Dane told the review that the paper repair log had been replaced by a digital system that sends every fault to her.", "claim"), []);
  });
  it("valid: the pens fall silent", () => {
    assert.deepEqual(onFarm("Councillors would put a ranger at the farm at night once the pens fall silent.", "claim"), []);
  });
});

describe("round fourteen: quotations the corpus prints", () => {
  it("valid: the manager's words, framed in the draft's own words", () => {
    assert.deepEqual(onFarm("Iris Dane sums up the wager the farm is making on its visitors: \"Every fence on this farm will be checked twice a week from now on.\"", "claim"), []);
  });
  it("invalid: her office's words given to a house the corpus never names are the quote check's, not also a claim", () => {
    const draft = "Marsden House said in a statement: \"We will reopen the pen before the half-term holiday and we will not cut corners.\"";
    assert.equal(onFarm(draft, "quote").length, 1);
    assert.deepEqual(onFarm(draft, "claim"), []);
  });
});

describe("round fourteen: what a duty was about, and another kind of body", () => {
  it("valid: the society should have told the council about the damaged fence", () => {
    assert.deepEqual(onFarm("The council found that the society should have told the council about the damaged fence by Wednesday, September 11.", "claim"), []);
  });
  it("invalid: the society called a trust", () => {
    const draft = "The farm is run by the Denholm Urban Farming Trust, a charity.";
    const names = onFarm(draft, "name");
    assert.deepEqual(flagged(draft, names), ["Denholm Urban Farming Trust"]);
    assert.equal(names[0].suggestions?.[0], "Denholm Urban Farming Society");
    assert.deepEqual(onFarm(draft, "claim"), []);
  });
});

// Set AC (a runway extension) taught these, on the same farm story.
describe("round fourteen: a stance the corpus also gives pointing back", () => {
  it("valid: the manager opposes that idea, as the corpus says she opposes the idea", () => {
    assert.deepEqual(onFarm("Councillors asked for at least two extra keepers on every weekend shift, as well as new cameras on every pen. Iris Dane opposes that idea.", "claim"), []);
  });
  it("invalid: she welcomes it", () => {
    assert.equal(onFarm("Councillors asked for at least two extra keepers on every weekend shift, as well as new cameras on every pen. Iris Dane welcomes that idea.", "claim").length, 1);
  });
});

describe("round fourteen: a traveller the corpus calls by one word of the name", () => {
  it("valid: the founder's trip, the corpus calling him by his family name", () => {
    assert.deepEqual(onFarm("Wen Lijun, who visited Harrogate in May 2019, set up the farm in 2009.", "claim"), []);
  });
});

describe("round fourteen: to miss a season is not to be ready for it", () => {
  it("valid: the pen would miss the summer season", () => {
    assert.deepEqual(onFarm("A delay of that length would mean the pen would miss the summer 2025 season.", "claim"), []);
  });
});

describe("round fourteen: a short surname after a first name the corpus gives once", () => {
  it("invalid: Hail for Hale, a name finding and no claim", () => {
    const draft = "Marion Hail, a lawyer for the society, said the fence had been inspected.";
    const names = onFarm(draft, "name");
    assert.equal(names.length, 1);
    assert.equal(names[0].suggestions?.[0], "Marion Hale");
    assert.deepEqual(onFarm(draft, "claim"), []);
  });
});

describe("round fourteen: a number the corpus gives bare, its thing in the sentence before", () => {
  it("valid: the animals in the barns and the further ones in the paddocks", () => {
    assert.deepEqual(onFarm("The farm keeps 25 animals in the barns, including goats, sheep and pigs, and a further 15 animals are kept in open paddocks by the river.", "number"), []);
  });
  it("invalid: another number for those in the paddocks", () => {
    const draft = "The farm keeps 25 animals in the barns, including goats, sheep and pigs, and a further 18 animals are kept in open paddocks by the river.";
    assert.deepEqual(flagged(draft, onFarm(draft, "number")), ["18 animals"]);
  });
});

// Set AD (a short marathon) taught these, on the same farm story.
describe("round fourteen: after a dateline, and words of one family", () => {
  it("a word right after a dateline opens the story", () => {
    const names = farm.analyze("DENHOLM -- Pressure is building on the farm.", "markdown").names;
    assert.equal(names.find((n) => n.text === "Pressure")?.initial, true);
  });
  it("valid: skipping a section where the corpus has cutting one out", () => {
    assert.deepEqual(onFarm("The keepers rejoined the path further on, having skipped a section of the trail.", "claim"), []);
  });
  it("valid: to deter and to react, where the corpus has a deterrent and a reaction force", () => {
    assert.deepEqual(onFarm("Its job would be to deter Bramble and to react quickly if Bramble attacked again.", "claim"), []);
  });
});

// Set AE (a school merger) taught these, on the same farm story.
describe("round fourteen: a place named where the corpus describes it, and limits", () => {
  it("valid: the meadow's distances, where the corpus says 'the site'", () => {
    assert.deepEqual(onFarm("By road, Ashcroft Meadow is 3.1 miles from Mill Lane and 1.9 miles from the river.", "claim"), []);
  });
  it("valid: rarely, where the corpus says never", () => {
    assert.deepEqual(onFarm("The society rarely leaves anything to chance.", "claim"), []);
  });
  it("invalid: always, where the corpus says never", () => {
    assert.equal(onFarm("The society always leaves things to chance.", "claim").length, 1);
  });
  it("valid: no journey should take longer than the corpus's time", () => {
    assert.deepEqual(onFarm("The council puts the cost of a free bus for visitors living more than two miles from the farm at about £9,000 a year, and says no journey should take longer than about 20 minutes.", "claim"), []);
  });
});

describe("round fourteen: a sentence that opens a section, and an idea someone opposes", () => {
  const aside = "Iris Dane has quietly drawn up a rescue plan with a neighbouring zoo.";
  it("a note inside a section", () => {
    const found = onFarm(`# The farm\n\nThe goats are back in their pen. ${aside}`, "claim");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "information");
  });
  it("a hint when it opens the section under its heading", () => {
    const found = onFarm(`# The farm\n\n${aside}`, "claim");
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, "hint");
  });
  it("valid: an idea the manager opposes, where the corpus says she opposes the idea", () => {
    assert.deepEqual(onFarm("Councillors asked for at least two extra keepers on every weekend shift. Some also want new cameras on every pen, an idea Iris Dane opposes.", "claim"), []);
  });
});

describe("round fourteen: a member of the legislature does not lead a council", () => {
  it("invalid: the MP called the council's leader", () => {
    assert.equal(onFarm("Tom Reade, the leader of Denholm Council, visited the farm on Friday.", "title").length, 1);
  });
  it("valid: the MP", () => {
    assert.deepEqual(onFarm("Tom Reade, the MP for Denholm and the Vale, visited the farm on Friday.", "title"), []);
  });
});

