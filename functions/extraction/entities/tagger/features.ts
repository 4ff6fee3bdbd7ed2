import { gazetteerHits } from "./gazetteer.ts";
import { isAllCaps, isCapitalized, normalizeWord, wordShape } from "./shape.ts";
import type { FeatureLexicon } from "./types.ts";

/** How a sentence is cased: "A" all caps (headline), "T" title case, "M" mixed (ordinary prose). */
export type CasingMode = "A" | "T" | "M";

/** Classifies the casing of a sentence from its words that have letters. */
export function casingMode(words: readonly string[]): CasingMode {
  let letters = 0;
  let caps = 0;
  let long = 0;
  let capitalized = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    letters++;
    if (w.length > 1 && isAllCaps(w)) caps++;
    if (w.length > 3) {
      long++;
      if (isCapitalized(w)) capitalized++;
    }
  }
  if (letters >= 3 && caps >= 0.7 * letters) return "A";
  if (long >= 3 && capitalized >= 0.8 * long) return "T";
  return "M";
}

/** Words that may sit inside a run of capitalized words ("Bank of England", "Procter & Gamble"). */
const RUN_CONNECTORS = new Set(["of", "for", "and", "&", "de", "del", "der", "von", "van", "on", "upon"]);

/**
 * In mixed-case sentences, each word of a run of capitalized words (connectors such as "of" inside
 * when a capitalized word follows) gets the run's length (up to 5) and its place in it: "S"ingle,
 * "B"egin, "I"nside, "E"nd. In all-caps and title-case sentences every word is capitalized, so no
 * run features there (tried: they cost points on all-caps text).
 */
export function runFeatures(words: readonly string[], norm: readonly string[], mode: CasingMode): string[][] {
  const n = words.length;
  const out: string[][] = words.map(() => []);
  if (mode !== "M") return out;
  const capital = words.map((w) => isCapitalized(w));
  for (let i = 0; i < n; ) {
    if (!capital[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < n && capital[end]) end++;
      else if (end + 1 < n && RUN_CONNECTORS.has(norm[end] ?? "") && capital[end + 1]) end += 2;
      else break;
    }
    const len = Math.min(end - i, 5);
    for (let k = i; k < end; k++) {
      const pos = end - i === 1 ? "S" : k === i ? "B" : k === end - 1 ? "E" : "I";
      out[k]?.push(`rl=${len}|${pos}`);
    }
    i = end;
  }
  return out;
}

/** Path prefixes of a word's cluster used as its own features: 16, 64, 256, 1,024 and 4,096 clusters. */
const CLUSTER_PREFIXES = [2, 3, 4, 5, 6] as const;
/** Path prefix of a neighbour's cluster used as context (256 clusters). */
const NEIGHBOUR_CLUSTER_PREFIX = 4;

/** The word's own cluster features ("c4=2031"); none for a word without a cluster. */
export function clusterFeatures(path: string | undefined): string[] {
  if (path === undefined) return [];
  return CLUSTER_PREFIXES.map((k) => `c${k}=${path.slice(0, k)}`);
}

/** The word's cluster as the context of the word after ("c-1=") or before ("c+1=") it. */
export function neighbourClusterFeature(path: string | undefined, side: "-1" | "+1"): string | undefined {
  return path === undefined ? undefined : `c${side}=${path.slice(0, NEIGHBOUR_CLUSTER_PREFIX)}`;
}

const BOS = "<s>";
const EOS = "</s>";

/**
 * The feature strings of each word of one sentence. The templates (prefix before "=") are part of the
 * model format: change one and the model must be retrained.
 */
export function sentenceFeatures(lexicon: FeatureLexicon, words: readonly string[]): string[][] {
  const { gazetteer } = lexicon;
  const n = words.length;
  const norm = words.map(normalizeWord);
  const lower = words.map((w) => w.toLowerCase());
  const cluster = lower.map((w) => lexicon.clusters.get(w));
  const shape = words.map((w) => wordShape(w, 2));
  const short = words.map((w) => wordShape(w, 1));
  const gaz = gazetteerHits(gazetteer, lower);
  const mode = casingMode(words);
  const cap = words.map((w) => (isCapitalized(w) ? "U" : "L"));
  const runs = runFeatures(words, norm, mode);
  const at = <T>(a: readonly T[], i: number, edge: T): T => (i < 0 || i >= n ? edge : (a[i] ?? edge));

  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = norm[i] ?? "";
    const s0 = short[i] ?? "";
    const f: string[] = [
      "b",
      `w=${w}`,
      `s=${shape[i]}`,
      `w-1=${at(norm, i - 1, BOS)}`,
      `w+1=${at(norm, i + 1, EOS)}`,
      `w-2=${at(norm, i - 2, BOS)}`,
      `w+2=${at(norm, i + 2, EOS)}`,
      `s-1=${at(short, i - 1, BOS)}`,
      `s+1=${at(short, i + 1, EOS)}`,
      `s-2=${at(short, i - 2, BOS)}`,
      `s+2=${at(short, i + 2, EOS)}`,
      `ww=${at(norm, i - 1, BOS)}|${w}`,
      `wn=${w}|${at(norm, i + 1, EOS)}`,
      `sss=${at(short, i - 1, BOS)}|${s0}|${at(short, i + 1, EOS)}`,
      `m=${mode}|${s0}`,
    ];
    const chars = Array.from(w);
    for (let k = 1; k <= 4 && k < chars.length; k++) {
      f.push(`p${k}=${chars.slice(0, k).join("")}`, `x${k}=${chars.slice(-k).join("")}`);
    }
    f.push(...clusterFeatures(cluster[i]));
    const before = i >= 1 ? neighbourClusterFeature(cluster[i - 1], "-1") : undefined;
    const after = i + 1 < n ? neighbourClusterFeature(cluster[i + 1], "+1") : undefined;
    if (before) f.push(before);
    if (after) f.push(after);
    if (i === 0) f.push(`i0=${s0}`);
    if (mode !== "M") f.push(`mw=${mode}|${w}`);
    const c0 = cap[i] ?? "L";
    for (const hit of gaz[i] ?? []) f.push(`g=${hit}`, `gc=${hit}|${c0}${mode}`);
    for (const hit of at(gaz, i - 1, [])) f.push(`g-1=${hit}`);
    for (const hit of at(gaz, i + 1, [])) f.push(`g+1=${hit}`);
    for (const r of runs[i] ?? []) f.push(r);
    out.push(f);
  }
  return out;
}
