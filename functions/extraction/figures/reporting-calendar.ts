/**
 * A company's own reporting calendar, as the article declares it: "its fiscal third quarter ended Oct. 26"
 * makes the year run from February, so "fourth-quarter revenue" is November to January; "the fourth
 * quarter ended Nov. 30" makes it run from December. Bare quarters and halves elsewhere in the article
 * follow it.
 */
import { monthAfter, pad } from "./calendar.ts";
import { PERIOD_ORDINALS, SPAN_END_WORDS } from "./data/periods.ts";
import type { FiscalYear } from "./fiscal-years.ts";
import { type Lean, MONTH, yearFor, yearOf } from "./period-years.ts";
import type { PeriodContext, PeriodHit } from "./periods.ts";
import type { Token } from "./tokenize.ts";

const ORDINAL = new Map(PERIOD_ORDINALS);
/** Words that tie a part of a year to the month it ends in: "the third quarter ended Sept. 30". */
const ENDING = new Set(SPAN_END_WORDS);
/** Months in a part of a year, by its noun. */
const PART_MONTHS = new Map([
  ["quarter", 3],
  ["half", 6],
]);

/**
 * The month (1-12) the article's reporting year starts in, from its first declared part or year; or
 * undefined.
 */
export function reportingStart(t: readonly Token[]): number | undefined {
  // The quarter the article names by its number before ("RBC says its fourth-quarter profit rose"); none
  // once it names two (a market wrap's "Nvidia forecast fourth-quarter revenue ... Third-quarter revenue").
  let namedQuarter: number | undefined;
  let quartersNamed = 0;
  for (let i = 0; i < t.length; i++) {
    const yearEnd = declaredYearEnd(t, i);
    if (yearEnd !== undefined) return (yearEnd % 12) + 1;
    const yearStart = declaredYearStart(t, i);
    if (yearStart !== undefined) return yearStart;
    // ("for the nine months ended Sept 30, 2026": three quarters of a reporting year; it began nine months
    // before the month it ends in.)
    const nineEnd = nineMonthsEnd(t, i);
    if (nineEnd !== undefined) return startBefore(nineEnd, 9);
    // ("interim results for the six months ended 30 September 2026": the reporting year's first half.)
    const interimEnd = interimHalfEnd(t, i);
    if (interimEnd !== undefined) return startBefore(interimEnd, 6);
    // ("... says it earned $5.48 billion for the quarter ended Oct. 31": the quarter named before.)
    const bareEnd = quartersNamed === 1 ? bareQuarterEnd(t, i) : undefined;
    if (namedQuarter !== undefined && bareEnd !== undefined) return startBefore(bareEnd, namedQuarter * 3);
    // ("* Q1 revenue ... * Says quarter ended Aug. 31, 2026": a brief's quarter by its label.)
    const labelled = t[i]?.text === "Q" ? partNumberAt(t, i) : undefined;
    if (labelled !== undefined) {
      if (labelled !== namedQuarter) {
        namedQuarter = labelled;
        quartersNamed++;
      }
      continue;
    }
    const ord = ORDINAL.get(t[i]?.norm ?? "");
    if (ord === undefined || ord < 1) continue;
    const at = partNounAfter(t, i);
    const span = PART_MONTHS.get(t[at]?.norm ?? "");
    if (span === undefined || ord * span > 12) continue;
    if (span === 3 && namedQuarter !== ord) {
      namedQuarter = ord;
      quartersNamed++;
    }
    // ("its fiscal third quarter, which ends Dec. 31": the month after a relative or a comma; "its third
    // quarter of fiscal 2026, which ended Sept. 27": past the part's year.)
    const after = partYearEnd(t, at + 1);
    const comma = t[after]?.norm === ",";
    const link = comma && t[after + 1]?.norm === "which" ? after + 2 : comma ? after + 1 : after;
    // ("fell to 31.9% in the third quarter from 33.2% in the second quarter ... in the three months to
    // September": months spelt out restate the sentence's first part, not the base after it; "would carry
    // profits in the second half. Revenue for the six months to 30 September": the last part of a year told
    // ahead is not the one the months report.)
    const end =
      ENDING.has(t[link]?.norm ?? "") || ENDS.has(t[link]?.norm ?? "")
        ? endedMonth(t, link)
        : partBefore(t, i) || (ord * span === 12 && toldAhead(t, i))
          ? undefined
          : monthsEnded(t, at + 1, span);
    if (end === undefined) continue;
    return startBefore(end, ord * span);
  }
  return undefined;
}

