/** Parts of period phrases: spans of years and days, fiscal years' words, spans that end at publication, bonds. */
import { dayAfter, monthAfter, pad } from "./calendar.ts";
import { BOND_WORDS } from "./data/periods.ts";
import { spanFrom, startYearOf } from "./fiscal-years.ts";
import { ONE, TEN } from "./lexicon.ts";
import { leanAt, MONTH, yearOf } from "./period-years.ts";
import type { PeriodContext, PeriodHit } from "./periods.ts";
import { isCapitalized } from "./phrases.ts";
import { DASHES } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** "2022-23", "2020/21", "2020-2022" at `i`: the last year and the token after the span. */
export function yearSpan(t: readonly Token[], i: number): { to: number; end: number } | undefined {
  const y = yearOf(t[i]);
  const dash = t[i + 1];
  const second = t[i + 2];
  if (y === undefined || !dash || !["-", "–", "/"].includes(dash.norm) || dash.spaceBefore) return undefined;
  if (second?.kind !== "num") return undefined;
  const y2 = second.norm.length === 2 ? Math.floor(y / 100) * 100 + Number(second.norm) : yearOf(second);
  return y2 !== undefined && y2 > y && y2 - y <= 100 ? { to: y2, end: i + 3 } : undefined;
}

/** Words beside a span of years that make it no fiscal year: "the 2025-26 season", "winter 2025-26". */
export const NOT_FISCAL = new Set([
  "season",
  "seasons",
  "school",
  "academic",
  "winter",
  "term",
  "campaign",
  "crop",
  "marketing",
  "harvest",
  "session",
]);

const BOND: ReadonlySet<string> = new Set(BOND_WORDS);

/** A bond word at `k` or after one or two lower-case words: "2034 bond", "2035 government bond". */
export function bondAfter(t: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const tok = t[j];
    // ("Kenya's 2028 Eurobond", "the 2030 Sukuk": a bond word capitalized.)
    if (tok?.kind === "word" && BOND.has(tok.norm)) return true;
    if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  }
  return false;
}

/** Words before a span of years that make it a fiscal year: "fiscal 2025-26", "FY 2025-26". */
export const FISCAL_BEFORE = new Set(["fiscal", "fy", "financial"]);

/** How many tokens name a fiscal year at `i`: "FY", "fiscal", "fiscal year", "financial year" (0 if none). */
export function fiscalWords(t: readonly Token[], i: number): number {
  const n = t[i]?.norm;
  if (n === "fy") return 1;
  if ((n === "fiscal" || n === "financial" || n === "budget") && t[i + 1]?.norm === "year") return 2;
  return n === "fiscal" ? 1 : 0;
}

/**
 * "this fiscal year", "next financial year", "the previous fiscal year", "the current fiscal year": the
 * fiscal year of the article's country from the publication date (no dates where it has none listed).
 */
export function fiscalRelative(
  t: readonly Token[],
  i: number,
  ctx: PeriodContext,
  current = false,
): PeriodHit | undefined {
  // "the first half of the fiscal year", "of its fiscal year": `current` reads "the fiscal year" as this one.
  if (current && FISCAL_DETERMINERS.has(t[i]?.norm ?? "") && fiscalWords(t, i + 1) === 2) {
    const hit: PeriodHit = { first: i + 1, last: i + 3 };
    if (ctx.fiscal && ctx.year !== undefined && ctx.month !== undefined)
      Object.assign(hit, spanFrom(ctx.fiscal, startYearOf(ctx.fiscal, ctx.year, ctx.month)));
    return hit;
  }
  const first = t[i]?.norm === "the" ? i + 1 : i;
  const offset = FISCAL_OFFSETS.get(t[first]?.norm ?? "");
  const words = fiscalWords(t, first + 1);
  // ("in the first half of the current fiscal.", "this fiscal": Indian copy leaves "year" out.)
  const bare = words === 1 && t[first + 1]?.norm === "fiscal" && t[first + 2]?.kind !== "word";
  if (offset === undefined || (words !== 2 && !bare)) return undefined;
  const hit: PeriodHit = { first, last: first + 1 + (bare ? 1 : 2) };
  if (ctx.fiscal && ctx.year !== undefined && ctx.month !== undefined)
    Object.assign(hit, spanFrom(ctx.fiscal, startYearOf(ctx.fiscal, ctx.year, ctx.month, offset)));
  return hit;
}

/** Words before "fiscal year" that name the one under way: "the", "its", "their". */
const FISCAL_DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "their", "our"]);

const FISCAL_OFFSETS: ReadonlyMap<string, number> = new Map([
  ["this", 0],
  ["current", 0],
  ["next", 1],
  ["coming", 1],
  ["last", -1],
  ["previous", -1],
  ["past", -1],
]);

/** The count of a span's units at token `k`, written ("six") or in digits ("18"). */
function spanCount(t: readonly Token[], k: number): number | undefined {
  const w = t[k]?.norm ?? "";
  return ONE.get(w) ?? TEN.get(w) ?? (t[k]?.kind === "num" && /^\d{1,3}$/.test(w) ? Number(w) : undefined);
}

/**
 * "the past two months", "over the last 48 hours", "the previous 12 months", "the past year": the span that
 * ends on the day of publication.
 */
