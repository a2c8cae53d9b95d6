import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explainAt } from "../../server/src/engine/explain";
import { engineFrom, findingsOf, flagged, RIVERTON } from "../helpers";

/** A third invented story: a port strike, with figures on several subjects that share units. */
const HARBOR: Record<string, string> = {
  "h1.txt": [
    "Dockworkers strike at Port Calloway",
    "",
    "4 March 2024",
    "",
    "PORT CALLOWAY -- More than 1,200 dockworkers walked off the job on Monday, union leader Marisol Tevendale said.",
    "The union is demanding a 7 percent pay rise spread over two years.",
    "The strike has left about 40 container ships waiting at anchor outside the harbour.",
    "Harbour officials said the stoppage was costing the port $3 million a day.",
    "A separate strike at the Calloway rail depot involved 300 workers last autumn.",
  ].join("\n"),
  "h2.md": [
    "---",
    "title: Talks resume in port dispute",
    "date: 2024-03-08",
    "---",
    "",
    "# Talks resume in port dispute",
    "",
    "Port director Elias Brannigan said the authority had offered a 4 percent raise.",
    "",
    "The union, which represents roughly 1,500 workers at the port, rejected the offer.",
    "",
    "The new crane terminal, 800 metres (2,600 feet) long, opened in 2019.",
    "",
    "Negotiators will meet again in three to five days, Tevendale said.",
    "",
    "Brannigan said the authority had invested 45 million dollars in the crane terminal.",
    "",
    "Fruit importers said twelve refrigerated ships had diverted to other ports.",
  ].join("\n"),
};

/** An invented orchard story: shares written as fractions, and sentences with several figures of one unit. */
const ORCHARD: Record<string, string> = {
  "o1.txt": [
    "Orchard growers count frost damage",
    "",
    "9 May 2024",
    "",
    "HALSEY VALE -- A survey by the growers' cooperative found that about a third of the apple blossom in the valley was killed by the late frost.",
    "Roughly one in four growers said they would seek emergency loans.",
    "The regional council said 6 million euros would go to a fund for affected growers, 2 million euros to new frost fans and the remaining 1 million euros to crop insurance.",
    "The cooperative said 64 percent of members who answered backed a levy, on a turnout of 58 percent.",
    "The council will spend 4 million euros on replanting, part of a 9 million euro package for the valley.",
  ].join("\n"),
};

const harbor = engineFrom(HARBOR);
const numbers = (draft: string, e = harbor) => findingsOf(e, draft, "number");

