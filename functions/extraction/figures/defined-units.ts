/**
 * "78.4 million tonnes (MT) in November, compared with 74.5 MT a year earlier": an abbreviation the article
 * defines in parentheses right after a scaled quantity, whose letters are the initials of the scale and the
 * unit ("million tonnes (MT)", "million metric tons (MMT)", "billion cubic metres (bcm)", "million tonnes
 * per annum (MTPA)"), stands for both wherever a quantity is written with it: 74.5 MT is 74,500,000 tonnes.
 * Where the letters leave the scale out ("1.02 million metric tons (MT)"), they name the unit alone and
 * nothing changes. Linear in the figures.
 */
import type { Figure } from "./types.ts";

/** The parenthesis after the defining quantity: " (MT)". */
const DEFINITION = /^\s*\(([A-Za-z]{2,6})\)/;
/** The digits a figure's text opens with: "78.4" in "78.4 million tonnes". */
const LEADING_NUMBER = /^[\d,]*\.?\d+/;

interface DefinedUnit {
  /** The scale as a power of ten: 6 for "million". */
  power: number;
  unit: string;
}

/** The power of ten of the figure's value over the number written, when 3 or more (a thousand); else 0. */
function scaleOf(figure: Figure): number {
  const written = Number((LEADING_NUMBER.exec(figure.text)?.[0] ?? "").replaceAll(",", ""));
  if (!(written > 0)) return 0;
  const power = Math.round(Math.log10(figure.value / written));
  return power >= 3 && Math.abs(figure.value / written / 10 ** power - 1) < 1e-9 ? power : 0;
}

/** The value times ten to the power, in decimal: 64.1 and 6 make 64,100,000, not 64,099,999.99999999. */
function scaled(value: number, power: number): number {
  return Number(`${value}e${power}`);
}

function definitions(text: string, figures: readonly Figure[]): Map<string, DefinedUnit> {
  const defined = new Map<string, DefinedUnit>();
  for (const figure of figures) {
    if (figure.kind !== "QUANTITY" || !figure.unit) continue;
    const abbreviation = DEFINITION.exec(text.slice(figure.end, figure.end + 12))?.[1];
    if (!abbreviation || defined.has(abbreviation)) continue;
    const power = scaleOf(figure);
    const words = figure.text.replace(LEADING_NUMBER, "").trim().split(/\s+/);
    const initials = words.map((word) => word[0] ?? "").join("");
    if (power > 0 && initials.toLowerCase() === abbreviation.toLowerCase())
      defined.set(abbreviation, { power, unit: figure.unit });
  }
  return defined;
}

export function readDefinedUnits(text: string, figures: Figure[]): void {
  if (!text.includes("(")) return;
  const defined = definitions(text, figures);
  if (defined.size === 0) return;
  for (const figure of figures) {
    const unit = figure.kind === "QUANTITY" && figure.unit ? defined.get(figure.unit) : undefined;
    if (!unit || scaleOf(figure) > 0) continue;
    figure.value = scaled(figure.value, unit.power);
    if (figure.high !== undefined) figure.high = scaled(figure.high, unit.power);
    figure.unit = unit.unit;
  }
}
