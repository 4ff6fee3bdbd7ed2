/**
 * Currency data: [written form, ISO 4217 code, example]. Lower-cased; "DOLLAR" stands for the article's
 * dollar (USD unless the source says otherwise). Rules live in ../money.ts.
 */

/** The article's dollar: resolved from `dollarCurrency`, else USD. */
export const DOLLAR = "DOLLAR";

/** Signs written before (or after) the digits. */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string, string]> = [
  ["$", DOLLAR, "$50 billion"],
  ["€", "EUR", "€20m"],
  ["£", "GBP", "£2bn"],
  ["¥", "JPY", "¥1.2 trillion"],
  ["₹", "INR", "₹500 crore"],
  ["₸", "KZT", "₸1.5 trillion"],
  ["₽", "RUB", "₽300bn"],
  ["₩", "KRW", "₩1.5 trillion"],
  ["₺", "TRY", "₺10bn"],
  ["₦", "NGN", "₦2.5 trillion"],
  ["₱", "PHP", "₱5 billion"],
  ["₫", "VND", "₫20 trillion"],
  ["฿", "THB", "฿30 billion"],
  ["₴", "UAH", "₴100m"],
  ["₪", "ILS", "₪2bn"],
];

/** Letters written right before "$" (or "¥"): "US$5m", "C$", "HK$", "CN¥". */
export const DOLLAR_PREFIXES: ReadonlyArray<readonly [string, string, string]> = [
  ["us", "USD", "US$5 million"],
  ["u.s.", "USD", "U.S.$5 million"],
  ["usd", "USD", "USD$5"],
  ["c", "CAD", "C$1.2 billion"],
  ["ca", "CAD", "CA$1.2 billion"],
  ["can", "CAD", "Can$1.2 billion"],
  ["cdn", "CAD", "Cdn$1.2 billion"],
  ["a", "AUD", "A$3bn"],
  ["au", "AUD", "AU$3bn"],
  ["aus", "AUD", "Aus$3bn"],
  ["nz", "NZD", "NZ$500m"],
  ["n", "NAD", "N$7.5 billion"],
  ["fj", "FJD", "FJ$40 million"],
  ["si", "SBD", "SI$38 million"],
  ["sbd", "SBD", "SBD$38 million"],
  // Reuters writes the Taiwan dollar "T$" (Tonga's pa'anga shares the mark; Taiwan is far more often the story).
  ["t", "TWD", "T$398.3 billion"],
  ["ws", "WST", "WS$95 million"],
  ["bz", "BZD", "BZ$20 million"],
  ["hk", "HKD", "HK$10 billion"],
  ["s", "SGD", "S$2 billion"],
  ["sg", "SGD", "SG$2 billion"],
  ["nt", "TWD", "NT$30 billion"],
  ["r", "BRL", "R$5 bilhões"],
  ["mx", "MXN", "MX$200"],
  ["mex", "MXN", "Mex$200"],
  ["j", "JMD", "J$15 billion"],
  ["tt", "TTD", "TT$2 billion"],
  ["bds", "BBD", "Bds$50 million"],
  ["g", "GYD", "G$1.38 trillion"],
  ["b", "BSD", "B$25 million"],
  ["l", "LRD", "L$300 million"],
  ["ec", "XCD", "EC$10 million"],
  ["cn", "CNY", "CN¥5bn"],
  ["rmb", "CNY", "RMB¥5bn"],
];

/** Abbreviations written before the digits: "Rs 500 crore", "Rs. 500", "RM2.5bn", "Rp 5 trillion". */
export const CURRENCY_PREFIX_WORDS: ReadonlyArray<readonly [string, string, string]> = [
  ["rs", "INR", "Rs 500 crore"],
  ["rs.", "INR", "Rs. 500 crore"],
  ["inr", "INR", "INR 500 crore"],
  ["rm", "MYR", "RM2.5bn"],
  ["rp", "IDR", "Rp 5 trillion"],
  ["bt", "THB", "Bt68,000 (Thai papers' baht)"],
  ["tk", "BDT", "Tk 500 crore"],
  ["ksh", "KES", "KSh 2 billion"],
  ["kshs", "KES", "KShs 2 billion"],
  ["sh", "KES", "Sh2 billion"],
  ["ghs", "GHS", "GHS 1.2 billion"],
  ["ush", "UGX", "USh 9 trillion"],
  // Ugandan papers' shilling ("Shs8.3 trillion"); a Kenyan or Tanzanian story's reads by its country.
  ["shs", "KES", "Shs8.3 trillion"],
  ["tsh", "TZS", "TSh 30 trillion"],
  ["rmb", "CNY", "RMB 5 billion"],
  ["zar", "ZAR", "ZAR 1 billion"],
  ["chf", "CHF", "CHF 1.2 billion"],
  ["fr.", "CHF", "Fr. 1.2 billion"],
  ["sfr", "CHF", "SFr 1.2 billion"],
  ["dh", "AED", "Dh500m"],
  ["dhs", "AED", "Dhs500m"],
  ["aed", "AED", "AED 500m"],
  ["tl", "TRY", "TL5 billion"],
  ["sr", "SAR", "SR5 billion"],
  ["qr", "QAR", "QR5 billion"],
  ["kd", "KWD", "KD5 million"],
  ["ro", "OMR", "RO 185.4 million (Omani papers' rial)"],
  ["bd", "BHD", "BD 120 million (Bahraini papers' dinar)"],
  ["jd", "JOD", "JD7.1 billion (Jordanian papers' dinar)"],
  ["vnđ", "VND", "VNĐ1.28 trillion (Vietnam News' dong)"],
  ["vnd", "VND", "VND 1.28 trillion"],
  ["egp", "EGP", "EGP 5 billion"],
  ["le", "EGP", "LE5 billion"],
  ["php", "PHP", "PHP 5 billion"],
  ["sdr", "XDR", "SDR 760 million (IMF special drawing rights)"],
  ["zig", "ZWG", "ZiG 3.4 billion (Zimbabwe Gold)"],
  ["nis", "ILS", "NIS 6.8 million (Israeli papers' new shekel)"],
];

