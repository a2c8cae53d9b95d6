import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged, RIVERTON } from "../helpers";

/** An invented harbour strike: stances, a list of backers, a negation. */
export const HARBOUR: Record<string, string> = {
  "h1.txt": [
    "Dock workers strike at Port Vellmar",
    "",
    "3 May 2024",
    "",
    "VELLMAR -- Dock workers at Port Vellmar walked off the job on Monday after talks with the harbour authority collapsed.",
    "The union leader, Ilse Brandqvist, said the workers rejected the authority's offer of a four percent raise.",
    "The Vellmar Chamber of Commerce, the Fisheries Guild and the Ferry Operators Association backed the strike.",
    "Harbour director Osric Pennywhistle said the authority was reluctant to reopen negotiations before June.",
  ].join("\n"),
  "h2.md": [
    "---",
    "title: Strike spreads along the coast",
    "date: 2024-05-06",
    "---",
    "",
    "# Strike spreads along the coast",
    "",
    "City councillors welcomed a proposal to hire mediators from the Northbay Labour Institute.",
    "",
    "Brandqvist said the union would never accept night shifts without extra pay.",
    "",
    "Pennywhistle said the authority had not ruled out closing the container terminal.",
    "",
    "Inspectors found that rusted cranes had damaged three warehouses at the eastern quay.",
  ].join("\n"),
};

const engine = engineFrom(HARBOUR);
const claims = (draft: string) => findingsOf(engine, draft, "claim");

describe("unsupported-claim", () => {
  describe("valid: paraphrases of the corpus stay quiet", () => {
    for (const draft of [
      "Dock workers at Port Vellmar walked out on Monday after negotiations with the harbour authority broke down.",
      "Ilse Brandqvist, the union leader, said the workers had rejected the offer of the authority.",
      "The Vellmar Chamber of Commerce, the Fisheries Guild and the Ferry Operators Association supported the strike.",
      "Osric Pennywhistle, the harbour director, said the authority was reluctant to reopen talks.",
      "Brandqvist said the union would never accept night shifts without extra pay.",
      "Councillors in the city welcomed the idea of hiring mediators from the Northbay Labour Institute.",
      "Pennywhistle said the authority had not ruled out closing the container terminal.",
      "# Will Osric Pennywhistle resign over the strike at Port Vellmar?", // a heading
      "Will Osric Pennywhistle resign over the strike at Port Vellmar?", // a question
      "Osric Pennywhistle may resign over the damaged warehouses and the unpaid overtime.", // hedged
      "Brandqvist said: \"We will stay out until the harbour pays every worker a fair wage for every shift.\"", // quote only
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });

  describe("invalid: flags what the corpus does not support", () => {
    it("a person no article mentions", () => {
      const draft = "Port minister Hugo Stavridakis has endorsed the strike at Port Vellmar.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].code, "unsupported-claim");
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /Stavridakis/);
    });

    it("a reversed stance (eager where the corpus says reluctant)", () => {
      const draft = "Harbour director Osric Pennywhistle said the authority was eager to reopen negotiations before June.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /reluctant/);
      assert.match(f[0].message, /h1\.txt, line 8/);
      assert.equal(f[0].evidence[0].article, "h1.txt");
    });

    it("a negation removed", () => {
      const draft = "Pennywhistle said the authority had ruled out closing the container terminal.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /negates/);
      assert.equal(f[0].evidence[0].article, "h2.md");
    });

    it("a negation added", () => {
      const draft = "City councillors did not welcome the proposal to hire mediators from the Northbay Labour Institute.";
      assert.deepEqual(flagged(draft, claims(draft)), [draft]);
    });

    it("one actor of a list swapped for another", () => {
      const draft = "The Vellmar Chamber of Commerce, the Fisheries Guild and the Northbay Labour Institute backed the strike.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /Ferry Operators Association/);
      assert.match(f[0].message, /Northbay Labour Institute/);
    });

    it("an event no article reports", () => {
      const draft = "Brandqvist said the union had hired lawyers to sue the shipping companies over unpaid overtime.";
      const f = claims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "information");
      // The missing words ("lawyers"), or the act no passage about the speaker reports ("sue").
      assert.match(f[0].message, /lawyers|"sue"/);
      assert.ok(f[0].evidence.length > 0);
    });
  });

  describe("not noisy", () => {
    it("a misspelled corpus name is the name check's, not a new person", () => {
      const draft = "Ilse Brandqvest said the workers rejected the authority's offer.";
      assert.deepEqual(flagged(draft, claims(draft)), []);
      assert.equal(findingsOf(engine, draft, "name").length, 1);
    });

    it("works on another corpus", () => {
      const e = engineFrom(RIVERTON);
      const quiet = "Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge after the Millbrook River rose.";
      assert.deepEqual(findingsOf(e, quiet, "claim"), []);
      const loud = "Mayor Annabelle Okonkwo-Lindqvist said volunteers had rebuilt the damaged school gymnasium within a week.";
      assert.equal(findingsOf(e, loud, "claim").length, 1);
    });
  });
});

