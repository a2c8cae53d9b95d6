// Figures inside claims: "a six-month delay" where the corpus has only a
// "12-month delay", when the number check did not flag the figure. For
// analysis/claims.ts.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Token } from "../text/tokens";
import type { Finding, Span } from "../types";
import type { AnalyzedText } from "./analyze";
import type { Claim } from "./claims";
import { contentToken } from "./claims";

/** The content word right after a figure ("delay" in "six-month delay"), if nothing stands between. */
function wordAfter(text: string, offset: number, end: number): Token | undefined {
  const m = /^\s+([\p{L}][\p{L}\p{M}'’\-]*)/u.exec(text.slice(end - offset, end - offset + 40));
  if (!m) return undefined;
  const start = end + m[0].length - m[1].length;
  return { text: m[1], start, end: start + m[1].length };
}

/**
 * A compound figure of the claim ("six-month delay") whose unit and noun the
 * corpus uses only with other figures ("12-month delay"), when no earlier
 * check flagged the figure: an event built around a figure the corpus lacks.
 */
export function figurePhrase(kb: Knowledge, draft: AnalyzedText, claim: Claim, prior: readonly Finding[]): { reason: string; evidence: IndexedSentence[]; focus: Span } | undefined {
  const s = claim.sentence;
  for (const f of draft.figures) {
    if (f.sentence !== s.index || !f.unit || !/\p{L}-\p{L}|\d-\p{L}/u.test(f.text)) continue;
    if (prior.some((p) => p.span.start < f.span.end && f.span.start < p.span.end)) continue;
    if (claim.all.some((t) => t.quoted && t.start >= f.span.start && t.end <= f.span.end)) continue;
    const noun = wordAfter(s.text, s.start, f.span.end);
    const key = noun && contentToken(noun);
    if (!noun || !key) continue;
    let same = false;
    const others: Array<{ article: number; sentence: number; text: string }> = [];
    for (const a of kb.articles) {
      for (const g of a.figures) {
        if (g.unit !== f.unit) continue;
        const h = wordAfter(a.plain, 0, g.span.end);
        if (!h || contentToken(h) !== key) continue;
        const high = g.valueHigh ?? g.value;
        if (f.value >= g.value && f.value <= high) same = true;
        else others.push({ article: a.index, sentence: g.sentence, text: `${g.text} ${h.text}` });
      }
      if (same) break;
    }
    if (same || !others.length) continue;
    const evidence = others.map((o) => kb.index.at(o.article, o.sentence)).filter((x): x is IndexedSentence => !!x);
    return {
      reason: `the corpus mentions a "${others[0].text}", never a "${f.text} ${noun.text}"`,
      evidence,
      focus: { start: f.span.start, end: noun.end },
    };
  }
  return undefined;
}