/**
 * Currency names some releases and papers capitalize before the digits, as a code: "Baht 9,846 million",
 * "Rupees 500 crore", "Naira 2.1 billion" (capitalized only; not "Won", "Real", "Euro" or "Yuan", which
 * open headlines, tournaments and names before numbers). Each is read as CURRENCY_WORDS reads it after
 * the digits, localized the same way.
 */
export const CURRENCY_NAMES_BEFORE_DIGITS: readonly string[] = [
  "baht", "rupees", "rupiah", "ringgit", "naira", "yen", "rand", "riyals", "dirhams", "shillings", "cedis",
  "kwacha", "taka", "pesos", "reais", "dinars",
];

/**
 * Currency names written after the digits, longest first within a first word. "dollars" is the
 * article's dollar; a country or nationality before it names another.
 */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string, string]> = [
  ["dollars", DOLLAR, "5 million dollars"],
  ["dollar", DOLLAR, "a billion-dollar"],
  ["bucks", DOLLAR, "6 bucks (informal)"],
  ["u.s. dollars", "USD", "3 billion U.S. dollars"],
  ["us dollars", "USD", "3 billion US dollars"],
  ["usa dollars", "USD", "3 billion USA dollars"],
  ["american dollars", "USD", "3 billion American dollars"],
  ["united states dollars", "USD", "United States dollars"],
  ["canadian dollars", "CAD", "5 billion Canadian dollars"],
  ["australian dollars", "AUD", "5 billion Australian dollars"],
  ["new zealand dollars", "NZD", "New Zealand dollars"],
  ["hong kong dollars", "HKD", "Hong Kong dollars"],
  ["singapore dollars", "SGD", "Singapore dollars"],
  ["taiwan dollars", "TWD", "Taiwan dollars"],
  ["new taiwan dollars", "TWD", "New Taiwan dollars"],
  ["jamaican dollars", "JMD", "Jamaican dollars"],
  ["fijian dollars", "FJD", "Fijian dollars"],
  ["fiji dollars", "FJD", "Fiji dollars"],
  ["namibian dollars", "NAD", "Namibian dollars"],
  ["solomon islands dollars", "SBD", "Solomon Islands dollars"],
  ["east caribbean dollars", "XCD", "East Caribbean dollars"],
  ["brunei dollars", "BND", "Brunei dollars"],
  ["liberian dollars", "LRD", "Liberian dollars"],
  ["zimbabwe dollars", "ZWL", "Zimbabwe dollars"],
  ["cents", "CENT", "75 cents"],
  ["cent", "CENT", "a 5-cent coin"],
  ["c", "CENT", "66.4c (attached)"],
  ["cpl", "CENT", "189.9cpl (cents per litre, attached)"],
  ["¢", "CENT", "35¢ a share (the cent sign)"],
  // Hundredths of a named currency: "CENT:" and its code.
  ["us cents", "CENT:USD", "74 US cents"],
  ["u.s. cents", "CENT:USD", "71.23 U.S. cents"],
  ["cents us", "CENT:USD", "71.45 cents US (Canadian papers)"],
  ["cents u.s.", "CENT:USD", "71.45 cents U.S."],
  ["us cent", "CENT:USD", "a third of a US cent"],
  ["u.s. cent", "CENT:USD", "0.12 of a U.S. cent"],
  ["euro cents", "CENT:EUR", "5 euro cents"],
  ["euro cent", "CENT:EUR", "a 5 euro cent rise"],
  ["hong kong cents", "CENT:HKD", "42 Hong Kong cents"],
  ["australian cents", "CENT:AUD", "9.5 Australian cents"],
  ["canadian cents", "CENT:CAD", "20 Canadian cents"],
  ["new zealand cents", "CENT:NZD", "8 New Zealand cents"],
  ["nz cents", "CENT:NZD", "55.5 NZ cents"],
  ["hk cents", "CENT:HKD", "18 HK cents"],
  ["singapore cents", "CENT:SGD", "3 Singapore cents"],
  ["euros", "EUR", "20 million euros"],
  ["euro", "EUR", "20 million euro"],
  ["eur", "EUR", "20 million EUR"],
  ["pounds", "GBP", "5 million pounds"],
  ["pounds sterling", "GBP", "5 million pounds sterling"],
  ["british pounds", "GBP", "British pounds"],
  ["sterling", "GBP", "5 million sterling"],
  ["egyptian pounds", "EGP", "5 billion Egyptian pounds"],
  ["lebanese pounds", "LBP", "505 trillion Lebanese pounds"],
  ["sudanese pounds", "SDG", "Sudanese pounds"],
  ["syrian pounds", "SYP", "Syrian pounds"],
  // Bloodstock auctions (Tattersalls) sell in guineas, a pound and five pence each.
  ["guineas", "GUINEA", "4.2 million guineas"],
  ["gns", "GUINEA", "420,000gns (attached)"],
  ["pence", "PENNY", "50 pence"],
  ["p", "PENNY", "50p (attached)"],
  ["ppl", "PENNY", "38.25ppl (pence per litre, attached)"],
  ["yen", "JPY", "1.2 trillion yen"],
  ["japanese yen", "JPY", "Japanese yen"],
  ["yuan", "CNY", "5 billion yuan"],
  ["chinese yuan", "CNY", "Chinese yuan"],
  ["renminbi", "CNY", "5 billion renminbi"],
  ["rupees", "INR", "500 crore rupees"],
  ["rupee", "INR", "500 crore rupee"],
  ["indian rupees", "INR", "Indian rupees"],
  ["pakistani rupees", "PKR", "Pakistani rupees"],
  ["sri lankan rupees", "LKR", "Sri Lankan rupees"],
  ["nepalese rupees", "NPR", "Nepalese rupees"],
  ["nepali rupees", "NPR", "Nepali rupees"],
  ["mauritian rupees", "MUR", "Mauritian rupees"],
  ["tenge", "KZT", "1.5 trillion tenge"],
  ["kazakh tenge", "KZT", "Kazakh tenge"],
  ["rubles", "RUB", "300 billion rubles"],
  ["roubles", "RUB", "300 billion roubles"],
  ["ruble", "RUB", "ruble"],
  ["rouble", "RUB", "rouble"],
  ["hryvnias", "UAH", "100 million hryvnias"],
  ["hryvnia", "UAH", "100 million hryvnia"],
  ["won", "KRW", "1.5 trillion won"],
  ["pesos", "MXN", "200 pesos"],
  ["peso", "MXN", "a 3.1 trillion-peso budget"],
  ["mexican pesos", "MXN", "Mexican pesos"],
  ["philippine pesos", "PHP", "Philippine pesos"],
  ["argentine pesos", "ARS", "Argentine pesos"],
  ["chilean pesos", "CLP", "Chilean pesos"],
  ["colombian pesos", "COP", "Colombian pesos"],
  ["naira", "NGN", "2.5 trillion naira"],
  ["rand", "ZAR", "5 billion rand"],
  ["lira", "TRY", "10 billion lira"],
  ["liras", "TRY", "10 billion liras"],
  ["turkish lira", "TRY", "Turkish lira"],
  ["turkish liras", "TRY", "28,075.50 Turkish liras"],
  ["swiss francs", "CHF", "1.2 billion Swiss francs"],
  ["francs", "CHF", "1.2 billion francs"],
  ["franc", "CHF", "a 1.2-billion-franc deal"],
  ["cfa francs", "XOF", "CFA francs"],
  ["congolese francs", "CDF", "Congolese francs"],
  ["rwandan francs", "RWF", "Rwandan francs"],
  ["burundian francs", "BIF", "Burundian francs"],
  ["guinean francs", "GNF", "Guinean francs"],
  ["dirhams", "AED", "500 million dirhams"],
  ["dirham", "AED", "a 500-million-dirham project"],
  ["moroccan dirhams", "MAD", "Moroccan dirhams"],
  ["riyals", "SAR", "5 billion riyals"],
  ["riyal", "SAR", "a 5-billion-riyal fund"],
  ["qatari riyals", "QAR", "Qatari riyals"],
  ["saudi riyals", "SAR", "Saudi riyals"],
  ["rials", "SAR", "5 billion rials (by country: currency-context)"],
  ["omani rials", "OMR", "Omani rials"],
  ["iranian rials", "IRR", "Iranian rials"],
  ["yemeni rials", "YER", "Yemeni rials"],
  ["dinars", "KWD", "4 billion dinars (by country: currency-context)"],
  ["dinar", "KWD", "a dinar"],
  ["kuwaiti dinars", "KWD", "Kuwaiti dinars"],
  ["bahraini dinars", "BHD", "Bahraini dinars"],
  ["jordanian dinars", "JOD", "Jordanian dinars"],
  ["iraqi dinars", "IQD", "Iraqi dinars"],
  ["tunisian dinars", "TND", "Tunisian dinars"],
  ["algerian dinars", "DZD", "Algerian dinars"],
  ["libyan dinars", "LYD", "Libyan dinars"],
  ["serbian dinars", "RSD", "Serbian dinars"],
  ["birr", "ETB", "1.93 trillion birr"],
  ["kwacha", "ZMW", "217 billion kwacha"],
  ["malawian kwacha", "MWK", "Malawian kwacha"],
  ["kwanzas", "AOA", "Angolan kwanzas"],
  ["kwanza", "AOA", "kwanza"],
  ["meticais", "MZN", "Mozambican meticais"],
  ["pula", "BWP", "Botswana pula"],
  ["leones", "SLE", "Sierra Leone leones"],
  ["dalasi", "GMD", "Gambian dalasi"],
  ["ariary", "MGA", "Malagasy ariary"],
  ["uae dirhams", "AED", "UAE dirhams"],
  ["ringgit", "MYR", "2.5 billion ringgit"],
  // Reuters briefs on Malaysian companies: "286.4 MLN RGT".
  ["rgt", "MYR", "286.4 million rgt"],
  ["baht", "THB", "30 billion baht"],
  ["dong", "VND", "20 trillion dong"],
  ["rupiah", "IDR", "5 trillion rupiah"],
  ["shillings", "KES", "2 billion shillings"],
  ["shilling", "KES", "a 1 shilling rise"],
  ["kenyan shillings", "KES", "Kenyan shillings"],
  ["ugandan shillings", "UGX", "Ugandan shillings"],
  ["tanzanian shillings", "TZS", "Tanzanian shillings"],
  ["somali shillings", "SOS", "Somali shillings"],
  ["vatu", "VUV", "12 billion vatu"],
  ["pa'anga", "TOP", "15 million pa'anga"],
  ["paanga", "TOP", "15 million paanga"],
  ["tala", "WST", "40 million tala"],
  ["kina", "PGK", "2 billion kina"],
  ["rufiyaa", "MVR", "1.2 billion rufiyaa"],
  ["maldivian rufiyaa", "MVR", "Maldivian rufiyaa"],
  ["patacas", "MOP", "17.7 billion patacas"],
  ["pataca", "MOP", "one pataca"],
  ["macau patacas", "MOP", "3 billion Macau patacas"],
  ["macao patacas", "MOP", "3 billion Macao patacas"],
  ["quetzales", "GTQ", "Guatemalan quetzales"],
  ["lempiras", "HNL", "Honduran lempiras"],
  ["colones", "CRC", "Costa Rican colones"],
  ["guaranies", "PYG", "Paraguayan guaranies"],
  ["bolivianos", "BOB", "Bolivian bolivianos"],
  ["uruguayan pesos", "UYU", "Uruguayan pesos"],
  ["dominican pesos", "DOP", "Dominican pesos"],
  ["cedis", "GHS", "1.2 billion cedis"],
  ["cedi", "GHS", "cedi"],
  ["kroner", "DKK", "5 billion kroner"],
  ["danish kroner", "DKK", "Danish kroner"],
  ["norwegian kroner", "NOK", "Norwegian kroner"],
  ["kronor", "SEK", "5 billion kronor"],
  ["swedish kronor", "SEK", "Swedish kronor"],
  ["zloty", "PLN", "5 billion zloty"],
  ["zlotys", "PLN", "5 billion zlotys"],
  ["forints", "HUF", "5 billion forints"],
  ["forint", "HUF", "forint"],
  ["reais", "BRL", "5 billion reais"],
  ["reals", "BRL", "5 billion reals"],
  ["shekels", "ILS", "2 billion shekels"],
  ["nis", "ILS", "5 million NIS"],
  ["taka", "BDT", "500 crore taka"],
  ["som", "KGS", "1 billion som"],
  ["soms", "KGS", "1 billion soms (Kyrgyz; Uzbek sums are 'sums'/'soums')"],
  ["kyrgyz soms", "KGS", "Kyrgyz soms"],
  ["soums", "UZS", "1 trillion soums"],
  ["sums", "UZS", "Uzbek sums"],
  ["uzbek sums", "UZS", "Uzbek sums"],
  ["somoni", "TJS", "1 billion somoni"],
  ["lei", "RON", "5 billion lei"],
  ["leu", "RON", "one leu"],
  ["soles", "PEN", "2 billion soles"],
  ["bolivars", "VES", "bolivars"],
  ["bolivares", "VES", "bolívares"],
  ["levs", "BGN", "levs"],
  ["leva", "BGN", "2 billion leva"],
  ["crowns", "CZK", "crowns (Czech; by country: currency-context)"],
  ["czech crowns", "CZK", "Czech crowns"],
  ["danish crowns", "DKK", "Danish crowns"],
  ["norwegian crowns", "NOK", "Norwegian crowns"],
  ["swedish crowns", "SEK", "Swedish crowns"],
  ["icelandic crowns", "ISK", "Icelandic crowns"],
  ["kronur", "ISK", "450 million kronur (Icelandic)"],
  ["krónur", "ISK", "450 million krónur"],
  ["icelandic kronur", "ISK", "Icelandic kronur"],
  ["manats", "AZN", "manats"],
  ["belarusian roubles", "BYN", "Belarusian roubles"],
  ["belarusian rubles", "BYN", "Belarusian rubles"],
  ["manat", "AZN", "1 billion manat"],
  ["lari", "GEL", "1 billion lari"],
  ["drams", "AMD", "1 billion drams"],
  ["gourdes", "HTG", "4.5 billion gourdes (Haiti)"],
  ["gourde", "HTG", "a 500-million-gourde budget"],
  ["afghanis", "AFN", "2 billion afghanis"],
  ["afghani", "AFN", "a 10-afghani fare"],
  ["kyats", "MMK", "50 billion kyats"],
  ["riels", "KHR", "40,000 riels (Cambodia)"],
  ["tugriks", "MNT", "3 trillion tugriks (Mongolia)"],
  ["emalangeni", "SZL", "1.2 billion emalangeni (Eswatini)"],
  ["lilangeni", "SZL", "one lilangeni"],
  ["maloti", "LSL", "2 billion maloti (Lesotho)"],
  ["nakfa", "ERN", "15 nakfa (Eritrea)"],
  ["ouguiyas", "MRU", "3 billion ouguiyas (Mauritania)"],
  ["denars", "MKD", "5 billion denars (North Macedonia)"],
  ["cordobas", "NIO", "Nicaraguan cordobas"],
  ["balboas", "PAB", "balboas (Panama)"],
  ["escudos", "CVE", "Cape Verdean escudos"],
  ["ngultrum", "BTN", "2 billion ngultrum (Bhutan)"],
  ["bitcoin", "XBT", "5,000 bitcoin"],
  ["uf", "CLF", "1,200 UF (Chile's unidad de fomento)"],
];

