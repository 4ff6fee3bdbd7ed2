/** Speech data. Rules live in ../speakers.ts. */

/**
 * Verbs that attribute words to a speaker: "X said", "said X", "X pointed out that". Not "claims", a noun
 * in economic news far more often ("Jobless claims rose 8,000"), nor "adds" ("Netflix adds 9 million
 * subscribers"; "added" stays: "..., he added").
 */
export const SPEECH_VERBS: readonly string[] = [
  "said", "says", "say", "told", "tells", "added", "noted", "notes", "stated", "states",
  "explained", "explains", "pointed out", "points out", "emphasized", "emphasised", "emphasizes",
  "stressed", "stresses", "announced", "announces", "wrote", "writes", "remarked", "affirmed", "claimed",
  "warned", "warns", "predicted", "forecast",
  "insisted", "argued", "argues", "confirmed", "revealed", "highlighted", "underlined", "underscored",
  "acknowledged", "admitted", "recalled", "commented", "observed", "asserted", "declared", "disclosed",
  "mentioned", "reckons", "reckoned", "testified", "tweeted", "spoke", "speaking", "continued", "concluded", "replied", "responded",
  "asked", "wondered",
  // With "that" only: "estimated at $2 billion" is a level, "an estimated 5,000" a qualifier.
  "estimated that", "estimates that", "estimate that", "projected that", "calculated that", "reported that",
  "calculates that", "projects that", "forecasts that", "found that", "finds that",
  // "Bapcor also flagged that tariffs had raised costs", "reiterated that sales would grow" (not "flagged a
  // 5% drop", a result).
  "flagged that", "flags that", "reiterated that", "reiterates that",
  // "The EFCC alleges that the governor diverted N2.3 billion" (not "the alleged fraud").
  "alleges that", "alleged that", "allege that", "allege", "alleges",
  // "is pleased to announce that", "is proud to report that".
  "announce that", "report that",
  // Forecasts are statements too: "He expects the rate to fall to 5%", "Karl Berg sees the euro at $1.20".
  "expects", "expect", "sees", "cautioned", "cautions",
  // ("The association estimates the market at Rs 4,800 crore": a present estimate is a statement too.)
  "estimates",
];

/** Words that compare a result with estimates: "beat Wall Street estimates", "above LSEG estimates". */
export const ESTIMATE_COMPARISONS: readonly string[] = [
  "beat", "beats", "beating", "missed", "misses", "missing", "topped", "tops", "exceeded", "exceeds",
  "above", "below", "than", "against", "versus", "vs", "consensus", "lagged",
];

/**
 * Speech verbs that attribute a quote but report nothing on their own: "as demand continued", "Honda
 * added 2.2%" ("added" before a figure is a gain, not speech).
 */
export const QUOTE_ONLY_VERBS: readonly string[] = ["continued", "concluded", "asked", "wondered"];

/** Verbs whose name after them is the listener, not the speaker: "Li told Reuters the company ...". */
export const LISTENER_VERBS: readonly string[] = ["told", "tells"];

/** Titles and role words that precede a name and are not part of it. */
export const TITLE_WORDS: readonly string[] = [
  "president", "vice", "prime", "minister", "secretary", "state", "foreign", "deputy", "chief", "executive",
  "officer", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "director", "general", "head",
  "governor", "senator", "sen.", "rep.", "representative", "mayor", "ambassador", "spokesman",
  "spokeswoman", "spokesperson", "economist", "analyst", "professor", "prof.", "dr.", "dr", "mr", "mr.",
  "mrs", "mrs.", "ms", "ms.", "sir", "king", "queen", "prince", "princess", "sheikh", "chancellor",
  "commissioner", "adviser", "advisor", "founder", "co-founder", "managing", "senior", "strategist",
  "affairs", "finance", "economy", "trade", "defence", "defense", "energy", "commerce", "justice",
  "interior", "treasury", "agriculture", "industry", "health", "labour", "labor", "the", "of", "and",
  "former", "acting", "new", "u.s.", "us", "eu", "un", "national", "central", "bank", "lt.", "gen.",
  "col.", "capt.", "premier", "leader", "speaker", "chairperson", "board", "official", "officials",
  "manager", "partner", "researcher", "lawyer", "broker", "trader", "agent", "treasurer",
  // "said councillor Sara Templeton", "said Coun. Laine Johnson", "said owner Mia Brandt".
  "councillor", "councilor", "councilman", "councilwoman", "coun", "coun.", "cllr", "cllr.", "alderman",
  "owner", "co-owner",
];

/**
 * Title words that describe the title after them and end none: "its national AI strategy" holds no title
 * before "AI", "the zone's chairman" does.
 */
