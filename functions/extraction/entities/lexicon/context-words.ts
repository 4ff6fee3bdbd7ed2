/**
 * Words around a name that tell its type where the name alone does not: a club named after its city
 * ("beat Liverpool 3-1", "Liverpool manager Arne Slot"), an organization named in apposition ("the
 * regulator BaFin", "carmaker Volkswagen"). Not "rival": "his rival Biden" is a person. Lower case; matched on the lower-cased word.
 */

/** Verbs of a result before a team: "beat Liverpool", "drew with Brighton", "lost to Chelsea". */
export const RESULT_VERBS: readonly string[] = [
  "beat",
  "beats",
  "defeated",
  "defeats",
  "thrashed",
  "edged",
  "routed",
  "hammered",
  "outclassed",
  "upset",
  "eliminated",
  "knocked out",
  "drew with",
  "draw with",
  "drew against",
  "lost to",
  "lose to",
  "loses to",
  "fell to",
  "falls to",
];

/** Nouns right after a team's name: "Liverpool manager", "Arsenal striker", "Chelsea fans". */
export const TEAM_NOUNS: readonly string[] = [
  "manager",
  "head coach",
  "coach",
  "boss",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "forward",
  "full-back",
  "centre-back",
  "center-back",
  "captain",
  "skipper",
  "fans",
  "supporters",
  "squad",
  "quarterback",
  "pitcher",
  "shortstop",
];

/**
 * Words only sports copy writes: in a sentence with one, a city in a team's place is the club ("Liverpool
 * paid 40 million pounds to Bournemouth for the defender", "18 points for Denver"). Not "points", "win",
 * "season", "fee": markets and politics write them too.
 */
export const SPORTS_WORDS: readonly string[] = [
  "goal",
  "goals",
  "scored",
  "scorer",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "full-back",
  "centre-back",
  "center-back",
  "squad",
  "fixture",
  "fixtures",
  "relegation",
  "relegated",
  "playoffs",
  "playoff",
  "play-off",
  "rebounds",
  "assists",
  "innings",
  "wickets",
  "wicket",
  "touchdown",
  "touchdowns",
  "quarterback",
  "derby",
  "semi-final",
  "semifinal",
  "quarter-final",
  "kick-off",
  "stoppage",
  "half-time",
  "halftime",
  "hat-trick",
  "leaders",
  "unbeaten",
  "outfield",
  "inning",
  "homer",
  "dunk",
];

/** Words before a place that keep it a place in sports copy too: "in Liverpool", "at Denver". */
export const LOCATIVES: readonly string[] = [
  "in",
  "at",
  "near",
  "outside",
  "around",
  "across",
  "into",
  "toward",
  "towards",
  "of",
  "via",
  "through",
];

/**
 * Adjectives of who owns a body, right before its name, which only an organization takes: "state-owned
 * Petrobangla", "state-run Xinhua", "family-owned Tramontina" (and any "-listed": "Nasdaq-listed Lumora";
 * not a bare "listed", a participle too: "prices listed Drug Tariff").
 */
export const OWNERSHIP_ADJECTIVES: readonly string[] = [
  "state-owned",
  "state-run",
  "state-backed",
  "state-controlled",
  "government-owned",
  "government-run",
  "family-owned",
  "family-run",
  "privately-held",
  "privately-owned",
  "wholly-owned",
  "majority-owned",
  "employee-owned",
];

