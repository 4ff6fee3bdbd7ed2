import type { ExtractOptions } from "./types.ts";

/** An ISO 8601 date or date-time, at least its year and month: "2026-10", "2026-10-14", "2026-10-14T08:00Z". */
const ISO_DATE =
  /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** An ISO 4217 currency code. */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** The options the rules read: the publication date as an ISO string. */
export interface CheckedOptions {
  publishedAt?: string;
  dollarCurrency?: string;
}

/**
 * The caller's options checked at the boundary: a `Date` becomes its ISO string; a publication date that is
 * no ISO 8601 date, or a currency that is no ISO 4217 code, is a TypeError that names it (undated periods or
 * US dollars would be wrong answers that look right).
 */
export function checkedOptions(options: ExtractOptions): CheckedOptions {
  const { publishedAt, dollarCurrency } = options;
  const checked: CheckedOptions = {};
  if (publishedAt instanceof Date) {
    if (Number.isNaN(publishedAt.getTime())) throw new TypeError("extract: publishedAt is an invalid Date");
    checked.publishedAt = publishedAt.toISOString();
  } else if (publishedAt !== undefined) {
    if (typeof publishedAt !== "string" || !ISO_DATE.test(publishedAt))
      throw new TypeError(
        `extract: publishedAt must be an ISO 8601 date such as "2026-10-14" or a Date, got ${JSON.stringify(publishedAt)}`,
      );
    checked.publishedAt = publishedAt;
  }
  if (dollarCurrency !== undefined) {
    if (typeof dollarCurrency !== "string" || !CURRENCY_CODE.test(dollarCurrency))
      throw new TypeError(
        `extract: dollarCurrency must be an ISO 4217 code such as "AUD", got ${JSON.stringify(dollarCurrency)}`,
      );
    checked.dollarCurrency = dollarCurrency;
  }
  return checked;
}
