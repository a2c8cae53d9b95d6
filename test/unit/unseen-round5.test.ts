// Fifth round, on an invented story (a rail viaduct closure and its
// inquiry): letters after a name ("Una Fyfe KC, a Glasgow advocate"), a bare
// role after "by" ("asked by counsel to the inquiry, X"), a named owner after
// "that" ("… heard that Corran's former chief executive, X,"), the chair of a
// body against another of its posts, the bench against the bar, the same
// office now and before, a person speaking for the body the corpus names, and
// a correction set against a noun phrase ("52, not the 48 first recorded"),
// a quotation's speaker carried past those spoken to ("X told MPs. "…""),
// seasons with a year ("the spring of 2025" for "the autumn of 2025"),
// speeds in knots and miles per hour, and a change "from N to M" counting
// the object before it, a payer the corpus never names with the thing, and a
// sentence's one year as the year of its months ("In 2019, … in May").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";
import { termKey } from "../../server/src/engine/analysis/claims";

const VIADUCT: Record<string, string> = {
  "v1.txt": [
    "Viaduct inquiry opens",
    "",
    "14 January 2025",
    "",
    "PORTLAW -- Asked by counsel to the inquiry, Tam Brodie KC, whether he had considered closing the line earlier, the signaller said he had not.",
    "The inquiry is chaired by Una Fyfe KC, a Glasgow advocate who led a review of level crossings in 2018.",
    "Lewis Hart, the chief executive of NFA, said: \"Nobody is more frustrated than we are.\"",
    "Northern Freight Assets (NFA), the state-owned owner of the track, leases its wagons to Corran Rail.",
    "The inquiry heard that Corran's former chief executive, Jean Moss, who resigned in May, is due to give evidence.",
    "Jean Moss, the chief executive of Corran Rail, said the company was devastated.",
    "Corran Rail rejected the drivers' account.",
    "Ross Tait, the company's engineering director, said the viaduct had passed its last inspection.",
    "Corran Rail's engineering director, Ross Tait, said trains would not run before March.",
    "Hamish Dow, chair of the Portlaw Community Council, said the town felt abandoned.",
    "Dow, who also sits as a councillor on Ardmuir Council, asked for a meeting.",
    "The report said river levels had reached 4.2 metres, higher than the 3.9 metres first recorded at the gauge.",
  ].join("\n"),
  "v2.txt": [
    "Minister orders review",
    "",
    "20 January 2025",
    "",
    "PORTLAW -- The minister, Ailsa Kerr, spoke in parliament on Monday.",
    "\"The town deserves the whole truth,\" Kerr told MPs. \"This review will follow the evidence wherever it leads.\" She said it would not duplicate the inquiry.",
    "The viaduct's final safety report is expected in the autumn of 2025.",
    "Gusts of up to 40 knots (46mph) were recorded on the viaduct that night.",
    "Corran Rail cut the staff of the Portlaw depot from 30 to 24 last year to save money.",
    "Corran Rail said the replacement buses would cost £9,000 a week.",
    "In 2019, Ailsa Kerr opened the Portlaw museum in May, a year before the election.",
    "As early as February, Kerr had promised a review.",
    "The relationship between Portlaw and Kelby was much more reinforced since the rail merger in 2019.",
    "The two towns maintain a partnership they describe as historic.",
    "A temporary footbridge will carry walkers over the river.",
    "Declan Frost, the drivers' organiser, said signallers had complained about faulty track circuits.",
    "Frost also said the Portlaw depot had lost four experienced drivers to rival operators.",
    "Norwegian Prime Minister Eva Lund has also indicated that Norway is prepared to lend two engineering crews.",
    "Kerr said on Thursday that the review would be led by a retired judge.",
    "The ministry will not make any proposals that would close the line before the inquiry reports.",
    "Corran Rail will also reimburse passengers for taxi fares not covered by the bus service.",
    "Gravel from the quarry run by Corran Rail was used to rebuild the embankment.",
    "Drivers' pay rose by 3% last year, and the old clay pit at Kelby closed in 1990.",
  ].join("\n"),
};

