import currencyCodes from "currency-codes";
import { CURRENCY_WORDS, DOLLAR_PREFIXES } from "../figures/data/currencies.ts";
import { POINTED_SCALES, SCALES } from "../figures/data/scales.ts";
import { pricedAmount } from "../text/glued-amounts.ts";

const CODES: ReadonlySet<string> = new Set(currencyCodes.codes());

/** An ISO 4217 code such as "USD" or "KZT": a unit, not an organization. */
export function isCurrencyCode(word: string): boolean {
  return word.length === 3 && CODES.has(word);
}

/** Currency words and abbreviations that are never names: "invest Rs 75,000 crore". */
const ALWAYS_CURRENCY = new Set(["rs", "rs.", "re.", "rp", "rmb", "tk", "ksh", "kshs", "shs"]);
/**
 * Currency names that may be names elsewhere ("Rand Paul"), but not right before a number: the one-word
 * names the figures read (figures/data/currencies.ts), and singulars they do not read after digits
 * ("a 10-pound bag" weighs).
 */
const CURRENCY_NAMES: ReadonlySet<string> = new Set([
  ...CURRENCY_WORDS.map(([word]) => word).filter((word) => !word.includes(" ")),
  ...["pound", "peso", "franc", "krona", "krone", "shekel", "dirham", "riyal", "shilling"],
]);

/** "2 million Swiss francs", "500 Danish crowns": a word between an amount and its currency's name. */
export function inCurrencyName(previous: string | undefined, next: string | undefined): boolean {
  const amount = /^[0-9][0-9,.]*$/.test(previous ?? "") || SCALE_WORDS.has((previous ?? "").toLowerCase());
  return amount && CURRENCY_NAMES.has((next ?? "").toLowerCase());
}

const POINTED_SCALE_WORDS: ReadonlySet<string> = new Set(POINTED_SCALES.map(([word]) => word));

/** "EUR 4,5 Mio.", "13,8 Mrd. Euro": a German scale's abbreviation after an amount, with its point. */
export function isPointedScale(
  word: string,
  previous: string | undefined,
  next: string | undefined,
): boolean {
  return (
    POINTED_SCALE_WORDS.has(word.toLowerCase()) && /^[0-9][0-9,.]*$/.test(previous ?? "") && next === "."
  );
}

/** Letters written right before "$": "C$368 million", "N$7.5 billion". */
const DOLLAR_LETTERS: ReadonlySet<string> = new Set(DOLLAR_PREFIXES.map(([letters]) => letters));

/** A currency's abbreviation that is never a name, whatever follows: "Rs", "KSh", "Tk". */
export function isCurrencyAbbreviation(word: string): boolean {
  return ALWAYS_CURRENCY.has(word.toLowerCase());
}

/** A currency word in a money phrase ("Rs 75,000", "Yen 500 billion", "C$368"): a unit, never an entity. */
export function isCurrencyWord(word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (isCurrencyAbbreviation(lower)) return true;
  if (DOLLAR_LETTERS.has(lower) && next?.startsWith("$")) return true;
  return CURRENCY_NAMES.has(lower) && next !== undefined && /^[0-9]/.test(next);
}

/** Currency prefixes glued to digits: "RM7 billion", "P18 billion", "Rp5 trillion", "N1.2 trillion". */
const GLUED_PREFIX = /^(?:RM|Rp|Rs|KSh|Tk|Sh|P|N|R|K)[0-9][0-9,.]*$/;
/** The same with its scale glued on: "Rs2.1bn", "Sh450m", "N1.2tr". */
const GLUED_SCALED = /^(?:RM|Rp|Rs|KSh|Tk|Sh|P|N|R|K)[0-9][0-9,.]*(?:bn|m|mn|mln|k|cr|tr|trn|tn|bil|mil)$/;
/** Dollar letters glued to an amount, with or without a "c" of cents: "US57.4", "US65.2c", "A52c". */
const GLUED_CENTS = /^([A-Z]{1,3})[0-9]+(?:\.[0-9]+)?(c?)$/;
/** Scale words after an amount (figures/data/scales.ts), and "m" written apart: "RM7 m". */
const SCALE_WORDS: ReadonlySet<string> = new Set([...SCALES.map(([word]) => word), "m"]);

/**
 * An amount written with its currency glued on, which a tokenizer keeps as one word: "RM7 billion",
 * "P30 million", "R21.60", "P10,000", "costs R850 a month"; not a model ("P30" alone, "A320").
 */
export function isGluedAmount(
  word: string,
  next: string | undefined,
  previous: string | undefined,
  highEnd?: string,
  afterHighEnd?: string,
): boolean {
  // "US57.4 cents", "US65.2c": a country's dollar in cents.
  const cents = GLUED_CENTS.exec(word);
  if (cents && DOLLAR_LETTERS.has((cents[1] ?? "").toLowerCase()) && (cents[2] === "c" || next === "cents"))
    return true;
  // ("bought Surakshit Re Brokers Pvt Ltd for Rs2.1bn": a scale glued on too says an amount.)
  if (GLUED_SCALED.test(word)) return true;
  if (!GLUED_PREFIX.test(word)) return false;
  return (
    SCALE_WORDS.has((next ?? "").toLowerCase()) ||
    /[0-9],[0-9]{3}$/.test(word) ||
    /\.[0-9]{2}$/.test(word) ||
    pricedAmount(previous, next, rangeHighEndAfter(word, highEnd, afterHighEnd))
  );
}

/**
 * The word after a range's high end glued to the same currency ("R68 to R75 per kilogram": `high` is
 * "R75", `after` "per"), or undefined where the amount opens no such range.
 */
function rangeHighEndAfter(
  word: string,
  high: string | undefined,
  after: string | undefined,
): string | undefined {
  if (!high || !GLUED_PREFIX.test(high) || currencyLetters(high) !== currencyLetters(word)) return undefined;
  return after ?? "";
}

/** The letters of a glued amount before its digits: "R" of "R68". */
function currencyLetters(word: string): string {
  return word.replace(/[0-9].*$/, "");
}
