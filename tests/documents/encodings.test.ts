import { describe, expect, it } from "vitest";
import { decodeArticle } from "../../functions/documents/decode-article.ts";
import { decodeText, utf16Of } from "../../functions/documents/decode-bytes.ts";
import { DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import { ArticleRejectedError } from "../../functions/pipeline/errors.ts";
import { fixtureBytes } from "../helpers/fixtures.ts";

const limits = DEFAULT_LIMITS;
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le").swap16());
const STORY = "Peru's copper exports rose 12 percent to $3 billion in 2023, the central bank in Lima said.";
const RUSSIAN = "«Это рекордный год», — сказал министр энергетики и горнорудной промышленности.";

async function rejection(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error.reason;
    throw error;
  }
  return undefined;
}

describe("UTF-16 without a BOM, by the NUL pattern of its ASCII characters", () => {
  it.each([
    ["LE, English", utf16le(`Peru\n\n${STORY}`), "utf-16le"],
    ["BE, English", utf16be(`Peru\n\n${STORY}`), "utf-16be"],
    ["LE, Russian (spaces and punctuation are ASCII)", utf16le(RUSSIAN), "utf-16le"],
    ["BE, Russian", utf16be(RUSSIAN), "utf-16be"],
  ])("%s", async (_name, bytes, encoding) => {
    expect(utf16Of(bytes)).toBe(encoding);
    const article = await decodeArticle(bytes, { key: "a.txt" }, limits);
    expect(article.text).toBe(new TextDecoder(encoding).decode(bytes));
  });

  it("reads a UTF-16 page that declares utf-16 in its meta tag", async () => {
    const page = `<html><head><meta charset="utf-16"><title>Peru</title></head><body><article><p>${STORY} ${STORY}</p></article></body></html>`;

    expect((await decodeArticle(utf16le(page), { key: "a.html" }, limits)).text).toContain(STORY);
  });

  it.each([
    ["one NUL", Uint8Array.from([0x41, 0, 0x42, 0x43])],
    ["an odd length", Uint8Array.from([...utf16le("Peru grew"), 0x41])],
    ["a NUL character", utf16le("Peru\u0000grew")],
    ["small integers (controls)", Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? i % 7 : 0))],
    ["NULs on both sides", Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 0x41))],
  ])("keeps binary with %s BINARY", async (_name, bytes) => {
    expect(utf16Of(bytes)).toBeUndefined();
    expect(await rejection(() => decodeArticle(bytes, { key: "a.txt" }, limits))).toBe("BINARY");
  });

  it("ignores a declared UTF-16 that the bytes are not (a meta tag cannot switch an ASCII page)", async () => {
    expect(decodeText(utf8(STORY), { contentType: "utf-16" })).toBe(STORY);
    expect(decodeText(utf8(STORY), { meta: "utf-16le" })).toBe(STORY);
    expect(decodeText(utf16be(STORY), { contentType: "utf-16be" })).toBe(STORY);
  });
});

