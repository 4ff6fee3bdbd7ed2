/** Words beside a number that tell what it is, read by the rules that find figures. */

/**
 * Words after a number that make it a grade's name: "95 octane petrol", "the 91-octane grade", gold's
 * purity ("22-karat", "18kt").
 */
export const GRADE_WORDS: ReadonlySet<string> = new Set(["octane", "karat", "karats", "kt"]);

/** Words after "18kt" that make it a gold's purity, not kilotonnes: "18kt gold", "14kt white gold". */
export const KARAT_METALS: readonly string[] = ["gold", "white", "yellow", "rose", "solid", "platinum"];

/** Words after a percentage that make it a grade of a grain: "Thai 5% broken rice", "12.5% protein wheat". */
export const PERCENT_GRADE_WORDS: ReadonlySet<string> = new Set(["broken", "brokens", "protein"]);

/**
 * Words before a number that make it a fuel's grade: "gasoline 91 at 2.18 riyals", "E-Plus 91 to 2.28
 * dirhams", "Super 98", "RON 95"; only with a number of GRADE_NUMBERS.
 */
export const FUEL_GRADE_NAMES: ReadonlySet<string> = new Set([
  "gasoline",
  "petrol",
  "unleaded",
  "plus",
  "special",
  "super",
  "ron",
]);
/** Octane numbers fuels are sold under. */
export const GRADE_NUMBERS: ReadonlySet<string> = new Set(["87", "89", "91", "92", "93", "95", "97", "98", "100"]);
/**
 * A screen's or a video's lines, written with "p" glued on: "1080p", "2160p". (Written so, without a
 * thousands comma, they are no prices in pence: "1,080p" is one.)
 */
export const DISPLAY_LINES: ReadonlySet<string> = new Set(["1080", "1440", "2160", "4320"]);

/**
 * Gold's purities, in carats of 24: "24-carat gold", "24K", "an 18-carat ring" (not "a 10-carat diamond",
 * a gem's weight).
 */
export const GOLD_PURITIES: ReadonlySet<string> = new Set(["9", "14", "18", "21", "22", "24"]);
/** Words of gold and its weights that make a "24K" in their sentence a purity: "Dh504.25 per gram for 24K". */
export const GOLD_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  ...["gold", "gram", "grams", "gramme", "grammes", "jewellery", "jewelry", "bullion", "tola"],
]);
/** Fineness in thousandths before its metal or the word: "999.9 gold", "916 gold", "999 fine". */
export const FINENESS: ReadonlySet<string> = new Set(["999.9", "999", "995", "916", "750", "585"]);
/** The words a fineness stands before. */
export const FINENESS_NOUNS: ReadonlySet<string> = new Set(["gold", "silver", "fine", "fineness", "purity"]);
/** Words that make a carat a gem's weight, not gold's purity. */
export const GEM_WORDS: ReadonlySet<string> = new Set([
  "diamond",
  "diamonds",
  "stone",
  "stones",
  "gem",
  "gems",
  "ruby",
  "emerald",
  "sapphire",
]);

/** Nouns before a bare number that make it a label, not a figure: "page 3", "Phase 2", "Route 66". */
export const LABELS = new Set([
  "page",
  "pages",
  "item",
  "number",
  "no",
  "room",
  "flight",
  "line",
  "phase",
  // "common equity tier 1 ratio", "Tier 2 lenders".
  "tier",
  "level",
  "grade",
  "category",
  "version",
  "gate",
  "round",
  "stage",
  "season",
  "episode",
  "vol",
  "part",
  "chapter",
  "article",
  "section",
  "model",
  "route",
  "channel",
  "code",
  "zone",
  "step",
  "row",
  "seat",
  "platform",
  "terminal",
  "floor",
  "game",
  "match",
  "rule",
  "resolution",
  "amendment",
  "clause",
  "paragraph",
  "table",
  "figure",
  "act",
  "highway",
  "interstate",
  "batch",
  "block",
  "unit",
  // "Rajasthan units 7 and 8", "Plant Vogtle units 3 and 4".
  "units",
  "ward",
  "district",
  "precinct",
  "bus",
  "lot",
  "pier",
]);

/** The last word of a street name: "10 Downing Street" is an address. */
export const STREET_WORDS = new Set([
  "street",
  "st",
  "square",
  "avenue",
  "ave",
  "road",
  "rd",
  "lane",
  "boulevard",
  "blvd",
  "drive",
  "place",
  "way",
  "court",
  "terrace",
  "highway",
  "plaza",
  "parkway",
  "strasse",
  "straße",
  "crescent",
]);

/** Words before a small written count that make it no figure: "the two leaders", "its first". */
export const DETERMINERS = new Set([
  "the",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "all",
  "both",
  "first",
  "last",
  "next",
  "past",
  "other",
  "each",
  "every",
  "only",
  "previous",
  "following",
  "whose",
  "top",
]);

/** Words before a four-digit number that make it a year: "in 2022", "since 1991". */
export const TIME_PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "of",
  "from",
  "until",
  "to",
  "during",
  "before",
  "after",
  "early",
  "late",
  "mid",
  "and",
  "between",
  "through",
  "till",
  "for",
]);

