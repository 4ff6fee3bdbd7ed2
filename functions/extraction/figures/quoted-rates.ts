/**
 * "The naira traded at 1,448 per dollar", "The rupee ended at 88.72 against the dollar": a bare number
 * quoted against another currency, with a currency named as what it measures, is an amount of that
 * currency; the quote is its unit, as in "N1,450 to the dollar".
 */
import { DEMONYMS } from "../entities/lexicon/demonyms.ts";
import { articleCountry, type CountryWeights } from "./currency-context.ts";
import { DOLLAR, QUOTED_CURRENCY_NAMES, SHARED_CURRENCY_NAMES } from "./data/currencies.ts";
import { CURRENCY_WORD } from "./lexicon.ts";
import { quotedAgainstAt } from "./price-units.ts";
import { COUNTRY_CODES } from "./speaker-names.ts";
import type { Token } from "./tokenize.ts";

/** Currencies whose quote is the dollars one unit buys ("The euro rose to 1.16"), not units per dollar. */
const PRICED_IN_DOLLARS = new Set(["EUR", "GBP", "AUD", "NZD"]);

/**
 * The currency and unit of the number that ends at token `last`, quoted against another currency, when
 * its subject (tokens up to `subjectEnd`) ends on a currency's name; undefined otherwise.
 */
export function quotedRate(
  t: readonly Token[],
  last: number,
  subjectEnd: number,
  weights: CountryWeights,
): { currency: string; unit: string } | undefined {
  // ("settled at 84.38 (provisional) against the US dollar": a note in parentheses may stand between.)
  const from = t[last]?.norm === "(" && t[last + 2]?.norm === ")" ? last + 3 : last;
  const end = quotedAgainstAt(t, from);
  if (end === undefined) return undefined;
  const named = currencyNameBefore(t, subjectEnd);
  if (!named || named.code.startsWith("CENT")) return undefined;
  const unit = t
    .slice(from, end)
    .map((tok, i) => (i > 0 && tok.spaceBefore ? ` ${tok.text}` : tok.text))
    .join("");
  // ("The Chilean peso strengthened to 958.40 per dollar", "The Singapore dollar traded at 1.2985 per US
  // dollar", "The Egyptian pound traded at 48.9 to the dollar": the nationality or country names it.)
  const before = t[named.start - 1]?.norm ?? "";
  const country = NATIONALITY.get(before) ?? COUNTRY_CODES.get(before);
  // The U.S. dollar, and the currencies quoted in dollars ("The euro rose to 1.16"), are no such quote.
  // ("dollar" is read as the article's dollar elsewhere; here only a country before it names another.)
  const code = named.code === DOLLAR ? "USD" : named.code;
  const currency = code === "USD" && !country ? "USD" : localCode(code, named.word, weights, country);
  if (currency === "USD" || PRICED_IN_DOLLARS.has(currency)) return undefined;
  return { currency, unit };
}

const NATIONALITY: ReadonlyMap<string, string> = new Map(
  DEMONYMS.map(([word, code]) => [word.toLowerCase(), code]),
);

/** The currency named by the words that end right before token `end` ("the naira", "India's rupee"). */
function currencyNameBefore(
  t: readonly Token[],
  end: number,
): { code: string; word: string; start: number } | undefined {
  const word = t[end - 1]?.norm ?? "";
  for (let start = Math.max(0, end - 3); start < end; start++) {
    const hit = CURRENCY_WORD.forward(t, start);
    if (hit && hit.end === end) return { code: hit.value, word, start };
  }
  const quoted = QUOTED_NAME.get(word);
  return quoted ? { code: quoted, word, start: end - 1 } : undefined;
}

const QUOTED_NAME: ReadonlyMap<string, string> = new Map(QUOTED_CURRENCY_NAMES);

/**
 * A name several countries share ("rupee", "peso") is the currency of the country the article is about
 * (currency-context.ts's reading of its places).
 */
function localCode(code: string, word: string, weights: CountryWeights, named?: string): string {
  const country = named ?? articleCountry(weights);
  for (const [defaultCode, words, byCountry] of SHARED_CURRENCY_NAMES)
    if (defaultCode === code && words.test(word)) return (country && byCountry[country]) ?? code;
  return code;
}
