// Claim check, second round, on an invented story (a border mission, a flooded
// valley and its dam): negation that only touches a noun or a time, general
// synonyms and hyphenated compounds, a capital standing for its country, a
// title before a known person, descriptive framing words; and the misses: an
// invented call between two known people, roles swapped in a decision, a payer
// swapped in an explicit "not by" contrast, refusals and dropped demands, a
// stance no corpus sentence gives, attendance with "himself".
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const VALLEY: Record<string, string> = {
  "e1.txt": [
    "Ostravia weighs border mission",
    "",
    "4 March 2025",
    "",
    "VELM -- Velm is ready to send troops to a border mission in Karelland if a ceasefire holds, the Ostravian foreign ministry said on Tuesday.",
    "Ostravia insists on a UN mandate for any foreign mission in the region.",
    "President Anton Pell of Karelland would need a substantial flow of weapons, including long range capabilities capable of striking depots far behind the front line, his advisers said.",
    "Trade between the EU and Karelland grew by a fifth last year, according to customs data.",
    "Prime Minister Lukas Varga will not attend Thursday's summit in Orlen, his office said.",
    "Foreign Minister Mira Hollis will attend the summit in Orlen on behalf of the government.",
    "Hollis apologised on Monday for the delay in sending aid to the flooded valley.",
    "Varga spoke to Pell by telephone on Sunday about the ceasefire.",
    "Velm and Karelland are ready to send engineers to rebuild the bridge at Orlen.",
    "Brel said Karelland-Ostravia flights would resume in April.",
    "Velm is ready to fund a field hospital in Karelland, officials said, since Ostravia will act only if a ceasefire holds.",
    "Hollis has called for Karelland to take part in a joint border patrol.",
  ].join("\n"),
  "e2.md": [
    "---",
    "title: Plan drafted for the valley",
    "date: 2025-03-06",
    "---",
    "",
    "# Plan drafted for the valley",
    "",
    "Defence Minister Tomas Brel and Interior Minister Ilse Arvana drafted a reconstruction plan for the flooded valley.",
    "",
    "Pell has not commented on the reconstruction plan.",
    "",
    "Mayor Edda Lind said the valley needed more pumps and offered support to the families who lost their homes.",
    "",
    "The water company had limited room for manoeuvre after the regulator froze its tariffs.",
    "",
    "Residents called for a full public inquiry with the power to summon witnesses.",
    "",
    "The Treasury schedules the bridge repair for 2027.",
    "",
    "The reconstruction fund is paid for by the water company, not by the government.",
    "",
    "Mayor Edda Lind approved the evacuation at 9:05 p.m. on the recommendation of dam engineer Piet Rask.",
    "",
    "Chief Fire Officer Daniel Vessel led the evacuation of the valley.",
    "",
    "Environment Minister Ruth Callan visited the dam on Friday.",
    "",
    "A 2020 inspection report warned that the spillway of the dam was too narrow.",
  ].join("\n"),
};

const engine = engineFrom(VALLEY);
/** Scored claim findings: hints are not asserted. */
const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

