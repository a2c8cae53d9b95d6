import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explainAt } from "../../server/src/engine/explain";
import { engineFrom, findingsOf, flagged, RIVERTON } from "../helpers";

/** An invented story of its own: a dock strike, quoted in two articles. */
const PORT: Record<string, string> = {
  "p1.txt": [
    "Dockworkers end strike at Port Selwyn",
    "",
    "3 March 2024",
    "",
    "PORT SELWYN -- Union leader Marguerite Oyelaran-Petrov said the strike would end on Friday.",
    "\"We will return to work only when the company signs the agreement,\" Oyelaran-Petrov said at a rally.",
    "\"The port will be fully open by next week,\" said harbour master Desmond Achterberg.",
    "A shipping executive said the delays had been \"catastrophic for exporters.\"",
    "Company spokesman Ilya Brandvold told the Selwyn Herald that \"the offer remains on the table if and when the union accepts it.\"",
    "He added: \"Nobody wins a long strike.\"",
  ].join("\n"),
  "p2.md": [
    "---",
    "title: Port Selwyn reopens",
    "date: 2024-03-09",
    "---",
    "",
    "# Port Selwyn reopens",
    "",
    "“Ships are already queuing outside the harbour, and the cranes are running again,” Achterberg told reporters.",
    "",
    "Oyelaran-Petrov called the deal ‘a fair compromise’ and said members had voted to accept it.",
    "",
    "According to a port official, the backlog \"could take a month to clear\".",
    "",
    "Oyelaran-Petrov agreed that the port will be fully open by next week.",
  ].join("\n"),
};

/** Another invented story: a town library saved by a fund-raising drive. */
const LIBRARY: Record<string, string> = {
  "l1.txt": [
    "Town votes to save Pembrook library",
    "",
    "12 June 2024",
    "",
    "PEMBROOK -- The town council voted on Monday to keep the Pembrook library open.",
    "",
    "\"The old library has served this town for ninety years and deserves a proper restoration before anything else is built,\" said councillor Ottoline Marchbanks.",
    "",
    "\"We raised the money in six weeks,\" said treasurer Ambrose Kettleby. \"Now the council has to keep its promise to every family that gave.\"",
    "",
    "Marchbanks called the developer's plan \"utterly reckless\".",
  ].join("\n"),
  "l2.md": [
    "---",
    "title: How Pembrook raised the money",
    "date: 2024-06-14",
    "---",
    "",
    "# How Pembrook raised the money",
    "",
    "Ambrose Kettleby, the fund's treasurer, described the drive.",
    "\"Every family in the valley gave what little money it could spare and many gave far more than they could afford without complaint,\" he said.",
  ].join("\n"),
};

const engine = engineFrom(PORT);
const quotes = (draft: string) => findingsOf(engine, draft, "quote");

