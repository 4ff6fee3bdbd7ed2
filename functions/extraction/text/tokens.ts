import { NAME_COMPOUND_WORDS } from "./compound-words.ts";

/** What a token is made of. */
export type TokenKind = "word" | "number" | "punct";

/** A token as a span of the original text (UTF-16 indices, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** The longest word of NAME_COMPOUND_WORDS. */
const MAX_COMPOUND_WORD = Math.max(...[...NAME_COMPOUND_WORDS].map((word) => word.length));
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
const APOSTROPHES = "'’";
const HYPHENS = "-‐‑";

/**
 * Splits `text[from, to)` into words, numbers and single punctuation marks, in one left-to-right pass
 * (linear time, no regex over more than one character). Conventions, chosen for names in news:
 * - hyphens and apostrophes inside a word join it ("Kassym-Jomart", "O'Brien", "d'Ivoire"), except
 *   after a bare number before a capitalized word ("2-Alexander Zverev": a seeding, "2", "-", "Alexander")
 *   and after a capitalized word before a word of NAME_COMPOUND_WORDS ("Paris-based": "Paris", "-",
 *   "based"; but "Lee Jae-yong");
 * - a possessive is its own token: "Kazakhstan’s" -> "Kazakhstan", "’s";
 * - dotted abbreviations of single letters are one token with their final period ("U.S.", "U.S.A.");
 * - a number keeps its inner separators ("3,000", "37.2").
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const width = charWidth(text, i, end);
    const ch = text.slice(i, i + width);
    if (isSpace(ch)) {
      i += width;
      continue;
    }
    if (isWordChar(ch)) {
      const stop = scanWord(text, i, end);
      const word = text.slice(i, stop);
      tokens.push({ text: word, start: i, end: stop, kind: isDigit(word.charCodeAt(0)) ? "number" : "word" });
      i = stop;
      if (isPossessiveAt(text, i, end)) {
        tokens.push({ text: text.slice(i, i + 2), start: i, end: i + 2, kind: "punct" });
        i += 2;
      }
      continue;
    }
    tokens.push({ text: ch, start: i, end: i + width, kind: "punct" });
    i += width;
  }
  return tokens;
}

/** Wire services' slugs before a headline, glued by a hyphen: "BRIEF-", "FACTBOX-", "EXCLUSIVE-". */
export const WIRE_SLUGS: ReadonlySet<string> = new Set([
  "BRIEF",
  "FACTBOX",
  "EXCLUSIVE",
  "ANALYSIS",
  "INSIGHT",
  "EXPLAINER",
  "PREVIEW",
  "TIMELINE",
  "CORRECTED",
  "RPT",
  "GRAPHIC",
  "COLUMN",
  "INTERVIEW",
  "REFILE",
  "WRAPUP",
  "FEATURE",
  "POLL",
  "FOCUS",
  "BREAKINGVIEWS",
]);

