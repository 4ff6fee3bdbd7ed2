import codes from "i18n-iso-countries/codes.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

/**
 * Country names by ISO 3166-1 alpha-2 code, from i18n-iso-countries (its English locale: the official
 * name first, then common aliases). Data only: gazetteer.ts builds the look-up.
 */
export const ISO_COUNTRY_NAMES: Readonly<Record<string, string | readonly string[]>> = en.countries;

/** The name news uses, where it differs from the package's first (official) name. */
export const CANONICAL_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  US: "United States",
  GB: "United Kingdom",
  RU: "Russia",
  CN: "China",
  IR: "Iran",
  KR: "South Korea",
  KP: "North Korea",
  TW: "Taiwan",
  TZ: "Tanzania",
  SY: "Syria",
  LA: "Laos",
  BN: "Brunei",
  MD: "Moldova",
  FM: "Micronesia",
  PS: "Palestine",
  MK: "North Macedonia",
  VA: "Vatican City",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  CZ: "Czech Republic",
  NL: "Netherlands",
  GM: "Gambia",
  FK: "Falkland Islands",
  CC: "Cocos Islands",
  TR: "Turkey",
  CI: "Ivory Coast",
  VG: "British Virgin Islands",
  VI: "U.S. Virgin Islands",
};

/** Aliases news uses that the package lacks. */
export const EXTRA_COUNTRY_ALIASES: ReadonlyArray<readonly [alias: string, code: string]> = [
  ["America", "US"],
  ["Britain", "GB"],
  ["U.K.", "GB"],
  ["Burma", "MM"],
  ["Laos", "LA"],
  ["Syria", "SY"],
  ["Brunei", "BN"],
  ["Moldova", "MD"],
  ["Micronesia", "FM"],
  ["Vatican", "VA"],
  ["Vatican City", "VA"],
  ["Holy See", "VA"],
  ["Cabo Verde", "CV"],
  ["East Timor", "TL"],
  ["Swaziland", "SZ"],
  ["DR Congo", "CD"],
  ["DRC", "CD"],
  ["U.A.E.", "AE"],
  ["Macau", "MO"],
  ["Venezuela", "VE"],
  ["Bolivia", "BO"],
  ["Falklands", "FK"],
  ["Czech Republic", "CZ"],
  ["Republic of Korea", "KR"],
  // News writes South Korea as "Korea" ("Korea's exports", "the Bank of Korea").
  ["Korea", "KR"],
  ["PRC", "CN"],
  ["Mainland China", "CN"],
  ["Turkiye", "TR"],
  ["Democratic Republic of Congo", "CD"],
  ["Congo-Kinshasa", "CD"],
  ["Congo-Brazzaville", "CG"],
  ["Republic of Congo", "CG"],
  ["Republic of the Congo", "CG"],
  ["Holland", "NL"],
  ["Macedonia", "MK"],
  // Vietnamese papers and official English write the country in two words, with or without diacritics.
  ["Viet Nam", "VN"],
  ["Việt Nam", "VN"],
  // The saints' countries, as news abbreviates them.
  ["St Kitts and Nevis", "KN"],
  ["St Lucia", "LC"],
  ["St Vincent and the Grenadines", "VC"],
];

/**
 * Country names that are also surnames ("Tom Holland", "Jimmy Wales", "Michael Jordan"): a person's
 * name may end with them, so they do not make a name ending with them a company's local arm.
 */
export const SURNAME_COUNTRIES: ReadonlySet<string> = new Set([
  "Holland",
  "Ireland",
  "England",
  "Wales",
  "France",
  "Israel",
  "Jordan",
  "Chad",
  "Georgia",
  "Jamaica",
]);

/**
 * The nations of the United Kingdom: places of their own ("England beat Wales" names two), and like a
 * country in sport (a national team is its nation), but not the United Kingdom and without an ISO code.
 */
export const HOME_NATIONS: readonly string[] = ["England", "Scotland", "Wales", "Northern Ireland"];

