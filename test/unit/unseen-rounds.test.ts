// Second-round generalisation tables for the title, date, number and quote
// checks, on an invented story unrelated to every other corpus the project
// uses: a reservoir release that flooded a town. The shapes are the ones a
// held-out set missed: multi-word titles sharing a head word, portfolios before
// one office word, an organisation's role for a person who works for another
// body, descriptor titles ("the town's MP"), bare weekdays for dated events,
// bare years matched only by generic words, partial quotations with altered
// words, altered endings, misattributed quotations and precise figures against
// vague magnitudes. Valid drafts flag nothing of the category; invalid drafts
// flag exactly the given span.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Category } from "../../server/src/engine/types";
import { engineFrom, findingsOf, flagged } from "../helpers";

/** A reservoir release and the flood after it. */
export const RESERVOIR: Record<string, string> = {
  "r1.txt": [
    "Dunmere flooded after reservoir release",
    "",
    "12 March 2024",
    "",
    "DUNMERE -- Hundreds of homes in Dunmere were flooded after Caldbeck Water opened the spillway gates of the Aske reservoir late on Sunday.",
    "Chief Fire Officer Marguerite Ellory said crews had rescued 140 people from upper floors.",
    "Environment Minister Tobias Renwick visited the town on Monday and promised an inquiry.",
    "Aled Brannock, an engineer with the independent Reservoir Safety Panel, said the release should have started days earlier.",
    "\"The gates were opened in stages, exactly as the operating manual requires,\" said Caldbeck Water spokesman Gareth Lomax.",
    "At least tens of thousands of residents were left without drinking water.",
    "\"People went to bed thinking they were safe and woke up with water at the top of the stairs,\" said Moira Kell, who runs a bakery on Mill Street.",
    "The company raised the reservoir's capacity in 2019.",
  ].join("\n"),
  "r2.md": [
    "---",
    "title: Dunmere demands answers",
    "date: 2024-03-15",
    "---",
    "",
    "# Dunmere demands answers",
    "",
    "More than 500 residents packed a public meeting at the town hall on Thursday evening.",
    "",
    "The town's mayor, Helena Voss, told the meeting that the council would sue the company.",
    "",
    "\"If the river breaks through here again, it will affect all of us for a very long time,\" Voss said.",
    "",
    "Flood analyst Imogen Tarrant of Northfield University said the warning system had failed.",
    "",
    "\"Nobody told the people downstream what was coming,\" Tarrant said.",
    "",
    "Hydrologist Benedikt Saar said the rainfall was the heaviest since 1968.",
  ].join("\n"),
};

const engine = engineFrom(RESERVOIR);
type Case = [string, string];

function table(category: Category, valid: string[], invalid: Case[]): void {
  describe(`${category}: valid (quiet)`, () => {
    for (const draft of valid) {
      it(JSON.stringify(draft.slice(0, 70)), () => assert.deepEqual(flagged(draft, findingsOf(engine, draft, category)), []));
    }
  });
  describe(`${category}: invalid (flagged)`, () => {
    for (const [draft, span] of invalid) {
      it(`${JSON.stringify(draft.slice(0, 60))} -> ${span}`, () => {
        const f = findingsOf(engine, draft, category);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.ok(f[0].evidence.length > 0, "a finding has evidence");
      });
    }
  });
}

