// One source article: its text, where its web-page leftovers are, its title and date.
import { parse as parseYaml } from "yaml";
import type { MarkupKind } from "../text/markup";
import { MONTHS, MONTH_ABBREVIATIONS } from "../text/lexicon";
import { nearestYear } from "../analysis/dates";

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
  /** True when the article names its day but not its year: the year (if any) comes from the rest of the corpus. */
  dateYearInferred?: boolean;
  /** True when the year of a dateline without one was taken from the article's own full dates (`yearFromText`). */
  dateYearFromBody?: boolean;
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
  /^\s*(?:read more|read also|see also|also read|more from|recommended|most read|you may also like)\s*:.*$/iu,
  // "Facebook | X | Email": a row of short items separated by bars or bullets.
  /^\s*[^|•·]{1,25}(?:\s*[|•·]\s*[^|•·]{1,25}){2,}\s*$/u,
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

const DAY_RE = `(\\d{1,2})(?:st|nd|rd|th)?`;
const WEEKDAY_RE = `(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?`;
/** A date at the start of a text: "3 March 2025", "Mar. 4, 2025", "Feb 4", "2025-03-04"; the year may be missing. */
const LEADING_DATE = [
  new RegExp(`^${WEEKDAY_RE}${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE}(?![\\p{L}])(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "iu"),
  new RegExp(`^${WEEKDAY_RE}${MONTH_RE}\\s+${DAY_RE}(?![\\p{L}\\p{N}])(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, "iu"),
  /^(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/u,
];

/** The date a text starts with, and where it ends. */
function leadingDate(text: string): { date: SimpleDate; end: number } | undefined {
  const valid = (d: SimpleDate) => d.month !== undefined && d.month >= 1 && d.month <= 12 && d.day !== undefined && d.day >= 1 && d.day <= 31 && (d.year === undefined || (d.year >= 1800 && d.year <= 2200));
  const year = (y: string | undefined) => (y ? { year: +y } : {});
  let m = LEADING_DATE[0].exec(text);
  if (m) {
    const d = { day: +m[1], month: monthNumber(m[2]), ...year(m[3]) };
    return valid(d) ? { date: d, end: m[0].length } : undefined;
  }
  m = LEADING_DATE[1].exec(text);
  if (m) {
    const d = { month: monthNumber(m[1]), day: +m[2], ...year(m[3]) };
    return valid(d) ? { date: d, end: m[0].length } : undefined;
  }
  m = LEADING_DATE[2].exec(text);
  if (m) {
    const d = { year: +m[1], month: +m[2], day: +m[3] };
    return valid(d) ? { date: d, end: m[0].length } : undefined;
  }
  return undefined;
}

/** Emphasis, quote and list marks around a line: "*Outlet, 12 March 2025*". */
const stripMarks = (line: string) => line.replace(/^[\s*_>]+/u, "").replace(/[\s*_]+$/u, "");
const wordCount = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

/**
 * The publication date a line of an article's head gives: a line that is only
 * a date, a byline ("Published 3 March 2025", "Updated: March 4, 2025 10:15"),
 * an outlet line ("*Outlet, 12 March 2025*", "By A. Writer | 3 March 2025") or
 * a dateline opening the story ("CITY, Feb 4 (Agency) -", "March 4, 2025 —").
 * The year may be missing (datelines often leave it out).
 */
export function publicationDate(line: string): SimpleDate | undefined {
  const only = dateLine(line);
  if (only) return only;
  const text = stripMarks(line);
  if (!text) return undefined;
  // A byline: a publishing word, then the date, then at most a time or a few words.
  const published = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)|date(?:line)?)(?:\s+on)?\s*[:\-–—]?\s*/iu.exec(text);
  if (published) {
    const d = leadingDate(text.slice(published[0].length));
    if (d && wordCount(text.slice(published[0].length + d.end)) <= 4) return d.date;
  }
  // An outlet or author line ending in a date: a few words, a separator, the date.
  const tail = /^(\p{Lu}[^.!?;:]{0,60}?)\s*(?:,|\||·|•|—|–|\s-\s)\s*(?=[\p{L}\p{N}])/u.exec(text);
  if (tail && wordCount(tail[1]) <= 6) {
    // "Outlet · Published Mar. 3, 2025": a publishing word may stand before the date.
    const rest = text.slice(tail[0].length).replace(/^(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?\s*[:\-–—]?\s*)/iu, "");
    const d = leadingDate(rest);
    if (d && !rest.slice(d.end).trim()) return d.date;
  }
  // A dateline opening the story: an optional place in capitals, the date, an agency in brackets and/or a dash.
  const place = /^(?:\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*)*(?:,\s*\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*)*)?,\s*)?/u.exec(text)!;
  if (place[0] && !/^\p{Lu}[\p{Lu}\p{M}]/u.test(place[0])) return undefined;
  const d = leadingDate(text.slice(place[0].length));
  if (!d) return undefined;
  const after = text.slice(place[0].length + d.end);
  const agency = /^\s*\([^()]{1,50}\)/u.exec(after);
  const rest = agency ? after.slice(agency[0].length) : after;
  const dash = /^\s*(?:--?|–|—)\s+\S/u.test(rest);
  if ((agency && (dash || /^\s+\p{Lu}/u.test(rest))) || dash) return d.date;
  return undefined;
}

