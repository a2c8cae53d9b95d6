// What every check receives and returns. A check is one module with one job;
// it reads the analysed draft and the corpus knowledge and returns findings.
import type { AnalyzedText } from "../analysis/analyze";
import type { CommonWords } from "../knowledge/corpus";
import type { Knowledge } from "../knowledge/knowledge";
import type { Category, Finding } from "../types";

export interface CheckContext {
  draft: AnalyzedText;
  kb: Knowledge;
  /** Ordinary words of the corpus and of the draft. */
  common: CommonWords;
  /** Findings of the checks that ran before this one (claims run last and read them). */
  prior: readonly Finding[];
  /** Spellings the desk accepts (the project glossary). */
  accept: ReadonlySet<string>;
}

export interface Check {
  /** Rule code family, e.g. "name-spelling". */
  id: string;
  category: Category;
  /**
   * "sentence" when the findings for a sentence depend only on that sentence's
   * mentions, the corpus, `ctx.common` and `ctx.accept` (and the sentence
   * before, read only through `sentenceBefore`): the incremental path then
   * re-runs the check only on changed sentences, and on the one after a
   * changed sentence when it read it. Default "document".
   */
  scope?: "sentence" | "document";
  /**
   * With scope "sentence": the check also reads `ctx.prior`, but only the
   * findings that overlap the sentence; the incremental path passes those and
   * re-runs the check when they change.
   */
  readsPrior?: boolean;

  run(ctx: CheckContext): Finding[];
}

/** Short citation for messages: "004_0ba77fc9aee1ebb1.txt, line 12". */
export function cite(e: { article: string; line: number }): string {
  return `${e.article}, line ${e.line}`;
}