describe("quote-mismatch", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      // the corpus wording, other marks, other case, other closing punctuation
      `"We will return to work only when the company signs the agreement," Oyelaran-Petrov said.`,
      `“we will return to work only when the company signs the agreement.” Oyelaran-Petrov said.`,
      `Marguerite Oyelaran-Petrov said: 'We will return to work only when the company signs the agreement.'`,
      // a partial quotation the corpus prints word for word
      `Oyelaran-Petrov said workers would come back "only when the company signs the agreement."`,
      `The offer "remains on the table," Brandvold said.`,
      // words left out with an ellipsis, or an editor's bracket
      `"We will return to work … when the company signs the agreement," she said.`,
      `"[Dockers] will return to work only when the company signs the agreement," she said.`,
      // spelling variants are not a change of wording
      `"Ships are already queueing outside the harbor," Achterberg said.`.replace("queueing", "queuing"),
      // a paraphrase without marks
      `Oyelaran-Petrov said workers would return to work as soon as the company signed.`,
      // scare quotes of a word or two
      `The delays were "catastrophic," an executive said.`,
      `The deal was "a fine compromise".`,
      // a quotation the corpus does not hold at all
      `"We are proud of every worker in this port," the mayor said.`,
      `"We will never give up," a docker said.`,
      // two corpus wordings joined in one quotation
      `"Nobody wins a long strike. The offer remains on the table if and when the union accepts it," Brandvold said.`,
      // the right speaker, by surname, full name or a spelling variant
      `"The port will be fully open by next week," Achterberg said.`,
      `"The port will be fully open by next week," said Desmond Achterbergh.`,
      // the corpus quotes someone else, but also has the draft's speaker say the words
      `"The port will be fully open by next week," Oyelaran-Petrov said.`,
      // a pronoun that may stand for either of two people, or an unnamed source, is no attribution to hold against the corpus
      // (a pronoun for the one person named just before is: see unseen-rounds.test.ts)
      `Brandvold and Oyelaran-Petrov spoke next. "The port will be fully open by next week," he said.`,
      `"The port will be fully open by next week," a port official said.`,
      // the corpus gives the words to an unnamed source: a named person may be it
      `"The backlog could take a month to clear," said Desmond Achterberg.`.replace("The backlog ", ""),
      // code is not prose
      "```\n\"We will return to work as soon as the company signs the agreement\"\n```\n\nThe strike is over.",
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, quotes(draft)), []));
    }
  });

  describe("invalid: changed wording", () => {
    it("a changed phrase, with the corpus wording, speaker, article and line", () => {
      const draft = `"We will return to work as soon as the company signs the agreement," Oyelaran-Petrov said.`;
      const f = quotes(draft);
      assert.deepEqual(flagged(draft, f), [`"We will return to work as soon as the company signs the agreement,"`]);
      assert.equal(f[0].code, "quote-mismatch");
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /Marguerite Oyelaran-Petrov/);
      assert.match(f[0].message, /"We will return to work only when the company signs the agreement"/);
      assert.match(f[0].message, /p1\.txt, line 6/);
      assert.match(f[0].message, /'as soon as' where the corpus has 'only when'/);
      assert.deepEqual(f[0].suggestions, [`"We will return to work only when the company signs the agreement,"`]);
      assert.equal(f[0].evidence[0].article, "p1.txt");
      assert.equal(f[0].evidence[0].line, 6);
    });
    it("a dropped word", () => {
      const draft = `Oyelaran-Petrov said: "We will return to work when the company signs the agreement."`;
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /leaves out 'only'/);
    });
    it("a changed last word of a whole quotation", () => {
      const draft = `"The port will be fully open by next month," said Desmond Achterberg.`;
      const f = quotes(draft);
      assert.deepEqual(flagged(draft, f), [`"The port will be fully open by next month,"`]);
      assert.match(f[0].message, /'month' where the corpus has 'week'/);
    });
    it("keeps the draft's curly marks in the fix", () => {
      const draft = `Brandvold said “the offer remains on the table when the union accepts it.”`;
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.deepEqual(f[0].suggestions, [`“the offer remains on the table if and when the union accepts it.”`]);
    });
    it("a quotation from a Markdown article, partial in the draft", () => {
      const draft = `Achterberg said ships were "already waiting outside the harbour."`;
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /p2\.md, line 8/);
      assert.match(f[0].message, /'waiting' where the corpus has 'queuing'/);
    });
  });

  describe("invalid: someone else's words", () => {
    it("said X where the corpus quotes Y", () => {
      const draft = `"The port will be fully open by next week," said Ilya Brandvold.`;
      const f = quotes(draft);
      assert.deepEqual(flagged(draft, f), [`"The port will be fully open by next week,"`]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /Desmond Achterberg, not Ilya Brandvold/);
      assert.deepEqual(f[0].suggestions, []);
      const r = f[0].replacements?.[0];
      assert.ok(r);
      assert.equal(draft.slice(r.span.start, r.span.end), "Ilya Brandvold");
      assert.equal(r.newText, "Desmond Achterberg");
    });
    it("X said + partial quotation", () => {
      const draft = `Brandvold said the port "will be fully open by next week."`;
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /Desmond Achterberg, not Brandvold/);
    });
    it("X said: before the quotation", () => {
      const draft = `Brandvold said: "Ships are already queuing outside the harbour."`;
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /to Achterberg, not Brandvold/);
    });
    it("a corpus speaker known only through a pronoun gives an information note", () => {
      const draft = `"Nobody wins a long strike," Marguerite Oyelaran-Petrov said.`;
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /Ilya Brandvold/);
    });
  });

  describe("a story unrelated to the seed corpus", () => {
    const e = engineFrom(RIVERTON);
    it("misattribution", () => {
      const draft = `"We will reopen the bridge only when the engineers tell us it is safe," Tobias Fairweather said.`;
      const f = findingsOf(e, draft, "quote");
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Annabelle Okonkwo-Lindqvist/);
    });
    it("changed wording", () => {
      const draft = `Priya Ramaswamy called it "the worst flood since 1978."`;
      const f = findingsOf(e, draft, "quote");
      assert.equal(f.length, 1);
      assert.match(f[0].message, /'1978' where the corpus has '1987'/);
    });
    it("the corpus wording is fine", () => {
      const draft = `"This is the worst flood since 1987," said Priya Ramaswamy.`;
      assert.deepEqual(findingsOf(e, draft, "quote"), []);
    });
  });

  describe("changed endings, short quotations and carried speakers (a library story)", () => {
    const e = engineFrom(LIBRARY);
    const lib = (draft: string) => findingsOf(e, draft, "quote");
    for (const draft of [
      // the corpus wording, whole or in part
      `"The old library has served this town for ninety years," Marchbanks said.`,
      `"Now the council has to keep its promise to every family that gave," Kettleby said.`,
      `Marchbanks called the developer's plan "utterly reckless".`,
      // too little of the start is shared to call it the same quotation
      `"The old library has a leaking roof," Marchbanks said.`,
      // a short quotation: another speaker, no named subject, one word, or someone else's clause
      `Kettleby called the developer's plan "utterly irresponsible".`,
      `A resident called the plan "utterly irresponsible".`,
      `Marchbanks said the plan was "irresponsible".`,
      `Kettleby criticised Marchbanks, calling the plan "utterly irresponsible".`,
      // the carried speaker, rightly named
      `"Now the council has to keep its promise," said Ambrose Kettleby.`,
    ]) {
      it(`quiet: ${draft.slice(0, 60)}`, () => assert.deepEqual(flagged(draft, lib(draft)), []));
    }
    it("a changed ending where the corpus quotation goes on", () => {
      const draft = `"The old library has served this town for ninety years and deserves a new roof," Marchbanks said.`;
      const f = lib(draft);
      assert.deepEqual(flagged(draft, f), [`"The old library has served this town for ninety years and deserves a new roof,"`]);
      assert.equal(f[0].severity, "warning");
      assert.match(f[0].message, /l1\.txt, line 7/);
      assert.match(f[0].message, /'new roof' where the corpus has 'proper restoration before anything else is built'/);
      assert.deepEqual(f[0].suggestions, [`"The old library has served this town for ninety years and deserves a proper restoration before anything else is built,"`]);
    });
    it("a changed ending of five words", () => {
      const draft = `Marchbanks said: "The old library has served this town for ninety years and should be sold to developers."`;
      const f = lib(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /'should be sold to developers' where the corpus has 'deserves a proper restoration before anything else is built'/);
    });
    it("a changed ending inside a long corpus clause: the fix shows as many corpus words", () => {
      const draft = `"Every family in the valley gave what little money it could spare to the library fund," Kettleby said.`;
      const f = lib(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /l2\.md, line 9/);
      assert.match(f[0].message, /'to the library fund' where the corpus has 'and many gave/);
    });
    it("a short quotation with one word changed, given to the same subject", () => {
      const draft = `Councillor Ottoline Marchbanks called the developer's plan "utterly irresponsible".`;
      const f = lib(draft);
      assert.deepEqual(flagged(draft, f), [`"utterly irresponsible"`]);
      assert.match(f[0].message, /Marchbanks/);
      assert.match(f[0].message, /'irresponsible' where the corpus has 'reckless'/);
      assert.deepEqual(f[0].suggestions, [`"utterly reckless"`]);
      const said = `"Totally reckless," Marchbanks said of the plan.`;
      assert.deepEqual(flagged(said, lib(said)), [`"Totally reckless,"`]);
    });
    it("a short quotation stays quiet when the speaker has two such quotations", () => {
      const e2 = engineFrom({ ...LIBRARY, "l3.txt": `The mayor's budget was "utterly shameful", Ottoline Marchbanks said on Friday.` });
      // (Not a sentence that says again one of the corpus's: that one's quotation would be compared.)
      const draft = `Marchbanks called it "utterly irresponsible".`;
      assert.deepEqual(findingsOf(e2, draft, "quote"), []);
    });
    it("the speaker of the quotation before carries over: someone else's words", () => {
      const draft = `"Now the council has to keep its promise to every family that gave," said Ottoline Marchbanks.`;
      const f = lib(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /attributes this quotation to Ambrose Kettleby, not Ottoline Marchbanks/);
      assert.match(f[0].message, /l1\.txt, line 9/);
    });
  });

  describe("hover", () => {
    it("a quotation shows the corpus quotation, speaker, article and line", () => {
      const draft = `"The port will be fully open by next week," Achterberg said.`;
      const x = explainAt(engine.kb, engine.analyze(draft, "markdown"), 5);
      assert.ok(x);
      assert.match(x.summary, /Desmond Achterberg/);
      assert.match(x.summary, /p1\.txt, line 7/);
      assert.equal(x.evidence[0].article, "p1.txt");
    });
    it("a changed quotation shows the corpus wording", () => {
      const draft = `"The port will be fully open by next month," Achterberg said.`;
      const x = explainAt(engine.kb, engine.analyze(draft, "markdown"), 5);
      assert.ok(x);
      assert.match(x.summary, /differs/);
      assert.match(x.summary, /next week/);
    });
  });
});

