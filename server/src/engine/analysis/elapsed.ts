// Elapsed time read from clock times: "The alarm sounded at 3:14 a.m. A patrol
// arrived eleven minutes later", where the corpus gives the same starting time
// and, a sentence or two on, the time the same thing happened ("A patrol
// reached the museum at 3:23 a.m."): nine minutes, not eleven. General clock
// arithmetic; the corpus decides both times. For the number check.
import type { Knowledge } from "../knowledge/knowledge";
import { NUMBER_WORDS } from "../text/lexicon";
import type { Sentence } from "../text/sentences";
import type { Span } from "../types";
import { sentenceKeys } from "./claims";

/** "3:14 a.m.", "15:40", "11.20pm": a clock time. */
const CLOCK = /\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\b\.?)?/giu;
/** "eleven minutes later", "2 hours after", "forty minutes afterwards". */
const LATER = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(minutes?|hours?)\s+(?:later|after(?:wards)?)\b/giu;

export interface Elapsed {
  /** The draft's span ("eleven minutes later") and its amount in minutes. */
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

function amount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const parts = word.toLowerCase().split("-");
  return parts.every((p) => p in NUMBER_WORDS && p !== "a" && p !== "an" && p !== "half") ? parts.reduce((s, p) => s + NUMBER_WORDS[p], 0) : undefined;
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
    const n = amount(m[1]);
    if (n === undefined) continue;
    const unit = /^hour/i.test(m[2]) ? "hour" : "minute";
    const minutes = n * (unit === "hour" ? 60 : 1);
    // The starting time: the last clock time before the phrase in its sentence, else in the sentence before.
    const own = clocks(s.text.slice(0, m.index));
    const start = own.length ? own[own.length - 1] : before ? clocks(before.text).pop() : undefined;
    if (!start) continue;
    const mine = new Set(sentenceKeys(s.text.slice(0, m.index) + " " + s.text.slice(m.index + m[0].length)));
    const readings: Array<Omit<Elapsed, "span" | "text" | "minutes" | "unit">> = [];
    for (const a of kb.articles) {
      if (!a.text.includes(start.text.split(/\s/)[0])) continue;
      a.sentences.forEach((cs, i) => {
        const first = clocks(cs.text).find((c) => c.minutes === start.minutes);
        if (!first) return;
        for (let k = i; k <= i + 2 && k < a.sentences.length; k++) {
          const later = a.sentences[k];
          const times = clocks(later.text).filter((c) => (k > i || c.index > first.index) && c.minutes > start.minutes);
          if (times.length !== 1) continue;
          const shared = sentenceKeys(later.text).filter((w) => mine.has(w)).length;
          if (shared < 2) continue;
          readings.push({ corpusMinutes: times[0].minutes - start.minutes, article: a.index, sentence: k, at: { start: later.start + times[0].index, end: later.start + times[0].end }, from: first.text, to: times[0].text });
          break;
        }
      });
    }
    if (!readings.length || readings.some((r) => r.corpusMinutes !== readings[0].corpusMinutes) || readings[0].corpusMinutes === minutes) continue;
    out.push({ span: { start: s.start + m.index, end: s.start + m.index + m[0].length }, text: m[0], minutes, unit, ...readings[0] });
  }
  return out;
}
