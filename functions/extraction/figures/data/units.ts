/**
 * Unit nouns for QUANTITY figures. Any plural noun after a number is a unit ("590 enterprises"); these
 * lists add measures and irregular plurals, and name what is never a unit.
 */
export const MEASURE_UNITS: readonly string[] = [
  "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "m",
  "cm", "mm", "ft", "feet", "inches", "kg", "kilograms", "kilos", "grams", "tonnes", "tons", "tonne",
  "ton", "mt", "lb", "lbs", "pounds", "ounces", "oz", "barrels", "barrel", "bpd", "b/d", "litres",
  "liters", "gallons", "cubic", "square", "sq", "hectares", "ha", "acres", "mw", "gw", "kw", "kwh", "mwh",
  "gwh", "twh", "gigawatts", "megawatts", "kilowatts", "teu", "teus", "bcm", "mcm", "tcf", "degrees",
  "°c", "°f", "points", "pts", "votes", "seats", "doses", "units", "vehicles", "cars",
  // areas and volumes, their power read into the unit (tokenize.ts): "10,500m3", "85 m²", "1,200 km2"
  "m2", "m3", "km2", "cm2", "cm3", "mm2", "ft2", "ft3",
  // eggs: "41.3 million dozen"; flour and grain in the US: "106.4 million hundredweight", "1.67 million cwt"
  "dozen", "hundredweight", "cwt",
  // singulars, for "a 3.2-hectare site", "a 500-megawatt plant"
  "hectare", "acre", "megawatt", "gigawatt", "kilowatt", "terawatt", "terawatts", "metre", "meter", "litre", "liter", "gallon",
  "kilogram", "gram", "ounce", "inch", "foot",
  // British and American spellings: "a 50-kilogramme bag", "a 350-milliliter can"
  "kilogramme", "kilogrammes", "gramme", "grammes", "millilitre", "milliliter", "millilitres", "milliliters",
  // devices and weather: "a 5,000 mAh battery", "a 200-megapixel camera", "120Hz", "40-degree heat"
  "mah", "megapixel", "megapixels", "mp", "hz", "khz", "mhz", "ghz", "gb", "tb", "mb", "w", "degree",
  "mph", "km/h",
  // speeds, gas and data rates: "350 kph", "18 knots", "15.4 bcfd", "45 bcf", "$4 per mmBtu", "410 Mbps"
  "kph", "kmh", "knots", "knot", "bcfd", "bcf", "mmbtu", "mbps", "gbps", "kbps", "tbps", "nm",
  "point",
  // rain, grain and medicine: "85 millimetres", "1.3 billion bushels", "11 million bags", "500 mg", "120 mmHg"
  "millimetres", "millimeters", "millimetre", "millimeter", "centimetres", "centimeters", "bushels", "bushel",
  "bags", "bales", "mg", "mcg", "µg", "milligrams", "micrograms", "milligram", "microgram", "ml", "mmhg",
  "boepd", "boe", "mboe", "kilotonnes", "megatonnes", "gigatonnes", "carats", "ppm", "ppb",
  // water and gas: "196 gigalitres", "672,000 kl", "1,450 MLD" (million litres a day), "142 mtpa", "40 cubic
  // hectometres"
  "gigalitres", "gigaliters", "megalitres", "megaliters", "kilolitres", "kiloliters", "kl", "gl", "mld",
  "hectometres", "hectometers", "mtpa", "mmtpa", "tcm", "mmscfd", "mmcfd", "mcf", "mmcf", "mtoe", "pj",
  // Indian gas volumes: "4.52 MMSCMD" (million standard cubic metres a day), "320 mmscm", "1.2 lakh SCMD"
  "mmscmd", "mmscm", "scmd", "mscmd",
  // shipping, mining and gas: "3.2 million FFE", "25,840 tU" (tonnes of uranium), "61.2 billion scf", "320 kmph"
  "ffe", "feu", "tu", "scf", "mmscf", "kmph",
  // million metric tons, as US and Asian papers abbreviate them: "1.45 MMT" (defined-units.ts scales it)
  "mmt",
  // metal and ore tonnes: "2.05 million FMT" (fine metric tonnes), "6.1 million WMT" (wet), "91,400 dmt" (dry)
  "fmt", "wmt", "dmt",
  // mining tonnages: "38KT" and "9.8 kt" (kilotonnes), "8KTPA" and "18,000 tpa" (tonnes a year), "1,102 kwmt"
  // and "640 kdmt" (thousand wet or dry metric tonnes); "16,200t" is not-figures.ts's (lower case only)
  "kt", "ktpa", "tpa", "kwmt", "kdmt",
  // ships' carrying capacity: "44.1 million dwt"
  "dwt",
  // generators' and transformers' apparent power: "a 20kVA genset", "2.5 MVA", "7.5KVA"
  "kva", "mva",
  // water supply and storage: "1,200 MGD" (million gallons a day), "495 MIGD" (imperial), "36.4 MAF"
  // (million acre-feet), "45.2 tmcft" (thousand million cubic feet)
  "mgd", "migd", "maf", "tmcft", "tmc",
];

