// Twelfth round, on an invented story (a ferry laid up after a steering
// fault): a verb that means "not done" ("checks had missed") says in its own
// meaning what the corpus says with "not" ("had not been picked up in
// checks"), so the shared words are no reversed claim. A field in "-ing"
// ends a role's "of" phrase ("a professor of marine engineering at Corran
// College"), so another field is a title to check. A plural possessive
// names a firm ("Corran Works' managing director"), and the one who runs a
// firm is not the trade post the corpus gives in it ("the project engineer
// for Corran Works Ltd"): a note. "Director of …" or "head of …" a named
// body heads that one body, so two such posts at bodies that share no word
// are a note, though a director or a head may sit on many boards. A
// statement the corpus splits in two sentences of one paragraph ("… a
// 64-page report. The report made 9 recommendations") still anchors its
// second figure on the first one given exactly. Under a bound on the same
// side ("at least 100,000" / "at least tens of thousands") a number must fall
// in the magnitude's band. "Raised the alarm" takes no side of rise and
// fall ("weeks before the ramp fell"). "Kind of" is no content word, and
// "owe" says what "an obligation to" says. A statement turned around, each
// ending's names before the other's ending ("Brodick and Rothesay … ready to
// lift limits on freight from Corran" where Corran's secretary is ready to
// lift limits on freight from Brodick and Rothesay), is a note, also beside a
// wrong title in the sentence. "Justice" heads a role, as "judge" does; a
// body named with "of" before the head ("a retired Court of Appeal judge")
// is that court, another kind than the Supreme Court. A
// "Pro-Chancellor" is not the Chancellor. "Editor-in-chief" is the chief
// editor, not a managing editor. A statement the corpus gives its speaker
// in a sentence that names the body only in the sentence before ("The
// crews' union went further. Its secretary, X, said …") is that speaker's,
// though another sentence holds more of its words. "Was paid" says "pay":
// a next sentence denying "a bonus payment" does not deny "received … in
// pay". A claim with three of a corpus denial's words, two of them denied,
// is that statement reversed, whatever detail it adds ("will receive a bonus
// payment worth three months' pay"). "Forgot to" denies, as "failed to" does.
// A year after "since" lends the sentence's months no year (it starts a
// stretch), so the year stands as an event of its own ("who has chaired it
// since 2019"); a weekday with a part of the day ("Thursday evening, 14 May")
// is that date's weekday. A quotation the corpus gives to a document ("the
// report said") given to a named person is a note. A whole short quotation
// of the same speaker with one phrase changed is altered, though few of its
// words carry meaning ("… will never agree to this" / "… will never say yes
// to this"). "About half" is 42.5 to 57.5 percent: not the corpus's 40.
// "Back in January" says nothing of the event: the words after it decide.
// A spokesperson for a body named in one word ("Admiralty spokeswoman")
// against the corpus's "Transport Ministry spokeswoman" is a note. A
// surname opening the sentence ("Sand was arrested …") is a known actor for
// the acts no passage reports ("arrested" where the corpus says "charged").
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const FERRY: Record<string, string> = {
  "f1.txt": [
    "Island ferry laid up after steering fault",
    "",
    "CORRAN, Tuesday, 14 April 2026 -- The Corran Sound ferry Marra Bell will stay in dock until June, its operator said on Tuesday.",
    "The marine inspectors' report found that the ferry's steering pump had a worn seal that had not been picked up in routine checks.",
    "Sound Links, which runs the crossing, said 40 sailings had been cancelled.",
    "Ivo Sand, the project engineer for Corran Works Ltd, said the new seal had been ordered in March.",
    "The file was passed to Rhona Vail, head of the Crown Office Marine Casework Unit, who said charges were possible.",
    "The inspectors published a 64-page report on Friday. The report made 9 recommendations, including a second steering pump.",
    "The operator said at least tens of thousands of islanders depend on the crossing.",
    "CORRAN -- A harbour inspector told the inquiry into the ramp collapse on Thursday that he had warned about corrosion at the base of the loading ramp six weeks before it fell, but that his report \"sat in a tray.\"",
    "The operator lowered fares on the crossing in May.",
    "In the islanders' view, relief duties for the crossing cover a wide range, not only a spare vessel in the event of a breakdown on the sound, similar to the obligation to provide cover under Clause 9 of the Sound Compact.",
    "At a meeting with his counterparts from the islands, Corran transport secretary Hugh Dallas declared his readiness to lift a series of limits on freight from Brodick and Rothesay.",
    "The appeal will be heard by Enid Marr, a retired Supreme Court justice, in the autumn.",
    "The Chancellor, Dame Isla Rowe, who chairs the Corran College Council, said the college would fund the review.",
    "Dr Tam Hollis, editor-in-chief of the Sound Mariner's Review, said the journal would publish the report.",
    "Oona Blackwood, the chair of Sound Links, said the company regretted the cancellations.",
    "The Sound Crews Union went further. Its secretary, Cal Fenwick, said a motion of no confidence in the chair would be put to members at a meeting on Monday.",
    "Blackwood, who has chaired Sound Links since 2019, announced her decision in a letter to staff on Monday, 11 May, hours before members of the Sound Crews Union were due to vote on a motion of no confidence in her.",
    "Sand, an engineer, was paid £80,000 last year, according to the firm's accounts, making him its best-paid employee. Calder said he would not receive a bonus payment.",
    "The steering alarm was disabled during the refit and was never switched back on.",
    "The relief ferry will sail again on Thursday evening, 14 May 2026, the operator said.",
    "\"The refit left the ship without a working alarm for six weeks,\" the report said.",
    "\"Islanders will never say yes to this,\" said Morag Tulloch, a former skipper.",
    "Sound Links said 40 percent of its winter sailings had been cancelled.",
    "As early as March, after the first round of fare rises on island routes, Dallas had called a review of the timetable overdue.",
    "Ruth Calloway, the Transport Ministry spokeswoman, said the ministry would pay for a relief vessel.",
    "Ivo Sand was charged at his home on Thursday evening with two counts of negligence.",
    "The review will be led by Dr Maeve Dunlin, a professor of marine engineering at Corran College, and will report in June.",
  ].join("\n"),
};

