import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRole, relate } from "../../server/src/engine/knowledge/roles";
import { engineFrom, RIVERTON } from "../helpers";

const engine = engineFrom(RIVERTON);
/** [role, person] pairs the analysis finds in a text. */
const roles = (text: string) => engine.analyze(text, "markdown").roles.map((r) => [r.role, r.person]);
/** The text each role span and person span cover. */
const spans = (text: string) => engine.analyze(text, "markdown").roles.map((r) => [text.slice(r.span.start, r.span.end), text.slice(r.personSpan.start, r.personSpan.end)]);

describe("roles: extraction", () => {
  describe("finds roles in every common shape", () => {
    const cases: Array<[string, string[][]]> = [
      ["Norwegian Prime Minister Ingrid Solvang spoke on Monday.", [["Norwegian Prime Minister", "Ingrid Solvang"]]],
      ["Talks with Chilean Foreign Ministry spokeswoman Paula Quintrala ended.", [["Chilean Foreign Ministry spokeswoman", "Paula Quintrala"]]],
      ["The talks ended, said Paula Quintrala, Chilean Foreign Ministry spokeswoman, on Friday.", [["Chilean Foreign Ministry spokeswoman", "Paula Quintrala"]]],
      ["Erik Haugland, a former Norwegian diplomat who teaches in Oslo, said so.", [["former Norwegian diplomat", "Erik Haugland"]]],
      ["The president of the Chilean Senate, Rodrigo Valdivieso, is expected.", [["president of the Chilean Senate", "Rodrigo Valdivieso"]]],
      ["The plan was proposed by the Chilean president, Mateo Arancibia.", [["Chilean president", "Mateo Arancibia"]]],
      ["Maria Ekholm, Program Director for Arctic Affairs at the Nordic Policy Institute, said it was historic.", [["Program Director for Arctic Affairs at the Nordic Policy Institute", "Maria Ekholm"]]],
      ["Talks with foreign minister Javier Montalban ended.", [["foreign minister", "Javier Montalban"]]],
      ["The county emergency director, Tobias Fairweather, said more.", [["county emergency director", "Tobias Fairweather"]]],
      ["Hans Moe, a former officer in the Chilean army, said so.", [["former officer in the Chilean army", "Hans Moe"]]],
      ["Deputy Prime Minister and Foreign Minister Jan Berg arrived.", [["Deputy Prime Minister and Foreign Minister", "Jan Berg"]]],
      ["Norway's Defence Minister Tor Lindqvist-Aas spoke.", [["Norway's Defence Minister", "Tor Lindqvist-Aas"]]],
      ["NATO Secretary General Jan Berg spoke.", [["NATO Secretary General", "Jan Berg"]]],
      ["The new US President Jan Berg spoke.", [["US President", "Jan Berg"]]],
      ["Norwegian Prime Minister Ingrid Solvang's office said so.", [["Norwegian Prime Minister", "Ingrid Solvang"]]],
      ["Talks with Secretary of State Jan Berg ended.", [["Secretary of State", "Jan Berg"]]],
      ["Jan Berg, the country's foreign minister, spoke.", [["country's foreign minister", "Jan Berg"]]],
      // Two portfolios of one office joined by "and".
      ["Environment and Energy Minister Jan Berg spoke.", [["Environment and Energy Minister", "Jan Berg"]]],
      ["Jan Berg, the minister for harbours and ferries, spoke.", [["minister for harbours and ferries", "Jan Berg"]]],
      // "chief" and the noun of a post.
      ["The talks were chaired by the service's chief conciliator, Jan Berg.", [["service's chief conciliator", "Jan Berg"]]],
      ["Jan Berg, the chief inspector of mines, visited the site.", [["chief inspector of mines", "Jan Berg"]]],
      // After a dateline's dash, the role opens the sentence proper.
      ["HALDEN -- Norway's fisheries minister, Jan Berg, spoke.", [["Norway's fisheries minister", "Jan Berg"]]],
      ["HALDEN, Norway (AP) — Norway's fisheries minister, Jan Berg, spoke.", [["Norway's fisheries minister", "Jan Berg"]]],
      // Portfolio words before a role word belong to the title, not the name.
      ["On Monday, Transport Minister Jan Berg spoke.", [["Transport Minister", "Jan Berg"]]],
      ["Jan Berg (Norwegian Defence Minister) spoke.", [["Norwegian Defence Minister", "Jan Berg"]]],
      ["Jan Berg, minister for harbours, spoke.", [["minister for harbours", "Jan Berg"]]], // an ordinary word after "for"
      ["Jan Berg, head of research at the port, spoke.", [["head of research at the port", "Jan Berg"]]],
      ["Jan Berg, a minister for eight years, spoke.", [["minister", "Jan Berg"]]], // a time, not a portfolio
      // The whole noun phrase after "of"/"for", up to its head noun.
      ["Jan Berg, chair of the county's roads committee, spoke.", [["chair of the county's roads committee", "Jan Berg"]]],
      ["Jan Berg, head of the bakers' guild, spoke.", [["head of the bakers' guild", "Jan Berg"]]],
      ["Jan Berg, chair of the county's parking committee, spoke.", [["chair of the county's parking committee", "Jan Berg"]]], // an "-ing" noun after a possessive
      ["Jan Berg, head of the union representing bakers, spoke.", [["head of the union", "Jan Berg"]]], // not a verb after a noun
      ["Jan Berg, a professor of marine biology at the college, spoke.", [["professor of marine biology at the college", "Jan Berg"]]],
      ["Jan Berg, head of the union wants more money.", [["head of the union", "Jan Berg"]]], // no verb taken for a noun
      // "retired" is a qualifier of the role.
      ["Jan Berg, a retired Appeals Court judge, spoke.", [["retired Appeals Court judge", "Jan Berg"]]],
      // Roles told by a verb: the object is the office's body.
      ["Jan Berg, who chairs the county's roads committee, spoke.", [["chair of the county's roads committee", "Jan Berg"]]],
      ["Jan Berg, who heads the regional ferry agency, spoke.", [["head of the regional ferry agency", "Jan Berg"]]],
      ["Jan Berg, who leads the bakers' guild, spoke.", [["leader of the bakers' guild", "Jan Berg"]]],
      ["Jan Berg, who runs the county's parks department, spoke.", [["head of the county's parks department", "Jan Berg"]]],
      ["Jan Berg, who now sits on the board of the ferry company, spoke.", [["member of the board of the ferry company", "Jan Berg"]]],
      ["Jan Berg, who served as deputy mayor until 2019, spoke.", [["former deputy mayor", "Jan Berg"]]],
      ["Jan Berg, who served as the county's treasurer, spoke.", [["county's former treasurer", "Jan Berg"]]],
      ["Jan Berg, who was formerly the union's district secretary, spoke.", [["union's former district secretary", "Jan Berg"]]],
      ["Jan Berg, who has served as deputy mayor since 2019, spoke.", [["deputy mayor", "Jan Berg"]]], // present perfect: still in office
      ["Jan Berg, who headed the ferry agency for a decade, spoke.", [["former head of the ferry agency", "Jan Berg"]]],
      ["Jan Berg, who has chaired the roads committee since 2019, spoke.", [["chair of the roads committee", "Jan Berg"]]],
      ["Jan Berg, who is the union's district secretary, spoke.", [["union's district secretary", "Jan Berg"]]],
      ["Jan Berg, who chairs the ruling party's youth wing, spoke.", [["chair of the ruling party's youth wing", "Jan Berg"]]],
      ["Jan Berg, the mayor of Tromsdal, who chairs the ferry board, spoke.", [["mayor of Tromsdal", "Jan Berg"], ["chair of the ferry board", "Jan Berg"]]],
    ];
    for (const [text, expected] of cases) it(JSON.stringify(text.slice(0, 60)), () => assert.deepEqual(roles(text), expected));
  });

  it("spans cover the role words and the name, possessive left out", () => {
    const text = "Norwegian Prime Minister Ingrid Solvang's office and Erik Haugland, a former diplomat, spoke.";
    assert.deepEqual(spans(text), [["Norwegian Prime Minister", "Ingrid Solvang"], ["former diplomat", "Erik Haugland"]]);
  });

  it("a list of people keeps each role with its own name", () => {
    const text = "Chilean President Mateo Arancibia, Norwegian Prime Minister Ingrid Solvang, and Swedish Foreign Minister Jan Berg met.";
    assert.deepEqual(roles(text), [
      ["Chilean President", "Mateo Arancibia"],
      ["Norwegian Prime Minister", "Ingrid Solvang"],
      ["Swedish Foreign Minister", "Jan Berg"],
    ]);
  });

  describe("stays quiet on what is not a person's role", () => {
    for (const text of [
      "The Norwegian government said the talks would resume.", // no person
      "Solvang met reporters in Bergen.", // no role
      "Microsoft's Bill Gates and Intel's Pat Gelsinger attended.", // possessive companies are not roles
      "Paris, Berlin and London sent troops.",
      "He spoke at the European Council on Foreign Relations.", // role words inside an organisation's name
      "Her Chilean counterpart, Mateo Arancibia, agreed.", // "counterpart" is no role
      "After meeting the president, Solvang flew home.", // a clause, not an apposition
      "# Norwegian Prime Minister Ingrid Solvang Visits Chile", // headlines: capitalisation proves nothing
      "Solvang, speaking in Bergen, said so.",
      "In general Solvang agreed.",
      "The plan was backed by Solvang, the president said.", // a new clause, not an apposition
      "Leaders including Arancibia, Solvang, the Danish prime minister, and others met.", // a list: the role may be a third person
      "Jan Berg, who heads to Oslo on Monday, spoke.", // a verb of motion, no office
      "Jan Berg, who led the march, spoke.", // an event, not an office
      "Jan Berg, who is expected to resign, spoke.",
      "Jan Berg, who chairs meetings badly, spoke.", // no determiner: no body named
      "Jan Berg, who runs the risk of losing, spoke.", // no noun phrase that ends the clause
      "Jan Berg, who was in Oslo, spoke.", // "was" alone tells no former office
    ]) {
      it(JSON.stringify(text.slice(0, 60)), () => assert.deepEqual(roles(text), []));
    }
  });
});