/**
 * A dateline opening a sentence of story text ("CITY, March 3 (Agency) — Buses
 * stopped…", "March 4, 2025 — The council…"): where its date stands and where
 * the story proper begins (offsets into `text`). Unlike `publicationDate`, the
 * place must be in capitals or absent, and a dash or an agency in brackets
 * must follow the date.
 */
export function datelineParts(text: string): { date: { start: number; end: number }; body: number } | undefined {
  const lead = /^[\s*_>]*/u.exec(text)![0].length;
  const place = /^(?:\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*)*(?:,\s*\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’\-]*)*)?,\s*)?/u.exec(text.slice(lead))!;
  if (place[0] && !/^\p{Lu}[\p{Lu}\p{M}]/u.test(place[0])) return undefined;
  const start = lead + place[0].length;
  const d = leadingDate(text.slice(start));
  if (!d) return undefined;
  let end = start + d.end;
  const after = text.slice(end);
  const agency = /^\s*\([^()]{1,50}\)/u.exec(after);
  const rest = agency ? after.slice(agency[0].length) : after;
  const dash = /^\s*(?:--?|–|—)\s+(?=\S)/u.exec(rest);
  const body = end + (agency?.[0].length ?? 0) + (dash ? dash[0].length : (/^\s+(?=\p{Lu})/u.exec(rest)?.[0].length ?? -1));
  if (!dash && !(agency && body > end + agency[0].length)) return undefined;
  while (end > start && /[\s,.]/u.test(text[end - 1])) end--;
  return { date: { start, end }, body };
}

/**
 * The year of a month-day date from the full dates an article gives: the year
 * that puts it nearest each of them, the most frequent (the latest on a tie).
 */
export function yearFromText(text: string, month: number, day: number): number | undefined {
  const counts = new Map<number, number>();
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${DAY_RE}\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})|${MONTH_RE}\\s+(?:${DAY_RE},?\\s+)?(\\d{4}))(?![\\p{L}\\p{N}])`,
    "giu",
  );
  for (const m of text.matchAll(re)) {
    const ref = m[3] ? { year: +m[3], month: monthNumber(m[2]), day: +m[1] } : { year: +m[6], month: monthNumber(m[4]), day: m[5] ? +m[5] : 15 };
    if (ref.year < 1800 || ref.year > 2200 || ref.month === undefined) continue;
    const y = nearestYear(month, day, ref);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== undefined && y > best)) [best, n] = [y, c];
  return best;
}

/**
 * Article dates without a year (a dateline "Feb 4" in an article that gives no
 * full date): the year that puts the day nearest the other articles' dates.
 */
export function inferArticleYears(metas: ArticleMeta[]): void {
  const known = metas.filter((m) => !m.dateYearFromBody).map((m) => m.date).filter((d): d is SimpleDate => d?.year !== undefined && d.month !== undefined && !!d.day);
  if (!known.length) return;
  const gapDays = (year: number, d: SimpleDate, ref: SimpleDate) => Math.abs(Date.UTC(year, d.month! - 1, d.day!) - Date.UTC(ref.year!, ref.month! - 1, ref.day!)) / DAY_MS;
  const nearest = (d: SimpleDate) => {
    let best: { year: number; gap: number } | undefined;
    for (const ref of known) {
      const year = nearestYear(d.month!, d.day!, ref as { year: number; month: number; day: number });
      const gap = gapDays(year, d, ref);
      if (!best || gap < best.gap) best = { year, gap };
    }
    return best;
  };
  for (const meta of metas) {
    const d = meta.date;
    if (!d || d.month === undefined || d.day === undefined) continue;
    if (d.year === undefined) {
      const best = nearest(d);
      if (best) d.year = best.year;
    } else if (meta.dateYearFromBody) {
      // The article's own full dates may be of earlier events ("the budget approved on November 14, 2023"): when
      // the other articles' dates put the dateline within weeks in another year, and far from the body's year, theirs holds.
      const best = nearest(d);
      const own = Math.min(...known.map((ref) => gapDays(d.year!, d, ref)));
      if (best && best.year !== d.year && best.gap <= NEAR_DAYS && own > FAR_DAYS) d.year = best.year;
    }
  }
}

const DAY_MS = 86_400_000;
/** Within this many days of another article's date, a dateline's year is that article's; beyond FAR_DAYS, its body's year is doubted. */
const NEAR_DAYS = 60;
const FAR_DAYS = 300;

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
      const d = publicationDate(l.text);
      if (d) {
        meta.date = d;
        break;
      }
    }
    // A dateline without a year: the year the article's own full dates give.
    if (meta.date && meta.date.year === undefined && meta.date.month !== undefined && meta.date.day !== undefined) {
      const year = yearFromText(body.map((l) => l.text).join("\n"), meta.date.month, meta.date.day);
      if (year !== undefined) (meta.date.year = year), (meta.dateYearFromBody = true);
      else meta.dateYearInferred = true;
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
