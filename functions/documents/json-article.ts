import { z } from "zod";
import { ArticleRejectedError } from "../pipeline/errors.ts";

/**
 * The JSON article shape (docs/inputs.md). `body` is plain text, `html` a page or fragment; one of the
 * two is required. Unknown fields are kept in `metadata`.
 */
export const JsonArticle = z
  .looseObject({
    title: z.string().optional(),
    body: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    /** ISO 8601 or another date form normalizePublishedAt reads; a number is epoch (milli)seconds. */
    publishedAt: z.union([z.string(), z.number()]).optional(),
    language: z.string().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((article) => article.body !== undefined || article.html !== undefined, {
    message: 'an article needs a "body" (text) or an "html" field',
  });

export type JsonArticle = z.infer<typeof JsonArticle>;

export function parseJsonArticle(json: string): JsonArticle {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ArticleRejectedError(
      "INVALID_JSON",
      `The object is not valid JSON: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "article"}: ${issue.message}`,
    );
    throw new ArticleRejectedError(
      "INVALID_JSON",
      `The JSON does not match the article shape: ${problems.join("; ")}.`,
    );
  }
  return parsed.data;
}