/** Where the noun of a part after the ordinal at `i` would be: "third quarter", "third-quarter", "first fiscal quarter". */
function partNounAfter(t: readonly Token[], i: number): number {
  const at = t[i + 1]?.norm === "-" ? i + 2 : i + 1;
  return FISCAL_WORDS.has(t[at]?.norm ?? "") && PART_MONTHS.has(t[at + 1]?.norm ?? "") ? at + 1 : at;
}

/** Tokens after the word ending a declared part its year is looked for in: "ended Oct. 31, 2026". */
const DECLARED_YEAR_REACH = 6;

/**
 * How the article names the reporting year that starts in month `start`: "start" where a part it declares
 * ended ("its fiscal third quarter ended October 31, 2026": February 2026 to January 2027) is labelled first
 * by the year the reporting year started in ("Fiscal Third Quarter 2026", "the third quarter of fiscal
 * 2026", as US retailers with years to January name theirs); else undefined (named by the year it ends in).
 */
export function reportingNaming(t: readonly Token[], start: number): "start" | undefined {
  if (start === 1) return undefined;
  const firstLabel = new Map<string, number>();
  const declared: { key: string; startYear: number; label: number | undefined }[] = [];
  for (let i = 0; i < t.length; i++) {
    const ord = ORDINAL.get(t[i]?.norm ?? "");
    if (ord === undefined || ord < 1) continue;
    const at = partNounAfter(t, i);
    const span = PART_MONTHS.get(t[at]?.norm ?? "");
    if (span === undefined || ord * span > 12) continue;
    const key = `${ord}/${span}`;
    // ("Fiscal Third Quarter 2026", "fiscal 2026 third quarter", "the third quarter of fiscal 2026".)
    const after = partYearEnd(t, at + 1);
    const label = FISCAL_WORDS.has(t[i - 1]?.norm ?? "")
      ? yearOf(t[at + 1])
      : FISCAL_WORDS.has(t[i - 2]?.norm ?? "")
        ? yearOf(t[i - 1])
        : after > at + 1
          ? yearOf(t[after - 1])
          : undefined;
    if (label !== undefined && !firstLabel.has(key)) firstLabel.set(key, label);
    const labelEnd = FISCAL_WORDS.has(t[i - 1]?.norm ?? "") && label !== undefined ? at + 2 : after;
    const comma = t[labelEnd]?.norm === ",";
    const link = comma && t[labelEnd + 1]?.norm === "which" ? labelEnd + 2 : comma ? labelEnd + 1 : labelEnd;
    if (!ENDING.has(t[link]?.norm ?? "")) continue;
    const month = endedMonth(t, link);
    let year: number | undefined;
    for (let k = link + 2; k <= link + DECLARED_YEAR_REACH && year === undefined; k++) year = yearOf(t[k]);
    if (month === undefined || year === undefined) continue;
    const startYear = Number(monthAfter(year, month, 1 - ord * span).slice(0, 4));
    declared.push({ key, startYear, label });
  }
  for (const { key, startYear, label } of declared) {
    const named = label ?? firstLabel.get(key);
    if (named !== undefined) return named === startYear ? "start" : undefined;
  }
  return undefined;
}

/** Past "of fiscal 2026" or "of fiscal year 2026" at `k`, after a part of a year; else `k`. */
function partYearEnd(t: readonly Token[], k: number): number {
  if (t[k]?.norm !== "of") return k;
  if (!FISCAL_WORDS.has(t[k + 1]?.norm ?? "")) return namedFiscalYearEnd(t, k + 1) ?? k;
  const year = t[k + 2]?.norm === "year" ? k + 3 : k + 2;
  return yearOf(t[year]) !== undefined ? year + 1 : k;
}

/** Past "the 2026/27 financial year", "the 2027 fiscal year" at `k`; else undefined. */
function namedFiscalYearEnd(t: readonly Token[], k: number): number | undefined {
  let j = t[k]?.norm === "the" ? k + 1 : k;
  if (yearOf(t[j]) === undefined) return undefined;
  j++;
  // ("2026/27", "2026-27": a split year's second part.)
  if ((t[j]?.norm === "/" || t[j]?.norm === "-") && t[j + 1]?.kind === "num" && !t[j + 1]?.spaceBefore)
    j += 2;
  return FISCAL_WORDS.has(t[j]?.norm ?? "") && t[j + 1]?.norm === "year" ? j + 2 : undefined;
}

