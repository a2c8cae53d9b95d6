// Ninth round, on an invented story (a ferry adrift off a bay, towed back to
// port): a weekday is read by the words right before it in its clause, so a
// sentence with several dates ("…since Sunday was declared safe late on
// Tuesday night, … officials said on Wednesday") dates each act by its own
// lead-in; "was declared safe" is a passive, no statement. A first name the
// corpus gives one person with the surname of another ("Ines Pellew") is two
// names run together, and the sentence tells whose; a quotation in two parts
// around one wrong attribution is one mark. A police officer is not a
// prosecutor; a deputy head of government does not preside over a senate; a
// director-general heads the body a regional head of inspections works in;
// a title with its employer left out is the same title; one owner named by
// a single word ("Bayline's rescue chief") that the corpus's named employer
// does not hold is a note, unless the word is a country ("Norway's chief
// prosecutor" for one at the Norwegian Prosecution Authority); a chief of
// another trade than the one the corpus gives ("chief economist" / "analyst")
// is a note; a deputy minister is not the ministry's spokesperson. A number with no
// counted noun in a sentence that restates the corpus's ("Sixteen, who were
// working …", "an average of nine over …") is read in the same slot. The
// date given as "N years ago" is read from the corpus article's date; the
// date a named paper published ("the paper's report, published on …") is
// the corpus's date of publication with that name. "Tens of thousands" is
// twenty thousand at least, and is compared with a figure of the same thing
// after the same verb ("would need at least 10,000 new fenders"). The same
// number of the same unit amid many shared words is compared whatever the
// sentence's length ("more than three years" / "almost 3 years"). "N
// minutes later" after a clock time is read against the corpus's clock times;
// two digits swapped ("130,000" / "310,000") are the same figure mistyped; a
// date beside one the corpus gives with one other date in a sentence that says
// the same is that other date; a weekday written with a date picks the year. "No crew
// members would be dismissed" denies the dismissals, as "not" would; an
// -ing form after a verb ("consider halting") is a verb, no modifier;
// "pledged to build" says "committed to creating"; a capital at a sentence's
// end stands for its country ("between Norway and Sweden" / "between Oslo and
// Stockholm"); "will be in Harlow Bay for the hearing" says attending it; an
// arrest "…, Quist said" meets Quist's own "no arrests had been made".
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";
import { runValue } from "../../server/src/engine/analysis/aligned-numbers";