/**
 * Hundredths of a currency, written after the amount in lower case: [word, code, example]. "25 paisa" is
 * 0.25 INR (PKR in a Pakistani story, see SHARED_CURRENCY_NAMES); "sen" counts only in lower case ("Sen."
 * is a senator).
 */
export const SUBUNIT_WORDS: ReadonlyArray<readonly [string, string, string]> = [
  ["paise", "INR", "fell 25 paise"],
  ["paisa", "INR", "25 paisa"],
  ["kobo", "NGN", "50 kobo"],
  ["sen", "MYR", "rose 12 sen to RM4.10"],
  ["centavos", "MXN", "22 centavos"],
  ["centavo", "MXN", "one centavo"],
  ["pesewas", "GHS", "15 pesewas"],
  ["fils", "AED", "15 fils a litre"],
  ["kopecks", "RUB", "40 kopecks"],
  ["kopeks", "RUB", "40 kopeks"],
  ["piastres", "EGP", "50 piastres"],
  ["halalas", "SAR", "10 halalas"],
  ["satang", "THB", "25 satang"],
  ["öre", "SEK", "48 öre per kWh"],
  ["øre", "NOK", "48 øre per kWh (DKK in a Danish story)"],
];

/**
 * Currency names that name a currency only as what a quote measures ("The real firmed to 5.21 per dollar",
 * "The shilling was stable at 129.2 against the dollar"), never after digits ("5 real terms"):
 * [word, code].
 */
