// Markup to checkable text: same length, exact offsets, unchecked parts blanked.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toCheckable } from "../../server/src/engine/text/markup";
import { splitSentences } from "../../server/src/engine/text/sentences";
import { LineIndex } from "../../server/src/engine/text/document";

const md = (t: string) => toCheckable(t, "markdown");

describe("markdown to checkable text", () => {
  it("keeps the length and the offsets of prose", () => {
    const t = "# Head 🌍\r\n\r\nBody with *emphasis* and **strong** text.\r\n";
    const c = md(t);
    assert.equal(c.plain.length, t.length);
    const i = t.indexOf("emphasis");
    assert.equal(c.plain.slice(i, i + 8), "emphasis");
    assert.equal(c.plain[t.indexOf("*")], " ");
  });
  it("blanks code blocks, inline code, URLs, link targets, front matter and HTML comments", () => {
    const t = [
      "---",
      "title: Secret Name",
      "---",
      "",
      "See [the report](https://example.com/Secret) and `Secret` and https://x.org/Secret here.",
      "",
      "```",
      "Secret",
      "```",
      "",
      "<!-- Secret -->",
      "Visible Name.",
    ].join("\n");
    const c = md(t);
    assert.ok(!c.plain.includes("Secret"), c.plain);
    assert.ok(c.plain.includes("the report"));
    assert.ok(c.plain.includes("Visible Name."));
    assert.equal(c.comments.length, 1);
    assert.ok(c.frontMatter?.value.includes("Secret Name"));
  });
  it("checks headings and list items", () => {
    const c = md("## Heading Words\n\n- item one\n- item two\n\n> quoted line\n");
    assert.ok(c.plain.includes("Heading Words"));
    assert.ok(c.plain.includes("item two"));
    assert.ok(c.plain.includes("quoted line"));
    assert.ok(c.blocks.some((b) => b.kind === "heading"));
  });
  it("plain text: paragraphs, headlines and URLs", () => {
    const t = "Short Headline\n\nA sentence that goes on. Another one at https://example.org/a.\n";
    const c = toCheckable(t, "plaintext");
    assert.equal(c.blocks[0].kind, "heading");
    assert.ok(!c.plain.includes("example.org"));
  });
});

describe("sentences", () => {
  const split = (t: string) => {
    const c = toCheckable(t, "plaintext");
    return splitSentences(c.plain, c.blocks).map((s) => s.text);
  };
  it("splits on sentence ends, not on abbreviations or initials", () => {
    assert.deepEqual(split("The U.S. said so. Mr. Smith agreed. J. Doe left!"), ["The U.S. said so.", "Mr. Smith agreed.", "J. Doe left!"]);
  });
  it("keeps closing quotes with their sentence", () => {
    assert.deepEqual(split('He said "no." Then he left.'), ['He said "no."', "Then he left."]);
  });
  it("splits run-together sentences", () => {
    assert.deepEqual(split("Not under the flag.To act as a force."), ["Not under the flag.", "To act as a force."]);
  });
});

describe("line index", () => {
  it("maps offsets to UTF-16 positions across CRLF, CR and LF", () => {
    const t = "a😀b\r\nc\rd\ne";
    const li = new LineIndex(t);
    assert.deepEqual(li.positionAt(t.indexOf("b")), { line: 0, character: 3 });
    assert.deepEqual(li.positionAt(t.indexOf("c")), { line: 1, character: 0 });
    assert.deepEqual(li.positionAt(t.indexOf("d")), { line: 2, character: 0 });
    assert.deepEqual(li.positionAt(t.indexOf("e")), { line: 3, character: 0 });
    assert.equal(li.offsetAt({ line: 1, character: 99 }), t.indexOf("c") + 1);
    assert.equal(li.offsetAt({ line: 99, character: 0 }), t.length);
  });
});
