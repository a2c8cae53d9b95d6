import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Engine } from "../../server/src/engine/engine";
import { explainAt } from "../../server/src/engine/explain";
import { engineFrom, findingsOf, flagged, RIVERTON, SEED_CORPUS } from "../helpers";

/** A small invented story: harbour talks between two governments. */
const HARBOUR: Record<string, string> = {
  "h1.txt": [
    "Harbour talks open in Bergen",
    "",
    "12 May 2024",
    "",
    "Norwegian Prime Minister Ingrid Solvang welcomed Chilean President Mateo Arancibia to Bergen on Monday.",
    "Chilean Foreign Ministry spokeswoman Paula Quintrala said the talks would last two days.",
    "Solvang said the harbour agreement was close.",
    "The president of the Chilean Senate, Rodrigo Valdivieso, is also expected in Bergen.",
    "Erik Haugland, a former Norwegian diplomat who now teaches in Oslo, said the deal was fragile.",
  ].join("\n"),
  "h2.md": [
    "---",
    "title: Navy to escort ships",
    "date: 2024-05-14",
    "---",
    "",
    "Norwegian Defence Minister Tor Lindqvist-Aas said the navy would escort the ships.",
    "",
    "Arancibia, the Chilean president, praised the port.",
    "",
    "Maria Ekholm, Program Director for Arctic Affairs at the Nordic Policy Institute, said the talks were historic.",
    "",
    "The Chilean foreign minister, Javier Montalban, met Solvang on Tuesday.",
  ].join("\n"),
  // A second account that disagrees about one minister's portfolio.
  "h3.txt": "Chilean Defence Minister Javier Montalban toured the port on Wednesday.",
};

const engine = engineFrom(HARBOUR);
const titles = (draft: string) => findingsOf(engine, draft, "title");

