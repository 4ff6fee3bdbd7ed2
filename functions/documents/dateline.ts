/**
 * The article's date read from its first lines, for text that carries no metadata: a wire dateline
 * ("LAGOS, Oct 15 (Reuters) -", "LONDON, 25 November —"), a date line ("Jan. 5, 2024", "5 January 2024",
 * "2024-01-05") or a "Published/Updated <date>" line; failing those, a short credit line that closes the
 * text with a full date ("Published in Dawn, November 15th, 2026"). Only those lines are read, so a date
 * quoted in the body is never taken for the article's own.
 */

import { FOREIGN_MONTH_PATTERN, foreignMonthOf, MONTH_PATTERN, monthOf } from "./month-names.ts";
import { isoDate } from "./published-date.ts";

const OPENING_LINES = 6;
const MAX_LINE = 300;

/** Date patterns, most specific first; each yields [year?, month, day] through its `read`. */
const DATES: {
  pattern: RegExp;
  read: (m: RegExpExecArray, reference?: Date) => [number | undefined, number, number];
}[] = [
  {
    // 2024-01-05, 2024-01-05T10:00:00Z
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // Jan. 5, 2024 / January 5 2024
    // ("Nov 10,2026": the Jordan Times sets no space after the comma.)
    pattern: new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`, "i"),
    read: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])],
  },
  {
    // 5 January 2024 / 5th Jan 2024
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+(\\d{4})\\b`, "i"),
    read: (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])],
  },
  {
    // 7 de diciembre de 2026 / 7 de dezembro de 2026 / 7 décembre 2026 / 7. Dezember 2026
    pattern: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?${FOREIGN_MONTH_PATTERN}\\s+(?:del?\\s+)?(\\d{4})\\b`,
      "iu",
    ),
    read: (m) => [Number(m[3]), foreignMonthOf(m[2]), Number(m[1])],
  },
  {
    // 20/11/2026 (day first) or 11/20/2026 (month first) where a part over 12 says which; 05/01/2024 is
    // either, and dated only where one reading alone falls in the month up to the object's time.
    pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/,
    read: (m, reference) => {
      const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a > 12) return [year, b, a];
      if (b > 12) return [year, a, b];
      const recent = [isoDate(year, b, a), isoDate(year, a, b)].map((date) =>
        Boolean(date && recentTo(date, reference)),
      );
      if (recent[0] === recent[1]) return [undefined, 0, 0];
      return recent[0] ? [year, b, a] : [year, a, b];
    },
  },
  {
    // 02.12.2026: a date with dots is written day first.
    pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
];

/** Days before the object's time an ambiguous day written in figures may fall, to be read as that day. */
const RECENT_DAYS = 31;

/** The date falls in the RECENT_DAYS up to a day after `reference`. */
function recentTo(date: string, reference: Date | undefined): boolean {
  if (!reference || Number.isNaN(reference.getTime())) return false;
  const at = Date.parse(date);
  return at <= reference.getTime() + 86_400_000 && at >= reference.getTime() - RECENT_DAYS * 86_400_000;
}

/**
 * How far into an opening line its date may stand: "Published on 20/11/2026 - 15:41 By Pedro Peduzzi",
 * "WELLINGTON, 9 March 2026 (RNZ) - ..."; a date deeper in a sentence is one the lede or the body quotes
 * ("The authority said it would issue a determination in March, backdated to 1 July 2026, ..."). A short
 * line that is no sentence may hold it anywhere: "By Jane Doe, Senior Health Correspondent | Updated 30
 * November 2026".
 */
const OPENING_DATE_REACH = 50;
/** The longest opening line read whole for its date, when it does not end as a sentence does. */
const HEADER_LINE = 100;

/** A weekday before a dateline's month: "MOMBASA, Tuesday October 13 —". */
const WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";

/**
 * The words before the day of the news: "announced on Saturday, ", "began at 12:01 a.m. on ", "Unifor said
 * Sunday, ", a transcript's "CBC Radio, Cost of Living, broadcast December 6, 2026".
 */
const NEWS_DAY_BEFORE = new RegExp(`\\b(?:on|said|announced|reported|broadcast|aired)\\s+${WEEKDAY}$`, "i");

/**
 * The words before a date that make it the end of a reporting period, not the day of the news: a results
 * release's title "Final results for the year ended 31 December 2025", "for the 52 weeks ended", "the year
 * to 30 June 2026", "as at 30 September 2026".
 */
const PERIOD_END_BEFORE = /\b(?:ended|ending|to|until|through|as\s+(?:at|of))\s+$/i;

/** A dash and a second date after a date: the two bound a span ("1 September 2025 – 31 August 2026"). */
const SPAN_TO_DATE = new RegExp(
  `^\\s*[-–—]\\s*(?:\\d{1,2}\\s+${MONTH_PATTERN}|${MONTH_PATTERN}\\s+\\d{1,2}\\b|\\d{4}-\\d{2})`,
  "iu",
);

/**
 * A wire dateline with no year: "LAGOS, Oct 15 (Reuters) -", "SASKATOON, Saskatchewan, Nov 5 (Reuters) -",
 * "PERTH, Nov 21 AAP -" (an agency's letters without parentheses), "ANAND (Gujarat), Nov 14 (PTI):" (the
 * city's state in parentheses), "MOMBASA, Tuesday October 13 —" (a weekday before the month, as Kenyan
 * papers set it);
 * the year comes from the object's time.
 */
const WIRE_DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M} .'/-]{1,40}(?:\\s*\\([\\p{L}\\p{M} .'-]{2,30}\\))?,(?:\\s+\\p{Lu}[\\p{L}\\p{M} .'-]{1,30},)?\\s+${WEEKDAY}${MONTH_PATTERN}\\s+(\\d{1,2})\\s*(?:\\([^)\\n]{1,40}\\)|\\b[A-Z]{2,6}\\b)?\\s*[-–—:]`,
  "iu",
);