describe("round twelve: a verb that means not done", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: a fault that routine checks had missed", () => {
    for (const draft of [
      "The marine inspectors' report found a worn seal in the ferry's steering pump that routine checks had missed.",
      "The marine inspectors' report found a worn seal in the ferry's steering pump that routine checks had overlooked.",
    ]) assert.deepEqual(claims(draft), [], draft);
  });
  it("invalid: a fault that routine checks had picked up", () => {
    const draft = "The marine inspectors' report found a worn seal in the ferry's steering pump that routine checks had picked up.";
    assert.deepEqual(flagged(draft, claims(draft)).length, 1);
  });
});

describe("round twelve: a field in -ing ends a role's of phrase", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: another field of engineering", () => {
    const draft = "The review will be led by Dr Maeve Dunlin, a professor of electrical engineering at Corran College.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["professor of electrical engineering at Corran College"]);
    assert.match(f[0].message, /marine engineering/);
  });
  it("valid: the corpus's field, with or without the college", () => {
    for (const draft of [
      "Ivo Sand, the project engineer for Corran Works Ltd, said the new seal had been ordered in March.",
    "The file was passed to Rhona Vail, head of the Crown Office Marine Casework Unit, who said charges were possible.",
    "The inspectors published a 64-page report on Friday. The report made 9 recommendations, including a second steering pump.",
    "The operator said at least tens of thousands of islanders depend on the crossing.",
    "CORRAN -- A harbour inspector told the inquiry into the ramp collapse on Thursday that he had warned about corrosion at the base of the loading ramp six weeks before it fell, but that his report \"sat in a tray.\"",
    "The operator lowered fares on the crossing in May.",
    "In the islanders' view, relief duties for the crossing cover a wide range, not only a spare vessel in the event of a breakdown on the sound, similar to the obligation to provide cover under Clause 9 of the Sound Compact.",
    "At a meeting with his counterparts from the islands, Corran transport secretary Hugh Dallas declared his readiness to lift a series of limits on freight from Brodick and Rothesay.",
    "The appeal will be heard by Enid Marr, a retired Supreme Court justice, in the autumn.",
    "The Chancellor, Dame Isla Rowe, who chairs the Corran College Council, said the college would fund the review.",
    "Dr Tam Hollis, editor-in-chief of the Sound Mariner's Review, said the journal would publish the report.",
    "Oona Blackwood, the chair of Sound Links, said the company regretted the cancellations.",
    "The Sound Crews Union went further. Its secretary, Cal Fenwick, said a motion of no confidence in the chair would be put to members at a meeting on Monday.",
    "Blackwood, who has chaired Sound Links since 2019, announced her decision in a letter to staff on Monday, 11 May, hours before members of the Sound Crews Union were due to vote on a motion of no confidence in her.",
    "Sand, an engineer, was paid £80,000 last year, according to the firm's accounts, making him its best-paid employee. Calder said he would not receive a bonus payment.",
    "The steering alarm was disabled during the refit and was never switched back on.",
    "The relief ferry will sail again on Thursday evening, 14 May 2026, the operator said.",
    "\"The refit left the ship without a working alarm for six weeks,\" the report said.",
    "\"Islanders will never say yes to this,\" said Morag Tulloch, a former skipper.",
    "Sound Links said 40 percent of its winter sailings had been cancelled.",
    "As early as March, after the first round of fare rises on island routes, Dallas had called a review of the timetable overdue.",
    "Ruth Calloway, the Transport Ministry spokeswoman, said the ministry would pay for a relief vessel.",
    "The review will be led by Dr Maeve Dunlin, a professor of marine engineering at Corran College.",
      "Ivo Sand, the project engineer for Corran Works Ltd, said the new seal had been ordered in March.",
    "The file was passed to Rhona Vail, head of the Crown Office Marine Casework Unit, who said charges were possible.",
    "The inspectors published a 64-page report on Friday. The report made 9 recommendations, including a second steering pump.",
    "The operator said at least tens of thousands of islanders depend on the crossing.",
    "CORRAN -- A harbour inspector told the inquiry into the ramp collapse on Thursday that he had warned about corrosion at the base of the loading ramp six weeks before it fell, but that his report \"sat in a tray.\"",
    "The operator lowered fares on the crossing in May.",
    "In the islanders' view, relief duties for the crossing cover a wide range, not only a spare vessel in the event of a breakdown on the sound, similar to the obligation to provide cover under Clause 9 of the Sound Compact.",
    "At a meeting with his counterparts from the islands, Corran transport secretary Hugh Dallas declared his readiness to lift a series of limits on freight from Brodick and Rothesay.",
    "The appeal will be heard by Enid Marr, a retired Supreme Court justice, in the autumn.",
    "The Chancellor, Dame Isla Rowe, who chairs the Corran College Council, said the college would fund the review.",
    "Dr Tam Hollis, editor-in-chief of the Sound Mariner's Review, said the journal would publish the report.",
    "Oona Blackwood, the chair of Sound Links, said the company regretted the cancellations.",
    "The Sound Crews Union went further. Its secretary, Cal Fenwick, said a motion of no confidence in the chair would be put to members at a meeting on Monday.",
    "Blackwood, who has chaired Sound Links since 2019, announced her decision in a letter to staff on Monday, 11 May, hours before members of the Sound Crews Union were due to vote on a motion of no confidence in her.",
    "Sand, an engineer, was paid £80,000 last year, according to the firm's accounts, making him its best-paid employee. Calder said he would not receive a bonus payment.",
    "The steering alarm was disabled during the refit and was never switched back on.",
    "The relief ferry will sail again on Thursday evening, 14 May 2026, the operator said.",
    "\"The refit left the ship without a working alarm for six weeks,\" the report said.",
    "\"Islanders will never say yes to this,\" said Morag Tulloch, a former skipper.",
    "Sound Links said 40 percent of its winter sailings had been cancelled.",
    "As early as March, after the first round of fare rises on island routes, Dallas had called a review of the timetable overdue.",
    "Ruth Calloway, the Transport Ministry spokeswoman, said the ministry would pay for a relief vessel.",
    "The review will be led by Dr Maeve Dunlin, a professor of marine engineering.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round twelve: who runs a firm and a trade post in it", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: the managing director where the corpus says project engineer, as a note", () => {
    const draft = "Ivo Sand, Corran Works' managing director, said the new seal had been ordered in March.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Corran Works' managing director"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /project engineer/);
  });
  it("valid: the corpus's post, in either wording", () => {
    for (const draft of [
      "Ivo Sand, Corran Works' project engineer, said the new seal had been ordered in March.",
      "Ivo Sand, the project engineer for Corran Works, said the new seal had been ordered in March.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round twelve: the head of one named body", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: the director of another named body, as a note", () => {
    const draft = "Rhona Vail, the Director of Maritime Prosecutions, said charges were possible.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Director of Maritime Prosecutions"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /Marine Casework Unit/);
  });
  it("valid: the corpus's post; a director of something the corpus does not name is not checked against it", () => {
    for (const draft of [
      "Rhona Vail, head of the Crown Office Marine Casework Unit, said charges were possible.",
      "Rhona Vail, a director of the Harbour Trust, said charges were possible.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round twelve: a statement split in two sentences", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("invalid: another count of recommendations beside the report's page count", () => {
    const draft = "The inspectors released their 64-page report, with 12 recommendations.";
    const f = numbers(draft);
    assert.deepEqual(flagged(draft, f), ["12 recommendations"]);
    assert.deepEqual(f[0].suggestions, ["9 recommendations"]);
  });
  it("valid: the corpus's count, and a page count the corpus does not give", () => {
    for (const draft of [
      "The inspectors released their 64-page report, with nine recommendations.",
      "The inspectors released their 80-page report, with 12 recommendations.",
    ]) assert.deepEqual(numbers(draft), [], draft);
  });
});

describe("round twelve: a number and a magnitude under the same bound", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("invalid: at least 100,000 against at least tens of thousands", () => {
    const draft = "The operator said at least 100,000 islanders depend on the crossing.";
    assert.deepEqual(flagged(draft, numbers(draft)), ["at least 100,000 islanders"]);
  });
  it("valid: a number in the band, or one the bound leaves open", () => {
    for (const draft of [
      "The operator said at least 30,000 islanders depend on the crossing.",
      "The operator said more than 20,000 islanders depend on the crossing.",
      "The operator said tens of thousands of islanders depend on the crossing.",
    ]) assert.deepEqual(numbers(draft), [], draft);
  });
});

describe("round twelve: raised the alarm; kind of; owe", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: the corpus said again in other words", () => {
    for (const draft of [
      "CORRAN -- The harbour inspector who examined the loading ramp six weeks before it collapsed told the inquiry on Thursday that he had raised the alarm about corroded bolts, only for his report to go nowhere.",
      "For the islanders, relief duties go well beyond a spare vessel if the crossing breaks down, the kind of cover sound operators owe one another under Clause 9.",
    ]) assert.deepEqual(claims(draft), [], draft);
  });
  it("invalid: raised fares where the corpus says lowered", () => {
    const draft = "The operator raised fares on the crossing in May.";
    assert.equal(claims(draft).length, 1);
  });
});

