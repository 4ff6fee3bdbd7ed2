import { gunzipSync } from "node:zlib";
import { ArticleRejectedError } from "../pipeline/errors.ts";
import { WINDOWS_1252_HIGH } from "./windows-1252.ts";

/** Removes a gzip layer, refusing output beyond `maxBytes` so a small bomb cannot exhaust memory. */
export function gunzipWithin(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ArticleRejectedError("TOO_LARGE", `The object decompresses to more than ${maxBytes} bytes.`, {
        cause: error,
      });
    }
    throw new ArticleRejectedError("UNDECODABLE", "The object is marked gzip but does not decompress.", {
      cause: error,
    });
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["WebP/RIFF", [0x52, 0x49, 0x46, 0x46]],
];

/** Throws BINARY for images, PDFs, archives, and anything with NUL bytes that is not UTF-16. */
export function assertTextual(bytes: Uint8Array): void {
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) {
      throw new ArticleRejectedError("BINARY", `The object is a ${name} file, not a text article.`);
    }
  }
  if (utf16Of(bytes)) return;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new ArticleRejectedError("BINARY", "The object contains NUL bytes: it is binary, not text.");
  }
}

type Utf16 = "utf-16le" | "utf-16be";

function utf16Bom(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** How much of the object the UTF-16 sniffer reads. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 by its BOM, or without one by the NUL pattern of ASCII characters: in UTF-16 LE every ASCII
 * character (letters, spaces, punctuation, even in Cyrillic or Greek text) is its byte then 0x00, in BE
 * 0x00 then its byte. Without a BOM the object must have an even length, NULs on one side at least twice
 * and at least eight times as often as on the other, no NUL character, and its first 2,048 characters
 * must decode to text: no control characters but tab and line breaks, no unpaired surrogates,
 * private-use or unassigned code points. Random binary fails that; it stays BINARY.
 */
export function utf16Of(bytes: Uint8Array): Utf16 | undefined {
  const bom = utf16Bom(bytes);
  if (bom) return bom;
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const head = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0 && head[i + 1] === 0) return undefined; // A NUL character: not text.
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const candidate: Utf16 | undefined =
    oddZeros >= 2 && oddZeros >= 8 * evenZeros
      ? "utf-16le"
      : evenZeros >= 2 && evenZeros >= 8 * oddZeros
        ? "utf-16be"
        : undefined;
  return candidate && readsAsUtf16(head, candidate) ? candidate : undefined;
}

/** Code points that never occur in text: controls but tab and line breaks, surrogates, private use, unassigned. */
const NOT_TEXT = /(?![\t\n\r\f])\p{Cc}|[\p{Cs}\p{Co}\p{Cn}\ufffd]/u;

function readsAsUtf16(head: Uint8Array, encoding: Utf16): boolean {
  // The head may end inside a surrogate pair: its last character is not judged.
  const text = new TextDecoder(encoding).decode(head).slice(0, -1);
  return !NOT_TEXT.test(text);
}

/** Where the charset was declared: the object's Content-Type is trusted more than the page's own meta tag. */
export interface DeclaredCharset {
  contentType?: string;
  meta?: string;
}

/**
 * Decodes bytes to a string. In order: a BOM (UTF-8, UTF-16 LE/BE); UTF-16 without a BOM by its NUL
 * pattern (utf16Of); the charset of the Content-Type; the page's meta charset, unless the bytes are valid
 * UTF-8 with non-ASCII characters (a scraper's UTF-8 copy that kept the original page's declaration);
 * otherwise UTF-8 if the bytes are valid UTF-8, else Windows-1252 (the usual charset of legacy pages that
 * declare none). A declared charset is any WHATWG label Node's TextDecoder knows (Windows-1251,
 * ISO-8859-2, KOI8-R, Shift_JIS...); labels of Windows-1252 and Latin-1 use the table of windows-1252.ts
 * because Node decodes them as Latin-1. A declared UTF-16 with no BOM is used only when the bytes read
 * as it (as in browsers, a meta tag cannot switch an ASCII page to UTF-16); an unknown label is ignored.
 */
export function decodeText(bytes: Uint8Array, { contentType, meta }: DeclaredCharset = {}): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(utf16Bom(bytes) ? bytes.subarray(2) : bytes);
  const fromContentType = contentType === undefined ? undefined : decodeDeclared(bytes, contentType);
  if (fromContentType !== undefined) return fromContentType;
  const utf8 = validUtf8(bytes);
  if (meta !== undefined && !(utf8 !== undefined && hasNonAscii(utf8))) {
    const fromMeta = decodeDeclared(bytes, meta);
    if (fromMeta !== undefined) return fromMeta;
  }
  return utf8 ?? decodeWindows1252(bytes);
}

/** The bytes in a declared charset, or undefined when the label is unknown, UTF-8 or a UTF-16 the bytes are not. */
function decodeDeclared(bytes: Uint8Array, label: string): string | undefined {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    return undefined; // An unknown label: detection from the bytes decides.
  }
  switch (decoder.encoding) {
    case "utf-8":
      return undefined;
    case "windows-1252":
      return decodeWindows1252(bytes);
    case "utf-16le":
    case "utf-16be":
      return bytes.length % 2 === 0 && readsAsUtf16(bytes.subarray(0, SNIFF_BYTES), decoder.encoding)
        ? decoder.decode(bytes)
        : undefined;
    default:
      return decoder.decode(bytes);
  }
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ArticleRejectedError("UNDECODABLE", "The object has a UTF-8 BOM but is not valid UTF-8.", {
      cause: error,
    });
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = Array.from(chunk, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] || 0xfffd : byte,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}