/** Nouns right before an organization's name: "the regulator BaFin", "carmaker Volkswagen". */
export const ORGANIZATION_NOUNS: readonly string[] = [
  "watchdog",
  "regulator",
  "lender",
  "insurer",
  "reinsurer",
  "carrier",
  "airline",
  "automaker",
  "carmaker",
  "chipmaker",
  "drugmaker",
  "planemaker",
  "broker",
  "brokerage",
  "conglomerate",
  "retailer",
  "miner",
  "broadcaster",
  "pollster",
  "newspaper",
  "tabloid",
  "daily",
  "outlet",
  "firm",
  "startup",
  "start-up",
  "operator",
  "manufacturer",
  "publisher",
  "subsidiary",
  "club",
  "party",
  "agency",
  "ministry",
  "militia",
  "group",
  "union",
  "exchange",
  "bourse",
  "body",
  "consultancy",
  "magazine",
  "publication",
  "website",
  "charity",
  "nonprofit",
  "lobby",
  "tank",
  "company",
  "association",
  "organisation",
  "organization",
  // "shipbroker Braemar", "payrolls processor ADP", "litigation funder Omni Bridgeway", "the depository
  // Euroclear", "statistics office INSEE", "hedge fund Elliott".
  "shipbroker",
  "shipbuilder",
  "shipyard",
  "processor",
  "funder",
  "surveyor",
  "roaster",
  "depository",
  "custodian",
  "office",
  "fund",
  "provider",
  "platform",
  "supermarket",
  "grocer",
  "housebuilder",
  "utility",
  "telco",
  "refiner",
  "distiller",
  "brewer",
  "dairy",
  // "property portal Rightmove", "the streamer Crave", "price tracker Keepa".
  "portal",
  "site",
  "concessionaire",
  "streamer",
  "marketplace",
  "aggregator",
  "tracker",
  // "Israel's national lottery Mifal Hapais".
  "lottery",
  // "Toyosu wholesaler Chuo Gyorui", "drinks distributor Kirin" ("exporter" is as often a person's trade).
  "wholesaler",
  "distributor",
  "bottler",
  "canner",
];

/**
 * Two words before a name that describe a promoter, a company or a person: "concert promoter Star Planet",
 * "concert promoter Michael Gudinski". A company where the name holds a common word.
 */
export const PROMOTER_DESCRIPTORS: readonly string[] = [
  "concert promoter",
  "concerts promoter",
  "event promoter",
  "events promoter",
  "music promoter",
  "festival promoter",
];

/**
 * Two words before a name that describe a company though their last word names a person's job too:
 * "market researcher Circana", "estate agent Hamptons", "mortgage buyer Freddie Mac".
 */
export const COMPANY_DESCRIPTORS: readonly string[] = [
  "market researcher",
  "market research",
  "estate agent",
  "estate agency",
  "mortgage buyer",
  "data provider",
  "research house",
  "asset manager",
  "fund manager",
  "wealth manager",
  "investment manager",
  "private equity",
  "venture capital",
  "ratings agency",
  "rating agency",
  "credit bureau",
  // "proxy adviser Glass Lewis", "comparison site Souqalmal".
  "proxy adviser",
  "proxy advisor",
  "proxy advisers",
  "comparison site",
  // "Dutch tech investor Prosus": an investor in tech is a firm; "investor Warren Buffett" stays a person.
  "tech investor",
  "technology investor",
  "internet investor",
];

/**
 * Heads of an apposition that make the name before it an organization, beside ORGANIZATION_NOUNS:
 * "Rosatom, the Russian state nuclear corporation,". Nouns that also name a person's job ("producer",
 * "developer", "maker") are left out.
 */
export const APPOSITION_ORGANIZATION_HEADS: readonly string[] = [
  "corporation",
  "giant",
  "bank",
  "utility",
  "exporter",
  "importer",
  "supplier",
  "fund",
  "non-profit",
  "federation",
  "foundation",
  "consortium",
  "cooperative",
  "co-operative",
  "institute",
  "authority",
  "holding",
  "conglomerate",
  "multinational",
  // "Patrick Terminals, the stevedore,", "Kestrel, the Perth-based refiner,".
  "stevedore",
  "shipowner",
  "lessor",
  "refiner",
  "smelter",
  "wholesaler",
  "distributor",
  // "Ouigo, the budget brand,", "Bombela, the Gautrain concessionaire,", "Coles and Woolworths, the two
  // biggest supermarket chains,".
  "brand",
  "chain",
  "concessionaire",
  // "Ternium México, the country's largest steelmaker,".
  "steelmaker",
  "toymaker",
  "papermaker",
  "glassmaker",
  "tyremaker",
  "tiremaker",
  // "Elfora Agro-Industries, Ethiopia's largest export abattoir,", "Bakers Delight, Australia's biggest
  // bakery franchise,", "Flexi, one of Mexico's largest shoemakers,".
  "abattoir",
  "meatpacker",
  "bakery",
  "franchise",
  "shoemaker",
  "boatbuilder",
  // "White Martins, the Brazilian unit of Linde,": a company's part ("the unit's head" is a person's job).
  "unit",
  "arm",
  "affiliate",
];