const FERRY: Record<string, string> = {
  "f1.txt": [
    "Ferry towed back to Harlow Bay",
    "",
    "HARLOW BAY, Thursday, 9 April 2026 -- The ferry that had drifted off Harlow Point since Sunday was declared safe late on Tuesday night, after 40 hours without power, coastguard officials said on Wednesday.",
    "Mira Castellan, the coastguard's duty controller, said the 212 passengers were tired but unhurt.",
    "Castellan said the coastguard had asked the ministry in 2023 for 3 million pounds for new radar and had been turned down.",
    "The operator, Bayline Ferries, said the engine fault would be investigated.",
    "Jonas Pellew, Bayline's chief executive, apologised to passengers at the quay.",
    "Ines Pellegrini, who leads the seafarers' union branch at Harlow Bay, said the crew had warned of engine trouble in March.",
    "Chief Prosecutor Hanna Welt, who is leading the inquiry, said no one was suspected of a crime.",
    "The president of the Norwegian Senate, Olaf Brenner, is leaving for Harlow Bay today.",
    "Lena Voss, head of inspections for the coastguard's northern region, said the ferry's engine logs had been seized.",
    "Marta Quill, Program Director for Coastal Safety at the Maritime Policy Institute, said ferries need backup engines.",
    "\"We warned them twice,\" Pellegrini said. \"Nobody at the company listened to the crew.\"",
  ].join("\n"),
  "f2.txt": [
    "Bayline suspends crossings",
    "",
    "Bayline Ferries suspended all crossings to the islands on Wednesday while engineers examined its fleet.",
    "Tugs from Port Selwick towed the ferry into the harbour.",
    "Inspector Mara Quist said detectives were examining the engine room. She said no arrests had been made.",
    "Hal Morrow will not attend Friday's inquiry hearing in Harlow Bay.",
    "Danish Transport Ministry spokeswoman Ida Holm said the ministry would review the crossing licences.",
    "An initial review found that the records of about 310,000 passengers had been exposed.",
    "Bayline said repairs had begun on Tuesday, October 27, and that all crossings were expected to be back by Friday, November 13.",
    "Bayline has committed to creating a reserve fleet of four tugs and has taken part in 12 rescues.",
    "The two ministers said they were ready to reopen the route once a deal between Oslo and Stockholm is reached.",
    "The engine alarm sounded at 2:05 a.m., the coastguard said.",
    "A lifeboat from Port Selwick reached the ferry at 2:41 a.m.",
    "Analyst Rolf Sande at Harbour Markets said the breakdown would cost Bayline dearly.",
    "The incident commander of the Brae Valley Rescue Service, Tove Ekdahl, said the passengers were calm.",
    "Bayline's chief engineer, Hal Morrow, said the fault was in the fuel pump.",
    "Siri Dahl, Chief Prosecutor at the Norwegian Prosecution Authority, opened an inquiry into the breakdown.",
    "After almost 3 years of delays, Bayline and the harbour board agreed a new timetable for the island crossings.",
    "Bayline said no crew members would be dismissed over the breakdown.",
    "The union asked Bayline to consider pausing production blasting near the quay until the hull had been checked.",
    "Engineers said a halt to sailings was unavoidable.",
    "The harbour board said the port would need at least tens of thousands of new fenders before winter.",
    "According to the Harlow Courier, which reported on March 3, 2026, the ferry's engines had failed twice before.",
    "Fourteen of them, who were working on the upper deck, were taken off within two hours.",
    "Sensors logged 19 faults in August, against a monthly average of six over the previous year.",
  ].join("\n"),
};

describe("round nine: dates", () => {
  const engine = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(engine, draft, "date");

  for (const draft of [
    "The ferry that drifted off Harlow Point was declared safe late on Tuesday night, after 40 hours without power.",
    "Coastguard officials said on Wednesday that the ferry was safe after 40 hours without power off Harlow Point.",
    "The ferry that drifted off Harlow Point was declared safe again on Wednesday, after 40 hours without power.",
    // The date a clause's own words lead to is the one compared, not "since Sunday" next to them.
    "The ferry was safe by Tuesday night after drifting off Harlow Point for 40 hours.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, dates(draft)), []));
  }
  it("invalid: a weekday whose lead-in the corpus writes before another day, in a sentence with several dates", () => {
    const draft = "The ferry that drifted off Harlow Point was declared safe late on Wednesday night, after 40 hours without power.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Wednesday"]);
    assert.deepEqual(f[0].suggestions, ["Tuesday"]);
    assert.match(f[0].message, /declared safe late on Tuesday/);
    assert.equal(f[0].evidence[0].article, "f1.txt");
  });
  it("invalid: the start of the span, read by its own lead-in", () => {
    const draft = "The ferry had drifted off Harlow Point since Monday.";
    assert.deepEqual(flagged(draft, dates(draft)), ["Monday"]);
    assert.deepEqual(dates(draft)[0].suggestions, ["Sunday"]);
  });
});

