/**
 * A one-pass tokenizer for figure extraction. Every character is looked at a bounded number of times, so
 * the cost is linear in the text length whatever the input (1 MB of digits is one token).
 *
 * Digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width) are read as ASCII digits in
 * `norm`; the token keeps its original offsets.
 */

export type TokenKind = "num" | "word" | "sym" | "punct";

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /** Lower-cased words; ASCII digits and separators for numbers; the canonical symbol ("%" for "％"). */
  norm: string;
  start: number;
  end: number;
  /** Whitespace (or the start of the text) precedes the token. */
  spaceBefore: boolean;
  /** Only whitespace precedes the token on its line. */
  lineStart: boolean;
  /** The token follows a blank line (or starts the text). */
  paragraphStart: boolean;
}

/** Symbols that matter to figures: currency signs and percent signs. Everything else is punctuation. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "$"],
  ["€", "€"],
  ["£", "£"],
  ["¥", "¥"],
  ["￥", "¥"],
  ["₹", "₹"],
  ["₸", "₸"],
  ["₽", "₽"],
  ["₩", "₩"],
  ["₺", "₺"],
  ["₦", "₦"],
  ["₱", "₱"],
  ["₫", "₫"],
  ["฿", "฿"],
  ["₴", "₴"],
  ["₪", "₪"],
  ["₿", "₿"],
  ["%", "%"],
  ["％", "%"],
  ["٪", "%"],
  ["‰", "‰"],
  ["＄", "$"],
]);

/** Units of length written with a power for area or volume: "m2", "m³", "km2" (lower case only). */
const POWERED_UNITS: ReadonlySet<string> = new Set(["m", "km", "cm", "mm", "ft"]);
/** A power glued to such a unit, as the digit it is read as. */
const POWERS: ReadonlyMap<string, string> = new Map([
  ["2", "2"],
  ["3", "3"],
  ["²", "2"],
  ["³", "3"],
]);

/** Vulgar fraction characters, read after digits: "6½" is 6.5. */
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["½", 1 / 2],
  ["¼", 1 / 4],
  ["¾", 3 / 4],
  ["⅓", 1 / 3],
  ["⅔", 2 / 3],
  ["⅛", 1 / 8],
  ["⅜", 3 / 8],
  ["⅝", 5 / 8],
  ["⅞", 7 / 8],
  ["⅕", 1 / 5],
]);

/** The ASCII digit of a digit character of any common script, or undefined. */
export function digitOf(ch: string): string | undefined {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return ch;
  if (c >= 0x660 && c <= 0x669) return String(c - 0x660); // Arabic-Indic
  if (c >= 0x6f0 && c <= 0x6f9) return String(c - 0x6f0); // Extended Arabic-Indic (Persian, Urdu)
  if (c >= 0x966 && c <= 0x96f) return String(c - 0x966); // Devanagari
  if (c >= 0xff10 && c <= 0xff19) return String(c - 0xff10); // full-width
  return undefined;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  // ASCII first: the Unicode class test is the tokenizer's hot spot on English text.
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c >= 128 && LETTER.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c === 32 || c === 10 || c === 9 || c === 13) return true;
  if (c < 128) return c === 11 || c === 12;
  return SPACE.test(ch) || ch === "\u200b" || ch === "\ufeff";
}

