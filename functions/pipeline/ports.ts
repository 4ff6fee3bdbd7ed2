import type { FactwireEvent, RejectionReason } from "../events/index.ts";
import type { ExtractionResult } from "../extraction/types.ts";

/** Where an article object lives, as an S3 event names it (key already URL-decoded). */
export interface ArticleRef {
  bucket: string;
  key: string;
  versionId?: string;
  /** S3's per-key ordering token: a larger sequencer is a later event for the same key. */
  sequencer?: string;
  eventTime?: string;
}

/** An object that appeared or went away. */
export interface ArticleChange {
  action: "created" | "removed";
  ref: ArticleRef;
}

export interface ArticleObject {
  /** Size in bytes as stored. */
  size: number;
  /** The bytes; absent when `size` exceeds the maxBytes the caller allowed, so nothing big is read. */
  body?: Uint8Array;
  contentType?: string;
  contentEncoding?: string;
  lastModified?: Date;
  versionId?: string;
}

/** Port: reads article objects. */
export interface ArticleSource {
  /** The object, or undefined when it no longer exists (deleted after the event was sent). */
  get(ref: ArticleRef, maxBytes: number): Promise<ArticleObject | undefined>;
}

export type ArticleStatus = "INGESTED" | "REJECTED" | "REMOVED";

/** The status record kept per article: what happened to it last, and why. */
export interface ArticleRecord {
  articleId: string;
  bucket: string;
  key: string;
  status: ArticleStatus;
  sequencer?: string;
  versionId?: string;
  contentHash?: string;
  /** EXTRACTION_VERSION of the engine that produced the stored facts. */
  extractionVersion?: string;
  title?: string;
  publishedAt?: string;
  /** What the article says of itself (JSON fields, HTML meta), kept as given. */
  url?: string;
  source?: string;
  byline?: string;
  language?: string;
  /** The free metadata of a JSON article, as JSON (when it fits MAX_STORED_METADATA_CHARS). */
  metadataJson?: string;
  format?: string;
  truncated?: boolean;
  entityCount?: number;
  figureCount?: number;
  reason?: RejectionReason;
  message?: string;
  /** False until the status event is on the bus: a retry then publishes it again rather than lose it. */
  eventPublished: boolean;
  updatedAt: string;
}

/** superseded: a later event for the same object was stored first, so this write changed nothing. */
export type WriteResult = "committed" | "superseded";

/**
 * Port: stores facts per article; every write replaces what the article had before, and a write for an
 * older event (smaller sequencer) than the one stored never replaces a newer one, even when concurrent.
 */
export interface FactStore {
  getArticle(articleId: string): Promise<ArticleRecord | undefined>;
  /** Replaces the article's facts with these and writes its record, last, as the commit point. */
  replaceFacts(record: ArticleRecord, facts: ExtractionResult): Promise<WriteResult>;
  /** Deletes the article's facts and writes the record (REJECTED or REMOVED) that says why. */
  clearFacts(record: ArticleRecord): Promise<WriteResult>;
  /** Records that the event for the article's current state has been published. */
  markEventPublished(articleId: string): Promise<void>;
}

/** Port: publishes events to subscribers. */
export interface EventPublisher {
  publish(events: readonly FactwireEvent[]): Promise<void>;
}

export interface PipelinePorts {
  source: ArticleSource;
  store: FactStore;
  events: EventPublisher;
  now?: () => Date;
}