/** Another part of a year is named earlier in the sentence of the ordinal at `i` (within a bounded reach). */
function partBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SENTENCE_REACH) && t[k]?.norm !== "."; k--) {
    if (PART_MONTHS.has(t[k]?.norm ?? "")) {
      const ord = ORDINAL.get(t[k - 1]?.norm === "-" ? (t[k - 2]?.norm ?? "") : (t[k - 1]?.norm ?? ""));
      if (ord !== undefined && ord !== ORDINAL.get(t[i]?.norm ?? "")) return true;
    }
    if (t[k]?.lineStart) break;
  }
  return false;
}
/** Words that tell a part of a year ahead: "would carry profits in the second half". */
const AHEAD_WORDS = new Set(["will", "would", "should", "could", "expects", "expected", "forecast", "sees"]);

/** A modal or a verb of outlook comes earlier in the sentence of the ordinal at `i` (bounded reach). */
function toldAhead(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SENTENCE_REACH) && t[k]?.norm !== "."; k--) {
    if (AHEAD_WORDS.has(t[k]?.norm ?? "")) return true;
    if (t[k]?.lineStart) break;
  }
  return false;
}

/** Tokens back a part's sentence is searched for another part. */
const SENTENCE_REACH = 40;

/** The first month (1-12) of a reporting year whose first `months` months end in month `end`. */
function startBefore(end: number, months: number): number {
  return ((((end - months) % 12) + 12) % 12) + 1;
}

/** "nine months ended", "6 months to" at token `i` ("months"): `count` months and the word ending them. */
function monthsEndingAt(t: readonly Token[], i: number, count: number): boolean {
  return (
    t[i]?.norm === "months" &&
    COUNTED_MONTHS.get(t[i - 1]?.norm ?? "") === count &&
    ENDING.has(t[i + 1]?.norm ?? "")
  );
}

/**
 * "the nine months ended Sept 30", "nine months to September 30" at token `i` ("months"): the month they
 * end in, with its last day written (a statistics release's "in the nine months to September" reports a
 * span, not a company's year).
 */
function nineMonthsEnd(t: readonly Token[], i: number): number | undefined {
  if (!monthsEndingAt(t, i, 9)) return undefined;
  const month = MONTH.get(t[i + 2]?.norm ?? "");
  const day = t[i + 3]?.norm === "." ? t[i + 4] : t[i + 3];
  return month !== undefined && day?.kind === "num" && /^(?:28|29|30|31)$/.test(day.norm) ? month : undefined;
}

/** Tokens before "six months" an interim report's word is looked for in: "interim results for the". */
const INTERIM_REACH = 6;

/**
 * "interim results for the six months ended 30 September 2026", "half-year report for the six months to 31
 * December" at token `i` ("months"): the month the reporting year's first half ends in, or undefined.
 */
function interimHalfEnd(t: readonly Token[], i: number): number | undefined {
  // ("interim results for the 26 weeks ended 27 September 2026": a retailer's half in weeks.)
  const weeks = t[i]?.norm === "weeks" && t[i - 1]?.norm === "26" && ENDING.has(t[i + 1]?.norm ?? "");
  if (!weeks && !monthsEndingAt(t, i, 6)) return undefined;
  let interim = false;
  for (let k = i - 2; k >= Math.max(0, i - INTERIM_REACH) && !interim; k--) {
    const word = t[k]?.norm;
    interim = word === "interim" || (word === "year" && t[k - 1]?.norm === "-" && t[k - 2]?.norm === "half");
  }
  if (!interim) return undefined;
  // ("ended 30 September": the day may come first.)
  const link = t[i + 2]?.kind === "num" ? i + 2 : i + 1;
  const month = MONTH.get(t[link + 1]?.norm ?? "");
  // (Weeks may end in the next month's first days: "the 26 weeks ended 2 October" closes September.)
  const day = link === i + 2 ? Number(t[i + 2]?.norm) : 0;
  return month !== undefined && weeks ? closingMonth(month, day, "ended") : month;
}

/** Words after "fiscal 2027, which" that say when the year starts: "which begins July 1". */
const BEGINS = new Set(["begins", "began", "starts", "started"]);

/**
 * "fiscal 2027, which begins July 1", "its financial year, which starts on April 1" at token `i`: the
 * month (1-12) the reporting year starts in, from its first day, or undefined.
 */
