import {
  DetailType,
  type EntitySummary,
  type FactwireEvent,
  type FigureSummary,
  SCHEMA_VERSION,
} from "../events/index.ts";
import type { Entity, ExtractionResult, Figure } from "../extraction/types.ts";
import type { ArticleRecord } from "./ports.ts";

/** How many entities and figures an `Article Ingested` event carries; the table holds them all. */
export const EVENT_ENTITY_LIMIT = 25;
export const EVENT_FIGURE_LIMIT = 25;
const MAX_SUMMARY_TEXT = 300;

/** The event that tells subscribers what the article's record now says. */
export function eventFor(record: ArticleRecord, facts?: ExtractionResult): FactwireEvent {
  const location = {
    schemaVersion: SCHEMA_VERSION,
    articleId: record.articleId,
    bucket: record.bucket,
    key: record.key,
    ...(record.versionId ? { versionId: record.versionId } : {}),
  } as const;
  switch (record.status) {
    case "REMOVED":
      return { detailType: DetailType.ArticleRemoved, detail: location };
    case "REJECTED":
      return {
        detailType: DetailType.ArticleRejected,
        detail: {
          ...location,
          reason: record.reason ?? "UNDECODABLE",
          message: record.message ?? "",
        },
      };
    case "INGESTED": {
      const entities = facts?.entities ?? [];
      const figures = facts?.figures ?? [];
      const entitySummaries = [...entities]
        .sort(bySalience)
        .slice(0, EVENT_ENTITY_LIMIT)
        .map(summarizeEntity);
      const figureSummaries = figures.slice(0, EVENT_FIGURE_LIMIT).map(summarizeFigure);
      return {
        detailType: DetailType.ArticleIngested,
        detail: {
          ...location,
          contentHash: record.contentHash ?? "",
          ...(record.title ? { title: clip(record.title) } : {}),
          ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
          ...(record.url ? { url: clip(record.url) } : {}),
          ...(record.source ? { source: clip(record.source) } : {}),
          ...(record.language ? { language: clip(record.language) } : {}),
          entityCount: record.entityCount ?? entities.length,
          figureCount: record.figureCount ?? figures.length,
          entities: entitySummaries,
          figures: figureSummaries,
          truncated: entitySummaries.length < entities.length || figureSummaries.length < figures.length,
          articleTruncated: record.truncated ?? false,
        },
      };
    }
  }
}

export function bySalience(a: Entity, b: Entity): number {
  return (b.salience ?? 0) - (a.salience ?? 0) || b.mentions.length - a.mentions.length;
}

function summarizeEntity(entity: Entity): EntitySummary {
  return {
    id: entity.id,
    type: entity.type,
    name: clip(entity.name),
    mentionCount: entity.mentions.length,
    ...(entity.salience !== undefined ? { salience: entity.salience } : {}),
  };
}

function summarizeFigure(figure: Figure): FigureSummary {
  return {
    kind: figure.kind,
    text: clip(figure.text),
    value: figure.value,
    ...(figure.high !== undefined ? { high: figure.high } : {}),
    ...(figure.currency ? { currency: figure.currency } : {}),
    ...(figure.unit ? { unit: clip(figure.unit) } : {}),
    qualifier: figure.qualifier,
    ...(figure.subject ? { subject: clip(figure.subject.text) } : {}),
  };
}

function clip(text: string): string {
  return text.length > MAX_SUMMARY_TEXT ? `${text.slice(0, MAX_SUMMARY_TEXT - 1)}…` : text;
}