export const TITLE_MODIFIER_WORDS: readonly string[] = [
  "vice", "prime", "state", "foreign", "managing", "senior", "former", "acting", "new", "u.s.", "us", "eu",
  "un", "national", "central", "bank", "board", "the", "of", "and", "finance", "economy", "trade", "defence",
  "defense", "energy", "commerce", "justice", "interior", "treasury", "agriculture", "industry", "health",
  "labour", "labor", "affairs",
];

/** Title words that are a title only before another: "Prime Minister", "Vice-President" ("Prime Database" is a name). */
export const TITLE_OPENERS: readonly string[] = ["prime", "vice", "foreign"];

/**
 * Generic sources: a speaker is a named person or organization, so "Analysts said", "traders in London
 * said", "Officials said" give no speaker (nor does a lower-case "the company said").
 */
export const GENERIC_SOURCES: readonly string[] = [
  "analysts", "analyst", "traders", "trader", "economists", "economist", "officials", "official", "sources",
  "source", "experts", "expert", "investors", "researchers", "scientists", "residents", "witnesses",
  "authorities", "police", "doctors", "diplomats", "dealers", "brokers", "bankers", "executives", "people",
  "observers", "critics", "activists", "organizers", "organisers", "rescuers", "medics", "lawmakers",
  "legislators", "ministers", "strategists", "forecasters", "insiders", "markets", "others", "many", "some", "most", "they", "we",
  "prosecutors", "firefighters", "paramedics", "investigators", "detectives", "regulators", "lawyers",
  "attorneys", "teachers", "parents", "students", "nurses", "workers", "employees", "farmers", "voters",
  "fans", "protesters", "volunteers", "survivors", "families", "scholars", "historians",
  "campaigners", "this",
];

/** Pronouns that refer back to the last person named. */
export const PRONOUNS: readonly string[] = ["he", "she"];

/** Words that end the search for a speaker's name before a verb. */
export const NAME_STOPS: readonly string[] = [",", "“", "”", '"', "(", ")", ";", ":", "—", "–"];

/** Verbs by which data report: "Ofgem figures show". */
export const DATA_VERBS: readonly string[] = [
  "show", "shows", "showed", "shown",
];

/** Nouns for data a named source publishes. */
export const DATA_NOUNS: readonly string[] = [
  "figures", "data", "statistics", "numbers", "estimates", "calculations", "records",
  // "USDA market reports show".
  "reports",
];

/** Verbs of estimating that report a clause without "that" after a name: "Enel forecasts demand will grow". */
export const BARE_ESTIMATES: readonly string[] = [
  "forecasts", "estimates", "projects", "predicts", "calculates", "estimated", "estimate", "expect",
  "calculated", "expected",
  // A plural subject's: "Analysts at Bancolombia forecast exports of".
  "forecast", "predict",
  // "Lennox International Inc. projected 2027 revenue growth of", "Daikin assumes an exchange rate of",
  // "The company also targets about $4 billion of".
  "projected", "predicted", "forecasted", "assumes", "targets",
];

/**
 * Words after which those verbs are plural nouns: "IMF forecasts show", "Fed estimates of", "Treasury
 * projects in the pipeline".
 */
export const NOUN_FOLLOWERS: readonly string[] = [
  "show", "shows", "showed", "suggest", "suggests", "suggested", "put", "puts", "point", "points",
  "indicate", "indicated", "are", "were", "was", "is", "have", "had", "see", "saw", "imply", "implied",
  "assume", "assumed", "range", "ranged", "vary", "varied", "include", "included", "published", "released",
  "compiled", "cited", "differ", "place", "placed", "peg", "pegged", "of", "for", "in", "on", "from", "by",
  "at", "to", "and", "or", "that", "which", "made", "given", "based",
];

/** Adverbs right after a speech verb that say how or when it was said. */
export const SAYING_ADVERBS: readonly string[] = [
  "separately", "also", "later", "earlier", "again", "previously", "recently", "publicly",
];

/** Words after a sentence's subject that show the name is that subject: "BHP took", "The CNB now expects". */
export const SUBJECT_FOLLOWER_WORDS: readonly string[] = [
  "also", "now", "then", "later", "still", "is", "was", "has", "had", "will", "would", "took", "kept",
  "cut", "set", "put", "made", "held", "won", "sold", "paid", "saw", "sees", "said",
];

/**
 * Common nouns between a named source and its speech verb: "The King's Fund think tank said", "Goldman
 * Sachs economists said", "An APCMA spokesman said", "The FIRS chairman said".
 */
