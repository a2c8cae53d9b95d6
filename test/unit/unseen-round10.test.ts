// Tenth round, on an invented story (two city orchestras merging): a list
// carried on after a comma ("…, including Tarrow") stays in its clause, so
// "Tarrow is among the towns that have declined to back the merger" meets
// "a merger that has the support of several towns, including Tarrow". A
// known actor said to have pledged, agreed or offered something no article
// has a word for ("Tarrow has pledged the merged orchestra a subsidy") is a note.
// A figure the corpus gives in a sentence that says all of the draft's
// outweighs an agreeing one that shares a third of it, or a vague "dozens
// of" elsewhere. A weekday a corpus sentence gives to more of the draft's
// words stands, though the corpus writes its rarest word otherwise ("Tom,
// 7," for "the seven-year-old"). A word one corpus sentence negates ("would
// not seek to renew") is no contradiction when another gives it as the draft
// does with the words of the draft's clause ("was last renewed in May 2024").
// One word of a three-word name swapped for one of the same frame (same
// length, first letter and ending: "Kurier am Samstag") is that name misspelt.
// A post with its own field ("the city's director of public health") that
// the corpus gives one other person is a note on the person it is given to;
// so is a one-holder post ("the council's chief executive") given to the
// holder of another at the same body ("leader of the city council"). A
// weekday for an act the draft names with its own verb ("halted" for
// "stopped") is compared when four words and the predicate agree. A noun in
// "-sion" is its verb ("the Sinfonia's decision" / "the Sinfonia decided").
// A one-word quotation in a sentence that says again a corpus sentence with
// its own one-word quotation is compared with it ("unprecedented" /
// "historic"). A clause that opens with its verb of saying ("…, Hugo Brand,
// said that …") is about the names in the clauses before it. A claim that
// says two corpus sentences in one is read for polarity against the second
// as well ("a fine the company failed to declare" / "the company had
// declared the fine"); "has yet to publish" is "has not published". A vote
// "by a narrow majority" is a split vote, against "passed unanimously".
// "Replacing" is the opposite of "in addition to". A quotation the corpus
// gives to an unnamed source of one body ("a senior RTN producer") given to
// the same kind of source of another ("a senior KPM producer") is a
// misattributed quotation (a quote finding since round twelve; a title one
// before). A sentence whose quotation another check marks draws at most a
// hint for the words around it ("summed up the council's calculation"),
// the council being a name the corpus knows. "Britain" in a list is "the
// United Kingdom", no swapped actor. "Untouched by the strike" is "not
// affected by the strike". A post given to someone every corpus mention
// gives one other post ("the orchestra's director" for "Registrar", three
// times) is a note, also when the name is misspelt ("Pia Lunt"): the
// person is the one the name check corrects it to. A quotation reworded in
// four or five places that keeps most words in order is the corpus's,
// altered.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";
import { termKey } from "../../server/src/engine/analysis/claims";
import { verbOfSion, type Token } from "../../server/src/engine/text/tokens";
import { eventKey } from "../../server/src/engine/analysis/dates";

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
    "At Tarrow Grammar, where 19 pupils play in the youth orchestra, parents gathered at the gates on Wednesday morning.",
    "Dozens of pupils in the youth orchestra have asked for lessons.",
    "A six-year-old violinist who was moved to the front row on Wednesday night played a solo, the conductor said.",
    "Ines Marr, whose seven-year-old son Tom sang on Saturday, said he loved it.",
    "Ines Marr said her seven-year-old son Tom, a violinist, was thrilled.",
    "The weekly Kurier am Sonntag reported that the merger would save money.",
    "Dr Nils Brand, the city's director of public health, said the concerts were safe.",
    "Dr Ada Wren, the consultant in health protection who advised the orchestra, said masks were not needed.",
    "Margit Olsen, the leader of Brellington City Council, welcomed the merger.",
    "The two orchestras describe their new partnership as \"historic\".",
    "Tarrow Music's owner, Hugo Brand, said in a letter to members on Monday that the company would not seek to renew any of its hall contracts.",
    "It also emerged on Friday that Tarrow Music had been fined 2,000 pounds in 2020 after inspectors found damp in its former hall. Council officials said the company had declared the fine when its lease was renewed in 2022.",
    "The regulator has not yet published its findings on the hall.",
    "The trustees met on Monday, and the motion approving the merger was passed unanimously.",
    "Greta Almquist announced that every player would get two extra rehearsals a month, in addition to the regular sectionals.",
    "\"The merger will save the county money and keep both halls open for years,\" said a senior RTN producer familiar with the talks.",
    "\"Music will keep this county together for another century,\" Ines Marr said.",
    "Orchestras from France, the United Kingdom and Germany will play at the opening concert.",
    "Concerts that were not affected by the strike will go ahead on Friday under the usual arrangements.",
    "Registrar Pia Lund said the players had signed their new contracts.",
    "The orchestra's registrar, Pia Lund, said the contracts were ready.",
    "Registrar Pia Lund confirmed the dates of the first season.",
    "\"We will need new players only from those orchestras that are ready to share their halls,\" Greta Almquist said.",
    "Relations between the two orchestras have been warmer since the Sinfonia decided to share its rehearsal hall in 2021.",
    "Greta Almquist, the Philharmonic's chair and artistic director, said the orchestra had stopped all rehearsals on Monday \"as a precaution\" and was working closely with the hall's engineers.",
    "Ines Marr, whose son Tom, 7, sang three songs at the concert, said Tom had come home on Tuesday and was tired but happy.",
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