export const QUOTED_CURRENCY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["real", "BRL"],
  ["shilling", "KES"],
  ["loonie", "CAD"],
  ["koruna", "CZK"],
  ["krona", "SEK"],
  ["krone", "NOK"],
  ["shekel", "ILS"],
  ["sol", "PEN"],
  ["kyat", "MMK"],
  ["gourde", "HTG"],
  ["afghani", "AFN"],
  ["rial", "SAR"],
  // A shared name, read by the nationality or country before it or the article's country ("The Egyptian
  // pound traded at 48.9 to the dollar", "The Singapore dollar traded at 1.2985 per US dollar").
  ["pound", "GBP"],
  ["dollar", "USD"],
];

/** Three-letter ISO codes that are also ordinary English words in capitals; never read as currencies. */
export const ISO_CODE_STOPWORDS: readonly string[] = ["ALL", "TOP", "CUP", "SOS", "MOP", "BOB", "GEL", "LAK"];

/**
 * Currency names several countries share, read by default as one of them ("pesos" MXN, "rupees"/"Rs" INR):
 * [the default code, the words (lower case), and the code by ISO country for the others]. An article
 * that names one of those countries more than the default's reads them as its currency.
 */
export const SHARED_CURRENCY_NAMES: ReadonlyArray<
  readonly [defaultCode: string, words: RegExp, byCountry: Readonly<Record<string, string>>]
