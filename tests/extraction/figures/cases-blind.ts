import type { Case } from "./case-types.ts";

/**
 * BLIND cases: written in one sitting from real-world wire phrasing (business wires, central banks, sports,
 * elections and polls, disasters and casualties, science, Indian/African/Latin American/Asian outlets,
 * lower-case text, headlines), against the conventions of docs/extraction-figures.md, BEFORE any of them
 * was run and before any rule was changed for them. They are the honest measure: the other tables were
 * written beside the code.
 *
 * Pass rate before any fix (full criterion of blind.test.ts, via extract(), entities included):
 *   BEFORE any fix: 136 of 168 (81.0%). Per topic: business 17/24, central banks 12/17, sports 10/12,
 *   elections 10/11, disasters 11/12, science 8/9, india 7/10, africa 7/10, latin america 8/8, asia 12/13,
 *   lower-case 8/8, headlines 8/12, periods 9/12, none 9/10.
 *   (`npx tsx tests/extraction/figures/blind-check.ts -v` prints the rate now and lists the misses.)
 *   AFTER the general fixes: 166 of 168 (98.8%); the two misses are in backlog.ts (BLIND_MISSES). That
 *   figure is no longer blind: the fixes were made looking at these misses.
 *
 * Decisions taken while writing them (documented in docs/extraction-figures.md):
 * - a sports score ("2-1", "6-3, 6-4", "31-17") is not a figure;
 * - a speaker is a named person or organization; a generic source ("analysts", "traders in London",
 *   "officials", "the company") gives no speaker, and a place name is never a speaker;
 * - "X told reporters" attributes to X, not to the subject of the clause before it.
 */
const USD = "USD";
const PUB = { publishedAt: "2024-08-15" };
const PUB_JAN = { publishedAt: "2024-01-20" };

