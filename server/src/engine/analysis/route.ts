// Reversed routes: the draft has a movement "from A to B" (a march, a
// flight, a transfer) where a corpus sentence about the same movement has
// "from B to A". For analysis/claims.ts.
//
// The draft side: "from" and a capitalised place (an optional "the"), then
// "to" and another, in one clause. The corpus side: a retrieved sentence with
// "from B to A" for the same two places that shares at least one more content
// word with the draft's sentence (the verb or noun of the movement: "march",
// "flights"). When such a sentence has "from A to B", nothing is said: the
// corpus has the movement both ways. A warning: the corpus states the
// direction in so many words.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Span } from "../types";
import type { Claim } from "./claims";
import { isMonthWord, isWeekdayWord } from "../text/lexicon";

/** A capitalised place of one to four words, after an optional "the". */
const PLACE = String.raw`(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})`;
const ROUTE = new RegExp(String.raw`\bfrom\s+${PLACE}\s+to\s+${PLACE}`, "gu");

export interface RouteFinding {
  reason: string;
  focus: Span;
  evidence: IndexedSentence[];
}

/** The routes "from A to B" of a text, with their place names folded. */
function routesOf(text: string): Array<{ from: string; to: string; index: number; length: number }> {
  const out: Array<{ from: string; to: string; index: number; length: number }> = [];
  ROUTE.lastIndex = 0;
  // "from Monday to Friday", "from March to May": a stretch of time, no route.
  const time = (w: string) => w.split(/\s+/).some((x) => isMonthWord(x) || isWeekdayWord(x));
  for (const m of text.matchAll(ROUTE)) {
    const from = m[1].toLowerCase();
    const to = m[2].toLowerCase();
    if (!time(from) && !time(to)) out.push({ from, to, index: m.index!, length: m[0].length });
  }
  return out;
}

/** A route of the draft that a corpus sentence about the same movement runs the other way. */
export function reversedRoute(kb: Knowledge, claim: Claim, pool: readonly IndexedSentence[]): RouteFinding | undefined {
  const s = claim.sentence;
  const routes = routesOf(s.text);
  if (!routes.length) return undefined;
  const text = (x: IndexedSentence) => kb.articles[x.article]?.sentences[x.sentence]?.text ?? "";
  for (const r of routes) {
    const inRoute = (start: number) => start >= s.start + r.index && start < s.start + r.index + r.length;
    // The movement: the claim's content words outside the route's place names.
    const movement = [...new Set(claim.all.filter((t) => !t.name && !t.quoted && !inRoute(t.start)).map((t) => t.key))];
    if (!movement.length) continue;
    const hits = kb.index.query([...movement, ...claim.all.filter((t) => t.name).map((t) => t.key)], 20).map((h) => h.sentence);
    // Sentences about the same movement (they share one of its words), each with its routes, read once.
    const candidates = [...new Set([...pool, ...hits])]
      .filter((x) => movement.some((k) => x.terms.has(k)))
      .map((x) => ({ x, text: text(x), routes: routesOf(text(x)) }));
    // The corpus has this direction for the movement too: nothing to say.
    if (candidates.some((c) => c.routes.some((t) => t.from === r.from && t.to === r.to))) continue;
    let found: { x: IndexedSentence; said: string } | undefined;
    for (const c of candidates) {
      const m = c.routes.find((t) => t.from === r.to && t.to === r.from);
      if (m) {
        found = { x: c.x, said: c.text.slice(m.index, m.index + m.length) };
        break;
      }
    }
    if (!found) continue;
    const { said } = found;
    return {
      reason: `the corpus has "${said}", the other way`,
      focus: { start: s.start + r.index, end: s.start + r.index + r.length },
      evidence: [found.x],
    };
  }
  return undefined;
}
