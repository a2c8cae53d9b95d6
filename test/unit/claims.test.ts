import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimOf, claimSummary, clausesOf, explainSentence, sentenceKeys, termKey, termsOf } from "../../server/src/engine/analysis/claims";
import { countryKeys } from "../../server/src/engine/analysis/nationality";
import { framesOf } from "../../server/src/engine/analysis/frames";
import { engineFrom, RIVERTON } from "../helpers";

const engine = engineFrom(RIVERTON);

/** The claim each sentence of a draft makes (undefined when none). */
function claimsIn(draft: string) {
  const a = engine.analyze(draft, "markdown");
  return a.sentences.map((s) => claimOf(a, s));
}

describe("claims: term keys", () => {
  it("British and American spellings meet", () => {
    assert.equal(termKey("favour"), termKey("favor"));
    assert.equal(termKey("defence"), termKey("defense"));
    assert.equal(termKey("organised"), termKey("organized"));
  });
  it("inflections and derivations meet", () => {
    assert.equal(termKey("committed"), termKey("commitment"));
    assert.equal(termKey("retaliating"), termKey("retaliate"));
    assert.equal(termKey("countries"), termKey("country"));
    assert.equal(termKey("signalled"), termKey("signaled"));
  });
  it("general synonyms meet, other words do not", () => {
    assert.equal(termKey("soldiers"), termKey("troops"));
    assert.equal(termKey("negotiations"), termKey("talks"));
    assert.notEqual(termKey("bridge"), termKey("river"));
  });
});

describe("claims: which sentences are checked", () => {
  it("a plain assertion is a claim", () => {
    assert.ok(claimsIn("Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge after the flood.")[0]);
  });
  for (const [why, draft] of [
    ["a heading", "# Mayor closes the Halvorsen Bridge after the flood"],
    ["a question", "Did the mayor close the Halvorsen Bridge after the flood?"],
    ["a hedge", "The mayor may close the Halvorsen Bridge after the flood."],
    ["addressing the reader", "Here is what the flood means for the bridge and the town."],
    ["too few content words", "The bridge is closed."],
    ["only a quotation and its speaker", "\"We will reopen the bridge when it is safe,\" the mayor said."],
  ] as const) {
    it(`skips ${why}`, () => assert.deepEqual(claimsIn(draft), [undefined]));
  }
  it("quoted words and role words are not asked to be covered", () => {
    const c = claimsIn("Mayor Annabelle Okonkwo-Lindqvist said the bridge was \"badly damaged\" by the water.")[0]!;
    const keys = c.terms.map((t) => t.text);
    assert.ok(!keys.includes("Mayor"));
    assert.ok(!keys.includes("damaged"));
    assert.ok(keys.includes("bridge"));
  });
});

describe("claims: negation scope", () => {
  const negated = (text: string) => termsOf(text, 0).filter((t) => t.negated).map((t) => t.text);
  it("not, never, no, n't", () => {
    assert.deepEqual(negated("The mayor did not close the bridge."), ["close", "bridge"]);
    assert.deepEqual(negated("The river never crested."), ["crested"]);
    assert.deepEqual(negated("There was no commitment to rebuild."), ["commitment", "rebuild"]);
    assert.deepEqual(negated("The mayor won't reopen it."), ["reopen"]);
  });
  it("rather than, instead of; not only is no negation", () => {
    assert.deepEqual(negated("Boats, rather than trucks, carried the food."), ["trucks"]);
    assert.deepEqual(negated("Volunteers instead of soldiers filled sandbags."), ["soldiers", "filled"]);
    assert.deepEqual(negated("Not only homes but schools were flooded."), []);
  });
  it("a comma ends the scope", () => {
    assert.deepEqual(negated("Without help, the town flooded."), ["help"]);
  });
  it("no more than, not later than, no fewer than are bounds, not negations", () => {
    assert.deepEqual(negated("Crews may work no more than two shifts per week."), []);
    assert.deepEqual(negated("The levee must be finished not later than June."), []);
    assert.deepEqual(negated("No fewer than forty volunteers filled sandbags."), []);
    assert.deepEqual(negated("There was no more money for the levee."), ["money", "levee"]);
  });
});

