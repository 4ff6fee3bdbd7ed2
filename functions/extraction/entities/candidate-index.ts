import type { Candidate } from "./refine.ts";
import type { SentenceView } from "./span-proposer.ts";

/** Candidates per sentence, each list sorted by start. */
export function bySentence(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = out.get(candidate.sentence);
    if (list) list.push(candidate);
    else out.set(candidate.sentence, [candidate]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** The candidates of a start-sorted list that overlap [start, end); a binary search, then a short walk back. */
export function overlapping(sorted: readonly Candidate[], start: number, end: number): Candidate[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? end) < end) lo = mid + 1;
    else hi = mid;
  }
  const out: Candidate[] = [];
  // Candidates of one sentence hardly nest: a few steps back reach every one that can still overlap.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
    const c = sorted[k];
    if (c && c.end > start) out.push(c);
  }
  return out;
}

export function overlapsAny(sorted: readonly Candidate[], start: number, end: number): boolean {
  return overlapping(sorted, start, end).length > 0;
}

/** Index of the first token of the sentence that starts at or after `offset` (binary search). */
export function firstTokenFrom(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.tokens[mid]?.start ?? offset) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
