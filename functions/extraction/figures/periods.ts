/**
 * Periods: years, quarters, months and relative phrases, found once per text and attached by clause.
 * Which year a phrase without one means is period-years.ts's; spans of days and fiscal years' words are
 * period-parts.ts's.
 */

import { dayAfter, isOneDay, monthAfter, pad, weekday } from "./calendar.ts";
import { currencyPrefixAt } from "./currency-marks.ts";
import { FUNCTION_WORDS } from "./data/number-neighbours.ts";
import {
  CONTRACT_NOUNS,
  EVENT_NAME_HEADS,
  FUTURE_WORDS,
  LAW_NAME_HEADS,
  MAKE_YEAR_WORDS,
  NAMED_AGAIN_LINKS,
  NAMED_YEAR_AFTER,
  NAMED_YEAR_BEFORE,
  NOT_REPORTED_WORDS,
  NOW_WORDS,
  OPENING_START_WORDS,
  PERIOD_DETERMINERS,
  PERIOD_ORDINALS,
  RELATIVE_PERIODS,
  SAME_PART_WORDS,
  SPAN_END_WORDS,
  YEAR_PREPOSITIONS,
} from "./data/periods.ts";
import { type FiscalYear, namedFiscalYear, spanFrom } from "./fiscal-years.ts";
import { MEASURE_UNIT, ONE, TEN, TIME_UNIT } from "./lexicon.ts";
import { namedDayAt } from "./named-days.ts";
import {
  ahead,
  bondAfter,
  dayAfterLink,
  FISCAL_BEFORE,
  fiscalRelative,
  fiscalWords,
  NOT_FISCAL,
  trailing,
  yearSpan,
} from "./period-parts.ts";
import {
  effectVerbBefore,
  leanAt,
  MONTH,
  onWeekday,
  periodLabelAt,
  SENTENCE_ENDS,
  sinceFrom,
  sinceWeekday,
  startsOn,
  WEEKDAY_INDEX,
  yearFor,
  yearOf,
} from "./period-years.ts";
import { gluedHyphen, isCapitalized, matcherOf } from "./phrases.ts";
import {
  countedMonthsAt,
  countsMonths,
  FISCAL_WORDS,
  fullYearAt,
  overTheYearAt,
  relativePartAt,
  reportingNaming,
  reportingPart,
  reportingStart,
  yearToDateAt,
} from "./reporting-calendar.ts";
import { DASHES, FIGURE_TAIL, isPastVerb, isYearToken, movedBeforeFrom } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

export interface PeriodHit {
  first: number;
  last: number;
  from?: string;
  to?: string;
  /** The "now" of the figure right before it ("from 159 now", "1% today"), not of its sentence. */
  ofFigure?: true;
  /** "now" before a figure's verb ("now sits at"): the time of a standing level, weaker than a named period. */
  standing?: true;
}

const CONTRACT_WORDS = new Set(CONTRACT_NOUNS);

/** Tokens a part's months spelt out in parentheses may hold: "(July-October)". */
const SPELT_OUT_TOKENS = 6;

/** The month a year written across two ("H1 2025/26") starts in where the article names no fiscal year: April. */
const SPLIT_YEAR_START = 4;

/** Words that join the ends of a span: "from Black Friday through Cyber Monday". */
const SPAN_LINKS = new Set(["and", "to", "through", "until"]);

/** Words a sentence opens with before the month a new rule or level starts in: "From January,". */
const OPENING_STARTS: ReadonlySet<string> = new Set(OPENING_START_WORDS);

const YEAR_LINK = new Map(YEAR_PREPOSITIONS);

const NAMED_AFTER = new Set(NAMED_YEAR_AFTER);

const NAMED_BEFORE = new Set(NAMED_YEAR_BEFORE);

const EVENT_HEADS = new Set(EVENT_NAME_HEADS);
/** Capitalized words a year may stand before an event's head word: "the 2028 Los Angeles Olympics". */
const EVENT_NAME_REACH = 3;

/** The year at `i` opens an event's name across a few capitalized words: "the 2034 FIFA World Cup". */
export function opensEventName(t: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 1 + EVENT_NAME_REACH; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || !isCapitalized(tok) || tok.lineStart) return false;
    if (EVENT_HEADS.has(tok.text)) return true;
  }
  return false;
}

const ORDINAL = new Map(PERIOD_ORDINALS);

/** Relative periods, also possessive before what they date: "up from last year's 120,000". */
const RELATIVE = matcherOf(
  RELATIVE_PERIODS.flatMap(([p, unit, offset]) =>
    [p, `${p}'s`, `${p}’s`].map(
      (phrase) => [phrase, { unit, offset, namedAgain: /^the (?:period|\w+ months)$/.test(p) }] as const,
    ),
  ),
);
/** Words after "the period" or "the seven months" that give them dates of their own. */
const NAMED_AGAIN_LINK: ReadonlySet<string> = new Set(NAMED_AGAIN_LINKS);

/** "sept", "oct": the short month names (all but "may"), written with a dot ("Sept. 28"). */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...MONTH.keys()].filter(
    (name) => name.length <= 4 && name !== "may" && name !== "june" && name !== "july",
  ),
);

/** Words glued by a hyphen before a month's name that make it one: "end-June", "mid-July". */
const MONTH_EDGES: ReadonlySet<string> = new Set(["end", "mid", "start", "early", "late"]);

