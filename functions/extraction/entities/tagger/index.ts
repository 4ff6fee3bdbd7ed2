import { margins, viterbi } from "./decode.ts";
import { contextFeatures, sentenceFeatures } from "./features.ts";
import { normalizeWord, wordShape } from "./shape.ts";
import { type NerModel, type ScoredTags, TAGS, type Tag } from "./types.ts";

export { loadModel, NerModelError, type NerModelJson, packRows, serializeModel } from "./model-format.ts";
export { type TokenSpan, tagsToSpans } from "./spans.ts";
export { MODEL_FORMAT, type NerModel, type ScoredTags, type SpanType, TAGS, type Tag } from "./types.ts";

/** Longest run of words decoded at once; longer sentences are cut into chunks of this size. */
export const MAX_CHUNK_WORDS = 200;

const T = TAGS.length;

/**
 * n x T emission scores of one chunk: the sum of each word's feature weight rows. The reference
 * definition: sentenceFeatures() gives every feature as a string, as training sees them.
 */
export function referenceEmissions(model: NerModel, words: readonly string[]): Float64Array {
  const feats = sentenceFeatures(model.gazetteer, words);
  const out = new Float64Array(words.length * T);
  feats.forEach((list, i) => {
    addFeatures(model, list, out, i);
  });
  return out;
}

function addFeatures(model: NerModel, list: readonly string[], out: Float64Array, i: number): void {
  for (const f of list) addRow(model, f, out, i * T);
}

function addRow(model: NerModel, feature: string, out: Float64Array | Int32Array, at: number): void {
  const row = model.features.get(feature);
  if (row === undefined) return;
  const { rows } = model;
  for (let t = 0; t < T; t++) out[at + t] = (out[at + t] ?? 0) + (rows[row * T + t] ?? 0);
}

/** Per word, the summed rows of its single-word features, by the position they describe. */
const SELF = 0;
const AS_PREV = 1;
const AS_NEXT = 2;
const AS_PREV2 = 3;
const AS_NEXT2 = 4;
const MAX_CACHED_WORDS = 50_000;
const wordCaches = new WeakMap<NerModel, Map<string, Int32Array>>();

/**
 * The features that depend on one word only (the word, its shapes and affixes; and the word as the
 * -2..+2 context of its neighbours), summed once per distinct word and cached per model: the same
 * strings as sentenceFeatures() makes, so the same scores, at a fraction of the Map look-ups.
 */
function wordRows(model: NerModel, word: string, edge?: "<s>" | "</s>"): Int32Array {
  let cache = wordCaches.get(model);
  if (!cache) {
    cache = new Map();
    wordCaches.set(model, cache);
  }
  const key = edge ?? word;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Int32Array(5 * T);
  if (edge === "<s>") {
    for (const f of ["w-1=<s>", "s-1=<s>"]) addRow(model, f, out, AS_PREV * T);
    for (const f of ["w-2=<s>", "s-2=<s>"]) addRow(model, f, out, AS_PREV2 * T);
  } else if (edge === "</s>") {
    for (const f of ["w+1=</s>", "s+1=</s>"]) addRow(model, f, out, AS_NEXT * T);
    for (const f of ["w+2=</s>", "s+2=</s>"]) addRow(model, f, out, AS_NEXT2 * T);
  } else {
    const w = normalizeWord(word);
    const shape = wordShape(word, 2);
    const short = wordShape(word, 1);
    const self = ["b", `w=${w}`, `s=${shape}`];
    const chars = Array.from(w);
    for (let k = 1; k <= 4 && k < chars.length; k++) {
      self.push(`p${k}=${chars.slice(0, k).join("")}`, `x${k}=${chars.slice(-k).join("")}`);
    }
    for (const f of self) addRow(model, f, out, SELF * T);
    addRow(model, `w-1=${w}`, out, AS_PREV * T);
    addRow(model, `s-1=${short}`, out, AS_PREV * T);
    addRow(model, `w+1=${w}`, out, AS_NEXT * T);
    addRow(model, `s+1=${short}`, out, AS_NEXT * T);
    addRow(model, `w-2=${w}`, out, AS_PREV2 * T);
    addRow(model, `s-2=${short}`, out, AS_PREV2 * T);
    addRow(model, `w+2=${w}`, out, AS_NEXT2 * T);
    addRow(model, `s+2=${short}`, out, AS_NEXT2 * T);
  }
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(key, out);
  return out;
}

/** Emission scores as referenceEmissions() computes them, with single-word features from the cache. */
export function emissions(model: NerModel, words: readonly string[]): Float64Array {
  const n = words.length;
  const out = new Float64Array(n * T);
  const rows = words.map((word) => wordRows(model, word));
  const bos = wordRows(model, "", "<s>");
  const eos = wordRows(model, "", "</s>");
  const add = (source: Int32Array, part: number, i: number): void => {
    for (let t = 0; t < T; t++) out[i * T + t] = (out[i * T + t] ?? 0) + (source[part * T + t] ?? 0);
  };
  for (let i = 0; i < n; i++) {
    add(rows[i] ?? bos, SELF, i);
    add(i >= 1 ? (rows[i - 1] ?? bos) : bos, AS_PREV, i);
    add(i >= 2 ? (rows[i - 2] ?? bos) : bos, AS_PREV2, i);
    add(i + 1 < n ? (rows[i + 1] ?? eos) : eos, AS_NEXT, i);
    add(i + 2 < n ? (rows[i + 2] ?? eos) : eos, AS_NEXT2, i);
  }
  contextFeatures(model.gazetteer, words).forEach((list, i) => {
    addFeatures(model, list, out, i);
  });
  return out;
}

function decodeChunks(model: NerModel, words: readonly string[], withMargins: boolean): ScoredTags {
  const tags: Tag[] = [];
  const scores: number[] = [];
  for (let start = 0; start < words.length; start += MAX_CHUNK_WORDS) {
    const chunk = words.slice(start, start + MAX_CHUNK_WORDS);
    const em = emissions(model, chunk);
    const path = viterbi(em, model.transitions, chunk.length);
    for (const t of path) tags.push(TAGS[t] ?? "O");
    if (withMargins) {
      for (const m of margins(em, model.transitions, chunk.length, path)) scores.push(m / model.scale);
    }
  }
  return { tags, margins: scores };
}

/**
 * BIO2 tags (TAGS) for the words of one sentence, decoded as the best BIO-valid sequence. Pure; linear
 * in the number of words (sentences over MAX_CHUNK_WORDS are decoded in chunks).
 */
export function tagTokens(model: NerModel, words: readonly string[]): Tag[] {
  return decodeChunks(model, words, false).tags;
}

/** Like tagTokens(), plus each token's margin (confidence) for document-level decisions. */
export function tagTokensScored(model: NerModel, words: readonly string[]): ScoredTags {
  return decodeChunks(model, words, true);
}