export const BLIND_BUSINESS: Case[] = [
  [
    "Apple Inc. reported revenue of $94.8 billion for the quarter, up 5% from a year earlier.",
    [
      { kind: "MONEY", text: "$94.8 billion", value: 9.48e10, currency: USD },
      {
        kind: "PERCENT",
        text: "5%",
        value: 5,
        change: { direction: "increase", measure: "relative", base: "a year earlier" },
        subject: { text: "revenue" },
      },
    ],
  ],
  [
    "Net income rose to $3.1 billion, or $1.23 a share, from $2.8 billion, or $1.10 a share, a year earlier.",
    [
      { text: "$3.1 billion", value: 3.1e9 },
      { text: "$1.23", value: 1.23 },
      { text: "$2.8 billion", value: 2.8e9 },
      { text: "$1.10", value: 1.1 },
    ],
  ],
  [
    "Shares of Nvidia fell 4.2% to $172.50 in early trading.",
    [
      { text: "4.2%", value: 4.2, change: { direction: "decrease", measure: "relative" } },
      { text: "$172.50", value: 172.5, currency: USD, change: undefined },
    ],
  ],
  [
    "The deal values the company at about $6.9 billion including debt.",
    [{ text: "$6.9 billion", value: 6.9e9, qualifier: "approximate" }],
  ],
  [
    "Walmart raised its full-year sales growth forecast to between 3.75% and 4.75%.",
    [{ kind: "PERCENT", value: 3.75, high: 4.75 }],
  ],
  [
    "Microsoft said it would cut 10,000 jobs by the end of the third quarter.",
    [{ kind: "QUANTITY", text: "10,000 jobs", value: 1e4, unit: "jobs", speaker: { name: "Microsoft" } }],
  ],
  [
    "Toyota sold 10.3 million vehicles worldwide last year, the company said.",
    [
      {
        kind: "QUANTITY",
        text: "10.3 million vehicles",
        value: 1.03e7,
        period: { text: "last year", from: "2023", to: "2023" },
        // (Written when "the company said" named no one; since session 29 it names the company the
        // article named, as "It said" does.)
        speaker: { name: "Toyota" },
      },
    ],
    PUB,
  ],
  [
    "Operating margin narrowed to 11.2% from 12.9%.",
    [
      { text: "11.2%", value: 11.2 },
      { text: "12.9%", value: 12.9 },
    ],
  ],
  [
    "Amazon's cloud unit posted sales of $26.3 billion, a 19% increase.",
    [
      { text: "$26.3 billion", value: 2.63e10 },
      { text: "19%", change: { direction: "increase", measure: "relative" } },
    ],
  ],
  [
    "The lender set aside $1.4 billion for bad loans in the quarter.",
    [{ text: "$1.4 billion", value: 1.4e9, subject: { text: "bad loans" } }],
  ],
  [
    "Tesla delivered 435,059 vehicles in the third quarter, short of analysts' estimates of 455,000.",
    [
      { kind: "QUANTITY", text: "435,059 vehicles", value: 435059, period: { text: "third quarter" } },
      { kind: "NUMBER", text: "455,000", value: 455000 },
    ],
  ],
  [
    "The stock has gained 38 per cent so far this year.",
    [{ text: "38 per cent", value: 38, change: { direction: "increase" }, period: { text: "this year" } }],
  ],
  [
    "Volkswagen will invest 180 billion euros over the next five years.",
    [{ kind: "MONEY", text: "180 billion euros", value: 1.8e11, currency: "EUR" }],
  ],
  [
    "Orders fell 2.1 percent in October, the Commerce Department said.",
    [
      {
        text: "2.1 percent",
        change: { direction: "decrease" },
        period: { text: "October", from: "2023-10", to: "2023-10" },
        speaker: { name: "Commerce Department", mode: "reported" },
      },
    ],
    PUB_JAN,
  ],
  [
    "Unilever's underlying sales grew 6.9% in the first half.",
    [{ text: "6.9%", period: { text: "first half", from: "2024-01", to: "2024-06" } }],
    PUB,
  ],
  [
    "Adjusted earnings per share came in at 94 cents, beating forecasts of 89 cents.",
    [
      { text: "94 cents", value: 0.94, currency: USD },
      { text: "89 cents", value: 0.89, currency: USD },
    ],
  ],
  [
    "HSBC plans to buy back up to $3 billion of shares.",
    [{ text: "$3 billion", value: 3e9, qualifier: "upper_bound" }],
  ],
  ["Boeing burned through $4.3 billion in cash in Q3.", [{ text: "$4.3 billion", period: { text: "Q3" } }]],
  [
    "Revenue for fiscal 2024 is expected to be $12.5 billion to $13 billion.",
    [{ text: "$12.5 billion to $13 billion", value: 1.25e10, high: 1.3e10, period: { text: "fiscal 2024" } }],
  ],
  [
    "Profit in the year to March rose 12% to 1.1 trillion yen.",
    [
      { text: "12%", change: { direction: "increase" }, period: { text: "year to March" } },
      { text: "1.1 trillion yen", value: 1.1e12, currency: "JPY" },
    ],
  ],
  [
    "Brent crude rose 3 percent to $85 a barrel on Monday, traders in London said.",
    [
      {
        text: "3 percent",
        change: { direction: "increase" },
        subject: { text: "Brent crude" },
        speaker: undefined,
      },
      { text: "$85", value: 85, speaker: undefined },
    ],
  ],
  ["Gold hit a record $2,450 an ounce.", [{ kind: "MONEY", text: "$2,450", value: 2450 }]],
  [
    "The Dow Jones Industrial Average dropped 533 points, or 1.3%, to 38,703.",
    [
      { text: "533 points", value: 533, change: { direction: "decrease" } },
      { text: "1.3%", value: 1.3, change: { direction: "decrease" } },
      { text: "38,703", value: 38703 },
    ],
  ],
  ["Analysts said revenue would likely reach $5.2 billion.", [{ text: "$5.2 billion", speaker: undefined }]],
];