/** "two years earlier", "three months ago", "5 years before": a count of years or months back. */
function yearsAgo(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const w = t[i]?.norm ?? "";
  const count = ONE.get(w) ?? TEN.get(w) ?? (t[i]?.kind === "num" ? Number(w) : undefined);
  if (count === undefined || !Number.isInteger(count) || count < 2 || count > 50) return undefined;
  const unit = t[i + 1]?.norm ?? "";
  if (!["years", "months"].includes(unit) || !["ago", "earlier", "before"].includes(t[i + 2]?.norm ?? ""))
    return undefined;
  const hit: PeriodHit = { first: i, last: i + 3 };
  if (unit === "years" && ctx.year !== undefined) hit.from = hit.to = String(ctx.year - count);
  if (unit === "months" && ctx.year !== undefined && ctx.month !== undefined) {
    const m = ctx.year * 12 + (ctx.month - 1) - count;
    hit.from = hit.to = `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  }
  return hit;
}

/** Reporting spans a company names without "first": "the six months", "the nine months". */
const REPORTING_SPANS = new Set([6, 9]);

/** "the nine months", "the nine-month period" at `k` (after "the"): a reporting span. */
function impliedFirst(t: readonly Token[], k: number): boolean {
  const count = ONE.get(t[k]?.norm ?? "") ?? (t[k]?.kind === "num" ? Number(t[k]?.norm) : undefined);
  return (
    count !== undefined &&
    REPORTING_SPANS.has(count) &&
    (t[k + 1]?.norm === "months" || monthPeriodAt(t, k + 1))
  );
}

/** "-month period" at `k`, after a count: "the nine-month period". */
function monthPeriodAt(t: readonly Token[], k: number): boolean {
  return t[k]?.norm === "-" && t[k + 1]?.norm === "month" && t[k + 2]?.norm === "period";
}

/** A span of months ending at `toMonth` of `year` (months may reach into the year before). */
function monthSpan(hit: PeriodHit, months: number, toMonth: number, year: number | undefined): PeriodHit {
  if (year === undefined) return hit;
  const end = year * 12 + toMonth - 1;
  const start = end - (months - 1);
  hit.from = `${Math.floor(start / 12)}-${pad((start % 12) + 1)}`;
  hit.to = `${year}-${pad(toMonth)}`;
  return hit;
}

/** Days into a month a span "ended" on that still closes the month before: "the quarter ended Feb. 2". */
const RETAIL_WEEK_DAYS = 7;

/**
 * Past "of FY27", "of FY2026-27", "of fiscal 2027" at `k` where "ended" (or "to", "ending") follows: the
 * label of the year a quarter or half is part of, which its end date dates anyway; else `k`.
 */
function pastFiscalLabel(t: readonly Token[], k: number): number {
  if (t[k]?.norm !== "of") return k;
  let j = k + 1;
  if (t[j]?.norm === "fy" && t[j + 1]?.kind === "num" && !t[j + 1]?.spaceBefore) j += 2;
  else if ((t[j]?.norm === "fiscal" || t[j]?.norm === "financial") && isYearToken(t[j + 1])) j += 2;
  else return k;
  // ("FY2026-27": the year's second half of its label.)
  if (t[j]?.norm === "-" && t[j + 1]?.kind === "num" && !t[j]?.spaceBefore) j += 2;
  return ["ended", "ending", "to"].includes(t[j]?.norm ?? "") ? j : k;
}

/** The most months a span "to" a month may run over: "the five years to March 2030". */
const MONTHS_TO_REACH = 60;

/**
 * "the year to March", "the three months to June", "12 months ended September 2023", "the period to the
 * end of September" (the reporting year to date).
 */
function monthsTo(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const first = t[i]?.norm === "the" ? i + 1 : i;
  let k = t[first]?.norm === "fiscal" || t[first]?.norm === "financial" ? first + 1 : first;
  let months = 0;
  // "the fiscal fourth quarter ended Sept. 28": a company's quarter, known by the month it ends.
  // ("its first fiscal quarter ended October 31, 2026".)
  if (ORDINAL.has(t[k]?.norm ?? "") && FISCAL_WORDS.has(t[k + 1]?.norm ?? "") && t[k + 2]?.norm === "quarter")
    k += 2;
  else if (ORDINAL.has(t[k]?.norm ?? "") && t[k + 1]?.norm === "quarter") k++;
  const w = t[k]?.norm ?? "";
  // "the half year to September", "the half-year to June", "the quarter ended Sept. 28".
  const half =
    w === "half" && (t[k + 1]?.norm === "year" || (t[k + 1]?.norm === "-" && t[k + 2]?.norm === "year"));
  if (half) {
    months = 6;
    k += t[k + 1]?.norm === "-" ? 3 : 2;
  } else if (w === "half" && ["to", "ended", "ending", "through"].includes(t[k + 1]?.norm ?? "")) {
    // "in the half to September": the six months to it.
    months = 6;
    k++;
  } else if (w === "quarter") {
    months = 3;
    k++;
  } else if (w === "year" || w === "12-month") {
    months = 12;
    k++;
  } else if (w === "period" && first > i) {
    // "the period to the end of September": the reporting year to date; its months once the month is read.
    k++;
  } else {
    const c = ONE.get(w) ?? TEN.get(w) ?? (t[k]?.kind === "num" ? Number(w) : undefined);
    if (c === undefined || !Number.isInteger(c) || c < 1 || c > 24) return undefined;
    // "the four quarters to the end of June", "the three years to March 2028".
    const unit = t[k + 1]?.norm ?? "";
    const per = unit.startsWith("month") ? 1 : unit === "quarters" ? 3 : unit === "years" ? 12 : 0;
    if (per === 0 || c * per > MONTHS_TO_REACH) return undefined;
    months = c * per;
    k += 2;
  }
  // ("the first quarter of FY27 ended September 30, 2026": past the fiscal year's label.)
  if (months > 0 && months < 12) k = pastFiscalLabel(t, k);
  // "the fiscal year that ended in June".
  if (t[k]?.norm === "that" && ["ended", "ends"].includes(t[k + 1]?.norm ?? "")) k++;
  if (!["to", "ended", "ends", "ending", "through", "until", "till"].includes(t[k]?.norm ?? ""))
    return undefined;
  // "the fiscal year ending in March 2027".
  if (t[k + 1]?.norm === "in" && ["ending", "ended", "ends"].includes(t[k]?.norm ?? "")) k++;
  // "the three months to end-September", "the 12 months to the end of June".
  if (t[k + 1]?.norm === "end" && t[k + 2]?.norm === "-" && !t[k + 3]?.spaceBefore) k += 2;
  if (t[k + 1]?.norm === "the" && t[k + 2]?.norm === "end" && t[k + 3]?.norm === "of") k += 3;
  // "the six months to 31 December 2024", "the financial year ended 30 June 2025": the day before the month.
  const until = t[k]?.norm === "to";
  const dayFirst =
    t[k + 1]?.kind === "num" && /^\d{1,2}$/.test(t[k + 1]?.norm ?? "") && MONTH.has(t[k + 2]?.norm ?? "");
  if (dayFirst) k++;
  const m = MONTH.get(t[k + 1]?.norm ?? "");
  if (m === undefined || !isCapitalized(t[k + 1])) return undefined;
  if (months === 0) months = ((m - (ctx.reporting ?? 1) + 12) % 12) + 1;
  let end = k + 2;
  // "ended Sept. 28": an abbreviation's dot and the day are part of the phrase.
  if (t[end]?.norm === "." && !t[end]?.spaceBefore && MONTH_ABBREVIATIONS.has(t[k + 1]?.norm ?? "")) end++;
  const day = dayFirst
    ? Number(t[k]?.norm)
    : t[end]?.kind === "num" && /^\d{1,2}$/.test(t[end]?.norm ?? "")
      ? Number(t[end++]?.norm)
      : undefined;
  if (t[end]?.norm === "," && yearOf(t[end + 1]) !== undefined) end++;
  let year = yearOf(t[end]);
  if (year !== undefined) end++;
  else year = yearFor(m, ctx, leanAt(t, first));
  // ("the year to July 1": up to the month's first day, so through the month before; "the three months
  // ended Nov. 1", "the quarter ended Feb. 2": a retailer's weeks, ending in the month's first days.)
  if (day !== undefined && (until ? day === 1 : day <= RETAIL_WEEK_DAYS))
    return monthSpan({ first, last: end }, months, m === 1 ? 12 : m - 1, m === 1 && year ? year - 1 : year);
  return monthSpan({ first, last: end }, months, m, year);
}

/** The months of the `ord`th part of `span` months of a year that starts in month `month` of `year`. */
function partOf(year: number, month: number, ord: number, span: number): { from: string; to: string } {
  const from = (ord - 1) * span;
  return { from: monthAfter(year, month, from), to: monthAfter(year, month, from + span - 1) };
}

/** "the September quarter", "the June quarter of 2024": the three months that end in that month. */
function monthQuarter(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const first = t[i]?.norm === "the" ? i + 1 : i;
  const m = MONTH.get(t[first]?.norm ?? "");
  if (m === undefined || !isCapitalized(t[first]) || t[first + 1]?.norm !== "quarter") return undefined;
  let end = first + 2;
  let year: number | undefined;
  if ((t[end]?.norm === "of" || t[end]?.norm === "in") && yearOf(t[end + 1]) !== undefined) {
    year = yearOf(t[end + 1]);
    end += 2;
  } else year = yearFor(m, ctx, leanAt(t, first));
  return monthSpan({ first, last: end }, 3, m, year);
}

/** "July-September", "the April-June quarter", "January to March 2024", "between January and March". */
function monthRange(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const a = MONTH.get(t[i]?.norm ?? "");
  if (a === undefined || !isCapitalized(t[i])) return undefined;
  const years = yearsRange(t, i, a);
  if (years) return years;
  const link = t[i + 1];
  if (!link) return undefined;
  const dash = ["-", "–", "—", "/"].includes(link.norm) && !link.spaceBefore;
  // ("from January through June", "in January through September": American copy's "through".)
  const word =
    link.norm === "to" ||
    link.norm === "through" ||
    link.norm === "thru" ||
    (link.norm === "and" && t[i - 1]?.norm === "between");
  if (!dash && !word) return undefined;
  // "the July-to-September period": the words of the span glued by dashes.
  const glued = dash && t[i + 2]?.norm === "to" && t[i + 3]?.norm === "-" ? 2 : 0;
  const b = MONTH.get(t[i + 2 + glued]?.norm ?? "");
  if (b === undefined || !isCapitalized(t[i + 2 + glued]) || b === a) return undefined;
  let end = i + 3 + glued;
  if (["quarter", "period", "half"].includes(t[end]?.norm ?? "")) end++;
  if ((t[end]?.norm === "of" || t[end]?.norm === "in") && yearOf(t[end + 1]) !== undefined) end++;
  let year = yearOf(t[end]);
  if (year !== undefined) end++;
  else year = yearFor(b, ctx, leanAt(t, i));
  const months = ((b - a + 12) % 12) + 1;
  // "April-October of the current fiscal": those months of the fiscal year named after them.
  const fiscal = t[end]?.norm === "of" ? fiscalRelative(t, end + 1, ctx, true) : undefined;
  if (fiscal) {
    const start = fiscal.from ? Number(fiscal.from.slice(0, 4)) : undefined;
    const fromYear = start !== undefined && ctx.fiscal && a < ctx.fiscal.start ? start + 1 : start;
    const hit: PeriodHit = { first: i, last: fiscal.last };
    if (fromYear !== undefined) {
      hit.from = `${fromYear}-${pad(a)}`;
      hit.to = monthAfter(fromYear, a, months - 1);
    }
    return hit;
  }
  return monthSpan({ first: i, last: end }, months, b, year);
}

/**
 * "November 2025-October 2026", "July 2024 to June 2025": a month of one year to a month of a later one
 * (a crop, marketing or reporting year written out), month `a` at `i`.
 */
function yearsRange(t: readonly Token[], i: number, a: number): PeriodHit | undefined {
  const fromYear = yearOf(t[i + 1]);
  const link = t[i + 2];
  if (fromYear === undefined || !link) return undefined;
  const dash = ["-", "–", "—"].includes(link.norm);
  if (!dash && link.norm !== "to" && link.norm !== "through") return undefined;
  const b = MONTH.get(t[i + 3]?.norm ?? "");
  const toYear = yearOf(t[i + 4]);
  if (b === undefined || !isCapitalized(t[i + 3]) || toYear === undefined) return undefined;
  const from = `${fromYear}-${pad(a)}`;
  const to = `${toYear}-${pad(b)}`;
  return to > from ? { first: i, last: i + 5, from, to } : undefined;
}

/** When the article was published, and the fiscal year of the country it is about. */
export interface PeriodContext {
  year?: number;
  month?: number;
  day?: number;
  fiscal?: FiscalYear;
  /** The month a company's reporting year starts in, as the article declares it (reporting-calendar.ts). */
  reporting?: number;
}

/** All period expressions, in order, not overlapping. */
export function findPeriods(
  t: readonly Token[],
  publishedAt?: string,
  fiscal?: FiscalYear,
  reporting = reportingStart(t),
): PeriodHit[] {
  const pub = publishedAt && /^\d{4}-\d{2}/.test(publishedAt) ? publishedAt : undefined;
  const ctx: PeriodContext = {};
  if (pub) {
    ctx.year = Number(pub.slice(0, 4));
    ctx.month = Number(pub.slice(5, 7));
    if (/^\d{4}-\d{2}-\d{2}/.test(pub)) ctx.day = Number(pub.slice(8, 10));
  }
  if (fiscal && fiscal.start !== 1) ctx.fiscal = fiscal;
  // (A company that declares the calendar year reports on it, whatever its country's fiscal year: "HBL
  // ... for the nine months ended Sept 30".)
  if (reporting === 1) ctx.reporting = reporting;
  if (reporting !== undefined && reporting !== 1) {
    ctx.reporting = reporting;
    // "its fourth quarter ended Oct. 31 ... fiscal 2026": the company's year, named by the year it ends in
    // (unless the country's own fiscal year, named its way, is the one declared).
    // ("its fiscal year ended March 31, 2026 ... fiscal 2026" in a Canadian story: a year its country names
    // only by a span of two is labelled once the article declares it.)
    // ("Fiscal Third Quarter 2026" beside "its fiscal third quarter ended October 31, 2026": by its start.)
    if (ctx.fiscal?.start !== reporting)
      ctx.fiscal = { start: reporting, namedBy: reportingNaming(t, reporting) ?? "end", labels: true };
    else if (!ctx.fiscal.labels && ctx.fiscal.labelsOnceDeclared)
      ctx.fiscal = { ...ctx.fiscal, labels: true };
  }
  const out: PeriodHit[] = [];
  let i = 0;
  while (i < t.length) {
    const found = periodAt(t, i, ctx);
    const previous = out[out.length - 1];
    // ("up from $10.20 in late February", "by mid-March": the part of the month is the month's, as its
    // reading already is.)
    const part = found?.first === i && MONTH.has(t[i]?.norm ?? "") ? partOfMonthBefore(t, i) : i;
    // ("Operating profit for the fiscal second quarter": "fiscal" before an ordinal part is the period's.)
    const fiscalAt =
      found && ORDINAL.has(t[found.first]?.norm ?? "") && t[found.first - 1]?.norm === "fiscal"
        ? found.first - 1
        : part;
    const opens = Math.min(part, fiscalAt);
    const hit = found && opens < i && (previous?.last ?? 0) <= opens ? { ...found, first: opens } : found;
    const joined =
      hit && previous
        ? (partOfYear(t, previous, hit) ??
          adjoining(t, previous, hit) ??
          monthsInParentheses(t, previous, hit) ??
          dayToDay(t, previous, hit))
        : undefined;
    // ("Full year (1 September 2025 – 31 August 2026)": a span of days may close the parentheses after a
    // span's word.)
    const before = out[out.length - 2];
    const wrapped = joined && before ? monthsInParentheses(t, before, joined) : undefined;
    if (wrapped) {
      out.pop();
      out[out.length - 1] = wrapped;
    } else if (joined) out[out.length - 1] = joined;
    else if (hit) out.push(hit);
    i = hit ? hit.last : i + 1;
  }
  return out;
}

/**
 * "in October and the first three weeks of November": two periods joined by "and", the second starting
 * right after the first ends, are one span (October 1 to November 21).
 */
function adjoining(t: readonly Token[], a: PeriodHit, b: PeriodHit): PeriodHit | undefined {
  if (t[a.last]?.norm !== "and") return undefined;
  const gap = b.first - a.last - 1;
  if (!(gap === 0 || (gap === 1 && t[a.last + 1]?.norm === "the"))) return undefined;
  if (!a.from || !a.to || !b.from || !b.to || a.to.length !== 7 || b.from.length !== 10) return undefined;
  const [y, m] = a.to.split("-").map(Number);
  if (y === undefined || m === undefined || `${monthAfter(y, m, 1)}-01` !== b.from) return undefined;
  return { first: a.first, last: b.last, from: `${a.from}${a.from.length === 7 ? "-01" : ""}`, to: b.to };
}

/**
 * "1 September 2025 – 31 August 2026", "1 September–30 November 2026": two days joined by a dash are the
 * span from one to the other; the first takes the second's year where it writes none.
 */
function dayToDay(t: readonly Token[], a: PeriodHit, b: PeriodHit): PeriodHit | undefined {
  if (!DASHES.has(t[a.last]?.norm ?? "") || b.first !== a.last + 1) return undefined;
  const day = (p: PeriodHit) => p.from !== undefined && p.from === p.to && p.from.length === 10;
  if (!day(a) || !day(b) || !a.from || !b.to) return undefined;
  let from = a.from;
  if (!t.slice(a.first, a.last).some((tok) => yearOf(tok) !== undefined)) {
    from = `${b.to.slice(0, 4)}${from.slice(4)}`;
    if (from > b.to) from = `${Number(b.to.slice(0, 4)) - 1}${from.slice(4)}`;
  }
  return from < b.to ? { first: a.first, last: b.last, ...wholeMonths(from, b.to) } : undefined;
}

/** Days from a month's first to another's last are those months ("1 April to 30 September": April-September). */
function wholeMonths(from: string, to: string): { from: string; to: string } {
  const whole =
    from.length === 10 &&
    from.endsWith("-01") &&
    to.length === 10 &&
    to.slice(8) === String(daysInMonth(to.slice(0, 7)));
  return whole ? { from: from.slice(0, 7), to: to.slice(0, 7) } : { from, to };
}

/**
 * "in the April 2031 and June 2033 bonds", "the 2030 and 2035 notes": another maturity, listed after
 * "and" at `k`, before the bond word.
 */
function listedMaturity(t: readonly Token[], k: number): boolean {
  if (t[k]?.norm !== "and") return false;
  const month = MONTH.has(t[k + 1]?.norm ?? "") ? 1 : 0;
  return yearOf(t[k + 1 + month]) !== undefined && bondAfter(t, k + 2 + month);
}

/** Words between a span and the months in parentheses that say which they are: "the 2026-27 season (". */
const SPAN_NOUNS: ReadonlySet<string> = new Set(["season", "year", "crop", "marketing", "sugar", "cocoa"]);

/**
 * "the 2026-27 season (October-September)", "the first four months (July-October)": months in
 * parentheses after a span say which months it runs over, from the span's first year, or with the years
 * they write.
 */
function monthsInParentheses(t: readonly Token[], span: PeriodHit, months: PeriodHit): PeriodHit | undefined {
  if (t[months.first - 1]?.norm !== "(" || t[months.last]?.norm !== ")") return undefined;
  let k = span.last;
  while (k < months.first - 1 && SPAN_NOUNS.has(t[k]?.norm ?? "")) k++;
  if (k !== months.first - 1 || !span.from || !months.from || !months.to) return undefined;
  // ("Full year (September 2025–August 2026)", "(1 September 2025 – 31 August 2026)": months that write
  // their years are the span's dates as written.)
  if (t.slice(months.first, months.last).some((tok) => yearOf(tok) !== undefined))
    return { first: span.first, last: months.last + 1, ...wholeMonths(months.from, months.to) };
  if (months.from.length !== 7 || months.to.length !== 7) return undefined;
  const year = Number(span.from.slice(0, 4));
  const first = Number(months.from.slice(5, 7));
  const last = Number(months.to.slice(5, 7));
  return {
    first: span.first,
    last: months.last + 1,
    from: `${year}-${pad(first)}`,
    to: `${last < first ? year + 1 : year}-${pad(last)}`,
  };
}

/**
 * "the July-September quarter of FY27", "the April-June quarter of fiscal 2026": months of a part named
 * "of" a year, that year's months (July to September 2026 in the fiscal year April 2026 to March 2027).
 */
function partOfYear(t: readonly Token[], part: PeriodHit, year: PeriodHit): PeriodHit | undefined {
  // ("First Quarter Fiscal 2027", a results heading: the fiscal year right after the part, without "of".)
  const fiscal = year.first === part.last && FISCAL_WORDS.has(t[year.first]?.norm ?? "");
  if (!fiscal && (year.first !== part.last + 1 || t[part.last]?.norm !== "of")) return undefined;
  const { from, to } = part;
  if (!from || !to || from.length !== 7 || to.length !== 7 || !year.from || !year.to) return undefined;
  const span =
    Number(to.slice(0, 4)) * 12 +
    Number(to.slice(5)) -
    (Number(from.slice(0, 4)) * 12 + Number(from.slice(5)));
  const yearFrom = year.from.length === 4 ? `${year.from}-01` : year.from;
  const yearTo = year.to.length === 4 ? `${year.to}-12` : year.to;
  if (span < 0 || span >= 6 || yearTo < yearFrom) return undefined;
  // The first month of the part's name that falls within the year.
  const month = Number(from.slice(5));
  const startYear = Number(yearFrom.slice(0, 4));
  for (const y of [startYear, startYear + 1]) {
    const first = monthAfter(y, month, 0);
    const last = monthAfter(y, month, span);
    if (first >= yearFrom && last <= yearTo)
      return { first: part.first, last: year.last, from: first, to: last };
  }
  return undefined;
}

/** Parts of a year named again in another year: "the same quarter of 2025". */
const SAME_PARTS: ReadonlySet<string> = new Set(["quarter", "month", "months", "half", "weeks"]);
const SAME_WORDS: ReadonlySet<string> = new Set(SAME_PART_WORDS);

/** Words before a fiscal year a part is of: "the first half of the 2026 financial year", "of its 2027". */
const FY_DETERMINERS: ReadonlySet<string> = new Set(PERIOD_DETERMINERS);

/** Words that open a period with no end: "starting in 2027", "effective Jan. 1". */
const OPEN_STARTS: ReadonlySet<string> = new Set(["starting", "beginning", "effective"]);

/** "starting in 2027", "beginning from April", "effective Jan. 1", "from 2030 onwards". */
function openStartAt(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const n = t[i]?.norm ?? "";
  // "takes effect on", "came into force in", "kicks in on": the date a level starts from.
  if ((n === "on" || n === "in") && effectVerbBefore(t, i) !== undefined) {
    const inner = periodAt(t, i + 1, ctx);
    return inner?.first === i + 1 && inner.from
      ? { first: i, last: inner.last, from: inner.from }
      : undefined;
  }
  const onwards = n === "from";
  if (!onwards && !OPEN_STARTS.has(n)) return undefined;
  let at = !onwards && ["in", "from", "on", "with"].includes(t[i + 1]?.norm ?? "") ? i + 2 : i + 1;
  // ("effective Monday, November 23, 2026": the date the weekday is.)
  if (WEEKDAY_INDEX.has(t[at]?.norm ?? "") && t[at + 1]?.norm === ",") at += 2;
  else {
    const day = startWeekday(t, i, at, ctx);
    if (day) return { first: i, last: at + 1, from: day };
  }
  const inner = periodAt(t, at, ctx);
  if (!inner || inner.first !== at || !inner.from) return undefined;
  if (!onwards) return { first: i, last: inner.last, from: inner.from };
  // ("raised tariffs by 10 per cent to Rs 44 with effect from December 1": when the new level starts.)
  if (t[i - 1]?.norm === "effect" && t[i - 2]?.norm === "with")
    return { first: i, last: inner.last, from: inner.from };
  const end = t[inner.last]?.norm ?? "";
  if (end === "onwards" || end === "onward") return { first: i, last: inner.last + 1, from: inner.from };
  // "expects annual savings of $90 million from 2028": in a sentence about the future, a time ahead after
  // "from" opens the period (not "from 2028 to 2030", a span, nor "from 2025 levels", a base).
  const ahead = ctx.year !== undefined && Number(inner.from.slice(0, 4)) > ctx.year;
  const links = ["to", "through", "until", "and", "-", "–"];
  const spans =
    ["levels", "level", ...links].includes(end) ||
    t.slice(at, inner.last).some((tok) => links.includes(tok.norm));
  // "from July 1, 2025", "From Jan 1, 2025, Singapore has imposed": a day after "from" starts what runs on
  // from it (not a comparison's date: "down 0.2 per cent from July 1").
  // (With its year written: "From July 1, the minimum wage will rise" is read with its verb below.)
  // ("raised flour prices by about 6 per cent from October 1", "lifted the threshold to $67,000 from July 1":
  // so does a day right after a change "by" or a level "to", past or ahead, with no year written; not "rose
  // 2.8 per cent from Black Friday last year", a base.)
  const dated = t.slice(at, inner.last).some((tok) => yearOf(tok) !== undefined);
  const day = isOneDay(inner);
  if (!spans && day && !movedBeforeFrom(t, i) && (dated || movedBy(t, i)))
    return { first: i, last: inner.last, from: inner.from };
  const lean = leanAt(t, i);
  // ... right after the figure it dates ("$90 million from 2028", "P3.2 billion a year from 2028"; "will
  // apply from April 2027" is read with its verb).
  return ahead && !spans && figureRightBefore(t, i) && (lean === "future" || lean === "expected")
    ? { first: i, last: inner.last, from: inner.from }
    : undefined;
}

/**
 * A weekday a new level starts on: "starting Friday", "effective Monday", and in a sentence about the
 * future "from Wednesday" right after the figure ("will rise to Rs 105 a litre from Wednesday"; not a
 * base: "up 2% from Wednesday's close").
 */
function startWeekday(t: readonly Token[], i: number, at: number, ctx: PeriodContext): string | undefined {
  const next = t[at + 1]?.norm ?? "";
  if (next === "'s" || next === "’s" || next === "'" || next === "to" || next === "through") return undefined;
  if (t[i]?.norm !== "from") return onWeekday(t, at, ctx);
  if (movedBeforeFrom(t, i) || leanAt(t, i) !== "future") return undefined;
  return figureRightBefore(t, i) ? onWeekday(t, at, ctx) : undefined;
}

/**
 * A figure ends right before token `i` (see figureRightBefore) and follows "by" or "to", a few plain words
 * of its qualifier between: "by as much as 40%", "by up to 35pc", "to $67,000".
 */
function movedBy(t: readonly Token[], i: number): boolean {
  const back = figureNumberBefore(t, i);
  for (let j = back - 1; j >= Math.max(0, back - MOVED_BY_REACH); j--) {
    const tok = t[j];
    if (tok?.norm === "by" || tok?.norm === "to") return true;
    if (tok?.kind !== "word" && tok?.kind !== "sym") return false;
  }
  return false;
}

/** Tokens between "by" and the figure's number, at most: "by an average of 4.5%", "by as much as $40". */
const MOVED_BY_REACH = 5;

/**
 * A figure ends right before token `i`, past its tail of scale, currency and rate words and a price's
 * denominator: "$90 million a year from 2028", "Rs 105 a litre from Wednesday", "5.8 percent on average
 * from Jan. 1".
 */
function figureRightBefore(t: readonly Token[], i: number): boolean {
  return figureNumberBefore(t, i) >= 0;
}

/** The number of the figure that ends right before token `i` (see figureRightBefore), or -1. */
function figureNumberBefore(t: readonly Token[], i: number): number {
  let back = i - 1;
  if (t[back]?.norm === "average" && t[back - 1]?.norm === "on") back -= 2;
  const end = back;
  if (["a", "an", "per"].includes(t[back - 1]?.norm ?? "")) back -= 2;
  while (back > end - 4 && (t[back]?.kind === "sym" || FIGURE_TAIL.test(t[back]?.norm ?? ""))) back--;
  return t[back]?.kind === "num" ? back : -1;
}

/** Words before a year or month that make it a maturity, no period: "maturing in 2029", "expiring 2030". */
const MATURITY_WORDS: ReadonlySet<string> = new Set(["maturing", "matures", "mature", "expiring"]);
/** Debts whose "due" year is their maturity: "bonds due in 2027" (not "$22.5 billion due in December"). */
const DEBT_NOUNS: ReadonlySet<string> = new Set([
  "bond",
  "bonds",
  "note",
  "notes",
  "debt",
  "loan",
  "loans",
  "eurobond",
  "eurobonds",
  "securities",
  "sukuk",
  "debentures",
  "paper",
  "treasuries",
  "gilts",
  "bunds",
]);

/**
 * The year or month at `i` is a debt's or a contract's maturity: "notes due 2031", "maturing in January
 * 2027", each year of a list ("maturing in 2030, 2035 and 2040").
 */
function maturityAt(t: readonly Token[], i: number): boolean {
  let first = i;
  while ((t[first - 1]?.norm === "," || t[first - 1]?.norm === "and") && yearOf(t[first - 2]) !== undefined)
    first -= 2;
  const at = t[first - 1]?.norm === "in" ? first - 2 : first - 1;
  const word = t[at]?.norm ?? "";
  return MATURITY_WORDS.has(word) || (word === "due" && DEBT_NOUNS.has(t[at - 1]?.norm ?? ""));
}

/** Words a contract's name may hold between its month and "contract": "December 2026 EU Allowance contract". */
const CONTRACT_NAME_WORDS = 3;

/**
 * The month at `i` names a contract a few words on: "The December 2026 EU Allowance contract", "the
 * benchmark December EUA contract", "the March 2027 coal contract".
 */
function namedContract(t: readonly Token[], i: number): boolean {
  let j = yearOf(t[i + 1]) !== undefined ? i + 2 : i + 1;
  // ("March New York cocoa settled down $148", "March raw sugar": the market's place or the grade between
  // the month and the commodity.)
  let market = true;
  for (const end = j + CONTRACT_NAME_WORDS; j <= end; j++) {
    const tok = t[j];
    if (tok?.kind !== "word") return false;
    if (tok.norm === "contract" || tok.norm === "contracts" || tok.norm === "futures") return true;
    if (market && j > i + 1 && CONTRACT_WORDS.has(tok.norm)) return true;
    market &&= isCapitalized(tok) || CONTRACT_GRADES.has(tok.norm);
  }
  return false;
}

/** Grades between a contract's month and its commodity: "March raw sugar", "May white sugar". */
const CONTRACT_GRADES = new Set(["raw", "white", "refined", "light", "sweet", "benchmark"]);

/** Verbs of a founding whose date is the founding's, no figure's: "Founded in 2013, Corvanta protects". */
const FOUNDING_WORDS: ReadonlySet<string> = new Set([
  "founded",
  "established",
  "incorporated",
  "formed",
  "created",
  "launched",
  "built",
  "opened",
  "founding",
]);

/** The period at `i` dates a founding: "founded in 2013", "established in March 2005", "built between 2016 and 2022". */
function foundedAt(t: readonly Token[], i: number): boolean {
  // ("built between 2016 and 2022": the second year of the span too.)
  const at = t[i - 1]?.norm === "and" && t[i - 3]?.norm === "between" ? i - 3 : i;
  const before = t[at - 1]?.norm ?? "";
  const founded =
    FOUNDING_WORDS.has(before) ||
    (["in", "on", "between"].includes(before) && FOUNDING_WORDS.has(t[at - 2]?.norm ?? ""));
  if (!founded) return false;
  // ("has raised $410 million since it was founded in 2019": the start of a span since, read by "since".)
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (t[k]?.norm === "since") return false;
  return true;
}

const MAKE_YEAR_WORD: ReadonlySet<string> = new Set(MAKE_YEAR_WORDS);

/** The year at `i` says when a thing was made: "the 2015-built capesize", "a 2019-vintage plant". */
function makeYearAt(t: readonly Token[], i: number): boolean {
  const dash = t[i + 1];
  return (
    yearOf(t[i]) !== undefined &&
    dash !== undefined &&
    DASHES.has(dash.norm) &&
    !dash.spaceBefore &&
    t[i + 2]?.spaceBefore === false &&
    MAKE_YEAR_WORD.has(t[i + 2]?.norm ?? "")
  );
}

/** Words that head a law's name a year may end: "the Biofuels Act of 2006", "Federal Law No 24 of 1999". */
const LAW_HEADS: ReadonlySet<string> = new Set(LAW_NAME_HEADS);

/**
 * The year at `i` ends a law's name, no period: "the Biofuels Act of 2006", "the Companies Act, 2013",
 * "Federal Law No 24 of 1999" (a capitalized head, or a law's number, before "of" or a comma).
 */
function namesLaw(t: readonly Token[], i: number): boolean {
  const link = t[i - 1]?.norm;
  if ((link !== "of" && link !== ",") || yearOf(t[i]) === undefined) return false;
  const head = t[i - 2];
  if (head?.kind === "word" && LAW_HEADS.has(head.text)) return true;
  // ("Law No 24 of 1999", "Decree No. 12 of 2021": a numbered law.)
  const numbered = head?.kind === "num" ? i - 3 : -1;
  const no = t[numbered]?.norm === "." ? numbered - 1 : numbered;
  return numbered > 0 && /^no$/i.test(t[no]?.norm ?? "") && LAW_HEADS.has(t[no - 1]?.text ?? "");
}

/** Words of a period taken whole: "the whole of 2024", "the entirety of last year". */
const WHOLE: ReadonlySet<string> = new Set(["whole", "entirety"]);

function periodAt(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  const n = tok.norm;
  // (Checked on a year or a month only: this runs at every token.)
  const dated = yearOf(tok) !== undefined || MONTH.has(n);
  if (dated && (maturityAt(t, i) || (MONTH.has(t[i - 1]?.norm ?? "") && maturityAt(t, i - 1))))
    return undefined;
  if (foundedAt(t, i) || (dated && namesLaw(t, i)) || makeYearAt(t, i)) return undefined;
  // ("The December 2026 EU Allowance contract": the year of a contract's month is no period either.)
  if (dated && MONTH.has(t[i - 1]?.norm ?? "") && yearOf(tok) !== undefined && namedContract(t, i - 1))
    return undefined;
  // "from 159 now", "up from about 1% today", "5,000 at present": the time of a level, right after it.
  const nowEnd = n === "at" && t[i + 1]?.norm === "present" ? i + 2 : NOW_WORD.has(n) ? i + 1 : -1;
  // ("The median value now sits at $874,300", "loans, currently 6 per cent": right before the figure's words.)
  // ("A shop that made Sh40,000 a month now makes Sh18,000": a "now" with a figure on each side dates the
  // one its verb reaches, unless the one before opens the clause: "Only 12 states currently pay N70,000".)
  // ("Today Penrose Cat Lodge has 38 chalets", '"Now I bill about 45,000 pesos', "Today our average ticket
  // size is ₹11,500": a sentence's opening "now" reaches past its subject, name or noun phrase.)
  const opens = nowEnd > 0 && opensFigure(t, nowEnd, nowEnd === i + 1 && opensSentence(t, i));
  const ends = nowEnd > 0 && endsFigure(t, i);
  const after = ends && (!opens || subjectFigureBefore(t, i));
  if (after || opens) {
    const hit: PeriodHit = { first: i, last: nowEnd, ...(after ? { ofFigure: true } : { standing: true }) };
    // The month of publication: a level "now" is a month's, as the figures it is compared with are.
    if (ctx.year && ctx.month) hit.from = hit.to = `${ctx.year}-${pad(ctx.month)}`;
    return hit;
  }
  // "in the whole of last year", "for the whole of 2024", "all of 2025": the period itself, whole.
  const wholeAt =
    n === "the" && WHOLE.has(t[i + 1]?.norm ?? "") && t[i + 2]?.norm === "of"
      ? i + 3
      : n === "all" && t[i + 1]?.norm === "of"
        ? i + 2
        : -1;
  // (The inner period is never another "whole of", so the look-ahead stays bounded.)
  if (wholeAt > 0 && !WHOLE.has(t[wholeAt + 1]?.norm ?? "") && t[wholeAt]?.norm !== "all") {
    const inner = periodAt(t, wholeAt, ctx);
    if (inner && inner.first === wholeAt) return { ...inner, first: n === "the" ? i + 1 : i };
  }
  // "(the) end of June", "the start of 2024": a point at the edge of a period.
  const edgeAt = n === "the" ? i + 1 : i;
  const edge = t[edgeAt]?.norm ?? "";
  const EDGES = ["end", "start", "beginning", "middle"];
  const innerAt = edgeAt + 2 + (t[edgeAt + 2]?.norm === "the" ? 1 : 0);
  // The inner period is never another edge, so the look-ahead stays bounded.
  if (EDGES.includes(edge) && t[edgeAt + 1]?.norm === "of" && !EDGES.includes(t[innerAt]?.norm ?? "")) {
    // "since the start of the year": the article's year.
    const theYear =
      t[innerAt]?.norm === "year" && t[innerAt - 1]?.norm === "the" && ctx.year !== undefined
        ? { first: innerAt, last: innerAt + 1, from: String(ctx.year), to: String(ctx.year) }
        : undefined;
    const inner = theYear ?? periodAt(t, edgeAt + 2, ctx);
    if (inner && inner.first === innerAt) {
      const hit: PeriodHit = { first: edgeAt, last: inner.last };
      // "the end of 2027" is its December, "the start of 2024" its January, "the middle of 2027" its June
      // and July.
      const year = (y: string | undefined, month: string) => (y && /^\d{4}$/.test(y) ? `${y}-${month}` : y);
      if (edge === "middle") {
        const from = year(inner.from, "06");
        const to = year(inner.to, "07");
        if (from && to && /^\d{4}$/.test(inner.from ?? "")) {
          hit.from = from;
          hit.to = to;
        }
        return hit;
      }
      const at = edge === "end" ? year(inner.to, "12") : year(inner.from, "01");
      if (at) hit.from = hit.to = at;
      return hit;
    }
  }
  // "between 2015 and 2021", "from 1991 to 2001", "in 2026 and 2027": the years from one to the other.
  const joins = n === "between" ? "and" : n === "from" ? "to" : n === "in" ? "and" : undefined;
  if (joins && t[i + 2]?.norm === joins) {
    const a = yearOf(t[i + 1]);
    const b = yearOf(t[i + 3]);
    if (a !== undefined && b !== undefined && b > a)
      return { first: i, last: i + 4, from: String(a), to: String(b) };
  }
  // "in November and December", "in May and June 2023": two months in a row, read as one span.
  if ((n === "in" || n === "during" || n === "for") && t[i + 2]?.norm === "and") {
    const first = MONTH.get(t[i + 1]?.norm ?? "");
    const b = MONTH.has(t[i + 3]?.norm ?? "") ? periodAt(t, i + 3, ctx) : undefined;
    if (
      first !== undefined &&
      isCapitalized(t[i + 1]) &&
      b?.from &&
      b.to &&
      b.first === i + 3 &&
      b.from.length === 7
    ) {
      const [y, m] = b.from.split("-").map(Number);
      // ("in May and November 2025": two dates, not a span.)
      if (y !== undefined && m !== undefined && (m - first + 12) % 12 === 1) {
        const year = first <= m ? y : y - 1;
        return { first: i + 1, last: b.last, from: `${year}-${pad(first)}`, to: b.to };
      }
    }
  }
  // "from Thanksgiving through Cyber Monday", "from mid-November to Christmas Eve": a span with a named day.
  if ((n === "between" || n === "from") && t[i + 1]?.kind === "word") {
    // ("from mid-November": past the part of the month.)
    const start = PART_OF_MONTH.has(t[i + 1]?.norm ?? "") && gluedHyphen(t, i + 2) ? i + 3 : i + 1;
    const named = namedDayAt(t, start, ctx);
    const a = named ?? periodAt(t, start, ctx);
    const link = t[a?.last ?? -1]?.norm ?? "";
    const b = a && SPAN_LINKS.has(link) ? periodAt(t, a.last + 1, ctx) : undefined;
    const endsNamed = b !== undefined && namedDayAt(t, b.first, ctx) !== undefined;
    if ((named || endsNamed) && a?.from && a.first === start && b?.to && b.first === a.last + 1) {
      // ("from November to Christmas Eve": a month with no year written is the one before the day.)
      let from = a.from;
      if (!named && yearOf(t[a.last - 1]) === undefined) {
        const year = Number(b.to.slice(0, 4));
        from = `${year}${from.slice(4)}`;
        if (from > b.to) from = `${year - 1}${from.slice(4)}`;
      }
      if (b.to >= from) return { first: i, last: b.last, from, to: b.to };
    }
  }
  // "between March 2024 and February 2025", "from June 2023 to May 2024": two months with their years.
  if (n === "between" || n === "from") {
    const a = periodAt(t, i + 1, ctx);
    const link = t[a?.last ?? -1]?.norm;
    if (
      a?.from &&
      a.first === i + 1 &&
      (link === "and" || link === "to") &&
      yearOf(t[a.last - 1]) !== undefined
    ) {
      const b = periodAt(t, (a.last ?? 0) + 1, ctx);
      if (b?.to && b.first === a.last + 1 && yearOf(t[b.last - 1]) !== undefined && b.to > a.from)
        return { first: i, last: b.last, from: a.from, to: b.to };
    }
  }
  // "starting in 2027", "beginning from April", "effective Jan. 1", "from 2030 onwards": a period open
  // at its end.
  const openStart = openStartAt(t, i, ctx);
  if (openStart) return openStart;
  // "on Black Friday", "Boxing Day 2025": a day named for a holiday or a shopping event.
  const namedDay = namedDayAt(t, i, ctx);
  if (namedDay) return namedDay;
  // "fell 1.2% on Tuesday": the weekday nearest the publication. (So is the AP's "in midday trading
  // Tuesday", without "on".)
  const weekdayDate = n === "on" || n === "trading" ? onWeekday(t, i + 1, ctx) : undefined;
  if (weekdayDate) return { first: i + 1, last: i + 2, from: weekdayDate, to: weekdayDate };
  // "closed 3 sen higher at RM1.34 yesterday": the day before the publication.
  if (n === "yesterday" && ctx.year !== undefined && ctx.month !== undefined && ctx.day !== undefined) {
    const day = dayAfter(ctx.year, ctx.month, ctx.day, -1);
    return { first: i, last: i + 1, from: day, to: day };
  }
  // "since 1991", "since March 2020", "by 2030", "until 2030", "by the end of 2027": an open period.
  const link = YEAR_LINK.get(n);
  if (link === "since" || link === "by" || link === "until") {
    // "since early September", "by mid-March": the part of the month reads as the month.
    const partOf = MONTH.has(t[i + 2]?.norm ?? "") || yearOf(t[i + 2]) !== undefined;
    const at = PART_OF_MONTH.has(t[i + 1]?.norm ?? "") && partOf ? i + 2 : i + 1;
    const next = t[at]?.norm ?? "";
    const edged = next === "the" || EDGES.includes(next);
    // "since Monday": the last such day before publication.
    const day = link === "since" ? sinceWeekday(t, at, ctx) : undefined;
    if (day) return { first: i, last: at + 1, from: day };
    // "since the 2009 agreement", "since the 2019 World Cup": the year of the event since which.
    const eventYear = link === "since" && next === "the" ? yearOf(t[at + 1]) : undefined;
    if (eventYear !== undefined && t[at + 2]?.kind === "word" && t[at + 2]?.spaceBefore)
      return { first: i, last: at + 2, from: String(eventYear) };
    // ("since the 1970s", "since the mid-1990s": the decade after "the".)
    const decadeAt =
      next === "the" ? [at + 1, at + 2, at + 3].find((k) => t[k + 1]?.norm === "s") : undefined;
    const decade = decadeAt !== undefined ? periodAt(t, decadeAt, ctx) : undefined;
    const direct = periodAt(t, at, ctx) ?? decade;
    // "since the uprising began in March 2021": the date of the event since which.
    const event = !direct && link === "since" ? eventIn(t, at, ctx) : undefined;
    const inner = direct ?? event;
    // ("by late 2027": the part of the year opens the inner period.)
    const partOfYear = at === i + 2 && direct?.first === i + 1;
    if (inner && (direct?.first === at || partOfYear || event || (edged && inner.first <= at + 1))) {
      const hit: PeriodHit = { first: i, last: inner.last };
      if (link === "since" && inner.from) hit.from = sinceFrom(t, at, inner, ctx);
      if (link !== "since" && inner.to) hit.to = inner.to;
      // ("Through the first 10 months of the year, Boeing delivered": the span named, from its start, where
      // it opens the sentence; "to hold above 700c through the first quarter" lasts until its end.)
      const firstPart = next === "first" || (next === "the" && t[at + 1]?.norm === "first");
      if (n === "through" && t[i]?.text === "Through" && firstPart && inner.from) hit.from = inner.from;
      return hit;
    }
    return undefined;
  }
  const to = monthsTo(t, i, ctx) ?? monthQuarter(t, i, ctx) ?? monthRange(t, i, ctx);
  if (to) return to;
  const ago = yearsAgo(t, i, ctx);
  if (ago) return ago;
  const recent =
    reportingPeriodAt(t, i, ctx) ??
    weekOf(t, i, ctx) ??
    trailing(t, i, ctx) ??
    ahead(t, i, ctx) ??
    fiscalRelative(t, i, ctx) ??
    nextAfter(t, i, ctx);
  if (recent) return recent;
  // "the same quarter of 2025", "the corresponding quarter of 2025": that year's, re-dated to the quarter
  // named before (relative-periods.ts).
  const sameYear =
    n === "the" && SAME_WORDS.has(t[i + 1]?.norm ?? "") && t[i + 3]?.norm === "of"
      ? yearOf(t[i + 4])
      : undefined;
  if (sameYear !== undefined && SAME_PARTS.has(t[i + 2]?.norm ?? ""))
    return { first: i + 1, last: i + 5, from: String(sameYear), to: String(sameYear) };
  const yearAfter = yearNamedAfter(t, i, ctx);
  if (yearAfter) return yearAfter;
  const rel = RELATIVE.forward(t, i);
  // ("in the period from July 1 to November 16", "a record for the period", "at the end of the period": not
  // the story's period named again.)
  const own = NAMED_AGAIN_LINK.has(t[rel?.end ?? i]?.norm ?? "");
  if (rel?.value.namedAgain && (own || t[i - 2]?.norm === "record" || t[i - 1]?.norm === "of"))
    return undefined;
  if (rel) {
    const first = t[i]?.norm === "the" ? i + 1 : i;
    const hit: PeriodHit = { first, last: rel.end };
    if (ctx.year !== undefined && rel.value.unit === "year") {
      hit.from = hit.to = String(ctx.year + rel.value.offset);
    } else if (ctx.year !== undefined && ctx.month !== undefined && rel.value.unit === "month") {
      const m = ctx.year * 12 + (ctx.month - 1) + rel.value.offset;
      hit.from = hit.to = `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
    } else if (
      rel.value.unit === "period" &&
      (t[rel.end]?.norm === "of" || t[rel.end]?.norm === "in") &&
      yearOf(t[rel.end + 1]) !== undefined
    ) {
      // "in the same period of 2024", "over the same period in 2025": that year's.
      hit.last = rel.end + 2;
      hit.from = hit.to = String(yearOf(t[rel.end + 1]));
    }
    return hit;
  }
  // "(the) first three quarters of 2022", "the second quarter", "first-half", "the first nine months of 2022"
  const ordStart = n === "the" ? i + 1 : i;
  // "in the nine months", "the six months": a company's reporting span from the year's start, as "the first
  // nine months" (not "the nine months to June", read above, nor "the past nine months").
  const implied = n === "the" && impliedFirst(t, ordStart);
  const ord = implied ? 1 : ORDINAL.get(t[ordStart]?.norm ?? "");
  if (ord !== undefined) {
    let k = implied ? ordStart : ordStart + 1;
    if (t[k] && t[k]?.norm === "-") k++;
    let count = 1;
    const c =
      ONE.get(t[k]?.norm ?? "") ??
      TEN.get(t[k]?.norm ?? "") ??
      (t[k]?.kind === "num" ? Number(t[k]?.norm) : undefined);
    // "the first 20 days of November": that month's first days.
    if (ord === 1 && c !== undefined && t[k + 1]?.norm === "days" && t[k + 2]?.norm === "of") {
      const days = firstDaysOf(t, k + 3, c, ctx);
      if (days) return { first: ordStart, last: days.last, from: days.from, to: days.to };
    }
    // "the first 18 weeks of the 2027 financial year", "the first 45 days of 2026": the first days of a
    // year, not the whole year.
    const perDay = t[k + 1]?.norm === "days" ? 1 : t[k + 1]?.norm === "weeks" ? 7 : 0;
    if (ord === 1 && c !== undefined && perDay > 0 && t[k + 2]?.norm === "of") {
      const days = firstDaysOfYear(t, k + 3, c * perDay, ctx);
      if (days) return { first: ordStart, last: days.last, from: days.from, to: days.to };
    }
    if (c !== undefined && Number.isInteger(c) && c > 0 && c <= 12) {
      count = c;
      k++;
    }
    // ("the nine-month period": the span written as a compound before "period".)
    const compound = monthPeriodAt(t, k);
    if (compound) k++;
    // ("its first fiscal quarter ended October 31": the reporting year's part, as "its fiscal first quarter".)
    if (count === 1 && FISCAL_WORDS.has(t[k]?.norm ?? "") && /^(?:quarter|half)$/.test(t[k + 1]?.norm ?? ""))
      k++;
    // "its first quarterly gain", "a second monthly fall": adverbs of frequency name no period.
    const word = t[k]?.norm ?? "";
    const unitWord = word.endsWith("ly") || word === "halfway" ? "" : word;
    const named = unitWord.startsWith("quarter")
      ? 3
      : unitWord.startsWith("half")
        ? 6
        : unitWord.startsWith("month")
          ? 1
          : 0;
    // "fell 3% in the first quarter and 5% in the second": the unit of the part named just before.
    const elided =
      named === 0 && n === "the" && !implied && count === 1 && t[k]?.kind !== "word" && t[k]?.kind !== "num";
    const months = elided ? elidedPart(t, ordStart) : named;
    // "the first three weeks of November": that month's first days.
    if (
      ord === 1 &&
      unitWord.startsWith("week") &&
      t[k + 1]?.norm === "of" &&
      MONTH.has(t[k + 2]?.norm ?? "")
    ) {
      const month = periodAt(t, k + 2, ctx);
      const ym = month?.first === k + 2 && month.from === month.to ? month.from : undefined;
      if (ym && /^\d{4}-\d{2}$/.test(ym) && count * 7 <= daysInMonth(ym))
        return {
          first: ordStart,
          last: month?.last ?? k + 3,
          from: `${ym}-01`,
          to: `${ym}-${pad(count * 7)}`,
        };
    }
    if (months > 0 && (count === 1 || unitWord.endsWith("s") || compound)) {
      let end = elided ? k : compound ? k + 2 : k + 1;
      const span = months * count;
      // The month the fiscal year starts in, as the months spelt out say: July for "the first quarter
      // (July-September) of FY27", whatever the article's country's fiscal year.
      let speltStart: number | undefined;
      // ("the first four months (July-October) of the current fiscal year": past the months spelt out.)
      if (t[end]?.norm === "(") {
        let close = end + 1;
        while (close < end + SPELT_OUT_TOKENS && t[close] && t[close]?.norm !== ")") close++;
        if (t[close]?.norm === ")" && (t[close + 1]?.norm === "of" || t[close + 1]?.norm === "in")) {
          const first = MONTH.get(t[end + 1]?.norm ?? "");
          if (first !== undefined && ord > 0)
            speltStart = ((((first - 1 - (ord - 1) * span) % 12) + 12) % 12) + 1;
          end = close + 1;
        }
      }
      let year: number | undefined;
      const of = t[end]?.norm === "of" || t[end]?.norm === "in";
      // "the first half of March": a part of that month.
      // ("the first half of November": its first 15 days; the second half, the rest.)
      if (of && MONTH.has(t[end + 1]?.norm ?? "") && isCapitalized(t[end + 1]) && months === 6) {
        const month = periodAt(t, end + 1, ctx);
        const ym =
          month?.from && /^\d{4}-\d\d$/.test(month.from) && month.from === month.to ? month.from : undefined;
        if (month && ym && count === 1 && (ord === 1 || ord === 2)) {
          const [y, m] = ym.split("-").map(Number) as [number, number];
          const half =
            ord === 1
              ? { from: `${ym}-01`, to: `${ym}-15` }
              : { from: `${ym}-16`, to: dayAfter(y, m + 1, 1, -1) };
          return { ...month, first: ordStart, ...half };
        }
        if (month) return { ...month, first: ordStart };
      }
      // "the first half of the month": a part of the month the story is in.
      if (of && months === 6 && t[end + 1]?.norm === "the" && t[end + 2]?.norm === "month") {
        const hit: PeriodHit = { first: ordStart, last: end + 3 };
        if (ctx.year !== undefined && ctx.month !== undefined)
          hit.from = hit.to = `${ctx.year}-${pad(ctx.month)}`;
        return hit;
      }
      // "the second quarter of next year", "the first half of the fiscal year".
      const relative = of ? RELATIVE.forward(t, end + 1) : undefined;
      const fiscal = of ? fiscalRelative(t, end + 1, ctx, true) : undefined;
      // "the first quarter of fiscal 2027", "the first half of the 2026 financial year": a part of the
      // fiscal year the article's country names so (a calendar year where it has none).
      // ("the first quarter of its 2027 financial year": a possessive as "the".)
      const fyAt = of ? end + 1 + (FY_DETERMINERS.has(t[end + 1]?.norm ?? "") ? 1 : 0) : -1;
      const fy =
        of && ord > 0 && ctx.fiscal && !ORDINAL.has(t[fyAt]?.norm ?? "") ? periodAt(t, fyAt, ctx) : undefined;
      const calendarFy =
        of && ord > 0 && !ctx.fiscal
          ? partOfCalendarFiscalYear(t, ordStart, fyAt, ctx, (ord - 1) * span, span)
          : undefined;
      if (calendarFy) return calendarFy;
      if (
        fy?.from &&
        fy.to &&
        fy.first === fyAt &&
        ctx.fiscal &&
        fy.from.endsWith(`-${pad(ctx.fiscal.start)}`)
      ) {
        const start = Number(fy.from.slice(0, 4));
        return {
          first: ordStart,
          last: fy.last,
          ...partOf(start, speltStart ?? ctx.fiscal.start, ord, span),
        };
      }
      if (of && yearOf(t[end + 1]) !== undefined) {
        year = yearOf(t[end + 1]);
        end += 2;
      } else if (of && t[end + 1]?.norm === "fiscal" && yearOf(t[end + 2]) !== undefined) {
        year = yearOf(t[end + 2]);
        end += 3;
      } else if (yearOf(t[end]) !== undefined) {
        year = yearOf(t[end]);
        end += 1;
        // "Fiscal Third Quarter 2026": a part of the fiscal year the year names, not of the calendar's.
        if (year !== undefined && ctx.fiscal && ord > 0 && FISCAL_WORDS.has(t[ordStart - 1]?.norm ?? "")) {
          const start = Number(namedFiscalYear(ctx.fiscal, year).from.slice(0, 4));
          return { first: ordStart, last: end, ...partOf(start, ctx.fiscal.start, ord, span) };
        }
      } else if (fiscal?.from && ctx.fiscal && ord > 0) {
        const start = Number(fiscal.from.slice(0, 4));
        return {
          first: ordStart,
          last: fiscal.last,
          ...partOf(start, speltStart ?? ctx.fiscal.start, ord, span),
        };
      } else if (relative && relative.value.unit === "year" && ctx.year !== undefined) {
        year = ctx.year + relative.value.offset;
        end = relative.end;
      } else if (relative?.value.unit === "period" && relative.value.offset === 0) {
        // "the first nine months of the year", "the first half of the month": the story's own.
        end = relative.end;
      }
      const hit: PeriodHit = { first: ordStart, last: end };
      const lean = leanAt(t, ordStart);
      // ("fell 3.1% in the first half of the year" in a story that names the government's "fiscal 2026",
      // "imports climbed to R4.3bn in the first half of the year, according to Sars data": "of the year"
      // keeps the calendar.)
      const calendarYear =
        relative?.value.unit === "period" && t[end - 1]?.norm === "year" && t[end - 2]?.norm === "the";
      // "fourth-quarter revenue" where the article said "its fiscal third quarter ended Oct. 26".
      if (year === undefined && ctx.reporting && !calendarYear && ord > 0 && count === 1 && months >= 3) {
        const part = reportingPart(ord, months, ctx.reporting, ctx, lean);
        // ("StarHub said its net profit for the third quarter fell 8.1 per cent" in November, in a story that
        // names Singapore's April year: a reporting part still under way holds no reported result, the
        // calendar's just ended does.)
        if (!part || !reportedOnCalendar(t, ordStart, part, ord * months, ctx))
          return part ? { ...hit, ...part } : hit;
      }
      const y = year ?? (ord > 0 ? yearFor((ord - 1) * span + 1, ctx, lean, ord * span) : ctx.year);
      if (y !== undefined && ord > 0) {
        const from = (ord - 1) * span + 1;
        const to = from + span - 1;
        if (to <= 12) {
          hit.from = `${y}-${pad(from)}`;
          hit.to = `${y}-${pad(to)}`;
        }
      }
      return hit;
    }
  }
  // "9M2026", "1H26": a results table's label.
  const tableLabel = periodLabelAt(t, i);
  if (tableLabel) {
    const { year, fromMonth, toMonth, end, fiscal, split } = tableLabel;
    // ("1H FY26/27": the year that starts in 2026, in the article's fiscal calendar or April's.)
    if (split) {
      const start = ctx.fiscal?.start ?? SPLIT_YEAR_START;
      return {
        first: i,
        last: end,
        from: monthAfter(year, start, fromMonth - 1),
        to: monthAfter(year, start, toMonth - 1),
      };
    }
    // "1H FY26" where the article's country starts its year in July: July to December 2025. (So is "1H27"
    // where the article declares a company's year that starts in another month than January: "the half
    // year ended 30 September 2026 (1H27)".)
    if ((fiscal || (ctx.reporting !== undefined && ctx.reporting !== 1)) && ctx.fiscal) {
      const start = Number(namedFiscalYear(ctx.fiscal, year).from.slice(0, 4));
      return {
        first: i,
        last: end,
        from: monthAfter(start, ctx.fiscal.start, fromMonth - 1),
        to: monthAfter(start, ctx.fiscal.start, toMonth - 1),
      };
    }
    return { first: i, last: end, from: `${year}-${pad(fromMonth)}`, to: `${year}-${pad(toMonth)}` };
  }
  // "Q3 2022", "H1 2023"
  if ((n === "q" || n === "h") && t[i + 1]?.kind === "num" && !t[i + 1]?.spaceBefore) {
    const q = Number(t[i + 1]?.norm);
    const months = n === "q" ? 3 : 6;
    if (Number.isInteger(q) && q >= 1 && q * months <= 12) {
      const fiscalPart = fiscalQuarter(t, i, q, months, ctx);
      if (fiscalPart) return fiscalPart;
      const year = yearOf(t[i + 2]);
      // "H1 2025/26", "Q3 2024-25": a part of the year that spans the two, the article's fiscal year (April
      // to March where the article names none: the British and Indian way of writing it).
      const split = year !== undefined ? yearSpan(t, i + 2) : undefined;
      if (year !== undefined && split?.to === year + 1) {
        const start = ctx.fiscal?.start ?? SPLIT_YEAR_START;
        return {
          first: i,
          last: split.end,
          from: monthAfter(year, start, (q - 1) * months),
          to: monthAfter(year, start, q * months - 1),
        };
      }
      const compared = year !== undefined ? comparedPart(t, i, i + 3, ctx, q, months, year) : undefined;
      if (compared !== undefined) return { first: i, last: i + 3, ...compared };
      const hit: PeriodHit = { first: i, last: year !== undefined ? i + 3 : i + 2 };
      const y = year ?? yearFor((q - 1) * months + 1, ctx, leanAt(t, i), q * months);
      if (y !== undefined) {
        hit.from = `${y}-${pad((q - 1) * months + 1)}`;
        hit.to = `${y}-${pad(q * months)}`;
      }
      return hit;
    }
  }
  // "between 17 and 19 November", "from 17 to 19 November", "17-19 November": days written before their
  // month, a span.
  const firstDay = tok.kind === "num" && /^[0-9]{1,2}$/.test(n) ? Number(n) : undefined;
  const spanLink = t[i + 1];
  const linked =
    spanLink !== undefined &&
    (spanLink.norm === "to" ||
      (spanLink.norm === "and" && t[i - 1]?.norm === "between") ||
      (DASHES.has(spanLink.norm) && !spanLink.spaceBefore && !t[i + 2]?.spaceBefore));
  if (firstDay !== undefined && linked && t[i + 2]?.kind === "num" && MONTH.has(t[i + 3]?.norm ?? "")) {
    const last = periodAt(t, i + 2, ctx);
    const to = last?.first === i + 2 && last.from === last.to ? last.to : undefined;
    if (last && to && /^\d{4}-\d{2}-\d{2}$/.test(to) && firstDay >= 1 && firstDay < Number(to.slice(8)))
      return { first: i, last: last.last, from: `${to.slice(0, 8)}${pad(firstDay)}`, to };
  }
  // "on 29 September", "3 March 2026": a day written before its month.
  if (tok.kind === "num" && /^[0-9]{1,2}$/.test(n) && MONTH.has(t[i + 1]?.norm ?? "")) {
    const inMonth = periodAt(t, i + 1, ctx);
    const day = Number(n);
    let ym = inMonth?.first === i + 1 && inMonth.from === inMonth.to ? inMonth.from : undefined;
    // ("with effect from 1 January": the nearest such day, as "from January 1" is.)
    if (
      ym &&
      inMonth?.last === i + 2 &&
      startsOn(t, i) &&
      !leanAt(t, i) &&
      !SPAN_LINKS.has(t[i + 2]?.norm ?? "")
    )
      ym = `${yearFor(Number(ym.slice(5)), ctx, "starts")}-${ym.slice(5)}`;
    if (ym && /^\d{4}-\d{2}$/.test(ym) && day >= 1 && day <= daysInMonth(ym))
      return { first: i, last: inMonth?.last ?? i + 2, from: `${ym}-${pad(day)}`, to: `${ym}-${pad(day)}` };
  }
  // "March 2023", "in March", "March 5, 2023"
  const month = MONTH.get(n);
  // "January robusta settled up $112", "gold futures for December delivery": a contract's month.
  // "gas futures for January", "the contract for March": a contract's month too.
  const forContract = t[i - 1]?.norm === "for" && CONTRACT_WORDS.has(t[i - 2]?.norm ?? "");
  // ("analysts led by Jan Hatzius": a short month's name before a capitalized word, no dot, is a person's.)
  const next = t[i + 1];
  const named =
    tok.text.length <= 4 &&
    next?.kind === "word" &&
    isCapitalized(next) &&
    !MONTH.has(next.norm) &&
    t[i + 1]?.norm !== "." &&
    next.spaceBefore !== false;
  if (month !== undefined && named && n !== "may" && n !== "june" && n !== "july") return undefined;
  if (
    month !== undefined &&
    (CONTRACT_WORDS.has(t[i + 1]?.norm ?? "") ||
      t[i + 1]?.norm === "delivery" ||
      forContract ||
      namedContract(t, i))
  )
    return undefined;
  if (month !== undefined && isCapitalized(tok) && (n !== "may" || isMonthMay(t, i))) {
    if (
      n.length <= 4 &&
      t[i + 1]?.norm !== "." &&
      yearOf(t[i + 1]) === undefined &&
      t[i + 1]?.kind !== "num"
    ) {
      // ("as at end-June", "by mid-July": a month's edge glued by a hyphen.)
      const edge = t[i - 1]?.norm === "-" && MONTH_EDGES.has(t[i - 2]?.norm ?? "");
      if (
        !edge &&
        !["in", "since", "of", "by", "last", "this", "early", "late", "mid", "until", "from"].includes(
          t[i - 1]?.norm ?? "",
        )
      ) {
        return undefined;
      }
    }
    let end = i + 1;
    let day: number | undefined;
    if (t[end]?.norm === "." && n.length <= 4 && t[end + 1]?.kind === "num") end++;
    const d = t[end];
    if (d?.kind === "num" && /^[0-9]{1,2}$/.test(d.norm) && Number(d.norm) <= 31) {
      day = Number(d.norm);
      end++;
      if (t[end]?.norm === ",") end++;
    } else if (
      // ("In March, 2025, the mill crushed": a month and its year set off by a comma.)
      t[end]?.norm === "," &&
      yearOf(t[end + 1]) !== undefined &&
      [",", ".", undefined].includes(t[end + 2]?.norm)
    )
      end++;
    let year = yearOf(t[end]);
    if (year !== undefined) end++;
    else if (day !== undefined && t[end - 1]?.norm === ",") end--;
    // ("sold $1 billion of the May 2036 bond", "the January 2030 LTN": a bond's maturity.)
    if (year !== undefined && (bondAfter(t, end) || listedMaturity(t, end))) return undefined;
    // "in March last year", "May next year": the month of that year.
    const shift = { last: -1, this: 0, next: 1 }[t[end]?.norm ?? ""];
    if (year === undefined && shift !== undefined && t[end + 1]?.norm === "year" && ctx.year !== undefined) {
      year = ctx.year + shift;
      end += 2;
    }
    // "Nov. 16-17", "between Nov. 14 and Nov. 16", "from Feb. 15 to June 30, 2027": a span of days.
    const until = day !== undefined ? dayAfterLink(t, end, month) : undefined;
    if (until && year === undefined && until.year !== undefined)
      year = until.month < month ? until.year - 1 : until.year;
    if (year === undefined)
      year = yearFor(
        month,
        ctx,
        leanAt(t, i) ??
          // ("From January, a new home needs ...": a month a sentence opens with as a start is one too.)
          ((day !== undefined || OPENING_STARTS.has(t[i - 1]?.text ?? "")) && !until && startsOn(t, i)
            ? "starts"
            : undefined),
      );
    const hit: PeriodHit = { first: i, last: until?.end ?? end };
    if (year !== undefined)
      hit.from = hit.to = `${year}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ""}`;
    if (year !== undefined && until) {
      const endYear = until.year ?? (until.month < month ? year + 1 : year);
      hit.to = `${endYear}-${pad(until.month)}-${pad(until.day)}`;
    }
    return hit;
  }
  // "mid-2028", "by mid-2027": its June and July.
  const decade = t[i + 3]?.norm === "s" && !t[i + 3]?.spaceBefore;
  const mid = n === "mid" && DASHES.has(t[i + 1]?.norm ?? "") && !decade ? yearOf(t[i + 2]) : undefined;
  if (mid !== undefined) return { first: i, last: i + 3, from: `${mid}-06`, to: `${mid}-07` };
  // "at end-2025", "from start-2026": the year's December or January, as "the end of 2025" is.
  const edgeOfYear =
    (n === "end" || n === "start") && DASHES.has(t[i + 1]?.norm ?? "") && !t[i + 1]?.spaceBefore && !decade
      ? yearOf(t[i + 2])
      : undefined;
  if (edgeOfYear !== undefined && !t[i + 2]?.spaceBefore) {
    const at = `${edgeOfYear}-${n === "end" ? "12" : "01"}`;
    return { first: i, last: i + 3, from: at, to: at };
  }
  // "2022", "2022-23", "2020-2022", "fiscal 2023"
  const y = yearOf(tok);
  if (y !== undefined) {
    // "the 1990s", "the mid-1990s": a decade (its middle: 1994-1996).
    if (t[i + 1]?.norm === "s" && !t[i + 1]?.spaceBefore && y % 10 === 0) {
      const middle = t[i - 1]?.norm === "-" && t[i - 2]?.norm === "mid";
      // "the early 2030s": its first four years; "the late 2030s": its last three.
      const part = t[i - 1]?.norm ?? "";
      if (part === "early") return { first: i - 1, last: i + 2, from: String(y), to: String(y + 3) };
      if (part === "late") return { first: i - 1, last: i + 2, from: String(y + 7), to: String(y + 9) };
      return middle
        ? { first: i - 2, last: i + 2, from: String(y + 4), to: String(y + 6) }
        : { first: i, last: i + 2, from: String(y), to: String(y + 9) };
    }
    if (t[i + 1]?.kind === "word" && !t[i + 1]?.spaceBefore) return undefined;
    // "(1830 GMT)", "2100 MHz", "the benchmark 2034 bond": a time, a measure, a maturity.
    const after = t[i + 1]?.norm ?? "";
    if (
      TIME_UNIT.has(after) ||
      after === "local" ||
      MEASURE_UNIT.has(after) ||
      bondAfter(t, i + 1) ||
      listedMaturity(t, i + 1)
    )
      return undefined;
    // "the 2032 Games", "Expo 2030", "Vision 2030": a year in an event's or a plan's name is no period.
    if (NAMED_AFTER.has(t[i + 1]?.text ?? "") || NAMED_BEFORE.has(t[i - 1]?.text ?? "")) return undefined;
    if (opensEventName(t, i)) return undefined;
    if (t[i - 1] && !tok.spaceBefore && (t[i - 1]?.kind === "word" || t[i - 1]?.kind === "sym"))
      return undefined;
    const span = yearSpan(t, i);
    if (span) {
      // "the 2025-26 financial year", "fiscal 2025-26", "a deficit of A$28 billion in 2025-26": the fiscal
      // year of the article's country (not "the 2025-26 season" or a crop's marketing year).
      const fiscalAfter = fiscalWords(t, span.end);
      const named = fiscalAfter > 0 || FISCAL_BEFORE.has(t[i - 1]?.norm ?? "");
      // ("the 2027-28 NHL season": past a league's name.)
      const league = isCapitalized(t[span.end]) && NOT_FISCAL.has(t[span.end + 1]?.norm ?? "");
      const other = NOT_FISCAL.has(t[span.end]?.norm ?? "") || NOT_FISCAL.has(t[i - 1]?.norm ?? "") || league;
      if (ctx.fiscal && span.to === y + 1 && (named || !other))
        return { first: i, last: span.end + fiscalAfter, ...spanFrom(ctx.fiscal, y) };
      return { first: i, last: span.end, from: String(y), to: String(span.to) };
    }
    // "the 2026 financial year": the fiscal year so named.
    const fiscalAfter = fiscalWords(t, i + 1);
    if (fiscalAfter > 0 && ctx.fiscal?.labels)
      return { first: i, last: i + 1 + fiscalAfter, ...namedFiscalYear(ctx.fiscal, y) };
    // "(2025: 113.6 cents)" beside the year ended 28 February 2026: the reporting year before.
    const compared = comparedPart(t, i, i + 1, ctx, 1, 12, y);
    if (compared) return { first: i, last: i + 1, ...compared };
    // "early 2027": its first four months; "late 2027": its last four.
    const part = t[i - 1]?.norm ?? "";
    if (part === "early") return { first: i - 1, last: i + 1, from: `${y}-01`, to: `${y}-04` };
    if (part === "late") return { first: i - 1, last: i + 1, from: `${y}-09`, to: `${y}-12` };
    return { first: i, last: i + 1, from: String(y), to: String(y) };
  }
  // "FY2023", "fiscal 2023", "fiscal year 2026", "financial year 2025-26"
  const label = fiscalWords(t, i);
  if (label > 0 && t[i + label]?.kind === "num") {
    const at = i + label;
    const yy = yearOf(t[at]) ?? (t[at]?.norm.length === 2 ? 2000 + Number(t[at]?.norm) : undefined);
    // "fiscal 2022-23", "FY2026-27", "FY26/27": a span of years.
    const span = yearOf(t[at]) !== undefined ? yearSpan(t, at) : shortYearSpan(t, at, yy);
    if (span && ctx.fiscal && span.to === (yy ?? 0) + 1)
      return { first: i, last: span.end, ...spanFrom(ctx.fiscal, yy ?? 0) };
    if (span) return { first: i, last: span.end, from: String(yy), to: String(span.to) };
    if (yy !== undefined && ctx.fiscal?.labels)
      return { first: i, last: at + 1, ...namedFiscalYear(ctx.fiscal, yy) };
    if (yy !== undefined) return { first: i, last: at + 1, from: String(yy), to: String(yy) };
  }
  if (label === 1 && t[i]?.text === "FY" && t[i + 1]?.kind !== "num") return bareFiscalYear(t, i, ctx);
  return undefined;
}