function declaredYearStart(t: readonly Token[], i: number): number | undefined {
  if (!FISCAL_WORDS.has(t[i]?.norm ?? "")) return undefined;
  const named = yearOf(t[i + 1]) !== undefined ? i + 2 : t[i + 1]?.norm === "year" ? i + 2 : -1;
  if (named < 0 || t[named]?.norm !== "," || t[named + 1]?.norm !== "which") return undefined;
  if (!BEGINS.has(t[named + 2]?.norm ?? "")) return undefined;
  const k = t[named + 3]?.norm === "on" ? named + 4 : named + 3;
  // ("July 1", "1 July": a month's first day.)
  const dayFirst = t[k]?.norm === "1";
  const month = MONTH.get(t[dayFirst ? k + 1 : k]?.norm ?? "");
  const day = dayFirst ? "1" : t[t[k + 1]?.norm === "." ? k + 2 : k + 1]?.norm;
  return month !== undefined && day === "1" ? month : undefined;
}

/** "the quarter ended Oct. 31" at token `i` ("quarter"), with no number of its own: the month it ended in. */
function bareQuarterEnd(t: readonly Token[], i: number): number | undefined {
  // ("... for the three months ended Oct. 31, 2026": a quarter in months.)
  // (A brief's "* Says quarter ended Aug. 31, 2026" drops the article.)
  const quarter =
    t[i]?.norm === "quarter"
      ? t[i - 1]?.norm === "the" || t[i - 1]?.norm === "says"
      : t[i]?.norm === "months" && COUNTED_MONTHS.get(t[i - 1]?.norm ?? "") === 3 && t[i - 2]?.norm === "the";
  if (!quarter || !ENDING.has(t[i + 1]?.norm ?? "")) return undefined;
  return endedMonth(t, i + 1);
}

/** The month a span ends in, named after the word ending it at `link`: "ended Oct. 31", "ended Nov. 2". */
function endedMonth(t: readonly Token[], link: number): number | undefined {
  // ("which ended on 30 September 2026": past "on", and the day before its month.)
  const from = t[link + 1]?.norm === "on" ? link + 1 : link;
  if (t[from + 1]?.kind === "num" && MONTH.has(t[from + 2]?.norm ?? "")) {
    const month = MONTH.get(t[from + 2]?.norm ?? "") ?? 0;
    return closingMonth(month, Number(t[from + 1]?.norm), t[link]?.norm ?? "");
  }
  const month = MONTH.get(t[from + 1]?.norm ?? "");
  const dayAt = t[from + 2]?.norm === "." ? from + 3 : from + 2;
  const day = t[dayAt]?.kind === "num" ? Number(t[dayAt]?.norm) : 0;
  return month === undefined ? undefined : closingMonth(month, day, t[link]?.norm ?? "");
}

/**
 * The fiscal year's first month when the article labels a part of it alone ("Q2 inflows jump 45%",
 * "H1FY27") in a country that labels its fiscal years: its quarters and halves spelt out ("net profit for
 * the second quarter") are then the fiscal year's too; else undefined.
 */
export function labelledStart(t: readonly Token[], fiscal: FiscalYear | undefined): number | undefined {
  if (!fiscal?.labels || fiscal.start === 1) return undefined;
  for (let i = 0; i + 1 < t.length; i++) {
    const digit = t[i + 1];
    // ("Q2", "H1FY27"; not "Q2 2026", a calendar quarter.)
    if (partNumberAt(t, i) !== undefined && yearOf(t[i + 2]) === undefined) return fiscal.start;
    // ("FY27", "fiscal 2027": the article counts in fiscal years, so its quarters and halves are theirs.)
    const fy = t[i]?.text === "FY" && digit?.kind === "num" && !digit.spaceBefore;
    if (fy || (t[i]?.norm === "fiscal" && digit?.kind === "num" && yearOf(digit) !== undefined))
      return fiscal.start;
  }
  return undefined;
}

/** Letters of a part of a fiscal year's label: "Q2", "H1". */
const PART_LETTERS = new Set(["Q", "H"]);

/** The number of the part a label at `i` names, its letter and digit glued ("Q2" → 2, "H1FY27" → 1). */
function partNumberAt(t: readonly Token[], i: number): number | undefined {
  const digit = t[i + 1];
  if (!PART_LETTERS.has(t[i]?.text ?? "") || digit?.kind !== "num" || digit.spaceBefore) return undefined;
  return /^[1-4]$/.test(digit.text) ? Number(digit.text) : undefined;
}

/** Present forms that tie a part of a year to its last month too: "which ends Dec. 31". */
const ENDS = new Set(["ends", "end"]);
/** Words before "year" that make it a reporting year whatever its end is written as. */
export const FISCAL_WORDS: ReadonlySet<string> = new Set(["fiscal", "financial"]);

