/** Words that tell where a figure's subject phrase starts, ends and what verb governs it (figures/subjects.ts). */

/**
 * Verbs of output, levels of their subject: "Libya produced 1.2 million bpd" (a share they take is of
 * their object: "pumps 60% of its water from an aquifer").
 */
export const PRODUCTION_VERBS = [
  "produced", "produces", "pumped", "pumps", "supplied", "supplies", "generated", "generates",
  // "Kazatomprom mined 25,840 tU", "The project emitted 6.4 million tonnes".
  "mined", "mines", "extracted", "smelted", "refined", "harvested", "emitted", "emits",
  // "Tesla delivered 418,227 vehicles", "Gerdau shipped 2.6 million tonnes".
  "delivered", "delivers", "shipped", "dispatched",
  // The present of those: "The farm harvests about 8 tonnes a week" (not "ships", a noun as often:
  // "container ships 21").
  "harvests", "extracts", "smelts", "refines",
  // What a plant takes in or a thing weighs is theirs too: "A single furnace consumes around 12 megawatts",
  // "A standard 500-ml bottle weighed 650 grams", "Brazil recycles 99.7% of its aluminium cans" (a share of
  // the object). (Not "burns", a noun as often, nor "recycled", an adjective: "a recycled pulp line".)
  "consumes", "consumed", "burned", "burnt", "weighs", "weighed", "recycles",
  // "The fleet uses 38 million litres a year", "Data centres consume 4% of the grid's power" (not "used",
  // an adjective as often: "312 tonnes of used clothing, worth R47 million").
  "uses", "consume",
];

/** Verbs that span a range after "from": "fees range from AED 40,000 to AED 100,000" (levels too). */
export const RANGING_VERBS = ["range", "ranges", "ranged", "vary", "varies", "varied"];

export const LEVEL_VERBS = new Set([
  // "Debt peaked at 78%", "The Greens took 12.4% of the vote", "Women account for 48%".
  "peaked",
  // "Patients waited an average of 6.5 hours": who waits is what the wait measures.
  "waited",
  // "The naira traded at 1,448 per dollar", "The rand was little changed at 17.2".
  "traded",
  "trading",
  "changed",
  "quoted",
  "hovered",
  "hovering",
  "took",
  "takes",
  "polled",
  "garnered",
  "captured",
  "account",
  "held",
  "holds",
  "hold",
  "ended",
  "closed",
  "finished",
  "settled",
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "reached",
  "reach",
  "reaches",
  "hit",
  "hits",
  // "Construction costs now run $12 million to $18 million", "Premiums ran about 8% higher".
  "run",
  "runs",
  "ran",
  // "Peak demand touched 250 GW".
  "touched",
  "touches",
  "stood",
  "stands",
  "stand",
  // "The median value now sits at $874,300".
  "sits",
  "sat",
  "totaled",
  "totalled",
  "totals",
  "total",
  "amounted",
  "amounts",
  "came",
  "comes",
  "equaled",
  "equalled",
  "represents",
  "represented",
  "representing",
  "accounted",
  "accounts",
  "accounting",
  "cost",
  "costs",
  "valued",
  // "The jackpot could top $1.45 billion", "Winners will owe up to 37%", "Catches have stagnated at".
  "top",
  "owe",
  "owes",
  "owed",
  "stagnated",
  "stagnates",
  // "the increase translates to about P140 a month".
  "translates",
  "translated",
  "equates",
  "equated",
  // "a home assessed at $692,031".
  "assessed",
  "appraised",
  "worth",
  // "imposed fines totalling €2.6 million", "a new aquatics centre costing 1.8 billion yuan": what totals
  // or costs it is the noun before.
  "totalling",
  "totaling",
  "costing",
  "exceeded",
  "exceeds",
  "exceed",
  "surpassed",
  "topped",
  // "attendance tops 1.4 million", "EV share passes 10 per cent" (headlines).
  "tops",
  "top",
  "passes",
  "surpasses",
  // "Revenue beat estimates by $200 million", "Sales missed the forecast by 3%": measured against a target.
  "beat",
  "beats",
  "missed",
  "misses",
  "trailed",
  "outpaced",
  "outstripped",
  "overshot",
  "undershot",
  "remained",
  "remains",
  "hovered",
  "peaked",
  "peaks",
  // Votes: "The Social Democrats won 19.9%", "polled 15 percent".
  "won",
  "wins",
  "polled",
  "secured",
  "garnered",
  "averaged",
  "averages",
  // "The bank sees inflation averaging 3.3% next year".
  "averaging",
  "estimated",
  "put",
  "set",
  "registered",
  "recorded",
  // "Wildfires burned 9.8 million hectares", "Kumagaya logged 41.9C": what burned or logged the measure.
  "burned",
  "burnt",
  "scorched",
  "charred",
  "logged",
  "posted",
  "reported",
  "generated",
  "earned",
  // "A senior player now earns ₹60,000 a day", "The IPL contributed ₹5,000 crore", "The fund returned 3.2%".
  "earns",
  "earn",
  // "The crop covers about 40,000 hectares", "The reserve spans 1,200 square km": an area's holder (not
  // "covered", which a passive takes: "the categories covered by the tariffs rose to 314").
  "covers",
  "spans",
  "spanned",
  // "The film grossed 4.84 billion yuan", "The painting fetched $12 million", "The fund netted $3 million".
  "grossed",
  "grosses",
  "fetched",
  "fetches",
  // "Southern rock lobster was fetching about $95 a kilo".
  "fetching",
  "fetch",
  "netted",
  "nets",
  // "The tax on cigarettes yielded 61.5 billion pesos" (not "yield": mostly a bond's, "the 30-year yield at
  // 5.3%").
  "yielded",
  "spends",
  "spend",
  "contributed",
  "contributes",
  "collected",
  "collects",
  "returned",
  "raised",
  "received",
  "attracted",
  // "Investors withdrew $4.1 billion from money market funds": what a holder takes out of a fund.
  "withdrew",
  "withdraws",
  "redeemed",
  "invested",
  "spent",
  "employs",
  "employed",
  "has",
  "had",
  "have",
  "approached",
  "neared",
  // "Housing receives Rs 450 crore", "fares stay at $2.50", "The deficit is forecast at $88 million".
  "receive",
  "receives",
  "get",
  "gets",
  "got",
  // "The TTC's capital plan requires $37.1-billion": what a thing needs is its level.
  "requires",
  "require",
  "required",
  "needs",
  // "The state-owned entity will still need about R3.8bn".
  "need",
  "needed",
  // "the flood response plan, which seeks $342 million": what an appeal asks for is its level.
  "seeks",
  "seek",
  "sought",
  // "The union is seeking 19 per cent", "Numsa had initially demanded 12%": what a party asks for.
  "seeking",
  "demanded",
  "demands",
  "demanding",
  "owns",
  "owned",
  "owning",
  // "Border to Coast manages about £60bn", "Kiprotich pocketed Sh6.5 million", "The champion is guaranteed
  // $600,000": what a holder manages, a winner receives.
  "manages",
  "managed",
  "oversees",
  "oversaw",
  "pocketed",
  "pockets",
  "pocket",
  // "The winner will collect US$510,000": a future's bare form too.
  "collect",
  "guaranteed",
  // "The IPO was subscribed 38.6 times": how many times over an offer was bid for.
  "subscribed",
  "oversubscribed",
  // "PEP will retain a 45 per cent stake": what a holder keeps.
  "retain",
  "retains",
  "retained",
  "controls",
  "controlled",
  "controlling",
  "pay",
  "pays",
  "stay",
  "stays",
  "stayed",
  "forecast",
  "projected",
  "seen",
  "improved",
  "worsened",
  "deteriorated",
  "deteriorates",
  // "Visitors numbered 2.72 million", "exports crossed Rs 2 lakh crore".
  ...PRODUCTION_VERBS,
  "numbered",
  "crossed",
  "crosses",
  // "Licence fees range from AED 40,000 to AED 100,000".
  ...RANGING_VERBS,
]);

