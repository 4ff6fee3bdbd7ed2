/**
 * Words that end in a period without ending a sentence. Lower-cased, without the final period.
 * Data only: the rules that use it live in sentences.ts.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "gen",
  "col",
  "lt",
  "sgt",
  "det",
  "insp",
  "supt",
  "cpl",
  "const",
  "del",
  "ald",
  "coun",
  "maj",
  "brig",
  "adm",
  "engr",
  "capt",
  "gov",
  "sen",
  "rep",
  "pres",
  "rev",
  "hon",
  "messrs",
  "mt",
  // Philippine and Spanish place names: "Sta. Ines", "Sto. Tomas", "Brgy. San Roque".
  "sta",
  "sto",
  "brgy",
  // Given names written short: "Jose Ma. Ramirez" (Maria, in the Philippines), "Md. Abdul Karim", "Mohd.".
  "ma",
  "md",
  "mohd",
  "ft",
  "no",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "approx",
  "inc",
  "corp",
  "ltd",
  "co",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "d.c",
  "a.m",
  "p.m",
  "fig",
  "est",
  "dept",
  "univ",
  "assn",
  "bros",
  "ave",
  "blvd",
  "rd",
]);

/**
 * Currency abbreviations written with a period before the amount: "Rs. 1,250", "Rp. 15,000", "Tk. 298",
 * "Kshs. 500". Lower-cased, without the period; before a digit they end no sentence.
 */
export const CURRENCY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...["rs", "re", "rp", "tk", "sh", "shs", "ksh", "kshs", "ush", "tsh", "dh", "dhs", "php"],
]);

/**
 * Scale abbreviations written with a period after the amount: "13,8 Mrd. Euro", "4,5 Mio. €". Lower-cased,
 * without the period; before a currency they end no sentence.
 */
export const SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(["mio", "mrd", "mln", "bln"]);

/** A currency word or sign opening the text after a scale's abbreviation: "Euro", "€", "Franken", "USD". */
export const CURRENCY_AFTER_SCALE =
  /^(?:[€$£¥]|(?:euro|eur|chf|franken|dollar|us-dollar|usd|gbp|pfund|kronen|kr|yen)\b)/i;
