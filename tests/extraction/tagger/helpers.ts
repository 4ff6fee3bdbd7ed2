import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel, type NerModel } from "../../../functions/extraction/entities/tagger/index.ts";

export const MODEL_PATH = join(
  import.meta.dirname,
  "../../../functions/extraction/entities/model/ner-model.json",
);

let cached: NerModel | undefined;

/** The committed model, loaded once per test file. */
export function committedModel(): NerModel {
  cached ??= loadModel(JSON.parse(readFileSync(MODEL_PATH, "utf8")));
  return cached;
}

/** True when every I-X continues a B-X or I-X. */
export function isValidBio(tags: readonly string[]): boolean {
  return tags.every((tag, i) => {
    if (!tag.startsWith("I-")) return true;
    const prev = tags[i - 1];
    return prev !== undefined && prev !== "O" && prev.slice(2) === tag.slice(2);
  });
}
