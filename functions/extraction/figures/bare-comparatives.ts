/**
 * Bare comparatives, as Nordic interim reports write them: "Net sales amounted to SEK 1,126 million
 * (1,229)", "The operating margin was 7.6 percent (7.9)": the number alone in parentheses right after an
 * amount is the same measure a period before, in the amount's currency, unit and scale.
 */
import { asWritten } from "./amounts.ts";
import { PERCENT_WORDS } from "./data/percents.ts";
import { ATTACHED_SCALE, SCALE } from "./lexicon.ts";
import { isYearToken } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure } from "./types.ts";

/** One-token percent words that end an amount after its number: "%" in "7.6% (7.9)", "percent", "pct". */
const AMOUNT_ENDS: ReadonlySet<string> = new Set(
  PERCENT_WORDS.filter(([word, , kind]) => kind === "percent" && !/[\s-]/.test(word)).map(([word]) => word),
);

/** Lower-case words of a unit between a quantity's number and its comparative, at most: "square metres". */
const UNIT_WORDS = 2;

/**
 * The number at token `k`, alone in parentheses, follows an amount written alike (both with a decimal
 * point or both without): "SEK 1,126 million (1,229)", "EUR 12.4m (11.0)", "8 per cent (7)", "62 litres
 * (71)". Not a footnote's "(1)" after "$5.2 million", not a year.
 */
export function bareComparativeAt(t: readonly Token[], k: number): boolean {
  const number = t[k];
  if (!number || !t[k - 1]?.spaceBefore || isYearToken(number)) return false;
  let j = k - 2;
  const end = t[j]?.norm ?? "";
  if (SCALE.has(end) || ATTACHED_SCALE.has(end) || AMOUNT_ENDS.has(end)) j -= 1;
  else if (end === "cent" && t[j - 1]?.norm === "per") j -= 2;
  else {
    // ("612,000 square metres (548,000)", "62 litres (71)": past the quantity's unit words.)
    const last = j;
    while (j > last - UNIT_WORDS && t[j]?.kind === "word" && t[j]?.text === t[j]?.norm) j--;
    if (j < last && (t[j]?.kind !== "num" || !t[j + 1]?.spaceBefore)) return false;
  }
  const amount = t[j];
  // (Not "the Toyota RAV4 (3,902)": a number glued to a word is part of a name.)
  const glued = !amount?.spaceBefore && t[j - 1]?.kind === "word";
  return amount?.kind === "num" && !glued && amount.text.includes(".") === number.text.includes(".");
}

/** The digits an amount is written with, as a number: 1126 for "SEK 1,126 million". */
const DIGITS = /\d[\d,]*(?:\.\d+)?/;

/**
 * Gives each bare comparative the kind, currency, unit, scale and subject of the amount before it, in place;
 * it names no period of its own (a period of its sentence is the amount's, and the story's is not its).
 */
export function readBareComparatives(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const figure = figures[k];
    const before = figures[k - 1];
    if (!figure || !before || figure.kind !== "NUMBER" || figure.unit !== undefined) continue;
    // ("SEK 1.20 per share (1.00)": past a rate the amount's unit writes after it.)
    const between = text.slice(before.end, figure.start);
    if ((between !== " (" && between !== ` ${before.unit} (`) || text[figure.end] !== ")") continue;
    // ("Operating profit was SEK 9.2 million (-4.7)": a loss a period before keeps its sign.)
    if (!/^[-−]?\d[\d,.]*$/.test(figure.text) || before.sentence.start !== figure.sentence.start) continue;
    const written = Number(DIGITS.exec(before.text)?.[0].replaceAll(",", ""));
    const scale = written > 0 ? before.value / written : Number.NaN;
    const power = Math.round(Math.log10(scale));
    if (!Number.isFinite(power) || Math.abs(scale / 10 ** power - 1) > 1e-9) continue;
    figure.kind = before.kind;
    figure.value = asWritten(figure.value * 10 ** power);
    if (before.currency) figure.currency = before.currency;
    if (before.unit) figure.unit = before.unit;
    if (before.subject) figure.subject = { ...before.subject };
    else delete figure.subject;
    delete figure.period;
    delete figure.change;
  }
}
