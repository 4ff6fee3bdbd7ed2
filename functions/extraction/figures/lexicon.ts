import cc from "currency-codes";
import { CHANGE_ADJECTIVES, CHANGE_NOUNS, CHANGE_VERBS, type Direction } from "./data/changes.ts";
import {
  CURRENCY_NAMES_BEFORE_DIGITS,
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  ISO_CODE_STOPWORDS,
  SUBUNIT_WORDS,
} from "./data/currencies.ts";
import { COUNT_NOUNS, FRACTIONS, ONE_WORDS, ONES, TENS } from "./data/number-words.ts";
import { PERCENT_WORDS } from "./data/percents.ts";
import { MONTHS, PRESENT_PREDICATE_VERBS } from "./data/periods.ts";
import { PHRASE_ONLY_QUALIFIER_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "./data/qualifiers.ts";
import { ATTACHED_SCALES, POINTED_SCALES, SCALES } from "./data/scales.ts";
import {
  IRREGULAR_UNITS,
  MEASURE_UNITS,
  NOT_UNITS,
  SINGULAR_NOUNS_IN_S,
  TIME_UNITS,
  UNIT_MODIFIERS,
} from "./data/units.ts";
import { matcherOf } from "./phrases.ts";

/** Lookups built once from the data files. Rules import these, never the raw lists. */
export const SCALE = new Map(SCALES.map(([w, m]) => [w, m]));
export const ATTACHED_SCALE = new Map(ATTACHED_SCALES.map(([w, m]) => [w, m]));
export const POINTED_SCALE = new Map(POINTED_SCALES.map(([w, m]) => [w, m]));
export const ONE = new Map(ONES);
export const TEN = new Map(TENS);
export const COUNT_NOUN = new Map(COUNT_NOUNS);
export const FRACTION = new Map(FRACTIONS);
export const ONE_WORD = new Set(ONE_WORDS);
export const MONTH = new Map(MONTHS);

export const SIGN_CURRENCY = new Map(CURRENCY_SIGNS.map(([s, c]) => [s, c]));
export const DOLLAR_PREFIX = new Map(DOLLAR_PREFIXES.map(([s, c]) => [s, c]));
/** The currency of each name CURRENCY_WORDS lists, as written there in lower case ("bahraini dinars" → BHD). */
export const CURRENCY_OF_NAME: ReadonlyMap<string, string> = new Map(
  CURRENCY_WORDS.map(([name, code]) => [name, code]),
);

export const PREFIX_WORD_CURRENCY = new Map([
  ...CURRENCY_PREFIX_WORDS.map(([s, c]) => [s, c] as const),
  ...CURRENCY_NAMES_BEFORE_DIGITS.map((name) => [name, currencyNamed(name)] as const),
]);
export const CURRENCY_WORD = matcherOf(CURRENCY_WORDS);

/** The currency CURRENCY_WORDS gives a one-word name ("baht" → THB). */
function currencyNamed(name: string): string {
  const code = CURRENCY_OF_NAME.get(name);
  if (!code) throw new Error(`no currency named "${name}"`);
  return code;
}
/** Digits of a currency's minor unit: 2 for the dirham's fils, 3 for the Kuwaiti dinar's. */
export function minorDigits(code: string): number {
  return cc.code(code)?.digits ?? 2;
}

export const SUBUNIT_WORD = matcherOf(SUBUNIT_WORDS.map(([w, c]) => [w, c] as const));
export const PERCENT_WORD = matcherOf(PERCENT_WORDS.map(([w, f, k]) => [w, { factor: f, kind: k }] as const));
export const QUALIFIER_BEFORE = matcherOf(QUALIFIERS_BEFORE);
export const QUALIFIER_AFTER = matcherOf(QUALIFIERS_AFTER);

const ISO_CODES = new Set(cc.codes());
const ISO_STOP = new Set(ISO_CODE_STOPWORDS);

/** "USD", "EUR", "KZT" written in capitals; not "ALL" or "TOP". */
export function isoCode(text: string): string | undefined {
  if (text.length !== 3 || text !== text.toUpperCase() || ISO_STOP.has(text)) return undefined;
  return ISO_CODES.has(text) ? text : undefined;
}

export const MEASURE_UNIT = new Set(MEASURE_UNITS);
export const IRREGULAR_UNIT = new Set(IRREGULAR_UNITS);
export const NOT_UNIT = new Set(NOT_UNITS);
export const SINGULAR_NOUN_IN_S = new Set(SINGULAR_NOUNS_IN_S);
export const TIME_UNIT = new Set(TIME_UNITS);
export const UNIT_MODIFIER = new Set(UNIT_MODIFIERS);

export const CHANGE_VERB = new Map(CHANGE_VERBS);
export const CHANGE_ADJECTIVE = new Map(CHANGE_ADJECTIVES);
export const CHANGE_NOUN = new Map(CHANGE_NOUNS);

/** The direction of a change noun in the plural: "pay hikes of 4%", "price increases of 5%", "losses". */
export function pluralChangeNoun(word: string): Direction | undefined {
  if (!word.endsWith("s")) return undefined;
  return (
    CHANGE_NOUN.get(word.slice(0, -1)) ??
    (word.endsWith("es") ? CHANGE_NOUN.get(word.slice(0, -2)) : undefined)
  );
}

/** Every word of a qualifier before a figure; a capitalized one ("About 590") is not a label ("Boeing 737"). */
export const QUALIFIER_WORDS = new Set(
  QUALIFIERS_BEFORE.flatMap(([p]) => p.split(" ")).filter((word) => !PHRASE_ONLY_QUALIFIER_WORDS.has(word)),
);
/** Present and future verbs that open a predicate of their own ("and employs about 2,700 people"). */
export const PRESENT_PREDICATE: ReadonlySet<string> = new Set(PRESENT_PREDICATE_VERBS);