/** "FY26/27", "FY26-27" from the "26" at `at` (read as `year`): the year after it, glued on, ends the span. */
function shortYearSpan(
  t: readonly Token[],
  at: number,
  year: number | undefined,
): { to: number; end: number } | undefined {
  const slash = t[at + 1];
  const next = t[at + 2];
  if (year === undefined || !slash || !["/", "-"].includes(slash.norm) || slash.spaceBefore) return undefined;
  if (next?.kind !== "num" || next.spaceBefore || !/^[0-9]{2}$/.test(next.norm)) return undefined;
  return Number(next.norm) === (year + 1) % 100 ? { to: year + 1, end: at + 3 } : undefined;
}

/**
 * "FY REVENUE A$3.47 BILLION", "SEES FY EBITDA UP 5%": a brief's "FY" with no year is the company's
 * reporting year (else its country's fiscal year, else the calendar's) that ended latest by publication,
 * or, told of what is to come, the one under way.
 */
function bareFiscalYear(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const { year, month } = ctx;
  if (year === undefined || month === undefined) return undefined;
  const start = ctx.reporting ?? ctx.fiscal?.start ?? 1;
  let first = latestEndedStart(year, month, start - 1, 12);
  const lean = leanAt(t, i);
  if (lean === "future" || lean === "expected" || lean === "next") first += 12;
  return { first: i, last: i + 1, ...monthsFrom(first, 12) };
}

