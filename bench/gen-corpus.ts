// A deterministic generator of news corpora and drafts for benchmarks. Every
// name, organisation, place, figure and quotation is invented from syllables
// and general-English phrase pools, so nothing here comes from a real corpus.
// The same seed always gives byte-identical files.
//
//   node out/bench/gen-corpus.js --articles 1000 --out DIR [--seed 7]
import { mkdirSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: small, fast, deterministic. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "th", "ch"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "ie"];
const CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "x", "m", "v", "sk", "ld", "tt"];
const ENDINGS = ["", "a", "o", "ia", "en", "er", "ov", "ez", "son", "berg", "ski", "elli", "ani", "ova", "ford", "wick"];

const FIRST_ENDINGS = ["", "a", "o", "ia", "en", "el", "ine", "us", "an", "ette"];

function word(rng: Rng, syllables: number, endings: readonly string[] = ENDINGS): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : "");
  w += rng.pick(endings);
  return w[0].toUpperCase() + w.slice(1);
}

const ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister", "Mayor", "Governor", "Senator", "spokesperson", "chief executive", "director", "secretary-general", "ambassador", "police chief", "professor", "economist", "analyst"];
const ORG_KINDS = ["Institute", "Council", "Agency", "Foundation", "Bank", "University", "Party", "Alliance", "Authority", "Group"];
const UNITS = ["people", "troops", "homes", "jobs", "schools", "vehicles", "families", "delegates", "nations", "companies", "workers", "patients"];
const MONEY = ["million dollars", "billion euros", "million pounds"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const EVENTS = ["summit", "meeting", "vote", "strike", "flood", "election", "trial", "conference", "ceasefire talks", "budget debate", "inquiry", "protest"];
const TOPICS = ["the new budget", "the water supply", "regional security", "the trade agreement", "public transport", "the housing plan", "energy prices", "the border crossing", "the harbour project", "school funding"];
const QUOTE_OPENERS = ["We will not", "Nobody expected", "This is the moment to", "Our priority is to", "It would be a mistake to", "We are ready to", "The people deserve to", "I cannot promise to", "There is no reason to", "We have agreed to"];
const QUOTE_VERBS = ["protect", "rebuild", "review", "support", "delay", "expand", "defend", "finance", "question", "reopen"];
const QUOTE_ENDS = ["before the winter", "without a clear plan", "as soon as possible", "for the next generation", "in the coming weeks", "at any cost", "with our partners", "until the report is published"];
const FILLER = [
  "Officials said the details would be published later in the week.",
  "The announcement followed several days of negotiations behind closed doors.",
  "Critics argued that the plan left too many questions unanswered.",
  "Residents gathered outside the building as the talks continued late into the evening.",
  "The proposal still needs the approval of the regional assembly.",
  "Observers noted that the tone of the discussion had changed since the spring.",
  "Several opposition members walked out before the final vote.",
  "The decision is expected to affect thousands of households across the region.",
  "Local newspapers described the mood as tense but hopeful.",
  "No timetable was given for the next round of talks.",
];

export interface Person {
  first: string;
  last: string;
  role: string;
  org: string;
}

export interface Story {
  id: number;
  place: string;
  event: string;
  topic: string;
  org: string;
  people: Person[];
  year: number;
  month: number;
  day: number;
  figures: Array<{ value: number; unit: string }>;
  quotes: Array<{ speaker: Person; text: string }>;
}

export interface World {
  people: Person[];
  orgs: string[];
  places: string[];
  stories: Story[];
}

function uniqueWords(rng: Rng, n: number, syl: [number, number], seen: Set<string>, endings?: readonly string[]): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const w = word(rng, rng.int(syl[0], syl[1]), endings);
    if (w.length < 4 || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

function weekday(y: number, m: number, d: number): string {
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

function quoteText(rng: Rng): string {
  return `${rng.pick(QUOTE_OPENERS)} ${rng.pick(QUOTE_VERBS)} ${rng.pick(TOPICS)} ${rng.pick(QUOTE_ENDS)}`;
}

/** A world of invented people, organisations, places and stories; `storyCount` stories. */
export function makeWorld(seed: number, storyCount: number): World {
  const rng = new Rng(seed);
  const seen = new Set<string>();
  const nPeople = Math.max(40, storyCount * 3);
  const firsts = uniqueWords(rng, Math.max(30, Math.ceil(nPeople / 6)), [1, 2], seen, FIRST_ENDINGS);
  const lasts = uniqueWords(rng, nPeople, [1, 2], seen);
  const places = uniqueWords(rng, Math.max(20, Math.ceil(storyCount / 3)), [1, 2], seen);
  const orgs = uniqueWords(rng, Math.max(15, Math.ceil(storyCount / 4)), [1, 2], seen).map((w) => `${w} ${rng.pick(ORG_KINDS)}`);
  const people: Person[] = lasts.map((last) => ({ first: rng.pick(firsts), last, role: rng.pick(ROLES), org: rng.pick(orgs) }));
  const stories: Story[] = [];
  for (let i = 0; i < storyCount; i++) {
    const cast: Person[] = [];
    const size = rng.int(3, 6);
    while (cast.length < size) {
      // A few well-known people recur across many stories.
      const p = rng.chance(0.25) ? people[rng.int(0, Math.min(29, people.length - 1))] : rng.pick(people);
      if (!cast.includes(p)) cast.push(p);
    }
    const year = rng.int(2015, 2025);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const figures = Array.from({ length: rng.int(3, 5) }, () => ({ value: rng.chance(0.3) ? rng.int(2, 99) : rng.int(100, 90000), unit: rng.chance(0.15) ? rng.pick(MONEY) : rng.pick(UNITS) }));
    const quotes = Array.from({ length: rng.int(2, 4) }, () => ({ speaker: rng.pick(cast), text: quoteText(rng) }));
    stories.push({ id: i, place: rng.pick(places), event: rng.pick(EVENTS), topic: rng.pick(TOPICS), org: rng.pick(orgs), people: cast, year, month, day, figures, quotes });
  }
  return { people, orgs, places, stories };
}

const fmtNum = (n: number) => n.toLocaleString("en-US");
const dateText = (s: Story) => `${weekday(s.year, s.month, s.day)}, ${MONTHS[s.month - 1]} ${s.day}`;

/** One sentence about a story; `err` plants a plausible mistake. */
function sentence(rng: Rng, s: Story, err = false): string {
  const p = rng.pick(s.people);
  const name = err && rng.chance(0.3) ? `${p.first} ${misspell(rng, p.last)}` : `${p.first} ${p.last}`;
  const fig = rng.pick(s.figures);
  const value = err && rng.chance(0.5) ? fig.value + rng.int(1, 9) * (fig.value > 100 ? 100 : 1) : fig.value;
  const q = rng.pick(s.quotes);
  const day = err && rng.chance(0.3) ? ((s.day % 27) + 1) : s.day;
  switch (rng.int(0, 11)) {
    case 0:
      return `${p.role[0].toUpperCase() + p.role.slice(1)} ${name} said on ${weekday(s.year, s.month, day)} that the ${s.event} in ${s.place} would go ahead.`;
    case 1:
      return `More than ${fmtNum(value)} ${fig.unit} were affected, according to the ${s.org}.`;
    case 2:
      return `"${q.text}," ${q.speaker.first} ${q.speaker.last} told reporters in ${s.place}.`;
    case 3:
      return `The ${s.event} took place on ${MONTHS[s.month - 1]} ${day}, ${s.year}, in ${s.place}.`;
    case 4:
      return `${name}, the ${p.role.toLowerCase()} of the ${p.org}, called for a review of ${s.topic}.`;
    case 5:
      return `About ${fmtNum(value)} ${fig.unit} took part, a figure the ${s.org} later confirmed.`;
    case 6:
      return `According to ${name}, ${Math.min(99, fig.value % 100)} percent of the ${fig.unit} supported the plan.`;
    case 7:
      return `${q.speaker.last} added: "${q.text}."`;
    case 8:
      return `The ${s.org} said ${s.topic} would be discussed again in ${MONTHS[(s.month % 12)]}.`;
    case 9:
      return `${name} met ${rng.pick(s.people).first} ${rng.pick(s.people).last} in ${s.place} on ${dateText(s)}.`;
    case 10:
      return `In ${s.year}, the ${s.org} had spent ${fmtNum(value)} ${rng.pick(MONEY)} on ${s.topic}.`;
    default:
      return rng.pick(FILLER);
  }
}

function misspell(rng: Rng, w: string): string {
  const i = rng.int(1, w.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      return w.slice(0, i) + w.slice(i + 1);
    case 1:
      return w.slice(0, i) + w[i] + w.slice(i);
    default:
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
}

function paragraphs(rng: Rng, s: Story, words: number, errRate: number): string[] {
  const out: string[] = [];
  let n = 0;
  let para: string[] = [];
  while (n < words) {
    const t = sentence(rng, s, rng.chance(errRate));
    para.push(t);
    n += t.split(/\s+/).length;
    if (para.length >= rng.int(2, 5)) {
      out.push(para.join(" "));
      para = [];
    }
  }
  if (para.length) out.push(para.join(" "));
  return out;
}

/** The text of article `k`: several articles tell each story, in Markdown or plain text. */
export function article(world: World, seed: number, k: number): { name: string; text: string } {
  const rng = new Rng(seed * 7919 + k * 104729 + 1);
  const s = world.stories[k % world.stories.length];
  const title = `${s.place} ${s.event}: ${s.org} weighs ${s.topic}`;
  const body = paragraphs(rng, s, rng.int(350, 900), 0);
  const date = `${s.day} ${MONTHS[s.month - 1]} ${s.year}`;
  const id = `${String(k).padStart(6, "0")}_${(s.id * 2654435761 >>> 0).toString(16).padStart(8, "0")}`;
  if (k % 3 === 0) {
    const text = ["---", `title: "${title}"`, `date: ${s.year}-${String(s.month).padStart(2, "0")}-${String(s.day).padStart(2, "0")}`, `outlet: ${world.orgs[k % world.orgs.length].split(" ")[0]} News`, "---", "", `# ${title}`, "", ...body.flatMap((p) => [p, ""])].join("\n");
    return { name: `${id}.md`, text };
  }
  return { name: `${id}.txt`, text: [title, "", date, "", ...body].join("\n") + "\n" };
}

/** Writes `count` articles to `dir` (skipped when the folder already holds them all). */
export function writeCorpus(dir: string, count: number, seed = 7): string {
  const world = makeWorld(seed, Math.max(1, Math.ceil(count / 5)));
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < count; k++) {
    const a = article(world, seed, k);
    writeFileSync(join(dir, a.name), a.text);
  }
  return dir;
}

/** A Markdown draft of about `words` words about the stories of a generated corpus, with planted mistakes. */
export function draft(count: number, words: number, seed = 7, variant = 1): string {
  const world = makeWorld(seed, Math.max(1, Math.ceil(count / 5)));
  const rng = new Rng(seed * 31 + words + variant * 1009);
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const s = world.stories[rng.int(0, world.stories.length - 1)];
    const heading = `## ${s.place} ${s.event}`;
    const paras = paragraphs(rng, s, Math.min(words - n, rng.int(150, 400)), 0.15);
    out.push(heading, "", ...paras.flatMap((p) => [p, ""]));
    n += paras.join(" ").split(/\s+/).length + 2;
  }
  return `# Weekly briefing\n\n${out.join("\n")}`;
}

/** Builds a draft of a given size for the seed corpus: general sentences that mention no corpus fact. */
export function genericDraft(words: number, seed = 3): string {
  const world = makeWorld(seed, 50);
  const rng = new Rng(seed);
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const s = rng.pick(world.stories);
    const p = paragraphs(rng, s, 120, 0.1);
    paras.push(...p);
    n += p.join(" ").split(/\s+/).length;
  }
  return `# Draft\n\n${paras.join("\n\n")}\n`;
}

function main(argv: string[]): void {
  const get = (k: string, d: string) => {
    const i = argv.indexOf(k);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : d;
  };
  const count = Number(get("--articles", "1000"));
  const out = get("--out", "");
  const seed = Number(get("--seed", "7"));
  if (!out || !Number.isFinite(count)) {
    console.error("usage: gen-corpus --articles N --out DIR [--seed S] [--draft WORDS]");
    process.exit(2);
  }
  writeCorpus(out, count, seed);
  const words = Number(get("--draft", "0"));
  if (words > 0) writeFileSync(join(out, "..", `draft-${count}-${words}.md`), draft(count, words, seed));
  console.log(`${count} articles in ${out}`);
}

if (require.main === module && /gen-corpus\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) main(process.argv.slice(2));