/** Capitalized at a sentence start, these words are not names before a number: "Only 9%". */
export const FUNCTION_WORDS = new Set([
  "between",
  "only",
  "just",
  "exactly",
  "another",
  "all",
  "the",
  "and",
  "but",
  "with",
  "of",
  "for",
  "in",
  "by",
  "to",
  "from",
  "at",
  "on",
  "as",
  "when",
  "while",
  "if",
  "since",
  "after",
  "before",
  "last",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "our",
  "his",
  "her",
  "my",
  "your",
  "we",
  "they",
  "he",
  "she",
  "it",
  "i",
  "there",
  "here",
  "so",
  "also",
  "still",
  "even",
  "than",
  "then",
  "now",
  "yet",
  "once",
  "each",
  "every",
  "both",
  "no",
  "not",
  "per",
  "nearly",
  "some",
  "additional",
  "where",
  "how",
  "what",
  "why",
  "during",
  "until",
  "within",
  "among",
  "across",
  "against",
  "despite",
  "via",
  "plus",
  "minus",
]);

/** Web domains glued after a name or a number: "Amazon.com", "JD.com", "Amazon.sa", "511mn.org". */
export const WEB_DOMAINS: ReadonlySet<string> = new Set(["com", "net", "org", "io", "ai", "sa", "in", "ae", "co"]);

/** Stock exchanges written before a listing code: "(TSE: 6781)", "(BSE: 500114; NSE: TITAN)". */
export const STOCK_EXCHANGES: ReadonlySet<string> = new Set([
  "NYSE", "NASDAQ", "Nasdaq", "TSX", "TSXV", "LSE", "AIM", "ASX", "NZX", "BSE", "NSE", "HKEX", "HKSE", "SEHK",
  "SGX", "JSE", "KRX", "KOSPI", "KOSDAQ", "SSE", "SZSE", "TSE", "TYO", "TWSE", "TPEX", "FWB", "XETRA", "ETR",
  "EPA", "LON", "HKG", "SHA", "SHE", "OTC", "OTCQX", "OTCQB", "TASE", "BMV", "EGX", "NGX", "PSE", "IDX",
  "SET", "KLSE", "Bursa", "Euronext", "SIX", "OMX", "WSE", "BIST", "Tadawul", "ADX", "DFM", "QSE", "B3",
]);

/** Words that end an amount: "Rp 118.6 trillion,", "4.2 per cent,", "the £45bn-£54bn estimated". */
export const AMOUNT_END_WORDS: readonly string[] = [
  "%", "percent", "cent", "million", "billion", "trillion", "crore", "lakh", "bn", "m",
];

/** Words after a number to call, which is a name: "the 997 hotline", "the 999 emergency number". */
export const CALLED_LINE_WORDS: readonly string[] = ["hotline", "helpline", "emergency"];

/** Verbs of calling right before a number, which is one to call: "call 511", "by calling 600 486 3000". */
export const CALLING_WORDS: readonly string[] = ["call", "calling", "dial", "dialling", "dialing", "text", "sms"];
/** Words before "on" and a number to call: "the hotline on 5050", "could be reached on 911". */
export const REACHED_ON_WORDS: readonly string[] = [...CALLED_LINE_WORDS, "reached", "line", "number", "whatsapp"];

/**
 * Emergency numbers that name their line before its words (EMERGENCY_LINE_WORDS): "a 999 call", "the 108
 * service", "urban 911 medical calls", "the 767 and 112 lines", "China's 120-dispatch centres" (120 only
 * glued so: "120 calls" is a count).
 */
export const EMERGENCY_NUMBERS: readonly string[] = [
  "000", "102", "108", "112", "119", "911", "997", "999", "1122", "10111", "767",
];

/** Words between a number to call and its line: "the 999 emergency number", "911 medical calls". */
export const LINE_MODIFIER_WORDS: readonly string[] = ["emergency", "medical"];

/** One line, after "emergency": "the 993 emergency line" (not "700 emergency units"). */
export const SINGLE_LINE_WORDS: readonly string[] = ["line", "number", "service", "hotline", "helpline"];

/** Words after an emergency number that make it its line's name: "a 999 call", "911 medical calls". */
export const EMERGENCY_LINE_WORDS: readonly string[] = [
  "line", "lines", "call", "calls", "caller", "callers", "service", "services", "number", "dispatch",
  "dispatcher", "dispatchers", "ambulance", "system", "operator", "operators", "centre", "centres", "center",
  "centers", "control",
];

/** Words after a double-day date that name a shopping event: "the 11.11 sale", "its 12.12 campaign". */
export const SALE_EVENT_WORDS: ReadonlySet<string> = new Set([
  "sale",
  "sales",
  "campaign",
  "campaigns",
  "event",
  "events",
  "festival",
  "shopping",
  "promotion",
  "promotions",
  "day",
  "mega",
]);

/** Containers a price or a count is quoted for with their size: "a pack of 20", "per carton of 200", "a tray of 30". */
export const PACK_NOUNS: ReadonlySet<string> = new Set([
  "pack",
  "packs",
  "packet",
  "packets",
  "carton",
  "cartons",
  "tray",
  "trays",
  "crate",
  "crates",
  "box",
  "boxes",
  "bag",
  "bags",
  "case",
  "cases",
  "pouch",
  "tin",
  "tub",
  "sack",
  "bundle",
]);

/** Words before a container that make its size a measure of it: "a pack of 20", "per carton of 200". */
export const PACK_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "per", "each", "every", "one", "the"]);