> = [
  [
    "USD",
    /^(?:\$|dollars?|cents?|c|¢)$/,
    {
      AU: "AUD", CA: "CAD", NZ: "NZD", SG: "SGD", HK: "HKD", TW: "TWD", JM: "JMD", NA: "NAD", FJ: "FJD",
      BS: "BSD", BB: "BBD", TT: "TTD", GY: "GYD", BZ: "BZD", BN: "BND", LR: "LRD", SB: "SBD", KY: "KYD",
      BM: "BMD", AG: "XCD", DM: "XCD", GD: "XCD", KN: "XCD", LC: "XCD", VC: "XCD",
    },
  ],
  // Cents of the euro and of the shillings and rands (a dollar country's cents follow the row above).
  [
    "USD",
    /^(?:cents?|c|¢)$/,
    {
      DE: "EUR", FR: "EUR", IT: "EUR", ES: "EUR", NL: "EUR", BE: "EUR", AT: "EUR", IE: "EUR", PT: "EUR",
      FI: "EUR", GR: "EUR", SK: "EUR", SI: "EUR", LT: "EUR", LV: "EUR", EE: "EUR", LU: "EUR", MT: "EUR",
      CY: "EUR", HR: "EUR", KE: "KES", ZA: "ZAR", UG: "UGX", TZ: "TZS",
    },
  ],
  ["MXN", /^(?:pesos?)$/, { CO: "COP", AR: "ARS", CL: "CLP", PH: "PHP", UY: "UYU", DO: "DOP", CU: "CUP" }],
  [
    "MXN",
    /^(?:centavos?)$/,
    { CO: "COP", AR: "ARS", CL: "CLP", PH: "PHP", UY: "UYU", DO: "DOP", CU: "CUP", BR: "BRL" },
  ],
  ["INR", /^(?:rupees?|rs\.?|paise|paisa)$/, { PK: "PKR", LK: "LKR", NP: "NPR", MU: "MUR", SC: "SCR" }],
  ["GBP", /^(?:pounds?)$/, { EG: "EGP", SD: "SDG", LB: "LBP", SY: "SYP", SS: "SSP" }],
  ["KES", /^(?:shillings?|shs?)$/, { UG: "UGX", TZ: "TZS", SO: "SOS" }],
  // "P2.5 billion": the Philippine peso, or the pula in a Botswana story.
  ["PHP", /^p$/, { BW: "BWP" }],
  ["SAR", /^(?:riyals?|rials?)$/, { QA: "QAR", OM: "OMR", YE: "YER", IR: "IRR" }],
  ["AED", /^(?:dirhams?|dhs?)$/, { MA: "MAD" }],
  // Fils are thousandths of the Kuwaiti, Bahraini, Jordanian and Iraqi dinars (hundredths of the dirham).
  ["AED", /^(?:fils)$/, { KW: "KWD", BH: "BHD", JO: "JOD", IQ: "IQD" }],
  ["ZMW", /^(?:kwacha|k)$/, { MW: "MWK", PG: "PGK" }],
  ["CZK", /^(?:crowns?)$/, { SE: "SEK", NO: "NOK", DK: "DKK", IS: "ISK" }],
  ["DKK", /^(?:kroner)$/, { NO: "NOK", IS: "ISK" }],
  ["NOK", /^(?:øre)$/, { DK: "DKK" }],
  ["AZN", /^(?:manats?)$/, { TM: "TMT" }],
  // The CFA franc of West Africa (XOF) and of Central Africa (XAF): "525 billion CFA francs" in Libreville.
  ["XOF", /^(?:cfa|fcfa)$/, { CM: "XAF", GA: "XAF", TD: "XAF", CF: "XAF", CG: "XAF", GQ: "XAF" }],
  ["KGS", /^(?:soms?)$/, { UZ: "UZS" }],
  ["RUB", /^(?:rubles?|roubles?)$/, { BY: "BYN" }],
  [
    "KWD",
    /^(?:dinars?)$/,
    { BH: "BHD", JO: "JOD", IQ: "IQD", TN: "TND", DZ: "DZD", LY: "LYD", RS: "RSD" },
  ],
  [
    "CHF",
    /^(?:francs?)$/,
    {
      RW: "RWF", CD: "CDF", GN: "GNF", BI: "BIF", DJ: "DJF", SN: "XOF", CI: "XOF", ML: "XOF", BF: "XOF",
      NE: "XOF", TG: "XOF", BJ: "XOF", CM: "XAF", GA: "XAF", TD: "XAF", CF: "XAF", CG: "XAF", GQ: "XAF",
    },
  ],
];

