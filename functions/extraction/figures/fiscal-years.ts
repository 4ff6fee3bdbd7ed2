/**
 * Fiscal years of the country an article is about: "FY26" in an Indian story runs from April 2025 to
 * March 2026, "2025-26" in an Australian budget from July 2025 to June 2026, "fiscal 2025" in Japan from
 * April 2025 (Japan names a fiscal year by the year it starts in).
 */

import { monthAfter } from "./calendar.ts";
import { articleCountry, type CountryWeights } from "./currency-context.ts";
import { SHARED_CURRENCY_NAMES } from "./data/currencies.ts";
import { FISCAL_YEARS } from "./data/periods.ts";

/** Codes a currency name several countries share is read as first ("Rs" INR, "$" USD, "pesos" MXN). */
const SHARED_DEFAULTS: ReadonlySet<string> = new Set(SHARED_CURRENCY_NAMES.map(([code]) => code));

export interface FiscalYear {
  /** The month it starts in, 1-12. */
  start: number;
  namedBy: "start" | "end";
  /** A single label ("FY26", "fiscal 2025") names it too, not only a span of two years ("2025-26"). */
  labels: boolean;
  /** A single label names it once the article declares a year that starts in its month. */
  labelsOnceDeclared?: boolean;
}

const BY_COUNTRY: ReadonlyMap<string, FiscalYear> = new Map(
  FISCAL_YEARS.map(
    ([country, start, namedBy, labels, labelsOnceDeclared]) =>
      [country, { start, namedBy, labels, labelsOnceDeclared }] as const,
  ),
);

/** The fiscal year of a country (ISO 3166-1 alpha-2), when it does not follow the calendar. */
export function fiscalYearOf(country: string | undefined): FiscalYear | undefined {
  return country === undefined ? undefined : BY_COUNTRY.get(country);
}

/**
 * The fiscal year an article's periods follow, given the currency codes of its amounts:
 * - the country of the currency most amounts are in, where the article names that country ("The Bangladesh
 *   Cricket Board earned Tk 612 crore in the 2025-26 fiscal year" in a story naming India as often), but
 *   not a currency a name several countries share is read as first ("Rs" in a Pakistani story is INR);
 * - else its country's, or, where that one keeps the calendar or none stands out, its dateline's ("TOKYO,
 *   Nov. 6 (Kyodo) -- ... first half of fiscal 2026" is Japan's, however often it names U.S. sales);
 * - else the fiscal year of that currency's country, where no country stands out by name: "Sh1.47
 *   billion ... in the 2025/26 financial year" with only Kenyan counties named is Kenya's July-to-June
 *   year; "£46.8bn for 2024-25" with HMRC and no place named is Britain's.
 */
export function articleFiscalYear(
  weights: CountryWeights,
  codes: Iterable<string | undefined>,
): FiscalYear | undefined {
  const code = mainCurrency(codes);
  const counted = code?.slice(0, 2);
  if (code && counted && !SHARED_DEFAULTS.has(code) && (weights.weight.get(counted) ?? 0) > 0) {
    const byCurrency = fiscalYearOf(counted);
    if (byCurrency) return byCurrency;
  }
  const dated = weights.datelined.size === 1 ? fiscalYearOf([...weights.datelined][0]) : undefined;
  return fiscalYearOf(articleCountry(weights)) ?? dated ?? fiscalYearOf(counted);
}

/**
 * The one currency most of the amounts are in; not the U.S. dollar, the euro or a currency of several
 * countries (codes beginning with X).
 */
function mainCurrency(codes: Iterable<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  let all = 0;
  for (const code of codes) {
    if (!code) continue;
    all++;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [code, count] of counts)
    if (count > most) {
      best = code;
      most = count;
    }
  // (Only a currency most of the amounts are in: "£" in a Bundesliga report counted in euros says nothing.)
  if (!best || best === "USD" || best === "EUR" || best.startsWith("X") || most * 2 <= all) return undefined;
  return best;
}

/** The months of the fiscal year named `year` ("FY26" is 2026, "fiscal 2025" 2025). */
export function namedFiscalYear(fiscal: FiscalYear, year: number): { from: string; to: string } {
  const startYear = fiscal.namedBy === "start" ? year : year - 1;
  return spanFrom(fiscal, startYear);
}

/** The months of the fiscal year that starts in `startYear` ("2025-26" starts in 2025). */
export function spanFrom(fiscal: FiscalYear, startYear: number): { from: string; to: string } {
  return { from: monthAfter(startYear, fiscal.start, 0), to: monthAfter(startYear, fiscal.start, 11) };
}

/** The year the fiscal year holding year-month starts in, shifted by `offset` years ("next fiscal year": 1). */
export function startYearOf(fiscal: FiscalYear, year: number, month: number, offset = 0): number {
  return (month >= fiscal.start ? year : year - 1) + offset;
}
