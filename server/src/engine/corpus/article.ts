// One source article: its text, where its web-page leftovers are, its title and date.
import { parse as parseYaml } from "yaml";
import type { MarkupKind } from "../text/markup";
import { MONTHS, MONTH_ABBREVIATIONS } from "../text/lexicon";

export interface SimpleDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface ArticleMeta {
  title: string;
  outlet?: string;
  date?: SimpleDate;
  url?: string;
  author?: string;
}

export interface RawArticle {
  /** File name: how messages and reports name the article. */
  id: string;
  path: string;
  text: string;
  kind: MarkupKind;
}

const LEFTOVER_LINE = [
  /^\s*(?:leave a (?:comment|reply)|share(?: this(?: article)?)?|related(?: articles| posts| stories)?|advertisement|read more|print|email|comments?|tags?:.*|subscribe\b.*|sign up\b.*|follow us\b.*|click here\b.*|skip to (?:content|main content))\s*$/iu,
  /^\s*today\s*:.*$/iu,
];

/** Runs of share-button names glued together, e.g. "WhatsAppFacebookTwitter". */
function isGluedButtons(line: string): boolean {
  const t = line.trim();
  if (!t || /\s/.test(t)) return false;
  const caps = (t.match(/\p{Lu}/gu) ?? []).length;
  return t.length >= 15 && caps >= 3 && /^[\p{L}]+$/u.test(t);
}

export interface LineInfo {
  start: number;
  end: number;
  text: string;
}

export function linesOf(text: string): LineInfo[] {
  const out: LineInfo[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const body = m[0].replace(/[\r\n]+$/, "");
    out.push({ start: m.index, end: m.index + body.length, text: body });
    if (!m[0].length) break;
  }
  return out;
}

/** Spans of lines that are web-page furniture rather than article text. */
export function leftoverSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const l of linesOf(text)) {
    if (LEFTOVER_LINE.some((re) => re.test(l.text)) || isGluedButtons(l.text)) out.push({ start: l.start, end: l.end });
    else {
      // A glued run of buttons at the end of a line: "…text.WhatsAppFacebookTwitter"
      const m = /(?:WhatsApp|Facebook|Twitter|LinkedIn|Linkedin|Telegram|Reddit|Pinterest|Bluesky|Email|Print){2,}\s*$/u.exec(l.text);
      if (m) out.push({ start: l.start + m.index, end: l.end });
    }
  }
  return out;
}

const MONTH_RE = `(${MONTHS.join("|")}|${Object.keys(MONTH_ABBREVIATIONS).join("|")})\\.?`;
const DATE_ONLY = [
  new RegExp(`^\\s*(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})\\s*$`, "iu"),
  new RegExp(`^\\s*${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*$`, "iu"),
  /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/u,
];

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i + 1;
  return MONTH_ABBREVIATIONS[w];
}

/** A line that holds nothing but a date (a dateline). */
export function dateLine(line: string): SimpleDate | undefined {
  let m = DATE_ONLY[0].exec(line);
  if (m) return { day: +m[1], month: monthNumber(m[2]), year: +m[3] };
  m = DATE_ONLY[1].exec(line);
  if (m) return { month: monthNumber(m[1]), day: +m[2], year: +m[3] };
  m = DATE_ONLY[2].exec(line);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  return undefined;
}

function parseDateValue(v: unknown): SimpleDate | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  if (typeof v === "string") return dateLine(v) ?? (/^\d{4}$/.test(v.trim()) ? { year: +v.trim() } : undefined);
  return undefined;
}

/** Reads YAML front matter, if the article has one. Returns the metadata and the span it takes. */
export function frontMatter(text: string): { meta: Partial<ArticleMeta>; end: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const data = parseYaml(m[1]) as Record<string, unknown> | null;
    if (!data || typeof data !== "object") return { meta: {}, end: m[0].length };
    const str = (k: string) => (typeof data[k] === "string" ? (data[k] as string) : undefined);
    return {
      meta: { title: str("title"), outlet: str("outlet"), url: str("url"), author: str("author"), date: parseDateValue(data.date) },
      end: m[0].length,
    };
  } catch {
    return { meta: {}, end: m[0].length };
  }
}

/** Title and date of an article, from front matter or, failing that, from its text. */
export function articleMeta(text: string, ignore: Array<{ start: number; end: number }>): ArticleMeta {
  const fm = frontMatter(text);
  const meta: ArticleMeta = { title: "", ...(fm?.meta ?? {}) } as ArticleMeta;
  const body = linesOf(text).filter((l) => l.start >= (fm?.end ?? 0) && !ignore.some((r) => r.start <= l.start && l.end <= r.end));
  if (!meta.date) {
    for (const l of body.slice(0, 8)) {
      const d = dateLine(l.text);
      if (d) {
        meta.date = d;
        break;
      }
    }
  }
  if (!meta.title) {
    const heading = body.find((l) => /^#{1,6}\s+\S/.test(l.text));
    if (heading) meta.title = heading.text.replace(/^#{1,6}\s+/, "").trim();
  }
  if (!meta.title) {
    const candidates = body.slice(0, 8).filter((l) => l.text.trim() && !dateLine(l.text));
    const line = candidates.find((l) => {
      const n = l.text.trim().split(/\s+/).length;
      return n >= 4 && n <= 25;
    });
    if (line) meta.title = line.text.trim();
    else if (candidates[0]) {
      const first = candidates[0].text.trim();
      const sentence = /^.*?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
      meta.title = sentence.length > 90 ? sentence.slice(0, 87).trimEnd() + "…" : sentence;
    }
  }
  return meta;
}