export const BLIND_CENTRAL_BANKS: Case[] = [
  [
    "The European Central Bank raised interest rates by 25 basis points to 4%, ECB President Christine Lagarde told reporters in Frankfurt.",
    [
      {
        kind: "PERCENT",
        text: "25 basis points",
        value: 0.25,
        change: { direction: "increase", measure: "percentage_points" },
        subject: { text: "interest rates" },
        speaker: { name: "Christine Lagarde", mode: "reported" },
      },
      { kind: "PERCENT", text: "4%", value: 4, change: undefined, speaker: { name: "Christine Lagarde" } },
    ],
  ],
  [
    "The Federal Reserve held its benchmark rate steady in a range of 5.25%-5.50%.",
    [{ kind: "PERCENT", value: 5.25, high: 5.5, change: undefined }],
  ],
  [
    "The Reserve Bank of India kept the repo rate unchanged at 6.5 per cent.",
    [{ text: "6.5 per cent", value: 6.5, change: undefined, subject: { text: "the repo rate" } }],
  ],
  [
    "The Bank of England cut Bank Rate by a quarter point to 5%.",
    [
      { kind: "PERCENT", value: 0.25, change: { direction: "decrease", measure: "percentage_points" } },
      { text: "5%", value: 5, change: undefined },
    ],
  ],
  [
    "Brazil's central bank lowered the Selic rate by 50 basis points to 10.75%.",
    [
      {
        text: "50 basis points",
        value: 0.5,
        change: { direction: "decrease", measure: "percentage_points" },
      },
      { text: "10.75%", value: 10.75 },
    ],
  ],
  [
    "The People's Bank of China will inject 500 billion yuan of liquidity through medium-term loans.",
    [{ text: "500 billion yuan", value: 5e11, currency: "CNY" }],
  ],
  [
    "Inflation eased to 3.4% in December from 3.9% in November, official data showed.",
    [
      { text: "3.4%", period: { text: "December", from: "2023-12" }, speaker: undefined },
      { text: "3.9%", period: { text: "November", from: "2023-11" } },
    ],
    PUB_JAN,
  ],
  [
    "Core inflation is seen averaging 2.6% next year, the central bank said.",
    [{ text: "2.6%", period: { text: "next year", from: "2025" }, speaker: undefined }],
    PUB,
  ],
  [
    "The Bank of Japan will buy around 6 trillion yen of government bonds a month.",
    [{ kind: "MONEY", value: 6e12, currency: "JPY", qualifier: "approximate" }],
  ],
  [
    "Turkey's central bank hiked its policy rate by 500 basis points to 50%, its governor said.",
    [
      { text: "500 basis points", value: 5, change: { direction: "increase", measure: "percentage_points" } },
      { text: "50%", value: 50 },
    ],
  ],
  [
    "Argentina's annual inflation rate hit 211.4% in 2023.",
    [{ text: "211.4%", value: 211.4, period: { text: "2023" } }],
  ],
  [
    "The yield on the 10-year Treasury note rose 8 basis points to 4.32%.",
    [
      {
        text: "8 basis points",
        value: 0.08,
        change: { direction: "increase", measure: "percentage_points" },
      },
      { text: "4.32%", value: 4.32 },
    ],
  ],
  [
    "Unemployment in Spain fell to 11.7 percent in the second quarter.",
    [
      {
        text: "11.7 percent",
        change: undefined,
        subject: { text: "Unemployment in Spain" },
        period: { text: "second quarter" },
      },
    ],
  ],
  [
    "Unemployment in Spain fell to 11.7 percent in the second quarter.",
    [{ text: "11.7 percent", period: { text: "second quarter", from: "2024-04", to: "2024-06" } }],
    PUB,
  ],
  [
    "The economy grew at an annualized rate of 4.9% in the third quarter, the fastest pace since 2021.",
    [{ text: "4.9%", period: { text: "third quarter" } }],
  ],
  [
    "Non-farm payrolls increased by 199,000 jobs last month.",
    [
      {
        kind: "QUANTITY",
        text: "199,000 jobs",
        value: 199000,
        change: { direction: "increase", measure: "absolute" },
        period: { text: "last month", from: "2024-07", to: "2024-07" },
      },
    ],
    PUB,
  ],
  [
    "Japan's economy shrank an annualised 2.1% in July-September.",
    [{ text: "2.1%", change: { direction: "decrease" } }],
  ],
];

export const BLIND_SPORTS: Case[] = [
  ["MANCHESTER UNITED BEAT LIVERPOOL 2-1 AT OLD TRAFFORD", []],
  ["Real Madrid sealed a 2-1 win over Bayern Munich.", []],
  ["Sinner won 6-3, 6-4 to reach the final.", []],
  ["The Chiefs beat the 49ers 25-22 in overtime.", []],
  ["India were bowled out for 46, their lowest total at home.", [{ kind: "NUMBER", value: 46 }]],
  ["The match ended in a 1-1 draw.", []],
  [
    "Mbappe joined Real Madrid on a free transfer, with a signing bonus reported at €100 million.",
    [{ text: "€100 million", value: 1e8, currency: "EUR" }],
  ],
  ["The final drew a crowd of 87,192 at Wembley.", [{ kind: "NUMBER", text: "87,192", value: 87192 }]],
  ["Kipchoge ran the marathon in 2:01:09.", []],
  [
    "Chelsea have spent more than £1 billion on players since 2022.",
    [
      {
        text: "£1 billion",
        value: 1e9,
        currency: "GBP",
        qualifier: "lower_bound",
        period: { text: "since 2022" },
      },
    ],
  ],
  ["Djokovic has won 24 Grand Slam titles.", [{ kind: "QUANTITY", value: 24 }]],
  ["Barcelona lost 4-0 to Girona on Sunday.", []],
];

