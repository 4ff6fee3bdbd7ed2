/** Amounts in digits with their scale ("1.2 billion", "5m", "Rs 1.5 lakh crore") and ratios ("one in five"). */
import { ATTACHED_SCALE, PERCENT_WORD, POINTED_SCALE, SCALE } from "./lexicon.ts";
import { DASHES, isYearToken } from "./token-marks.ts";
import { parseNumeral, type Token } from "./tokenize.ts";
import { readWritten } from "./written-numbers.ts";

export interface Amount {
  value: number;
  end: number;
  /** Multiplier of a scale word, 1 if none. */
  mult: number;
  written: boolean;
  fraction: boolean;
  /** A scale letter attached to the digits ("5m"): million with money, metres without. */
  letter?: string;
  huge?: boolean;
}

/** `money`: a currency came before, so a scale letter may stand apart ("€ 40 m", "INR 550 Cr"). */
export function readAmount(t: readonly Token[], i: number, money = false): Amount | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  if (tok.kind === "word") return readWritten(t, i);
  if (tok.kind !== "num") return undefined;
  let digits = 0;
  for (const ch of tok.norm) if (ch >= "0" && ch <= "9") digits++;
  if (digits > 18) return { value: 0, end: i + 1, mult: 1, written: false, fraction: false, huge: true };
  const base = parseNumeral(tok.norm);
  if (!Number.isFinite(base))
    return { value: 0, end: i + 1, mult: 1, written: false, fraction: false, huge: true };
  let scale = scaleAt(t, i + 1, money);
  // "Rs 1.5 lakh crore", "10 thousand crore": a scale of a scale.
  const outer = scale && !scale.letter ? t[scale.end] : undefined;
  if (
    scale &&
    outer &&
    (outer.norm === "crore" || outer.norm === "lakh") &&
    outer.norm !== t[scale.end - 1]?.norm
  ) {
    scale = { mult: scale.mult * (SCALE.get(outer.norm) ?? 1), end: scale.end + 1 };
  }
  // "rose 3-1/4 cents to $4.52-1/2 a bushel": a grain price's eighths, of the last digit's unit.
  const eighths = scale ? undefined : eighthsAt(t, i);
  if (eighths)
    return { value: base + eighths.value, end: eighths.end, mult: 1, written: false, fraction: false };
  if (scale) {
    const amount: Amount = {
      value: base * scale.mult,
      end: scale.end,
      mult: scale.mult,
      written: false,
      fraction: false,
    };
    if (scale.letter) amount.letter = scale.letter;
    return amount;
  }
  return { value: base, end: i + 1, mult: 1, written: false, fraction: false };
}

/** "million", "bn", attached "m"/"k"/"b", and "-billion" in "$5-billion". */
function scaleAt(
  t: readonly Token[],
  j: number,
  money = false,
): { mult: number; end: number; letter?: string } | undefined {
  const tok = t[j];
  // ("Wed 25 Nov 2026\n\nMillions of customers": a new line's first word scales nothing before it.)
  if (!tok || tok.lineStart) return undefined;
  if (tok.kind === "word") {
    const mult = SCALE.get(tok.norm);
    // ("24 billion-dollar weather disasters": the scale is the adjective's, glued to its currency, before
    // the plural it describes; "a 3.1 trillion-peso budget" is money, and so is "the 19.6 million-euro
    // loss", no plural for its "s".)
    const plural = (k: number) => /^[a-z]{2,}[^isu]s$/.test(t[k]?.text ?? "");
    const adjective =
      DASHES.has(t[j + 1]?.norm ?? "") &&
      !t[j + 1]?.spaceBefore &&
      CURRENCY_ADJECTIVES.has(t[j + 2]?.norm ?? "") &&
      !t[j + 2]?.spaceBefore &&
      (plural(j + 3) || plural(j + 4)) &&
      !["a", "an"].includes(t[j - 2]?.norm ?? "");
    if (mult !== undefined && adjective && !money) return undefined;
    if (mult !== undefined) return { mult, end: j + 1 };
    // "EUR 4,5 Mio.", "13,8 Mrd. Euro": a German abbreviation, with its point.
    const pointed = POINTED_SCALE.get(tok.norm);
    if (pointed !== undefined && t[j + 1]?.norm === "." && !t[j + 1]?.spaceBefore)
      return { mult: pointed, end: j + 2 };
    if (!tok.spaceBefore || money) {
      const attached = ATTACHED_SCALE.get(tok.norm);
      if (attached !== undefined) return { mult: attached, end: j + 1, letter: tok.norm };
    }
    return undefined;
  }
  const next = t[j + 1];
  if (DASHES.has(tok.norm) && !tok.spaceBefore && next?.kind === "word" && !next.spaceBefore) {
    const mult = SCALE.get(next.norm);
    if (mult !== undefined && mult >= 1e6) return { mult, end: j + 2 };
    // "P6.5-B", "P2.8-M": Philippine headlines' letter after a dash, for money only.
    const letter = money && /^[BM]$/.test(next.text) ? ATTACHED_SCALE.get(next.norm) : undefined;
    if (letter !== undefined && letter >= 1e6) return { mult: letter, end: j + 2, letter: next.norm };
  }
  return undefined;
}

