// Sixth round, on an invented story (a canal lock collapse and its
// investigation): a place set in capitals in a dateline is the same spelling
// as in the body, an acronym and the name it abbreviates are one body in a
// list, a capital city stands for its country's government, a body's name
// misspelt inside a role is the name check's business, not a title clash, a
// dateline's weekday and a "said on" weekday of the same day are one
// weekday, a name's fix leaves the title before it alone, and police ranks
// ("Detective Inspector" / "Detective Superintendent") are two posts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const LOCK: Record<string, string> = {
  "l1.txt": [
    "Lock gates give way on the Fenmoor canal",
    "",
    "WESTRAY, Monday, 3 March 2025 -- The gates of Hollin Lock gave way early on Monday, draining a two-mile stretch of the canal, the Inland Waterways Trust said.",
    "Boats were stranded along the towpath between Westray and Kelby, and the trust closed the canal to traffic.",
    "Detective Superintendent Orla Venn of the Westray Police said officers were examining whether the gates had been tampered with.",
    "Colm Reddy, chief executive of Marlow Security, whose firm guards the lock keeper's cottage, said his staff had seen nothing unusual.",
    "The repair effort, led by the IWT and Norway, is expected to take six weeks.",
    "Danish engineers will help rebuild the gates, the trust said.",
    "The trust expects more than 40 boats to be stranded until the gates are rebuilt.",
    "Venn told the county's transport committee at a tense three-hour hearing that the inquiry would take months.",
    "\"We will find every boat a mooring,\" said Nadia Farrow, a spokeswoman for the trust.",
    "Ewan Tallis, a former Danish army officer who leads the engineers, said the gates were old.",
    "Governor Oda Lunde said the repair effort would take six weeks.",
    "Reddy rejected a suggestion that the gates had been tampered with.",
    "Wooden gates are hard to repair in winter, Tallis said, which leaves the trust with two choices. \"The old hinges are the weakest part of any lock on this canal,\" he said.",
    "\"A canal is only as strong as its weakest gate,\" says Venn.",
    "Norway and Iceland could also join the repair effort.",
    "The trust has not ruled out closing the canal for the summer.",
    "Lena Marsh, programme director for inland waters at the Halvard Institute, said the gates were a century old.",
    "The settlement gives lock keepers a rise of 4% backdated to 1 March, a further 2% in June 2026, and a payment of 300 euros.",
    "But Transport Minister Jonas Eide, was more cautious about it, on several occasions that Westray \"will not pay for a new lock alone.\"",
    "Station Officer Bram Tey of the Westray fire service said divers had searched the lock.",
    "Tey said none of the boats moored below the lock were classed as a danger to navigation.",
    "The trust sent 120 Canal Rescue volunteers to the towpath.",
    "Around the region, the trust has built up a 300-strong volunteer force and runs 12 depots along the canal.",
    "The lock repairs, estimated at £3.1 million, were instead put off until 2027.",
    "\"The replacement gates will reach the Westray canal basin within a fortnight,\" Venn said.",
    "The Fenmoor Basin Environment Agency said fish had died below the lock. The Fenmoor Basin Environment Agency will test the water for environmental damage.",
    "The trust said the lock chamber was finally drained at about 6 p.m. on Wednesday, 5 March, nearly 30 hours after the gates gave way.",
    "Ivo Sand, a professor of civil engineering at Westray College, said the hinges had corroded.",
    "Piet Lorne, a former Danish army officer, leads the salvage team.",
    "Freya Holm, a canal ecologist at Westray College, said the drained stretch would recover within a year.",
    "Colm Reddy, who had run Marlow Security for nine years, announced his departure on Wednesday in a letter to staff. \"The firm needs to win back the confidence of the canal towns, and that is best done by someone new,\" he wrote.",
  ].join("\n"),
  "l2.txt": [
    "Police arrest two over lock damage",
    "",
    "WESTRAY, Friday, 7 March 2025 -- Police have arrested two men over the damage to Hollin Lock, Detective Superintendent Orla Venn said on Friday.",
    "The men were held at addresses in Westray, Venn said.",
    "Westray council said the towpath would reopen in April.",
    "Colm Reddy, who runs Marlow Security, said his guards had acted properly.",
    "Danish engineers arrived in Westray on Thursday.",
  ].join("\n"),
  "l3.txt": [
    "Canal reopening delayed",
    "",
    "KELBY, Tuesday, 11 March 2025 -- Repairs to Hollin Lock will take longer than planned, the Inland Waterways Trust said on Tuesday.",
    "Boat owners in Westray said they had lost a month of trade.",
    "Orla Venn said the investigation was continuing.",
  ].join("\n"),
  "l4.txt": ["Trust names inspector", "", "KELBY, Wednesday, 12 March 2025 -- The trust named an inspector for the lock.", "He starts next week."].join("\n"),
  "l5.txt": ["Boat owners meet", "", "KELBY, Thursday, 13 March 2025 -- Boat owners met the trust to discuss compensation.", "No deal was reached."].join("\n"),
};

