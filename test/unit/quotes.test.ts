import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { quoteDetails, quoteWords } from "../../server/src/engine/analysis/quotes";
import { engineFrom, RIVERTON } from "../helpers";

const engine = engineFrom(RIVERTON);
const quotes = (text: string, kind: "markdown" | "plaintext" = "markdown") =>
  engine.analyze(text, kind).quotes.map((q) => ({ ...quoteDetails(q), raw: text.slice(q.span.start, q.span.end) }));
const texts = (text: string) => quotes(text).map((q) => q.text);

describe("findQuotes: marks", () => {
  it("straight and curly double marks", () => {
    assert.deepEqual(texts(`She said "the bridge is shut" and “the river is high”.`), ["the bridge is shut", "the river is high"]);
  });
  it("span includes the marks, inner does not", () => {
    const t = `The mayor said "it is safe," at noon.`;
    const [q] = quotes(t);
    assert.equal(q.raw, `"it is safe,"`);
    assert.equal(t.slice(q.inner.start, q.inner.end), "it is safe,");
  });
  it("missing spaces next to marks", () => {
    assert.deepEqual(texts(`On the other hand,"there is a risk of floods," said a source.`), ["there is a risk of floods,"]);
    assert.deepEqual(texts(`They describe the ties as"borderless". Then they left.`), ["borderless"]);
  });
  it("a straight open mark with a curly close mark", () => {
    assert.deepEqual(texts(`A source said, "the levee held.” Then it rained.`), ["the levee held."]);
  });
  it("a quotation across a sentence split", () => {
    assert.deepEqual(texts(`“It rained. Then it poured,” she said.`), ["It rained. Then it poured,"]);
  });
  it("single curly marks as quotation marks, apostrophes left alone", () => {
    assert.deepEqual(texts(`The mayor’s plan, a ‘temporary closure’, angered the workers’ union.`), ["temporary closure"]);
    assert.deepEqual(texts(`It’s the town’s bridge and the farmers’ road.`), []);
  });
  it("single marks nested in a double quotation are part of it", () => {
    assert.deepEqual(texts(`"We call it the 'red zone' now," he said.`), ["We call it the 'red zone' now,"]);
  });
  it("a stray or unclosed mark yields nothing", () => {
    assert.deepEqual(texts(`He measured 3" of rain.`), []);
    assert.deepEqual(texts(`She said "the bridge is shut and left.`), []);
  });
  it("a quotation running over paragraphs, each opened again", () => {
    assert.deepEqual(texts(`"The first part.\n\n"The second part," she said.`), ["The first part.", "The second part,"]);
  });
  it("code is not prose", () => {
    assert.deepEqual(texts("Run `echo \"hello world\"` now."), []);
  });
});

