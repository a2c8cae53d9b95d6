// Who the corpus says each person is. Built from the role mentions the analysis
// pipeline finds in every article; surname-only mentions join the full name
// when the corpus makes that unambiguous. Also: what a role means (its head,
// portfolio, nationality, "former") and when two roles contradict each other.
import type { AnalyzedText } from "../analysis/analyze";
import type { RoleMention } from "../analysis/facts";
import type { Explainer } from "../explain";
import { CAPITAL_COUNTRY, DEMONYM_COUNTRY, DEMONYMS, HONORIFICS, NAME_PARTICLES, NUMBER_WORDS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_QUALIFIERS, ROLE_WORDS, STOPWORDS } from "../text/lexicon";
import { fold, stripPossessive } from "../text/tokens";
import type { Article } from "./corpus";
import type { Knowledge } from "./knowledge";
import type { MentionRef, NameKnowledge } from "./names";
import { editDistance, skeleton } from "./skeleton";

// ---------------------------------------------------------------------------
// What a role means

export type OfficeFamily = "top" | "cabinet" | "staff" | "deputy" | "local" | "rank" | "executive" | "other";

export interface Office {
  /** Normalised head: "president", "prime minister", "minister", "spokesperson", "deputy prime minister". */
  head: string;
  family: OfficeFamily;
  /** "foreign", "defence", … when the role names one. */
  portfolio?: string;
  /** The president or chair of a body (a senate, a bank, a party), not of a country. */
  institution?: boolean;
  /** How far the office reaches, when the role says: "district", "national". */
  scope?: string;
  /** The line of work, when the role says: "policy", "communications". */
  field?: string;
  /** The body the office belongs to, when the role names one: "committee", "court", "service" (an army, a navy). */
  body?: string;
  /** The body and the kind of it, when the role says: "committee:finance", "court:high", "service:army". */
  kind?: string;
  /** How far the body reaches, when the role says: "office:national" for "head of the national statistics office". */
  reach?: string;
  /** The words that modify the body ("national", "statistics"): one role may say fewer of them than another. */
  bodyWords?: string[];
  /** The named organisation the office belongs to, as folded words: "Caldbeck Water's engineer", "engineer with the Safety Panel". */
  org?: string[];
  /** A body named only by an acronym before the head ("OSCE official"): weaker evidence of an employer than `org`. */
  acronym?: string;
  /** A common noun owning the office ("inquiry" in "the inquiry's chair"). */
  owner?: string;
  /** Held for now: "acting", "interim", "caretaker". */
  acting?: boolean;
}

export interface ParsedRole {
  text: string;
  former: boolean;
  /** Said to hold the office now ("a serving army officer", "the sitting mayor"). */
  current?: boolean;
  /** National demonym ("french") when the role has one. */
  demonym?: string;
  offices: Office[];
}

/** Regional adjectives: they name no nationality ("European Council President"). */
const REGIONAL = new Set(["african", "asian", "arab", "arabic", "baltic", "nordic", "western", "eastern", "northern", "southern", "soviet", "european"]);
const FORMER = new Set(["former", "ex", "erstwhile", "retired"]);
const CURRENT = new Set(["serving", "sitting", "incumbent", "current"]);
const DEPUTY = new Set(["deputy", "vice", "assistant", "under"]);
/** Qualifiers of an office held for now, not for good. */
const TEMPORARY = new Set(["acting", "interim", "caretaker"]);
const PREPOSITIONS = new Set(["of", "for", "at", "in", "on", "to", "with"]);

const HEAD_SYNONYMS: Record<string, string> = {
  premier: "prime minister", pm: "prime minister", spokesman: "spokesperson", spokeswoman: "spokesperson",
  chairman: "chair", chairwoman: "chair", chairperson: "chair", advisor: "adviser", sen: "senator", gov: "governor",
  rep: "representative", gen: "general", lt: "lieutenant", col: "colonel", capt: "captain", sgt: "sergeant",
  maj: "major", adm: "admiral", pres: "president", amb: "ambassador", councilor: "councillor", legislator: "lawmaker",
  envoy: "ambassador", justice: "judge",
};
const PORTFOLIOS: Record<string, string> = {
  foreign: "foreign", external: "foreign", defence: "defence", defense: "defence", interior: "interior", home: "interior",
  finance: "finance", finances: "finance", treasury: "finance", justice: "justice", health: "health", trade: "trade",
  economy: "economy", economic: "economy", education: "education", energy: "energy", agriculture: "agriculture",
  environment: "environment", culture: "culture", labour: "labour", labor: "labour", transport: "transport",
  enterprise: "enterprise", business: "business", industry: "industry", commerce: "commerce", employment: "employment",
  housing: "housing", tourism: "tourism", science: "science", immigration: "immigration", infrastructure: "infrastructure",
  fisheries: "fisheries", welfare: "welfare", pensions: "pensions", youth: "youth", sport: "sport", sports: "sport",
};
/** Words after "minister for/of" that are no portfolio: "Minister of State for Europe". */
const NOT_PORTFOLIO = new Set([
  "state", "government", "country", "nation", "republic", "cabinet", "ministry", "crown", "region", "area", "district",
  "city", "town", "county", "province", "north", "south", "east", "west", "time", "day", "year",
]);
/** A lexicon entry, never an inherited property ("constructor"). */
const own = (table: Record<string, string>, w: string): string | undefined => (Object.hasOwn(table, w) ? table[w] : undefined);
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|decades?|terms?)$/;
/** How far an office reaches: a district secretary is not the national secretary. */
const SCOPES: Record<string, string> = {
  national: "national", regional: "regional", provincial: "regional", international: "international",
  global: "international", worldwide: "international", district: "district", county: "county", city: "city",
  municipal: "city", divisional: "divisional", branch: "branch",
  // "general secretary" / "general manager": the post over the whole body, not a regional one.
  general: "general",
};
/** Lines of work that tell one director, editor or officer from another. */
const FIELDS: Record<string, string> = {
  research: "research", program: "program", programme: "program", programs: "program", programmes: "program",
  policy: "policy", communications: "communications", communication: "communications", campaign: "campaign",
  marketing: "marketing", sales: "sales", operations: "operations", technical: "technical", legal: "legal",
  medical: "medical", scientific: "scientific", artistic: "artistic", creative: "creative", editorial: "editorial",
  managing: "managing", executive: "executive", investment: "investment", compliance: "compliance", product: "product", design: "design",
  planning: "planning", training: "training", digital: "digital", news: "news", commercial: "commercial",
  procurement: "procurement", engineering: "engineering", strategy: "strategy", fundraising: "fundraising",
  clinical: "clinical", nursing: "nursing", financial: "financial", security: "security", safety: "safety",
};
/** Bodies whose president or chair is not a head of state ("president of the Senate"). */
const INSTITUTIONS = new Set([
  "senate", "council", "commission", "parliament", "assembly", "court", "bank", "committee", "party", "association",
  "federation", "union", "university", "college", "company", "corporation", "board", "club", "league", "foundation",
  "institute", "congress", "chamber", "group", "fund", "agency", "organization", "organisation", "society",
]);
const TOP = new Set(["president", "prime minister", "chancellor", "king", "queen", "emperor", "empress", "monarch"]);
const STAFF = new Set(["spokesperson", "ambassador"]);
const LOCAL = new Set(["governor", "mayor", "sheriff", "fire chief", "police chief"]);
/** A company's chief officers: one person holds one of them. */
const EXECUTIVE = new Set(["ceo", "chief financial officer", "chief operating officer", "chief technology officer", "chief information officer", "chief marketing officer", "chief medical officer", "chief nursing officer"]);
const RANK = new Set(["general", "admiral", "colonel", "lieutenant", "major", "captain", "sergeant", "marshal", "brigadier", "lieutenant general", "major general", "inspector", "superintendent", "chief inspector", "chief superintendent"]);

/** "chief finance officer" is the chief financial officer. */
const CHIEF_OFFICERS: Record<string, string> = { finance: "financial", operations: "operating", technical: "technology", medicine: "medical", nurse: "nursing" };
const CHIEF_SHORT: Record<string, string> = { cfo: "chief financial officer", coo: "chief operating officer", cto: "chief technology officer", cio: "chief information officer", cmo: "chief marketing officer" };

function familyOf(head: string): OfficeFamily {
  if (head.startsWith("deputy ")) return "deputy";
  if (TOP.has(head)) return "top";
  if (head === "minister") return "cabinet";
  if (STAFF.has(head)) return "staff";
  if (LOCAL.has(head)) return "local";
  if (RANK.has(head)) return "rank";
  if (EXECUTIVE.has(head) || /^chief \p{Ll}+$/u.test(head)) return "executive";
  return "other";
}