describe("round ten: a figure in a sentence that says it all", () => {
  const engine = engineFrom(ORCHESTRA);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  for (const draft of [
    "At Tarrow Grammar, 19 pupils play in the youth orchestra.",
    "A six-year-old violinist who was moved to the front row on Wednesday night played a solo.",
    "Dozens of pupils in the youth orchestra have asked for lessons.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: a count against the corpus's in the same words, with a vague magnitude elsewhere", () => {
    const draft = "At Tarrow Grammar, 29 pupils play in the youth orchestra.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["29 pupils"]);
    assert.deepEqual(f[0].suggestions, ["19 pupils"]);
  });
  it("invalid: an age against the corpus's in the same words, with the draft's age given to someone else", () => {
    const draft = "A seven-year-old violinist who was moved to the front row on Wednesday night played a solo.";
    const f = numbers(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /six-year/);
  });
});

describe("round ten: a weekday the fuller sentence gives", () => {
  const engine = engineFrom(ORCHESTRA);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("valid: the corpus's sentence with more of the draft's words gives its weekday", () => {
    const draft = "Ines Marr, whose son Tom sang three songs at the concert, said the seven-year-old came home on Tuesday and was tired.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: another weekday for the same homecoming", () => {
    const draft = "Ines Marr, whose son Tom sang three songs at the concert, said Tom had come home on Friday and was tired but happy.";
    assert.deepEqual(flagged(draft, dates(draft)), ["Friday"]);
  });
});

describe("round ten: a negation beside the same word asserted elsewhere", () => {
  const engine = engineFrom({
    "b1.txt": [
      "Bakery loses cafe leases",
      "",
      "Harlan Bakery has supplied the three cafes since 2018. Dunmore Council said the lease was worth about 50,000 pounds a year and was last renewed in May 2024.",
      "Harlan Bakery's owner, Rosa Vine, said on Monday that the bakery would not seek to renew any of its cafe leases.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: the clause says what another corpus sentence says", () => {
    const draft = "Harlan Bakery has supplied the three cafes since 2018, and the council last renewed the lease in May 2024.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: the negated statement itself, asserted", () => {
    const draft = "Rosa Vine, the owner of Harlan Bakery, said on Monday that the bakery would seek to renew its cafe leases.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /negates "seek"/);
  });
});

describe("round ten: one word of a name swapped for a look-alike", () => {
  const engine = engineFrom(ORCHESTRA);
  const names = (draft: string) => findingsOf(engine, draft, "name");
  for (const draft of ["The weekly Kurier am Sonntag reported that the merger would save money.", "The Kurier am Mittwoch reported that the merger would save money."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, names(draft)), []));
  }
  it("invalid: the same frame, another word", () => {
    const draft = "The weekly Kurier am Samstag reported that the merger would save money.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Kurier am Samstag"]);
    assert.deepEqual(f[0].suggestions, ["Kurier am Sonntag"]);
  });
});

describe("round ten: two people's titles swapped", () => {
  const engine = engineFrom(ORCHESTRA);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  for (const draft of [
    "Dr Nils Brand, the city's director of public health, said the concerts were safe.",
    "Dr Ada Wren, a consultant in health protection, said masks were not needed.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: one's post given to the other", () => {
    const draft = "Dr Ada Wren, the city's director of public health, said masks were not needed.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["city's director of public health"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /names Nils Brand as "city's director of public health".*calls Ada Wren "consultant in health protection"/);
  });
});

describe("round ten: another post at the same body", () => {
  const engine = engineFrom(ORCHESTRA);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  for (const draft of ["Council leader Margit Olsen welcomed the merger.", "Margit Olsen, who leads the city council, welcomed the merger."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: the council's chief executive for its leader", () => {
    const draft = "Margit Olsen, the council's chief executive, welcomed the merger.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["council's chief executive"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /calls Margit Olsen "leader of Brellington City Council".*a different post at the same body/);
  });
});

describe("round ten: a weekday for an act in other words", () => {
  const engine = engineFrom(ORCHESTRA);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("valid: the same day", () => {
    const draft = "Chair Greta Almquist said rehearsals had been halted on Monday as a precaution.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: another day for the halt", () => {
    const draft = "Chair Greta Almquist said rehearsals had been halted on Sunday as a precaution.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Sunday"]);
    assert.deepEqual(f[0].suggestions, ["Monday"]);
  });
});

describe("round ten: a noun in -sion is its verb", () => {
  it("keys: the noun and the verb's forms share one key; other words keep theirs", () => {
    assert.equal(termKey("invasion"), termKey("invaded"));
    assert.equal(termKey("decisions"), termKey("decide"));
    assert.equal(verbOfSion("mission"), undefined);
    assert.equal(verbOfSion("pension"), undefined);
    assert.equal(verbOfSion("collision"), "collide");
  });
  const engine = engineFrom(ORCHESTRA);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("valid: the decision in the corpus's year", () => {
    const draft = "Relations between the two orchestras have been warmer since the Sinfonia's decision to share its rehearsal hall in 2021.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: the decision in another year", () => {
    const draft = "Relations between the two orchestras have been warmer since the Sinfonia's decision to share its rehearsal hall in 2020.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["2020"]);
    assert.deepEqual(f[0].suggestions, ["2021"]);
  });
});

describe("round ten: a short quotation in a restated sentence", () => {
  const engine = engineFrom(ORCHESTRA);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");
  for (const draft of [
    "The two orchestras call their new partnership \"historic\".",
    // Another sentence altogether: nothing to compare the word with.
    "Critics called the merger \"reckless\".",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, quotes(draft)), []));
  }
  it("invalid: another word in the quotation of the same sentence", () => {
    const draft = "The two orchestras describe their new partnership as \"unprecedented\".";
    const f = quotes(draft);
    assert.deepEqual(flagged(draft, f), ['"unprecedented"']);
    assert.match(f[0].message, /"historic"/);
    assert.deepEqual(f[0].suggestions, ['"historic"']);
  });
});

