import type { DetailType } from "./detail-types.ts";
import type { ArticleIngestedDetail, ArticleRejectedDetail, ArticleRemovedDetail } from "./schemas.ts";

export * from "./detail-types.ts";
export * from "./schemas.ts";

/** One event for the bus, typed by its detail-type. */
export type FactwireEvent =
  | { detailType: typeof DetailType.ArticleIngested; detail: ArticleIngestedDetail }
  | { detailType: typeof DetailType.ArticleRemoved; detail: ArticleRemovedDetail }
  | { detailType: typeof DetailType.ArticleRejected; detail: ArticleRejectedDetail };
