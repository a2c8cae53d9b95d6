// Who and what the corpus names, and how it spells them. Built from the name
// mentions the analysis pipeline finds in every article; no name is listed here.
import type { NameMention } from "../analysis/names";
import { skeleton, editDistance } from "./skeleton";
import type { Article } from "./corpus";

export interface MentionRef {
  article: number;
  start: number;
  end: number;
}

/** One spelling of one name word ("Zelenskyy"), with where the corpus uses it. */
export interface NameForm {
  text: string;
  count: number;
  mentions: MentionRef[];
  /** Mentions that are not at the start of a sentence or in a headline. */
  midCount: number;
  /** The full names this word appears in, with counts ("Volodymyr Zelenskyy"). */
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

const isAcronym = (w: string) => /^[\p{Lu}.]+$/u.test(w);

export class NameKnowledge {
  readonly forms = new Map<string, NameForm>();
  readonly groups = new Map<string, NameGroup>();
  readonly names = new Map<string, FullName>();
  private byLength = new Map<number, NameForm[]>();
  /** Letter masks of the forms in `byLength`, same order: a cheap filter before edit distance. */
  private masksByLength = new Map<number, number[]>();
  private nearMemo = new Map<string, Array<{ form: NameForm; distance: number }>>();

  constructor(articles: Article[]) {
    for (const a of articles) for (const m of a.names) this.add(a.index, m);
    for (const f of this.forms.values()) {
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
      masks.push(letterMask(f.text.toLowerCase()));
    }
    for (const g of this.groups.values()) g.forms.sort((a, b) => b.count - a.count || firstMention(a) - firstMention(b));
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
    const lw = word.toLowerCase();
    const wm = letterMask(lw);
    for (let len = word.length - max; len <= word.length + max; len++) {
      const bucket = this.byLength.get(len) ?? [];
      const masks = this.masksByLength.get(len) ?? [];
      for (let k = 0; k < bucket.length; k++) {
        // Each edit changes at most two letters of the letter set.
        if (bitCount(wm ^ masks[k]) > 2 * max) continue;
        const f = bucket[k];
        if (isAcronym(f.text)) continue;
        const d = editDistance(lw, f.text.toLowerCase(), max);
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