/**
 * Heads of an apposition that name a person's job as often as a company's: "Prysmian, the world's biggest
 * cable maker,", "Glencore, the largest copper producer,". They make the name an organization after a
 * noun of what is made ("cable maker") or before "of" ("the Italian maker of cables"), not after these
 * words, which make them a person's ("film maker", "policy maker", "record producer").
 */
export const MAKER_HEADS: readonly string[] = ["maker", "producer"];
export const PERSON_MAKER_WORDS: readonly string[] = [
  "film",
  "movie",
  "documentary",
  "policy",
  "decision",
  "law",
  "peace",
  "king",
  "deal",
  "match",
  "play",
  "trouble",
  "rule",
  "rain",
  "noise",
  "merry",
  "holiday",
  "mischief",
  "image",
  "taste",
  "money",
  "record",
  "music",
  "executive",
  "television",
  "tv",
  "theatre",
  "theater",
  "line",
  "associate",
  "co-executive",
];

/**
 * Descriptors a sentence may open with before a company's name ("Chipmaker Nvidia said", "Rival
 * Commerzbank"): capitalized there, but no part of the name. None starts a company's own name.
 */
export const LEADING_DESCRIPTORS: readonly string[] = [
  "watchdog",
  "regulator",
  "lender",
  "insurer",
  "reinsurer",
  "automaker",
  "carmaker",
  "chipmaker",
  "drugmaker",
  "planemaker",
  "brokerage",
  "conglomerate",
  "retailer",
  "miner",
  "broadcaster",
  "pollster",
  "newspaper",
  "tabloid",
  "startup",
  "start-up",
  "manufacturer",
  "publisher",
  "subsidiary",
  "rival",
  "competitor",
  "former",
  "e-commerce",
  "streaming",
  "ride-hailing",
  "shipbroker",
  "processor",
  "funder",
  "surveyor",
  "roaster",
  "housebuilder",
  "refiner",
  "steelmaker",
  "brewer",
  "winemaker",
  "homebuilder",
  "telco",
  "grocer",
  // "Consultancy Datagro raised its forecast", "Developer Emaar posted" (not "Carrier" or "Producer": "Carrier
  // Global", "Producer Price Index").
  "consultancy",
  "airline",
  "developer",
  "exporter",
  "operator",
  // "Outsourcer Cardale Group", "Newcomer DITO Telecommunity", "Fintech Nu Mexico", "Jeweller Beaverbrooks".
  "outsourcer",
  "newcomer",
  "fintech",
  "biotech",
  "bottler",
  "jeweller",
  "jeweler",
  // "Broker Bell Financial Group", "Parent Capital A", "Recruiter Hays".
  "broker",
  "stockbroker",
  "parent",
  "recruiter",
  "edtech",
  "toymaker",
  "glassmaker",
];

/**
 * Nouns whose possessive sits inside a name: "National People's Congress", "People's Liberation
 * Army", "Women's Hospital", "Children's Fund", "King's College Hospital", "Queen's University", an office
 * named for its holder ("Information Commissioner's Office"). A possessive after any other word ends the name before
 * it ("Kazakhstan's Foreign Ministry", "Trump's Republican Party").
 */
export const NAME_GENITIVES: readonly string[] = [
  "king",
  "queen",
  "people",
  "peoples",
  "women",
  "men",
  "children",
  "workers",
  "farmers",
  "veterans",
  "students",
  "teachers",
  "nurses",
  "citizens",
  "nations",
  "writers",
  "journalists",
  "soldiers",
  "sailors",
  "seamen",
  "miners",
  "employees",
  // Offices named for their holder: "Information Commissioner's Office", "Prime Minister's Office",
  // "Attorney General's Office", "Auditor-General's Department", "President's Cup".
  "commissioner",
  "minister",
  "president",
  "governor",
  "mayor",
  "general",
  "auditor-general",
  "ombudsman",
  "premier",
  "treasurer",
  "registrar",
  "chancellor",
];

