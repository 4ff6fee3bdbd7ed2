/**
 * A list under a heading that ends with a colon: "Swiss watch exports by destination, January-October
 * 2026, according to the Federation of the Swiss Watch Industry:" and then "1. United States: 4.31
 * billion francs", "Total: 21.6 billion francs". What the heading says of its source and its period holds
 * for each item.
 */
import { isOneDay } from "./calendar.ts";
import { periodOfHit } from "./figure-period.ts";
import { BULLETS } from "./past-results.ts";
import type { PeriodHit } from "./periods.ts";
import { COMPARED } from "./story-periods.ts";
import { storyLike } from "./story-sources.ts";
import type { Token } from "./tokenize.ts";
import type { Figure, FigurePeriod } from "./types.ts";

/** Words of a label before its colon that opens an item, at most: "Capacity utilization:". */
const LABEL_WORDS = 5;

/** For each sentence, the sentence of the heading whose list it is an item of, or -1. */
export function listHeadings(
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<[number, number]>,
): Int32Array {
  const heading = new Int32Array(sentenceTokens.length).fill(-1);
  for (let s = 1; s < sentenceTokens.length; s++) {
    if (!opensItem(tokens, sentenceTokens[s] as [number, number])) continue;
    const before = heading[s - 1] ?? -1;
    if (before >= 0) heading[s] = before;
    else if (endsWithColon(tokens, sentenceTokens[s - 1] as [number, number])) heading[s] = s - 1;
  }
  return heading;
}

/** The sentence [first, last) opens a line with a bullet, a number and its point ("1.", "2)") or a label. */
function opensItem(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  const opener = tokens[first];
  if (!opener?.lineStart) return false;
  if (BULLETS.has(opener.norm)) return true;
  const mark = tokens[first + 1];
  if (opener.kind === "num" && /^\d{1,2}$/.test(opener.text) && (mark?.norm === "." || mark?.norm === ")"))
    return mark.spaceBefore === false;
  for (let k = first; k < Math.min(last, first + LABEL_WORDS + 1); k++) {
    if (tokens[k]?.norm === ":") return k > first;
    if (tokens[k]?.kind !== "word") return false;
  }
  return false;
}

/** The sentence [first, last) is a line of its own that ends with a colon. */
function endsWithColon(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  return last > first && tokens[last - 1]?.norm === ":" && tokens[first]?.lineStart === true;
}

/**
 * Gives each item's figure that names no period the one period its heading names, when that is a span
 * (not a day), marked carried: "Swiss watch exports by destination, January-October 2026, ...:".
 */
export function carryHeadingPeriods(
  text: string,
  tokens: readonly Token[],
  periods: readonly PeriodHit[],
  periodAt: Int32Array,
  sentenceTokens: ReadonlyArray<[number, number]>,
  headingOf: Int32Array,
  figures: readonly { figure: Figure; sentence: number; first: number }[],
): void {
  const named = new Map<number, FigurePeriod | null>();
  for (const { figure, sentence, first } of figures) {
    const heading = headingOf[sentence] ?? -1;
    // ("Revenue: $2.97 billion, up 2% from $2.91 billion": not the level compared.)
    if (heading < 0 || figure.period || COMPARED.has(tokens[first - 1]?.norm ?? "")) continue;
    let period = named.get(heading);
    if (period === undefined) {
      period = headingPeriod(text, tokens, periods, periodAt, sentenceTokens[heading] as [number, number]);
      named.set(heading, period);
    }
    if (period) figure.period = { ...period, carried: true };
  }
}

/** The one period the heading [first, last) names, when it is a span; else null. */
function headingPeriod(
  text: string,
  tokens: readonly Token[],
  periods: readonly PeriodHit[],
  periodAt: Int32Array,
  [first, last]: [number, number],
): FigurePeriod | null {
  let found: PeriodHit | undefined;
  for (let k = first; k < last; k++) {
    const hit = periods[periodAt[k] ?? -1];
    // ("JOHANNESBURG, Sept 8 (Business Day) - ... reported the following for the six months ended June 30,
    // 2026:": a day, the dateline's, is no span the items are for.)
    if (hit === undefined || hit === found || isOneDay(hit)) continue;
    if (found) return null;
    found = hit;
  }
  const period = found && periodOfHit(text, tokens, found);
  return period && storyLike(period) ? period : null;
}