describe("round twelve: a statement turned around", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("invalid: who lifts and whose freight swapped, as a note; also beside a wrong title", () => {
    for (const draft of [
      "At a meeting, Corran transport secretary Hugh Dallas met his counterparts from the islands, and Brodick and Rothesay said they were ready to lift a series of limits on freight from Corran.",
      "At a meeting, Corran finance secretary Hugh Dallas met his counterparts from the islands, and Brodick and Rothesay said they were ready to lift a series of limits on freight from Corran.",
    ]) {
      const f = claims(draft);
      assert.equal(f.length, 1, draft);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /from Brodick and Rothesay/);
    }
  });
  it("valid: the corpus's statement", () => {
    const draft = "At a meeting with his counterparts from the islands, Corran transport secretary Hugh Dallas said he was ready to lift a series of limits on freight from Brodick and Rothesay.";
    assert.deepEqual(claims(draft), []);
  });
});

describe("round twelve: justices, courts named with of, and a pro-chancellor", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: a retired Court of Appeal judge where the corpus says Supreme Court justice", () => {
    const draft = "The appeal will be heard by Enid Marr, a retired Court of Appeal judge, in the autumn.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["retired Court of Appeal judge"]);
    assert.match(f[0].message, /Supreme Court justice/);
  });
  it("invalid: the Pro-Chancellor where the corpus says Chancellor", () => {
    const draft = "Pro-Chancellor Dame Isla Rowe said the college would fund the review.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Pro-Chancellor"]);
    assert.equal(f[0].severity, "warning");
  });
  it("valid: the corpus's posts, a justice called a judge", () => {
    for (const draft of [
      "The appeal will be heard by Enid Marr, a retired Supreme Court judge, in the autumn.",
      "The appeal will be heard by retired Supreme Court justice Enid Marr in the autumn.",
      "Chancellor Dame Isla Rowe said the college would fund the review.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round twelve: editor-in-chief", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: the journal's managing editor", () => {
    const draft = "Dr Tam Hollis, the journal's managing editor, said the report would be published.";
    assert.deepEqual(flagged(draft, titles(draft)), ["journal's managing editor"]);
  });
  it("valid: the editor-in-chief, the journal's editor", () => {
    for (const draft of [
      "Dr Tam Hollis, the journal's editor-in-chief, said the report would be published.",
      "Dr Tam Hollis, the journal's editor, said the report would be published.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round twelve: a statement its speaker gives with the body in the sentence before", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: the union secretary's statement", () => {
    const draft = "Cal Fenwick, secretary of the Sound Crews Union, said members would vote on a motion of no confidence in the chair at a meeting on Monday.";
    assert.deepEqual(claims(draft), []);
  });
});

describe("round twelve: an irregular past says its base", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("valid: received in pay what the corpus says he was paid", () => {
    const draft = "Sand, an engineer, received £80,000 in pay last year, the firm's accounts show.";
    assert.deepEqual(claims(draft), []);
  });
  it("invalid: the bonus payment the next sentence denies", () => {
    const draft = "Sand, an engineer, was paid £80,000 last year and will receive a bonus payment.";
    assert.equal(claims(draft).length, 1);
  });
});

describe("round twelve: a corpus denial, restated with more detail", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("invalid: he will receive the bonus payment the corpus denies", () => {
    const draft = "He will receive a bonus payment worth three months of his salary.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /negates "receive"/);
  });
  it("valid: the denial said again; forgot to switch it back on", () => {
    for (const draft of [
      "He will not receive a bonus payment worth three months of his salary.",
      "The refit crew forgot to switch the steering alarm back on.",
    ]) assert.deepEqual(claims(draft), [], draft);
  });
});

