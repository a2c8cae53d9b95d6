// Elapsed time read from clock times: "The siren sounded at 5:02 a.m. A crew
// arrived twenty minutes later", where the corpus gives the same starting time
// and, a sentence or two on, the time the same thing happened ("A crew reached
// the depot at 5:17 a.m."): fifteen minutes, not twenty. General clock
// arithmetic; the corpus decides both times. For the number check.
import type { Knowledge } from "../knowledge/knowledge";
import type { Sentence } from "../text/sentences";
import type { Span } from "../types";
import { runValue } from "./aligned-numbers";
import { sentenceKeys } from "./claims";

/** "5:02 a.m.", "15:40", "11.20pm": a clock time. */
const CLOCK = /\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\b\.?)?/giu;
/** "twenty minutes later", "2 hours after", "forty minutes afterwards". */
const LATER = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(minutes?|hours?)\s+(?:later|after(?:wards)?)\b/giu;

export interface Elapsed {
  /** The draft's span ("twenty minutes later") and its amount in minutes. */
  span: Span;
  text: string;
  minutes: number;
  unit: "minute" | "hour";
  /** What the corpus's two clock times give. */
  corpusMinutes: number;
  /** The corpus sentence with the later time, and that time's span there. */
  article: number;
  sentence: number;
  at: Span;
  from: string;
  to: string;
}

/** Minutes after midnight of a clock time, or undefined for a time that is no clock time (a score, a ratio). */
function minutesOf(h: string, m: string, half: string | undefined): number | undefined {
  let hour = Number(h);
  const minute = Number(m);
  if (hour > 23 || minute > 59) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  }
  return hour * 60 + minute;
}

function clocks(text: string): Array<{ minutes: number; index: number; end: number; text: string }> {
  const out: Array<{ minutes: number; index: number; end: number; text: string }> = [];
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const v = minutesOf(m[1], m[2], m[3]);
    if (v !== undefined && (m[3] || m[0].includes(":"))) out.push({ minutes: v, index: m.index, end: m.index + m[0].length, text: m[0].trim() });
  }
  return out;
}

/** Per corpus, its clock times by minute of the day: where each stands (article, sentence, offset in it); built on first use. */
const clockMemo = new WeakMap<Knowledge, Map<number, Array<{ article: number; sentence: number; index: number; text: string }>>>();
function corpusClocks(kb: Knowledge): Map<number, Array<{ article: number; sentence: number; index: number; text: string }>> {
  let out = clockMemo.get(kb);
  if (!out) {
    out = new Map();
    for (const a of kb.articles) {
      a.sentences.forEach((cs, i) => {
        for (const c of clocks(cs.text)) {
          const list = out!.get(c.minutes);
          const at = { article: a.index, sentence: i, index: c.index, text: c.text };
          if (list) list.push(at);
          else out!.set(c.minutes, [at]);
        }
      });
    }
    clockMemo.set(kb, out);
  }
  return out;
}

/**
 * "N minutes later" in a draft sentence, after a clock time in it or in the sentence before, where a
 * corpus article gives the same clock time and, in that sentence or one of the next two, a later clock
 * time in a sentence that shares two words or more with the draft's; every such reading gives one
 * other elapsed time.
 */
export function elapsedTimes(kb: Knowledge, s: Sentence, before: Sentence | undefined): Elapsed[] {
  if (!/\b(?:later|after)/i.test(s.text)) return [];
  const out: Elapsed[] = [];
  LATER.lastIndex = 0;
  for (let m = LATER.exec(s.text); m; m = LATER.exec(s.text)) {
    const n = runValue([m[1]]);
    if (n === undefined) continue;
    const unit = /^hour/i.test(m[2]) ? "hour" : "minute";
    const minutes = n * (unit === "hour" ? 60 : 1);
    // Two clock times tell a span within one day: "50 hours after" runs over days the times do not show.
    if (minutes >= 24 * 60) continue;
    // The starting time: the last clock time before the phrase in its sentence, else in the sentence before.
    const own = clocks(s.text.slice(0, m.index));
    const start = own.length ? own[own.length - 1] : before ? clocks(before.text).pop() : undefined;
    if (!start) continue;
    const mine = new Set(sentenceKeys(s.text.slice(0, m.index) + " " + s.text.slice(m.index + m[0].length)));
    const readings: Array<Omit<Elapsed, "span" | "text" | "minutes" | "unit">> = [];
    const seen = new Set<string>();
    for (const first of corpusClocks(kb).get(start.minutes) ?? []) {
      // The first mention of the time in a sentence is the one read.
      if (seen.has(`${first.article}:${first.sentence}`)) continue;
      seen.add(`${first.article}:${first.sentence}`);
      const a = kb.articles[first.article];
      for (let k = first.sentence; k <= first.sentence + 2 && k < a.sentences.length; k++) {
        const later = a.sentences[k];
        const times = clocks(later.text).filter((c) => (k > first.sentence || c.index > first.index) && c.minutes > start.minutes);
        if (times.length !== 1) continue;
        const shared = sentenceKeys(later.text).filter((w) => mine.has(w)).length;
        if (shared < 2) continue;
        readings.push({ corpusMinutes: times[0].minutes - start.minutes, article: a.index, sentence: k, at: { start: later.start + times[0].index, end: later.start + times[0].end }, from: first.text, to: times[0].text });
        break;
      }
    }
    if (!readings.length || readings.some((r) => r.corpusMinutes !== readings[0].corpusMinutes) || readings[0].corpusMinutes === minutes) continue;
    out.push({ span: { start: s.start + m.index, end: s.start + m.index + m[0].length }, text: m[0], minutes, unit, ...readings[0] });
  }
  return out;
}