/**
 * A wire dateline whose agency's credit marks it, with its city or its dash left out: "NEW DELHI, Nov 16
 * (PTI) India's exports ...", "Nov 17 (Reuters) - Lennar said", "ASTANA. Nov 24 (Interfax-Kazakhstan) -"
 * (Interfax sets a point after the city).
 */
const CREDITED_DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{M} .'/-]{1,40}(?:\\s*\\([\\p{L}\\p{M} .'-]{2,30}\\))?,?(?:\\s+\\p{Lu}[\\p{L}\\p{M} .'-]{1,30},)?\\s+)?${MONTH_PATTERN}\\s+(\\d{1,2})\\s*\\([\\p{L} .-]{2,30}\\)`,
  "iu",
);

/** A dateline with its day in parentheses, as Malaysian papers set it: "KUALA LUMPUR (Nov 18):". */
const PARENTHESIZED_DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M} .'/-]{1,40}\\s*\\(${MONTH_PATTERN}\\.?\\s+(\\d{1,2})\\)\\s*[-–—:]`,
  "iu",
);

/** A dateline with its day before the month, as British papers set it: "LONDON, 25 November —". */
const DAY_FIRST_DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M} .'/-]{1,40},\\s+${WEEKDAY}(\\d{1,2})\\s+${MONTH_PATTERN}\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[-–—:]`,
  "iu",
);

/**
 * A line that is only a place and a day with no year, as Indian papers set it: "New Delhi, Nov 18", and
 * after an outlet's name and a bar, as local business sites do: "Jakarta Globe | Jakarta, Oct 30".
 */