/**
 * A reporting year declared by its last month, at token `i`: "the fiscal year to the end of September",
 * "the financial year to June 30", "for the 12 months to September 30", "the year ended May 31", "fiscal
 * 2026, which ended Sept. 30". A plain "year" or "12 months" needs its last day written (not "the year to
 * March 2023", which a statistics release reports), and a year's end is not a part's ("the first quarter of
 * the financial year ended September").
 */
function declaredYearEnd(t: readonly Token[], i: number): number | undefined {
  const norm = t[i]?.norm;
  let link: number;
  let fiscal = false;
  // ("results for the quarter and half year ended September 30, 2026": the year's first half ends there, so
  // the year ends six months later.)
  const half =
    norm === "year" && (t[i - 1]?.norm === "half" || (t[i - 1]?.norm === "-" && t[i - 2]?.norm === "half"));
  if (norm === "year") {
    fiscal = FISCAL_WORDS.has(t[i - 1]?.norm ?? "");
    // ("the first four months of the fiscal year to October": the months end there, not the year.)
    const the = fiscal ? i - 2 : i - 1;
    if (t[the]?.norm === "the" && t[the - 1]?.norm === "of") return undefined;
    link = i + 1;
    // ("the 2025/26 financial year, which ended on 31 August 2026".)
    if (fiscal && t[link]?.norm === "," && t[link + 1]?.norm === "which") link += 2;
  } else if (
    // ("results for the 52 weeks ended 28 March 2026": a retailer's year in weeks.)
    (norm === "weeks" && (t[i - 1]?.norm === "52" || t[i - 1]?.norm === "53") && t[i - 2]?.norm === "the") ||
    (norm === "months" &&
      (t[i - 1]?.norm === "12" || t[i - 1]?.norm === "twelve") &&
      // ("Net profit for the 12 months to September 30"; not "closed 1,342 times in the 12 months ended
      // Sept. 30", a count over a statistics year.)
      t[i - 2]?.norm === "the" &&
      t[i - 3]?.norm === "for")
  )
    link = i + 1;
  else if (FISCAL_WORDS.has(norm ?? "") && yearOf(t[i + 1]) !== undefined && t[i + 2]?.norm === ",") {
    // "fiscal 2026, which ended Sept. 30" (not "the third quarter of fiscal 2026, which ended Sept. 27": the
    // part ended then).
    if (t[i + 3]?.norm !== "which" || (t[i - 1]?.norm === "of" && PART_MONTHS.has(t[i - 2]?.norm ?? "")))
      return undefined;
    fiscal = true;
    link = i + 4;
  } else return undefined;
  if (!ENDING.has(t[link]?.norm ?? "") && !ENDS.has(t[link]?.norm ?? "")) return undefined;
  // ("which ended on 31 August", "the 2025/26 financial year ending in September": past "on" or "in".)
  let k = t[link + 1]?.norm === "on" || (fiscal && t[link + 1]?.norm === "in") ? link + 2 : link + 1;
  // ("the year to end-September": companies' shorthand for a month's last day; "rents rose 8 per cent in
  // the year to the end of September" is a statistics year.)
  let monthEnd = false;
  if (t[k]?.norm === "the" && t[k + 1]?.norm === "end" && t[k + 2]?.norm === "of") k += 3;
  else if (t[k]?.norm === "end" && t[k + 1]?.norm === "-" && !t[k + 2]?.spaceBefore) {
    k += 2;
    monthEnd = true;
  }
  // "30 September", "June 30", "Sept. 30".
  const dayFirst = t[k]?.kind === "num" && /^[0-9]{1,2}$/.test(t[k]?.norm ?? "");
  const month = MONTH.get(t[dayFirst ? k + 1 : k]?.norm ?? "");
  if (month === undefined) return undefined;
  const after = dayFirst ? k + 2 : t[k + 1]?.norm === "." ? k + 2 : k + 1;
  const dayAfter = !dayFirst && t[after]?.kind === "num" && /^[0-9]{1,2}$/.test(t[after]?.norm ?? "");
  // A reporting year ends near a month's turn ("May 31", "Oct. 26", "Jan. 3"); "the road toll for the year to
  // November 15" counts up to a day, no reporting year.
  const day = Number(t[dayFirst ? k : after]?.norm);
  if (!fiscal && day > LAST_EARLY_DAY && day < FIRST_LATE_DAY) return undefined;
  // ("for the year ending March 2027": a month and its year end a reporting year; not "the year to June
  // 2026", a statistics year, nor "the half-year ended September 2026".)
  const monthYear =
    !dayFirst &&
    yearOf(t[after]) !== undefined &&
    norm === "year" &&
    (t[link]?.norm === "ending" || t[link]?.norm === "ended") &&
    t[i - 1]?.norm !== "-" &&
    t[i - 1]?.norm !== "half";
  if (!(fiscal || dayFirst || dayAfter || monthEnd || monthYear)) return undefined;
  const closing = closingMonth(month, day, t[link]?.norm ?? "");
  return half ? ((closing + 5) % 12) + 1 : closing;
}