export const BLIND_ELECTIONS: Case[] = [
  [
    "Sheinbaum won 59.8% of the vote, according to the National Electoral Institute.",
    [{ text: "59.8%", value: 59.8, speaker: { name: "National Electoral Institute", mode: "reported" } }],
  ],
  [
    "The BJP won 240 seats, short of the 272 needed for a majority.",
    [
      { kind: "QUANTITY", text: "240 seats", value: 240, unit: "seats" },
      { kind: "NUMBER", text: "272", value: 272 },
    ],
  ],
  [
    "Biden leads Trump 48% to 45% among registered voters, with a margin of error of 3 percentage points.",
    [
      { text: "48%", value: 48 },
      { text: "45%", value: 45 },
      { text: "3 percentage points", value: 3 },
    ],
  ],
  [
    "Turnout was 66.6 percent, the highest since 1992.",
    [{ text: "66.6 percent", value: 66.6, subject: { text: "Turnout" } }],
  ],
  [
    "The ruling ANC's support fell to 40.2% from 57.5% five years ago.",
    [
      { text: "40.2%", value: 40.2 },
      { text: "57.5%", value: 57.5 },
    ],
  ],
  [
    "Nearly 970 million people were eligible to vote.",
    [{ kind: "QUANTITY", text: "970 million people", value: 9.7e8, qualifier: "approximate" }],
  ],
  ["Labour won a majority of 174 seats.", [{ kind: "QUANTITY", text: "174 seats", value: 174 }]],
  [
    "He won by 11,779 votes in Georgia.",
    [{ kind: "QUANTITY", text: "11,779 votes", value: 11779, unit: "votes" }],
  ],
  [
    "About two-thirds of respondents said the economy was getting worse, the poll found.",
    [{ kind: "NUMBER", text: "two-thirds", qualifier: "approximate" }],
  ],
  ["The measure passed 52-48 in the Senate.", []],
  [
    "Milei's approval rating dropped 5 points to 45% in March, a Poliarquia survey showed.",
    [
      { kind: "PERCENT", value: 5, change: { direction: "decrease", measure: "percentage_points" } },
      { text: "45%", value: 45, period: { text: "March" } },
    ],
  ],
];

export const BLIND_DISASTERS: Case[] = [
  [
    "At least 42 people were killed and 300 injured when the quake struck, officials said.",
    [
      { kind: "QUANTITY", text: "42 people", value: 42, qualifier: "lower_bound", speaker: undefined },
      { kind: "NUMBER", text: "300", value: 300 },
    ],
  ],
  [
    "A magnitude 7.5 earthquake struck Japan's Noto peninsula on New Year's Day.",
    [{ kind: "NUMBER", text: "7.5", value: 7.5 }],
  ],
  [
    "The death toll from the floods rose to 1,033, the National Disaster Management Authority said.",
    [
      {
        kind: "NUMBER",
        text: "1,033",
        value: 1033,
        speaker: { name: "National Disaster Management Authority" },
      },
    ],
  ],
  [
    "More than 10,000 families have been displaced by the fighting.",
    [{ kind: "QUANTITY", text: "10,000 families", value: 1e4, qualifier: "lower_bound" }],
  ],
  [
    "The wildfire has burned 97,000 acres and destroyed 1,200 structures.",
    [
      { kind: "QUANTITY", text: "97,000 acres", value: 97000, unit: "acres" },
      { kind: "QUANTITY", text: "1,200 structures", value: 1200 },
    ],
  ],
  [
    "Cyclone Freddy killed more than 500 people in Malawi and Mozambique.",
    [{ kind: "QUANTITY", text: "500 people", value: 500, qualifier: "lower_bound" }],
  ],
  [
    "Damage is estimated at $3.5 billion, according to Moody's RMS.",
    [{ text: "$3.5 billion", value: 3.5e9, speaker: { name: "Moody's RMS" } }],
  ],
  [
    "Some 2.3 million people need humanitarian assistance, the United Nations said.",
    [
      {
        kind: "QUANTITY",
        text: "2.3 million people",
        value: 2.3e6,
        qualifier: "approximate",
        speaker: { name: "United Nations", mode: "reported" },
      },
    ],
  ],
  [
    "Rainfall of up to 300 mm is forecast over the next 48 hours.",
    [{ kind: "QUANTITY", text: "300 mm", value: 300, unit: "mm", qualifier: "upper_bound" }],
  ],
  ["Winds of 240 km/h tore roofs off homes.", [{ kind: "QUANTITY", value: 240 }]],
  [
    "The number of cholera cases has risen to 4,500 since January.",
    [{ kind: "NUMBER", text: "4,500", value: 4500, period: { text: "since January" } }],
  ],
  [
    "Rescuers pulled 23 survivors from the rubble, a police spokesman told AFP.",
    [{ kind: "QUANTITY", text: "23 survivors", value: 23 }],
  ],
];