describe("quote-mismatch: \"put it\" attributions", () => {
  const town = engineFrom({
    "a.txt": [
      "Flood closes Dunmore schools",
      "",
      "DUNMORE -- Dunmore Council closed four primary schools on Monday, council leader Priya Okafor said.",
      "\"We will not reopen a single classroom until the engineers say it is safe,\" Okafor said.",
      "Education Secretary Tom Hale said: \"The government will pay for every repair.\"",
    ].join("\n"),
  });
  const quotes = (draft: string) => findingsOf(town, draft, "quote");
  it("valid: \"As X put it\" with the corpus's speaker", () => {
    const draft = "As Okafor put it, \"We will not reopen a single classroom until the engineers say it is safe.\"";
    assert.deepEqual(flagged(draft, quotes(draft)), []);
  });
  for (const draft of [
    "Hale put it bluntly: \"We will not reopen a single classroom until the engineers say it is safe.\"",
    "As Hale put it, \"We will not reopen a single classroom until the engineers say it is safe.\"",
  ]) {
    it(`invalid: ${draft.slice(0, 22)}… (another speaker)`, () => {
      const f = quotes(draft);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /attributes this quotation to Priya Okafor, not Hale/);
    });
  }
});

describe("quote-mismatch: quotations anchored by their neighbours", () => {
  // An invented dispute at a brewery: two people quoted, each in two parts.
  const e = engineFrom({
    "b1.txt": [
      "Brewery talks fail",
      "",
      "9 May 2024",
      "",
      "Tomas Reyes, the union's regional organiser, said the vote was clear. \"Nobody goes on strike lightly,\" he told reporters at the gates. \"Our members will not go back on promises alone.\"",
      "",
      "\"We have moved a long way,\" Ilse Brandt, the brewery's managing director, said after the talks. \"The union has not moved at all.\"",
      "",
      "Mayor Jon Pike said the town needed the brewery to stay open.",
    ].join("\n"),
  });
  const quotes = (draft: string) => findingsOf(e, draft, "quote");
  it("invalid: a short first part rewritten, its second part word for word", () => {
    const draft = "\"Nobody takes strike action lightly,\" said Tomas Reyes. \"Our members will not go back on promises alone.\"";
    const f = quotes(draft);
    assert.deepEqual(flagged(draft, f), ["\"Nobody takes strike action lightly,\""]);
    assert.match(f[0].message, /goes on strike/);
  });
  it("valid: both parts word for word", () => {
    const draft = "\"Nobody goes on strike lightly,\" said Tomas Reyes. \"Our members will not go back on promises alone.\"";
    assert.deepEqual(flagged(draft, quotes(draft)), []);
  });
  it("invalid: two corpus quotations joined and given to someone else", () => {
    const draft = "\"We have moved a long way. The union has not moved at all,\" said Jon Pike.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Ilse Brandt, not Jon Pike/);
  });
  it("valid: the two joined and given to their speaker", () => {
    const draft = "\"We have moved a long way. The union has not moved at all,\" said Ilse Brandt.";
    assert.deepEqual(flagged(draft, quotes(draft)), []);
  });
  it("invalid: a speaker named at the quotation, though the corpus speaker is named just before", () => {
    const draft = "Ilse Brandt met the union on Monday. \"We have moved a long way,\" said Jon Pike.";
    const f = quotes(draft);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Ilse Brandt, not Jon Pike/);
  });
});