describe("claims: support summary and hover", () => {
  const draft = [
    "# Flood",
    "",
    "Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge after the Millbrook River rose. Tobias Fairweather said volunteers had rebuilt the damaged school gymnasium within a week.",
    "",
    "The bridge is closed.",
  ].join("\n");
  const a = engine.analyze(draft, "markdown");
  it("counts supported and unsupported claims per block", () => {
    const rows = claimSummary(engine.kb, a);
    assert.equal(rows.length, 1);
    assert.deepEqual({ claims: rows[0].claims, supported: rows[0].supported, unsupported: rows[0].unsupported }, { claims: 2, supported: 1, unsupported: 1 });
  });
  it("the hover shows the best evidence and whether it supports the sentence", () => {
    const x = explainSentence(engine.kb, a, draft.indexOf("Halvorsen"))!;
    assert.match(x.summary, /supported/);
    assert.ok(!/not supported/.test(x.summary));
    assert.equal(x.evidence[0].article, "a1.txt");
    assert.equal(x.evidence[0].line, 5);
    const y = explainSentence(engine.kb, a, draft.indexOf("gymnasium"))!;
    assert.match(y.summary, /not supported/);
  });
  it("retrieval ranks the restated sentence first", () => {
    const hits = engine.kb.index.query(["bridge", "halvorsen", "closed", "mayor"].map(termKey), 3);
    assert.ok(hits.length > 0);
    const best = hits[0].sentence;
    assert.equal(engine.kb.articles[best.article].id, "a1.txt");
  });
});

describe("claims: paraphrase vocabulary", () => {
  it("a phrasal verb meets its plain verb", () => {
    assert.ok(sentenceKeys("The mill switches off its furnace.").includes(termKey("close")));
    assert.ok(sentenceKeys("They turned down the offer.").includes(termKey("reject")));
    assert.ok(!sentenceKeys("They turned the furnace around.").includes(termKey("close")));
  });
  it("closure words and job words meet", () => {
    assert.equal(termKey("closure"), termKey("shut"));
    assert.equal(termKey("payroll"), termKey("jobs"));
    assert.equal(termKey("job"), termKey("jobs"));
    assert.notEqual(termKey("payroll"), termKey("bridge"));
  });
});

describe("claims: clauses and quotations", () => {
  it("clauses split at commas and at where/while/but/which", () => {
    const text = "The mayor will not attend, where the governor will be present but the minister stays home.";
    const parts = clausesOf(text, 0).map((c) => text.slice(c.start, c.end).trim());
    assert.deepEqual(parts, ["The mayor will not attend", "the governor will be present", "the minister stays home."]);
  });
  it("offsets are kept", () => {
    const c = clausesOf("a, b", 10);
    assert.deepEqual(c[0], { start: 10, end: 11 });
  });
  it("words after a closed straight-quoted phrase are not quoted", () => {
    const c = claimsIn('Mayor Annabelle Okonkwo-Lindqvist said the plan "has not changed" but that she would weigh a ferry service.')[0]!;
    const keys = c.terms.map((t) => t.text);
    assert.ok(keys.includes("ferry"));
    assert.ok(keys.includes("weigh"));
    assert.ok(!keys.includes("changed"));
  });
});

describe("claims: verb senses", () => {
  it("the verb raise meets increase; the noun raise does not", () => {
    const inc = termKey("increase");
    assert.ok(sentenceKeys("The board raised fares.").includes(inc));
    assert.ok(sentenceKeys("The board is raising fares.").includes(inc));
    assert.ok(sentenceKeys("The board will raise fares.").includes(inc));
    assert.ok(!sentenceKeys("The workers rejected a four percent raise.").includes(inc));
    assert.ok(!sentenceKeys("Nurses won pay raises.").includes(inc));
  });
  it("without raising is a negated increase", () => {
    const t = termsOf("The board balanced its budget without raising fares.", 0).find((x) => x.key === termKey("increase"));
    assert.ok(t?.negated);
  });
});

