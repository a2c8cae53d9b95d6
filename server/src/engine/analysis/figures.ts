// Figures in digits and words, with unit, qualifier and the thing counted. (Stub.)
import type { AnalyzedBase } from "./analyze";
import type { FigureMention } from "./facts";

export function findFigures(_doc: AnalyzedBase): FigureMention[] {
  return [];
}