/**
 * The first month, counted from month 0 of year 0, of the latest span of `months` months that starts
 * `offset` months into a year (0 January) and has ended by the publication's `year` and `month`.
 */
function latestEndedStart(year: number, month: number, offset: number, months: number): number {
  const published = year * 12 + month - 1;
  let first = year * 12 + offset;
  while (first + months - 1 >= published) first -= 12;
  return first;
}

/** The period of `months` months from the month `first` (counted from month 0 of year 0). */
function monthsFrom(first: number, months: number): { from: string; to: string } {
  const year = Math.floor(first / 12);
  const month = (first % 12) + 1;
  return { from: `${year}-${pad(month)}`, to: monthAfter(year, month, months - 1) };
}

/**
 * "the fiscal year 2026", "the full fiscal year 2026", "the full year 2025", "the year 2025": the year named
 * after the words (a fiscal one where they say so), not the story's year named again and a year beside it.
 */
function yearNamedAfter(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  if (t[i]?.norm !== "the") return undefined;
  const k = t[i + 1]?.norm === "full" ? i + 2 : i + 1;
  const fiscal = fiscalWords(t, k) === 2;
  const yearAt = fiscal ? k + 2 : t[k]?.norm === "year" ? k + 1 : -1;
  const y = yearOf(t[yearAt]);
  if (y === undefined) return undefined;
  const hit = fiscal ? periodAt(t, k, ctx) : { first: k, last: yearAt + 1, from: String(y), to: String(y) };
  return hit && { ...hit, first: i + 1 };
}