export const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "are",
  "were",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "can",
  "must",
  "cannot",
  "also",
  "already",
  "reportedly",
  "now",
  "still",
  "just",
  "be",
  "been",
  "to",
  "further",
  "again",
  "then",
  // A market's closing verb before "up"/"down": "Toyota shares closed up 1.2%".
  "closed",
  "ended",
  "finished",
  "settled",
  "opened",
  "traded",
  // "is expected to be 75%", "is seen at 3%".
  "expected",
  "projected",
  "seen",
  "likely",
  // Adverbs of degree before the verb: "Net income more than doubled", "Sales nearly tripled".
  "nearly",
  "almost",
  "roughly",
  "than",
  "more",
  "less",
]);

/** Words in "-ing" that make compound nouns: "spending bill", "funding round", "housing project". */
export const NOUN_GERUNDS: ReadonlySet<string> = new Set([
  "spending",
  "funding",
  "financing",
  "housing",
  "lending",
  "training",
  "listing",
  "offering",
  "trading",
  "marketing",
  "borrowing",
  "shipping",
  "mining",
  "banking",
  "operating",
  "manufacturing",
  "processing",
  "parking",
  "advertising",
  "pricing",
  // A building's running costs: "Refrigeration accounts for 43%, heating 26% and lighting 10%".
  "heating",
  "lighting",
  "cooling",
  "catering",
  "cleaning",
  "packaging",
  "printing",
  "farming",
  "fishing",
]);

/** Stop words that end a compound noun after the word given: "Gross value added (GVA) grew 6.2%". */
export const NOUN_ENDING_STOPS: ReadonlyMap<string, string> = new Map([["added", "value"]]);

export const NP_STOPS = new Set([
  ",",
  ";",
  ":",
  "“",
  "”",
  '"',
  "(",
  ")",
  "—",
  "–",
  ".",
  "!",
  "?",
  "that",
  "which",
  "who",
  "said",
  // Verbs that open a reported clause: "data showed UK inflation fell to 3.4%" is about UK inflation.
  "says",
  "showed",
  "shows",
  "show",
  "found",
  "indicated",
  "indicates",
  "revealed",
  "reveals",
  "suggested",
  "suggests",
  "noted",
  "added",
  "announced",
  "confirmed",
  "warned",
  "predicted",
  "predicts",
  "believes",
  "argued",
  // "industry estimates suggest taxes make up about 53 per cent": a plural source's verbs too.
  "suggest",
  "indicate",
  "reveal",
]);

export const LEADERS = new Set([
  "and",
  "but",
  "while",
  "whereas",
  "so",
  "yet",
  "although",
  "though",
  "also",
  // Subordinators opening the clause: "after quarterly profit slumped 85%".
  "after",
  "before",
  "because",
  "when",
  "as",
  "until",
  "if",
  "unless",
]);

export const FOLLOWING_VERBS = new Set([
  "are",
  "is",
  "was",
  "were",
  "have",
  "has",
  "had",
  "will",
  "would",
  "could",
  "function",
  "functions",
  "operate",
  "operates",
  "work",
  "works",
  "employ",
  "said",
  "say",
  "were",
  "remain",
  "remained",
  "that",
  "which",
  "who",
  "and",
  "but",
  "to",
]);

export const ANAPHORS = new Set([
  "it",
  "they",
  "it's",
  "it’s",
  "this",
  "that",
  "this figure",
  "the figure",
  "that figure",
  "this number",
  "the number",
  "this amount",
  "the amount",
  "this indicator",
  "the indicator",
  "this volume",
  "the total",
  "this total",
]);

/** Units that count things (points, votes, barrels): kept out of the measure units, whose subject is the clause's. */
export const COUNT_UNITS = new Set([
  "points",
  "pts",
  "votes",
  "seats",
  "doses",
  "units",
  "vehicles",
  "cars",
  "barrels",
  "barrel",
]);

/** Words after which a share verb's form is a noun: "their own", "the use". */
export const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "their",
  "its",
  "his",
  "her",
  "our",
  "your",
  "my",
  "this",
  "these",
  "those",
]);

/** Change verbs whose subject is what changed: "Employment fell 23,000 jobs" (not "cut", "added"). */
export const INTRANSITIVE_CHANGES = new Set([
  "rose",
  "fell",
  "dropped",
  "declined",
  "climbed",
  "jumped",
  "slipped",
  "slid",
  "surged",
  "soared",
  "plunged",
  "tumbled",
  "gained",
  "increased",
  "decreased",
  "grew",
  "shrank",
  "dipped",
  "sank",
  "rebounded",
  "advanced",
  "retreated",
  // Present and base forms, and verbs that come to a level: "The market will grow to 2.06 million units",
  // "Hyundai's sales came to 4.14 million units".
  "rise",
  "rises",
  "fall",
  "falls",
  "grow",
  "grows",
  "climb",
  "climbs",
  "increase",
  "increases",
  "came",
  "comes",
  "amounted",
  "amounts",
  // "BEV wholesales nearly doubled to 9,850 units", "expects domestic sales to shrink to 540,000 units".
  "doubled",
  "tripled",
  "quadrupled",
  "halved",
  "shrink",
  "shrinks",
  "drop",
  "drops",
  "decline",
  "declines",
  "slumped",
  "recovered",
  "eased",
  "slowed",
  // Participles after "has" or "had": "The poultry population had fallen to about 165 million birds".
  "fallen",
  "risen",
  "grown",
  "shrunk",
  "sunk",
]);

/** Adverbs of degree that open an aside: ", mostly to China,", ", partly due to", ", mainly driven by". */
export const DEGREE_ADVERBS: readonly string[] = [
  "mostly",
  "mainly",
  "largely",
  "chiefly",
  "primarily",
  "partly",
  "partially",
];

/** Words that lead to a level after "to" or a verb: "rose to a record 83,524", "to a fresh all-time high of". */
export const LEVEL_LEAD_WORDS: readonly string[] = ["a", "an", "record", "new", "fresh", "all-time"];

/** Participles that open an aside after a noun: "Its malt drinks, led by Maltina, slipped 4 per cent". */
export const APPOSED_PARTICIPLES: readonly string[] = [
  "led", "helped", "driven", "boosted", "hurt", "weighed", "dragged", "buoyed", "supported",
];

/** Words after a present verb that open what it measures: "accounts for", "holds about 40%". */
export const PRESENT_VERB_OBJECTS: readonly string[] = [
  "for", "about", "around", "nearly", "almost", "roughly", "some", "more", "up",
];

/** Participles in -n that open an aside as -ed ones do: "grown indoors", "built in 1998". */
export const EN_PARTICIPLES: readonly string[] = [
  "grown", "built", "held", "made", "run", "sold", "shown", "taken", "given", "written",
];

