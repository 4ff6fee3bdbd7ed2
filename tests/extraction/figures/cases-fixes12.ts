import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 12 (the session-11 backlog and the session-12 testers:
 * crypto, aviation, water utilities, tourism in Asia-Pacific, steel and cement, semiconductors, European
 * health systems, oil and gas in the Middle East), in wording of my own.
 */

const UP = { direction: "increase", measure: "relative" } as const;
const DOWN = { direction: "decrease", measure: "relative" } as const;

export const FIX12_VERBS: Case[] = [
  // A verb of intent before "to" and the verb of the figure, in a plural subject's form too.
  ["The franchises plan to spend $60 million this season.", [{ subject: { text: "The franchises" } }]],
  ["Both carriers intend to spend 2 billion euros next year.", [{ subject: { text: "Both carriers" } }]],
  ["The two mills expect to raise $75 million from the sale.", [{ subject: { text: "The two mills" } }]],
  // Not the noun after a determiner: "a plan to spend".
  ["The council unveiled a plan to spend $9 million.", [{ subject: { text: "a plan" } }]],
  // A level verb that is also a noun heads the object of the verb before it.
  [
    "The new award raises pay by 6% for junior doctors.",
    [{ text: "6%", change: UP, subject: { text: "pay" } }],
  ],
  ["The accord lifts weekend pay by 11%.", [{ text: "11%", change: UP, subject: { text: "weekend pay" } }]],
  ["The reform boosts output by 4% in two years.", [{ text: "4%", change: UP, subject: { text: "output" } }]],
  // ... but a verb after a relative or a modal stays the verb.
  ["Employers will pay 3% more next year.", [{ text: "3%", subject: { text: "Employers" } }]],
];

export const FIX12_CHANGE_NOUNS: Case[] = [
  // Plural change nouns: what changes is the noun before them.
  [
    "Drivers won pay hikes of 7% and 8%.",
    [
      { text: "7%", change: UP, subject: { text: "pay" } },
      { text: "8%", change: UP, subject: { text: "pay" } },
    ],
  ],
  [
    "Regulators approved water tariff increases of 9%.",
    [{ text: "9%", change: UP, subject: { text: "water tariff" } }],
  ],
  ["Miners face wage cuts of 15%.", [{ text: "15%", change: DOWN, subject: { text: "wage" } }]],
  [
    "Fuel price rises of 3% to 5% are expected.",
    [{ text: "3% to 5%", change: UP, subject: { text: "Fuel price" } }],
  ],
  [
    "Producers agreed to group-wide reductions of 400,000 barrels a day.",
    [{ change: { direction: "decrease", measure: "absolute" }, subject: { text: "group-wide" } }],
  ],
  // "add" adds; "add up to" sums; "add $1 to $16 to the price" adds a range.
  [
    "The mill will add 800,000 tonnes a year of capacity.",
    [{ change: { direction: "increase", measure: "absolute" } }],
  ],
  ["The items add up to 7%.", [{ text: "7%", change: undefined }]],
  [
    "The levy would add $2 to $15 to the price of a ticket.",
    [{ text: "$2 to $15", value: 2, high: 15, change: { direction: "increase", measure: "absolute" } }],
  ],
  // Two nouns between the figure and its change noun.
  ["Households face a 12% water tariff increase.", [{ text: "12%", change: UP }]],
  // None named: the change stays, the subject is not the change noun.
  ["Teachers got raises of 5%.", [{ text: "5%", change: UP, subject: undefined }]],
  // A raise of money is a pay rise, not money raised.
  [
    "The union is seeking a raise of 3,000 rupees a month.",
    [{ change: { direction: "increase", measure: "absolute" } }],
  ],
  // Money gained or lost is an amount, in the plural too.
  [
    "The insurer booked investment gains of $400 million.",
    [{ change: undefined, subject: { text: "investment gains" } }],
  ],
  [
    "The lender booked a gain of $90 million on the sale.",
    [{ change: undefined, subject: { text: "a gain" } }],
  ],
];

