import type { StoredArticle } from "../../functions/adapters/dynamodb-facts-reader.ts";
import type { FactwireEvent } from "../../functions/events/index.ts";
import type { Figure } from "../../functions/extraction/types.ts";

/** A person-readable account of one article: its status, entities, figures and the events emitted. */
export function formatArticleReport(stored: StoredArticle, events: readonly FactwireEvent[]): string {
  const { record, entities, figures } = stored;
  const lines = [`${record.key}  [${record.status}]  articleId ${record.articleId}`];
  if (record.title) lines.push(`  title: ${record.title}`);
  if (record.status === "REJECTED") lines.push(`  rejected: ${record.reason}: ${record.message}`);
  if (record.status === "INGESTED") {
    lines.push(`  entities (${entities.length}):`);
    const sorted = [...entities].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0));
    const width = Math.min(60, Math.max(0, ...sorted.map((entity) => entity.name.length)));
    for (const entity of sorted) {
      const extra = [entity.countryCode, entity.role].filter(Boolean).join(", ");
      const count = (entity as { mentionCount?: number }).mentionCount ?? entity.mentions.length;
      lines.push(
        `    ${entity.type.padEnd(12)} ${entity.name.padEnd(width)} x${count}${extra ? `  (${extra})` : ""}`,
      );
    }
    lines.push(`  figures (${figures.length}):`);
    for (const figure of figures) lines.push(`    ${formatFigure(figure)}`);
  }
  lines.push(
    events.length > 0
      ? `  events: ${events.map((event) => event.detailType).join(", ")}`
      : "  events: none (content unchanged since the last run: nothing to emit)",
  );
  return lines.join("\n");
}

function formatFigure(figure: Figure): string {
  const value = figure.high !== undefined ? `${figure.value}..${figure.high}` : `${figure.value}`;
  const unit = figure.currency ?? figure.unit ?? (figure.kind === "PERCENT" ? "%" : "");
  const parts = [
    `${figure.kind.padEnd(8)} ${JSON.stringify(figure.text).padEnd(26)} = ${value} ${unit}`.trimEnd(),
  ];
  if (figure.qualifier !== "exact")
    parts.push(`${figure.qualifier}${figure.qualifierText ? ` "${figure.qualifierText}"` : ""}`);
  if (figure.change)
    parts.push(`${figure.change.direction}${figure.change.base ? ` vs ${figure.change.base}` : ""}`);
  if (figure.period) parts.push(`period: ${figure.period.text}`);
  if (figure.subject) parts.push(`of: ${figure.subject.text}`);
  if (figure.speaker) parts.push(`said by ${figure.speaker.name}`);
  return parts.join(" | ");
}
