/** Numbers written in words: "three billion", "twenty-five", "a quarter", "two-thirds", "half a million". */
import type { Amount } from "./amounts.ts";
import { COUNT_NOUN, FRACTION, ONE, ONE_WORD, PERCENT_WORD, SCALE, TEN } from "./lexicon.ts";
import { gluedHyphen } from "./phrases.ts";
import { DASHES } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/** Fraction words that are also ordinals: after "a", what follows tells which ("a third of" / "a third term"). */
const ORDINAL_SHARES: ReadonlySet<string> = new Set(["third", "fourth", "fifth", "sixth", "eighth", "tenth"]);

/** Fraction words that also name parts of a year: "in three quarters" counts quarters. */
const PERIOD_PARTS: ReadonlySet<string> = new Set(["quarters", "halves"]);

/** Words before a count of periods: "in three quarters", "over the past two quarters". */
const COUNTED_SPAN_OPENERS: ReadonlySet<string> = new Set([
  "in",
  "for",
  "over",
  "past",
  "last",
  "next",
  "within",
]);

/** Words after "a third" that leave it a share: "a third of", "a third more", "by a third in 2023". */
const AFTER_SHARE: ReadonlySet<string> = new Set([
  "of",
  "more",
  "less",
  "fewer",
  "than",
  "in",
  "on",
  "at",
  "to",
  "from",
  "since",
  "over",
  "during",
  "by",
  "and",
  "or",
  "but",
  "as",
  "after",
  "before",
  "while",
  "compared",
  "last",
  "this",
  "year",
  "years",
]);

/** The word after "a third" makes it an ordinal: another word that does not leave it a share. */
function ordinalUse(next: Token | undefined): boolean {
  return next !== undefined && next.kind === "word" && !AFTER_SHARE.has(next.norm);
}

/** Written numbers: "three billion", "twenty-five", "a quarter", "two-thirds", "half a million". */
export function readWritten(t: readonly Token[], i: number): Amount | undefined {
  const first = t[i];
  if (!first) return undefined;
  const second = t[i + 1];
  const third = t[i + 2];
  // "half a million"
  if (
    first.norm === "half" &&
    second &&
    ONE_WORD.has(second.norm) &&
    third &&
    (SCALE.get(third.norm) ?? 0) >= 1e3
  ) {
    const mult = SCALE.get(third.norm) ?? 1;
    return { value: 0.5 * mult, end: i + 3, mult, written: true, fraction: true };
  }
  // "half a percentage point", "half a per cent"
  if (first.norm === "half" && second && ONE_WORD.has(second.norm) && PERCENT_WORD.forward(t, i + 2)) {
    return { value: 0.5, end: i + 2, mult: 1, written: true, fraction: true };
  }
  let j = i;
  let total = 0;
  let current = 0;
  let mult = 1;
  let last: "none" | "a" | "ones" | "tens" | "hundred" | "scale" | "and" = "none";
  if (ONE_WORD.has(first.norm) && first.norm !== "one") {
    const n = second?.norm ?? "";
    if (!(SCALE.has(n) || COUNT_NOUN.has(n) || FRACTION.has(n))) return undefined;
    current = 1;
    last = "a";
    j++;
  }
  const limit = Math.min(t.length, i + 40);
  while (j < limit) {
    const w = t[j];
    if (!w) break;
    const n = w.norm;
    const next = t[j + 1];
    if (DASHES.has(n) && !w.spaceBefore && next && !next.spaceBefore) {
      if (
        (last === "tens" && ONE.has(next.norm)) ||
        ((last === "ones" || last === "a") && FRACTION.has(next.norm))
      ) {
        j++;
        continue;
      }
      break;
    }
    if (w.kind !== "word") break;
    const one = ONE.get(n);
    const ten = TEN.get(n);
    const scale = SCALE.get(n);
    const fraction = FRACTION.get(n);
    if (
      one !== undefined &&
      (last === "none" || last === "tens" || last === "hundred" || last === "scale" || last === "and")
    ) {
      if (last === "tens" && one >= 10) break;
      current += one;
      last = "ones";
    } else if (
      ten !== undefined &&
      (last === "none" || last === "hundred" || last === "scale" || last === "and")
    ) {
      current += ten;
      last = "tens";
    } else if (n === "hundred" && (last === "ones" || last === "a" || last === "tens")) {
      current *= 100;
      last = "hundred";
    } else if (
      scale !== undefined &&
      scale >= 1e3 &&
      (last === "ones" || last === "tens" || last === "a" || last === "hundred")
    ) {
      total += current * scale;
      current = 0;
      mult = Math.max(mult, scale);
      last = "scale";
    } else if (COUNT_NOUN.has(n) && (last === "ones" || last === "a")) {
      current *= COUNT_NOUN.get(n) ?? 1;
      last = "hundred";
    } else if (fraction !== undefined && (last === "ones" || last === "a") && total === 0 && current <= 20) {
      // "a quarter", "two-thirds", "three quarters"; "a quarter of a million".
      if (current > 1 && (n === "half" || n === "third" || n === "quarter")) break;
      // "a fifth straight month", "a third term", "a third-party audit": an ordinal before its noun (or
      // glued by a hyphen to it), not a share.
      const glued = gluedHyphen(t, j + 1) && t[j + 2]?.kind === "word";
      if (last === "a" && ORDINAL_SHARES.has(n) && (ordinalUse(t[j + 1]) || glued)) break;
      // "its slowest pace in seven quarters": more parts than make a whole count periods, not a share.
      if (current > fraction) break;
      // "the slowest pace in three quarters", "for two quarters": periods counted, not a share of a whole.
      if (PERIOD_PARTS.has(n) && t[j + 1]?.norm !== "of" && COUNTED_SPAN_OPENERS.has(t[i - 1]?.norm ?? ""))
        break;
      let value = current / fraction;
      let end = j + 1;
      let fmult = 1;
      // "a half million": a half of the scale that follows.
      const scaleAfter = SCALE.get(t[end]?.norm ?? "") ?? 0;
      if (n === "half" && last === "a" && scaleAfter >= 1e3) {
        return { value: 0.5 * scaleAfter, end: end + 1, mult: scaleAfter, written: true, fraction: true };
      }
      const of = t[end];
      const art = t[end + 1];
      const sc = t[end + 2];
      if (of?.norm === "of" && art && ONE_WORD.has(art.norm) && sc && (SCALE.get(sc.norm) ?? 0) >= 1e3) {
        fmult = SCALE.get(sc.norm) ?? 1;
        value *= fmult;
        end += 3;
      }
      return { value, end, mult: fmult, written: true, fraction: true };
    } else if (
      n === "and" &&
      (last === "ones" || last === "tens") &&
      t[j + 1] &&
      ONE_WORD.has(t[j + 1]?.norm ?? "") &&
      t[j + 1]?.norm !== "one" &&
      t[j + 2]?.norm === "half"
    ) {
      // "two and a half million", "two and a half octaves": the half joins the count before it.
      current += 0.5;
      j += 3;
      continue;
    } else if (
      n === "and" &&
      (last === "hundred" || last === "scale") &&
      next &&
      (ONE.has(next.norm) || TEN.has(next.norm))
    ) {
      last = "and";
    } else {
      break;
    }
    j++;
  }
  if (last === "none" || last === "a") return undefined;
  return { value: total + current, end: j, mult, written: true, fraction: false };
}
