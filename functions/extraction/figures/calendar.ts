/** Date arithmetic on whole days (UTC), for periods written relative to the publication date. */

export const pad = (n: number) => String(n).padStart(2, "0");

/** A span from one date to the same date ("2026-09-08".."2026-09-08"): one day, not a month or a year. */
export function isOneDay(span: { from?: string; to?: string }): boolean {
  return span.from !== undefined && span.from.length === 10 && span.from === span.to;
}

/** "2026-11-20" for the day `offset` days after year-month-day. */
export function dayAfter(year: number, month: number, day: number, offset: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + offset));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Days since the Monday of that date's week (0 on a Monday, 6 on a Sunday). */
export function weekday(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** "2026-03" for the month `offset` months after year-month. */
export function monthAfter(year: number, month: number, offset: number): string {
  const m = year * 12 + (month - 1) + offset;
  return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
}

/** Where the last `months` months of a span ending in month `to` ("2026-09") start: "2026-07" for a quarter. */
export function lastMonthsFrom(to: string, months: number): string | undefined {
  if (!/^\d{4}-\d{2}$/.test(to)) return undefined;
  const [y = 0, m = 1] = to.split("-").map(Number);
  return monthAfter(y, m, 1 - months);
}

/**
 * The month index of "2026-04" (or of "2026" as January, or December for an end), or undefined. A week-based
 * period's days round to the nearest month: "26 weeks ended 27 September 2026" starts on 30 March, in April.
 */
export function monthIndex(date: string | undefined, end: boolean): number | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? "");
  if (!match) return undefined;
  const day = Number(match[3] ?? 15);
  const round = !end && day >= MONTH_END_DAY ? 1 : end && day <= MONTH_START_DAY ? -1 : 0;
  return Number(match[1]) * 12 + (match[2] ? Number(match[2]) - 1 : end ? 11 : 0) + round;
}

/** Days of a month from which a period's first day belongs to the next month, and up to which its last day to the month before. */
const MONTH_END_DAY = 25;
const MONTH_START_DAY = 5;

/** The "2026-04" of a month index (months counted from January of year 0). */
export function monthOf(index: number): string {
  return monthAfter(Math.floor(index / 12), (index % 12) + 1, 0);
}
