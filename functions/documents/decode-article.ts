import { ArticleRejectedError } from "../pipeline/errors.ts";
import type { DecodedArticle, ObjectInfo } from "./article.ts";
import { dropBoilerplateLines, titleOf } from "./clean-plain-text.ts";
import { datelineOf } from "./dateline.ts";
import { assertTextual, charsetOf, decodeText, gunzipWithin, isGzip } from "./decode-bytes.ts";
import { detectFormat } from "./detect-format.ts";
import { htmlToArticle, metaCharsetOf } from "./html-to-article.ts";
import { JsonArticle, parseJsonArticle } from "./json-article.ts";
import type { ArticleLimits } from "./limits.ts";
import { markdownToText } from "./markdown-to-text.ts";
import { cutAt, normalizeControls } from "./normalize-text.ts";
import { normalizePublishedAt } from "./published-date.ts";

const JSON_FIELDS = new Set(Object.keys(JsonArticle.shape));

/**
 * Turns an uploaded object into the text factwire extracts from. The one code path for the pipeline and
 * the CLI. Throws ArticleRejectedError (with a reason code) for anything that can never be processed.
 */
export async function decodeArticle(
  bytes: Uint8Array,
  info: ObjectInfo,
  limits: ArticleLimits,
): Promise<DecodedArticle> {
  const { format, gzipped } = detectFormat(info.key);
  if (bytes.length === 0) throw new ArticleRejectedError("EMPTY", "The object is empty.");
  if (bytes.length > limits.maxObjectBytes) {
    throw new ArticleRejectedError(
      "TOO_LARGE",
      `The object has ${bytes.length} bytes; the limit is ${limits.maxObjectBytes} (FACTWIRE_MAX_OBJECT_BYTES).`,
    );
  }
  const compressed = gzipped || /gzip/i.test(info.contentEncoding ?? "") || isGzip(bytes);
  const raw = compressed ? gunzipWithin(bytes, limits.maxObjectBytes) : bytes;
  if (raw.length === 0) throw new ArticleRejectedError("EMPTY", "The object decompresses to nothing.");
  assertTextual(raw);
  const source = normalizeControls(
    decodeText(raw, {
      contentType: charsetOf(info.contentType),
      meta: format === "html" ? metaCharsetOf(raw) : undefined,
    }),
  );

  const article = tidy(await articleFrom(format, source));
  if (!/\p{L}|\p{N}/u.test(article.text)) {
    throw new ArticleRejectedError("NO_TEXT", "The object holds no words to extract from.");
  }
  const text = cutAt(article.text, limits.maxTextChars);
  // Precedence of the article's date: its metadata (JSON publishedAt, HTML meta tags, <time datetime>),
  // each normalized to ISO 8601 or dropped, then a dateline in its opening lines. (The pipeline falls
  // back to the object's time after that.)
  const publishedAt = article.publishedAt ?? datelineOf(text, info.lastModified);
  return {
    ...article,
    text,
    ...(publishedAt ? { publishedAt } : {}),
    truncated: text.length < article.text.length,
  };
}

/** Control characters can come back through JSON escapes and HTML character references. */
function tidy(article: DecodedArticle): DecodedArticle {
  const title = article.title && normalizeControls(article.title).trim();
  const byline = article.byline && normalizeControls(article.byline).trim();
  return {
    ...article,
    text: normalizeControls(article.text),
    title: title || undefined,
    byline: byline || undefined,
  };
}

async function articleFrom(format: DecodedArticle["format"], source: string): Promise<DecodedArticle> {
  switch (format) {
    case "text": {
      const text = dropBoilerplateLines(source);
      return { format, text, title: titleOf(text), truncated: false };
    }
    case "markdown": {
      const text = dropBoilerplateLines(markdownToText(source));
      return { format, text, title: titleOf(text), truncated: false };
    }
    case "html":
      return { format, ...(await htmlToArticle(source)), truncated: false };
    case "json":
      return fromJson(source);
  }
}

async function fromJson(source: string): Promise<DecodedArticle> {
  const json = parseJsonArticle(source);
  const fromHtml =
    json.body === undefined && json.html !== undefined ? await htmlToArticle(json.html) : undefined;
  const body = json.body !== undefined ? dropBoilerplateLines(json.body) : (fromHtml?.text ?? "");
  const extra = Object.fromEntries(Object.entries(json).filter(([key]) => !JSON_FIELDS.has(key)));
  const metadata = { ...extra, ...json.metadata };
  return {
    format: "json",
    text: body,
    title: json.title ?? fromHtml?.title,
    byline: fromHtml?.byline,
    publishedAt: normalizePublishedAt(json.publishedAt) ?? fromHtml?.publishedAt,
    url: json.url,
    source: json.source,
    language: json.language ?? fromHtml?.language,
    metadata: Object.keys(metadata).length > 0 ? metadata : undefined,
    truncated: false,
  };
}
