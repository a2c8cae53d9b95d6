// Fact mentions found by the analysis pipeline, in an article or a draft.
// Each extractor lives in its own module (roles.ts, dates.ts, figures.ts,
// quotes.ts) and fills one list of AnalyzedText.
import type { Span } from "../types";

/** A role given to a named person: "Chilean President Ada Lindqvist". */
export interface RoleMention {
  /** The person's name as written (possessive stripped). */
  person: string;
  personSpan: Span;
  /** The role words as written, qualifiers included: "former NATO official". */
  role: string;
  /** Where the role words stand. */
  span: Span;
  sentence: number;
}

/** A date, a weekday or a year, with the event its sentence ties it to. */
export interface DateMention {
  text: string;
  span: Span;
  sentence: number;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday, when the text names the weekday. */
  weekday?: number;
  /** "mid", "early", "late" for "mid-February". */
  part?: string;
  /** The year was written elsewhere in the sentence ("In 2019, … in April"). */
  yearShared?: boolean;
  /** A bare year that gave its year to the sentence's months: their event, not one of its own. */
  lendsYear?: boolean;
  /** "spring", "summer", "autumn", "winter" for "the autumn of 2025" (with a year only). */
  season?: string;
  /** True when the date was resolved from a relative phrase ("this Thursday"). */
  relative?: boolean;
  /** Content words that say what happened then ("summit", "paris"). */
  event: string[];
}

/** A figure: "more than 30 nations", "40 percent", "eight-thousand-strong". */
export interface FigureMention {
  text: string;
  span: Span;
  sentence: number;
  value: number;
  /** Upper bound of a range ("five to ten years"). */
  valueHigh?: number;
  /** "more than", "about", "up to", "at least", … or "" */
  qualifier: string;
  /** The unit or the thing counted ("nations", "percent", "day", "kilometers"). */
  unit: string;
  /** Content words of the sentence near the figure, for matching. */
  context: string[];
}

/** A quotation with its speaker when the text says who. */
export interface QuoteMention {
  /** The quoted words, marks excluded. */
  text: string;
  /** Span of the quotation, marks included. */
  span: Span;
  /** Span of the quoted words only. */
  inner: Span;
  sentence: number;
  speaker?: string;
  speakerSpan?: Span;
}
