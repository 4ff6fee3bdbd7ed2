/**
 * Periods written relative to another period of the same sentence: "fell to $410 million in the third
 * quarter from $455 million a year earlier" compares the third quarter of the year before, not the whole
 * year before publication; "after a 1.1% gain the previous month" is the month before the one named.
 */
import { dayAfter, lastMonthsFrom, monthAfter } from "./calendar.ts";
import { ONE, TEN } from "./lexicon.ts";
import type { Figure, FigurePeriod } from "./types.ts";

/** Figures back the anchor may be, at most (keeps a sentence of many figures linear). */
const ANCHOR_REACH = 20;

/**
 * How far back a relative period lies from the one it refers to; `same`: the period it refers to, named
 * again by its unit ("for the month" after "in October"; 0: any length, "the same period"); `inYear`: its months in another year ("the same
 * period of 2024").
 */
type Back =
  | { months: number; size?: number }
  | { previous: "month" | "quarter" | "year" | "period" }
  | { same: number }
  | { inYear: number }
  | { spanBack: number };

/** A count of units, in words up to twelve or in digits (bounded where each is read). */
const COUNT = "(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";
const YEARS_BACK = new RegExp(`^${COUNT} years? (earlier|ago|before|previously)$`);
/** "two years ago", "20 years ago": more than one year back from publication. */
const YEARS_AGO = new RegExp(`^(?!a |one )${COUNT} years ago$`);
const SAME_BACK =
  /^(the |a )?(same|corresponding|similar) (period|quarter|month|week|time|months|weeks|half) (a year (earlier|ago|before)|last year|of last year|(of|in) the (previous|prior) (year|fiscal|fiscal year|financial year)|the previous year|the year before)$/;
/** "the same period of 2024", "the same months in 2019". */
const SAME_OF_YEAR =
  /^(the )?(same|corresponding) (period|quarter|month|months|half|time|weeks) (of|in) ((19|20)\d\d)$/;
const PREVIOUS =
  /^(the )?(previous|prior|preceding) (month|quarter|year|period|fiscal|fiscal year|financial year)$/;
const PREVIOUS_MONTHS = new RegExp(`^(the )?(previous|prior|preceding) ${COUNT} months$`);
const YEAR_AGO =
  /^(the )?(year-ago|year-earlier|prior-year|prior year|comparable) (period|quarter|month|half)$/;
/** "a month earlier", "two quarters before", "the month before" ("ago" counts from publication). */
const MONTHS_BACK = new RegExp(`^${COUNT} (months?|quarters?) (earlier|before|previously)$`);
/** The story's own period named again: "a record for the month", "in the half", "for the year". */
const NAMED_AGAIN = /^(the )?(month|quarter|half|year|fiscal year|financial year)$/;
/** The period just named, whatever its length: "in the same period", "over the period". */
const SAME_PERIOD = /^(the )?(same|corresponding) period$|^the period$/;
/** "the year before", "the month before", "the quarter earlier". */
const UNIT_BEFORE = /^(the )?(year|month|quarter) (before|earlier)$/;
/** The words that date a standing level to the month of publication: no period to count from. */
const STANDING = /^(?:now|currently|today)$/i;
/** Months in each unit of NAMED_AGAIN. */
export const NAMED_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, half: 6 };
/** Months in each unit of MONTHS_BACK and UNIT_BEFORE. */
const UNIT_MONTHS: Readonly<Record<string, number>> = { year: 12, month: 1, quarter: 3 };

/** The count a word of COUNT gives: "a" 1, "two" 2, "12" 12. */
function countOf(word: string): number {
  return word === "a" ? 1 : (ONE.get(word) ?? TEN.get(word) ?? Number(word));
}