export const FIX12_LINKS: Case[] = [
  // The level a figure came from, past the conversion or acronym in parentheses after the figure before.
  [
    "Turnover fell to 310.2 billion riyals ($82.7 billion) from 333.9 billion riyals.",
    [
      { text: "310.2 billion riyals", subject: { text: "Turnover" } },
      { text: "$82.7 billion", subject: { text: "Turnover" } },
      { text: "333.9 billion riyals", subject: { text: "Turnover" } },
    ],
  ],
  [
    "Shipments averaged 2.1 million barrels per day (bpd) in June, down from 2.4 million bpd in May.",
    [{ subject: { text: "Shipments" } }, { text: "2.4 million bpd", subject: { text: "Shipments" } }],
  ],
  [
    "Core profit rose to 88 million euros (about $95 million) in the half, up from 61 million euros.",
    [{}, {}, { text: "61 million euros", subject: { text: "Core profit" } }],
  ],
  // A shared currency name the article qualifies by one country is that country's throughout.
  [
    "A course costs 4,200 Norwegian crowns. Last year it cost 3,900 crowns.",
    [{ currency: "NOK" }, { text: "3,900 crowns", currency: "NOK" }],
  ],
  [
    "The fund holds 8 billion Swedish crowns and 2 billion Danish crowns, 10 billion crowns in all.",
    [{ currency: "SEK" }, { currency: "DKK" }, { text: "10 billion crowns", currency: "CZK" }],
  ],
];

export const FIX12_COMPOUNDS: Case[] = [
  // A word glued by a hyphen or digits to the one before continues the noun after "of"/"in".
  ["The mill rolled 1.4 million tonnes of cold-rolled sheet.", [{ subject: { text: "cold-rolled sheet" } }]],
  ["Brokers must hold N500 million in paid-up capital.", [{ subject: { text: "paid-up capital" } }]],
  ["The kiln will capture 250,000 tonnes of CO2 a year.", [{ subject: { text: "CO2" } }]],
  // The rate after the noun is the figure's ("a year"), unless no noun stands before it.
  ["The terminal will export 2 million tonnes of clinker a year.", [{ subject: { text: "clinker" } }]],
];

export const FIX12_RANGES: Case[] = [
  // The word that opens a range stands with it: the noun or verb before governs the range.
  [
    "The group expects core profit of between $2.1 billion and $2.3 billion.",
    [{ subject: { text: "core profit" } }],
  ],
  ["Brussels set tariffs of between 17% and 35% on the cars.", [{ subject: { text: "tariffs" } }]],
  ["Rents rose between 4% and 6% last year.", [{ change: UP, subject: { text: "Rents" } }]],
  [
    "The reform could cut waiting times by between 10 and 15 percent.",
    [{ change: DOWN, subject: { text: "waiting times" } }],
  ],
  ["Permit fees range from 2,000 dirhams to 9,000 dirhams.", [{ subject: { text: "Permit fees" } }]],
];

export const FIX12_RESULTS: Case[] = [
  // Results a named company reports or posts are its statement.
  [
    "Cemex reported a net profit of $210 million for the quarter.",
    [{ text: "$210 million", speaker: { name: "Cemex", mode: "reported" } }],
  ],
  [
    "Finnair posted a 9% rise in revenue on Thursday.",
    [{ text: "9%", speaker: { name: "Finnair", mode: "reported" } }],
  ],
  // Past an apposition or the day, and never a name after the results.
  [
    "Kumba Iron Ore, the country's biggest miner, reported a net profit of 9.3 billion rand.",
    [{ speaker: { name: "Kumba Iron Ore" } }],
  ],
  ["Holcim on Thursday reported a 6% rise in profit.", [{ speaker: { name: "Holcim" } }]],
  ["The IEA on Tuesday said demand would rise 2%.", [{ speaker: { name: "IEA" } }]],
  [
    "Maynilad, which serves Manila's west, reported a net income of P12.4 billion.",
    [{ speaker: { name: "Maynilad" } }],
  ],
  // Not a generic subject, nor a count reported.
  ["The company reported a 5% rise in sales.", [{ text: "5%", speaker: undefined }]],
  ["Shares posted gains of 3%.", [{ text: "3%", speaker: undefined }]],
];

