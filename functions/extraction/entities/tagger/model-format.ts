import { WordClusters } from "./clusters.ts";
import { buildGazetteer } from "./gazetteer.ts";
import { MODEL_FORMAT, type NerModel, TAGS } from "./types.ts";

const T = TAGS.length;

/**
 * The model's JSON file. Few keys with long string values: a bundler inlines it as a handful of string
 * literals, which a JavaScript engine scans far faster than an object literal with one key per feature,
 * and `loadModel` decodes it once, on first use.
 */
export interface NerModelJson {
  format: typeof MODEL_FORMAT;
  scale: number;
  meta: Record<string, string | number>;
  /** (T + 1) x T integers separated by single spaces. */
  transitions: string;
  /** class -> lower-cased phrases joined by "|". */
  gazetteer: Record<string, string>;
  /** Lower-cased words with a cluster, sorted, joined by spaces (clusters.ts). */
  clusterWords: string;
  /** Per word of clusterWords, its cluster path in two base64 characters (clusters.ts). */
  clusterPaths: string;
  /** Words the training text writes in lower case, sorted, joined by spaces (truecase.ts). */
  lowercaseWords: string;
  /** More words lowered in a title-case headline, written in lower case less often (truecase.ts). */
  titleLowercaseWords?: string;
  /** Feature strings joined by "\n"; line k is feature row k. */
  features: string;
  /** Base64 of the rows: T signed bytes (-128..127) per feature, in TAGS order. */
  weights: string;
}

/** Thrown by loadModel() when the JSON is not a model of this format. */
export class NerModelError extends Error {
  override name = "NerModelError";
}

/** Largest weight a row byte holds. */
export const MAX_WEIGHT = 127;

/**
 * Packs feature rows (T integers in -128..127 each) into the file's `features` and `weights` fields.
 * Throws a RangeError on a weight that does not fit a signed byte or a feature with a line break.
 */
export function packRows(rows: ReadonlyArray<readonly [string, ArrayLike<number>]>): {
  features: string;
  weights: string;
} {
  const bytes = new Int8Array(rows.length * T);
  rows.forEach(([feature, row], index) => {
    if (feature.includes("\n") || row.length !== T) throw new RangeError(`bad feature row ${feature}`);
    for (let t = 0; t < T; t++) {
      const value = row[t] ?? 0;
      if (!Number.isInteger(value) || value > MAX_WEIGHT || value < -MAX_WEIGHT - 1) {
        throw new RangeError(`${feature}: weight ${value} does not fit a signed byte`);
      }
      bytes[index * T + t] = value;
    }
  });
  let binary = "";
  const unsigned = new Uint8Array(bytes.buffer);
  for (let i = 0; i < unsigned.length; i += 8192) {
    binary += String.fromCharCode(...unsigned.subarray(i, i + 8192));
  }
  return { features: rows.map(([feature]) => feature).join("\n"), weights: btoa(binary) };
}