describe("round six: names", () => {
  const engine = engineFrom(LOCK);
  const names = (draft: string) => findingsOf(engine, draft, "name");

  it("valid: a place written in capitals in datelines is no majority spelling against the body's", () => {
    const draft = "Boats were stranded near Kelby after the gates gave way.";
    assert.deepEqual(flagged(draft, names(draft)), []);
  });
  it("valid: a first name the corpus gives with another, unlike surname", () => {
    const draft = "Ewan Morgan, a boat owner, said the gates were old.";
    assert.deepEqual(flagged(draft, names(draft)), []);
  });
  it("invalid: a surname further off than a typo after a first name the corpus gives one surname: a note", () => {
    const draft = "Ewan Talbot, a former Danish army officer, said the gates were old.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Ewan Talbot"]);
    assert.equal(f[0].severity, "information");
    assert.equal(f[0].suggestions[0], "Ewan Tallis");
  });
  it("valid: a body's name as the corpus writes it", () => {
    const draft = "The Fenmoor Basin Environment Agency said fish had died.";
    assert.deepEqual(flagged(draft, names(draft)), []);
  });
  it("invalid: a body's name with one word in another form", () => {
    const draft = "The Fenmoor Basin Environmental Agency said fish had died.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Fenmoor Basin Environmental Agency"]);
    assert.deepEqual(f[0].suggestions, ["Fenmoor Basin Environment Agency"]);
  });
  it("invalid: a misspelt name after a title is fixed without the title", () => {
    const draft = "Detective Superintendent Orla Vennt said officers were examining the gates.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Orla Vennt"]);
    assert.equal(f[0].suggestions[0], "Orla Venn");
  });
});

describe("round six: titles", () => {
  const engine = engineFrom(LOCK);
  const titles = (draft: string) => findingsOf(engine, draft, "title");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "Detective Superintendent Orla Venn said two men had been arrested.",
      "Nadia Farrow, the trust's spokeswoman, said every boat would find a mooring.",
      "Lena Marsh, who directs the inland waters programme at the Halvard Institute, said the gates were a century old.",
      "Lena Marsh, a programme director at the Halvard Institute, said the gates were a century old.",
      "Freya Holm, a scientist at Westray College, said the drained stretch would recover within a year.",
      "Ivo Sand, a professor at Westray College, said the hinges had corroded.",
      "Ivo Sand, a professor of civil engineering, said the hinges had corroded.",
      "Piet Lorne, a retired army officer, leads the salvage team.",
      "Station Officer Bram Tey said divers had searched the lock.",
      "Freya Holm, a senior ecologist at Westray College, said the drained stretch would recover within a year.",
      "Ewan Tallis, a former Danish army officer, said the gates were old.",
      // The body's name misspelt: the name check flags it, the title is the corpus's.
      "Colm Reddy, chief executive of Marrlow Security, said his staff had seen nothing unusual.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, titles(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("another police rank", () => {
      const draft = "Detective Inspector Orla Venn said two men had been arrested.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["Detective Inspector"]);
      assert.match(f[0].message, /Detective Superintendent/);
    });
    it("the chief executive of the body the corpus has them speak for", () => {
      const draft = "\"We will find every boat a mooring,\" said Nadia Farrow, the trust's chief executive.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["trust's chief executive"]);
      assert.equal(f[0].severity, "warning");
    });
    it("a former ministry post for a former army one: a note", () => {
      const draft = "Ewan Tallis, a former Danish defence ministry official, said the gates were old.";
      const f = titles(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
    });
    it("the director of a body for a programme director in it: a note", () => {
      const draft = "Lena Marsh, director of the Halvard Institute, said the gates were a century old.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["director of the Halvard Institute"]);
      assert.equal(f[0].severity, "information");
    });
    it("another field of science: a note", () => {
      const draft = "Freya Holm, a climate scientist at Westray College, said the drained stretch would recover within a year.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["climate scientist at Westray College"]);
      assert.equal(f[0].severity, "information");
    });
    it("another formal title with the same head: a note", () => {
      const draft = "Watch Officer Bram Tey said divers had searched the lock.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["Watch Officer"]);
      assert.equal(f[0].severity, "information");
    });
    it("a professor of another subject: a note", () => {
      const draft = "Ivo Sand, a professor of hydrology at Westray College, said the hinges had corroded.";
      const f = titles(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
    });
    it("another armed service: a note", () => {
      const draft = "Piet Lorne, a retired Danish air force general, leads the salvage team.";
      const f = titles(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
    });
    it("a programme director at another named body", () => {
      const draft = "Lena Marsh, a programme director at the Society for Canal Heritage, said the gates were a century old.";
      assert.equal(titles(draft).length, 1);
    });
    it("another body", () => {
      const draft = "Colm Reddy, chief executive of Harbour Logistics, said his staff had seen nothing unusual.";
      assert.deepEqual(flagged(draft, titles(draft)), ["chief executive of Harbour Logistics"]);
    });
  });
});

