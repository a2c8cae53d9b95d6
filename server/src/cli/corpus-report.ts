// `factcheck corpus`: what the checker believes, so an editor can review it.
import type { Engine } from "../engine/engine";
import { summarizeDates, type DatedEventSummary } from "../engine/knowledge/dates";
import { summarizeFigures, type FigureSummary } from "../engine/knowledge/figures";
import { summarizeQuotes, type QuoteSummary } from "../engine/knowledge/quotes";

export interface CorpusSummary {
  folders: string[];
  articles: Array<{ id: string; title: string; date?: string; sentences: number }>;
  problems: Array<{ path: string; message: string }>;
  names: Array<{ name: string; mentions: number; articles: number; variants: Array<{ spelling: string; mentions: number }> }>;
  /** People and other multi-word names, with their spellings and the surname mentions linked to them. */
  entities: Array<{ name: string; mentions: number; articles: number; spellings: Array<{ spelling: string; mentions: number }>; surnames: string[] }>;
  /** Roles the corpus gives each person, with where. */
  roles: Array<{ person: string; roles: Array<{ role: string; wordings: string[]; mentions: number; articles: string[] }> }>;
  /** Dated events: each date mention with the words its sentence ties to it. */
  dates: DatedEventSummary[];
  /** Figures by unit (the thing counted), with the words that say what each is about. */
  figures: FigureSummary[];
  /** Quotations with their speakers. */
  quotes: QuoteSummary[];
}

export function describeCorpus(engine: Engine): CorpusSummary {
  const kb = engine.kb;
  const fmtDate = (d?: { year?: number; month?: number; day?: number }) =>
    d ? [d.year, d.month, d.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, "0") : String(x))).join("-") : undefined;
  const names = [...kb.names.names.values()]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .map((n) => {
      const words = n.text.split(" ");
      const variants = new Map<string, number>();
      for (const w of words) {
        const g = kb.names.groupOf(w);
        if (g && g.forms.length > 1) for (const f of g.forms) variants.set(f.text, f.count);
      }
      return {
        name: n.text,
        mentions: n.count,
        articles: new Set(n.mentions.map((m) => m.article)).size,
        variants: [...variants].map(([spelling, mentions]) => ({ spelling, mentions })),
      };
    });
  const entities = [...kb.names.entities.values()]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical))
    .map((e) => ({
      name: e.canonical,
      mentions: e.mentions.length,
      articles: new Set(e.mentions.map((m) => m.article)).size,
      spellings: e.spellings.map((s) => ({ spelling: s.text, mentions: s.count })),
      surnames: e.surnames,
    }));
  return {
    entities,
    folders: engine.folders,
    articles: kb.articles.map((a) => ({ id: a.id, title: a.meta.title, date: fmtDate(a.meta.date), sentences: a.sentences.length })),
    problems: engine.problems,
    names,
    dates: summarizeDates(kb),
    figures: summarizeFigures(kb),
    quotes: summarizeQuotes(kb),
    roles: kb.roles.people.map((p) => ({
      person: p.name,
      roles: p.roles.map((r) => ({
        role: [...r.wordings.keys()][0],
        wordings: [...r.wordings.keys()],
        mentions: r.refs.length,
        articles: [...new Set(r.refs.map((x) => kb.articles[x.article].id))],
      })),
    })),
  };
}

export function corpusAsText(s: CorpusSummary): string {
  const out: string[] = [];
  out.push(`Corpus: ${s.folders.join(", ")}`);
  out.push(`\nArticles (${s.articles.length}):`);
  for (const a of s.articles) out.push(`  ${a.id}  ${a.date ?? "(no date)"}  ${a.title}  [${a.sentences} sentences]`);
  if (s.problems.length) {
    out.push(`\nSkipped:`);
    for (const p of s.problems) out.push(`  ${p.path}: ${p.message}`);
  }
  out.push(`\nEntities (${s.entities.length}): full names with their spellings; a surname alone is linked when only one full name ends with it`);
  for (const e of s.entities) {
    const sp = e.spellings.length > 1 ? `  spellings: ${e.spellings.map((x) => `${x.spelling} ${x.mentions}×`).join(", ")}` : "";
    const sn = e.surnames.length ? `  surname: ${e.surnames.join(", ")}` : "";
    out.push(`  ${e.name}  ${e.mentions}× in ${e.articles} article${e.articles === 1 ? "" : "s"}${sp}${sn}`);
  }
  out.push(`\nNames (${s.names.length}):`);
  for (const n of s.names) {
    const v = n.variants.length ? `  variants: ${n.variants.map((x) => `${x.spelling} ${x.mentions}×`).join(", ")}` : "";
    out.push(`  ${n.name}  ${n.mentions}× in ${n.articles} article${n.articles === 1 ? "" : "s"}${v}`);
  }
  out.push(`\nRoles (${s.roles.length} people):`);
  for (const p of s.roles) out.push(`  ${p.person}: ${p.roles.map((r) => `${r.wordings.join(" / ")} (${r.mentions}× in ${r.articles.join(", ")})`).join("; ")}`);
  out.push(`\nDated events (${s.dates.length}): date (year inferred: ~, relative: rel)  as written  event words  source`);
  for (const d of s.dates) out.push(`  ${d.inferredYear ? "~" : ""}${d.date}${d.relative ? " rel" : ""}  "${d.text}"  ${d.event.join(" ") || "-"}  ${d.article}:${d.line}`);
  out.push(`\nFigures (${s.figures.length}): unit  as written  context words  source`);
  for (const f of s.figures) out.push(`  ${f.unit}  "${f.text}"  ${f.context.join(" ") || "-"}  ${f.article}:${f.line}`);
  out.push(`\nQuotations (${s.quotes.length}): speaker (kind)  quotation  source`);
  for (const q of s.quotes) out.push(`  ${q.speaker || "-"}${q.kind ? ` (${q.kind})` : ""}  "${q.text}"  ${q.article}:${q.line}`);
  return out.join("\n") + "\n";
}