describe("roles: meaning and comparison", () => {
  const rel = (a: string, b: string) => {
    const d = parseRole(a);
    const c = parseRole(b);
    return relate(d, d.offices[0], c, c.offices[0]);
  };
  it("a portfolio and a field of one head are two posts: finance director / operations director", () => {
    assert.equal(rel("Halden Foods' finance director", "Halden Foods' operations director"), "clash");
    assert.equal(rel("the company's finance director", "Halden Foods' finance director"), "support");
  });
  it("serving against former in the same service: a conflict; former against former: no contradiction", () => {
    assert.equal(rel("a serving Norwegian army general", "a former Norwegian army officer"), "conflict");
    assert.equal(parseRole("a serving Norwegian army general").current, true);
    assert.equal(rel("a former Norwegian army general", "a former Norwegian army officer"), "unrelated");
  });
  it("the mayors of two towns are two offices", () => {
    assert.equal(rel("Kelby Bridge mayor", "Arnside's mayor"), "clash");
    assert.equal(rel("the town's mayor", "Kelby's mayor"), "support");
  });
  it("a chief's post of its own is not the chief executive's", () => {
    assert.equal(rel("the service's chief executive", "the service's chief conciliator"), "clash");
    assert.equal(rel("chief conciliator", "the service's chief conciliator"), "support");
  });
  it("a former cabinet post where the corpus knows another former career: a note", () => {
    assert.equal(rel("a former Norwegian defence minister", "a former OSCE official"), "doubt");
    assert.equal(rel("a former Norwegian diplomat", "a former OSCE official"), "unrelated");
  });
  it("parses head, portfolio, nationality and former", () => {
    assert.deepEqual(parseRole("Norwegian Foreign Minister").offices, [{ head: "minister", family: "cabinet", portfolio: "foreign" }]);
    assert.equal(parseRole("Chilean Foreign Ministry spokeswoman").offices[0].head, "spokesperson");
    assert.equal(parseRole("Chilean Foreign Ministry spokeswoman").offices[0].portfolio, "foreign");
    assert.equal(parseRole("Minister of Foreign Affairs").offices[0].portfolio, "foreign");
    assert.equal(parseRole("Premier").offices[0].head, "prime minister");
    assert.equal(parseRole("Vice-President").offices[0].head, "deputy president");
    assert.equal(parseRole("former Norwegian diplomat").former, true);
    assert.equal(parseRole("former Norwegian diplomat").demonym, "norwegian");
    assert.equal(parseRole("European Commission President").demonym, undefined);
    assert.equal(parseRole("president of the Chilean Senate").offices[0].family, "other");
    assert.equal(parseRole("Foreign Secretary").offices[0].head, "minister");
    assert.equal(parseRole("Deputy Prime Minister and Foreign Minister").offices.length, 2);
  });
  it("parses a portfolio after \"for\"/\"of\" even when no list has it", () => {
    assert.equal(parseRole("minister for harbours").offices[0].portfolio, "harbours");
    assert.equal(parseRole("Minister of Tourism and Trade").offices[0].portfolio, "tourism");
    assert.equal(parseRole("Minister of State for Harbours").offices[0].portfolio, "harbours");
    assert.equal(parseRole("secretary for harbours").offices[0].head, "minister"); // a secretary with a portfolio
    // A secretary "of" a body keeps no portfolio: "secretary of the union", "Secretary of the Dockers' Union".
    assert.deepEqual(parseRole("secretary of the union").offices[0], { head: "secretary", family: "other", portfolio: undefined, body: "union" });
    assert.equal(parseRole("district secretary of the Dockers' Union").offices[0].portfolio, undefined);
    assert.equal(parseRole("Prime Minister of Norway").offices[0].portfolio, undefined);
    assert.equal(parseRole("minister for eight years").offices[0].portfolio, undefined);
    assert.equal(parseRole("minister for a decade").offices[0].portfolio, undefined);
    assert.equal(parseRole("constructor director").offices[0].field, undefined); // no inherited property is a lexicon entry
  });
  it("parses the scope and the field of an office", () => {
    assert.equal(parseRole("district secretary of the Dockers' Union").offices[0].scope, "district");
    assert.equal(parseRole("the union's national secretary").offices[0].scope, "national");
    assert.equal(parseRole("Policy Director for Arctic Affairs").offices[0].field, "policy");
    assert.equal(parseRole("senior marketing director").offices[0].field, "marketing");
    assert.equal(parseRole("director of communications").offices[0].field, "communications");
    assert.equal(parseRole("senior director").offices[0].field, undefined);
    assert.equal(parseRole("district dockers union secretary").offices[0].scope, undefined); // "dockers" is no role word
    assert.equal(parseRole("district union secretary").offices[0].scope, "district");
    assert.equal(parseRole("National Harbour Board spokesman").offices[0].scope, undefined); // part of a body's name
    assert.equal(parseRole("the county's director").offices[0].scope, undefined); // the county's, not a county director
  });
  it("parses the body of an office and its kind, before or after the head", () => {
    const unit = (role: string) => [parseRole(role).offices[0].body, parseRole(role).offices[0].kind];
    assert.deepEqual(unit("chair of the county's roads committee"), ["committee", "committee:roads"]);
    assert.deepEqual(unit("roads committee chair"), ["committee", "committee:roads"]);
    assert.deepEqual(unit("retired Appeals Court judge"), ["court", "court:appeals"]);
    assert.deepEqual(unit("judge at the appeals court"), ["court", "court:appeals"]);
    assert.deepEqual(unit("former army officer"), ["service", "service:army"]);
    assert.deepEqual(unit("officer in the Chilean navy"), ["service", "service:navy"]);
    assert.deepEqual(unit("air force officer"), ["service", "service:air force"]);
    assert.deepEqual(unit("chair of the county's committee"), ["committee", undefined]); // the county's: an owner, not a kind
    assert.deepEqual(unit("head of the bakers' guild"), ["guild", "guild:bakers"]); // a plural possessive is a kind
    assert.deepEqual(unit("president of the Chilean Senate"), ["senate", undefined]); // nationality is no kind
    assert.deepEqual(unit("Kremlin spokesman"), [undefined, undefined]);
    assert.equal(parseRole("retired judge").former, true);
    assert.equal(parseRole("former head of the ferry agency").former, true);
  });
  const table: Array<[string, string, string]> = [
    ["President", "Prime Minister", "clash"],
    ["Norwegian Defence Minister", "Norwegian Foreign Minister", "clash"],
    ["Foreign Minister", "Foreign Ministry spokeswoman", "clash"],
    ["President", "French President", "support"],
    ["French President", "French president", "support"],
    ["Foreign Ministry spokesman", "Foreign Ministry spokeswoman", "support"],
    ["former diplomat", "diplomat", "clash"],
    ["Danish Prime Minister", "Norwegian Prime Minister", "clash"],
    ["Vice President", "President", "clash"],
    ["the board's chair", "board's executive director", "clash"],
    ["the board's chair", "executive director of the Water Quality Board", "clash"],
    ["the board's chair", "a director of the board", "unrelated"],
    ["chief executive", "executive director", "unrelated"],
    // One person may hold both: a note when the corpus gives only one.
    ["Deputy Prime Minister", "Foreign Minister", "doubt"],
    ["former President", "Prime Minister", "unrelated"],
    ["leader", "President", "unrelated"],
    ["analyst", "former diplomat", "unrelated"],
    ["researcher", "Program Director", "unrelated"],
    ["Senate President", "Prime Minister", "conflict"], // one person may hold both: counts only when nothing affirms the draft
    ["President of the Government", "Prime Minister", "support"],
    ["President of the Council of Ministers", "Prime Minister", "support"],
    ["President of the Council", "Prime Minister", "unrelated"],
    ["party president", "Foreign Minister", "conflict"],
    ["Minister", "Foreign Minister", "support"],
    ["Mayor", "President", "clash"],
    ["Colonel", "General", "clash"],
    ["Chancellor", "Foreign Minister", "unrelated"], // the foreign minister in some countries
    ["Chancellor", "Defence Minister", "clash"],
    ["Chancellor", "President", "clash"],
    ["minister for harbours", "finance minister", "clash"],
    ["Minister for Harbours", "Minister of Fisheries", "clash"],
    ["tourism minister", "minister for tourism", "support"],
    ["minister", "minister for harbours", "support"],
    ["national secretary", "district secretary of the union", "clash"],
    ["county secretary", "the union's county secretary", "support"],
    ["secretary of the union", "district secretary", "support"], // one says less, not something else
    ["policy director", "Communications Director for Arctic Affairs", "clash"],
    ["senior policy director", "policy director", "support"], // a qualifier is no other office
    ["district director", "policy director", "support"], // scope and field may both hold
    ["director of communications", "communications director", "support"],
    ["Kremlin spokesman", "presidential spokesman", "support"], // bodies are not compared
    ["provincial governor", "regional governor", "support"], // one scope, two words
    ["global director", "international director", "support"],
    ["local official", "county official", "support"], // "local" says too little
    // Former against former, like present against present.
    ["former Prime Minister", "former President", "conflict"], // both may have been held: counts when nothing affirms the draft
    ["former Defence Minister", "former Foreign Minister", "clash"],
    ["former foreign ministry spokesman", "former army officer", "doubt"], // another line of work: a note
    ["former judge", "former reporter", "doubt"],
    ["former judge", "former diplomat", "doubt"],
    ["former analyst", "former army officer", "unrelated"], // "analyst" tells no line of work
    ["former diplomat", "former ambassador", "unrelated"], // one line of work
    ["former President", "Prime Minister", "unrelated"], // former against present: as before
    // The body's kind.
    ["chair of the roads committee", "chair of the county's parks committee", "clash"],
    ["roads committee chair", "chair of the roads committee", "support"],
    ["chair of the roads committee", "chair of the ferry board", "support"], // two bodies: both may be true
    ["chair of the roads committee", "chair", "support"],
    ["retired Appeals Court judge", "retired family court judge", "clash"],
    ["retired Appeals Court judge", "former judge at the appeals court", "support"],
    ["retired Appeals Court judge", "Appeals Court judge", "clash"], // retired is former
    ["former chair of the roads committee", "chair of the parks committee", "unrelated"], // then one, now another
    ["former head of the ferry agency", "head of the county council", "unrelated"], // two bodies, then and now
    ["former head of the ferry agency", "head of the ferry agency", "clash"],
    ["former army officer", "former police officer", "clash"],
    ["army officer", "navy officer", "clash"],
    ["head of the bakers' guild", "head of the weavers' guild", "clash"],
    ["head of the national ferry office", "head of the regional ferry office", "clash"], // the body's reach
    ["head of the national office", "head of the national ferry office", "support"], // one says less
    ["head of the ferry office", "head of the national ferry office", "support"],
    ["district court judge", "Appeals Court judge", "clash"],
  ];
  for (const [a, b, expected] of table) it(`${a} / ${b}: ${expected}`, () => assert.equal(rel(a, b), expected));
});