/** Irregular plurals of Latin nouns counted: "46 crematoria". */
export const LATIN_PLURAL_UNITS: readonly string[] = [
  "crematoria", "sanatoria", "auditoria", "aquaria", "stadia",
  // shrimp hatcheries stock "500,000 larvae" (the hyphened "post-larvae" is still a bare number)
  "larvae",
];

/** Plurals without a final "s", and collective nouns counted like them. */
export const IRREGULAR_UNITS: readonly string[] = [
  "people", "children", "grandchildren", "great-grandchildren", "men", "women", "staff", "personnel", "police", "cattle", "sheep", "livestock",
  "aircraft", "fish", "deer", "swine", "poultry", "head", "feet", "teeth", "mice", "geese", "crew",
  // Plurals in "-is", which the rule for "s" leaves out with "analysis" and "basis".
  "taxis", "maxis", "skis", "safaris", "rabbis", "kiwis",
  ...LATIN_PLURAL_UNITS,
];

/** Units of points: an index's, or a rate's (percentage points; see ../rate-points.ts). */
export const POINT_UNITS: readonly string[] = ["points", "point", "pts"];

/** A table row's unit that is a hundredth of its table's currency: "Basic EPS (p)", "Earnings per share (c)". */
export const TABLE_SUBUNITS: readonly string[] = ["p", "c", "pence", "cents", "sen", "paise", "cts"];

/** The state an ore or a concentrate is weighed in: "a dry metric ton", "per wet tonne". */
export const ORE_STATE_WORDS: readonly string[] = ["dry", "wet"];

/** Words after a number that make it a rate: "1.2 million barrels a day", "per capita". */
export const RATE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["a day", "barrels a day"], ["per day", "per day"], ["a year", "a year"], ["per year", "per year"],
  ["a month", "a month"], ["per month", "per month"], ["a week", "a week"], ["per week", "per week"],
  ["an hour", "an hour"], ["per hour", "per hour"], ["per annum", "per annum"], ["per capita", "per capita"],
  ["per person", "per person"], ["per head", "per head"], ["annually", "annually"],
  ["per second", "per second"], ["a second", "a second"], ["a minute", "a minute"], ["per minute", "per minute"],
  // "£1,860 a quarter" (not the fraction "a quarter").
  ["a quarter", "a quarter"], ["per quarter", "per quarter"],
  // the price of one of the things bought: "5.81 crore shares at Rs 2,150 apiece"
  ["apiece", "apiece"],
  // a fare's trip: "now costs about Dh380,000 one way", "$5,000 round trip", "$300 each way"
  ["one way", "one way"], ["each way", "each way"], ["round trip", "round trip"],
  // yields and concentrations: "3.1 tonnes per hectare", "14 milligrams per litre"
  ["per hectare", "per hectare"], ["a hectare", "a hectare"], ["per acre", "per acre"], ["an acre", "an acre"],
  ["per litre", "per litre"], ["per liter", "per liter"], ["per cubic metre", "per cubic metre"],
  ["per billion", "per billion"], ["per million", "per million"],
  // benefits paid by the fortnight or every few months: "R560 a fortnight", "$410 every two months"
  ["a fortnight", "a fortnight"], ["per fortnight", "per fortnight"], ["per quarter", "per quarter"],
  ["every two weeks", "every two weeks"], ["every two months", "every two months"],
  ["every month", "every month"], ["every week", "every week"], ["every year", "every year"],
];

