/** Currency written before the amount ("$", "Rs.", "R254 billion") or after it ("75 cents", "500m EUR"). */

import { pricedAmount } from "../text/glued-amounts.ts";
import type { Amount } from "./amounts.ts";
import { CURRENCY_WORDS, DOLLAR } from "./data/currencies.ts";
import {
  ATTACHED_SCALE,
  CURRENCY_WORD,
  DOLLAR_PREFIX,
  isoCode,
  PREFIX_WORD_CURRENCY,
  SCALE,
  SIGN_CURRENCY,
  SUBUNIT_WORD,
} from "./lexicon.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import { DASHES, shoutedWord } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Prefix words read in lower-case text too ("rs 500 crore"); others ("le", "sh") are words there. */
const LOWER_PREFIX = new Set(["rs", "rs.", "ksh", "kshs", "rp", "rmb", "inr"]);

/**
 * Digits after a one-letter currency ("R", "N", "P", "K") that only money has: a scale word, thousands or
 * cents (tariffs to the ten-thousandth); or a small amount where a price is ("costs R850 a month").
 */
function looksLikeMoney(t: readonly Token[], k: number): boolean {
  const num = t[k]?.norm ?? "";
  // ("P45.1-billion": Philippine and Canadian papers join the scale with a dash.)
  // ("P6.5-B": their headlines' letter too.)
  const dashed =
    DASHES.has(t[k + 1]?.norm ?? "") &&
    !t[k + 2]?.spaceBefore &&
    (SCALE.has(t[k + 2]?.norm ?? "") || /^[BM]$/.test(t[k + 2]?.text ?? ""));
  const scaled = SCALE.has(t[k + 1]?.norm ?? "") || ATTACHED_SCALE.has(t[k + 1]?.norm ?? "") || dashed;
  // ("P12.1025 per kWh": tariffs run to four decimals; "R178,50/kg": South African papers' decimal comma.)
  if (
    scaled ||
    /^[0-9]{1,3}([, ][0-9]{3})+/.test(num) ||
    /^[0-9]{1,4}\.[0-9]{2,4}$/.test(num) ||
    /^[0-9]{1,4},[0-9]{2}$/.test(num)
  )
    return true;
  // ("smuggled packs sell for as little as N900.": a bound of a price before the amount.)
  const bound = t[k - 2]?.norm === "as" && PRICE_BOUNDS.has(t[k - 3]?.norm ?? "") ? "at" : t[k - 2]?.norm;
  return /^[0-9]{1,5}(?:\.[0-9]{1,2})?$/.test(num) && pricedAmount(bound, t[k + 1]?.norm, highEndAfter(t, k));
}

/** The word after a range's high end glued to the same letter ("R68 to R75 per"), if the amount at `k` opens one. */
function highEndAfter(t: readonly Token[], k: number): string | undefined {
  const letter = t[k + 2];
  const high = t[k + 3];
  if (letter?.text !== t[k - 1]?.text || high?.kind !== "num" || high.spaceBefore) return undefined;
  return t[k + 4]?.norm ?? "";
}

/** Words of "as little as", "as low as", "as much as" before a glued amount. */
const PRICE_BOUNDS = new Set(["little", "low", "much", "high"]);

