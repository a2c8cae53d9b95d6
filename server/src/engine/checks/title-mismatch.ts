// title-mismatch: a person in the draft given a role the corpus contradicts —
// "Polish President" for someone every article calls "Polish Prime Minister",
// "Defence Minister" for a Foreign Minister. A role the corpus never mentions
// for that person is not an error unless it clashes with one it does give.
import type { RoleMention } from "../analysis/facts";
import { parseRole, postOf, relate, type KnownRole, type Office, type ParsedRole, type PersonRoles } from "../knowledge/roles";
import { editDistance } from "../knowledge/skeleton";
import type { Evidence, Finding } from "../types";
import type { Knowledge } from "../knowledge/knowledge";
import { cite, type Check, type CheckContext } from "./check";

interface Verdict {
  /** Corpus roles that say the draft's role. */
  support: KnownRole[];
  /** Corpus roles that contradict an office of the draft's role that no corpus role affirms. */
  clash: KnownRole[];
  /** Corpus roles that contradict an office some other corpus role affirms: the corpus disagrees with itself. */
  disputed: KnownRole[];
  /** Corpus roles that tell another career than the draft's, which no corpus role affirms. */
  doubt: KnownRole[];
}

function judge(d: ParsedRole, person: PersonRoles): Verdict {
  const support = new Set<KnownRole>();
  const clash = new Set<KnownRole>();
  const disputed = new Set<KnownRole>();
  const doubt = new Set<KnownRole>();
  for (const od of d.offices) {
    const supported = person.roles.filter((r) => r.parsed.offices.some((oc) => relate(d, od, r.parsed, oc) === "support"));
    const clashing = person.roles.filter((r) => r.parsed.offices.some((oc) => relate(d, od, r.parsed, oc) === "clash"));
    const conflicting = person.roles.filter((r) => r.parsed.offices.some((oc) => relate(d, od, r.parsed, oc) === "conflict"));
    for (const r of supported) support.add(r);
    // The same office now and before ("chief executive" / "former chief executive") is one career, not a dispute,
    // when the corpus also gives the draft's own wording.
    const onlyTime = (r: KnownRole) => r.parsed.former !== d.former && r.parsed.offices.some((oc) => relate({ ...d, former: r.parsed.former }, od, r.parsed, oc) === "support");
    for (const r of clashing) if (!(supported.length && onlyTime(r))) (supported.length ? disputed : clash).add(r);
    if (!supported.length) for (const r of conflicting) clash.add(r);
    if (!supported.length) for (const r of person.roles.filter((x) => x.parsed.offices.some((oc) => relate(d, od, x.parsed, oc) === "doubt"))) doubt.add(r);
  }
  return { support: [...support], clash: [...clash], disputed: [...disputed], doubt: support.size ? [] : [...doubt] };
}

/** The wording that replaces the draft's role words: the corpus's own, written before a name when it can be. */
function replacementFor(draft: RoleMention, d: ParsedRole, role: KnownRole, before: boolean): string {
  const pool = before && role.before.size ? role.before : role.wordings;
  let text = [...pool.keys()][0];
  if (before && !role.before.size) text = frontWise(text.replace(/^(?:an?|the)\s+/iu, ""));
  // Keep the draft's nationality when the corpus wording has none: "Polish President" → "Polish Prime Minister".
  if (d.demonym && !role.parsed.demonym) {
    const m = new RegExp(`^(?:former\\s+)?(\\S*${d.demonym}\\S*)\\s`, "iu").exec(draft.role);
    if (m) text = `${m[1]} ${text}`;
  }
  // A formal title capitalised in the draft is capitalised in the fix: "Prime Minister" → "President".
  if (before && /^\p{Lu}/u.test(draft.role) && !/\s\p{Ll}/u.test(draft.role)) {
    text = text.replace(/\p{Ll}+/gu, (w, at: number) => (FORMAL_TITLES.has(w) && (at === 0 || /\s/u.test(text[at - 1])) ? w[0].toUpperCase() + w.slice(1) : w));
  }
  return text;
}

/**
 * The replacement for a role told by a verb ("who chairs the transport committee", read as "chair of
 * the transport committee"): the verb kept, the corpus wording's object put in ("chairs the finance
 * committee"); undefined when the corpus words its role another way.
 */
