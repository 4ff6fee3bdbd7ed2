import { z } from "zod";

/**
 * Event detail schemas: the contract with subscribers. A breaking change bumps `schemaVersion`;
 * additive, optional fields do not.
 */
export const SCHEMA_VERSION = "1.0";

const ArticleLocation = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id derived from bucket + key: the same object path always has the same id. */
  articleId: z.string().min(1),
  bucket: z.string().min(1),
  key: z.string().min(1),
  versionId: z.string().optional(),
};

export const EntitySummary = z.object({
  id: z.string(),
  type: z.enum(["PERSON", "ORGANIZATION", "LOCATION", "MISC"]),
  name: z.string(),
  mentionCount: z.number().int().nonnegative(),
  salience: z.number().optional(),
});

export const FigureSummary = z.object({
  kind: z.enum(["MONEY", "PERCENT", "QUANTITY", "NUMBER"]),
  text: z.string(),
  value: z.number(),
  high: z.number().optional(),
  currency: z.string().optional(),
  unit: z.string().optional(),
  qualifier: z.string(),
  subject: z.string().optional(),
});

export const ArticleIngestedDetail = z.object({
  ...ArticleLocation,
  contentHash: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  /** The article's own URL and source, when it gives them (JSON fields, HTML meta). */
  url: z.string().optional(),
  source: z.string().optional(),
  language: z.string().optional(),
  entityCount: z.number().int().nonnegative(),
  figureCount: z.number().int().nonnegative(),
  /** The most salient entities and the first figures; the full set is in the facts table. */
  entities: z.array(EntitySummary),
  figures: z.array(FigureSummary),
  /** True when `entities` or `figures` hold fewer items than the counts. */
  truncated: z.boolean(),
  /**
   * True when the article itself was cut at a configured limit: its text at FACTWIRE_MAX_TEXT_CHARS, or
   * its stored entities or figures at FACTWIRE_MAX_ENTITIES / FACTWIRE_MAX_FIGURES.
   */
  articleTruncated: z.boolean().optional(),
});

export const ArticleRemovedDetail = z.object({ ...ArticleLocation });

export const RejectionReason = z.enum([
  "EMPTY",
  "TOO_LARGE",
  "UNSUPPORTED_TYPE",
  "BINARY",
  "UNDECODABLE",
  "INVALID_JSON",
  "NO_TEXT",
]);

export const ArticleRejectedDetail = z.object({
  ...ArticleLocation,
  reason: RejectionReason,
  /** A sentence for humans: what was wrong and what to do. */
  message: z.string(),
});

export type EntitySummary = z.infer<typeof EntitySummary>;
export type FigureSummary = z.infer<typeof FigureSummary>;
export type ArticleIngestedDetail = z.infer<typeof ArticleIngestedDetail>;
export type ArticleRemovedDetail = z.infer<typeof ArticleRemovedDetail>;
export type ArticleRejectedDetail = z.infer<typeof ArticleRejectedDetail>;
export type RejectionReason = z.infer<typeof RejectionReason>;
