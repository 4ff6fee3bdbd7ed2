import type { SentenceView } from "./span-proposer.ts";

/**
 * The sentence's text, from its first token to its last: steps that act only on rare marks ("&", "St.",
 * quotes, "J.K.") test it once, natively, rather than looking at every word.
 */
export function sentenceText(view: SentenceView): string {
  const first = view.tokens[0];
  const last = view.tokens[view.tokens.length - 1];
  return first && last ? view.text.slice(first.start, last.end) : "";
}
