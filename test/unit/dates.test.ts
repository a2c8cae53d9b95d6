import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeBase } from "../../server/src/engine/analysis/analyze";
import {
  addDays,
  comparePredicates,
  datesStatement,
  daysInMonth,
  eventContext,
  findDates,
  formatDate,
  nearestYear,
  predicateKind,
  quotedTitles,
  styleOf,
  weekdayOf,
} from "../../server/src/engine/analysis/dates";
import type { DateMention } from "../../server/src/engine/analysis/facts";
import { datelineParts, type SimpleDate } from "../../server/src/engine/corpus/article";
import { engineFrom, RIVERTON } from "../helpers";

const plainCtx = { isCommon: (w: string) => /^[a-z]/.test(w) };
const dates = (text: string, ref?: SimpleDate): DateMention[] => findDates(analyzeBase(text, "plaintext", plainCtx), ref);
const one = (text: string, ref?: SimpleDate) => {
  const found = dates(text, ref);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(found.map((d) => d.text))}`);
  return found[0];
};
const fields = (d: DateMention) => ({ year: d.year, month: d.month, day: d.day, weekday: d.weekday, part: d.part, relative: d.relative });

describe("calendar arithmetic", () => {
  it("weekdays of known dates", () => {
    assert.equal(weekdayOf(2000, 1, 1), 6); // Saturday
    assert.equal(weekdayOf(2024, 2, 29), 4); // Thursday, a leap day
    assert.equal(weekdayOf(2023, 10, 12), 4);
    assert.equal(weekdayOf(2022, 10, 12), 3);
    assert.equal(weekdayOf(1999, 12, 31), 5);
  });
  it("month lengths and leap years", () => {
    assert.equal(daysInMonth(2, 2023), 28);
    assert.equal(daysInMonth(2, 2024), 29);
    assert.equal(daysInMonth(2, 1900), 28);
    assert.equal(daysInMonth(2, 2000), 29);
    assert.equal(daysInMonth(2), 29); // year unknown: allow the leap day
    assert.equal(daysInMonth(9, 2023), 30);
  });
  it("adding days crosses months and years", () => {
    assert.deepEqual(addDays({ year: 2023, month: 12, day: 30 }, 3), { year: 2024, month: 1, day: 2 });
    assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 });
  });
  it("the nearest year to a reference date", () => {
    assert.equal(nearestYear(1, 5, { year: 2023, month: 12, day: 20 }), 2024);
    assert.equal(nearestYear(12, 28, { year: 2024, month: 1, day: 3 }), 2023);
    assert.equal(nearestYear(6, 1, { year: 2024, month: 4, day: 1 }), 2024);
  });
});

describe("findDates: absolute dates", () => {
  for (const [text, date, expected] of [
    ["The vote was held on Thursday, October 12, 2023 in Lakemoor.", "Thursday, October 12, 2023", { year: 2023, month: 10, day: 12, weekday: 4 }],
    ["The vote was held on October 12 in Lakemoor.", "October 12", { month: 10, day: 12 }],
    ["The vote was held on 12 October 2023 in Lakemoor.", "12 October 2023", { year: 2023, month: 10, day: 12 }],
    ["The vote was held on the 12th of October.", "12th of October", { month: 10, day: 12 }],
    ["This Thursday, October 12, the council voted.", "Thursday, October 12", { month: 10, day: 12, weekday: 4 }],
    ["It opened on Oct. 3, 2021, to crowds.", "Oct. 3, 2021", { year: 2021, month: 10, day: 3 }],
    ["The log starts 2021-06-30 at noon.", "2021-06-30", { year: 2021, month: 6, day: 30 }],
    ["The safety report from June 2022 found cracks.", "June 2022", { year: 2022, month: 6 }],
    ["The strike that began in mid-September ended.", "mid-September", { month: 9, part: "mid" }],
    ["The strike that began in mid -September ended.", "mid -September", { month: 9, part: "mid" }],
    ["Work resumes in early March.", "early March", { month: 3, part: "early" }],
    ["Work resumes at the end of March.", "the end of March", { month: 3, part: "late" }],
    ["Work resumed in May after the storm.", "May", { month: 5 }],
    ["The 2019 merger created one authority.", "2019", { year: 2019 }],
    ["The authorities merged in 2019.", "2019", { year: 2019 }],
  ] as Array<[string, string, Partial<DateMention>]>) {
    it(JSON.stringify(text), () => {
      const d = one(text);
      assert.equal(d.text, date);
      assert.equal(text.slice(d.span.start, d.span.end), date);
      assert.deepEqual(JSON.parse(JSON.stringify(fields(d))), expected);
    });
  }
  it("several dates in one sentence, in order", () => {
    const found = dates("The 2016 and 2018 agreements were abandoned after its 2020 collapse.");
    assert.deepEqual(found.map((d) => d.year), [2016, 2018, 2020]);
  });
});

describe("findDates: what is not a date", () => {
  for (const text of [
    "May I ask a question?",
    "He flew to Mar-a-Lago for talks.",
    "More than 2000 workers joined the strike.",
    "The fund holds 1,999 shares.",
    "It cost $2015 in total.",
    "Turnout was 2021 percent of the quota.",
    "The 1990s were calmer.",
    "Call 555-2020-11 for details.",
    "The march through the city was peaceful.",
    "She will march on the capital.",
  ]) {
    it(JSON.stringify(text), () => assert.deepEqual(dates(text).filter((d) => !d.relative).map((d) => d.text), []));
  }
});

describe("findDates: relative dates", () => {
  const ref = { year: 2023, month: 10, day: 12 }; // a Thursday
  it("kept unresolved without an article date", () => {
    const d = one("The union leader spoke on Tuesday.");
    assert.deepEqual(JSON.parse(JSON.stringify(fields(d))), { weekday: 2, relative: true });
    assert.equal(d.text, "Tuesday");
  });
  it("a past weekday resolves to the last such day", () => {
    const d = one("The union leader spoke on Tuesday.", ref);
    assert.deepEqual(JSON.parse(JSON.stringify(fields(d))), { year: 2023, month: 10, day: 10, weekday: 2, relative: true });
  });
  it("a future weekday resolves to the coming one", () => {
    const d = one("The council will vote on Monday.", ref);
    assert.deepEqual([d.month, d.day], [10, 16]);
  });
  it("last / next", () => {
    assert.deepEqual([one("They met last Thursday.", ref).day], [5]);
    assert.deepEqual([one("They meet next Thursday.", ref).day], [19]);
  });
  it("yesterday and tomorrow", () => {
    assert.deepEqual([one("The crane fell yesterday.", ref).day], [11]);
    const u = one("The crane fell yesterday.");
    assert.equal(u.relative, true);
    assert.equal(u.day, undefined);
  });
  describe("the verb the weekday dates decides past or future, not the rest of the sentence", () => {
    const sat = { year: 2023, month: 10, day: 14 }; // a Saturday: last Thursday is the 12th, the coming one the 19th
    for (const [text, day] of [
      ["The union said on Thursday that it plans to close the depot.", 12],
      ["Dockers have voted to strike over the port's plan to close the depot, their union said on Thursday.", 12],
      ["The ferry company said on Thursday it will close the depot.", 12],
      ["The committee, which met on Thursday, will report next month.", 12],
      ["The council will vote on Thursday.", 19],
      ["On Thursday, the council will vote on the plan.", 19],
      ["The report is due to be published on Thursday.", 19],
      ["The union said it will strike on Thursday.", 19],
    ] as Array<[string, number]>) {
      it(JSON.stringify(text), () => assert.deepEqual([one(text, sat).month, one(text, sat).day], [10, day]));
    }
  });
  it("whether a weekday dates a statement or an act", () => {
    const at = (text: string, w: string) => datesStatement(text, text.indexOf(w), text.indexOf(w) + w.length);
    assert.equal(at("The minister said on Thursday that talks would resume.", "Thursday"), true);
    assert.equal(at("On Tuesday, the minister warned that talks could fail.", "Tuesday"), true);
    assert.equal(at("The ballot, which closed on Thursday, showed anger, the union said.", "Thursday"), false);
    assert.equal(at("The council voted on Monday to close the pier.", "Monday"), false);
    assert.equal(at("Monday.", "Monday"), undefined);
  });
  it("a weekday written with its date is not relative", () => {
    const d = one("They met this Thursday, October 12, at the hall.", ref);
    assert.equal(d.relative, undefined);
  });
});

describe("findDates: event words", () => {
  it("the noun a date modifies and the place after it", () => {
    const d = one("Delegates left ahead of the March 28 summit in Velmora.");
    assert.ok(d.event.includes("summit"), d.event.join(" "));
    assert.ok(d.event.slice(0, 3).some((w) => w.startsWith("velmor")), d.event.join(" "));
  });
  it("the phrase a date closes", () => {
    const d = one("Observers recalled the annexation of Dranvik in 2014.");
    assert.deepEqual(d.event.slice(0, 2).sort(), ["annexation", "dranvik"]);
  });
  it("each date of a sentence keeps its own event", () => {
    const found = dates("The 2016 and 2018 agreements were abandoned after its 2020 collapse.");
    assert.equal(found[0].event[0], "agreement");
    assert.equal(found[2].event[0], "collapse");
    assert.ok(!found[0].event.slice(0, 2).includes("collapse"));
  });
  it("a quoted title next to a date is its event, as one unit", () => {
    const quoted = one('Delegates praised the "Northern Waters Fisheries Accord", signed in June 2021, at the summit.');
    assert.deepEqual(quoted.event.slice(0, 5).sort(), ["accord", "fishery", "northern", "sign", "water"]);
    // Unquoted, the far words of the name count less.
    const plain = one("Delegates praised the Northern Waters Fisheries Accord, signed in June 2021, at the summit.");
    assert.ok(!plain.event.slice(0, 5).includes("northern"), plain.event.join(" "));
  });
  it("words between two dates belong to the later one when the first is closed by a coordinator", () => {
    const [a, b] = dates('The rules follow the harbour charter from May 2019 and the "Northern Waters Fisheries Accord" from June 2021.');
    assert.ok(a.event.includes("charter"), a.event.join(" "));
    assert.ok(!a.event.includes("accord"), a.event.join(" "));
    assert.ok(b.event.includes("accord") && b.event.includes("northern"), b.event.join(" "));
    const [c, e] = dates("The pact was signed in 2019 and renewed with new quotas in 2023.");
    assert.ok(c.event.includes("pact") && !c.event.includes("renew"), c.event.join(" "));
    assert.ok(e.event.some((w) => w.startsWith("renew")), e.event.join(" "));
  });
  it("quoted titles are capitalised quotations, not quoted speech", () => {
    const text = 'He called the "Harbour Safety Compact" a "clearly unacceptable" deal, said "We will not sign it" and praised “Ports of the North”.';
    assert.deepEqual(quotedTitles(text).map((r) => text.slice(r.start, r.end)), ['"Harbour Safety Compact"', "“Ports of the North”"]);
    assert.deepEqual(quotedTitles("She said “the port will close” today."), []);
  });
  it("analysis runs the same way on corpus articles (with their dateline)", () => {
    const e = engineFrom(RIVERTON);
    const a1 = e.kb.articles.find((a) => a.id === "a1.txt")!;
    const closed = a1.dates.find((d) => d.text === "Tuesday, April 9")!;
    assert.ok(closed.event.includes("bridge"), closed.event.join(" "));
    const inferred = e.kb.dates.events.find((x) => x.mention === closed)!;
    assert.equal(inferred.date.year, 2024); // from the article's dateline
    assert.equal(inferred.yearFromArticle, true);
  });
});

describe("writing a date like the draft does", () => {
  const style = (text: string) => styleOf(one(`It happened on ${text} there.`));
  it("keeps order, weekday, ordinals and parts", () => {
    assert.equal(formatDate({ month: 10, day: 12, weekday: 4 }, style("Wednesday, October 11")), "Thursday, October 12");
    assert.equal(formatDate({ month: 10, day: 12 }, style("11 October")), "12 October");
    assert.equal(formatDate({ month: 10, day: 12, year: 2023 }, style("11th of October 2023")), "12th of October 2023");
    assert.equal(formatDate({ month: 7, year: 2023 }, style("July 2022")), "July 2023");
    assert.equal(formatDate({ month: 2, part: "mid" }, style("mid-January")), "mid-February");
    assert.equal(formatDate({ year: 2014 }, style("2015")), "2014");
  });
});

describe("predicates: what kind of thing a date's event is", () => {
  it("general-English verbs and their nouns, by kind", () => {
    assert.equal(predicateKind("stopped"), "end");
    assert.equal(predicateKind("Closure"), "end");
    assert.equal(predicateKind("reopened"), "resume");
    assert.equal(predicateKind("began"), "begin");
    assert.equal(predicateKind("ratification"), "ratify");
    assert.equal(predicateKind("unveiled"), "announce");
    // Words that are mostly something else are not predicates.
    for (const w of ["close", "found", "sign", "said", "ferry"]) assert.equal(predicateKind(w), undefined, w);
  });
  /** The event words of the first date of a one-sentence text. */
  const ctx = (text: string) => eventContext(analyzeBase(text, "plaintext", plainCtx).sentences[0], dates(text), 0);
  for (const [a, b, expected] of [
    ["The trams stopped running on May 6.", "The trams would begin running again on May 30.", "different"],
    ["The depot closed on May 6.", "The depot reopened on May 30.", "different"],
    ["The council announced the levy on May 6.", "The council approved the levy on May 30.", "different"],
    ["Members voted on the pact on May 6.", "Members ratified the pact on May 30.", "different"],
    ["The trams stopped running on May 6.", "The trams came to a halt on May 6.", "same"],
    ["Councillors voted on the levy on May 6.", "Councillors approved the levy on May 6.", "same"],
    ["The dockers' strike that began in mid-May ended in June.", "The dockers' strike began in mid-May.", "same"],
    ["The levy dates from May 2019.", "Councillors approved the levy in May 2019.", undefined],
  ] as Array<[string, string, string | undefined]>) {
    it(`${JSON.stringify(a)} / ${JSON.stringify(b)}: ${expected}`, () => assert.equal(comparePredicates(ctx(a), ctx(b)), expected));
  }
  it("a subordinate clause's verb is not the date's predicate", () => {
    const a = ctx("The trams stopped running on May 7 as the walkout started.");
    assert.equal(comparePredicates(a, ctx("The trams would begin running again on May 30.")), "different");
  });
});

describe("datelines", () => {
  for (const [text, date, body] of [
    ["VELLMARK, May 6 (Lowland Wire) — Trams stopped.", "May 6", "Trams stopped."],
    ["ORLAN BAY, Scotland, 6 May 2025 - The ferry left.", "6 May 2025", "The ferry left."],
    ["May 6, 2025 — The ferry left.", "May 6, 2025", "The ferry left."],
    ["VELLMARK, May 6 (Lowland Wire) The ferry left.", "May 6", "The ferry left."],
  ]) {
    it(JSON.stringify(text), () => {
      const d = datelineParts(text);
      assert.ok(d);
      assert.equal(text.slice(d.date.start, d.date.end), date);
      assert.equal(text.slice(d.body), body);
    });
  }
  for (const text of ["Vellmark, May 6 — trams stopped.", "May 6 was a quiet day.", "On May 6 the trams stopped.", "VELLMARK, May 6, trams stopped."]) {
    it(`not a dateline: ${JSON.stringify(text)}`, () => assert.equal(datelineParts(text), undefined));
  }
  it("the dateline's date takes the lead's words; a weekday naming the same day does not split them", () => {
    const e = engineFrom({
      "l1.txt": "Ferry stops\n\nORLAN BAY, May 6, 2025 (Isles Wire) — The Glenmara ferry stopped its crossings on Tuesday after a storm damaged the pier.",
    });
    const ev = e.kb.dates.events.find((x) => x.dateline)!;
    assert.ok(ev, JSON.stringify(e.kb.dates.events.map((x) => x.mention.text)));
    const top = ev.context.slice(0, 6).map((w) => w.key);
    assert.ok(top.includes("glenmara") && top.includes("ferry"), top.join(" "));
    assert.ok(!ev.context.some((w) => w.key === "isle"), top.join(" "));
    const tuesday = e.kb.dates.events.find((x) => x.mention.text === "Tuesday")!;
    assert.deepEqual([tuesday.date.month, tuesday.date.day], [5, 6]);
  });
  it("the lead's weekday is resolved against the dateline, not a later publication date", () => {
    const e = engineFrom({
      "l2.md": "---\ntitle: Ferry stops\ndate: 2025-05-14\n---\n\nORLAN BAY, May 6 (Isles Wire) — The Glenmara ferry stopped its crossings on Tuesday after a storm.\n\nRepairs began on Monday.",
    });
    const day = (text: string) => {
      const ev = e.kb.dates.events.find((x) => x.mention.text === text)!;
      return [ev.date.year, ev.date.month, ev.date.day];
    };
    assert.deepEqual(day("Tuesday"), [2025, 5, 6]);
    assert.deepEqual(day("Monday"), [2025, 5, 12]); // later sentences keep the article's date
  });
});
