/** Small predicates on a token's spelling. Each looks at a bounded prefix or at each character once. */

/** Starts with an upper-case letter ("Blinken", "U.S.", "İstanbul"). */
export function isCapitalized(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 32);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Has letters and none of them in lower case ("NATO", "U.S.", "G20"). */
export function isAllUpper(word: string): boolean {
  return hasLetter(word) && word === word.toUpperCase();
}

/** Contains a letter of any script. */
export function hasLetter(word: string): boolean {
  const head = word.length > 64 ? word.slice(0, 64) : word;
  // ASCII first (most tokens): a letter is a-z or A-Z; anything else takes the Unicode test.
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (head.charCodeAt(i) >= 128) return head.toLowerCase() !== head.toUpperCase() || /\p{L}/u.test(head);
  }
  return false;
}

/** An acronym: up to 7 capitals, digits, "&", "-", "+", with two capitals or a capital and a digit ("IMF", "G20", "AT&T"). */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 7 || !isAllUpper(word)) return false;
  let capitals = 0;
  let digits = 0;
  for (const ch of word) {
    if (ch >= "A" && ch <= "Z") capitals++;
    else if (ch >= "0" && ch <= "9") digits++;
    else if (!(ch >= "0" && ch <= "9") && ch !== "&" && ch !== "-" && ch !== "+") return false;
  }
  return (
    capitals >= 2 ||
    (capitals === 1 && word[0] !== undefined && word[0] >= "A" && word[0] <= "Z" && digits > 0)
  );
}

/** Single letters with periods: "U.S.", "E.U.". */
export function isDottedAbbreviation(word: string): boolean {
  return word.length >= 4 && word.length <= 8 && word.endsWith(".") && word[1] === ".";
}

/** "KASSYM-JOMART" -> "Kassym-Jomart", "O'BRIEN" -> "O'Brien"; dotted abbreviations stay ("U.S."). */
export function titleCase(word: string): string {
  if (isDottedAbbreviation(word) || word.length > 64) return word;
  let out = "";
  let upperNext = true;
  for (const ch of word) {
    out += upperNext ? ch.toUpperCase() : ch.toLowerCase();
    upperNext = ch === "-" || ch === "'" || ch === "’";
  }
  return out;
}

/** Lower case, curly apostrophes straightened, for comparing names. */
export function foldName(name: string): string {
  return name.toLowerCase().replaceAll("’", "'");
}

/**
 * A name as a merge key: folded, without accents (a dateline's "BOGOTA" and "Bogotá", "Orban" and
 * "Orbán" are one name), with tokens joined as any spelling writes them ("st. louis", "at&t",
 * "manufacturers' association" whether the words or the text were joined).
 */
export function nameKey(name: string): string {
  return withoutAccents(foldName(name))
    .replace(/ (?=[.,'])/g, "")
    .replace(/ ?& ?/g, "&");
}

/** Latin letters without their combining marks: "são paulo" → "sao paulo"; other scripts unchanged. */
function withoutAccents(text: string): string {
  // Only text with a character outside printable ASCII pays for the normalization.
  return /[^ -~]/.test(text) ? text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC") : text;
}

/** "al-Sisi", "el-Erian": a lower-case prefix of `prefixes`, a hyphen, then a capitalized surname. */
export function isPrefixedSurname(word: string, prefixes: ReadonlySet<string>): boolean {
  const dash = word.indexOf("-");
  return dash > 0 && prefixes.has(word.slice(0, dash)) && isCapitalized(word.slice(dash + 1));
}

const POSSESSIVE_MARKS = new Set(["'s", "’s", "'S", "’S", "'", "’"]);

/** A possessive token as the tokenizer splits it off: "'s", "’s" or a bare apostrophe ("Workers'"). */
export function isPossessive(word: string): boolean {
  return POSSESSIVE_MARKS.has(word);
}

/**
 * An acronym defined in parentheses, including mixed-case ones: "BCCI", "UNRWA", "AfDB", "BoG".
 * Letters only (a "&" allowed), starting with a capital, two capitals or more and fewer small letters.
 */
export function isDefinedAcronym(word: string): boolean {
  if (isAcronym(word)) return true;
  if (word.length < 3 || word.length > 8 || !/^\p{Lu}[\p{L}&]+$/u.test(word)) return false;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  // "AfDB", "BoG": fewer small letters than capitals ("McDonald" is a name).
  return capitals >= 2 && word.length - capitals < capitals;
}

/**
 * Prefixes that put a capital inside a name: a surname's ("McDonald", "DeSantis", "LaGuardia",
 * "FitzGerald") or the Hebrew article's ("Nof HaGalil").
 */
const NAME_CAPITALS = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Fitz|O'|Ha)\p{Lu}/u;

/**
 * One word with a capital inside after lower-case letters, no surname's prefix: a brand's name
 * ("TrendForce", "VanMoof", "BusinessDay"), not "McDonald" or "DeSantis", nor an abbreviation's plural
 * ("MoUs", "PhDs").
 */
export function isBrandWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !NAME_CAPITALS.test(word) && !/\p{Lu}s$/u.test(word);
}