describe("round twelve: since a year; a weekday with a part of the day", () => {
  const engine = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("invalid: another year since she chaired the company", () => {
    const draft = "Blackwood, who has chaired Sound Links since 2017, announced her decision in a letter to staff.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["2017"]);
    assert.deepEqual(f[0].suggestions, ["2019"]);
  });
  it("invalid: a weekday the date does not fall on, with its part of the day", () => {
    const draft = "The relief ferry will sail again on Friday evening, 14 May 2026.";
    assert.equal(dates(draft).length, 1);
  });
  it("valid: the corpus's year and weekday", () => {
    for (const draft of [
      "Blackwood, who has chaired Sound Links since 2019, announced her decision in a letter to staff.",
      "The relief ferry will sail again on Thursday evening, 14 May 2026.",
    ]) assert.deepEqual(dates(draft), [], draft);
  });
});

describe("round twelve: a document's words given to a person", () => {
  const engine = engineFrom(FERRY);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");
  it("invalid: the report's words from the transport secretary, as a note", () => {
    const draft = "\"The refit left the ship without a working alarm for six weeks,\" Hugh Dallas said.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /the report, not Hugh Dallas/);
  });
  it("valid: the report's words from the report", () => {
    const draft = "\"The refit left the ship without a working alarm for six weeks,\" the inspectors' report said.";
    assert.deepEqual(quotes(draft), []);
  });
});