describe("number-mismatch", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      "More than 1,200 dockworkers walked off the job on Monday.",
      "Over 1,200 dockworkers walked off the job, the union said.", // same qualifier, other words
      "About 1,300 dockworkers walked off the job on Monday.", // about 1,300 fits "more than 1,200"
      "The union is demanding a seven percent pay rise over two years.", // words = digits
      "The union is demanding a 7% pay rise.",
      "About 40 container ships are waiting at anchor outside the harbour.",
      "The director said the authority had offered a 4 percent raise.",
      "The union represents about fifteen hundred workers at the port.",
      "The crane terminal is 800 metres (2,600 feet) long.",
      "The authority invested $45 million in the crane terminal.",
      "Negotiators will meet again in three to five days.",
      "Negotiators will meet again in four days.", // inside the corpus range
      // Same units, different subjects: never compared.
      "About 90 workers at the city bakery went home early.",
      "The mayor has served 12 years in office.",
      "Sales of umbrellas rose 30 percent in March.",
      "Two ships collided near the lighthouse in 2019.",
      // Same speaker, other claim: names and roles say who, not what.
      "Union leader Marisol Tevendale said 300 dockworkers had returned to the harbour.",
      // Same measure, another thing: a cut in hours is not the pay rise.
      "The union is demanding a 9 percent cut in working hours.",
      // Two shared words and another claim.
      "The union said 80 container ships had left the region.",
      // Not figures.
      "Under Article 5 of the contract, the union must give notice.",
      "The strike began on March 4, 2024.",
      "The strike began at 6 a.m. on Monday.",
      // Code is not checked.
      "```\nMore than 2,000 dockworkers walked off the job.\n```",
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, numbers(draft)), []));
    }
  });

  describe("invalid: flags a different figure for the same thing", () => {
    it("a count with a qualifier, flagged with the qualifier and fixed with the corpus figure", () => {
      const draft = "More than 1,000 dockworkers walked off the job on Monday, the union said.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["More than 1,000 dockworkers"]);
      assert.equal(f[0].code, "number-mismatch");
      assert.equal(f[0].category, "number");
      assert.equal(f[0].severity, "warning");
      assert.deepEqual(f[0].suggestions, ["More than 1,200 dockworkers"]);
      assert.match(f[0].message, /1,200/);
      assert.match(f[0].message, /h1\.txt, line 5/);
      assert.equal(f[0].evidence[0].article, "h1.txt");
      assert.equal(f[0].evidence[0].line, 5);
    });
    it("a number outside the corpus's band", () => {
      const draft = "Some 900 dockworkers walked off the job on Monday.";
      assert.deepEqual(flagged(draft, numbers(draft)), ["Some 900 dockworkers"]);
    });
    it("a percentage, with the draft's own way of writing it kept in the fix", () => {
      const draft = "The union is demanding an 8% pay rise over two years.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["8%"]);
      assert.deepEqual(f[0].suggestions, ["7%"]);
    });
    it("an approximate count", () => {
      const draft = "The strike has left about 60 container ships waiting outside the harbour.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["about 60 container ships"]);
      assert.deepEqual(f[0].suggestions, ["about 40 container ships"]);
    });
    it("a range against a range", () => {
      const draft = "Negotiators will meet again in six to eight days, Tevendale said.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["six to eight days"]);
      assert.deepEqual(f[0].suggestions, ["three to five days"]);
    });
    it("a single number outside a corpus range", () => {
      const draft = "Tevendale said negotiators will meet again in ten days.";
      assert.deepEqual(flagged(draft, numbers(draft)), ["ten days"]);
    });
    it("money written with a sign against money written in words", () => {
      const draft = "Brannigan said the authority had invested $40 million in the crane terminal.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["$40 million"]);
      assert.deepEqual(f[0].suggestions, ["$45 million"]);
    });
    it("a conversion in parentheses is checked too", () => {
      const draft = "The new crane terminal, 800 metres (2,000 feet) long, opened in 2019.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["2,000 feet"]);
      assert.deepEqual(f[0].suggestions, ["2,600 feet"]);
    });
    it("words against digits: the fix is written in words", () => {
      const draft = "Fruit importers said ten refrigerated ships had diverted to other ports.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["ten refrigerated ships"]);
      assert.deepEqual(f[0].suggestions, ["twelve refrigerated ships"]);
    });
    it("a compound measure: '14-day' for the corpus's 'two-day'", () => {
      const e = engineFrom({ "c.txt": "The regional council approved a two-day curfew after the riots in the old town." });
      const draft = "The council approved a 14-day curfew after the riots in the old town.";
      const f = numbers(draft, e);
      assert.deepEqual(flagged(draft, f), ["14-day"]);
      assert.deepEqual(f[0].suggestions, ["2-day"]);
    });
  });

  describe("the corpus decides", () => {
    it("stays quiet when any article gives the draft's figure for that thing", () => {
      const e = engineFrom({
        "x1.txt": "The ministry said 70 schools in the northern province were closed by the snow.",
        "x2.txt": "Officials said 75 schools in the northern province were closed by the snow.",
      });
      assert.deepEqual(numbers("The snow closed 75 schools in the northern province, the ministry said.", e), []);
      const f = numbers("The snow closed 90 schools in the northern province, the ministry said.", e);
      assert.equal(f.length, 1);
      assert.deepEqual(new Set(f[0].suggestions), new Set(["70 schools", "75 schools"]));
    });
    it("a corpus figure about another subject is never used", () => {
      const draft = "The rail depot strike involved 900 dockworkers."; // unit differs from "workers"
      assert.deepEqual(numbers(draft), []);
      const draft2 = "Roughly 1,500 workers joined a strike at a bakery in another city.";
      assert.deepEqual(numbers(draft2), []);
    });
    it("works on another corpus too (Riverton)", () => {
      const e = engineFrom(RIVERTON);
      const draft = "The Millbrook River rose 4.5 metres in two days. Fairweather said 14 percent of the evacuated families had returned home.";
      const f = numbers(draft, e);
      assert.deepEqual(flagged(draft, f), ["4.5 metres", "14 percent"]);
      assert.deepEqual(f.map((x) => x.suggestions[0]), ["3.2 metres", "41 percent"]);
      assert.deepEqual(f.map((x) => x.evidence[0].article), ["a1.txt", "a2.md"]);
    });
  });

  describe("fractions are shares (an orchard story)", () => {
    const orchard = engineFrom(ORCHARD);
    const shares = (draft: string) => numbers(draft, orchard);
    for (const draft of [
      "About a third of the apple blossom in the valley was killed by the late frost.",
      "Some 35 percent of the apple blossom in the valley was killed by the late frost.", // a third, rounded
      "A quarter of growers said they would seek emergency loans.", // one in four
      "Around 25 percent of growers said they would seek emergency loans.",
      "More than half of the town's bakers closed early on Friday.", // another subject
      "In the second half of the season the orchards recovered.", // not a share
    ]) {
      it(`quiet: ${draft.slice(0, 60)}`, () => assert.deepEqual(flagged(draft, shares(draft)), []));
    }
    it("a fraction against the corpus's fraction", () => {
      const draft = "About half of the apple blossom in the valley was killed by the late frost.";
      const f = shares(draft);
      assert.deepEqual(flagged(draft, f), ["About half"]);
      assert.deepEqual(f[0].suggestions, ["About a third"]);
      assert.match(f[0].message, /o1\.txt, line 5/);
    });
    it("a fraction against a share written 'one in four'", () => {
      const draft = "Half of growers said they would seek emergency loans.";
      const f = shares(draft);
      assert.deepEqual(flagged(draft, f), ["Half"]);
      assert.deepEqual(f[0].suggestions, ["Roughly one in four"]);
    });
    it("a percentage against the corpus's fraction: the fix is the corpus's words", () => {
      const draft = "A survey found that 60 percent of the apple blossom in the valley was killed by the late frost.";
      const f = shares(draft);
      assert.deepEqual(flagged(draft, f), ["60 percent"]);
      assert.deepEqual(f[0].suggestions, ["about a third"]);
    });
  });

  describe("several figures of one unit in a corpus sentence: the one in the draft figure's place", () => {
    const orchard = engineFrom(ORCHARD);
    const placed = (draft: string) => numbers(draft, orchard);
    it("quiet when every part agrees", () => {
      const draft = "The cooperative said 64 percent of members who answered backed a levy, on a turnout of 58 percent.";
      assert.deepEqual(placed(draft), []);
    });
    it("a part of a list is fixed with the same part, not the first", () => {
      const draft = "The council said 6 million euros would go to a fund for affected growers, 3 million euros to new frost fans and the rest to crop insurance.";
      const f = placed(draft);
      assert.deepEqual(flagged(draft, f), ["3 million euros"]);
      assert.deepEqual(f[0].suggestions, ["2 million euros"]); // the other parts are about other things
      assert.match(f[0].message, /"2 million euros" here/);
    });
    it("a figure that another figure of the sentence already states is not proposed", () => {
      const draft = "The cooperative said 64 percent of members who answered backed a levy, on a turnout of 85 percent.";
      const f = placed(draft);
      assert.deepEqual(flagged(draft, f), ["85 percent"]);
      assert.equal(f[0].suggestions[0], "58 percent");
    });
    it("a total is fixed with the total, not the part", () => {
      const draft = "The council announced a 12 million euro package for the valley.";
      const f = placed(draft);
      assert.deepEqual(flagged(draft, f), ["12 million euro"]);
      assert.equal(f[0].suggestions[0], "9 million euro");
    });
  });

  describe("hover", () => {
    it("explains a figure with the corpus figure about the same thing", () => {
      const draft = "The union is demanding a 7 percent pay rise.";
      const d = harbor.analyze(draft, "markdown");
      const x = explainAt(harbor.kb, d, draft.indexOf("7 percent") + 1);
      assert.ok(x);
      assert.match(x.summary, /7 percent/);
      assert.equal(x.evidence[0].article, "h1.txt");
    });
  });
});

