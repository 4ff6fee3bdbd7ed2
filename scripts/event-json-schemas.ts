import { z } from "zod";
import {
  ArticleIngestedDetail,
  ArticleRejectedDetail,
  ArticleRemovedDetail,
} from "../functions/events/schemas.ts";

/** JSON Schemas of the event details, for subscribers who do not use TypeScript; file name → schema. */
export function eventJsonSchemas(): Record<string, unknown> {
  return {
    "article-ingested.schema.json": z.toJSONSchema(ArticleIngestedDetail),
    "article-removed.schema.json": z.toJSONSchema(ArticleRemovedDetail),
    "article-rejected.schema.json": z.toJSONSchema(ArticleRejectedDetail),
  };
}