export const FIX12_SOURCES: Case[] = [
  // A source named after the words that describe it, after "by"/"from" too.
  [
    "Funding fell 40%, according to a report by data provider Dealroom.",
    [{ text: "40%", speaker: { name: "Dealroom", mode: "reported" } }],
  ],
  [
    "Occupancy reached 81%, according to data from hotel analytics firm CoStar.",
    [{ text: "81%", speaker: { name: "CoStar", mode: "reported" } }],
  ],
  [
    "Shipments rose 6%, according to data from ship-tracking firm Vortexa.",
    [{ text: "6%", speaker: { name: "Vortexa", mode: "reported" } }],
  ],
  ["Bitcoin funds drew $2.2 billion last week, data from LSEG showed.", [{ speaker: { name: "LSEG" } }]],
  // Common nouns between a name and its verb; a descriptor before a name that opens the sentence.
  ["The Nuffield Trust think tank said 12% of beds were blocked.", [{ speaker: { name: "Nuffield Trust" } }]],
  [
    "Spending will reach $9 billion, Morgan Stanley economists said.",
    [{ speaker: { name: "Morgan Stanley" } }],
  ],
  [
    "Industry group Eurofer backed the plan, saying imports had taken a 27% share.",
    [{ text: "27%", speaker: { name: "Eurofer" } }],
  ],
  // An adverb or a helper between a name and its estimate, as between a name and "said".
  [
    "The Ministry of Finance had estimated a deficit of 4.1 billion euros.",
    [{ speaker: { name: "Ministry of Finance" } }],
  ],
  // An estimate by a firm's analysts, and an estimate whose clause opens with a capitalized word.
  ["Analysts at Citi estimate output will fall to 950 million tonnes.", [{ speaker: { name: "Citi" } }]],
  [
    "Analysts at Fitch Solutions expect Egyptian power demand to rise 6% in 2026.",
    [{ speaker: { name: "Fitch Solutions" } }],
  ],
  // The article before such a name is not part of it; a lower-case source is none.
  [
    "A Downing Street spokesman said nurses had received a rise of 15%.",
    [{ speaker: { name: "Downing Street" } }],
  ],
  ["Prices rose 5%, according to people familiar with the matter.", [{ speaker: undefined }]],
];

export const FIX12_DESTINATIONS: Case[] = [
  // Money sent somewhere measures what it goes to.
  ["Holcim is spending $400 million on a new clinker line.", [{ subject: { text: "a new clinker line" } }]],
  ["The city spends about 3 million pesos a day on water trucks.", [{ subject: { text: "water trucks" } }]],
  ["GlobalWafers is investing $5 billion in a wafer plant.", [{ subject: { text: "a wafer plant" } }]],
  [
    "The state has committed S$3 billion to the airport expansion.",
    [{ subject: { text: "the airport expansion" } }],
  ],
  ["Under the deal, $1.2 billion will go to the Ohio project.", [{ subject: { text: "the Ohio project" } }]],
  ["The unit exported $6.1 billion worth of goods.", [{ subject: { text: "goods" } }]],
  // Past a conversion and before a duration.
  [
    "ACSA will spend 21.7 billion rand ($1.2 billion) on runways over five years.",
    [{ subject: { text: "runways" } }, { subject: { text: "runways" } }],
  ],
  // A bare name it goes into is where; a passive's subject receives it (and names what it measures); "to"
  // and a verb is a purpose.
  ["Toyota invested $2 billion in Kenya.", [{ subject: { text: "Toyota" } }]],
  ["The ministry has been allocated Rs 2,541 crore in the budget.", [{ subject: { text: "The ministry" } }]],
];

