import type { Case } from "./case-types.ts";

/**
 * SECOND BLIND set. The first blind set (cases-blind.ts) was tuned on after it was measured, so it no longer
 * measures honestly. These cases were written in one sitting, from registers and outlets the rules were
 * not written against (results tables read as prose, IMF/World Bank reports, crypto, real estate, farm
 * yields, energy in MW/GW/barrels, health statistics, turnout and vote shares, casualty counts, football
 * transfers in € and £, funding rounds, basis points, Indian/Nigerian/Kenyan/Brazilian/Indonesian/Japanese/
 * Korean outlets, all-caps headlines, lower-case social text, pre-tokenized text, and non-figures: dates,
 * ordinals, phone numbers, times, addresses, model names, versions, list numbering), against the
 * conventions of docs/extraction-figures.md, BEFORE any of them was run.
 *
 * Same semantics as cases-blind.ts: through the whole extract() (entities included), every named field
 * judged (a field expected as undefined must be absent). `npx tsx tests/extraction/figures/blind-check.ts
 * -v 2` prints the rate now and the misses.
 *
 * BEFORE any fix (commit of this file, full criterion, via extract(), entities included): 187 of 205
 * (91.2%). Per topic: results 11/12, institutions 9/10, crypto 9/10, real estate 8/10, agriculture 10/10,
 * energy 11/11, health 10/10, elections 7/10, casualties 8/8, transfers 9/10, funding 10/10, rates 8/8,
 * india 7/8, africa 7/9, brazil 5/5, indonesia 4/5, japan korea 9/9, headlines 10/10, lower-case 8/9,
 * pre-tokenized 5/6, none 22/25.
 * Bench criterion (kind, value, currency; bench/figure-accuracy.ts): 92.2% before.
 *
 * AFTER the general fixes: 201 of 205 (98.0%; bench criterion 98.5%); the four misses are in backlog.ts
 * (BLIND2_MISSES). That figure is no longer blind: the fixes were made looking at these misses.
 */
const USD = "USD";
const PUB = { publishedAt: "2024-08-15" };
const PUB_APR = { publishedAt: "2024-04-25" };

export const BLIND2_RESULTS: Case[] = [
  [
    "Revenue for the quarter came in at $25.2 billion, against analyst estimates of $24.1 billion.",
    [
      { kind: "MONEY", text: "$25.2 billion", value: 2.52e10, currency: USD },
      { kind: "MONEY", text: "$24.1 billion", value: 2.41e10, currency: USD },
    ],
  ],
  [
    "Adjusted earnings per share were $1.52, compared with $1.29 in the year-ago period.",
    [
      { text: "$1.52", value: 1.52 },
      { text: "$1.29", value: 1.29 },
    ],
  ],
  [
    "Operating margin narrowed to 18.4% from 21.7%.",
    [
      { kind: "PERCENT", text: "18.4%", value: 18.4 },
      { kind: "PERCENT", text: "21.7%", value: 21.7 },
    ],
  ],
  [
    "Gross profit increased 11 per cent to £412m.",
    [
      {
        kind: "PERCENT",
        text: "11 per cent",
        value: 11,
        change: { direction: "increase", measure: "relative" },
      },
      { kind: "MONEY", text: "£412m", value: 4.12e8, currency: "GBP" },
    ],
  ],
  [
    "The company swung to a net loss of $312 million from a profit of $98 million a year earlier.",
    [
      { kind: "MONEY", text: "$312 million", value: 3.12e8 },
      { kind: "MONEY", text: "$98 million", value: 9.8e7 },
    ],
  ],
  [
    "Free cash flow was €1.9bn, while net debt stood at €7.4bn at the end of June.",
    [
      { kind: "MONEY", text: "€1.9bn", value: 1.9e9, currency: "EUR" },
      { kind: "MONEY", text: "€7.4bn", value: 7.4e9, currency: "EUR", period: { text: "end of June" } },
    ],
  ],
  [
    "Same-store sales declined 2.3% in the second quarter.",
    [
      {
        kind: "PERCENT",
        text: "2.3%",
        value: 2.3,
        change: { direction: "decrease", measure: "relative" },
        subject: { text: "Same-store sales" },
        period: { text: "second quarter" },
      },
    ],
  ],
  [
    "The board declared a quarterly dividend of 24 cents per share.",
    [{ kind: "MONEY", text: "24 cents", value: 0.24, currency: USD }],
  ],
  [
    "The group guided for full-year revenue of $14.5 billion to $15 billion.",
    [{ kind: "MONEY", value: 1.45e10, high: 1.5e10, currency: USD }],
  ],
  [
    "Capital expenditure is expected to be roughly $8bn next year.",
    [{ kind: "MONEY", text: "$8bn", value: 8e9, qualifier: "approximate" }],
  ],
  [
    "Subscribers rose by 8.05 million to 277.65 million.",
    [
      { value: 8.05e6, change: { direction: "increase", measure: "absolute" } },
      { value: 2.7765e8, change: undefined },
    ],
  ],
  [
    "Shares closed down 7.8 per cent at 1,214 pence.",
    [
      { kind: "PERCENT", value: 7.8, change: { direction: "decrease" } },
      { kind: "MONEY", text: "1,214 pence", value: 12.14, currency: "GBP" },
    ],
  ],
];

