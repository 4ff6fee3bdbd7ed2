/** Period words. Rules live in ../periods.ts. */
export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4],
  ["apr", 4], ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
];

/** Ordinals that pick quarters, halves and months out of a year: "the first three quarters". */
export const PERIOD_ORDINALS: ReadonlyArray<readonly [string, number]> = [
  ["first", 1], ["1st", 1], ["second", 2], ["2nd", 2], ["third", 3], ["3rd", 3], ["fourth", 4], ["4th", 4],
  ["final", -1], ["last", -1],
];

/**
 * Words before a year or month that open or close a period: "since 1991" runs from it, "by 2030",
 * "until 2030", "through June" up to it.
 */
export const YEAR_PREPOSITIONS: ReadonlyArray<readonly [string, "since" | "by" | "until"]> = [
  ["since", "since"], ["by", "by"], ["until", "until"], ["till", "until"], ["through", "until"],
];

/** Capitalized words after a year that make it part of a name: "the 2032 Games", "the 2030 World Cup". */
export const NAMED_YEAR_AFTER: readonly string[] = [
  "Games", "Olympics", "Olympic", "Paralympics", "Paralympic", "World", "Winter", "Summer", "Commonwealth",
  "Asian", "Expo", "Euro", "Copa", "Ryder", "Super", "Cup",
];

/**
 * Head words of an event's name that a year opens across a few capitalized words: "the 2028 Los Angeles
 * Olympics", "the 2034 FIFA World Cup", "the 2027 Australian Open".
 */
export const EVENT_NAME_HEADS: readonly string[] = [
  "Games", "Olympics", "Olympic", "Paralympics", "Paralympic", "Cup", "Championship", "Championships",
  "Expo", "Open", "Festival", "Marathon", "Prix", "Series", "Tournament",
];

/** Capitalized words before a year that make it part of a name: "Expo 2030", "Vision 2030", "Russell 2000". */
export const NAMED_YEAR_BEFORE: readonly string[] = [
  "Cup", "Expo", "Euro", "Vision", "Agenda", "Games", "Olympics", "Championship", "Championships", "Tour",
  "Russell",
  // A law's or a plan's name: "the Finance Act 2025", "the Finance Bill 2027", "the Integrated Resource
  // Plan 2025".
  "Act", "Bill", "Plan", "Strategy",
  // A body named for a year: "Campaign 2000, a coalition working to end child poverty".
  "Campaign",
];

/**
 * Numbers of months a story's period is named again by: "the seven months", "the 10 months" (not six or
 * nine: "the nine months" is read as a reporting span from the year's start).
 */
export const MONTH_COUNTS: readonly string[] = [
  "two", "three", "four", "five", "seven", "eight", "ten", "eleven", "2", "3", "4", "5", "7", "8", "10", "11",
];

/** Words after "the period" or "the seven months" that give them dates of their own: "the period from July 1". */
export const NAMED_AGAIN_LINKS: readonly string[] = [
  "from", "to", "ended", "ending", "between", "through", "until", "till", "since", "covered", "under",
  "before", "after", "starting", "beginning", "of", "in", "when",
];

/** Seasons of the year, and the words before one that date it from publication. */
export const YEAR_SEASONS: readonly string[] = ["winter", "summer", "spring", "autumn", "fall"];
const SEASON_OFFSETS: ReadonlyArray<readonly [string, number]> = [
  ["this", 0], ["last", -1], ["next", 1], ["that", 0], ["the coming", 1], ["the past", -1],
  ["the previous", -1], ["the upcoming", 1], ["the same", 0],
];

/** Leads that date "fall" as a season, not a verb or a drop ("shares that fall", "the previous fall in rates"). */
const FALL_LEADS: ReadonlySet<string> = new Set(["this", "last", "next", "the coming", "the upcoming"]);

/** Relative periods: [phrase, unit, offset]. "last year" is the year before the article's. */
export const RELATIVE_PERIODS: ReadonlyArray<
  readonly [string, "year" | "month" | "quarter" | "season" | "period", number]