describe("title-mismatch", () => {
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Norwegian Prime Minister Ingrid Solvang spoke.",
      "Prime Minister Solvang spoke.", // partial form, surname only
      "Ingrid Solvang, the Norwegian prime minister, spoke.",
      "Chilean Foreign Ministry spokesman Paula Quintrala said so.", // wording of the same office
      "Paula Quintrala, a spokeswoman for the Chilean foreign ministry, said so.",
      "President Arancibia praised the port.",
      "Erik Haugland, a former diplomat, said so.",
      "Norwegian Finance Minister Hans Moe spoke.", // a person the corpus does not know
      "Chilean Senate President Rodrigo Valdivieso arrived.",
      "Maria Ekholm, a researcher at the Nordic Policy Institute, said so.", // a role the corpus does not mention, no clash
      "Norwegian leader Ingrid Solvang spoke.", // generic
      "prime minister Ingrid Solvang spoke.",
      "Tor Lindqvist-Aas, Norway's defence minister, spoke.",
      "Defence Minister Tor Lindqvist-Aas and Prime Minister Ingrid Solvang spoke.",
      "```\nNorwegian President Ingrid Solvang\n```\n\nThe talks went on.", // code is not checked
      "# Norwegian President Ingrid Solvang Visits Chile\n\nThe talks went on.", // headline
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, titles(draft)), []));
    }
  });

  describe("invalid: flags the role words with the corpus role", () => {
    const cases: Array<[string, string, string]> = [
      ["Norwegian President Ingrid Solvang spoke.", "Norwegian President", "Norwegian Prime Minister"],
      ["Chilean Foreign Minister Paula Quintrala said so.", "Chilean Foreign Minister", "Chilean Foreign Ministry spokeswoman"],
      ["Norwegian Foreign Minister Tor Lindqvist-Aas spoke.", "Norwegian Foreign Minister", "Norwegian Defence Minister"],
      ["Erik Haugland, a Norwegian diplomat, said so.", "Norwegian diplomat", "former Norwegian diplomat"],
      ["Ingrid Solvang, the Norwegian president, said so.", "Norwegian president", "Norwegian Prime Minister"],
      ["He met the Chilean prime minister, Mateo Arancibia, on Monday.", "Chilean prime minister", "Chilean President"],
      ["Prime Minister Arancibia praised the port.", "Prime Minister", "Chilean President"],
      ["Danish Prime Minister Ingrid Solvang spoke.", "Danish Prime Minister", "Norwegian Prime Minister"],
      ["Former Prime Minister Ingrid Solvang spoke.", "Former Prime Minister", "Norwegian Prime Minister"],
      ["Norwegian President Solvang spoke.", "Norwegian President", "Norwegian Prime Minister"],
      ["Chilean Prime Minister Rodrigo Valdivieso spoke.", "Chilean Prime Minister", "Chilean Senate President"], // reworded to stand before the name
    ];
    for (const [draft, span, fix] of cases) {
      it(JSON.stringify(draft.slice(0, 60)), () => {
        const f = titles(draft);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.equal(f[0].code, "title-mismatch");
        assert.equal(f[0].severity, "warning");
        assert.equal(f[0].suggestions[0], fix);
        assert.ok(f[0].evidence.length > 0);
        assert.match(f[0].message, /h[123]\.(txt|md), line \d+/);
      });
    }

    it("the message quotes the corpus role and the evidence is its sentence", () => {
      const draft = "Norwegian President Ingrid Solvang spoke.";
      const [f] = titles(draft);
      assert.match(f.message, /"Norwegian Prime Minister"/);
      assert.match(f.message, /h1\.txt, line 5/);
      assert.equal(f.evidence[0].article, "h1.txt");
      assert.equal(f.evidence[0].line, 5);
      assert.match(f.evidence[0].sentence, /Norwegian Prime Minister Ingrid Solvang welcomed/);
    });

    it("one piece of evidence per article", () => {
      const [f] = titles("Chilean Prime Minister Mateo Arancibia spoke.");
      assert.deepEqual(f.evidence.map((e) => e.article).sort(), ["h1.txt", "h2.md"]);
    });

    it("every wrong mention is flagged, ranges exact after emoji and CRLF", () => {
      const draft = "🌊 Talks\r\n\r\nNorwegian President Ingrid Solvang spoke. Later Norwegian President Solvang left.";
      assert.deepEqual(flagged(draft, titles(draft)), ["Norwegian President", "Norwegian President"]);
    });
  });

  describe("a corpus that disagrees with itself", () => {
    it("a draft that follows one account gets only an information note naming both", () => {
      const draft = "Chilean Foreign Minister Javier Montalban spoke.";
      const f = titles(draft);
      assert.deepEqual(flagged(draft, f), ["Chilean Foreign Minister"]);
      assert.equal(f[0].severity, "information");
      assert.match(f[0].message, /foreign minister/i);
      assert.match(f[0].message, /Defence Minister/);
      assert.deepEqual(new Set(f[0].evidence.map((e) => e.article)), new Set(["h2.md", "h3.txt"]));
    });
    it("a draft that follows most of the corpus stays quiet", () => {
      const e = engineFrom({ ...HARBOUR, "h4.txt": "Chilean Foreign Minister Javier Montalban flew home." });
      assert.deepEqual(findingsOf(e, "Chilean Foreign Minister Javier Montalban spoke.", "title"), []);
      const f = findingsOf(e, "Chilean Defence Minister Javier Montalban spoke.", "title");
      assert.equal(f[0].severity, "information");
    });
    it("a role that contradicts both accounts is a warning", () => {
      const f = titles("Chilean President Javier Montalban spoke.");
      assert.equal(f[0].severity, "warning");
      assert.equal(f[0].suggestions.length, 2);
    });
  });

  describe("people the corpus cannot tell apart", () => {
    const e = engineFrom({
      "b1.txt": "Karl Berg, the mayor of Tromso, spoke. Anna Berg, a Norwegian diplomat, spoke.",
    });
    it("a shared surname alone is not checked", () => {
      assert.deepEqual(findingsOf(e, "President Berg spoke.", "title"), []);
    });
    it("the full name is", () => {
      const draft = "President Karl Berg spoke.";
      assert.deepEqual(flagged(draft, findingsOf(e, draft, "title")), ["President"]);
    });
  });

  it("another story: the county emergency director is no mayor", () => {
    const e = engineFrom(RIVERTON);
    assert.deepEqual(findingsOf(e, "Emergency director Tobias Fairweather spoke.", "title"), []);
    // "director" and "mayor" are different kinds of office: the corpus does not say he is not one.
    assert.deepEqual(findingsOf(e, "Mayor Tobias Fairweather spoke.", "title"), []);
    const draft = "President Annabelle Okonkwo-Lindqvist spoke.";
    assert.deepEqual(flagged(draft, findingsOf(e, draft, "title")), ["President"]);
  });

  it("a corpus wording in lower case is title-cased for a title-case role", () => {
    const e = engineFrom({ "t1.txt": "The talks were led by the president, Jan Solberg-Vik, on Monday." });
    const draft = "Prime Minister Jan Solberg-Vik spoke.";
    const f = findingsOf(e, draft, "title");
    assert.deepEqual(flagged(draft, f), ["Prime Minister"]);
    assert.equal(f[0].suggestions[0], "President");
    assert.match(f[0].message, /"president" \(t1\.txt, line 1\)/);
  });

  it("hover on role words says what the corpus calls the person", () => {
    const draft = "Norwegian President Ingrid Solvang spoke.";
    const x = explainAt(engine.kb, engine.analyze(draft, "markdown"), 3);
    assert.match(x?.summary ?? "", /Ingrid Solvang.*"Norwegian Prime Minister"/);
    assert.ok((x?.evidence.length ?? 0) > 0);
  });
});

