// Who did it: a deed given to another actor than the corpus's (a passive with
// a named agent against a corpus frame with another named subject), roles
// swapped in a decision (who advised, who decided), and the place-name tests
// both use (a capital may stand for its country; two countries never do).
// For analysis/claims.ts; the clause frames are frames.ts's.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Claim } from "./claims";
import { termKey } from "./claims";
import { countryKeys, countryNames } from "./nationality";
import type { NameMention } from "./names";
import { TITLE_WORDS, actorKey, clip, evidenceFrames, framesOf, isParticiple, isRole, lex, type Frame, type FrameFinding } from "./frames";
import { fold } from "../text/tokens";

/** Keys of who did it: named actors or the common noun. */
function agentOf(f: Frame): { keys: string[]; named: boolean } | undefined {
  if (f.passive) {
    if (!f.by) return undefined;
    return f.by.actors.length ? { keys: f.by.actors, named: true } : f.by.noun ? { keys: [f.by.noun], named: false } : undefined;
  }
  if (f.qualified) return undefined;
  // A named agent is its name's words; titles before it ("Labour Minister X") are the title check's.
  const named = f.actorWords.filter((k) => !isRole(k));
  return f.actors.length ? (named.length ? { keys: named, named: true } : undefined) : f.noun ? { keys: [f.noun], named: false } : undefined;
}

/**
 * A deed given to another actor: the draft frame's verb and patient match a
 * corpus frame whose explicit agent is someone else, and no retrieved frame
 * gives the deed to the draft's agent.
 */
/** Verbs whose passive "by" names what takes the patient's place, not who acted: "replaced by a digital system" (general English). */
let substitutes: Set<string> | undefined;
const substitution = (verbKey: string) => (substitutes ??= new Set(["replace", "replaced", "supersede", "superseded", "succeed", "succeeded", "overtake", "overtaken", "eclipse", "eclipsed"].map(termKey))).has(verbKey);

