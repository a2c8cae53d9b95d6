// The project file `.factcheck.json`, read by the editor and the command line
// alike: corpus folders, categories on or off, severity per category, and
// accepted spellings (the glossary).
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { CATEGORIES, type Category, type Severity } from "./types";

export const CONFIG_FILE = ".factcheck.json";

export interface ProjectConfig {
  /** Corpus folders, resolved to absolute paths. Empty: the bundled corpus. */
  corpus: string[];
  /** Categories switched off. */
  disabled: Partial<Record<Category, boolean>>;
  severity: Partial<Record<Category, Severity>>;
  /** Spellings the desk accepts even though the corpus does not use them. */
  accept: string[];
}

export interface ConfigProblem {
  message: string;
  /** 0-based offset into the file where the problem is, when known. */
  offset?: number;
}

export interface LoadedConfig {
  path: string;
  config?: ProjectConfig;
  problems: ConfigProblem[];
}

const SEVERITIES = ["error", "warning", "information", "hint", "off"];

export function emptyConfig(): ProjectConfig {
  return { corpus: [], disabled: {}, severity: {}, accept: [] };
}

/** Removes // and /* *\/ comments and trailing commas, keeping offsets. */
function stripJsonc(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") {
        out += text[i + 1] ?? "";
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") {
        out += " ";
        i++;
      }
      out += text[i] ?? "";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) out += text[i] === "\n" ? "\n" : " ";
      i--;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, " $1");
}

/** Parses the text of a project file. `base` is the folder that relative corpus paths start from. */
export function parseConfig(text: string, base: string): { config?: ProjectConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = text.trim() ? JSON.parse(stripJsonc(text)) : {};
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    return { problems: [{ message: `not valid JSON: ${msg}`, offset: pos ? +pos[1] : undefined }] };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { problems: [{ message: "the file must hold a JSON object", offset: 0 }] };
  const at = (key: string) => {
    const i = text.indexOf(`"${key}"`);
    return i >= 0 ? i : undefined;
  };
  const r = raw as Record<string, unknown>;
  const config = emptyConfig();
  for (const key of Object.keys(r)) {
    if (!["$schema", "corpus", "categories", "severity", "accept"].includes(key)) problems.push({ message: `unknown setting "${key}"`, offset: at(key) });
  }
  if (r.corpus !== undefined) {
    if (!Array.isArray(r.corpus) || r.corpus.some((x) => typeof x !== "string")) problems.push({ message: `"corpus" must be a list of folder paths`, offset: at("corpus") });
    else config.corpus = (r.corpus as string[]).map((p) => (isAbsolute(p) ? p : resolve(base, p)));
  }
  if (r.categories !== undefined) {
    if (!r.categories || typeof r.categories !== "object" || Array.isArray(r.categories)) problems.push({ message: `"categories" must map a category to true or false`, offset: at("categories") });
    else
      for (const [k, v] of Object.entries(r.categories as Record<string, unknown>)) {
        if (!CATEGORIES.includes(k as Category)) problems.push({ message: `unknown category "${k}" (one of ${CATEGORIES.join(", ")})`, offset: at(k) });
        else if (typeof v !== "boolean") problems.push({ message: `category "${k}" must be true or false`, offset: at(k) });
        else if (!v) config.disabled[k as Category] = true;
      }
  }
  if (r.severity !== undefined) {
    if (!r.severity || typeof r.severity !== "object" || Array.isArray(r.severity)) problems.push({ message: `"severity" must map a category to a severity`, offset: at("severity") });
    else
      for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
        if (!CATEGORIES.includes(k as Category)) problems.push({ message: `unknown category "${k}" in "severity"`, offset: at(k) });
        else if (typeof v !== "string" || !SEVERITIES.includes(v)) problems.push({ message: `severity of "${k}" must be one of ${SEVERITIES.join(", ")}`, offset: at(k) });
        else if (v === "off") config.disabled[k as Category] = true;
        else config.severity[k as Category] = v as Severity;
      }
  }
  if (r.accept !== undefined) {
    if (!Array.isArray(r.accept) || r.accept.some((x) => typeof x !== "string")) problems.push({ message: `"accept" must be a list of spellings`, offset: at("accept") });
    else config.accept = (r.accept as string[]).map((s) => s.trim()).filter(Boolean);
  }
  // A file with errors is not used: the previous good settings stay in force.
  return problems.length ? { problems } : { config, problems };
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return { path, problems: [{ message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? e})` }] };
  }
  return { path, ...parseConfig(text, dirname(path)) };
}

/** The nearest project file at or above `start`, if any. */
export function findConfigFile(start: string, stopAt?: string): string | undefined {
  let dir = resolve(start);
  for (let i = 0; i < 32; i++) {
    const p = join(dir, CONFIG_FILE);
    if (existsSync(p)) return p;
    if (stopAt && resolve(dir) === resolve(stopAt)) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** Adds a spelling to the project file's glossary, creating the file if needed. Returns the new text. */
export function addAcceptedSpelling(existing: string | undefined, word: string): string {
  let obj: Record<string, unknown> = {};
  if (existing && existing.trim()) obj = JSON.parse(stripJsonc(existing)) as Record<string, unknown>;
  const list = Array.isArray(obj.accept) ? (obj.accept as unknown[]).filter((x): x is string => typeof x === "string") : [];
  if (!list.includes(word)) list.push(word);
  obj.accept = list;
  return JSON.stringify(obj, null, 2) + "\n";
}

/** Offset -> 0-based line and column, for problem messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g) ?? []).length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) };
}
