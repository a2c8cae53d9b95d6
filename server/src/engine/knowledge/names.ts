// Who and what the corpus names, and how it spells them. Built from the name
// mentions the analysis pipeline finds in every article; no name is listed here.
import type { NameMention } from "../analysis/names";
import { skeleton, editDistance } from "./skeleton";
import { fold } from "../text/tokens";
import type { Article } from "./corpus";

export interface MentionRef {
  article: number;
  start: number;
  end: number;
}

/** One spelling of one name word ("Horodetskyy"), with where the corpus uses it. */
export interface NameForm {
  text: string;
  count: number;
  mentions: MentionRef[];
  /** Mentions that are not at the start of a sentence or in a headline. */
  midCount: number;
  /** The full names this word appears in, with counts ("Mykola Horodetskyy"). */
  inNames: Map<string, number>;
}

/** Spellings that are variants of one another, most used first. */
export interface NameGroup {
  key: string;
  forms: NameForm[];
  total: number;
}

/** A full name (all its words) with its mentions. */
export interface FullName {
  text: string;
  count: number;
  mentions: MentionRef[];
}

/**
 * One entity: every spelling of one multi-word name ("Mykola Horodetsky",
 * "Mykola Horodetsky"), plus the mentions of its surname alone when the
 * corpus has no other full name ending in that surname.
 */
export interface Entity {
  key: string;
  /** The spelling most mentions use. */
  canonical: string;
  /** Full-name spellings with their counts, most used first. */
  spellings: Array<{ text: string; count: number }>;
  /** Mentions of the full name and of the linked surname. */
  mentions: MentionRef[];
  /** Surname spellings linked to this entity. */
  surnames: string[];
}

const isAcronym = (w: string) => /^[\p{Lu}.]+$/u.test(w);
const nameKey = (text: string) => text.split(" ").map(skeleton).join(" ");

export class NameKnowledge {
  readonly forms = new Map<string, NameForm>();
  readonly groups = new Map<string, NameGroup>();
  readonly names = new Map<string, FullName>();
  private byLength = new Map<number, NameForm[]>();
  /** Letter masks of the forms in `byLength`, same order: a cheap filter before edit distance. */
  private masksByLength = new Map<number, number[]>();
  /** Lower-cased, diacritic-free spellings of the forms in `byLength`, same order. */
  private foldedByLength = new Map<number, string[]>();
  private nearMemo = new Map<string, Array<{ form: NameForm; distance: number }>>();
  /** Entities by key (skeletons of the full name's words). */
  readonly entities = new Map<string, Entity>();
  private bySurname = new Map<string, Entity[]>();