export const BLIND_SCIENCE: Case[] = [
  [
    "Global temperatures were 1.45 degrees Celsius above pre-industrial levels in 2023.",
    [{ kind: "QUANTITY", value: 1.45, period: { text: "2023" } }],
  ],
  [
    "The vaccine was 95% effective in a trial of 43,000 people.",
    [
      { kind: "PERCENT", text: "95%", value: 95 },
      { kind: "QUANTITY", text: "43,000 people", value: 43000 },
    ],
  ],
  [
    "Arctic sea ice shrank to 4.23 million square kilometres in September.",
    [{ kind: "QUANTITY", value: 4.23e6, period: { text: "September" } }],
  ],
  [
    "The telescope cost about $10 billion and sits 1.5 million km from Earth.",
    [
      { text: "$10 billion", value: 1e10, qualifier: "approximate" },
      { kind: "QUANTITY", text: "1.5 million km", value: 1.5e6, unit: "km" },
    ],
  ],
  ["Carbon dioxide levels reached 424 parts per million in May.", [{ kind: "QUANTITY", value: 424 }]],
  [
    "The study followed 12,000 adults for a decade and found a 20% lower risk of dementia.",
    [
      { kind: "QUANTITY", text: "12,000 adults", value: 12000 },
      { kind: "PERCENT", text: "20%", value: 20 },
    ],
  ],
  [
    "Sea levels have risen by about 21 to 24 centimetres since 1880.",
    [{ kind: "QUANTITY", value: 21, high: 24, qualifier: "approximate" }],
  ],
  [
    "The drug cut the risk of heart attack by 26 percent, researchers reported.",
    [{ text: "26 percent", change: { direction: "decrease", measure: "relative" }, speaker: undefined }],
  ],
  [
    "The asteroid is roughly 500 metres wide.",
    [{ kind: "QUANTITY", text: "500 metres", value: 500, qualifier: "approximate" }],
  ],
];

export const BLIND_INDIA: Case[] = [
  [
    "India's GDP grew 7.8 per cent in the April-June quarter.",
    [{ text: "7.8 per cent", value: 7.8, change: { direction: "increase" } }],
  ],
  [
    "The government has allocated Rs 11.11 lakh crore for capital expenditure.",
    [
      {
        text: "Rs 11.11 lakh crore",
        value: 1.111e13,
        currency: "INR",
        subject: { text: "capital expenditure" },
      },
    ],
  ],
  [
    "Reliance Jio added 3.2 million subscribers in July, TRAI data showed.",
    [{ kind: "QUANTITY", text: "3.2 million subscribers", value: 3.2e6 }],
  ],
  [
    "The Sensex tanked 1,062 points to close at 72,404.",
    [
      { text: "1,062 points", value: 1062, change: { direction: "decrease" } },
      { text: "72,404", value: 72404 },
    ],
  ],
  [
    "HDFC Bank's net profit rose 33.5% to ₹16,511 crore.",
    [
      { text: "33.5%", change: { direction: "increase", measure: "relative" } },
      { text: "₹16,511 crore", value: 1.6511e11, currency: "INR" },
    ],
  ],
  [
    "Petrol is priced at Rs 94.72 a litre in Delhi.",
    [{ kind: "MONEY", text: "Rs 94.72", value: 94.72, currency: "INR" }],
  ],
  [
    "the state will spend rs 500 crore on flood relief, the chief minister said.",
    [{ kind: "MONEY", value: 5e9, currency: "INR" }],
  ],
  [
    "Over 1.5 lakh devotees visited the temple on Monday.",
    [{ kind: "QUANTITY", value: 150000, qualifier: "lower_bound" }],
  ],
  [
    "Bangladesh's exports rose 9.8% to $55.5 billion in fiscal 2022-23.",
    [
      { text: "9.8%", change: { direction: "increase" } },
      { text: "$55.5 billion", value: 5.55e10, period: { text: "fiscal 2022-23" } },
    ],
  ],
  [
    "Sri Lanka secured a $2.9 billion bailout from the IMF.",
    [{ text: "$2.9 billion", value: 2.9e9, currency: USD }],
  ],
];