/** Time units: a number of these is a duration or a period ("three quarters of 2022"), not a figure. */
export const TIME_UNITS: readonly string[] = [
  "year", "years", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "hrs",
  "minute", "minutes", "mins", "second", "seconds", "secs", "decade", "decades", "century", "centuries",
  "quarter", "quarters", "semester", "semesters", "fortnight", "fortnights", "weekend", "weekends",
  "year-old", "years-old", "month-old", "day-old", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc",
  "bst", "cet", "est", "edt", "pst", "ist",
];

/**
 * Singular nouns that end in "s": never a unit, but they may describe the plural counted after them, as
 * any noun may ("300 bus stops", "40 gas stations", "1,200 campus jobs").
 */
export const SINGULAR_NOUNS_IN_S: readonly string[] = [
  "bus", "gas", "status", "basis", "crisis", "analysis", "bonus", "census", "campus", "virus", "consensus",
  "stimulus", "surplus", "focus", "corpus", "bias", "chaos", "atlas",
];

/** Words ending in "s" that are not plural nouns, so never units. */
export const NOT_UNITS: readonly string[] = [
  "is", "was", "has", "does", "goes", "his", "hers", "its", "this", "thus", "plus", "less", "unless", "levels",
  "across", "as", "us", "yes", "always", "perhaps", "afterwards", "towards", "besides", "sometimes",
  "nevertheless", "whereas", "ones", "others", "times", "percent", "cents", "pence", "dollars", "euros",
  "pounds", "rupees", "news", "series", "means", "its", "whose", "versus", "thanks", "various", "previous",
  "famous", "serious", "numerous", "enormous", "tremendous", "anonymous", "obvious", "dangerous",
  "was", "yes", "us",
  ...SINGULAR_NOUNS_IN_S,
  // "the 4.10 million pace economists had expected": a rate of its own, no modifier of what follows.
  "pace",
  // "A reading below 50 signals contraction", "above 100 indicates optimism": verbs of meaning.
  "indicates", "signals", "signifies", "denotes", "implies", "suggests",
];

/**
 * Modifiers allowed between a number and its unit noun: "10,000 new jobs", "590 small enterprises".
 * Capitalized nationality words ("American troops") are allowed by rule.
 */
export const UNIT_MODIFIERS: readonly string[] = [
  "new", "more", "additional", "extra", "other", "small", "large", "big", "major", "foreign", "local",
  "domestic", "international", "private", "public", "state", "state-owned", "full-time", "part-time",
  "registered", "active", "confirmed", "suspected", "reported", "displaced", "injured", "dead", "missing",
  "wounded", "homeless", "stranded", "evacuated", "rescued",
  "armed", "military", "civilian", "young", "old", "elderly", "migrant", "skilled", "permanent",
  "temporary", "daily", "weekly", "quarterly", "yearly", "annual", "monthly", "paying", "unique", "cubic", "square", "metric", "light", "heavy", "electric",
  "joint", "industrial", "commercial", "residential", "affordable", "social", "medical", "high-tech",
  "unemployed", "employed", "eligible", "retail", "individual", "separate", "different", "key",
  // "263.4 billion standard cubic feet".
  "standard",
];

/**
 * Participles that open a phrase of their own after a number rather than describe the noun after them:
 * "12 including children", "40 costing more", "2,000 following protests".
 */
export const NOT_PARTICIPLE_MODIFIERS: readonly string[] = [
  "including", "excluding", "according", "following", "during", "regarding", "concerning", "involving",
  "totalling", "totaling", "representing", "making", "bringing", "taking", "leaving", "giving", "using",
  "costing", "selling", "buying", "earning", "paying", "owning", "holding", "having", "being", "getting",
  "seeking", "wanting", "needing", "killing", "injuring", "affecting", "reaching", "marking", "ending",
  "starting", "beginning", "compared", "based", "owned", "led", "listed", "named", "called", "said",
];

