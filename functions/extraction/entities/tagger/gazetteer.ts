import type { Gazetteer } from "./types.ts";

/** Longest phrase kept, in words: bounds the matching work per token. */
export const MAX_PHRASE_WORDS = 6;

/**
 * Builds the phrase index from lower-cased phrases by class. Phrases longer than MAX_PHRASE_WORDS words
 * are dropped.
 */
export function buildGazetteer(phrasesByClass: Readonly<Record<string, readonly string[]>>): Gazetteer {
  const classes = Object.keys(phrasesByClass).sort();
  const byFirst = new Map<string, Array<readonly [readonly string[], number]>>();
  let maxWords = 1;
  classes.forEach((cls, index) => {
    for (const raw of phrasesByClass[cls] ?? []) {
      const phrase = raw.toLowerCase();
      // Most phrases are one word: no split (this runs ~15k times when a model loads).
      const words = phrase.includes(" ") ? phrase.split(" ").filter(Boolean) : [phrase];
      const first = words[0];
      if (!first || words.length > MAX_PHRASE_WORDS) continue;
      maxWords = Math.max(maxWords, words.length);
      const list = byFirst.get(first);
      if (list) list.push([words, index]);
      else byFirst.set(first, [[words, index]]);
    }
  });
  for (const list of byFirst.values()) {
    if (list.length > 1) list.sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
  }
  return { classes, byFirstWord: byFirst, maxWords };
}

/**
 * For each word, the gazetteer hits that cover it, as "class:B" (phrase starts here) or "class:I".
 * `lower` holds the lower-cased words. Work is O(words x phrases sharing a first word x MAX_PHRASE_WORDS).
 */
export function gazetteerHits(gazetteer: Gazetteer, lower: readonly string[]): string[][] {
  const names = hitNames(gazetteer);
  const hits: string[][] = lower.map(() => []);
  for (let i = 0; i < lower.length; i++) {
    const candidates = gazetteer.byFirstWord.get(lower[i] ?? "");
    if (candidates === undefined) continue;
    for (const [words, cls] of candidates) {
      if (i + words.length > lower.length) continue;
      let match = true;
      for (let k = 1; k < words.length; k++) {
        if (words[k] !== lower[i + k]) {
          match = false;
          break;
        }
      }
      if (!match) continue;
      const name = names[cls] ?? ["?:B", "?:I"];
      for (let k = 0; k < words.length; k++) {
        const bucket = hits[i + k];
        const hit = k === 0 ? name[0] : name[1];
        if (bucket !== undefined && !bucket.includes(hit)) bucket.push(hit);
      }
    }
  }
  return hits;
}

const hitNameCache = new WeakMap<Gazetteer, ReadonlyArray<readonly [string, string]>>();

/** Per class, its hits "class:B" and "class:I", made once per gazetteer (the same strings each time). */
function hitNames(gazetteer: Gazetteer): ReadonlyArray<readonly [string, string]> {
  let names = hitNameCache.get(gazetteer);
  if (!names) {
    names = gazetteer.classes.map((name) => [`${name}:B`, `${name}:I`] as const);
    hitNameCache.set(gazetteer, names);
  }
  return names;
}
