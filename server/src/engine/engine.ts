// The engine's front door: load a corpus, check a draft. Both the language
// server and the command line are thin adapters over this class.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeText, lowercaseWords, type AnalyzedText } from "./analysis/analyze";
import type { RawArticle } from "./corpus/article";
import { readCorpusFolders, type CorpusProblem } from "./corpus/loader";
import { cachedKnowledge, type CacheOptions } from "./corpus/cache";
import { analyzeInParallel } from "./corpus/parallel";
import type { DraftSession } from "./incremental";
import { CHECKS } from "./checks/index";
import { articlePacker } from "./knowledge/compact";
import { Knowledge } from "./knowledge/knowledge";
import { applySuppressions } from "./suppress";
import type { MarkupKind } from "./text/markup";
import type { Category, Finding, Severity } from "./types";

export interface CheckOptions {
  /** Categories switched off. */
  disabled?: Partial<Record<Category, boolean>>;
  /** Severity per category, overriding the check's own (only ever lowered or raised by the user). */
  severity?: Partial<Record<Category, Severity>>;
  /** Spellings the desk accepts (the glossary): never flagged as names. */
  accept?: string[];
}

export interface CheckResult {
  draft: AnalyzedText;
  findings: Finding[];
  /** Milliseconds the check took. */
  elapsedMs: number;
  /** Set when the draft was longer than MAX_DRAFT_CHARS: the offset where checking stopped. */
  truncatedAt?: number;
}

/** Drafts longer than this are checked only up to a line break before it: no
 * news draft comes near, and several checks cost more than linear time, so a
 * huge paste must not freeze the editor. */
export const MAX_DRAFT_CHARS = 500_000;