/**
 * Commodities weighed in pounds that follow "pounds of", so the pounds weigh rather than pay: "4.2 million
 * pounds of uranium", "300 million pounds of copper".
 */
export const WEIGHED_IN_POUNDS: readonly string[] = [
  "uranium", "u3o8", "yellowcake", "copper", "nickel", "zinc", "lead", "cobalt", "molybdenum", "aluminum",
  "aluminium", "beef", "pork", "chicken", "poultry", "meat", "cheese", "butter", "cotton", "coffee", "cocoa",
  "sugar", "tobacco", "fish", "salmon", "shrimp", "lobster", "milk", "lint", "tea", "rice", "wheat", "corn",
  // Crops, foods and materials a US, Canadian or Australian story weighs in pounds: "74.1 million pounds of
  // honey", "2 billion pounds of almonds", "500 pounds of food waste".
  "honey", "beeswax", "wax", "almonds", "nuts", "peanuts", "pecans", "walnuts", "pistachios", "cherries",
  "blueberries", "cranberries", "apples", "potatoes", "grapes", "hops", "fruit", "produce", "vegetables",
  "wool", "lamb", "turkey", "seafood", "crab", "crawfish", "catfish", "food", "feed", "fertilizer",
  "fertiliser", "plastic", "plastics", "waste", "trash", "garbage", "steel", "scrap", "marijuana", "cannabis",
];

/**
 * Verbs of gathering or weighing a crop or a catch, shortly before pounds, that make them weigh: "harvested a
 * record 1.49 billion pounds", "fishermen landed 2 million pounds" (not "produced" or "grew", which savings
 * and sales do too).
 */
export const WEIGHING_VERBS: readonly string[] = [
  "harvest", "harvests", "harvested", "harvesting", "picked", "caught", "landed", "weigh", "weighs", "weighed",
  "weighing",
];

/**
 * Words before a time that make it a measure, not a span: "The average wait lengthened to 126 days",
 * "the average stay fell to 8.6 days", "waiting times rose to 18 weeks" (with "years": "life expectancy
 * rose to 76.4 years", "the median age climbed to 44.1 years").
 */
export const TIME_MEASURE_WORDS: readonly string[] = [
  "wait", "waits", "waited", "waiting", "stay", "stays", "delay", "delays", "delayed", "times", "length",
  // "The average response time rose to 8.2 minutes", "the average commute".
  "response", "turnaround", "commute", "commutes",
  // "Ambulances responded within 8 minutes" (see measure-units.ts), "handover times".
  "respond", "responds", "responded", "handover", "handovers",
];

/**
 * Words before "time" that make it no measure of a wait or a trip ("for the first time in nearly three
 * years", "at the time", "8 p.m. local time"): "time" measures only after a word of its own ("median
 * time", "processing time", "travel time").
 */
export const NOT_MEASURED_TIME_LEADS: readonly string[] = [
  "first", "second", "third", "fourth", "fifth", "last", "next", "only", "same", "the", "a", "an", "that",
  "this", "any", "some", "each", "every", "at", "from", "in", "by", "of", "on", "one", "full", "part",
  "long", "short", "prime", "local", "real", "free", "spare", "half", "extra", "over", "what", "no",
];

/** Words before hours that make them hours flown: "Flight hours grew 18 per cent to 6,850 hours". */
export const FLYING_WORDS: readonly string[] = ["flight", "flights", "flying", "flew", "flown"];

/** Words before "hours" that make them a count of work or use: "3,950 flight hours", "1.2 million man-hours". */
export const HOURS_WORKED_WORDS: readonly string[] = [
  "flight", "flying", "block", "engine", "man", "labour", "labor", "machine", "billable", "volunteer",
  "overtime", "person", "staff", "teaching", "viewing", "listening", "streaming", "gaming",
];

