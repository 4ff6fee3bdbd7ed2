import type { ClusterLookup } from "./clusters.ts";

/** The tag set of the tagger, BIO2 over four entity types. Index order is part of the model format. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;

export type Tag = (typeof TAGS)[number];

/** The entity types the tagger proposes. */
export type SpanType = "PER" | "ORG" | "LOC" | "MISC";

/** Model format identifier; loadModel() rejects anything else. */
export const MODEL_FORMAT = "factwire-ner-perceptron/3";

/**
 * A trained averaged-perceptron tagger, as loaded from its JSON file. Everything the engine needs is in
 * here (weights, transitions, gazetteers), so features at run time are exactly those seen in training.
 */
export interface NerModel {
  format: typeof MODEL_FORMAT;
  /** Weights are integers; `scale` converts them back to the trained (averaged) values. */
  scale: number;
  /** (TAGS.length + 1) x TAGS.length: row 0 is the start of a sentence, row 1 + p follows tag p. */
  transitions: Int32Array;
  /** Feature string -> row index into `rows`; features without weights are absent. */
  features: ReadonlyMap<string, number>;
  /** Dense per-tag weights, TAGS.length signed bytes per feature row. */
  rows: Int8Array;
  /** Lower-cased phrases (words joined by one space) by gazetteer class, e.g. "country". */
  gazetteer: Gazetteer;
  /** Lower-cased word -> its path in the word-cluster tree ("203112"); a prefix is a coarser cluster. */
  clusters: ClusterLookup;
  /** Words the training text writes in lower case (90% of the time): they tell title-case sentences. */
  lowercaseWords: ReadonlySet<string>;
  /** Those and the words written in lower case 60% of the time: lowered in title-case sentences (truecase.ts). */
  truecaseWords: ReadonlySet<string>;
  /** Free-form provenance (data sets, epochs, seed); not used by the engine. */
  meta: Readonly<Record<string, unknown>>;
}

/** What feature extraction reads besides the words: the model's word lists and word clusters. */
export type FeatureLexicon = Pick<NerModel, "gazetteer" | "clusters">;

/** Phrase lookup: first word -> the phrases (as word arrays) that start with it, longest first. */
export interface Gazetteer {
  classes: readonly string[];
  /** first lower-cased word -> [words of the phrase, class index][] sorted by length, longest first. */
  byFirstWord: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], number]>>;
  /** Longest phrase in words (bounds the work per token). */
  maxWords: number;
}

/** A tagged sentence with the decoder's per-token confidence. */
export interface ScoredTags {
  tags: Tag[];
  /**
   * Per token: the max-marginal score of the chosen tag minus that of the best other tag, in model units
   * (divided by `scale`). Small values mean the decoder nearly chose otherwise.
   */
  margins: number[];
}
