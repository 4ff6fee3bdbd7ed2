import { tokenize } from "../text/tokens.ts";
import {
  ALPHA3_CODES,
  CANONICAL_COUNTRY_NAMES,
  CASE_SENSITIVE_COUNTRY_ALIASES,
  EXTRA_COUNTRY_ALIASES,
  HOME_NATIONS,
  IGNORED_COUNTRY_ALIASES,
  IOC_CODES,
  ISO_COUNTRY_NAMES,
} from "./lexicon/countries.ts";
import { DATA_PRODUCT_NAMES } from "./lexicon/data-products.ts";
import {
  DEMONYM_PLURALS,
  DEMONYMS,
  HOME_NATION_DEMONYMS,
  LIBRARY_NATIONALITIES,
} from "./lexicon/demonyms.ts";
import { KNOWN_EVENTS } from "./lexicon/events.ts";
import { MARKET_INDEX_CANONICAL, MARKET_INDEX_NAMES } from "./lexicon/market-indices.ts";
import { KNOWN_ORGANIZATIONS, ORGANIZATION_FULL_NAMES } from "./lexicon/organizations.ts";
import { PAYMENT_SYSTEM_NAMES } from "./lexicon/payment-systems.ts";
import { CITIES, REGIONS } from "./lexicon/places.ts";
import { HONORIFICS, TITLE_MODIFIERS, TITLES } from "./lexicon/titles.ts";
import { VESSEL_CLASSES } from "./lexicon/vessel-classes.ts";
import type { PhraseHit } from "./span-proposer.ts";

/** "misc": events, market indices and payment systems, named MISC. */
export type GazetteerKind = "country" | "nation" | "demonym" | "region" | "city" | "organization" | "misc";

/** A kind of the word lists that names a place: a country, a region or a city. */
export function isPlaceKind(kind: GazetteerKind | undefined): boolean {
  return kind === "country" || kind === "region" || kind === "city";
}

/** What a phrase of the word lists is. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  /** ISO 3166-1 alpha-2 code, for countries and demonyms. */
  code?: string;
  /** The canonical name: "United States" for "U.S.", "American" for "Americans". */
  canonical: string;
  /** May match in a text written all in lower case ("protests in france"). */
  foldable: boolean;
}

export interface TitleEntry {
  /** An honorific such as "Mr." marks a person but gives no role. */
  honorific: boolean;
  /** A TITLE_MODIFIERS word may come before it ("Vice Chancellor"): not an honorific or an abbreviation. */
  modifiable?: boolean;
}

/** A phrase look-up keyed by token texts, longest match first; bounded by the longest phrase. */
export class PhraseTable<T> {
  readonly #exact = new Map<string, T>();
  readonly #folded = new Map<string, T>();
  /** Every proper prefix of every key, so a look-up stops as soon as no phrase can match. */
  readonly #exactPrefixes = new Set<string>();
  readonly #foldedPrefixes = new Set<string>();
  #maxTokens = 1;