/**
 * Words before "days" or "nights" that make them a count of days spent, no duration: "1.2 million skier
 * days", "450,000 room nights", "3,000 man-days".
 */
export const DAYS_SPENT_WORDS: readonly string[] = [
  "skier", "visitor", "patient", "inpatient", "bed", "guest", "room", "man", "person", "user", "camper",
  "hunter", "angler", "player", "rider",
];

/** Words before years alone that make them a measure of life. */
export const LIFE_WORDS: readonly string[] = ["expectancy", "lifespan", "longevity", "live", "lives", "lived"];

/** Words after a time that make it a point back or forward, no rate: "a year earlier", "six months ago". */
export const DATING_WORDS: readonly string[] = ["ago", "earlier", "later", "before", "after", "previously", "prior"];

/** Plural change words that are the thing counted after a noun modifier: "300 job cuts", "two rate hikes". */
export const CHANGE_NOUN_UNITS: readonly string[] = ["cuts", "hikes", "rises", "increases", "reductions", "gains"];

/**
 * Nouns a price is quoted per after "a"/"an": "$60 a tonne", "£12.71 an hour", "$3.20 a share" (after
 * "per" any noun counts: "Rs 2,438 per quintal", "20,000 yen per child").
 */
export const PRICE_DENOMINATORS: readonly string[] = [
  "tonne", "ton", "barrel", "ounce", "share", "bushel", "pound", "kilo", "kilogram", "kg", "gram", "carat",
  // "$4.85 a dozen" (eggs)
  "dozen",
  "litre", "liter", "gallon", "bag", "quintal", "sack", "crate", "box", "bottle", "pack", "packet", "dose",
  "vial", "pill", "tablet", "script", "unit", "piece", "head", "night", "seat", "ticket", "trip", "ride",
  "meal", "room", "visit", "vote", "person", "child", "pupil", "student", "patient", "household", "family",
  "worker", "employee", "member", "subscriber", "user", "customer", "passenger", "vehicle", "car", "claim",
  "policy", "event", "minute", "hectare", "acre", "kwh", "mwh", "megawatt-hour", "kilowatt-hour", "mmbtu",
  "gigajoule", "therm",
  // Freight, toll and fare rates by distance: "$2.09 a mile", "Sh15 a kilometre".
  "mile", "kilometre", "kilometer", "km",
  // Abbreviated in market reports: "Comex copper futures traded at $5.31 a lb", "$2,650 an oz".
  "lb", "oz",
  // Cloth, leather, shoes and floor space: "$1.05 a square foot", "4,300 yen a pair", "$45 a square metre".
  "pair", "foot", "metre", "meter", "yard",
  // Flowers, produce, drinks and shop goods: "32 cents a stem", "£30 a bunch", "$28 a carton", "£6 a pint".
  "stem", "bunch", "bouquet", "carton", "container", "tray", "punnet", "pint", "glass", "cup",
  "can", "jar", "plate", "serving", "portion", "copy", "plant", "tree", "board",
  // Services by the unit sold: "R450 a lesson", "£15 a class", "$90 a session", "£9,000 a place".
  "lesson", "class", "session", "course", "round", "game", "match", "place", "bed", "pitch",
  // And the people served: "A$40 a participant", "$25 a guest", "£18 an adult".
  "participant", "guest", "adult", "resident", "visitor", "attendee", "player", "team",
  // Hives rented, tests sat, couples wed, machines and doors served: "$45 a hive", "R1,200 a test".
  "hive", "colony", "test", "licence", "license", "couple", "wedding", "machine", "door", "lock", "key",
];

/** Measures of goods, of those, a price is by: "a tonne", "per kg", "a bushel", "per head". */
export const GOODS_MEASURES: readonly string[] = [
  ...["kg", "kilo", "kilogram", "kilogramme", "gram", "g", "tonne", "ton", "t", "lb", "pound", "ounce", "oz"],
  ...["bushel", "quintal", "maund", "hundredweight", "cwt", "bag", "bale", "head", "litre", "liter", "l"],
];