/**
 * The month a span ended on `day` of `month` closes: the month before where it ended in a month's first
 * week, as 52-week years do ("fiscal 2026, which ended Nov. 2", "the quarter ended Nov. 7"), or ran up to
 * a month's first day ("the year to July 1").
 */
function closingMonth(month: number, day: number, link: string): number {
  const early = day === 1 || (day > 1 && day <= LAST_EARLY_DAY && link !== "to");
  return early ? ((month + 10) % 12) + 1 : month;
}

/** Days of a month a reporting year may end on, as 52-week years do: up to the 7th, or from the 24th. */
const LAST_EARLY_DAY = 7;
const FIRST_LATE_DAY = 24;

/**
 * Tokens after a part of a year its span may be spelt out in, within its sentence or the next one:
 * "third-quarter net profit fell 18% ... . Revenue for the three months to Sept 30".
 */
const SPELT_REACH = 60;
/** Months a part of a year is spelt out as. */
const SPELT = new Map([
  ["three", 3],
  ["six", 6],
]);

/** "... in the three months ended Nov. 30": the month a part of `span` months spelt out after `from` ends in. */
function monthsEnded(t: readonly Token[], from: number, span: number): number | undefined {
  let ends = 0;
  for (let k = from; k < Math.min(t.length, from + SPELT_REACH); k++) {
    // (A part's sentence and the one after it, which restates the part in months as results stories do.)
    const sentenceEnd = t[k]?.norm === "." && /^\p{Lu}/u.test(t[k + 1]?.text ?? "");
    if (sentenceEnd && ++ends > 1) return undefined;
    if (PART_MONTHS.has(t[k]?.norm ?? "")) return undefined;
    if (
      SPELT.get(t[k]?.norm ?? "") === span &&
      t[k + 1]?.norm === "months" &&
      ENDING.has(t[k + 2]?.norm ?? "")
    )
      return endedMonth(t, k + 2);
  }
  return undefined;
}

/**
 * The months of the `ord`th part of `span` months of a reporting year that starts in `start`, the one a
 * story published in year-month (`ctx`) means (as for a calendar part: `lean` says ahead or behind).
 */
export function reportingPart(
  ord: number,
  span: number,
  start: number,
  ctx: { year?: number; month?: number },
  lean: Lean | undefined,
): { from: string; to: string } | undefined {
  const first = ((start - 1 + (ord - 1) * span) % 12) + 1;
  const last = ((first - 1 + span - 1) % 12) + 1;
  // ("an exchange rate of ¥150 for the second half" in November, October to March: a part under way at
  // publication is that one, not the one a year before that its last month would name.)
  const { year, month } = ctx;
  if (year !== undefined && month !== undefined && last < first) {
    const startYear = month >= first ? year : month <= last ? year - 1 : undefined;
    if (startYear !== undefined)
      return { from: `${startYear}-${pad(first)}`, to: monthAfter(startYear, first, span - 1) };
  }
  const endYear = yearFor(last, ctx, lean, last);
  if (endYear === undefined) return undefined;
  return { from: monthAfter(endYear, last, 1 - span), to: `${endYear}-${pad(last)}` };
}

/** Months into a reporting year within which "full-year" results are still the year before's. */
const RESULTS_SEASON = 3;

/**
 * "full-year profit", "its full-year forecast", "for the full (fiscal) year": the reporting year the story stands
 * in (the company's declared one, else the fiscal year of a country that labels it, else the calendar's);
 * the one just ended when it ended less than three months before and nothing points ahead.
 */