export const FIX12_WAITS: Case[] = [
  // The length of a wait or a stay is a measure; a span of time stays a period.
  [
    "The average wait for knee surgery lengthened to 131 days from 118 days.",
    [
      {
        kind: "QUANTITY",
        value: 131,
        unit: "days",
        change: undefined,
        subject: { text: "The average wait for knee surgery" },
      },
      { kind: "QUANTITY", value: 118, unit: "days" },
    ],
  ],
  ["The average length of stay fell to 7.9 days.", [{ kind: "QUANTITY", value: 7.9, unit: "days" }]],
  [
    "Median waiting times rose to 21 weeks.",
    [{ kind: "QUANTITY", value: 21, unit: "weeks", subject: { text: "Median waiting times" } }],
  ],
  ["Patients waited an average of 6.4 months.", [{ kind: "QUANTITY", value: 6.4, unit: "months" }]],
  [
    "The wait was 94 days, down from 101 days six months earlier.",
    [{ value: 94 }, { value: 101, period: { text: "six months earlier" } }],
  ],
];

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX12_NOW: Case[] = [
  // "now", "today", "at present" right after a figure date that figure to the month of publication.
  [
    "The fleet will grow to 220 aircraft by 2030 from 161 now.",
    [
      { period: { text: "by 2030" } },
      { value: 161, period: { text: "now", from: "2026-11", to: "2026-11" } },
    ],
    PUB,
  ],
  [
    "Gas demand should reach 9 bcm by 2030, up from about 1.2 bcm today.",
    [{ period: { text: "by 2030" } }, { value: 1.2, unit: "bcm", period: { text: "today" } }],
    PUB,
  ],
  [
    "Output will reach 3.4 million bpd in 2027, up from 3.1 million bpd at present.",
    [{}, { period: { text: "at present" } }],
    PUB,
  ],
  // Only that figure's: "will pay about R642, up from R571 currently" leaves the R642 undated.
  [
    "A household will pay about $64, up from $57 currently.",
    [
      { value: 64, period: undefined },
      { value: 57, period: { text: "currently" } },
    ],
    PUB,
  ],
];

export const FIX12_UNITS: Case[] = [
  // A bare "Nm" beside millions of a unit is millions of that unit, not metres (since session 26 one range).
  [
    "Output will rise to between 3.5m and 4m tonnes a year.",
    [{ value: 3.5e6, high: 4e6, unit: "tonnes a year" }],
  ],
  ["Exports fell to 2m tonnes, down from 2.6m in 2024.", [{ value: 2e6 }, { value: 2.6e6, unit: "tonnes" }]],
  ["The mast is 300m tall.", [{ value: 300, unit: "m" }]],
  // Volumes and flows of water and gas; patacas.
  ["Arizona will lose 512,000 acre-feet.", [{ kind: "QUANTITY", unit: "acre-feet" }]],
  ["The dam would store 8.1 million acre feet.", [{ kind: "QUANTITY", unit: "acre feet" }]],
  [
    "The reservoir holds 196 gigalitres.",
    [{ kind: "QUANTITY", unit: "gigalitres", subject: { text: "The reservoir" } }],
  ],
  ["The city received 1,450 MLD.", [{ kind: "QUANTITY", unit: "MLD" }]],
  ["Capacity will reach 142 mtpa.", [{ kind: "QUANTITY", unit: "mtpa", subject: { text: "Capacity" } }]],
  ["Output fell to 4.7 bcf/d.", [{ kind: "QUANTITY", unit: "bcf/d" }]],
  ["Gaming revenue rose to 17.7 billion patacas.", [{ kind: "MONEY", currency: "MOP" }]],
  // A rate after what the unit measures, and a rate of a rate, are the unit's.
  [
    "The works treat 1.9 billion litres of sewage a day.",
    [{ unit: "litres a day", subject: { text: "sewage" } }],
  ],
  ["The cap is 180 litres per person per day.", [{ unit: "litres per person per day" }]],
  // The level a figure came from takes the unit of the level before the change that restates it.
  [
    "Wizz carried 6.1 million passengers in June, up 8% from 5.6 million.",
    [{}, {}, { kind: "QUANTITY", value: 5.6e6, unit: "passengers" }],
  ],
];

export const FIX12_PREDICATES: Case[] = [
  // A verb after "and" opens a predicate with its own time: the period after it is not the figure's before.
  [
    "The group employs 21,000 people and plans to hire 900 more in 2027.",
    [{ text: "21,000 people", period: undefined }, { period: { text: "2027" } }],
    PUB,
  ],
  [
    "The carrier cut its costs by 7% and wants to double its fleet to 50 aircraft by 2030.",
    [{ text: "7%", period: undefined }, { period: { text: "by 2030" } }],
    PUB,
  ],
  // Not a noun after "and": "and 2% in Belgium in May".
  [
    "Prices rose 4% in Austria and 2% in Belgium in May.",
    [{ period: { text: "May" } }, { period: { text: "May" } }],
    PUB,
  ],
];

