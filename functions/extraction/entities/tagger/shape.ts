const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** The class of one character for word shapes: X upper, x other letter, d digit, else itself. */
function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return "X";
  if (c >= 97 && c <= 122) return "x";
  if (c >= 48 && c <= 57) return "d";
  if (c < 128) return ch;
  if (UPPER.test(ch)) return "X";
  if (LETTER.test(ch)) return "x";
  if (DIGIT.test(ch)) return "d";
  return "*";
}

/**
 * Word shape with runs of one class cut to `maxRun`, looking at no more than 24 characters:
 * "Kazakhstan" -> "Xxx" (maxRun 2) / "Xx" (maxRun 1), "U.S." -> "X.X.", "2022" -> "dd" / "d".
 */
export function wordShape(word: string, maxRun: number): string {
  let out = "";
  let last = "";
  let run = 0;
  let seen = 0;
  for (const ch of word) {
    if (++seen > 24) break;
    const k = charClass(ch);
    if (k === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = k;
      run = 1;
    }
    out += k;
  }
  return out;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  if (first >= 65 && first <= 90) return true;
  if (first < 128) return false;
  return UPPER.test(String.fromCodePoint(first));
}

/** True when the word has a letter and no lower-case letter ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Lower-cased word with every digit replaced by 0, so numbers share features. */
export function normalizeWord(word: string): string {
  const lower = word.length > 40 ? word.slice(0, 40).toLowerCase() : word.toLowerCase();
  return lower.replace(/\d/g, "0");
}
