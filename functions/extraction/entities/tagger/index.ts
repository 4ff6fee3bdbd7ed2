import { viterbi, viterbiScored } from "./decode.ts";
import {
  casingMode,
  clusterFeatures,
  neighbourClusterFeature,
  runFeatures,
  sentenceFeatures,
} from "./features.ts";
import { gazetteerHits } from "./gazetteer.ts";
import { isCapitalized, normalizeWord, wordShape } from "./shape.ts";
import { isTitleCased, truecaseTitle } from "./truecase.ts";
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
  const feats = sentenceFeatures(model, words);
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

/** What the engine keeps per distinct word: its single-word rows and the forms context features use. */
interface WordInfo {
  rows: Int32Array;
  /** normalizeWord(word), wordShape(word, 1), the word lower-cased, isCapitalized(word). */
  norm: string;
  short: string;
  lower: string;
  cap: boolean;
  /** The word or its shape has a "|": its context features take the string path. */
  bar: boolean;
  /** This word's entries of the context index (undefined where the model has none): "ww" by the word before, "wn" by the word after, "sss" by the shapes around. */
  ww: Map<string, number> | undefined;
  wn: Map<string, number> | undefined;
  sss: Pairs | undefined;
}

const wordCaches = new WeakMap<NerModel, Map<string, WordInfo>>();
const edgeCaches = new WeakMap<NerModel, { bos: Int32Array; eos: Int32Array }>();

/**
 * The features that depend on one word only (the word, its shapes and affixes; and the word as the
 * -2..+2 context of its neighbours), summed once per distinct word and cached per model: the same
 * strings as sentenceFeatures() makes, so the same scores, at a fraction of the Map look-ups.
 */
function wordInfo(model: NerModel, word: string): WordInfo {
  let cache = wordCaches.get(model);
  if (!cache) {
    cache = new Map();
    wordCaches.set(model, cache);
  }
  const hit = cache.get(word);
  if (hit) return hit;
  const out = new Int32Array(5 * T);
  const w = normalizeWord(word);
  const shape = wordShape(word, 2);
  const short = wordShape(word, 1);
  const self = ["b", `w=${w}`, `s=${shape}`];
  const chars = Array.from(w);
  for (let k = 1; k <= 4 && k < chars.length; k++) {
    self.push(`p${k}=${chars.slice(0, k).join("")}`, `x${k}=${chars.slice(-k).join("")}`);
  }
  const lower = word.toLowerCase();
  const cluster = model.clusters.get(lower);
  self.push(...clusterFeatures(cluster));
  for (const f of self) addRow(model, f, out, SELF * T);
  const asPrev = neighbourClusterFeature(cluster, "-1");
  const asNext = neighbourClusterFeature(cluster, "+1");
  if (asPrev) addRow(model, asPrev, out, AS_PREV * T);
  if (asNext) addRow(model, asNext, out, AS_NEXT * T);
  addRow(model, `w-1=${w}`, out, AS_PREV * T);
  addRow(model, `s-1=${short}`, out, AS_PREV * T);
  addRow(model, `w+1=${w}`, out, AS_NEXT * T);
  addRow(model, `s+1=${short}`, out, AS_NEXT * T);
  addRow(model, `w-2=${w}`, out, AS_PREV2 * T);
  addRow(model, `s-2=${short}`, out, AS_PREV2 * T);
  addRow(model, `w+2=${w}`, out, AS_NEXT2 * T);
  addRow(model, `s+2=${short}`, out, AS_NEXT2 * T);
  const index = contextIndex(model);
  const info: WordInfo = {
    rows: out,
    norm: w,
    short,
    lower,
    cap: isCapitalized(word),
    bar: w.includes("|") || short.includes("|"),
    ww: index.ww.get(w),
    wn: index.wn.get(w),
    sss: index.sss.get(short),
  };
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(word, info);
  return info;
}

/** The rows of the sentence edges as the -2..+2 context of the first and last words. */
function edgeRows(model: NerModel): { bos: Int32Array; eos: Int32Array } {
  let edges = edgeCaches.get(model);
  if (!edges) {
    const bos = new Int32Array(5 * T);
    const eos = new Int32Array(5 * T);
    for (const f of ["w-1=<s>", "s-1=<s>"]) addRow(model, f, bos, AS_PREV * T);
    for (const f of ["w-2=<s>", "s-2=<s>"]) addRow(model, f, bos, AS_PREV2 * T);
    for (const f of ["w+1=</s>", "s+1=</s>"]) addRow(model, f, eos, AS_NEXT * T);
    for (const f of ["w+2=</s>", "s+2=</s>"]) addRow(model, f, eos, AS_NEXT2 * T);
    edges = { bos, eos };
    edgeCaches.set(model, edges);
  }
  return edges;
}

type Pairs = Map<string, Map<string, number>>;

