import type { Sentence } from "../text/sentences.ts";
import { type Token, tokenize } from "../text/tokens.ts";
import {
  countryByCode3,
  type GazetteerEntry,
  matchTitle,
  PLACES_AND_NAMES,
  type TitleEntry,
} from "./gazetteer.ts";
import { COMMON_CAPITALIZED_WORDS } from "./lexicon/common-words.ts";
import { NOT_FORMAL_COUNTRIES, STATE_FORMS } from "./lexicon/countries.ts";
import { DOTTED_STATE_ABBREVIATIONS, STATE_ABBREVIATIONS } from "./lexicon/places.ts";
import { hasNameSuffix } from "./name-heads.ts";
import type { PhraseHit, SentenceCase, SentenceView } from "./span-proposer.ts";
import { isTitleCased } from "./tagger/truecase.ts";
import { foldName, hasLetter, isAllUpper, titleCase } from "./word-shape.ts";

function isCommon(word: string): boolean {
  return COMMON_CAPITALIZED_WORDS.has(foldName(word));
}

/**
 * Tokenizes a sentence and looks every position up in the word lists. Linear in the sentence length.
 * `ordinary`: words prose writes in lower case (a proposer's), to tell a title-case headline; `common`:
 * the wider list of such words, kept on the view.
 */
export function viewSentence(
  text: string,
  sentence: Sentence,
  ordinary?: ReadonlySet<string>,
  common?: ReadonlySet<string>,
): SentenceView {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const words = tokens.map((token) => token.text);
  const casing = casingOf(words, ordinary);
  const titled = casing === "upper" ? words.map(titleCase) : undefined;
  const places: (PhraseHit<GazetteerEntry> | undefined)[] = [];
  const titles: (PhraseHit<TitleEntry> | undefined)[] = [];
  for (let i = 0; i < words.length; i++) {
    const place = matchPlace(words, titled, i, casing);
    places.push(
      place ??
        (words[i - 1] === "," && (words[i + 1] === "." || (words[i] ?? "").endsWith("."))
          ? stateAbbreviation(tokens, words, i)
          : undefined) ??
        (words[i + 1] === ")" && words[i - 1] === "(" ? countryInParens(words, i) : undefined),
    );
    titles.push(matchTitle(words, i));
  }
  // "Lebanon, Ind.", "Mexico, Mo.": a town named like a country, then its state, is no country.
  for (let i = 0; i < words.length; i++) {
    const place = places[i];
    if (place === undefined || place.value.kind !== "country" || words[place.end] !== ",") continue;
    if (places[place.end + 1]?.value.kind !== "region" || !isStateAbbreviation(words, place.end + 1))
      continue;
    const name = words.slice(i, place.end).join(" ");
    places[i] = { value: { kind: "city", canonical: name, foldable: false }, end: place.end };
  }
  const firstWord = tokens.findIndex((token) => token.kind !== "punct");
  return { text, tokens, words, casing, firstWord, places, titles, ...(common && { common }) };
}

/**
 * "Springfield, Ill.", "Asheville, N.C.", "Regina, Sask.": a state's or province's abbreviation after a
 * comma, with a dot glued to it or points inside it.
 */
function stateAbbreviation(
  tokens: readonly Token[],
  words: readonly string[],
  i: number,
): PhraseHit<GazetteerEntry> | undefined {
  if (words[i - 1] !== ",") return undefined;
  const dotted = DOTTED_STATE_ABBREVIATIONS[words[i] ?? ""];
  const glued = words[i + 1] === "." && tokens[i + 1]?.start === tokens[i]?.end;
  const state = dotted ?? (glued ? STATE_ABBREVIATIONS[titleCase(words[i] ?? "")] : undefined);
  if (!state) return undefined;
  return { value: { kind: "region", canonical: state, foldable: false }, end: i + 1 };
}

function isStateAbbreviation(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  return DOTTED_STATE_ABBREVIATIONS[word] !== undefined || STATE_ABBREVIATIONS[titleCase(word)] !== undefined;
}

/**
 * "Jannik Sinner (ITA)", "Steffi Graf (GER)": a country's IOC or ISO alpha-3 code in parentheses after a
 * person's name. Not after an organization's ("National Action Party (PAN)" is no Panama), nor where the
 * letters spell the words before ("Confederation of African Football (CAF)").
 */
