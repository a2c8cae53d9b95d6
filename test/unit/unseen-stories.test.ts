// Generalisation tables for the title, date, number and quote checks: two
// invented stories unrelated to each other and to every other corpus the
// project uses (a hospital merger; a wildfire and its evacuation), with drafts
// that plant errors in many shapes and paraphrase correct facts, which must
// stay quiet. textlint-tester style: valid drafts flag nothing of the
// category, invalid drafts flag exactly the given span.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Category } from "../../server/src/engine/types";
import { engineFrom, findingsOf, flagged } from "../helpers";

/** A hospital merger: board votes, budgets, staff counts, officials with titles. */
export const MERGER: Record<string, string> = {
  "m1.txt": [
    "Hospital boards approve Larkspur-Ashgrove merger",
    "",
    "13 June 2023",
    "",
    "FENWICK -- The boards of Larkspur General Hospital and Ashgrove Medical Centre voted on Monday to merge the two hospitals, creating the largest health system in the county.",
    "The Larkspur board approved the deal by 9 votes to 2, and the Ashgrove board backed it by 7 votes to 4.",
    "The combined system will employ about 6,400 people and run 1,150 beds.",
    "Larkspur chief executive Corinne Vashti-Holm will lead the merged company.",
    "\"This merger keeps care close to home for every family in the valley,\" Vashti-Holm said after the vote. \"No emergency department will close.\"",
    "Ashgrove's chief financial officer, Dmitri Okonjo, said the merger would save $4.2 million a year in purchasing costs.",
    "The hospitals first discussed a merger in 2019, but those talks collapsed in March 2020.",
  ].join("\n"),
  "m2.md": [
    "---",
    "title: Merger wins state approval",
    "date: 2023-09-08",
    "---",
    "",
    "# Merger wins state approval",
    "",
    "The state health department approved the merger of Larkspur General Hospital and Ashgrove Medical Centre on Thursday, September 7.",
    "",
    "The approval requires the merged system to keep both emergency departments open for at least five years.",
    "",
    "Halvard Quist, president of the Fenwick nurses' union, said two-thirds of its members had concerns about staffing.",
    "",
    "The union represents 1,800 registered nurses at the two hospitals.",
    "",
    "Under the plan, 120 patient transport aides will move to a single dispatch centre.",
    "",
    "The merged system's budget for 2024 is $910 million, up 6 percent from the two hospitals' combined spending this year.",
    "",
    "Ashgrove's operating margin fell by 3 percentage points last year, to 1.5 percent.",
    "",
    "\"We will hold the board to every promise it made,\" Quist said. \"If staffing falls, we will go straight to the state.\"",
  ].join("\n"),
  "m3.txt": [
    "Merged hospital names its board",
    "",
    "2 October 2023",
    "",
    "FENWICK -- The merged system, to be called Fenwick Valley Health, named an 11-member board on Monday.",
    "Former state senator Lucinda Marrow-Page will chair the board.",
    "Eleanor Tsai, the former chief executive of Ashgrove, will serve as vice-chair.",
    "The transition will run from October 16 to December 31, the company said.",
    "Patients paid an average of $42 per visit in parking fees, a charge the board said it would halve.",
    "Between 30 and 40 administrative posts will be cut, the system said.",
    "",
    "\"We spent four years getting to this point, and the staff carried us through it.",
    "",
    "\"Now the hard part starts: making two hospitals one,\" Marrow-Page told reporters.",
  ].join("\n"),
};

