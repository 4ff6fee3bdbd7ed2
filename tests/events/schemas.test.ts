import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleIngestedDetail, ArticleRejectedDetail } from "../../functions/events/schemas.ts";
import { eventFor } from "../../functions/pipeline/article-events.ts";
import type { ArticleRecord } from "../../functions/pipeline/ports.ts";
import { eventJsonSchemas } from "../../scripts/event-json-schemas.ts";

const record: ArticleRecord = {
  articleId: "0123456789abcdef0123456789abcdef",
  bucket: "factwire-articles",
  key: "articles/a.txt",
  status: "INGESTED",
  contentHash: "ab".repeat(32),
  eventPublished: false,
  updatedAt: "2026-11-29T00:00:00.000Z",
};

describe("event details", () => {
  it("committed JSON Schemas match the zod schemas (run `npm run schemas` after a change)", () => {
    for (const [name, schema] of Object.entries(eventJsonSchemas())) {
      const committed = JSON.parse(
        readFileSync(resolve(import.meta.dirname, "../../docs/schemas", name), "utf8"),
      );
      expect(committed, name).toEqual(schema);
    }
  });

  it("an Article Ingested detail stays small with 10,000 long-named entities and figures", () => {
    const long = "x".repeat(5000);
    const entities = Array.from({ length: 10_000 }, (_, i) => ({
      id: `misc/${i}`,
      type: "MISC" as const,
      name: long,
      mentions: [{ start: 0, end: 1, text: "x" }],
      salience: i / 10_000,
    }));
    const figures = Array.from({ length: 10_000 }, (_, i) => ({
      kind: "NUMBER" as const,
      text: long,
      start: i,
      end: i + 1,
      value: i,
      qualifier: "exact" as const,
      sentence: { text: long, start: 0, end: 1 },
    }));

    const event = eventFor(
      { ...record, title: long, key: `articles/${"k".repeat(1000)}` },
      { entities, figures },
    );

    const detail = ArticleIngestedDetail.parse(event.detail);
    expect(detail.truncated).toBe(true);
    expect(detail.entityCount).toBe(10_000);
    expect(detail.entities[0]?.id).toBe("misc/9999");
    // PutEvents allows 256 KB per entry.
    expect(Buffer.byteLength(JSON.stringify(event.detail))).toBeLessThan(64 * 1024);
  });

  it("an Article Rejected detail carries the reason code and the sentence", () => {
    const event = eventFor({
      ...record,
      status: "REJECTED",
      reason: "BINARY",
      message: "The object is a PNG file.",
    });

    expect(event.detailType).toBe("Article Rejected");
    expect(ArticleRejectedDetail.parse(event.detail)).toMatchObject({
      reason: "BINARY",
      schemaVersion: "1.0",
    });
  });
});
