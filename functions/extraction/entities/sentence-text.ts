import type { SentenceView } from "./span-proposer.ts";

const TEXTS = new WeakMap<SentenceView, string>();

/**
 * The sentence's text, from its first token to its last, sliced once per sentence: steps that act only
 * on rare marks ("&", "St.", quotes, "J.K.") test it natively rather than look at every word.
 */
export function sentenceText(view: SentenceView): string {
  let text = TEXTS.get(view);
  if (text === undefined) {
    const first = view.tokens[0];
    const last = view.tokens[view.tokens.length - 1];
    text = first && last ? view.text.slice(first.start, last.end) : "";
    TEXTS.set(view, text);
  }
  return text;
}