describe("declared legacy charsets", () => {
  it("reads Windows-1251 (Russian, Ukrainian) from the Content-Type, checked against Python's codec", async () => {
    const article = await decodeArticle(
      fixtureBytes("articles/peru-copper.windows-1251.txt"),
      { key: "ru.txt", contentType: "text/plain; charset=windows-1251" },
      limits,
    );

    expect(article.title).toBe("Медь из Перу: экспорт вырос на 12%");
    expect(article.text).toContain(RUSSIAN);
    expect(article.text).toContain(
      "Ёмкость рынка, №1 в регионе.\nУкраїна: Її експорт — Єдиний ринок, Ґрунт.",
    );
    expect(article.text).toContain(STORY);
  });

  it("reads ISO-8859-2 (Polish, Czech) from a meta tag", async () => {
    const text = fixtureBytes("articles/peru-copper.iso-8859-2.txt");
    // The title is "Miedź" in ISO-8859-2: ź is 0xBC.
    const head = Uint8Array.from([
      ...utf8(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><title>Mied',
      ),
      0xbc,
      ...utf8("</title></head><body><article><p>"),
    ]);
    const page = Uint8Array.from([...head, ...text, ...utf8(`</p><p>${STORY}</p></article></body></html>`)]);
    const article = await decodeArticle(page, { key: "pl.html" }, limits);

    expect(article.title).toBe("Miedź");
    expect(article.text).toContain("Zażółć gęślą jaźń: miedź z Peru");
    expect(article.text).toContain("KGHM Polska Miedź w Lubinie, Łódź i Kraków;");
    expect(article.text).toContain("Příliš žluťoučký kůň úpěl ďábelské ódy.");
  });

  it.each([
    // Bytes from the published code pages; Node's TextDecoder has them right (unlike windows-1252).
    [
      "windows-1251",
      [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xa8, 0xb8, 0xb9, 0x88, 0x80, 0xa5, 0xb4],
      "Привет Ёё№€ЂҐґ",
    ],
    ["cp1251", [0xc0, 0xe0, 0xff, 0xdf], "АаяЯ"],
    [
      "iso-8859-2",
      [0xa1, 0xb1, 0xa3, 0xb3, 0xa6, 0xb6, 0xac, 0xbc, 0xaf, 0xbf, 0xe6, 0xea, 0xf1, 0xf8, 0xb9],
      "ĄąŁłŚśŹźŻżćęńřš",
    ],
    ["latin2", [0xc8, 0xe8, 0xd8, 0xf8], "ČčŘř"],
    ["windows-1250", [0x8a, 0x9a, 0x8c, 0x9c, 0x8f, 0x9f, 0xa5, 0xb9], "ŠšŚśŹźĄą"],
    ["koi8-r", [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], "Привет"],
    // Every label of windows-1252 and Latin-1 goes through the table (curly quotes, euro sign).
    ["iso-8859-1", [0x93, 0x43, 0xe9, 0x94, 0x80], "“Cé”€"],
    ["latin1", [0x93, 0x43, 0xe9, 0x94, 0x80], "“Cé”€"],
    ["us-ascii", [0x93, 0x43, 0xe9, 0x94, 0x80], "“Cé”€"],
    ["x-cp1252", [0x93, 0x43, 0xe9, 0x94, 0x80], "“Cé”€"],
  ])("%s", (label, bytes, expected) => {
    expect(decodeText(Uint8Array.from(bytes), { contentType: label })).toBe(expected);
    expect(decodeText(Uint8Array.from(bytes), { meta: label })).toBe(expected);
  });

  it("without a declaration, non-UTF-8 bytes are Windows-1252 (a legacy charset is known only when declared)", () => {
    expect(decodeText(Uint8Array.from([0xcf, 0xf0, 0xe8]))).toBe("Ïðè");
  });

  it("an unknown label is ignored and the bytes decide", () => {
    expect(decodeText(utf8("Zürich"), { contentType: "x-no-such-charset" })).toBe("Zürich");
    expect(decodeText(Uint8Array.from([0x5a, 0xfc]), { meta: "x-no-such-charset" })).toBe("Zü");
  });

  it("a meta charset loses to valid UTF-8 with non-ASCII text (a scraper's UTF-8 copy); the Content-Type does not", async () => {
    const page = utf8(
      `<html><head><meta charset="windows-1251"><title>Медь</title></head><body><article><p>${RUSSIAN} ${STORY}</p></article></body></html>`,
    );

    expect((await decodeArticle(page, { key: "a.html" }, limits)).title).toBe("Медь");
    expect(decodeText(utf8("Медь"), { contentType: "windows-1251", meta: "utf-8" })).toBe("РњРµРґСЊ");
    expect(decodeText(utf8("ASCII only"), { meta: "windows-1251" })).toBe("ASCII only");
  });
});