describe("round nine: years ago", () => {
  const engine = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  for (const draft of [
    "Castellan said the coastguard asked the ministry for 3 million pounds for new radar three years ago and was turned down.",
    "Castellan said the coastguard asked the ministry for 3 million pounds for new radar about two years ago and was turned down.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, dates(draft)), []));
  }
  it("invalid: another distance before the article's date", () => {
    const draft = "Castellan said the coastguard asked the ministry for 3 million pounds for new radar five years ago and was turned down.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["five years ago"]);
    assert.deepEqual(f[0].suggestions, ["in 2023"]);
    assert.equal(f[0].severity, "information");
  });
});

describe("round nine: dates of publication", () => {
  const engine = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  for (const draft of [
    "The Harlow Courier reported on March 3 that the engines had failed twice.",
    "The Harlow Courier said the engines had failed before. The paper's report, published on March 3, cited crew members.",
    "A report published on March 5 by the coastguard found no fault.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, dates(draft)), []));
  }
  it("invalid: the date of a report by the paper named in the sentence before", () => {
    const draft = "The Harlow Courier said the engines had failed before. The paper's report, published on March 5, cited crew members.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["March 5"]);
    assert.deepEqual(f[0].suggestions, ["March 3"]);
    assert.equal(f[0].severity, "information");
  });
});

describe("round nine: names run together", () => {
  const engine = engineFrom(FERRY);
  const names = (draft: string) => findingsOf(engine, draft, "name");

  for (const draft of ["Ines Pellegrini said the crew had warned of engine trouble.", "Jonas Pellew apologised to passengers.", "Ms Pellew said nothing."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, names(draft)), []));
  }
  it("invalid: one person's first name with another's surname, the sentence about the first", () => {
    const draft = "Ines Pellew, who leads the seafarers' union branch, said the crew had warned of engine trouble.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Ines Pellew"]);
    assert.deepEqual(f[0].suggestions, ["Ines Pellegrini"]);
    assert.equal(f[0].severity, "warning");
    assert.match(f[0].message, /"Ines" only as "Ines Pellegrini"/);
  });
  it("invalid: the sentence about the surname's person", () => {
    const draft = "Ines Pellew, Bayline's chief executive, apologised to passengers at the quay.";
    const f = names(draft);
    assert.deepEqual(f[0].suggestions, ["Jonas Pellew"]);
    assert.equal(f[0].severity, "warning");
  });
  it("invalid: no telling words, a note offering both", () => {
    const draft = "Ines Pellew arrived late.";
    const f = names(draft);
    assert.deepEqual(f[0].suggestions, ["Ines Pellegrini", "Jonas Pellew"]);
    assert.equal(f[0].severity, "information");
  });
});

describe("round nine: quotes", () => {
  const engine = engineFrom(FERRY);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");
  it("valid: the corpus speaker", () => {
    const draft = "\"We warned them twice,\" Pellegrini said. \"Nobody at the company listened to the crew.\"";
    assert.deepEqual(quotes(draft), []);
  });
  it("invalid: a quotation in two parts given to another speaker is one mark over both", () => {
    const draft = "\"We warned them twice,\" Pellew said. \"Nobody at the company listened to the crew.\"";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.equal(draft.slice(f[0].span.start, f[0].span.end), draft);
  });
});

describe("round nine: titles", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  for (const draft of [
    "Chief Prosecutor Hanna Welt said no one was suspected of a crime.",
    "Olaf Brenner, the president of the Norwegian Senate, is leaving for Harlow Bay today.",
    "Marta Quill, Program Director for Coastal Safety at the same institute, said ferries need backup engines.",
    "Lena Voss, head of inspections for the northern region, said the logs had been seized.",
    "Norway's chief prosecutor, Siri Dahl, opened an inquiry into the breakdown.",
    "Tove Ekdahl, the incident commander, said the passengers were calm.",
    "Rolf Sande, an analyst at Harbour Markets, said the breakdown would cost Bayline dearly.",
    "Ida Holm, a spokeswoman for the Danish Transport Ministry, said the licences would be reviewed.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, titles(draft)), []));
  }
  for (const [draft, span] of [
    ["Police Inspector Hanna Welt, who is leading the inquiry, said no one was suspected of a crime.", "Police Inspector"],
    ["Norwegian Deputy Prime Minister Olaf Brenner is leaving for Harlow Bay today.", "Norwegian Deputy Prime Minister"],
    ["Lena Voss, director-general of the Harlow Coastguard Agency, said the engine logs had been seized.", "director-general of the Harlow Coastguard Agency"],
    ["Tove Ekdahl, Bayline's rescue chief, said the passengers were calm.", "Bayline's rescue chief"],
    ["Rolf Sande, chief economist at Harbour Markets, said the breakdown would cost Bayline dearly.", "chief economist"],
    ["Danish Deputy Transport Minister Ida Holm said the ministry would review the crossing licences.", "Danish Deputy Transport Minister"],
  ]) {
    it(`invalid: ${draft}`, () => {
      const f = titles(draft);
      assert.equal(f.length, 1);
      assert.ok(draft.slice(f[0].span.start, f[0].span.end).includes(span.split(" ")[0]), draft.slice(f[0].span.start, f[0].span.end));
    });
  }
});

