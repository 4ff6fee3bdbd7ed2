/**
 * "signed 193 contracts, and 92% of them were awarded to domestic firms", "held 81,723 inmates. About 66%
 * of them were awaiting trial": a share of "them" is a share of what the count before counted, so its
 * subject is that count's noun. Linear in the figures.
 */
import type { Figure } from "./types.ts";

/** A share's subject that is only a pronoun of the count before, with what the part is after it. */
const PRONOUN_SUBJECT = /^(?:them|those|these)\b/i;
/**
 * What links a share to the pronoun: "92% of them", "29% of those in repayment", "91 per cent of those who
 * responded" (not "80 per cent of those cases", which names its noun).
 */
const OF_PRONOUN =
  /^\s+of\s+(?:them\b|(?:those|these)(?=\s+(?:who|that|which|in|on|with|at|from|aged|over|under)\b|\s*[,.;]))/i;
/** Units of time, which no share "of them" is of: "8 per cent of them" after "18 years". */
const TIME_UNITS = /^(?:years|months|weeks|days|hours|minutes)$/;
/** Characters back a count's sentence may start from the share's: the sentence before, at most. */
const COUNT_REACH = 400;

/** Gives shares "of them" the noun of the count before as subject, in place. */
export function readPronounShares(text: string, figures: Figure[]): void {
  const resolved = new Set<Figure>();
  for (let k = 1; k < figures.length; k++) {
    const share = figures[k];
    if (share?.kind !== "PERCENT" || !share.subject || !PRONOUN_SUBJECT.test(share.subject.text)) continue;
    if (!OF_PRONOUN.test(text.slice(share.end, share.end + 40))) continue;
    const count = counted(figures, k, share.start - COUNT_REACH, resolved);
    const unit = count && unitSpan(text, count);
    if (!unit) continue;
    share.subject = unit;
    resolved.add(share);
  }
}

/**
 * The count right before figure `k` with a plural unit noun, no earlier than `from`, past shares of it
 * already read ("62% of them ..., and 30% of them"); none past any other figure, which the pronoun may
 * stand for ("73.9% - say they play video games, and 48% of them").
 */
function counted(
  figures: readonly Figure[],
  k: number,
  from: number,
  resolved: ReadonlySet<Figure>,
): Figure | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const figure = figures[j];
    if (!figure || figure.start < from) return undefined;
    if (resolved.has(figure)) continue;
    const unit = figure.unit ?? "";
    const plural = /(?:[^s]s|people|personnel)$/.test(unit) && !TIME_UNITS.test(unit);
    return figure.kind === "QUANTITY" && plural ? figure : undefined;
  }
  return undefined;
}

/** Where the count's unit noun stands in its text: "contracts" in "193 contracts". */
function unitSpan(text: string, count: Figure): Figure["subject"] | undefined {
  const unit = count.unit ?? "";
  const at = text.slice(count.start, count.end).lastIndexOf(unit);
  if (at < 0) return undefined;
  const start = count.start + at;
  return { text: unit, start, end: start + unit.length };
}