function scanWord(text: string, start: number, end: number): number {
  let i = start;
  let letters = 0;
  let dotted = true;
  /** Every character so far is a digit (kept as we go: rescanning the word at each hyphen is quadratic). */
  let digitsOnly = true;
  while (i < end) {
    const width = charWidth(text, i, end);
    const ch = text.slice(i, i + width);
    if (isWordChar(ch)) {
      if (!isDigit(ch.charCodeAt(0))) digitsOnly = false;
      i += width;
      letters++;
      continue;
    }
    const next = i + 1 < end ? text.slice(i + 1, i + 1 + charWidth(text, i + 1, end)) : "";
    const nextIsWordChar = next !== "" && isWordChar(next);
    if (HYPHENS.includes(ch) && nextIsWordChar) {
      // A seeding or rank glued to a name ("2-Alexander Zverev" in results) is not one word, nor a wire
      // story's slug glued to its headline ("BRIEF-Medisa Dental", "FACTBOX-Europe's").
      if (digitsOnly && isCapitalizedAt(text, i + 1, end)) break;
      if (WIRE_SLUGS.has(text.slice(start, i)) && isCapitalizedAt(text, i + 1, end)) break;
      // A name before a compound word ("Paris-based", "Kenyan-born", "Iran-aligned") stays a name.
      if (i - start >= 2 && isUpperLetter(text[start] ?? "") && isCompoundWordAt(text, i + 1, end)) break;
      dotted = false;
      digitsOnly = false;
      i++;
      continue;
    }
    if (APOSTROPHES.includes(ch) && nextIsWordChar && !isPossessiveAt(text, i, end)) {
      dotted = false;
      digitsOnly = false;
      i++;
      continue;
    }
    if (ch === "." && isDigit(text.charCodeAt(i - 1)) && nextIsWordChar && isDigit(next.charCodeAt(0))) {
      digitsOnly = false;
      i++;
      continue;
    }
    if (ch === "," && isDigit(text.charCodeAt(i - 1)) && isThousandsGroup(text, i + 1, end)) {
      digitsOnly = false;
      i++;
      continue;
    }
    // "A/S", "I/S": the Danish and Norwegian legal forms, one word ("Maersk A/S"), as N/A or A/C are.
    if (
      ch === "/" &&
      i - start === 1 &&
      isUpperLetter(text[start] ?? "") &&
      isSlashedLetterAt(text, i + 1, end)
    ) {
      return i + 2;
    }
    // "Realtor.com", "Mogul.sg", "Daft.ie": a name glued to a web domain's ending is one word.
    if (ch === "." && letters >= 2 && nextIsWordChar) {
      const domain = domainEndAt(text, i + 1, end);
      if (domain > 0) return domain;
    }
    // "U.S.", "U.S.A.": single letters each followed by a period.
    if (ch === "." && dotted && letters === 1 && isLetter(text, i - 1)) {
      if (i + 2 < end && isLetter(text, i + 1) && text[i + 2] === ".") {
        i += 2;
        letters = 1;
        continue;
      }
      if (i - start > 1) return i + 1;
    }
    break;
  }
  return i;
}

/** Endings of web domains a name may be glued to: "Realtor.com", "Mogul.sg", "Rightmove.co.uk". */
const DOMAIN_ENDINGS = new Set([
  "com",
  "net",
  "org",
  "io",
  "ai",
  "sg",
  "ie",
  "de",
  "au",
  "ng",
  "za",
  "ke",
  "uk",
  "in",
]);

/** The end of a domain's ending (and a second one: "co.uk") that starts at i and ends the word, or 0. */
function domainEndAt(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && /[a-z]/.test(text[k] ?? "")) k++;
  const ending = text.slice(i, k);
  if (ending === "co" && text[k] === ".") return domainEndAt(text, k + 1, end);
  if (!DOMAIN_ENDINGS.has(ending)) return 0;
  return k >= end || !isWordChar(text[k] ?? "") ? k : 0;
}

/** One upper-case letter at i that ends the word: "S" in "A/S", not "Sa" in "A/Sa". */
function isSlashedLetterAt(text: string, i: number, end: number): boolean {
  const letter = text[i] ?? "";
  return i < end && isUpperLetter(letter) && (i + 1 >= end || !isWordChar(text[i + 1] ?? ""));
}

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** A word of NAME_COMPOUND_WORDS starts at i and ends there: "based" in "Paris-based", not "Jae-yong". */
function isCompoundWordAt(text: string, i: number, end: number): boolean {
  let k = i;
  while (k < end && k - i <= MAX_COMPOUND_WORD && isWordChar(text[k] ?? "")) k++;
  return NAME_COMPOUND_WORDS.has(text.slice(i, k));
}

/** An upper-case letter followed by a lower-case one: the start of a capitalized word ("Zverev", not "D"). */
function isCapitalizedAt(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const first = text[i] ?? "";
  const second = text[i + 1] ?? "";
  return first !== first.toLowerCase() && second !== second.toUpperCase();
}

function isThousandsGroup(text: string, i: number, end: number): boolean {
  if (i + 3 > end) return false;
  for (let k = i; k < i + 3; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return i + 3 >= end || !isDigit(text.charCodeAt(i + 3));
}

function isPossessiveAt(text: string, i: number, end: number): boolean {
  if (i + 1 >= end || !APOSTROPHES.includes(text[i] ?? "")) return false;
  const s = text[i + 1];
  if (s !== "s" && s !== "S") return false;
  if (i + 2 >= end) return true;
  const after = text.slice(i + 2, i + 2 + charWidth(text, i + 2, end));
  return !isWordChar(after);
}

function charWidth(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  return isWordChar(ch) && !isDigit(ch.charCodeAt(0));
}

function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && ch.trim() === "";
}

/** A letter, combining mark or digit of any script. */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch);
}