/** Another invented story: a cannery closes; a union, a county minister, a think tank. */
const CANNERY: Record<string, string> = {
  "c1.txt": [
    "Port Alder cannery to close",
    "",
    "3 June 2024",
    "",
    "Lotte Brandvik, district secretary of the Harbour Workers Union, said the closure was a shock.",
    "Keld Amundsen, the county's minister for coastal affairs, promised help.",
    "Sunniva Roald, policy director at the Coastal Policy Institute, said 300 jobs would go.",
    "Deputy Mayor Hu Weiming said the town would survive. Hu said the site could be sold.",
  ].join("\n"),
  "c2.md": [
    "---",
    "title: Union calls a meeting",
    "date: 2024-06-05",
    "---",
    "",
    "The union's district secretary, Lotte Brandvik, called a meeting for Friday.",
    "",
    "Keld Amundsen, a minister, said the county would pay for retraining.",
    "",
    "Hu Weiming, the deputy mayor, attended.",
  ].join("\n"),
};

describe("title-mismatch: modifiers, open portfolios, names", () => {
  const e = engineFrom(CANNERY);
  const t = (draft: string) => findingsOf(e, draft, "title");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Lotte Brandvik, district secretary of the Harbour Workers Union, spoke.",
      "Lotte Brandvik, the union's secretary, spoke.", // says less, not something else
      "Lotte Brandvik, a senior district secretary, spoke.", // a qualifier
      "Keld Amundsen, minister for coastal affairs, spoke.",
      "Keld Amundsen, the county minister, spoke.",
      "Sunniva Roald, policy director at the institute, spoke.",
      "Sunniva Roald, a director at the institute, spoke.",
      "Deputy Mayor Hu spoke.", // family name written first, alone
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, t(draft)), []));
    }
  });
  describe("invalid: a different modifier, portfolio or office", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["Lotte Brandvik, national secretary of the Harbour Workers Union, spoke.", "national secretary of the Harbour Workers Union", /district secretary/],
      ["Keld Amundsen, the county's finance minister, spoke.", "county's finance minister", /minister for coastal affairs/],
      ["Sunniva Roald, communications director at the Coastal Policy Institute, said so.", "communications director at the Coastal Policy Institute", /policy director/],
      ["Mayor Hu spoke on Friday.", "Mayor", /deputy mayor/i], // family name first, resolved alone
      ["Lotte Brandvic, national secretary of the union, spoke.", "national secretary of the union", /district secretary/], // a misspelled name is still the person
    ];
    for (const [draft, span, says] of cases) {
      it(JSON.stringify(draft.slice(0, 60)), () => {
        const f = t(draft);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.equal(f[0].severity, "warning");
        assert.match(f[0].message, says);
        assert.match(f[0].message, /c[12]\.(txt|md), line \d+/);
        assert.ok(f[0].evidence.length > 0);
      });
    }
  });
  it("when the corpus itself varies the modifier, only a note", () => {
    const e2 = engineFrom({ ...CANNERY, "c3.txt": "Sunniva Roald, communications director at the Coastal Policy Institute, spoke." });
    const draft = "Sunniva Roald, communications director at the institute, said so.";
    const f = findingsOf(e2, draft, "title");
    assert.deepEqual(f.map((x) => x.severity), ["information"]);
    assert.match(f[0].message, /policy director/);
    const e3 = engineFrom({ ...CANNERY, "c3.txt": "Sunniva Roald, communications director at the Coastal Policy Institute, spoke.", "c4.txt": "Sunniva Roald, communications director, spoke." });
    assert.deepEqual(findingsOf(e3, draft, "title"), []); // the draft follows most of the corpus
  });
});