/** An invented pottery closure: opposites, nationalities, possibilities, figures. */
export const KILN: Record<string, string> = {
  "k1.txt": [
    "Orvella Ceramics to close Mossgrove kiln works",
    "",
    "9 June 2023",
    "",
    "MOSSGROVE -- Orvella Ceramics said on Friday it will close its kiln works in Mossgrove by the end of November, putting 310 jobs at risk.",
    "Shares in Orvella rose 3 percent in afternoon trading after the announcement.",
    "Chief executive Benedikt Sarrazin blamed the cost of gas and a slump in orders from hotel builders.",
    "The Potters' Guild has disputed the company's figures.",
    "Mayor Idris Quennell will not attend the closing ceremony, where Governor Talia Brookshaw will be present.",
    "Orvella is considering closing its warehouse on the canal.",
  ].join("\n"),
  "k2.md": [
    "---",
    "title: A buyer for the kilns?",
    "date: 2023-06-20",
    "---",
    "",
    "# A buyer for the kilns?",
    "",
    "Hallström Tiles, a family-owned Swedish maker of floor tiles, has entered talks to buy the Mossgrove kiln works.",
    "",
    "Ferrin Holdings is considering buying the glazing line at the works.",
    "",
    "Norway and Iceland could also join the regional trade pact that the governor has proposed.",
    "",
    "The town council wrote to Orvella asking for a 9-month extension so that a buyer could be found.",
    "",
    "The guild said the works had trained apprentices for four decades.",
    "",
    "Li Wen, an adviser to the governor, said the region would help any buyer with the cost of new kilns.",
  ].join("\n"),
};