export function agentSwap(kb: Knowledge, claim: Claim, draftNames: readonly NameMention[], pool: readonly IndexedSentence[]): FrameFinding | undefined {
  const s = claim.sentence;
  const mine = framesOf(s.text, s.start, draftNames, claim.all).filter((f) => !f.modal && !f.negated && f.patient.length && !lex().light.has(f.verbKey) && !(f.passive && substitution(f.verbKey)));
  for (const df of mine) {
    const a = agentOf(df);
    if (!a || a.keys.some(isRole)) continue;
    /** `loose`: tied only by two full names, neither standing in the other's sentence: a note, not a contradiction. */
    let other: { cf: Frame; ev: IndexedSentence; text: string; start: number; agent: string[]; loose: boolean } | undefined;
    const agentSpan = df.passive ? { start: df.verb.end, end: df.end } : df.subject;
    const draftOther = new Set(claim.all.filter((t) => t.end <= agentSpan.start || t.start >= agentSpan.end).map((t) => t.key));
    let same = false;
    for (const ev of pool) {
      const e = evidenceFrames(kb, ev);
      for (const cf of e.frames) {
        if (cf.modal || cf.negated || cf.verbKey !== df.verbKey) continue;
        const b = agentOf(cf);
        if (!b) continue;
        // The same deed: the same patient, or (another patient) an object sharing two words while the
        // corpus's agent stands in the draft's object ("X arranged taxis for staff at Y" where Y arranged car pools for staff).
        const samePatient = cf.patient.some((k) => df.patient.includes(k));
        if (!samePatient && !(sharedObjectWords(df, cf, b.keys) >= 2 && b.keys.some((k) => df.object.some((t) => t.key === k)))) continue;
        if (b.keys.some((k) => a.keys.includes(k))) same = true;
        else if (b.named === a.named && !b.keys.some(isRole) && (b.keys.some((k) => draftOther.has(k)) || a.keys.some((k) => ev.terms.has(k)) || explicitAgents(df, cf) || twoPeople(kb, a, b, df, cf, s, e))) {
          // Roles swapped, not an organisation and its spokesperson: the corpus's agent stands
          // elsewhere in the draft ("for the hospital"), or the draft's agent in the corpus sentence.
          // The draft's agent must not stand in the corpus agent's own phrase ("Z and Y appointed").
          other ??= { cf, ev, text: e.text, start: e.start, agent: b.keys, loose: !(b.keys.some((k) => draftOther.has(k)) || a.keys.some((k) => ev.terms.has(k)) || explicitAgents(df, cf)) };
        } else if (a.named && b.named && !df.passive && !cf.passive && samePatient && sharedObjectWords(df, cf, b.keys) >= 2 && distinctActors(kb, a.keys[a.keys.length - 1], b.keys[b.keys.length - 1])) {
          // Two bodies the corpus names side by side ("critics, including the union and the Friends"), and the
          // deed with its object word for word given to the other one: a note.
          other ??= { cf, ev, text: e.text, start: e.start, agent: b.keys, loose: true };
        }
      }
    }
    if (same || !other) continue;
    // A person speaking for the body the corpus names: its official by the corpus's roles, or by the draft's own apposition.
    if (a.named && !df.passive && speaksFor(kb, s.text.slice(df.subject.start - s.start, df.subject.end - s.start), s.text.slice(df.subject.end - s.start, df.verb.start - s.start), other.agent)) continue;
    // "Turkey has indicated …" where the corpus says "Turkish Prime Minister X has indicated …": a leader speaks for the country.
    if (a.named && (countryOfficial(kb, a.keys, o_subject(other)) || countryOfficial(kb, other.agent, s.text.slice(df.subject.start - s.start, df.subject.end - s.start)))) continue;
    // "Chile" for "Santiago": a capital may stand for its country.
    if (a.named && metonymy(kb, a.keys, other.agent)) continue;
    // A passive with an explicit agent: quiet when any corpus sentence gives the deed to that agent.
    if (df.passive && explicitAgents(df, other.cf) && agentElsewhere(kb, df, a.keys, pool)) continue;
    const o = other;
    const who = o.cf.passive && o.cf.by ? "" : o.text.slice(o.cf.subject.start - o.start, o.cf.subject.end - o.start);
    const theirVerb = o.text.slice(o.cf.verb.start - o.start, o.cf.verb.end - o.start);
    return {
      verdict: "swapped",
      reason: who ? `the corpus says "${who}" ${theirVerb} it ("${clip(o.text, 100)}")` : `the corpus gives this to another actor ("${clip(o.text, 100)}")`,
      focus: { start: Math.min(df.subject.start, df.verb.start), end: df.end },
      severity:
        o.loose ? "information" :
        (a.named && (!df.passive || !explicitAgents(df, o.cf) || (fullName(a.keys) && fullName(agentOf(o.cf)!.keys)))) ||
        // Roles swapped: each agent stands in the other's sentence in another role ("approved by A on B's
        // recommendation" where B approved on A's); or an explicit contrast ("by X, not by Y").
        (o.agent.some((k) => draftOther.has(k)) && a.keys.every((k) => o.ev.terms.has(k))) ||
        /\bnot\s+by\b/i.test(s.text.slice(df.verb.start - s.start)) || /\bnot\s+by\b/i.test(o.text)
          ? "warning"
          : "information",
      evidence: o.ev,
    };
  }
  return undefined;
}

/** The subject text of a corpus frame. */
function o_subject(o: { cf: Frame; text: string; start: number }): string {
  return o.text.slice(o.cf.subject.start - o.start, o.cf.subject.end - o.start);
}

/**
 * True when one side names a country (one key) and the other a person the
 * corpus gives a title of that country ("Turkish Prime Minister X"), or the
 * subject itself carries that nationality.
 */
