import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../functions/documents/decode-article.ts";
import { type ArticleLimits, DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import { extract } from "../../functions/extraction/index.ts";
import { ArticleRejectedError } from "../../functions/pipeline/errors.ts";
import { fixtureBytes } from "../helpers/fixtures.ts";

/** Small limits so that truncation is exercised too. */
const limits: ArticleLimits = { ...DEFAULT_LIMITS, maxObjectBytes: 200_000, maxTextChars: 3_000 };
const KEYS = ["a.txt", "a.md", "a.html", "a.htm", "a.json", "a.txt.gz", "a.html.gz", "a.pdf", "README"];
const FIXTURES = [
  ["articles/kazakhstan-us-cooperation.txt", "k.txt"],
  ["articles/wire-lagos-fuel.txt", "w.txt"],
  ["articles/eu-budget.md", "e.md"],
  ["articles/nigeria-inflation.html", "n.html"],
  ["articles/scraped-ghana-cocoa.html", "g.html"],
  ["articles/brazil-exports.json", "b.json"],
  ["articles/peru-copper.windows-1251.txt", "ru.txt"],
  ["articles/peru-copper.iso-8859-2.txt", "pl.txt"],
] as const;
/** Generous: a document of at most 200 KB decodes and extracts well within this. */
const BOUND_MS = 5_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2}))?$/;

/** The decoding and extraction path either answers within the limits or rejects with a reason code. */
async function checkDocument(bytes: Uint8Array, key: string): Promise<void> {
  const started = performance.now();
  try {
    const article = await decodeArticle(
      bytes,
      { key, lastModified: new Date("2024-06-01T00:00:00Z") },
      limits,
    );
    expect(article.text.length).toBeLessThanOrEqual(limits.maxTextChars);
    expect(article.text).not.toMatch(/(?![\t\n])\p{Cc}/u);
    expect(/\p{L}|\p{N}/u.test(article.text)).toBe(true);
    // A date is ISO 8601 (date, or date-time with an offset) or absent, never junk.
    if (article.publishedAt !== undefined) expect(article.publishedAt).toMatch(ISO_DATE);
    const result = extract(article.text, article.publishedAt ? { publishedAt: article.publishedAt } : {});
    for (const span of [...result.figures, ...result.entities.flatMap((entity) => entity.mentions)]) {
      expect(span.end).toBeLessThanOrEqual(article.text.length);
      expect(article.text.slice(span.start, span.end)).toBe(span.text);
    }
  } catch (error) {
    if (!(error instanceof ArticleRejectedError)) throw error;
    expect(error.reason).toMatch(/^[A-Z_]+$/);
    expect(error.message.length).toBeGreaterThan(0);
  }
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
}

const key = fc.constantFrom(...KEYS);
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<article>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<b>",
        "<a href='",
        "'>",
        "&amp;",
        "&#",
        "&#x1F600;",
        "&nbsp;",
        "<",
        ">",
        "<meta charset=utf-16>",
        "<meta property='article:published_time' content='",
        "<time datetime='",
        "2024-01-05T10:00:00+01:00",
        "Fri, 05 Jan 2024 10:00:00 GMT",
        "05/01/2024",
        "\u0000",
        "\u0007",
        "\r",
      ),
      fc.constantFrom("Brazil exported 5 percent more coffee in 2023. ", "Lagos", "$3 billion", " ", "\n"),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(""));

describe("decodeArticle + extract on random and mutated documents (fast-check)", () => {
  it("random bytes under any key", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), key, (bytes, name) => checkDocument(bytes, name)),
      { numRuns: 300 },
    );
  });

  it("random strings, encoded, under any key", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 2000 }), key, (text, name) =>
        checkDocument(new TextEncoder().encode(text), name),
      ),
      { numRuns: 300 },
    );
  });

  it("random strings as UTF-16 LE or BE without a BOM, and mutated", async () => {
    const utf16 = fc
      .tuple(
        fc.string({ unit: "binary", maxLength: 1000 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
      )
      .map(([text, bigEndian, flips]) => {
        const le = Buffer.from(text, "utf16le");
        const bytes = Uint8Array.from(bigEndian ? le.swap16() : le);
        for (const at of flips) if (bytes.length > 0) bytes[at % bytes.length] = 0;
        return bytes;
      });
    await fc.assert(
      fc.asyncProperty(utf16, key, (bytes, name) => checkDocument(bytes, name)),
      { numRuns: 300 },
    );
  });

  it("truncated, mutated, and gzipped fixtures", async () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...FIXTURES),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.boolean(),
      )
      .map(([[path, name], cut, flips, zip]) => {
        const original = fixtureBytes(path);
        const bytes = Uint8Array.from(original.subarray(0, cut % (original.length + 1)));
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return zip ? { bytes: gzipSync(bytes), name: `${name}.gz` } : { bytes, name };
      });
    await fc.assert(
      fc.asyncProperty(mutated, ({ bytes, name }) => checkDocument(bytes, name)),
      { numRuns: 300 },
    );
  });

  it("random HTML-ish documents", async () => {
    await fc.assert(
      fc.asyncProperty(htmlish, fc.constantFrom("a.html", "a.md", "a.txt"), (page, name) =>
        checkDocument(new TextEncoder().encode(page), name),
      ),
      { numRuns: 300 },
    );
  });

  it("random JSON, and JSON in the article shape with random fields", async () => {
    const shaped = fc.record(
      {
        title: fc.oneof(fc.string(), fc.integer()),
        body: fc.oneof(fc.string({ maxLength: 500 }), htmlish),
        html: htmlish,
        publishedAt: fc.oneof(
          fc.string(),
          fc.integer(),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
          fc.constantFrom("yesterday", "N/A", "January 5, 2024", "1704448800", "05/01/2024"),
        ),
        metadata: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), shaped), (value) =>
        checkDocument(new TextEncoder().encode(JSON.stringify(value) ?? "null"), "a.json"),
      ),
      { numRuns: 300 },
    );
  });
});