  add(phrase: string, value: T, foldable: boolean): void {
    const words = tokenize(phrase).map((token) => token.text);
    if (words.length === 0) return;
    const key = words.join(" ");
    if (!this.#exact.has(key)) this.#exact.set(key, value);
    const folded = key.toLowerCase();
    if (foldable && !this.#folded.has(folded)) this.#folded.set(folded, value);
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      this.#exactPrefixes.add(prefix);
      if (foldable) this.#foldedPrefixes.add(prefix.toLowerCase());
    }
    this.#maxTokens = Math.max(this.#maxTokens, words.length);
  }

  /** The longest phrase starting at `start`: its value and the index after its last token. */
  match(
    words: readonly string[],
    start: number,
    fold: "exact" | "folded" | "any",
  ): { value: T; end: number } | undefined {
    const limit = Math.min(words.length, start + this.#maxTokens);
    let exact: string | undefined = fold === "folded" ? undefined : "";
    let folded: string | undefined = fold === "exact" ? undefined : "";
    let best: { value: T; end: number } | undefined;
    for (let end = start + 1; end <= limit && (exact !== undefined || folded !== undefined); end++) {
      const word = words[end - 1] ?? "";
      if (word.length > 64) break;
      const first = end === start + 1;
      if (exact !== undefined) exact = first ? word : `${exact} ${word}`;
      if (folded !== undefined) folded = first ? word.toLowerCase() : `${folded} ${word.toLowerCase()}`;
      const value =
        (exact !== undefined ? this.#exact.get(exact) : undefined) ??
        (folded !== undefined ? this.#folded.get(folded) : undefined);
      if (value !== undefined) best = { value, end };
      if (exact !== undefined && !this.#exactPrefixes.has(exact)) exact = undefined;
      if (folded !== undefined && !this.#foldedPrefixes.has(folded)) folded = undefined;
    }
    return best;
  }

  /** Whether the phrase is in the table, spelled exactly. */
  has(phrase: string): boolean {
    return this.#exact.has(phrase);
  }
}

function isAcronym(phrase: string): boolean {
  return phrase.length <= 6 && phrase === phrase.toUpperCase();
}

function buildPlaces(): PhraseTable<GazetteerEntry> {
  const table = new PhraseTable<GazetteerEntry>();
  const addCountry = (alias: string, code: string): void => {
    if (IGNORED_COUNTRY_ALIASES.has(alias) || /[,(]/.test(alias) || alias.startsWith("The ")) return;
    const canonical = CANONICAL_COUNTRY_NAMES[code] ?? firstName(ISO_COUNTRY_NAMES[code]) ?? alias;
    const foldable = !CASE_SENSITIVE_COUNTRY_ALIASES.has(alias) && !isAcronym(alias.replaceAll(".", ""));
    table.add(alias, { kind: "country", code, canonical, foldable }, foldable);
  };
  for (const [code, names] of Object.entries(ISO_COUNTRY_NAMES)) {
    for (const name of typeof names === "string" ? [names] : names) addCountry(name, code);
    const canonical = CANONICAL_COUNTRY_NAMES[code];
    if (canonical) addCountry(canonical, code);
  }
  for (const [alias, code] of EXTRA_COUNTRY_ALIASES) addCountry(alias, code);
  for (const name of KNOWN_ORGANIZATIONS) {
    const foldable = name.includes(" ") && !isAcronym(name);
    const canonical = ORGANIZATION_FULL_NAMES[name] ?? name;
    table.add(name, { kind: "organization", canonical, foldable }, foldable);
  }
  for (const name of [...KNOWN_EVENTS, ...PAYMENT_SYSTEM_NAMES, ...DATA_PRODUCT_NAMES]) {
    const foldable = name.includes(" ");
    table.add(name, { kind: "misc", canonical: name, foldable }, foldable);
  }
  // ("about 40 VLCCs", "a VLCC": one class, named by its singular.)
  for (const [name, plural] of VESSEL_CLASSES) {
    for (const written of [name, plural])
      table.add(written, { kind: "misc", canonical: name, foldable: false }, false);
  }
  // ("S&P/ASX 200 Index": an index may be named with its word; "BSE Sensex" is the Sensex.)
  for (const name of MARKET_INDEX_NAMES) {
    const canonical = MARKET_INDEX_CANONICAL[name] ?? name;
    for (const written of / Index$/.test(name) ? [name] : [name, `${name} Index`]) {
      const foldable = written.includes(" ");
      table.add(written, { kind: "misc", canonical, foldable }, foldable);
    }
  }
  for (const name of HOME_NATIONS) table.add(name, { kind: "nation", canonical: name, foldable: true }, true);
  for (const name of REGIONS) table.add(name, { kind: "region", canonical: name, foldable: true }, true);
  for (const name of CITIES) {
    table.add(name, { kind: "city", canonical: name, foldable: true }, name.length > 4 || name.includes(" "));
  }
  const demonymNames = new Map<string, string>();
  for (const [word, code] of DEMONYMS) {
    const nation = HOME_NATION_DEMONYMS.has(word);
    if (!demonymNames.has(code) && !nation) demonymNames.set(code, word);
    const canonical = nation ? word : (demonymNames.get(code) ?? word);
    const entry: GazetteerEntry = { kind: "demonym", code, canonical, foldable: false };
    table.add(word, entry, false);
    const plural = pluralOf(word);
    if (plural) table.add(plural, entry, false);
  }
  // i18n-nationality for the countries the hand list leaves out, unless its entry names a place
  // ("Puerto Rico", "Jersey") or is more than one nationality ("Trinidadian or Tobagonian",
  // "French (French Guiana)").
  for (const [code, word] of Object.entries(LIBRARY_NATIONALITIES)) {
    if (demonymNames.has(code) || table.has(word) || /[(,]| and | or /.test(word)) continue;
    const countryNames = ISO_COUNTRY_NAMES[code] ?? [];
    if (countryNames === word || countryNames.includes(word)) continue;
    demonymNames.set(code, word);
    const entry: GazetteerEntry = { kind: "demonym", code, canonical: word, foldable: false };
    table.add(word, entry, false);
    const plural = pluralOf(word);
    if (plural && !table.has(plural)) table.add(plural, entry, false);
  }
  for (const [plural, singular] of DEMONYM_PLURALS) {
    const code = DEMONYMS.find(([word]) => word === singular)?.[1];
    if (!code) continue;
    const canonical = HOME_NATION_DEMONYMS.has(singular) ? singular : (demonymNames.get(code) ?? singular);
    table.add(plural, { kind: "demonym", code, canonical, foldable: false }, false);
  }
  return table;
}

const CODE3: ReadonlyMap<string, string> = new Map([
  ...ALPHA3_CODES.map(([alpha2, alpha3]) => [alpha3, alpha2] as const),
  ...Object.entries(IOC_CODES),
]);

/** The canonical name of the country of an ISO alpha-2 code ("CD" -> "Democratic Republic of the Congo"). */
export function countryName(alpha2: string): string | undefined {
  return CANONICAL_COUNTRY_NAMES[alpha2] ?? firstName(ISO_COUNTRY_NAMES[alpha2]);
}

/** The country of an IOC or ISO alpha-3 code ("ITA", "GER"), as a word-list entry, or undefined. */
export function countryByCode3(code: string): GazetteerEntry | undefined {
  const alpha2 = /^[A-Z]{3}$/.test(code) ? CODE3.get(code) : undefined;
  if (!alpha2) return undefined;
  const canonical = countryName(alpha2);
  return canonical ? { kind: "country", code: alpha2, canonical, foldable: false } : undefined;
}

function firstName(names: string | readonly string[] | undefined): string | undefined {
  return typeof names === "string" ? names : names?.[0];
}

/** "American" -> "Americans", "Israeli" -> "Israelis", "Czech" -> "Czechs"; "Chinese", "French": none. */
function pluralOf(word: string): string | undefined {
  if (/(ese|ish|ch|sh|ss|s|x|z)$/.test(word) && !word.endsWith("Czech")) return undefined;
  return `${word}s`;
}

function buildTitles(): PhraseTable<TitleEntry> {
  const table = new PhraseTable<TitleEntry>();
  for (const title of TITLES) {
    const honorific = HONORIFICS.has(title.toLowerCase());
    table.add(title, { honorific, modifiable: !honorific && !title.includes(".") }, true);
  }
  return table;
}

const MODIFIERS: ReadonlySet<string> = new Set(TITLE_MODIFIERS.map((word) => word.toLowerCase()));
const MODIFIED: TitleEntry = { honorific: false };
/** Words that make another title of a title only in lower case: "group managing director", "executive
 * chairman" (capitalized, "Group" and "Executive" may end a body's name). */
const LOWER_CASE_MODIFIERS: ReadonlySet<string> = new Set(["group", "executive", "joint", "senior"]);
/** Words of the longest title, at most: "Chief Executive Officer and President". */
const TITLE_WORDS = 8;
/**
 * A modifier glued to a title by a hyphen: "vice-chairman", "Co-chairman", "co-Chief Executive Officer" ("co-"
 * in lower case only before a capitalized title: "a co-author" is no one's title).
 */
const HYPHENED_MODIFIER = /^(?:[Vv]ice-|Co-|co-(?=\p{Lu}))/u;

/**
 * The longest title at `start`, with a TITLE_MODIFIERS word before a title read as one title: "Vice
 * Chancellor", "Deputy Governor", "former Prime Minister", "Vice-Chancellor". Checked here rather than
 * listed, which would add six phrases per title to the table built at every cold start.
 */
export function matchTitle(words: readonly string[], start: number): PhraseHit<TitleEntry> | undefined {
  const direct = TITLE_TABLE.match(words, start, "any");
  const word = words[start] ?? "";
  // ("navy vice chief Vice Admiral AK Chawla": a lower-case "chief" ends a title of its own.)
  const ownChief = word === "chief" && /^\p{Lu}/u.test(words[start + 1] ?? "");
  // ("principal executive officer", "population insights senior manager": not inside a longer role.)
  const lowerModifier = LOWER_CASE_MODIFIERS.has(word) && !/^\p{Ll}+$/u.test(words[start - 1] ?? "");
  if ((MODIFIERS.has(word.toLowerCase()) || lowerModifier) && !ownChief) {
    // "former Deputy President": modifiers chain.
    const after = MODIFIERS.has((words[start + 1] ?? "").toLowerCase())
      ? matchTitle(words, start + 1)
      : TITLE_TABLE.match(words, start + 1, "any");
    if (after?.value.modifiable && (!direct || after.end > direct.end))
      return { value: MODIFIED, end: after.end };
  } else if (HYPHENED_MODIFIER.test(word)) {
    // "vice-chairman", "co-Chief Executive Officer".
    const rest = [word.replace(HYPHENED_MODIFIER, ""), ...words.slice(start + 1, start + TITLE_WORDS)];
    const after = matchTitle(rest, 0);
    const end = start + (after?.end ?? 0);
    if (after && (after.value.modifiable || after.value === MODIFIED) && (!direct || end > direct.end))
      return { value: MODIFIED, end };
  }
  return direct;
}

/** Countries, demonyms, regions, cities, well-known organizations and events. Built once per container. */
export const PLACES_AND_NAMES: PhraseTable<GazetteerEntry> = buildPlaces();

/** Titles and honorifics before a person's name (read them with matchTitle). */
const TITLE_TABLE: PhraseTable<TitleEntry> = buildTitles();
