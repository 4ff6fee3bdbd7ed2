import { gzipSync } from "node:zlib";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import { articleIdOf } from "../../functions/pipeline/article-id.ts";
import { fixtureBytes } from "../helpers/fixtures.ts";
import {
  BUCKET,
  type LocalPipeline,
  lambdaContext,
  sqsEvent,
  startLocalPipeline,
} from "../helpers/local-pipeline.ts";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const STORY = "Peru's copper exports rose 12 percent to $3 billion in 2023, the central bank in Lima said.";

interface Upload {
  body: Uint8Array | string;
  contentType?: string;
  contentEncoding?: string;
}

/** Every format and every bad case of docs/inputs.md, through the real handler on s3rver + dynalite. */
describe("inputs through the handler", () => {
  let local: LocalPipeline;
  let small: LocalPipeline;

  beforeAll(async () => {
    // Raised so that a 10 MB single line is within the limit; a second stack has a tiny one.
    local = await startLocalPipeline({ ...DEFAULT_LIMITS, maxObjectBytes: 12 * 1024 * 1024 });
    small = await startLocalPipeline({ ...DEFAULT_LIMITS, maxObjectBytes: 1000 });
  });
  afterAll(async () => {
    await Promise.all([local?.stop(), small?.stop()]);
  });
  beforeEach(() => {
    for (const pipeline of [local, small]) {
      pipeline.notifications.length = 0;
      pipeline.events.length = 0;
    }
  });

  async function ingest(key: string, upload: Upload, pipeline = local) {
    await pipeline.stack.s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: key,
        Body: upload.body,
        ContentType: upload.contentType,
        ContentEncoding: upload.contentEncoding,
      }),
    );
    const response = await pipeline.handler(sqsEvent(pipeline.notifications.at(-1)), lambdaContext);
    expect(response.batchItemFailures).toEqual([]);
    const stored = await pipeline.reader.article(articleIdOf(BUCKET, key));
    return { stored, events: [...pipeline.events] };
  }

  describe("formats", () => {
    it.each([
      [
        "text with a UTF-8 BOM",
        "bom.txt",
        { body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(STORY)]) },
      ],
      [
        "UTF-16 LE text",
        "utf16.txt",
        { body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]) },
      ],
      ["UTF-16 LE text without a BOM", "utf16le-nobom.txt", { body: Buffer.from(STORY, "utf16le") }],
      ["UTF-16 BE text without a BOM", "utf16be-nobom.txt", { body: Buffer.from(STORY, "utf16le").swap16() }],
      [
        "Windows-1252 text",
        "legacy.txt",
        {
          body: Buffer.from(
            `\u201c${STORY}\u201d`.replace(/[\u201c\u201d]/g, (q) => (q === "\u201c" ? "\x93" : "\x94")),
            "latin1",
          ),
        },
      ],
      [
        "Markdown",
        "story.md",
        {
          body: `# Peru\n\n**Peru's** copper exports rose [12 percent](https://x.example) to $3 billion in 2023, the central bank in Lima said.`,
        },
      ],
      [
        "JSON with a body",
        "story.json",
        {
          body: JSON.stringify({
            title: "Peru",
            body: STORY,
            publishedAt: "2024-01-05T00:00:00Z",
            desk: "mining",
          }),
        },
      ],
      [
        "JSON with html",
        "html.json",
        {
          body: JSON.stringify({
            html: `<html><body><article><p>${STORY} ${STORY}</p></article></body></html>`,
          }),
        },
      ],
      ["gzip by extension", "zipped.txt.gz", { body: gzipSync(utf8(STORY)) }],
      ["gzip by Content-Encoding", "encoded.txt", { body: gzipSync(utf8(STORY)), contentEncoding: "gzip" }],
    ])("ingests %s", async (_name, key, upload) => {
      const { stored, events } = await ingest(`articles/formats/${key}`, upload as Upload);

      expect(stored?.record.status).toBe("INGESTED");
      expect(stored?.figures.map((figure) => figure.text)).toEqual(
        expect.arrayContaining(["12 percent", "$3 billion"]),
      );
      expect(stored?.entities.map((entity) => entity.name)).toContain("Peru");
      expect(events.map((event) => event.detailType)).toEqual(["Article Ingested"]);
    });

    it("reads a scraped page: article only, title and published time from its meta tags", async () => {
      const { stored, events } = await ingest("articles/formats/ghana.html", {
        body: fixtureBytes("articles/scraped-ghana-cocoa.html"),
        contentType: "text/html; charset=utf-8",
      });

      expect(stored?.record).toMatchObject({
        status: "INGESTED",
        format: "html",
        title: "Ghana’s cocoa output falls 30% as disease spreads",
        publishedAt: "2024-03-12T07:45:00+00:00",
      });
      const names = stored?.entities.map((entity) => entity.name) ?? [];
      expect(names).toEqual(expect.arrayContaining(["Ghana", "Cocobod", "Ivory Coast"]));
      expect(names.join(" ")).not.toMatch(/Nigeria|West Africa Wire/); // The script and the masthead.
      expect(stored?.figures.map((figure) => figure.text)).toEqual(
        expect.arrayContaining(["650,000 tonnes", "$1.3 billion"]),
      );
      expect(events[0]?.detail).toMatchObject({ publishedAt: "2024-03-12T07:45:00+00:00" });
    });

    it.each([
      [
        "Windows-1251 from the Content-Type",
        "ru.txt",
        "articles/peru-copper.windows-1251.txt",
        "text/plain; charset=windows-1251",
        "Медь из Перу: экспорт вырос на 12%",
      ],
      [
        "ISO-8859-2 from the Content-Type",
        "pl.txt",
        "articles/peru-copper.iso-8859-2.txt",
        "text/plain; charset=ISO-8859-2",
        "Zażółć gęślą jaźń: miedź z Peru",
      ],
    ])("reads %s", async (_name, key, fixture, contentType, title) => {
      const { stored, events } = await ingest(`articles/formats/${key}`, {
        body: fixtureBytes(fixture),
        contentType,
      });

      expect(stored?.record).toMatchObject({ status: "INGESTED", title });
      expect(stored?.figures.map((figure) => figure.text)).toEqual(
        expect.arrayContaining(["12 percent", "$3 billion"]),
      );
      expect(events.map((event) => event.detailType)).toEqual(["Article Ingested"]);
    });

    it("normalizes the published date of a JSON article, and drops one that is not a date", async () => {
      const json = (publishedAt: string) => ({
        body: JSON.stringify({ title: "Peru", body: STORY, publishedAt }),
      });
      const rfc = await ingest("articles/formats/rfc-date.json", json("Fri, 05 Jan 2024 10:00:00 GMT"));
      const junk = await ingest("articles/formats/junk-date.json", json("N/A"));

      expect(rfc.stored?.record.publishedAt).toBe("2024-01-05T10:00:00Z");
      expect(rfc.events[0]?.detail).toMatchObject({ publishedAt: "2024-01-05T10:00:00Z" });
      // Dropped: the pipeline falls back to the object's time, an ISO date-time.
      expect(junk.stored?.record.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(junk.stored?.record.publishedAt).not.toBe("N/A");
    });

    it("dates wire copy by its dateline and drops its boilerplate", async () => {
      const { stored } = await ingest("articles/formats/wire.txt", {
        body: fixtureBytes("articles/wire-lagos-fuel.txt"),
      });

      expect(stored?.record).toMatchObject({
        status: "INGESTED",
        title: "Nigeria raises petrol price again",
      });
      // The dateline has no year: it comes from the object's time, so only the month and day are fixed.
      expect(stored?.record.publishedAt).toMatch(/^\d{4}-10-15$/);
      expect(stored?.entities.map((entity) => entity.name)).not.toContain("Thomson Reuters");
    });
  });

  describe("bad input is rejected with a reason, once", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    it.each([
      ["empty", "empty.txt", { body: "" }, "EMPTY"],
      ["PNG bytes", "image.txt", { body: png }, "BINARY"],
      ["PDF bytes", "report.md", { body: "%PDF-1.7\n%\xe2\xe3\n1 0 obj" }, "BINARY"],
      ["zip bytes", "archive.html", { body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]) }, "BINARY"],
      ["undecodable gzip", "broken.txt.gz", { body: "not gzip at all" }, "UNDECODABLE"],
      [
        "undecodable UTF-8 after a BOM",
        "bad-bom.txt",
        { body: Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]) },
        "UNDECODABLE",
      ],
      [
        "HTML with no article",
        "empty.html",
        { body: "<html><head><title>x</title></head><body><nav></nav><script>1</script></body></html>" },
        "NO_TEXT",
      ],
      [
        "JSON that is not the shape",
        "shape.json",
        { body: JSON.stringify({ title: "no body", text: 5 }) },
        "INVALID_JSON",
      ],
      ["JSON that is not JSON", "broken.json", { body: "{title: 'x'" }, "INVALID_JSON"],
      ["an unknown extension", "story.docx", { body: STORY }, "UNSUPPORTED_TYPE"],
      ["a gzip bomb", "bomb.txt.gz", { body: gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x41)) }, "TOO_LARGE"],
    ])("%s", async (_name, key, upload, reason) => {
      const { stored, events } = await ingest(`articles/bad/${key}`, upload as Upload);

      expect(stored?.record).toMatchObject({ status: "REJECTED", reason, message: expect.any(String) });
      expect(stored?.entities).toEqual([]);
      expect(events).toEqual([
        expect.objectContaining({
          detailType: "Article Rejected",
          detail: expect.objectContaining({ reason }),
        }),
      ]);
    });

    it("an object over maxObjectBytes", async () => {
      const { stored, events } = await ingest("articles/bad/big.txt", { body: STORY.repeat(20) }, small);

      expect(stored?.record).toMatchObject({ status: "REJECTED", reason: "TOO_LARGE" });
      expect(events[0]?.detail).toMatchObject({
        reason: "TOO_LARGE",
        message: expect.stringContaining("1000"),
      });
    });
  });

  describe("hostile input is handled within the limits", () => {
    it("a 10 MB single line: truncated at maxTextChars, not timed out", async () => {
      const line = `${STORY} `.repeat(Math.ceil(10_000_000 / (STORY.length + 1))).slice(0, 10_000_000);
      const started = performance.now();

      const { stored } = await ingest("articles/hostile/line.txt", { body: line });

      expect(performance.now() - started).toBeLessThan(45_000);
      expect(stored?.record).toMatchObject({ status: "INGESTED", truncated: true });
      expect(stored?.figures.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFigures);
    });

    it("5,000 nested divs: read by the flat reader, no stack overflow", async () => {
      const page = `<html><head><title>Peru</title></head><body>${"<div>".repeat(5000)}<p>${STORY}</p>${"</div>".repeat(5000)}</body></html>`;

      const { stored } = await ingest("articles/hostile/nested.html", { body: page });

      expect(stored?.record).toMatchObject({ status: "INGESTED", title: "Peru" });
      expect(stored?.figures.map((figure) => figure.text)).toContain("$3 billion");
    });

    it("scripts are not run, entities are decoded and control characters removed", async () => {
      const page = `<html><body><script>globalThis.pwned = true; document.write("<p>Chile 99 percent</p>")</script>
        <article><p>Peru&#8217;s copper exports rose 12&#x0007; percent to $3&nbsp;billion in 2023, the central bank in
        Lima said.\u0007\u001b ${STORY}</p></article></body></html>`;

      const { stored } = await ingest("articles/hostile/script.html", { body: page });

      expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
      expect(stored?.record.status).toBe("INGESTED");
      const figures = stored?.figures.map((figure) => figure.text) ?? [];
      expect(figures).toContain("12 percent");
      expect(figures).not.toContain("99 percent");
    });
  });
});
