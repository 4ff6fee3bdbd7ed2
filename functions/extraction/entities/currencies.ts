import currencyCodes from "currency-codes";

const CODES: ReadonlySet<string> = new Set(currencyCodes.codes());

/** An ISO 4217 code such as "USD" or "KZT": a unit, not an organization. */
export function isCurrencyCode(word: string): boolean {
  return word.length === 3 && CODES.has(word);
}

/** Currency words and abbreviations that are never names: "invest Rs 75,000 crore". */
const ALWAYS_CURRENCY = new Set(["rs", "rs.", "re.", "rp", "rmb", "tk", "ksh", "kshs", "shs"]);
/** Currency names that may be names elsewhere ("Rand Paul"), but not right before a number. */
const CURRENCY_NAMES = new Set([
  "rupee",
  "rupees",
  "yen",
  "yuan",
  "renminbi",
  "dollar",
  "dollars",
  "euro",
  "euros",
  "pound",
  "pounds",
  "peso",
  "pesos",
  "naira",
  "rand",
  "ringgit",
  "baht",
  "won",
  "dong",
  "lira",
  "ruble",
  "rubles",
  "rouble",
  "roubles",
  "franc",
  "francs",
  "krona",
  "krone",
  "kronor",
  "shekel",
  "shekels",
  "dirham",
  "dirhams",
  "riyal",
  "riyals",
  "tenge",
  "hryvnia",
  "zloty",
  "rupiah",
  "taka",
  "cedi",
  "cedis",
  "shilling",
  "shillings",
]);

/** A currency word in a money phrase ("Rs 75,000", "Yen 500 billion"): a unit, never an entity. */
export function isCurrencyWord(word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (ALWAYS_CURRENCY.has(lower)) return true;
  return CURRENCY_NAMES.has(lower) && next !== undefined && /^[0-9]/.test(next);
}
