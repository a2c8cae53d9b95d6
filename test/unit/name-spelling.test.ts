import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { engineFrom, findingsOf, flagged, RIVERTON } from "../helpers";

const engine = engineFrom(RIVERTON);
const names = (draft: string) => findingsOf(engine, draft, "name");

describe("name-spelling", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge.",
      "Fairweather said homes were evacuated.",
      "The Millbrook River rose in two days, the Riverton Gazette reported.",
      "Officials in Boston and Denver watched the flood.", // names far from any corpus name
      "Okonkwo-Lindqvist's decision was criticised.", // possessive
      "```\nAnnabele Okonkwo\n```\n\nThe bridge is closed.", // code block is not checked
      "See `Fairwether` in the log.", // inline code is not checked
      "<!-- Fairwether -->\nThe bridge is closed.", // HTML comment is not checked
    ]) {
      it(JSON.stringify(draft.slice(0, 50)), () => assert.deepEqual(flagged(draft, names(draft)), []));
    }
  });

  describe("invalid: flags near-spellings with the corpus spelling", () => {
    it("a dropped letter in a first name, with the full name as fix", () => {
      const draft = "Mayor Anabelle Okonkwo-Lindqvist spoke on Tuesday.";
      const f = names(draft);
      assert.deepEqual(flagged(draft, f), ["Anabelle Okonkwo-Lindqvist"]);
      assert.equal(f[0].code, "name-spelling");
      assert.equal(f[0].severity, "warning");
      assert.equal(f[0].suggestions[0], "Annabelle Okonkwo-Lindqvist");
      assert.match(f[0].message, /Annabelle/);
      assert.ok(f[0].evidence.length > 0);
      assert.match(f[0].message, /a1\.txt|a2\.md/);
    });
    it("a surname alone", () => {
      const draft = "The county director, Tobias Fairwether, said so.";
      const f = names(draft);
      assert.deepEqual(flagged(draft, f), ["Tobias Fairwether"]);
      assert.equal(f[0].suggestions[0], "Tobias Fairweather");
    });
    it("a publication", () => {
      const draft = "The Riverton Gazete reported the damage.";
      assert.deepEqual(names(draft).map((f) => f.suggestions[0]), ["Riverton Gazette"]);
    });
    it("ranges are exact after emoji and CRLF", () => {
      const draft = "🌊🌊 Flood!\r\n\r\nMayor Anabelle Okonkwo-Lindqvist spoke.";
      const f = names(draft);
      assert.equal(draft.slice(f[0].span.start, f[0].span.end), "Anabelle Okonkwo-Lindqvist");
    });
  });

  describe("variants the corpus itself uses", () => {
    const e = engineFrom({
      "x1.txt": "President Mykola Horodetskyy spoke. Horodetskyy said more. Horodetskyy left.",
      "x2.txt": "Horodetskyi arrived in the capital.",
    });
    it("a minority corpus spelling gets only an information note naming the majority", () => {
      const draft = "Horodetskyi spoke to reporters.";
      const f = findingsOf(e, draft, "name");
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, "information");
      assert.equal(f[0].suggestions[0], "Horodetskyy");
    });
    it("a transliteration the corpus never uses gets the majority spelling", () => {
      const draft = "Horodetskiy spoke to reporters.";
      const f = findingsOf(e, draft, "name");
      assert.equal(f[0].severity, "warning");
      assert.equal(f[0].suggestions[0], "Horodetskyy");
      assert.ok(f[0].suggestions.includes("Horodetskyi"));
    });
    it("the majority spelling is fine", () => {
      assert.deepEqual(findingsOf(e, "Horodetskyy spoke to reporters.", "name"), []);
    });
  });

  describe("short name words, confirmed by the rest of the name", () => {
    // An invented harbour story with short given and family names.
    const e = engineFrom({
      "p1.txt": [
        "Crane repairs delay Port Alder ferries",
        "",
        "Harbour engineer Tan Yu said on Monday that the crane would be repaired within a week.",
        "Lena Vessel, who runs the ferry office, said timetables would change.",
        "Dag Solheim, a pilot, said the harbour was quiet.",
      ].join("\n"),
      "p2.txt": "Tan Yu said the spare parts had arrived. Vessel said ferries would resume. Tan Yi, his brother, agreed.",
    });
    const short = (draft: string) => findingsOf(e, draft, "name");
    const cases: Array<[string, string, string, string]> = [
      ["Tan Yue said the crane was fixed.", "Tan Yue", "Tan Yu", "warning"], // a letter added
      ["Lna Vessel said timetables would change.", "Lna Vessel", "Lena Vessel", "warning"], // a letter dropped
      ["Dga Solheim said the harbour was quiet.", "Dga Solheim", "Dag Solheim", "warning"], // letters swapped
      ["Dav Solheim said the harbour was quiet.", "Dav Solheim", "Dag Solheim", "information"], // another letter: maybe another person
    ];
    for (const [draft, span, fix, severity] of cases) {
      it(`invalid: ${JSON.stringify(draft)}`, () => {
        const f = short(draft);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.equal(f[0].suggestions[0], fix);
        assert.equal(f[0].severity, severity);
        assert.match(f[0].message, /p[12]\.txt, line \d+/);
      });
    }
    for (const draft of [
      "Tan Yu said the crane was fixed.", // the corpus spelling
      "Mei Yue said the crane was fixed.", // the other word fits no corpus name: someone else
      "Yue said the crane was fixed.", // a short word alone proves nothing
      "Tan Yui said the crane was fixed.", // two corpus names equally near (Tan Yu, Tan Yi)
    ]) {
      it(`valid: ${JSON.stringify(draft)}`, () => assert.deepEqual(flagged(draft, short(draft)), []));
    }
    it("the claim check leaves a corrected short name to the name check", () => {
      const draft = "Tan Yue said the spare parts had arrived.";
      assert.equal(short(draft).length, 1);
      assert.deepEqual(findingsOf(e, draft, "claim").filter((f) => /Yue/.test(f.message)), []);
    });
  });
});