describe("claims: frames (who does what)", () => {
  const framesIn = (text: string) => {
    const a = engine.analyze(text, "markdown");
    const s = a.sentences[0];
    return framesOf(s.text, s.start, a.names.filter((n) => n.sentence === 0), termsOf(s.text, s.start, a.names.filter((n) => n.sentence === 0)));
  };
  it("a named subject, a parenthetical, a stance and its object", () => {
    const [f] = framesIn("Most towns are reluctant; Riverton, however, has been insisting on a new levee.");
    assert.equal(f.verb.text, "insisting");
    assert.equal(f.stance, 1);
    assert.ok(f.object.some((t) => t.text === "levee"));
  });
  it("negation and refusal compose", () => {
    assert.equal(framesIn("Okonkwo-Lindqvist did not reject the levee plan.")[0].stance, 1);
    assert.equal(framesIn("Okonkwo-Lindqvist refused to accept the levee plan.")[0].stance, -1);
    assert.equal(framesIn("Okonkwo-Lindqvist called for a new levee.")[0].stance, 1);
  });
  it("a passive gives the agent after by; a common-noun subject is read too", () => {
    const [p] = framesIn("Tobias Fairweather was appointed emergency director by Annabelle Okonkwo-Lindqvist.");
    assert.ok(p.passive);
    assert.ok(p.by?.actors.length);
    const [c] = framesIn("The county arranged buses for the evacuated families.");
    assert.equal(c.noun, termKey("county"));
    assert.deepEqual(c.patient, [termKey("buses")]);
  });
  it("a modal makes no stance", () => {
    assert.ok(framesIn("Fairweather could reject the levee plan.")[0].modal);
  });
  it("a demonym before an ordinary noun stands for its country; in a title it does not", () => {
    const [f] = framesIn("Okonkwo-Lindqvist welcomed Dutch participation in the levee works.");
    assert.deepEqual(f.countries?.map((c) => c.key), [termKey("Netherlands"), termKey("Holland")]);
    assert.deepEqual(f.patient, [termKey("participation")]);
    const [g] = framesIn("Okonkwo-Lindqvist welcomed the Dutch Prime Minister to the levee works.");
    assert.deepEqual(g.countries, []);
    assert.deepEqual(countryKeys("Chinese"), [termKey("China")]);
    assert.deepEqual(countryKeys("levee"), []);
  });
  it("\"the idea of Z\": the patient is Z", () => {
    const [f] = framesIn("Okonkwo-Lindqvist opposed the idea of a second levee.");
    assert.ok(!f.anaphoric);
    assert.ok(f.patient.includes(termKey("levee")));
  });
  it("\"the idea\" in a later clause takes what an earlier clause put forward", () => {
    const f = framesIn("Residents want a second levee, but Okonkwo-Lindqvist opposed the idea.").at(-1)!;
    assert.ok(f.anaphoric);
    assert.ok(f.object.some((t) => t.key === termKey("levee")));
    assert.ok(!f.object.some((t) => t.text === "idea"));
  });
});

describe("claims: 'back' the adverb is not 'back' the stance", () => {
  const keys = (text: string) => termsOf(text, 0).map((t) => t.key);
  it("back in office, came back home: the adverb", () => {
    assert.ok(keys("With Ruth Kell back in the town hall, the council met.").includes("back~"));
    assert.ok(keys("The mayor came back from the talks.").includes("back~"));
  });
  it("backs the plan: the stance", () => {
    assert.ok(!keys("The mayor will back the plan.").includes("back~"));
    assert.ok(keys("The mayor will back the plan.").includes(termKey("back")));
  });
});
