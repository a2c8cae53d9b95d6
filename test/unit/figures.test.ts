import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asFigure, type Figure } from "../../server/src/engine/analysis/figures";
import { FigureKnowledge, figuresAgree } from "../../server/src/engine/knowledge/figures";
import { engineFrom, RIVERTON } from "../helpers";

const engine = engineFrom(RIVERTON);
const figures = (text: string): Figure[] => engine.analyze(text, "plaintext").figures.map(asFigure);
const one = (text: string): Figure => {
  const f = figures(text);
  assert.equal(f.length, 1, `one figure in ${JSON.stringify(text)}, got ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
};

/** The one figure of `text`, checked against what it must hold. */
function expectFigure(text: string, want: { text: string; value: number; valueHigh?: number; unit: string; thing?: string }): Figure {
  const f = one(text);
  assert.equal(f.text, want.text);
  assert.equal(f.value, want.value);
  assert.equal(f.valueHigh, want.valueHigh);
  assert.equal(f.unit, want.unit);
  if (want.thing !== undefined) assert.ok(f.thing.split(" ").includes(want.thing), `${f.thing} has ${want.thing}`);
  return f;
}

describe("findFigures: what counts as a figure", () => {
  const cases: Array<[string, { text: string; value: number; valueHigh?: number; unit: string; qualifier?: string; thing?: string }]> = [
    ["The union sent 8,000 pickets.", { text: "8,000 pickets", value: 8000, unit: "picket" }],
    ["The union sent eight thousand pickets.", { text: "eight thousand pickets", value: 8000, unit: "picket" }],
    // A group counted by its members: the force's troops.
    ["It formed an eight-thousand-strong reserve force.", { text: "eight-thousand-strong", value: 8000, unit: "troop", thing: "force" }],
    ["A 500-strong delegation flew in.", { text: "500-strong", value: 500, unit: "strong", thing: "delegation" }],
    // A part of a whole: "N of its members" counts members.
    ["The union balloted 1,430 of its members.", { text: "1,430 of its members", value: 1430, unit: "member" }],
    // The counted noun elsewhere in the sentence.
    ["The number of firefighters had risen to 480.", { text: "480", value: 480, unit: "firefighter" }],
    // The time between two events is not how long one lasted.
    ["Talks broke down four days later.", { text: "four days", value: 4, unit: "day apart" }],
    ["The strike lasted four days.", { text: "four days", value: 4, unit: "day" }],
    ["More than 30 nations signed.", { text: "More than 30 nations", value: 30, unit: "country", qualifier: "more than" }],
    ["Over 30 nations signed.", { text: "Over 30 nations", value: 30, unit: "country", qualifier: "over" }],
    ["The plan needs tens of thousands of volunteers.", { text: "tens of thousands of volunteers", value: 20_000, valueHigh: 99_999, unit: "volunteer" }],
    ["Turnout was 40 percent of registered voters.", { text: "40 percent", value: 40, unit: "percent", thing: "voter" }],
    ["Turnout was 40% of registered voters.", { text: "40%", value: 40, unit: "percent", thing: "voter" }],
    ["Turnout was 40 per cent.", { text: "40 per cent", value: 40, unit: "percent" }],
    ["Turnout was 40 % overall.", { text: "40 %", value: 40, unit: "percent" }],
    ["They held a one-day strike.", { text: "one-day", value: 1, unit: "day", thing: "strike" }],
    ["They agreed a 30-day truce.", { text: "30-day", value: 30, unit: "day", thing: "truce" }],
    ["They agreed a 30 -day truce.", { text: "30 -day", value: 30, unit: "day", thing: "truce" }],
    ["Costs will fall within five to ten years.", { text: "five to ten years", value: 5, valueHigh: 10, unit: "year" }],
    ["Two to three engineers inspect it daily.", { text: "Two to three engineers", value: 2, valueHigh: 3, unit: "engineer" }],
    ["Between 5 and 10 boats sank.", { text: "5 and 10 boats", value: 5, valueHigh: 10, unit: "boat" }],
    ["It earned billions of dollars in fees.", { text: "billions of dollars", value: 2e9, valueHigh: 1e10 - 1, unit: "dollar" }],
    ["Repairs cost $12 million.", { text: "$12 million", value: 12e6, unit: "dollar" }],
    ["Repairs cost about 12 million dollars.", { text: "about 12 million dollars", value: 12e6, unit: "dollar", qualifier: "about" }],
    ["Repairs cost €1.5bn.", { text: "€1.5bn", value: 1.5e9, unit: "euro" }],
    ["The river rose 3.2 metres.", { text: "3.2 metres", value: 3.2, unit: "meter" }],
    ["A dozen firefighters came.", { text: "A dozen firefighters", value: 12, unit: "firefighter" }],
    ["Two hundred and fifty homes flooded.", { text: "Two hundred and fifty homes", value: 250, unit: "home" }],
    ["Twenty-five towns voted.", { text: "Twenty-five towns", value: 25, unit: "town" }],
    ["Nearly 45 percent of towns voted.", { text: "Nearly 45 percent", value: 45, unit: "percent", qualifier: "nearly" }],
    ["At least 20 European towns voted.", { text: "At least 20 European towns", value: 20, unit: "town", qualifier: "at least" }],
    ["A million people marched.", { text: "A million people", value: 1e6, unit: "people" }],
    ["The 45-year-old engineer resigned.", { text: "45-year", value: 45, unit: "year" }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const f = expectFigure(text, want);
      assert.equal(f.qualifier, want.qualifier ?? "");
      assert.equal(text.slice(f.span.start, f.span.end), want.text);
    });
  }

  it("a conversion in parentheses is a figure of its own", () => {
    const f = figures("The levee runs 1,000 kilometers (620 miles) along the coast.");
    assert.deepEqual(f.map((x) => [x.text, x.value, x.unit]), [["1,000 kilometers", 1000, "kilometer"], ["620 miles", 620, "mile"]]);
  });

  it("context words are the sentence's content words, nearest first", () => {
    const f = one("The county emergency director said more than 400 homes had been evacuated.");
    assert.ok(f.context.includes("evacuat"));
    assert.ok(f.context.includes("county"));
    assert.ok(!f.context.includes("the"));
    assert.ok(f.context.indexOf("director") < f.context.indexOf("county"));
  });
});

describe("findFigures: what is not a figure", () => {
  for (const text of [
    "The bridge opened in 2019.",
    "The flood came on March 27.",
    "The flood came on 27 March 2024.",
    "The dam report is dated Apr 03, 2025.",
    "Under Article 5 of the charter, members must help.",
    "The G7 ministers met.",
    "Two Su-27 jets flew over.",
    "The 27th brigade arrived.",
    "The meeting began at 10:30.",
    "The meeting began at 10 a.m. sharp.",
    "One of the engineers resigned.",
    "The 1990s were quieter.",
    "Covid-19 closed the school.",
    "Engineers installed 5G masts.",
    "Agreements signed in 2014 and 2015 deals collapsed.",
    "See page 12 of the report.",
  ]) {
    it(text, () => assert.deepEqual(figures(text).filter((f) => f.unit).map((f) => f.text), []));
  }
});

describe("findFigures: a score or a vote is one tally", () => {
  for (const [text, tally] of [["Riverton won 3-1 at home.", "3-1"], ["The council voted 9-4 to close it.", "9-4"], ["It passed in a 5-4 vote.", "5-4"]]) {
    it(text, () => assert.deepEqual(figures(text).filter((f) => f.unit).map((f) => [f.text, f.unit]), [[tally, "tally"]]));
  }
  it("a range is no tally", () => assert.deepEqual(figures("Prices rose 3-5 percent.").map((f) => f.unit), ["percent"]));
});

describe("findFigures: fractions are shares in percent", () => {
  const cases: Array<[string, { text: string; value: number; qualifier?: string; thing?: string }]> = [
    ["About half of the pickets went home.", { text: "About half", value: 50, qualifier: "about", thing: "picket" }],
    ["Half the pickets went home.", { text: "Half", value: 50, thing: "picket" }],
    ["Sales have fallen by half since spring.", { text: "half", value: 50 }],
    ["Orders fell by roughly a third last spring.", { text: "roughly a third", value: 100 / 3, qualifier: "roughly" }],
    ["A quarter of the homes flooded.", { text: "A quarter", value: 25, thing: "home" }],
    ["Two-thirds of the voters backed the plan.", { text: "Two-thirds", value: 200 / 3, thing: "voter" }],
    ["Nearly three quarters of the voters backed the plan.", { text: "Nearly three quarters", value: 75, qualifier: "nearly" }],
    ["A one-fifth share went to the town.", { text: "one-fifth", value: 20 }],
    ["Three in four residents backed the plan.", { text: "Three in four", value: 75 }],
    ["One in five homes was damaged.", { text: "One in five", value: 20 }],
    ["Nine out of ten pickets stayed.", { text: "Nine out of ten", value: 90 }],
    ["Only 1 in 10 boats sailed.", { text: "1 in 10", value: 10 }],
    ["More than half voted for the strike.", { text: "More than half", value: 50, qualifier: "more than" }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const f = one(text);
      assert.equal(f.text, want.text);
      assert.ok(Math.abs(f.value - want.value) < 1e-9, `${f.value} = ${want.value}`);
      assert.equal(f.unit, "percent");
      assert.equal(f.fraction, true);
      assert.equal(f.qualifier, want.qualifier ?? "");
      if (want.thing !== undefined) assert.ok(f.thing.split(" ").includes(want.thing), `${f.thing} has ${want.thing}`);
    });
  }
  for (const text of [
    "The second half of the season was wet.",
    "The storm lasted two and a half days.",
    "The bridge closed for half an hour.",
    "Half a million sandbags were filled.",
    "It was a half-hearted effort.",
    "She won a third term in office.",
    "Profits rose in the third quarter.",
    "The mayor served a quarter century.",
    "The mayor served for over a quarter century.",
    "The flood wall is about half a mile long.",
    "The bridge was sold by a third party.",
    "Revenue grew for three quarters in a row.",
    "Ten houses flooded in 2024.",
    "Five boats sank in ten days.",
    "The other half of the bridge stayed open.",
  ]) {
    it(`not a share: ${text}`, () => assert.deepEqual(figures(text).filter((f) => f.fraction).map((f) => f.text), []));
  }
  it("a fraction agrees with the percentages it rounds", () => {
    assert.ok(figuresAgree(one("About half of the homes flooded."), one("Some 48 percent of the homes flooded.")));
    assert.ok(figuresAgree(one("A third of the homes flooded."), one("Some 34 percent of the homes flooded.")));
    assert.ok(figuresAgree(one("One in five homes flooded."), one("20 percent of homes flooded.")));
    assert.ok(figuresAgree(one("More than half of the homes flooded."), one("Some 70 percent of the homes flooded.")));
  });
  it("a fraction disagrees with another share", () => {
    assert.ok(!figuresAgree(one("About half of the homes flooded."), one("About a third of the homes flooded.")));
    assert.ok(!figuresAgree(one("A quarter of the homes flooded."), one("41 percent of the homes flooded.")));
    assert.ok(!figuresAgree(one("Two-thirds of the homes flooded."), one("A third of the homes flooded.")));
  });
});

describe("findFigures: a figure's own clause", () => {
  it("keeps the words of each figure's clause apart", () => {
    const f = figures("The council said 7 million dollars would go to repairs, 3 million dollars to a new flood wall and the remaining 2 million dollars to insurance.");
    assert.deepEqual(f.map((x) => x.value), [7e6, 3e6, 2e6]);
    const has = (x: Figure, w: string) => x.local!.some((l) => l.startsWith(w));
    assert.ok(has(f[0], "repair") && !has(f[0], "flood"));
    assert.ok(has(f[1], "flood") && !has(f[1], "repair") && !has(f[1], "insur"));
    assert.ok(has(f[2], "insur") && has(f[2], "remain") && !has(f[2], "flood"));
  });
});

describe("figuresAgree", () => {
  const fig = (text: string) => one(text);
  it("digits and words are equal", () => assert.ok(figuresAgree(fig("8,000 pickets came."), fig("Eight thousand pickets came."))));
  it("the same qualifier with another number disagrees", () => assert.ok(!figuresAgree(fig("More than 20 nations came."), fig("More than 30 nations came."))));
  it("an equivalent qualifier agrees", () => assert.ok(figuresAgree(fig("Over 30 nations came."), fig("More than 30 nations came."))));
  it("a number inside the corpus's band agrees", () => assert.ok(figuresAgree(fig("Some 35 nations came."), fig("More than 30 nations came."))));
  it("a number outside the corpus's band disagrees", () => assert.ok(!figuresAgree(fig("20 nations came."), fig("More than 30 nations came."))));
  it("ranges compare as ranges", () => {
    assert.ok(!figuresAgree(fig("It takes two to three years."), fig("It takes five to ten years.")));
    assert.ok(figuresAgree(fig("It takes seven years."), fig("It takes five to ten years.")));
    assert.ok(!figuresAgree(fig("It takes three years."), fig("It takes five to ten years.")));
  });
  it("vague magnitudes are bands", () => {
    assert.ok(figuresAgree(fig("They sent 5,000 troops."), fig("They sent thousands of troops.")));
    assert.ok(!figuresAgree(fig("They sent hundreds of troops."), fig("They sent tens of thousands of troops.")));
  });
});

describe("FigureKnowledge", () => {
  it("indexes corpus figures by unit, with evidence positions", () => {
    const kb = engine.kb.figures as FigureKnowledge;
    assert.deepEqual([...kb.byUnit.keys()].sort(), ["day", "dollar", "home", "meter", "percent"]);
    const [pct] = kb.byUnit.get("percent")!;
    assert.equal(engine.kb.evidence(pct).article, "a2.md");
    assert.match(engine.kb.evidence(pct).sentence, /41 percent/);
  });
  it("rare shared words weigh more than common ones", () => {
    const kb = engine.kb.figures;
    assert.ok(kb.weight("hydrologist") > kb.weight("riverton"));
  });
});

describe("findFigures: rates, noun compounds, stretches of a period, lists", () => {
  const cases: Array<[string, { text: string; value: number; valueHigh?: number; unit: string; thing?: string }]> = [
    ["Crews work three shifts per week.", { text: "three shifts per week", value: 3, unit: "shift per week" }],
    ["Pumps run two shifts a day.", { text: "two shifts a day", value: 2, unit: "shift per day" }],
    ["Inspectors visit twice a month.", { text: "twice a month", value: 2, unit: "time per month" }],
    ["Inspectors visit three times a month.", { text: "three times a month", value: 3, unit: "time per month" }],
    ["Inspectors visit once or twice a week.", { text: "once or twice a week", value: 1, valueHigh: 2, unit: "time per week" }],
    ["Patients take 5 a day.", { text: "5 a day", value: 5, unit: "per day" }],
    ["Cleaners earn €3 per hour.", { text: "€3 per hour", value: 3, unit: "euro per hour" }],
    ["The ferry loses $2 million a month.", { text: "$2 million a month", value: 2e6, unit: "dollar per month" }],
    ["The fund pays 4 million euros annually.", { text: "4 million euros annually", value: 4e6, unit: "euro per year" }],
    ["About 900 boats a year dock here.", { text: "About 900 boats a year", value: 900, unit: "boat per year" }],
    ["The agency hired 150 transit safety officers.", { text: "150 transit safety officers", value: 150, unit: "officer", thing: "safety" }],
    ["The clinic lost 40 night-shift nurses.", { text: "40 night-shift nurses", value: 40, unit: "nurse", thing: "shift" }],
    ["Wages were frozen for the first two years.", { text: "two years", value: 2, unit: "first year" }],
    ["Sales fell in each of the first three months.", { text: "three months", value: 3, unit: "first month" }],
    ["Rain fell in the last two weeks.", { text: "two weeks", value: 2, unit: "last week" }],
  ];
  for (const [text, want] of cases) it(text, () => void expectFigure(text, want));
  for (const [text, unit] of [
    ["Thirty boats sank a year ago.", "boat"],
    ["Ten boats sank a day after the storm.", "boat"],
    ["Ten boats sank a second time.", "boat"],
    ["Prices rose 3 percent a year.", "percent"],
    ["They agreed a 30-day truce in the first week.", "day"],
    ["More than 30 nations met last week.", "country"],
  ] as const) {
    it(`not a rate or a stretch: ${text}`, () => assert.equal(figures(text)[0].unit, unit));
  }
  it("the noun compound is context of the figure's clause", () => {
    const f = one("The agency hired 150 transit safety officers last year.");
    assert.ok(f.context.includes("transit") && f.context.some((w) => w.startsWith("safet")), f.context.join(" "));
    assert.ok(f.local!.includes("transit"), f.local!.join(" "));
    assert.ok(!f.context.some((w) => w.startsWith("offic")));
  });
  it("a list of numbers ending in a percentage is a list of percentages", () => {
    const f = figures("The union settled for 11 percent, paid as 4, 4 and 3 percent.");
    assert.deepEqual(f.map((x) => [x.value, x.unit]), [[11, "percent"], [4, "percent"], [4, "percent"], [3, "percent"]]);
    assert.deepEqual(figures("Gate 4, the depot and 3 percent of buses.").filter((x) => x.unit === "percent").map((x) => x.value), [3]);
  });
});

describe("figuresAgree: qualifiers on opposite sides of the same number", () => {
  const fig = (text: string) => one(text);
  it("'nearly 30' is not 'more than 30'", () => assert.ok(!figuresAgree(fig("Nearly 30 nations came."), fig("More than 30 nations came."))));
  it("'almost 30' is not 'at least 30'", () => assert.ok(!figuresAgree(fig("Almost 30 nations came."), fig("At least 30 nations came."))));
  it("'just under 30' is not 'over 30'", () => assert.ok(!figuresAgree(fig("Just under 30 nations came."), fig("Over 30 nations came."))));
  it("'fewer than 30' is not 'more than 30'", () => assert.ok(!figuresAgree(fig("Fewer than 30 nations came."), fig("More than 30 nations came."))));
  it("'nearly half' is not 'more than half'", () => assert.ok(!figuresAgree(fig("Nearly half of the homes flooded."), fig("More than half of the homes flooded."))));
  it("'about 30' fits either side", () => {
    assert.ok(figuresAgree(fig("About 30 nations came."), fig("More than 30 nations came.")));
    assert.ok(figuresAgree(fig("About 30 nations came."), fig("Nearly 30 nations came.")));
  });
  it("the same side agrees", () => {
    assert.ok(figuresAgree(fig("Over 30 nations came."), fig("At least 30 nations came.")));
    assert.ok(figuresAgree(fig("Almost 30 nations came."), fig("Nearly 30 nations came.")));
    assert.ok(figuresAgree(fig("Up to 30 nations came."), fig("At least 30 nations came."))); // both allow 30
  });
});