describe("name-spelling: portfolio words before a role word are not part of the name", () => {
  const e = engineFrom({
    "r1.txt": ["Rail cuts", "", "3 March 2025", "", "Transport Minister Piotr Anselm said the cuts would hit rural lines hardest."].join("\n"),
  });
  it("invalid: the misspelt name alone is marked, and the fix keeps the title out", () => {
    const draft = "Transport Minister Piotr Anslem said the cuts would hit rural lines hardest.";
    const f = findingsOf(e, draft, "name");
    assert.deepEqual(flagged(draft, f), ["Piotr Anslem"]);
    assert.deepEqual(f[0].suggestions, ["Piotr Anselm"]);
  });
});

describe("name-spelling: a place named with another kind of place word", () => {
  const e = engineFrom({
    "p1.txt": [
      "Fire near campground",
      "",
      "10 August 2025",
      "",
      "The fire broke out near the Harrow Creek campground on Saturday afternoon.",
      "",
      "Crews closed Mill Road and Mill Lane overnight.",
    ].join("\n"),
  });
  const names = (draft: string) => findingsOf(e, draft, "name");
  it("invalid: Harrow Brook for Harrow Creek (a note)", () => {
    const draft = "The fire broke out near the Harrow Brook campground on Saturday.";
    const f = names(draft);
    assert.deepEqual(flagged(draft, f), ["Harrow Brook"]);
    assert.equal(f[0].severity, "information");
    assert.deepEqual(f[0].suggestions, ["Harrow Creek"]);
  });
  it("valid: the corpus's name", () => {
    const draft = "The fire broke out near the Harrow Creek campground on Saturday.";
    assert.deepEqual(flagged(draft, names(draft)), []);
  });
  it("valid: a core word the corpus uses for two places is not corrected", () => {
    const draft = "Crews closed Mill Street overnight.";
    assert.deepEqual(flagged(draft, names(draft)), []);
  });
});