/** An invented transit and hospital story: rates, noun compounds, two steps of one pay deal, stretches of a contract. */
const LAKEPORT: Record<string, string> = {
  "l1.txt": [
    "Lakeport transit union reaches deal",
    "",
    "12 June 2024",
    "",
    "LAKEPORT -- More than 30 bus depots joined the regional stoppage, union organiser Dalia Quennell said.",
    "The transit union had asked for 14 percent over three years when talks opened in March.",
    "The authority will hire 150 transit safety officers to patrol stations at night.",
    "Inspectors will check each depot three times per week under the new rules.",
    "Drivers currently earn €18 per hour, the union said.",
    "Wages were frozen for the first two years of the previous contract.",
    "The new contract will run for five years.",
  ].join("\n"),
  "l2.md": [
    "---",
    "title: Deal ends Lakeport bus strike",
    "date: 2024-06-14",
    "---",
    "",
    "# Deal ends Lakeport bus strike",
    "",
    "The union settled for 11 percent over three years, paid as 4, 4 and 3 percent.",
    "",
    "The deal also pays night drivers a safety bonus twice a month.",
    "",
    "Mechanics will work two shifts per day at the main garage.",
    "",
    "Harbourview hospital said it had lost 40 night-shift nurses since January.",
    "",
    "The hospital employs 200 agency nurses on short contracts.",
  ].join("\n"),
};