function wordsOf(text: string): string[] {
  return fold(text)
    .replace(/['’]s\b/g, "")
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** How the words of a role were written: in lower case, or as a possessive ("the county's"); `owner`: with "'s". */
interface Written {
  lower: ReadonlySet<string>;
  possessive: ReadonlySet<string>;
  owner: ReadonlySet<string>;
}

/** Nouns for bodies whose kind tells one office from another: "High Court judge", "chair of the finance committee". */
const BODIES = new Set([
  ...INSTITUTIONS, "ministry", "department", "office", "authority", "tribunal", "division", "service", "panel",
  "directorate", "bureau", "unit", "delegation", "team", "school", "hospital",
]);
/** Parts of an organisation with a chair or head of their own (general English). */
const PARTS = new Set(["committee", "subcommittee", "panel", "unit", "division", "department", "branch", "section", "bureau", "directorate"]);
/** Heads that lead a whole body. */
const LEADS = new Set(["head", "chief", "police chief", "commander", "director", "president", "chair", "ceo", "director general", "commissioner"]);
/** Armed and uniformed services, kinds of one body: "army officer", "officer in the navy". */
const SERVICES: Record<string, string> = {
  army: "army", navy: "navy", naval: "navy", police: "police", intelligence: "intelligence", marines: "marines", marine: "marines",
};
/** Judges, and the levels of court a judge is named by without the word "court" (general English). */
const JUDGES = new Set(["judge", "justice", "magistrate"]);
const COURT_LEVELS = new Set(["circuit", "district", "crown", "appeal", "appeals", "appellate", "magistrates", "sheriff", "county", "supreme", "tribunal", "family", "high"]);
const DETERMINER_WORDS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);

/** The body an office belongs to and its kind: before the head ("finance committee chair") or after it ("chair of the finance committee"). */
function unitOf(pre: string[], h: number, post: string[], written: Written): { body: string; kind?: string; reach?: string; words?: string[] } | undefined {
  const kindWord = (w: string | undefined) =>
    !w || DETERMINER_WORDS.has(w) || written.owner.has(w) || DEMONYMS.has(w) || ROLE_QUALIFIERS.has(w) || ROLE_HEADS.has(w) || STOPWORDS.has(w) || Object.hasOwn(NUMBER_WORDS, w) ? undefined : w;
  const unit = (np: string[]): { body: string; kind?: string; reach?: string; words?: string[] } | undefined => {
    const last = np[np.length - 1];
    if (!last) return undefined;
    if (last === "force" && np[np.length - 2] === "air") return { body: "service", kind: "air force" };
    const service = own(SERVICES, last);
    if (service) return { body: "service", kind: service };
    const kind = kindWord(np[np.length - 2]);
    // "the national statistics office": a scope word among the body's own modifiers.
    const reach = np.length > 2 ? np.slice(0, -2).map((w) => (written.owner.has(w) ? undefined : own(SCOPES, w))).find(Boolean) : undefined;
    const words = np.slice(0, -1).filter((w) => !!kindWord(w));
    return { body: last, ...(kind ? { kind, words } : {}), ...(reach ? { reach } : {}) };
  };
  // "a circuit judge", "a district judge": the court's level stands for "court".
  if (h >= 1 && JUDGES.has(pre[h]) && COURT_LEVELS.has(pre[h - 1])) return { body: "court", kind: pre[h - 1], words: [pre[h - 1]] };
  if (h >= 1 && (BODIES.has(pre[h - 1]) || own(SERVICES, pre[h - 1]) || (pre[h - 1] === "force" && pre[h - 2] === "air"))) return unit(pre.slice(0, h));
  if (!PREPOSITIONS.has(post[0] ?? "")) return undefined;
  let end = 1;
  while (end < post.length && !PREPOSITIONS.has(post[end])) end++;
  return unit(post.slice(1, end).filter((w) => !DETERMINER_WORDS.has(w)));
}

function parseOffice(words: string[], written: Written, portfolioFirst = true): Office | undefined {
  const firstPrep = words.findIndex((w) => PREPOSITIONS.has(w));
  const pre = firstPrep >= 0 ? words.slice(0, firstPrep) : words;
  const post = firstPrep >= 0 ? words.slice(firstPrep) : [];
  let h = -1;
  for (let i = pre.length - 1; i >= 0; i--) {
    if (ROLE_HEADS.has(pre[i]) && !(DEPUTY.has(pre[i]) && i < pre.length - 1)) {
      h = i;
      break;
    }
  }
  if (h < 0) return undefined;
  let head = HEAD_SYNONYMS[pre[h]] ?? pre[h];
  let k = h - 1;
  const prev = () => (k >= 0 ? pre[k] : "");
  if (head === "minister" && prev() === "prime") {
    head = "prime minister";
    k--;
  } else if (prev() === "pro" && head === "chancellor") {
    // "Pro-Chancellor": the chancellor's deputy at a university, an office of its own.
    head = "pro-chancellor";
    k--;
  } else if (head === "general" && ["secretary", "attorney", "solicitor", "inspector", "director", "governor", "consul"].includes(prev())) {
    head = `${prev()} general`;
    k--;
  } else if (head === "general" && ["major", "lieutenant", "brigadier"].includes(prev())) {
    head = prev() === "brigadier" ? "general" : `${prev()} general`;
    k--;
  } else if (head === "secretary" && prev() === "press") {
    head = "spokesperson";
    k--;
  } else if ((head === "executive" || head === "officer") && prev() === "chief") {
    head = "ceo";
    k--;
  }
  if (head === "officer" && prev() === "executive" && pre[k - 1] === "chief") {
    head = "ceo";
    k -= 2;
  } else if (head === "officer" && pre[k - 1] === "chief" && EXECUTIVE.has(`chief ${CHIEF_OFFICERS[prev()] ?? prev()} officer`)) {
    head = `chief ${CHIEF_OFFICERS[prev()] ?? prev()} officer`;
    k -= 2;
  } else if (own(CHIEF_SHORT, head)) {
    head = CHIEF_SHORT[head];
  } else if (head === "chief" && h === pre.length - 2 && /^\p{Ll}+$/u.test(pre[h + 1]) && !ROLE_HEADS.has(pre[h + 1]) && !STOPWORDS.has(pre[h + 1])) {
    // "chief conciliator", "chief curator": a post of its own, not the head of the body.
    head = `chief ${pre[h + 1]}`;
  } else if (head === "chief" && (prev() === "fire" || prev() === "police")) {
    head = `${prev()} chief`;
    k--;
  } else if ((head === "inspector" || head === "superintendent") && prev() === "chief") {
    // "Chief Inspector", "Chief Superintendent": police ranks of their own, above the inspector and the superintendent.
    head = `chief ${head}`;
    k--;
  } else if (head === "constable" && prev() === "chief") {
    // The chief constable heads a police force.
    head = "police chief";
    k--;
  } else if (head === "officer" && prev() === "fire" && pre[k - 1] === "chief") {
    head = "fire chief";
    k -= 2;
  } else if (head === "governor" && prev() === "lieutenant") {
    // A lieutenant governor is the governor's deputy.
    head = "deputy governor";
    k--;
  }
  if (DEPUTY.has(prev())) {
    head = `deputy ${head}`;
    // "Deputy Vice-Chancellor": the deputy of an office whose own name holds a deputy word.
    if (k >= 1 && DEPUTY.has(pre[k - 1])) head = `deputy ${head}`;
  }
  // "Deputy Regional Transport Commissioner": a deputy word before the head's modifiers still makes a deputy.
  else if (!head.startsWith("deputy ") && pre.slice(0, Math.max(0, k)).some((w, i) => DEPUTY.has(w) && !pre.slice(i + 1, k + 1).some((x) => ROLE_HEADS.has(x) && !ROLE_MODIFIERS.has(x)))) head = `deputy ${head}`;
  // "Acting Transport Commissioner", "interim chief executive": holding the office for now.
  const acting = pre.slice(0, k + 1).some((w) => TEMPORARY.has(w));
  // The portfolio: "Foreign Minister", "Foreign Ministry spokeswoman", "Minister of Foreign Affairs".
  let portfolio: string | undefined;
  for (const w of [...pre.slice(0, h), ...post]) {
    if (PORTFOLIOS[w]) {
      portfolio = PORTFOLIOS[w];
      break;
    }
  }
  if (head === "secretary" && !portfolio && post[0] === "of" && post.includes("state")) portfolio = "foreign";
  // "minister for harbours": the word after "for"/"of" is the portfolio even when no list has it.
  // A secretary "of" something is usually a body's ("secretary of the union"): only a
  // lower-case "for" phrase names a secretary's portfolio.
  if (!portfolio && (head === "minister" || head === "deputy minister")) portfolio = portfolioAfter(post, ["for", "of"]) ?? (portfolioFirst ? portfolioBefore(pre.slice(0, k + 1), written) : undefined);
  if (!portfolio && (head === "secretary" || head === "deputy secretary")) portfolio = portfolioAfter(post, ["for"], written.lower);
  // A secretary with a portfolio is a minister ("Foreign Secretary", "Secretary of Defense").
  if (head === "secretary" && portfolio) head = "minister";
  if (head === "deputy secretary" && portfolio) head = "deputy minister";
  const around = [...pre.slice(0, h), ...post];
  // "President of the Government", "President of the Council of Ministers": a head of government.
  const ofGovernment = around.includes("government") || around.includes("cabinet") || (around.includes("council") && around.includes("ministers"));
  if (head === "president" && ofGovernment) head = "prime minister";
  let family = familyOf(head);
  let institution = false;
  // "the think tank's president", "the company's president": a body named by a common noun owns the office, not a country.
  const commonOwner = [...written.owner].some((w) => written.lower.has(w) && !PLACES.has(w) && !DETERMINER_WORDS.has(w));
  if ((head === "president" || head === "deputy president") && (around.some((w) => INSTITUTIONS.has(w)) || commonOwner)) {
    family = "other";
    // "President of the Council" names a head of government in some countries: no conclusion.
    if (around.every((w) => w === "council" || w === "the" || PREPOSITIONS.has(w) || DEMONYMS.has(w))) {
      head = `${head} (council)`;
    } else {
      // The president of a senate, a bank or a party is not a head of state.
      head = `${head} (institution)`;
      institution = true;
    }
  }
  const office: Office = institution ? { head, family, portfolio, institution } : { head, family, portfolio };
  if (acting) office.acting = true;
  // "the county's minister" is the county's, not a county minister.
  // Only words that modify the head itself count: not "National" in "National Security Council spokesman".
  const modifiers: string[] = [];
  for (let i = h - 1; i >= 0 && (i === h - 1 || isModifier(pre[i + 1])); i--) modifiers.push(pre[i]);
  const scope = modifiers.map((w) => (written.possessive.has(w) ? undefined : own(SCOPES, w))).find(Boolean);
  if (scope) office.scope = scope;
  const field = modifiers.map((w) => own(FIELDS, w)).find(Boolean) ?? fieldAfter(post);
  if (field) office.field = field;
  const unit = unitOf(pre, h, post, written);
  if (unit) office.body = unit.body;
  if (unit?.kind) office.kind = `${unit.body}:${unit.kind}`;
  if (unit?.kind && unit.words && unit.words.length > 1) office.bodyWords = unit.words;
  if (unit?.reach) office.reach = `${unit.body}:${unit.reach}`;
  return office;
}

/** A word that may stand between a modifier and its head: "regional union secretary". */
function isModifier(w: string): boolean {
  return ROLE_MODIFIERS.has(w) || ROLE_QUALIFIERS.has(w) || !!own(SCOPES, w) || !!own(FIELDS, w) || !!own(PORTFOLIOS, w);
}

/** The first word after "for"/"of" ("minister for harbours"), unless it names no portfolio. */
function portfolioAfter(post: string[], preps: string[], lowerOnly?: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < post.length; i++) {
    if (!preps.includes(post[i])) continue;
    let j = i + 1;
    if (post[j] === "the") j++;
    const w = post[j];
    // "minister for eight years", "minister for a decade": a time, not a portfolio.
    if (!w || PREPOSITIONS.has(w) || STOPWORDS.has(w) || NOT_PORTFOLIO.has(w) || DEMONYMS.has(w) || Object.hasOwn(NUMBER_WORDS, w) || TIME_WORDS.test(post[j + 1] ?? "")) continue;
    if (lowerOnly && (!lowerOnly.has(w) || INSTITUTIONS.has(w))) return undefined;
    return w;
  }
  return undefined;
}

/** Words before "Minister" that name no portfolio: "Junior Minister", "Shadow Minister", a party. */
const NOT_PORTFOLIO_BEFORE = new Set([
  "junior", "senior", "chief", "first", "principal", "shadow", "caretaker", "federal", "national", "regional", "provincial",
  "top", "new", "conservative", "tory", "liberal", "green", "democratic", "socialist", "communist", "party", "coalition",
  "opposition", "council", "royal",
]);

/**
 * A portfolio no list has, written in capitals right before "Minister": "Local Government Minister" is the minister
 * for local government ("local", as "Minister for Local Government" reads). Lower-case words may be no title at all.
 */
function portfolioBefore(pre: string[], written: Written): string | undefined {
  const run: string[] = [];
  for (let i = pre.length - 1; i >= 0; i--) {
    const w = pre[i];
    if (written.lower.has(w) || written.possessive.has(w) || DEMONYMS.has(w) || REGIONAL.has(w) || FORMER.has(w) || DEPUTY.has(w) || ROLE_QUALIFIERS.has(w) || ROLE_HEADS.has(w)) break;
    run.unshift(w);
  }
  const w = run[0];
  if (!w || run.length > 3 || NOT_PORTFOLIO.has(w) || NOT_PORTFOLIO_BEFORE.has(w) || STOPWORDS.has(w) || Object.hasOwn(NUMBER_WORDS, w)) return undefined;
  return w;
}

/** "director of research", "head of communications": a field named after the head. */
function fieldAfter(post: string[]): string | undefined {
  if (post[0] !== "of" && post[0] !== "for") return undefined;
  return own(FIELDS, post[post[1] === "the" ? 2 : 1] ?? "");
}

const ORG_WORD = String.raw`\p{Lu}[\p{L}\p{M}\-&.]*`;
/** A named owner before the head ("Caldbeck Water's chief engineer"), or a named body after "of"/"with"/"at"/"for" the head. */
const ORG_OWNER = new RegExp(String.raw`^(?:the\s+)?((?:${ORG_WORD}\s+){0,3}${ORG_WORD})(?:['’]s|(?<=s)['’])\s+\p{Ll}`, "u");
const ORG_AFTER = new RegExp(String.raw`\s(?:of|with|at|for)\s+(?:the\s+)?(?:\p{Ll}+\s+)?((?:${ORG_WORD}\s+(?:(?:on|of|for|and)\s+)?){0,4}${ORG_WORD})\s*$`, "u");

/** A name of two words or more before a lower-case title: "Caldbeck Water chief engineer" (one capitalised word may open a sentence). */
const ORG_BEFORE = new RegExp(String.raw`^(?:the\s+)?((?:${ORG_WORD}\s+){1,3}${ORG_WORD})\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}\p{Ll}[\p{L}\-]*$`, "u");

function orgOf(text: string): string[] | undefined {
  const named = (m: RegExpExecArray | null) => (m ? wordsOf(m[1]).filter((w) => !STOPWORDS.has(w) && !DEMONYMS.has(w) && !ROLE_HEADS.has(w) && !ROLE_MODIFIERS.has(w)) : []);
  const words = named(ORG_OWNER.exec(text) ?? ORG_AFTER.exec(text));
  if (words.length) return words;
  const before = named(ORG_BEFORE.exec(text));
  return before.length >= 2 ? before : undefined;
}

/** The acronym of a body written alone before the head: "OSCE" in "a former OSCE official". */
function acronymOf(text: string): string | undefined {
  const m = ORG_ACRONYM.exec(text);
  const folded = m ? m[1].replace(/\./g, "").toLowerCase() : "";
  return folded && !COUNTRY_ACRONYMS.has(folded) && !ROLE_HEADS.has(folded) ? folded : undefined;
}

/** Common nouns for places whose president is a head of state or government ("the country's president"). */
const PLACES = new Set(["country", "nation", "state", "republic", "island", "islands", "kingdom", "territory", "region", "province", "federation"]);

/** A lone acronym before the head ("former OSCE official", "AU ambassador"); not a country's ("US", "U.K."). */
const ORG_ACRONYM = /^(?:(?:the|a|an)\s+)?(?:(?:former|ex|acting|interim|senior|retired|then)[\s-]+)?(\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}\p{Ll}[\p{L}\-]*$/u;
const COUNTRY_ACRONYMS = new Set(["us", "usa", "uk", "uae", "prc", "drc", "rok", "dprk", "ussr"]);

/** Offices one person often holds in several bodies at once: no employer is contradicted. */
const MANY_BODIES = new Set(["fellow", "member", "adviser", "consultant", "professor", "researcher", "trustee", "director", "founder", "chair", "head", "leader"]);

/**
 * A spokesperson role named by one capitalised word ("Admiralty spokeswoman", "Treasury spokesman"), no demonym or
 * place, against an office of a body of a kind that holds no such word ("Transport Ministry spokeswoman").
 */
function speaksForOther(r: ParsedRole, other: Office): boolean {
  const word = /^(?:the\s+)?(\p{Lu}[\p{Ll}\p{M}-]+)\s+spokes(?:man|woman|person)$/u.exec(r.text)?.[1]?.toLowerCase();
  if (!word || DEMONYMS.has(word) || placeWord(word) || !other.body || !other.kind) return false;
  return ![other.body, ...(other.bodyWords ?? []), ...(other.org ?? [])].includes(word);
}

/** Two named organisations that cannot be one: no word in common (a shared stem or an acronym of the other counts as one). */
function orgsDiffer(a: string[], b: string[]): boolean {
  // A country and its demonym are one word here ("Sweden's" / "the Swedish Prosecution Authority").
  const country = (x: string, y: string) => !!DEMONYM_COUNTRY[x]?.split("|").includes(y);
  // A name misspelt ("Corvaine Build" / "Corvane Build") is still the one body: the name check marks the spelling.
  const near = (x: string, y: string) =>
    x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x))) || country(x, y) || country(y, x) || (Math.min(x.length, y.length) >= 5 && editDistance(x, y, 1) <= 1);
  if (a.some((x) => b.some((y) => near(x, y)))) return false;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join("");
  // The longer name may have lost a first word to the demonym filter ("Northern Freight Assets" read as "freight assets").
  const acronym = (ws: string[], other: string[]) =>
    ws.length === 1 && ws[0].length >= 2 && (initials(other) === ws[0] || initials(other).includes(ws[0]) || (other.length >= 2 && ws[0].endsWith(initials(other))));
  // "AU" / "African Union Commission": a short name may stand for a body of the longer one.
  const leads = (ws: string[], other: string[]) => ws.length === 1 && ws[0].length <= 5 && other.length > 1 && other[0][0] === ws[0][0];
  return !acronym(a, b) && !acronym(b, a) && !leads(a, b) && !leads(b, a);
}

