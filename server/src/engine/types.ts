// Plain data shared by every part of the engine. Nothing here knows about LSP:
// diagnostics, hovers, quick fixes and the JSON report are all views of these.

export type Category = "name" | "title" | "date" | "number" | "quote" | "claim";
export const CATEGORIES: readonly Category[] = ["name", "title", "date", "number", "quote", "claim"];

export type Severity = "error" | "warning" | "information" | "hint";

/** A half-open range of UTF-16 code-unit offsets into a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** Where the corpus says something: one sentence of one article. */
export interface Evidence {
  /** The article's file name, e.g. `004_0ba77fc9aee1ebb1.txt`. */
  article: string;
  /** Absolute path of the article file (empty for in-memory articles). */
  path: string;
  /** The article's title, as learned from front matter or its first line. */
  title: string;
  /** 1-based line of the article where the evidence starts. */
  line: number;
  /** 0-based UTF-16 column on that line. */
  column: number;
  /** Offsets of the evidence span in the article text. */
  span: Span;
  /** The sentence that holds the evidence. */
  sentence: string;
}

/** A text edit that a quick fix may apply: replace `span` with `newText`. */
export interface Replacement {
  span: Span;
  newText: string;
  title: string;
}

export interface Finding {
  category: Category;
  /** A stable rule code such as `name-spelling`. */
  code: string;
  span: Span;
  message: string;
  severity: Severity;
  /** Replacement texts for the span, best first. */
  suggestions: string[];
  /** Corpus sentences that decide the finding, most relevant first. */
  evidence: Evidence[];
  /** Extra edits when a fix is not a plain replacement of `span`. */
  replacements?: Replacement[];
}
