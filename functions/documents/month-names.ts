/** English month names as regex source: full or three/four-letter abbreviations, optional period. */
export const MONTH_PATTERN =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** 1..12 for a month name MONTH_PATTERN matched, 0 otherwise. */
export function monthOf(word: string | undefined): number {
  return MONTHS[(word ?? "").toLowerCase().slice(0, 3)] ?? 0;
}