function verbWise(draftRole: string, written: string, wording: string): string | undefined {
  const a = draftRole.split(" ");
  const b = written.split(" ");
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  const rolePrefix = a.slice(0, a.length - n).join(" ");
  const verbPrefix = b.slice(0, b.length - n).join(" ");
  if (!n || !rolePrefix || !wording.toLowerCase().startsWith(`${rolePrefix.toLowerCase()} `)) return undefined;
  return `${verbPrefix ? `${verbPrefix} ` : ""}${wording.slice(rolePrefix.length + 1)}`;
}

/** "president of the Chilean Senate" → "Chilean Senate president": a role that can stand before a name. */
function frontWise(role: string): string {
  const m = /^((?:\S+\s+){0,2}\S+)\s+of\s+(?:the\s+)?(\p{Lu}[^]*)$/u.exec(role);
  if (!m || /\s(?:of|for|at|in|on|to)\s/u.test(` ${m[2]} `) || !m[2].split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return role;
  return `${m[2]} ${m[1]}`;
}

/** Titles written with a capital before a name; "spokeswoman" or "official" stay in lower case. */
const FORMAL_TITLES = new Set([
  "president", "prime", "minister", "secretary", "chancellor", "premier", "governor", "mayor", "senator", "ambassador",
  "king", "queen", "general", "deputy", "vice", "foreign", "defence", "defense", "interior", "finance", "justice",
  "health", "trade", "state", "chief", "speaker",
]);

/** Two wordings word for word the same but for capitalised words spelt a letter or two apart. */
export function onlySpelling(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  if (x.length !== y.length || a === b) return false;
  return x.every((w, i) => {
    const u = y[i];
    if (w.toLowerCase() === u.toLowerCase()) return true;
    return /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(u) && Math.min(w.length, u.length) >= 4 && editDistance(w.toLowerCase(), u.toLowerCase(), 2) <= 2;
  });
}

function quoted(role: KnownRole): string {
  return `"${[...role.wordings.keys()][0]}"`;
}

/** The person a role is given to; a name the name check corrects ("Lin Kao" for "Lin Ka") as corrected. */
function personOf(ctx: CheckContext, r: RoleMention): PersonRoles | undefined {
  const known = ctx.kb.roles.resolve(r.person);
  if (known) return known;
  const p = r.personSpan;
  const fix = ctx.prior.find((f) => f.category === "name" && f.code === "name-spelling" && f.suggestions.length && f.span.start >= p.start && f.span.end <= p.end);
  if (!fix) return undefined;
  const text = ctx.draft.text;
  return ctx.kb.roles.resolve(text.slice(p.start, fix.span.start) + fix.suggestions[0] + text.slice(fix.span.end, p.end));
}

function checkRole(ctx: CheckContext, r: RoleMention, out: Finding[]): void {
  const person = personOf(ctx, r);
  if (!person || !person.roles.length) return;
  const parsed = parseRole(r.role);
  // "deputy mayor for major projects between 2016 and 2022": a post held before, as "former" says.
  const d = !parsed.former && HELD_UNTIL.test(ctx.draft.text.slice(r.span.end, r.span.end + 40)) ? { ...parsed, former: true } : parsed;
  if (!d.offices.length) return;
  // "Environment and Local Government Minister": the role found is the end of a longer title.
  // Not "… Anna Berg and Danish President …": a list of people, each with a title.
  const joined = /(\p{Lu}[\p{L}\p{M}\-]*)\s+(?:and|&)\s+$/u.exec(ctx.draft.text.slice(Math.max(0, r.span.start - 40), r.span.start));
  if (joined && !d.demonym && /^\p{Lu}/u.test(r.role)) {
    const at = r.span.start - joined[0].length;
    const person = ctx.draft.names.some((n) => n.start <= at && n.end >= at + joined[1].length && (n.tokens.length > 1 || !!ctx.kb.roles.resolve(n.text)));
    if (!person) return;
  }
  const v = judge(d, person);
  if (v.support.length && !v.clash.length && otherOwner(ctx, r, d, v.support, out)) return;
  // "French President and Prime Minister Jane Doe" may name two people: one office the corpus gives is enough.
  if (d.offices.length > 1 && person.roles.some((x) => x.parsed.offices.some((oc) => d.offices.some((od) => od.head === oc.head)))) return;
  const warn = v.clash.length > 0;
  const against = warn ? v.clash : v.disputed.length ? v.disputed : v.doubt;
  if (!against.length) {
    if (!v.support.length) {
      const before = out.length;
      checkHolder(ctx, r, d, person, out);
      if (out.length === before) checkOtherPost(ctx, r, d, person, out);
    }
    return;
  }
  // "chief executive of Marlow Security" written "… of Marrlow Security": a name misspelt, the name check's business.
  if (against.some((x) => [...x.wordings.keys()].some((w) => onlySpelling(r.role, w)))) return;
  const before = r.span.end <= r.personSpan.start && /^\s*$/u.test(ctx.draft.text.slice(r.span.end, r.personSpan.start));
  const byArticle = (roles: KnownRole[]): Evidence[] => ctx.kb.evidenceByArticle(roles.flatMap((x) => x.refs));
  const evidence = byArticle(against);
  if (!evidence.length) return;
  const opensSentence = /(?:^|[.!?]["”’)]?\s+|\n[\s#>*\-]*)$/u.test(ctx.draft.text.slice(0, r.span.start));
  // A role told by a verb is read as a title; its fix keeps the verb.
  const written = ctx.draft.text.slice(r.span.start, r.span.end).replace(/['’]s$/u, "");
  const byVerb = written !== r.role;
  const fixes = byVerb
    ? against.flatMap((x) => [...x.wordings.keys()].map((w) => verbWise(r.role, written, w)).filter((w): w is string => !!w).slice(0, 1))
    : against.map((x) => replacementFor(r, d, x, before));
  const suggestions = [...new Set(fixes)]
    .map((x) => (opensSentence ? x[0].toUpperCase() + x.slice(1) : x))
    .filter((x) => x !== r.role)
    .slice(0, 3);
  const said = against.map((x) => `${quoted(x)} (${cite(ctx.kb.evidence(x.refs[0]))})`).join(" and ");
  const finding = (code: string, severity: Finding["severity"], message: string, ev = evidence): Finding => ({
    category: "title",
    code,
    span: { ...r.span },
    severity,
    message,
    suggestions,
    evidence: ev,
  });
  if (!warn && !v.disputed.length) {
    // Another career than the corpus tells: a note, the corpus's words quoted.
    out.push(finding("title-mismatch", "information", `The corpus calls ${person.name} ${said}, never "${r.role}".`));
    return;
  }
  if (!warn) {
    // The corpus itself disagrees: say so, gently, unless the draft follows most of it.
    const count = (roles: KnownRole[]) => roles.reduce((n, x) => n + x.refs.length, 0);
    if (count(v.support) > count(against)) return;
    // A new post after an old one ("chief operating officer", later "interim chief executive"): the draft
    // follows the corpus's latest articles, and nothing there gives the older post.
    const latest = (roles: KnownRole[]) => Math.max(...roles.flatMap((x) => x.refs.map((ref) => articleDay(ctx, ref.article))));
    const newest = latest(v.support);
    if (newest > 0 && against.every((x) => x.refs.every((ref) => articleDay(ctx, ref.article) > 0)) && newest > latest(against)) return;
    const also = v.support.map((x) => `${quoted(x)} (${cite(ctx.kb.evidence(x.refs[0]))})`).join(" and ");
    out.push(
      finding(
        "title-inconsistent",
        "information",
        `The corpus is inconsistent about ${person.name}: it calls them ${also}, but also ${said}.`,
        [...byArticle(v.support), ...evidence].slice(0, 6),
      ),
    );
    return;
  }
  out.push(finding("title-mismatch", "warning", `The corpus calls ${person.name} ${said}, not "${r.role}".`));
}

/** Offices one person holds at a time at one body (general English): "the council's chief executive", "chair of the board". */
const ONE_HOLDER = new Set(["ceo", "chair", "mayor", "leader", "president (institution)", "director general", "secretary general", "police chief", "speaker", "managing director"]);

/** The body an office is held at, as far as the role says: its named organisation, else its kind of body. */
function seatOf(o: Office): { org?: string; body?: string } | undefined {
  const body = o.body ?? o.owner;
  if (o.org?.length) return { org: o.org.join(" "), body };
  return body ? { body } : undefined;
}

/** Two seats that may be one body, and say so: one named body, or one named and the other by its kind. */
function sameSeat(a: { org?: string; body?: string }, b: { org?: string; body?: string }): boolean {
  if (a.org && b.org) return a.org === b.org;
  return !!a.body && a.body === b.body;
}

/** Per corpus role, each of its wordings parsed, present posts only ("its managing director", "Capstan Forge's managing director"); parsed once. */
const wordingParseIndex = new WeakMap<KnownRole, ParsedRole[]>();
function wordingParses(role: KnownRole): ParsedRole[] {
  let list = wordingParseIndex.get(role);
  if (!list) wordingParseIndex.set(role, (list = [...role.wordings.keys()].map((w) => parseRole(w)).filter((x) => !x.former)));
  return list;
}

/** A person's role and one office of it, as one of its wordings tells it (`parsed`). */
interface Held {
  person: PersonRoles;
  role: KnownRole;
  parsed: ParsedRole;
  office: Office;
}

/**
 * Per corpus, the present holders of one-holder offices by head; built on first use. A role's first wording
 * may leave its body out ("its managing director") where another gives it ("Capstan Forge's managing director"):
 * the office is read from the first wording that names where it is held.
 */
const holderIndex = new WeakMap<Knowledge, Map<string, Held[]>>();
function holders(ctx: CheckContext): Map<string, Held[]> {
  let m = holderIndex.get(ctx.kb);
  if (!m) {
    m = new Map();
    for (const person of ctx.kb.roles.people) {
      for (const role of person.roles) {
        if (role.parsed.former) continue;
        for (const first of role.parsed.offices) {
          const head = postOf(first);
          if (!ONE_HOLDER.has(head) || first.acting) continue;
          let held: Held | undefined = seatOf(first) ? { person, role, parsed: role.parsed, office: first } : undefined;
          if (!held) {
            for (const parsed of wordingParses(role)) {
              const office = parsed.offices.find((o) => postOf(o) === head && !o.acting && seatOf(o));
              if (office) {
                held = { person, role, parsed, office };
                break;
              }
            }
          }
          if (!held) continue;
          const list = m.get(head);
          if (list) list.push(held);
          else m.set(head, [held]);
        }
      }
    }
    holderIndex.set(ctx.kb, m);
  }
  return m;
}

/** Per corpus, every present role of every person, office by office, as each of its wordings reads; built on first use. */
const presentIndex = new WeakMap<Knowledge, Held[]>();
function presentRoles(ctx: CheckContext): Held[] {
  let list = presentIndex.get(ctx.kb);
  if (!list) {
    list = [];
    for (const person of ctx.kb.roles.people) {
      for (const role of person.roles) {
        if (role.parsed.former) continue;
        // Each wording as it reads ("the REA's area director …", "the authority's area director …").
        const parses = [role.parsed, ...wordingParses(role).filter((x) => x.text !== role.parsed.text)];
        for (const parsed of parses) for (const office of parsed.offices) if (!office.acting) list.push({ person, role, parsed, office });
      }
    }
    presentIndex.set(ctx.kb, list);
  }
  return list;
}

/**
 * A post one person holds at a time ("the council's chief executive") given to someone the corpus never gives
 * it, where the corpus names one other holder of it at that body: the draft has the wrong person in the post.
 * A warning when the corpus gives the person another post at the same body ("deputy leader of the council"),
 * a note otherwise.
 */
function checkHolder(ctx: CheckContext, r: RoleMention, d: ParsedRole, person: PersonRoles, out: Finding[]): void {
  if (d.former || d.offices.length !== 1) return;
  const od = d.offices[0];
  const seat = seatOf(od);
  const head = postOf(od);
  if (od.acting) return;
  // A post of many holders with its own field ("consultant in health protection", "the city's director of public
  // health") that the corpus gives one other person: two people's titles swapped, a note.
  // So does a post of a named body's part ("the agency's area director for the Western Fells").
  const part = !!od.org?.length && !!od.body && !od.org.includes(od.body);
  const specific = !ONE_HOLDER.has(head) && ((!!od.portfolio && (!!od.body || !!od.owner)) || part);
  if (!seat || !(ONE_HOLDER.has(head) || specific)) return;
  const pool = ONE_HOLDER.has(head) ? holders(ctx).get(head) ?? [] : presentRoles(ctx);
  const held = pool.filter(
    (h) => h.person !== person && relate(d, od, h.parsed, h.office) === "support" && sameSeat(seat, seatOf(h.office) ?? {}) && (!d.demonym || h.role.parsed.demonym === d.demonym),
  );
  const others = new Set(held.map((h) => h.person));
  if (!others.size && ONE_HOLDER.has(head)) {
    otherPostAtSeat(ctx, r, person, head, seat, out);
    return;
  }
  if (others.size !== 1) return;
  const holder = held[0];
  const own = person.roles.filter((x) => !x.parsed.former);
  if (!own.length) return;
  const here = (x: KnownRole) => x.parsed.offices.some((o) => { const s = seatOf(o); return !!s && sameSeat(seat, s); });
  const atSeat = own.some(here);
  own.sort((a, b) => Number(here(b)) - Number(here(a)));
  const evidence = [...ctx.kb.evidenceByArticle(held.flatMap((h) => h.role.refs)).slice(0, 3), ...ctx.kb.evidenceByArticle(own.flatMap((x) => x.refs), 2)];
  if (!evidence.length) return;
  const theirs = own.map((x) => quoted(x)).join(" and ");
  const suggestions = [...new Set(own.map((x) => [...x.wordings.keys()][0]))].filter((x) => x !== r.role).slice(0, 3);
  out.push({
    category: "title",
    code: "title-mismatch",
    span: { ...r.span },
    severity: atSeat && !specific ? "warning" : "information",
    message: `The corpus names ${holder.person.name} as ${quoted(holder.role)} (${cite(evidence[0])}); it calls ${person.name} ${theirs}.`,
    suggestions,
    evidence,
  });
}

/** One-holder posts that one person may hold together, or that name one post two ways (general English). */
const SAME_PERSON_POSTS = [["ceo", "managing director"], ["chair", "president (institution)"], ["mayor", "leader"], ["chair", "ceo"]];
const canShare = (a: string, b: string) => SAME_PERSON_POSTS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));

/**
 * A one-holder post at a body ("the council's chief executive") given to someone the corpus gives another
 * one-holder post at that same body ("leader of the council"), and no one the draft's: two posts that are not
 * one. A note: the corpus does not say who holds the draft's post.
 */
function otherPostAtSeat(ctx: CheckContext, r: RoleMention, person: PersonRoles, head: string, seat: { org?: string; body?: string }, out: Finding[]): void {
  const theirs = person.roles.filter(
    (x) =>
      !x.parsed.former &&
      x.parsed.offices.some((o) => {
        const post = postOf(o);
        const at = seatOf(o);
        return !o.acting && ONE_HOLDER.has(post) && post !== head && !canShare(post, head) && !!at && sameSeat(seat, at);
      }),
  );
  if (!theirs.length || theirs.length !== person.roles.filter((x) => !x.parsed.former).length) return;
  const evidence = ctx.kb.evidenceByArticle(theirs.flatMap((x) => x.refs), 3);
  if (!evidence.length) return;
  out.push(roleNote(r, `The corpus calls ${person.name} ${theirs.map((x) => quoted(x)).join(" and ")} (${cite(evidence[0])}), a different post at the same body from "${r.role}".`, firstWordings(theirs), evidence));
}

/** Each role's first wording, the corpus's own words for it. */
const firstWordings = (roles: KnownRole[]) => roles.map((x) => [...x.wordings.keys()][0]);

/** A note (information) on a draft role, with the corpus's wordings as its fixes. */
function roleNote(r: RoleMention, message: string, wordings: string[], evidence: Evidence[]): Finding {
  const suggestions = [...new Set(wordings)].filter((x) => x !== r.role).slice(0, 3);
  return { category: "title", code: "title-mismatch", span: { ...r.span }, severity: "information", message, suggestions, evidence };
}

/** A span of years right after a role that has ended ("between 2016 and 2022", "from 2016 to 2022", "until 2022"). */
const HELD_UNTIL = /^\s*,?\s*(?:(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until)\s+(?:19|20)\d\d|until\s+(?:19|20)\d\d|\((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\))/u;

/**
 * A role of someone's ("Murray's lawyer") where every wording of the corpus's matching role that names whose
 * names another ("Keane's lawyer", beside a bare "defence lawyer"): the right trade, for the wrong party. A note.
 */
function otherOwner(ctx: CheckContext, r: RoleMention, d: ParsedRole, support: KnownRole[], out: Finding[]): boolean {
  if (d.offices.length !== 1) return false;
  const mine = d.offices[0].org;
  // Only owners written with a possessive on both sides ("Murray's lawyer" / "Keane's lawyer"), with no word in common.
  const possessive = (w: string) => /['’]s\s/u.test(w);
  if (!mine?.length || !possessive(r.role)) return false;
  const wordings = support.flatMap((x) => [...x.wordings.keys()]);
  const owned = wordings.filter(possessive).map((w) => ({ w, org: parseRole(w).offices.find((o) => o.head === d.offices[0].head)?.org })).filter((x) => x.org?.length);
  if (!owned.length || owned.some((x) => x.org!.some((k) => mine.includes(k)))) return false;
  const evidence = ctx.kb.evidenceByArticle(support.flatMap((x) => x.refs), 3);
  if (!evidence.length) return false;
  out.push(roleNote(r, `The corpus calls ${ctx.kb.roles.resolve(r.person)?.name ?? r.person} ${owned.map((x) => `"${x.w}"`).join(" and ")} (${cite(evidence[0])}), not "${r.role}".`, owned.map((x) => x.w), evidence));
  return true;
}

/** Heads of posts a person holds one of at a time at one body (general English). */
const POSTS = new Set(["registrar", "bursar", "provost", "dean", "rector", "chancellor", "director", "ceo", "chair", "principal", "headteacher", "headmaster", "headmistress", "treasurer", "president (institution)"]);

/**
 * A post ("deputy vice-chancellor", "director of student services") given to someone every corpus mention
 * gives one other post ("Registrar", three times or more): a note quoting the corpus's post. A role the
 * corpus gives no one of that person is not enough alone; the corpus's one post, said again and again, is.
 */
function checkOtherPost(ctx: CheckContext, r: RoleMention, d: ParsedRole, person: PersonRoles, out: Finding[]): void {
  if (d.former || d.offices.length !== 1) return;
  const post = (o: Office) => postOf(o).replace(/^deputy /, "");
  const mine = post(d.offices[0]);
  if (!POSTS.has(mine) && !/chancellor$/.test(mine)) return;
  const own = person.roles.filter((x) => !x.parsed.former);
  if (!own.length || own.length !== person.roles.length) return;
  // A founder is no post: "founder and chief executive" holds one, the chief executive's.
  const theirs = new Set(own.flatMap((x) => x.parsed.offices.map(post)).filter((h) => h !== "founder"));
  if (theirs.size !== 1) return;
  const [their] = theirs;
  if (their === mine || (!POSTS.has(their) && !/chancellor$/.test(their))) return;
  const refs = own.flatMap((x) => x.refs);
  if (refs.length < OTHER_POST_MENTIONS) return;
  const evidence = ctx.kb.evidenceByArticle(refs, 3);
  if (!evidence.length) return;
  out.push(roleNote(r, `The corpus calls ${person.name} ${own.map((x) => quoted(x)).join(" and ")} in every mention (${refs.length}, e.g. ${cite(evidence[0])}), never "${r.role}".`, firstWordings(own), evidence));
}

/** Mentions of one post, and no other, after which another post for the same person is worth a note. */
const OTHER_POST_MENTIONS = 3;

/** An article's date as a number (20241106), or 0 when it has none. */
function articleDay(ctx: CheckContext, article: number): number {
  const d = ctx.kb.articles[article]?.meta.date;
  return d?.year !== undefined && d.month !== undefined ? d.year * 10000 + d.month * 100 + (d.day ?? 0) : 0;
}


export const titleMismatch: Check = {
  id: "title-mismatch",
  category: "title",
  run(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.draft.roles) checkRole(ctx, r, out);
    return out;
  },
};
