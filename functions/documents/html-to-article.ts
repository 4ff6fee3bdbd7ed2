import type { Readability } from "@mozilla/readability";

type ReadabilityClass = typeof Readability;

import { ArticleRejectedError } from "../pipeline/errors.ts";
import { dropBoilerplateLines } from "./clean-plain-text.ts";
import { flattenHtml, measureHtml, type ParseHtml } from "./html-scan.ts";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./limits.ts";
import { normalizePublishedAt } from "./published-date.ts";

export interface HtmlArticle {
  title?: string;
  byline?: string;
  publishedAt?: string;
  language?: string;
  text: string;
}

const PUBLISHED_META_NAMES = [
  "article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "dc.date",
  "dcterms.date",
  "parsely-pub-date",
  "sailthru.date",
];

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="dc.date"]',
  'meta[name="dcterms.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** After the meta tags: a `<time datetime>` marked as the publication time, then one in the article, then any. */
const PUBLISHED_TIME = [
  'time[itemprop="datePublished"][datetime]',
  "time[pubdate][datetime]",
  "article time[datetime]",
  "time[datetime]",
];

/**
 * The main content of a web page as plain text (Readability over linkedom: navigation, ads and footers
 * go; scripts are never run). A page nested deeper than MAX_HTML_DEPTH or with more than
 * MAX_HTML_ELEMENTS elements, or one Readability cannot take, is read by the flat fallback instead.
 * Throws NO_TEXT when the page holds no article.
 */
export async function htmlToArticle(html: string): Promise<HtmlArticle> {
  // Loaded on the first HTML article, not at cold start: together they take ~100 ms to initialize.
  const [{ Readability }, { parseHTML }] = await Promise.all([
    import("@mozilla/readability"),
    import("linkedom"),
  ]);
  const shape = measureHtml(html);
  if (shape.depth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS) return flatArticle(html, parseHTML);
  try {
    return readableArticle(html, Readability, parseHTML);
  } catch (error) {
    if (error instanceof ArticleRejectedError) throw error;
    return flatArticle(html, parseHTML); // Readability refused the document (it throws plain Errors).
  }
}

function readableArticle(html: string, Readability: ReadabilityClass, parseHTML: ParseHtml): HtmlArticle {
  const { document } = parseHTML(html);
  const published = publishedTimesOf(document);
  const language = document.documentElement?.getAttribute("lang") || undefined;
  removeFurniture(document);
  // Readability mutates the document, so metadata is read first.
  const parsed = new Readability(document as unknown as ReadableDocument, { charThreshold: 100 }).parse();
  // Its cleaned HTML, not its textContent: that keeps paragraphs apart and joins lines wrapped inside one.
  const text = dropBoilerplateLines(parsed?.content ? flattenHtml(parsed.content, parseHTML).text : "");
  if (!text) {
    throw new ArticleRejectedError("NO_TEXT", "The HTML page holds no readable article text.");
  }
  return {
    title: parsed?.title?.trim() || undefined,
    byline: parsed?.byline?.trim() || undefined,
    // Readability's own reading (JSON-LD, then meta tags) first; the first value that is a date wins.
    publishedAt: firstDate([parsed?.publishedTime, ...published]),
    language: parsed?.lang ?? language,
    text,
  };
}

/** The page's text by the linear scanner of html-scan.ts: no DOM, no recursion, no Readability. */
function flatArticle(html: string, parseHTML: ParseHtml): HtmlArticle {
  const flat = flattenHtml(html, parseHTML);
  const published = [...PUBLISHED_META_NAMES.map((name) => flat.meta.get(name)), ...flat.times];
  return {
    title: flat.meta.get("og:title") || flat.title,
    publishedAt: firstDate(published),
    language: flat.language,
    text: dropBoilerplateLines(flat.text),
  };
}

// linkedom's document is DOM-compatible but typed apart from lib.dom, which this project does not load.
type ReadableDocument = ConstructorParameters<typeof Readability>[0];

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** Candidate publication times in precedence order: the meta tags, then `<time datetime>` elements. */
function publishedTimesOf(document: QueryableDocument): (string | null | undefined)[] {
  return [
    ...PUBLISHED_META.map((selector) => document.querySelector(selector)?.getAttribute("content")),
    ...PUBLISHED_TIME.map((selector) => document.querySelector(selector)?.getAttribute("datetime")),
  ];
}

/** The first candidate that is a date, normalized (published-date.ts); junk ("N/A") is skipped. */
function firstDate(candidates: readonly (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = normalizePublishedAt(candidate);
    if (date) return date;
  }
  return undefined;
}

/**
 * Elements that a class or id names as ads, cookie banners, newsletter prompts or paywalls: Readability
 * keeps an inline ad that sits inside the story body, so they go first. Whole class tokens only.
 */
const FURNITURE =
  /^(ads?|advert|advertisement|ad-(slot|inline|leaderboard|container|wrapper|unit)|sponsored|promo|cookies?|cookie-(banner|consent|notice)|consent|gdpr|newsletter|newsletter-signup|paywall|subscribe-box)$/i;

interface FurnitureDocument {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; remove(): void }>;
}

function removeFurniture(document: FurnitureDocument): void {
  for (const element of [...document.querySelectorAll("[class], [id]")]) {
    const tokens = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/);
    if (tokens.some((token) => FURNITURE.test(token))) element.remove();
  }
}

/** The charset a page declares in a meta tag, read from its first bytes as ASCII. */
export function metaCharsetOf(head: Uint8Array): string | undefined {
  const ascii = new TextDecoder("latin1").decode(head.subarray(0, 4096));
  return /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii)?.[1];
}
