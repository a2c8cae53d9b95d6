// Incremental checking of one open document. A DraftSession remembers, per
// sentence text, what the sentence-local steps found last time: the names,
// dates, figures and roles the analysis found in it (a later step keyed also
// on the memo entries of the earlier ones), and the findings of every check
// whose scope is "sentence" (keyed also on the sentence's own mentions and,
// for a check that reads earlier findings, on the findings on that sentence).
// After an edit only sentences whose text is new (or whose answers depend on
// an ordinary-word test that now answers differently) are analysed and
// checked again; the rest is copied with its offsets moved. Everything
// whole-document (markup, sentence splitting, quotes, the document-scope
// checks) still runs on the whole draft, so the result equals a full check. Nothing here
// touches the corpus: the knowledge is only read.
import { lowercaseWords, sentenceBefore, type SentenceMemo } from "./analysis/analyze";
import { namesInSentence, type NameContext, type NameMention } from "./analysis/names";
import type { Check, CheckContext } from "./checks/check";
import { CommonWords } from "./knowledge/corpus";
import type { Knowledge } from "./knowledge/knowledge";
import { overlapsBySentence, type Sentence } from "./text/sentences";
import type { Finding } from "./types";

/** What a check that reads the sentence before sees of it: its kind, text and names. */
function previousKey(draft: CheckContext["draft"], s: Sentence): string {
  const before = sentenceBefore(draft, s.index);
  return before ? `${before.sentence.kind}\u0002${before.sentence.text}\u0002${before.names.map((n) => `${n.start - before.sentence.start}:${n.text}`).join("\u0003")}` : "";
}

interface Memo<T> {
  /** Values with offsets relative to the sentence start. */
  value: T;
  /** Unique per computation: equal ids mean equal values. */
  id: number;
  /** The ordinary-word tests made while computing it, with their answers. */
  queries: Map<string, boolean>;
  /** The generation of the word view these answers were last found true in (`DraftSession.valid`). */
  seen: number;
}

export interface SessionStats {
  /** Sentences whose names were found afresh / copied from the memo. */
  analysed: number;
  reused: number;
  /** Sentences a sentence-scope check ran on / whose findings were copied. */
  checked: number;
  checkReused: number;
}

const MAX_ENTRIES = 50_000;
/** Memo entries kept per sentence key and sentence before (one sentence written several times after different ones). */
const MAX_VARIANTS = 64;

/** A deep copy with every numeric `start`/`end` moved by `delta` and `sentence` set (plain objects and arrays only). */
function shifted<T>(v: T, delta: number, sentence?: number): T {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = shifted(v[i], delta, sentence);
    return out as T;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  const out: Record<string, unknown> = {};
  const src = v as Record<string, unknown>;
  for (const k in src) {
    const x = src[k];
    if (typeof x === "number") out[k] = k === "start" || k === "end" ? x + delta : k === "sentence" && sentence !== undefined ? sentence : x;
    else out[k] = typeof x === "object" && x !== null ? shifted(x, delta, sentence) : x;
  }
  return out as T;
}

/** A finding moved by `delta`: its span and its replacement spans (evidence stays: it points into articles). */
function shiftFinding(f: Finding, delta: number): Finding {
  const out: Finding = { ...f, span: { start: f.span.start + delta, end: f.span.end + delta } };
  if (f.replacements) out.replacements = f.replacements.map((r) => ({ ...r, span: { start: r.span.start + delta, end: r.span.end + delta } }));
  return out;
}

function still(queries: Map<string, boolean>, ctx: NameContext): boolean {
  for (const [w, answer] of queries) if (ctx.isCommon(w) !== answer) return false;
  return true;
}

/** A view of `ctx` that notes every question asked of it. */
function recording<C extends NameContext>(ctx: C, queries: Map<string, boolean>): C {
  const rec = Object.create(ctx) as C;
  rec.isCommon = (w: string) => {
    const r = ctx.isCommon(w);
    queries.set(w, r);
    return r;
  };
  return rec;
}