/** Aliases that are ordinary words in lower case ("us", "chad") or too ambiguous to use at all. */
export const CASE_SENSITIVE_COUNTRY_ALIASES: ReadonlySet<string> = new Set([
  "US",
  "UK",
  "USA",
  "UAE",
  "PRC",
  "DRC",
  "Chad",
  "Jordan",
  "Georgia",
  "Turkey",
  "Guinea",
  "Niger",
  "China",
  "Mali",
  "Oman",
  "Peru",
  "Togo",
  "Cuba",
  "Jersey",
  "Guernsey",
  "Wales",
  "Reunion",
  "Dominica",
  "America",
  "Samoa",
  "Panama",
  "Malta",
  "Nauru",
  "Iran",
  "Iraq",
  "Israel",
  "Japan",
  "Kenya",
]);

/**
 * Country names shared with something else, read as the country only when the article names one of its
 * places or its people: "Georgia" beside "Tbilisi" or "Georgian" is the country, else maybe the U.S. state.
 */
export const COUNTRIES_BY_CONTEXT: Readonly<
  Record<string, { code: string; hints: readonly string[]; otherwise?: string }>
> = {
  georgia: { code: "GE", hints: ["tbilisi", "batumi", "kutaisi", "abkhazia", "south ossetia"] },
  // Wire style: "Congo" alone is the Democratic Republic, and "Republic of Congo" or Brazzaville the other.
  congo: { code: "CG", hints: ["brazzaville", "pointe-noire"], otherwise: "CD" },
};

/**
 * "SA" alone: South Africa in South African copy ("SA and Germany deepen ties", "arrived in SA"), beside its
 * places or its people; never beside Australia's (South Australia is "SA" there).
 */
export const SOUTH_AFRICA_ABBREVIATION = {
  name: "sa",
  code: "ZA",
  hints: [
    "johannesburg",
    "pretoria",
    "cape town",
    "durban",
    "gauteng",
    "soweto",
    "eskom",
    "transnet",
    "jse",
    "johannesburg stock exchange",
  ],
  against: ["AU"],
} as const;

/** Aliases never used: shared by two countries, or by a country and something else. */
export const IGNORED_COUNTRY_ALIASES: ReadonlySet<string> = new Set(["Congo", "Georgia", "Jersey"]);

/** ISO 3166-1 alpha-3 codes by alpha-2 code, from i18n-iso-countries ("ITA" -> "IT"). */
export const ALPHA3_CODES: ReadonlyArray<readonly [alpha2: string, alpha3: string]> = (
  codes as unknown as string[][]
).map(([alpha2 = "", alpha3 = ""]) => [alpha2, alpha3] as const);

/**
 * Sports results write a competitor's country as the IOC code in parentheses ("Jannik Sinner (ITA)");
 * these are the IOC codes that differ from ISO alpha-3 (the rest are the same letters).
 */
export const IOC_CODES: Readonly<Record<string, string>> = {
  GER: "DE",
  SUI: "CH",
  NED: "NL",
  POR: "PT",
  CRO: "HR",
  DEN: "DK",
  GRE: "GR",
  RSA: "ZA",
  BUL: "BG",
  CHI: "CL",
  INA: "ID",
  IRI: "IR",
  KSA: "SA",
  MAS: "MY",
  PHI: "PH",
  TPE: "TW",
  VIE: "VN",
  UAE: "AE",
  ALG: "DZ",
  ANG: "AO",
  LAT: "LV",
  SLO: "SI",
  NGR: "NG",
  ZIM: "ZW",
  ZAM: "ZM",
  URU: "UY",
  PAR: "PY",
  HAI: "HT",
  GUA: "GT",
  CRC: "CR",
  ESA: "SV",
  HON: "HN",
  NCA: "NI",
  PUR: "PR",
  BAR: "BB",
  TRI: "TT",
  MGL: "MN",
  NEP: "NP",
  SRI: "LK",
  BAN: "BD",
  MYA: "MM",
  CAM: "KH",
  LIB: "LB",
  KUW: "KW",
  OMA: "OM",
  BRN: "BH",
  SUD: "SD",
  LBA: "LY",
  TAN: "TZ",
  MAD: "MG",
  MRI: "MU",
  BOT: "BW",
  LES: "LS",
  GAM: "GM",
};

/** Words of a state's formal name before "of" and its country's name: "the Republic of Indonesia". */
export const STATE_FORMS: readonly string[] = ["Republic", "Federal Republic", "Kingdom", "Sultanate"];

/** Countries no formal name above names: "the Republic of China" is Taiwan's. */
export const NOT_FORMAL_COUNTRIES: readonly string[] = ["CN", "TW"];
