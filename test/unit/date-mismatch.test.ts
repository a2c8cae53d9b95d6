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
      "On Monday, Ossberg called the offer fair.", // relative: not checked against the corpus
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