export class DraftSession {
  readonly stats: SessionStats = { analysed: 0, reused: 0, checked: 0, checkReused: 0 };
  private kb?: Knowledge;
  private accept = "";
  private names = new Map<number, Memo<NameMention[]>>();
  /**
   * Per key, the findings computed for it: one that did not read the sentence before, or one per sentence before
   * it was computed after (one sentence written several times may follow different sentences).
   */
  private findings = new Map<string, { any?: Memo<Finding[]>; byPrevious?: Map<string, Memo<Finding[]>> }>();
  private lineWords = new Map<string, string[]>();
  private steps = new Map<string, Memo<unknown[]>>();
  /** Per analysed draft, the key of each sentence's own mentions (shared by every check of one run). */
  private mentionKeys = new WeakMap<object, number[]>();
  /**
   * Long keys (a sentence's kind and text; that with its mentions) stand as small numbers in the memo keys, so each
   * long string is hashed once per sentence and analysis, not once per step and check.
   */
  private interned = new Map<string, number>();
  private textIds = new WeakMap<Sentence, number>();
  /**
   * Per sentence of the current analysis, the memo entry each sentence-local step used, by step ("names", "dates", …),
   * and the same as one short string ("names:12,dates:40,"), part of the next step's key.
   */
  private used = new WeakMap<Sentence, { steps: Record<string, number>; chain: string }>();
  /** Per analysed draft, what every sentence-scope check of one run shares: the mention lists, each sentence's mentions, the keys of the sentences before. */
  private perDraft = new WeakMap<object, { lists: Array<[string, Array<{ sentence: number }>]>; bySentence?: Map<number, Record<string, unknown[]>>; previous: Array<string | undefined> }>();
  private nextId = 1;
  /** Word views (one per analysis and one per check run of each edit) by generation: the last few only. */
  private views = new WeakMap<NameContext, number>();
  private recent: Array<{ gen: number; ctx: NameContext }> = [];
  /** For the word view `changesFor`, the words that changed since each earlier view (by generation). */
  private changesFor = -1;
  private changes = new Map<number, Set<string> | undefined>();

  /** Forgets everything when the corpus knowledge is another one. */
  sync(kb: Knowledge): void {
    if (this.kb === kb) return;
    this.kb = kb;
    this.clear();
  }

  clear(): void {
    this.names.clear();
    this.interned.clear();
    this.findings.clear();
    this.lineWords.clear();
    this.steps.clear();
  }

  resetStats(): void {
    Object.assign(this.stats, { analysed: 0, reused: 0, checked: 0, checkReused: 0 });
  }

