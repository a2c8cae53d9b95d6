// The TextMate injection grammar: valid JSON, patterns that compile and match.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers";

const grammar = JSON.parse(readFileSync(join(ROOT, "syntaxes", "factcheck.injection.tmLanguage.json"), "utf8"));
const patterns = (key: string): RegExp[] =>
  grammar.repository[key].patterns.map((p: { match: string }) => new RegExp(p.match.replace(/^\(\?i\)/, ""), p.match.startsWith("(?i)") ? "i" : ""));
const matches = (key: string, text: string) => patterns(key).some((re) => re.test(text));

describe("injection grammar", () => {
  it("is registered for Markdown and plain text", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === grammar.scopeName);
    assert.deepEqual(g.injectTo.sort(), ["text.html.markdown", "text.plain"]);
  });
  it("scopes quotations, dates and figures", () => {
    assert.ok(matches("quotation", 'he said "we will act" today'));
    assert.ok(matches("quotation", "he said “we will act” today"));
    assert.ok(matches("date", "on Thursday, March 27, 2025"));
    assert.ok(matches("date", "in mid-February"));
    assert.ok(matches("figure", "about 40 percent"));
    assert.ok(matches("figure", "8,000 troops"));
    assert.ok(!matches("figure", "no figures here"));
  });
});