/**
 * Places (and a few institutions) that say which country an article is about when it names no country ("SYDNEY -", "in Toronto",
 * "LAS VEGAS (AP) -", "Nashville, Tenn."): the large cities of the countries whose currency shares a name
 * with another's, and the U.S. states, so that an American story that mentions Australia once keeps its
 * dollars US dollars.
 */
/**
 * Exchanges and central banks of the PLACE_COUNTRIES: named once, they place the story as a second
 * mention would ("told the ASX on Thursday": the company lists its shares there).
 */
export const MARKET_BODIES: readonly string[] = [
  "ASX", "Australian Securities Exchange", "Reserve Bank of Australia", "RBA", "TSX", "Toronto Stock Exchange",
  "TSX Venture Exchange", "Bank of Canada", "NZX", "Reserve Bank of New Zealand", "RBNZ", "SGX",
  "Singapore Exchange", "Monetary Authority of Singapore",
];

export const PLACE_COUNTRIES: Readonly<Record<string, string>> = {
  Sydney: "AU", Melbourne: "AU", Brisbane: "AU", Perth: "AU", Adelaide: "AU", Canberra: "AU", Hobart: "AU",
  Darwin: "AU", Toronto: "CA", Ottawa: "CA", Montreal: "CA", Vancouver: "CA", Calgary: "CA", Edmonton: "CA",
  Winnipeg: "CA", Halifax: "CA", Regina: "CA", Saskatoon: "CA", Mississauga: "CA", Kelowna: "CA",
  Gatineau: "CA", Geelong: "AU", Townsville: "AU", Wollongong: "AU", Ballarat: "AU", Auckland: "NZ", Wellington: "NZ", Christchurch: "NZ",
  Dunedin: "NZ", Tauranga: "NZ", Napier: "NZ", Invercargill: "NZ", "Stats NZ": "NZ",
  Gaborone: "BW", Francistown: "BW",
  Bogota: "CO", Bogotá: "CO", Medellin: "CO", Medellín: "CO", Santiago: "CL", "Buenos Aires": "AR",
  Manila: "PH", Karachi: "PK", Lahore: "PK", Islamabad: "PK", Colombo: "LK", Kathmandu: "NP", Cairo: "EG",
  Kampala: "UG", "Dar es Salaam": "TZ", Dodoma: "TZ", Doha: "QA", Muscat: "OM", Rabat: "MA",
  Casablanca: "MA", Tunis: "TN", Algiers: "DZ", Amman: "JO", Baghdad: "IQ", Manama: "BH", "Kuwait City": "KW",
  Kigali: "RW", Dakar: "SN",
  Abidjan: "CI", Lusaka: "ZM", Lilongwe: "MW", Blantyre: "MW", "Port Moresby": "PG", Suva: "FJ",
  Beirut: "LB", Khartoum: "SD",
  // Other large cities of the countries of a shared currency name ("RAWALPINDI: ... Rs2.94 billion").
  Rawalpindi: "PK", Peshawar: "PK", Quetta: "PK", Faisalabad: "PK", Multan: "PK", Cebu: "PH", Davao: "PH",
  Makati: "PH", "Quezon City": "PH", Taguig: "PH", Pasig: "PH", Kandy: "LK", Pokhara: "NP", Giza: "EG",
  Entebbe: "UG", Jinja: "UG", Gulu: "UG", Arusha: "TZ", Mwanza: "TZ", Zanzibar: "TZ", Salalah: "OM",
  Rosario: "AR", Mendoza: "AR", Barranquilla: "CO", Valparaiso: "CL", Ndola: "ZM", Kitwe: "ZM", Mzuzu: "MW",
  Rotorua: "NZ", "Palmerston North": "NZ", Gisborne: "NZ", "New Plymouth": "NZ", Whangarei: "NZ",
  Whanganui: "NZ", Timaru: "NZ", Queenstown: "NZ", Cairns: "AU", "Gold Coast": "AU", Launceston: "AU",
  // New Zealand's regions and towns a local paper names without the country, and its iwi and ministries.
  Waikato: "NZ", Otago: "NZ", Southland: "NZ", Taranaki: "NZ", "Bay of Plenty": "NZ", "Hawke's Bay": "NZ",
  Manawatū: "NZ", Manawatu: "NZ", Hokitika: "NZ", Westland: "NZ", Greymouth: "NZ", Taupō: "NZ", Taupo: "NZ",
  Whangārei: "NZ", Whakatāne: "NZ", Whakatane: "NZ", Masterton: "NZ", Porirua: "NZ", "Lower Hutt": "NZ",
  "Upper Hutt": "NZ", Pukekohe: "NZ", Oamaru: "NZ", Wānaka: "NZ", Wanaka: "NZ", Kaikōura: "NZ", Kaikoura: "NZ",
  "Ngāi Tahu": "NZ", "Ngai Tahu": "NZ", "Kāinga Ora": "NZ", "Te Whatu Ora": "NZ", "Waka Kotahi": "NZ",
  "Health NZ": "NZ", MBIE: "NZ", "Ministry of Business, Innovation and Employment": "NZ",
  ACCC: "AU", Centrelink: "AU",
  "Quebec City": "CA", Fredericton: "CA", Charlottetown: "CA", Whitehorse: "CA", Yellowknife: "CA",
  Iqaluit: "CA", Kitchener: "CA", Sudbury: "CA", "Thunder Bay": "CA", Kamloops: "CA", Nanaimo: "CA",
  Lethbridge: "CA", "Red Deer": "CA", Moncton: "CA", "Saint John": "CA",
  // Australian states and territories and Canadian provinces ("Victoria" and "Quebec City" aside: a
  // Victoria is also a lake and a city of British Columbia).
  "New South Wales": "AU", NSW: "AU", Queensland: "AU", "South Australia": "AU", "Western Australia": "AU",
  Tasmania: "AU", "Northern Territory": "AU", "Australian Capital Territory": "AU", Ontario: "CA",
  Quebec: "CA", "British Columbia": "CA", Alberta: "CA", Saskatchewan: "CA", Manitoba: "CA",
  "Nova Scotia": "CA", "New Brunswick": "CA", "Newfoundland and Labrador": "CA",
  "Prince Edward Island": "CA",
  // The exchanges and central banks of the countries of a shared currency name: "The ASX-listed group",
  // "shares fell 68 cents on the Toronto Stock Exchange".
  ASX: "AU", "Australian Securities Exchange": "AU", "Reserve Bank of Australia": "AU", RBA: "AU",
  TSX: "CA", "Toronto Stock Exchange": "CA", "TSX Venture Exchange": "CA", "Bank of Canada": "CA",
  NZX: "NZ", "Reserve Bank of New Zealand": "NZ", RBNZ: "NZ", SGX: "SG", "Singapore Exchange": "SG",
  "Monetary Authority of Singapore": "SG",
  // The countries of the default readings: the United States, India, Mexico, Britain, Kenya, Saudi Arabia,
  // the Emirates.
  "New York": "US", "New York City": "US", Washington: "US", "Los Angeles": "US", Chicago: "US",
  Houston: "US", "San Francisco": "US", Boston: "US", "Las Vegas": "US", Nashville: "US", Seattle: "US",
  Atlanta: "US", Miami: "US", Dallas: "US", Denver: "US", Detroit: "US", Philadelphia: "US",
  Phoenix: "US", "San Diego": "US", "San Jose": "US", Austin: "US", Minneapolis: "US", Pittsburgh: "US",
  Cleveland: "US", "New Orleans": "US", Baltimore: "US", "St. Louis": "US", "Salt Lake City": "US",
  Portland: "US", Sacramento: "US", Charlotte: "US", Indianapolis: "US", Milwaukee: "US",
  "Wall Street": "US", "Silicon Valley": "US",
  Alabama: "US", Alaska: "US", Arizona: "US", Arkansas: "US", California: "US", Colorado: "US",
  Connecticut: "US", Delaware: "US", Florida: "US", Hawaii: "US", Idaho: "US", Illinois: "US",
  Indiana: "US", Iowa: "US", Kansas: "US", Kentucky: "US", Louisiana: "US", Maine: "US", Maryland: "US",
  Massachusetts: "US", Michigan: "US", Minnesota: "US", Mississippi: "US", Missouri: "US", Montana: "US",
  Nebraska: "US", Nevada: "US", "New Hampshire": "US", "New Jersey": "US", "New Mexico": "US",
  "North Carolina": "US", "North Dakota": "US", Ohio: "US", Oklahoma: "US", Oregon: "US",
  Pennsylvania: "US", "Rhode Island": "US", "South Carolina": "US", "South Dakota": "US",
  Tennessee: "US", Texas: "US", Utah: "US", Vermont: "US", Virginia: "US", "West Virginia": "US",
  Wisconsin: "US", Wyoming: "US",
  Mumbai: "IN", "New Delhi": "IN", Delhi: "IN", Bengaluru: "IN", Bangalore: "IN", Chennai: "IN",
  Kolkata: "IN", Hyderabad: "IN", Ahmedabad: "IN", Pune: "IN", "Mexico City": "MX", Monterrey: "MX",
  Guadalajara: "MX", London: "GB", Manchester: "GB", Birmingham: "GB", Edinburgh: "GB", Glasgow: "GB",
  England: "GB", Wales: "GB", Scotland: "GB", "Northern Ireland": "GB", "England and Wales": "GB",
  Nairobi: "KE", Mombasa: "KE", Riyadh: "SA", Jeddah: "SA", Dubai: "AE", "Abu Dhabi": "AE",
  // Euro-area and South African cities, for cents.
  Paris: "FR", Berlin: "DE", Frankfurt: "DE", Munich: "DE", Hamburg: "DE", Rome: "IT", Milan: "IT",
  Madrid: "ES", Barcelona: "ES", Amsterdam: "NL", Brussels: "BE", Vienna: "AT", Dublin: "IE",
  Lisbon: "PT", Helsinki: "FI", Athens: "GR", Johannesburg: "ZA", "Cape Town": "ZA", Pretoria: "ZA",
  Durban: "ZA", "Hong Kong": "HK",
  // Nordic and Czech cities, for crowns.
  Copenhagen: "DK", Aarhus: "DK", Oslo: "NO", Bergen: "NO", Stockholm: "SE", Gothenburg: "SE",
  Malmo: "SE", Reykjavik: "IS", Prague: "CZ", Brno: "CZ",
};