/** How far back `text` lies from the period it refers to, or undefined when it names its own dates. */
function backOf(text: string): Back | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  // ("VERSUS SEK 9.71 BILLION YEAR AGO": a wire brief's "a year ago" without its article.)
  if (t === "year ago") return { months: 12 };
  const years = YEARS_BACK.exec(t);
  if (years) {
    const n = countOf(years[1] ?? "");
    return Number.isInteger(n) && n >= 1 && n <= 20 ? { months: 12 * n } : undefined;
  }
  // ("the same quarter last year" in a story of nine months: its last quarter, a year before.)
  const same = SAME_BACK.exec(t) ?? YEAR_AGO.exec(t);
  if (same) {
    const size = NAMED_MONTHS[same[3] ?? ""];
    return size ? { months: 12, size } : { months: 12 };
  }
  const ofYear = SAME_OF_YEAR.exec(t);
  if (ofYear) return { inYear: Number(ofYear[5]) };
  const months = MONTHS_BACK.exec(t);
  if (months) {
    const n = countOf(months[1] ?? "");
    const size = months[2]?.startsWith("quarter") ? 3 : 1;
    return Number.isInteger(n) && n >= 1 && n <= 24 ? { months: n * size } : undefined;
  }
  const unit = UNIT_BEFORE.exec(t);
  if (unit) return { months: UNIT_MONTHS[unit[2] ?? ""] ?? 12 };
  const previous = PREVIOUS.exec(t);
  // ("from USD 29.1 billion in the previous fiscal" after "in FY26": the fiscal year before that one.)
  if (previous) {
    const unit = previous[3] ?? "";
    return {
      previous: /fiscal|financial/.test(unit) ? "year" : (unit as "month" | "quarter" | "year" | "period"),
    };
  }
  // "in the previous three months" after "the June quarter": the three months before it.
  const previousMonths = PREVIOUS_MONTHS.exec(t);
  if (previousMonths) {
    const n = countOf(previousMonths[3] ?? "");
    return Number.isInteger(n) && n >= 2 && n <= 12 ? { spanBack: n } : undefined;
  }
  const again = NAMED_AGAIN.exec(t);
  if (again) return { same: NAMED_MONTHS[again[2] ?? ""] ?? 12 };
  if (SAME_PERIOD.test(t)) return { same: 0 };
  return undefined;
}

/** The period is written relative to another one ("a year earlier", "the previous quarter", "for the year"). */
export function isRelativePeriod(text: string): boolean {
  return backOf(text) !== undefined;
}

/** Year and month of a partial ISO date ("2026", "2026-10", "2026-10-05"). */
function parts(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? 0, m, d];
}

/** Months spanned by a period of whole months, or undefined when it is no such period. */
function monthsSpanned(from: string, to: string): number | undefined {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  if (fd !== undefined || td !== undefined) return undefined;
  if (fm === undefined && tm === undefined) return (ty - fy + 1) * 12;
  if (fm === undefined || tm === undefined) return undefined;
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** `date` moved back `months` months, at the precision it is written in. */
function monthsBefore(date: string, months: number): string | undefined {
  const [y, m, d] = parts(date);
  if (m === undefined) return months % 12 === 0 ? String(y - months / 12) : undefined;
  if (d === undefined) return monthAfter(y, m, -months);
  return months % 12 === 0 ? `${y - months / 12}${date.slice(4)}` : undefined;
}

/** Days from `from` to `to` inclusive, for day-precise spans. */
function daysSpanned(from: string, to: string): number | undefined {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  if (fm === undefined || fd === undefined || tm === undefined || td === undefined) return undefined;
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000) + 1;
}