describe("round twelve: a short quotation of the same speaker, one phrase changed", () => {
  const engine = engineFrom(FERRY);
  const quotes = (draft: string) => findingsOf(engine, draft, "quote");
  it("invalid: one phrase changed", () => {
    const draft = "\"Islanders will never agree to this,\" said Morag Tulloch, a former skipper.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /say yes/);
  });
  it("valid: her words; other words from someone else", () => {
    for (const draft of [
      "\"Islanders will never say yes to this,\" said Morag Tulloch.",
      "\"Islanders will never agree to this,\" said Hugh Dallas.",
    ]) assert.deepEqual(quotes(draft), [], draft);
  });
});

describe("round twelve: about half is not 40 percent", () => {
  const engine = engineFrom(FERRY);
  const numbers = (draft: string) => findingsOf(engine, draft, "number");
  it("invalid: about half of its winter sailings", () => {
    const draft = "Sound Links said about half of its winter sailings had been cancelled.";
    assert.deepEqual(flagged(draft, numbers(draft)), ["about half"]);
  });
  it("valid: the corpus's share, exact or about", () => {
    for (const draft of [
      "Sound Links said 40 percent of its winter sailings had been cancelled.",
      "Sound Links said about 40 percent of its winter sailings had been cancelled.",
    ]) assert.deepEqual(numbers(draft), [], draft);
  });
});