describe("title-mismatch on the seed corpus", async () => {
  const seed = await Engine.load([SEED_CORPUS]);
  it("each article, checked as a draft, agrees with the corpus about roles", () => {
    for (const a of seed.kb.articles) {
      const warnings = seed.check(a.text, a.kind).findings.filter((f) => f.category === "title" && f.severity === "warning");
      assert.deepEqual(warnings.map((f) => a.text.slice(f.span.start, f.span.end)), [], a.id);
    }
  });
  it("swapping a head of government's title is flagged, the corpus wording is not", () => {
    let tried = 0;
    for (const p of seed.kb.roles.people) {
      for (const r of p.roles) {
        const wording = [...r.before.keys()][0];
        const head = r.parsed.offices[0]?.head;
        if (!wording || r.parsed.offices.length !== 1 || (head !== "president" && head !== "prime minister")) continue;
        const swapped = head === "president" ? wording.replace(/president/i, "Prime Minister") : wording.replace(/prime minister/i, "President");
        const good = `${wording} ${p.name} spoke.`;
        const bad = `${swapped} ${p.name} spoke.`;
        assert.deepEqual(findingsOf(seed, good, "title"), [], good);
        const f = findingsOf(seed, bad, "title");
        assert.deepEqual(flagged(bad, f), [swapped], bad);
        tried++;
      }
    }
    assert.ok(tried > 0);
  });
});

/** Another invented story: a county council fights over ferry fares; committees, a court, careers. */
const FERRY: Record<string, string> = {
  "f1.txt": [
    "Ferry fares split the county",
    "",
    "8 October 2024",
    "",
    "Councillor Bram Oosterhuis, who chairs the county's roads committee, said fares would rise.",
    "Ottilie Fenwright, chair of the county's parks committee, disagreed.",
    "Ysolde Marrack, a retired Appeals Court judge, will review the contract.",
    "Corwin Tallis, a former army officer, called the plan reckless.",
    "Agathe Brume, who heads the regional ferry agency, defended the budget.",
    "Leif Sandoval, who served as deputy mayor until 2019, said the numbers did not add up.",
  ].join("\n"),
  "f2.md": [
    "---",
    "title: Fares vote delayed",
    "date: 2024-10-10",
    "---",
    "",
    "Bram Oosterhuis, chair of the roads committee, delayed the vote.",
    "",
    "Pim Gerritsen, a former Prime Minister, and Hanna Voskuil, a former reporter, urged calm.",
  ].join("\n"),
};

describe("title-mismatch: bodies, kinds, verbs, former careers", () => {
  const e = engineFrom(FERRY);
  const t = (draft: string) => findingsOf(e, draft, "title");
  describe("valid: stays quiet", () => {
    for (const draft of [
      "Bram Oosterhuis, who chairs the roads committee, spoke.",
      "Bram Oosterhuis, chair of the county's roads committee, spoke.",
      "Roads committee chair Bram Oosterhuis spoke.",
      "Ottilie Fenwright, who chairs the county's parks committee, spoke.",
      "Ottilie Fenwright, chair of the ferry board, spoke.", // another body: both may be true
      "Ysolde Marrack, a retired judge, spoke.",
      "Ysolde Marrack, a former judge at the appeals court, spoke.",
      "Corwin Tallis, a former army officer, spoke.",
      "Corwin Tallis, a former officer, spoke.",
      "Corwin Tallis, a former analyst, spoke.", // no line of work to compare
      "Agathe Brume, head of the regional ferry agency, spoke.",
      "Agathe Brume, who heads the bakers' guild, spoke.", // another body
      "Leif Sandoval, a former deputy mayor, spoke.",
      "Hanna Voskuil, a former correspondent, spoke.", // the same line of work
      "Bram Oosterhuis, who heads to the coast on Monday, spoke.", // no office
    ]) {
      it(JSON.stringify(draft.slice(0, 60)), () => assert.deepEqual(flagged(draft, t(draft)), []));
    }
  });
  describe("invalid: another kind of the same body, another former career", () => {
    const cases: Array<[string, string, RegExp, string | undefined, string]> = [
      ["Bram Oosterhuis, who chairs the county's parks committee, spoke.", "chairs the county's parks committee", /roads committee/, "chairs the county's roads committee", "warning"],
      ["Bram Oosterhuis, chair of the parks committee, spoke.", "chair of the parks committee", /roads committee/, undefined, "warning"],
      ["Ottilie Fenwright, chair of the county's roads committee, spoke.", "chair of the county's roads committee", /parks committee/, "chair of the county's parks committee", "warning"],
      ["Ottilie Fenwright, who chairs the roads committee, spoke.", "chairs the roads committee", /parks committee/, "chairs the county's parks committee", "warning"],
      ["Ysolde Marrack, a retired family court judge, spoke.", "retired family court judge", /retired Appeals Court judge/, "retired Appeals Court judge", "warning"],
      ["Ysolde Marrack, an Appeals Court judge, spoke.", "Appeals Court judge", /retired/, undefined, "warning"], // retired, not serving
      ["Corwin Tallis, a former police officer, spoke.", "former police officer", /former army officer/, "former army officer", "warning"],
      ["Pim Gerritsen, a former President, spoke.", "former President", /former Prime Minister/, "former Prime Minister", "warning"],
      ["Corwin Tallis, a former foreign ministry spokesman, spoke.", "former foreign ministry spokesman", /former army officer/, "former army officer", "information"],
      ["Hanna Voskuil, a former judge, spoke.", "former judge", /former reporter/, undefined, "information"],
      ["Leif Sandoval, who served as mayor, spoke.", "served as mayor", /former deputy mayor/, "served as deputy mayor", "warning"],
    ];
    for (const [draft, span, says, fix, severity] of cases) {
      it(JSON.stringify(draft.slice(0, 60)), () => {
        const f = t(draft);
        assert.deepEqual(flagged(draft, f), [span]);
        assert.equal(f[0].severity, severity);
        assert.match(f[0].message, says);
        assert.match(f[0].message, /f[12]\.(txt|md), line \d+/);
        assert.ok(f[0].evidence.length > 0);
        if (fix) assert.equal(f[0].suggestions[0], fix);
      });
    }
  });
  it("a former career the corpus also affirms is not doubted", () => {
    const e2 = engineFrom({ ...FERRY, "f3.txt": "Corwin Tallis, a former foreign ministry spokesman, spoke." });
    assert.deepEqual(findingsOf(e2, "Corwin Tallis, a former foreign ministry spokesman, spoke.", "title"), []);
  });
  it("former roles that both appear in the corpus are both fine", () => {
    const e2 = engineFrom({ ...FERRY, "f3.txt": "Former President Pim Gerritsen spoke." });
    assert.deepEqual(findingsOf(e2, "Pim Gerritsen, a former President, spoke.", "title"), []);
    assert.deepEqual(findingsOf(e2, "Pim Gerritsen, a former Prime Minister, spoke.", "title"), []);
  });
});

