import type { Case } from "./case-types.ts";

const USD = "USD";
const PUB = { publishedAt: "2023-08-10" };

/**
 * More wire phrasing, by topic: losses and negatives, "bn"/"mln"/"m"/"k", lakh and crore, pence, yen,
 * written amounts, conversions in brackets, percentage points, "pct"/"pc", ranges, multiples, periods
 * resolved against the publication date, subjects after the figure, speakers.
 */
export const WIRE_MONEY: Case[] = [
  [
    "The company reported a loss of $3 million.",
    [{ kind: "MONEY", text: "$3 million", value: 3e6, currency: USD }],
  ],
  ["Vodafone posted a net loss of €1.2bn.", [{ text: "€1.2bn", value: 1.2e9, currency: "EUR" }]],
  ["The deal is valued at £450m.", [{ text: "£450m", value: 4.5e8, currency: "GBP" }]],
  ["Shares closed at 245p.", [{ text: "245p", value: 2.45, currency: "GBP" }]],
  ["Petrol costs 152.3p a litre.", [{ text: "152.3p", value: 1.523, currency: "GBP" }]],
  ["The stamp price rises to 85 pence.", [{ text: "85 pence", value: 0.85, currency: "GBP" }]],
  ["Sony posted an operating profit of ¥1.2tn.", [{ text: "¥1.2tn", value: 1.2e12, currency: "JPY" }]],
  [
    "Nintendo's sales fell to 1.6 trillion yen.",
    [{ text: "1.6 trillion yen", value: 1.6e12, currency: "JPY" }],
  ],
  ["Reliance raised Rs 53,124 crore.", [{ text: "Rs 53,124 crore", value: 5.3124e11, currency: "INR" }]],
  ["The startup raised Rs 25 lakh in seed funding.", [{ text: "Rs 25 lakh", value: 2.5e6, currency: "INR" }]],
  [
    "Tata Motors reported a net profit of ₹3,203 crore.",
    [{ text: "₹3,203 crore", value: 3.203e10, currency: "INR" }],
  ],
  ["Farmers were paid 12 lakh rupees.", [{ text: "12 lakh rupees", value: 1.2e6, currency: "INR" }]],
  ["The contract is worth 1.2 mln euros.", [{ text: "1.2 mln euros", value: 1.2e6, currency: "EUR" }]],
  ["Exports were $500 mln in May.", [{ text: "$500 mln", value: 5e8, currency: USD }]],
  ["Gazprom earned 1.5 bln roubles.", [{ text: "1.5 bln roubles", value: 1.5e9, currency: "RUB" }]],
  ["The rider signed for $1.5m.", [{ text: "$1.5m", value: 1.5e6, currency: USD }]],
  ["Ticket sales reached $850k.", [{ text: "$850k", value: 8.5e5, currency: USD }]],
  ["The budget allots $2.3bn for defence.", [{ text: "$2.3bn", value: 2.3e9, currency: USD }]],
  ["He paid a $10,000 fine.", [{ text: "$10,000", value: 1e4, currency: USD }]],
  ["Users pay $9.99 a month.", [{ text: "$9.99", value: 9.99, currency: USD }]],
  ["It paid half a billion dollars.", [{ text: "half a billion dollars", value: 5e8, currency: USD }]],
  ["The house cost a million dollars.", [{ text: "a million dollars", value: 1e6, currency: USD }]],
  [
    "The firm was fined 2.5 million Swiss francs.",
    [{ text: "2.5 million Swiss francs", value: 2.5e6, currency: "CHF" }],
  ],
  ["Chelsea spent £100 million on players.", [{ text: "£100 million", value: 1e8, currency: "GBP" }]],
  ["Apple is worth $3tn.", [{ text: "$3tn", value: 3e12, currency: USD }]],
  ["Twitter was bought for $44bn.", [{ text: "$44bn", value: 4.4e10, currency: USD }]],
  ["The price fell to 99 cents.", [{ text: "99 cents", value: 0.99, currency: USD }]],
  ["the fund has $2 bn in assets", [{ text: "$2 bn", value: 2e9, currency: USD }]],
  ["Dangote invested 50bn naira.", [{ text: "50bn naira", value: 5e10, currency: "NGN" }]],
  ["The EU will provide EUR 1 billion.", [{ text: "EUR 1 billion", value: 1e9, currency: "EUR" }]],
  [
    "The central bank injected 500 billion yuan ($70 billion) into banks.",
    [
      { text: "500 billion yuan", value: 5e11, currency: "CNY" },
      { text: "$70 billion", value: 7e10, currency: USD },
    ],
  ],
  [
    "The region received 3 billion rubles (about $40 million).",
    [
      { text: "3 billion rubles", value: 3e9, currency: "RUB" },
      { text: "$40 million", value: 4e7, qualifier: "approximate" },
    ],
  ],
  [
    "The painting sold for $4.5 million, or about £3.6 million.",
    [
      { text: "$4.5 million", value: 4.5e6 },
      { text: "£3.6 million", value: 3.6e6, currency: "GBP", qualifier: "approximate" },
    ],
  ],
  [
    "Revenue came in at $1.02 billion versus $980 million a year ago.",
    [
      { text: "$1.02 billion", value: 1.02e9 },
      { text: "$980 million", value: 9.8e8 },
    ],
  ],
  [
    "Pfizer expects revenue of between $58 billion and $61 billion.",
    [{ text: "$58 billion and $61 billion", value: 5.8e10, high: 6.1e10, currency: USD }],
  ],
  ["The round could raise between $1m and $2m.", [{ text: "$1m and $2m", value: 1e6, high: 2e6 }]],
  ["Prices ranged from $10 to $15.", [{ text: "$10 to $15", value: 10, high: 15 }]],
  ["Its net debt stood at minus $200 million.", [{ text: "minus $200 million", value: -2e8, currency: USD }]],
  ["The dollar bought 150 yen on Friday.", [{ text: "150 yen", value: 150, currency: "JPY" }]],
  ["A barrel of Brent cost US$85.", [{ text: "US$85", value: 85, currency: USD }]],
  [
    "The government set aside Rs 1.5 lakh crore for roads.",
    [{ text: "Rs 1.5 lakh crore", value: 1.5e12, currency: "INR", subject: { text: "roads" } }],
  ],
  ["The company's net debt was -$200 million.", [{ text: "-$200 million", value: -2e8 }]],
];