describe("round five: roles after letters, bare roles, named owners", () => {
  const engine = engineFrom(VIADUCT);
  const titles = (draft: string) => findingsOf(engine, draft, "title");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "The inquiry is chaired by Una Fyfe KC, a Glasgow advocate.",
      "Corran's former chief executive Jean Moss is due to give evidence.",
      "Jean Moss, the chief executive of Corran Rail, said the company was devastated.",
      "Lewis Hart, the chief executive of Northern Freight Assets, said nobody was more frustrated.",
      // A chair of one body and a seat on another are two posts one person may hold.
      "Hamish Dow, Portlaw's councillor on Ardmuir Council, asked for a meeting.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, titles(draft)), []));
    }
  });

  describe("invalid: flagged", () => {
    it("the chair of a body for counsel to it, after letters and a bare role", () => {
      const draft = "Asked by the inquiry's chair, Tam Brodie KC, whether he had considered closing the line earlier, the signaller said he had not.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["inquiry's chair"]);
      assert.match(f[0].message, /counsel to the inquiry/);
      assert.equal(f[0].severity, "warning");
    });
    it("the chair of an organisation for its chief executive, named in full where the corpus uses its acronym", () => {
      const draft = "\"Nobody is more frustrated than we are,\" said Lewis Hart, the chairman of Northern Freight Assets.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["chairman of Northern Freight Assets"]);
      assert.match(f[0].message, /chief executive of NFA/);
    });
    it("a retired judge for an advocate: a note, as one career may follow the other", () => {
      const draft = "The inquiry is chaired by Una Fyfe KC, a retired High Court judge who led a review of level crossings in 2018.";
      const f = findingsOf(engine, draft).filter((x) => x.severity !== "hint");
      assert.deepEqual(flagged(draft, f), ["retired High Court judge"]);
      assert.equal(f[0].category, "title");
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /Glasgow advocate/);
    });
    it("a sitting judge for an advocate", () => {
      const draft = "The inquiry is chaired by Una Fyfe KC, a High Court judge.";
      assert.deepEqual(flagged(draft, titles(draft)), ["High Court judge"]);
    });
  });
});

