import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 15, in wording of my own. */

export const FIX15_SCHEDULED: Case[] = [
  // The change that reaches a level starting at a date starts with it.
  [
    "The minimum fare will rise 6% to $3.40 from March 1.",
    [
      { text: "6%", period: { text: "from March 1", from: "2027-03-01" } },
      { text: "$3.40", period: { text: "from March 1", from: "2027-03-01" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
];

export const FIX15_PERCENT_RANGES: Case[] = [
  // A bare number close under a percentage after a change verb is its range's low end.
  [
    "Freight margins fell by 2 to 3 percentage points.",
    [{ text: "2 to 3 percentage points", value: 2, high: 3, change: { direction: "decrease" } }],
  ],
  ["Bus fares rose 5 to 6 per cent.", [{ text: "5 to 6 per cent", value: 5, high: 6 }]],
  // ... not a change far under the level it reached.
  [
    "The jobless rate rose 0.3 to 5.1 per cent.",
    [
      { text: "0.3", change: { direction: "increase" } },
      { text: "5.1 per cent", value: 5.1, high: undefined },
    ],
  ],
];

export const FIX15_GLUED_CENTS: Case[] = [
  // A country's dollar glued to an amount in cents, as Australian papers write it.
  ["The kiwi fell to US57.4 cents.", [{ text: "US57.4 cents", value: 0.574, currency: "USD" }]],
  ["The Australian dollar bought US65.2c.", [{ text: "US65.2c", value: 0.652, currency: "USD" }]],
  // ... not a road or a model.
  ["Traffic on the A52 slowed.", []],
];

export const FIX15_DECISION_DAYS: Case[] = [
  // The day a change was proposed or approved is not the change's period.
  [
    "The regulator proposed on Monday to lift port fees by 15%.",
    [{ text: "15%", period: undefined }],
    { publishedAt: "2026-11-12" },
  ],
  [
    "The council approved on Wednesday a 9% rise in water rates.",
    [{ text: "9%", period: undefined }],
    { publishedAt: "2026-11-12" },
  ],
];

export const FIX15_EQUIVALENT: Case[] = [
  // A figure "equivalent to" another restates it, like "or"; after a copula it is the subject's level.
  [
    "The flood cost 2.4 billion rand, equivalent to about 0.3% of output.",
    [
      { text: "2.4 billion rand", subject: { text: "The flood" } },
      { text: "0.3%", subject: { text: "The flood" } },
    ],
  ],
  [
    "Port debt rose to $900 million, the equivalent of 40% of revenue.",
    [
      { text: "$900 million", subject: { text: "Port debt" } },
      { text: "40%", subject: { text: "Port debt" } },
    ],
  ],
  ["The shortfall is equivalent to 2.2% of GDP.", [{ text: "2.2%", subject: { text: "The shortfall" } }]],
  ["Each member gets an equal 20 percent share.", [{ text: "20 percent" }]],
];

export const FIX15_PAIRED_AMOUNTS: Case[] = [
  // A second amount of the same kind joined right after the first measures the same thing.
  [
    "The two lenders pledged loans of $12 billion and $10 billion, respectively.",
    [
      { text: "$12 billion", subject: { text: "loans" } },
      { text: "$10 billion", subject: { text: "loans" } },
    ],
  ],
  // ... not one of another kind.
  [
    "Fees of $40 and 12% of the fare apply.",
    [
      { text: "$40", subject: { text: "Fees" } },
      { text: "12%", subject: { text: "the fare" } },
    ],
  ],
];

const Q3 = { publishedAt: "2026-11-12" };

export const FIX15_STORY_PERIODS_NOT: Case[] = [
  // A currency named by its country moves on the day, like "the rupee".
  [
    "Exports rose 4% in October. The Australian dollar fell 0.2% to US65.1 cents.",
    [
      { text: "4%", period: { text: "October" } },
      { text: "0.2%", period: undefined },
      { text: "US65.1 cents", period: undefined },
    ],
    Q3,
  ],
  // A limit a level is held against is no result of the story's period.
  [
    "Harlow Bank reported results for the third quarter. Its capital ratio was 19.2%, above the regulatory minimum of 10.5%.",
    [
      { text: "19.2%", period: { text: "third quarter", carried: true } },
      { text: "10.5%", period: undefined },
    ],
    Q3,
  ],
  // "already" tells the time of the story's telling; a forecast reported with "were seen" is none.
  [
    "Sales rose 6% in October. Farmers already paid 30% more for feed.",
    [{ text: "6%" }, { text: "30%", period: undefined }],
    Q3,
  ],
  [
    "Turnout rose to 61% in October. Two smaller parties were seen splitting about 9% between them.",
    [{ text: "61%" }, { text: "9%", period: undefined }],
    Q3,
  ],
];

export const FIX15_BARE_OBJECTS: Case[] = [
  // An adverb after money is no noun it measures.
  ["Shoppers spent $9.6 billion online.", [{ text: "$9.6 billion", subject: { text: "Shoppers" } }]],
];

export const FIX15_NAMED_DAYS: Case[] = [
  // A day named for a holiday or a shopping event is dated: the publication's year, or the one written.
  [
    "Shoppers spent $11.8 billion online on Black Friday and $14.2 billion on Cyber Monday.",
    [
      { text: "$11.8 billion", period: { text: "Black Friday", from: "2025-11-28", to: "2025-11-28" } },
      { text: "$14.2 billion", period: { text: "Cyber Monday", from: "2025-12-01", to: "2025-12-01" } },
    ],
    { publishedAt: "2025-12-03" },
  ],
  [
    "Boxing Day 2024 sales fell 3%.",
    [{ text: "3%", period: { text: "Boxing Day 2024", from: "2024-12-26", to: "2024-12-26" } }],
  ],
  // ... the year before when this year's is still months ahead.
  [
    "Sales on Christmas Day rose 4%.",
    [{ text: "4%", period: { from: "2025-12-25" } }],
    { publishedAt: "2026-01-10" },
  ],
  // Spans with a named day, and "from" opens them rather than a base.
  [
    "Spending from Thanksgiving through Cyber Monday rose 6%.",
    [{ text: "6%", period: { from: "2026-11-26", to: "2026-11-30" }, change: { direction: "increase" } }],
    { publishedAt: "2026-12-02" },
  ],
  [
    "Sales rose 2% from mid-November to Christmas Eve.",
    [
      {
        text: "2%",
        period: { text: "from mid-November to Christmas Eve", from: "2025-11", to: "2025-12-24" },
      },
    ],
    { publishedAt: "2025-12-28" },
  ],
  // A weekday inside a name dates nothing of its own.
  ["Black Friday deals lifted sales by 5%.", [{ text: "5%", period: undefined }]],
];

export const FIX15_STORY_CARRIES: Case[] = [
  // A level compared in a time looked back on, or the day a statement was made, leaves the carry alone.
  [
    "Harbury Town reported results for the year to June 30, 2026. Wages fell 6% to 148.5 million pounds, down from 78% of revenue the previous season. Revenue rose 8%, the club said on Tuesday.",
    [
      { text: "6%", period: { text: "year to June 30, 2026", carried: true } },
      { text: "148.5 million pounds", period: { carried: true } },
      { text: "78%" },
      { text: "8%", period: { text: "year to June 30, 2026", carried: true } },
    ],
    { publishedAt: "2026-11-03" },
  ],
  // ... and so does a level compared in the year before a story's year.
  [
    "Tarn Mining reported results for 2025. Pre-tax profit reached $1.94 billion, up from $1.35 billion in 2024.",
    [
      { text: "$1.94 billion", period: { text: "2025", carried: true } },
      { text: "$1.35 billion", period: { text: "2024" } },
    ],
    { publishedAt: "2026-02-20" },
  ],
  // A quarterly figure takes no year's period.
  [
    "Exports rose 4% in 2025. A rival said its quarterly revenue grew 9%.",
    [{ text: "4%" }, { text: "9%", period: undefined }],
    { publishedAt: "2026-02-20" },
  ],
];

export const FIX15_COMMODITY_MOVES: Case[] = [
  // A quoted commodity's price or move is the market's of the day, not a result of the story's period.
  [
    "Miners sold 863 tonnes of gold in 2025. Three-month copper on the London Metal Exchange rose 0.7% to $10,420 a ton. Nickel slipped 0.3% to $17,050.",
    [
      { text: "863 tonnes", period: { text: "2025" } },
      { text: "0.7%", period: undefined },
      { text: "$10,420", period: undefined },
      { text: "0.3%", period: undefined },
      { text: "$17,050", period: undefined },
    ],
    { publishedAt: "2026-03-19" },
  ],
  // ... but a measure of one is a result.
  [
    "Corvid Gold reported results for 2025. The average gold price received climbed 36% to $3,410 an ounce.",
    [
      { text: "36%", period: { text: "2025", carried: true } },
      { text: "$3,410", period: { text: "2025", carried: true } },
    ],
    { publishedAt: "2026-02-19" },
  ],
];

export const FIX15_THROUGHPUT: Case[] = [
  // The traffic a subject carries or handles measures that subject, not its unit noun.
  [
    "Lisbon's metro carried a record 182 million passengers in 2025, up 9%.",
    [
      { text: "182 million passengers", subject: { text: "Lisbon's metro" } },
      { text: "9%", subject: { text: "Lisbon's metro" } },
    ],
  ],
  [
    "The port handled 4.2 million containers.",
    [{ text: "4.2 million containers", subject: { text: "The port" } }],
  ],
  [
    "The new terminal will eventually be able to handle up to 45 million passengers a year.",
    [{ text: "45 million passengers a year", subject: { text: "The new terminal" } }],
  ],
  // ... and with a pronoun for the carrier, the name that said it (was its unit until session 43).
  [
    "Norsk Air said it carried 1.4 million passengers.",
    [{ text: "1.4 million passengers", subject: { text: "Norsk Air" } }],
  ],
];

export const FIX15_OWNERS: Case[] = [
  // "controls" and "owning" keep the holder, like "owns" and "holds".
  ["Vestra controls about 40% of the market.", [{ text: "40%", subject: { text: "Vestra" } }]],
  [
    "The Lim family, which controls 29.8 per cent of the company, backed the offer.",
    [{ text: "29.8 per cent", subject: { text: "The Lim family" } }],
  ],
];

export const FIX15_DEAL_PRICES: Case[] = [
  // A price after "for" is the price of what a verb of buying or selling took; a payment before "for"
  // buys what follows it.
  [
    "Halden Foods agreed to buy bakery chain Morrow Ltd for 310 million pounds ($390 million).",
    [
      { text: "310 million pounds", subject: { text: "bakery chain Morrow Ltd" } },
      { text: "$390 million", subject: { text: "bakery chain Morrow Ltd" } },
    ],
  ],
  [
    "The league sold its television rights for a combined 2.1 billion euros.",
    [{ text: "2.1 billion euros", subject: { text: "its television rights" } }],
  ],
  [
    "The club signed striker Ivo Dal from Parma for 32 million euros.",
    [{ text: "32 million euros", subject: { text: "striker Ivo Dal" } }],
  ],
  [
    "The broadcaster pays about 300 million riyals a year for the league's rights.",
    [{ text: "300 million riyals", subject: { text: "the league's rights" } }],
  ],
  // ... in a passive, what was sold, its subject, past the buyer (session 55; it had been none).
  [
    "The firm was acquired by Orvane Group for $2 billion.",
    [{ text: "$2 billion", subject: { text: "The firm" } }],
  ],
];

export const FIX15_FULL_YEAR: Case[] = [
  // "For the full year" after a quarter is that quarter's year, and "the same period" the period named.
  [
    "Maersk reported results for the fourth quarter. EBITDA fell 12% to $2.24 billion. For the full year, EBITDA rose to $12.1 billion. Rotterdam handled 7.2 million TEU in the same period.",
    [
      { text: "12%", period: { text: "fourth quarter", from: "2025-10", to: "2025-12" } },
      { text: "$2.24 billion" },
      { text: "$12.1 billion", period: { text: "full year", from: "2025", to: "2025" } },
      { text: "7.2 million TEU", period: { text: "same period", from: "2025", to: "2025" } },
    ],
    { publishedAt: "2026-02-05" },
  ],
  [
    "Exports rose 4% in January-June. Imports fell 2% over the same period.",
    [{ text: "4%" }, { text: "2%", period: { from: "2026-01", to: "2026-06" } }],
    { publishedAt: "2026-07-20" },
  ],
];

export const FIX15_COMPARED_DATES: Case[] = [
  // The date of a level compared after a qualifier is that level's, not the new level's.
  [
    "The cost has risen to 2.9 billion euros from an estimated 700 million euros in 2009.",
    [
      { text: "2.9 billion euros", period: undefined },
      { text: "700 million euros", period: { text: "2009" } },
    ],
  ],
  // The day of the price a premium is measured against is the price's.
  [
    "Orvane will pay $45 per share, a 30% premium to Datalux's closing price on Friday.",
    [{ text: "$45" }, { text: "30%", period: undefined }],
    { publishedAt: "2025-09-08" },
  ],
  [
    "The offer is a premium of 27.6% to the closing price of S$1.27 on Nov. 21.",
    [
      { text: "27.6%", period: undefined },
      { text: "S$1.27", period: { text: "Nov. 21" } },
    ],
    { publishedAt: "2025-11-25" },
  ],
];

export const FIX15_RECORD_LEVELS: Case[] = [
  // A record level reached is the subject's: "an all-time high of" is no subject of its own.
  [
    "Vehicle exports rose to an all-time high of US$61 billion.",
    [{ text: "US$61 billion", subject: { text: "Vehicle exports" } }],
  ],
  [
    "Peak demand touched an all-time high of 9,120 MW.",
    [{ text: "9,120 MW", subject: { text: "Peak demand" } }],
  ],
  [
    "Orvane shares rose 5% to a four-year high of 812 won in morning trade.",
    [
      { text: "5%", subject: { text: "Orvane shares" } },
      { text: "812 won", subject: { text: "Orvane shares" } },
    ],
  ],
];

export const FIX15_STAKES: Case[] = [
  // A stake a deal verb takes, and its price, measure the company the stake is in; a stake held keeps its
  // holder.
  [
    "Halvard Capital agreed to buy a 30% stake in Nordlys Foods for 900 million crowns.",
    [
      { text: "30%", subject: { text: "Nordlys Foods" } },
      { text: "900 million crowns", subject: { text: "Nordlys Foods" } },
    ],
  ],
  ["Orvane holds a 40% stake in Datalux.", [{ text: "40%", subject: { text: "Orvane" } }]],
];

export const FIX15_ELIDED_TOTALS: Case[] = [
  // A bare number that is a target or a total of the count before it is in its unit.
  [
    "Orvane sold 2.4 million vehicles, short of its initial target of 2.8 million.",
    [{ text: "2.4 million vehicles" }, { text: "2.8 million", kind: "QUANTITY", unit: "vehicles" }],
  ],
  [
    "The operator added 1.2 million subscribers, bringing its total to 44.5 million.",
    [{ text: "1.2 million subscribers" }, { text: "44.5 million", kind: "QUANTITY", unit: "subscribers" }],
  ],
];

export const FIX15_TRADE_UNITS: Case[] = [
  // Shipping and mining units written in words or marks.
  [
    "The port handled 612,400 twenty-foot equivalent units.",
    [{ text: "612,400 twenty-foot equivalent units", unit: "TEU", value: 612400 }],
  ],
  ["Loaded volumes rose to 2.9 million FFE.", [{ text: "2.9 million FFE", unit: "FFE" }]],
  ["The hole cut 4.2 metres at 12.5 g/t gold.", [{ text: "4.2 metres" }, { text: "12.5 g/t", unit: "g/t" }]],
  ["Ore graded 1.9 grams per tonne gold.", [{ text: "1.9 grams per tonne", unit: "g/t" }]],
  ["The miner mined 21,300 tU.", [{ text: "21,300 tU", unit: "tU", subject: { text: "The miner" } }]],
];

export const FIX15_SPAN_BEFORE_DESTINATION: Case[] = [
  // Money sent somewhere past a span of time measures where it goes.
  [
    "Karo plans to spend 60 billion yen over the next three years on new plants.",
    [{ text: "60 billion yen", subject: { text: "new plants" } }],
  ],
  [
    "The state committed $55 million over four years to its events strategy.",
    [{ text: "$55 million", subject: { text: "its events strategy" } }],
  ],
  // ... not past "a second" of something.
  [
    "The company would invest ₹9,700 crore in a second phase.",
    [{ text: "₹9,700 crore", subject: { text: "a second phase" } }],
  ],
];

export const FIX15_PARALLEL_NOT_COMPARED: Case[] = [
  // A parallel clause does not take the period of a level compared in the clause before.
  [
    "Net profit rose to 40 million euros from 25 million euros in 2024, while net debt fell 12% to 310 million euros.",
    [
      { text: "40 million euros" },
      { text: "25 million euros", period: { text: "2024" } },
      { text: "12%", period: undefined },
      { text: "310 million euros", period: undefined },
    ],
  ],
];

export const FIX15_SUBJECT_SPANS: Case[] = [
  // A verb of intent before "to" and a modal after a noun phrase end the subject.
  [
    "The ministry hoped to raise between R4 billion and R5 billion.",
    [{ text: "R4 billion and R5 billion", subject: { text: "The ministry" } }],
  ],
  [
    "The parties settled, with the broadcaster agreeing to pay 90 million euros.",
    [{ text: "90 million euros", subject: { text: "the broadcaster" } }],
  ],
  [
    "Streamers with more than $25 million in annual revenue must pay 5% of it.",
    [{ text: "$25 million", subject: { text: "annual revenue" } }, { text: "5%" }],
  ],
];

export const FIX15_CONTRACT_MONTHS: Case[] = [
  // A month (and year) that names a contract a few words on dates nothing.
  [
    "The December 2026 EU Allowance contract settled down 2.41 euros at 68.75 euros.",
    [
      { text: "2.41 euros", period: undefined },
      { text: "68.75 euros", period: undefined },
    ],
    { publishedAt: "2026-03-04" },
  ],
  [
    "The benchmark December EUA contract rose 1.1%.",
    [{ text: "1.1%", period: undefined }],
    { publishedAt: "2026-03-04" },
  ],
];

export const FIX15_NO_FALLS: Case[] = [
  // Money lost to a cause and an amount contracted for are no falls.
  ["Victims lost S$1.1 billion to scams.", [{ text: "S$1.1 billion", change: undefined }]],
  [
    "Microsoft contracted about 22 million tonnes of carbon removal.",
    [{ text: "22 million tonnes", change: undefined }],
  ],
  // ... a level reached after "to" keeps the change; so does an output that contracted by an amount.
  [
    "The fund lost $5 million to $3 million.",
    [{ text: "$5 million", change: { direction: "decrease" } }, { text: "$3 million" }],
  ],
  ["Output contracted by 3,000 tonnes.", [{ text: "3,000 tonnes", change: { direction: "decrease" } }]],
];

export const FIX15_NOT_FIGURES: Case[] = [
  // A rate note of two rates, and two numbers glued by "+", are no figures.
  ["Revenue rose. ($1 = 3.75 riyals; $1 = 0.8605 euros)", []],
  ["Under the 50+1 rule, members hold most voting rights.", []],
];

export const FIX15_RELATIVE_SHARES: Case[] = [
  // A share a present tense takes after "which" measures what it is a share of; a rate "each year" goes.
  [
    "The reserve, which absorbs 24% of the surplus each year, was set up in 2019.",
    [{ text: "24%", subject: { text: "the surplus" } }],
  ],
];

export const FIX15_PRESENT_PERFECT_RESULTS: Case[] = [
  // "has reported" a result names the story's period as "reported" does.
  [
    "NBN Co has reported a 4.6 per cent rise in revenue for the 2024-25 financial year. EBITDA grew 8 per cent.",
    [{ text: "4.6 per cent" }, { text: "8 per cent", period: { carried: true } }],
    { publishedAt: "2025-08-20" },
  ],
];

export const FIX15_SET_OFF_RELATIVES: Case[] = [
  // A period inside a relative clause set off by commas dates that clause, not the figure after it.
  [
    "Eurogate, in which Contship bought a 30% stake last year, said revenue rose 4% to 300 million euros.",
    [
      { text: "30%", period: { text: "last year" } },
      { text: "4%", period: undefined },
      { text: "300 million euros", period: undefined },
    ],
    { publishedAt: "2025-08-14" },
  ],
];

export const FIX15_MEASURED_NOUNS: Case[] = [
  // A measure glued to its unit by a dash describes the noun after it.
  [
    "The 700-kilometre road will cost N15.6 trillion.",
    [{ text: "700-kilometre", subject: { text: "road" } }, { text: "N15.6 trillion" }],
  ],
  ["A 67-km canal linking the basins opened.", [{ text: "67-km", subject: { text: "canal" } }]],
];

export const FIX15_RANKED_HOLDERS: Case[] = [
  // What holds a rank: past a possessive, "the market leader", and a phrase of the noun ranked.
  [
    "The Corsa was the best-selling car of the year with 41,200 registrations.",
    [{ text: "41,200 registrations", subject: { text: "The Corsa" } }],
  ],
  [
    "The HiLux remained the country's top-selling vehicle with 4,118 sales.",
    [{ text: "4,118 sales", subject: { text: "The HiLux" } }],
  ],
  [
    "Toyota remained the market leader with 143,000 units.",
    [{ text: "143,000 units", subject: { text: "Toyota" } }],
  ],
];

export const FIX15_LEVELS_OF_SUBJECTS: Case[] = [
  // A count a subject was, came to or will grow to measures that subject, not its unit.
  ["January sales were 98,400 units.", [{ text: "98,400 units", subject: { text: "sales" } }]],
  [
    "Renault's sales came to 2.3 million units.",
    [{ text: "2.3 million units", subject: { text: "Renault's sales" } }],
  ],
  [
    "The market will grow to 1.8 million units.",
    [{ text: "1.8 million units", subject: { text: "The market" } }],
  ],
  // ... not what "there were" counts.
  [
    "There were 1,280 resale transactions.",
    [{ text: "1,280 resale transactions", subject: { text: "resale transactions" } }],
  ],
];

export const FIX15_PAST_EXPECTATIONS: Case[] = [
  // What analysts "had expected" looks back: a quarter named without a year is the last one.
  [
    "Analysts had expected about 700,000 deliveries for the October-December period.",
    [{ text: "700,000 deliveries", period: { from: "2025-10", to: "2025-12" } }],
    { publishedAt: "2026-01-03" },
  ],
];

export const FIX15_PREVIOUS_MONTHS: Case[] = [
  // "the previous three months" after a quarter are the three months before it.
  [
    "Northern Star produced 410,000 ounces in the June quarter, up from 380,000 ounces in the previous three months.",
    [
      { text: "410,000 ounces", period: { from: "2026-04", to: "2026-06" } },
      { text: "380,000 ounces", period: { text: "previous three months", from: "2026-01", to: "2026-03" } },
    ],
    { publishedAt: "2026-07-20" },
  ],
];

export const FIX15_MEASURED_AGAINST_ESTIMATES: Case[] = [
  // A result compared with analysts' estimates is still a result that names the story's period.
  [
    "Operating profit for July-September fell 18% to 1.26 trillion yen, compared with analysts' average estimate of 1.1 trillion yen. Revenue rose 12%.",
    [
      { text: "18%" },
      { text: "1.26 trillion yen" },
      { text: "1.1 trillion yen" },
      { text: "12%", period: { from: "2025-07", to: "2025-09", carried: true } },
    ],
    { publishedAt: "2025-11-05" },
  ],
];

export const FIX15_PASSED_PLACES: Case[] = [
  // A network passes the homes it reaches: a count, no bound ("Exports passed $5 billion" is one).
  ["The fibre network now passes 10 million homes.", [{ text: "10 million homes", qualifier: "exact" }]],
  ["Exports passed $5 billion.", [{ text: "$5 billion", qualifier: "lower_bound" }]],
];

export const FIX15_EARNING_VERBS: Case[] = [
  // "grossed", "fetched", "netted" give a level of their subject, as "earned" does.
  ["The film grossed 4.84 billion yuan.", [{ text: "4.84 billion yuan", subject: { text: "The film" } }]],
  ["The painting fetched $12 million.", [{ text: "$12 million", subject: { text: "The painting" } }]],
];

export const FIX15_SHARED_SUBJECTS: Case[] = [
  // A verb after "and" shares the subject that opens its clause.
  [
    "IndiGo operated about 2,200 daily flights in May and controlled 64.2% of the domestic market.",
    [{ text: "2,200 daily flights" }, { text: "64.2%", subject: { text: "IndiGo" } }],
  ],
  [
    "Annual recurring revenue more than tripled and surpassed $40 million in August.",
    [{ text: "$40 million", subject: { text: "Annual recurring revenue" } }],
  ],
  // ... not a pronoun, nor when the clause opens with no past verb.
  [
    "That compares with 110 cargoes and would cost the government $8 billion.",
    [{ text: "110 cargoes" }, { text: "$8 billion", subject: undefined }],
  ],
];

export const FIX15_ADVERB_ASIDES: Case[] = [
  // An aside opened by "mostly", "mainly" between a subject and its verb is passed.
  [
    "Coal exports, mostly to China, rose to 87.3 million tonnes.",
    [{ text: "87.3 million tonnes", subject: { text: "Coal exports" } }],
  ],
  [
    "Transit cargo, mostly bound for Uganda and Rwanda, grew 12%.",
    [{ text: "12%", subject: { text: "Transit cargo" } }],
  ],
];

export const FIX15_PRICES_OF_SUBJECTS: Case[] = [
  // What sells for, retails at or is priced from a price is what the price measures.
  [
    "A new Corolla now sells for around N55 million.",
    [{ text: "N55 million", subject: { text: "A new Corolla" } }],
  ],
  [
    "The cheaper version is priced from $39,990.",
    [{ text: "$39,990", subject: { text: "The cheaper version" } }],
  ],
  ["A bag of maize sold at KSh 5,000.", [{ text: "KSh 5,000", subject: { text: "A bag of maize" } }]],
];

export const FIX15_FROM_AS_LITTLE_AS: Case[] = [
  // "from as little as" bounds a price from below.
  ["Plans cost from as little as $5 a month.", [{ text: "$5", qualifier: "lower_bound" }]],
];