> = [
  ["last year", "year", -1], ["this year", "year", 0], ["next year", "year", 1],
  ["the previous year", "year", -1], ["a year earlier", "year", -1], ["a year ago", "year", -1],
  // "* Q3 NET SALES SEK 10.24 BILLION VERSUS SEK 9.71 BILLION YEAR AGO": a wire brief drops the article.
  ["year ago", "year", -1],
  ["the same period last year", "year", -1], ["the year before", "year", -1],
  // The period a sentence compares against, dated from publication until relative-periods.ts re-dates it.
  ["the same period a year earlier", "year", -1], ["the same period a year ago", "year", -1],
  ["the same period of the previous year", "year", -1], ["the same quarter last year", "year", -1],
  ["the same quarter a year earlier", "year", -1], ["the same month last year", "year", -1],
  ["the same month a year earlier", "year", -1], ["the year-ago period", "year", -1],
  ["the year-ago quarter", "year", -1], ["the year-earlier period", "year", -1],
  ["the year-earlier quarter", "year", -1], ["the prior year", "year", -1], ["a year before", "year", -1],
  // "from US$3.89 billion in the same period of last year", "R4.82bn in the comparable period".
  ["the same period of last year", "year", -1], ["the corresponding period of last year", "year", -1],
  ["the corresponding period last year", "year", -1], ["the corresponding period of the previous year", "year", -1],
  ["the same period in the previous year", "year", -1], ["a similar period last year", "year", -1],
  ["the comparable period", "year", -1], ["the prior-year period", "year", -1],
  ["the prior year period", "year", -1], ["the prior-year quarter", "year", -1],
  ["the prior year quarter", "year", -1],
  ["the same quarter of last year", "year", -1], ["the corresponding quarter of last year", "year", -1],
  ["the same quarter of the previous year", "year", -1], ["the same quarter of the previous fiscal", "year", -1],
  ["the same quarter of the previous financial year", "year", -1], ["the year-ago month", "year", -1],
  // A US release's "in the same period of the prior year", "the same quarter of the prior fiscal year".
  ["the same period of the prior year", "year", -1], ["the same quarter of the prior year", "year", -1],
  ["the same period of the prior fiscal year", "year", -1], ["the same quarter of the prior fiscal year", "year", -1],
  ["the same month of last year", "year", -1],
  // "compared with 3.9 million at the same time last year", "this time last year".
  ["the same time last year", "year", -1], ["the same time a year earlier", "year", -1],
  ["the same time a year ago", "year", -1], ["this time last year", "year", -1],
  ["the same point last year", "year", -1], ["the same date last year", "year", -1],
  // Its dates are those of the period before the one the sentence names, so it carries its text only.
  ["the previous period", "period", -1], ["the prior period", "period", -1],
  ["the previous corresponding period", "period", -1],
  // The period the story is about, named again: "over the same period", "during the month", "in the
  // half", "for the year"; which one only the story tells, so they carry their text only.
  ["the same period", "period", 0], ["the corresponding period", "period", 0], ["the month", "period", 0],
  ["the half", "period", 0], ["the year", "period", 0], ["the financial year", "period", 0],
  ["the fiscal year", "period", 0], ["the decade", "period", 0], ["the period", "period", 0],
  // "in the seven months", "during the 10 months": the story's months named again by their number.
  ...MONTH_COUNTS.map((count) => [`the ${count} months`, "period", 0] as const),
  ["last month", "month", -1], ["this month", "month", 0], ["next month", "month", 1],
  ["last quarter", "quarter", -1], ["this quarter", "quarter", 0], ["next quarter", "quarter", 1],
  ["the previous quarter", "quarter", -1], ["the previous month", "month", -1], ["the quarter", "quarter", 0],
  ["a quarter earlier", "quarter", -1], ["a quarter ago", "quarter", -1], ["the quarter before", "quarter", -1],
  ["the full year", "year", 0],
  ["a month ago", "month", -1], ["a month earlier", "month", -1], ["the month before", "month", -1],
  // A sports season runs across years, so these carry their text only.
  ["last season", "season", -1], ["this season", "season", 0], ["next season", "season", 1],
  ["the current season", "season", 0], ["the previous season", "season", -1], ["the new season", "season", 0],
  // So does a season of the year: which months "this winter" spans depends on the hemisphere.
  ...YEAR_SEASONS.flatMap((season) =>
    SEASON_OFFSETS.filter(([lead]) => season !== "fall" || FALL_LEADS.has(lead)).map(
      ([lead, offset]) => [`${lead} ${season}`, "season", offset] as const,
    ),
  ),
];