/**
 * The model's context features (the templates of sentenceFeatures() that depend on more than one word or
 * on the sentence: word pairs, shape trigram, casing mode, sentence start, gazetteer hits) indexed by their parts, so that scoring a
 * sentence looks up words and shapes the word cache already holds instead of building a string per
 * feature and hashing it. A key whose parts could be split more than one way (a word or shape with "|"
 * in it) is not indexed: such words take the string path (`model.features`), as before.
 */
interface ContextIndex {
  /** "ww=a|b" -> b -> a (keyed by the word itself); "wn=a|b" -> a -> b; "sss=a|b|c" -> b -> a -> c. */
  ww: Pairs;
  wn: Pairs;
  sss: Map<string, Pairs>;
  /** "m=A|s", "mw=A|w": mode -> rest. */
  m: Pairs;
  mw: Pairs;
  /** "i0=s", "g=hit", "g-1=hit", "g+1=hit": rest. */
  i0: Map<string, number>;
  g: Map<string, number>;
  gPrev: Map<string, number>;
  gNext: Map<string, number>;
  /** "gc=hit|UM": hit -> "UM". */
  gc: Pairs;
}

const contextIndexes = new WeakMap<NerModel, ContextIndex>();

function setPair(map: Pairs, a: string, b: string, row: number): void {
  let inner = map.get(a);
  if (!inner) {
    inner = new Map();
    map.set(a, inner);
  }
  inner.set(b, row);
}

function contextIndex(model: NerModel): ContextIndex {
  const cached = contextIndexes.get(model);
  if (cached) return cached;
  const index: ContextIndex = {
    ww: new Map(),
    wn: new Map(),
    sss: new Map(),
    m: new Map(),
    mw: new Map(),
    i0: new Map(),
    g: new Map(),
    gPrev: new Map(),
    gNext: new Map(),
    gc: new Map(),
  };
  // Runs once per process (cold code): the single-word templates ("w=", "p3=", "s+1=", ~75% of the
  // keys) are skipped on their first characters, and keys are cut with indexOf rather than split.
  for (const [key, row] of model.features) {
    const c0 = key.charCodeAt(0);
    const c1 = key.charCodeAt(1);
    if (c0 === 119 /* w */) {
      if ((c1 !== 119 && c1 !== 110) || key.charCodeAt(2) !== 61) continue; // "ww=", "wn="
      const bar = key.indexOf("|", 3);
      if (bar < 0 || key.indexOf("|", bar + 1) >= 0) continue;
      const a = key.slice(3, bar);
      const b = key.slice(bar + 1);
      if (c1 === 119) setPair(index.ww, b, a, row);
      else setPair(index.wn, a, b, row);
    } else if (c0 === 115 /* s */) {
      if (!key.startsWith("sss=")) continue;
      const bar1 = key.indexOf("|", 4);
      const bar2 = bar1 < 0 ? -1 : key.indexOf("|", bar1 + 1);
      if (bar2 < 0 || key.indexOf("|", bar2 + 1) >= 0) continue;
      const middle = key.slice(bar1 + 1, bar2);
      let inner = index.sss.get(middle);
      if (!inner) {
        inner = new Map();
        index.sss.set(middle, inner);
      }
      setPair(inner, key.slice(4, bar1), key.slice(bar2 + 1), row);
    } else if (c0 === 109 /* m */) {
      // "m=A|s", "mw=A|w": the mode is one letter, the first "|" ends it.
      const eq = key.indexOf("=");
      const map = eq === 1 ? index.m : eq === 2 && c1 === 119 ? index.mw : undefined;
      const bar = key.indexOf("|", eq + 1);
      if (map && bar >= 0) setPair(map, key.slice(eq + 1, bar), key.slice(bar + 1), row);
    } else if (c0 === 103 /* g */) {
      const eq = key.indexOf("=");
      const prefix = key.slice(0, eq);
      const rest = key.slice(eq + 1);
      if (prefix === "gc") {
        // "UM": the last "|" starts it.
        const bar = rest.lastIndexOf("|");
        if (bar >= 0) setPair(index.gc, rest.slice(0, bar), rest.slice(bar + 1), row);
      } else if (prefix === "g") index.g.set(rest, row);
      else if (prefix === "g-1") index.gPrev.set(rest, row);
      else if (prefix === "g+1") index.gNext.set(rest, row);
    } else if (c0 === 105 /* i */ && key.startsWith("i0=")) index.i0.set(key.slice(3), row);
  }
  contextIndexes.set(model, index);
  return index;
}

/** The capitalization of the word with the sentence's casing mode, as the "gc" template spells it. */
const CASE_MODE: Readonly<Record<string, readonly [string, string]>> = {
  A: ["UA", "LA"],
  T: ["UT", "LT"],
  M: ["UM", "LM"],
};

