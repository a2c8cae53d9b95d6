// Third-round generalisation tables for the title, date, number and quote
// checks, on an invented story unrelated to every other corpus the project
// uses: a regional airport shut by a fuel leak. The shapes are the ones a
// held-out set missed or flagged wrongly: a former role with another body
// named by an acronym, the head of an organisation for someone who holds a
// post in one of its parts, a dropped or added rank qualifier (deputy,
// acting), a courtesy title between a role and a name, a weekday resolved
// against a publication line written "Outlet · Published Feb. 11, 2025", a
// later instance of an event ("a second hearing") taken for the draft's, digits
// swapped under an approximate qualifier, and quotations given to another
// speaker introduced with a title, a courtesy title, a description or in the
// next sentence. Valid drafts flag nothing of the category; invalid drafts flag
// exactly the given span.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Category } from "../../server/src/engine/types";
import { engineFrom, findingsOf, flagged } from "../helpers";

/** A fuel leak that closed a regional airport, and the hearings after it. */
export const AIRFIELD: Record<string, string> = {
  "f1.txt": [
    "Fuel leak shuts Kessmoor airport",
    "",
    "*Northvale Courier · Published Feb. 4, 2025*",
    "",
    "KESSMOOR -- Kessmoor Regional Airport closed its only runway on Tuesday after a fuel line burst beneath the apron.",
    "About 348,000 passengers had been booked on flights through the airport this month, the operator said.",
    "\"We kept every runway light burning through the night, and nobody was hurt,\" said Mirela Dunst, the airport's operations manager.",
    "Piet Haag, a safety officer with the pilots' union, said the fuel line had been patched twice last year.",
    "Regional Transport Commissioner Dr. Hanne Solberg said her office would review the airport's inspection records.",
    "Oskar Lindfors, a former OSCE official who now teaches at Brannvik University, said the leak showed how thin the region's safety margins were.",
    "\"A single burst pipe should never close a whole region's airport,\" Lindfors said.",
  ].join("\n"),
  "f2.md": [
    "# Kessmoor runway reopens after six days",
    "",
    "*Valley Radio · Published Feb. 11, 2025*",
    "",
    "Kessmoor Regional Airport began accepting flights again on Monday afternoon, ending a closure that had lasted six days.",
    "",
    "Dr. Tomas Rehn, head of cardiology at Vellby General Hospital, said two patients had been flown to the capital by helicopter during the closure.",
    "",
    "Ilse Varga, research director at the Meridan Policy Forum, said the airport's owners had cut maintenance spending for three years in a row.",
    "",
    "\"The runway was never the problem; the pipes under it were,\" Varga said.",
  ].join("\n"),
  "f3.txt": [
    "Lawmakers question airport chief over fuel leak",
    "",
    "By Rolf Ekdahl",
    "The Northvale Ledger | February 20, 2025",
    "",
    "Kessmoor airport chief executive Agnes Thorvald told the county's transport committee on Wednesday that the fuel line had passed its last inspection.",
    "The committee's chair, Bruno Lakatos, said the committee would hold a second hearing in April and would call the pipe's maker.",
    "Thorvald said compensation letters began going out to passengers on Tuesday.",
  ].join("\n"),
};

const engine = engineFrom(AIRFIELD);
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

describe("unseen round 3: airfield", () => {
  table(
    "title",
    [
      "Oskar Lindfors, a former OSCE official now at Brannvik University, said the margins were thin.",
      "Oskar Lindfors, a former OSCE negotiator, said the margins were thin.",
      "Oskar Lindfors, a former US ambassador, said the margins were thin.",
      "\"The runway was never the problem,\" said the forum's research director, Ilse Varga.",
      "Ilse Varga, director of the Meridan Policy Forum, said spending had been cut.",
      "Dr. Tomas Rehn, the hospital's head of cardiology, said two patients were flown out.",
      "Tomas Rehn, who heads cardiology at Vellby General Hospital, said two patients were flown out.",
      "Regional Transport Commissioner Hanne Solberg said her office would review the records.",
      "Transport Commissioner Dr. Hanne Solberg said her office would review the records.",
      "Kessmoor airport chief executive Agnes Thorvald said the line had passed inspection.",
    ],
    [
      ["Oskar Lindfors, a former WTO negotiator, said the margins were thin.", "former WTO negotiator"],
      ["\"The runway was never the problem,\" said the institute's president, Ilse Varga, of the Meridan Policy Forum.", "institute's president"],
      ["\"Two patients were flown out,\" said Dr. Tomas Rehn, the hospital's chief medical officer.", "hospital's chief medical officer"],
      ["Deputy Regional Transport Commissioner Hanne Solberg said her office would review the records.", "Deputy Regional Transport Commissioner"],
      ["Acting Regional Transport Commissioner Hanne Solberg said her office would review the records.", "Acting Regional Transport Commissioner"],
    ],
  );

  table(
    "date",
    [
      "The closure ended on Monday, Feb. 10, when flights resumed.",
      "Kessmoor Regional Airport began accepting flights again on Monday, Feb. 10, ending the closure.",
      "Thorvald told the transport committee at a hearing on Wednesday, Feb. 19, that the line had passed inspection.",
      "At a committee hearing on Wednesday, Feb. 19, Thorvald defended the airport's inspection record.",
      "Lakatos said the committee would hold a second hearing in April.",
    ],
    [
      ["The closure ended on Wednesday, Feb. 12, when flights resumed.", "Wednesday, Feb. 12"],
      ["Lakatos said the committee would hold a second hearing in March.", "March"],
    ],
  );

  table(
    "number",
    [
      "About 348,000 passengers had been booked on flights through the airport this month.",
      "Roughly 348,000 passengers had been booked on flights through the airport this month.",
      "Nearly 350,000 passengers had been booked on flights through the airport this month.",
    ],
    [
      ["Some 384,000 passengers had been booked on flights through the airport this month.", "Some 384,000 passengers"],
      ["About 438,000 passengers had been booked on flights through the airport this month.", "About 438,000 passengers"],
    ],
  );

  const LIGHTS = "We kept every runway light burning through the night, and nobody was hurt";
  table(
    "quote",
    [
      `"${LIGHTS}," said Dr. Mirela Dunst, the airport's operations manager.`,
      `"${LIGHTS}," Airport operations manager Mirela Dunst said.`,
      `"${LIGHTS}," the airport's operations manager, Mirela Dunst, said.`,
      `"${LIGHTS}." That was the message from Mirela Dunst, the airport's operations manager.`,
      `"A single burst pipe should never close a whole region's airport," Former OSCE official Oskar Lindfors said.`,
    ],
    [
      [`"${LIGHTS}," said Dr. Piet Haag, the union's safety officer.`, `"${LIGHTS},"`],
      [`"${LIGHTS}," Union safety officer Piet Haag said.`, `"${LIGHTS},"`],
      [`"${LIGHTS}," the union's safety officer, Piet Haag, said.`, `"${LIGHTS},"`],
      [`"${LIGHTS}." That was the message from Piet Haag, the union's safety officer.`, `"${LIGHTS}."`],
      [`"A single burst pipe should never close a whole region's airport," Research director Ilse Varga said.`, `"A single burst pipe should never close a whole region's airport,"`],
    ],
  );
});