/** Years between these count as years ("in 2022"); others are plain numbers. */
export const YEAR_RANGE: readonly [number, number] = [1800, 2100];

/** Days of the week, and "today"/"yesterday": when something was said, not a period of a figure. */
export const WEEKDAYS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
];

/** Words after a month that make it a futures contract's: "January robusta", "March cocoa", "Brent". */
export const CONTRACT_NOUNS: readonly string[] = [
  "robusta", "arabica", "cocoa", "coffee", "sugar", "cotton", "wheat", "corn", "soybeans", "soybean", "soymeal",
  "soyoil", "oats", "rice", "canola", "crude", "brent", "wti", "gold", "silver", "copper", "aluminium",
  "aluminum", "nickel", "zinc", "palladium", "platinum", "cattle", "hogs", "contract", "contracts", "futures",
  "iron", "gas", "gasoline", "diesel", "heating", "lumber", "soymeal", "cocoa", "palm",
];

/**
 * Fiscal years that do not follow the calendar: [country, the month they start, named by the year they
 * start or end in, whether a single label ("FY26", "fiscal 2025") follows it too, and whether it does once
 * the article declares a year that starts in that month ("its fiscal year ended March 31, 2026 ... fiscal
 * 2026")]. India's FY26 runs April 2025 - March 2026, Japan's fiscal 2025 April 2025 - March 2026,
 * Australia's and Pakistan's 2025-26 July 2025 - June 2026. Where companies keep fiscal years of their own
 * (Britain, Canada, Kenya...), only a span of two years ("2025-26", "2026/27") is the government's, and a
 * label the year the article declares; not in Singapore, whose government and its boards name the year
 * by its start ("FY2026" runs from April 2026) and its companies by its end. The United States is not
 * listed: its companies' fiscal years differ from one to the next.
 */
export const FISCAL_YEARS: ReadonlyArray<readonly [string, number, "start" | "end", boolean, boolean]> = [
  ["IN", 4, "end", true, true], ["JP", 4, "start", true, true], ["PK", 7, "end", true, true],
  ["AU", 7, "end", true, true], ["BD", 7, "end", true, true], ["GB", 4, "end", false, true],
  ["CA", 4, "end", false, true], ["HK", 4, "end", false, true], ["SG", 4, "end", false, false],
  ["ZA", 4, "end", false, true], ["NZ", 7, "end", false, true], ["EG", 7, "end", false, true],
  ["KE", 7, "end", false, true], ["UG", 7, "end", false, true], ["TZ", 7, "end", false, true],
  ["JM", 4, "end", false, true], ["BW", 4, "end", false, true], ["NA", 4, "end", false, true],
];

/**
 * Words that make a sentence about the future, read back from a month or quarter written without a year:
 * "will open the plant in March" is next March when March has passed.
 */
export const FUTURE_WORDS: readonly string[] = [
  "will", "'ll", "’ll", "shall", "would", "could", "might", "expects", "expect", "expected", "plans", "plan",
  "planning", "aims", "aim", "due", "scheduled", "forecast", "forecasts", "projected", "projects", "upcoming",
  "coming", "intends", "intend", "targets", "hopes", "seeks", "see", "sees", "should",
  // A headline's warning looks ahead: "Maersk beats forecasts but warns freight rates to slide in 2026".
  "warns",
  // "are preparing a bid in the January window", "are braced for bids in January".
  "preparing", "braced", "bracing", "eyeing",
  // A condition looks ahead: "If January is mild, storage could end the winter above 40%".
  "if", "unless",
  // "must pay $500 million in January", "payable Jan. 15 to shareholders of record".
  "must", "payable",
];