export const BLIND2_INSTITUTIONS: Case[] = [
  [
    "The IMF projects global growth at 3.2 percent in 2024 and 2025.",
    [{ kind: "PERCENT", text: "3.2 percent", value: 3.2, speaker: undefined }],
  ],
  [
    "The World Bank approved a $1.5 billion loan to support Pakistan's flood recovery.",
    [{ kind: "MONEY", text: "$1.5 billion", value: 1.5e9, currency: USD }],
  ],
  [
    "Sub-Saharan Africa's public debt has risen to nearly 60 percent of GDP, the Fund said.",
    [{ kind: "PERCENT", text: "60 percent", value: 60, qualifier: "approximate" }],
  ],
  [
    "About 700 million people live in extreme poverty, on less than $2.15 a day.",
    [
      { kind: "QUANTITY", text: "700 million people", value: 7e8, qualifier: "approximate" },
      { kind: "MONEY", text: "$2.15", value: 2.15, qualifier: "upper_bound" },
    ],
  ],
  [
    "The program unlocks an immediate disbursement of about SDR 760 million (about $1 billion).",
    [
      { kind: "MONEY", text: "SDR 760 million", value: 7.6e8, currency: "XDR" },
      { kind: "MONEY", text: "$1 billion", value: 1e9, currency: USD, qualifier: "approximate" },
    ],
  ],
  [
    "Inflation is forecast to fall to 5.8 percent this year from 6.8 percent in 2023, the IMF said.",
    [
      // Written as "IMF"; a speaker is named by its entity's canonical name, the full one since version 4.
      {
        text: "5.8 percent",
        value: 5.8,
        speaker: { name: "International Monetary Fund", mode: "reported" },
      },
      { text: "6.8 percent", value: 6.8, period: { text: "2023" } },
    ],
  ],
  [
    "“Growth remains too weak,” IMF Managing Director Kristalina Georgieva said, cutting the forecast by 0.2 percentage point.",
    [{ value: 0.2, change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  [
    "Remittances to low- and middle-income countries reached $656 billion in 2023.",
    [{ kind: "MONEY", text: "$656 billion", value: 6.56e11, period: { text: "2023" } }],
  ],
  [
    "The current account deficit widened to 4.1 percent of GDP.",
    [{ kind: "PERCENT", text: "4.1 percent", value: 4.1 }],
  ],
  [
    "Global public debt will exceed $100 trillion this year, according to the International Monetary Fund.",
    [
      {
        kind: "MONEY",
        text: "$100 trillion",
        value: 1e14,
        qualifier: "lower_bound",
        speaker: { name: "International Monetary Fund", mode: "reported" },
      },
    ],
  ],
];

export const BLIND2_CRYPTO: Case[] = [
  [
    "Bitcoin climbed 6.1% to $67,432 on Monday.",
    [
      { kind: "PERCENT", value: 6.1, change: { direction: "increase" } },
      { kind: "MONEY", text: "$67,432", value: 67432, currency: USD },
    ],
  ],
  [
    "The total crypto market capitalization topped $2.5 trillion.",
    [{ kind: "MONEY", text: "$2.5 trillion", value: 2.5e12, qualifier: "lower_bound" }],
  ],
  [
    "Spot bitcoin ETFs drew net inflows of $886 million on Thursday.",
    [{ kind: "MONEY", text: "$886 million", value: 8.86e8 }],
  ],
  ["Ether slid 4 per cent to about $3,050.", [{ value: 4 }, { value: 3050, qualifier: "approximate" }]],
  [
    "Hackers stole roughly $600 million in tokens from the Poly Network bridge.",
    [{ kind: "MONEY", text: "$600 million", value: 6e8, qualifier: "approximate" }],
  ],
  [
    "More than $1 billion in leveraged positions were liquidated in 24 hours.",
    [{ kind: "MONEY", text: "$1 billion", value: 1e9, qualifier: "lower_bound" }],
  ],
  [
    "The stablecoin's supply has grown to 110 billion tokens.",
    [{ kind: "QUANTITY", text: "110 billion tokens", value: 1.1e11 }],
  ],
  ["Bitcoin's hashrate hit a record of 600 EH/s.", [{ kind: "QUANTITY", value: 600 }]],
  [
    "Solana gained 12% over the week while Dogecoin dropped 3%.",
    [
      { value: 12, change: { direction: "increase" } },
      { value: 3, change: { direction: "decrease" } },
    ],
  ],
  [
    "The exchange processed $14 billion in trading volume over the past 24 hours.",
    [{ kind: "MONEY", text: "$14 billion", value: 1.4e10 }],
  ],
];

export const BLIND2_REAL_ESTATE: Case[] = [
  [
    "The median home price rose 4.1% from a year earlier to $419,300.",
    [
      { value: 4.1, change: { direction: "increase", base: "a year earlier" } },
      { kind: "MONEY", text: "$419,300", value: 419300 },
    ],
  ],
  [
    "The average rate on a 30-year fixed mortgage fell to 6.47%.",
    [{ kind: "PERCENT", text: "6.47%", value: 6.47, change: undefined }],
  ],
  [
    "Housing starts dropped 5.5% to a seasonally adjusted annual rate of 1.28 million units.",
    [
      { value: 5.5, change: { direction: "decrease" } },
      { kind: "QUANTITY", text: "1.28 million units", value: 1.28e6 },
    ],
  ],
  [
    "The penthouse sold for £21.5 million, a record for the borough.",
    [{ kind: "MONEY", text: "£21.5 million", value: 2.15e7, currency: "GBP" }],
  ],
  [
    "Office vacancy rates reached 19.6 percent in the first quarter.",
    [{ kind: "PERCENT", value: 19.6, period: { text: "first quarter", from: "2024-01", to: "2024-03" } }],
    PUB_APR,
  ],
  [
    "The 45-storey tower will offer 520 apartments and 12,000 square metres of retail space.",
    [
      { kind: "QUANTITY", text: "520 apartments", value: 520 },
      { kind: "QUANTITY", value: 12000 },
    ],
  ],
  [
    "Rents in Dubai climbed 20% year-on-year.",
    [{ value: 20, change: { direction: "increase", base: "year-on-year" } }],
  ],
  [
    "The developer bought the 3.2-hectare site for A$145 million.",
    [
      { kind: "QUANTITY", value: 3.2 },
      { kind: "MONEY", text: "A$145 million", value: 1.45e8, currency: "AUD" },
    ],
  ],
  [
    "Pending home sales slipped 7.7 percent in April.",
    [{ value: 7.7, change: { direction: "decrease" }, period: { text: "April", from: "2024-04" } }],
    PUB,
  ],
  [
    "Properties priced at over HK$10 million account for a fifth of deals.",
    [
      { kind: "MONEY", text: "HK$10 million", value: 1e7, currency: "HKD", qualifier: "lower_bound" },
      { kind: "NUMBER", value: 0.2 },
    ],
  ],
];

export const BLIND2_AGRICULTURE: Case[] = [
  [
    "Wheat production is estimated at a record 112.9 million tonnes.",
    [{ kind: "QUANTITY", text: "112.9 million tonnes", value: 1.129e8 }],
  ],
  ["Corn yields averaged 177.3 bushels per acre.", [{ kind: "QUANTITY", value: 177.3 }]],
  [
    "Farmers planted 90 million acres of corn this year, down 4% from last year.",
    [
      { kind: "QUANTITY", text: "90 million acres", value: 9e7 },
      { value: 4, change: { direction: "decrease" } },
    ],
  ],
  [
    "Coffee futures jumped 3.5% to $2.45 a pound.",
    [
      { value: 3.5, change: { direction: "increase" } },
      { kind: "MONEY", text: "$2.45", value: 2.45 },
    ],
  ],
  ["The monsoon was 8% below the long-period average.", [{ kind: "PERCENT", text: "8%", value: 8 }]],
  [
    "Rice exports fell to 16.5 million tonnes in 2023.",
    [{ kind: "QUANTITY", text: "16.5 million tonnes", value: 1.65e7, period: { text: "2023" } }],
  ],
  [
    "Cocoa prices have more than doubled to over $10,000 a tonne.",
    [{ kind: "MONEY", text: "$10,000", value: 10000, qualifier: "lower_bound" }],
  ],
  [
    "The government raised the minimum support price for paddy by Rs 143 per quintal.",
    [{ kind: "MONEY", text: "Rs 143", value: 143, currency: "INR", change: { direction: "increase" } }],
  ],
  [
    "Around 2,300 hectares of farmland were flooded.",
    [{ kind: "QUANTITY", text: "2,300 hectares", value: 2300, qualifier: "approximate" }],
  ],
  [
    "Milk output grew 3.8 per cent to 230.6 million tonnes.",
    [{ value: 3.8 }, { kind: "QUANTITY", value: 2.306e8 }],
  ],
];

export const BLIND2_ENERGY: Case[] = [
  [
    "OPEC+ agreed to cut output by 2 million barrels per day.",
    [{ kind: "QUANTITY", value: 2e6, change: { direction: "decrease" } }],
  ],
  [
    "Brent crude futures rose $1.12, or 1.4%, to $82.36 a barrel.",
    [
      { kind: "MONEY", text: "$1.12", value: 1.12, change: { direction: "increase", measure: "absolute" } },
      { kind: "PERCENT", value: 1.4, change: { direction: "increase" } },
      { kind: "MONEY", text: "$82.36", value: 82.36 },
    ],
  ],
  [
    "The 1.1 GW offshore wind farm will power about 1 million homes.",
    [
      { kind: "QUANTITY", value: 1.1 },
      { kind: "QUANTITY", text: "1 million homes", value: 1e6, qualifier: "approximate" },
    ],
  ],
  ["India added 13.5 GW of solar capacity in the fiscal year.", [{ kind: "QUANTITY", value: 13.5 }]],
  ["The plant has an installed capacity of 450 MW.", [{ kind: "QUANTITY", value: 450 }]],
  [
    "US crude inventories fell by 4.2 million barrels last week.",
    [{ kind: "QUANTITY", value: 4.2e6, change: { direction: "decrease" } }],
  ],
  [
    "Natural gas prices in Europe surged 15% to €45 per megawatt hour.",
    [
      { value: 15, change: { direction: "increase" } },
      { kind: "MONEY", text: "€45", value: 45, currency: "EUR" },
    ],
  ],
  ["Electricity demand peaked at 250 gigawatts on Thursday.", [{ kind: "QUANTITY", value: 250 }]],
  [
    "Saudi Aramco posted net income of $27.3 billion for the quarter.",
    [{ kind: "MONEY", text: "$27.3 billion", value: 2.73e10 }],
  ],
  ["LNG imports rose 12 percent to 8.6 million tons.", [{ value: 12 }, { kind: "QUANTITY", value: 8.6e6 }]],
  [
    "Petrol will cost 1.80 euros a litre from Monday.",
    [{ kind: "MONEY", text: "1.80 euros", value: 1.8, currency: "EUR" }],
  ],
];

export const BLIND2_HEALTH: Case[] = [
  [
    "The vaccine was 94.1% effective at preventing symptomatic illness.",
    [{ kind: "PERCENT", text: "94.1%", value: 94.1 }],
  ],
  [
    "Malaria killed an estimated 608,000 people in 2022, the World Health Organization said.",
    [
      {
        kind: "QUANTITY",
        text: "608,000 people",
        value: 608000,
        qualifier: "approximate",
        period: { text: "2022" },
        speaker: { name: "World Health Organization", mode: "reported" },
      },
    ],
  ],
  [
    "Hospitalizations rose 18 percent week over week.",
    [{ value: 18, change: { direction: "increase", measure: "relative" } }],
  ],
  [
    "Some 1.3 billion adults worldwide have high blood pressure.",
    [{ kind: "QUANTITY", text: "1.3 billion adults", value: 1.3e9, qualifier: "approximate" }],
  ],
  [
    "The drug cut the risk of death by 20% compared with placebo.",
    [{ value: 20, change: { direction: "decrease", base: "placebo" } }],
  ],
  [
    "The trial enrolled 3,400 patients across 12 countries.",
    [
      { kind: "QUANTITY", text: "3,400 patients", value: 3400 },
      { kind: "QUANTITY", text: "12 countries", value: 12 },
    ],
  ],
  [
    "Measles cases jumped to 58,000 in Europe last year.",
    [{ value: 58000, period: { text: "last year", from: "2023" } }],
    PUB,
  ],
  ["Obesity rates among children have tripled since 1990.", []],
  [
    "The health ministry reported 1,245 new infections and 17 deaths.",
    [
      { kind: "QUANTITY", text: "1,245 new infections", value: 1245 },
      { kind: "QUANTITY", text: "17 deaths", value: 17 },
    ],
  ],
  [
    "A course of the drug costs up to $1,300 a month.",
    [{ kind: "MONEY", text: "$1,300", value: 1300, qualifier: "upper_bound" }],
  ],
];

export const BLIND2_ELECTIONS: Case[] = [
  ["Turnout was 66.3%, the highest since 1992.", [{ kind: "PERCENT", text: "66.3%", value: 66.3 }]],
  [
    "She won 52.4 percent of the vote to his 46.1 percent.",
    [
      { kind: "PERCENT", value: 52.4 },
      { kind: "PERCENT", value: 46.1 },
    ],
  ],
  [
    "The ruling party secured 293 of the 543 seats.",
    [{ value: 293 }, { kind: "QUANTITY", text: "543 seats", value: 543 }],
  ],
  [
    "More than 640 million voters cast ballots, the Election Commission said.",
    [
      {
        kind: "QUANTITY",
        text: "640 million voters",
        value: 6.4e8,
        qualifier: "lower_bound",
        speaker: { name: "Election Commission" },
      },
    ],
  ],
  ["His lead narrowed to 2 percentage points in the latest poll.", [{ kind: "PERCENT", value: 2 }]],
  ["The referendum passed with 61% voting yes.", [{ kind: "PERCENT", text: "61%", value: 61 }]],
  [
    "The candidate received 74.2 million votes.",
    [{ kind: "QUANTITY", text: "74.2 million votes", value: 7.42e7, unit: "votes" }],
  ],
  [
    "Campaigns spent a combined $14.4 billion on the 2020 races.",
    [{ kind: "MONEY", text: "$14.4 billion", value: 1.44e10 }],
  ],
  ["The margin of error is plus or minus 3.1 percentage points.", [{ kind: "PERCENT", value: 3.1 }]],
  [
    "Voter turnout dropped by 5 points from the last election.",
    [{ value: 5, change: { direction: "decrease", measure: "percentage_points" } }],
  ],
];

export const BLIND2_CASUALTIES: Case[] = [
  [
    "The earthquake killed at least 2,960 people and injured more than 5,500.",
    [
      { kind: "QUANTITY", text: "2,960 people", value: 2960, qualifier: "lower_bound" },
      { value: 5500, qualifier: "lower_bound" },
    ],
  ],
  [
    "Floods have displaced nearly 1.2 million people across the region.",
    [{ kind: "QUANTITY", text: "1.2 million people", value: 1.2e6, qualifier: "approximate" }],
  ],
  ["The death toll climbed to 143 on Wednesday, officials said.", [{ value: 143, speaker: undefined }]],
  ["A suicide bomber killed 23 people at a market.", [{ kind: "QUANTITY", text: "23 people", value: 23 }]],
  [
    "Up to 300 people are feared missing after the landslide.",
    [{ kind: "QUANTITY", text: "300 people", value: 300, qualifier: "upper_bound" }],
  ],
  [
    "Some 4,000 homes were destroyed by the wildfire, which burned 55,000 acres.",
    [
      { kind: "QUANTITY", text: "4,000 homes", value: 4000, qualifier: "approximate" },
      { kind: "QUANTITY", text: "55,000 acres", value: 55000 },
    ],
  ],
  [
    "Dozens were killed and 120 wounded, the Red Crescent said.",
    [{ value: 120, speaker: { name: "Red Crescent" } }],
  ],
  [
    "The storm caused an estimated $50 billion in insured losses.",
    [{ kind: "MONEY", text: "$50 billion", value: 5e10, qualifier: "approximate" }],
  ],
];

export const BLIND2_TRANSFERS: Case[] = [
  [
    "Chelsea signed Enzo Fernandez for a British record £106.8m.",
    [{ kind: "MONEY", text: "£106.8m", value: 1.068e8, currency: "GBP" }],
  ],
  [
    "Real Madrid paid €103m up front, with a further €30m in add-ons.",
    [
      { kind: "MONEY", text: "€103m", value: 1.03e8, currency: "EUR" },
      { kind: "MONEY", text: "€30m", value: 3e7, currency: "EUR" },
    ],
  ],
  [
    "The striker earns £350,000 a week.",
    [{ kind: "MONEY", text: "£350,000", value: 350000, currency: "GBP" }],
  ],
  [
    "The deal is worth up to £60 million including add-ons.",
    [{ kind: "MONEY", text: "£60 million", value: 6e7, qualifier: "upper_bound" }],
  ],
  [
    "Bayern have a release clause of 90 million euros.",
    [{ kind: "MONEY", text: "90 million euros", value: 9e7, currency: "EUR" }],
  ],
  ["The midfielder signed a five-year contract on Tuesday.", []],
  [
    "Premier League clubs spent a record £2.36bn in the summer window.",
    [{ kind: "MONEY", text: "£2.36bn", value: 2.36e9, currency: "GBP" }],
  ],
  [
    "Saudi side Al-Hilal offered €300m for the forward.",
    [{ kind: "MONEY", text: "€300m", value: 3e8, currency: "EUR" }],
  ],
  [
    "He scored 36 goals in 35 league appearances.",
    [
      { kind: "QUANTITY", text: "36 goals", value: 36 },
      { kind: "QUANTITY", value: 35 },
    ],
  ],
  ["The £47m-rated defender is out for six weeks.", [{ kind: "MONEY", text: "£47m", value: 4.7e7 }]],
];

export const BLIND2_FUNDING: Case[] = [
  [
    "The startup raised a Series B of $40m led by Sequoia.",
    [{ kind: "MONEY", text: "$40m", value: 4e7, currency: USD }],
  ],
  [
    "Mistral AI closed a €600 million funding round at a €6 billion valuation.",
    [
      { kind: "MONEY", text: "€600 million", value: 6e8, currency: "EUR" },
      { kind: "MONEY", text: "€6 billion", value: 6e9, currency: "EUR" },
    ],
  ],
  ["The fintech is now valued at $1.2bn after the round.", [{ kind: "MONEY", text: "$1.2bn", value: 1.2e9 }]],
  [
    "Anthropic has raised $7.3 billion over the past year.",
    [{ kind: "MONEY", text: "$7.3 billion", value: 7.3e9 }],
  ],
  [
    "The seed round of $3.5 million included angel investors.",
    [{ kind: "MONEY", text: "$3.5 million", value: 3.5e6 }],
  ],
  [
    "Global venture funding fell 38% to $285 billion in 2023, according to Crunchbase.",
    [
      { value: 38, change: { direction: "decrease" }, speaker: { name: "Crunchbase", mode: "reported" } },
      { kind: "MONEY", text: "$285 billion", value: 2.85e11, period: { text: "2023" } },
    ],
  ],
  [
    "The company, which has 140 employees, will use the money to hire.",
    [{ kind: "QUANTITY", text: "140 employees", value: 140 }],
  ],
  ["Revenue run-rate crossed $100M ARR in March.", [{ kind: "MONEY", value: 1e8, qualifier: "lower_bound" }]],
  [
    "Investors poured $29.1 billion into generative AI startups.",
    [{ kind: "MONEY", text: "$29.1 billion", value: 2.91e10 }],
  ],
  [
    "The Bengaluru-based startup raised ₹250 crore in a Series C round.",
    [{ kind: "MONEY", text: "₹250 crore", value: 2.5e9, currency: "INR" }],
  ],
];

export const BLIND2_RATES: Case[] = [
  [
    "The Fed cut its benchmark rate by 50 basis points to a range of 4.75%-5%.",
    [
      { value: 0.5, change: { direction: "decrease", measure: "percentage_points" } },
      { kind: "PERCENT", value: 4.75, high: 5 },
    ],
  ],
  [
    "Core inflation eased by 30 bps to 3.1% in March.",
    [
      { value: 0.3, change: { direction: "decrease", measure: "percentage_points" } },
      { kind: "PERCENT", value: 3.1, change: undefined },
    ],
  ],
  [
    "The 10-year Treasury yield rose 12 basis points to 4.62%.",
    [
      { value: 0.12, change: { direction: "increase", measure: "percentage_points" } },
      { kind: "PERCENT", value: 4.62 },
    ],
  ],
  [
    "The RBI kept the repo rate unchanged at 6.50%.",
    [{ kind: "PERCENT", text: "6.50%", value: 6.5, change: undefined, subject: { text: "the repo rate" } }],
  ],
  [
    "Spreads widened by 15bp.",
    [{ value: 0.15, change: { direction: "increase", measure: "percentage_points" } }],
  ],
  [
    "Headline CPI accelerated to 3.5% year on year from 3.2% in February.",
    [{ value: 3.5 }, { value: 3.2, period: { text: "February" } }],
  ],
  [
    "The Bank of Japan raised its policy rate to around 0.25%.",
    [{ kind: "PERCENT", value: 0.25, qualifier: "approximate" }],
  ],
  [
    "Markets are pricing in about 75 basis points of cuts this year.",
    [{ kind: "PERCENT", value: 0.75, qualifier: "approximate" }],
  ],
];

export const BLIND2_INDIA: Case[] = [
  [
    "The company reported a net profit of Rs 2,345 crore for the quarter ended June.",
    [{ kind: "MONEY", text: "Rs 2,345 crore", value: 2.345e10, currency: "INR" }],
  ],
  [
    "GST collections rose 10% to ₹1.82 lakh crore in July.",
    [
      { value: 10, change: { direction: "increase" } },
      { kind: "MONEY", text: "₹1.82 lakh crore", value: 1.82e12, currency: "INR" },
    ],
  ],
  [
    "The flat was sold for Rs 45 lakh.",
    [{ kind: "MONEY", text: "Rs 45 lakh", value: 4.5e6, currency: "INR" }],
  ],
  [
    "Over 2.5 lakh devotees visited the shrine on Sunday.",
    [{ kind: "QUANTITY", value: 250000, qualifier: "lower_bound" }],
  ],
  [
    "The Sensex fell 1,062 points, or 1.45 per cent, to close at 72,404.",
    [
      { value: 1062, change: { direction: "decrease" } },
      { kind: "PERCENT", value: 1.45, change: { direction: "decrease" } },
      { value: 72404 },
    ],
  ],
  ["The rupee weakened to 83.52 against the US dollar.", [{ value: 83.52 }]],
  [
    "The Centre has allocated Rs. 11.11 lakh crore for capital expenditure.",
    [{ kind: "MONEY", value: 1.111e13, currency: "INR" }],
  ],
  ["Paytm's loss narrowed to INR 550 Cr.", [{ kind: "MONEY", value: 5.5e9, currency: "INR" }]],
];

export const BLIND2_AFRICA: Case[] = [
  [
    "Nigeria's inflation rate rose to 33.2 per cent in March, the National Bureau of Statistics said.",
    [{ kind: "PERCENT", value: 33.2, speaker: { name: "National Bureau of Statistics", mode: "reported" } }],
  ],
  [
    "The bank posted a profit before tax of N1.2 trillion.",
    [{ kind: "MONEY", text: "N1.2 trillion", value: 1.2e12, currency: "NGN" }],
  ],
  [
    "The naira closed at ₦1,470 to the dollar.",
    [{ kind: "MONEY", text: "₦1,470", value: 1470, currency: "NGN" }],
  ],
  [
    "The Federal Government budgeted N27.5 trillion for 2024.",
    [{ kind: "MONEY", value: 2.75e13, currency: "NGN", period: { text: "2024" } }],
  ],
  [
    "Safaricom's net income rose 7% to Sh62.4 billion.",
    [
      { value: 7, change: { direction: "increase" } },
      { kind: "MONEY", text: "Sh62.4 billion", value: 6.24e10, currency: "KES" },
    ],
  ],
  [
    "Treasury plans to borrow KSh 263.2 billion from local markets.",
    [{ kind: "MONEY", text: "KSh 263.2 billion", value: 2.632e11, currency: "KES" }],
  ],
  [
    "Kenya's tea exports earned Sh180.6 billion last year.",
    [{ kind: "MONEY", value: 1.806e11, currency: "KES" }],
  ],
  [
    "South Africa's unemployment rate rose to 32.9% in the first quarter.",
    [{ kind: "PERCENT", value: 32.9, period: { text: "first quarter" } }],
  ],
  [
    "Eskom needs R400 billion of investment, the utility said.",
    [{ kind: "MONEY", text: "R400 billion", value: 4e11, currency: "ZAR" }],
  ],
];

export const BLIND2_BRAZIL: Case[] = [
  [
    "Petrobras reported net income of R$23.7 billion in the quarter.",
    [{ kind: "MONEY", text: "R$23.7 billion", value: 2.37e10, currency: "BRL" }],
  ],
  [
    "The Selic rate was cut by half a percentage point to 10.75%.",
    [
      { value: 0.5, change: { direction: "decrease", measure: "percentage_points" } },
      { kind: "PERCENT", value: 10.75 },
    ],
  ],
  [
    "Brazil's soybean crop is forecast at 147.7 million tonnes, Conab said.",
    [{ kind: "QUANTITY", value: 1.477e8, speaker: { name: "Conab" } }],
  ],
  [
    "Deforestation in the Amazon fell 22.3% to 9,001 square kilometers.",
    [
      { value: 22.3, change: { direction: "decrease" } },
      { kind: "QUANTITY", value: 9001 },
    ],
  ],
  [
    "The minimum wage will rise to 1,412 reais.",
    [{ kind: "MONEY", text: "1,412 reais", value: 1412, currency: "BRL" }],
  ],
];

export const BLIND2_INDONESIA: Case[] = [
  [
    "Bank Indonesia raised its benchmark rate by 25 basis points to 6.25%.",
    [
      { value: 0.25, change: { direction: "increase", measure: "percentage_points" } },
      { kind: "PERCENT", value: 6.25 },
    ],
  ],
  [
    "The government allocated Rp 71 trillion for the free meals program.",
    [{ kind: "MONEY", text: "Rp 71 trillion", value: 7.1e13, currency: "IDR" }],
  ],
  ["The rupiah weakened to 16,200 per dollar.", [{ value: 16200 }]],
  ["Nickel ore output reached 193 million wet tons.", [{ kind: "QUANTITY", value: 1.93e8 }]],
  [
    "Telkom's revenue grew 1.3% to Rp149.2 trillion.",
    [
      { value: 1.3, change: { direction: "increase" } },
      { kind: "MONEY", value: 1.492e14, currency: "IDR" },
    ],
  ],
];

export const BLIND2_JAPAN_KOREA: Case[] = [
  [
    "Toyota forecast operating profit of ¥4.3 trillion for the year ending March.",
    [{ kind: "MONEY", text: "¥4.3 trillion", value: 4.3e12, currency: "JPY" }],
  ],
  ["The yen fell past 160 per dollar for the first time since 1990.", [{ value: 160 }]],
  [
    "Japan's cabinet approved a 13.9 trillion yen extra budget.",
    [{ kind: "MONEY", text: "13.9 trillion yen", value: 1.39e13, currency: "JPY" }],
  ],
  [
    "The Nikkei 225 closed up 2.1% at 38,915.",
    [{ value: 2.1, change: { direction: "increase" } }, { value: 38915 }],
  ],
  [
    "Samsung Electronics posted operating profit of 10.4 trillion won.",
    [{ kind: "MONEY", text: "10.4 trillion won", value: 1.04e13, currency: "KRW" }],
  ],
  [
    "Korea's exports rose 11.7% on-year to $57.5 billion in July.",
    [
      { value: 11.7, change: { direction: "increase" } },
      { kind: "MONEY", text: "$57.5 billion", value: 5.75e10, period: { text: "July" } },
    ],
  ],
  [
    "The KOSPI dropped 8.77 percent, its biggest one-day fall.",
    [{ value: 8.77, change: { direction: "decrease" } }],
  ],
  [
    "The government will spend ₩26 trillion supporting chipmakers.",
    [{ kind: "MONEY", text: "₩26 trillion", value: 2.6e13, currency: "KRW" }],
  ],
  ["SoftBank's Vision Fund booked a loss of ¥3.2tn.", [{ kind: "MONEY", value: 3.2e12, currency: "JPY" }]],
];

export const BLIND2_HEADLINES: Case[] = [
  ["OIL JUMPS 4% AS OPEC+ EXTENDS CUTS", [{ kind: "PERCENT", value: 4, change: { direction: "increase" } }]],
  ["APPLE POSTS RECORD $33.9 BILLION PROFIT", [{ kind: "MONEY", value: 3.39e10, currency: USD }]],
  ["INFLATION HITS 9.1%, A 40-YEAR HIGH", [{ kind: "PERCENT", value: 9.1 }]],
  ["QUAKE DEATH TOLL TOPS 41,000", [{ value: 41000, qualifier: "lower_bound" }]],
  ["TESLA SHARES PLUNGE 12% AFTER DELIVERIES MISS", [{ value: 12, change: { direction: "decrease" } }]],
  ["Fed Holds Rates at 5.25%-5.5%, Signals Three Cuts", [{ kind: "PERCENT", value: 5.25, high: 5.5 }]],
  ["Nvidia Market Value Tops $3 Trillion", [{ kind: "MONEY", value: 3e12, qualifier: "lower_bound" }]],
  ["US ECONOMY ADDS 303,000 JOBS IN MARCH", [{ value: 303000 }]],
  ["Gold Hits Record Above $2,400 an Ounce", [{ kind: "MONEY", value: 2400, qualifier: "lower_bound" }]],
  ["WHO: 2.8 MILLION DIE EACH YEAR FROM OBESITY", [{ value: 2.8e6 }]],
];

export const BLIND2_LOWERCASE: Case[] = [
  ["just paid $1,850 for rent this month smh", [{ kind: "MONEY", value: 1850, currency: USD }]],
  ["btc up 8% today lets gooo", [{ kind: "PERCENT", value: 8, change: { direction: "increase" } }]],
  ["gas is $4.59 a gallon here now", [{ kind: "MONEY", text: "$4.59", value: 4.59 }]],
  ["they laid off like 200 people on a friday", [{ kind: "QUANTITY", text: "200 people", value: 200 }]],
  ["my rent went up 15 percent this year", [{ value: 15, change: { direction: "increase" } }]],
  ["eggs are like 6 bucks now", [{ kind: "MONEY", value: 6, currency: USD }]],
  ["tesla stock down 40% ytd lol", [{ value: 40, change: { direction: "decrease" } }]],
  ["the concert had over 80k people", [{ kind: "QUANTITY", value: 80000, qualifier: "lower_bound" }]],
  ["paid 2 million naira for the car", [{ kind: "MONEY", value: 2e6, currency: "NGN" }]],
];

export const BLIND2_PRETOKENIZED: Case[] = [
  ["Revenue rose to $ 75 million .", [{ kind: "MONEY", text: "$ 75 million", value: 7.5e7 }]],
  ["Profit fell 12 % in the quarter .", [{ kind: "PERCENT", text: "12 %", value: 12 }]],
  ["The loan totals US $ 3 billion .", [{ kind: "MONEY", value: 3e9, currency: USD }]],
  ["It paid € 40 m for the stake .", [{ kind: "MONEY", value: 4e7, currency: "EUR" }]],
  ["Sales were 1.2 bln euros , up 3 pct .", [{ kind: "MONEY", value: 1.2e9, currency: "EUR" }, { value: 3 }]],
  [
    "Shares rose 2.5 pct to 410 pence .",
    [
      { kind: "PERCENT", value: 2.5 },
      { kind: "MONEY", value: 4.1 },
    ],
  ],
];

export const BLIND2_NONE: Case[] = [
  ["The summit will be held on 14 November in Nairobi.", []],
  ["The policy takes effect on 01.07.2024.", []],
  ["The report was released on 3/15.", []],
  ["She finished 3rd in the 10,000m final.", []],
  ["It is the world's 5th-largest economy.", []],
  ["For enquiries call +254 712 345 678.", []],
  ["Call 1-800-273-8255 for help.", []],
  ["Trading resumes at 14:00 GMT.", []],
  ["The press conference begins at 3 p.m. local time.", []],
  ["The embassy is at 24 Grosvenor Square.", []],
  ["Protesters gathered outside 10 Downing Street.", []],
  ["OpenAI released GPT-4o to all users.", []],
  ["Meta open-sourced Llama 3 on Thursday.", []],
  ["The Galaxy S24 Ultra launched in January.", []],
  ["Airbus delivered the A321neo to IndiGo.", []],
  ["Python 3.12 drops support for distutils.", []],
  ["The update to version 2.4.1 fixes the bug.", []],
  ["Apple released iOS 17.4 with new emoji.", []],
  ["1. Introduction", []],
  ["Step 2: Submit the form.", []],
  ["The company filed for Chapter 11 protection.", []],
  ["The F-35 program faces delays.", []],
  ["Drive along Route 66 to Santa Monica.", []],
  ["The firm filed its Form 10-K late.", []],
  ["He won the 2022-23 Premier League title.", []],
];

/** Every case of the second blind set, by topic. */
export const BLIND2_BY_TOPIC: Readonly<Record<string, Case[]>> = {
  results: BLIND2_RESULTS,
  institutions: BLIND2_INSTITUTIONS,
  crypto: BLIND2_CRYPTO,
  "real estate": BLIND2_REAL_ESTATE,
  agriculture: BLIND2_AGRICULTURE,
  energy: BLIND2_ENERGY,
  health: BLIND2_HEALTH,
  elections: BLIND2_ELECTIONS,
  casualties: BLIND2_CASUALTIES,
  transfers: BLIND2_TRANSFERS,
  funding: BLIND2_FUNDING,
  rates: BLIND2_RATES,
  india: BLIND2_INDIA,
  africa: BLIND2_AFRICA,
  brazil: BLIND2_BRAZIL,
  indonesia: BLIND2_INDONESIA,
  "japan korea": BLIND2_JAPAN_KOREA,
  headlines: BLIND2_HEADLINES,
  "lower-case": BLIND2_LOWERCASE,
  "pre-tokenized": BLIND2_PRETOKENIZED,
  none: BLIND2_NONE,
};

export const BLIND2_CASES: Case[] = Object.values(BLIND2_BY_TOPIC).flat();