describe("round ten: the subject of a clause that opens with its verb", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: the same denial", () => {
    const draft = "In a letter to members, Tarrow Music owner Hugo Brand said the company would not seek to renew its hall contracts.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: the denial reversed", () => {
    const draft = "In a letter to members, Tarrow Music owner Hugo Brand said the company would seek to renew its hall contracts.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /negates "seek"/);
  });
});

describe("round ten: polarity against the second sentence of a passage", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  for (const draft of [
    "Tarrow Music was fined 2,000 pounds in 2020 over damp at its former hall, a fine the company declared when its lease was renewed in 2022.",
    "The regulator has yet to publish its findings on the hall.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: the declaration denied", () => {
    const draft = "Tarrow Music was fined 2,000 pounds in 2020 over damp at its former hall, a fine the company failed to declare when its lease was renewed in 2022.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /asserts "declared" where the draft negates it/);
  });
});

describe("round ten: a split vote in words", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: unanimous, as the corpus says", () => {
    const draft = "The motion approving the merger was passed unanimously.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: a narrow majority for a unanimous vote", () => {
    const draft = "The motion approving the merger was passed by a narrow majority.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /unanimous, not by a narrow majority/);
  });
});

describe("round ten: replacing, not in addition to", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: in addition, as the corpus says", () => {
    const draft = "Greta Almquist said every player would get two extra rehearsals a month, in addition to the regular sectionals.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: replacing what the corpus adds to", () => {
    const draft = "Greta Almquist said every player would get two extra rehearsals a month, replacing the regular sectionals.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"addition" where the draft says "replacing"/);
  });
});

