import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../functions/documents/decode-article.ts";
import { DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import { ArticleRejectedError } from "../../functions/pipeline/errors.ts";
import { fixtureBytes } from "../helpers/fixtures.ts";

const limits = DEFAULT_LIMITS;
const utf8 = (text: string) => new TextEncoder().encode(text);

async function rejection(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error.reason;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("decodeArticle: formats", () => {
  it("drops the scraper's 'Scroll to Top' and takes the first line as title of a text file", async () => {
    const article = await decodeArticle(
      fixtureBytes("articles/kazakhstan-us-cooperation.txt"),
      { key: "a.txt" },
      limits,
    );

    expect(article.format).toBe("text");
    expect(article.title).toBe("Kazakhstan, U.S. interested too boost cooperation");
    expect(article.text).not.toContain("Scroll to Top");
    expect(article.text.endsWith("as cited by The Astana Times.")).toBe(true);
  });

  it("reads the main content of an HTML page without navigation, ads, footer or scripts", async () => {
    const article = await decodeArticle(
      fixtureBytes("articles/nigeria-inflation.html"),
      { key: "n.html" },
      limits,
    );

    expect(article.format).toBe("html");
    expect(article.title).toContain("Nigeria's inflation eases");
    expect(article.publishedAt).toBe("2026-10-15T08:30:00Z");
    expect(article.text).toContain("slowed to 24.2 percent in September");
    expect(article.text).not.toMatch(/Advertisement|All rights reserved|Markets|tracker/);
  });

  it("strips Markdown syntax and keeps its words", async () => {
    const article = await decodeArticle(fixtureBytes("articles/eu-budget.md"), { key: "eu.md" }, limits);

    expect(article.title).toBe("EU agrees €50 billion fund for Ukraine");
    expect(article.text).toContain("agreed on a €50 billion support package\nfor Ukraine on Thursday");
    expect(article.text).not.toMatch(/[*#>[\]]|https?:|Share this article/);
  });

  it("reads a JSON article and keeps its free metadata", async () => {
    const article = await decodeArticle(
      fixtureBytes("articles/brazil-exports.json"),
      { key: "b.json" },
      limits,
    );

    expect(article).toMatchObject({
      format: "json",
      title: "Brazil's soybean exports hit record",
      publishedAt: "2024-01-05T12:00:00Z",
      source: "Example Wire",
      url: "https://news.example.com/brazil-soy",
      metadata: { section: "Markets", desk: "commodities" },
    });
    expect(article.text.startsWith("Brazil exported 101.9 million tonnes")).toBe(true);
  });

  it("gunzips by extension or by magic bytes", async () => {
    const zipped = gzipSync(utf8("Title\n\nPeru grew 3 percent."));

    expect((await decodeArticle(zipped, { key: "p.txt.gz" }, limits)).text).toBe(
      "Title\n\nPeru grew 3 percent.",
    );
    expect((await decodeArticle(zipped, { key: "p.txt", contentEncoding: "gzip" }, limits)).text).toContain(
      "Peru",
    );
  });
});

describe("decodeArticle: encodings", () => {
  it("reads UTF-8 with a BOM and UTF-16 with either BOM", async () => {
    const text = "Zürich — “quoted” 5 €";
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);

    expect(
      (await decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), { key: "a.txt" }, limits))
        .text,
    ).toBe(text);
    expect((await decodeArticle(le, { key: "a.txt" }, limits)).text).toBe(text);
    expect((await decodeArticle(be, { key: "a.txt" }, limits)).text).toBe(text);
  });

  it("reads Windows-1252 bytes (curly quotes, euro sign) when they are not UTF-8", async () => {
    const bytes = Uint8Array.from([0x93, ...utf8("Caf"), 0xe9, 0x94, 0x20, 0x80, 0x35]);

    expect((await decodeArticle(bytes, { key: "a.txt" }, limits)).text).toBe("“Café” €5");
  });

  it("honours the charset of the Content-Type", async () => {
    const bytes = Uint8Array.from([...utf8("Gr"), 0xfc, ...utf8("n")]);

    expect(
      (await decodeArticle(bytes, { key: "a.txt", contentType: "text/plain; charset=ISO-8859-1" }, limits))
        .text,
    ).toBe("Grün");
  });
});

describe("decodeArticle: bad input gets a reason code", () => {
  it.each([
    ["EMPTY", new Uint8Array(), "a.txt"],
    ["UNSUPPORTED_TYPE", utf8("hello"), "a.docx"],
    ["UNSUPPORTED_TYPE", utf8("hello"), "README"],
    ["BINARY", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]), "a.txt"],
    ["BINARY", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "a.md"],
    ["BINARY", Uint8Array.from([0x41, 0, 0x42, 0x43]), "a.txt"],
    ["INVALID_JSON", utf8("{not json"), "a.json"],
    ["INVALID_JSON", utf8('{"title": "no body"}'), "a.json"],
    ["NO_TEXT", utf8("<html><body><nav></nav></body></html>"), "a.html"],
    ["NO_TEXT", utf8(" \n\t\n "), "a.txt"],
    ["UNDECODABLE", utf8("plain text, not gzip"), "a.txt.gz"],
  ])("%s for %s", async (reason, bytes, key) => {
    expect(await rejection(() => decodeArticle(bytes as Uint8Array, { key }, limits))).toBe(reason);
  });

  it("rejects an object above maxObjectBytes, and a gzip bomb beyond it", async () => {
    const small = { ...limits, maxObjectBytes: 1000 };
    const bomb = gzipSync(new Uint8Array(10_000_000).fill(0x41));

    expect(
      await rejection(() => decodeArticle(new Uint8Array(1001).fill(0x41), { key: "a.txt" }, small)),
    ).toBe("TOO_LARGE");
    expect(bomb.length).toBeLessThan(1000 * 20);
    expect(
      await rejection(() => decodeArticle(bomb, { key: "a.txt.gz" }, { ...limits, maxObjectBytes: 100_000 })),
    ).toBe("TOO_LARGE");
  });

  it("truncates text beyond maxTextChars and says so", async () => {
    const article = await decodeArticle(
      utf8("word ".repeat(100)),
      { key: "a.txt" },
      { ...limits, maxTextChars: 50 },
    );

    expect(article.text).toHaveLength(50);
    expect(article.truncated).toBe(true);
  });
});