export function trailing(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  if (t[i]?.norm !== "the" || !TRAILING_WORDS.has(t[i + 1]?.norm ?? "")) return undefined;
  let k = i + 2;
  const count = spanCount(t, k);
  if (count !== undefined) k++;
  const unit = TRAILING_UNITS.get(t[k]?.norm ?? "");
  if (!unit || (count === undefined && t[k]?.norm.endsWith("s"))) return undefined;
  const n = count ?? 1;
  const hit: PeriodHit = { first: i + 1, last: k + 1 };
  const { year, month, day } = ctx;
  if (year === undefined || month === undefined) return hit;
  if (day === undefined) {
    if (unit === "month" || unit === "year") {
      hit.from = monthAfter(year, month, -(unit === "year" ? 12 * n : n));
      hit.to = monthAfter(year, month, 0);
    }
    return hit;
  }
  const days = unit === "hour" ? Math.ceil(n / 24) : unit === "day" ? n : unit === "week" ? 7 * n : 0;
  if (days > 0) hit.from = dayAfter(year, month, day, -days);
  else {
    const months = unit === "year" ? 12 * n : unit === "decade" ? 120 * n : n;
    const from = new Date(Date.UTC(year, month - 1 - months, day));
    hit.from = `${from.getUTCFullYear()}-${pad(from.getUTCMonth() + 1)}-${pad(from.getUTCDate())}`;
  }
  hit.to = dayAfter(year, month, day, 0);
  return hit;
}

const TRAILING_WORDS = new Set(["past", "last", "previous"]);
const AHEAD_WORDS = new Set(["next", "coming"]);

/**
 * "the next six months", "the coming two years", "will ... within three years": a span that starts at
 * publication and runs ahead (a month for months and years, a day for days and weeks).
 */
export function ahead(t: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const within = t[i]?.norm === "within";
  if (!within && (t[i]?.norm !== "the" || !AHEAD_WORDS.has(t[i + 1]?.norm ?? ""))) return undefined;
  let k = within ? i + 1 : i + 2;
  const count = spanCount(t, k);
  if (count === undefined) return undefined;
  k++;
  const unit = TRAILING_UNITS.get(t[k]?.norm ?? "");
  if (!unit || unit === "hour") return undefined;
  // "will repay the loan within five years": a plan's horizon; not "seen within 62 days" nor "found work
  // within six months", a standard met or a past outcome.
  const horizon = unit === "month" || unit === "year" || unit === "decade";
  if (within && !(horizon && ["future", "expected"].includes(leanAt(t, i) ?? ""))) return undefined;
  const hit: PeriodHit = { first: within ? i : i + 1, last: k + 1 };
  const { year, month, day } = ctx;
  if (year === undefined || month === undefined) return hit;
  if ((unit === "day" || unit === "week") && day !== undefined) {
    hit.from = dayAfter(year, month, day, 0);
    hit.to = dayAfter(year, month, day, unit === "week" ? 7 * count : count);
  } else if (unit === "month" || unit === "year" || unit === "decade") {
    const months = unit === "year" ? 12 * count : unit === "decade" ? 120 * count : count;
    hit.from = monthAfter(year, month, 0);
    hit.to = monthAfter(year, month, months);
  }
  return hit;
}

const TRAILING_UNITS: ReadonlyMap<string, "hour" | "day" | "week" | "month" | "year" | "decade"> = new Map([
  ["hour", "hour"],
  ["hours", "hour"],
  ["day", "day"],
  ["days", "day"],
  ["week", "week"],
  ["weeks", "week"],
  ["month", "month"],
  ["months", "month"],
  ["year", "year"],
  ["years", "year"],
  ["decade", "decade"],
  ["decades", "decade"],
]);

/**
 * After a first date, "-17", "to 4", "and Nov. 16", "to June 30, 2027": the last day of a span (a bare day
 * stays in the first date's month). Undefined when no such day follows.
 */
export function dayAfterLink(
  t: readonly Token[],
  k: number,
  month: number,
): { month: number; day: number; year?: number; end: number } | undefined {
  const link = t[k];
  if (!link) return undefined;
  const dash = DASHES.has(link.norm) && !link.spaceBefore;
  const word = ["to", "through", "until"].includes(link.norm) || (link.norm === "and" && betweenBefore(t, k));
  if (!dash && !word) return undefined;
  let j = k + 1;
  let m = month;
  const named = MONTH.get(t[j]?.norm ?? "");
  if (named !== undefined && isCapitalized(t[j])) {
    m = named;
    j++;
    if (t[j]?.norm === "." && !t[j]?.spaceBefore) j++;
  }
  const d = t[j];
  if (d?.kind !== "num" || !/^[0-9]{1,2}$/.test(d.norm) || Number(d.norm) > 31) return undefined;
  const day = Number(d.norm);
  j++;
  let year: number | undefined;
  if (t[j]?.norm === "," && yearOf(t[j + 1]) !== undefined) {
    year = yearOf(t[j + 1]);
    j += 2;
  } else if (yearOf(t[j]) !== undefined) {
    year = yearOf(t[j]);
    j++;
  }
  return year === undefined ? { month: m, day, end: j } : { month: m, day, year, end: j };
}

/** "between" opens the phrase a few tokens before `k`: "between Nov. 14 and". */
function betweenBefore(t: readonly Token[], k: number): boolean {
  for (let b = k - 1; b >= Math.max(0, k - 5); b--) if (t[b]?.norm === "between") return true;
  return false;
}