export const SOURCE_NOUNS: readonly string[] = [
  "think", "tank", "union", "lobby", "group", "body", "firm", "association", "consultancy", "agency",
  "economists", "analysts", "strategists", "researchers", "spokesman", "spokeswoman", "spokesperson",
  "institute", "office", "bureau", "regulator", "authority", "ministry", "department", "council",
  "commission", "federation", "service",
  // Its leader: "The FIRS chairman said", "The Fonterra chief executive said".
  "chairman", "chairwoman", "chairperson", "executive", "commissioner", "governor", "president", "boss",
];

/** Participles that date a source's data before its verb: "figures released on Wednesday showed". */
export const RELEASE_PARTICIPLES: readonly string[] = ["released", "published", "issued", "conducted", "compiled"];

/** Titles of a named source's regular data, after plain words: "the BRC-KPMG retail sales monitor showed". */
export const DATA_SERIES_NOUNS: readonly string[] = [
  "monitor", "index", "barometer", "tracker", "survey", "poll",
  // "a Federal Reserve Bank of New York report showed".
  "report", "study",
];

/** Works a named source carries out, reporting by "by" or "from": "A poll by Ipsos found". */
export const SURVEY_NOUNS: readonly string[] = [
  "poll", "survey", "study", "report", "analysis", "review", "audit", "census", "estimate", "estimates",
  // "A separate index by HassConsult showed", "a tracker by Kpler found".
  "index", "tracker", "barometer",
  // "..., findings by BusinessDay show", "checks by Reuters found".
  "findings", "checks", "investigation", "calculations",
];

/** Verbs by which a named company reports its results: "Azul reported a net loss", "Finnair posted a rise". */
export const RESULT_VERBS: readonly string[] = ["reported", "reports", "posted", "posts", "booked", "books"];

/** Verbs that state a result only before its noun: "Dangote Sugar recorded a loss after tax of". */
export const RECORDING_RESULT_VERBS: readonly string[] = ["recorded", "records", "registered", "delivered"];

/**
 * Nouns of a company's results, after a verb that records them: "recorded a net loss" (not a surplus or a
 * deficit, which a country records as often as a company).
 */
export const RESULT_NOUNS: readonly string[] = [
  "profit", "profits", "loss", "losses", "revenue", "revenues", "turnover", "earnings", "income", "sales",
  "ebitda",
];

/** Participles of a work sent to someone, whose recipient is no source: "documents tabled in Parliament". */
export const DELIVERED_WORKS: readonly string[] = [
  "tabled", "presented", "submitted", "shared", "sent", "given", "provided", "laid",
];

/** Participles of saying that report their clause's subject before "that": ", noting that". */
export const SAYING_THAT_PARTICIPLES: readonly string[] = [
  "noting", "adding", "warning", "arguing", "insisting", "stressing", "claiming",
];

/**
 * Nouns of a statement or a document filed with a regulator or an exchange: "a statement to the Tokyo
 * Stock Exchange", "In a disclosure to the Philippine Stock Exchange on Friday".
 */
export const FILING_NOUNS: readonly string[] = [
  "statement",
  "filing",
  "filings",
  "disclosure",
  "notice",
  "announcement",
  "release",
];

/** Last words of a region named after its town, set off after it: "Fukuyama, Hiroshima Prefecture,". */
export const REGION_HEADS: readonly string[] = [
  "Prefecture", "Province", "State", "County", "Region", "District", "Governorate",
];

/** First words of a region named by its side, set off after its town: "Cikarang, West Java,". */
export const REGION_SIDES: readonly string[] = ["West", "East", "North", "South", "Central"];

/** Bodies named after their place in lower case: "the Nuevo Leon tourism department", "the Shanghai port authority". */
export const PLACE_BODY_WORDS: readonly string[] = [
  "department", "ministry", "office", "bureau", "authority", "council", "agency", "board", "commission",
  "government", "police",
];

/**
 * A country's or a place's body named by its owner's possessive, as "Indonesia's transport ministry said",
 * "according to Tanzania's central bank": the body's words, and "central bank" (no other bank, which
 * the possessive only describes: "Kenya's biggest bank").
 */
export const POSSESSED_BODY_WORDS: readonly string[] = [...PLACE_BODY_WORDS, "embassy", "regulator"];

/**
 * Words of a body's name that an owner in lower case owns, "according to the agriculture ministry's Office
 * of Agricultural Studies and Policies": no work's title ("the county's Finance Act", "the union's Trolley
 * Watch figures").
 */
export const OWNED_BODY_NAME_WORDS: readonly string[] = [
  ...POSSESSED_BODY_WORDS, "secretariat", "directorate", "institute", "service", "administration",
];

/** Parts of a body named after their place, which speak for no body of their own: "the Kano State chapter of". */
export const PLACE_BODY_PART_WORDS: readonly string[] = ["chapter", "branch"];