describe("round twelve: back in a month", () => {
  const engine = engineFrom(FERRY);
  const dates = (draft: string) => findingsOf(engine, draft, "date");
  it("invalid: back in February, after the first round of fare rises", () => {
    const draft = "Back in February, after a first round of fare rises on island routes, Dallas called a review of the timetable overdue; none came.";
    const f = dates(draft);
    assert.deepEqual(flagged(draft, f), ["February"]);
    assert.deepEqual(f[0].suggestions, ["March"]);
  });
  it("valid: back in March", () => {
    const draft = "Back in March, after a first round of fare rises on island routes, Dallas called a review of the timetable overdue; none came.";
    assert.deepEqual(dates(draft), []);
  });
});

describe("round twelve: a spokesperson for a body named in one word", () => {
  const engine = engineFrom(FERRY);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: Admiralty spokeswoman, as a note", () => {
    const draft = "Admiralty spokeswoman Ruth Calloway said the ministry would pay for a relief vessel.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Admiralty spokeswoman"]);
    assert.equal(f[0].severity, "information");
  });
  it("valid: the corpus's ministry, named in full or by its kind", () => {
    for (const draft of [
      "Transport Ministry spokeswoman Ruth Calloway said the ministry would pay for a relief vessel.",
      "Ministry spokeswoman Ruth Calloway said the ministry would pay for a relief vessel.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round twelve: a known surname opening the sentence", () => {
  const engine = engineFrom(FERRY);
  const claims = (draft: string) => findingsOf(engine, draft, "claim");
  it("invalid: an arrest no passage reports, where the corpus tells of a charge", () => {
    const draft = "Sand was arrested at his home on Thursday evening.";
    const f = claims(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /arrested/);
  });
});