describe("round nine: numbers in the same slot", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  for (const draft of [
    "Fourteen, who were working on the upper deck, were taken off within two hours.",
    "Sensors logged 19 faults in August, against a monthly average of six over the previous year.",
    "Nine of the crew were working on the upper deck.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  for (const [draft, wrong, fix] of [
    ["Sixteen, who were working on the upper deck, were taken off within two hours.", "Sixteen", "Fourteen"],
    ["Sensors logged 19 faults in August, against a monthly average of nine over the previous year.", "nine", "six"],
  ]) {
    it(`invalid: ${draft}`, () => {
      const f = numbers(draft);
      assert.deepEqual(flagged(draft, f), [wrong]);
      assert.deepEqual(f[0].suggestions, [fix]);
      assert.equal(f[0].severity, "warning");
    });
  }
});

describe("round nine: the same number with another qualifier", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  const long = (n: string) => `After ${n} years of delays, Bayline and the harbour board have worked out a new timetable for the island crossings, to start once the repairs end and the tugs go home.`;
  it("valid: almost three years", () => assert.deepEqual(numbers(long("almost three")), []));
  it("invalid: more than three years where the corpus says almost 3, in a long sentence", () => {
    const draft = long("more than three");
    assert.deepEqual(flagged(draft, numbers(draft)), ["more than three years"]);
  });
});

describe("round nine: time elapsed between clock times", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  for (const draft of [
    "The engine alarm sounded at 2:05 a.m. A lifeboat reached the ferry thirty-six minutes later.",
    "The engine alarm sounded at 2:05 a.m. The crew ate breakfast two hours later.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: another time elapsed than the corpus's clock times give", () => {
    const draft = "The engine alarm sounded at 2:05 a.m. A lifeboat reached the ferry forty minutes later.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["forty minutes later"]);
    assert.deepEqual(f[0].suggestions, ["thirty-six minutes later"]);
    assert.match(f[0].message, /2:05 a\.m\. to 2:41 a\.m\./);
  });
});

describe("round nine: swapped digits and paired dates", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  const leak = (n: string) => `Hackers exposed the records of about ${n} passengers, an initial review found.`;
  it("valid: the corpus's figure", () => assert.deepEqual(numbers(leak("310,000")), []));
  it("invalid: two digits swapped", () => {
    const draft = leak("130,000");
    assert.deepEqual(flagged(draft, numbers(draft)), ["about 130,000 passengers"]);
  });
  const repairs = (d: string) => `Bayline said repairs had started on Tuesday, October 27, and that every crossing should be fully back by Friday, ${d}.`;
  it("valid: the paired date", () => assert.deepEqual(dates(repairs("November 13")), []));
  it("invalid: another date beside the shared one", () => {
    const draft = repairs("November 20");
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["Friday, November 20"]);
    assert.deepEqual(f[0].suggestions, ["Friday, November 13"]);
  });
  it("a weekday written with a date picks the year it falls in", () => {
    const e = engineFrom({
      "a.txt": "Audit follow-up\n\nThe audit of March 2022 found gaps in the network. All systems were expected to be back by Friday, November 15.",
      "b.txt": "Board meetings\n\nOn March 3, 2024, the board met. On May 5, 2024, it met again. On June 9, 2024, it met a third time.",
    });
    const ev = e.kb.dates.events.find((x) => x.mention.text.includes("November 15"));
    assert.equal(ev?.date.year, 2024);
  });
});

