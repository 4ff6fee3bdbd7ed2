/**
 * "Brent and WTI rose 1.2% and 0.8% respectively", "Germany, France and Italy grew 0.3%, 0.5% and 0.1%,
 * respectively": figures listed with "respectively" that share a subject listing as many names measure
 * one name each, in order. Linear in the figures.
 */
import type { Figure } from "./types.ts";

/** "respectively" right after the last figure of the list (a comma or a period may stand between). */
const RESPECTIVELY = /^\s*(?:\([^)]{0,40}\)\s*)?,?\s*respectively\b/i;
/** Characters after the last figure "respectively" is looked for in (a sentence is read near it only). */
const RESPECTIVELY_REACH = 60;
/** The separators of a list of names: ", ", " and ", ", and ". */
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
/** A preposition inside an item: the list's names share the noun before it. */
const HEAD_LINK = /\s(?:to|from|in|of|for|at|on)\s/i;
/** Words one item of the list may take: "Brent", "the euro zone", "South Korea". */
const ITEM_WORDS = 4;

export function readRespectively(figures: Figure[]): void {
  let k = 0;
  while (k < figures.length) {
    const first = figures[k];
    let end = k + 1;
    while (
      end < figures.length &&
      figures[end]?.sentence.start === first?.sentence.start &&
      sameSpan(figures[end]?.subject, first?.subject)
    )
      end++;
    const last = figures[end - 1];
    if (first?.subject && last && end - k >= 2) {
      const at = last.end - last.sentence.start;
      const after = last.sentence.text.slice(at, at + RESPECTIVELY_REACH);
      if (RESPECTIVELY.test(after)) split(figures.slice(k, end), first.subject);
    }
    k = end;
  }
}

function sameSpan(a: Figure["subject"], b: Figure["subject"]): boolean {
  return a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;
}

/** Gives each figure its item of the subject's list, when the list has as many items, all short. */
function split(listed: Figure[], subject: NonNullable<Figure["subject"]>): void {
  const items: { text: string; start: number }[] = [];
  let from = 0;
  for (const separator of subject.text.matchAll(LIST_SEPARATOR)) {
    items.push({ text: subject.text.slice(from, separator.index), start: from });
    from = (separator.index ?? 0) + separator[0].length;
  }
  items.push({ text: subject.text.slice(from), start: from });
  if (items.length !== listed.length) return;
  if (items.some((item) => item.text === "" || item.text.split(/\s+/).length > ITEM_WORDS)) return;
  // ("Exports to Italy and Britain": the names share the head before them, which no one span can give.)
  if (items.some((item) => HEAD_LINK.test(item.text))) return;
  // ("Air China and China Eastern Airlines shares", "5-nanometre and 7-nanometre technologies": nor a head
  // noun after the last name.)
  const words = (text: string) => text.split(/\s+/);
  const lastItem = words(items[items.length - 1]?.text ?? "");
  const firstItem = words(items[0]?.text ?? "");
  if (lastItem.length > firstItem.length && /^\p{Ll}/u.test(lastItem[lastItem.length - 1] ?? "")) return;
  listed.forEach((figure, i) => {
    const item = items[i];
    if (!item) return;
    const start = subject.start + item.start;
    figure.subject = { text: item.text, start, end: start + item.text.length };
  });
}