export function countryOfficial(kb: Knowledge, countryKeys_: readonly string[], personText: string): boolean {
  if (countryKeys_.length !== 1) return false;
  const names = countryNames(countryKeys_[0]);
  if (!names.length) return false;
  const words = personText.split(/\s+/).map((w) => w.replace(/['’]s?$/u, ""));
  if (words.some((w) => countryKeys(w).some((k) => names.includes(k)))) return true;
  const bare = words.filter((w) => /^\p{Lu}/u.test(w) && !isRole(termKey(w)) && !countryKeys(w).length).join(" ");
  const person = bare ? kb.roles.resolve(bare) : undefined;
  return !!person?.roles.some((r) => r.parsed.demonym !== undefined && countryKeys(r.parsed.demonym).some((k) => names.includes(k)));
}

/**
 * True when the person named `agent` holds a post with the body `body` (folded
 * keys): a corpus role of theirs names it ("X's operations director, Y"), or
 * the draft's apposition between the name and its verb does ("Y, X's finance chief,").
 */
export function speaksFor(kb: Knowledge, agent: string, apposition: string, body: readonly string[]): boolean {
  const inBody = (words: readonly string[]) => words.some((w) => body.includes(termKey(w)));
  const person = kb.roles.resolve(agent.replace(/^[\s,]+|[\s,]+$/g, ""));
  if (person?.roles.some((r) => r.parsed.offices.some((o) => o.org && inBody(o.org)))) return true;
  const m = /^\s*,\s*(?:the\s+)?([^,]{1,80}),/u.exec(apposition);
  if (!m) return false;
  const words = m[1].split(/\s+/).map((w) => w.replace(/['’]s?$/u, ""));
  return inBody(words) && words.some((w) => isRole(termKey(w)));
}

/** Nouns of advice that tie a person to a decision someone else takes, and the stem of their verb. */
const ADVICE: Record<string, RegExp> = {
  recommendation: /\brecommend/i,
  advice: /\badvi[cs]/i,
  request: /\brequest/i,
  proposal: /\bpropos/i,
  suggestion: /\bsuggest/i,
  instruction: /\binstruct/i,
  order: /\border/i,
};
const ADVICE_BEFORE = /\b(recommendation|advice|request|proposal|suggestion|instruction|order)s?\s+(?:from|of|by)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/iu;
const ADVICE_AFTER = /^['’]s?\s+(recommendation|advice|request|proposal|suggestion|instruction|order)s?\b/iu;

/**
 * Roles swapped between two people in a decision chain: the draft says A took
 * the decision ("was approved by A", "A approved") on B's advice ("on a
 * recommendation from B", "at B's request"), while a corpus sentence says B
 * took it (an active frame with B as subject and the same verb), A stands
 * within two sentences of it beside the advice verb ("A recommended …"), and
 * no corpus frame gives the verb to A.
 */
export function roleSwap(kb: Knowledge, claim: Claim, draftNames: readonly NameMention[], pool: readonly IndexedSentence[]): FrameFinding | undefined {
  const s = claim.sentence;
  const people = draftNames.filter((n) => n.tokens.length >= 2 && actorKey(n));
  for (const b of people) {
    const bStart = b.prefix[0]?.start ?? b.start;
    const advice = ADVICE_BEFORE.exec(s.text.slice(0, bStart - s.start)) ?? ADVICE_AFTER.exec(s.text.slice(b.end - s.start));
    if (!advice) continue;
    const adviceVerb = ADVICE[advice[1].toLowerCase()];
    for (const a of people) {
      if (a === b) continue;
      // A as the decision's agent: "<participle> by A", or A the subject of an active frame.
      const aStart = a.prefix[0]?.start ?? a.start;
      const head = s.text.slice(0, aStart - s.start).replace(/(?:\s+[\p{Ll}-]+){0,3}\s*$/u, (m) => (m.trim().split(/\s+/).every((w) => TITLE_WORDS.has(fold(w))) ? "" : m));
      const passive = /\b(\p{Ll}+)\s+by\s*$/u.exec(head);
      let verbKey: string | undefined;
      let focusStart = aStart;
      if (passive && isParticiple(fold(passive[1]))) {
        verbKey = termKey(passive[1]);
        focusStart = s.start + passive.index;
      } else {
        const f = framesOf(s.text, s.start, draftNames, claim.all).find((x) => !x.passive && !x.negated && !x.modal && x.subject.start <= a.start && a.end <= x.subject.end);
        if (f) verbKey = f.verbKey;
      }
      if (!verbKey || lex().light.has(verbKey)) continue;
      const aKey = actorKey(a)!;
      const bKey = actorKey(b)!;
      if (aKey === bKey) continue;
      const extra = kb.index.query([aKey, bKey, verbKey], 20).map((h) => h.sentence);
      let theirs: { ev: IndexedSentence; text: string; cf: Frame; start: number } | undefined;
      let aDid = false;
      for (const ev of new Set([...pool, ...extra])) {
        if (!ev.terms.has(aKey) && !ev.terms.has(bKey)) continue;
        const e = evidenceFrames(kb, ev);
        for (const cf of e.frames) {
          if (cf.verbKey !== verbKey || cf.negated || cf.modal) continue;
          const who = cf.passive ? cf.by?.actors ?? [] : cf.actors;
          if (who.includes(aKey)) aDid = true;
          else if (!cf.passive && who.includes(bKey)) theirs ??= { ev, text: e.text, cf, start: e.start };
        }
      }
      if (aDid || !theirs) continue;
      // A gave the advice there: named beside the advice verb within two sentences.
      const t = theirs;
      let advised = false;
      for (let k = t.ev.sentence - 2; k <= t.ev.sentence + 2 && !advised; k++) {
        const near = kb.index.at(t.ev.article, k);
        if (near?.terms.has(aKey) && adviceVerb.test(kb.articles[t.ev.article].sentences[k].text)) advised = true;
      }
      if (!advised) continue;
      return {
        verdict: "swapped",
        reason: `roles swapped: the corpus says "${clip(t.text, 100)}", and gives the ${advice[1].toLowerCase()} to "${a.text}"`,
        focus: { start: Math.min(focusStart, bStart), end: Math.max(a.end, b.end) },
        severity: "warning",
        evidence: t.ev,
      };
    }
  }
  return undefined;
}

const personEnds = new WeakMap<Knowledge, Set<string>>();

/** True when a one-word name key is no person's surname: no corpus name of two words or more ends with it ("Santiago", not "Hollis"). */
export function placeLike(kb: Knowledge, key: string): boolean {
  let ends = personEnds.get(kb);
  if (!ends) {
    ends = new Set();
    for (const full of kb.names.names.keys()) {
      const ws = full.split(" ");
      if (ws.length >= 2) ends.add(termKey(ws[ws.length - 1]));
    }
    personEnds.set(kb, ends);
  }
  return !ends.has(key);
}

/**
 * True when some corpus sentence shows two actors as distinct parties of one
 * frame: both in its subject ("Velm and Karelland are …"), or one the subject
 * and the other in its object. A capital and its country never are.
 */
export function distinctActors(kb: Knowledge, a: string, b: string): boolean {
  for (const h of kb.index.query([a, b], 30)) {
    const ev = h.sentence;
    if (!ev.terms.has(a) || !ev.terms.has(b)) continue;
    const e = evidenceFrames(kb, ev);
    // Both in one list of names ("Brennstad, Tollerup and Vesterhaug").
    const ns = [...e.names].sort((x, y) => x.start - y.start);
    for (let k = 0; k + 1 < ns.length; k++) {
      const gap = e.text.slice(ns[k].end - e.start, (ns[k + 1].prefix[0]?.start ?? ns[k + 1].start) - e.start);
      const pair = [actorKey(ns[k]), actorKey(ns[k + 1])];
      if (/^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/i.test(gap) && pair.includes(a) && pair.includes(b) && pair[0] !== pair[1]) return true;
    }
    // Lists of three or more: any two members.
    for (const f of e.frames) if (f.actors.includes(a) && f.actors.includes(b)) return true;
    for (const f of e.frames) {
      const who = [...f.actors, ...(f.by?.actors ?? [])];
      const obj = new Set([...f.object.map((t) => t.key), ...(f.countries ?? []).map((c) => c.key), ...(f.passive ? f.patient : [])]);
      if ((who.includes(a) && (who.includes(b) || obj.has(b))) || (who.includes(b) && obj.has(a))) return true;
    }
  }
  return false;
}

/** Two one-word place-like agents the corpus never shows apart: maybe a capital for its country, no swap. */
export function metonymy(kb: Knowledge, a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== 1 || b.length !== 1) return false;
  // Two countries never stand for one another ("Chile and Peru" is not "Bolivia and Peru"); two names of one
  // country always do ("Holland", "the Netherlands").
  const ca = countryNames(a[0]);
  const cb = countryNames(b[0]);
  if (ca.length && cb.length) return ca.includes(b[0]);
  return placeLike(kb, a[0]) && placeLike(kb, b[0]) && !distinctActors(kb, a[0], b[0]);
}

/** How many content words (agents and role words aside) the objects of two frames share. */
function sharedObjectWords(df: Frame, cf: Frame, agent: readonly string[]): number {
  const theirs = new Set(cf.object.filter((t) => !t.role).map((t) => t.key));
  return new Set(df.object.filter((t) => !t.role && !agent.includes(t.key) && theirs.has(t.key)).map((t) => t.key)).size;
}

/** A name of two words or more (role words aside). */
const fullName = (keys: readonly string[]) => keys.filter((k) => !isRole(k)).length >= 2;

/**
 * "X was appointed by Y" against "Z appointed X": a draft passive with a named
 * agent after "by", and a corpus frame whose subject names its agent.
 */
const COURTESY_BEFORE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/u;

/**
 * Both subjects are people named in full (with a courtesy title, or a role the corpus gives them) ("Professor Colin Hart", "Dr. Lena
 * Marsh"): two people, not an organisation and its chief or spokesperson.
 */
function twoPeople(
  kb: Knowledge,
  a: { keys: string[]; named: boolean },
  b: { keys: string[]; named: boolean },
  df: Frame,
  cf: Frame,
  s: { text: string; start: number },
  e: { text: string; start: number },
): boolean {
  if (!a.named || !b.named || a.keys.length < 2 || b.keys.length < 2 || df.passive || cf.passive) return false;
  const person = (text: string, start: number, span: { start: number; end: number }) => {
    const name = text.slice(span.start - start, span.end - start).trim();
    const lead = text.slice(Math.max(0, span.start - start - 6), span.start - start);
    return COURTESY_BEFORE.test(name) || /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+$/u.test(lead) || (kb.roles.resolve(name.replace(COURTESY_BEFORE, ""))?.roles.length ?? 0) > 0;
  };
  return person(s.text, s.start, df.subject) && person(e.text, e.start, cf.subject);
}

function explicitAgents(df: Frame, cf: Frame): boolean {
  return df.passive && !!df.by?.actors.length && !cf.passive && cf.actors.length > 0 && !cf.qualified;
}

/** True when a corpus sentence (retrieved, or found by the agent's name and the verb) gives the draft's deed to the draft's agent. */
function agentElsewhere(kb: Knowledge, df: Frame, agent: readonly string[], pool: readonly IndexedSentence[]): boolean {
  const extra = kb.index.query([...agent, df.verbKey, ...df.patient], 8).map((h) => h.sentence);
  for (const ev of new Set([...pool, ...extra])) {
    if (!agent.some((k) => ev.terms.has(k))) continue;
    for (const cf of evidenceFrames(kb, ev).frames) {
      if (cf.verbKey !== df.verbKey || cf.negated || !cf.patient.some((k) => df.patient.includes(k))) continue;
      const b = agentOf(cf);
      if (b && b.keys.some((k) => agent.includes(k))) return true;
    }
  }
  return false;
}