export const WIRE_PERCENT: Case[] = [
  ["Inflation eased to 2.9 per cent.", [{ text: "2.9 per cent", value: 2.9, kind: "PERCENT" }]],
  [
    "GDP shrank 0.3 pct in the quarter.",
    [{ text: "0.3 pct", value: 0.3, change: { direction: "decrease", measure: "relative" } }],
  ],
  ["Turnout was 67.3pc.", [{ text: "67.3pc", value: 67.3 }]],
  ["The index lost -2.5% on Friday.", [{ text: "-2.5%", value: -2.5 }]],
  ["Labour leads by 20 percentage points.", [{ kind: "PERCENT", text: "20 percentage points", value: 20 }]],
  [
    "The yield fell 12 basis points to 4.1%.",
    [
      {
        text: "12 basis points",
        value: 0.12,
        change: { direction: "decrease", measure: "percentage_points" },
      },
      { text: "4.1%", value: 4.1 },
    ],
  ],
  [
    "Policymakers approved a 0.25 percentage point rise.",
    [
      {
        text: "0.25 percentage point",
        value: 0.25,
        change: { direction: "increase", measure: "percentage_points" },
      },
    ],
  ],
  [
    "The stock rose 2.3 percent to $45.10.",
    [
      { text: "2.3 percent", value: 2.3, change: { direction: "increase" } },
      { text: "$45.10", value: 45.1 },
    ],
  ],
  [
    "House prices are expected to climb 4-5% in 2024.",
    [{ text: "4-5%", value: 4, high: 5, period: { text: "2024" } }],
  ],
  ["Analysts expect growth of 2 to 3 per cent.", [{ text: "2 to 3 per cent", value: 2, high: 3 }]],
  ["Rates were held at 5.25%-5.5%.", [{ text: "5.25%-5.5%", value: 5.25, high: 5.5 }]],
  [
    "Sales were down 3.2% year over year.",
    [{ text: "3.2%", change: { direction: "decrease", base: "year over year" } }],
  ],
  ["The CPI rose 0.4% in July.", [{ text: "0.4%", change: { direction: "increase" } }]],
  ["Borrowing costs hit 5%, the highest since 2007.", [{ text: "5%", value: 5 }]],
  ["Only 38pc of voters backed the plan.", [{ text: "38pc", value: 38 }]],
  [
    "Support stood at 41 per cent, down from 44 per cent.",
    [{ text: "41 per cent" }, { text: "44 per cent" }],
  ],
  [
    "Brent fell 1.2%, while WTI dropped 0.8%.",
    [
      { text: "1.2%", change: { direction: "decrease" } },
      { text: "0.8%", change: { direction: "decrease" } },
    ],
  ],
  ["Margins narrowed to 11.5 percent.", [{ text: "11.5 percent", value: 11.5 }]],
  [
    "The jobless rate rose half a percentage point.",
    [{ kind: "PERCENT", text: "half a percentage point", value: 0.5 }],
  ],
  ["Thirty percent of workers are remote.", [{ text: "Thirty percent", value: 30 }]],
  [
    "Unemployment fell 0.3 points to 3.9%.",
    [
      {
        kind: "PERCENT",
        text: "0.3 points",
        value: 0.3,
        change: { direction: "decrease", measure: "percentage_points" },
      },
      { kind: "PERCENT", text: "3.9%", value: 3.9 },
    ],
  ],
];

