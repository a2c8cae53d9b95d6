// Eighth round, on an invented story (a canal barge operator, a lock that
// failed, and the council vote that followed): a surname that is also an
// English word ("Prior") one letter from the corpus's, in a name whose other
// words are the corpus's own, is the name misspelled; a name split or joined
// otherwise than the corpus writes it ("Raghu Nathan", "Alamin") is too; a
// tally written "by 31 votes to 12" is one figure; "at least 40" where the
// corpus has "more than 30" is a bound on the same side with another value;
// the part of a whole ("9 of the 14 stolen Lister pumps") counts what the
// whole counts, a participle or a name before the noun aside; a date after a
// comma and "and" ("…, and from June a guard will …") dates its own clause; the same number in feet
// where the corpus has metres is a slip of the unit; a judge named by the
// level of the court ("district judge" / "High Court judge") holds another
// post; so does the chair of a society's committee made the society's chair,
// and the head of a police force made its spokesman; a body's chief
// executive made its chairman is another post, and a managing director made
// chief executive of the same firm named shorter is a note; a clause that has no actor of its own ("…, is due at the summit") is
// about the sentence's subject when the corpus's negation is another actor's;
// what "would otherwise have" happened did not happen; a post one person holds
// at a time ("the trust's chief executive") given to another than the one
// the corpus names in it is the wrong person in the post; a quotation given
// to a description ("the trust's chief executive said") that fits another person of the
// corpus, not its speaker, is misattributed; an arrest where the corpus says,
// two sentences after a word of the story, that no one was arrested is the
// opposite of the corpus; so is "impose" where it says "lift"; so is a stance
// the corpus gives the other way round ("supports such a ban" / "opposes the
// idea"), each object read with the sentence before when it points back; a
// participle after an object ("want diesel barges banned") turns it as a word
// before it would ("want a ban on diesel barges"); a sentence that restates
// the corpus's and ends on another name ("… copied from the gates at
// Rotterdam" / "… based on the Dutch locks") is a note, when both endings open
// with the same word; "every barge" where
// the corpus says "all … except the Mayfly" drops an exception; "approved"
// where it says "still pending" is the opposite; a sentence that restates the
// corpus's but for its actor ("the Lowfield Barge Company must inspect" / "the
// trust must inspect") has another actor; a negated predicate the other
// sentence says in other words ("not working" / "out of service") is no flip
// of the later words it reaches ("early May"), but a negation reaches through
// "try" ("would not try to reopen").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const CANAL: Record<string, string> = {
  "c1.txt": [
    "Lock failure strands barges",
    "",
    "ASHWORTH, Tuesday, 3 March 2026 -- A lock gate on the Ashworth Canal gave way on Monday, stranding 14 barges, the canal trust said.",
    "Colin Pryor, the trust's chief engineer, said the gate's hinges had rusted through.",
    "Colin Pryor said repairs would take at least six weeks.",
    "The trust expects more than 30 volunteers to help clear the silt.",
    "Each barge is 40 metres long and carries up to 90 tonnes of grain.",
    "Anita Raghunathan, who runs the Lowfield Barge Company, said her crews were safe.",
    "Anita Raghunathan said the company would lose money every day the lock stayed shut.",
    "Sara Al Amin, a lock keeper, said she had reported the rust last year, well prior to the failure.",
    "Helen Arkwright, a retired district judge, will chair an inquiry into the failure.",
    "Boats from South Wharf joined the rescue.",
    "Ruth Okoye, who chairs the safety committee of the Canal Society, praised the crews.",
    "Inspector Dan Wells, head of the river police, said the gate had not been tampered with.",
    "Nigel Crabtree, a retired boatman, filmed the gate as it gave way.",
    "Crabtree said the water rose fast.",
    "Sergeant Tomas Gallardo said the towpath would stay closed.",
    "Owen Tait, managing director of Kestrel Marine Group, said the barges were insured.",
    "Marcus Hale, the trust's chief executive, apologised to boat owners.",
    "\"The hinges had simply rusted through over the years,\" said Colin Pryor.",
  ].join("\n"),
  "c2.txt": [
    "Council backs canal inquiry",
    "",
    "The motion to fund the inquiry was carried by 31 votes to 12 on Thursday.",
    "The trust's chairman will not attend Friday's hearing in Ashworth, where barge company boss Anita Raghunathan will be present.",
    "The repair contract went to the firm that would otherwise have lost the tender.",
    "All the stranded barges had been freed by Friday except the grain barge Mayfly.",
    "The trust's request for emergency funding from the ministry is still pending, its chairman said.",
    "Under the new rules, the trust must inspect every lock gate twice a year.",
    "The trust's board approved 2 million pounds for new lock gates on Monday, March 9.",
    "One of the two pumps at the lock had been out of service since early May.",
    "The trust said it would not try to reopen the lock before June.",
  ].join("\n"),
  "c3.txt": [
    "Police examine lock gate",
    "",
    "Police in Ashworth said detectives had examined the damaged gate for signs of sabotage.",
    "They also spoke to boat owners moored nearby.",
    "No one has been arrested.",
    "The trust said it would lift the speed limit on the canal in April.",
    "Police found 9 of the 14 stolen Lister pumps hidden in a barn near the lock.",
    "Campaigners want a ban on diesel barges along the whole canal.",
    "Marcus Hale opposes the idea.",
    "The new lock gates for the canal were designed last year by trust engineers and are based on the Dutch locks.",
    "Engineers from Rotterdam inspected the broken gate in March.",
  ].join("\n"),
};