/** Spaces that may group digits ("1 000 000" in French or Kazakh style). */
function isGroupSpace(ch: string | undefined): boolean {
  return ch === "\u00a0" || ch === "\u2009" || ch === "\u202f" || ch === " ";
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === "’";
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaceBefore = true;
  let lineStart = true;
  let paragraphStart = true;
  let newlines = 0;
  while (i < n) {
    const ch = text[i] ?? "";
    if (isSpace(ch)) {
      if (ch === "\n") {
        newlines++;
        lineStart = true;
        if (newlines >= 2) paragraphStart = true;
      }
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let norm: string;
    // ".272" (a batting average), "rose .5%": a point that opens a word is the number's decimal point.
    const leadingPoint = ch === "." && spaceBefore && digitOf(text[i + 1] ?? "") !== undefined;
    if (digitOf(ch) !== undefined || leadingPoint) {
      kind = "num";
      const r = readNumber(text, leadingPoint ? i + 1 : i);
      i = r.end;
      norm = leadingPoint ? `0.${r.norm}` : r.norm;
      // "6½%", "2¼ points": a vulgar fraction glued to the digits joins the number.
      const fraction = VULGAR_FRACTIONS.get(text[i] ?? "");
      if (fraction !== undefined) {
        const whole = parseNumeral(norm);
        if (Number.isFinite(whole) && Number.isInteger(whole)) {
          norm = String(Number((whole + fraction).toPrecision(15)));
          i++;
        }
      }
    } else if (isLetter(ch)) {
      kind = "word";
      i = readWord(text, i);
      norm = text.slice(start, i).toLowerCase();
      // "10,500m3", "85 m²", "4.5 million m3": after a number (and its scale), a length's unit and its
      // power are one unit.
      const power = POWERS.get(text[i] ?? "");
      if (
        power !== undefined &&
        POWERED_UNITS.has(norm) &&
        (tokens[tokens.length - 1]?.kind === "num" || tokens[tokens.length - 2]?.kind === "num") &&
        !isLetter(text[i + 1]) &&
        digitOf(text[i + 1] ?? "") === undefined
      ) {
        norm += power;
        i++;
      }
    } else {
      const symbol = SYMBOLS.get(ch);
      kind = symbol === undefined ? "punct" : "sym";
      norm = symbol ?? ch;
      i++;
    }
    tokens.push({
      kind,
      text: text.slice(start, i),
      norm,
      start,
      end: i,
      spaceBefore,
      lineStart,
      paragraphStart,
    });
    spaceBefore = false;
    lineStart = false;
    paragraphStart = false;
    newlines = 0;
  }
  return tokens;
}

/** Digits with "," "." or group spaces between digit groups: "1,000.5", "1.000,5", "1 000". */
function readNumber(text: string, from: number): { end: number; norm: string } {
  let i = from;
  let norm = "";
  const n = text.length;
  while (i < n) {
    const d = digitOf(text[i] ?? "");
    if (d !== undefined) {
      norm += d;
      i++;
      continue;
    }
    const ch = text[i];
    const next = text[i + 1] ?? "";
    if ((ch === "," || ch === "." || ch === "٫" || ch === "٬") && digitOf(next) !== undefined) {
      norm += ch === "٫" ? "." : ch === "٬" ? "," : ch;
      i++;
      continue;
    }
    // A group space counts only before exactly three digits: "1 000 000" but not "2022 3".
    if (
      isGroupSpace(ch) &&
      isThreeDigitGroup(text, i + 1) &&
      (ch !== " " || spacedThousands(text, from, norm, i + 1))
    ) {
      norm += " ";
      i++;
      continue;
    }
    break;
  }
  return { end: i, norm };
}

/**
 * An ASCII space before the three digits at `group` groups thousands, as Namibian, South African and
 * French papers print them ("30 412 patients", "N$780 000"), when the digits before it (`norm`) are 1-3
 * digits with no leading zero, or such groups already: not a phone number ("+254 712 345 678", "011 555"),
 * a number glued to a word by a hyphen ("COVID-19 100"), nor a count before a model ("31 787 Dreamliners")
 * or before a hyphened compound ("24 100-bed hospitals").
 */
function spacedThousands(text: string, from: number, norm: string, group: number): boolean {
  if (!/^[1-9]\d{0,2}(?: \d{3})*$/.test(norm) || "+-/.:#".includes(text[from - 1] || " ")) return false;
  // (Nor the next group of a number read before it: "+254 712 345 678".)
  if (digitOf(text[from - 2] ?? "") !== undefined && isSpace(text[from - 1])) return false;
  if (/^7[0-8]7$/.test(text.slice(group, group + 3))) return false;
  return text[group + 3] !== "-";
}

function isThreeDigitGroup(text: string, at: number): boolean {
  for (let k = 0; k < 3; k++) if (digitOf(text[at + k] ?? "") === undefined) return false;
  return digitOf(text[at + 3] ?? "") === undefined;
}

/** Letters, with inner apostrophes ("Kazakhstan’s") and dotted abbreviations ("U.S.", "a.m."). */
function readWord(text: string, from: number): number {
  let i = from;
  const n = text.length;
  let runLength = 0;
  let dotted = false;
  while (i < n) {
    const ch = text[i];
    if (isLetter(ch)) {
      i++;
      runLength++;
      continue;
    }
    if (isApostrophe(ch) && isLetter(text[i + 1])) {
      i++;
      runLength = 0;
      continue;
    }
    if (
      ch === "." &&
      runLength <= 2 &&
      isLetter(text[i + 1]) &&
      (text[i + 2] === "." || !isLetter(text[i + 2]))
    ) {
      dotted = true;
      i++;
      runLength = 0;
      continue;
    }
    break;
  }
  // "U.S." keeps its final period; a lone "U" before "." does not.
  if (dotted && text[i] === "." && runLength <= 2) i++;
  return i;
}

/** Reads a normalized number token ("1,234.5", "1.234,5", "1,00,000", "37,2", "1 000") as a number. */
export function parseNumeral(norm: string): number {
  const compact = norm.replaceAll(" ", "");
  const commas = count(compact, ",");
  const dots = count(compact, ".");
  let s: string;
  if (commas > 0 && dots > 0) {
    const decimal = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    s = compact.replaceAll(group, "");
    if (decimal === ",") s = s.replace(",", ".");
    if (count(s, ".") > 1) return Number.NaN;
  } else if (commas > 0) {
    s = isGrouped(compact, ",") ? compact.replaceAll(",", "") : commas === 1 ? compact.replace(",", ".") : "";
  } else if (dots > 1) {
    s = isGrouped(compact, ".") ? compact.replaceAll(".", "") : "";
  } else if (/^[1-9]\d{0,2}\.000$/.test(compact)) {
    // ("210.000 visitors", "€12.000": no decimal is written with three zeros; a thousands point, as Spanish,
    // German and Brazilian copy writes it.)
    s = compact.replace(".", "");
  } else {
    s = compact;
  }
  if (s === "") return Number.NaN;
  return Number(s);
}

function count(s: string, ch: string): number {
  let c = 0;
  for (const x of s) if (x === ch) c++;
  return c;
}

/** "1,000,000" (groups of three) or Indian "1,00,000" (last group three, others two or three). */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  const first = parts[0] ?? "";
  if (first.length < 1 || first.length > 3) return false;
  const last = parts[parts.length - 1] ?? "";
  if (last.length !== 3) return false;
  for (let k = 1; k < parts.length - 1; k++) {
    const len = parts[k]?.length ?? 0;
    if (len !== 2 && len !== 3) return false;
  }
  return true;
}
