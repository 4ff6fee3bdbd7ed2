import {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_AFTER_SCALE,
  NON_TERMINAL_ABBREVIATIONS,
  SCALE_ABBREVIATIONS,
} from "./abbreviations.ts";

/** A sentence as a span of the original text (UTF-16 indices, end exclusive, trimmed). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A terminal mark, then closing quotes/brackets, then whitespace. The lookbehind makes a match start
// only at the first mark of a run, so a megabyte of "." is scanned once, not once per position.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s)/g;
const LINE_BREAKS = /\n\s*\n/g;

/**
 * Splits text into sentences. Paragraph breaks (blank lines) always end a sentence, and so does the line
 * break after a headline-like line (a title on the line above the body), after a line ending in a colon,
 * or before a list item ("- ", "• ", "1. "); other single line breaks are wrapping. A period ends a sentence unless it closes a known abbreviation or an initial ("J. Smith") and
 * the next word starts in lower case.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  for (const match of text.matchAll(LINE_BREAKS)) {
    splitLines(text, paragraphStart, match.index, sentences);
    paragraphStart = match.index + match[0].length;
  }
  splitLines(text, paragraphStart, text.length, sentences);
  return sentences;
}

function splitLines(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let lineStart = from;
  for (
    let newline = text.indexOf("\n", from);
    newline !== -1 && newline < to;
    newline = text.indexOf("\n", newline + 1)
  ) {
    const line = text.slice(lineStart, newline);
    lineStart = newline + 1;
    if (!isHeadline(line) && !opensListItem(text, newline + 1, to) && !line.trimEnd().endsWith(":")) continue;
    splitParagraph(text, start, newline, out);
    start = newline + 1;
  }
  splitParagraph(text, start, to, out);
}

/** A bullet or a list number opening a line: "- ", "• ", "* ", "1. ", "2) ". */
const LIST_ITEM = /^[ \t]*(?:[-–—•*·▪●]|\d{1,2}[.)])[ \t]/;

/** The line at `at` opens a list item, which ends the sentence before it. */
function opensListItem(text: string, at: number, to: number): boolean {
  return at < to && LIST_ITEM.test(text.slice(at, Math.min(to, at + 8)));
}

const MAX_HEADLINE_WORDS = 20;

/**
 * A short line with no closing punctuation whose every word of four letters or more is capitalized
 * (title case or capitals): a wrapped sentence line almost always has a lower-case word of that length.
 */
function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 200 || /[.,;:!?"”’)]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS) return false;
  const content = words.filter((word) => word.length >= 4);
  if (content.length === 0) return false;
  const capitalized = content.filter((word) => /^[\p{Lu}\p{N}"“‘'(]/u.test(word)).length;
  return capitalized === content.length;
}

function splitParagraph(text: string, from: number, to: number, out: Sentence[]): void {
  const paragraph = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (!endsSentence(paragraph, match.index, end)) continue;
    pushTrimmed(text, from + start, from + end, out);
    start = end;
  }
  pushTrimmed(text, from + start, to, out);
}

function endsSentence(paragraph: string, markIndex: number, end: number): boolean {
  const next = /\S/.exec(paragraph.slice(end, end + 40));
  const nextChar = next?.[0] ?? "";
  // A lower-case continuation ("U.S. officials", "approx. five") never starts a sentence.
  if (nextChar && nextChar !== nextChar.toUpperCase()) return false;
  if (paragraph[markIndex] !== ".") return true;
  const word = /(\S+)$/.exec(paragraph.slice(Math.max(0, markIndex - 20), markIndex))?.[1] ?? "";
  const bare = word.replace(/^["'“‘([]+/, "").toLowerCase();
  if (NON_TERMINAL_ABBREVIATIONS.has(bare)) return !isTitle(bare) && startsSentence(paragraph.slice(end));
  // A currency's abbreviation before its amount ("rose to Rs. 1,250 a kg").
  if (CURRENCY_ABBREVIATIONS.has(bare) && /^\d$/.test(nextChar)) return false;
  // A scale's abbreviation before its currency ("13,8 Mrd. Euro").
  if (SCALE_ABBREVIATIONS.has(bare) && CURRENCY_AFTER_SCALE.test(paragraph.slice(end).trimStart()))
    return false;
  // A single capital initial ("John F. Kennedy").
  if (/^[A-Z]$/.test(word)) return false;
  // A list number opening its line ("1. Output rose").
  if (
    /^\d{1,2}$/.test(word) &&
    /(?:^|\n)[ \t]*$/.test(paragraph.slice(Math.max(0, markIndex - 24), markIndex - word.length))
  )
    return false;
  // Initials without spaces ("J.K. Rowling", "K.K.S.S.R. Ramachandran"), or a place's ("the U.K. The
  // ..."): a sentence ends only before a typical opener.
  if (/^["'“‘(]?(?:[A-Z]\.){1,5}[A-Z]$/.test(word)) return startsSentence(paragraph.slice(end));
  return true;
}

// Titles such as "Dr." never end a sentence; "U.S." or "etc." do when a typical sentence opener follows
// ("... in the U.S. The company said"), not before a name ("U.S. Secretary of State").
function isTitle(abbreviation: string): boolean {
  return /^(mr|mrs|ms|dr|prof|sr|jr|st|gen|col|lt|sgt|capt|gov|sen|rep|pres|rev|hon|messrs|mt|no|vs|e\.g|i\.e|approx|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|det|insp|supt|cpl|const|del|ald|coun|maj|brig|adm|engr)$/.test(
    abbreviation,
  );
}

const SENTENCE_OPENERS =
  /^\s*["“‘]?(The|A|An|It|He|She|They|We|I|This|That|These|Those|But|And|In|On|At|For|As|If|When|While|Its|His|Her|Their|Our|There|According|However|Meanwhile|Also|Still|So|Yet)\b/;

function startsSentence(rest: string): boolean {
  return SENTENCE_OPENERS.test(rest);
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
