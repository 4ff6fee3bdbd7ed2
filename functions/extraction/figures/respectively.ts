/**
 * "Brent and WTI rose 1.2% and 0.8% respectively", "Germany, France and Italy grew 0.3%, 0.5% and 0.1%,
 * respectively": figures listed with "respectively" that share a subject listing as many names measure
 * one name each, in order. Linear in the figures.
 */
import type { Figure } from "./types.ts";

/**
 * "respectively" right after the last figure of the list (a comma or a period may stand between, and what
 * the figures are of: "11 per cent, 9 per cent and 8 per cent of applications respectively").
 */
const RESPECTIVELY = /^\s*(?:of(?:\s+[a-z]+){1,3}\s*)?(?:\([^)]{0,40}\)\s*)?,?\s*respectively\b/i;
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
    if (end - k < 2) end = listedFromOpening(figures, k);
    k = Math.max(end, k + 1);
  }
}

/** Figures after one that only list separators stand between: "14.8 crore, 8.7 crore and 7 crore". */
const BETWEEN_LISTED = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** Names listed to open a sentence before its verb: "Uttar Pradesh, Bihar and Maharashtra had". */
const OPENING_NAMES =
  /^((?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*,?\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+\p{Ll}/u;

/**
 * "Uttar Pradesh, Bihar and Maharashtra had the most beneficiaries, at 14.8 crore, 8.7 crore and 7 crore
 * respectively": figures listed with "respectively" whose subjects differ measure the names that open the
 * sentence, when there are as many. Where the list of figures ends.
 */
function listedFromOpening(figures: Figure[], k: number): number {
  const first = figures[k];
  if (!first) return k + 1;
  let end = k + 1;
  while (end < figures.length) {
    const prev = figures[end - 1];
    const next = figures[end];
    if (!prev || !next || next.sentence.start !== first.sentence.start) break;
    if (
      !BETWEEN_LISTED.test(
        first.sentence.text.slice(prev.end - first.sentence.start, next.start - first.sentence.start),
      )
    )
      break;
    end++;
  }
  const last = figures[end - 1];
  if (!last || end - k < 2) return end;
  const at = last.end - last.sentence.start;
  if (!RESPECTIVELY.test(last.sentence.text.slice(at, at + RESPECTIVELY_REACH))) return end;
  const opening = OPENING_NAMES.exec(first.sentence.text.slice(0, first.start - first.sentence.start));
  const names = opening?.[1];
  if (!names) return end;
  const listed = figures.slice(k, end);
  const subject = { text: names, start: first.sentence.start, end: first.sentence.start + names.length };
  // (Names that do not split into as many as the figures leave the figures as they were found.)
  split(listed, subject);
  return end;
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