export const FIX12_AIRCRAFT: Case[] = [
  // A maker and a model, or an airliner's number, between a count and its noun.
  ["The airline ordered 40 Airbus A350 jets.", [{ kind: "QUANTITY", value: 40, unit: "jets" }]],
  ["It will lease 12 Boeing 787-9 aircraft.", [{ kind: "QUANTITY", value: 12, unit: "aircraft" }]],
  ["The carrier signed for 8 Embraer E195-E2 jets.", [{ kind: "QUANTITY", value: 8, unit: "jets" }]],
  // Airliners counted by their model's name; the model number is no figure.
  [
    "Deliveries included 31 787 Dreamliners, 6 777 freighters and three 767s.",
    [
      { value: 31, unit: "Dreamliners" },
      { value: 6, unit: "freighters" },
      { value: 3, unit: "767s" },
    ],
  ],
  ["The fleet has 64 Boeing 737s.", [{ value: 64, unit: "Boeing 737s" }]],
];

export const FIX12_HOLDERS: Case[] = [
  // A ranking's figure measures what holds the rank.
  [
    "Japan was the largest source market with 2.3 million visitors, followed by Korea with 1.1 million.",
    [{ subject: { text: "Japan" } }, { subject: { text: "Korea" } }],
  ],
  ["Germany remained the biggest buyer at 40,000 tonnes.", [{ subject: { text: "Germany" } }]],
  // Verbs of output, counting, crossing, "came in at", "budgeted at".
  ["Nigeria pumped 1.5 million barrels per day last month.", [{ subject: { text: "Nigeria" } }]],
  ["Arrivals from Europe numbered 3.1 million.", [{ subject: { text: "Arrivals from Europe" } }]],
  ["Software exports crossed $200 billion.", [{ subject: { text: "Software exports" } }]],
  ["Operating margin came in at 17.9% in the quarter.", [{ subject: { text: "Operating margin" } }]],
  ["The fuel subsidy is budgeted at 40 billion pounds.", [{ subject: { text: "The fuel subsidy" } }]],
  ["The council has budgeted $5 million for flood defences.", [{ subject: { text: "flood defences" } }]],
  // A count a maker turns out is the maker's (session 27; it had counted its unit, "cars").
  ["The plant produced 5,000 cars.", [{ subject: { text: "The plant" } }]],
];

export const FIX12_MARGINS: Case[] = [
  // "plus or minus" before money is a margin, not a negative amount.
  [
    "Revenue will be $2.1 billion, plus or minus $40 million.",
    [{ value: 2.1e9 }, { text: "$40 million", value: 40e6 }],
  ],
  ["Net cash was minus $5 million.", [{ text: "minus $5 million", value: -5e6 }]],
];

export const FIX12_NONE: Case[] = [
  // The wires' note of the exchange rate used is no figure of the story.
  ["($1 = 34.35 baht)", []],
  ["(1 euro = 1.08 dollars)", []],
  // The sources of a report counted in words are no figure.
  ["Output will rise, two sources familiar with the plan said.", []],
  ["Three traders said offers fell.", []],
];

export const FIX12_PARALLEL_PERIODS: Case[] = [
  // A past parallel clause after ", while" with no period of its own reports for the period before it.
  [
    "Copper output fell 6% in January-June, while zinc output rose 4% to 210,000 tonnes.",
    [
      { period: { text: "January-June" } },
      { period: { text: "January-June" } },
      { period: { text: "January-June" } },
    ],
    PUB,
  ],
  [
    "Revenue rose 4% in the quarter, while margins were flat at 12%.",
    [{ period: { text: "quarter" } }, { period: { text: "quarter" } }],
    PUB,
  ],
  // Not a clause that looks ahead, nor a level it came from.
  [
    "Sales rose 5% in 2025, while the group expects growth of 3%.",
    [{ period: { text: "2025" } }, { period: undefined }],
    PUB,
  ],
  [
    "Profit rose to $920 million from $740 million a year earlier, while revenue climbed 8%.",
    [{}, {}, { text: "8%", period: undefined }],
    PUB,
  ],
];

