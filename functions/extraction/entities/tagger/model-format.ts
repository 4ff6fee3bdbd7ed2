import { buildGazetteer } from "./gazetteer.ts";
import { MODEL_FORMAT, type NerModel, TAGS } from "./types.ts";

const T = TAGS.length;

/** The model's JSON file: everything is strings of integers so the file stays compact and diff-stable. */
export interface NerModelJson {
  format: typeof MODEL_FORMAT;
  scale: number;
  meta: Record<string, string | number>;
  /** (T + 1) x T integers separated by single spaces. */
  transitions: string;
  /** class -> lower-cased phrases joined by "|". */
  gazetteer: Record<string, string>;
  /** feature -> "tag:weight" pairs separated by spaces, tag an index into TAGS, weight a non-zero integer. */
  weights: Record<string, string>;
}

/** Thrown by loadModel() when the JSON is not a model of this format. */
export class NerModelError extends Error {
  override name = "NerModelError";
}

/**
 * Parses "tag:weight tag:weight ..." into rows[offset .. offset + T); false when malformed. Hand-rolled
 * and allocation-free: it runs for every feature at load time.
 */
function parseRow(encoded: unknown, rows: Int32Array, offset: number): boolean {
  if (typeof encoded !== "string" || encoded === "") return false;
  const n = encoded.length;
  let i = 0;
  while (i < n) {
    const tag = encoded.charCodeAt(i) - 48;
    if (tag < 0 || tag >= T || encoded.charCodeAt(i + 1) !== 58) return false;
    i += 2;
    const negative = encoded.charCodeAt(i) === 45;
    if (negative) i++;
    let value = 0;
    const digitsFrom = i;
    for (let c = encoded.charCodeAt(i); c >= 48 && c <= 57; c = encoded.charCodeAt(++i)) {
      value = value * 10 + (c - 48);
      if (value > 2 ** 31 - 1) return false;
    }
    if (i === digitsFrom) return false;
    rows[offset + tag] = negative ? -value : value;
    if (i < n) {
      if (encoded.charCodeAt(i) !== 32 || i + 1 === n) return false;
      i++;
    }
  }
  return true;
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
  const { scale, transitions, gazetteer, weights, meta } = json;
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
  if (!isRecord(weights)) throw new NerModelError("model.weights: expected an object");
  const names = Object.keys(weights);
  const features = new Map<string, number>();
  const rows = new Int32Array(names.length * T);
  names.forEach((feature, index) => {
    if (!parseRow(weights[feature], rows, index * T)) {
      throw new NerModelError(`model.weights[${JSON.stringify(feature)}]: expected "tag:weight" pairs`);
    }
    features.set(feature, index);
  });
  return {
    format: MODEL_FORMAT,
    scale,
    transitions: Int32Array.from(trans),
    features,
    rows,
    gazetteer: buildGazetteer(phrases),
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
      ["weights", obj(model.weights)],
    ],
    "  ",
  )}\n}\n`;
}
