import { withoutAmountMentions } from "./amount-mentions.ts";
import { extractEntities } from "./entities/extract-entities.ts";
import { extractFigures } from "./figures/extract-figures.ts";
import { checkedOptions } from "./options.ts";
import { splitSentences } from "./text/sentences.ts";
import type { ExtractionResult, ExtractOptions } from "./types.ts";

export type * from "./types.ts";
export { EXTRACTION_VERSION } from "./version.ts";

/**
 * Extracts the entities and figures of one article's plain text. Pure: no I/O, never throws on any
 * string input; options it cannot read (a publication date that is no ISO 8601 date or Date, a currency
 * that is no ISO 4217 code) are a TypeError before any work. Offsets in the result are UTF-16 indices into
 * `text`.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const checked = checkedOptions(options);
  const sentences = splitSentences(text);
  const entities = extractEntities(text, { sentences });
  const figures = extractFigures(text, { sentences, entities, ...checked });
  return { entities: withoutAmountMentions(entities, figures), figures };
}

/**
 * Loads the NER model and builds its look-up indexes by extracting one short sentence, so that a Lambda
 * container pays for them in its init phase (before any article, and ahead of time with provisioned
 * concurrency) rather than on its first article.
 */
export function prepareExtraction(): void {
  extract("Kazakhstan's President Kassym-Jomart Tokayev said exports rose 5% to $3 billion in 2023.");
}
