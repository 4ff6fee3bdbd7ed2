import { PLACES_AND_NAMES } from "./gazetteer.ts";
import { CAPITALS_LEGAL_FORMS, LEGAL_FORMS, SA_BODY_FIELDS } from "./lexicon/organizations.ts";

/** The vote of a name written with its legal form: more than any number of a tagger's guesses. */
export const LEGAL_FORM_VOTE = 1000;

/** Words a parenthesis inside a company's legal name holds, at most: "(Pty)", "(Middle East)", "(Cash Betting)". */
export const PARENTHESIZED_NAME_WORDS = 3;

/** A legal form in any case, with or without its last point: "ltd.", "Plc", "N.V.", "S.A.S". */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.replace(/\.$/, "").toLowerCase());
}

/** A legal form as a name writes it, capitalized, with or without its point: "Ltd.", "Plc", "Bhd". */
export function isLegalFormWord(word: string): boolean {
  return CAPITALS_LEGAL_FORMS.has(word) || (/^\p{Lu}/u.test(word) && isLegalForm(word));
}

/** Legal forms that are also codes of places or titles: "SA" South Australia, "CO" Colorado, "AG" attorney general. */
export const PLACE_OR_TITLE_CODES: ReadonlySet<string> = new Set(["AG", "SA", "SE", "AB", "CO"]);

export function endsWithLegalForm(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = (words[words.length - 1] ?? "").replace(/\.$/, "");
  if (!isLegalFormWord(last)) return false;
  // The ones that are also codes or initials, or common words in lower case ("AS"), only after a name no
  // list knows as a place ("Hellwig AG", not "Texas AG").
  if (!PLACE_OR_TITLE_CODES.has(last) && !CAPITALS_LEGAL_FORMS.has(last)) return true;
  // ("Barry Callebaut AG", "Julius Baer Gruppe AG": up to three such words, none a place's but a first
  // one before another, "Konya Kilim AS".)
  const before = words.slice(0, -1);
  return (
    before.length <= 3 &&
    before.every(
      (word, k) =>
        /^\p{Lu}\p{Ll}+$/u.test(word) &&
        ((k === 0 && before.length > 1) ||
          PLACES_AND_NAMES.match([word], 0, "exact")?.value.kind === undefined),
    )
  );
}

/**
 * Public bodies named with "Corporation" ("British Broadcasting Corporation", "International Finance
 * Corporation", "Federal Deposit Insurance Corporation", "Municipal Corporation"): without it the name
 * reads as an adjective and a trade.
 */
const KEEPS_CORPORATION = new Set([
  "broadcasting",
  "finance",
  "investment",
  "insurance",
  "development",
  "housing",
  "municipal",
  "guarantee",
  "guaranty",
  "credit",
  "reconstruction",
]);

/**
 * A state company: "National Oil Corporation", "Kuwait Petroleum Corporation", "Egyptian General
 * Petroleum Corporation" (without "Corporation" they read as a trade of a country).
 */
function stateCompany(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  if (first === "National") return true;
  const kind = PLACES_AND_NAMES.match([first], 0, "exact")?.value.kind;
  return words.length >= 3 && (kind === "country" || kind === "demonym");
}

export function withoutLegalForm(words: readonly string[]): readonly string[] {
  const head = (words[words.length - 2] ?? "").toLowerCase();
  const corporation = /^corp(?:oration|\.)?$/i.test(words[words.length - 1] ?? "");
  if (corporation && (KEEPS_CORPORATION.has(head) || stateCompany(words))) return words;
  // "Statistics SA", "Stats SA", "Tourism SA": South African bodies named by a field and "SA" keep it.
  if (words.length === 2 && words[1] === "SA" && SA_BODY_FIELDS.has(head)) return words;
  let end = words.length;
  // ("National Association of Automobile Manufacturers of SA": "SA" after "of" is South Africa.)
  if (words[end - 1] === "SA" && words[end - 2] === "of") return words;
  while (end > 1) {
    const last = words[end - 1] ?? "";
    // "Sasol Mining (Pty) Ltd", "GAIL (India) Ltd." -> "Sasol Mining", "GAIL": the parenthesis before
    // the legal form goes with it.
    if (last === ")" && end < words.length) {
      const open = words.lastIndexOf("(", end - 2);
      if (open < 1 || end - open > PARENTHESIZED_NAME_WORDS + 2) break;
      end = open;
      continue;
    }
    // "JPMorgan Chase & Co" -> "JPMorgan Chase": the "&" of "& Co" goes with it.
    if (last === "." || last === "," || last === "&" || CAPITALS_LEGAL_FORMS.has(last) || isLegalForm(last))
      end--;
    else break;
  }
  // "Apple Inc" -> "Apple", but "Co" alone or "The Co" stay.
  return end === words.length || end === 0 ? words : words.slice(0, end);
}

/**
 * The name without its legal form, its words joined as the text writes them: "PG&E" (not "PG & E"), "K+S",
 * "Manufacturers' Association", "Tata Motors" for "Tata Motors Ltd."; "Procter & Gamble" keeps its spaces.
 */
export function writtenName(words: readonly string[], text: string): string {
  const glued = !/\s&\s/.test(text);
  return withoutLegalForm(words)
    .join(" ")
    .replace(/ ([.,])/g, "$1")
    .replace(/ (?=['’])/g, "")
    .replace(/ & /g, glued ? "&" : " & ")
    .replace(/\b(\p{Lu}) \+ (\p{Lu})\b/gu, "$1+$2");
}