/** Prefixes a navy or a registry puts before a ship's name: "USS Vicksburg", "HMS Argyll", "INS Vikrant". */
export const SHIP_PREFIXES: readonly string[] = [
  "USS",
  "USNS",
  "HMS",
  "HMAS",
  "HMCS",
  "HMNZS",
  "INS",
  "KRI",
  "BRP",
];

/** Awards named like people: "her second Oscar", "three Grammys" are MISC, not a person ("Oscar Piastri" is). */
export const AWARD_NAMES: readonly string[] = [
  "Oscar",
  "Oscars",
  "Grammy",
  "Grammys",
  "Emmy",
  "Emmys",
  "Pulitzer",
  "Bafta",
  "BAFTA",
  "Baftas",
];

/**
 * What a news source does after its name: "Nikkei has learned", "Nikkei reported" (a MISC reading, the
 * stock index's, is the paper's then).
 */
export const SOURCE_VERBS: readonly string[] = [
  "learned",
  "learnt",
  "reported",
  "reports",
  "found",
  "calculated",
];

/** Nouns after "according to" and a source's name: "according to Nikkei calculations". */
export const SOURCE_WORK_NOUNS: readonly string[] = [
  "calculations",
  "data",
  "estimates",
  "figures",
  "analysis",
  "survey",
  "tally",
  "count",
  "reporting",
];

/**
 * Things a maker's name describes after "a": "a Martin guitar", "a black Kawai upright", "a Toyota pickup"
 * (not "a Trump supporter": people are no things).
 */
export const BRANDED_THINGS: readonly string[] = [
  "guitar",
  "piano",
  "upright",
  "grand",
  "violin",
  "keyboard",
  "synthesizer",
  "drum",
  "saxophone",
  "pickup",
  "truck",
  "sedan",
  "hatchback",
  "motorcycle",
  "scooter",
  "tractor",
  "watch",
  "handbag",
  "camera",
  "phone",
  "laptop",
  "fridge",
  "refrigerator",
];

/**
 * Goods a brand's name stands before, one name or a list: "Lux soap", "Lifebuoy and Lux soap bars", "its
 * Msafi and Power Boy laundry bars", "Omo detergent" (MISC, a product; a company before them keeps its
 * type: "Colgate toothpaste" in a story about Colgate-Palmolive).
 */
export const BRANDED_GOODS: readonly string[] = [
  "soap",
  "soaps",
  "detergent",
  "detergents",
  "toothpaste",
  "toothpastes",
  "shampoo",
  "shampoos",
  "deodorant",
  "deodorants",
  "lotion",
  "lotions",
  "bleach",
  "insecticide",
  "insecticides",
  "repellent",
  "nappies",
  "diapers",
  "noodles",
  "biscuits",
  "margarine",
  "ketchup",
  "lager",
  "cigarettes",
  "cola",
  "bars",
];

/**
 * Nouns before a name that make it a product or a work (MISC): "the cancer drug Keytruda", "the film
 * Oppenheimer", "the game Fortnite". Not "model", "show", "play", "single": people and verbs follow them.
 */
export const PRODUCT_NOUNS: readonly string[] = [
  "drug",
  "drugs",
  "medicine",
  "medication",
  "treatment",
  "therapy",
  "vaccine",
  "jab",
  "pill",
  "injection",
  "film",
  "movie",
  "documentary",
  "album",
  "song",
  "novel",
  "book",
  "memoir",
  "sitcom",
  "musical",
  "opera",
  "game",
  "videogame",
  "app",
  "chip",
  "chips",
  "processor",
  "smartphone",
  "phone",
  "handset",
  "sedan",
  "suv",
  "jet",
  "aircraft",
  "airliner",
  "rocket",
  "spacecraft",
  "satellite",
  "telescope",
  "capsule",
  "software",
  "chatbot",
  "console",
  "laptop",
  "tablet",
  "headset",
  "painting",
  "sculpture",
  "podcast",
  "franchise",
  "mission",
  "missions",
  "probe",
  "rover",
];

