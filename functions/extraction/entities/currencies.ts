import currencyCodes from "currency-codes";

const CODES: ReadonlySet<string> = new Set(currencyCodes.codes());

/** An ISO 4217 code such as "USD" or "KZT": a unit, not an organization. */
export function isCurrencyCode(word: string): boolean {
  return word.length === 3 && CODES.has(word);
}