/** How far the label of a results table's comparative may be from the year it is read as. */
const COMPARED_LABEL_SLACK = 1;

/**
 * "(H1 2025: £35.9 million)" or "(H1 2026: R1,952.3 million)" beside the figures of "the six months ended 30
 * September 2026" or "31 August 2026", "(2025: 113.6 cents)" beside those of the year ended 28 February
 * 2026: where the article declares a reporting year not the calendar's, a part (or the whole) labelled with
 * a year in a results table's comparative, from token `i` to the colon at `colon`, is the same part a year
 * before the latest one ended by publication (companies label it by the calendar year or by the year their
 * fiscal year ends in, so the label's year only bounds it). Undefined elsewhere.
 */
function comparedPart(
  t: readonly Token[],
  i: number,
  colon: number,
  ctx: PeriodContext,
  q: number,
  months: number,
  year: number,
): { from: string; to: string } | undefined {
  const { reporting, year: pubYear, month: pubMonth } = ctx;
  if (reporting === undefined || reporting === 1 || pubYear === undefined || pubMonth === undefined)
    return undefined;
  if (t[i - 1]?.norm !== "(" || t[colon]?.norm !== ":") return undefined;
  // The latest such part ended by publication, then a year before it.
  const compared = latestEndedStart(pubYear, pubMonth, reporting - 1 + (q - 1) * months, months) - 12;
  if (Math.abs(Math.floor(compared / 12) - year) > COMPARED_LABEL_SLACK) return undefined;
  return monthsFrom(compared, months);
}