describe("round eight: names", () => {
  const engine = engineFrom(CANAL);
  const names = (draft: string) => findingsOf(engine, draft, "name");

  for (const draft of [
    "Colin Pryor said the hinges had rusted.",
    "Anita Raghunathan said her crews were safe.",
    "Sara Al Amin said she had reported the rust.",
    "A walk by Prior Lodge ends at the lock.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, names(draft)), []));
  }
  it("invalid: a surname that is an English word one letter off", () => {
    const draft = "Colin Prior, the trust's chief engineer, said the hinges had rusted.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Colin Prior"]);
    assert.deepEqual(f[0].suggestions, ["Colin Pryor"]);
    assert.equal(f[0].severity, "warning");
  });
  for (const draft of ["Boats from North Wharf joined the rescue.", "Ms Arkwright will chair the inquiry.", "Helen Arkwright will chair the inquiry."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, names(draft)), []));
  }
  it("invalid: another first name with a surname the corpus gives one person", () => {
    const draft = "Margaret Arkwright will chair the inquiry.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Margaret Arkwright"]);
    assert.equal(f[0].severity, "information");
    assert.deepEqual(f[0].suggestions, ["Helen Arkwright"]);
  });
  it("invalid: another first name with a surname the corpus also writes alone", () => {
    const draft = "Simon Crabtree filmed the gate as it gave way.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Simon Crabtree"]);
    assert.deepEqual(f[0].suggestions, ["Nigel Crabtree"]);
  });
  it("invalid: another surname sharing four letters, after a rank", () => {
    const draft = "Sergeant Tomas Gallagher said the towpath would stay closed.";
    const f = names(draft);
    assert.deepEqual(f[0].suggestions, ["Tomas Gallardo"]);
    assert.equal(f[0].severity, "information");
  });
  it("a first name a letter off stays a misspelling", () => {
    const draft = "Helena Arkwright will chair the inquiry.";
    const f = names(draft);
    assert.deepEqual(f[0].suggestions, ["Helen Arkwright"]);
    assert.match(f[0].message, /spells the name "Helen"/);
  });
  it("invalid: a name split in two", () => {
    const draft = "Anita Raghu Nathan said her crews were safe.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Anita Raghu Nathan"]);
    assert.deepEqual(f[0].suggestions, ["Anita Raghunathan"]);
  });
  it("invalid: a name joined in one", () => {
    const draft = "Sara Alamin said she had reported the rust last year.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Sara Alamin"]);
    assert.deepEqual(f[0].suggestions, ["Sara Al Amin"]);
  });
});

