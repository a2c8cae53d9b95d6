import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explainAt } from "../../server/src/engine/explain";
import { engineFrom, findingsOf, flagged, RIVERTON } from "../helpers";

/** An invented story: a harbour town, a council vote, a strike, a merger. */
const HARBOUR: Record<string, string> = {
  "h1.md": [
    "---",
    "title: Lakemoor council backs harbour plan",
    "date: 2023-10-14",
    "---",
    "",
    "# Lakemoor council backs harbour plan",
    "",
    "LAKEMOOR -- The city council approved the harbour expansion in a vote on Thursday, October 12, after three hours of debate.",
    "",
    "The dockworkers' strike that began in mid-September ended when the union accepted the offer.",
    "",
    "Council leader Ingrid Castellane said the plan builds on the 2019 merger of the Northport and Eastquay authorities.",
    "",
    "The port authority's safety report from June 2022 found cracks in the old pier.",
  ].join("\n"),
  "h2.txt": [
    "Harbour vote splits Lakemoor",
    "",
    "12 October 2023",
    "",
    "Councillors vote on the harbour expansion in Lakemoor on October 12, 2023.",
    "Opponents point to the 2016 and 2018 agreements signed by the port, which were abandoned after its 2020 collapse.",
    "The ferry operator Bluewater Lines was founded in 1998.",
    "On Tuesday the union's leader, Marta Ossberg, called the offer fair.",
  ].join("\n"),
};

const engine = engineFrom(HARBOUR);
const dates = (draft: string) => findingsOf(engine, draft, "date");