describe("round ten: an unnamed source of another body", () => {
  const engine = engineFrom(ORCHESTRA);
  // A quotation given to another speaker than the corpus's: the quote check's, as the eval defines it.
  const titles = (draft: string) => findingsOf(engine, draft, "quote");
  for (const draft of [
    "\"The merger will save the county money and keep both halls open for years,\" said a senior RTN producer.",
    // Words the corpus does not print: no source to compare.
    "\"The merger will cost the county dearly for years to come,\" said a senior KPM producer.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: the same quotation from another body's producer", () => {
    const draft = "\"The merger will save the county money and keep both halls open for years,\" said a senior KPM producer.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["senior KPM producer"]);
    assert.deepEqual(f[0].suggestions, ["senior RTN producer"]);
  });
});

describe("round ten: the words around a marked quotation", () => {
  const engine = engineFrom(ORCHESTRA);
  it("a misattributed quotation is a quote finding; the lead-in words a hint at most", () => {
    const draft = "Margit Olsen has summed up the Eastmere calculation: \"Music will keep this county together for another century.\"";
    const all = findingsOf(engine, draft);
    assert.equal(all.filter((f) => f.category === "quote").length, 1);
    assert.deepEqual(all.filter((f) => f.category === "claim" && f.severity !== "hint"), []);
  });
});

describe("round ten: one country written two ways in a list", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: Britain for the United Kingdom", () => {
    const draft = "Orchestras from France, Britain and Germany will play at the opening concert.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: another country in the list", () => {
    const draft = "Orchestras from France, Spain and Germany will play at the opening concert.";
    assert.equal(claims(draft).length, 1);
  });
});

describe("round ten: untouched by", () => {
  const engine = engineFrom(ORCHESTRA);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  for (const draft of [
    "Concerts untouched by the strike will go ahead on Friday under the usual arrangements.",
    "Concerts unaffected by the strike will go ahead on Friday under the usual arrangements.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
});

describe("round ten: another post than the one the corpus always gives", () => {
  const engine = engineFrom(ORCHESTRA);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  for (const draft of ["Registrar Pia Lund said the players had signed their new contracts.", "Pia Lund, a keen violinist, said the players had signed their new contracts."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: a director for the registrar", () => {
    const draft = "Pia Lund, the orchestra's director, said the players had signed their new contracts.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["orchestra's director"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /calls Pia Lund .*registrar.* in every mention \(3/i);
  });
});

describe("round ten: a role given to a misspelt name", () => {
  const engine = engineFrom(ORCHESTRA);
  it("valid: the right post, the name misspelt (the name check's business only)", () => {
    const draft = "Registrar Pia Lunt said the players had signed their new contracts.";
    assert.deepEqual(findingsOf(engine, draft, "title"), []);
    assert.equal(findingsOf(engine, draft, "name").length, 1);
  });
  it("invalid: another post, the name misspelt", () => {
    const draft = "Pia Lunt, the orchestra's director, said the players had signed their new contracts.";
    assert.deepEqual(flagged(draft, findingsOf(engine, draft, "title")), ["orchestra's director"]);
  });
});

describe("round ten: a quotation reworded in several places", () => {
  const engine = engineFrom(ORCHESTRA);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");
  it("valid: the words as printed", () => {
    const draft = "\"We will need new players only from those orchestras that are ready to share their halls,\" Almquist said.";
    assert.deepEqual(quotes(draft), []);
  });
  it("invalid: the same quotation in other words here and there", () => {
    const draft = "\"We only need new players from orchestras that are willing to share their halls,\" Almquist said.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].suggestions, ["\"We will need new players only from those orchestras that are ready to share their halls,\""]);
  });
});