describe("round six: claims", () => {
  const engine = engineFrom(LOCK);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

  describe("valid: stays quiet", () => {
    for (const draft of [
      // An acronym and the name it abbreviates are one body.
      "The repair effort, led by the Inland Waterways Trust and Norway, is expected to take six weeks.",
      // A capital for its country, which the corpus names by its demonym.
      "Copenhagen will send engineers to help rebuild the gates, the trust said.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("valid: refusals", () => {
    for (const draft of [
      "Iceland could also join the repair effort.",
      "The trust has not ruled out closing the canal for the summer.",
      "The trust has not refused to close the canal for the summer.",
      "Tey said none of the boats below the lock were a danger to navigation.",
      "Gov. Oda Lunde said the repair effort would take six weeks.",
      "Colm Reddy dismissed a suggestion that the gates had been tampered with.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, claims(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a refusal where the corpus says they could, in a short claim", () => {
      const draft = "Iceland, by contrast, has ruled out joining the repair effort.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /negates/);
    });
    it("some where the corpus says none", () => {
      const draft = "Tey said some of the boats moored below the lock were classed as a danger to navigation.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /negates "classed"/);
    });
    it("a refusal where the corpus denies ruling it out", () => {
      const draft = "The trust has ruled out closing the canal for the summer.";
      assert.equal(claims(draft).length, 1);
    });
    it("another body in the list", () => {
      const draft = "The repair effort, led by the IWT and Sweden, is expected to take six weeks.";
      assert.equal(claims(draft).length, 1);
    });
    it("a capital of a country the corpus never mentions", () => {
      const draft = "Lisbon will send engineers to help rebuild the gates, the trust said.";
      const f = claims(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Lisbon/);
    });
  });
});

describe("round six: figures", () => {
  const engine = engineFrom(LOCK);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "The trust expects more than 40 boats to be stranded, which Reddy has called a disaster.",
      "Venn told the county's transport committee at a tense three-hour session that the inquiry would take months.",
      "The water was gone by about 6 p.m. on Wednesday, 5 March, nearly 30 hours after the trust's gates failed.",
      "The trust sent 120 Canal Rescue volunteers to the towpath.",
      "Instead, the trust pushed the £3.1 million repairs back to 2027.",
      "The trust keeps a standby force of 300 and runs 12 depots, it says.",
      // Another sitting, told in other words: no figure to hold it to.
      "A four-hour meeting of boat owners is planned for April.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a bound the other way, with a relative clause after it", () => {
      const draft = "The trust expects nearly 40 boats to be stranded, which Colm Reddy of Marlow Security has called \"a dark day for traders, owners and the whole canal community\".";
      assert.deepEqual(flagged(draft, numbers(draft)), ["nearly 40 boats"]);
    });
    it("the same full date in the corpus sentence anchors a figure told in other words", () => {
      const draft = "The water was gone by about 6 p.m. on Wednesday, 5 March, more than 30 hours after the trust's gates failed.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["more than 30 hours"]);
      assert.deepEqual(f[0].suggestions, ["nearly 30 hours"]);
    });
    it("a group's size written after it anchors the sentence's other figure", () => {
      const draft = "The trust keeps a standby force of 300 and runs 21 depots, it says.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["21 depots"]);
    });
    it("a count of a noun qualified by a name", () => {
      const draft = "The trust sent 210 Canal Rescue volunteers to the towpath.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["210 Canal Rescue volunteers"]);
    });
    it("the same bare year in the corpus sentence anchors a sum told in other words", () => {
      const draft = "Instead, the trust pushed the £1.3 million repairs back to 2027.";
      const f = numbers(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /£3\.1 million/);
    });
    it("the same sitting under another name, with another length", () => {
      const draft = "Venn told the county's transport committee at a tense four-hour session that the inquiry would take months.";
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), ["four-hour"]);
      assert.deepEqual(f[0].suggestions, ["three-hour"]);
    });
  });
});