/** A wildfire: acreage, evacuations, containment, dates and county officials. */
export const WILDFIRE: Record<string, string> = {
  "w1.txt": [
    "Cedar Hollow fire forces thousands to flee",
    "",
    "15 August 2022",
    "",
    "PINE RIDGE -- The Cedar Hollow fire had burned 18,500 acres by Sunday evening and forced about 3,200 residents from their homes, county fire chief Rosa Delacourt-Vane said.",
    "The fire started on the afternoon of Thursday, August 11, near the Wexley campground.",
    "It is the largest fire in the county since 2013, when the Tamber Creek fire burned 31,000 acres.",
    "Sheriff Augustin Mbeki-Larsen said 47 homes had been destroyed and 12 more damaged.",
    "\"If you are told to leave, leave. Do not wait to see the flames,\" Delacourt-Vane said.",
    "Crews had contained 15 percent of the fire by Monday morning.",
    "More than 600 firefighters, including 140 volunteer brigade members, are working the fire.",
  ].join("\n"),
  "w2.md": [
    "---",
    "title: Evacuation orders lifted in Pine Ridge",
    "date: 2022-08-19",
    "---",
    "",
    "County officials lifted evacuation orders for Pine Ridge on Wednesday, allowing nearly 2,000 residents to return home.",
    "",
    "The fire was 60 percent contained on Thursday, up from 35 percent on Tuesday.",
    "",
    "State forestry director Julien Achebe-Ward said the fire had cost $11.5 million to fight, about $620 per acre.",
    "",
    "Governor Teodora Halloway declared a state of emergency on August 12.",
    "",
    "\"The wind turned in our favour on Tuesday night,\" Achebe-Ward said, \"and the crews made the most of it.\"",
    "",
    "Roughly one in five evacuated households stayed in county shelters.",
  ].join("\n"),
  "w3.txt": [
    "Investigators blame campfire for Cedar Hollow blaze",
    "",
    "3 September 2022",
    "",
    "PINE RIDGE -- Investigators said the Cedar Hollow fire was caused by an unattended campfire.",
    "The final burned area was 21,300 acres, the county said.",
    "Schools in Pine Ridge reopened on the 29th of August.",
    "Delacourt-Vane, the county fire chief, said the county would hire 25 seasonal fire lookout staff next summer.",
    "Insurers have paid out 4.8m dollars in claims so far, the state insurance office said.",
  ].join("\n"),
};

const merger = engineFrom(MERGER);
const wildfire = engineFrom(WILDFIRE);
type Case = [string, string];

/** Tables of drafts for one category: valid ones flag nothing, invalid ones flag exactly the given text. */
function table(category: Category, valid: string[], invalid: Case[]): void {
  describe(`${category}: valid (quiet)`, () => {
    for (const marked of valid) {
      const [engine, draft] = pick(marked);
      it(JSON.stringify(draft.slice(0, 70)), () => assert.deepEqual(flagged(draft, findingsOf(engine, draft, category)), []));
    }
  });
  describe(`${category}: invalid (flagged)`, () => {
    for (const [marked, span] of invalid) {
      const [engine, draft] = pick(marked);
      it(`${JSON.stringify(draft.slice(0, 60))} -> ${span}`, () => {
        const f = findingsOf(engine, draft, category);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.ok(f[0].evidence.length > 0, "a finding has evidence");
      });
    }
  });
}

/** Each draft is checked against the story its words belong to: "[M]" marks a merger draft, anything else is the wildfire. */
const M = "[M] ";
const pick = (draft: string): [ReturnType<typeof engineFrom>, string] => (draft.startsWith(M) ? [merger, draft.slice(M.length)] : [wildfire, draft]);
const m = (s: string) => M + s;

