/**
 * Percent words after the digits: [phrase, factor, kind, example]. The value is the number times the
 * factor, in percent. "points" marks percentage points (a change measure).
 */
export const PERCENT_WORDS: ReadonlyArray<readonly [string, number, "percent" | "points", string]> = [
  ["%", 1, "percent", "5%"],
  ["percent", 1, "percent", "37.2 percent"],
  ["per cent", 1, "percent", "5 per cent"],
  ["per-cent", 1, "percent", "5 per-cent"],
  ["pct", 1, "percent", "5 pct"],
  ["pc", 1, "percent", "5pc (attached)"],
  ["percentage points", 1, "points", "2 percentage points"],
  ["percentage point", 1, "points", "0.5 percentage point"],
  ["percentage-point", 1, "points", "a 2 percentage-point rise"],
  ["per cent points", 1, "points", "2 per cent points"],
  ["pp", 1, "points", "2pp"],
  ["ppt", 1, "points", "2ppt"],
  ["ppts", 1, "points", "2ppts"],
  ["basis points", 0.01, "points", "25 basis points"],
  ["basis point", 0.01, "points", "a 25 basis point cut"],
  ["basis-point", 0.01, "points", "a 25-basis-point cut"],
  ["bps", 0.01, "points", "25bps"],
  ["bp", 0.01, "points", "25bp"],
  ["‰", 0.1, "percent", "5‰"],
];