describe("round eight: figures", () => {
  const engine = engineFrom(CANAL);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");

  for (const draft of ["The motion to fund the inquiry was carried by 31 votes to 12.", "Each barge is 40 metres long.", "Councillors voted 31 to 12 to fund the inquiry."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: a tally in words with another count", () => {
    const draft = "The motion to fund the inquiry was carried by 31 votes to 21.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["31 votes to 21"]);
  });
  for (const draft of ["The trust expects over 30 volunteers to help clear the silt.", "The trust expects at least 30 volunteers to help clear the silt."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: a bound on the same side with another value", () => {
    const draft = "The trust expects at least 40 volunteers to help clear the silt.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["at least 40 volunteers"]);
  });
  for (const draft of [
    "Police found 9 of the 14 stolen pumps in a barn.",
    "Nine of the pumps were found hidden in a barn near the lock.",
    "Police found 9 of the 14 stolen Lister pumps hidden in a barn near the lock.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: another part of the same whole ('11 of the 14 stolen Lister pumps')", () => {
    const draft = "Police found 11 of the 14 stolen Lister pumps hidden in a barn near the lock.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["11"]);
    assert.deepEqual(f[0].suggestions, ["9"]);
  });
  it("invalid: feet for metres", () => {
    const draft = "Each barge is 40 feet long and carries up to 90 tonnes of grain.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["40 feet"]);
    assert.deepEqual(f[0].suggestions, ["40 metres"]);
  });
});

describe("round eight: a date that opens its own clause", () => {
  const engine = engineFrom(CANAL);
  const dates = (draft: string) => findingsOf(engine, draft, "date");

  it("valid: a date after a comma and 'and' dates what follows it", () => {
    const draft = "The trust's board has approved 2 million pounds for new lock gates, and from June a guard will be on duty every night.";
    assert.deepEqual(flagged(draft, dates(draft)), []);
  });
  it("invalid: the same act on another date", () => {
    const draft = "The trust's board approved 2 million pounds for new lock gates on Tuesday, March 10.";
    assert.deepEqual(flagged(draft, dates(draft)), ["Tuesday, March 10"]);
  });
});

describe("round eight: a judge named by the level of the court", () => {
  const engine = engineFrom(CANAL);
  const titles = (draft: string) => findingsOf(engine, draft, "title");

  for (const draft of [
    "Ruth Okoye, who chairs the safety committee of the Canal Society, praised the crews.",
    "Dan Wells, head of the river police, said the gate was intact.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: the chair of a committee made the chair of the whole society", () => {
    const draft = "Ruth Okoye, who chairs the Canal Society, praised the crews.";
    assert.equal(titles(draft).length, 1);
  });
  it("invalid: a body's chief executive made its chairman", () => {
    const draft = "Marcus Hale, the trust's chairman, apologised to boat owners.";
    assert.equal(titles(draft).length, 1);
  });
  it("valid: the corpus's own top post", () => {
    const draft = "Owen Tait, managing director of Kestrel Marine Group, said the barges were insured.";
    assert.deepEqual(flagged(draft, titles(draft)), []);
  });
  it("invalid: a managing director made chief executive of the same firm, named shorter (a note)", () => {
    const draft = "Owen Tait, chief executive of Kestrel Marine, said the barges were insured.";
    const f = titles(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
  });
  it("invalid: the head of a police force made its spokesman", () => {
    const draft = "River police spokesman Dan Wells said the gate had not been tampered with.";
    const f = titles(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /head of the river police/);
  });

  for (const draft of ["Helen Arkwright, a retired judge, will chair the inquiry.", "Helen Arkwright, a retired district judge, will chair the inquiry."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: a High Court judge for a district judge", () => {
    const draft = "Helen Arkwright, a retired High Court judge, will chair the inquiry.";
    assert.equal(titles(draft).length, 1);
  });
});

describe("round eight: a post one person holds, given to another", () => {
  const engine = engineFrom(CANAL);
  const titles = (draft: string) => findingsOf(engine, draft, "title");

  for (const draft of [
    "Marcus Hale, the trust's chief executive, apologised.",
    "Colin Pryor, the trust's chief engineer, apologised.",
    "Colin Pryor, chief executive of the Lowfield Barge Company, apologised.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  it("invalid: the trust's chief executive is someone else", () => {
    const draft = "Colin Pryor, the trust's chief executive, apologised to boat owners.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["trust's chief executive"]);
    assert.equal(f[0].severity, "warning");
    assert.match(f[0].message, /Marcus Hale/);
    assert.deepEqual(f[0].suggestions.slice(0, 1), ["trust's chief engineer"]);
  });
});

describe("round eight: a quotation given to a description of someone else", () => {
  const engine = engineFrom(CANAL);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");

  for (const draft of [
    "\"The hinges had simply rusted through over the years,\" the trust's chief engineer said.",
    "\"The hinges had simply rusted through over the years,\" an engineer said.",
    "\"The hinges had simply rusted through over the years,\" said Colin Pryor.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, quotes(draft)), []));
  }
  it("invalid: the words of the engineer given to the chief executive", () => {
    const draft = "\"The hinges had simply rusted through over the years,\" the trust's chief executive said.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Colin Pryor.*Marcus Hale/);
  });
});

describe("round eight: claims", () => {
  const engine = engineFrom(CANAL);
  const claims = (draft: string) => findingsOf(engine, draft, "claim").filter((f) => f.severity !== "hint");

  for (const draft of [
    "Anita Raghunathan, the barge company boss, is due in Ashworth for Friday's hearing on the lock.",
    "The repair contract went to the winning firm.",
    "Police have not arrested anyone over the sabotage.",
    "The trust said it would lift the speed limit on the canal in April.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: an arrest where the corpus says, two sentences after the story's word, that no one was arrested", () => {
    const draft = "Police arrested a man over the sabotage.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /no arrest/);
  });
  for (const draft of [
    "Marcus Hale opposes a ban on diesel barges along the canal.",
    "Campaigners want diesel barges banned from the whole canal.",
    "Campaigners want diesel barges banned from the canal. Marcus Hale has said that he opposes such a ban.",
    "Marcus Hale has said that he supports the trust's repair plan for the lock gates.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: a stance the corpus gives the other way round, each object read with the sentence before", () => {
    const draft = "Campaigners want diesel barges banned from the whole canal. Marcus Hale has said that he supports such a ban.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Marcus Hale opposes it/);
  });
  for (const draft of [
    "The new lock gates for the canal were designed last year by trust engineers and are modelled on the Dutch locks.",
    "The new lock gates for the canal were designed last year by trust engineers and are based on locks in the Netherlands.",
    "The new lock gates for the canal were designed last year by trust engineers, with help from Rotterdam.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: the same statement ending on another name", () => {
    const draft = "The new lock gates for the canal were designed last year by trust engineers and copied from the gates at Rotterdam.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /based on the Dutch locks/);
  });
  for (const draft of [
    "All the stranded barges had been freed by Friday except the Mayfly.",
    "The trust's request for emergency funding from the ministry is still pending.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: a whole group where the corpus makes an exception", () => {
    const draft = "Every stranded barge had been freed by Friday.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /exception \("except the grain barge Mayfly"\)/);
  });
  it("invalid: approved where the corpus says pending", () => {
    const draft = "The trust's request for emergency funding from the ministry has been approved, its chairman said.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"pending" where the draft says "approved"/);
  });
  for (const draft of [
    "Under the new rules, the trust must inspect every lock gate twice a year.",
    "Under the new rules, the canal trust must inspect every lock gate twice a year.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: the same statement with another actor in the one slot that differs", () => {
    const draft = "Under the new rules, the Lowfield Barge Company must inspect every lock gate twice a year.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"trust" here, not "Lowfield Barge Company"/);
  });
  for (const draft of [
    "One of the two pumps at the lock had not been working since early May.",
    "The trust said it would not reopen the lock before June.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, claims(draft)), []));
  }
  it("invalid: a negation reaching through 'try' denied", () => {
    const draft = "The trust said it would reopen the lock before June.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /negates "reopen"/);
  });
  it("invalid: 'impose' where the corpus says 'lift'", () => {
    const draft = "The trust said it would impose a speed limit on the canal in April.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"lift" where the draft says "impose"/);
  });
});