function countryInParens(words: readonly string[], i: number): PhraseHit<GazetteerEntry> | undefined {
  const word = words[i] ?? "";
  const value = word.length === 3 ? countryByCode3(word) : undefined;
  if (!value) return undefined;
  const last = words[i - 2] ?? "";
  const before = words[i - 3] ?? "";
  if (!/^\p{Lu}\p{Ll}/u.test(last) || !/^\p{Lu}/u.test(before) || hasNameSuffix(last)) return undefined;
  const initials = words
    .slice(Math.max(0, i - 6), i - 1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  if (initials.endsWith(word)) return undefined;
  return { value, end: i + 1 };
}

/** The character at `k` is an ASCII capital letter. */
function upperAscii(word: string, k: number): boolean {
  const code = word.charCodeAt(k);
  return code >= 65 && code <= 90;
}

/** The words of each formal name before its "of": [["Republic"], ["Federal", "Republic"], ...]. */
const STATE_FORM_WORDS = STATE_FORMS.map((form) => form.split(" "));
/** Their first words, checked first: this runs at every word. */
const STATE_FORM_FIRST: ReadonlySet<string> = new Set(STATE_FORM_WORDS.map((parts) => parts[0] ?? ""));
const NOT_FORMAL: ReadonlySet<string> = new Set(NOT_FORMAL_COUNTRIES);

/**
 * "the Republic of Indonesia", "the Republic of the Philippines", "the Kingdom of Saudi Arabia": a state's
 * formal name at `i` is its country (read at look-up, so the word lists load no longer).
 */
function stateFormAt(words: readonly string[], i: number): PhraseHit<GazetteerEntry> | undefined {
  if (!STATE_FORM_FIRST.has(words[i] ?? "")) return undefined;
  const form = STATE_FORM_WORDS.find((parts) => parts.every((part, n) => words[i + n] === part));
  if (!form) return undefined;
  let k = i + form.length;
  if (words[k] !== "of") return undefined;
  k++;
  if (words[k] === "the") k++;
  const country = PLACES_AND_NAMES.match(words, k, "exact");
  const code = country?.value.code;
  if (country?.value.kind !== "country" || code === undefined || NOT_FORMAL.has(code)) return undefined;
  return { value: country.value, end: country.end };
}

function matchPlace(
  words: readonly string[],
  titled: readonly string[] | undefined,
  i: number,
  casing: SentenceCase,
): PhraseHit<GazetteerEntry> | undefined {
  if (casing === "lower") return PLACES_AND_NAMES.match(words, i, "folded");
  const formal = stateFormAt(words, i);
  if (formal) return formal;
  let exact = PLACES_AND_NAMES.match(words, i, "exact");
  // "SINGAPORE, Nov 25 -": a dateline's country in capitals in a sentence in mixed case (a city there is
  // left to the tagger, which reads clubs named after cities).
  const word = words[i] ?? "";
  // (Two capital letters first, by their codes: this runs at every word.)
  if (
    !titled &&
    !exact &&
    word.length >= 4 &&
    upperAscii(word, 0) &&
    upperAscii(word, 1) &&
    isAllUpper(word)
  ) {
    const folded = PLACES_AND_NAMES.match(words, i, "folded");
    return folded?.value.kind === "country" ? folded : undefined;
  }
  if (!titled) return exact;
  // In a headline in capitals, "WHO" is the pronoun far more often than the World Health Organization.
  if (exact && exact.end === i + 1 && exact.value.kind === "organization" && isCommon(words[i] ?? ""))
    exact = undefined;
  const asTitled = PLACES_AND_NAMES.match(titled, i, "exact");
  if (!exact) return asTitled;
  if (!asTitled) return exact;
  return asTitled.end > exact.end ? asTitled : exact;
}

/**
 * "upper" when most words of three or more are in capitals; "lower" when no word has a capital; "title"
 * for a title-case headline (tagger/truecase.ts, with the proposer's ordinary words), where capitals
 * tell as little as in "upper".
 */
function casingOf(words: readonly string[], ordinary: ReadonlySet<string> | undefined): SentenceCase {
  let lettered = 0;
  let upper = 0;
  let capitalized = 0;
  for (const word of words) {
    if (!hasLetter(word)) continue;
    lettered++;
    if (word.length >= 2 && isAllUpper(word)) upper++;
    if (word !== word.toLowerCase()) capitalized++;
  }
  if (lettered >= 3 && upper >= lettered * 0.8) return "upper";
  if (lettered >= 3 && capitalized === 0) return "lower";
  if (ordinary && isTitleCased(words, ordinary)) return "title";
  return "mixed";
}

/** A line break stands between the view's words `k - 1` and `k` (a heading above its dateline). */
export function lineBreakBefore(view: SentenceView, k: number): boolean {
  const before = view.tokens[k - 1];
  const after = view.tokens[k];
  return (
    before !== undefined && after !== undefined && view.text.slice(before.end, after.start).includes("\n")
  );
}
