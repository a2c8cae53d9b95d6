// Shared test helpers: engines over small in-memory corpora, and drafts with
// expected hits marked inline (markdownlint-style fixtures).
import { join } from "node:path";
import { Engine } from "../server/src/engine/engine";
import type { Finding } from "../server/src/engine/types";

export const ROOT = join(__dirname, "..", "..", "..");
export const SEED_CORPUS = join(ROOT, "corpus");

/** An engine over articles given as { fileName: text }. */
export function engineFrom(articles: Record<string, string>): Engine {
  return Engine.fromArticles(
    Object.entries(articles).map(([id, text]) => ({ id, path: "", text, kind: id.endsWith(".md") ? "markdown" : "plaintext" })),
  );
}

/** Findings of one category for a draft. */
export function findingsOf(engine: Engine, draft: string, category?: Finding["category"], kind: "markdown" | "plaintext" = "markdown"): Finding[] {
  return engine.check(draft, kind).findings.filter((f) => !category || f.category === category);
}

/** The draft text each finding covers. */
export function flagged(draft: string, findings: Finding[]): string[] {
  return findings.map((f) => draft.slice(f.span.start, f.span.end));
}

/**
 * A second, unrelated story, so no rule can lean on the seed articles.
 * A small-town flood and a mayor's response.
 */
export const RIVERTON: Record<string, string> = {
  "a1.txt": [
    "Flood waters close Riverton bridge",
    "",
    "14 April 2024",
    "",
    "RIVERTON -- Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge on Tuesday, April 9, after the Millbrook River rose 3.2 metres in two days.",
    "\"We will reopen the bridge only when the engineers tell us it is safe,\" Okonkwo-Lindqvist said at a news conference.",
    "The county emergency director, Tobias Fairweather, said more than 400 homes had been evacuated.",
    "Fairweather said the Riverton Gazette had first reported the damage.",
  ].join("\n"),
  "a2.md": [
    "---",
    "title: Riverton counts the cost",
    "date: 2024-04-16",
    "outlet: Valley Courier",
    "---",
    "",
    "# Riverton counts the cost",
    "",
    "Mayor Annabelle Okonkwo-Lindqvist said the repairs to the Halvorsen Bridge would cost about 12 million dollars.",
    "",
    "Tobias Fairweather, the county emergency director, said 41 percent of the evacuated families had returned home.",
    "",
    "\"This is the worst flood since 1987,\" said Priya Ramaswamy, a hydrologist at Northgate University.",
    "",
    "The Riverton Gazette reported that the Millbrook River had crested on Wednesday.",
  ].join("\n"),
};
