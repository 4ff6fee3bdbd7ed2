/** The EventBridge `source` of every factwire event. */
export const EVENT_SOURCE = "factwire";

/** Detail-types on the factwire bus: subscribers match on these. */
export const DetailType = {
  ArticleIngested: "Article Ingested",
  ArticleRemoved: "Article Removed",
  ArticleRejected: "Article Rejected",
} as const;

export type DetailType = (typeof DetailType)[keyof typeof DetailType];