/** Words that open an apposition after a subject: ", the group's main business,", ", excluding Russia,". */
export const APPOSITION_OPENERS = new Set([
  // "Net interest payments, now the fastest-growing expense, are projected to climb"; "Core inflation, seen
  // as a better gauge of prices, was steady".
  "now",
  "seen",
  "known",
  "considered",
  "regarded",
  "widely",
  "often",
  "once",
  "formerly",
  // "Cocoa futures, by contrast, slid", "The peso, more sensitive to oil, was down", ", unlike ...,".
  "by",
  "more",
  "less",
  "unlike",
  "like",
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "excluding",
  "including",
  "however",
  "meanwhile",
  "though",
  "too",
  // "Nominal wages, or average total cash earnings per worker, rose"; "The division, called Device
  // Solutions, posted".
  "or",
  "called",
  "dubbed",
  // (Participles too: APPOSED_PARTICIPLES, after a noun.)
  ...APPOSED_PARTICIPLES,
  // "Section one, running from Victoria Island to the port, is 64% complete", "The contract for the main
  // dam, awarded in 2020 to a joint venture, was worth": a participle that places or dates the noun.
  "running",
  "stretching",
  "linking",
  "connecting",
  "spanning",
  "located",
  "situated",
  "based",
  "awarded",
  "signed",
  "launched",
  // "The scheme, run by JCDecaux, had", "Pix, operated by the central bank, processed": who runs the noun.
  "run",
  "owned",
  "operated",
  // "Coal exports, mostly to China, rose", "Sales, mainly of SUVs, grew".
  ...DEGREE_ADVERBS,
  "especially",
  "particularly",
]);

/**
 * Prepositions that open a phrase set off between a subject and its verb: "Nairobi National Park, on the
 * edge of the capital, received", "Exports, in value terms, rose", "Inflation, as measured by the CPI,
 * eased", "Profit, after tax, rose", "The stadium, with 47,000 seats, is budgeted at".
 */
export const ASIDE_PREPOSITIONS: readonly string[] = [
  "in",
  "on",
  "at",
  "as",
  "after",
  // "Direct cremations, with no service or mourners present, accounted for 20%".
  "with",
  // "A ticket for the first phase, from Gulmarg to Kongdori, costs Rs 900", "The lodge, near the summit,
  // charges".
  "from",
  "near",
];

/** Words that open a sentence before a comma and are no item of a list: "Separately, food costs rose". */
export const DISCOURSE_WORDS = new Set([
  "meanwhile",
  "however",
  "overall",
  "elsewhere",
  "still",
  "also",
  "instead",
  // "Patients at LUTH often wait seven hours".
  "often",
  "sometimes",
  "now",
  "then",
  "today",
  "thus",
  "indeed",
  "moreover",
  "nonetheless",
  "nevertheless",
  "yesterday",
  "again",
]);

/**
 * Verbs before "NP of FIGURE" that are no part of the NP ("Revenue beat estimates of $1.2 billion"), and
 * that end a clause subject scanned back from the figure's verb.
 */
export const OBJECT_TAKING_VERBS = new Set([
  "beat",
  "beats",
  "missed",
  "misses",
  "matched",
  "expects",
  "expect",
  "forecasts",
  "projects",
  "sees",
  "targets",
  "plans",
  "proposed",
  "proposes",
  "approved",
  "announces",
  "approves",
  "authorises",
  "authorizes",
  "unveiled",
  "announced",
  "announces",
  "agreed",
  "booked",
  "declared",
  "forecast",
  "expected",
  "carry",
  "carries",
  "withdrew",
  "helped",
  "drew",
  "draws",
  "built",
  "gave",
  "gives",
  "give",
  "offers",
  "offered",
  "paid",
  "pays",
  "made",
  "makes",
  "took",
  "takes",
  "spent",
  "spends",
  "sought",
  "seeks",
  "received",
  "receives",
  "needs",
  "launched",
  "estimated",
  "contains",
  "included",
  "includes",
  "implies",
  "implied",
  "caused",
  "causes",
  "send",
  "sends",
  "sent",
  "expect",
  "want",
  "wants",
  "brought",
  "brings",
  "generated",
  "generates",
  "attracted",
  "attracts",
  "delivered",
  "earned",
  "pledged",
  "awarded",
  "secured",
  "posted",
  "reported",
  "recorded",
  "logged",
]);

/** Words that end the noun after money: prepositions and the like ("a $2 billion deal with Exxon"). */
export const NOUN_ENDS = new Set([
  "of",
  "for",
  "to",
  "with",
  "in",
  "on",
  "at",
  "by",
  "from",
  "that",
  "which",
  "and",
  "or",
  "as",
]);

/** Words before a percentage that leave it opening its clause: "Only 41% of third-graders". */
export const SHARE_OPENERS = new Set([
  // "The union said 91% of members backed a walkout", "A survey found 30% of firms were hiring".
  "said",
  "says",
  "found",
  "finds",
  "showed",
  "shows",
  "estimated",
  "estimates",
  "only",
  "just",
  "about",
  "nearly",
  "almost",
  "some",
  "roughly",
  "around",
  ",",
  "and",
  "but",
  "while",
  // "The poll found that 52% of voters", "reported in 11.2% of patients", "common among 30% of adults".
  "that",
  "in",
  "among",
  // Verbs whose object is the share of something: "financed 60% of the bridge", "covers 12% of retirees".
  "covers",
  "cover",
  "covered",
  "covering",
  "affects",
  "affected",
  "affecting",
  "financed",
  "finances",
  "funded",
  "funds",
  "recovered",
  "vaccinated",
  "employs",
  "serves",
  "served",
  "supplies",
  "supplied",
]);

/**
 * Verbs whose object is a share of a total the subject is part of, and the particles of "made up", "accounted
 * for": "accounted for 46% of sales".
 */
export const SHARE_OF_TOTAL_VERBS: readonly string[] = [
  "account", "accounts", "accounted", "accounting", "represent", "represents", "represented",
  "representing", "equal", "equals", "equalled", "equaled", "equalling", "equaling", "comprise",
  "comprises", "comprised", "constitute", "constitutes", "constituted", "up", "for",
];

/** Verbs of a deal whose object a price after "for" is the price of: "bought Crumbly Ltd for £450 million". */
export const DEAL_VERBS: readonly string[] = [
  "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "sell", "sells", "sold",
  "selling", "purchase", "purchases", "purchased", "purchasing", "sign", "signs", "signed", "signing",
];

/** Verbs of paying, before money a "for" after which names what it buys: "paid 85 million euros for Nunez". */
export const PAYING_VERBS: readonly string[] = ["pay", "pays", "paid", "paying"];

/**
 * Verbs of being paid, before a price by a measure of goods a "for" after which names what is sold:
 * "Farmers received R5,000 a tonne for maize", "growers get $4 a bushel for sorghum" (not "receive $10,000
 * per player for each win", a grant's recipient).
 */
export const RECEIVING_VERBS: readonly string[] = ["received", "receive", "receives", "receiving", "get", "gets", "got"];

/**
 * Verbs of cutting whose share is of what they cut: "cut about 8% of its workforce", "axe 10% of jobs" (not
 * "shed 60% of its value", which the stock lost).
 */
export const CUTTING_SHARE_VERBS: readonly string[] = [
  "cut", "cuts", "cutting", "axe", "axes", "axing", "eliminate", "eliminates", "eliminating", "slash", "slashing",
  "retrench",
];

/** Verbs by which someone else imposes a wait: "let victims wait four years" (no wait of theirs). */
export const LETTING_VERBS: readonly string[] = ["let", "lets", "make", "makes", "made", "force", "forces", "forced"];

/** Verbs of employing: "The industry employs about 3.2 million workers" counts the employer's staff. */
export const EMPLOYING_VERBS: readonly string[] = ["employs", "employed", "employ"];

/**
 * Verbs of what a count's holder employs, processes or hosts: "The company, which employs around 44,000
 * people", "the Karbala refinery processed 141,000 barrels a day", "industrial parks host 223 companies".
 */
export const HOLDING_VERBS: readonly string[] = [
  ...EMPLOYING_VERBS, "processes", "processed", "process", "hosts", "hosted", "host",
];

