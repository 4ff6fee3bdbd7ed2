/**
 * Normalizes a publication date from any source (meta tags, `<time datetime>`, JSON `publishedAt`) to ISO
 * 8601, or undefined when the value is not a date ("yesterday", "N/A", "2024-02-30"). Downstream reads
 * the year and month from the start of the string to resolve "last year", so junk must not pass.
 *
 * - A date-time with a zone keeps the offset as written ("2024-01-05T10:00:00+01:00"), so the date part
 *   stays the publisher's calendar day; "GMT"/"UTC"/"UT"/"Z" become "Z", "+0100" becomes "+01:00",
 *   US zone names (EST, PDT...) their offsets. Seconds are always written; fractions keep milliseconds.
 * - A date-time with no zone gives the date only: the time is of an unknown zone.
 * - Epoch numbers: 9-10 digits are seconds, 12-13 digits milliseconds, written in UTC ("...Z").
 * - Numeric dates: `YYYY-MM-DD`, `YYYYMMDD`, `YYYY/MM/DD`; `D.M.YYYY` is day first; `A/B/YYYY` and
 *   `A-B-YYYY` are day first when A > 12, month first when B > 12, and dropped when both are at most 12
 *   and differ ("05/01/2024" is 5 January in most of the world and 1 May in the US).
 * - Month names: "January 5, 2024", "Jan. 5 2024", "5 January 2024", "Fri, 05 Jan 2024 10:00:00 GMT"
 *   (RFC 2822 and HTTP dates; a weekday is allowed and not checked).
 * Years outside 1900..2100 are dropped. Every pattern is anchored and free of nested quantifiers.
 */

import { MONTH_PATTERN, monthOf } from "./month-names.ts";

const MAX_LENGTH = 80;

const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?";
/** A time of day with an optional zone: "10:00", "10:00:00.123 GMT", "10:00:00+0100", "10:00 pm EST". */
const TIME =
  "(\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,9})?)?\\s?(am|pm)?\\s?(z|gmt|utc|ut|[ecmp][sd]t|[+-]\\d{2}(?::?\\d{2})?)?";

const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[t ]${TIME})?$`, "i");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const EPOCH = /^(\d{9,10}|\d{12,13})$/;
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${TIME})?$`,
  "i",
);
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${TIME})?$`,
  "i",
);

const US_ZONES: Record<string, string> = {
  est: "-05:00",
  edt: "-04:00",
  cst: "-06:00",
  cdt: "-05:00",
  mst: "-07:00",
  mdt: "-06:00",
  pst: "-08:00",
  pdt: "-07:00",
};

/** The value as ISO 8601 (see above), or undefined when it is not a date. */
export function normalizePublishedAt(value: unknown): string | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) ? normalizePublishedAt(String(value)) : undefined;
  if (typeof value !== "string") return undefined;
  const input = value.trim();
  if (input.length === 0 || input.length > MAX_LENGTH) return undefined;
  let m = ISO.exec(input);
  if (m) return withTime(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), m, 4);
  m = MONTH_FIRST.exec(input);
  if (m) return withTime(isoDate(Number(m[3]), monthOf(m[1]), Number(m[2])), m, 4);
  m = DAY_FIRST.exec(input);
  if (m) return withTime(isoDate(Number(m[3]), monthOf(m[2]), Number(m[1])), m, 4);
  m = COMPACT.exec(input) ?? YEAR_FIRST.exec(input);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(input);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(input);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (a > 12) return isoDate(year, b, a);
    if (b > 12 || a === b) return isoDate(year, a, b);
    return undefined; // Ambiguous: day first or month first.
  }
  m = EPOCH.exec(input);
  if (m) {
    const digits = m[1] ?? "";
    const date = new Date(Number(digits) * (digits.length <= 10 ? 1000 : 1));
    const year = date.getUTCFullYear();
    if (year < 1900 || year > 2100) return undefined;
    return date.toISOString().replace(/\.000Z$/, "Z");
  }
  return undefined;
}

/**
 * Adds the time captured from group `at` on (hour, minute, second, fraction, am/pm, zone) to the date
 * when it has a zone; with no time, or no zone, the date alone.
 */
function withTime(date: string | undefined, m: RegExpExecArray, at: number): string | undefined {
  if (!date || m[at] === undefined) return date;
  let hour = Number(m[at]);
  const minute = Number(m[at + 1]);
  const second = Number(m[at + 2] ?? 0);
  const fraction = m[at + 3] ? m[at + 3]?.slice(0, 4).padEnd(4, "0") : "";
  const meridiem = m[at + 4]?.toLowerCase();
  const zone = offsetOf(m[at + 5]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (zone === null) return undefined;
  if (zone === undefined) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${zone}`;
}

/** "Z" or "+HH:MM" for a zone as written; undefined for none; null for an impossible offset. */
function offsetOf(zone: string | undefined): string | undefined | null {
  if (zone === undefined) return undefined;
  const lower = zone.toLowerCase();
  if (lower === "z" || lower === "gmt" || lower === "utc" || lower === "ut") return "Z";
  const us = US_ZONES[lower];
  if (us) return us;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** YYYY-MM-DD for a real day of a year in 1900..2100, else undefined. */
export function isoDate(year: number | undefined, month: number, day: number): string | undefined {
  if (year === undefined || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1)
    return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 February and the like.
  return date.toISOString().slice(0, 10);
}
