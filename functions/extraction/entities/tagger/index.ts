import { margins, viterbi } from "./decode.ts";
import { sentenceFeatures } from "./features.ts";
import { type NerModel, type ScoredTags, TAGS, type Tag } from "./types.ts";

export { loadModel, NerModelError, type NerModelJson, packRows, serializeModel } from "./model-format.ts";
export { type TokenSpan, tagsToSpans } from "./spans.ts";
export { MODEL_FORMAT, type NerModel, type ScoredTags, type SpanType, TAGS, type Tag } from "./types.ts";

/** Longest run of words decoded at once; longer sentences are cut into chunks of this size. */
export const MAX_CHUNK_WORDS = 200;

const T = TAGS.length;

/** n x T emission scores of one chunk: the sum of each word's feature weight rows. */
function emissions(model: NerModel, words: readonly string[]): Float64Array {
  const feats = sentenceFeatures(model.gazetteer, words);
  const out = new Float64Array(words.length * T);
  feats.forEach((list, i) => {
    for (const f of list) {
      const row = model.features.get(f);
      if (row === undefined) continue;
      for (let t = 0; t < T; t++) out[i * T + t] = (out[i * T + t] ?? 0) + (model.rows[row * T + t] ?? 0);
    }
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