/**
 * "Q2 FY26", "Q2FY27", "H1 FY2026": a quarter or half of the fiscal year so labelled; "Q2" alone where the
 * article's country labels its fiscal years (India, Japan...): that quarter of the fiscal year.
 */
function fiscalQuarter(
  t: readonly Token[],
  i: number,
  q: number,
  months: number,
  ctx: PeriodContext,
): PeriodHit | undefined {
  const fiscal = ctx.fiscal;
  const offset = (q - 1) * months;
  const fyAt = i + 2;
  if (!fiscal) return partOfCalendarFiscalYear(t, i, fyAt, ctx, offset, months);
  const fy = fiscalWords(t, fyAt) > 0 ? periodAt(t, fyAt, ctx) : undefined;
  if (fy?.from && fy.first === fyAt && fy.from.endsWith(`-${pad(fiscal.start)}`)) {
    const start = Number(fy.from.slice(0, 4));
    const from = monthAfter(start, fiscal.start, offset);
    return { first: i, last: fy.last, from, to: monthAfter(start, fiscal.start, offset + months - 1) };
  }
  if (!fiscal.labels || yearOf(t[fyAt]) !== undefined || fy) return undefined;
  const month = ((fiscal.start - 1 + offset) % 12) + 1;
  const year = yearFor(month, ctx, leanAt(t, i), month + months - 1);
  if (year === undefined) return { first: i, last: i + 2 };
  return { first: i, last: i + 2, from: monthAfter(year, month, 0), to: monthAfter(year, month, months - 1) };
}