/** Currency written before the digits: "$", "US$", "C$", "Rs.", "EUR", "₹". */
export function currencyPrefixAt(t: readonly Token[], i: number): { code: string; end: number } | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  const next = t[i + 1];
  if (tok.kind === "sym") {
    const code = SIGN_CURRENCY.get(tok.norm);
    // "$US13.7 billion", "$A500m": Australian papers write the country after the sign.
    const country = tok.norm === "$" && next?.kind === "word" && !next.spaceBefore;
    const after = t[i + 2];
    if (country && after?.kind === "num" && !after.spaceBefore) {
      const named = DOLLAR_PREFIX.get(next.norm);
      if (named) return { code: named, end: i + 2 };
    }
    return code ? { code, end: i + 1 } : undefined;
  }
  if (tok.kind !== "word") return undefined;
  // ("about US $6.1 billion": Mexican papers write the country apart from the sign.)
  const apart =
    (tok.text === "US" || tok.text === "U.S.") &&
    next?.norm === "$" &&
    t[i + 2]?.kind === "num" &&
    !t[i + 2]?.spaceBefore;
  if (apart) return { code: "USD", end: i + 2 };
  if (next?.kind === "sym" && !next.spaceBefore && (next.norm === "$" || next.norm === "¥")) {
    const code = DOLLAR_PREFIX.get(tok.norm);
    if (code && (next.norm === "$" || code === "CNY")) return { code, end: i + 2 };
  }
  // "US57.4 cents", "US65.2c", "US65.4¢": Australian papers glue the country to an amount in cents.
  const country = DOLLAR_PREFIX.get(tok.norm);
  if (country && tok.text !== tok.norm && next?.kind === "num" && !next.spaceBefore) {
    const cents = CURRENCY_WORD.forward(t, i + 2);
    // ("US65.4¢": the cent sign too.)
    const centWord =
      t[i + 2]?.norm === "cents" ||
      ((t[i + 2]?.text === "c" || t[i + 2]?.text === "¢") && !t[i + 2]?.spaceBefore);
    if (cents?.value === "CENT" && centWord) return { code: country, end: i + 1 };
  }
  // "R254 billion", "R1,200", "R21.60": the rand, glued to digits that carry a scale word, thousands
  // or cents.
  if (tok.text === "R" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "ZAR", end: i + 1 };
  }
  // "S/ 445", "S/1,200": the Peruvian sol's sign.
  if (tok.text === "S" && next?.norm === "/" && !next.spaceBefore && t[i + 2]?.kind === "num") {
    return { code: "PEN", end: i + 2 };
  }
  // "N1.2 trillion", "N27,500": the naira in Nigerian outlets, on the same terms ("N95" is a mask).
  if (tok.text === "N" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "NGN", end: i + 1 };
  }
  // "K6.2 billion", "K750,000": the kwacha in Zambian (and Malawian) outlets, on the same terms ("K9" is
  // a dog unit).
  if (tok.text === "K" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "ZMW", end: i + 1 };
  }
  // "P2.5 billion", "P10,000": the Philippine peso in Philippine outlets, on the same terms.
  if (tok.text === "P" && next?.kind === "num" && !next.spaceBefore && looksLikeMoney(t, i + 1)) {
    return { code: "PHP", end: i + 1 };
  }
  // "GH₵1.2 billion", "GH¢ 3,625": the cedi's sign (or the cent sign typed for it) after "GH".
  if (tok.norm === "gh" && (next?.norm === "₵" || next?.norm === "¢") && !next.spaceBefore) {
    if (t[i + 2]?.kind === "num") return { code: "GHS", end: i + 2 };
  }
  if (!isCapitalized(tok) && !LOWER_PREFIX.has(tok.norm)) return undefined;
  const word = PREFIX_WORD_CURRENCY.get(tok.norm);
  if (word) {
    const dot = next?.norm === "." && !next.spaceBefore ? 1 : 0;
    const after = t[i + 1 + dot];
    if (after?.kind === "num") return { code: word, end: i + 1 + dot };
  }
  const iso = isoCode(tok.text);
  // "COP30", "G20": a code glued to digits names something else, but for the main currencies ("USD5").
  // ("VND42 trillion", "NGN1.2bn": any code glued to an amount with its scale word is money.)
  const scaled = SCALE.has(t[i + 2]?.norm ?? "");
  const glued = next?.kind === "num" && !next.spaceBefore && !GLUED_CODES.has(iso ?? "") && !scaled;
  // ("EUR -22.5 million": a signed amount after the code.)
  const signed =
    next?.spaceBefore === true && DASHES.has(next.norm) && t[i + 2]?.kind === "num" && !t[i + 2]?.spaceBefore;
  if (iso && !glued && (next?.kind === "num" || signed || (next?.norm === "$" && !next.spaceBefore))) {
    return { code: iso, end: next.norm === "$" ? i + 2 : i + 1 };
  }
  return undefined;
}