  /** Same as `lowercaseWords(text)`, from per-line memos (a word never spans a line). */
  words(text: string): Set<string> {
    if (this.lineWords.size > MAX_ENTRIES) this.lineWords.clear();
    const out = new Set<string>();
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (!line) continue;
      let ws = this.lineWords.get(line);
      if (!ws) this.lineWords.set(line, (ws = [...lowercaseWords(line)]));
      for (const w of ws) out.add(w);
    }
    return out;
  }

  /** Names of one sentence, from the memo when its text and its word tests are unchanged. */
  readonly sentenceNames = (s: Sentence, ctx: NameContext): NameMention[] => {
    const key = this.textId(s);
    const m = this.names.get(key);
    if (m && this.valid(m, ctx)) {
      this.stats.reused++;
      this.note(s, "names", m.id);
      return shifted(m.value, s.start, s.index);
    }
    this.stats.analysed++;
    const queries = new Map<string, boolean>();
    const found = namesInSentence(s, recording(ctx, queries));
    if (this.names.size > MAX_ENTRIES) this.names.clear();
    const id = this.nextId++;
    this.names.set(key, { value: shifted(found, -s.start), queries, id, seen: this.generation(ctx) });
    this.note(s, "names", id);
    return found;
  };

  /** One sentence-local extractor step (dates, figures), from the memo when the sentence's text and word tests are unchanged. */
  readonly sentenceMemo: SentenceMemo = <T>(step: string, s: Sentence, ctx: NameContext, compute: (ctx: NameContext) => T[]): T[] => {
    // What the steps before found in the sentence (its names, …) may feed this one: their memo entries are part of the key.
    const key = `${step}\u0001${this.textId(s)}\u0001${this.used.get(s)?.chain ?? ""}`;
    const m = this.steps.get(key) as Memo<T[]> | undefined;
    if (m && this.valid(m, ctx)) {
      this.note(s, step, m.id);
      return shifted(m.value, s.start, s.index);
    }
    const queries = new Map<string, boolean>();
    const found = compute(recording(ctx, queries));
    if (this.steps.size > MAX_ENTRIES) this.steps.clear();
    const id = this.nextId++;
    this.steps.set(key, { value: shifted(found, -s.start), queries, id, seen: this.generation(ctx) });
    this.note(s, step, id);
    return found;
  };

  /** The generation of a word view: a number per view object, the same each time it is asked. */
  private generation(ctx: NameContext): number {
    let gen = this.views.get(ctx);
    if (gen === undefined) {
      this.views.set(ctx, (gen = this.nextId++));
      this.recent.push({ gen, ctx });
      if (this.recent.length > 6) this.recent.shift();
    }
    return gen;
  }

  /**
   * Whether a memo's word tests still answer the same in `ctx`. One edit changes few of the draft's words: when
   * the view the memo was last found valid in is one of the last few, only tests of words that differ between
   * the two views are asked again.
   */
  private valid(m: Memo<unknown>, ctx: NameContext): boolean {
    const gen = this.generation(ctx);
    if (m.seen === gen) return true;
    const before = this.recent.find((r) => r.gen === m.seen)?.ctx;
    let changed: Set<string> | undefined;
    if (before && ctx instanceof CommonWords) {
      if (this.changesFor !== gen) (this.changesFor = gen), this.changes.clear();
      if (this.changes.has(m.seen)) changed = this.changes.get(m.seen);
      else this.changes.set(m.seen, (changed = ctx.changedSince(before)));
    }
    let ok: boolean;
    if (!changed) ok = still(m.queries, ctx);
    else {
      let touched = false;
      if (changed.size < m.queries.size) {
        for (const w of changed) if (m.queries.has(w)) touched = true;
      } else for (const w of m.queries.keys()) if (changed.has(w)) touched = true;
      ok = !touched || still(m.queries, ctx);
    }
    if (ok) m.seen = gen;
    return ok;
  }

  /** A number standing for a long key, the same for equal keys until the session is cleared. */
  private intern(key: string): number {
    let id = this.interned.get(key);
    if (id === undefined) {
      if (this.interned.size > 4 * MAX_ENTRIES) this.clear();
      this.interned.set(key, (id = this.nextId++));
    }
    return id;
  }

  /** The number standing for a sentence's kind and text. */
  private textId(s: Sentence): number {
    let id = this.textIds.get(s);
    if (id === undefined) this.textIds.set(s, (id = this.intern(`${s.kind}\u0001${s.text}`)));
    return id;
  }

  private note(s: Sentence, step: string, id: number): void {
    let rec = this.used.get(s);
    if (!rec) this.used.set(s, (rec = { steps: {}, chain: "" }));
    rec.steps[step] = id;
    rec.chain += `${step}:${id},`;
  }

  /** The sentence's kind and text and its own mentions of every list, sentence-relative, as a number. */
  private mentionKey(draft: object, s: Sentence, own: Record<string, unknown[]>): number {
    let keys = this.mentionKeys.get(draft);
    if (!keys) this.mentionKeys.set(draft, (keys = []));
    let k = keys[s.index];
    if (k === undefined) {
      // A list a memo step produced is named by the memo entry's id (the sentence's chain); any other list is written out.
      const used = this.used.get(s);
      const rel: Record<string, unknown> = {};
      for (const name of Object.keys(own).sort()) if (used?.steps[name] === undefined) rel[name] = shifted(own[name], -s.start, 0);
      keys[s.index] = k = this.intern(`${this.textId(s)}\u0001${used?.chain ?? ""}\u0001${JSON.stringify(rel)}`);
    }
    return k;
  }

  /** What the sentence-scope checks of one run over `draft` share. */
  private shared(draft: CheckContext["draft"]) {
    let got = this.perDraft.get(draft);
    if (!got) {
      // Per sentence, the mentions of every list of the draft (names, dates, …).
      const lists = Object.entries(draft).filter(
        ([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === "object" && v[0] !== null && typeof (v[0] as { sentence?: unknown }).sentence === "number",
      ) as Array<[string, Array<{ sentence: number }>]>;
      this.perDraft.set(draft, (got = { lists, previous: [] }));
    }
    return got;
  }

  /** Runs one check; a sentence-scope check only on sentences it has not seen with the same answers. */
  run(check: Check, ctx: CheckContext): Finding[] {
    if (check.scope !== "sentence") return check.run(ctx);
    const accept = [...ctx.accept].sort().join("\u0001");
    if (accept !== this.accept) {
      this.accept = accept;
      this.findings.clear();
    }
    const draft = ctx.draft;
    const shared = this.shared(draft);
    const lists = shared.lists;
    const mentionsOf = (i: number): Record<string, unknown[]> => {
      if (!shared.bySentence) {
        const bySentence = (shared.bySentence = new Map());
        for (const [k, list] of lists) {
          for (const x of list) {
            let rec = bySentence.get(x.sentence);
            if (!rec) bySentence.set(x.sentence, (rec = {}));
            (rec[k] ??= []).push(x);
          }
        }
      }
      return shared.bySentence.get(i) ?? {};
    };
    const previous = (s: Sentence): string => (shared.previous[s.index] ??= previousKey(draft, s));
    // Earlier findings per sentence (in their order), for a check that reads them.
    const priorOf = check.readsPrior ? overlapsBySentence(draft.sentences, ctx.prior) : undefined;
    const out: Finding[] = [];
    for (const s of draft.sentences) {
      // A check that reads earlier findings sees those on its sentence: they are part of the key.
      const prior = priorOf?.[s.index] ?? [];
      const own = mentionsOf(s.index);
      // The sentence's own mentions (names, dates, figures, …, sentence-relative) are part of the key:
      // an analysis answer that changed with a word elsewhere redoes the check.
      const key =
        `${check.id}\u0001${this.mentionKey(draft, s, own)}` +
        (check.readsPrior ? `\u0001${JSON.stringify(prior.map((f) => [f.category, f.code, f.span.start - s.start, f.span.end - s.start]))}` : "");
      const entry = this.findings.get(key);
      // A check that read the sentence before (`sentenceBefore`) is redone when that sentence changed.
      let prevKey: string | undefined;
      const m = entry?.any ?? (entry?.byPrevious ? entry.byPrevious.get((prevKey = previous(s))) : undefined);
      if (m && this.valid(m, ctx.common)) {
        this.stats.checkReused++;
        for (const f of m.value) out.push(shiftFinding(f, s.start));
        continue;
      }
      this.stats.checked++;
      // The whole draft's sentences and names stay in reach for the rules that read the sentence before; reading them is noted.
      let readBefore = false;
      const neighbours = {
        get sentences() {
          readBefore = true;
          return draft.sentences;
        },
        get names() {
          readBefore = true;
          return draft.names;
        },
      };
      const sub = { ...draft, sentences: [s], neighbours } as Record<string, unknown>;
      for (const [k] of lists) sub[k] = own[k] ?? [];
      const queries = new Map<string, boolean>();
      const found = check.run({ ...ctx, draft: sub as unknown as CheckContext["draft"], common: recording(ctx.common, queries), prior });
      if (this.findings.size > MAX_ENTRIES) this.findings.clear();
      const memo: Memo<Finding[]> = { value: found.map((f) => shiftFinding(f, -s.start)), queries, id: this.nextId++, seen: this.generation(ctx.common) };
      if (!readBefore) this.findings.set(key, { any: memo });
      else {
        // Findings that read the sentence before are kept per sentence before, a few per key.
        const byPrevious = entry?.byPrevious ?? new Map<string, Memo<Finding[]>>();
        if (byPrevious.size >= MAX_VARIANTS) byPrevious.delete(byPrevious.keys().next().value as string);
        byPrevious.set((prevKey ??= previous(s)), memo);
        this.findings.set(key, { byPrevious });
      }
      out.push(...found);
    }
    return out;
  }
}
