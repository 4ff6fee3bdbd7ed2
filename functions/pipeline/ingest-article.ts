import { decodeArticle } from "../documents/decode-article.ts";
import { dollarCurrencyOf } from "../documents/dollar-currency.ts";
import { type ArticleLimits, MAX_STORED_METADATA_CHARS } from "../documents/limits.ts";
import type { ExtractionResult, ExtractOptions } from "../extraction/types.ts";
import { bySalience, eventFor } from "./article-events.ts";
import { articleIdOf, contentHashOf } from "./article-id.ts";
import { ArticleRejectedError } from "./errors.ts";
import type { ArticleRecord, ArticleRef, PipelinePorts } from "./ports.ts";
import { isStale } from "./sequencer.ts";

export type Extract = (text: string, options?: ExtractOptions) => ExtractionResult;

export interface IngestOptions {
  limits: ArticleLimits;
  extract: Extract;
  /** The extractor's EXTRACTION_VERSION: facts from another version are extracted again. */
  extractionVersion: string;
}

/** What happened to one S3 event record; every outcome but a thrown error is final. */
export type Outcome = "ingested" | "rejected" | "removed" | "unchanged" | "stale" | "gone";

/**
 * Ingests the object an `ObjectCreated` event names: decode, extract, replace the article's facts, emit
 * `Article Ingested` (or `Article Rejected` for input that can never be processed). Idempotent: a
 * duplicate delivery of the same content changes nothing, a stale event (older sequencer) is ignored.
 * Throws only for failures worth a retry (storage, network).
 */
export async function ingestArticle(
  ref: ArticleRef,
  ports: PipelinePorts,
  options: IngestOptions,
): Promise<Outcome> {
  const articleId = articleIdOf(ref.bucket, ref.key);
  const existing = await ports.store.getArticle(articleId);
  if (isStale(ref.sequencer, existing?.sequencer)) return "stale";

  const object = await ports.source.get(ref, options.limits.maxObjectBytes);
  if (!object) return "gone"; // Deleted since: its ObjectRemoved event clears the facts.
  const base = {
    articleId,
    bucket: ref.bucket,
    key: ref.key,
    sequencer: ref.sequencer ?? existing?.sequencer,
    versionId: object.versionId ?? ref.versionId,
    eventPublished: false,
    updatedAt: (ports.now?.() ?? new Date()).toISOString(),
  };
  const contentHash = object.body ? contentHashOf(object.body) : undefined;
  const sameInput =
    existing?.status !== "REMOVED" &&
    contentHash !== undefined &&
    existing?.contentHash === contentHash &&
    existing.extractionVersion === options.extractionVersion;
  // Unless the facts were stored but the event was not sent: then process again so the event goes out.
  if (sameInput && existing?.eventPublished) return "unchanged";

  try {
    if (!object.body) {
      throw new ArticleRejectedError(
        "TOO_LARGE",
        `The object has ${object.size} bytes; the limit is ${options.limits.maxObjectBytes} (FACTWIRE_MAX_OBJECT_BYTES).`,
      );
    }
    const article = await decodeArticle(
      object.body,
      {
        key: ref.key,
        contentType: object.contentType,
        contentEncoding: object.contentEncoding,
        lastModified: object.lastModified,
      },
      options.limits,
    );
    const publishedAt = article.publishedAt ?? object.lastModified?.toISOString();
    const dollarCurrency = dollarCurrencyOf(article);
    const extracted = options.extract(article.text, {
      ...(publishedAt ? { publishedAt } : {}),
      ...(dollarCurrency ? { dollarCurrency } : {}),
    });
    const facts = withinLimits(extracted, options.limits);
    const record: ArticleRecord = {
      ...base,
      status: "INGESTED",
      contentHash,
      extractionVersion: options.extractionVersion,
      format: article.format,
      truncated:
        article.truncated ||
        facts.entities.length < extracted.entities.length ||
        facts.figures.length < extracted.figures.length,
      entityCount: facts.entities.length,
      figureCount: facts.figures.length,
      ...(article.title ? { title: article.title } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.source ? { source: article.source } : {}),
      ...(article.byline ? { byline: article.byline } : {}),
      ...(article.language ? { language: article.language } : {}),
      ...metadataOf(article.metadata),
    };
    if ((await ports.store.replaceFacts(record, facts)) === "superseded") return "stale";
    await publishAndMark(record, ports, facts);
    return "ingested";
  } catch (error) {
    if (!(error instanceof ArticleRejectedError)) throw error;
    const record: ArticleRecord = {
      ...base,
      status: "REJECTED",
      contentHash,
      reason: error.reason,
      message: error.message,
    };
    if ((await ports.store.clearFacts(record)) === "superseded") return "stale";
    await publishAndMark(record, ports);
    return "rejected";
  }
}

/**
 * Clears the facts of an article whose object was deleted and emits `Article Removed`. A removal older
 * than the last upload (smaller sequencer) is ignored.
 */
export async function removeArticle(ref: ArticleRef, ports: PipelinePorts): Promise<Outcome> {
  const articleId = articleIdOf(ref.bucket, ref.key);
  const existing = await ports.store.getArticle(articleId);
  if (isStale(ref.sequencer, existing?.sequencer)) return "stale";
  if (existing?.status === "REMOVED" && existing.eventPublished) return "unchanged";
  const record: ArticleRecord = {
    articleId,
    bucket: ref.bucket,
    key: ref.key,
    status: "REMOVED",
    sequencer: ref.sequencer ?? existing?.sequencer,
    ...(ref.versionId ? { versionId: ref.versionId } : {}),
    eventPublished: false,
    updatedAt: (ports.now?.() ?? new Date()).toISOString(),
  };
  if ((await ports.store.clearFacts(record)) === "superseded") return "stale";
  await publishAndMark(record, ports);
  return "removed";
}

async function publishAndMark(
  record: ArticleRecord,
  ports: PipelinePorts,
  facts?: ExtractionResult,
): Promise<void> {
  await ports.events.publish([eventFor(record, facts)]);
  await ports.store.markEventPublished(record.articleId);
}

/**
 * The article's free metadata as a JSON string: any JSON survives as a string (DynamoDB refuses some maps,
 * e.g. with empty keys), and metadata above MAX_STORED_METADATA_CHARS is left out rather than let the
 * record outgrow DynamoDB's item limit.
 */
function metadataOf(metadata: Record<string, unknown> | undefined): Pick<ArticleRecord, "metadataJson"> {
  if (!metadata) return {};
  const json = JSON.stringify(metadata);
  return json.length <= MAX_STORED_METADATA_CHARS ? { metadataJson: json } : {};
}

/** Keeps the most salient entities and the first figures, within the stored-per-article limits. */
function withinLimits(facts: ExtractionResult, limits: ArticleLimits): ExtractionResult {
  const entities =
    facts.entities.length > limits.maxEntities
      ? [...facts.entities].sort(bySalience).slice(0, limits.maxEntities)
      : facts.entities;
  return { entities, figures: facts.figures.slice(0, limits.maxFigures) };
}
