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

/**
 * Month names of Spanish, Portuguese, French and German datelines ("7 de diciembre de 2026", "7 de
 * dezembro de 2026", "7 décembre 2026", "7. Dezember 2026"), lower-cased, with their numbers.
 */
const FOREIGN_MONTHS: Readonly<Record<string, number>> = {
  ...{ enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8 },
  ...{ septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12 },
  ...{ janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10 },
  ...{ novembro: 11, dezembro: 12 },
  ...{ janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9 },
  ...{ octobre: 10, novembre: 11, décembre: 12 },
  ...{ januar: 1, februar: 2, märz: 3, april: 4, juni: 6, juli: 7, oktober: 10, dezember: 12 },
};

/** The foreign month names as regex source (see FOREIGN_MONTHS). */
export const FOREIGN_MONTH_PATTERN = `(${Object.keys(FOREIGN_MONTHS).join("|")})`;

/** 1..12 for a foreign month name, 0 otherwise. */
export function foreignMonthOf(word: string | undefined): number {
  return FOREIGN_MONTHS[(word ?? "").toLowerCase()] ?? 0;
}