/** Where to stop checking an over-long draft: a line break, else a space, never inside a surrogate pair. */
function draftCut(text: string): number {
  const nl = text.lastIndexOf("\n", MAX_DRAFT_CHARS - 1);
  if (nl > MAX_DRAFT_CHARS / 2) return nl + 1;
  const sp = text.lastIndexOf(" ", MAX_DRAFT_CHARS - 1);
  if (sp > MAX_DRAFT_CHARS / 2) return sp + 1;
  const c = text.charCodeAt(MAX_DRAFT_CHARS - 1);
  return c >= 0xd800 && c <= 0xdbff ? MAX_DRAFT_CHARS - 1 : MAX_DRAFT_CHARS;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The bundled seed corpus: `corpus/` at the root of the repository or the packaged extension. */
export function defaultCorpusDir(from: string = __dirname): string | undefined {
  let dir = resolve(from);
  for (let i = 0; i < 5; i++) {
    const c = join(dir, "corpus");
    if (existsSync(c)) return c;
    dir = resolve(dir, "..");
  }
  return undefined;
}

export class Engine {
  readonly loadedAt = Date.now();
  /** How the corpus cache served the last load: "hit", "miss", "off" or "rebuilt: why". */
  cacheStatus = "off";
  constructor(
    readonly kb: Knowledge,
    readonly problems: CorpusProblem[] = [],
    readonly folders: string[] = [],
    readonly loadMs = 0,
  ) {}

  /** Loads a corpus; a large one is read from or written to the on-disk cache (`cache: false` to skip). */
  static async load(folders: string[], options: { cache?: CacheOptions | false } = {}): Promise<Engine> {
    const t0 = performance.now();
    const { articles, problems } = await readCorpusFolders(folders);
    const cache = options.cache === false ? { enabled: false } : options.cache;
    const got = await cachedKnowledge<Knowledge>(folders, articles, async () => new Knowledge(articles, await analyzeInParallel(articles)), (few) => new Knowledge(few), cache, articlePacker);
    got.value.index; // the sentence index (terms and frequencies), built now; its BM25 part is built on first use or by `warm()`
    const engine = new Engine(got.value, problems, folders, performance.now() - t0);
    engine.cacheStatus = got.reason ? `${got.status}: ${got.reason}` : got.status;
    return engine;
  }

  static fromArticles(articles: RawArticle[]): Engine {
    const t0 = performance.now();
    return new Engine(new Knowledge(articles), [], [], performance.now() - t0);
  }

  /** Runs the draft through the same analysis pipeline as the corpus. */
  analyze(text: string, kind: MarkupKind, session?: DraftSession): AnalyzedText {
    session?.sync(this.kb);
    const draftWords = session ? session.words(text) : lowercaseWords(text);
    return analyzeText(text, kind, this.kb.common.with(draftWords), { sentenceNames: session?.sentenceNames, sentenceMemo: session?.sentenceMemo });
  }

  /** Checks a draft; with a session (one per open document) only changed sentences are re-analysed and re-checked. */
  check(text: string, kind: MarkupKind, options: CheckOptions = {}, session?: DraftSession): CheckResult {
    const t0 = performance.now();
    const truncatedAt = text.length > MAX_DRAFT_CHARS ? draftCut(text) : undefined;
    if (truncatedAt !== undefined) text = text.slice(0, truncatedAt);
    const draft = this.analyze(text, kind, session);
    let findings: Finding[] = [];
    const ctx = { draft, kb: this.kb, common: this.kb.common.with(session ? session.words(draft.plain) : lowercaseWords(draft.plain)), prior: findings, accept: new Set(options.accept ?? []) };
    for (const check of CHECKS) {
      if (options.disabled?.[check.category]) continue;
      try {
        findings.push(...(session ? session.run(check, ctx) : check.run(ctx)));
      } catch (e) {
        // One broken rule must not take the others down.
        console.error(`factcheck: check ${check.id} failed: ${(e as Error).stack ?? e}`);
      }
    }
    if (options.severity) {
      findings = findings.map((f) => (options.severity?.[f.category] ? { ...f, severity: options.severity[f.category]! } : f));
    }
    findings = dedupe(withinQuotes(findings.filter((f) => f.span.start >= 0 && f.span.end <= text.length && f.span.start < f.span.end)));
    findings = applySuppressions(draft, findings);
    return { draft, findings, elapsedMs: performance.now() - t0, ...(truncatedAt !== undefined ? { truncatedAt } : {}) };
  }
}

/**
 * A figure inside a quotation the quote check finds altered is part of that quotation's wording: the quote
 * finding says it (with the corpus's words), so the figure is not marked a second time.
 */
function withinQuotes(findings: Finding[]): Finding[] {
  const quotes = findings.filter((f) => f.category === "quote" && f.code === "quote-mismatch");
  if (!quotes.length) return findings;
  return findings.filter((f) => f.category !== "number" || !quotes.some((q) => q.span.start <= f.span.start && f.span.end <= q.span.end));
}

/** Sorts findings and keeps one per category and span: the most severe. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || RANK[a.severity] - RANK[b.severity]);
  // Kept findings per category, so a clash is looked for among its own kind only.
  // Starts only grow, so a kept finding that ends before the current start can
  // never clash again: only the still-open ones (by position in `same`) are scanned.
  const kept = new Map<string, { same: Finding[]; open: number[] }>();
  for (const f of findings) {
    let k = kept.get(f.category);
    if (!k) kept.set(f.category, (k = { same: [], open: [] }));
    const { same, open } = k;
    let at = -1;
    let w = 0;
    for (const i of open) {
      const o = same[i];
      if (o.span.end <= f.span.start) continue; // closed for good
      open[w++] = i;
      if (at < 0 && o.span.start < f.span.end) at = i;
    }
    open.length = w;
    if (at < 0) {
      open.push(same.length);
      same.push(f);
    } else if (RANK[f.severity] < RANK[same[at].severity]) same[at] = f;
  }
  return [...kept.values()]
    .map((k) => k.same)
    .flat()
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || RANK[a.severity] - RANK[b.severity]);
}

