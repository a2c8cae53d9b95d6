// Reads folders of articles. A file that cannot be used is skipped with one
// clear message; the rest of the corpus still loads.
import { promises as fs } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import type { RawArticle } from "./article";

export interface CorpusProblem {
  path: string;
  message: string;
}

export interface LoadedFiles {
  articles: RawArticle[];
  problems: CorpusProblem[];
}

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown"];
/** Articles larger than this are skipped: no news article is this long. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes an article, or says why it cannot be used. */
export function decodeArticle(bytes: Uint8Array): { text?: string; problem?: string } {
  if (bytes.length === 0) return { problem: "empty file" };
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) return { problem: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: "not valid UTF-8 text" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { problem: "empty file" };
  return { text };
}

async function listFiles(dir: string, out: string[], depth = 0): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory() && depth < 8) await listFiles(p, out, depth + 1);
    else if (e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
  }
}

export async function readCorpusFolders(folders: string[]): Promise<LoadedFiles> {
  const articles: RawArticle[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const dir = resolve(folder);
    const files: string[] = [];
    try {
      const st = await fs.stat(dir);
      if (st.isFile()) files.push(dir);
      else await listFiles(dir, files);
    } catch (e) {
      problems.push({ path: dir, message: `corpus folder cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    for (const path of files) {
      if (seen.has(path)) continue;
      seen.add(path);
      try {
        const st = await fs.stat(path);
        if (st.size > MAX_ARTICLE_BYTES) {
          problems.push({ path, message: `skipped: larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` });
          continue;
        }
        const bytes = await fs.readFile(path);
        const { text, problem } = decodeArticle(bytes);
        if (problem || text === undefined) {
          problems.push({ path, message: `skipped: ${problem}` });
          continue;
        }
        articles.push({ id: basename(path), path, text, kind: /\.(md|markdown)$/i.test(path) ? "markdown" : "plaintext" });
      } catch (e) {
        problems.push({ path, message: `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      }
    }
  }
  return { articles, problems };
}