const DATELINE_LINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}\\p{M}\\d .'&-]{1,40}\\|\\s*)?[\\p{Lu}][\\p{L}\\p{M} .'/-]{1,40},\\s+${MONTH_PATTERN}\\.?\\s+(\\d{1,2})\\.?$`,
  "iu",
);

/**
 * The publication date (ISO 8601, date only) given by the text's opening lines, or undefined. A date
 * with no year (a wire dateline) takes the latest such day not after `reference` (the object's time);
 * with no reference it is not used.
 */
export function datelineOf(text: string, reference?: Date): string | undefined {
  // Line by line: the dateline's line comes before a date the body quotes ("FRANKFURT, Nov 10 (Reuters)
  // - ... for the year to 28 February 2027").
  for (const line of openingLines(text)) {
    const wire =
      WIRE_DATELINE.exec(line) ??
      CREDITED_DATELINE.exec(line) ??
      PARENTHESIZED_DATELINE.exec(line) ??
      DATELINE_LINE.exec(line);
    // A dateline without its year ends the search: the lede after it may quote other dates ("Mumbai, Nov
    // 20 (PTI) ... from April 1, 2027", "KARACHI, Nov 3: ... the nine months ended Sept 30, 2026").
    if (wire) return wireDateOf(wire[1], wire[2], reference);
    const dayFirst = DAY_FIRST_DATELINE.exec(line);
    if (dayFirst) return wireDateOf(dayFirst[2], dayFirst[1], reference);
    const header = line.length <= HEADER_LINE && !/[.!?]["”’]?$/.test(line);
    const date = fullDateOf(line, header ? line.length : OPENING_DATE_REACH, reference);
    // (A date after the object's time is one the story looks ahead to: "until June 30, 2027".)
    if (date && !afterReference(date, reference)) return date;
  }
  return closingCreditDate(text, reference);
}

/** The date is more than a day after `reference`, when there is one. */
function afterReference(date: string, reference: Date | undefined): boolean {
  return reference !== undefined && Date.parse(date) > reference.getTime() + 86_400_000;
}

/** The closing lines read for a paper's credit and date. */
const CLOSING_LINES = 2;
/** The longest closing line read as a credit: "Published in Dawn, November 15th, 2026". */
const MAX_CREDIT_LINE = 80;
/** The most words such a credit line takes. */
const MAX_CREDIT_WORDS = 9;
/** A date that ends a credit line after a comma, slash, bar or dash: ", Nov. 28, 2026", "/ 20 November 2026". */
// ("By Joanna Partridge, Thursday 3 December 2026": a weekday may open the date.)
const CREDIT_DATE_END =
  /[,/|–—:-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?)\s+\d{4}$/u;

/** A full date written in words, as a whole line or a line's edge: "Oct 29, 2026", "5 November 2026". */
const WORDED_DATE = `(?:${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?)\\s+\\d{4}`;
/** A line that is only a date, or a date and then the paper's name: "Oct 29, 2026", "Nov 11, 2026 — Business Day". */
const DATE_THEN_CREDIT = new RegExp(
  `^${WEEKDAY}${WORDED_DATE}(?:\\s*[/|–—-]\\s*\\p{Lu}[\\p{L}\\p{M} .&'-]{1,40})?$`,
  "iu",
);
/** The wire's closing line: "This report by The Canadian Press was first published Nov. 18, 2026." */
const FIRST_PUBLISHED = new RegExp(`\\bfirst published (?:on )?${WORDED_DATE}\\.?$`, "i");
/** A day written in figures, day or month first: "20/11/2026". */
const NUMERIC_DATE = "\\d{1,2}/\\d{1,2}/\\d{4}";
/** A time after a date: ", 5:00am", " 09:15 AM ET", " at 16:42". */
const TIME = "(?:,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)";
/**
 * A closing line that says when the story was published, with at most a time or an update after the
 * date: "Published on November 28, 2026", "- Story published November 12, 2026, 5:00am", "Published:
 * December 3, 2026 — Updated Dec 3, 2026 09:15 AM ET", "This article was first published on Business Day
 * on 2 December 2026." (not "The plan was first published Oct. 18, 2019, in draft form.").
 */
const PUBLISHED_LINE = new RegExp(
  `^(?:[-–—•]\\s*)?(?:[\\p{L} ]{0,30}\\s)?(?:published|posted|updated)(?:\\s+(?:on|in)\\s+\\p{Lu}[\\p{L}\\p{M} .&'-]{1,40}?)?(?:\\s+on)?:?\\s+${WEEKDAY}(?:${WORDED_DATE}|${NUMERIC_DATE})${TIME}?\\s*(?:[-–—|].*)?\\.?$`,
  "iu",
);

/**
 * The date of a credit line that closes the text, as papers that date no dateline set it: "Published in
 * Dawn, November 15th, 2026", "Philippine Daily Inquirer / November 20, 2026", "The Canadian Press, Nov.
 * 28, 2026", "Published: November 23, 2026", "Nov 11, 2026 — Business Day", a date alone, or the Canadian
 * Press's "was first published Nov. 18, 2026.". Only a short line with a full date, never a sentence of
 * the body.
 */
function closingCreditDate(text: string, reference?: Date): string | undefined {
  for (const line of closingLines(text, CLOSING_LINES)) {
    if (line.length > MAX_CREDIT_LINE) continue;
    // (A sentence of the body ends with its stop; a credit ends with its date, set off by a mark, or
    // opens with it.)
    // ("(Nikkei Asia, November 27, 2026)": a credit in parentheses.)
    const bare = line.replace(/^\((.*)\)$/, "$1");
    const credit =
      (bare.split(/\s+/).length <= MAX_CREDIT_WORDS && CREDIT_DATE_END.test(bare)) ||
      DATE_THEN_CREDIT.test(bare) ||
      FIRST_PUBLISHED.test(bare) ||
      PUBLISHED_LINE.test(bare);
    if (!credit) continue;
    const date = fullDateOf(bare, bare.length, reference);
    if (date) return date;
  }
  return undefined;
}

/**
 * The first date written with its year in `line`, whatever its style: "WELLINGTON, 9 March 2026 (RNZ) -
 * ... for the year to October 31, 2025" is dated 9 March.
 */
function fullDateOf(line: string, reach = line.length, reference?: Date): string | undefined {
  let first: { at: number; date: string } | undefined;
  for (const { pattern, read } of DATES) {
    const match = pattern.exec(line);
    if (!match || (first && first.at <= match.index)) continue;
    // ("..., the operator announced on Saturday, November 28, 2026": the day of the news, anywhere.)
    if (match.index > reach && !NEWS_DAY_BEFORE.test(line.slice(0, match.index))) continue;
    if (PERIOD_END_BEFORE.test(line.slice(0, match.index))) continue;
    // ("Year-end report, 1 September 2025 – 31 August 2026": a date that opens a span is no day of news.)
    if (SPAN_TO_DATE.test(line.slice(match.index + match[0].length))) continue;
    const [year, month, day] = read(match, reference);
    const date = isoDate(year, month, day);
    if (date) first = { at: match.index, date };
  }
  return first?.date;
}

/** A wire dateline's day, dated by `reference` (the object's time); none without it. */
function wireDateOf(
  monthName: string | undefined,
  dayText: string | undefined,
  reference?: Date,
): string | undefined {
  if (!reference || Number.isNaN(reference.getTime())) return undefined;
  const month = monthOf(monthName);
  const day = Number(dayText);
  // The day in the reference's year, or the year before when that would be after the reference.
  const year = reference.getUTCFullYear();
  const thisYear = isoDate(year, month, day);
  if (thisYear && Date.parse(thisYear) <= reference.getTime() + 86_400_000) return thisYear;
  return isoDate(year - 1, month, day);
}

/** The last `count` lines that are not blank, the last first, each cut to its final MAX_LINE characters. */
function closingLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let end = text.length;
  while (lines.length < count && end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(Math.max(start, end - MAX_LINE), end).trim();
    if (line) lines.push(line);
    end = start - 1;
  }
  return lines;
}

function openingLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < OPENING_LINES && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + MAX_LINE)).trim();
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}