/** "director of the Meridan Institute", "the director of …": a director named as the named body's own, not "a director of" it. */
function headsNamedBody(r: ParsedRole): boolean {
  // Not "director of the Northern Lakes programme at …": a part of the body named, then the body.
  return /^(?:the\s+)?(?:former\s+)?director\s+of\s+(?:the\s+)?\p{Lu}/u.test(r.text) && !/\s(?:at|in|within)\s/u.test(r.text) && !/\b(?:programm?e|unit|department|division|desk|team)\b/iu.test(r.text);
}

/**
 * "Director of Public Works" (a formal title), "head of the Fraud Division": the head of one named body, whole
 * or a part; not "director of the Harbour Trust", which may be one of its board ("a director of").
 */
function headsOneNamedBody(r: ParsedRole): boolean {
  return /^(?:the\s+)?(?:former\s+)?(?:Director|[Hh]ead)\s+of\s+(?:the\s+)?\p{Lu}/u.test(r.text) && !/\s(?:at|in|within)\s/u.test(r.text);
}

/** The office that heads a whole organisation: its chief executive or another chief officer, the president of a body. */
function headsOrganisation(o: Office): boolean {
  return o.family === "executive" || !!o.institution || o.head === "director general";
}

/** An office in one part of an organisation: "chief of cardiology", "program director for Latin America". */
function inUnit(o: Office): boolean {
  if (o.family !== "other" || o.institution || o.head.startsWith("deputy ")) return false;
  // "director of the Meridan Policy Forum": the body's kind is the organisation's own name, not a part of it.
  const kind = o.kind?.slice(o.kind.indexOf(":") + 1);
  const unit = !!kind && !o.org?.includes(kind) && !(o.body && o.org?.includes(o.body));
  // "head of cardiology": a body no list of whole organisations holds.
  const part = !!o.body && !BODIES.has(o.body) && !Object.hasOwn(SERVICES, o.body) && !o.org?.includes(o.body);
  // "executive director", "managing director" run the whole body; other fields are parts of it.
  return (!!o.field && o.field !== "executive" && o.field !== "managing") || unit || (part && (o.head === "head" || o.head === "chief" || o.head === "director"));
}

