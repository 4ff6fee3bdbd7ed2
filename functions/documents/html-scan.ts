import type { parseHTML } from "linkedom";

/** linkedom's parser, passed in so that only pages that need it load it. */
export type ParseHtml = typeof parseHTML;

/**
 * A single forward pass over HTML source that never recurses and never builds a DOM: it measures how
 * deep and how large the page would parse (so hostile pages never reach the DOM parser and Readability,
 * whose cost grows with depth times size), and, as the fallback for such pages, flattens it to text.
 * It approximates the HTML parser (optional end tags, void elements), which is enough for both uses.
 */

const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr keygen frame basefont isindex".split(
    " ",
  ),
);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);
/** Elements that an open tag of the same kind (or, for `p`, of a block) closes implicitly. */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th", "rt", "rp"]);
/** Elements whose text the flat fallback skips: page furniture rather than article text. */
const SKIPPED = new Set(
  "head nav header footer aside form button select noscript template svg math object canvas menu dialog".split(
    " ",
  ),
);
/** Elements that start a new line of text. */
const BLOCK = new Set(
  (
    "address article blockquote br caption center dd details dir div dl dt fieldset figcaption figure " +
    "h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th thead tr ul"
  )
    .split(" ")
    .filter(Boolean),
);
const CLOSES_P = new Set(
  [...BLOCK].filter((name) => !["br", "td", "th", "tr", "tbody", "thead", "tfoot", "caption"].includes(name)),
);

/** A tag, a comment or a doctype; `[^<>]` keeps a failed attempt short, so the scan stays linear. */
const MARKUP = /<(\/?)([a-zA-Z][\w:-]{0,63})((?:\s[^<>]{0,4000})?)>|<!--|<![^<>]{0,1000}>|<\?[^<>]{0,1000}>/g;
/** How far down the open-element stack an end tag looks for its element (keeps the scan linear). */
const END_TAG_REACH = 16;

export interface HtmlShape {
  /** The deepest element nesting the page would parse into. */
  depth: number;
  /** How many elements it has. */
  elements: number;
}

export interface FlatHtml {
  text: string;
  title?: string;
  language?: string;
  /** Attributes of the page's `<meta>` tags, keyed by their name, property or itemprop (lower case). */
  meta: Map<string, string>;
  /** The `datetime` attributes of the page's first `<time>` elements, in document order. */
  times: string[];
}

/** How many `<time datetime>` values the flat reader keeps. */
const MAX_TIMES = 10;

/** Depth and size of a page, in one linear pass over its source. */
export function measureHtml(html: string): HtmlShape {
  const { shape } = scan(html, undefined);
  return shape;
}

/**
 * The text of a page without the DOM parser or Readability: scripts, styles, the head, navigation,
 * headers, footers, asides and forms are skipped, block elements become line breaks, entities are decoded.
 */
export function flattenHtml(html: string, parseHtml: ParseHtml): FlatHtml {
  const { flat } = scan(html, parseHtml);
  return flat;
}

/** Measures the page; with a parser for character references, also collects its text. */
function scan(html: string, parseHtml: ParseHtml | undefined): { shape: HtmlShape; flat: FlatHtml } {
  const collect = parseHtml !== undefined;
  const stack: string[] = [];
  const pieces: string[] = [];
  const meta = new Map<string, string>();
  const times: string[] = [];
  let title: string | undefined;
  let language: string | undefined;
  let skipAt: number | undefined;
  let depth = 0;
  let elements = 0;
  let position = 0;

  const text = (from: number, to: number) => {
    // In HTML a line break inside text is a space; only block elements break lines.
    if (collect && skipAt === undefined && to > from) pieces.push(html.slice(from, to).replace(/\s+/g, " "));
  };
  const pop = (count: number) => {
    stack.length -= count;
    if (skipAt !== undefined && stack.length <= skipAt) skipAt = undefined;
  };

  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    text(position, match.index);
    position = MARKUP.lastIndex;
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", position);
      position = end < 0 ? html.length : end + 3;
      MARKUP.lastIndex = position;
      continue;
    }
    const name = match[2]?.toLowerCase();
    if (!name) continue; // A doctype or processing instruction.
    const attributes = match[3] ?? "";
    if (match[1]) {
      // An end tag closes its element if it is open near the top of the stack; a stray one is ignored.
      const from = Math.max(0, stack.length - END_TAG_REACH);
      const at = stack.lastIndexOf(name);
      if (at >= from) pop(stack.length - at);
      if (collect && BLOCK.has(name)) pieces.push("\n");
      continue;
    }
    elements++;
    const top = stack.at(-1);
    if (top && SELF_CLOSING_SIBLINGS.has(top) && (top === name || (top === "p" && CLOSES_P.has(name))))
      pop(1);
    if (collect) {
      if (BLOCK.has(name)) pieces.push("\n");
      if (name === "meta") readMeta(attributes, meta);
      if (name === "html") language = attributeOf(attributes, "lang") || undefined;
      if (name === "time" && times.length < MAX_TIMES) {
        const datetime = attributeOf(attributes, "datetime");
        if (datetime) times.push(datetime);
      }
    }
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, "gi");
      end.lastIndex = position;
      const closing = end.exec(html);
      const inner = html.slice(position, closing ? closing.index : html.length);
      if (collect && name === "title" && title === undefined) title = inner;
      if (collect && name === "textarea") text(position, position + inner.length);
      position = closing ? end.lastIndex : html.length;
      MARKUP.lastIndex = position;
      continue;
    }
    if (VOID.has(name) || attributes.endsWith("/")) continue;
    if (collect && skipAt === undefined && SKIPPED.has(name)) skipAt = stack.length;
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  }
  text(position, html.length);

  const flat: FlatHtml = { text: "", meta, times };
  if (parseHtml) {
    const decoded = decodeEntities(pieces.join(""), title, parseHtml);
    flat.text = decoded.text
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line.length > 0)
      .join("\n\n");
    flat.title = decoded.title?.replace(/\s+/g, " ").trim() || undefined;
    flat.language = language;
  }
  return { shape: { depth, elements }, flat };
}

const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function attributeOf(source: string, name: string): string | undefined {
  return attributesOf(source).get(name);
}

function readMeta(source: string, meta: Map<string, string>): void {
  const attributes = attributesOf(source);
  const key = attributes.get("property") ?? attributes.get("name") ?? attributes.get("itemprop");
  const content = attributes.get("content");
  if (key && content !== undefined && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content);
}

/**
 * Decodes character references the way the HTML parser does, by handing linkedom a flat fragment: one
 * element holding text with every `<` escaped, so it parses in linear time without nesting.
 */
function decodeEntities(
  text: string,
  title: string | undefined,
  parseHtml: ParseHtml,
): { text: string; title?: string } {
  if (!text.includes("&") && !title?.includes("&")) return { text, title };
  const escapeLt = (value: string) => value.replace(/</g, "&lt;");
  const { document } = parseHtml(
    `<!doctype html><html><body><div id="t">${escapeLt(title ?? "")}</div><div id="b">${escapeLt(text)}</div></body></html>`,
  );
  return {
    text: document.getElementById("b")?.textContent ?? text,
    title: title === undefined ? undefined : (document.getElementById("t")?.textContent ?? title),
  };
}