/** Currencies a scale is glued to in an adjective: "billion-dollar", "million-pound". */
const CURRENCY_ADJECTIVES = new Set([
  "dollar",
  "euro",
  "pound",
  "rupee",
  "naira",
  "rand",
  "yen",
  "yuan",
  "peso",
  "shilling",
]);

/** Words between the two numbers of a ratio: "1 in 10", "one in every four", "three out of five". */
const RATIO_LINKS: readonly (readonly string[])[] = [
  ["in", "every"],
  ["out", "of", "every"],
  ["out", "of"],
  ["in"],
];

/**
 * "one in five", "1 in 10,000", "three out of every four": a whole count in a larger whole count is the
 * share a/b (not "1 in 2020": a year is no whole). Undefined when the amount starts no ratio.
 */
export function ratioAt(t: readonly Token[], part: Amount): Amount | undefined {
  if (part.mult !== 1 || part.fraction || !Number.isInteger(part.value) || part.value < 1) return undefined;
  const link = RATIO_LINKS.find((words) => words.every((word, k) => t[part.end + k]?.norm === word));
  if (!link) return undefined;
  const k = part.end + link.length;
  if (isYearToken(t[k])) return undefined;
  const whole = readAmount(t, k);
  if (!whole || whole.huge || whole.mult !== 1 || whole.fraction || !Number.isInteger(whole.value)) {
    return undefined;
  }
  if (whole.value <= part.value || PERCENT_WORD.forward(t, whole.end)) return undefined;
  return { value: part.value / whole.value, end: whole.end, mult: 1, written: part.written, fraction: true };
}

/** Denominators of the fractions grain and bond prices are quoted in. */
const QUOTE_DENOMINATORS = new Set([2, 4, 8]);

/**
 * "-3/4" glued after the digits at `i` ("3-3/4 cents", "$11.62-3/4"): a fraction of the unit of the
 * number's last digit (a cent after "11.62"). Its value and where it ends, or undefined.
 */
function eighthsAt(t: readonly Token[], i: number): { value: number; end: number } | undefined {
  const [dash, top, slash, bottom] = [t[i + 1], t[i + 2], t[i + 3], t[i + 4]];
  if (dash?.norm !== "-" || slash?.norm !== "/" || top?.kind !== "num" || bottom?.kind !== "num")
    return undefined;
  if (dash.spaceBefore || top.spaceBefore || slash.spaceBefore || bottom.spaceBefore) return undefined;
  const a = Number(top.norm);
  const b = Number(bottom.norm);
  if (!Number.isInteger(a) || !QUOTE_DENOMINATORS.has(b) || a < 1 || a >= b) return undefined;
  const decimals = /\.(\d+)$/.exec(t[i]?.norm ?? "")?.[1]?.length ?? 0;
  return { value: (a / b) * 10 ** -decimals, end: i + 5 };
}

/** 152.3 * 0.01 is 1.5230000000000001 in binary; 15 significant digits read as the text does. */
export function asWritten(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}