describe("number-mismatch: qualifiers, rates, noun compounds, clauses, stretches (a transit story)", () => {
  const lakeport = engineFrom(LAKEPORT);
  const check = (draft: string) => numbers(draft, lakeport);
  describe("valid: stays quiet", () => {
    for (const draft of [
      "About 30 bus depots joined the regional stoppage.", // "about" fits "more than"
      "Over 30 bus depots joined the regional stoppage.",
      "Inspectors will check each depot three times a week.",
      "Drivers earn €18 an hour, the union said.",
      "Mechanics will work two shifts a day at the main garage.",
      "The deal pays night drivers a safety bonus twice a month.",
      "Inspectors checked four depots on Monday.", // a count, not a rate
      "The authority will hire 150 transit safety officers.",
      "The hospital employs 200 agency nurses on short contracts.",
      "The union settled for 11 percent over three years.",
      "The union settled for 11 percent over three years, paid as 4, 4 and 3 percent.",
      "Under the deal, pay rises by 11 percent, paid as 4, 4 and 3 percent.", // the same breakdown restates the deal
      "The transit union had asked for 14 percent over three years.",
      "Wages rose in each of the first three years of the new contract.", // a stretch, not the contract's length
      "Wages were frozen for the first two years of the previous contract.",
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, check(draft)), []));
    }
  });

  describe("invalid: flagged", () => {
    it("the same number with a qualifier on the other side", () => {
      for (const q of ["Nearly", "Almost", "Just under", "Fewer than"]) {
        const draft = `${q} 30 bus depots joined the regional stoppage, the union said.`;
        const f = check(draft);
        assert.deepEqual(flagged(draft, f), [`${q} 30 bus depots`]);
        assert.deepEqual(f[0].suggestions, ["More than 30 bus depots"]);
        assert.match(f[0].message, /l1\.txt, line 5/);
      }
    });
    it("a rate with a count of times", () => {
      const draft = "Inspectors will check each depot twice a week under the new rules.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["twice a week"]);
      assert.deepEqual(f[0].suggestions, ["three times per week"]);
    });
    it("a rate of pay", () => {
      const draft = "Drivers currently earn €15 per hour, the union said.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["€15 per hour"]);
      assert.deepEqual(f[0].suggestions, ["€18 per hour"]);
    });
    it("a rate of shifts, and a rate of times written as a word", () => {
      const draft = "Mechanics will work three shifts per day at the main garage. The deal also pays night drivers a safety bonus once a month.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["three shifts per day", "once a month"]);
      assert.deepEqual(f.map((x) => x.suggestions[0]), ["two shifts per day", "twice a month"]);
    });
    it("a count with a noun compound is compared with the same compound", () => {
      const draft = "Harbourview hospital said it had lost 60 night-shift nurses since January.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["60 night-shift nurses"]);
      assert.deepEqual(f[0].suggestions, ["40 night-shift nurses"]);
      const draft2 = "Lakeport will hire 120 transit safety officers for its stations.";
      assert.deepEqual(flagged(draft2, check(draft2)), ["120 transit safety officers"]);
    });
    it("the figure's own clause decides which step of the story it is", () => {
      const draft = "The transit union settled for 14 percent over three years.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["14 percent"]);
      assert.deepEqual(f[0].suggestions, ["11 percent"]);
      assert.equal(f[0].evidence[0].article, "l2.md");
    });
    it("the fix comes from the clause with the draft's verb, not another step", () => {
      const settled = "The transit union settled for 12 percent over three years.";
      assert.deepEqual(check(settled).map((x) => x.suggestions), [["11 percent"]]);
      const asked = "The transit union had asked for 12 percent over three years.";
      assert.deepEqual(check(asked).map((x) => x.suggestions[0]), ["14 percent"]);
    });
    it("a corpus sentence with nearly all of the draft's words outweighs an agreeing one that shares a word", () => {
      const mill = engineFrom({
        "m1.txt": "At its height the old paper mill employed more than 900 people and ran two shifts a day.",
        "m2.txt": [
          "The rival packaging firm employs about 800 people at three sites.",
          "Its owners are based abroad.",
          "The river behind the mill flooded in spring.",
          "Local shops depend on the wages.",
          "A new road to the valley is planned.",
          "The council meets on Thursday.",
        ].join("\n"),
      });
      const draft = "At its height the old paper mill employed nearly 900 people and ran two shifts a day.";
      const f = numbers(draft, mill);
      assert.deepEqual(flagged(draft, f), ["nearly 900 people"]);
      assert.deepEqual(f[0].suggestions, ["more than 900 people"]);
      const quiet = "The rival packaging firm employs nearly 800 people.";
      assert.deepEqual(numbers(quiet, mill), []);
    });
    it("a stretch is compared with the same stretch", () => {
      const draft = "Wages were frozen for the first three years of the previous contract.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["three years"]);
      assert.deepEqual(f[0].suggestions, ["two years"]);
    });
  });
});

