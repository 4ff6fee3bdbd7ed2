import { readFileSync } from "node:fs";
import { splitSentences } from "../functions/extraction/text/sentences.ts";
import { tokenize } from "../functions/extraction/text/tokens.ts";
import type { ConllSentence } from "./conll.ts";

/**
 * Reads the news sets written for factwire (data/ner/factwire_news/, bench/data/news-blind/): articles
 * of plain text with names marked inline, `[ORG Reuters]`, each article opened by a `=== slug` line and
 * each paragraph on a line of its own (the format is in data/ner/factwire_news/README.md).
 */

const TYPES = new Set(["PER", "ORG", "LOC", "MISC"]);

/** A marked name as a span of its article's text (UTF-16 indices, end exclusive). */
export interface MarkedSpan {
  type: string;
  start: number;
  end: number;
}

export interface MarkedArticle {
  slug: string;
  /** The paragraphs, separated by blank lines, as extractEntities() would get them. */
  text: string;
  spans: MarkedSpan[];
}

export class MarkupError extends Error {}

/** Parses a whole file; throws MarkupError naming the line of the first malformed mark. */
export function parseMarkup(source: string, file = "markup"): MarkedArticle[] {
  const articles: MarkedArticle[] = [];
  let current: MarkedArticle | undefined;
  source.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    const where = `${file}:${index + 1}`;
    if (line === "") return;
    if (line.startsWith("=== ")) {
      current = { slug: line.slice(4).trim(), text: "", spans: [] };
      articles.push(current);
      return;
    }
    if (current === undefined) throw new MarkupError(`${where}: text before the first "=== slug" line`);
    if (current.text !== "") current.text += "\n\n";
    appendParagraph(current, line, where);
  });
  return articles;
}

function appendParagraph(article: MarkedArticle, line: string, where: string): void {
  let open: { type: string; start: number } | undefined;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "[") {
      if (open) throw new MarkupError(`${where}: nested "[" at column ${i + 1}`);
      const space = line.indexOf(" ", i);
      const type = space < 0 ? "" : line.slice(i + 1, space);
      if (!TYPES.has(type)) throw new MarkupError(`${where}: unknown type "${type}" at column ${i + 1}`);
      open = { type, start: article.text.length };
      i = space + 1;
      continue;
    }
    if (ch === "]") {
      if (!open) throw new MarkupError(`${where}: "]" without "[" at column ${i + 1}`);
      if (article.text.length === open.start)
        throw new MarkupError(`${where}: empty name at column ${i + 1}`);
      article.spans.push({ type: open.type, start: open.start, end: article.text.length });
      open = undefined;
      i++;
      continue;
    }
    article.text += ch;
    i++;
  }
  if (open) throw new MarkupError(`${where}: "[${open.type}" is never closed`);
}

/** A sentence of an article, with each word's offsets in the article's text. */
export interface MarkedSentence extends ConllSentence {
  offsets: Array<[number, number]>;
}

/**
 * An article's sentences as words and BIO tags, cut and tokenized as the extractor cuts them. A mark
 * that starts or ends inside a token ("[LOC Lagos]-based", one token) is one the extractor could never
 * return: its words stay O, and `dropped` counts such marks. A period the tokenizer cut off a name's
 * last word ("Inc.") is left out of the name, as mentions leave it out.
 */
export function articleSentences(article: MarkedArticle): { sentences: MarkedSentence[]; dropped: number } {
  const sentences: MarkedSentence[] = [];
  let dropped = 0;
  for (const sentence of splitSentences(article.text)) {
    const tokens = tokenize(article.text, sentence.start, sentence.end);
    if (tokens.length === 0) continue;
    const tags = tokens.map(() => "O");
    for (const span of article.spans) {
      if (span.end <= sentence.start || span.start >= sentence.end) continue;
      const first = tokens.findIndex((t) => t.start === span.start);
      let last = tokens.findIndex((t) => t.end === span.end);
      if (first < 0 || last < first) {
        dropped++;
        continue;
      }
      // "[ORG SK Hynix Inc.]": the tokenizer cuts the period off "Inc.", and a mention ends before it.
      if (last > first && tokens[last]?.text === ".") last--;
      for (let k = first; k <= last; k++) tags[k] = `${k === first ? "B" : "I"}-${span.type}`;
    }
    sentences.push({ words: tokens.map((t) => t.text), tags, offsets: tokens.map((t) => [t.start, t.end]) });
  }
  return { sentences, dropped };
}

/** Every DEV_EVERY-th article of a training file (the 10th, 20th...) is its dev split. */
export const DEV_EVERY = 10;

/** Which articles of a file: all, the training split or the dev split. */
export type ArticlePart = "all" | "train" | "dev";

/** The articles of a markup file, or of its training or dev split. */
export function readArticles(path: string, part: ArticlePart = "all"): MarkedArticle[] {
  const articles = parseMarkup(readFileSync(path, "utf8"), path);
  if (part === "all") return articles;
  return articles.filter((_, i) => ((i + 1) % DEV_EVERY === 0) === (part === "dev"));
}

/** Every sentence of a markup file (or of its part), in order. */
export function readMarkup(path: string, part: ArticlePart = "all"): ConllSentence[] {
  return readArticles(path, part).flatMap((a) => articleSentences(a).sentences);
}
