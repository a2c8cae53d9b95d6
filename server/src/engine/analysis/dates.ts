// Dates, weekdays and years, attached to the event their sentence describes. (Stub.)
import type { AnalyzedBase } from "./analyze";
import type { DateMention } from "./facts";
import type { SimpleDate } from "../corpus/article";

export function findDates(_doc: AnalyzedBase, _reference?: SimpleDate): DateMention[] {
  return [];
}