/** Verbs of making or sending out a count, whose subject holds it: "Maruti Suzuki India produced 2,08,342 vehicles". */
export const MAKING_VERBS: readonly string[] = [
  "produced", "produces", "produce", "manufactured", "manufactures", "assembled", "assembles",
  // "Australia Post delivered 2.1 billion letters", "Tesla delivered 384,000 vehicles" (but "shipped 520,000
  // tonnes of tea" measures the tea, as "produced ... of copper" does).
  "delivered", "delivers", "shipped", "dispatched",
  // ("PTDI expects to deliver a record 16 helicopters", "Emirates Flight Catering prepared 225,000 meals a
  // day", "The caterer supplies 40,000 meals": the base form after a verb of expecting, and a caterer's verbs.)
  "deliver", "prepared", "prepares", "prepare", "supplied", "supplies",
  // "Steingraeber, which builds fewer than 100 grand pianos a year", "the yard built 38 ships".
  "builds", "built", "build",
  // "The plant printed about 1.1 billion catalog pages", "Tausi now prints 600 million labels a year";
  // "Velib logged a record 58 million trips": a printer's output, a service's logged count.
  "printed", "prints", "print", "logged", "logs",
  // "Tata Motors sold 52,140 units": a seller's count is its own sales.
  "sold", "sells",
  // "Egypt exported 96,500 tonnes last year", "India imported 1.2 million tonnes", "the cooperative bought
  // 3,000 tonnes": a trader's count is its own (past forms only: "exports" and "imports" are nouns too).
  "exported", "imported", "bought", "purchased",
  // "The Home Office issued 393,000 study visas", "Monash enrolled 12,400 students", "Canada approved
  // 280,000 study permits", "the ministry hired 3,000 teachers": what a body grants or takes in is its count.
  "issued", "issues", "enrolled", "enrols", "enrolls", "approved", "granted", "admitted", "hired",
  "recruited",
  // "The fund supports 12,000 students", "Student hostels provide 4,000 beds", "The academy trained 900
  // nurses": whom or what a body supports, provides or trains.
  "supports", "supported", "provides", "provided", "trains", "trained",
  // "MTN Nigeria added 2.1 million lines", "Construction lost 41,000 jobs": whose count grew or shrank.
  "added", "adds", "gained", "gains", "lost", "loses", "shed", "sheds", "created", "creates",
  // "The project is expected to create about 450 jobs", "Baden-Baden recorded 1.06 million overnight
  // stays", "Kenya registered 14,000 new companies": what a body makes or counts in is its own.
  "create", "recorded", "records", "registered", "registers",
];

/**
 * Forms of "charge": "Five-star hotels charged an average of RM585 a night", "Netflix charges 7,000 naira";
 * also nouns ("a $570 million charge", "commission charges"), so read as verbs only right before a price.
 */
export const CHARGING_VERBS: readonly string[] = ["charged", "charges", "charge"];

/**
 * Verbs of owning a count: "IndiHome now has 9.6 million customers", "e& had 16.4 million mobile
 * subscribers", "its 256 custodial centres held 81,245 inmates", "Karachi Central Jail housed 6,150 inmates".
 */
export const OWNING_VERBS: readonly string[] = [
  "has", "had", "owns", "owned", "holds", "held", "holding", "houses", "housed",
  // ("The arena can hold 87,000 people", "Hertz and Avis own 900,000 cars": after a modal or a plural.)
  "hold", "own",
];

/**
 * Base forms of verbs of traffic that measure their subject by a count only ("the fair is expected to draw
 * 25,000 visitors", "Dubai expects to welcome 1 million cruise passengers"): money one "aims to attract" is
 * an investment, and "draw" is a noun too ("every draw over $70 million").
 */
export const COUNT_THROUGHPUT_VERBS: readonly string[] = ["draw", "attract", "welcome"];

/** Verbs of the traffic a subject carries: "The port handled 5.4 million containers" measures the port. */
export const THROUGHPUT_VERBS: readonly string[] = [
  "carried", "carries", "carry", "handled", "handles", "handle", "served", "serves", "transported",
  "transports", "welcomed", "welcomes", "attracted", "attracts", "drew", "draws",
  // "Kenya received 2.39 million international visitors", "The airline flew 21.4 million passengers",
  // "TFR moved 5.9 million tonnes", "SANParks, which manages 19 national parks".
  "received", "receives", "flew", "flies", "moved", "moves", "manages", "managed", "operates", "operated",
  // ("GCN expects to serve 1.2 million meals a day", "Hertz and Avis operate 900,000 vehicles".)
  "serve", "operate",
  // "FitHub, which runs 11 clubs": what a company runs, as what it operates.
  "runs", "ran",
  // "The U.S. Coast Guard maintains about 45,000 buoys": what a body maintains, as what it runs.
  "maintains", "maintained",
  ...OWNING_VERBS,
  ...HOLDING_VERBS,
];

/** Verbs by which a subject reaches a count: "sales reached 1.1 million units". */
export const REACHING_VERBS: readonly string[] = [
  "reached", "reach", "reaches", "totaled", "totalled", "totals", "total", "topped", "tops", "exceeded",
  "exceeds", "surpassed",
  // ("The company's fleet crossed 9,000 cars".)
  "crossed", "crosses",
  // "December sales were 48,960 units".
  "were", "was",
];

/** Counts a subject reaches as a verb's object, not as its level: "the scheme reached 2 million households". */
export const RECIPIENT_NOUNS: readonly string[] = [
  "people", "children", "households", "families", "farmers", "members", "users", "subscribers", "viewers",
  "customers", "residents", "patients", "students", "workers", "voters", "respondents", "producers",
  "homes", "premises", "cities", "municipalities", "communities", "schools", "villages",
];

/** Subordinators: the subject of the figure's verb comes after them. */
export const SUBORDINATING = new Set([
  "after",
  "before",
  "because",
  "when",
  "while",
  "although",
  "though",
  "whereas",
  "unless",
  "until",
  "if",
]);

/** Capitalized words that open a sentence or phrase, not a name: "In 2023 sales rose 5%". */
export const OPENERS = new Set([
  "In",
  "By",
  "On",
  "At",
  "Since",
  "For",
  "From",
  "Until",
  "After",
  "Before",
  "During",
  "Of",
]);