/**
 * Words beside a part of a reporting year under way that keep it that year's part, beyond FUTURE_WORDS: a
 * forecast, guidance, a fiscal year, a part under way ("first-half revenue is tracking 8 per cent ahead").
 */
export const NOT_REPORTED_WORDS: readonly string[] = [
  "fiscal", "financial", "guidance", "guided", "outlook", "implied", "consensus", "pencilled", "penciled",
  "estimate", "estimates", "delivery", "is", "are", "tracking",
];

/**
 * Verbs in the present or the future that open a predicate of their own after "and": "had revenue of 610
 * million pounds in 2025 and employ about 2,700 people", "opened in 2024 and will create 800 jobs" (the
 * period of the first predicate dates no figure of theirs); right before a figure, a standing fact that
 * takes no period a results story named ("a district that houses 1,500 workshops").
 */
export const PRESENT_PREDICATE_VERBS: readonly string[] = [
  "employ", "employs", "operate", "operates", "run", "runs", "own", "owns", "hold", "holds", "have", "has",
  "houses",
  // what a company does as a rule: "produces around 24,000 tonnes a year", "buys its fibre at about R68 a
  // kilogram", "costs P39.38 per pack".
  "produces", "makes", "buys", "sells", "supplies", "pays", "charges", "costs",
  "serve", "serves", "is", "are", "will", "expects", "expect", "plans", "plan", "aims", "aim", "now",
];

/**
 * Nouns of what is to come: a clause with one reports no result, so it takes no period the story named
 * before ("raised its sales forecast to 19 million units", "approved a $412 million budget").
 */
export const FORWARD_NOUNS: readonly string[] = [
  "guidance", "outlook", "target", "targets", "forecast", "forecasts", "projection", "projections", "plan",
  "plans", "planned", "goal", "goals", "estimate", "estimates", "consensus", "next",
];

/**
 * Words of market moves: a share price or an index moves on the day of the news, not over the period a
 * results story reports for ("Shares rose 8.2% to HK$13.94").
 */
export const MARKET_MOVE_WORDS: readonly string[] = [
  "shares", "stock", "stocks", "benchmark", "session", "futures", "bonds", "traders",
  "gilts", "treasuries", "bunds", "sterling", "advancers", "decliners", "gainers", "losers",
];

/** Currencies whose moves are market moves after "the": "the rupee weakened 0.3%" (not "5 billion rand"). */
export const MARKET_CURRENCIES: readonly string[] = [
  "rupee", "rand", "peso", "lira", "naira", "shilling", "ringgit", "baht", "rupiah", "yuan", "forint", "zloty",
  "hryvnia", "tenge", "cedi", "kwacha", "ruble", "rouble", "krona", "krone", "won", "yen", "greenback",
];

/**
 * Verbs of what is to be done, after "to": a figure they govern is no result ("agreed to raise gas prices
 * by 15%", "needed KSh 4.5 billion a year to hire 2,000 more rangers").
 */
export const PLANNED_ACTIONS: readonly string[] = [
  "raise", "cut", "increase", "reduce", "lift", "boost", "lower", "hike", "slash", "trim", "double", "expand",
  "grow", "add", "hire", "build", "invest", "spend", "pay", "buy", "sell", "develop", "fund", "create",
  "acquire", "borrow", "issue", "repay", "lend", "provide", "offer", "deliver", "produce", "reach",
];

/**
 * Past verbs of a one-off act, not of a result reported for a period: a figure whose clause they open takes
 * no story period ("Japan pledged 150 million yen", "Kredito raised $48m", "priced the bonds at 9.75%").
 */