describe("date-mismatch", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      "The city council approved the harbour expansion on Thursday, October 12.",
      "The council vote on October 12 backed the harbour expansion.",
      "Councillors voted on the harbour expansion on October 12, 2023.",
      "The dockworkers' strike began in mid-September.",
      "The plan builds on the 2019 merger of the Northport and Eastquay authorities.",
      "The Northport and Eastquay authorities merged in 2019.",
      "The 2016 and 2018 agreements signed by the port were abandoned after its 2020 collapse.",
      "The safety report from June 2022 found cracks in the old pier.",
      "Bluewater Lines, the ferry operator, was founded in 1998.",
      "The city hosted a jazz festival in 2018.", // an event the corpus does not date
      "The council will meet again on November 3.", // a date the corpus knows nothing about
      "On Monday, Ossberg met the port's managers.", // a bare weekday for a statement the corpus does not date
      "On Tuesday, Ossberg called the offer fair.", // the corpus's weekday for that statement
      "More than 2000 dockworkers joined the strike.", // a count, not a year
      "Lakemoor's harbour opened in May 1931.",
      "```\nThe vote was on Wednesday, October 12.\n```\n\nThe council voted.", // code is not checked
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, dates(draft)), []));
    }
  });

  describe("invalid: a weekday that does not fall on the date", () => {
    it("year from the corpus's dates of that day", () => {
      const draft = "The city council approved the harbour expansion on Wednesday, October 12.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Wednesday, October 12"]);
      assert.equal(f[0].code, "date-mismatch");
      assert.equal(f[0].severity, "warning");
      assert.deepEqual(f[0].suggestions, ["Thursday, October 12"]);
      assert.match(f[0].message, /October 12, 2023 is a Thursday, not a Wednesday/);
      assert.match(f[0].message, /h1\.md, line 8|h2\.txt, line 5/);
      assert.ok(f[0].evidence.length > 0);
    });
    it("year from the draft", () => {
      const draft = "Staff met on Friday, 10 October 2023, at the depot.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Friday, 10 October 2023"]);
      assert.deepEqual(f[0].suggestions, ["Tuesday, 10 October 2023"]);
    });
    it("a date the corpus dates with its weekday: the weekday is right there", () => {
      const e = engineFrom(RIVERTON);
      const draft = "The mayor closed the Halvorsen Bridge on Monday, April 9.";
      const f = findingsOf(e, draft, "date");
      assert.deepEqual(flagged(draft, f), ["Monday, April 9"]);
      assert.deepEqual(f[0].suggestions, ["Tuesday, April 9"]);
      assert.equal(f[0].evidence[0].article, "a1.txt");
    });
    it("the right weekday for a RIVERTON date is fine", () => {
      const e = engineFrom(RIVERTON);
      assert.deepEqual(findingsOf(e, "The mayor closed the Halvorsen Bridge on Tuesday, April 9.", "date"), []);
    });
  });

  describe("invalid: a date the corpus gives differently for the same event", () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ["The council approved the harbour expansion in the October 13 vote.", "October 13", "October 12", /h1\.md|h2\.txt/],
      ["The dockworkers' strike that began in mid-August has ended.", "mid-August", "mid-September", /h1\.md, line 10/],
      ["Castellane praised the 2018 merger of the Northport and Eastquay authorities.", "2018", "2019", /h1\.md, line 12/],
      ["The port authority's safety report from June 2021 found cracks in the pier.", "June 2021", "June 2022", /h1\.md, line 14/],
      ["The ferry operator Bluewater Lines was founded in 1989.", "1989", "1998", /h2\.txt, line 7/],
    ];
    for (const [draft, span, fix, source] of cases) {
      it(`${span} -> ${fix}`, () => {
        const f = dates(draft);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.equal(f[0].suggestions[0], fix);
        assert.equal(f[0].severity, "warning");
        assert.match(f[0].message, source);
        assert.ok(f[0].evidence.some((e) => e.sentence.includes(fix.replace(/^mid-/, ""))), JSON.stringify(f[0].evidence));
      });
    }
    it("a year tied to another event nearby does not confuse it", () => {
      // 2018 is the year of the agreements; the merger was in 2019.
      const draft = "Opponents point to the agreements the port signed after the merger of the Northport and Eastquay authorities in 2018.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["2018"]);
      assert.equal(f[0].suggestions[0], "2019");
    });
    it("and the agreements' own years stay quiet", () => {
      const draft = "Opponents point to the 2018 agreements signed by the port.";
      assert.deepEqual(dates(draft), []);
    });
    it("a wrong year on a full date: the corrected date keeps the draft's form and weekday", () => {
      const draft = "The council approved the harbour expansion in a vote on Wednesday, October 12, 2022.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Wednesday, October 12, 2022"]);
      assert.equal(f[0].suggestions[0], "Thursday, October 12, 2023");
    });
    it("only the wrong one of two dates in a sentence", () => {
      const draft = "The 2016 and 2018 agreements signed by the port were abandoned after its 2021 collapse.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["2021"]);
      assert.equal(f[0].suggestions[0], "2020");
    });
  });

  describe("invalid: a bare weekday the corpus gives another day", () => {
    it("the statement in fewer words: a note", () => {
      const draft = "On Monday, Ossberg called the offer fair.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Monday"]);
      assert.deepEqual(f[0].suggestions, ["Tuesday"]);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /h2\.txt, line 8/);
    });
  });

  describe("weaker matches are notes or nothing", () => {
    it("one shared word is not the same event", () => {
      assert.deepEqual(dates("A harbour concert is planned for October 13."), []);
    });
  });

  describe("hover", () => {
    it("explains a date with the corpus sentence that dates the event", () => {
      const draft = "The council approved the harbour expansion in the October 12 vote.";
      const d = engine.analyze(draft, "markdown");
      const x = explainAt(engine.kb, d, draft.indexOf("October") + 2);
      assert.ok(x);
      assert.match(x.summary, /^Date "October 12"/);
      assert.ok(x.evidence.length > 0);
    });
  });
});