describe("roles: corpus knowledge", () => {
  const kb = engineFrom({
    "k1.txt": [
      "Norwegian Prime Minister Ingrid Solvang met Chilean President Mateo Arancibia.",
      "Solvang said the talks went well.",
      "Karl Berg, the mayor of Tromsø, and Anna Berg, a former Norwegian diplomat, attended.",
    ].join("\n"),
    "k2.txt": "Chilean Defence Minister Javier Montalban spoke. Prime Minister Solvang agreed.",
    "k3.txt": "Chilean Foreign Minister Javier Montalban spoke.",
  }).kb;
  it("groups a surname with the one full name that ends in it", () => {
    const p = kb.roles.resolve("Solvang");
    assert.equal(p?.name, "Ingrid Solvang");
    assert.equal(p?.roles.length, 1);
    assert.equal(p?.roles[0].refs.length, 2);
    assert.equal(new Set(p?.roles[0].refs.map((r) => r.article)).size, 2);
  });
  it("a surname two people share resolves to neither", () => {
    assert.equal(kb.roles.resolve("Berg"), undefined);
    assert.equal(kb.roles.resolve("Anna Berg")?.roles[0].parsed.former, true);
    assert.equal(kb.roles.resolve("Karl Berg")?.roles[0].parsed.offices[0].head, "mayor");
  });
  it("keeps both roles when articles disagree", () => {
    const p = kb.roles.resolve("Javier Montalban");
    assert.deepEqual(p?.roles.map((r) => [...r.wordings.keys()][0]).sort(), ["Chilean Defence Minister", "Chilean Foreign Minister"]);
  });
  it("courtesy titles, accents and particles do not hide a person", () => {
    assert.equal(kb.roles.resolve("Ms Solvang")?.name, "Ingrid Solvang");
    assert.equal(kb.roles.resolve("Javier Montalbán")?.name, "Javier Montalban");
  });
  it("a name the corpus does not know resolves to nothing", () => {
    assert.equal(kb.roles.resolve("Hans Moe"), undefined);
    assert.equal(kb.roles.resolve("Gabriela Solvang"), undefined);
  });
  it("a surname misspelled by one letter still names the person when the given name matches", () => {
    assert.equal(kb.roles.resolve("Ingrid Solwang")?.name, "Ingrid Solvang");
    assert.equal(kb.roles.resolve("Javier Montalvan")?.name, "Javier Montalban");
    assert.equal(kb.roles.resolve("Gabriela Solwang"), undefined); // another given name: someone else
    assert.equal(kb.roles.resolve("Solwang"), undefined); // a surname alone must be spelled right
  });
});

