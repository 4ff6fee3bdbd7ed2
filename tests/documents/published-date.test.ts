import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../functions/documents/decode-article.ts";
import { DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import { normalizePublishedAt } from "../../functions/documents/published-date.ts";

const limits = DEFAULT_LIMITS;
const utf8 = (text: string) => new TextEncoder().encode(text);
const BODY =
  "<p>Ghana's cocoa output fell 30 percent in the 2023/24 season as swollen shoot disease spread across farms in the west, the regulator said on Tuesday.</p>".repeat(
    3,
  );

describe("normalizePublishedAt: real-world formats to ISO 8601", () => {
  it.each([
    // ISO 8601: the offset is kept as written, so the date stays the publisher's day.
    ["2024-01-05T10:00:00+01:00", "2024-01-05T10:00:00+01:00"],
    ["2024-01-05T23:30:00-05:00", "2024-01-05T23:30:00-05:00"],
    ["2024-01-05T10:00:00Z", "2024-01-05T10:00:00Z"],
    ["2024-01-05T10:00Z", "2024-01-05T10:00:00Z"],
    ["2024-01-05T10:00:00.123456+0100", "2024-01-05T10:00:00.123+01:00"],
    ["2024-01-05 10:00:00 UTC", "2024-01-05T10:00:00Z"],
    ["  2024-01-05  ", "2024-01-05"],
    // No zone: the time is of an unknown zone, so only the date is kept.
    ["2024-01-05T10:00:00", "2024-01-05"],
    // RFC 2822 / HTTP dates.
    ["Fri, 05 Jan 2024 10:00:00 GMT", "2024-01-05T10:00:00Z"],
    ["Fri, 5 Jan 2024 10:00:00 +0100", "2024-01-05T10:00:00+01:00"],
    ["Fri, 05 Jan 2024 05:00:00 EST", "2024-01-05T05:00:00-05:00"],
    // Month names.
    ["January 5, 2024", "2024-01-05"],
    ["Jan. 5, 2024", "2024-01-05"],
    ["Friday, January 5, 2024", "2024-01-05"],
    ["January 5, 2024 at 3:15 PM EST", "2024-01-05T15:15:00-05:00"],
    ["5 January 2024", "2024-01-05"],
    ["5th Jan 2024", "2024-01-05"],
    // Numeric dates.
    ["20240105", "2024-01-05"],
    ["2024/01/05", "2024-01-05"],
    ["05.01.2024", "2024-01-05"],
    ["25/01/2024", "2024-01-25"],
    ["01/25/2024", "2024-01-25"],
    ["05/05/2024", "2024-05-05"],
    // Epoch seconds and milliseconds, in UTC.
    ["1704448800", "2024-01-05T10:00:00Z"],
    ["1704448800123", "2024-01-05T10:00:00.123Z"],
    [1704448800, "2024-01-05T10:00:00Z"],
  ])("%j -> %s", (value, expected) => {
    expect(normalizePublishedAt(value)).toBe(expected);
  });

  it.each([
    ["yesterday"],
    ["N/A"],
    [""],
    ["TBD"],
    ["null"],
    // Ambiguous: 5 January (day first) or 1 May (month first).
    ["05/01/2024"],
    ["2024-02-30"],
    ["2024-13-01"],
    ["2024-01-05T25:00:00Z"],
    ["2024-01-05T10:00:00+25:00"],
    ["13:00 PM"],
    ["0001-01-01T00:00:00Z"],
    ["12345"],
    [1.5],
    [`2024-01-05${" ".repeat(100)}x`],
    ["Jan 5 2024 and some more words"],
  ])("drops %j", (value) => {
    expect(normalizePublishedAt(value)).toBeUndefined();
  });

  it("stays linear on long hostile values", () => {
    const started = performance.now();
    for (const value of ["1".repeat(100_000), `Fri, ${" ".repeat(50_000)}`, "2024-01-05T".repeat(10_000)]) {
      expect(normalizePublishedAt(value)).toBeUndefined();
    }
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe("published dates through decodeArticle", () => {
  it("normalizes a JSON publishedAt, drops junk and falls back to the dateline", async () => {
    const json = (publishedAt: unknown) =>
      utf8(JSON.stringify({ body: "LAGOS, 5 January 2024 - Prices rose 3 percent.", publishedAt }));

    expect(
      (await decodeArticle(json("Fri, 05 Jan 2024 10:00:00 GMT"), { key: "a.json" }, limits)).publishedAt,
    ).toBe("2024-01-05T10:00:00Z");
    expect((await decodeArticle(json(1704448800), { key: "a.json" }, limits)).publishedAt).toBe(
      "2024-01-05T10:00:00Z",
    );
    expect((await decodeArticle(json("yesterday"), { key: "a.json" }, limits)).publishedAt).toBe(
      "2024-01-05",
    );
  });

  it("skips a junk meta tag for the next source, and reads <time datetime> after the meta tags", async () => {
    const page = (head: string, body = "") =>
      utf8(
        `<html><head><title>Cocoa</title>${head}</head><body><article>${body}${BODY}</article></body></html>`,
      );

    expect(
      (
        await decodeArticle(
          page(
            '<meta property="article:published_time" content="N/A"><meta name="date" content="January 5, 2024">',
          ),
          { key: "a.html" },
          limits,
        )
      ).publishedAt,
    ).toBe("2024-01-05");
    expect(
      (
        await decodeArticle(
          page("", '<p>By Kwame Mensah <time datetime="2024-03-12T07:45:00+00:00">12 March</time></p>'),
          { key: "a.html" },
          limits,
        )
      ).publishedAt,
    ).toBe("2024-03-12T07:45:00+00:00");
    expect(
      (
        await decodeArticle(
          page('<meta name="date" content="2024-01-05">', '<time datetime="2023-06-01">June</time>'),
          { key: "a.html" },
          limits,
        )
      ).publishedAt,
    ).toBe("2024-01-05");
    expect(
      (await decodeArticle(page('<meta name="date" content="yesterday">'), { key: "a.html" }, limits))
        .publishedAt,
    ).toBeUndefined();
    const parsely = page('<meta name="parsely-pub-date" content="2024-01-05T10:00:00Z">');
    expect((await decodeArticle(parsely, { key: "a.html" }, limits)).publishedAt).toBe(
      "2024-01-05T10:00:00Z",
    );
  });

  it("reads <time datetime> in the flat reader too", async () => {
    const deep = utf8(
      `<html><head><title>Cocoa</title><meta name="date" content="soon"></head><body>${"<div>".repeat(200)}<header><time datetime="Tue, 12 Mar 2024 07:45:00 GMT">12 March</time></header>${BODY}</body></html>`,
    );

    expect((await decodeArticle(deep, { key: "a.html" }, limits)).publishedAt).toBe("2024-03-12T07:45:00Z");
  });
});