describe("unsupported-claim: opposites, attributes, possibilities, figures", () => {
  const kiln = engineFrom(KILN);
  const claimsIn = (draft: string) => findingsOf(kiln, draft, "claim");

  describe("valid: stays quiet", () => {
    for (const draft of [
      // a negation belongs to its own clause's actor
      "Governor Talia Brookshaw is expected to attend the closing ceremony.",
      "Mayor Idris Quennell will skip the ceremony, but Governor Talia Brookshaw is expected to attend the closing ceremony.",
      // paraphrase vocabulary: a phrasal verb, a payroll
      "When Orvella switches off its last kiln at Mossgrove in November, the 310 people on its payroll will lose their jobs.",
      // the same direction, the same stance, the same nationality
      "Shares in Orvella rose 3 percent in afternoon trading after the announcement.",
      "The Potters' Guild disputed the company's figures.",
      "Hallström Tiles, a Swedish maker of floor tiles, is in talks to buy the kiln works.",
      // a possibility kept as one
      "Norway could also join the regional trade pact.",
      "Ferrin Holdings is considering buying the glazing line.",
      "Orvella is considering closing its warehouse on the canal.",
      // the corpus's own figure
      "The town council asked Orvella for a 9-month extension so that a buyer could be found.",
      // a capitalised opener the corpus never uses, standing for an actor it names otherwise
      "Stockholm backs the bold plan of Hallström Tiles to buy the kiln works.",
      // no predicate missing: only its object and its subject
      "Sarrazin has a record with the apprentices.",
      // a short name word one letter off a corpus full name is the name check's
      "Li Wenn, an adviser to the governor, said the region would help any buyer with the cost of new kilns.",
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, claimsIn(draft)), []));
    }
  });

  describe("invalid: flagged", () => {
    it("an opposite direction (fell where the corpus says rose)", () => {
      const draft = "Shares in Orvella fell 3 percent in afternoon trading after the announcement.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /"rose"/);
      assert.match(f[0].message, /k1\.txt, line 6/);
    });

    it("an opposite stance in a short claim (accepted where the corpus says disputed)", () => {
      const draft = "The Potters' Guild has accepted the company's figures.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /disputed/);
    });

    it("the same actor's negation still counts", () => {
      const draft = "Mayor Idris Quennell is expected to attend the closing ceremony.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /negates/);
    });

    it("another nationality for the same noun", () => {
      const draft = "Hallström Tiles, a Danish maker of floor tiles, is in talks to buy the kiln works.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /Swedish maker/);
      assert.equal(f[0].evidence[0].article, "k2.md");
    });

    it("a rarely mentioned actor's possibility reported as done", () => {
      const draft = "Norway has formally joined the regional trade pact.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /could also join/);
    });

    it("the aligned sentence's possibility reported as done (a frequent actor)", () => {
      const draft = "Orvella has closed its warehouse on the canal.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /considering/);
    });

    it("an event built around a figure the corpus has only with another value", () => {
      const draft = "Orvella said the closure date was firm but that it would grant a 4-month extension.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /9-month extension/);
      assert.equal(f[0].evidence[0].article, "k2.md");
    });

    it("a missing predicate weighs more (two rare words missing, one the main verb)", () => {
      const draft = "Sarrazin has agreed to underwrite the apprentices.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /underwrite/);
    });
  });
});

/** An invented ferry dispute: stances per actor, events that never happened, who did what, modifiers. */
export const FERRY: Record<string, string> = {
  "f1.txt": [
    "Talks on the Oskarvik ferry link stall",
    "",
    "12 March 2024",
    "",
    "OSKARVIK -- The Lindholm regional council rejected the harbour board's calls for a second ferry terminal, saying the cost was too high.",
    "Most coastal towns are reluctant to fund the new breakwater; Brennstad, however, has been insisting on a joint tender for the works.",
    "A promised phone call between Governor Ylva Marchetti and Mayor Piet Oyelaran that never happened has fuelled talk of a rift.",
    "The hospital arranged taxis for nurses while the bridge was closed.",
    "The city paid for extra buses to the harbour.",
    "Council leader Aurelio Sandqvist appointed Edda Kowalczyk as harbour commissioner, and Marchetti welcomed the appointment.",
    "The coastguard provides air support to the ferry crews during winter storms.",
    "Volunteers from the Oskarvik rowing club staffed weekend shifts at the emergency shelter.",
    "The board balanced its budget without raising fares for island residents.",
    // The draft's swapped modifier is a word of the story: the naval base.
    "The naval base at Oskarvik closed in 1998.",
  ].join("\n"),
  "f2.md": [
    "---",
    "title: Oskarvik weighs a new terminal",
    "date: 2024-03-20",
    "---",
    "",
    "# Oskarvik weighs a new terminal",
    "",
    "Brennstad, Tollerup and Vesterhaug have all sent engineers to survey the breakwater.",
    "",
    "The last night crossing to Vesterhaug left at eleven.",
    "",
    "Mayor Piet Oyelaran did not sign the ferry contract with Nordlys Shipping.",
    "",
    "The ferry contract with Nordlys Shipping was signed after a long delay by the harbour board, which had sought better terms for the island routes.",
    "",
    "No meeting between Marchetti and Sandqvist took place before the vote.",
  ].join("\n"),
};