  constructor(articles: Article[]) {
    for (const a of articles) for (const m of a.names) this.add(a.index, m);
    const merged = this.mergeCapitals();
    for (const f of this.forms.values()) {
      if (merged.has(f)) continue;
      const key = skeleton(f.text);
      if (!key) continue;
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = { key, forms: [], total: 0 }));
      g.forms.push(f);
      g.total += f.count;
      const len = f.text.length;
      let bucket = this.byLength.get(len);
      if (!bucket) this.byLength.set(len, (bucket = []));
      bucket.push(f);
      let masks = this.masksByLength.get(len);
      if (!masks) this.masksByLength.set(len, (masks = []));
      const folded = fold(f.text);
      masks.push(letterMask(folded));
      let fl = this.foldedByLength.get(len);
      if (!fl) this.foldedByLength.set(len, (fl = []));
      fl.push(folded);
    }
    for (const g of this.groups.values()) g.forms.sort((a, b) => b.count - a.count || firstMention(a) - firstMention(b));
    this.buildEntities();
  }

  /**
   * A word set in capitals ("HARBOURTON" in a dateline) is the same spelling as
   * its mixed-case form ("Harbourton"): its mentions count for that form, and it
   * is no variant of its own. Returns the capitalised forms so merged.
   */
  private mergeCapitals(): Set<NameForm> {
    const merged = new Set<NameForm>();
    const byLower = new Map<string, NameForm>();
    for (const f of this.forms.values()) {
      if (isAcronym(f.text)) continue;
      const lower = f.text.toLowerCase();
      const had = byLower.get(lower);
      if (!had || f.count > had.count) byLower.set(lower, f);
    }
    for (const f of this.forms.values()) {
      if (f.text.length < 4 || !isAcronym(f.text)) continue;
      const twin = byLower.get(f.text.toLowerCase());
      if (!twin) continue;
      twin.count += f.count;
      twin.midCount += f.midCount;
      twin.mentions.push(...f.mentions);
      merged.add(f);
    }
    return merged;
  }

  private buildEntities(): void {
    for (const n of this.names.values()) {
      const words = n.text.split(" ");
      if (words.length < 2 || words.some(isAcronym)) continue;
      const key = nameKey(n.text);
      let e = this.entities.get(key);
      if (!e) this.entities.set(key, (e = { key, canonical: n.text, spellings: [], mentions: [], surnames: [] }));
      e.spellings.push({ text: n.text, count: n.count });
      e.mentions.push(...n.mentions);
    }
    for (const e of this.entities.values()) {
      e.spellings.sort((a, b) => b.count - a.count);
      e.canonical = e.spellings[0].text;
      const last = skeleton(e.canonical.split(" ").pop()!);
      const list = this.bySurname.get(last) ?? [];
      list.push(e);
      this.bySurname.set(last, list);
    }
    // A surname alone belongs to the one entity whose name ends with it.
    for (const n of this.names.values()) {
      if (n.text.includes(" ")) continue;
      const list = this.bySurname.get(skeleton(n.text));
      if (list?.length !== 1) continue;
      const e = list[0];
      // "China" alone far more often than in "… China": a name of its own, not a surname.
      const full = e.spellings.reduce((k, x) => k + x.count, 0);
      if (n.count > 5 * full) continue;
      e.mentions.push(...n.mentions);
      if (!e.surnames.includes(n.text)) e.surnames.push(n.text);
    }
  }

  /** The entity a name refers to: its full name, or a surname that only one full name ends with. */
  entityOf(text: string): Entity | undefined {
    if (text.includes(" ")) return this.entities.get(nameKey(text));
    const list = this.bySurname.get(skeleton(text));
    return list?.length === 1 ? list[0] : undefined;
  }

  private add(article: number, m: NameMention): void {
    const ref = { article, start: m.start, end: m.end };
    const full = this.names.get(m.text) ?? { text: m.text, count: 0, mentions: [] };
    full.count++;
    full.mentions.push(ref);
    this.names.set(m.text, full);
    for (const t of m.tokens) {
      if (t.text.length < 2) continue;
      let f = this.forms.get(t.text);
      if (!f) this.forms.set(t.text, (f = { text: t.text, count: 0, mentions: [], inNames: new Map(), midCount: 0 }));
      f.count++;
      if (!m.initial || m.tokens.length > 1) f.midCount++;
      f.mentions.push({ article, start: t.start, end: t.end });
      f.inNames.set(m.text, (f.inNames.get(m.text) ?? 0) + 1);
    }
  }

  groupOf(word: string): NameGroup | undefined {
    return this.groups.get(skeleton(word));
  }

  /** Corpus name words within `max` edits of `word`. */
  near(word: string, max: number): Array<{ form: NameForm; distance: number }> {
    const key = `${max}:${word}`;
    const memo = this.nearMemo.get(key);
    if (memo) return memo.slice();
    const out: Array<{ form: NameForm; distance: number }> = [];
    const lw = fold(word);
    const wm = letterMask(lw);
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.byLength.get(len) ?? [];
      const masks = this.masksByLength.get(len) ?? [];
      const folded = this.foldedByLength.get(len) ?? [];
      for (let k = 0; k < bucket.length; k++) {
        // Each edit changes at most two letters of the letter set.
        if (bitCount(wm ^ masks[k]) > 2 * max) continue;
        const f = bucket[k];
        if (isAcronym(f.text)) continue;
        const d = editDistance(lw, folded[k], max);
        if (d <= max) out.push({ form: f, distance: d });
      }
    }
    out.sort((a, b) => a.distance - b.distance || b.form.count - a.form.count);
    if (this.nearMemo.size >= 20000) this.nearMemo.clear();
    this.nearMemo.set(key, out);
    return out.slice();
  }

  /** How many distinct name words the corpus knows. */
  get size(): number {
    return this.names.size;
  }
}

/** One bit per letter (a–z; other characters share bits by code): equal words have equal masks. */
function letterMask(lower: string): number {
  let m = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    m |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return m;
}

function bitCount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function firstMention(f: NameForm): number {
  const m = f.mentions[0];
  return m ? m.article * 1e9 + m.start : Infinity;
}