describe("roles: family name first", () => {
  const kb = engineFrom({
    "f1.txt": "Deputy Mayor Hu Weiming opened the port. Hu said the cranes were new. Mayor Lena Vessel spoke.",
    "f2.txt": "Hu Weiming, the deputy mayor, said the ferries would resume.",
    "f3.txt": "Pilot Dag Solheim and pilot Dag Rustad met Bo Lindgren and Bo Persson. Dag said so. Bo agreed.",
  }).kb;
  it("a family name written first resolves alone when the corpus writes it alone", () => {
    assert.equal(kb.roles.resolve("Hu")?.name, "Hu Weiming");
    assert.equal(kb.roles.resolve("Hu")?.roles[0].refs.length, 2);
  });
  it("not when two people's names start with it, nor when the corpus never writes it alone", () => {
    assert.equal(kb.roles.resolve("Dag"), undefined);
    assert.equal(kb.roles.resolve("Lena"), undefined);
  });
});

describe("roles: a role that says less joins the one that says more", () => {
  const kb = engineFrom({
    "m1.txt": "Ruth Calder, the county's minister for harbours, spoke. Calder, a minister, left early.",
    "m2.txt": "Minister Ruth Calder opened the pier.",
    "m3.txt": "Owen Pryce, minister for harbours, and Owen Pryce, minister for fisheries, were named.",
  }).kb;
  it("merges a bare office into the only portfolio the corpus gives", () => {
    const p = kb.roles.resolve("Ruth Calder");
    assert.equal(p?.roles.length, 1);
    assert.equal(p?.roles[0].parsed.offices[0].portfolio, "harbours");
  });
});