describe("unsupported-claim: frames (stance per actor, events, who did what, modifiers)", () => {
  const ferry = engineFrom(FERRY);
  const claimsIn = (draft: string) => findingsOf(ferry, draft, "claim").filter((f) => f.severity !== "hint");

  describe("valid: stays quiet", () => {
    for (const draft of [
      // the same stance, said otherwise
      "The Lindholm regional council turned down the harbour board's calls for a second ferry terminal.",
      "Brennstad has been pushing for a joint tender for the works.",
      "Most coastal towns are reluctant to fund the new breakwater.",
      // an event reported as not having happened
      "A promised phone call between Marchetti and Oyelaran never took place.",
      // who did what, as in the corpus (active and passive)
      "Aurelio Sandqvist appointed Edda Kowalczyk as harbour commissioner.",
      "Edda Kowalczyk was appointed harbour commissioner by Aurelio Sandqvist.",
      "Marchetti welcomed the appointment of Edda Kowalczyk as harbour commissioner.",
      "The hospital arranged taxis for nurses while the bridge was closed.",
      // the corpus's own modifiers, or a general one
      "The coastguard provides air support to the ferry crews during winter storms.",
      "Volunteers from the Oskarvik rowing club staffed weekend shifts at the emergency shelter.",
      "The coastguard provides extra support to the ferry crews during winter storms.",
      // raise and increase meet; "without" kept
      "The board balanced its budget without increasing fares for island residents.",
      "The ferry contract with Nordlys Shipping was signed by the harbour board after a long delay.",
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, claimsIn(draft)), []));
    }
  });

  describe("invalid: flagged", () => {
    it("a stance reversed against a sentence that is not the best-covering one (welcomed where the corpus says rejected calls for it)", () => {
      const draft = "The Lindholm regional council has welcomed a second ferry terminal.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /rejected/);
      assert.equal(f[0].evidence[0].article, "f1.txt");
      assert.match(f[0].message, /f1\.txt, line 5/);
    });

    it("one actor's own clause decides, not the sentence's majority stance", () => {
      const draft = "Brennstad has also opposed a joint tender for the works.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /insisting/);
    });

    it("a negation reversed in a retrieved sentence other than the best one", () => {
      const draft = "Piet Oyelaran signed the ferry contract with Nordlys Shipping after a long delay.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /not sign/);
      assert.equal(f[0].evidence[0].article, "f2.md");
    });

    it("an event the corpus says never happened, reported as held by the same actors", () => {
      const draft = "Governor Ylva Marchetti and Mayor Piet Oyelaran held a phone call about the rift.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /did not take place/);
      assert.equal(f[0].evidence[0].article, "f1.txt");
    });

    it("an event the corpus says did not take place (\"no meeting … took place\")", () => {
      const draft = "Marchetti held a meeting with Sandqvist before the vote.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].evidence[0].article, "f2.md");
    });

    it("a deed given to another actor (common nouns)", () => {
      const draft = "The city arranged taxis for the hospital while the bridge was closed.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /hospital/);
    });

    it("a passive whose agent the corpus names otherwise", () => {
      const draft = "Edda Kowalczyk was appointed harbour commissioner by Ylva Marchetti.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /Sandqvist/);
    });

    it("one modifier swapped before the same noun", () => {
      for (const [draft, theirs] of [
        ["The coastguard provides naval support to the ferry crews during winter storms.", /air support/],
        ["Volunteers from the Oskarvik rowing club staffed night shifts at the emergency shelter.", /weekend shifts/],
      ] as const) {
        const f = claimsIn(draft);
        assert.deepEqual(flagged(draft, f), [draft]);
        assert.equal(f[0].severity, "information");
        assert.match(f[0].message, theirs);
      }
    });

    it("a modifier no article uses is only a hint (\"extra support\" for \"air support\")", () => {
      const draft = "The coastguard provides extra support to the ferry crews during winter storms.";
      assert.deepEqual(flagged(draft, claimsIn(draft)), []);
    });

    it("\"by increasing\" where the corpus says \"without raising\"", () => {
      const draft = "The board balanced its budget by increasing fares for island residents.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
    });
  });

  it("a stance given by reference to the sentence before (\"insisting on this\")", () => {
    const towns = engineFrom({
      "t1.txt": [
        "Harbour towns split over breakwater",
        "",
        "4 April 2024",
        "",
        "SKARNES -- Most harbour towns are reluctant to fund a second breakwater at Skarnes.",
        "Tollvik, however, has been insisting on this for several months.",
      ].join("\n"),
    });
    const loud = "Tollvik has opposed a second breakwater at Skarnes.";
    const f = findingsOf(towns, loud, "claim");
    assert.deepEqual(flagged(loud, f), [loud]);
    assert.match(f[0].message, /insisting/);
    assert.match(f[0].message, /t1\.txt, line 6/);
    const quiet = "Tollvik has long pushed for a second breakwater at Skarnes.";
    assert.deepEqual(flagged(quiet, findingsOf(towns, quiet, "claim")), []);
  });

  it("an organisation and its chief doing the same thing is no swap", () => {
    const mills = engineFrom({
      "m1.txt": [
        "Tessaly Mills to close Dunmore plant",
        "",
        "2 February 2025",
        "",
        "DUNMORE -- Tessaly Mills will close its Dunmore plant in the autumn.",
        "Chief executive Mara Quist blamed energy prices for the closure of the plant.",
      ].join("\n"),
    });
    const draft = "Tessaly Mills blamed energy prices for the closure of its Dunmore plant.";
    assert.deepEqual(flagged(draft, findingsOf(mills, draft, "claim")), []);
  });

  describe("coverage-only findings on fair paraphrases", () => {
    it("two missing words with every name covered: a hint, not a scored finding", () => {
      const draft = "Vesterhaug is courting Western shipowners.";
      const all = findingsOf(ferry, draft, "claim");
      assert.ok(all.every((f) => f.severity === "hint"));
    });
    it("a missing name still counts", () => {
      const draft = "Mayor Haldorsen is courting Western shipowners.";
      assert.equal(claimsIn(draft).length, 1);
    });
  });
});