// A second invented story (a council fraud trial): a month written short in a
// dateline ("Mar 3") is no name; "stayed away from the hearing" is "did not
// attend the hearing"; a figure inside a quotation the quote check finds
// altered is that finding's, not a second one; figures twenty times apart in
// other digits are two amounts; "over three days before convicting" is a
// duration; a post "between 2016 and 2022" is a former post; a sentence that
// opens with a participle before a name ("Defending Keane, …") opens with no
// first name. One party's lawyer ("Murray's lawyer") for the lawyer the
// corpus gives another party ("Keane's lawyer") is a note, a bare "defence
// lawyer" elsewhere notwithstanding.
const TRIAL: Record<string, string> = {
  "t1.txt": [
    "Former deputy mayor goes on trial",
    "",
    "DUNMORE, Mar 3 (Northgate Wire) - A former deputy mayor of Dunmore went on trial on Monday, accused of taking bribes over a bridge contract.",
    "Prosecutors say Paul Keane, the former deputy mayor, took $1.4 million in bribes from the builder.",
    "Mayor Ruth Ellory, who was elected in 2022, did not attend the hearing.",
    "Gerald Fenn, Keane's lawyer, said his client had never sold his office.",
    "Fenn, a defence lawyer for 30 years, spoke for an hour.",
    "The builder, Tom Murray, denies the charges.",
    "\"In twenty years of audit work I have never seen payments approved so quickly,\" auditor Sara Voss said.",
    "The judge handed down the sentences two days after the jury convicted both men, following about 14 hours of deliberation over three days.",
    "The bridge contract was worth $212 million.",
  ].join("\n"),
};

describe("round ten: a council fraud trial", () => {
  const engine = engineFrom(TRIAL);
  const of = (draft: string, category?: "name" | "title" | "number" | "quote" | "claim") => flagged(draft, findingsOf(engine, draft, category));
  for (const [draft, category] of [
    ["A former deputy mayor of Dunmore went on trial on Monday, accused of taking bribes over a bridge contract.", "claim"],
    ["Mayor Ruth Ellory, who was elected in 2022, stayed away from the hearing.", "claim"],
    ["The jury deliberated for about 14 hours over three days before convicting both men.", "number"],
    ["Paul Keane, Dunmore's deputy mayor between 2016 and 2022, went on trial on Monday.", "title"],
    ["Defending Keane, Gerald Fenn said his client had never sold his office.", undefined],
    ["Keane's lawyer said the builder had paid him $50,000 in cash after the bridge contract was signed.", "number"],
  ] as const) {
    it(`valid: ${draft}`, () => assert.deepEqual(of(draft, category), []));
  }
  it("invalid: the judge's interval, another figure", () => {
    const draft = "The judge handed down the sentences four days after the jury convicted both men.";
    assert.deepEqual(of(draft, "number"), ["four days"]);
  });
  it("invalid: an altered quotation with a figure is one quote finding, no number finding", () => {
    const draft = "\"In thirty years of audit work I have never seen payments approved so quickly,\" auditor Sara Voss said.";
    const all = findingsOf(engine, draft);
    assert.deepEqual(all.map((f) => f.category), ["quote"]);
  });
  it("invalid: the mayor attended, where the corpus says she did not", () => {
    const draft = "Mayor Ruth Ellory, who was elected in 2022, attended the hearing.";
    assert.equal(findingsOf(engine, draft, "claim").length, 1);
  });
});

