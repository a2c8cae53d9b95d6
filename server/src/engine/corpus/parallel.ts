// Analyses the articles of a large corpus in worker threads (dist/worker.js,
// built from corpus/worker.ts), the main thread taking its share. The result
// is the one `analyzeArticles` gives: the same analysis runs everywhere, and
// class instances get their prototypes back from the main thread's own
// articles. Without a worker bundle, with FACTCHECK_WORKERS=0, on a small
// corpus, or when a worker fails, the work is done (or redone) here.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalyzedText } from "../analysis/analyze";
import { analyzeArticle, analyzeArticles, articleOf, corpusPrelude, type Article, type CommonWords } from "../knowledge/corpus";
import type { ArticleMeta, RawArticle } from "./article";
import { classInstances, reviveClasses } from "./cache";

export interface WorkRequest {
  chunk: number;
  items: Array<{ raw: RawArticle; ignore: Array<{ start: number; end: number }>; meta: ArticleMeta }>;
}

export type WorkResult =
  | { chunk: number; analyzed: Array<Omit<AnalyzedText, "common"> & { common: null }>; instances: object[]; names: string[]; error?: undefined }
  | { chunk: number; error: string };

/** Corpora smaller than this are analysed in this thread: starting workers costs more than it saves. */
export const MIN_PARALLEL_ARTICLES = 150;
const CHUNK = 16;
const YOUNG_MB = 64;

/** The worker bundle next to the running bundle, if there is one and workers are allowed. */
export function workerFile(): string | undefined {
  if (process.env.FACTCHECK_WORKERS === "0") return undefined;
  let dir: string;
  try {
    dir = __dirname;
  } catch {
    return undefined;
  }
  const file = join(dir, "worker.js");
  return existsSync(file) ? file : undefined;
}

export interface ParallelOptions {
  /** Worker threads to start (default: one fewer than the cores, at least one, at most 7). */
  workers?: number;
  /** The worker bundle (default: `workerFile()`). */
  file?: string;
  minArticles?: number;
  log?: (message: string) => void;
}

/** The analysed articles of `raw` and the corpus's ordinary words, as `analyzeArticles` gives them. */
export async function analyzeInParallel(raw: RawArticle[], options: ParallelOptions = {}): Promise<{ articles: Article[]; common: CommonWords }> {
  const prelude = corpusPrelude(raw);
  const file = options.file ?? workerFile();
  const count = options.workers ?? Math.min(7, Math.max(1, availableParallelism() - 1));
  if (!file || count < 1 || raw.length < (options.minArticles ?? MIN_PARALLEL_ARTICLES)) return analyzeArticles(raw, prelude);
  const { common, ignores, metas } = prelude;
  const articles: Article[] = new Array(raw.length);
  const chunks: Array<[number, number]> = [];
  for (let i = 0; i < raw.length; i += CHUNK) chunks.push([i, Math.min(raw.length, i + CHUNK)]);
  const queue = chunks.map((_, k) => k);
  let remaining = chunks.length;
  let wake = () => {};
  const event = () => new Promise<void>((r) => (wake = r));
  const runHere = (k: number) => {
    const [from, to] = chunks[k];
    for (let i = from; i < to; i++) articles[i] = articleOf(analyzeArticle(raw[i], common, ignores[i], metas[i]), raw[i], i, metas[i]);
    remaining--;
  };

  const workers: Worker[] = [];
  const busy = new Map<Worker, number>();
  let closing = false;
  let protos: ReadonlyMap<string, object | null> | undefined;
  const feed = (w: Worker) => {
    const k = queue.shift();
    if (k === undefined) return;
    busy.set(w, k);
    const [from, to] = chunks[k];
    const items: WorkRequest["items"] = [];
    for (let i = from; i < to; i++) items.push({ raw: raw[i], ignore: ignores[i], meta: metas[i] });
    w.postMessage({ chunk: k, items } satisfies WorkRequest);
  };
  const lose = (w: Worker, why: string) => {
    if (closing || !workers.includes(w)) return;
    workers.splice(workers.indexOf(w), 1);
    const k = busy.get(w);
    busy.delete(w);
    if (k !== undefined) queue.push(k); // redone here
    options.log?.(`factcheck: analysis worker stopped (${why}); continuing without it`);
    void w.terminate();
    wake();
  };
  const receive = (w: Worker, m: WorkResult) => {
    const k = busy.get(w);
    busy.delete(w);
    if (k === undefined || m.chunk !== k) return lose(w, "unexpected message");
    if (m.error !== undefined || !protos || !reviveClasses(m.instances, m.names, protos)) {
      // A worker that cannot do its work is not given more: the chunk is done here.
      queue.push(k);
      return lose(w, m.error ?? "results of unknown classes");
    } else {
      const [from] = chunks[k];
      m.analyzed.forEach((a, j) => {
        const i = from + j;
        (a as unknown as AnalyzedText).common = common;
        articles[i] = articleOf(a as unknown as AnalyzedText, raw[i], i, metas[i]);
      });
      remaining--;
    }
    feed(w);
    wake();
  };
  try {
    const words = [...common.words];
    for (let n = 0; n < count; n++) {
      // A larger young generation: analysis allocates many short-lived objects, and small scavenges dominate otherwise.
      const w = new Worker(file, { workerData: { words }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      workers.push(w);
      w.on("message", (m: WorkResult) => receive(w, m));
      w.on("error", (e) => lose(w, e.message));
      w.on("exit", (code) => lose(w, `exit ${code}`));
      feed(w);
    }
  } catch (e) {
    options.log?.(`factcheck: analysis workers not started: ${(e as Error).message}`);
  }
  try {
    // The main thread's first chunk also tells the prototypes of the classes in an analysed article.
    while (remaining > 0) {
      const k = queue.shift();
      if (k !== undefined) {
        runHere(k);
        if (!protos) protos = classInstances(articles.slice(chunks[k][0], chunks[k][1])).protos;
        await new Promise<void>((r) => setImmediate(r)); // let results in and keep the workers fed
        continue;
      }
      await event();
    }
  } finally {
    closing = true;
    for (const w of workers) void w.terminate();
  }
  return { articles, common };
}