/** An invented trade dispute: a call that never happened, named by one side only. */
export const TRADE: Record<string, string> = {
  "t1.txt": [
    "Tariff talks drift",
    "",
    "4 June 2024",
    "",
    "VALMORA -- Chancellor Edvin Rask had promised a phone call with his counterpart that never happened, aides said.",
    "Rask met union leaders in Valmora on Tuesday.",
    "Premier Lucia Ferrante said the tariff dispute would be settled by the autumn.",
  ].join("\n"),
  "t2.txt": [
    "Ports count the cost",
    "",
    "6 June 2024",
    "",
    "ORVIK -- Harbour chief Dagny Holm held a phone call with Premier Lucia Ferrante on Monday about the tariffs.",
  ].join("\n"),
};

describe("unsupported-claim: round 3 (partial actors, demonyms, anaphora)", () => {
  const trade = engineFrom(TRADE);
  const tradeClaims = (draft: string) => findingsOf(trade, draft, "claim").filter((f) => f.severity !== "hint");

  describe("denied events named by one of the actors", () => {
    it("invalid: an event the corpus denies, held by the draft's two actors of whom the corpus names one", () => {
      const draft = "Edvin Rask and Lucia Ferrante held a phone call about the tariffs.";
      const f = tradeClaims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /did not take place/);
      assert.match(f[0].message, /t1\.txt, line 5/);
    });
    it("valid: a call the corpus reports as held with one of the actors", () => {
      const draft = "Dagny Holm and Lucia Ferrante held a phone call on Monday.";
      assert.deepEqual(flagged(draft, tradeClaims(draft)), []);
    });
    it("valid: the denial names someone else near the event", () => {
      const ships = engineFrom({
        "s1.txt": [
          "Shipyard talks",
          "",
          "4 June 2024",
          "",
          "KESTA -- A phone call between Edvin Rask and Marit Sollund never happened.",
          "Rask visited the shipyard in Kesta on Friday.",
          "Lucia Ferrante visited the shipyard in Kesta on Monday.",
        ].join("\n"),
      });
      const draft = "Edvin Rask and Lucia Ferrante held a phone call on Friday.";
      const f = findingsOf(ships, draft, "claim").filter((x) => x.severity === "warning" && /did not take place/.test(x.message));
      assert.deepEqual(f, []);
    });
  });

  describe("a demonym and its country name the same actor", () => {
    const dam = engineFrom({
      "d1.txt": [
        "Korsvik dam inspected",
        "",
        "9 April 2024",
        "",
        "KORSVIK -- Premier Lucia Ferrante rejected calls for Sweden's participation in the river patrol.",
        "Swedish engineers inspected the cracked spillway of the Korsvik dam on Friday.",
        "Councillor Anselm Brix backed a Norwegian proposal to widen the spillway.",
        "Ferrante welcomed Danish participation in the river patrol.",
      ].join("\n"),
    });
    const damClaims = (draft: string) => findingsOf(dam, draft, "claim").filter((f) => f.severity !== "hint");
    for (const draft of [
      "Engineers from Sweden inspected the cracked spillway of the Korsvik dam.",
      "Sweden's engineers inspected the cracked spillway of the Korsvik dam on Friday.",
      "Ferrante turned down the idea of Swedish participation in the river patrol.",
      "Anselm Brix backed Norway's proposal to widen the spillway.",
      "Anselm Brix supported the Norwegian proposal to widen the spillway.",
    ]) {
      it(`valid: ${JSON.stringify(draft.slice(0, 60))}`, () => assert.deepEqual(flagged(draft, damClaims(draft)), []));
    }
    it("invalid: a stance reversed on the country's participation, written with the demonym", () => {
      const draft = "Ferrante has welcomed the idea of Swedish participation.";
      const f = damClaims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /rejected/);
      assert.match(f[0].message, /d1\.txt, line 5/);
    });
    it("invalid: another country's participation welcomed does not excuse this one's", () => {
      const draft = "Ferrante welcomed Swedish participation in the river patrol.";
      const f = damClaims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /rejected/);
    });
    it("valid: a stance on another country's participation is no contradiction", () => {
      const draft = "Ferrante has welcomed Danish participation in the river patrol.";
      assert.deepEqual(flagged(draft, damClaims(draft)), []);
    });
    it("invalid: a stance reversed on a country's proposal, corpus with the demonym", () => {
      const draft = "Anselm Brix opposed Norway's proposal.";
      const f = damClaims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /backed/);
    });
  });

  describe("\"the idea\", \"the plan\": the object of the sentence before", () => {
    const lake = engineFrom({
      "l1.txt": [
        "Lake patrol debated",
        "",
        "2 May 2024",
        "",
        "MERRIN -- Several lakeside towns want a joint patrol boat on Lake Merrin.",
        "Councillor Anselm Brix, however, opposed the idea at Tuesday's meeting.",
        "The harbour board proposed a ferry levy for tourists.",
        "Mayor Ottilie Varga rejected the plan of a ferry levy outright.",
      ].join("\n"),
    });
    const lakeClaims = (draft: string) => findingsOf(lake, draft, "claim").filter((f) => f.severity !== "hint");
    for (const draft of [
      "Anselm Brix opposed a joint patrol boat on Lake Merrin.",
      "Anselm Brix has resisted calls for a joint patrol boat on Lake Merrin.",
      // "the plan of X" names its own content: nothing is carried over
      "Ottilie Varga rejected a ferry levy for tourists.",
    ]) {
      it(`valid: ${JSON.stringify(draft.slice(0, 60))}`, () => assert.deepEqual(flagged(draft, lakeClaims(draft)), []));
    }
    it("invalid: a stance reversed against \"opposed the idea\" (the idea: the sentence before)", () => {
      const draft = "Anselm Brix has backed a joint patrol boat on Lake Merrin.";
      const f = lakeClaims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /opposed/);
      assert.match(f[0].message, /l1\.txt, line 6/);
    });
    it("invalid: in the draft, \"the idea\" takes the object of the clause before", () => {
      const draft = "Several towns want a joint patrol boat on Lake Merrin, but Anselm Brix welcomed the idea.";
      const f = lakeClaims(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.match(f[0].message, /opposed/);
    });
    it("frames: \"the idea\" alone points back, \"the idea of X\" does not", async () => {
      const { framesOf } = await import("../../server/src/engine/analysis/frames");
      const { termsOf } = await import("../../server/src/engine/analysis/claims");
      const names = (text: string, who: string) => [{ text: who, start: text.indexOf(who), end: text.indexOf(who) + who.length, tokens: [{ text: who, start: text.indexOf(who), end: text.indexOf(who) + who.length }], prefix: [], sentence: 0, initial: text.startsWith(who) }];
      for (const [text, anaphoric] of [
        ["Brix opposed the idea at the meeting.", true],
        ["Brix opposed the idea of a patrol boat.", false],
        ["Brix opposed such a plan, aides said.", true],
        ["Brix opposed the plan to buy a patrol boat.", false],
      ] as const) {
        const f = framesOf(text, 0, names(text, "Brix"), termsOf(text, 0, names(text, "Brix")));
        assert.equal(!!f[0]?.anaphoric, anaphoric, text);
      }
    });
  });

  describe("\"the <place> leader\": the person nearby sentences name with that place", () => {
    const fair = (lines: string[]) =>
      engineFrom({ "v1.txt": ["Trade fair opens", "", "3 June 2024", "", ...lines].join("\n") });
    const reversed = (e: ReturnType<typeof engineFrom>, draft: string) =>
      findingsOf(e, draft, "claim").filter((f) => f.severity === "warning" && /Valmora … rejected/.test(f.message));
    const draft = "Lucia Ferrante has welcomed a second toll bridge.";
    it("invalid: the draft gives the person the stance the descriptor's sentence reverses", () => {
      const e = fair([
        "VALMORA -- Premier Lucia Ferrante opened the trade fair in Valmora on Monday.",
        "The Valmora leader has rejected calls for a second toll bridge.",
      ]);
      const f = reversed(e, draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /v1\.txt, line 6/);
    });
    it("valid: two people named with the place: ambiguous, no one is resolved", () => {
      const e = fair([
        "VALMORA -- Premier Lucia Ferrante and Chancellor Edvin Rask opened the trade fair in Valmora on Monday.",
        "The Valmora leader has rejected calls for a second toll bridge.",
      ]);
      assert.deepEqual(reversed(e, draft), []);
    });
    it("valid: a person named after the descriptor in its own sentence is someone else", () => {
      const e = fair([
        "The trade fair opened on Monday.",
        "The Valmora leader has rejected calls by Lucia Ferrante for a second toll bridge.",
      ]);
      assert.deepEqual(reversed(e, draft), []);
    });
    it("valid: a person named in a sentence without the place is not resolved", () => {
      const e = fair([
        "Premier Lucia Ferrante spoke to reporters on Monday.",
        "The Valmora leader has rejected calls for a second toll bridge.",
      ]);
      assert.deepEqual(reversed(e, draft), []);
    });
  });

  describe("nationality in titles", () => {
    it("a nationality in a title stays out: no country actor is read from it", async () => {
      const { termsOf } = await import("../../server/src/engine/analysis/claims");
      const { demonymActor } = await import("../../server/src/engine/analysis/nationality");
      const text = "The Swedish Prime Minister backed a Swedish proposal.";
      const terms = termsOf(text, 0);
      const at = (i: number) => demonymActor(terms, i, text, 0);
      const idx = terms.map((t, i) => [t.text, i] as const).filter(([w]) => w === "Swedish").map(([, i]) => i);
      assert.deepEqual(at(idx[0]), []);
      assert.equal(at(idx[1]).length, 1);
    });
  });
});