/** Emission scores as referenceEmissions() computes them, with single-word features from the cache. */
export function emissions(model: NerModel, words: readonly string[]): Float64Array {
  const n = words.length;
  const out = new Float64Array(n * T);
  const info = words.map((word) => wordInfo(model, word));
  const { bos, eos } = edgeRows(model);
  const { rows } = model;
  const add = (source: Int32Array, part: number, i: number): void => {
    for (let t = 0; t < T; t++) out[i * T + t] = (out[i * T + t] ?? 0) + (source[part * T + t] ?? 0);
  };
  const addIndexed = (row: number | undefined, i: number): void => {
    if (row === undefined) return;
    for (let t = 0; t < T; t++) out[i * T + t] = (out[i * T + t] ?? 0) + (rows[row * T + t] ?? 0);
  };
  for (let i = 0; i < n; i++) {
    add(info[i]?.rows ?? bos, SELF, i);
    add(i >= 1 ? (info[i - 1]?.rows ?? bos) : bos, AS_PREV, i);
    add(i >= 2 ? (info[i - 2]?.rows ?? bos) : bos, AS_PREV2, i);
    add(i + 1 < n ? (info[i + 1]?.rows ?? eos) : eos, AS_NEXT, i);
    add(i + 2 < n ? (info[i + 2]?.rows ?? eos) : eos, AS_NEXT2, i);
  }
  // The context features, looked up by their parts.
  const index = contextIndex(model);
  const norm = info.map((x) => x.norm);
  const short = info.map((x) => x.short);
  const gaz = gazetteerHits(
    model.gazetteer,
    info.map((x) => x.lower),
  );
  const mode = casingMode(words);
  const runs = runFeatures(words, norm, mode);
  const none: readonly string[] = [];
  const caseModes = CASE_MODE[mode] ?? ["", ""];
  const byMode = index.m.get(mode);
  const wordByMode = mode === "M" ? undefined : index.mw.get(mode);
  for (let i = 0; i < n; i++) {
    const x = info[i] as WordInfo;
    const w = x.norm;
    const s0 = x.short;
    const prev = i >= 1 ? (norm[i - 1] ?? "") : "<s>";
    const next = i + 1 < n ? (norm[i + 1] ?? "") : "</s>";
    const sPrev = i >= 1 ? (short[i - 1] ?? "") : "<s>";
    const sNext = i + 1 < n ? (short[i + 1] ?? "") : "</s>";
    if (x.bar || (i >= 1 && info[i - 1]?.bar) || (i + 1 < n && info[i + 1]?.bar)) {
      addRow(model, `ww=${prev}|${w}`, out, i * T);
      addRow(model, `wn=${w}|${next}`, out, i * T);
      addRow(model, `sss=${sPrev}|${s0}|${sNext}`, out, i * T);
    } else {
      if (x.ww) addIndexed(x.ww.get(prev), i);
      if (x.wn) addIndexed(x.wn.get(next), i);
      if (x.sss) addIndexed(x.sss.get(sPrev)?.get(sNext), i);
    }
    addIndexed(byMode?.get(s0), i);
    if (i === 0) addIndexed(index.i0.get(s0), i);
    if (wordByMode) addIndexed(wordByMode.get(w), i);
    const caseMode = info[i]?.cap ? caseModes[0] : caseModes[1];
    for (const hit of gaz[i] ?? none) {
      addIndexed(index.g.get(hit), i);
      addIndexed(index.gc.get(hit)?.get(caseMode), i);
    }
    for (const hit of i >= 1 ? (gaz[i - 1] ?? none) : none) addIndexed(index.gPrev.get(hit), i);
    for (const hit of i + 1 < n ? (gaz[i + 1] ?? none) : none) addIndexed(index.gNext.get(hit), i);
    for (const r of runs[i] ?? none) addRow(model, r, out, i * T);
  }
  return out;
}

function decodeChunks(model: NerModel, given: readonly string[], withMargins: boolean): ScoredTags {
  // A title-case headline is read as prose would write it (truecase.ts); tags map back one to one.
  const words = isTitleCased(given, model.lowercaseWords) ? truecaseTitle(given, model.truecaseWords) : given;
  const tags: Tag[] = [];
  const scores: number[] = [];
  for (let start = 0; start < words.length; start += MAX_CHUNK_WORDS) {
    const chunk = words.slice(start, start + MAX_CHUNK_WORDS);
    const em = emissions(model, chunk);
    if (withMargins) {
      const scored = viterbiScored(em, model.transitions, chunk.length);
      for (const t of scored.path) tags.push(TAGS[t] ?? "O");
      for (const m of scored.margins) scores.push(m / model.scale);
    } else {
      for (const t of viterbi(em, model.transitions, chunk.length)) tags.push(TAGS[t] ?? "O");
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