export const WIRE_QUANTITY: Case[] = [
  [
    "The blaze destroyed 2,500 acres.",
    [{ kind: "QUANTITY", text: "2,500 acres", value: 2500, unit: "acres" }],
  ],
  ["Rainfall reached 200mm in a day.", [{ text: "200mm", value: 200, unit: "mm" }]],
  ["Tesla delivered 1.2m vehicles.", [{ text: "1.2m vehicles", value: 1.2e6, unit: "vehicles" }]],
  ["Some 3k runners took part.", [{ text: "3k runners", value: 3000, unit: "runners" }]],
  ["Half a million people attended.", [{ text: "Half a million people", value: 5e5, unit: "people" }]],
  ["India has 1.4 billion people.", [{ text: "1.4 billion people", value: 1.4e9 }]],
  ["Apple sold 10.5 million iPhones.", [{ text: "10.5 million iPhones", value: 1.05e7 }]],
  [
    "Police seized 2 tonnes of cocaine.",
    [{ text: "2 tonnes", unit: "tonnes", subject: { text: "cocaine" } }],
  ],
  ["The shelter houses 40 dogs and 25 cats.", [{ text: "40 dogs" }, { text: "25 cats" }]],
  ["The company employs 4,300 staff.", [{ text: "4,300 staff", value: 4300 }]],
  ["Europe stored 95 bcm of gas.", [{ text: "95 bcm", value: 95, unit: "bcm" }]],
  ["The plane can carry 180 passengers.", [{ text: "180 passengers", value: 180 }]],
  ["Hundreds of thousands rallied; police counted 120,000 marchers.", [{ text: "120,000 marchers" }]],
  ["The fleet has 12 ships.", [{ text: "12 ships", value: 12 }]],
  [
    "The mine produced 4.5 million ounces of gold.",
    [{ text: "4.5 million ounces", subject: { text: "gold" } }],
  ],
  [
    "The Dow fell 500 points to 33,000.",
    [
      { kind: "QUANTITY", text: "500 points", value: 500, change: { direction: "decrease" } },
      { kind: "NUMBER", text: "33,000", value: 33000 },
    ],
  ],
  // Multiples: NUMBER, the span holds "times"/"-fold"/"x"; a change by a multiple is relative.
  [
    "Prices are three times higher than in 2020.",
    [
      {
        kind: "NUMBER",
        text: "three times",
        value: 3,
        change: { direction: "increase", measure: "relative" },
      },
    ],
  ],
  [
    "Revenue grew 2.5-fold.",
    [{ kind: "NUMBER", text: "2.5-fold", value: 2.5, change: { measure: "relative" } }],
  ],
  ["The debt is 10x earnings.", [{ kind: "NUMBER", text: "10x", value: 10 }]],
  [
    "Sales grew 10 times.",
    [{ kind: "NUMBER", text: "10 times", value: 10, change: { direction: "increase" } }],
  ],
  ["He visited the city three times.", []],
];