/**
 * "Q1 FY26", "the first half of FY26" where the article's country has no fiscal year of its own: FY26 is
 * the calendar year 2026 (as "FY26" alone is), and the part is of it. `offset` months from its start.
 */
function partOfCalendarFiscalYear(
  t: readonly Token[],
  first: number,
  fyAt: number,
  ctx: PeriodContext,
  offset: number,
  months: number,
): PeriodHit | undefined {
  if (t[fyAt]?.norm !== "fy") return undefined;
  const fy = periodAt(t, fyAt, ctx);
  if (!fy?.from || fy.first !== fyAt || !/^\d{4}$/.test(fy.from) || fy.to !== fy.from) return undefined;
  const year = Number(fy.from);
  return {
    first,
    last: fy.last,
    from: monthAfter(year, 1, offset),
    to: monthAfter(year, 1, offset + months - 1),
  };
}

const NOW_WORD = new Set(NOW_WORDS);
/** Tokens a figure's unit may take between its number and "now": "5.4 million bpd now". */
const UNIT_REACH = 4;

/** A figure ends right before token `k`: its number or percent sign, or a unit of lower-case words after one. */
/** Plain words between "now" and the figure its clause reaches: "sits at", "goes for between", "about". */
const OPENS_REACH = 5;

/** Words a sentence's opening "now" may reach past, capitalized or not: "Today our average ticket size is". */
const OPENING_REACH = 10;
/** Words that open a relative clause inside the subject an opening "now" reaches past. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["that", "which", "who", "whose"]);
/** Quote marks a sentence may open with: '"Now I bill about 45,000 pesos'. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "“"]);

/** The token at `i` opens its line, a sentence or a quote. */
export function opensSentence(t: readonly Token[], i: number): boolean {
  const before = t[i - 1]?.norm ?? "";
  return t[i]?.lineStart === true || SENTENCE_ENDS.has(before) || OPENING_QUOTES.has(before);
}

/**
 * A figure follows `k` past a few plain words of its verb: "now sits at $874,300", "currently 6%"; not past
 * a verb of looking ahead ("now projects net profit of", "Markets now see a 65% chance": when it was said).
 * After a sentence's `opening` "now", past more words, names too.
 */
function opensFigure(t: readonly Token[], k: number, opening = false): boolean {
  for (let j = k; j < Math.min(t.length, k + (opening ? OPENING_REACH : OPENS_REACH)); j++) {
    const tok = t[j];
    if (opening && tok?.kind === "word" && tok.text !== tok.norm && currencyPrefixAt(t, j) === undefined)
      continue;
    // ("Today a litre of glyphosate that cost us N6,800 ... now costs": a relative clause's figure is its own.)
    if (opening && RELATIVE_OPENERS.has(tok?.norm ?? "")) return false;
    if (tok?.kind === "num") return !/^(?:19|20)\d\d$/.test(tok.text);
    if (tok?.kind === "sym") return tok.norm !== "%";
    // ("now costs N1.25 million", "currently retails at about Sh250": a currency's letters open the figure.)
    if (tok?.kind === "word" && tok.text !== tok.norm && currencyPrefixAt(t, j) !== undefined) return true;
    if (tok?.kind !== "word" || tok.text !== tok.norm || LOOKING_AHEAD.has(tok.norm)) return false;
  }
  return false;
}

/** Verbs of looking ahead after "now": what they reach is a forecast, dated by its own period. */
const LOOKING_AHEAD = new Set([
  "expects",
  "expect",
  "expected",
  "sees",
  "see",
  "seen",
  "projects",
  "project",
  "projected",
  "forecasts",
  "forecast",
  "predicts",
  "predict",
  "estimates",
  "estimate",
  "estimated",
  "price",
  "prices",
  "targets",
  "target",
  "plans",
  "aims",
  "anticipates",
  "guides",
  // ("cut its full-year forecast, now seeing a decline of 15 to 20 percent".)
  "seeing",
  "expecting",
  "forecasting",
  "projecting",
  "predicting",
  "estimating",
  "targeting",
]);

function endsFigure(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - UNIT_REACH); j--) {
    const tok = t[j];
    if (tok?.kind === "num") return !/^(?:19|20)\d\d$/.test(tok.text);
    if (tok?.norm === "%") return true;
    // ("Eight out of ten municipalities now rely", "60% of households now rely": a share's whole.)
    if (ONE.has(tok?.norm ?? "") && t[j - 1]?.norm === "of") return true;
    if (SHARE_LINKS.has(tok?.norm ?? "")) continue;
    // ("the R1.40 it now pays": a pronoun's verb, not a unit.)
    if (tok?.kind !== "word" || tok.text !== tok.norm || FUNCTION_WORDS.has(tok.norm)) return false;
  }
  return false;
}

/**
 * The figure that ends before "now" at `k` opens its clause, past words of its size ("Only 12 states
 * currently pay", "More than 660 companies have now"): the subject, not a verb's object.
 */
function subjectFigureBefore(t: readonly Token[], k: number): boolean {
  // (Within the reach endsFigure read: a count in words, "a family of four now budgets N9 million", leaves
  // "now" to the figure its verb reaches.)
  let j = k - 1;
  while (j >= Math.max(0, k - UNIT_REACH - 1) && t[j]?.kind !== "num") j--;
  if (t[j]?.kind !== "num") return false;
  // (A currency's letters or symbol and the words of a figure's size: "N70,000", "about $5", "more than".)
  j--;
  while (
    j >= 0 &&
    (t[j]?.kind === "sym" || currencyPrefixAt(t, j) !== undefined || FIGURE_LEADS.has(t[j]?.norm ?? ""))
  )
    j--;
  const before = t[j];
  // ("The company said about 1.1 million subscribers now paid": a reported clause opens after its verb.)
  return !before || (before.kind === "punct" && before.norm !== ")") || CLAUSE_OPENERS.has(before.norm);
}

/** Words a reported clause opens after: "said about 1.1 million subscribers now paid". */
const CLAUSE_OPENERS = new Set(["said", "says", "that", "showed", "show", "shows"]);

/** Words that may lead a figure that opens its clause: "Only 12 states", "More than 660", "About 40%". */
const FIGURE_LEADS = new Set([
  "only",
  "about",
  "some",
  "around",
  "nearly",
  "almost",
  "over",
  "more",
  "than",
  "fewer",
  "less",
  "just",
  "roughly",
  "the",
  "a",
  "least",
]);

/** Words between a share and its whole: "60% of households", "eight out of ten". */
const SHARE_LINKS = new Set(["of", "out"]);

const PART_OF_MONTH = new Set(["early", "mid", "late"]);

/** Where "early", "mid" or "late" (or "mid-") before the month at token `i` starts; `i` when none. */
function partOfMonthBefore(t: readonly Token[], i: number): number {
  if (PART_OF_MONTH.has(t[i - 1]?.norm ?? "")) return i - 1;
  if (t[i - 1]?.norm === "-" && PART_OF_MONTH.has(t[i - 2]?.norm ?? "") && gluedHyphen(t, i - 1))
    return i - 2;
  return i;
}

/** Tokens back to the part of a year an elided ordinal stands for: "the first quarter and 5% in". */
const ELIDED_REACH = 10;

/**
 * The reporting year's part at `ordStart` ends after publication while the calendar's part of the same name
 * (ending in month `calendarEnd`) has ended, and its sentence reports a result in the past, with no word of
 * the future, a forecast or a fiscal year: the calendar's part is the one meant.
 */