function decodeRows(base64: string, expected: number): Int8Array {
  let binary: string;
  try {
    binary = atob(base64);
  } catch (error) {
    throw new NerModelError("model.weights: expected base64", { cause: error });
  }
  if (binary.length !== expected) {
    throw new NerModelError(`model.weights: expected ${expected} bytes, got ${binary.length}`);
  }
  const rows = new Int8Array(expected);
  for (let i = 0; i < expected; i++) rows[i] = (binary.charCodeAt(i) << 24) >> 24;
  return rows;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function parseInts(text: string, what: string): number[] {
  const parts = text.split(" ");
  const out = parts.map(Number);
  if (!out.every(Number.isSafeInteger)) throw new NerModelError(`${what}: expected integers`);
  return out;
}

/**
 * Validates a parsed model file and builds the engine's lookup structures. Throws NerModelError, naming
 * the offending field, on anything that is not a model of format MODEL_FORMAT.
 */
export function loadModel(json: unknown): NerModel {
  if (!isRecord(json)) throw new NerModelError("model: expected a JSON object");
  if (json.format !== MODEL_FORMAT) {
    throw new NerModelError(`model.format: expected "${MODEL_FORMAT}", got ${JSON.stringify(json.format)}`);
  }
  const {
    scale,
    transitions,
    gazetteer,
    clusterWords,
    clusterPaths,
    lowercaseWords,
    titleLowercaseWords = "",
    features,
    weights,
    meta,
  } = json;
  if (typeof scale !== "number" || !(scale > 0) || !Number.isFinite(scale)) {
    throw new NerModelError("model.scale: expected a positive number");
  }
  if (typeof transitions !== "string") throw new NerModelError("model.transitions: expected a string");
  const trans = parseInts(transitions, "model.transitions");
  if (trans.length !== (T + 1) * T) {
    throw new NerModelError(`model.transitions: expected ${(T + 1) * T} integers, got ${trans.length}`);
  }
  if (!isRecord(gazetteer)) throw new NerModelError("model.gazetteer: expected an object");
  const phrases: Record<string, string[]> = {};
  for (const [cls, list] of Object.entries(gazetteer)) {
    if (typeof list !== "string") throw new NerModelError(`model.gazetteer.${cls}: expected a string`);
    phrases[cls] = list === "" ? [] : list.split("|");
  }
  if (typeof clusterWords !== "string" || typeof clusterPaths !== "string") {
    throw new NerModelError("model.clusterWords, model.clusterPaths: expected strings");
  }
  let clusters: WordClusters;
  try {
    clusters = new WordClusters(clusterWords, clusterPaths);
  } catch (error) {
    throw new NerModelError(`model.clusterPaths: ${(error as Error).message}`, { cause: error });
  }
  if (typeof lowercaseWords !== "string") throw new NerModelError("model.lowercaseWords: expected a string");
  if (typeof titleLowercaseWords !== "string") {
    throw new NerModelError("model.titleLowercaseWords: expected a string");
  }
  const lowercase = lowercaseWords === "" ? [] : lowercaseWords.split(" ");
  if (typeof features !== "string") throw new NerModelError("model.features: expected a string");
  if (typeof weights !== "string") throw new NerModelError("model.weights: expected a string");
  const names = features === "" ? [] : features.split("\n");
  const index = new Map<string, number>();
  names.forEach((feature, row) => {
    if (feature === "" || index.has(feature)) {
      throw new NerModelError(`model.features: empty or repeated feature at line ${row + 1}`);
    }
    index.set(feature, row);
  });
  const rows = decodeRows(weights, names.length * T);
  return {
    format: MODEL_FORMAT,
    scale,
    transitions: Int32Array.from(trans),
    features: index,
    rows,
    gazetteer: buildGazetteer(phrases),
    clusters,
    lowercaseWords: new Set(lowercase),
    truecaseWords: new Set(
      titleLowercaseWords === "" ? lowercase : [...lowercase, ...titleLowercaseWords.split(" ")],
    ),
    meta: isRecord(meta) ? meta : {},
  };
}

/**
 * Writes a model file in the layout the repository's formatter keeps as is (one key per line,
 * values on one line), so committing a retrained model produces no formatting churn.
 */
export function serializeModel(model: NerModelJson): string {
  const block = (entries: Array<[string, string]>, indent: string): string =>
    entries.map(([k, v]) => `${indent}${JSON.stringify(k)}: ${v}`).join(",\n");
  const obj = (record: Record<string, string | number>): string =>
    `{\n${block(
      Object.entries(record).map(([k, v]) => [k, JSON.stringify(v)]),
      "    ",
    )}\n  }`;
  return `{\n${block(
    [
      ["format", JSON.stringify(model.format)],
      ["scale", JSON.stringify(model.scale)],
      ["meta", obj(model.meta)],
      ["transitions", JSON.stringify(model.transitions)],
      ["gazetteer", obj(model.gazetteer)],
      ["clusterWords", JSON.stringify(model.clusterWords)],
      ["clusterPaths", JSON.stringify(model.clusterPaths)],
      ["lowercaseWords", JSON.stringify(model.lowercaseWords)],
      ...(model.titleLowercaseWords === undefined
        ? []
        : [["titleLowercaseWords", JSON.stringify(model.titleLowercaseWords)] as [string, string]]),
      ["features", JSON.stringify(model.features)],
      ["weights", JSON.stringify(model.weights)],
    ],
    "  ",
  )}\n}\n`;
}
