/** The year of a period written without one: from the publication date, looking ahead or back. */
import { dayAfter, pad, weekday } from "./calendar.ts";
import { FUTURE_WORDS, MONTHS, WEEKDAYS, YEAR_RANGE } from "./data/periods.ts";
import type { PeriodContext, PeriodHit } from "./periods.ts";
import { isCapitalized } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

export function yearOf(tok: Token | undefined): number | undefined {
  if (tok?.kind !== "num" || tok.norm.length !== 4 || !/^[0-9]{4}$/.test(tok.norm)) return undefined;
  const y = Number(tok.norm);
  return y >= YEAR_RANGE[0] && y <= YEAR_RANGE[1] ? y : undefined;
}

/** Which way a period without a year points: "next April", "last November", or a sentence about the future. */
type Lean = "next" | "last" | "future";

const FUTURE: ReadonlySet<string> = new Set(FUTURE_WORDS);

/** Tokens looked back through for a word that points ahead ("will", "expects"), within the sentence. */
const LEAN_REACH = 14;

const SENTENCE_ENDS = new Set([".", ";", "!", "?"]);

/** "next April", "last November"; "will open the plant in March", "expects ... by January". */
export function leanAt(t: readonly Token[], i: number): Lean | undefined {
  const prev = t[i - 1]?.norm;
  if (prev === "next") return "next";
  if (prev === "last") return "last";
  for (let k = i - 1; k >= Math.max(0, i - LEAN_REACH); k--) {
    const tok = t[k];
    if (!tok || SENTENCE_ENDS.has(tok.norm)) break;
    // "a better-than-expected 6% rise": an expectation met or missed is past.
    if (FUTURE.has(tok.norm) && !(t[k - 1]?.norm === "-" && t[k - 2]?.norm === "than")) return "future";
    if (tok.lineStart) break;
  }
  return undefined;
}

/**
 * The year of a month or quarter written without one ("in October", "the fourth quarter"), from the
 * publication date: the article's year, or the year before when the month it names starts more than two
 * months after publication (an article of January 2024 reports "October" of 2023, while "in March" may be
 * ahead). "next" and a sentence about the future look ahead (the next such month that has not ended by
 * publication: `endMonth` for a span), "last" back (the latest before the month of publication).
 */
export function yearFor(
  month: number,
  ctx: PeriodContext,
  lean?: Lean,
  endMonth = month,
): number | undefined {
  const { year, month: pubMonth } = ctx;
  if (year === undefined) return undefined;
  if (pubMonth === undefined) return year;
  if (lean === "next") return month > pubMonth ? year : year + 1;
  if (lean === "last") return month < pubMonth ? year : year - 1;
  if (lean === "future") return endMonth >= pubMonth ? year : year + 1;
  if (month - pubMonth > 2) return year - 1;
  return year;
}

/**
 * "have fled since December" in a November article: a month without its year after "since" is the last
 * one before publication, never one to come.
 */
export function sinceFrom(t: readonly Token[], at: number, inner: PeriodHit, ctx: PeriodContext): string {
  const from = inner.from ?? "";
  if (ctx.year === undefined || ctx.month === undefined || !/^\d{4}-\d{2}/.test(from)) return from;
  for (let k = at; k < inner.last; k++) if (yearOf(t[k]) !== undefined) return from;
  const published = `${ctx.year}-${pad(ctx.month)}${ctx.day !== undefined ? `-${pad(ctx.day)}` : ""}`;
  return from > published ? `${Number(from.slice(0, 4)) - 1}${from.slice(4)}` : from;
}

/** Monday 0 to Sunday 6: the first seven of WEEKDAYS. */
const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(
  WEEKDAYS.slice(0, 7).map((d, k) => [d, k] as const),
);

/** "since Monday" in an article of Friday 20 November: Monday 16 November (a week back if it is Monday). */
export function sinceWeekday(t: readonly Token[], at: number, ctx: PeriodContext): string | undefined {
  const target = WEEKDAY_INDEX.get(t[at]?.norm ?? "");
  const { year, month, day } = ctx;
  if (
    target === undefined ||
    !isCapitalized(t[at]) ||
    year === undefined ||
    month === undefined ||
    day === undefined
  )
    return undefined;
  const today = weekday(year, month, day);
  const back = (today - target + 7) % 7 || 7;
  return dayAfter(year, month, day, -back);
}

/** Month names and abbreviations, by number. */
export const MONTH = new Map(MONTHS);