describe("unseen rounds: reservoir", () => {
  table(
    "title",
    [
      "Chief Fire Officer Marguerite Ellory said crews rescued 140 people.",
      "Fire chief Marguerite Ellory said crews rescued 140 people.",
      "Environment Minister Tobias Renwick promised an inquiry.",
      "Tobias Renwick, the environment minister, promised an inquiry.",
      "Minister Tobias Renwick promised an inquiry.",
      "Aled Brannock, an engineer with the Reservoir Safety Panel, said the release came late.",
      "The panel's engineer, Aled Brannock, said the release came late.",
      "The town's mayor, Helena Voss, said the council would sue.",
      "Mayor Helena Voss said the council would sue.",
      "Helena Voss, the town's mayor, said the council would sue.",
      "Caldbeck Water spokesman Gareth Lomax defended the release.",
      "Flood analyst Imogen Tarrant said the warning system had failed.",
      "Imogen Tarrant, an analyst at Northfield University, said the warning system had failed.",
      "Reservoir Safety Panel engineer Aled Brannock said the release came late.",
      "Environment and Local Government Minister Tobias Renwick promised an inquiry.",
    ],
    [
      ["Chief Constable Marguerite Ellory said crews rescued 140 people.", "Chief Constable"],
      ["Local Government Minister Tobias Renwick promised an inquiry.", "Local Government Minister"],
      ["Transport Minister Tobias Renwick promised an inquiry.", "Transport Minister"],
      ["Caldbeck Water's chief engineer, Aled Brannock, said the release came late.", "Caldbeck Water's chief engineer"],
      ["The town's MP, Helena Voss, said the council would sue.", "town's MP"],
      ["Helena Voss, the town's MP, said the council would sue.", "town's MP"],
      ["Voss, the town's MP, said the council would sue.", "town's MP"],
      ["Helena Voss, the MP for Dunmere, said the council would sue.", "MP for Dunmere"],
      ["Chief Constable Ellory said crews rescued 140 people.", "Chief Constable"],
      ["Aled Brannock, Caldbeck Water's chief engineer, said the release came late.", "Caldbeck Water's chief engineer"],
      ["Caldbeck Water chief engineer Aled Brannock said the release came late.", "Caldbeck Water chief engineer"],
      // A list of people, each with a title: the second title is still checked.
      ["Helena Voss and Transport Minister Tobias Renwick visited the town.", "Transport Minister"],
    ],
  );

  table(
    "date",
    [
      "Caldbeck Water opened the spillway gates late on Sunday.",
      "Residents packed a public meeting at the town hall on Thursday evening.",
      "Renwick visited the town on Monday.",
      "The company raised the reservoir's capacity in 2019.",
      // A bare year for something else, sharing only generic words with a dated event.
      "The company's reservoir had spare capacity in 2022, a report found.",
      // A weekday for an event the corpus does not date.
      "Tarrant gave a lecture on Tuesday about flood warnings.",
    ],
    [
      ["Caldbeck Water opened the spillway gates late on Saturday.", "Saturday"],
      ["Residents spoke at a public meeting on Tuesday evening.", "Tuesday"],
    ],
  );

  describe("date: a bare weekday among several dated events of one kind", () => {
    const more = engineFrom({
      ...RESERVOIR,
      "r3.txt": [
        "Reservoir operator faces inquiry",
        "",
        "Monday, 18 March 2024",
        "",
        "DUNMERE -- Caldbeck Water said on Friday it had kept the reservoir gates closed for most of the week before the flood.",
        "The company began releasing water from the Aske reservoir at 11pm on Sunday, March 10, after the level rose above the spillway crest.",
        "The council will hold a second public meeting on Wednesday, March 20, at the leisure centre.",
        "At the first meeting, held at the town hall on Thursday, March 14, residents shouted down company managers.",
      ].join("\n"),
    });
    it("flags a weekday for an act the corpus dates by a full date that falls on another day", () => {
      const draft = "The company began releasing water late on Saturday night.";
      assert.deepEqual(flagged(draft, findingsOf(more, draft, "date")), ["Saturday"]);
    });
    it("stays quiet when matches on different days compete", () => {
      for (const draft of ["At a public meeting on Tuesday evening, Voss said the council would sue.", "The company began releasing water on Sunday night."]) {
        assert.deepEqual(flagged(draft, findingsOf(more, draft, "date")), [], draft);
      }
    });
  });

  table(
    "quote",
    [
      "\"The gates were opened in stages, exactly as the operating manual requires,\" said Lomax.",
      "Lomax said: \"The gates were opened in stages, exactly as the operating manual requires.\"",
      "Kell said people \"woke up with water at the top of the stairs.\"",
      "\"If the river breaks through here again, it will affect all of us for a very long time,\" Voss said.",
      "\"Nobody told the people downstream what was coming,\" Tarrant said.",
      "\"Nobody told the people downstream what was coming,\" said flood analyst Imogen Tarrant.",
      // Two people named before a pronoun: no attribution to hold against the corpus.
      "Brannock criticised the company and Lomax disagreed. \"The gates were opened in stages, exactly as the operating manual requires,\" he said.",
      // A partial quotation that leaves the corpus wording unchanged, and one by a speaker the corpus does not quote.
      "Kell said the water reached \"the top of the stairs.\"",
      "Saar said residents \"woke up with water in the kitchen\" in other towns.",
    ],
    [
      ["\"They woke up with water halfway up the stairs,\" Kell said.", "\"They woke up with water halfway up the stairs,\""],
      [
        "\"If the river breaks through here again, it will affect all of us for generations,\" Voss said.",
        "\"If the river breaks through here again, it will affect all of us for generations,\"",
      ],
      [
        "\"The gates were opened in stages, exactly as the operating manual requires,\" said Aled Brannock.",
        "\"The gates were opened in stages, exactly as the operating manual requires,\"",
      ],
      ["\"Nobody told the people downstream what was coming,\" said Benedikt Saar.", "\"Nobody told the people downstream what was coming,\""],
      [
        "Benedikt Saar, a hydrologist, spoke to reporters. \"Nobody told the people downstream what was coming,\" he said.",
        "\"Nobody told the people downstream what was coming,\"",
      ],
      ["According to Saar, \"nobody told the people downstream what was coming.\"", "\"nobody told the people downstream what was coming.\""],
      // A pronoun for the one person the paragraph names just before.
      [
        "Brannock defended the release. \"The gates were opened in stages, exactly as the operating manual requires,\" he said.",
        "\"The gates were opened in stages, exactly as the operating manual requires,\"",
      ],
      ["\"The gates were opened in stages,\" said Brannock, \"exactly as the operating manual requires.\"", "\"The gates were opened in stages,\""],
    ],
  );

  describe("quote: speakers written with the body they belong to", () => {
    const analysts = engineFrom({
      "a1.txt": [
        "Analysts weigh the flood inquiry",
        "",
        "20 March 2024",
        "",
        "Analyst Marcus Ferreira of Westbridge Capital said: \"The inquiry will take years, and nobody will be held to account.\"",
        "\"This is a failure of regulation, not of engineering,\" said Priyanka Osei, a senior analyst at the Halden Institute.",
      ].join("\n"),
    });
    const quote = "\"The inquiry will take years, and nobody will be held to account,\"";
    it("gives the corpus quotation to the person, not the body", () => {
      const f = findingsOf(analysts, `${quote} said Priyanka Osei.`, "quote");
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Marcus Ferreira/);
    });
    it("reads the draft's speaker the same way", () => {
      for (const draft of [
        `Analyst Priyanka Osei of the Halden Institute said: "The inquiry will take years, and nobody will be held to account."`,
        `${quote} Priyanka Osei of the Halden Institute said.`,
      ]) {
        assert.equal(findingsOf(analysts, draft, "quote").length, 1, draft);
      }
      assert.deepEqual(findingsOf(analysts, `${quote} Marcus Ferreira of Westbridge Capital said.`, "quote"), []);
    });
  });

  table(
    "number",
    [
      "At least tens of thousands of residents were left without drinking water.",
      "At least 40,000 residents were left without drinking water.",
      "Hundreds of homes were flooded.",
      "About 300 homes in Dunmere were flooded.",
      "About 300 homes in Dunmere were flooded after Caldbeck Water opened the spillway gates.",
      "More than 40,000 residents were left without drinking water.",
    ],
    [
      ["At least 5,000 residents were left without drinking water.", "At least 5,000 residents"],
      ["Officials said at least 5,000 residents were left without drinking water.", "at least 5,000 residents"],
      ["About 4,000 homes in Dunmere were flooded after Caldbeck Water opened the spillway gates.", "About 4,000 homes"],
      ["Thousands of homes in Dunmere were flooded after Caldbeck Water opened the spillway gates.", "Thousands of homes"],
    ],
  );
});
