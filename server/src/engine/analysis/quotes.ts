// Quotations with straight or curly marks, and their speakers. (Stub.)
import type { AnalyzedBase } from "./analyze";
import type { QuoteMention } from "./facts";

export function findQuotes(_doc: AnalyzedBase): QuoteMention[] {
  return [];
}