/** Another invented story: an island ferry route, a statement dated by its weekday, a quoted compact. */
const FERRY: Record<string, string> = {
  "f1.txt": [
    "Ferry firm to end winter crossings to Glenmara",
    "",
    "8 January 2024",
    "",
    "ORLAN BAY -- Tidewell Ferries said on Wednesday that it would stop its winter crossings to Glenmara island from February, blaming fuel costs.",
    "Harbourmaster Colm Ardagh said the decision would leave about 300 islanders without a daily link.",
    "On Friday, island councillor Brigid Sorley warned that the school on Glenmara could close if teachers cannot travel.",
    "The last winter sailing, which left Orlan Bay on Thursday, carried 40 passengers, Ardagh said.",
  ].join("\n"),
  "f2.md": [
    "---",
    "title: Islanders look for a new operator",
    "date: 2024-01-20",
    "---",
    "",
    "Councillors say a new operator would have to respect the island transport charter from May 2019 and the \"Western Isles Ferry Compact\" from June 2021.",
    "",
    "Sorley said the council would write to three operators next week.",
  ].join("\n"),
};

describe("date-mismatch: a bare weekday for the same statement", () => {
  const e = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(e, draft, "date");
  describe("valid: stays quiet", () => {
    for (const draft of [
      // The corpus's weekday.
      "Tidewell Ferries said on Wednesday that it would stop its winter crossings to Glenmara island, blaming fuel costs.",
      "On Wednesday, Tidewell Ferries said it would stop its winter crossings to Glenmara island from February, blaming fuel costs.",
      // Another statement by the same speaker.
      "On Tuesday, Tidewell Ferries said it would add a summer service between Orlan Bay and the mainland.",
      // A statement made again.
      "Tidewell Ferries repeated on Tuesday that it would stop its winter crossings to Glenmara island from February, blaming fuel costs.",
      // Two weekdays in one sentence: which one is the statement's?
      "Tidewell Ferries said on Tuesday that it would stop its winter crossings to Glenmara island from Friday, blaming fuel costs.",
      // Someone else, on another day.
      "On Monday, Colm Ardagh said the school on Glenmara could close if teachers cannot travel.",
      // The draft's weekday dates the statement, the corpus's the sailing.
      "On Saturday, Ardagh said the last winter sailing left Orlan Bay with 40 passengers.",
    ]) {
      it(JSON.stringify(draft.slice(0, 70)), () => assert.deepEqual(flagged(draft, dates(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("the statement said again, dated to another weekday", () => {
      const draft = "Tidewell Ferries said on Tuesday that it would stop its winter crossings to Glenmara island from February, blaming fuel costs.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Tuesday"]);
      assert.equal(f[0].severity, "warning");
      assert.deepEqual(f[0].suggestions, ["Wednesday"]);
      assert.match(f[0].message, /Wednesday, not Tuesday/);
      assert.match(f[0].message, /f1\.txt, line 5/);
      assert.equal(f[0].evidence[0].article, "f1.txt");
    });
    it("\"last\" kept in the correction", () => {
      const draft = "Tidewell Ferries said last Tuesday that it would stop its winter crossings to Glenmara island from February, blaming fuel costs.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["last Tuesday"]);
      assert.deepEqual(f[0].suggestions, ["last Wednesday"]);
    });
    it("an act dated to another weekday", () => {
      const draft = "The last winter sailing, which left Orlan Bay on Friday, carried 40 passengers, Ardagh said.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Friday"]);
      assert.deepEqual(f[0].suggestions, ["Thursday"]);
      assert.match(f[0].message, /this event the day Thursday, not Friday/);
      assert.match(f[0].message, /f1\.txt, line 8/);
    });
    it("a fronted weekday, the speaker's words reordered", () => {
      const draft = "On Thursday, island councillor Brigid Sorley warned that the Glenmara school could close if teachers cannot travel.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Thursday"]);
      assert.deepEqual(f[0].suggestions, ["Friday"]);
    });
  });
  describe("two corpus weekdays for one statement: quiet", () => {
    const two = engineFrom({
      ...FERRY,
      "f3.txt": "Tidewell Ferries said on Thursday that it would stop its winter crossings to Glenmara island from February, blaming fuel costs.",
    });
    it("no finding", () => {
      const draft = "Tidewell Ferries said on Tuesday that it would stop its winter crossings to Glenmara island from February, blaming fuel costs.";
      assert.deepEqual(findingsOf(two, draft, "date"), []);
    });
  });
});