describe("claim check, round two", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      // Negation of a noun, not of the predicate.
      "The water company had almost no room left to manoeuvre after the regulator froze its tariffs.",
      "Residents said a review without the power to compel witnesses was not enough and called for a full public inquiry.",
      // "not … until" is a time, not a denial.
      "The Treasury does not schedule the bridge repair until 2027.",
      "The Treasury does not schedule the bridge repair until 2026.",
      // General synonyms and "long-range" for "long range".
      "Pell also wants a steady flow of weapons, including long-range systems able to hit depots far behind the front line.",
      // A hyphenated compound of known names.
      "EU-Karelland trade grew by a fifth last year, customs data show.",
      // A capital for its country.
      "Ostravia is ready to send troops to a border mission in Karelland if a ceasefire holds.",
      "Ostravia is ready to fund a field hospital in Karelland.",
      "Ostravia and Karelland are ready to send engineers to rebuild the bridge at Orlen.",
      // Another title before a known person: the title check's business.
      "Chief Constable Daniel Vessel led the evacuation of the valley.",
      "Local Government Minister Ruth Callan visited the dam on Friday.",
      // Contacts the corpus reports.
      "Varga and Pell held a phone call on Sunday about the ceasefire.",
      "Varga talked to Pell on Sunday about the ceasefire.",
      // Decision, payer, stance and attendance as the corpus has them.
      "The evacuation was approved by Lind at 9:05 p.m., on a recommendation from Rask.",
      "The reconstruction fund is being paid for by the water company, not by the government.",
      "Hollis apologised for the delay in sending aid to the flooded valley.",
      "Ostravia, which has long pressed for a UN mandate, still insists on one.",
      "Hollis herself will attend Thursday's summit in Orlen, alongside senior officials.",
    ]) {
      it(draft, () => {
        const f = claims(draft);
        assert.deepEqual(flagged(draft, f), [], f.map((x) => x.message).join(" | "));
      });
    }
    it("framing words around a known report: a hint at most", () => {
      const draft = "Callan's visit has put a five-year-old inspection report back at the centre of the argument over the dam.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [], f.map((x) => x.message).join(" | "));
    });
  });

  describe("invalid: flagged", () => {
    const one = (draft: string, re: RegExp) => {
      const f = claims(draft);
      assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
      assert.match(f[0].message, re);
      return f[0];
    };
    it("an invented telephone call between two known people", () => {
      one("Hollis spoke by telephone to Lind on Sunday evening to offer support.", /call|contact|spoke/i);
    });
    it("an invented joint call", () => {
      one("Brel and Arvana held a joint call with Pell to present the plan, but Pell dismissed it.", /call|contact/i);
    });
    it("roles swapped in a decision chain", () => {
      one("The evacuation was approved by Rask at 9:05 p.m., on a recommendation from Lind.", /Lind/);
    });
    it("the payer swapped in an explicit contrast", () => {
      const f = one("The reconstruction fund is being paid for by the government, not by the water company.", /water company/);
      assert.equal(f.severity, "warning");
    });
    it("refused to apologise where the corpus says apologised", () => {
      one("Hollis refused to apologise for the delay in sending aid to the flooded valley.", /apologised/);
    });
    it("a dropped demand where the corpus says it insists", () => {
      one("Ostravia, which had pressed for a UN mandate for months, has now quietly dropped the demand.", /insists/);
    });
    it("attendance with himself and alongside", () => {
      const f = one("Varga himself will attend Thursday's summit in Orlen, alongside Hollis.", /will not attend/);
      assert.equal(f.severity, "warning");
    });
    it("a stance toward a known proposal that no corpus sentence gives", () => {
      one("Varga has instead rejected Hollis's calls for Karelland to take part in the patrol.", /Varga/);
    });
    it("an endorsement by a pronoun-led sentence", () => {
      const draft = "Hollis wants Karelland to take part in a joint border patrol. It is an idea Varga has endorsed.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), ["It is an idea Varga has endorsed."], f.map((x) => x.message).join(" | "));
    });
  });
});

/** A second, unrelated story (a school closure) for the contact and stance rules. */
const SCHOOL: Record<string, string> = {
  "s1.txt": [
    "Board votes to close Hatherley school",
    "",
    "9 October 2024",
    "",
    "HATHERLEY -- Board chair Priya Sandoval and superintendent Marcus Feld met parents on Tuesday evening to discuss the closure.",
    "Sandoval rejected the union's proposal to delay the closure by a year.",
    "The vote passed by five to two after a long session.",
    "Feld said he supported merging the two schools, an idea first floated by councillor Dana Whitcombe.",
    "Whitcombe later spoke to Feld by phone about bus routes.",
    "The district will not reopen the library until the autumn.",
  ].join("\n"),
  "s2.txt": [
    "Parents demand review",
    "",
    "11 October 2024",
    "",
    "Parents called for an independent review of the enrolment figures.",
    "Teachers warned that class sizes would grow next year.",
  ].join("\n"),
};