describe("round ten: whose lawyer", () => {
  const engine = engineFrom(TRIAL);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("valid: the party the corpus names", () => {
    const draft = "Keane's lawyer, Gerald Fenn, said the payments were lawful.";
    assert.deepEqual(titles(draft), []);
  });
  it("invalid: another party's lawyer", () => {
    const draft = "Murray's lawyer, Gerald Fenn, said the payments were lawful.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Murray's lawyer"]);
    assert.match(f[0].message, /"Keane's lawyer"/);
  });
});

describe("round ten: two figures that pair a sentence with the corpus's", () => {
  const engine = engineFrom({
    "p1.txt": [
      "Orchestra news",
      "",
      "The Philharmonic, among other things, has invested heavily in outreach across the northern valleys and the coastal towns, committing to the creation of a 40-member youth choir for schools in deprived districts and joining 12 regional and international festivals so far this decade.",
      "The Philharmonic has 84 players.",
    ].join("\n"),
  });
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("valid: both figures as the corpus gives them", () => {
    const draft = "The Philharmonic has put resources into outreach, pledging a 40-member youth choir and taking part in 12 festivals.";
    assert.deepEqual(numbers(draft), []);
  });
  it("invalid: the choir's size, in a sentence worded otherwise", () => {
    const draft = "The Philharmonic has put resources into outreach, pledging a 60-member youth choir and taking part in 12 festivals.";
    assert.deepEqual(flagged(draft, numbers(draft)), ["60-member"]);
  });
});

describe("round ten: a role after an age", () => {
  const engine = engineFrom(TRIAL);
  it("reads the role after 'Name, 61,'", () => {
    const roles = engine.analyze("Tom Murray, 61, the chief executive of Murray Build, denies the charges.", "markdown").roles;
    assert.deepEqual(roles.map((r) => [r.person, r.role]), [["Tom Murray", "chief executive of Murray Build"]]);
  });
  it("an age alone is no role", () => {
    const roles = engine.analyze("Tom Murray, 61, denies the charges.", "markdown").roles;
    assert.deepEqual(roles, []);
  });
});

describe("round ten: a title with its field in lower case at a sentence's start", () => {
  const engine = engineFrom(TRIAL);
  it("reads 'Director of student services Jane Doe'", () => {
    const roles = engine.analyze("Director of student services Ruth Ellory said the timetable was ready.", "markdown").roles;
    assert.deepEqual(roles.map((r) => [r.person, r.role]), [["Ruth Ellory", "Director of student services"]]);
  });
  it("not mid-sentence, nor with no role head before 'of'", () => {
    assert.deepEqual(engine.analyze("Most of student services Ruth Ellory said were ready.", "markdown").roles, []);
    assert.deepEqual(engine.analyze("She said the director of student services Ruth Ellory agreed.", "markdown").roles.map((r) => r.role), []);
  });
  it("a note when the corpus always gives the person another post", () => {
    const draft = "Director of student services Ruth Ellory said the timetable was ready.";
    const f = findingsOf(engine, draft, "title");
    assert.equal(f.length, 0, "the corpus gives Ellory the post of mayor once: too few mentions for a note");
  });
});

describe("round ten: auditors and accountants are role heads", () => {
  const engine = engineFrom(TRIAL);
  it("reads 'a senior auditor' as a role", () => {
    const roles = engine.analyze("Sara Voss, a senior auditor, said the payments were approved quickly.", "markdown").roles;
    assert.deepEqual(roles.map((r) => r.role), ["senior auditor"]);
  });
});

describe("round ten: 'by contrast' is no event word", () => {
  // On the seed corpus this let "In April 2018, by contrast, Xi travelled to …" meet the corpus's April 2017;
  // a corpus this small has too few dates to show it, so the word list is what is tested.
  it("connectives carry no event", () => {
    for (const w of ["contrast", "meanwhile", "comparison"]) assert.equal(eventKey({ text: w } as Token), undefined, w);
    assert.notEqual(eventKey({ text: "toured" } as Token), undefined);
  });
});
