/**
 * Days named for a holiday or a shopping event ("on Black Friday", "Cyber Monday sales", "Boxing Day
 * 2025"): the day in the year written after it, else the one of the publication's year, or of the year
 * before when that one is still months ahead ("Christmas Day" in a January story).
 */
import { dayAfter, pad, weekday } from "./calendar.ts";
import { NAMED_DAYS } from "./data/periods.ts";
import { yearOf } from "./period-years.ts";
import type { PeriodContext, PeriodHit } from "./periods.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

const DAYS = matcherOf(NAMED_DAYS);

/** Days a named day may lie after publication and still be the publication year's. */
const DAYS_AHEAD = 60;

/** The named day at token `i`, dated; undefined when none is there or no year is known. */
export function namedDayAt(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  if (!isCapitalized(t[i])) return undefined;
  const hit = DAYS.forward(t, i);
  if (!hit) return undefined;
  const written = yearOf(t[hit.end]);
  const year = written ?? ctx.year;
  if (year === undefined) return undefined;
  let date = dateIn(year, hit.value);
  if (written === undefined && ctx.month !== undefined) {
    const published = dayAfter(year, ctx.month, ctx.day ?? 1, DAYS_AHEAD);
    if (date > published) date = dateIn(year - 1, hit.value);
  }
  return { first: i, last: written === undefined ? hit.end : hit.end + 1, from: date, to: date };
}

function dateIn(year: number, rule: (typeof NAMED_DAYS)[number][1]): string {
  if ("month" in rule) return `${year}-${pad(rule.month)}-${pad(rule.day)}`;
  // The fourth Thursday of November (Monday 0, Thursday 3).
  const firstThursday = 1 + ((3 - weekday(year, 11, 1) + 7) % 7);
  return dayAfter(year, 11, firstThursday + 21, rule.afterThanksgiving);
}