describe("round nine: vague magnitudes", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  for (const draft of ["The port would need at least 30,000 new fenders, the harbour board said.", "Thousands of fenders were damaged in the storm."]) {
    it(`valid: ${draft}`, () => assert.deepEqual(flagged(draft, numbers(draft)), []));
  }
  it("invalid: at least 10,000 where the corpus says at least tens of thousands", () => {
    const draft = "The port would need at least 10,000 new fenders, the harbour board said.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["at least 10,000 new fenders"]);
    assert.match(f[0].message, /tens of thousands/);
  });
});

describe("round nine: the value of a run of number words", () => {
  it("reads digits, words, hyphenated and scaled numbers", () => {
    assert.equal(runValue(["2,000"]), 2000);
    assert.equal(runValue(["twenty-five"]), 25);
    assert.equal(runValue(["two", "thousand"]), 2000);
    assert.equal(runValue(["Fourteen"]), 14);
    assert.equal(runValue(["people"]), undefined);
  });
});

describe("round nine: claims", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: no crew members dismissed", () => {
    const draft = "Bayline said no crew members would be dismissed over the breakdown.";
    assert.deepEqual(claims(draft), []);
  });
  it("valid: an -ing form after a verb is no modifier ('consider halting' / 'consider pausing')", () => {
    const draft = "The union asked Bayline to consider halting production blasting near the quay until the hull had been inspected.";
    assert.deepEqual(claims(draft).filter((f) => f.severity !== "hint"), []);
  });
  for (const draft of [
    "Bayline has pledged to build a reserve fleet of four tugs and has taken part in 12 rescues.",
    "The two ministers said they were ready to reopen the route once a deal between Norway and Sweden is reached.",
  ]) {
    it(`valid: ${draft}`, () => assert.deepEqual(claims(draft).filter((f) => f.severity !== "hint"), []));
  }
  it("valid: a framing sentence ('the worry is rooted in …') is at most a hint", () => {
    const draft = "The worry is rooted in Bayline's record since the engine fault.";
    assert.deepEqual(claims(draft).filter((f) => f.severity !== "hint"), []);
  });
  it("valid: no arrests, as the corpus's speaker says", () => {
    const draft = "No one has been arrested, Quist said.";
    assert.deepEqual(claims(draft).filter((f) => f.severity !== "hint"), []);
  });
  it("invalid: an arrest attributed to the one who said there was none", () => {
    const draft = "Two crew members have been arrested in connection with the breakdown, Quist said.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /no arrest/);
  });
  it("valid: not at the hearing, as the corpus says", () => {
    const draft = "Hal Morrow will not be at Friday's inquiry hearing in Harlow Bay.";
    assert.deepEqual(claims(draft).filter((f) => f.severity !== "hint"), []);
  });
  it("invalid: 'will be in … for the hearing' where the corpus says he will not attend", () => {
    const draft = "Hal Morrow will be in Harlow Bay for Friday's inquiry hearing.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /will not attend/);
  });
  it("invalid: the statement ends on another country", () => {
    const draft = "The two ministers said they were ready to reopen the route once a deal between Norway and Denmark is reached.";
    assert.equal(claims(draft).length, 1);
  });
  it("invalid: dismissals where the corpus says no one would be dismissed", () => {
    const draft = "Bayline said 12 crew members would be dismissed over the breakdown.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /negates/);
  });
});