/** An invented ferry dispute: an additive modifier before a counted compound, a settlement and an earlier demand. */
const FERRY_PAY: Record<string, string> = {
  "p1.txt": [
    "Ferry crews end strike",
    "",
    "3 June 2024",
    "",
    "OSTERMOOR -- The ferry company will hire 120 additional deck safety officers this year, director Odalys Penwarren said.",
    "Ferry crews ended their strike on Friday.",
    "The settlement gives the crews 11 percent, paid as 4, 4 and 3 percent.",
  ].join("\n"),
  "p2.txt": [
    "Ferry strike enters second week",
    "",
    "20 May 2024",
    "",
    "OSTERMOOR -- The crew union, which is asking for 14 percent over three years, said the strike would continue.",
    "Union secretary Brisa Holloran said members were ready to stay out for weeks.",
  ].join("\n"),
};

describe("number-mismatch: additive modifiers and the step of the story", () => {
  const ferry = engineFrom(FERRY_PAY);
  const check = (draft: string) => numbers(draft, ferry);
  describe("valid: stays quiet", () => {
    for (const draft of [
      "The ferry company will hire 120 deck safety officers this year, Penwarren said.",
      "The ferry company will hire 120 extra deck safety officers this year.",
      // The settlement's own figure confirms it; the other article's demand is another step.
      "The crew union settled for 11 percent over three years, ending the strike.",
      "The crew union, which settled for 11 percent over three years, ended the strike on Friday.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, check(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("\"additional\" is not part of the thing counted", () => {
      const draft = "The ferry company will hire 150 deck safety officers this year, Penwarren said.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["150 deck safety officers"]);
      assert.match(f[0].message, /120 additional deck safety officers/);
    });
    it("\"new\" before the compound in the draft is left aside too", () => {
      const draft = "The ferry company will hire 150 new deck safety officers this year, Penwarren said.";
      assert.deepEqual(flagged(draft, check(draft)), ["150 new deck safety officers"]);
    });
    it("the demand's own step is still checked against the demand", () => {
      const draft = "The crew union is asking for 11 percent over three years.";
      const f = check(draft);
      assert.deepEqual(flagged(draft, f), ["11 percent"]);
      assert.deepEqual(f[0].suggestions, ["14 percent"]);
    });
  });
});

describe("number-mismatch: an approximate figure rounded from the corpus's", () => {
  const ferries = engineFrom({
    "f1.txt": "Ferry line sets record\n\nPort officials said on Monday that about 348,000 passengers used the Skerrin ferry last year, a record for the line.\n",
  });
  const check = (draft: string) => numbers(draft, ferries);
  describe("valid: stays quiet", () => {
    for (const draft of [
      "About 350,000 passengers used the Skerrin ferry last year.",
      "Some 350,000 passengers used the Skerrin ferry last year.",
      "Roughly 348,000 passengers used the Skerrin ferry last year.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, check(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    for (const [draft, span] of [
      ["About 384,000 passengers used the Skerrin ferry last year.", "About 384,000 passengers"],
      ["About 349,000 passengers used the Skerrin ferry last year.", "About 349,000 passengers"],
      ["About 3,500,000 passengers used the Skerrin ferry last year.", "About 3,500,000 passengers"],
    ] as const) {
      it(`${draft} (not a rounding of the corpus's number)`, () => assert.deepEqual(flagged(draft, check(draft)), [span]));
    }
  });
});

describe("number-mismatch: a sentence anchored by another figure it gives exactly", () => {
  // Several articles about an invented flood, so the words around the figures are common ones.
  const e = engineFrom({
    "m1.txt": "Flood relief\n\n2 May 2024\n\nThe province has invested heavily in relief, committing to the creation of a two-thousand-strong rescue force and running 41 shelters to date.\n",
    "m2.txt": "Rescue force\n\n3 May 2024\n\nThe rescue force will be deployed along the river, the province said. Volunteers joined the force from across the province.\n",
    "m3.txt": "Shelters\n\n4 May 2024\n\nThe shelters are run by the province with help from the rescue force and the army.\n",
  });
  const check = (draft: string) => numbers(draft, e);
  it("invalid: the figure differs where another figure of the sentence agrees exactly", () => {
    const draft = "Officials say the province has pledged to build a standing rescue force of 20,000 troops, trained over the winter, and runs 41 shelters so far.";
    const f = check(draft);
    assert.deepEqual(flagged(draft, f), ["20,000 troops"]);
    assert.deepEqual(f[0].suggestions, ["2,000 troops"]);
  });
  it("valid: the same figure in other words", () => {
    const draft = "Officials say the province has pledged to build a standing rescue force of 2,000 troops, trained over the winter, and runs 41 shelters so far.";
    assert.deepEqual(flagged(draft, check(draft)), []);
  });
});

describe("number-mismatch: the time between two events is not how long one lasted", () => {
  const e = engineFrom({
    "s1.txt": "Strike history\n\n2 May 2024\n\nThe last strike at the Orrin works, in 1998, lasted eleven days and ended with a deal brokered by the Harbour Mediation Board.\n",
  });
  it("valid: talks at the same board broke down four days later", () => {
    const draft = "Talks chaired by the Harbour Mediation Board at the Orrin works broke down four days later.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), []);
  });
  it("invalid: the strike's length", () => {
    const draft = "The last strike at the Orrin works, in 1998, lasted four days and ended with a deal brokered by the Harbour Mediation Board.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), ["four days"]);
  });
});

describe("number-mismatch: two figures of one unit, one given exactly", () => {
  const e = engineFrom({
    "v1.txt": "Strike ballot\n\n20 September 2024\n\nThe Harbour Workers' Union said on Friday that 87% of members who took part in the ballot had backed strike action, on a turnout of 74%.\n",
    "v2.txt": "Deal backed\n\n18 October 2024\n\nThe Harbour Workers' Union said on Friday that 79% of members who voted had backed the agreement, on a turnout of 81%.\n",
  });
  it("invalid: the turnout of the vote whose other figure the draft gives exactly", () => {
    const draft = "The Harbour Workers' Union said 79% of voting members had approved the agreement, on a turnout of 87%.";
    const f = numbers(draft, e);
    assert.deepEqual(flagged(draft, f), ["87%"]);
    assert.equal(f[0].suggestions[0], "81%");
  });
  it("valid: both figures of the one vote", () => {
    const draft = "The Harbour Workers' Union said 79% of voting members had approved the agreement, on a turnout of 81%.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), []);
  });
});

describe("number-mismatch: houses and homes are counted alike", () => {
  const e = engineFrom({
    "h1.txt": "Fire update\n\n13 August 2025\n\nFire officials said on Tuesday that 23 homes had been lost along Birch Lane.\n",
    "h2.txt": "Fire contained\n\n23 August 2025\n\nThe fire at Kelby forced about 6,800 people from their homes and destroyed 57 houses, officials said on Friday.\n",
  });
  it("valid: the later count, written as homes where the corpus writes houses", () => {
    const draft = "The fire at Kelby drove about 6,800 people from their homes and destroyed 57 homes.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), []);
  });
});

describe("number-mismatch: general-English verbs that say the same around a figure", () => {
  const e = engineFrom({
    "a1.txt": "Aid\n\n2 March 2025\n\nThe board provides 40 percent of its flood aid to Kelby.\n",
    "a2.txt": "More aid\n\n3 March 2025\n\nThe flood aid to Arnside rose this year, the board said.\n",
  });
  it("invalid: 'supplies' for 'provides', with another share", () => {
    const draft = "The Kelby board supplies 60 percent of the flood aid going to Kelby.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), ["60 percent"]);
  });
  it("valid: the same share", () => {
    const draft = "The Kelby board supplies 40 percent of the flood aid going to Kelby.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), []);
  });
});

describe("number-mismatch: residents are people", () => {
  const e = engineFrom({
    "r1.txt": "Evacuation\n\n10 August 2025\n\nAbout 6,800 residents of Kelby and Arnside were ordered to leave their homes on Sunday as the fire spread east.\n",
  });
  it("invalid: another count of the people told to leave", () => {
    const draft = "Some 8,600 people from Kelby and Arnside were told to leave their homes on Sunday.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), ["Some 8,600 people"]);
  });
  it("valid: the same count", () => {
    const draft = "Some 6,800 people from Kelby and Arnside were told to leave their homes on Sunday.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), []);
  });
});

describe("number-mismatch: a figure whose counted noun stands elsewhere in the sentence", () => {
  const e = engineFrom({
    "c1.txt": "Crews grow\n\n12 August 2025\n\nThe number of firefighters on the ground had risen to 480, including 60 from Westfold and a specialist team from Arnside.\n",
  });
  it("invalid: another count of those from Westfold, in words", () => {
    const draft = "Crews now number about 480, including ninety firefighters from Westfold and a specialist team from Arnside.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), ["ninety firefighters"]);
  });
  it("valid: the same count", () => {
    const draft = "Crews now number about 480, including sixty firefighters from Westfold and a specialist team from Arnside.";
    assert.deepEqual(flagged(draft, numbers(draft, e)), []);
  });
});