/**
 * Plural nouns of what a business trades under, after a list of names: "its Zara, Massimo Dutti and
 * Bershka franchises", "the Bonia and Braun Buffel labels", "Rolex and Patek Philippe watches". The names
 * are the organizations that trade so, whatever a tagger read ("Massimo Dutti" is no person).
 */
export const TRADING_NOUNS: readonly string[] = [
  "brands",
  "labels",
  "marques",
  "franchises",
  "boutiques",
  "stores",
  "shops",
  "outlets",
  "chains",
  "banners",
  "showrooms",
  "dealerships",
  "restaurants",
  "watches",
  "handbags",
  "sneakers",
  "tyres",
  "tires",
  "cars",
  "smartphones",
];

/**
 * Plural nouns before "such as", "including" or "like" whose examples are places: "towns like Kitale,
 * Nanyuki and Kericho", "cities such as Lagos".
 */
export const PLACE_EXAMPLE_NOUNS: readonly string[] = [
  "towns",
  "cities",
  "villages",
  "suburbs",
  "provinces",
  "districts",
  "counties",
  "municipalities",
  "islands",
  "ports",
];

/**
 * Singular nouns before "of" whose name is a place: "the city of Friedrichshafen", "the town of Eye".
 */
export const PLACE_OF_NOUNS: readonly string[] = [
  "city",
  "town",
  "village",
  "municipality",
  "province",
  "district",
  "port",
  "island",
  "suburb",
];

/**
 * Plural nouns before "such as", "including" or "like" whose examples are organizations, beside the
 * plurals of ORGANIZATION_NOUNS and TRADING_NOUNS: "apps such as Careem and Uber", "new entrants such as
 * Keeta", "rivals including Bolt".
 */
export const COMPANY_EXAMPLE_NOUNS: readonly string[] = [
  "apps",
  "entrants",
  "rivals",
  "competitors",
  "challengers",
  "incumbents",
];

/** Words right before a quoted title that make it a work: 'the film "Oppenheimer"', 'directed "Oppenheimer"'. */
export const WORK_CUES: readonly string[] = [
  ...PRODUCT_NOUNS,
  "series",
  "show",
  "play",
  "single",
  "drama",
  "comedy",
  "thriller",
  "title",
  "exhibition",
  "track",
  "ep",
  "directed",
  "wrote",
  "released",
  "starring",
  "starred",
  "stars",
  "published",
  "titled",
  "entitled",
  "called",
  "dubbed",
  "headlined",
  "premiered",
  "sang",
  "recorded",
  "hit",
];

/** Words before "by" that make what follows a credit line: "Reporting by", "Editing by", "Photo by". */
export const CREDIT_WORDS: readonly string[] = [
  "reporting",
  "editing",
  "writing",
  "compiled",
  "photo",
  "photos",
  "photograph",
  "video",
];

/**
 * Lower-case nouns of a firm's staff between the firm's name and a person's: "Czarnikow analyst Andre
 * Lemos", "said Bayleys agent Steve Sanders", "Grant Thornton partners Kerryn Walsh and Brendon Hale".
 */
export const STAFF_NOUNS: readonly string[] = [
  "analyst",
  "analysts",
  "agent",
  "agents",
  "partner",
  "partners",
  "economist",
  "economists",
  "strategist",
  "strategists",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "broker",
  "brokers",
  "trader",
  "traders",
  "adviser",
  "advisers",
  "advisor",
  "advisors",
  "consultant",
  "consultants",
];

/** Nouns a possessive names after a person: "Alzheimer's disease", "Parkinson's law", "Down's syndrome". */
export const EPONYMOUS_NOUNS: readonly string[] = [
  "disease",
  "diseases",
  "syndrome",
  "law",
  "laws",
  "principle",
  "theorem",
  "rule",
  "paradox",
  "effect",
  "razor",
  "constant",
  "equation",
  "palsy",
  "sarcoma",
  "lymphoma",
  "dementia",
  "comet",
];
