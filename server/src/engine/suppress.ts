// Suppression comments in Markdown drafts:
//   <!-- factcheck-disable-next-line [category ...] -->
//   <!-- factcheck-disable [category ...] --> … <!-- factcheck-enable [category ...] -->
// With no categories a directive applies to every category.
import type { AnalyzedText } from "./analysis/analyze";
import { CATEGORIES, type Category, type Finding } from "./types";

interface Region {
  start: number;
  end: number;
  categories: Set<Category> | "all";
}

const DIRECTIVE = /^\s*factcheck-(disable-next-line|disable|enable)\b([\s\S]*)$/;

function categoriesOf(rest: string): Set<Category> | "all" {
  const words = rest.trim().split(/[\s,]+/).filter(Boolean);
  const cats = words.filter((w): w is Category => CATEGORIES.includes(w as Category));
  return cats.length ? new Set(cats) : "all";
}

export function suppressedRegions(draft: AnalyzedText): Region[] {
  const regions: Region[] = [];
  const open: Array<{ start: number; categories: Set<Category> | "all" }> = [];
  const { lines, text } = draft;
  for (const c of draft.checkable.comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const categories = categoriesOf(m[2]);
    if (m[1] === "disable-next-line") {
      const line = lines.lineOf(c.end) + 1;
      if (line < lines.lineCount) {
        const start = lines.starts[line];
        const end = line + 1 < lines.lineCount ? lines.starts[line + 1] : text.length;
        regions.push({ start, end, categories });
      }
    } else if (m[1] === "disable") {
      open.push({ start: c.end, categories });
    } else {
      // enable closes the most recent matching disable (or all, without categories)
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i];
        if (categories === "all" || o.categories === "all" || [...categories].some((k) => (o.categories as Set<Category>).has(k))) {
          regions.push({ start: o.start, end: c.start, categories: o.categories });
          open.splice(i, 1);
          if (categories !== "all") break;
        }
      }
    }
  }
  for (const o of open) regions.push({ start: o.start, end: text.length, categories: o.categories });
  return regions;
}

export function applySuppressions(draft: AnalyzedText, findings: Finding[]): Finding[] {
  const regions = suppressedRegions(draft);
  if (!regions.length) return findings;
  return findings.filter(
    (f) => !regions.some((r) => f.span.start >= r.start && f.span.start < r.end && (r.categories === "all" || r.categories.has(f.category))),
  );
}