export const BLIND_AFRICA: Case[] = [
  [
    "Kenya's Treasury plans to raise KSh 3.6 trillion in the 2024/25 budget.",
    [{ kind: "MONEY", value: 3.6e12, currency: "KES" }],
  ],
  [
    "Nigeria's inflation rate climbed to 33.2% in March, the National Bureau of Statistics said.",
    [
      {
        text: "33.2%",
        value: 33.2,
        period: { text: "March" },
        speaker: { name: "National Bureau of Statistics", mode: "reported" },
      },
    ],
  ],
  ["Eskom needs R254 billion to fix its grid.", [{ kind: "MONEY", value: 2.54e11, currency: "ZAR" }]],
  // (Session 17 changed the convention: a currency quoted against another is an amount of it, as
  // "N1,500 to the dollar" always was; three testers in three genres read it so.)
  [
    "The naira weakened to 1,500 per dollar.",
    [{ kind: "MONEY", value: 1500, currency: "NGN", unit: "per dollar" }],
  ],
  [
    "Ghana's cedi has lost 20 percent of its value against the dollar this year.",
    [{ text: "20 percent", value: 20, period: { text: "this year" } }],
  ],
  [
    "Egypt devalued the pound by nearly 40% and raised interest rates by 600 basis points.",
    [
      { text: "40%", value: 40, qualifier: "approximate" },
      { text: "600 basis points", value: 6, change: { direction: "increase", measure: "percentage_points" } },
    ],
  ],
  [
    "Ethiopia's economy is projected to grow 7.9 percent in the year to July.",
    [{ text: "7.9 percent", change: { direction: "increase" }, period: { text: "year to July" } }],
  ],
  [
    "Dangote Refinery will process 650,000 barrels per day at full capacity.",
    [{ kind: "QUANTITY", value: 650000 }],
  ],
  [
    "The World Bank approved a $750 million loan for Nigeria.",
    [{ text: "$750 million", value: 7.5e8, currency: USD }],
  ],
  [
    "Morocco's quake killed nearly 3,000 people.",
    [{ kind: "QUANTITY", text: "3,000 people", value: 3000, qualifier: "approximate" }],
  ],
];

export const BLIND_LATAM: Case[] = [
  [
    "Petrobras will invest $102 billion between 2024 and 2028.",
    [{ text: "$102 billion", value: 1.02e11, currency: USD }],
  ],
  [
    "Mexico's peso weakened 1.2% to 18.45 per dollar.",
    [
      { text: "1.2%", change: { direction: "decrease" } },
      // (Session 17's convention, reached in session 18 after a change too; this case asserted NUMBER.)
      { kind: "MONEY", value: 18.45, currency: "MXN", unit: "per dollar" },
    ],
  ],
  [
    "Brazil's economy expanded 2.9% last year, IBGE said.",
    [
      {
        text: "2.9%",
        change: { direction: "increase" },
        period: { text: "last year", from: "2023" },
        speaker: { name: "IBGE", mode: "reported" },
      },
    ],
    PUB,
  ],
  [
    "Chile's copper output fell 1.4% to 5.25 million tonnes.",
    [
      { text: "1.4%", change: { direction: "decrease" } },
      { kind: "QUANTITY", text: "5.25 million tonnes", value: 5.25e6 },
    ],
  ],
  ["Colombia will auction 3.5 trillion pesos in TES bonds.", [{ kind: "MONEY", value: 3.5e12 }]],
  ["The minimum wage will rise to 1,412 reais a month.", [{ kind: "MONEY", value: 1412, currency: "BRL" }]],
  ["Peru's central bank trimmed its key rate to 6.25%.", [{ text: "6.25%", value: 6.25, change: undefined }]],
  [
    "Venezuela has the world's largest proven oil reserves, estimated at 303 billion barrels.",
    [{ kind: "QUANTITY", text: "303 billion barrels", value: 3.03e11 }],
  ],
];