describe("round five: claims about a body told through its officials", () => {
  const engine = engineFrom(VIADUCT);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

  describe("valid: stays quiet", () => {
    for (const draft of [
      // The company's engineering director speaks for the company.
      "Ross Tait, Corran Rail's engineering director, rejected the drivers' account, saying the viaduct had passed its last inspection.",
      "Ross Tait rejected the drivers' account.",
      // A correction against a noun phrase denies nothing of its words.
      "The report said river levels reached 4.2 metres, not the 3.9 metres first recorded at the gauge.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });

  describe("invalid: flagged", () => {
    it("someone with no post at the company rejecting its account for it", () => {
      const draft = "Hamish Dow rejected the drivers' account.";
      assert.deepEqual(flagged(draft, claims(draft)).length, 1);
    });
    it("a denial of the verb itself still counts", () => {
      const draft = "The report said river levels of 3.9 metres were not recorded at the gauge.";
      assert.equal(claims(draft).length, 1);
    });
  });
});

describe("round five: a speaker carried past those spoken to, and seasons", () => {
  const engine = engineFrom(VIADUCT);
  const of = (draft: string, category: "quote" | "date") => findingsOf(engine, draft, category);

  it("valid: the quotation given to its corpus speaker", () => {
    const draft = "\"This review will follow the evidence wherever it leads,\" said Ailsa Kerr.";
    assert.deepEqual(flagged(draft, of(draft, "quote")), []);
  });
  it("invalid: the quotation after \"X told MPs.\" given to someone else", () => {
    const draft = "\"This review will follow the evidence wherever it leads,\" said the council leader, Hamish Dow.";
    const f = of(draft, "quote");
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Ailsa Kerr/);
  });
  it("valid: the same season and year", () => {
    const draft = "The viaduct's final safety report is due in the autumn of 2025.";
    assert.deepEqual(flagged(draft, of(draft, "date")), []);
  });
  it("invalid: another season of the year, with the corpus's season as the fix", () => {
    const draft = "The viaduct's final safety report is expected in the spring of 2025.";
    const f = of(draft, "date");
    assert.deepEqual(flagged(draft, f), ["spring of 2025"]);
    assert.deepEqual(f[0].suggestions, ["autumn of 2025"]);
  });
});

describe("round five: speeds and a change from one count to another", () => {
  const engine = engineFrom(VIADUCT);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  for (const draft of [
    "Gusts reached 40 knots (46mph) on the viaduct that night.",
    "Corran Rail cut the staff of the Portlaw depot from 30 to 24 to save money.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: another speed in miles per hour for the same gusts", () => {
    const draft = "Gusts of up to 40 knots (56mph) were recorded on the viaduct that night.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["56mph"]);
    assert.deepEqual(f[0].suggestions, ["46mph"]);
  });
  it("invalid: another count after \"from 30 to\"", () => {
    const draft = "Corran Rail cut the staff of the Portlaw depot from 30 to 20 to save money.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["20"]);
    assert.deepEqual(f[0].suggestions, ["24"]);
  });
});

describe("round five: a payer the corpus never names with the thing paid for", () => {
  const engine = engineFrom(VIADUCT);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: the body the corpus names with it", () => {
    const draft = "The replacement buses, costing £9,000 a week, are paid for by Corran Rail.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: another known body as the payer, a note", () => {
    const draft = "The replacement buses, costing £9,000 a week, are paid for by Northern Freight Assets.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /who pays/);
  });
});

describe("round five: a sentence's one year is its months' year", () => {
  const engine = engineFrom(VIADUCT);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("valid: the same month and year", () => {
    const draft = "In May 2019, Ailsa Kerr opened the Portlaw museum, a year before the election.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: another month of that year", () => {
    const draft = "In July 2019, Ailsa Kerr opened the Portlaw museum, a year before the election.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["July 2019"]);
    assert.equal(f[0].suggestions[0], "May 2019");
  });
  it("invalid: another year written apart from the month: the year is flagged, with the corpus's year", () => {
    const draft = "In 2018, Ailsa Kerr opened the Portlaw museum in May, a year before the election.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["2018"]);
    assert.equal(f[0].suggestions[0], "2019");
  });
  it("invalid: another month with the year written apart: the month alone is fixed", () => {
    const draft = "In 2019, Ailsa Kerr opened the Portlaw museum in July, a year before the election.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["July"]);
    assert.equal(f[0].suggestions[0], "May");
  });
  it("the year is not lent to the article's other months", () => {
    const draft = "As early as February 2025, Kerr had promised a review.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
});

describe("round five: general-English synonyms share one key", () => {
  for (const [a, b] of [["ties", "relationship"], ["relations", "ties"], ["stronger", "reinforced"], ["bolstered", "strengthened"], ["bigger", "larger"], ["stopgap", "temporary"], ["interim", "temporary"]]) {
    it(`${a} = ${b}`, () => assert.equal(termKey(a), termKey(b)));
  }
  it("other words stay apart", () => assert.notEqual(termKey("smaller"), termKey("larger")));
});

describe("round five: general-English synonyms in a paraphrase", () => {
  const engine = engineFrom(VIADUCT);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  for (const draft of [
    "The two towns call their partnership historic, and ties between them have grown much stronger since the rail merger in 2019.",
    "A stopgap footbridge will carry walkers over the river.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
});

describe("round five: reported speech after an adverb, and a corpus speaker named by surname", () => {
  const engine = engineFrom(VIADUCT);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: the statement given to its corpus speaker", () => {
    const draft = "Declan Frost also said the Portlaw depot had lost four experienced drivers to rival operators.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: the statement given to another known person", () => {
    const draft = "Ross Tait also said the Portlaw depot had lost four experienced drivers to rival operators.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Declan Frost/);
  });
});

describe("round five, blind set D: leaders, sayings, generic nouns, verbs after adverbs", () => {
  const engine = engineFrom(VIADUCT);
  const scored = (draft: string) => findingsOf(engine, draft).filter((f) => f.severity !== "hint");
  for (const draft of [
    // A country for its prime minister (and the reverse) is no other actor.
    "Norway has indicated it is prepared to lend two engineering crews.",
    // A noun after "any" in a clause that denies nothing is not asserted.
    "Ministers would see any proposals that would close the line before the inquiry reports as premature.",
    // "will also pay" is a verb, not a modifier of "passengers".
    "Corran Rail will also pay passengers' taxi fares that the bus service does not cover.",
    // "the pit run by X": a participle with its agent, not a modifier swap.
    "Gravel from the pit run by Corran Rail was used to rebuild the embankment.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(scored(draft).map((f) => `${f.code}: ${f.message}`), []));
  }
  it("valid: a corpus date of a saying does not date the meeting the draft tells of", () => {
    const draft = "Hamish Dow met Ailsa Kerr on Wednesday to discuss the review.";
    assert.deepEqual(flagged(draft, findingsOf(engine, draft, "date")), []);
  });
  it("invalid: another country for the prime minister's is still another actor", () => {
    const draft = "Denmark has indicated it is prepared to lend two engineering crews.";
    assert.equal(scored(draft).filter((f) => f.category === "claim").length, 1);
  });
});

describe("round five: a new post after an old one is a career, not a dispute", () => {
  const engine = engineFrom({
    "u1.txt": ["Utility delayed warning", "", "Friday, October 11, 2024", "", "Ines Holt, the utility's chief operating officer, told the committee that samples had been delayed."].join("\n"),
    "u2.txt": ["Utility chief steps aside", "", "Thursday, October 17, 2024", "", "Ines Holt, the utility's chief operating officer, will run the company while the review is carried out."].join("\n"),
    "u3.txt": ["Notice lifted", "", "Tuesday, October 22, 2024", "", "\"The water is safe,\" said Ines Holt, the utility's interim chief executive."].join("\n"),
  });
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("valid: the post the latest articles give", () => {
    const draft = "Interim chief executive Ines Holt said the water was safe.";
    assert.deepEqual(flagged(draft, titles(draft)), []);
  });
  it("valid: the older post, which most articles give, stays quiet too", () => {
    const draft = "Chief operating officer Ines Holt said samples had been delayed.";
    assert.deepEqual(flagged(draft, titles(draft)), []);
  });
});

describe("round five: a noun inside a role, deputies of a head of government, a board's staff head", () => {
  const engine = engineFrom({
    "w1.txt": [
      "Plant manager blames alarm",
      "",
      "8 October 2024",
      "",
      "Plant manager Ivo Brandl said operators noticed the fault at 4 a.m.",
      "Marta Ilves, the board's executive director, said the rules existed for a reason.",
      "Norwegian Foreign Minister Eirik Sand met the delegation in Oslo.",
    ].join("\n"),
  });
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  for (const draft of ["Plant manager Ivo Brandl said the fault was found at 4 a.m.", "Marta Ilves, the board's executive director, said the rules mattered."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  for (const [draft, span] of [
    ["Deputy plant manager Ivo Brandl said the fault was found at 4 a.m.", "Deputy plant manager"],
    ["Ivo Brandl, the deputy plant manager, said the fault was found at 4 a.m.", "deputy plant manager"],
    ["\"The rules exist for a reason,\" said Marta Ilves, the board's chair.", "board's chair"],
  ]) {
    it(`invalid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), [span]));
  }
  it("a deputy head of government for a minister: a note", () => {
    const draft = "Norwegian Deputy Prime Minister Eirik Sand met the delegation in Oslo.";
    const f = titles(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
  });
});

describe("round five: a bounded count told in other words, against the corpus's only count of that kind", () => {
  const engine = engineFrom({
    "n1.txt": [
      "Coalition grows",
      "",
      "3 March 2025",
      "",
      "The Norland government anticipates that more than 25 nations might join the mission.",
      "Two countries have already sent engineers.",
      "More than 400 volunteers signed up in the first week, and over 150 volunteers are still waiting.",
    ].join("\n"),
  });
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  for (const draft of [
    "Officials in Kelby expect more than 25 countries to take part.",
    "Officials in Kelby expect at least three countries to take part.",
    "Officials in Kelby expect 40 countries to take part.",
    // Two bounded counts of volunteers in the corpus: no one count to hold the draft to.
    "More than 250 volunteers have been trained.",
    // No word of the sentences meets: another count of countries, not the corpus's.
    "More than 15 countries have banned the fertiliser.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: another bounded count of countries, sharing no words with the corpus sentence", () => {
    const draft = "Officials in Kelby expect more than 15 countries to take part.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["more than 15 countries"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /more than 25 nations/);
  });
});
