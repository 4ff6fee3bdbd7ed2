/** Written numbers. Lower-cased. */
export const ONES: ReadonlyArray<readonly [string, number]> = [
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
];

export const TENS: ReadonlyArray<readonly [string, number]> = [
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70],
  ["eighty", 80], ["ninety", 90],
];

/** Counting nouns: "a dozen", "two dozen". */
export const COUNT_NOUNS: ReadonlyArray<readonly [string, number]> = [["dozen", 12]];

/** Fraction denominators, singular and plural: "a quarter", "two-thirds", "three quarters". */
export const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4], ["fourth", 4], ["fourths", 4], ["fifth", 5],
  ["fifths", 5], ["sixth", 6], ["sixths", 6], ["eighth", 8], ["eighths", 8], ["tenth", 10], ["tenths", 10],
];

/** Words for "1" before a scale or fraction: "a billion", "an eighth", "one-third". */
export const ONE_WORDS: readonly string[] = ["a", "an", "one"];