export const ONE_OFF_ACTS: readonly string[] = [
  "pledged", "committed", "allocated", "approved", "donated", "earmarked", "promised",
  "awarded", "granted", "unveiled", "launched", "priced", "signed", "agreed", "acquired",
  "released", "disbursed", "evacuated", "tabled", "proposed",
  // "A Paris court on Monday fined ...", "The tribunal on Friday upheld a $220 million fine".
  "fined", "imposed", "upheld", "ordered", "levied", "penalised", "penalized",
  // "The labour department on Tuesday notified a minimum wage of Rs42,000", "gazetted a new tariff".
  "notified", "gazetted", "decreed",
];

/**
 * Times named by a word, not a date: a figure in a sentence with one holds for it, not for the period the
 * story named before ("received 1.2 million visitors during the holiday", "averaged 68 m3/s in winter").
 */
export const TIME_NOUNS: readonly string[] = [
  "holiday", "holidays", "winter", "summer", "spring", "autumn", "monsoon", "season", "weekend", "festival",
  "tonight",
];

/**
 * Words a few words before a period that make it the period a story reports for: "reported results for
 * the third quarter ended Sept. 30", "highlights of the first half".
 */
export const STORY_PERIOD_CUES: readonly string[] = [
  "results", "highlights", "performance", "earnings", "figures", "statements", "report", "update",
];

/** Verbs by which a company reports a period's result right before the period: "reported third-quarter". */
export const RESULT_REPORTING_VERBS: readonly string[] = ["reported", "posted", "booked"];

/** Words after a year that make it a bond's maturity, not a period: "the 2034 bond", "2030 notes". */
export const BOND_WORDS: readonly string[] = [
  "bond", "bonds", "note", "notes", "maturity", "maturities", "paper", "securities", "debentures", "gilt",
  "gilts", "bund", "bunds", "sukuk", "eurobond", "eurobonds", "treasuries", "tranche", "issue",
  // Bond classes by their letters: "the January 2030 LTN", "the 2033 OAT", "the March 2035 BTP".
  "ltn", "ntn", "oat", "oats", "btp", "btps", "jgb", "jgbs",
];

/**
 * Commodities quoted on markets: a figure whose subject names one and no measure of it ("three-month
 * copper on the London Metal Exchange rose 0.7%", "Aluminium was flat at $2,688") is a price move.
 */
export const QUOTED_COMMODITIES: readonly string[] = [
  "gold", "silver", "platinum", "palladium", "copper", "aluminium", "aluminum", "nickel", "zinc", "tin",
  "cobalt", "lithium", "brent", "crude", "oil", "wti", "wheat", "corn", "soybeans", "cocoa", "coffee",
  "sugar", "cotton", "bullion",
];

/**
 * Stock market indices, by a word of their name (lower case): a change of a subject that names one ("The
 * FTSE 250 closed down 0.3%", "the benchmark Sensex ended 0.4% lower") is a market move, no result.
 */
export const MARKET_INDICES: readonly string[] = [
  "ftse", "sensex", "nifty", "nikkei", "topix", "dow", "nasdaq", "s&p", "hang", "kospi", "asx", "tsx",
  "dax", "cac", "stoxx", "ibex", "jse", "ngx", "egx", "tadawul", "tasi", "adx", "dfm", "kse", "psei",
  "klci", "sti", "set", "bovespa", "ibovespa", "ipc", "merval", "msci",
];

/** Measures of a commodity that a result reports: "copper output", "gold sales", "oil exports". */
export const COMMODITY_MEASURES: readonly string[] = [
  "output", "production", "exports", "imports", "sales", "shipments", "demand", "supply", "consumption",
  "revenue", "reserves", "deliveries", "volumes", "stocks", "inventories", "holdings", "purchases",
  "mines", "mine", "miners", "producers", "bill", "tax", "royalty", "royalties", "index", "average",
  "received", "realised", "realized", "positions",
];

/** Words for the time of publication right after a figure: "from 159 now", "1% today", "5,000 at present". */
export const NOW_WORDS: readonly string[] = ["now", "today", "currently"];

/**
 * Days named for a holiday or a shopping event, with their date: a month and day, or days after US
 * Thanksgiving (the fourth Thursday of November). A season ("Christmas", "Ramadan") is no day.
 */