/** Currency written after the amount: "3 billion U.S. dollars", "75 cents", "500m EUR", "20 €". */
export function currencySuffixAt(
  t: readonly Token[],
  j: number,
): { code: string; factor: number; end: number } | undefined {
  const tok = t[j];
  if (!tok) return undefined;
  const word = CURRENCY_WORD.forward(t, j);
  if (word) {
    if (word.value === "PENNY" && tok.norm === "p" && tok.spaceBefore) return undefined;
    // "66.4c" is cents; "31C" is a temperature, and "5 c" nothing.
    if (word.value === "CENT" && tok.norm === "c" && (tok.spaceBefore || tok.text !== "c")) return undefined;
    if (word.value === "CENT") return { code: DOLLAR, factor: 0.01, end: word.end };
    if (word.value.startsWith("CENT:")) return { code: word.value.slice(5), factor: 0.01, end: word.end };
    if (word.value === "PENNY") return { code: "GBP", factor: 0.01, end: word.end };
    if (word.value === "GUINEA") return { code: "GBP", factor: GUINEA_IN_POUNDS, end: word.end };
    return { code: word.value, factor: 1, end: word.end };
  }
  if (tok.kind === "word") {
    // "12 sen", "25 paisa", "50 kobo": a hundredth of the currency.
    // ("10.8 SEN VS 8.9 SEN": in a line written in capitals too.)
    const written =
      tok.text === tok.norm ||
      (tok.text === tok.norm.toUpperCase() && (shoutedWord(t[j + 1]) || shoutedWord(t[j - 2])));
    const subunit = written ? SUBUNIT_WORD.forward(t, j) : undefined;
    if (subunit) return { code: subunit.value, factor: 0.01, end: subunit.end };
    const iso = isoCode(tok.text);
    if (iso) return { code: iso, factor: 1, end: j + 1 };
  }
  // "a 3.1 trillion-peso budget", "a 50-cent coin": the currency word glued by a dash.
  const glued = t[j + 1];
  if (DASHES.has(tok.norm) && !tok.spaceBefore && glued?.kind === "word" && !glued.spaceBefore) {
    const after = currencySuffixAt(t, j + 1);
    if (after) return after;
    // ("the 1.64 billion-pound average", "a 2 million-euro fine": a currency's singular glued after a scale
    // word is money; "a 500-pound bag" weighs.)
    const singular = SCALED_ADJECTIVE.has(t[j - 1]?.norm ?? "")
      ? SINGULAR_CURRENCY.forward(t, j + 1)
      : undefined;
    if (singular) return { code: singular.value, factor: 1, end: singular.end };
  }
  if (tok.kind === "sym") {
    const code = SIGN_CURRENCY.get(tok.norm);
    const after = t[j + 1];
    // "20 €" but not "5, $6": a sign that opens the next amount is not this one's.
    if (code && !(after?.kind === "num" && !after.spaceBefore)) return { code, factor: 1, end: j + 1 };
  }
  return undefined;
}

/** A guinea is a pound and five pence: "4.2 million guineas (£4.41 million)". */
const GUINEA_IN_POUNDS = 1.05;

/** Scale words a currency's singular may be glued to: "billion-pound". */
const SCALED_ADJECTIVE = new Set(["million", "billion", "trillion"]);

/** Currency names in the singular, from the plural ones: "pound", "Egyptian pound", "Norwegian crown". */
const SINGULAR_CURRENCY = matcherOf(
  CURRENCY_WORDS.filter(
    ([word, code]) =>
      /[^s]s$/.test(word) && !code.startsWith("CENT") && code !== "PENNY" && code !== "GUINEA",
  ).map(([word, code]) => [word.slice(0, -1), code] as const),
);

/**
 * "a 12 million pound fee", "a 2.5 billion Egyptian pound marketing push", "a 4.3 billion crown boost": a
 * currency's singular name before a noun (or a conversion in parentheses) is the currency when the amount is scaled or in thousands; "a
 * 10-pound bag" and "a 200 pound weight" weigh.
 */
export function singularCurrencyBefore(
  t: readonly Token[],
  j: number,
  amount: Amount,
): { code: string; factor: number; end: number } | undefined {
  const word = t[j]?.spaceBefore ? SINGULAR_CURRENCY.forward(t, j) : undefined;
  // ("a 1.2 billion shilling ($9.3 million) contract": its conversion may stand before the noun.)
  if (!word) return undefined;
  const next = t[word.end];
  if (next?.kind !== "word" && next?.text !== "(") return undefined;
  return amount.mult >= 1000 || amount.value >= 1000
    ? { code: word.value, factor: 1, end: word.end }
    : undefined;
}

/** Currency codes written glued to the amount ("USD5", "EUR20m"); other codes need a space ("COP30" is a summit). */
const GLUED_CODES: ReadonlySet<string> = new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CHF",
  "CNY",
  "INR",
  "AUD",
  "CAD",
  "HKD",
  "SGD",
]);