/** An invented irrigation story: a bound on a rate, stances in relative clauses, an appointment. */
const VALLEY: Record<string, string> = {
  "v1.txt": [
    "Water rules for Pellworth growers",
    "",
    "5 July 2024",
    "",
    "PELLWORTH -- Growers may draw water no more than two days per week under the new rules, the valley board said.",
    "The Pellworth Board of Trade, which had called for a water levy, welcomed the rules.",
    "The Tarnby Fruit Guild, which opposed the levy, said the rules came too late.",
    "Commissioner Wendeline Sorokova appointed Jarrah Quillfeather to chair the water panel.",
  ].join("\n"),
  "v2.txt": [
    "Pumping station opens",
    "",
    "2 June 2024",
    "",
    "PELLWORTH -- Mayor Osgood Brannoch opened the new pumping station on Saturday.",
    "Brannoch said the station would serve forty farms in the valley.",
  ].join("\n"),
};

describe("unsupported-claim: bounds, relative clauses, passive agents", () => {
  const valley = engineFrom(VALLEY);
  const claimsIn = (draft: string, e = valley) => findingsOf(e, draft, "claim").filter((f) => f.severity !== "hint");

  describe("valid: stays quiet", () => {
    for (const draft of [
      // A bound is no negation: the figure is the number check's business.
      "The new rules cap water draws at three days per week for growers, the valley board said.",
      "The Pellworth Board of Trade, which had called for a water levy, welcomed the rules.",
      "The Tarnby Fruit Guild, which rejected the levy, said the rules came too late.",
      "Jarrah Quillfeather was appointed by Commissioner Sorokova to chair the water panel.",
      "Jarrah Quillfeather was appointed by Wendeline Sorokova to chair the water panel.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claimsIn(draft)), []));
    }
    it("a passive agent that another corpus sentence also gives the deed to", () => {
      const both = engineFrom({ ...VALLEY, "v3.txt": "Mayor Osgood Brannoch appointed Jarrah Quillfeather to the water panel last year." });
      const draft = "Jarrah Quillfeather was appointed by Mayor Osgood Brannoch to chair the water panel.";
      assert.deepEqual(flagged(draft, claimsIn(draft, both)), []);
    });
  });

  describe("invalid: flagged", () => {
    it("a stance reversed in a relative clause", () => {
      const draft = "The Pellworth Board of Trade, which had opposed a water levy, welcomed the rules.";
      const f = claimsIn(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /called/);
      assert.equal(f[0].evidence[0].article, "v1.txt");
    });
    it("a stance reversed in a relative clause after a common-noun name", () => {
      const draft = "The Tarnby Fruit Guild, which had backed the levy, said the rules came too late.";
      assert.equal(claimsIn(draft).length, 1);
    });
    it("a passive whose named agent the corpus does not give the deed to (full names: warning)", () => {
      const draft = "Jarrah Quillfeather was appointed by Mayor Osgood Brannoch to chair the water panel.";
      const f = claimsIn(draft);
      assert.deepEqual(flagged(draft, f), [draft]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /Sorokova/);
    });
    it("a passive with a surname only as agent: information", () => {
      const draft = "Jarrah Quillfeather was appointed by Brannoch to chair the water panel.";
      const f = claimsIn(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
    });
  });
});

describe("unsupported-claim: openers and shared places", () => {
  const e = engineFrom({
    "g1.txt": "The harbour chief will not attend Friday's regatta in Westmouth, where Mayor Ilse Brandvold will be present. Brandvold said the regatta would go ahead.",
    "g2.txt": "Finland and Estonia sent two ferries to Westmouth for the regatta.",
  });
  const claims = (draft: string) => findingsOf(e, draft, "claim");
  it("a negation in one actor's clause does not contradict another actor's clause that shares only a place", () => {
    assert.deepEqual(claims("Mayor Ilse Brandvold will be present at the regatta in Westmouth."), []);
    assert.deepEqual(claims("Brandvold will attend the regatta in Westmouth."), []);
  });
  it("a one-word opener followed by an auxiliary reads as a name: a new actor is flagged", () => {
    const f = claims("Norway has pledged two ferries to the regatta.");
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Norway/);
  });
  it("a one-word opener that reads as an ordinary word proves little", () => {
    assert.deepEqual(claims("Finland and Estonia sent two ferries to Westmouth for the regatta."), []);
  });
});