export const BLIND_ASIA: Case[] = [
  [
    "Samsung's operating profit jumped to 10.4 trillion won in the second quarter.",
    [{ kind: "MONEY", value: 1.04e13, currency: "KRW", period: { text: "second quarter" } }],
  ],
  [
    "Singapore's GDP grew 2.9% year-on-year in Q2.",
    [{ text: "2.9%", change: { direction: "increase", base: "year-on-year" }, period: { text: "Q2" } }],
  ],
  [
    "TSMC's revenue rose 40.1% to NT$673.5 billion.",
    [
      { text: "40.1%", change: { direction: "increase" } },
      { kind: "MONEY", value: 6.735e11, currency: "TWD" },
    ],
  ],
  [
    "Malaysia's budget allocates RM40.8 billion for development.",
    [{ kind: "MONEY", value: 4.08e10, currency: "MYR" }],
  ],
  [
    "Indonesia will spend Rp 466 trillion on the new capital.",
    [{ kind: "MONEY", value: 4.66e14, currency: "IDR" }],
  ],
  [
    "China's exports fell 14.5% in July from a year earlier, customs data showed.",
    [
      {
        text: "14.5%",
        change: { direction: "decrease", base: "a year earlier" },
        period: { text: "July" },
        speaker: undefined,
      },
    ],
  ],
  [
    "Thailand expects 35 million foreign tourists this year.",
    [{ kind: "QUANTITY", value: 3.5e7, period: { text: "this year" } }],
  ],
  [
    "Vietnam's FDI inflows reached $23.2 billion in 2023, up 3.5%.",
    [
      { text: "$23.2 billion", period: { text: "2023" } },
      { text: "3.5%", change: { direction: "increase" } },
    ],
  ],
  [
    "The Philippines posted a trade deficit of $4.2 billion in June.",
    [{ text: "$4.2 billion", period: { text: "June" } }],
  ],
  ["Hong Kong's Hang Seng index slumped 2.3%.", [{ text: "2.3%", change: { direction: "decrease" } }]],
  [
    "Japan's population fell by 837,000 to 124.35 million.",
    [
      { kind: "NUMBER", value: 837000, change: { direction: "decrease", measure: "absolute" } },
      { kind: "NUMBER", value: 1.2435e8 },
    ],
  ],
  [
    "Pakistan received $1.1 billion from the IMF, the finance ministry said.",
    [{ text: "$1.1 billion", value: 1.1e9 }],
  ],
  [
    "Alibaba will invest 53 billion yuan in cloud computing over three years.",
    [{ kind: "MONEY", text: "53 billion yuan", value: 5.3e10, currency: "CNY" }],
  ],
];

export const BLIND_LOWERCASE: Case[] = [
  ["inflation rose to 6.2 percent in june", [{ text: "6.2 percent", value: 6.2 }]],
  [
    "the company said profit rose 12 pct to $1.4 bln",
    [
      { text: "12 pct", value: 12, change: { direction: "increase" } },
      { text: "$1.4 bln", value: 1.4e9 },
    ],
  ],
  ["shares jumped 7% after the results", [{ text: "7%", change: { direction: "increase" } }]],
  [
    "about 200 protesters gathered outside parliament",
    [{ kind: "QUANTITY", value: 200, qualifier: "approximate" }],
  ],
  ["the fine was 5 million euros", [{ text: "5 million euros", value: 5e6, currency: "EUR" }]],
  ["revenue was flat at $2 billion", [{ text: "$2 billion", change: undefined }]],
  ["we expect growth of 3 to 4 percent next year", [{ kind: "PERCENT", value: 3, high: 4 }]],
  ["sales were down 8% q/q", [{ text: "8%", change: { direction: "decrease" } }]],
];

