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
  if (utf16Bom(bytes)) return;
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new ArticleRejectedError("BINARY", "The object contains NUL bytes: it is binary, not text.");
  }
}

function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Decodes bytes to a string: a BOM wins, then the declared charset, then UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252 (the usual charset of legacy pages that declare none).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): string {
  const bom = utf16Bom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  const charset = declaredCharset?.trim().toLowerCase();
  if (charset && isSingleByteLatin(charset)) return decodeWindows1252(bytes);
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: fall through to detection from the bytes.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
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

function isSingleByteLatin(charset: string): boolean {
  return /^(windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|latin-1|us-ascii|ascii)$/.test(charset);
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