describe("round six: who said it", () => {
  const engine = engineFrom(LOCK);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "\"The old hinges are the weakest part of any lock on this canal,\" said Ewan Tallis.",
      "Orla Venn put the problem bluntly: \"A canal is only as strong as its weakest gate.\"",
      "The trust's notice was blunt: \"A canal is only as strong as its weakest gate.\"",
      "Jonas Eide has insisted that Westray \"will not pay for a new lock alone.\"",
      "\"The new rules will apply from next month,\" Venn said.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, quotes(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    it("a quotation the corpus gives by a pronoun after a sentence that opens with an ordinary word", () => {
      const draft = "\"The old hinges are the weakest part of any lock on this canal,\" said Colm Reddy.";
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Ewan Tallis/);
    });
    it("a quotation the corpus gives in a sentence that lost its verb of saying: a note", () => {
      const draft = "Orla Venn has also insisted that Westray \"will not pay for a new lock alone.\"";
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /Jonas Eide/);
    });
    it("a quotation with one phrase swapped", () => {
      const draft = "\"The replacement gates will come to Kelby within a fortnight,\" Venn said.";
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /'come to Kelby' where the corpus has 'reach the Westray canal basin'/);
    });
    it("a quotation given after a colon to the person the sentence opens with", () => {
      const draft = "Colm Reddy put the problem bluntly: \"A canal is only as strong as its weakest gate.\"";
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Orla Venn/);
    });
  });
});

describe("round six: a statement's weekday under a dateline of the same day", () => {
  const engine = engineFrom(LOCK);
  const dates = (draft: string) => findingsOf(engine, draft, "date");

  describe("valid: stays quiet", () => {
    for (const draft of [
      "Police have arrested two men over the damage to Hollin Lock, Detective Superintendent Orla Venn said on Friday.",
      // The act the draft dates is not the saying the corpus dates, nor its dateline.
      "When the gates of Hollin Lock gave way on Monday, the trust said boats were stranded.",
    ]) {
      it(draft, () => assert.deepEqual(flagged(draft, dates(draft)), []));
    }
  });
  it("valid: the same share in the same month and year", () => {
    const draft = "Under the settlement, lock keepers' pay rises by 4%, backdated to 1 March, with a further 2% due in June 2026.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("valid: another share in another year", () => {
    const draft = "Lock keepers' pay rose by 5% in June 2021.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: the same share in the same month of another year: a note", () => {
    const draft = "Under the settlement, lock keepers' pay rises by 4%, backdated to 1 March, with a further 2% due in June 2027.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["June 2027"]);
    assert.equal(f[0].severity, "information");
    assert.deepEqual(f[0].suggestions, ["June 2026"]);
  });
  it("valid: a statement the corpus tells over two sentences, on its weekday", () => {
    const draft = "Reddy, who had run Marlow Security for nine years, told staff in a letter on Wednesday that the firm needed to win back the confidence of the canal towns under someone new.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: a statement the corpus tells over two sentences, on another weekday: a note", () => {
    const draft = "Reddy, who had run Marlow Security for nine years, told staff in a letter on Thursday that the firm needed to win back the confidence of the canal towns under someone new.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Thursday"]);
    assert.equal(f[0].severity, "information");
  });
  it("invalid: the same statement on another weekday", () => {
    const draft = "Police have arrested two men over the damage to Hollin Lock, Detective Superintendent Orla Venn said on Thursday.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Thursday"]);
    assert.deepEqual(f[0].suggestions, ["Friday"]);
  });
});
