import type { SpanType } from "./types.ts";

/** A typed run of words: `start` inclusive, `end` exclusive, in word indices. */
export interface TokenSpan {
  type: SpanType;
  start: number;
  end: number;
}

/**
 * Entity spans of a BIO2 tag sequence, conlleval-style: an I-X that does not continue an X span starts
 * a new one, so spans are read the same way from gold data and from the decoder.
 */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2) as SpanType;
    if (prefix === "I-" && open !== undefined && open.type === type) {
      open.end = i + 1;
      return;
    }
    open = undefined;
    if (prefix === "B-" || prefix === "I-") {
      open = { type, start: i, end: i + 1 };
      spans.push(open);
    }
  });
  return spans;
}