export function fullYearAt(
  t: readonly Token[],
  i: number,
  ctx: PeriodContext,
  leanOf: () => Lean | undefined,
): PeriodHit | undefined {
  if (t[i]?.norm !== "full") return undefined;
  // ("for the full fiscal year", "the full financial year": the reporting year too.)
  const fiscal = t[i + 1]?.norm === "fiscal" || t[i + 1]?.norm === "financial" ? 1 : 0;
  const last = (t[i + 1]?.norm === "-" && !t[i + 1]?.spaceBefore ? i + 3 : i + 2) + fiscal;
  if (t[last - 1]?.norm !== "year" || yearOf(t[last]) !== undefined) return undefined;
  // ("the full financial year ending March 2027": the year its end names, read elsewhere.)
  if (fiscal && ENDING.has(t[last]?.norm ?? "")) return undefined;
  const hit: PeriodHit = { first: i, last };
  const { year, month } = ctx;
  if (year === undefined || month === undefined) return hit;
  // (A company's year is the calendar's unless it declares one, or its country labels its fiscal years
  // and its companies keep them: India's, Japan's. Kenya's and Singapore's companies keep the calendar.)
  const start = ctx.reporting ?? (ctx.fiscal?.labels ? ctx.fiscal.start : 1);
  let startYear = month >= start ? year : year - 1;
  const into = (month - start + 12) % 12;
  // (The lean is read only here: this runs at every token.)
  const lean = leanOf();
  const ahead = lean === "future" || lean === "expected" || lean === "next";
  if (into < RESULTS_SEASON && !ahead) startYear--;
  if (start === 1) return { ...hit, from: String(startYear), to: String(startYear) };
  return { ...hit, from: monthAfter(startYear, start, 0), to: monthAfter(startYear, start, 11) };
}

/** "year to date", "year-to-date", "YTD": from the start of the story's year to its month. */
export function yearToDateAt(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const words = ["year", "to", "date"];
  // ("completions in the year to date": the article before it is the period's too.)
  const first = t[i]?.norm === "the" && t[i + 1]?.norm === "year" ? i + 1 : i;
  let k = first;
  if (t[i]?.text === "YTD") k = i + 1;
  else {
    for (const word of words) {
      if (t[k]?.norm !== word) return undefined;
      k++;
      if (t[k]?.norm === "-" && !t[k]?.spaceBefore && word !== "date") k++;
    }
  }
  const hit: PeriodHit = { first, last: k };
  const { year, month } = ctx;
  if (year === undefined || month === undefined) return hit;
  return { ...hit, from: `${year}-01`, to: `${year}-${pad(month)}` };
}

/** Tokens back to the month an annual change "over the year" is measured to. */
const OVER_YEAR_REACH = 12;

/**
 * "rose 0.6 per cent in October and 4.1 per cent over the year": the twelve months to the month (or to
 * the end of the quarter) named just before, else after "the month" or "the quarter" to the last one
 * completed before publication. `monthAt` reads the month's period at a token.
 */
export function overTheYearAt(
  t: readonly Token[],
  i: number,
  ctx: PeriodContext,
  monthAt: (k: number) => PeriodHit | undefined,
  leanOf: () => Lean | undefined,
): PeriodHit | undefined {
  if (t[i]?.norm !== "over" || t[i + 1]?.norm !== "the" || t[i + 2]?.norm !== "year") return undefined;
  if (t[i + 3]?.kind === "word") return undefined;
  let part = 0;
  for (let k = i - 1; k >= Math.max(0, i - OVER_YEAR_REACH); k--) {
    if (t[k]?.norm === "." || t[k]?.norm === ";") break;
    // ("up 1.5 per cent in the month and 11.2 per cent over the year": the story's month or quarter.)
    if (t[k]?.norm === "the" && part === 0)
      part = t[k + 1]?.norm === "month" ? 1 : t[k + 1]?.norm === "quarter" ? 3 : 0;
    if (!MONTH.has(t[k]?.norm ?? "")) continue;
    const month = monthAt(k);
    const to = month?.to;
    // ("0.8 per cent in the September quarter and 3.3 per cent over the year": to the quarter's end.)
    if (!month || month.first !== k || !to || !/^\d{4}-\d{2}$/.test(to)) return undefined;
    const [y, m] = to.split("-").map(Number) as [number, number];
    return { first: i + 2, last: i + 3, from: monthAfter(y, m, -11), to };
  }
  // After "the month" or "the quarter": to the last one completed before publication (not a year ahead:
  // "a cut of 200 basis points over the year" after "We expect").
  const { year, month } = ctx;
  if (part === 0 || year === undefined || month === undefined) return undefined;
  const lean = leanOf();
  if (lean === "future" || lean === "expected") return undefined;
  const back = part === 1 ? 1 : ((month - 1) % 3) + 1;
  return {
    first: i + 2,
    last: i + 3,
    from: monthAfter(year, month, -back - 11),
    to: monthAfter(year, month, -back),
  };
}