/** Words that open a participle clause: "after gaining", "before falling". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "while",
  "since",
  "when",
  "following",
]);

export const OBJECT_VERBS = new Set([
  // "The bank projected inflation at 2.5%", "sees unemployment at 4.4%".
  "projected",
  "projects",
  "project",
  "sees",
  "see",
  "saw",
  "estimates",
  "estimated",
  "estimate",
  "put",
  "puts",
  "values",
  "valued",
  "pegged",
  "pegs",
  // "could push hospital admissions up by 15%", "drove prices down by 3%".
  "push",
  "pushes",
  "pushed",
  "drive",
  "drives",
  "drove",
  "driven",
  // "would cap annual rent increases at 2.5%", "limits fees to 1%".
  "cap",
  "caps",
  "capped",
  "capping",
  "limit",
  "limits",
  "limited",
  "grew",
  "grow",
  "grows",
  "expanded",
  "expand",
  "doubled",
  "raised",
  "raise",
  "raises",
  "raising",
  "hiked",
  "hike",
  "hikes",
  "cut",
  "cuts",
  "cutting",
  "lowered",
  "lowers",
  "lower",
  "reduced",
  "reduces",
  "reduce",
  "increased",
  "increases",
  "increase",
  "boosted",
  "boost",
  "boosts",
  "boosting",
  // "bringing exports for January-October to 98.5 million tons", "valuing the company at $17.9 billion",
  // "taking Qatar's total output to 142 mtpa", "setting the official rate at 5.56 dinars".
  "bringing",
  "brings",
  "brought",
  "valuing",
  "taking",
  // "will take capacity to 142 mtpa", "would bring the average bill to $2,201".
  "take",
  "takes",
  "bring",
  "setting",
  "putting",
  // "will freeze its fees at Sh4,500", "introducing a student membership at N15,000" (not "priced" nor
  // "launched": "packages priced from £7,900", "which launched in the U.S. at $149").
  "froze",
  "freeze",
  "freezes",
  "freezing",
  "introduced",
  "introduces",
  "introducing",
  // "Suncor ran its refineries at 98 per cent of capacity", "operated the refinery at 91%" (not "running"
  // nor "operating": "operating profit", "running costs").
  "ran",
  "runs",
  "operated",
  "operates",
  // "offering billet at $430 a tonne", "sells rebar at Rs 49,500".
  "offering",
  "offered",
  "offers",
  "selling",
  "sells",
  "sold",
  "lifted",
  "lift",
  "lifts",
  "lifting",
  "kept",
  "keep",
  "keeps",
  "held",
  "hold",
  "holds",
  "left",
  "leave",
  "leaves",
  "trimmed",
  "trims",
  "slashed",
  "slash",
  "set",
  "sets",
  "maintained",
  "maintains",
  "pegged",
  "capped",
  "devalued",
  "revised",
  "revises",
  "upgraded",
  "downgraded",
  "tightened",
  "eased",
  "fixed",
  // "is lowering the top inheritance tax rate to 40 percent", "proposed quadrupling the tax to 4%".
  "lowering",
  "reducing",
  "increasing",
  "hiking",
  "trimming",
  "trim",
  "slashing",
  "slashes",
  "expanding",
  "expands",
  "doubling",
  "doubles",
  "double",
  "tripling",
  "triple",
  "quadrupling",
  "quadruple",
  "halving",
  "halve",
  // "narrowed its net loss to Rs 38.4 crore", "squeezed the gross margin to 39.6 per cent", "pushed the
  // deficit to 5.1% of GDP".
  "narrowed",
  "narrows",
  "narrowing",
  "widened",
  "widens",
  "widening",
  "squeezed",
  "squeezes",
  "squeezing",
  // "deepening the channel to 17 meters from 15 meters", "widen the turning basin to 500 metres": a
  // dimension set by the verb is its object's (not "extend": "extend fibre to 1,450 wards", "extended
  // trading").
  ...["widen", "deepen", "deepens", "deepened", "deepening", "lengthen", "lengthens", "lengthened"],
  ...["lengthening", "expand"],
  "pushed",
  "pushes",
  "pushing",
  "dragged",
  "drags",
  "dragging",
]);

/** Irregular participles of verbs that money is the object of: "$2 billion was spent on ...". */
export const IRREGULAR_PARTICIPLES = new Set([
  "frozen",
  "spent",
  "paid",
  "lost",
  "sold",
  "given",
  "made",
  "set",
  "put",
  "built",
  "brought",
  "taken",
  "stolen",
  "won",
  "lent",
  "sent",
  "held",
  "kept",
  "cut",
  "sunk",
  "written",
  "laid",
  "paid",
  "borrowed",
  "owed",
]);

/** Possessive determiners: "its 27 lodges", "from its October estimate", "our overheads". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["its", "their", "our", "his", "her"]);

/** The articles: "a", "an", "the". */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Words that open a noun phrase: nothing before them is part of it. */
export const DETERMINER_WORDS = new Set([
  "the",
  "a",
  "an",
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
]);

/** Present tenses that take an object, not in the lists above: "Insurers charge premiums of 0.5%". */
export const PRESENT_TRANSITIVES = new Set([
  // "Agriculture uses about 76% of the water", "The sector consumes 40% of the power".
  "uses",
  "consume",
  "consumes",
  // "The clinics treat about 80% of patients", "The chains operate 70% of U.S. clinics".
  "operate",
  "operates",
  "treat",
  "treats",
  "serve",
  "serves",
  "employ",
  "employs",
  "charge",
  "charges",
  "collect",
  "collects",
  "handle",
  "handles",
  "manage",
  "manages",
  "process",
  "processes",
  "sell",
  "sells",
  "buy",
  "buys",
  "guide",
  "guides",
  "award",
  "awards",
  "import",
  "imports",
  "export",
  "exports",
  "offer",
  "offers",
  "deploy",
  "deploys",
  "pay",
  "pays",
]);

/** Verbs before "to" and the verb that moves the figure: "are set to climb", "is forecast to grow". */
export const CATENATIVES = new Set([
  "set",
  "able",
  "used",
  "forecast",
  "poised",
  "slated",
  "tipped",
  "due",
  "scheduled",
  "going",
  "bound",
  "agreed",
  "decided",
  "voted",
  "promised",
  "pledged",
  "plans",
  "planned",
  "aims",
  "hopes",
  "wants",
  "needs",
  "continues",
  "continued",
  "began",
  "started",
  "tried",
  "refused",
  "seeks",
  "sought",
  // A plural subject's forms, and verbs of intent: "The clubs plan to spend", "Airlines expect to carry".
  "plan",
  "aim",
  "hope",
  "want",
  "need",
  "seek",
  "intend",
  "intends",
  "intended",
  "expect",
  "expects",
  "vow",
  "vows",
  "vowed",
  "threaten",
  "threatens",
  "threatened",
  "propose",
  "proposes",
  "proposed",
  "try",
  "tries",
  "refuse",
  "refuses",
  "agree",
  "agrees",
  "decide",
  "decides",
  "promise",
  "promises",
  "pledge",
  "pledges",
  "continue",
  "begin",
  "begins",
  "start",
  "starts",
  // "The department hoped to raise", "with DAZN agreeing to pay".
  "hoped",
  "wanted",
  "needed",
  "aimed",
  "agreeing",
  "planning",
  "hoping",
  "seeking",
  "aiming",
  "trying",
  "expecting",
  "promising",
  "pledging",
  "deciding",
  "wanting",
]);

/** Adverbs between a subject and its verb: "Carmakers now offer", "The fund also paid". */
export const SUBJECT_ADVERBS = new Set([
  "not",
  "never",
  "now",
  "also",
  "still",
  "already",
  "together",
  "again",
  "even",
  "just",
  "little",
  // "is nevertheless forecast to reach", "was nonetheless expected to".
  "nevertheless",
  "nonetheless",
]);

/** Nouns that hold what is measured: "300 bags of rice", "40 trucks of aid" measure the rice and the aid. */
export const CONTAINERS = new Set([
  "bags",
  "sacks",
  "barrels",
  "bottles",
  "boxes",
  "cartons",
  "cans",
  "cups",
  "loaves",
  "trucks",
  "truckloads",
  "shipments",
  "cargoes",
  "containers",
  "pallets",
  "units",
  "doses",
  "packs",
  "parcels",
  "rounds",
  "litres",
  "liters",
  "gallons",
  "bales",
  "head",
  "pieces",
  "pairs",
  "cases",
  "kits",
  "servings",
  "meals",
  "tranches",
  "portions",
  "shares",
]);

/** Verbs that are nouns after a word that is no auxiliary: "its growth forecast", "the budget estimate". */
export const NOUN_VERBS = new Set(["forecast", "forecasts", "estimate", "estimates", "target", "targets"]);

/** Verbs that give a level after "to" or a modal, and are nouns elsewhere: "to peak at", "could top". */
// ("expects inflation to remain at 3.3%", "will stay at 7.25%", "to hover around 1,600 per dollar".)
export const INFINITIVE_LEVELS = new Set(["peak", "top", "average", "total", "near", "remain", "stay", "hover", "stand"]);

/** Adjectives between a determiner and money: "a new $3 billion loan programme". */
export const MONEY_ADJECTIVES = new Set([
  "new",
  "additional",
  "extra",
  "further",
  "proposed",
  "planned",
  "fresh",
  "initial",
  // "paid a record $450 million penalty", "a wider £2bn commitment".
  "record",
  "wider",
  "broader",
  "total",
  "combined",
  "massive",
  "whopping",
  // "over its original $5.25 billion budget", "the revised $3.1 billion plan".
  "original",
  "revised",
  "approved",
  "annual",
]);

