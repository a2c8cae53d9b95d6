// The project file and suppression comments.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addAcceptedSpelling, parseConfig } from "../../server/src/engine/config";
import { engineFrom, findingsOf, RIVERTON } from "../helpers";

describe(".factcheck.json", () => {
  it("reads corpus folders, categories, severity and accepted spellings (comments allowed)", () => {
    const r = parseConfig('{\n // the desk\'s corpus\n "corpus": ["articles"],\n "categories": {"claim": false},\n "severity": {"name": "error", "quote": "off"},\n "accept": ["Wrocław"],\n}', "/proj");
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config!.corpus, ["/proj/articles"]);
    assert.deepEqual(r.config!.disabled, { claim: true, quote: true });
    assert.deepEqual(r.config!.severity, { name: "error" });
    assert.deepEqual(r.config!.accept, ["Wrocław"]);
  });
  it("points at the problem in a malformed file and yields no config", () => {
    const bad = parseConfig('{"corpus": "articles"}', "/p");
    assert.equal(bad.config, undefined);
    assert.match(bad.problems[0].message, /"corpus" must be a list/);
    assert.equal(bad.problems[0].offset, 1);
    assert.match(parseConfig("{ nope", "/p").problems[0].message, /not valid JSON/);
    assert.match(parseConfig('{"categories": {"names": true}}', "/p").problems[0].message, /unknown category "names"/);
    assert.match(parseConfig('{"severity": {"name": "loud"}}', "/p").problems[0].message, /severity of "name"/);
  });
  it("adds an accepted spelling without losing other settings", () => {
    const next = JSON.parse(addAcceptedSpelling('{"corpus": ["a"], "accept": ["X"]}', "Y"));
    assert.deepEqual(next, { corpus: ["a"], accept: ["X", "Y"] });
    assert.deepEqual(JSON.parse(addAcceptedSpelling(undefined, "Y")), { accept: ["Y"] });
  });
});

describe("suppression comments", () => {
  const engine = engineFrom(RIVERTON);
  const bad = "Mayor Anabelle Okonkwo-Lindqvist spoke.";
  it("disable-next-line, with and without categories", () => {
    assert.equal(findingsOf(engine, `<!-- factcheck-disable-next-line -->\n${bad}\n`).length, 0);
    assert.equal(findingsOf(engine, `<!-- factcheck-disable-next-line name -->\n${bad}\n`).length, 0);
    assert.equal(findingsOf(engine, `<!-- factcheck-disable-next-line quote -->\n${bad}\n`, "name").length, 1);
    assert.equal(findingsOf(engine, `<!-- factcheck-disable-next-line -->\n\n${bad}\n`, "name").length, 1);
  });
  it("disable … enable regions", () => {
    const t = `<!-- factcheck-disable -->\n${bad}\n<!-- factcheck-enable -->\n\n${bad}\n`;
    assert.equal(findingsOf(engine, t, "name").length, 1);
    assert.equal(findingsOf(engine, `<!-- factcheck-disable name -->\n\n${bad}\n`, "name").length, 0);
  });
  it("the glossary silences an accepted spelling", () => {
    assert.equal(engine.check(bad, "markdown", { accept: ["Anabelle"] }).findings.length, 0);
  });
});
