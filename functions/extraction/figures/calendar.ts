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