export const WIRE_QUALIFIERS: Case[] = [
  ["Between $1m and $2m was raised.", [{ text: "$1m and $2m", value: 1e6, high: 2e6, currency: USD }]],
  ["Inflation of 5-7% is expected.", [{ text: "5-7%", value: 5, high: 7 }]],
  [
    "Up to 30,000 homes lost power.",
    [{ text: "30,000 homes", qualifier: "upper_bound", qualifierText: "Up to" }],
  ],
  [
    "Roughly half a million people fled.",
    [{ text: "half a million people", value: 5e5, qualifier: "approximate" }],
  ],
  ["Some $3 billion in loans were forgiven.", [{ text: "$3 billion", qualifier: "approximate" }]],
  ["Around 40 per cent of voters are undecided.", [{ text: "40 per cent", qualifier: "approximate" }]],
  ["More than 60 pct of firms expect cuts.", [{ text: "60 pct", qualifier: "lower_bound" }]],
  ["Nearly 4bn people voted this year.", [{ text: "4bn people", value: 4e9, qualifier: "approximate" }]],
  ["An estimated $4 billion was lost.", [{ text: "$4 billion", qualifier: "approximate" }]],
  ["The levy is capped at 5%.", [{ text: "5%", value: 5 }]],
  ["No fewer than 300 people died.", [{ text: "300 people", qualifier: "lower_bound" }]],
  ["At most 5% of cases are severe.", [{ text: "5%", qualifier: "upper_bound" }]],
  ["The deficit came to -2.5% of GDP.", [{ text: "-2.5%", value: -2.5 }]],
  ["Temperatures dropped to -15 degrees.", [{ text: "-15 degrees", value: -15 }]],
  ["The account was overdrawn by more than $500.", [{ text: "$500", qualifier: "lower_bound" }]],
  ["Sales of almost 2m units were recorded.", [{ text: "2m units", value: 2e6, qualifier: "approximate" }]],
  [
    "Losses were just shy of $1 billion.",
    [
      {
        text: "$1 billion",
        qualifier: "upper_bound",
        qualifierText: "just shy of",
        subject: { text: "Losses" },
      },
    ],
  ],
  [
    "Costs are in the region of $2 million.",
    [{ text: "$2 million", qualifier: "approximate", qualifierText: "in the region of" }],
  ],
];

