/**
 * Prices listed by whom or what they are for: "Green fees are $19 for adults and $11 for juniors", "She
 * charges £19.50 a night for a single cat and £31 for two sharing". The second price of such a pair is
 * what the first is, for another buyer: it measures the first's subject where that stands before the first
 * price, and takes the first's rate where it writes none.
 */
import { isRateUnit } from "./figure-links.ts";
import type { Figure } from "./types.ts";

/** Between two prices of a pair: the first's rate, its "for" phrase and "and" ("a night for a single cat and"). */
const PAIR_BETWEEN = /^(?:\s+(?:a|an|per)\s+[a-z]+)?\s+for\s+[^\d,;:.()$€£¥₹]{1,40}?\s+and\s+$/;
/** After the second price: its own "for" phrase. */
const FOR_AFTER = /^\s+for\s+\S/;

/** Gives each second price of a pair the first's subject and rate, in place; linear in the figures. */
export function readParallelPrices(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const first = figures[k - 1];
    const second = figures[k];
    if (!first || !second || first.kind !== "MONEY" || second.kind !== "MONEY") continue;
    if (first.sentence.start !== second.sentence.start || first.currency !== second.currency) continue;
    if (first.change || second.change) continue;
    if (!PAIR_BETWEEN.test(text.slice(first.end, second.start))) continue;
    if (!FOR_AFTER.test(text.slice(second.end, second.end + 12))) continue;
    if (first.subject && first.subject.end <= first.start) second.subject = { ...first.subject };
    if (!second.unit && isRateUnit(first.unit)) second.unit = first.unit;
  }
}
