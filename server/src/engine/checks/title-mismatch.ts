// title-mismatch: a person in the draft given a role the corpus contradicts —
// "Polish President" for someone every article calls "Polish Prime Minister",
// "Defence Minister" for a Foreign Minister. A role the corpus never mentions
// for that person is not an error unless it clashes with one it does give.
import type { RoleMention } from "../analysis/facts";
import { parseRole, relate, type KnownRole, type ParsedRole, type PersonRoles } from "../knowledge/roles";
import { editDistance } from "../knowledge/skeleton";
import type { Evidence, Finding } from "../types";
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

function checkRole(ctx: CheckContext, r: RoleMention, out: Finding[]): void {
  const person = ctx.kb.roles.resolve(r.person);
  if (!person || !person.roles.length) return;
  const d = parseRole(r.role);
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
  // "French President and Prime Minister Jane Doe" may name two people: one office the corpus gives is enough.
  if (d.offices.length > 1 && person.roles.some((x) => x.parsed.offices.some((oc) => d.offices.some((od) => od.head === oc.head)))) return;
  const warn = v.clash.length > 0;
  const against = warn ? v.clash : v.disputed.length ? v.disputed : v.doubt;
  if (!against.length) return;
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