/**
 * Cities that open datelines of countries without a dollar ("KUALA LUMPUR -"): there a bare "$" is the
 * U.S. dollar, whatever dollar country the story names. They date the story only; they weigh nothing.
 */
export const DATELINE_COUNTRIES: Readonly<Record<string, string>> = {
  "Kuala Lumpur": "MY", Jakarta: "ID", Hanoi: "VN", "Ho Chi Minh City": "VN", Bangkok: "TH", Seoul: "KR",
  Tokyo: "JP", Beijing: "CN", Shanghai: "CN", Shenzhen: "CN", Lagos: "NG", Abuja: "NG", Accra: "GH",
  Kinshasa: "CD", "Addis Ababa": "ET", Istanbul: "TR", Ankara: "TR", Moscow: "RU", Kyiv: "UA",
  Warsaw: "PL", Budapest: "HU", Bucharest: "RO", Zurich: "CH", Geneva: "CH", "Sao Paulo": "BR",
  "São Paulo": "BR", Brasilia: "BR", "Rio de Janeiro": "BR", "Tel Aviv": "IL",
  Jerusalem: "IL", Dhaka: "BD", Windhoek: "NA",
};

/**
 * National news agencies whose credit in a dateline tells the country a story is from ("Guwahati, July 18
 * (PTI):"): they file from home far more than from abroad.
 */
export const AGENCY_COUNTRIES: Readonly<Record<string, string>> = {
  PTI: "IN", IANS: "IN", UNI: "IN", Bernama: "MY", Yonhap: "KR", Antara: "ID", APP: "PK", BSS: "BD",
  NAN: "NG", KNA: "KE", ANA: "GR", AAP: "AU", "Canadian Press": "CA", CP: "CA",
  // Public broadcasters and national papers that credit their datelines so: "AUCKLAND, Nov 24 (NZ Herald) -".
  RNZ: "NZ", "NZ Herald": "NZ", Stuff: "NZ", CBC: "CA",
};
