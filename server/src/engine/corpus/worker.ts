// A worker thread that analyses corpus articles for `corpus/parallel.ts`: it
// runs the same analysis as the main thread and sends back the analysed
// articles, with the class of every class instance in them (a structured
// clone loses prototypes; the main thread puts them back).
import { parentPort, workerData } from "node:worker_threads";
import { analyzeArticle, CommonWords } from "../knowledge/corpus";
import { classInstances } from "./cache";
import type { WorkRequest, WorkResult } from "./parallel";

if (parentPort) {
  const port = parentPort;
  const common = new CommonWords(new Set((workerData as { words: string[] }).words));
  port.on("message", (req: WorkRequest) => {
    let result: WorkResult;
    try {
      // `common` is the main thread's own object: left out here, put back there.
      const analyzed = req.items.map((it) => ({ ...analyzeArticle(it.raw, common, it.ignore, it.meta), common: null }));
      const { instances, names } = classInstances(analyzed);
      result = { chunk: req.chunk, analyzed, instances, names };
    } catch (e) {
      result = { chunk: req.chunk, error: (e as Error).stack ?? String(e) };
    }
    port.postMessage(result);
  });
}