/** The dates of the period `back` from `anchor`, or undefined when they do not follow. */
function shifted(anchor: { from: string; to: string }, back: Back): { from: string; to: string } | undefined {
  let months: number | undefined;
  if ("months" in back) {
    months = back.months;
    const span = monthsSpanned(anchor.from, anchor.to);
    const last =
      back.size && span !== undefined && span > back.size ? lastMonthsFrom(anchor.to, back.size) : undefined;
    if (last) return shifted({ from: last, to: anchor.to }, { months });
  } else if ("inYear" in back) {
    months = (Number(anchor.from.slice(0, 4)) - back.inYear) * 12;
    if (months <= 0) return undefined;
  } else if ("spanBack" in back) {
    // (Only when the period before is as long: "the previous three months" after a quarter.)
    if (monthsSpanned(anchor.from, anchor.to) !== back.spanBack) return undefined;
    months = back.spanBack;
  } else if ("same" in back) {
    // "a record for the month" after "in October": that month, if the anchor is one; "in the same
    // period": the anchor, whatever its length.
    return back.same === 0 || monthsSpanned(anchor.from, anchor.to) === back.same ? anchor : undefined;
  } else {
    const span = monthsSpanned(anchor.from, anchor.to);
    if (back.previous === "period" && span === undefined) {
      // "in the four weeks to Nov. 16, down from 3.4 million in the previous period".
      const days = daysSpanned(anchor.from, anchor.to);
      if (days === undefined) return undefined;
      const [y, m, d] = parts(anchor.from);
      return { from: dayAfter(y, m ?? 1, d ?? 1, -days), to: dayAfter(y, m ?? 1, d ?? 1, -1) };
    }
    const expected = { month: 1, quarter: 3, year: 12, period: span }[back.previous];
    if (span === undefined || expected === undefined || span !== expected) return undefined;
    months = span;
  }
  const from = monthsBefore(anchor.from, months);
  const to = monthsBefore(anchor.to, months);
  return from && to ? { from, to } : undefined;
}

/**
 * Re-dates each figure's relative period ("a year earlier", "the previous month", "the same period last
 * year") from the latest period with its own dates that an earlier figure of the same sentence has, else
 * from the period the story reports for at that figure (`stories`, by figure: "For the quarter, ...").
 */
export function rebaseRelativePeriods(
  figures: Figure[],
  stories: ReadonlyArray<FigurePeriod | undefined> = [],
  publishedAt?: string,
): void {
  // ("Since January, customs has seized 4.2 tonnes, up from 2.9 tonnes in the same period last year": a
  // span open to now ends in the month of publication.)
  const now = publishedAt?.slice(0, 7);
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    const period = figure?.period;
    if (!figure || !period || period.carried) continue;
    const back = backOf(period.text);
    if (!back) continue;
    // ("M-Pesa now accounts for 45.2% of revenue, which rose 11.3% in the half-year": a standing level's
    // "now" leaves the story's period to refer to.)
    const inSentence = sentenceAnchor(figures, i, period.start);
    const standing = inSentence !== undefined && STANDING.test(inSentence.text) && "same" in back;
    // ("from 45 percent two years ago": years ago count from publication, in years, not back from the
    // story's months, unless the sentence names the period they are set against.)
    const ago = YEARS_AGO.exec(period.text.toLowerCase().replace(/\s+/g, " ").trim());
    const story = stories[i];
    // (A story of a month or a quarter is set against the same months: "up 25% from two years ago".)
    const shortStory = () => {
      const months = story?.from && story.to ? monthsSpanned(story.from, story.to) : undefined;
      return Boolean(months && months <= 3);
    };
    if (ago && now && (!inSentence || inSentence.carried) && !shortStory()) {
      const years = countOf(ago[1] ?? "");
      if (Number.isInteger(years) && years <= 100)
        period.from = period.to = String(Number(now.slice(0, 4)) - years);
      continue;
    }
    const anchor = inSentence && !standing ? inSentence : story;
    const to =
      anchor?.to ??
      (anchor?.from && now && /^\d{4}-\d{2}$/.test(anchor.from) && anchor.from <= now ? now : undefined);
    const dates =
      anchor?.from && to && anchor.start < period.start
        ? shifted({ from: anchor.from, to }, back)
        : undefined;
    if (dates) {
      period.from = dates.from;
      period.to = dates.to;
    }
  }
}

/**
 * The period figure `i`'s relative period (at `start`) refers to in its sentence: the latest earlier one
 * that is not relative itself; undefined when there is none.
 */
function sentenceAnchor(figures: readonly Figure[], i: number, start: number): FigurePeriod | undefined {
  const figure = figures[i];
  for (let j = i - 1; j >= Math.max(0, i - ANCHOR_REACH); j--) {
    const earlier = figures[j];
    if (!earlier || earlier.sentence.start !== figure?.sentence.start) break;
    const anchor = earlier.period;
    if (!anchor || anchor.start >= start || backOf(anchor.text)) continue;
    return anchor;
  }
  return undefined;
}