describe("unseen stories", () => {
  table(
    "number",
    [
      // Paraphrases, words for digits, rounded qualifiers.
      m("The two boards voted on Monday to merge; the combined system will employ roughly 6,400 people."),
      m("The merged system will have 1,150 beds and about 6,400 staff."),
      m("Okonjo said the deal would save $4.2m a year in purchasing costs."),
      m("Okonjo said the merger would save 4.2 million dollars a year on purchasing."),
      m("The union represents eighteen hundred registered nurses at the two hospitals."),
      m("Quist said two thirds of union members had concerns about staffing."),
      m("Quist said about 67 percent of members had concerns about staffing."),
      m("Under the plan, 120 patient transport aides will move to one dispatch centre."),
      m("The budget for 2024 is $910 million, 6% more than the hospitals spend this year."),
      m("Ashgrove's operating margin fell 3 percentage points to 1.5 percent."),
      m("Between 30 and 40 administrative posts will be cut."),
      m("About 35 administrative posts will be cut, the system said."),
      m("Patients paid an average of $42 a visit in parking fees."),
      m("The Larkspur board approved the deal 9-2."),
      // Another quantity in the same sentence: the 6 percent rise is not the margin.
      m("The budget rose 6 percent, while Ashgrove's margin stood at 1.5 percent."),
      m("The merged system has 1,150 beds and will cut at least 30 administrative posts."),
      // Same units, unrelated subjects.
      m("A parking garage with 400 spaces opened downtown."),
      m("The city library added 12 percent more books this year."),
      "The Cedar Hollow fire had burned 18,500 acres by Sunday evening.",
      "The fire burned some 18,500 acres and forced roughly 3,200 residents to flee.",
      "By the end, the fire had burned 21,300 acres.",
      "Mbeki-Larsen said forty-seven homes had been destroyed and a dozen damaged.",
      "Crews had contained 15% of the fire by Monday morning.",
      "The fire was 60 percent contained on Thursday.",
      "The fire was 35 percent contained on Tuesday.",
      // Two figures of one unit: each is matched to its own clause, not to the other's.
      "Containment rose from 35 percent on Tuesday to 60 percent on Thursday.",
      "The fire was 35 percent contained on Tuesday and 60 percent contained on Thursday.",
      "Over 600 firefighters are working the fire, 140 of them volunteer brigade members.",
      "The fire cost $11.5 million to fight, or about $620 an acre.",
      "Nearly 2,000 residents were allowed to return home on Wednesday.",
      "About one in five evacuated households stayed in county shelters.",
      "Roughly 20 percent of evacuated households stayed in county shelters.",
      "The county will hire 25 seasonal fire lookout staff next summer.",
      "Insurers have paid out $4.8 million in claims so far.",
      // A figure about the earlier fire stays apart from this one.
      "The Tamber Creek fire burned 31,000 acres.",
    ],
    [
      [m("The combined system will employ about 7,400 people and run 1,150 beds."), "about 7,400 people"],
      [m("The combined system will employ about 6,400 people and run 1,250 beds."), "1,250 beds"],
      [m("Okonjo said the merger would save $2.4 million a year in purchasing costs."), "$2.4 million a year"],
      [m("Okonjo said the merger would save 4.6m dollars a year in purchasing costs."), "4.6m dollars a year"],
      [m("The union represents 1,600 registered nurses at the two hospitals."), "1,600 registered nurses"],
      [m("Quist said three-quarters of union members had concerns about staffing."), "three-quarters"],
      [m("Under the plan, 150 patient transport aides will move to a single dispatch centre."), "150 patient transport aides"],
      [m("The merged system's budget for 2024 is $950 million."), "$950 million"],
      [m("The budget for 2024 is up 9 percent from the hospitals' combined spending this year."), "9 percent"],
      [m("Ashgrove's operating margin fell by 5 percentage points last year."), "5 percentage points"],
      [m("Between 50 and 60 administrative posts will be cut, the system said."), "50 and 60 administrative posts"],
      [m("Patients paid an average of $24 per visit in parking fees."), "$24"],
      [m("The merged system named a nine-member board on Monday."), "nine-member"],
      ["The Cedar Hollow fire had burned 15,800 acres by Sunday evening, the fire chief said.", "15,800 acres"],
      ["The fire forced about 2,300 residents from their homes, Delacourt-Vane said.", "about 2,300 residents"],
      ["Sheriff Mbeki-Larsen said 74 homes had been destroyed.", "74 homes"],
      ["Crews had contained 25 percent of the fire by Monday morning.", "25 percent"],
      ["The fire was 80 percent contained on Thursday.", "80 percent"],
      ["The fire was 35 percent contained on Tuesday and 70 percent contained on Thursday.", "70 percent"],
      ["More than 800 firefighters are working the fire.", "More than 800 firefighters"],
      ["More than 600 firefighters, including 170 volunteer brigade members, are working the fire.", "170 volunteer brigade members"],
      ["The fire had cost $11.5 million to fight, about $260 per acre.", "about $260"],
      ["The county would hire 35 seasonal fire lookout staff next summer, Delacourt-Vane said.", "35 seasonal fire lookout staff"],
      ["The final burned area was 23,100 acres, the county said.", "23,100 acres"],
    ],
  );

  table(
    "date",
    [
      m("The boards voted on Monday to merge the two hospitals."),
      m("The boards voted on June 12 to merge the two hospitals."),
      m("The boards voted on Monday, June 12, to merge the hospitals."),
      m("The state health department approved the merger on September 7."),
      m("The state approved the merger on Thursday, Sept. 7, 2023."),
      m("The state approved the merger on the 7th of September."),
      m("The hospitals first discussed a merger in 2019."),
      m("Talks first collapsed in March 2020."),
      m("The transition runs from October 16 to December 31."),
      m("The transition will run from Oct. 16 to Dec. 31, the company said."),
      m("The board was named on October 2."),
      "The fire started on Thursday, August 11, near the Wexley campground.",
      "The fire started on August 11 near the Wexley campground.",
      "The fire started on the 11th of August near the Wexley campground.",
      "It is the county's largest fire since 2013.",
      "Pine Ridge has not seen an evacuation this large since 2013.",
      "Halloway declared a state of emergency on Friday, August 12.",
      "Evacuation orders were lifted on Wednesday.",
      "Evacuation orders for Pine Ridge were lifted on August 17.",
      "Schools in Pine Ridge reopened on August 29.",
      "Schools reopened on Monday, Aug. 29.",
      // A year for another event stays apart.
      "Achebe-Ward visited Pine Ridge in 2016 and again this year.",
    ],
    [
      [m("The boards voted on June 14 to merge the two hospitals."), "June 14"],
      [m("The state health department approved the merger on Thursday, September 8."), "Thursday, September 8"],
      [m("The state health department approved the merger on September 9."), "September 9"],
      [m("The state health department approved the merger on the 9th of September."), "9th of September"],
      [m("The hospitals first discussed a merger in 2018."), "2018"],
      [m("The hospitals first discussed a merger in 2019, but those talks collapsed in May 2020."), "May 2020"],
      [m("The transition will run from October 16 to November 30, the company said."), "November 30"],
      ["The fire started on the afternoon of Thursday, August 10, near the Wexley campground.", "Thursday, August 10"],
      ["The fire started on August 13 near the Wexley campground.", "August 13"],
      ["It is the largest fire in the county since 2009.", "2009"],
      ["Governor Teodora Halloway declared a state of emergency on August 14.", "August 14"],
      ["Schools in Pine Ridge reopened on the 22nd of August.", "22nd of August"],
    ],
  );

  table(
    "title",
    [
      m("Larkspur chief executive Corinne Vashti-Holm will lead the merged system."),
      m("Corinne Vashti-Holm, Larkspur's chief executive, will lead the merged company."),
      m("The hospital's chief executive, Corinne Vashti-Holm, will lead the new system."),
      m("Dmitri Okonjo, Ashgrove's chief financial officer, said the merger would save money."),
      m("Ashgrove finance chief Dmitri Okonjo said the merger would save money."),
      m("Halvard Quist, the nurses' union president, raised staffing concerns."),
      m("Union president Halvard Quist raised staffing concerns."),
      m("Eleanor Tsai, the former chief executive of Ashgrove, will be vice-chair."),
      m("Former state senator Lucinda Marrow-Page will chair the board."),
      m("Lucinda Marrow-Page, a former state senator, will chair the board."),
      "County fire chief Rosa Delacourt-Vane said 3,200 residents had fled.",
      "Rosa Delacourt-Vane, the county's fire chief, said the fire was spreading.",
      "Sheriff Augustin Mbeki-Larsen said 47 homes were destroyed.",
      "State forestry director Julien Achebe-Ward said crews would stay.",
      "Governor Teodora Halloway declared a state of emergency.",
      // People the corpus does not know.
      "County commissioner Bartholomew Ynez said the fire was spreading.",
    ],
    [
      [m("Larkspur chief financial officer Corinne Vashti-Holm will lead the merged company."), "Larkspur chief financial officer"],
      [m("Ashgrove's chief executive, Dmitri Okonjo, said the merger would save money."), "Ashgrove's chief executive"],
      [m("Halvard Quist, vice-president of the Fenwick nurses' union, raised concerns."), "vice-president of the Fenwick nurses' union"],
      [m("Eleanor Tsai, the former chief financial officer of Ashgrove, will be vice-chair."), "former chief financial officer of Ashgrove"],
      [m("State senator Lucinda Marrow-Page will chair the board."), "State senator"],
      ["County sheriff Rosa Delacourt-Vane said 3,200 residents had fled.", "County sheriff"],
      ["Fire chief Augustin Mbeki-Larsen said 47 homes had been destroyed.", "Fire chief"],
      ["Lieutenant Governor Teodora Halloway declared a state of emergency.", "Lieutenant Governor"],
    ],
  );

  table(
    "quote",
    [
      m("\"This merger keeps care close to home for every family in the valley,\" Vashti-Holm said."),
      m("Vashti-Holm said the merger \"keeps care close to home\" for families."),
      m("\"No emergency department will close,\" Vashti-Holm promised."),
      m("\"We will hold the board to every promise it made,\" said Quist."),
      m("Quist said the union would \"go straight to the state\" if staffing fell."),
      m("\"We spent four years getting to this point,\" Marrow-Page said."),
      m("\"Now the hard part starts: making two hospitals one,\" Marrow-Page said."),
      "\"If you are told to leave, leave,\" Delacourt-Vane said. \"Do not wait to see the flames.\"",
      "\"The wind turned in our favour on Tuesday night,\" Achebe-Ward said, \"and the crews made the most of it.\"",
      "Achebe-Ward said the crews \"made the most of it.\"",
      "\"If you are told to leave, leave,\" Delacourt-Vane said, \"do not wait to see the flames.\"",
      "\"The wind turned in our favour,\" Achebe-Ward said, \"and the crews made the most of it.\"",
      // Scare quotes and titles are not quotations.
      "Officials called it the \"Cedar Hollow fire\".",
    ],
    [
      [m("\"This merger keeps care close to home for every patient in the valley,\" Vashti-Holm said."), "\"This merger keeps care close to home for every patient in the valley,\""],
      [m("\"We will hold the board to every promise it made,\" Vashti-Holm said."), "\"We will hold the board to every promise it made,\""],
      [m("\"Now the easy part starts: making two hospitals one,\" Marrow-Page told reporters."), "\"Now the easy part starts: making two hospitals one,\""],
      ["\"If you are told to leave, leave,\" Delacourt-Vane said. \"Do not wait to see the smoke.\"", "\"Do not wait to see the smoke.\""],
      ["\"The wind turned against us on Tuesday night,\" Achebe-Ward said, \"and the crews made the most of it.\"", "\"The wind turned against us on Tuesday night,\""],
      ["\"Do not wait to see the flames,\" Sheriff Augustin Mbeki-Larsen said.", "\"Do not wait to see the flames,\""],
      // The second part of a split quotation, anchored by a first part the corpus prints word for word.
      ["\"The wind turned in our favour on Tuesday night,\" Achebe-Ward said, \"and the crews did what they could.\"", "\"and the crews did what they could.\""],
      ["\"The wind turned in our favour on Tuesday night,\" Achebe-Ward said, \"and the firefighters made the most of it.\"", "\"and the firefighters made the most of it.\""],
    ],
  );

  describe("date: a year that starts a span of time ('since 2003')", () => {
    const mill = engineFrom({
      "k1.txt": "Mill workers walk out\n\n6 May 2021\n\nBRENNOCK -- Workers at the Brennock paper mill walked out on Wednesday, the town's first mill strike since 1998.\nThe mill strike in 1998 lasted a month.\nThe town's mill employs 900 people.",
    });
    it("flags another year for the same landmark, even when only setting words are shared", () => {
      const draft = "It is the town's first mill strike since 2003.";
      const f = findingsOf(mill, draft, "date");
      assert.deepEqual(flagged(draft, f), ["2003"]);
      assert.equal(f[0].suggestions[0], "1998");
    });
    it("stays quiet on the corpus's year, and on a year that is no landmark", () => {
      assert.deepEqual(findingsOf(mill, "It is the town's first mill strike since 1998.", "date"), []);
      assert.deepEqual(findingsOf(mill, "The town's mayor has held office since 2003.", "date"), []);
    });
  });

  // Former known gaps (once run as todo), now closed.
  describe("former gaps", () => {
    const gaps: Array<[Category, string, string, string]> = [
      ["date", m("The boards of the two hospitals voted on Wednesday to merge."), "Wednesday", "a bare weekday for an act (not a statement) the corpus dates to another weekday"],
      ["quote", m("Vashti-Holm said the merger \"keeps care close to the city\" for families."), "\"keeps care close to the city\"", "a partial quotation whose last words change after fewer than five matching words"],
    ];
    for (const [category, marked, span, why] of gaps) {
      const [engine, draft] = pick(marked);
      it(`${category}: ${span} (${why})`, () => assert.deepEqual(flagged(draft, findingsOf(engine, draft, category)), [span]));
    }
  });
});