export const FIX12_NAMED_AGAIN: Case[] = [
  // The story's own period named again: text only, or the dates of the same unit named before it.
  ["Despatches rose 4% during the month.", [{ period: { text: "month" } }]],
  [
    "Carriers flew 15.2 million passengers in March, a record for the month.",
    [{ period: { text: "March", from: "2026-03" } }],
    PUB,
  ],
  [
    "Output rose 3% in the first ten months of the year.",
    [{ period: { text: "first ten months of the year" } }],
  ],
  [
    "Margin was 61%, compared with 57% in the same period of 2025.",
    [{}, { period: { text: "same period of 2025", from: "2025", to: "2025" } }],
  ],
  ["Capacity will reach 40 GW by the end of the decade.", [{ period: { text: "by the end of the decade" } }]],
];

export const FIX12_NOUNS_IN_LY: Case[] = [
  // "supply" is a noun in a subject, not an adverb before the verb.
  ["Global stablecoin supply has grown about 45%.", [{ subject: { text: "Global stablecoin supply" } }]],
];

export const FIX12_EVENT_CLAUSES: Case[] = [
  // A clause of cause or time with its own past verb, after the period, is not dated by it.
  [
    "Rebar prices have risen 20% since the start of the year after the government raised tariffs to 40%.",
    [{ period: { text: "since the start of the year" } }, { text: "40%", period: undefined }],
  ],
  // "when" tells the time of the period before it.
  ["It was a difficult 2024, when consumption fell 6.5%.", [{ period: { text: "2024" } }]],
  ["Bills rose in March 2024, when tanker prices doubled to Rs 2,000.", [{ period: { text: "March 2024" } }]],
];

export const FIX12_SET_OFF: Case[] = [
  // A comparison set off by a comma right after the figure before measures the same thing.
  [
    "Fuel costs rose to $1.3 billion, an increase of $80 million.",
    [{ subject: { text: "Fuel costs" } }, { subject: { text: "Fuel costs" } }],
  ],
  [
    "Passenger numbers rose to 5.6 million, still about 12% below pre-pandemic levels.",
    [{ subject: { text: "Passenger numbers" } }, { subject: { text: "Passenger numbers" } }],
  ],
  [
    "Stocks stood at 2.79 billion barrels, 101.6 million barrels below the five-year average.",
    [{ subject: { text: "Stocks" } }, { subject: { text: "Stocks" } }],
  ],
];

export const FIX12_CONTACT_CLAUSES: Case[] = [
  // A relative clause right after "the" and money names who expected it, not what it measures.
  ["Revenue fell short of the 6.2 billion dinars the government had projected.", [{ subject: undefined }]],
  // (A target beaten measures what beat it, as a level compared does: session 16.)
  ["Profit beat the $3 billion it had targeted.", [{ subject: { text: "Profit" } }]],
];

export const FIX12_PRICES_AT: Case[] = [
  // A price offered or sold at, and a rate a plant runs at, measure what is offered or runs.
  ["Mills are offering wire rod at $540 a tonne.", [{ subject: { text: "wire rod" } }]],
  [
    "Rebar made by Tata Steel was offered at 52,000 rupees a tonne.",
    [{ subject: { text: "Rebar made by Tata Steel" } }],
  ],
  ["Japanese mills were running at about 72% of capacity.", [{ subject: { text: "Japanese mills" } }]],
  ["Cement is selling at around Rs 390 a bag.", [{ subject: { text: "Cement" } }]],
  // A share a verb of spending or output takes is of its object.
  [
    "Portugal spends about 9.8% of its gross domestic product on health.",
    [{ subject: { text: "its gross domestic product" } }],
  ],
  ["The utility pumps 55% of its water from wells.", [{ subject: { text: "its water" } }]],
  // A reduced relative clause stays in the subject.
  [
    "Burglaries reported to police in Leeds rose 5%.",
    [{ subject: { text: "Burglaries reported to police in Leeds" } }],
  ],
];

export const FIX12_PARTICIPLES: Case[] = [
  // A participle that sets or brings a level moves its object.
  ["Shares jumped, valuing the group at about $12 billion.", [{ subject: { text: "the group" } }]],
  [
    "Sales rose 4% in May, bringing sales for January-May to 41.2 million tonnes.",
    [{}, { subject: { text: "sales" } }],
  ],
  ["The bank acted, setting the official rate at 4.9 dinars.", [{ subject: { text: "the official rate" } }]],
  [
    "The plant adds capacity, taking Oman's total output to 16 mtpa.",
    [{ subject: { text: "Oman's total output" } }],
  ],
];