describe("title-mismatch: the deputy of an office whose name holds a deputy word", () => {
  const uni = engineFrom({
    "r1.txt": [
      "University suspends lab head",
      "",
      "ASHBURY -- Vice-Chancellor Raj Patel said the suspension was a neutral act.",
      "Deputy Vice-Chancellor Mira Okonjo will chair the review.",
    ].join("\n"),
  });
  const titles = (draft: string) => findingsOf(uni, draft, "title");
  describe("valid: stays quiet", () => {
    for (const draft of ["Vice-Chancellor Raj Patel announced the suspension.", "Deputy Vice-Chancellor Mira Okonjo will chair the review."]) {
      it(draft, () => assert.deepEqual(flagged(draft, titles(draft)), []));
    }
  });
  describe("invalid: flagged", () => {
    for (const [draft, span] of [
      ["Deputy Vice-Chancellor Raj Patel announced the suspension.", "Deputy Vice-Chancellor"],
      ["Vice-Chancellor Mira Okonjo will chair the review.", "Vice-Chancellor"],
    ] as const) {
      it(draft, () => assert.deepEqual(flagged(draft, titles(draft)), [span]));
    }
  });
});

describe("title-mismatch: another post of the same company, another status in the same service", () => {
  const e = engineFrom({
    "h1.txt": [
      "Halden Foods cuts shifts",
      "",
      "2 May 2024",
      "",
      "Ada Morel, Halden Foods' operations director, said the night shift would end in June.",
      "",
      "Ole Brandvik, a former Norwegian army officer who now advises the firm, called the plan sensible.",
    ].join("\n"),
  });
  const titles = (draft: string) => findingsOf(e, draft, "title");
  it("invalid: finance director for operations director", () => {
    const draft = "Ada Morel, Halden Foods' finance director, said the night shift would end in June.";
    assert.deepEqual(flagged(draft, titles(draft)), ["Halden Foods' finance director"]);
  });
  it("valid: the corpus's post", () => {
    const draft = "Ada Morel, the company's operations director, said the night shift would end in June.";
    assert.deepEqual(flagged(draft, titles(draft)), []);
  });
  it("invalid: a serving officer where the corpus says former", () => {
    const draft = "Ole Brandvik, a serving Norwegian army general, called the plan sensible.";
    assert.equal(titles(draft).length, 1);
  });
});
