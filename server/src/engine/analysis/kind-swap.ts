// Kind swaps: a thing of one closed class of general English (vehicles,
// weapons, carriers) named where the corpus passage the claim restates names
// another of the same class ("escaped on two scooters" where the corpus
// says "fled in a grey van"). For analysis/claims.ts.
import type { Knowledge } from "../knowledge/knowledge";
import type { IndexedSentence } from "../knowledge/index";
import type { Claim, ClaimTerm } from "./claims";
import { clip, type FrameFinding } from "./frames";

/** Members of each class, one per line; words on one line after "=" name the same kind ("motorbike=motorcycle"). */
const CLASSES: ReadonlyArray<readonly string[]> = [
  ["car", "van", "lorry=truck", "motorbike=motorcycle", "scooter", "bicycle=cycle", "bus", "coach", "taxi=cab", "train", "tram", "boat", "ferry", "helicopter", "plane=aeroplane=airplane=aircraft=jet", "ambulance", "tractor"],
  ["knife", "gun=firearm", "rifle", "pistol=handgun", "shotgun", "axe", "hammer", "crowbar", "machete", "sword"],
  ["bag", "box", "suitcase", "holdall", "rucksack=backpack", "sack", "crate", "case", "trolley", "envelope"],
];

interface Kind {
  cls: number;
  kind: string;
}

let byWord: Map<string, Kind> | undefined;
function kindOf(word: string): Kind | undefined {
  if (!byWord) {
    byWord = new Map();
    CLASSES.forEach((members, cls) => {
      for (const m of members) {
        const names = m.split("=");
        for (const n of names) byWord!.set(n, { cls, kind: names[0] });
      }
    });
  }
  const w = word.toLowerCase().replace(/['’]s$/u, "");
  return byWord.get(w) ?? (/(?:ch|sh|x|s)es$/u.test(w) ? byWord.get(w.slice(0, -2)) : undefined) ?? (w.endsWith("s") ? byWord.get(w.slice(0, -1)) : undefined);
}

/** The kinds a sentence names, with the words that name them. */
function kindsIn(text: string): Array<Kind & { word: string }> {
  const out: Array<Kind & { word: string }> = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const k = kindOf(m[0]);
    if (k) out.push({ ...k, word: m[0] });
  }
  return out;
}

/**
 * A term of the claim that no cover sentence holds, naming a kind of a closed
 * class, where a sentence of the passage the claim restates (the cover and the
 * sentences next to it) names another kind of the same class and not the
 * draft's, and no sentence of the passage names the draft's kind at all.
 */
export function kindSwap(kb: Knowledge, claim: Claim, missing: readonly ClaimTerm[], cover: readonly IndexedSentence[]): FrameFinding | undefined {
  const passage = kb.index.passage(cover);
  const text = (s: IndexedSentence) => kb.articles[s.article].sentences[s.sentence].text;
  // The kinds each passage sentence names, read once for all the claim's terms.
  const kinds = new Map(passage.map((s) => [s, kindsIn(text(s))]));
  for (const t of missing) {
    if (t.name || t.quoted) continue;
    const mine = kindOf(t.text);
    if (!mine) continue;
    // The draft's kind anywhere in the passage: nothing swapped.
    if (passage.some((s) => kinds.get(s)!.some((k) => k.kind === mine.kind))) continue;
    // The same class, another kind, in a cover sentence first, else next to one.
    for (const s of [...cover, ...passage.filter((p) => !cover.includes(p))]) {
      const other = kinds.get(s)!.find((k) => k.cls === mine.cls && k.kind !== mine.kind);
      if (!other) continue;
      return {
        verdict: "changed",
        severity: "information",
        reason: `the corpus has "${other.word}" here, not "${t.text}" ("${clip(text(s), 100)}")`,
        focus: { start: t.start, end: t.end },
        evidence: s,
      };
    }
  }
  return undefined;
}