/**
 * Words before "quarter" or "fiscal year" that say which one: the current, the next, the last ("the
 * previous quarter" is the one before the story's, which the figures' own periods tell).
 */
const RELATIVE_PARTS: ReadonlyMap<string, number> = new Map([
  ["this", 0],
  ["current", 0],
  ["next", 1],
  ["coming", 1],
  ["last", -1],
]);

/**
 * "the current quarter", "next quarter", "last quarter", "the current fiscal year": the part of
 * the reporting year (the company's declared one, else the calendar's, or for a fiscal year the country's)
 * that holds the month of publication, or the one after or before it.
 */
export function relativePartAt(t: readonly Token[], at: number, ctx: PeriodContext): PeriodHit | undefined {
  const i = t[at]?.norm === "the" ? at + 1 : at;
  const offset = RELATIVE_PARTS.get(t[i]?.norm ?? "");
  if (offset === undefined) return undefined;
  let k = i + 1;
  const fiscal = t[k]?.norm === "fiscal" || t[k]?.norm === "financial";
  if (fiscal) k++;
  const unit = t[k]?.norm;
  const span = unit === "quarter" ? 3 : unit === "year" && fiscal ? 12 : 0;
  if (span === 0 || t[k + 1]?.norm === "-" || t[k + 1]?.norm === "of") return undefined;
  const hit: PeriodHit = { first: i, last: k + 1 };
  const { year, month } = ctx;
  if (year === undefined || month === undefined) return hit;
  const start = ctx.reporting ?? (span === 12 ? ctx.fiscal?.start : undefined) ?? 1;
  // Months from the reporting year's start to the month of publication, to the start of its part.
  const into = (month - start + 12) % 12;
  const partStart = into - (into % span) + offset * span;
  const startYear = month >= start ? year : year - 1;
  return {
    ...hit,
    from: monthAfter(startYear, start, partStart),
    to: monthAfter(startYear, start, partStart + span - 1),
  };
}

/** Counts of months a results story reports for: "nine-month profit", "the six months ended", "9 months". */
const COUNTED_MONTHS: ReadonlyMap<string, number> = new Map([
  ["three", 3],
  ["six", 6],
  ["nine", 9],
  ["3", 3],
  ["6", 6],
  ["9", 9],
]);
/** The token may count the months of "nine-month profit". */
export function countsMonths(tok: Token): boolean {
  return COUNTED_MONTHS.has(tok.norm);
}

/** Nouns of a result a counted span of months describes ("nine-month net profit", not "a six-month high"). */
const RESULT_NOUNS = new Set([
  "profit",
  "profits",
  "net",
  "revenue",
  "revenues",
  "sales",
  "earnings",
  "loss",
  "losses",
  "results",
  "income",
  "turnover",
  "operating",
  "pretax",
  "pre-tax",
  "ebitda",
  // "Nine-Month Highlights", a results release's heading.
  "highlights",
]);

/**
 * "nine-month net profit", "six-month revenue": the first months of the reporting year (the company's
 * declared one, else the fiscal year of a country that labels it, else the calendar's) the story reports on.
 */
export function countedMonthsAt(
  t: readonly Token[],
  i: number,
  ctx: PeriodContext,
  leanOf: () => Lean | undefined,
): PeriodHit | undefined {
  const months = COUNTED_MONTHS.get(t[i]?.norm ?? "");
  if (months === undefined) return undefined;
  const compound = t[i + 1]?.norm === "-" && !t[i + 1]?.spaceBefore && t[i + 2]?.norm === "month";
  // ("Nine-Month 2026 Highlights", "Nine Months 2026": a calendar year's first months, named by the year.)
  const yearAt = compound ? i + 3 : t[i + 1]?.norm === "months" ? i + 2 : -1;
  const year = yearAt > 0 ? yearOf(t[yearAt]) : undefined;
  if (year !== undefined && (ctx.reporting ?? 1) === 1)
    return { first: i, last: yearAt + 1, from: `${year}-01`, to: `${year}-${pad(months)}` };
  if (!compound) return undefined;
  if (!RESULT_NOUNS.has(t[i + 3]?.norm ?? "")) return undefined;
  const hit: PeriodHit = { first: i, last: i + 3 };
  // (A country whose companies' years run as its own, its fiscal labels say: India's, Japan's.)
  const start = ctx.reporting ?? (ctx.fiscal?.labels ? ctx.fiscal.start : 1);
  const part = reportingPart(1, months, start, ctx, leanOf());
  return part ? { ...hit, ...part } : hit;
}
