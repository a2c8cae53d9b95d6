// Spelling keys that make transliteration variants of one name meet:
// Horodetsky / Horodetskyy / Horodetskyi / Horodetskiy, Sergei / Sergey,
// Mykyta / Mikita, Gülşen / Gulsen, Vessel / Vessel's.
import { fold, stripPossessive } from "../text/tokens";

const skeletons = new Map<string, string>();

export function skeleton(word: string): string {
  const known = skeletons.get(word);
  if (known !== undefined) return known;
  const w = spellingSkeleton(word);
  if (skeletons.size >= 100_000) skeletons.clear();
  skeletons.set(word, w);
  return w;
}

function spellingSkeleton(word: string): string {
  let w = fold(stripPossessive(word));
  w = w.replace(/[^a-z]/g, "");
  w = w.replace(/y/g, "i").replace(/j(?=$|[^aeiou])/g, "i");
  w = w.replace(/(.)\1+/g, "$1");
  w = w.replace(/i+$/, "i");
  return w;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