describe("findQuotes: speakers", () => {
  const speaker = (text: string, nth = 0) => {
    const q = quotes(text)[nth];
    return { kind: q?.speakerKind, speaker: q?.speaker, source: q?.source, near: q?.speakerNear, span: q?.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end) };
  };
  it('"…," said X', () => {
    assert.deepEqual(speaker(`"The bridge is shut," said Tobias Fairweather.`), { kind: "person", speaker: "Tobias Fairweather", source: undefined, near: true, span: "Tobias Fairweather" });
  });
  it('"…," X said / X says / X told', () => {
    assert.equal(speaker(`"The bridge is shut," Tobias Fairweather said.`).speaker, "Tobias Fairweather");
    assert.equal(speaker(`"The bridge is shut," Fairweather says.`).speaker, "Fairweather");
    assert.equal(speaker(`"The bridge is shut," Priya Ramaswamy told reporters.`).speaker, "Priya Ramaswamy");
  });
  it("said with role words before the name", () => {
    assert.equal(speaker(`"The bridge is shut," said county director Tobias Fairweather.`).speaker, "Tobias Fairweather");
  });
  it("X, a former Y, said", () => {
    assert.equal(speaker(`"It is over," Priya Ramaswamy, a former hydrologist, said.`).speaker, "Priya Ramaswamy");
  });
  it("before the quotation: X said:, X told Y that, X added", () => {
    assert.equal(speaker(`Priya Ramaswamy said: "It is over."`).speaker, "Priya Ramaswamy");
    assert.equal(speaker(`Priya Ramaswamy told the Valley Courier that "it is over."`).speaker, "Priya Ramaswamy");
    assert.equal(speaker(`Ramaswamy, for her part, added that the river was "still rising."`).speaker, "Ramaswamy");
  });
  it("according to X", () => {
    assert.equal(speaker(`According to Priya Ramaswamy, the flood was "the worst in decades."`).speaker, "Priya Ramaswamy");
  });
  it("a surname stands for the full name given earlier", () => {
    assert.equal(speaker(`Priya Ramaswamy spoke on Monday. "It is over," Ramaswamy said.`).speaker, "Priya Ramaswamy");
  });
  it("a pronoun resolves to the subject of the previous sentence", () => {
    const s = speaker(`Priya Ramaswamy met Tobias Fairweather on Monday. "It is over," she said.`);
    assert.equal(s.kind, "pronoun");
    assert.equal(s.speaker, "Priya Ramaswamy");
    assert.equal(s.span, "she");
  });
  it("a pronoun is not resolved when the subject may be a place", () => {
    const s = speaker(`Riverton thanked Tobias Fairweather. "It is over," he said.`);
    assert.equal(s.kind, "pronoun");
    assert.equal(s.speaker, undefined);
  });
  it("unnamed sources are not people", () => {
    const s = speaker(`"It is over," said a senior county official.`);
    assert.equal(s.kind, "unnamed");
    assert.equal(s.speaker, undefined);
    assert.equal(s.source, "a senior county official");
    assert.equal(speaker(`"It is over," a diplomatic source in the EU said.`).kind, "unnamed");
    assert.equal(speaker(`"It is over," said a senior EU official.`).kind, "unnamed");
  });
  it("organisations are not people", () => {
    assert.equal(speaker(`"It is over," said the Riverton Gazette.`).kind, "organisation");
    assert.equal(speaker(`The local newspaper Riverton Gazette said it was "over."`).kind, "organisation");
    assert.equal(speaker(`"It is over," the EU said.`).kind, "organisation");
  });
  it("an anaphoric description yields to the name before the quotation", () => {
    assert.equal(speaker(`Priya Ramaswamy reiterated that the river "is not safe at all," said the hydrologist.`).speaker, "Priya Ramaswamy");
  });
  it("a second quotation in one sentence keeps the speaker", () => {
    const t = `Tobias Fairweather said the water was "very high" and would bring "more damage."`;
    assert.equal(speaker(t, 1).speaker, "Tobias Fairweather");
  });
  it("after a quotation that ends its sentence, only a short attribution counts", () => {
    assert.equal(speaker(`"The bridge is closed." Tobias Fairweather said on Monday.`).speaker, "Tobias Fairweather");
    assert.equal(speaker(`"The bridge is closed." Tobias Fairweather said the repairs would take many weeks.`).kind, undefined);
  });
  it("another person named right before the quotation makes the attribution less sure", () => {
    const s = speaker(`Asked about Priya Ramaswamy's view that "the worst is over," Tobias Fairweather said he agreed.`);
    assert.equal(s.speaker, "Tobias Fairweather");
    assert.equal(s.near, false);
  });
  it("the speaker of a quotation carries over to the next quotations of the paragraph", () => {
    const t = `"The bridge is closed," Tobias Fairweather said. "It will stay closed until the engineers are done." "Nobody crosses it."`;
    assert.equal(speaker(t, 1).speaker, "Tobias Fairweather");
    assert.equal(speaker(t, 1).kind, "person");
    assert.equal(speaker(t, 1).span, undefined); // the name stands at the first quotation only
    assert.equal(speaker(t, 2).speaker, "Tobias Fairweather");
    assert.equal(speaker(`Priya Ramaswamy said: "The river is high." "It will rise again."`, 1).speaker, "Priya Ramaswamy");
    assert.equal(speaker(`"The river is high," she said. "It will rise again."`.replace(/^/, "Priya Ramaswamy spoke first. "), 1).speaker, "Priya Ramaswamy");
  });
  it("no carry-over across paragraphs, past another attribution or past another sentence", () => {
    assert.equal(speaker(`"The bridge is closed," Tobias Fairweather said.\n\n"It will stay closed."`, 1).kind, undefined);
    assert.equal(speaker(`"The bridge is closed," Tobias Fairweather said. Priya Ramaswamy disagreed. "It will open soon."`, 1).kind, undefined);
    assert.equal(speaker(`"The bridge is closed," Tobias Fairweather said. The council met later. "It will open soon."`, 1).kind, undefined);
    assert.equal(speaker(`"The bridge is closed," Tobias Fairweather said. "It will open soon," said Priya Ramaswamy.`, 1).speaker, "Priya Ramaswamy");
    assert.equal(speaker(`Tobias Fairweather said: "The bridge is closed." Then it rained. "It will open soon."`, 1).kind, undefined);
  });
  it("no speaker when the text does not say", () => {
    assert.equal(speaker(`The bridge was called "unsafe" by many.`).kind, undefined);
    assert.equal(speaker(`# The "worst flood" in years`).kind, undefined);
  });
});

describe("quoteWords", () => {
  it("normalises case, marks, numbers and hyphens", () => {
    assert.deepEqual(quoteWords("The 30-day, 1,000-strong ‘Plan’ won’t").map((w) => w.norm), ["the", "30", "day", "1000", "strong", "plan", "won't"]);
  });
  it("marks gaps", () => {
    assert.deepEqual(quoteWords("we will … help [the town]").map((w) => w.gap ?? w.norm), ["we", "will", "ellipsis", "help", "bracket"]);
  });
});
