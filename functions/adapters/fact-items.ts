import type { Entity, ExtractionResult, Figure } from "../extraction/types.ts";
import type { ArticleRecord } from "../pipeline/ports.ts";
import { sequencerOrder } from "./fact-generation.ts";
import { articlePk, entityGsiPk, entitySk, figureSk, META_SK } from "./facts-table-keys.ts";

/** Mentions kept per entity item, and characters kept of long strings: an item must stay below 400 KB. */
export const MAX_MENTIONS_PER_ITEM = 200;
const MAX_STORED_TEXT = 2000;

export type Item = Record<string, unknown> & { pk: string; sk: string };

/** The article's record; `generation` names its current facts and `sequencerOrder` orders its writes. */
export function metaItem(record: ArticleRecord, generation: string): Item {
  return {
    pk: articlePk(record.articleId),
    sk: META_SK,
    ...record,
    generation,
    sequencerOrder: sequencerOrder(record.sequencer),
  };
}

export function factItems(record: ArticleRecord, facts: ExtractionResult, generation: string): Item[] {
  const pk = articlePk(record.articleId);
  return [
    ...facts.entities.map((entity) => entityItem(pk, record, entity, generation)),
    ...facts.figures.map((figure, index) => figureItem(pk, record, figure, index, generation)),
  ];
}

function entityItem(pk: string, record: ArticleRecord, entity: Entity, generation: string): Item {
  return {
    pk,
    sk: entitySk(generation, entity.id),
    generation,
    gsi1pk: entityGsiPk(entity.id),
    gsi1sk: pk,
    articleId: record.articleId,
    articleKey: record.key,
    ...entity,
    name: clip(entity.name),
    mentionCount: entity.mentions.length,
    mentions: entity.mentions.slice(0, MAX_MENTIONS_PER_ITEM).map((m) => ({ ...m, text: clip(m.text) })),
  };
}

function figureItem(
  pk: string,
  record: ArticleRecord,
  figure: Figure,
  index: number,
  generation: string,
): Item {
  return {
    pk,
    sk: figureSk(generation, index),
    generation,
    articleId: record.articleId,
    ...figure,
    text: clip(figure.text),
    sentence: { ...figure.sentence, text: clip(figure.sentence.text) },
    ...(figure.subject ? { subject: { ...figure.subject, text: clip(figure.subject.text) } } : {}),
  };
}

function clip(text: string): string {
  return text.length > MAX_STORED_TEXT ? text.slice(0, MAX_STORED_TEXT) : text;
}