describe("claim check, round two: contacts and stances on another story", () => {
  const school = engineFrom(SCHOOL);
  const scored = (draft: string) => findingsOf(school, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Sandoval and Feld met with parents on Tuesday evening to discuss the closure.",
      "Whitcombe and Feld held a phone call about bus routes.",
      "Feld talked with Whitcombe about the bus routes.",
      "Sandoval has dismissed the union's proposal to delay the closure.",
      "Feld has endorsed merging the two schools.",
      "Whitcombe floated merging the two schools. It is an idea Feld has backed.",
      "The district does not reopen the library until the autumn.",
    ]) {
      it(draft, () => {
        const f = scored(draft);
        assert.deepEqual(flagged(draft, f), [], f.map((x) => x.message).join(" | "));
      });
    }
    it("a planned contact is no reported one", () => {
      const draft = "Sandoval will meet Whitcombe next week to discuss the bus routes.";
      assert.deepEqual(scored(draft).filter((f) => /call or meeting/.test(f.message)), []);
    });
  });
  describe("invalid: flagged", () => {
    it("a conversation no article reports", () => {
      const draft = "Sandoval spoke to Whitcombe on Monday about the bus routes.";
      const f = scored(draft);
      assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
      assert.match(f[0].message, /call or meeting between "Sandoval" and "Whitcombe"/);
      assert.equal(f[0].severity, "information");
    });
    it("a stance no article gives that person", () => {
      const draft = "Feld has rejected the parents' calls for an independent review of the enrolment figures.";
      const f = scored(draft);
      assert.equal(f.length, 1, f.map((x) => x.message).join(" | "));
      assert.match(f[0].message, /"Feld" a position/);
    });
  });
});