/** Prepositions that make a participle a modifier of its noun: "spending on imported goods". */
export const PREPOSITION_WORDS = new Set([
  "to",
  "by",
  "at",
  "in",
  "on",
  "of",
  "for",
  "from",
  "with",
  "as",
  "into",
  "under",
]);

/** Conjunctions that open a clause before a subject: "as copper prices fell", "while the zloty slipped". */
export const CLAUSE_JOINS = new Set(["as", "while", "whereas", "because", "but"]);


/** Prepositions after a participle that modifies the noun before it: "reported to", "held by", "seen as". */
export const PARTICIPLE_LINKS = new Set(["to", "by", "in", "at", "as", "from", "on", "through"]);

/** "made up 21% of new registrations": forms of "make" before "up" that measure the subject. */
export const MAKE_FORMS = new Set(["made", "make", "makes", "making"]);

/** Verbs whose object is the subject of the verb that follows: "has seen her approval rating fall to". */
export const PERCEIVING = new Set(["seen", "saw", "see", "sees", "watched", "watch"]);

/** Verbs before "at" that give a level: "stood at", "closed at", "was quoted at". */
export const LEVEL_AT_VERBS = new Set([
  // "expects inflation to end the year at 4.2%".
  "end",
  "ends",
  "stood",
  "stands",
  "sits",
  "sat",
  "closed",
  "ended",
  "settled",
  "finished",
  "closing",
  "ending",
  "settling",
  "finishing",
  "quoted",
  "traded",
  "peaked",
  "bottomed",
  // "Government debt is expected to stabilise at 77.9% of GDP": where a level comes to rest.
  "stabilise",
  "stabilize",
  "stabilises",
  "stabilizes",
  "stabilised",
  "stabilized",
  "stabilising",
  "stabilizing",
  // "The cheapest package starts at SAR 14,900": where a price list begins.
  "start",
  "starts",
  "started",
  "starting",
  // "Canadian refiners ran at 91.3 per cent of capacity", "Inflation ran at 5%", "U.S. refineries operated
  // at 91.8%": the pace a subject keeps.
  "ran",
  "runs",
  "run",
  "operated",
  "operates",
  "operate",
]);

/** Words of no change before "at" that give a level: "was stable at", "remained steady at", "held flat at". */
export const STEADY_AT_WORDS = new Set(["stable", "steady", "flat", "unchanged", "constant"]);

/** Passives and progressives that set a price or a rate at a level: "was offered at", "were running at". */
export const AT_LEVEL_PARTICIPLES = [
  ...["budgeted", "offered", "priced", "running", "operating", "selling", "heard"],
  // "Performing credit funds lend at 14-16 per cent", "Banks are lending at 11%", "the stock trades at 14
  // times earnings": the rate or the price a subject deals at, in the present (for "trade", subjects.ts).
  ...["lend", "lends", "lending", "trades"],
];

/** Participles of an estimate or a plan that set a level after "is": "is expected at", "was estimated at",
 * "Capital expenditure is planned at about €35 million". */
export const ESTIMATE_PARTICIPLES = [
  // (And a market's passive quote: "Sorghum for March delivery was bid at A$405 a tonne".)
  "bid",
  "expected",
  "estimated",
  "forecast",
  "projected",
  "predicted",
  "pegged",
  "put",
  "planned",
  "targeted",
  "seen",
  "pencilled",
  "penciled",
  "capped",
  "fixed",
  "tipped",
];

/** Words before a verb that make it one: "would award contracts worth". */
export const MODALS = new Set(["will", "would", "could", "can", "may", "might", "must", "should", "shall", "to"]);

/** Particles that end a phrasal verb before its object: "picked up spectrum worth". */
export const PARTICLES = new Set(["up", "out", "off", "down", "in", "home"]);

/** Modals and forms of "be" and "have" that stand between a subject or a noun and a verb: "Production costs
 * can exceed", "was spent in 2023". */
export const HELPER_VERBS: ReadonlySet<string> = new Set([
  "can",
  "could",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "will",
  "would",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
]);

/** Words before money that make it no verb's object: prepositions, links of a level, auxiliaries. */
export const MONEY_OBJECT_BLOCKERS: readonly string[] = [
  "to", "at", "by", "from", "of", "for", "with", "about", "over", "under", "than", "as", "on", "into",
  "between", "is", "was", "are", "were", "be", "been", "being", "stood", "totalled", "totaled", "reached",
  "hit", "topped", "came", "rose", "fell", "lost", "gained", "added", "jumped", "dropped", "climbed",
  "slipped", "and", "or", "but", "worth", "cost", "costs",
];

/** Nouns made with "of" that a figure's "NP of" keeps whole. */
export const OF_COMPOUND_NOUNS: readonly string[] = [
  "margin of error", "cost of living", "balance of payments", "rate of return", "terms of trade",
];

/** Words that set a figure against the one before: "against 12% for the Centre Party". */
export const SETTING_AGAINST: readonly string[] = [
  "against", "versus", "vs", "vs.", "with",
];

/** Words before "that" or "which" that head no relative clause: time words and prepositions. */
export const NOT_ANTECEDENT_WORDS: readonly string[] = [
  "month", "week", "year", "day", "quarter", "time", "of", "in", "on", "at", "for", "with", "by", "from",
  "so", "such", "now", "says", "said", "shows", "showed", "found", "finds", "estimates", "reports",
];

/** Past tenses common in relative clauses that the -ed test misses: "the storm that hit Queensland". */
export const RELATIVE_PAST_TENSES: readonly string[] = [
  "hit", "swept", "struck", "spread", "tore", "shook", "cut", "put", "set",
];

/** Verbs that send money to what follows "on"/"in"/"into"/"to": "spend $700 million on a new plant". */
export const DIRECTING_VERBS = [
  "spend",
  "spends",
  "spent",
  "spending",
  "invest",
  "invests",
  "invested",
  "investing",
  "allocate",
  "allocates",
  "allocated",
  "allocating",
  "earmark",
  "earmarks",
  "earmarked",
  "assign",
  "assigns",
  "assigned",
  "assigning",
  "commit",
  "commits",
  "committed",
  "committing",
  "pour",
  "pours",
  "poured",
  "pouring",
  "inject",
  "injects",
  "injected",
  "injecting",
  "devote",
  "devotes",
  "devoted",
  "channel",
  "channels",
  "channelled",
  "channeled",
  // "allotted P1.3 billion to national sports associations", "is putting $48-million into the Calgary plant",
  // "pumped $2 billion into", "ploughed £40m into" (not "sank": a verb of change first).
  ...["allot", "allots", "allotted", "allotting", "dedicate", "dedicates", "dedicated", "dedicating"],
  ...["put", "puts", "putting", "pump", "pumps", "pumped", "pumping"],
  ...["plough", "ploughs", "ploughed", "ploughing", "plow", "plows", "plowed", "plowing"],
  ...["funnel", "funnels", "funnelled", "funneled", "funnelling", "funneling"],
  // "Gamblers wagered $1.4 billion on the game": what is bet on.
  "wager",
  "wagers",
  "wagered",
  "wagering",
  "staked",
  "staking",
  "bet",
  "bets",
];

/**
 * Verbs of sending money that are nouns too ("4.5 lakh pumps", "options puts"): in a list only right
 * before the money.
 */
export const DIRECTING_NOUNS: readonly string[] = [
  ...["pump", "pumps", "put", "puts", "plough", "ploughs", "plow", "plows"],
  ...["funnel", "funnels", "channel", "channels", "bet", "bets"],
];

