import type { ProposedSpan } from "./span-proposer.ts";

/** The proposed span covering each token, computed once per sentence (spans do not overlap). */
export function coveringIndex(length: number, spans: readonly ProposedSpan[]): (ProposedSpan | undefined)[] {
  const covering: (ProposedSpan | undefined)[] = new Array(length);
  for (const span of spans) covering.fill(span, Math.max(0, span.start), Math.min(length, span.end));
  return covering;
}

/** `spans` without those overlapping any of `added`, plus `added`, in order: linear in the sentence. */
export function replaceSpans(
  length: number,
  spans: readonly ProposedSpan[],
  added: readonly ProposedSpan[],
): ProposedSpan[] {
  if (added.length === 0) return spans as ProposedSpan[];
  const taken = new Uint8Array(length);
  for (const span of added) taken.fill(1, span.start, span.end);
  const kept = spans.filter((span) => !taken.subarray(span.start, span.end).includes(1));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