function reportedOnCalendar(
  t: readonly Token[],
  ordStart: number,
  part: { from: string; to: string },
  calendarEnd: number,
  ctx: PeriodContext,
): boolean {
  const { year, month } = ctx;
  if (year === undefined || month === undefined || calendarEnd > 12 || calendarEnd >= month) return false;
  if (part.to <= `${year}-${pad(month)}`) return false;
  let past = false;
  for (let k = ordStart - 1; k >= Math.max(0, ordStart - REPORTED_REACH) && t[k]?.norm !== "."; k--) {
    const norm = t[k]?.norm ?? "";
    if (NOT_REPORTED.has(norm)) return false;
    if (isPastVerb(t[k])) past = true;
  }
  for (let k = ordStart; k < Math.min(t.length, ordStart + REPORTED_REACH) && t[k]?.norm !== "."; k++)
    if (NOT_REPORTED.has(t[k]?.norm ?? "")) return false;
  return past;
}

/** Tokens around a part of a year read for its sentence's tense, each way at most. */
const REPORTED_REACH = 30;
/** Words of the future, of a forecast, of a fiscal year or of a part under way: no result reported on the calendar. */
const NOT_REPORTED: ReadonlySet<string> = new Set([...FUTURE_WORDS, ...NOT_REPORTED_WORDS]);

/** The months of the part of a year ("quarter", "half") named after an ordinal just before `at`, or 0. */
function elidedPart(t: readonly Token[], at: number): number {
  for (let k = at - 2; k >= Math.max(0, at - ELIDED_REACH); k--) {
    if (!ORDINAL.has(t[k]?.norm ?? "")) continue;
    const unit = t[k + 1]?.norm === "-" ? t[k + 2]?.norm : t[k + 1]?.norm;
    if (unit === "quarter") return 3;
    if (unit === "half") return 6;
  }
  return 0;
}

/** First words of the periods reporting-calendar.ts reads: the others pass at a set's look-up. */
const REPORTING_OPENERS = new Set([
  "over",
  "the",
  "this",
  "current",
  "next",
  "coming",
  "last",
  "full",
  "year",
]);

/** "over the year", "the current quarter", "nine-month profit", "full-year", "year to date" (reporting-calendar.ts). */
function reportingPeriodAt(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const tok = t[i];
  if (!tok || (!REPORTING_OPENERS.has(tok.norm) && !countsMonths(tok) && tok.text !== "YTD"))
    return undefined;
  // ("the year to date" before "the year".)
  return (
    yearToDateAt(t, i, ctx) ??
    overTheYearAt(
      t,
      i,
      ctx,
      (k) => periodAt(t, k, ctx),
      () => leanAt(t, i),
    ) ??
    relativePartAt(t, i, ctx) ??
    countedMonthsAt(t, i, ctx, () => leanAt(t, i)) ??
    fullYearAt(t, i, ctx, () => leanAt(t, i))
  );
}

/** Days in the month "YYYY-MM". */
function daysInMonth(ym: string): number {
  return new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).getUTCDate();
}

/** "the week ended Oct. 3", "the week to Friday Nov. 7": the seven days that end on that day. */
function weekOf(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  // "For the week, the S&P 500 added 0.1%", "gained 1.1% for the week": the week of publication.
  const storyWeek =
    t[i - 1]?.norm === "for" &&
    t[i]?.norm === "the" &&
    t[i + 1]?.norm === "week" &&
    !WEEK_LINKS.has(t[i + 2]?.norm ?? "");
  if (storyWeek) {
    const { year, month, day } = ctx;
    const hit: PeriodHit = { first: i + 1, last: i + 2 };
    if (year === undefined || month === undefined || day === undefined) return hit;
    hit.from = dayAfter(year, month, day, -weekday(year, month, day));
    hit.to = dayAfter(year, month, day, 0);
    return hit;
  }
  const first = t[i]?.norm === "the" ? i + 1 : i;
  const w = t[first]?.norm;
  // "last week", "this week", "next week": the calendar week (Monday to Sunday) of publication, or the one
  // before or after it; "this week" runs to the day of publication.
  const shift = w === "last" ? -7 : w === "this" ? 0 : w === "next" ? 7 : undefined;
  if (shift !== undefined && t[first + 1]?.norm === "week") {
    const hit: PeriodHit = { first, last: first + 2 };
    const { year, month, day } = ctx;
    if (year === undefined || month === undefined || day === undefined) return hit;
    const monday = shift - weekday(year, month, day);
    hit.from = dayAfter(year, month, day, monday);
    hit.to = dayAfter(year, month, day, shift === 0 ? 0 : monday + 6);
    return hit;
  }
  const weekend = weekendAt(t, i, ctx);
  if (weekend) return weekend;
  // "the 12 weeks to Jan. 4", "the four weeks ended Oct. 5": that many weeks.
  const count = ONE.get(w ?? "") ?? TEN.get(w ?? "") ?? (t[first]?.kind === "num" ? Number(w) : undefined);
  const weeks = count !== undefined && Number.isInteger(count) && count >= 2 && count <= 60 ? count : 1;
  const k = weeks > 1 ? first + 1 : first;
  const unit = t[k]?.norm;
  if ((weeks > 1 ? unit !== "weeks" : unit !== "week") || !WEEK_LINKS.has(t[k + 1]?.norm ?? ""))
    return undefined;
  const date = periodAt(t, k + 2, ctx);
  if (!date?.to || !/^\d{4}-\d{2}-\d{2}$/.test(date.to)) return undefined;
  const [y, m, d] = date.to.split("-").map(Number) as [number, number, number];
  return { first, last: date.last, from: dayAfter(y, m, d, 1 - 7 * weeks), to: date.to };
}

const WEEK_LINKS = new Set(SPAN_END_WORDS);

/** Tokens around a time phrase its clause's verb is looked for in: "rose 5% this weekend", "this weekend it launched". */
const TOLD_REACH = 4;

/** A past tense stands within reach before the phrase [first, last) or right after it, in its sentence. */
function toldInPast(t: readonly Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - TOLD_REACH) && !SENTENCE_ENDS.has(t[k]?.norm ?? ""); k--)
    if (isPastVerb(t[k])) return true;
  for (let k = last; k < Math.min(t.length, last + TOLD_REACH) && !SENTENCE_ENDS.has(t[k]?.norm ?? ""); k++)
    if (isPastVerb(t[k])) return true;
  return false;
}

/** Prepositions that put a figure in "the weekend": "over the weekend", "at the weekend". */
const WEEKEND_LINKS = new Set(["over", "during", "at", "on", "across", "through", "throughout"]);

/**
 * "last weekend", "this weekend", "next weekend": the Saturday and Sunday of the calendar week (Monday to
 * Sunday) before publication's, of its own, or after it; "over the weekend", "at the weekend": the latest
 * that began by publication, or the coming one where a modal looks ahead ("will close over the weekend").
 */
function weekendAt(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  if (t[i + 1]?.norm !== "weekend") return undefined;
  const lead = t[i]?.norm;
  const shift = lead === "last" ? -7 : lead === "this" ? 0 : lead === "next" ? 7 : undefined;
  if (shift === undefined && !(lead === "the" && WEEKEND_LINKS.has(t[i - 1]?.norm ?? ""))) return undefined;
  const hit: PeriodHit = { first: i, last: i + 2 };
  const { year, month, day } = ctx;
  if (year === undefined || month === undefined || day === undefined) return hit;
  // (Saturday is day 5 of the calendar week; a weekend under way when published runs to that day.)
  const today = weekday(year, month, day);
  const ahead = shift === undefined && leanAt(t, i) === "future";
  // ("this weekend it launched an appeal", told on a Tuesday: the weekend just gone.)
  const gone = shift === 0 && today < 5 && toldInPast(t, i, i + 2);
  const saturday =
    shift !== undefined ? (gone ? -7 : shift) + 5 - today : today >= 5 || ahead ? 5 - today : -2 - today;
  hit.from = dayAfter(year, month, day, saturday);
  hit.to = dayAfter(year, month, day, shift === undefined && !ahead && today >= 5 ? 0 : saturday + 1);
  return hit;
}

/** The month at `k` and its first `count` days ("the first 20 days of November"), when it has them. */
function firstDaysOf(
  t: readonly Token[],
  k: number,
  count: number,
  ctx: PeriodContext,
): { last: number; from: string; to: string } | undefined {
  if (!MONTH.has(t[k]?.norm ?? "") || !Number.isInteger(count) || count < 1) return undefined;
  const month = periodAt(t, k, ctx);
  const ym = month?.first === k && month.from === month.to ? month.from : undefined;
  if (!ym || !/^\d{4}-\d{2}$/.test(ym) || count > daysInMonth(ym)) return undefined;
  return { last: month?.last ?? k + 1, from: `${ym}-01`, to: `${ym}-${pad(count)}` };
}

/** A year's first days, as a year is at most 366 of them. */
const YEAR_DAYS = 366;

/**
 * "the 2027 financial year", "fiscal 2027", "2026", "the year" at `k`, after "the first N weeks of": the
 * year's first `count` days, from the month it starts in (its fiscal start where the period reader knows it).
 */
function firstDaysOfYear(
  t: readonly Token[],
  k: number,
  count: number,
  ctx: PeriodContext,
): { last: number; from: string; to: string } | undefined {
  if (!Number.isInteger(count) || count < 1 || count >= YEAR_DAYS) return undefined;
  // ("the first 20 weeks of the year", "... of this year": the story's calendar year.)
  if ((t[k]?.norm === "the" || t[k]?.norm === "this") && t[k + 1]?.norm === "year" && ctx.year !== undefined)
    return { last: k + 2, from: `${ctx.year}-01-01`, to: dayAfter(ctx.year, 1, 1, count - 1) };
  const year =
    periodAt(t, k, ctx) ?? (FY_DETERMINERS.has(t[k]?.norm ?? "") ? periodAt(t, k + 1, ctx) : undefined);
  if (!year?.from || !year.to || year.first > k + 1) return undefined;
  // A whole year only: "2027", or twelve months from its first ("2026-04" to "2027-03").
  const whole =
    /^\d{4}$/.test(year.from) ||
    (/^\d{4}-\d{2}$/.test(year.from) &&
      monthAfter(Number(year.from.slice(0, 4)), Number(year.from.slice(5)), 11) === year.to);
  if (!whole) return undefined;
  const y = Number(year.from.slice(0, 4));
  const m = year.from.length === 7 ? Number(year.from.slice(5)) : 1;
  // ("the 2027 financial year": its words after the year.)
  const named =
    ["financial", "fiscal"].includes(t[year.last]?.norm ?? "") && t[year.last + 1]?.norm === "year";
  return {
    last: named ? year.last + 2 : year.last,
    from: `${y}-${pad(m)}-01`,
    to: dayAfter(y, m, 1, count - 1),
  };
}

/** Words between "since" and the event's date: "since Russia's full-scale invasion in February 2022". */
const EVENT_REACH = 8;

/** "since the uprising began in March 2021", "since its inception in 2014": the date of the event. */
function eventIn(t: readonly Token[], at: number, ctx: PeriodContext): PeriodHit | undefined {
  for (let k = at; k < at + EVENT_REACH; k++) {
    const tok = t[k];
    if (!tok || (tok.kind !== "word" && tok.norm !== "'s" && tok.norm !== "’s" && tok.norm !== "-"))
      return undefined;
    if (tok.norm === "in" && (yearOf(t[k + 1]) !== undefined || MONTH.has(t[k + 1]?.norm ?? ""))) {
      const inner = periodAt(t, k + 1, ctx);
      return inner?.from ? inner : undefined;
    }
  }
  return undefined;
}

/** Words before "May" that make it the month, not the verb: "in May", "since May", "the end of May". */
const MAY_BEFORE = new Set([
  "in",
  "since",
  "of",
  "by",
  "until",
  "till",
  "from",
  "through",
  "during",
  "early",
  "late",
  "mid",
  "last",
  "this",
  "next",
  "between",
]);

/**
 * "May" is the month with a year or a day after it ("May 2024", "May 5"), or after a period word ("in May",
 * "on 12 May").
 */
function isMonthMay(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  if (yearOf(next) !== undefined) return true;
  if (next?.kind === "num" && /^[0-9]{1,2}$/.test(next.norm) && Number(next.norm) <= 31) return true;
  const prev = t[i - 1];
  // ("on 12 May", "from 1 May": a day before it after a period word.)
  const day = prev?.kind === "num" && /^[0-9]{1,2}$/.test(prev.norm) && Number(prev.norm) <= 31;
  const word = day ? t[i - 2] : prev;
  return word !== undefined && (MAY_BEFORE.has(word.norm) || (day && DAY_LINKS.has(word.norm)));
}

/** Words before a day and "May" that make it the month: "on 12 May", "the year to 31 May". */
const DAY_LINKS = new Set(["on", "to", "ended", "ending", "and"]);

/** How far back "this year" may stand from an elliptic "next": "2.1% this year and 1.8% next". */
const NEXT_REACH = 8;

/** "grow 0.8% this year and 1.1% next": a bare "next" after a figure, the year after "this year" before it. */
function nextAfter(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const before = t[i - 1];
  const after = t[i + 1];
  if (t[i]?.text !== "next" || (before?.kind !== "num" && before?.norm !== "%")) return undefined;
  if (after && after.kind === "word") return undefined;
  for (let k = i - 2; k >= Math.max(0, i - NEXT_REACH); k--) {
    if (t[k]?.norm === "this" && t[k + 1]?.norm === "year") {
      const hit: PeriodHit = { first: i, last: i + 1 };
      if (ctx.year !== undefined) hit.from = hit.to = String(ctx.year + 1);
      return hit;
    }
  }
  return undefined;
}
