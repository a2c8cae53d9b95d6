// Eleventh round, on an invented story (a lighthouse restored by a harbour
// trust): a role written before a name with a courtesy title after the comma
// ("the trust's chair, Dr Ines Morrow,") is read as the role of that name, as
// without the title. "Supervisor", "coroner" and "ombudsman" head roles, so
// a one-holder post the corpus gives another person ("Capstan Forge's
// managing director") is a note on a supervisor given it, and a former
// cabinet post is a note on someone the corpus calls a former ombudsman.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged } from "../helpers";

const LIGHTHOUSE: Record<string, string> = {
  "l1.txt": [
    "Harbour trust reopens restored lighthouse",
    "",
    "PELLOWAY, Friday, 6 March 2026 -- The Pelloway Harbour Trust reopened the Gannet Rock lighthouse on Thursday after a two-year restoration.",
    "\"The light is back where it belongs,\" said Dr Ines Morrow, the trust's chief surveyor.",
    "The work was done by Capstan Forge. Its managing director, Rufus Calder, said the lantern had been rebuilt by hand.",
    "Nell Ashby, a Capstan Forge supervisor, told reporters the crews had worked through two winters.",
    "A review of the project will be led by Olwen Price, a former harbours ombudsman.",
  ].join("\n"),
  "l2.txt": [
    "Lighthouse draws crowds on first weekend",
    "",
    "PELLOWAY, Monday, 9 March 2026 -- Dr Ines Morrow, the trust's chief surveyor, said 3,000 people had visited the lighthouse.",
    "Capstan Forge's managing director, Rufus Calder, said the firm would bid for the pier repairs.",
    "Nell Ashby, the Capstan Forge supervisor on the site, said the lamp room was the hardest part.",
    "Olwen Price, a former harbours ombudsman, will report in June.",
  ].join("\n"),
};

describe("round eleven: a courtesy title between a role and its name", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: the trust's chair, Dr Ines Morrow, where the corpus says chief surveyor", () => {
    const draft = "\"The light is back where it belongs,\" said the trust's chair, Dr Ines Morrow.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["trust's chair"]);
    assert.equal(f[0].severity, "warning");
    assert.match(f[0].message, /chief surveyor/);
  });
  it("invalid: the same with a full stop after the title", () => {
    const draft = "The trust's chair, Dr. Ines Morrow, said 3,000 people had visited the lighthouse.";
    assert.deepEqual(flagged(draft, titles(draft)), ["trust's chair"]);
  });
  it("valid: the corpus's own role before the title", () => {
    for (const draft of [
      "\"The light is back where it belongs,\" said the trust's chief surveyor, Dr Ines Morrow.",
      "The trust's chief surveyor, Dr Ines Morrow, said 3,000 people had visited the lighthouse.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});

describe("round eleven: supervisor, coroner and ombudsman head roles", () => {
  const engine = engineFrom(LIGHTHOUSE);
  const titles = (draft: string) => findingsOf(engine, draft, "title");
  it("invalid: a supervisor given the post the corpus gives another person", () => {
    const draft = "Nell Ashby, Capstan Forge's managing director, said the crews had worked through two winters.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["Capstan Forge's managing director"]);
    assert.match(f[0].message, /Rufus Calder/);
    assert.match(f[0].message, /supervisor/);
  });
  it("invalid: a former cabinet post for someone the corpus calls a former ombudsman, as a note", () => {
    const draft = "A review of the project will be led by Olwen Price, a former harbours minister.";
    const f = titles(draft);
    assert.deepEqual(flagged(draft, f), ["former harbours minister"]);
    assert.equal(f[0].severity, "information");
    assert.match(f[0].message, /ombudsman/);
  });
  it("valid: the corpus's posts", () => {
    for (const draft of [
      "Nell Ashby, a Capstan Forge supervisor, said the crews had worked through two winters.",
      "Rufus Calder, Capstan Forge's managing director, said the lantern had been rebuilt by hand.",
      "A review of the project will be led by Olwen Price, a former harbours ombudsman.",
    ]) assert.deepEqual(titles(draft), [], draft);
  });
});