export const NAMED_DAYS: ReadonlyArray<readonly [string, { month: number; day: number } | { afterThanksgiving: number }]> = [
  ["Thanksgiving Day", { afterThanksgiving: 0 }],
  ["Thanksgiving", { afterThanksgiving: 0 }],
  ["Black Friday", { afterThanksgiving: 1 }],
  ["Small Business Saturday", { afterThanksgiving: 2 }],
  ["Cyber Monday", { afterThanksgiving: 4 }],
  ["Giving Tuesday", { afterThanksgiving: 5 }],
  ["Christmas Eve", { month: 12, day: 24 }],
  ["Christmas Day", { month: 12, day: 25 }],
  ["Boxing Day", { month: 12, day: 26 }],
  ["New Year's Eve", { month: 12, day: 31 }],
  ["New Year’s Eve", { month: 12, day: 31 }],
  ["New Year's Day", { month: 1, day: 1 }],
  ["New Year’s Day", { month: 1, day: 1 }],
  ["Valentine's Day", { month: 2, day: 14 }],
  ["Valentine’s Day", { month: 2, day: 14 }],
  ["Halloween", { month: 10, day: 31 }],
  ["Singles Day", { month: 11, day: 11 }],
];

/** Words that tie a span to the day or month it ends on: "the four weeks ended Oct. 5", "the third quarter to September". */
export const SPAN_END_WORDS: readonly string[] = ["ended", "ending", "to", "through"];

/** Nouns of a fixed line a reading is held against, which no period dates: "below the 50-point mark". */
export const THRESHOLD_NOUNS: readonly string[] = ["mark", "threshold", "barrier"];

/** Verbs of crossing a mark: "crossed the 2-million mark in 2024" dates when the level was reached. */
export const CROSSING_VERBS: readonly string[] = [
  "cross", "crosses", "crossed", "crossing", "pass", "passed", "passes", "passing", "top", "topped", "tops",
  "hit", "hits", "breach", "breached", "breaches", "surpass", "surpassed", "break", "broke", "breaks",
  "reach", "reached", "reaches", "past", "through",
];

/**
 * Things made once that a year before them dates, not the figure: "A 2023 study found", "A 1971 portrait
 * sold for N120 million", "the 1997 film".
 */
export const DATED_WORKS: readonly string[] = [
  "study", "report", "paper", "analysis", "review", "book", "painting", "portrait", "canvas", "sculpture",
  "landscape", "photograph", "drawing", "watercolour", "watercolor", "self-portrait", "still-life",
  "tapestry", "manuscript", "work", "film", "movie", "album", "novel", "sedan", "coupe", "convertible",
];

/** Capitalized words that head a law's name a year may end: "the Biofuels Act of 2006", "the Companies Act, 2013". */
export const LAW_NAME_HEADS: readonly string[] = [
  "Act", "Law", "Decree", "Ordinance", "Code", "Regulations", "Rules", "Convention", "Constitution", "Amendment", "Bill",
];

/**
 * Determiners between a preposition and the period it names, as "the" stands: "the first half of its 2027
 * financial year", "in their third quarter" (periods.ts, story-sources.ts).
 */
export const PERIOD_DETERMINERS: readonly string[] = ["the", "its", "their", "our"];

/**
 * Words a year is glued to by a dash to say when a thing was made, no period of any figure: "the
 * 2015-built capesize", "a 2019-vintage plant", "2020-registered cars" (periods.ts).
 */
export const MAKE_YEAR_WORDS: readonly string[] = ["built", "vintage", "made", "model", "registered", "era"];

/** What a market's reaction sends: ", sending its shares up 6%", ", sending the stock to a record". */
export const SENT_SECURITIES: readonly string[] = ["shares", "stock", "share"];

/** Words that name a part of a year again in another year: "the same quarter of 2025", "the corresponding quarter". */
export const SAME_PART_WORDS: readonly string[] = ["same", "corresponding"];

/** Words a sentence opens with before the month a new rule or level starts in: "From January,". */
export const OPENING_START_WORDS: readonly string[] = ["From", "Starting", "Effective", "Beginning"];