/**
 * Abbreviated units a price names after a slash glued to it, which are no words alone: "48c/l", "$A305/t",
 * "$18.31/cwt", "$10.40/kgMS" (a kilogram of milk solids), "R34,800/m²".
 */
export const SLASH_DENOMINATORS: readonly string[] = [
  "l", "t", "cwt", "kgms", "mt", "dmt", "wmt", "bbl", "lb", "lbs", "oz", "bu", "hl", "sqm", "sqft", "m", "ha",
  "ac", "gj", "kl", "ml",
];

/** Subunits written with their rate glued on, and the rate: "38.25ppl" is pence per litre. */
export const GLUED_RATE_UNITS: Readonly<Record<string, string>> = { ppl: "per litre", cpl: "per litre" };

/** Currencies another is quoted against: "N1,450 to the dollar", "94.6 cents on the dollar". */
export const QUOTED_AGAINST: readonly string[] = [
  "dollar", "euro", "pound", "yen", "yuan", "greenback", "rupee",
  // "24.2 per dirham", "3.25 against the Singapore dollar" (a country's name before it too).
  "dirham", "riyal", "ringgit", "rand", "franc", "baht", "peso", "naira", "shilling",
];

/**
 * Plural nouns of things counted, never amounts of money: "and total orders of 845 million" after revenue
 * in dollars is a count.
 */
export const COUNTED_NOUNS: readonly string[] = [
  "orders", "trips", "rides", "deliveries", "shipments", "passengers", "visitors", "customers", "users",
  "subscribers", "members", "people", "employees", "workers", "jobs", "homes", "vehicles", "units",
  "downloads", "transactions", "tourists", "arrivals", "households", "students", "patients", "viewers",
  // A table row of these is a count under a header in money: "Employees 3,214 vs 3,087".
  "staff", "headcount", "stores", "branches", "outlets",
];

/** Verbs that add things counted, after which no money is elided: "costs €95,000 ... plans to add 12 more". */
export const ADDING_VERBS: readonly string[] = [
  "add", "adds", "added", "adding", "open", "opens", "opened", "opening", "hire", "hires", "hired", "hiring",
  "build", "builds", "built", "building", "buy", "buys", "bought", "buying", "recruit", "recruited",
  "install", "installed", "launch", "launched", "plant", "planted",
];

/** Plural nouns counted that are also verbs of change: "11,640 crashes were recorded". */
export const COUNTED_CHANGE_NOUNS: readonly string[] = ["crashes", "lifts"];

/** Singular nouns in "-men", which the rule for plurals in "-men" ("fishermen", "gunmen") leaves out. */
export const SINGULAR_NOUNS_IN_MEN: readonly string[] = [
  "specimen", "regimen", "abdomen", "acumen", "stamen", "hymen", "bitumen", "semen", "albumen", "cyclamen",
  "dolmen", "lumen", "foramen", "rumen", "gravamen", "omen", "amen",
];

/** Words of a ship's or cargo's tonnage before "tons": "94.6 million deadweight tonnes", "498 million long tons". */
export const TONNAGE_WORDS: readonly string[] = ["deadweight", "gross", "long", "short"];

/** Peoples named by their faith, in the plural: "420 Kenyan Muslims", "25,000 British Muslims". */
export const FAITH_PLURALS: readonly string[] = [
  "muslims", "christians", "hindus", "sikhs", "jews", "buddhists", "catholics", "protestants",
];

/** Words of a dimension after a measure set off by commas: "The quarry, 40 metres deep, closed". */
export const DIMENSION_WORDS: readonly string[] = ["deep", "long", "high", "wide", "tall", "thick", "across", "square"];

/**
 * Words after "Nm" with no money that make it metres: "4m high", "the 400m hurdles", "a 50m-high wall", "a
 * 10m draught" (else millions: "falls to 7.29m").
 */
export const METRE_WORDS: readonly string[] = [
  ...DIMENSION_WORDS,
  ...["above", "below", "draught", "draft", "depth"],
  ...["race", "hurdles", "steeplechase", "freestyle", "sprint", "relay", "dash", "final", "title", "record"],
];