describe("claim check: a past-tense verb is no modifier", () => {
  const mill = engineFrom({
    "m1.txt": [
      "Mill halts lines after cyberattack",
      "",
      "MERRIVALE -- The Tolland Mill said on Monday that its security team detected unusual activity on its servers overnight and began shutting down systems as a precaution.",
      "The regional council approved a proposed levy on heavy trucks in March.",
    ].join("\n"),
    // The draft's modifier is a word of the story.
    "m2.txt": ["Hauliers go to court", "", "MERRIVALE -- Hauliers took the disputed toll on the ring road to court in April."].join("\n"),
  });
  const claims = (draft: string) => findingsOf(mill, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: another verb for the same act (\"spotted\" for \"detected\") is a paraphrase", () => {
    const draft = "The Tolland Mill's security staff spotted unusual activity on its servers overnight and began shutting systems down as a precaution.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: a participle after a determiner is still a modifier (\"a disputed levy\" for \"a proposed levy\")", () => {
    const draft = "The regional council approved a disputed levy on heavy trucks in March.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"proposed levy" where the draft says "disputed levy"/);
  });
});

describe("claim check: went ahead or continued, against suspended or cancelled", () => {
  const schools = engineFrom({
    "s1.txt": [
      "Flood closes Dunmore schools",
      "",
      "DUNMORE -- Dunmore Council closed four primary schools on Monday after the river burst its banks, council leader Priya Okafor said.",
      "Bus services and school meals continued as normal at the other schools in the district, the council said.",
      "Exams at the secondary school went ahead as planned, the head teacher said.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(schools, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Bus services and school meals continued at the other schools.",
      "Exams at the secondary school went ahead as planned.",
      "Exams at the secondary school proceeded as planned, the head teacher said.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("suspended where the corpus says continued", () => {
      const draft = "Bus services and school meals were also suspended at the other schools.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /"continued" where the draft says "suspended"/);
    });
    it("postponed where the corpus says went ahead (a phrasal verb)", () => {
      const draft = "Exams at the secondary school were postponed, the head teacher said.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /"went ahead" where the draft says "postponed"/);
    });
  });
});

describe("claim check: a discussion between two known people is a contact", () => {
  const town = engineFrom({
    "t1.txt": [
      "Flood closes Dunmore schools",
      "",
      "DUNMORE -- Dunmore Council closed four primary schools on Monday, council leader Priya Okafor said.",
      "Okafor discussed the repairs with Mayor Ines Calloway on Thursday.",
      "The river fell back below its banks by the weekend.",
      "Education Secretary Tom Hale visited the flooded schools on Wednesday.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(town, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: a discussion the corpus reports", () => {
    const draft = "Okafor discussed the repairs with Ines Calloway on Thursday.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: a tour together that no corpus passage reports", () => {
    const draft = "Okafor toured the flooded schools with Hale on Wednesday and promised extra staff.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /between "Okafor" and "Hale"/);
  });
  it("valid: a tour with people the corpus does not name", () => {
    const draft = "Hale visited the flooded schools with officials.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: a discussion no corpus passage reports", () => {
    const draft = "Okafor discussed the closure with Tom Hale in a phone call last week.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /no corpus article reports a call or meeting between "Okafor" and "Tom Hale"/);
  });
});

describe("claim check: a misspelled name is the name check's, not a claim about someone", () => {
  const mill = engineFrom({
    "m1.txt": [
      "Mill halts lines after cyberattack",
      "",
      "MERRIVALE -- The Tolland Mill said on Monday that hackers had encrypted its payroll servers.",
      "Quarrystone Security, the incident-response firm the mill hired on the day of the attack, reached the same conclusion.",
      "Quarrystone Security said the attackers had demanded a ransom.",
    ].join("\n"),
  });
  it("valid: the paraphrase around a misspelled firm draws only the name finding", () => {
    const draft = "Quarrystane Security, the incident-response firm examining the breach, has reached the same view.";
    const all = findingsOf(mill, draft).filter((f) => f.severity !== "hint");
    assert.deepEqual(all.map((f) => f.code), ["name-spelling"]);
  });
});

describe("claim check: the sentence after the same statement denies part of the claim", () => {
  const breach = engineFrom({
    "b1.txt": [
      "Clinic data stolen",
      "",
      "Chief executive Ada Brink told the council that letters to patients began going out on Monday.",
      "The stolen files contain names, addresses, dates of birth and insurance numbers of patients, she said.",
      "They did not include payment card or bank account information.",
      "The clinic has hired extra staff to answer calls from patients.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(breach, draft, "claim").filter((f) => f.severity !== "hint");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Brink said the stolen files contain names, addresses, dates of birth and insurance numbers of patients.",
      "The stolen files contain names, addresses and dates of birth of patients, but no payment card details.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  it("invalid: the draft adds what the next sentence denies", () => {
    const draft = "Brink said the stolen files contain names, dates of birth, insurance numbers and payment card details of patients.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /next sentence denies "payment", "card"/);
  });
});

describe("claim check: a capitalised opener no article uses is no one the claim is about", () => {
  const buses = engineFrom({
    "a1.txt": [
      "Bus drivers strike in Kellford",
      "",
      "About 210,000 people ride Kellford buses on a typical weekday, according to the transit authority.",
    ].join("\n"),
  });
  it("valid: an adverb opening a paraphrase", () => {
    const draft = "Roughly 210,000 passengers use the city's buses on an ordinary weekday.";
    assert.deepEqual(flagged(draft, findingsOf(buses, draft, "claim").filter((f) => f.severity !== "hint")), []);
  });
});

describe("claim check: admitted where the corpus says denied", () => {
  const uni = engineFrom({
    "r1.txt": ["University suspends lab head", "", "Professor Helga Vosberg has denied any wrongdoing.", "Her lawyer said she welcomed the inquiry."].join("\n"),
  });
  const claims = (draft: string) => findingsOf(uni, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: the corpus's stance", () => {
    const draft = "Vosberg has denied any wrongdoing, her lawyer said.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: the opposite stance", () => {
    const draft = "Vosberg has admitted any wrongdoing, her lawyer said.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /denied/);
  });
});

describe("claim check: a deed given to another person, both named in full", () => {
  const lab = engineFrom({
    "b.txt": [
      "Lab concerns",
      "",
      "Dr. Lena Marsh raised the concerns in January.",
      "Professor Colin Hart will chair the panel.",
      "Ashbury University suspended the head of the laboratory on Tuesday.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(lab, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: the corpus's agent", () => {
    const draft = "Lena Marsh raised the concerns in January.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: another person named in full (information: nothing ties the two sentences)", () => {
    const draft = "Colin Hart raised the concerns in January.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /the corpus says "Lena Marsh" raised it/);
  });
});

describe("claim check: missing words only in a clause that names no one", () => {
  const talks = engineFrom({
    "t1.txt": [
      "Border force plans",
      "",
      "Ostravia says it will not accept any foreign force on its border, its foreign ministry said.",
      "Several governments have drawn up plans for a monitoring mission.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(talks, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: a descriptive clause before a supported one", () => {
    const draft = "Every version runs into the same obstacle: Ostravia says it will not accept it.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: the missing words stand beside the name", () => {
    const draft = "Ostravia has quietly sketched its own rival blueprint for the frontier.";
    assert.equal(claims(draft).length, 1);
  });
});

describe("claims: a sentence another check already marks", () => {
  const e = engineFrom({
    "c1.txt": "City hiring\n\n2 May 2024\n\nMayor Ellen Voss said the city would hire 40 new building inspectors this year.\n",
    "c2.txt": "Budget\n\n3 May 2024\n\nThe city budget was approved by the council on Tuesday.\n",
  });
  const severities = (draft: string) => findingsOf(e, draft, "claim").map((f) => f.severity);
  it("words no article uses, with a wrong figure marked: a hint only", () => {
    const draft = "Ellen Voss vowed to recruit 400 new building inspectors this year, calling the shortage urgent.";
    assert.equal(findingsOf(e, draft, "number").length, 1);
    assert.deepEqual(severities(draft), ["hint"]);
  });
  it("the same words with the figure right: shown as information", () => {
    assert.deepEqual(severities("Ellen Voss vowed to recruit 40 new building inspectors this year, calling the shortage urgent."), ["information"]);
  });
});

describe("claims: datelines, nouns that take no side, negations that describe someone else", () => {
  // An invented quarry dispute.
  const e = engineFrom({
    "q1.txt": [
      "Quarry workers accept deal",
      "",
      "21 October 2024",
      "",
      "Workers at the Ellerby quarry have voted to accept a pay deal with Marrow Aggregates, ending a strike that halted the quarry for three weeks.",
      "",
      "The quarry employs about 600 people, including drivers and office staff who are not members of the union and are not covered by the ballot.",
      "",
      "The union balloted 410 members at the quarry, which is owned by Marrow Aggregates.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint");
  it("valid: the dispute at the quarry ended with a deal (the dispute, a noun, is no stance)", () => {
    const draft = "ELLERBY -- The dispute at the Ellerby quarry ended with a pay deal with Marrow Aggregates after three weeks.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("valid: a negation inside a relative clause about other staff denies nothing the draft says", () => {
    const draft = "The union balloted 410 members at the Ellerby quarry, which employs about 600 people.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
  it("invalid: still a reversal when the main clause is denied (a \"deal\" is no side taken)", () => {
    const draft = "Workers at the Ellerby quarry have voted to reject a pay deal with Marrow Aggregates.";
    assert.equal(claims(draft).length, 1);
  });
});

describe("claims: three words of substance no article uses, about someone named, are shown as a hint", () => {
  const e = engineFrom({
    "q1.txt": [
      "Quarry strike",
      "",
      "2 October 2024",
      "",
      "Tom Ashby, the union's regional secretary, said members at the Ellerby quarry would strike from Monday.",
      "",
      "Marrow Aggregates said the strike would halt the quarry and its deliveries to Hebden.",
    ].join("\n"),
  });
  it("hint: an act the corpus never reports, though the names and the setting are known (a paraphrase looks alike)", () => {
    const draft = "Tom Ashby also said the union would ballot members on extending the strike to the Marrow cement plant in Hebden.";
    const f = findingsOf(e, draft, "claim");
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "hint");
    assert.match(f[0].message, /cement/);
  });
  it("valid: the corpus's own report, in other words", () => {
    const draft = "Tom Ashby said members at the Ellerby quarry would strike from Monday.";
    assert.deepEqual(findingsOf(e, draft, "claim").filter((x) => x.severity !== "hint"), []);
  });
});

describe("claims: one passage that says it over consecutive sentences", () => {
  // An invented plan for a river: what the draft says in one sentence, the corpus says over three.
  const e = engineFrom({
    "r1.txt": [
      "River plan",
      "",
      "2 May 2024",
      "",
      "Councillors in Dunmore have rejected several flood plans in the past.",
      "The one now gaining support would build a stone barrier along the Keld river north of Dunmore.",
      "Not a concrete wall. It would be paid for by the Keld Water Board and the county together.",
      "",
      "Engineers in Dunmore say the barrier would take two summers to build.",
    ].join("\n"),
  });
  it("valid: the barrier, its material and who pays, gathered from the passage", () => {
    const draft = "Dunmore is weighing a stone barrier along the Keld river, not a concrete wall, paid for by the Keld Water Board and the county.";
    assert.deepEqual(findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint"), []);
  });
});

describe("claims: a lede's framing words are shown, not asserted", () => {
  const e = engineFrom({
    "l1.txt": [
      "Keld barrier",
      "",
      "2 May 2024",
      "",
      "The Keld Water Board's role in paying for the Dunmore flood barrier could change how the county funds river defences.",
    ].join("\n"),
  });
  it("valid: 'one of the more awkward questions hanging over this week's talks' is framing", () => {
    const draft = "DUNMORE -- The Keld Water Board's possible role in the Dunmore flood barrier has become one of the more awkward questions hanging over this week's county talks.";
    assert.deepEqual(findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint"), []);
  });
});

describe("claims: paraphrases that must stay quiet", () => {
  const e = engineFrom({
    "p1.txt": [
      "Fire damage",
      "",
      "16 August 2025",
      "",
      "Damage teams revised the number of homes destroyed to 57, up from 41, after reaching properties along the Kelby road that had been cut off by the fire.",
      "",
      "While Mayor Ruth Kell is touring the valley, her deputy Ola Brandt is presenting the town as open for visitors.",
      "",
      "A plan to rebuild the Kelby bridge faces one problem: the county says no.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint");
  for (const draft of [
    // "cut off" is isolated, not reduced: no opposite of "raised"
    "Damage teams who reached cut-off properties on the Kelby road raised the count of destroyed homes from 41 to 57.",
    // a person named in full where the evidence has the surname
    "While Mayor Ruth Kell is touring the valley, her deputy Ola Brandt is presenting the town as open for visitors.",
    // "a basic obstacle" frames the statement
    "A plan to rebuild the Kelby bridge faces a basic obstacle: the county says no.",
    // "whether" asks, it does not assert
    "The county is weighing whether to rebuild the Kelby bridge, according to officials quoted by local radio.",
  ]) {
    it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
});

describe("claims: an event about no one named, in words no article uses", () => {
  // Enough corpus text for a word it never uses to say something: a day-by-day fire log.
  const log = Array.from({ length: 45 }, (_, i) => `On day ${i + 1} of the fire, crews held the line near marker ${i + 3} of the Kelby forest road.`);
  const e = engineFrom({
    "f1.txt": [
      "Fire spreads",
      "",
      "10 August 2025",
      "",
      "The wildfire in the Kelby forest spread east on Sunday, and about 6,800 residents were told to leave.",
      "",
      "Fire crews worked through the night to protect the edge of the town.",
      "",
      ...log,
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint");
  it("invalid: an arrest no article reports", () => {
    const draft = "Police arrested two campers on Saturday night on suspicion of lighting an illegal campfire.";
    assert.equal(claims(draft).length, 1);
  });
  it("valid: the crews' night, in other words", () => {
    const draft = "Fire crews worked overnight to protect the edge of the town.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
});

describe("claims: an opposite in the next sentence of the passage, read clause by clause", () => {
  const e = engineFrom({
    "t1.txt": [
      "Rain helps crews",
      "",
      "18 August 2025",
      "",
      "The evacuation order for Kelby has been lifted, the mayor said on Monday.",
      "Route 9 reopened to residents only on Monday afternoon. Harlow Forest Park remains closed to the public.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint");
  it("invalid: the park reopened, where the corpus's next sentence keeps it closed (a note)", () => {
    const draft = "Route 9 reopened to residents on Monday afternoon, and Harlow Forest Park reopened its northern trails the same day.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /closed/);
  });
  it("valid: the road reopened, the park still closed", () => {
    const draft = "Route 9 reopened to residents on Monday afternoon, while Harlow Forest Park remains closed.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
});

describe("claims: two countries in a list never stand for one another; two names of one country do", () => {
  const e = engineFrom({
    "c1.txt": [
      "Patrol coalition",
      "",
      "2 May 2024",
      "",
      "The coalition, comprising countries led by the UK and Norway, aims to patrol the Skagen strait after a ceasefire.",
      "",
      "Germany sent observers to the Skagen talks.",
    ].join("\n"),
  });
  const claims = (draft: string) => findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint");
  it("invalid: Germany for the UK", () => {
    const draft = "The coalition, led by Germany and Norway, aims to patrol the Skagen strait after a ceasefire.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"UK" here, not "Germany"/);
  });
  it("valid: Britain for the UK", () => {
    const draft = "The coalition, led by Britain and Norway, aims to patrol the Skagen strait after a ceasefire.";
    assert.deepEqual(flagged(draft, claims(draft)), []);
  });
});