export const BLIND_HEADLINES: Case[] = [
  ["OIL JUMPS 4% AS OPEC+ AGREES DEEPER CUTS", [{ text: "4%", value: 4, change: { direction: "increase" } }]],
  ["Tesla Q3 deliveries top 435,000", [{ value: 435000, qualifier: "lower_bound" }]],
  ["UK inflation falls to 2% for first time in three years", [{ text: "2%", value: 2 }]],
  ["Nvidia market value tops $3 trillion", [{ text: "$3 trillion", value: 3e12, qualifier: "lower_bound" }]],
  ["Fed holds rates at 5.25-5.5%, signals one cut in 2024", [{ kind: "PERCENT", value: 5.25, high: 5.5 }]],
  ["Gaza death toll passes 30,000, health ministry says", [{ value: 30000, qualifier: "lower_bound" }]],
  ["Sensex crashes 4,000 points on election results", [{ value: 4000, change: { direction: "decrease" } }]],
  [
    "ECB cuts rates by 25bp",
    [{ value: 0.25, change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  ["US adds 272K jobs in May", [{ kind: "QUANTITY", value: 272000 }]],
  ["Bitcoin hits $73K", [{ kind: "MONEY", value: 73000 }]],
  ["G7 agrees $50bn loan for Ukraine", [{ text: "$50bn", value: 5e10 }]],
  ["COVID-19: India reports 1,200 new cases", [{ kind: "QUANTITY", value: 1200 }]],
];

export const BLIND_PERIODS: Case[] = [
  ["Sales rose 4% in Q3.", [{ text: "4%", period: { text: "Q3" } }]],
  ["Sales rose 4% in Q3.", [{ text: "4%", period: { text: "Q3", from: "2024-07", to: "2024-09" } }], PUB],
  ["Output rose 2% in the first half.", [{ text: "2%", period: { text: "first half" } }]],
  [
    "Revenue was $4 billion in fiscal 2024.",
    [{ text: "$4 billion", period: { text: "fiscal 2024", from: "2024" } }],
  ],
  ["Exports rose 3% in the year to March.", [{ text: "3%", period: { text: "year to March" } }]],
  ["Prices fell 1% last month.", [{ text: "1%", period: { text: "last month" } }]],
  ["Prices fell 1% last month.", [{ text: "1%", period: { text: "last month", from: "2023-12" } }], PUB_JAN],
  ["Car sales fell 5% in October.", [{ text: "5%", period: { text: "October" } }]],
  ["Car sales fell 5% in October.", [{ text: "5%", period: { text: "October", from: "2023-10" } }], PUB_JAN],
  [
    "Profit fell 8% in the fourth quarter.",
    [{ text: "8%", period: { text: "fourth quarter", from: "2023-10", to: "2023-12" } }],
    PUB_JAN,
  ],
  ["Imports grew 6% in the first nine months.", [{ text: "6%", period: { text: "first nine months" } }]],
  [
    "Spending rose 3% in H1 2024.",
    [{ text: "3%", period: { text: "H1 2024", from: "2024-01", to: "2024-06" } }],
  ],
];

export const BLIND_NONE: Case[] = [
  ["The Boeing 737 MAX 9 was grounded.", []],
  ["He was born on 12 March 1961.", []],
  ["Flight MH370 vanished in 2014.", []],
  ["The meeting starts at 10:30 a.m. on Tuesday.", []],
  ["She is one of the two finalists.", []],
  ["Section 230 shields platforms from liability.", []],
  ["Call 911 in an emergency.", []],
  ["Prime Minister Narendra Modi, 73, addressed the rally.", []],
  ["The iPhone 16 Pro goes on sale on Sept. 20.", []],
  ["Windows 11 adoption is slow.", []],
];

/** Every blind case, by topic (the benchmark reports the share of each). */
export const BLIND_BY_TOPIC: Readonly<Record<string, Case[]>> = {
  business: BLIND_BUSINESS,
  "central banks": BLIND_CENTRAL_BANKS,
  sports: BLIND_SPORTS,
  elections: BLIND_ELECTIONS,
  disasters: BLIND_DISASTERS,
  science: BLIND_SCIENCE,
  india: BLIND_INDIA,
  africa: BLIND_AFRICA,
  "latin america": BLIND_LATAM,
  asia: BLIND_ASIA,
  "lower-case": BLIND_LOWERCASE,
  headlines: BLIND_HEADLINES,
  periods: BLIND_PERIODS,
  none: BLIND_NONE,
};

export const BLIND_CASES: Case[] = Object.values(BLIND_BY_TOPIC).flat();