describe("date-mismatch: a quoted title dates a document", () => {
  const e = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(e, draft, "date");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Officials cite the \"Western Isles Ferry Compact\", agreed in June 2021, as the model.",
      "The island transport charter dates from May 2019.",
      "Councillors say the island transport charter from May 2019 still binds any operator.",
    ]) {
      it(JSON.stringify(draft.slice(0, 70)), () => assert.deepEqual(flagged(draft, dates(draft)), []));
    }
  });
  it("invalid: the title's date from the second of two dates in the corpus sentence", () => {
    const draft = "Officials cite the \"Western Isles Ferry Compact\", agreed in June 2022, as the model.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["June 2022"]);
    assert.equal(f[0].suggestions[0], "June 2021");
    assert.match(f[0].message, /f2\.md, line 6/);
  });
  it("invalid: the first date keeps its own event", () => {
    const draft = "Councillors say the island transport charter from June 2021 still binds any operator.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["June 2021"]);
    assert.equal(f[0].suggestions[0], "May 2019");
  });
});

/**
 * An invented transit walkout: a dateline lead whose weekday names the
 * dateline's day, a restart date later, a ratification, a fare freeze, two
 * fires at one terminal. The walkout, the city and the trams are everywhere.
 */
const WALKOUT: Record<string, string> = {
  "w1.txt": [
    "Tram and ferry walkout halts Vellmark",
    "",
    "VELLMARK, May 6 (Lowland Wire) — Trams and ferries across Vellmark came to a halt on Tuesday as transit workers started an indefinite walkout over pay.",
    "",
    "The drivers' union said the walkout would continue until the city improved its offer.",
  ].join("\n"),
  "w2.md": [
    "---",
    "title: Vellmark deal ends transit walkout",
    "date: 2025-05-28",
    "---",
    "",
    "The transit authority said trams and ferries would begin running again on Friday, May 30, after union members accepted a revised offer.",
    "",
    "Union members ratified the agreement on May 27 by a large majority.",
    "",
    "Councillors approved a freeze on tram and ferry fares on May 21.",
    "",
    "A second fire closed the Orrin Quay ferry terminal again on May 22.",
    "",
    "The walkout in Vellmark had cost shops and cafes in the city centre about 2 million euros by May 20, traders said.",
    "",
    "On Thursday, transit authority chair Odile Brannock approved the new timetable for trams and ferries in Vellmark.",
  ].join("\n"),
  "w3.txt": [
    "Fire closes Orrin Quay terminal",
    "",
    "VELLMARK, May 15 (Lowland Wire) — A fire closed the Orrin Quay ferry terminal and forced the transit authority to send passengers to other piers.",
    "",
    "Firefighters said nobody was hurt.",
  ].join("\n"),
};

