/**
 * Word clusters as the model file keeps them: the words sorted (by UTF-16 code unit) and joined by spaces,
 * and per word its path in the cluster tree (CLUSTER_DEPTH base-4 digits) packed into two base64
 * characters. A word is found by binary search, so loading builds only an array of line starts:
 * a Map of 160k words took ~100 ms to build on each cold start, this takes a few.
 */

/** Levels of the cluster tree; each level splits a cluster in 4. Part of the model format. */
export const CLUSTER_DEPTH = 6;
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PATH = new RegExp(`^[0-3]{${CLUSTER_DEPTH}}$`);

/** What the engine asks of the clusters (a Map of word -> path also answers it). */
export interface ClusterLookup {
  /** The lower-cased word's path ("203112"), or undefined when the word has no cluster. */
  get(word: string): string | undefined;
}

/** The model file's form of word -> path pairs. Throws a RangeError on a malformed path or word. */
export function encodeClusters(pairs: Iterable<readonly [string, string]>): {
  clusterWords: string;
  clusterPaths: string;
} {
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let paths = "";
  sorted.forEach(([word, path], i) => {
    if (!PATH.test(path)) throw new RangeError(`${word}: bad cluster path ${path}`);
    if (word === "" || word.includes(" ") || word === sorted[i - 1]?.[0]) {
      throw new RangeError(`bad or repeated cluster word ${JSON.stringify(word)}`);
    }
    const code = Number.parseInt(path, 4);
    paths += (BASE64[code >> 6] ?? "") + (BASE64[code & 63] ?? "");
  });
  return { clusterWords: sorted.map(([word]) => word).join(" "), clusterPaths: paths };
}

/** Binary search over the file's sorted words; see encodeClusters(). */
export class WordClusters implements ClusterLookup {
  readonly size: number;
  readonly #words: string;
  readonly #paths: string;
  /** Start of each word in #words, plus one past the end. */
  readonly #starts: Int32Array;

  /** Throws a RangeError when `paths` does not hold two base64 characters per word. */
  constructor(words: string, paths: string) {
    const lineStarts = [0];
    for (let at = words.indexOf(" "); at >= 0; at = words.indexOf(" ", at + 1)) lineStarts.push(at + 1);
    const count = words === "" ? 0 : lineStarts.length;
    if (paths.length !== 2 * count || !/^[A-Za-z0-9+/]*$/.test(paths)) {
      throw new RangeError(`expected ${2 * count} base64 path characters for ${count} words`);
    }
    lineStarts.length = count;
    lineStarts.push(words.length + 1);
    this.size = count;
    this.#words = words;
    this.#paths = paths;
    this.#starts = Int32Array.from(lineStarts);
  }

  get(word: string): string | undefined {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.#compare(word, mid);
      if (order === 0) return this.#path(mid);
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  }

  /** Sign of word minus the i-th word, by UTF-16 code unit (the order of encodeClusters' sort). */
  #compare(word: string, i: number): number {
    const start = this.#starts[i] ?? 0;
    const length = (this.#starts[i + 1] ?? 0) - 1 - start;
    const n = Math.min(word.length, length);
    for (let k = 0; k < n; k++) {
      const d = word.charCodeAt(k) - this.#words.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return word.length - length;
  }

  #path(i: number): string {
    const code = BASE64.indexOf(this.#paths[2 * i] ?? "") * 64 + BASE64.indexOf(this.#paths[2 * i + 1] ?? "");
    return code.toString(4).padStart(CLUSTER_DEPTH, "0");
  }
}