export const WIRE_CONTEXT: Case[] = [
  [
    "In the first half, revenue rose 12%.",
    [{ text: "12%", period: { text: "first half", from: "2023-01", to: "2023-06" } }],
    PUB,
  ],
  [
    "Net income for fiscal 2024 was $2.1 billion.",
    [{ text: "$2.1 billion", period: { text: "fiscal 2024", from: "2024" } }],
  ],
  [
    "Sales fell 3% last year.",
    [{ text: "3%", period: { text: "last year", from: "2022", to: "2022" } }],
    PUB,
  ],
  [
    "Inflation will average 3% in 2024, the IMF said.",
    [{ text: "3%", period: { text: "2024" }, speaker: { name: "IMF", mode: "reported" } }],
  ],
  [
    "Revenue rose 8% to $4.1 billion in the second quarter.",
    [
      { text: "8%", change: { direction: "increase" } },
      { text: "$4.1 billion", period: { text: "second quarter", from: "2023-04", to: "2023-06" } },
    ],
    PUB,
  ],
  [
    "Revenue was $5 billion in Q3.",
    [{ text: "$5 billion", period: { text: "Q3", from: "2023-07", to: "2023-09" } }],
    PUB,
  ],
  [
    "The economy grew 2.5% this year.",
    [{ text: "2.5%", period: { text: "this year", from: "2023", to: "2023" } }],
    PUB,
  ],
  ["$2 billion was spent on defence.", [{ text: "$2 billion", subject: { text: "spent on defence" } }]],
  ["The EU pledged €500 million in aid.", [{ text: "€500 million", subject: { text: "aid" } }]],
  [
    "The government allocated $5 million for flood relief.",
    [{ text: "$5 million", subject: { text: "flood relief" } }],
  ],
  [
    "The bank will lend $300 million to build a new port.",
    [{ text: "$300 million", subject: { text: "to build a new port" } }],
  ],
  [
    "The city unveiled a new fund – $5 million for small firms.",
    [{ text: "$5 million", subject: { text: "a new fund" } }],
  ],
  [
    "We created the Green Bridge Fund: $40 million to plant trees. Today we add $10 million for that fund.",
    [
      { text: "$40 million", subject: { text: "the Green Bridge Fund" } },
      { text: "$10 million", subject: { text: "the Green Bridge Fund" } },
    ],
  ],
  [
    "“Our revenue grew 20%,” Jane Fraser said.",
    [{ text: "20%", speaker: { name: "Jane Fraser", mode: "quoted" } }],
  ],
  [
    "The deficit will reach 4% of GDP, Finance Minister Olaf Scholz told parliament.",
    [{ text: "4%", speaker: { name: "Olaf Scholz", mode: "reported" } }],
  ],
  [
    "According to Eurostat, unemployment was 6.4% in June.",
    [{ text: "6.4%", speaker: { name: "Eurostat", mode: "reported" }, period: { text: "June" } }],
  ],
  [
    "The unemployment rate fell to 3.5% from 3.7%.",
    [{ text: "3.5%", subject: { text: "The unemployment rate" } }, { text: "3.7%" }],
  ],
  [
    "Exports to China rose 9% in the first quarter.",
    [{ text: "9%", subject: { text: "Exports to China" }, change: { direction: "increase" } }],
  ],
  [
    "He said that, since 1991, more than $50 billion has been invested in the Kazakh economy.",
    [{ text: "$50 billion", subject: { text: "invested in the Kazakh economy" } }],
  ],
  [
    "The initiative – $25 million to expand trade routes – was launched.",
    [{ text: "$25 million", subject: { text: "The initiative" } }],
  ],
];

export const WIRE_NONE: Case[] = [
  ["The 1990s were turbulent.", []],
  ["He scored in the 89th minute.", []],
  ["The meeting is at 3 p.m.", []],
  ["She was born on 4 July 1976.", []],
  ["He was sentenced to five years.", []],
  ["Section 230 protects platforms.", []],
  ["The Airbus A320 took off.", []],
  ["Interstate 95 was closed.", []],
  ["The Q3 results are due.", []],
  ["It was the hottest day since 1976.", []],
  ["The 2024 budget was approved.", []],
  ["Elections are held every four years.", []],
  ["One of the two firms will close.", []],
  ["The talks enter their third day.", []],
  ["Pope Francis, 86, said he would stay.", []],
  ["The suspect, Smith (45), was arrested.", []],
  ["The iPhone 15 goes on sale.", []],
];