/** A role whose body's name holds "of", then the head in lower case: the words before "of", the name's words after it, the head. */
const NAMED_OF_BEFORE_HEAD = /^(.*?)(\p{Lu}[\p{L}\p{M}]*)\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}]*\s+){1,3})(\p{Ll}[\p{Ll}-]*)$/u;

/** What a role says: its offices (one per "and"-joined part), "former", nationality. */
export function parseRole(text: string): ParsedRole {
  // "Court of Appeal judge", "Bank of England governor": the "of" inside a body's name before the head is no preposition.
  // Read as the name written the other way round ("Appeal Court judge", "England Bank governor").
  const named = NAMED_OF_BEFORE_HEAD.exec(text);
  const words = named && ROLE_HEADS.has(named[4]) ? wordsOf(`${named[1]} ${named[3]} ${named[2]} ${named[4]}`) : wordsOf(text);
  // Words written in lower case: ordinary words, not the names of bodies.
  const written: Written = {
    lower: new Set(wordsOf(text.replace(/\p{Lu}[\p{L}\p{M}'’]*/gu, " "))),
    possessive: new Set([...text.matchAll(/([\p{L}\p{M}]+)['’]s?(?![\p{L}])/gu)].flatMap((m) => wordsOf(m[1]))),
    owner: new Set([...text.matchAll(/([\p{L}\p{M}]+)['’]s(?![\p{L}])/gu)].flatMap((m) => wordsOf(m[1]))),
  };
  const segments: string[][] = [[]];
  for (const w of words) {
    if (w === "and") segments.push([]);
    else segments[segments.length - 1].push(w);
  }
  const offices: Office[] = [];
  // "Energy and Climate Minister": a portfolio split by "and" is not read from the words before the head.
  const headless = segments.some((seg) => seg.length && !seg.some((w) => ROLE_HEADS.has(w)));
  for (const seg of segments) {
    const o = parseOffice(seg, written, !headless);
    if (o) offices.push(o);
  }
  // "editor-in-chief": the chief of the trade, not an office "in" a body called "chief".
  const inChief = /\b(\p{L}+)-in-chief\b/iu.exec(text)?.[1]?.toLowerCase();
  for (const o of offices) {
    if (!inChief || o.head !== (HEAD_SYNONYMS[inChief] ?? inChief) || o.body !== "chief") continue;
    delete o.body;
    delete o.kind;
    delete o.bodyWords;
    o.field ??= "chief";
  }
  const firstHead = words.findIndex((w) => ROLE_HEADS.has(w) && !DEPUTY.has(w));
  const former = words.some((w, i) => FORMER.has(w) && (firstHead < 0 || i < firstHead));
  const demonym = words.find((w) => DEMONYMS.has(w) && !REGIONAL.has(w));
  // One named organisation for a one-office role: its owner ("Caldbeck Water's") or the body after it ("with the Safety Panel").
  const org = offices.length === 1 ? orgOf(text) : undefined;
  if (org) offices[0].org = org;
  const acronym = offices.length === 1 && !org ? acronymOf(text) : undefined;
  if (acronym) offices[0].acronym = acronym;
  // "the inquiry's chair": a common noun as owner names the body, for telling its posts apart.
  const owner = offices.length === 1 && !org ? /^(?:the\s+)?(\p{Ll}{3,})['’]s\s/u.exec(text)?.[1] : undefined;
  if (owner && !PLACES.has(owner) && !STOPWORDS.has(owner)) offices[0].owner = owner;
  const current = !former && words.some((w, i) => CURRENT.has(w) && (firstHead < 0 || i < firstHead));
  return { text, former, ...(current ? { current } : {}), demonym, offices };
}

/**
 * "conflict" is a weaker clash: the offices differ, but one person may hold both
 * (the president of a party who is also prime minister). It counts only when no
 * corpus role affirms the draft's. "doubt" is weaker still: the corpus tells another
 * career (a former army officer, not a former spokesman); worth a note when no corpus role
 * affirms the draft's.
 */
export type Relation = "support" | "clash" | "conflict" | "doubt" | "unrelated";

const GOVERNMENT: ReadonlySet<OfficeFamily> = new Set(["top", "cabinet", "staff"]);
/** Members of a legislature. */
const LEGISLATORS = new Set(["mp", "lawmaker", "senator", "congressman", "congresswoman", "assemblyman", "assemblywoman"]);

/** Scientists named by their field: "a fire ecologist", "a climate scientist". */
const SPECIALISTS = new Set(
  `scientist researcher ecologist biologist geologist hydrologist epidemiologist virologist seismologist climatologist meteorologist
  archaeologist physicist chemist botanist zoologist toxicologist oceanographer glaciologist volcanologist sociologist
  criminologist anthropologist statistician economist historian`.split(/\s+/),
);
/** Words before a specialist's head that say how senior or how known, not which field. */
const NOT_A_FIELD = new Set(`a an the leading top senior junior chief lead principal prominent renowned noted veteran independent government research
  former retired acting young respected eminent distinguished award-winning staff visiting`.split(/\s+/));

/** Per specialist head, the pattern of the word before it ("fire" ecologist). */
const FIELD_BEFORE = new Map<string, RegExp>();

/** "climate scientist", "fire ecologist": the field and the head, when the role names a field. */
function speciality(r: ParsedRole, o: Office): string | undefined {
  // "a professor of hydrology" / "a professor of civil engineering".
  if (o.head === "professor") {
    const p = /\bprofessor\s+of\s+((?:\p{Ll}[\p{Ll}\-]+\s+)?\p{Ll}[\p{Ll}\-]+)/u.exec(r.text);
    return p ? `professor of ${p[1]}` : undefined;
  }
  if (!SPECIALISTS.has(o.head)) return undefined;
  let re = FIELD_BEFORE.get(o.head);
  if (!re) FIELD_BEFORE.set(o.head, (re = new RegExp(String.raw`(?:^|\s)(\p{Ll}[\p{Ll}\-]+)\s+${o.head}s?\b`, "u")));
  const m = re.exec(r.text);
  return m && !NOT_A_FIELD.has(m[1]) && !DEMONYMS.has(m[1]) ? `${m[1]} ${o.head}` : undefined;
}

/** The words before the head of a formal title written in capitals ("Station Manager": station), qualifiers and demonyms aside. */
function titleModifiers(r: ParsedRole, o: Office): string[] | undefined {
  if (!/^(?:\p{Lu}[\p{L}\-]*\s+)+\p{Lu}[\p{L}\-]*$/u.test(r.text)) return undefined;
  const words = r.text.toLowerCase().split(/\s+/);
  const at = words.lastIndexOf(o.head.split(" ").pop()!);
  if (at <= 0) return undefined;
  return words.slice(0, at).filter((w) => !ROLE_QUALIFIERS.has(w) && !DEMONYMS.has(w));
}

/** How a role (`d`, one office of it) stands to another role of the same person. */
/** True when `longer` is `shorter` (three words or more) and then "at" an employer. */
function employerDropped(shorter: string, longer: string): boolean {
  const a = shorter.trim().toLowerCase();
  return a.split(/\s+/).length >= 3 && longer.trim().toLowerCase().startsWith(`${a} at `);
}

export function relate(d: ParsedRole, od: Office, c: ParsedRole, oc: Office): Relation {
  // "a marine biologist" / "professor of marine biology": who teaches a discipline practises it.
  if (d.former === c.former && (practises(od, oc) || practises(oc, od))) return "support";
  // "a climate scientist" / "a fire ecologist": two fields of science for one person; a note.
  const fd = speciality(d, od);
  const fc = speciality(c, oc);
  if (fd && fc && fd !== fc && d.former === c.former) return "doubt";
  if (od.head === oc.head) {
    // "Program Director for Northern Lakes" / "… at the Example Council": the same title, the employer left out.
    if (d.former === c.former && (employerDropped(d.text, c.text) || employerDropped(c.text, d.text))) return "support";
    if (od.portfolio && oc.portfolio && od.portfolio !== oc.portfolio) return "clash";
    // "county secretary" / "national secretary", "policy director" / "communications director".
    if (od.scope && oc.scope && od.scope !== oc.scope) return "clash";
    if (od.field && oc.field && od.field !== oc.field) return "clash";
    // "finance director" / "operations director": one reads as a portfolio, the other as a field; still two posts.
    const area = (o: Office) => (o.portfolio && !o.field ? o.portfolio : o.field && !o.portfolio ? o.field : undefined);
    if (area(od) && area(oc) && !od.portfolio !== !oc.portfolio && area(od) !== area(oc)) return "clash";
    // "director of the Meridan Institute" (its head) / "programme director at the Meridan Institute" (a post in one part): a note.
    // A research or policy director may be called the body's director; a programme's director runs only a part.
    const part = (r: ParsedRole, o: Office) => o.field === "program" || o.field === "programme" || /\bfor\s+\p{Lu}/u.test(r.text);
    if (od.head === "director" && ((headsNamedBody(d) && !od.field && part(c, oc) && !headsNamedBody(c)) || (headsNamedBody(c) && !oc.field && part(d, od) && !headsNamedBody(d)))) return "doubt";
    // "chair of the finance committee" / "chair of the transport committee", "High Court judge" / "labour court judge";
    // a former office of one kind and a present one of another may both be true.
    if (kindsDiffer(od, oc)) return d.former === c.former ? "clash" : "unrelated";
    if (od.reach && oc.reach && od.body === oc.body && od.reach !== oc.reach) return d.former === c.former ? "clash" : "unrelated";
    // "chair of the Canal Society" / "chair of the safety committee of the Canal Society": the whole and one part.
    if (od.org && oc.org && od.org.join(" ") === oc.org.join(" ") && od.body && oc.body && od.body !== oc.body && (PARTS.has(od.body) !== PARTS.has(oc.body)))
      return d.former === c.former ? "clash" : "unrelated";
    // "Interior Ministry spokesman" / "police spokesman": one speaks for one body; a note.
    if (od.head === "spokesperson" && od.body && oc.body && od.body !== oc.body && od.kind && oc.kind && d.former === c.former) return "doubt";
    // "Admiralty spokeswoman" / "Transport Ministry spokeswoman": a body named in one word against a body of a kind; a note.
    if (od.head === "spokesperson" && d.former === c.former && (speaksForOther(d, oc) || speaksForOther(c, od))) return "doubt";
    if (d.demonym && c.demonym && d.demonym !== c.demonym) return "clash";
    // "Caldbeck Water's chief engineer" / "engineer with the Reservoir Safety Panel": one person, two employers.
    // A director of a programme or a policy area is a staff post, held at one body; a plain director may sit on several boards.
    const staffDirector = od.head === "director" && !!od.field && !!oc.field;
    if (od.org && oc.org && (od.family === "other" || od.family === "executive") && (!MANY_BODIES.has(od.head) || staffDirector) && employersDiffer(od.org, oc.org)) return d.former === c.former ? "clash" : "unrelated";
    // "Kelby Bridge mayor" / "Arnside's mayor": a local office is its place's; two places, two offices.
    if (od.org && oc.org && od.family === "local" && orgsDiffer(od.org, oc.org)) return d.former === c.former ? "clash" : "unrelated";
    // "former head of the agency" and "head of the council": two offices, not one then and now.
    if (d.former !== c.former) return od.body && oc.body && od.body !== oc.body ? "unrelated" : "clash";
    // "OSCE official" / "AU official": two bodies named only by acronyms; a note.
    if (od.acronym && oc.acronym && od.acronym !== oc.acronym && !MANY_BODIES.has(od.head)) return "doubt";
    // "Acting Transport Commissioner" / "Transport Commissioner": the office may have been made permanent; a note.
    if (!!od.acting !== !!oc.acting) return "doubt";
    // "Station Manager" / "Group Manager": two formal titles with the same head and other words before it; a note.
    const md = titleModifiers(d, od);
    const mc = titleModifiers(c, oc);
    if (md?.length && mc?.length && !md.some((w) => mc.includes(w))) return "doubt";
    // "head of the police cybercrime bureau" / "head of the cyber agency's investigations unit": two bodies that share
    // no word but their reach; a note.
    if (od.body && oc.body && od.body !== oc.body && od.bodyWords && oc.bodyWords && !od.bodyWords.some((w) => !own(SCOPES, w) && oc.bodyWords!.includes(w))) return "doubt";
    return "support";
  }
  // "a retired air force general" / "a former army officer": two armed services for one career; a note.
  if (od.body === "service" && oc.body === "service" && od.kind && oc.kind && od.kind !== oc.kind && od.kind !== "service:police" && oc.kind !== "service:police") return "doubt";
  // "a serving army general" / "a former army officer": said to be in the service the corpus says they left.
  if (((d.current && c.former) || (d.former && c.current)) && od.body && od.body === oc.body && od.kind === oc.kind) return "conflict";
  // "a retired judge" / "an advocate": the bench and the bar are two careers; a note, as either may come after the other.
  if (d.former !== c.former) {
    if (benchAndBar(od, oc)) return "doubt";
    // "a retired judge" / "a civil engineer": a career in another calling of its own training; a note.
    if (trainedApart(od, oc)) return "doubt";
    // "the deputy fisheries minister" where the corpus knows only "a former navy officer": a government post held now,
    // which the corpus would have named; a note.
    if (!d.former && ministerial(od) && !GOVERNMENT.has(oc.family) && oc.family !== "deputy") return "doubt";
    return "unrelated";
  }
  let r = relateOffices(od, oc);
  if (r === "unrelated") r = relateEmployers(d, od, c, oc);
  // "chief economist" / "analyst": a chief of another trade than the only one the corpus gives; a note.
  if (r === "unrelated" && (chiefOver(d, od, c) || chiefOver(c, oc, d))) r = "doubt";
  if (r === "unrelated" && topPostsOfOneBody(od, oc)) r = "doubt";
  if (!d.former) return r;
  // Two former offices may have been held one after the other: a clash counts only when no
  // corpus role affirms the draft's, and a career in another line of work is a note.
  if (r === "clash") return "conflict";
  const sd = sectorOf(od);
  const sc = sectorOf(oc);
  if (r === "unrelated" && sd && sc && sd !== sc) return "doubt";
  // "a former defence minister" where the corpus knows only "a former OSCE official": a cabinet career the corpus
  // would have named; a note.
  if (r === "unrelated" && (od.family === "top" || od.family === "cabinet") && !GOVERNMENT.has(oc.family)) return "doubt";
  return r;
}

/** Trades a person is named by ("economist", "analyst"), in general English. */
const TRADES = new Set(
  `economist analyst strategist engineer architect scientist researcher geologist hydrologist accountant auditor lawyer surgeon
  physician doctor nurse pilot journalist reporter editor photographer planner inspector surveyor chemist statistician`.split(/\s+/),
);
/** True when `a` is "chief" of a trade and `b` names another trade with no rank at all. */
function chiefOver(a: ParsedRole, oa: Office, b: ParsedRole): boolean {
  const ob = b.offices[0];
  if (!ob || b.offices.length !== 1 || !TRADES.has(oa.head) || !TRADES.has(ob.head) || oa.head === ob.head) return false;
  return new RegExp(String.raw`\bchief\s+${oa.head}\b`, "iu").test(a.text) && !/\b(?:chief|head|senior|lead|principal|director|deputy)\b/iu.test(b.text);
}

/**
 * Two offices with different heads, held at the same time (both now or both before): the head of
 * an organisation and a post in one of its parts ("the clinic's chief medical officer" / "chief of
 * cardiology") contradict each other; two named employers that cannot be one ("former AU
 * ambassador" / "former OSCE official") tell another career, worth a note.
 */
function relateEmployers(d: ParsedRole, od: Office, c: ParsedRole, oc: Office): Relation {
  if ((headsOrganisation(od) && inUnit(oc)) || (inUnit(od) && headsOrganisation(oc))) return d.former ? "doubt" : "conflict";
  // "Harlow Ltd's managing director" / "project engineer for Harlow Ltd": who runs a named firm and a trade in it; a note.
  const runs = (o: Office) => headsOrganisation(o) || postOf(o) === "managing director";
  if (od.org && oc.org && sameBody(od, oc) && ((runs(od) && TRADES.has(oc.head)) || (runs(oc) && TRADES.has(od.head)))) return "doubt";
  // A director may sit on many boards, but "Director of Public Works" or "head of the Fraud Division" heads the one body named.
  if ((MANY_BODIES.has(od.head) && !headsOneNamedBody(d)) || (MANY_BODIES.has(oc.head) && !headsOneNamedBody(c))) return "unrelated";
  if (od.acronym && oc.acronym && od.acronym !== oc.acronym) return "doubt";
  if (od.org && oc.org && od.org.length > 1 && oc.org.length > 1 && orgsDiffer(od.org, oc.org)) return "doubt";
  // "Harlow Ltd's rescue chief" / "incident commander of the Brae Valley Rescue Service": a one-word owner, no place,
  // that the other's named body does not hold.
  if (od.org && oc.org && od.org.length + oc.org.length > 2 && (od.org.length === 1 || oc.org.length === 1) && employersDiffer(od.org, oc.org)) return "doubt";
  return "unrelated";
}

/** Two named employers that cannot be one (`orgsDiffer`), neither a lone place word ("Sweden's chief prosecutor"). */
function employersDiffer(a: string[], b: string[]): boolean {
  return !(a.length === 1 && placeWord(a[0])) && !(b.length === 1 && placeWord(b[0])) && orgsDiffer(a, b);
}

/** A country, capital or continent: as an owner ("Sweden's chief prosecutor") it names a place, not an employer. */
function placeWord(w: string): boolean {
  return w in CAPITAL_COUNTRY || Object.values(DEMONYM_COUNTRY).some((c) => c.split("|").includes(w)) || /^(?:europe|africa|asia|america|americas|oceania|world|country|nation|city|town|region|state)$/.test(w);
}

/**
 * Two kinds of one body: "finance committee" / "transport committee", "High Court" / "labour court";
 * not when one role only says less ("the national office" / "the national statistics office").
 */
function kindsDiffer(a: Office, b: Office): boolean {
  if (!a.kind || !b.kind || a.body !== b.body || a.kind === b.kind) return false;
  const word = (o: Office) => o.kind!.slice(o.kind!.indexOf(":") + 1);
  return !(b.bodyWords ?? []).includes(word(a)) && !(a.bodyWords ?? []).includes(word(b));
}

/** "a judge" / "a civil engineer": callings of their own training; one person follows one. */
function trainedApart(od: Office, oc: Office): boolean {
  const sectors = [sectorOf(od), sectorOf(oc)];
  return sectors.includes("law") && sectors.includes("engineering");
}

/** Lines of work a former office belongs to, when its head or body says. */
function sectorOf(o: Office): string | undefined {
  if (o.body === "service") return o.kind === "service:police" ? "police" : "military";
  // A public watchdog's office ("deputy data protection commissioner", "ombudsman") is a government career.
  const base = o.head.replace(/^deputy /, "");
  if (base === "commissioner" || base === "ombudsman" || base === "regulator") return o.kind?.includes("police") || o.bodyWords?.includes("police") ? "police" : "government";
  if (o.family === "rank" || o.head === "commander") return "military";
  if (o.family === "top" || o.family === "cabinet" || o.head === "ambassador" || o.head === "diplomat" || o.body === "ministry") return "government";
  if (o.head === "spokesperson" && o.portfolio) return "government";
  if (["senator", "lawmaker", "mp", "councillor", "politician"].includes(o.head)) return "government";
  if (["judge", "prosecutor", "lawyer", "attorney", "advocate", "barrister", "solicitor", "counsel"].includes(o.head)) return "law";
  if (["journalist", "reporter", "correspondent", "editor", "columnist"].includes(o.head)) return "press";
  if (["professor", "researcher", "scientist", "historian"].includes(o.head)) return "academia";
  if (["engineer", "architect", "surveyor"].includes(o.head)) return "engineering";
  return undefined;
}

/**
 * "KMG chairman" / "KMG's chief executive", "chief executive of Osprey Marine" / "managing director of Osprey Marine
 * Group": two top posts at one body, which one person seldom holds; a note when nothing else relates them.
 */
function topPostsOfOneBody(od: Office, oc: Office): boolean {
  const bodyId = (o: Office) => o.acronym ?? o.owner ?? o.org?.join(" ");
  const sameBody = (a: Office, b: Office) =>
    (!!bodyId(a) && bodyId(a) === bodyId(b)) || (!!a.org && !!b.org && (a.org.every((w) => b.org!.includes(w)) || b.org.every((w) => a.org!.includes(w))));
  const posts = ["chair", "ceo", "managing director"];
  return sameBody(od, oc) && postOf(od) !== postOf(oc) && posts.includes(postOf(od)) && posts.includes(postOf(oc));
}

/** An office's post, a managing director told from other directors. */
export function postOf(o: Office): string {
  return o.head === "director" && o.field === "managing" ? "managing director" : o.head;
}

/** How two offices held at the same time (both now, or both before) stand to each other when their heads differ. */
function relateOffices(od: Office, oc: Office): Relation {
  const fd = od.family;
  const fc = oc.family;
  // "Pro-Chancellor" / "Chancellor": the deputy's office and the office itself.
  if (od.head === `pro-${oc.head}` || oc.head === `pro-${od.head}`) return "clash";
  // "police spokesman" / "head of the regional criminal police": who speaks for a body does not lead it.
  const leads = (o: Office) => LEADS.has(o.head) || headsOrganisation(o);
  if (od.body && od.body === oc.body && (od.kind ?? "") === (oc.kind ?? "") && ((od.head === "spokesperson" && leads(oc)) || (oc.head === "spokesperson" && leads(od)))) return "clash";
  if (od.head.startsWith("deputy ") || oc.head.startsWith("deputy ")) {
    const base = (h: string) => h.replace(/^deputy /, "");
    // "Deputy Foreign Minister" / "Foreign Ministry spokeswoman": a minister's deputy does not speak for the ministry as its spokesperson.
    const deputy = od.head.startsWith("deputy ") ? od : oc;
    const spokesperson = deputy === od ? oc : od;
    if (spokesperson.head === "spokesperson" && deputy.portfolio && spokesperson.portfolio === deputy.portfolio && /minister$/.test(deputy.head)) return "clash";
    // The deputy of one body and the head of another may both be true.
    if (od.body && oc.body && (od.body !== oc.body || kindsDiffer(od, oc))) return "unrelated";
    // "Deputy Vice-Chancellor" / "Vice-Chancellor": one deputy word more is still the same office's deputy.
    if (base(od.head) === base(oc.head) || base(od.head) === oc.head || od.head === base(oc.head)) return "clash";
    // "Deputy Prime Minister" / "Transport Minister": a deputy head of government and a minister of a portfolio; one person may
    // hold both, so a note when the corpus gives only the other.
    const dep = od.head.startsWith("deputy ") ? od : oc;
    const other = dep === od ? oc : od;
    if (TOP.has(base(dep.head)) && other.family === "cabinet" && !other.head.startsWith("deputy ")) return "doubt";
    // "Deputy Prime Minister" / "president of the Senate": a member of the government does not preside over another institution.
    if (TOP.has(base(dep.head)) && other.institution) return "conflict";
    return "unrelated";
  }
  // Two chief officers of one company, two local offices ("sheriff" / "fire chief"): one person holds one.
  if ((fd === "executive" && fc === "executive") || (fd === "local" && fc === "local")) return od.body && oc.body && od.body !== oc.body ? "unrelated" : "clash";
  // "chief technology officer" / "managing director" of one firm: a chief officer and the one who runs the firm.
  const managing = (o: Office) => postOf(o) === "managing director";
  if (((managing(od) && fc === "executive" && oc.head !== "ceo") || (managing(oc) && fd === "executive" && od.head !== "ceo")) && sameBody(od, oc)) return "clash";
  // "Chancellor" heads a government in some countries and is the foreign minister in others.
  const chancellor = od.head === "chancellor" ? oc : oc.head === "chancellor" ? od : undefined;
  if (chancellor && chancellor.head === "minister" && (!chancellor.portfolio || chancellor.portfolio === "foreign")) return "unrelated";
  if (GOVERNMENT.has(fd) && GOVERNMENT.has(fc)) return "clash";
  if ((od.institution && GOVERNMENT.has(fc)) || (oc.institution && GOVERNMENT.has(fd))) return "conflict";
  if ((fd === "top" && fc === "local") || (fd === "local" && fc === "top")) return "clash";
  // "the town's MP" / "the town's mayor": a member of a legislature is not the town's or the county's executive.
  if ((LEGISLATORS.has(od.head) && fc === "local") || (LEGISLATORS.has(oc.head) && fd === "local")) return "clash";
  if (fd === "rank" && fc === "rank") return "clash";
  // "chair of X" / "chief executive of X": two posts at the top of one named organisation.
  if (((od.head === "chair" && fc === "executive") || (oc.head === "chair" && fd === "executive")) && sameBody(od, oc)) return "clash";
  // "the insurer's chief executive" / "a spokeswoman for the insurer": who runs a body does not speak for it as its spokesperson.
  const spokesperson = od.head === "spokesperson" ? oc : oc.head === "spokesperson" ? od : undefined;
  if (spokesperson && spokesperson.family === "executive" && sameBody(od, oc)) return "clash";
  // "professor" / "senior lecturer" at one university: two academic ranks, one person holds one.
  if (ACADEMIC_RANKS.has(od.head) && ACADEMIC_RANKS.has(oc.head) && od.head !== oc.head && (!od.org || !oc.org || sameBody(od, oc))) return "clash";
  // "a judge" / "an advocate": one sits on the bench, the other pleads before it.
  if (benchAndBar(od, oc)) return "clash";
  // "Police Inspector" / "Chief Prosecutor": a police officer does not prosecute or judge.
  const sectors = [sectorOf(od), sectorOf(oc)];
  if (sectors.includes("police") && sectors.includes("law")) return "conflict";
  if (trainedApart(od, oc)) return "clash";
  // "the town's mayor" / "the council leader": the mayor does not lead the council, nor its leader hold the mayoralty.
  const councilLeader = (o: Office) => o.head === "leader" && o.body === "council";
  if ((fd === "local" && councilLeader(oc)) || (fc === "local" && councilLeader(od))) return "clash";
  // "the MP for Brayford" / "leader of Brayford Council": a member of the legislature does not lead a council.
  if ((LEGISLATORS.has(od.head) && councilLeader(oc)) || (LEGISLATORS.has(oc.head) && councilLeader(od))) return "clash";
  // "justice minister" / "chief prosecutor": a member of the government neither prosecutes nor judges.
  const bench = (o: Office) => /(?:^|\s)(?:prosecutor|judge)$/u.test(o.head);
  if ((ministerial(od) && bench(oc)) || (ministerial(oc) && bench(od))) return "conflict";
  // "the inquiry's chair" / "counsel to the inquiry": the chair and another single post of one body.
  const chairOf = od.head === "chair" ? oc : oc.head === "chair" ? od : undefined;
  // A director is a board member, unless a staff post ("executive director", "managing director").
  const single = (o: Office) => !MANY_BODIES.has(o.head) || (o.head === "director" && (o.field === "executive" || o.field === "managing"));
  if (chairOf && single(chairOf) && !SEATS.has(chairOf.head) && !LEGISLATORS.has(chairOf.head) && sameBody(od, oc)) return "clash";
  return "unrelated";
}

/** Two offices of one body: a body noun or named owner in common ("the inquiry's chair", "counsel to the inquiry"). */
function sameBody(a: Office, b: Office): boolean {
  if (a.org || b.org) {
    // Named bodies: their own words, not the kind of body ("Brookside Parish Council" / "Kelby District Council" are two).
    // One named, the other only by its kind ("the board's chair" / "director of the Water Board"): the kind must be the named body's.
    if (!a.org || !b.org) {
      const named = (a.org ?? b.org)!;
      const plain = a.org ? b : a;
      return [plain.body, plain.owner].some((w) => !!w && named[named.length - 1] === w);
    }
    const own = (ws: string[]) => ws.filter((w) => !BODIES.has(w));
    const x = own(a.org);
    const y = own(b.org);
    return x.length > 0 && y.length > 0 && !orgsDiffer(x, y);
  }
  const of = (o: Office) => [...(o.body ? [o.body] : []), ...(o.owner ? [o.owner] : [])];
  const bs = of(b);
  return of(a).some((w) => bs.includes(w));
}

/** A trade ("economist", "historian") whose discipline is the academic's subject ("professor of economics", "… of history"). */
function practises(trade: Office, academic: Office): boolean {
  if (!ACADEMIC_RANKS.has(academic.head) || ACADEMIC_RANKS.has(trade.head)) return false;
  const stem = trade.head.replace(/(?:ist|ian|er)$/u, "");
  if (stem.length < 4 || stem === trade.head) return false;
  return [academic.body, academic.field, academic.portfolio, academic.kind?.split(":")[0]].some((w) => !!w && w.startsWith(stem));
}

/** Academic ranks (general English): a university's professor is not its lecturer. */
const ACADEMIC_RANKS = new Set(["professor", "lecturer"]);

/** Seats one holds among many in a body, beside chairing it or another: a chair is a member too. */
const SEATS = new Set(["member", "councillor", "councilor", "representative", "delegate"]);

/** Lawyers who plead or advise, as against judges. */
const BAR = new Set(["advocate", "barrister", "solicitor", "lawyer", "attorney", "counsel"]);

/** One office a judge's and the other a practising lawyer's. */
/** A post in a government: a head of one, a cabinet post, or a deputy minister or secretary. */
function ministerial(o: Office): boolean {
  return o.family === "top" || o.family === "cabinet" || (o.family === "deputy" && /\b(?:minister|secretary)$/u.test(o.head));
}

function benchAndBar(a: Office, b: Office): boolean {
  return (a.head === "judge" && BAR.has(b.head)) || (b.head === "judge" && BAR.has(a.head));
}

// ---------------------------------------------------------------------------
// Who is who

/** One person as the corpus names them: the full names and the given names used. */
interface Cluster {
  surname: string;
  given: Set<string>;
  names: Map<string, number>;
  person?: PersonRoles;
}

/** A role the corpus gives a person, with every place it does. */
export interface KnownRole {
  /** Normalised key of the role ("french|president|"). */
  key: string;
  parsed: ParsedRole;
  /** The wordings used, most frequent first once built. */
  wordings: Map<string, number>;
  /** Where the role words stand. */
  refs: MentionRef[];
  /** Wordings written right before the name ("Polish Prime Minister"), usable as a replacement there. */
  before: Map<string, number>;
}

export interface PersonRoles {
  /** The most used full name. */
  name: string;
  roles: KnownRole[];
}

const particle = (w: string) => NAME_PARTICLES.has(w) || NAME_PARTICLES.has(w.toLowerCase());

/** A name's words without the courtesy titles before it (the lexicon's `HONORIFICS`). */
function nameWords(name: string): string[] {
  const words = name.split(/\s+/).map((w) => stripPossessive(w)).filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0].replace(/\.$/, "").toLowerCase())) words.shift();
  return words;
}

function looksLikeFullName(words: string[]): boolean {
  if (words.length < 2 || words.length > 4 || particle(words[0])) return false;
  return words.every((w) => particle(w) || (/^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w) && !ROLE_WORDS.has(w.toLowerCase()) && !DEMONYMS.has(w.toLowerCase()) && !STOPWORDS.has(w.toLowerCase())));
}

function givenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const len = Math.min(a.length, b.length);
  return editDistance(a, b, 2) <= (len >= 8 ? 2 : len >= 5 ? 1 : 0);
}

export function roleKey(p: ParsedRole): string {
  return [p.former ? "former" : "", p.demonym ?? "", ...p.offices.map((o) => `${o.acting ? "acting " : ""}${o.head}/${o.portfolio ?? ""}/${o.scope ?? ""}/${o.field ?? ""}/${o.kind ?? ""}/${o.reach ?? ""}`)].join("|");
}

const DETAILS = ["portfolio", "scope", "field", "kind", "reach"] as const;

/** True when `x` says all that `r` says and more: a nationality, portfolio, scope or field `r` leaves open. */
function refines(x: ParsedRole, r: ParsedRole): boolean {
  if (x.former !== r.former || x.offices.length !== r.offices.length) return false;
  if (r.demonym && r.demonym !== x.demonym) return false;
  let more = !!x.demonym && !r.demonym;
  for (let i = 0; i < r.offices.length; i++) {
    const a = r.offices[i];
    const b = x.offices[i];
    if (a.head !== b.head || !!a.acting !== !!b.acting) return false;
    for (const k of DETAILS) {
      if (a[k] && a[k] !== b[k]) return false;
      if (!a[k] && b[k]) more = true;
    }
  }
  return more;
}

/** True when no two roles give different values for one detail: they may all be one office. */
function compatible(roles: KnownRole[]): boolean {
  const one = (values: Array<string | undefined>) => new Set(values.filter(Boolean)).size <= 1;
  if (!one(roles.map((x) => x.parsed.demonym))) return false;
  const n = roles[0]?.parsed.offices.length ?? 0;
  for (let i = 0; i < n; i++) for (const k of DETAILS) if (!one(roles.map((x) => x.parsed.offices[i][k]))) return false;
  return true;
}

/**
 * "Prime Minister" joins "Polish Prime Minister", "minister" joins "minister for
 * harbours", when the corpus gives that office only one nationality, portfolio,
 * scope or field.
 */
function mergePartial(roles: KnownRole[]): KnownRole[] {
  const out = new Set<KnownRole>();
  for (const r of roles) {
    const fuller = roles.filter((x) => x !== r && !out.has(x) && refines(x.parsed, r.parsed));
    if (!fuller.length || !compatible(fuller)) continue;
    const into = fuller.sort((a, b) => b.refs.length - a.refs.length)[0];
    for (const [w, n] of r.wordings) into.wordings.set(w, (into.wordings.get(w) ?? 0) + n);
    for (const [w, n] of r.before) into.before.set(w, (into.before.get(w) ?? 0) + n);
    into.refs.push(...r.refs);
    out.add(r);
  }
  return roles.filter((r) => !out.has(r));
}

export class RoleKnowledge {
  readonly people: PersonRoles[] = [];
  private bySurname = new Map<string, Cluster[]>();
  /** People by the first word of their name: the family name when it is written first ("Tan Weiming"). */
  private byFirst = new Map<string, Cluster[]>();
  /** Single words the corpus writes as a name of their own ("Tan said"). */
  private alone = new Set<string>();
  /** Answers of `resolve`, which only reads what the constructor built. */
  private resolved = new Map<string, PersonRoles | undefined>();

  constructor(articles: Article[], names: NameKnowledge) {
    // Every full name the corpus writes, grouped by surname and given name.
    for (const full of names.names.values()) {
      const words = nameWords(full.text);
      if (looksLikeFullName(words)) this.addName(words, full.count);
      else if (words.length === 1) this.alone.add(words[0]);
    }
    const resolved: Array<{ article: Article; mention: RoleMention; cluster: Cluster }> = [];
    for (const a of articles) {
      for (const m of a.roles) {
        const words = this.trimmed(nameWords(m.person), names);
        if (looksLikeFullName(words)) this.addName(words, 0);
      }
    }
    for (const a of articles) {
      for (const m of a.roles) {
        const cluster = this.clusterOf(this.trimmed(nameWords(m.person), names));
        if (cluster) resolved.push({ article: a, mention: m, cluster });
      }
    }
    for (const { article, mention, cluster } of resolved) {
      const parsed = parseRole(mention.role);
      if (!parsed.offices.length) continue;
      if (!cluster.person) {
        cluster.person = { name: [...cluster.names].sort((x, y) => y[1] - x[1])[0]?.[0] ?? mention.person, roles: [] };
        this.people.push(cluster.person);
      }
      const key = roleKey(parsed);
      let role = cluster.person.roles.find((r) => r.key === key);
      if (!role) cluster.person.roles.push((role = { key, parsed, wordings: new Map(), refs: [], before: new Map() }));
      role.wordings.set(mention.role, (role.wordings.get(mention.role) ?? 0) + 1);
      if (mention.span.end <= mention.personSpan.start && /^\s*$/u.test(article.text.slice(mention.span.end, mention.personSpan.start))) {
        role.before.set(mention.role, (role.before.get(mention.role) ?? 0) + 1);
      }
      role.refs.push({ article: article.index, start: mention.span.start, end: mention.span.end });
    }
    for (const p of this.people) {
      p.roles = mergePartial(p.roles);
      p.roles.sort((a, b) => b.refs.length - a.refs.length);
      for (const r of p.roles) {
        r.wordings = new Map([...r.wordings].sort((a, b) => b[1] - a[1]));
        r.before = new Map([...r.before].sort((a, b) => b[1] - a[1]));
      }
    }
    this.people.sort((a, b) => b.roles.reduce((n, r) => n + r.refs.length, 0) - a.roles.reduce((n, r) => n + r.refs.length, 0));
  }

  /** "Maria Lopez Pressure" (words run together) → "Maria Lopez" when only the shorter name is known. */
  private trimmed(words: string[], names: NameKnowledge): string[] {
    if (words.length < 3) return words;
    const shorter = words.slice(0, -1);
    const fullCount = names.names.get(words.join(" "))?.count ?? 0;
    const shortCount = names.names.get(shorter.join(" "))?.count ?? 0;
    return fullCount <= 1 && shortCount >= 1 ? shorter : words;
  }

  private addName(words: string[], count: number): void {
    const surname = skeleton(words[words.length - 1]);
    if (!surname) return;
    const given = skeleton(words[0]);
    const list = this.bySurname.get(surname) ?? [];
    let c = list.find((x) => [...x.given].some((g) => givenMatches(g, given)));
    if (!c) list.push((c = { surname, given: new Set(), names: new Map() }));
    for (const w of words.slice(0, -1)) if (!particle(w)) c.given.add(skeleton(w));
    const text = words.join(" ");
    c.names.set(text, (c.names.get(text) ?? 0) + count);
    this.bySurname.set(surname, list);
    const first = this.byFirst.get(given) ?? [];
    if (!first.includes(c)) first.push(c);
    this.byFirst.set(given, first);
  }

  private clusterOf(words: string[]): Cluster | undefined {
    if (!words.length) return undefined;
    const list = this.bySurname.get(skeleton(words[words.length - 1]));
    const given = words.slice(0, -1).filter((w) => !particle(w)).map(skeleton);
    if (!list?.length) return words.length === 1 ? this.familyFirst(words[0]) : this.misspelled(skeleton(words[words.length - 1]), given);
    if (!given.length) return list.length === 1 ? list[0] : undefined; // a surname shared by two people says nothing
    const hits = list.filter((c) => given.some((g) => [...c.given].some((x) => givenMatches(x, g))));
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * "Ingrid Solwang" for "Ingrid Solvang": a surname one edit from one the corpus
   * writes, with a given name that matches, names that person (the name check
   * flags the spelling; the role is still checked).
   */
  private misspelled(surname: string, given: string[]): Cluster | undefined {
    if (!given.length || surname.length < 5) return undefined;
    const max = surname.length >= 9 ? 2 : 1;
    const hits: Cluster[] = [];
    for (const [key, list] of this.bySurname) {
      if (Math.abs(key.length - surname.length) > max || editDistance(key, surname, max) > max) continue;
      for (const c of list) if (given.some((g) => [...c.given].some((x) => givenMatches(x, g)))) hits.push(c);
    }
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * "Tan" for "Tan Weiming": a family name written first, when the corpus also writes
   * it alone and no other person's name starts with it.
   */
  private familyFirst(word: string): Cluster | undefined {
    if (!this.alone.has(word)) return undefined;
    const list = this.byFirst.get(skeleton(word));
    return list?.length === 1 ? list[0] : undefined;
  }

  /** The person a name (full or surname only) refers to, when the corpus makes it unambiguous. */
  resolve(name: string): PersonRoles | undefined {
    // Drafts ask for the same names on every edit; an unknown one scans every surname (`misspelled`).
    if (this.resolved.has(name)) return this.resolved.get(name);
    const person = this.clusterOf(nameWords(name))?.person;
    if (this.resolved.size >= 10_000) this.resolved.clear();
    this.resolved.set(name, person);
    return person;
  }
}

// ---------------------------------------------------------------------------
// Hover

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

function articlesOf(refs: MentionRef[]): number {
  return new Set(refs.map((r) => r.article)).size;
}

/** Hover on the role words of a draft: the roles the corpus gives that person. */
export const explainRole: Explainer = (kb: Knowledge, draft: AnalyzedText, offset: number) => {
  for (const r of draft.roles) {
    if (offset < r.span.start || offset > r.span.end) continue;
    const person = kb.roles.resolve(r.person);
    if (!person || !person.roles.length) {
      return { span: r.span, summary: `Role "${r.role}" of ${r.person}: the corpus gives ${r.person} no role`, evidence: [] };
    }
    const list = person.roles.map((x) => `"${[...x.wordings.keys()][0]}" (${plural(articlesOf(x.refs), "article")})`).join(", ");
    return {
      span: r.span,
      summary: `Role "${r.role}" of ${person.name}: the corpus says ${list}`,
      evidence: kb.evidenceByArticle(person.roles.flatMap((x) => x.refs)),
    };
  }
  return undefined;
};