/**
 * Verbs after money that send it to what follows "to": "$4.6 billion will go to the New York project"; before
 * "from X to Y" they make two levels, as a verb of change does: "went from $9,000 to $23,000".
 */
export const GOING_VERBS = [
  ...["go", "goes", "went", "gone", "going", "flow", "flows", "flowed", "move", "moves", "moved", "moving"],
];

/** Verbs that hold a rank: "was the largest", "remained the top", "emerged as the biggest". */
export const RANK_HOLDING_VERBS: readonly string[] = ["was", "is", "were", "are", "remained", "remains", "became", "becomes", "stayed", "ranked", "ranks", "as", "kept", "keeps", "retained", "retains", "held", "holds",
  // "Gauteng had the highest share at 24.1%", "Calabarzon recorded the most births, at 201,300".
  "had", "has", "recorded", "records", "registered", "reported", "posted"];

/** Words of rank after "the": "the largest", "the top", "the second-largest", "the main". */
export const RANK_WORDS: readonly string[] = ["top", "leading", "main", "biggest", "largest", "highest", "lowest", "smallest", "most", "fastest", "second", "third", "single", "best", "busiest", "worst", "richest", "wealthiest"];

/**
 * Verbs of giving, paying or staking money: when nothing after the money names what it goes to
 * ("Germany pledged 35 million euros", "The firm paid $46 million"), it measures the clause's subject.
 */
export const GIVING_VERBS: readonly string[] = [
  "paid",
  "pays",
  "pay",
  "pledged",
  "pledges",
  "committed",
  "commits",
  "allocated",
  "allocates",
  "donated",
  "donates",
  "granted",
  "lent",
  "lends",
  "borrowed",
  "borrows",
  "disbursed",
  "repaid",
  "wagered",
  "staked",
  "bet",
  "bets",
  "owed",
  "owes",
  "remitted",
  "remits",
  // "Nigerians abroad sent home $20.9 billion": what migrants send is theirs.
  "sent",
  "sends",
  "transferred",
  "transfers",
  "gave",
  "gives",
  "handed",
  // Aid released or provided: "The European Union released 1.5 million euros", "donors provided $24 billion".
  "released",
  "provided",
  "contributed",
  // Their other forms ("Norway will contribute $50 million", "The US has delivered only $50 million"), and
  // money declared or taken ("The EFF declared just R1.1 million", "The DA accepted R23.3 million").
  "give",
  "donate",
  "contribute",
  "contributes",
  "provide",
  "provides",
  "release",
  "releases",
  "allocate",
  "commit",
  "disburse",
  "disburses",
  "grant",
  "grants",
  "lend",
  "transfer",
  "deliver",
  "delivers",
  "delivered",
  "declared",
  "declares",
  "disclosed",
  "discloses",
  "accepted",
  "accepts",
  "received",
  "receives",
  "receive",
];

/**
 * Words after "to" that describe who money goes to rather than open a purpose: "85 billion forints to state
 * hospitals", "$2 billion to small firms" ("to build roads" is a purpose).
 */
export const RECIPIENT_MODIFIERS: readonly string[] = [
  "state", "local", "small", "public", "private", "rural", "foreign", "domestic", "national", "regional",
  "municipal", "federal", "poor", "young", "elderly", "other", "various", "several", "affected", "needy",
  "overseas", "indigenous", "smaller", "larger", "struggling", "vulnerable", "eligible", "existing",
];

/** Verbs of raising money by selling securities: "sold N120 billion of bills at a stop-out rate of". */
export const FUNDRAISING_VERBS: readonly string[] = [
  "sold", "sells", "sell", "raised", "raises", "raise", "priced", "prices", "issued", "issues", "auctioned",
  "offered", "allotted", "borrowed",
];

/** Forms of "be": before a participle they make a passive ("was paid", "is priced"). */
export const BE_FORM_WORDS: readonly string[] = ["is", "was", "are", "were", "be", "been", "being"];

/**
 * Kinds of body "..., the board said" names when the article named one such body: the last word of its
 * name ("Kenya Dairy Board", "Sugar Directorate", "Competition Commission").
 */
export const NAMED_BODY_KINDS: readonly string[] = [
  "board", "commission", "directorate", "authority", "ministry", "council", "federation", "association",
  "agency", "bureau", "regulator", "cooperative", "co-operative", "institute", "corporation", "bank",
  "exchange", "trust", "fund", "department", "office", "party", "union", "foundation", "secretariat",
  "watchdog", "tribunal", "court", "museum", "gallery", "programme", "program", "hospital", "university",
  "society", "chamber", "alliance", "coalition", "network", "library", "centre", "center", "committee",
  "panel", "institution", "service", "port", "municipality", "body",
  // "The Premier League ..., the league said".
  "league",
  // "Taronga Zoo ..., the zoo said", "Ocean Park ..., the park said".
  "zoo", "park", "aquarium", "festival",
  // "The Sydney Symphony Orchestra ..., the orchestra said", "Kwale Sugar Mill ..., the mill said".
  "orchestra", "opera", "theatre", "theater", "ballet", "choir", "ensemble", "arena", "stadium", "mill",
  // "The Japan Coast Guard ..., the coast guard said"; "The Federal Road Safety Corps ..., the corps said".
  "guard", "corps", "force", "command", "academy", "school", "college", "church",
];

/** Kinds of body "the company said" names as "It said" does: the organization the sentences are about. */
export const COMPANY_KINDS: readonly string[] = [
  "company", "firm", "group", "lender", "insurer", "carrier", "airline", "miner", "retailer", "club",
  "operator", "developer", "co-op", "enterprise", "utility", "brewer", "distiller", "winemaker", "house",
  "consultancy", "chain", "studio", "promoter", "exhibitor", "maker", "automaker", "carmaker", "drugmaker",
  "chipmaker", "producer", "manufacturer", "conglomerate", "refiner", "grocer", "supermarket",
  "telco", "broadcaster", "publisher", "startup", "exporter", "processor", "supplier", "distributor",
  // "The kiwifruit marketer said", "The energy giant said".
  "marketer", "giant",
  // "Separately, Sao Paulo-based fintech Pagly raised $120 million ..., the company said", "the fintech said".
  "fintech",
  // "The Montreal-based jeweller says", "the tissue papermaker said", "The luxury brand said".
  "jeweller", "jeweler", "papermaker", "bottler", "packager", "foundry", "brand", "wholesaler",
  "shipbuilder", "homebuilder", "smelter", "cooperative", "co-operative", "hotelier", "caterer", "outsourcer",
  "explorer",
  // "the dealership said", "the toymaker said", "The Tokyo-based assembler said", "the lessor said" (not
  // "the dealer said": in commodity news a trader).
  "dealership", "assembler", "toymaker", "glassmaker", "lessor",
  // "the drilling contractor said", "the recruiter said" (not "the brokerage said": in a company's story,
  // its analysts).
  "contractor", "recruiter",
  // "The steelmaker reported", "the builder said", "The Crown corporation reported", "the marketplace
  // said", "the toolmaker said" (not "the platform said": "its AI platform, Helixa Forge," is a product).
  "steelmaker", "builder", "corporation", "marketplace", "toolmaker",
  // "the cocoa grinder said", "the coffee roaster said", "the chocolatier said", "the cruise line said",
  // "the meatpacker said", "the label said" (a record label); not "the trader said", in commodity news a
  // person.
  "grinder", "roaster", "chocolatier", "meatpacker", "label",
  // "The world's third-largest reinsurer said", "the biotech said".
  "reinsurer", "biotech",
  // "the Mumbai-based shipowner said", "The Seattle-based freight forwarder said", "the label printer
  // said", "the property portal said", "the website said" (a classifieds company's).
  "shipowner", "forwarder", "printer", "portal", "website",
];

