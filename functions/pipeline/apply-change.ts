import { type IngestOptions, ingestArticle, type Outcome, removeArticle } from "./ingest-article.ts";
import type { ArticleChange, PipelinePorts } from "./ports.ts";

/** Applies one object change: an upload is ingested, a deletion clears the article's facts. */
export function applyChange(
  change: ArticleChange,
  ports: PipelinePorts,
  options: IngestOptions,
): Promise<Outcome> {
  return change.action === "created"
    ? ingestArticle(change.ref, ports, options)
    : removeArticle(change.ref, ports);
}