describe("date-mismatch: the same things, another event", () => {
  const e = engineFrom(WALKOUT);
  const dates = (draft: string) => findingsOf(e, draft, "date");
  describe("valid: stays quiet", () => {
    for (const [why, draft] of [
      ["stopping is not restarting; the dateline's lead agrees", "Trams and ferries in Vellmark stopped on Tuesday, May 6, when the walkout started."],
      ["stopping is not restarting; no weekday", "Trams and ferries in Vellmark stopped running on May 6."],
      ["the dateline dates the lead event; another fire of the same kind does not contradict it", "A fire closed the Orrin Quay ferry terminal on May 15."],
      ["stopping is not restarting, with the weekday", "Trams and ferries across Vellmark stopped running on Tuesday, May 6, when the walkout started."],
      ["announcing is not approving", "Councillors announced a freeze on tram and ferry fares on May 12."],
      ["a vote is not the ratification", "Union members voted on the agreement on May 24."],
      ["only the setting in common", "On May 13, the transit walkout in Vellmark entered its second week, with trams and ferries idle."],
      ["a bare weekday for another act by the same person", "On Wednesday, transit authority chair Odile Brannock unveiled the new timetable for trams and ferries in Vellmark."],
    ] as Array<[string, string]>) {
      it(`${why}: ${JSON.stringify(draft.slice(0, 60))}`, () => assert.deepEqual(flagged(draft, dates(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("the lead's weekday, resolved against the dateline, dates the stop", () => {
      const draft = "Trams and ferries across Vellmark came to a halt on May 7 as transit workers started their walkout.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["May 7"]);
      assert.deepEqual(f[0].suggestions, ["May 6"]);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /w1\.txt, line 3/);
    });
    for (const [draft, span, fix, where] of [
      ["The transit authority said trams and ferries would begin running again on May 29.", "May 29", "May 30", /w2\.md, line 6/],
      ["Union members ratified the agreement on May 26.", "May 26", "May 27", /w2\.md, line 8/],
      ["Councillors approved a freeze on tram and ferry fares on May 20.", "May 20", "May 21", /w2\.md, line 10/],
    ] as Array<[string, string, string, RegExp]>) {
      it(`the same kind of event: ${span} -> ${fix}`, () => {
        const f = dates(draft);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.deepEqual(f[0].suggestions, [fix]);
        assert.equal(f[0].severity, "warning");
        assert.match(f[0].message, where);
      });
    }
    it("a bare weekday for the same act", () => {
      const draft = "On Wednesday, transit authority chair Odile Brannock approved the new timetable for trams and ferries in Vellmark.";
      const f = dates(draft);
      assert.deepEqual(flagged(draft, f), ["Wednesday"]);
      assert.deepEqual(f[0].suggestions, ["Thursday"]);
    });
  });
  it("the dateline's date carries the lead's words", () => {
    const dateline = e.kb.dates.events.find((x) => x.dateline);
    assert.ok(dateline);
    assert.equal(dateline.mention.text, "May 6");
    const words = dateline.context.map((w) => w.key);
    for (const w of ["tram", "ferry", "halt"]) assert.ok(words.some((k) => k.startsWith(w)), `${w} in ${words.join(" ")}`);
    assert.ok(!words.includes("lowland"), words.join(" "));
  });
});

describe("date-mismatch: only the setting in common", () => {
  // An invented brewery town: the brewery, its hall and the town stand next to every date.
  const e = engineFrom({
    "b1.md": [
      "---",
      "title: What the brewery's exit means for Fenwick Cross",
      "date: 2024-03-15",
      "---",
      "",
      "The loss of the Aldous brewery will cost Fenwick Cross far more than the 210 jobs inside its bottling hall, according to a report published on Thursday by the Fenwick Cross chamber of trade.",
      "",
      "Shops near the brewery gates in Fenwick Cross expect to lose trade.",
      "",
      "The Aldous brewery in Fenwick Cross was last expanded in 2009.",
      "",
      "Union talks with Aldous about the bottling hall in Fenwick Cross are due to end in late April.",
    ].join("\n"),
  });
  const dates = (draft: string) => findingsOf(e, draft, "date");
  it("valid: a shutdown date where the corpus dates only a report about the same brewery", () => {
    const draft = "The Aldous brewery said on Monday it will shut its bottling hall in Fenwick Cross by the end of July, putting 210 jobs at risk.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: the expansion, a word only that event has", () => {
    const draft = "The Aldous brewery in Fenwick Cross was last expanded in 2011.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["2011"]);
    assert.deepEqual(f[0].suggestions, ["2009"]);
  });
});

describe("date-mismatch: two corpus events match about equally, one agrees", () => {
  const e = engineFrom({
    "e1.txt": [
      "Harbour levy review",
      "",
      "4 June 2024",
      "",
      "The Dunlin levy dates from May 2019.",
      "",
      "Receipts from the Dunlin harbour levy on yachts jumped in May 2021, the board said.",
    ].join("\n"),
  });
  for (const draft of ["Receipts from the Dunlin levy date from May 2019.", "The Dunlin harbour levy dates from May 2019."]) {
    it(`valid: ${JSON.stringify(draft)}`, () => assert.deepEqual(flagged(draft, findingsOf(e, draft, "date")), []));
  }
  it("invalid: a year neither gives", () => {
    const draft = "The Dunlin levy dates from May 2018.";
    const f = findingsOf(e, draft, "date");
    assert.deepEqual(flagged(draft, f), ["May 2018"]);
    assert.equal(f[0].suggestions[0], "May 2019");
  });
});

describe("date-mismatch: \"again\" in both the draft and the corpus is the same occasion", () => {
  const strike = engineFrom({
    "a2.md": [
      "---",
      "title: Talks resume in Kellford bus strike",
      "date: 2024-05-17",
      "---",
      "",
      "Negotiators for the union and the transit authority met again on Thursday for the first time since the strike began.",
      "",
      "The strike has cost local shops an estimated $2 million a day, the chamber of commerce said.",
    ].join("\n"),
  });
  const dates = (draft: string) => findingsOf(strike, draft, "date");
  it("valid: the corpus's weekday", () => {
    const draft = "Negotiators met again on Thursday.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("valid: \"again\" that the corpus sentence does not write may be another meeting", () => {
    const draft = "The negotiators later met on Wednesday.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: another weekday for the meeting the corpus says took place again", () => {
    const draft = "Negotiators met again on Wednesday for the first time since the strike began.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Wednesday"]);
    assert.match(f[0].message, /to Thursday, not Wednesday/);
  });
});

describe("date-mismatch: both weekdays date the saying", () => {
  // An invented university story: the corpus reports the statement as made on Tuesday.
  const e = engineFrom({
    "u1.txt": [
      "Marwick University to close its Hollin campus",
      "",
      "9 May 2024",
      "",
      "Marwick University governors voted to close the Hollin campus next year and move 1,200 students to the main site, the university said on Tuesday.",
    ].join("\n"),
  });
  const dates = (draft: string) => findingsOf(e, draft, "date");
  it("invalid: the announcement dated to another weekday, though its verb differs from the corpus's", () => {
    const draft = "Marwick University announced on Wednesday that governors voted to close the Hollin campus next year.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Wednesday"]);
    assert.equal(f[0].suggestions[0], "Tuesday");
  });
  it("valid: the same weekday", () => {
    const draft = "Marwick University announced on Tuesday that governors voted to close the Hollin campus next year.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
});

describe("date-mismatch: a march, its distance converted in brackets", () => {
  // The verb "march" is no month, and "(19 km)" does not cut the phrase in two.
  const e = engineFrom({
    "m1.txt": [
      "Strikers plan march",
      "",
      "2 October 2024",
      "",
      "Ola Brandt, the union's general secretary, announced that the union would march from Kelby to Arnside on Saturday, October 5, a distance of 12 miles (19 km), ending with a rally outside the town hall.",
      "",
      "The strike at the Kelby works began on Monday, September 30.",
    ].join("\n"),
  });
  const dates = (draft: string) => findingsOf(e, draft, "date");
  it("invalid: the march on another day", () => {
    const draft = "The union will march 12 miles (19 km) from Kelby to Arnside on Sunday, October 6, finishing with a rally outside the town hall.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Sunday, October 6"]);
    assert.equal(f[0].suggestions[0], "Saturday, October 5");
  });
  it("valid: the march on its day", () => {
    const draft = "The union will march 12 miles (19 km) from Kelby to Arnside on Saturday, October 5, finishing with a rally outside the town hall.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
});

describe("date-mismatch: a sentence like one whose date is of the saying", () => {
  const e = engineFrom({
    "v1.txt": [
      "Dockers back deal",
      "",
      "19 October 2024",
      "",
      "The Harbour Workers' Union said on Friday, October 18, that 79% of members who voted had backed the agreement, on a turnout of 81%.",
    ].join("\n"),
  });
  it("valid: the draft's date is of an act, the corpus's of a statement", () => {
    const draft = "Members of the Harbour Workers' Union voted 87% in favour of a strike, on a 74% turnout, and walked out on Monday, September 30.";
    assert.deepEqual(flagged(draft, findingsOf(e, draft, "date")), []);
  });
});
