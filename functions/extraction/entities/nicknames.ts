import { GIVEN_NAMES } from "./lexicon/person-names.ts";
import { sentenceText } from "./sentence-text.ts";
import { coveringIndex, replaceSpans } from "./span-edits.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";
import { isCapitalized } from "./word-shape.ts";

const OPENING = new Set(['"', "“", "'", "‘"]);
const CLOSING: Readonly<Record<string, string>> = { '"': '"', "“": "”", "'": "'", "‘": "’" };
/** "Earvin “Magic” Johnson", "Thomas 'Tip' O'Neill": a nickname has one or two words. */
const MAX_NICKNAME_WORDS = 2;

/**
 * 'Dorothy "Dot" MacIsaac': a nickname in quotes between a given name and a surname is part of one
 * person's name, whatever a proposer made of the pieces (it often cut at the quote). Only in mixed case,
 * with the quotes glued to the nickname, and with a person on either side or a known given name before.
 */
export function joinNicknames(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words, tokens } = view;
  if (view.casing !== "mixed" || !/["“‘']/.test(sentenceText(view))) return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const joined: ProposedSpan[] = [];
  for (let open = 1; open < words.length - 3; open++) {
    const quote = words[open] ?? "";
    if (!OPENING.has(quote) || !isCapitalized(words[open - 1] ?? "")) continue;
    const close = closingQuote(words, open, CLOSING[quote] ?? quote);
    if (close < 0 || !isCapitalized(words[close + 1] ?? "")) continue;
    const before = covering[open - 1];
    const after = covering[close + 1];
    const person =
      before?.type === "PERSON" || after?.type === "PERSON" || GIVEN_NAMES.has(words[open - 1] ?? "");
    if (!person || !gluedQuotes(tokens, open, close)) continue;
    const start = Math.max(before ? before.start : open - 1, joined.at(-1)?.end ?? 0);
    const end = after ? Math.max(after.end, close + 2) : close + 2;
    joined.push({ start, end, type: "PERSON", evidence: true });
    open = end;
  }
  return replaceSpans(words.length, spans, joined);
}

/** Index of the quote that closes a capitalized nickname of one or two words opened at `open`, or -1. */
function closingQuote(words: readonly string[], open: number, closing: string): number {
  for (let k = open + 1; k <= open + MAX_NICKNAME_WORDS + 1; k++) {
    const word = words[k] ?? "";
    if (word === closing) return k > open + 1 ? k : -1;
    if (!isCapitalized(word)) return -1;
  }
  return -1;
}

/** The quotes touch the nickname and have a space outside: ` "Dot" `, not a quoted phrase's end. */
function gluedQuotes(tokens: SentenceView["tokens"], open: number, close: number): boolean {
  const gap = (a: number, b: number) => (tokens[b]?.start ?? 0) - (tokens[a]?.end ?? 0);
  return (
    gap(open - 1, open) > 0 &&
    gap(open, open + 1) === 0 &&
    gap(close - 1, close) === 0 &&
    gap(close, close + 1) > 0
  );
}

/** The words of a person's name without a nickname in quotes: "Dorothy", "MacIsaac". */
export function withoutNickname(words: readonly string[]): string[] {
  const open = words.findIndex((word) => OPENING.has(word));
  if (open < 1) return [...words];
  const closing = CLOSING[words[open] ?? ""] ?? "";
  const close = words.indexOf(closing, open + 1);
  if (close < 0 || close === words.length - 1) return [...words];
  return [...words.slice(0, open), ...words.slice(close + 1)];
}