/** Kinds of body that are no company: "the charity said", "The organisation said" (the story's body too). */
export const NONPROFIT_KINDS: readonly string[] = [
  "charity", "organisation", "organization", "nonprofit", "non-profit", "ngo",
];

/**
 * Words between a count and its unit that say how many, not what kind ("a dozen countries", "300 more
 * troops"), or that link the two ("9.8 lakh were new subscribers"): no part of the subject.
 */
export const COUNT_NOT_KIND_WORDS: readonly string[] = [
  "dozen", "dozens", "more", "fewer", "less", "odd", "plus", "other", "others", "such", "additional",
  "extra", "further",
  "were", "was", "are", "is", "be", "been", "have", "had",
];

/** The traffic a place or a carrier records: "recorded 1.12 million visitors", "logged 4.1 million passengers". */
export const TRAFFIC_UNITS: readonly string[] = [
  "visitors", "visits", "passengers", "tourists", "arrivals", "guests", "attendees", "admissions",
  "footfall", "travellers", "travelers", "pilgrims", "spectators", "viewers",
  // "The charter division logged 4,210 flight hours": the hours a fleet flies (a time unit elsewhere);
  // "Swiss ski resorts recorded 21.6 million skier days", "sold 1.04 million room nights": days spent.
  "hours", "days", "nights",
  // "China's shared bicycles recorded 2.1 billion rides": a service's trips.
  "rides", "trips", "journeys",
];

/** Verbs by which a party or a candidate wins or holds what an election counts: "won 47 seats". */
export const WINNING_VERBS: readonly string[] = [
  "won", "wins", "win", "took", "takes", "secured", "secures", "gained", "gains", "retained", "retains",
  "controls", "controlled", "holds", "held", "polled", "polls", "garnered", "garners", "received",
];

/** What a candidate or a party wins with a share of the vote: "won the seat with 30.4%", "retained the mayoralty with". */
export const ELECTION_CONTESTS: readonly string[] = [
  "seat", "election", "race", "poll", "vote", "ballot", "presidency", "mayoralty", "constituency", "ward",
  "primary", "runoff", "run-off", "contest", "by-election", "leadership", "nomination", "referendum", "riding",
];

/** Participles of being chosen by the vote: "was re-elected with 61% of the vote". */
export const ELECTED_PARTICIPLES: readonly string[] = ["elected", "reelected"];

/** What an election counts for a party or a candidate: "47 seats", "18,450 votes", "31 councils". */
export const ELECTORAL_UNITS: readonly string[] = [
  "seats", "votes", "councils", "wards", "constituencies", "mandates", "delegates", "preferences",
  "ridings", "districts", "states", "municipalities",
];

/** Sides of a place: "south of Barcelona", "about 27km south-west of Palu". */
export const COMPASS_POINTS: readonly string[] = [
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
];

/** Nouns a measure before them sets a level of, for a time, not a thing's size: "its 60,000-ounce target". */
export const MEASURED_LEVEL_NOUNS: readonly string[] = [
  "target", "goal", "forecast", "guidance", "quota", "estimate", "cap", "limit", "lead", "advantage",
  "increase", "rise", "drop", "fall",
];

/** Words after a bare size, besides compass points, that open no noun it describes: times, adverbs, comparisons. */
export const NOT_DESCRIBED_WORDS: readonly string[] = [
  "today", "now", "earlier", "later", "just", "possible", "higher", "lower", "about", "above", "below", "off",
  "away",
];

/** Words of accounting that describe the noun after them, never a verb: "adjusted diluted EPS". */
export const ACCOUNTING_WORDS = new Set([
  "adjusted",
  "diluted",
  "basic",
  "total",
  "net",
  "gross",
  "underlying",
  "comparable",
  "organic",
  "core",
  "recurring",
  "consolidated",
  "normalised",
  "normalized",
  "annualised",
  "annualized",
]);

/**
 * Items after "after" or "before" that make an accounting phrase, not a clause: "profit after tax",
 * "earnings before interest", "income before impairments", "operating income before amortisation".
 */
export const ACCOUNTING_ITEMS: readonly string[] = [
  "tax", "taxes", "taxation", "interest", "items", "charges", "costs", "impairments", "impairment",
  "depreciation", "provisions", "exceptionals", "exceptional", "one-offs", "amortisation", "amortization",
  "goodwill", "minorities",
];

/** Words before an accounting item that keep it one: "before other items", "after significant items". */
export const ACCOUNTING_ITEM_WORDS: readonly string[] = [
  "other", "special", "significant", "specific", "non-recurring", "one-time",
];

/** Words that open an aside about a sentence's subject: a relative pronoun or a determiner. */
export const SUBJECT_ASIDE_OPENERS: readonly string[] = [
  "which", "who", "whose", "a", "an", "the", "its", "their", "his", "her",
];

/** Verbs of saying, which make an aside a source's ("Sales rose, the company said, helped by ..."). */
export const ASIDE_SAYING_VERBS: readonly string[] = ["said", "says", "told", "added", "noted"];

/** Words that open a sentence's phrase before its subject, no subject: "According to Drap, the company ...". */
export const SUBJECT_LEADS: readonly string[] = [
  "according", "in", "on", "at", "for", "by", "after", "before", "as", "despite",
];

/**
 * Verbs in the present that end the label of a brief's line in capitals, with the verbs in the past (and
 * any in -ED): "* METALS DIVISION REVENUE RISES 8%", "* ORDER BOOK STANDS AT RECORD 37 BILLION RGT". Not
 * forms that are plural nouns too ("GAINS", "INCREASES", "DROPS").
 */
export const BRIEF_LABEL_END_VERBS: readonly string[] = [
  "rises", "falls", "jumps", "climbs", "slips", "slides", "stands", "totals", "declines", "grows", "soars",
  "surges", "slumps", "plunges", "tumbles", "narrows", "widens", "doubles", "triples", "reaches", "hits",
  "was", "were", "is", "are",
];

/** Words between a brief's verb and its figure, past which the verb still ends the label: "STANDS AT RECORD", "ROSE BY ABOUT". */
export const BRIEF_VERB_TAIL_WORDS: readonly string[] = [
  "at", "record", "a", "an", "about", "around", "nearly", "some", "almost", "roughly", "by",
];

/** Participles of reaching a level, read after the noun that reaches it: "with exports reaching $5 billion". */
export const LEVEL_PARTICIPLES: readonly string[] = ["reaching", "hitting", "topping"];
/** Words that open the noun a level participle follows: "with", "sees", "seen" (in headlines). */
export const PARTICIPLE_NOUN_LEADS: readonly string[] = ["with", "sees", "see", "seen", "expects"];

/**
 * Verbs in the present that follow a wire brief's "SAYS" and make its words a clause, no label: "* SAYS
 * INVESTS SEK 120 MILLION", "* SAYS BOARD APPROVES INTERIM DIVIDEND", "* SAYS U.S. CUSTOMERS ACCOUNT FOR".
 */
export const BRIEF_ACTION_VERBS: ReadonlySet<string> = new Set([
  "account",
  "accounts",
  "acquires",
  "agrees",
  "allocates",
  "approves",
  "borrows",
  "buys",
  "completes",
  "cuts",
  "declares",
  "invests",
  "issues",
  "launches",
  "pays",
  "plans",
  "proposes",
  "raises",
  "receives",
  "recommends",
  "repurchases",
  "secures",
  "sells",
  "sets",
  "signs",
  "spends",
  "targets",
  "wins",
]);

/** Nouns of what goes somewhere, which a label's "to" follows as a preposition: "- Sales to customers abroad:". */
export const LABEL_TO_NOUNS: readonly string[] = [
  "sales", "exports", "shipments", "loans", "lending", "payments", "transfers", "debt", "deliveries",
];
