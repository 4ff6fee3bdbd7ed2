import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 11 (the session-10 backlog and the session-11 testers:
 * sports business, climate disasters, banking and fintech, labour, higher education, carmakers, food
 * prices in Latin America, mining in Africa), in wording of my own.
 */

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX11_SPEAKERS: Case[] = [
  // A speech verb after "and" reports for the named subject that opens the sentence.
  [
    "Okafor welcomed the ruling and said fares would rise 4% in January.",
    [{ text: "4%", speaker: { name: "Okafor", mode: "reported" } }],
    PUB,
  ],
  [
    "Norsk Hydro cut its capex plan and warned that output could fall 6% next year.",
    [{ text: "6%", speaker: { name: "Norsk Hydro", mode: "reported" } }],
    PUB,
  ],
  // Not a name that modifies a noun, nor a sentence's opening word.
  [
    "The Danish lender trimmed its target and said costs would reach 4 billion crowns.",
    [{ text: "4 billion crowns", speaker: undefined }],
    PUB,
  ],
  [
    "In its annual review, the regulator cut fees and said revenue would fall 3%.",
    [{ text: "3%", speaker: undefined }],
    PUB,
  ],
  // An estimate set off by commas attributes what comes before and after it.
  [
    "Arms imports rose to $41 billion last year, the institute's researchers estimated, an increase of 7%.",
    [{ text: "$41 billion" }, { text: "7%", change: { direction: "increase", measure: "relative" } }],
    PUB,
  ],
  [
    "Grain stocks fell to 2.1 million tonnes, Rabobank estimated, the lowest in a decade.",
    [{ text: "2.1 million tonnes", speaker: { name: "Rabobank", mode: "reported" } }],
    PUB,
  ],
];

export const FIX11_SOURCES: Case[] = [
  // The source named after "data from", a report that closes the sentence, a forecast past "now" or an
  // acronym, an institution "of" a country, a title with a hyphen, an honorific with a point.
  [
    "Retail sales rose 2.4%, data from the Central Statistics Office showed.",
    [{ text: "2.4%", speaker: { name: "Central Statistics Office", mode: "reported" } }],
    PUB,
  ],
  [
    "Card spending fell 1.2% in October, the Reserve Bank reported.",
    [{ text: "1.2%", speaker: { name: "Reserve Bank", mode: "reported" } }],
    PUB,
  ],
  [
    "The Cocoa Board now forecasts a harvest of 650,000 tonnes.",
    [{ text: "650,000 tonnes", speaker: { name: "Cocoa Board", mode: "reported" } }],
    PUB,
  ],
  [
    "The Nickel Producers Forum (NPF) forecasts a surplus of 120,000 tonnes.",
    [{ text: "120,000 tonnes", speaker: { name: "Nickel Producers Forum", mode: "reported" } }],
    PUB,
  ],
  [
    "The Bank of Uganda estimates that coffee exports rose 11% last year.",
    [{ text: "11%", speaker: { name: "Bank of Uganda", mode: "reported" } }],
    PUB,
  ],
  [
    "Vice-Chancellor Ruth Okoro said enrolment fell 6%.",
    [{ text: "6%", speaker: { name: "Ruth Okoro", mode: "reported" } }],
    PUB,
  ],
  [
    "The Minister of Health, Dr. Ibrahim Lawal, said the Federal Medical Centre had spent N3 billion.",
    [{ text: "N3 billion", speaker: { name: "Ibrahim Lawal", mode: "reported" } }],
    PUB,
  ],
  // A date between a speech verb and its "that"; a survey's author after "by".
  [
    "Statistics Finland reported on Tuesday that joblessness rose to 10.3%.",
    [{ text: "10.3%", speaker: { name: "Statistics Finland", mode: "reported" } }],
    PUB,
  ],
  [
    "A poll by YouGov found 61% of voters opposed the plan.",
    [{ text: "61%", speaker: { name: "YouGov", mode: "reported" } }],
    PUB,
  ],
  [
    "The ministry reported revenue of 4 billion euros.",
    [{ text: "4 billion euros", speaker: undefined }],
    PUB,
  ],
  // Two reports in one sentence, each with its own speaker.
  [
    "Rio Tinto said shipments rose 3%, and Vale said its output dropped 5%.",
    [
      { text: "3%", speaker: { name: "Rio Tinto", mode: "reported" } },
      { text: "5%", speaker: { name: "Vale", mode: "reported" } },
    ],
    PUB,
  ],
  [
    "The Treasury said receipts rose 4%, while the Bank of England said approvals fell 6%.",
    [
      { text: "4%", speaker: { name: "Treasury", mode: "reported" } },
      { text: "6%", speaker: { name: "Bank of England", mode: "reported" } },
    ],
    PUB,
  ],
];

export const FIX11_GAPPED_LEVELS: Case[] = [
  // A list that repeats the link of the figure before takes its currency and names its own item.
  [
    "Munich Re put its claims at 900 million euros, Hannover Re at 650 million and SCOR at 400 million.",
    [
      { text: "900 million euros", currency: "EUR" },
      { text: "650 million", kind: "MONEY", currency: "EUR", subject: { text: "Hannover Re" } },
      { text: "400 million", kind: "MONEY", currency: "EUR", subject: { text: "SCOR" } },
    ],
    PUB,
  ],
  // A count followed by a rate is no gapped list.
  [
    "Osaka's rate was the highest of the 47 prefectures at 1.31.",
    [{ text: "47 prefectures" }, { text: "1.31", kind: "NUMBER" }],
    PUB,
  ],
  // "won with": the winner is what the share measures.
  [
    "The Labour Party won with 46.2% of the vote.",
    [{ text: "46.2%", subject: { text: "The Labour Party" } }],
    PUB,
  ],
  // A period with "the" between the two figures still links them.
  [
    "Cash reserves stood at 2.4 billion rand at the end of June, down from 3.1 billion a year earlier.",
    [{ text: "2.4 billion rand" }, { text: "3.1 billion", kind: "MONEY", currency: "ZAR" }],
    PUB,
  ],
  // A parallel clause that counts its own numbers keeps them bare.
  [
    "Cargo rose to 3.2 million tonnes in the year to March, while passenger numbers reached 1.4 million.",
    [{ text: "3.2 million tonnes" }, { text: "1.4 million", kind: "NUMBER" }],
    PUB,
  ],
];

export const FIX11_CURRENCIES: Case[] = [
  // Dollars written with a country's letters, and currencies of small economies, by name.
  ["Exports rose to N$3.1 billion.", [{ text: "N$3.1 billion", kind: "MONEY", currency: "NAD" }], PUB],
  ["The cyclone did damage of 9 billion vatu.", [{ text: "9 billion vatu", currency: "VUV" }], PUB],
  [
    "Aid of 20 million Fijian dollars arrived.",
    [{ text: "20 million Fijian dollars", currency: "FJD" }],
    PUB,
  ],
  [
    "The bank sold 300 billion Congolese francs of bonds.",
    [{ text: "300 billion Congolese francs", currency: "CDF" }],
    PUB,
  ],
  ["A subsidy of 800 UF goes to each family.", [{ text: "800 UF", currency: "CLF" }], PUB],
  ["The levy raised ZiG 2.2 billion.", [{ text: "ZiG 2.2 billion", currency: "ZWG" }], PUB],
  [
    "Credit reached 9.1 quadrillion dong.",
    [{ text: "9.1 quadrillion dong", value: 9.1e15, currency: "VND" }],
    PUB,
  ],
  ["Miners paid K3.4 billion in royalties.", [{ text: "K3.4 billion", value: 3.4e9, currency: "ZMW" }], PUB],
  // "K" before a short number is a name, not the kwacha.
  ["The K9 unit deployed 12 dogs.", [{ text: "12 dogs" }], PUB],
];

export const FIX11_SHARES: Case[] = [
  // A share a verb takes as its object measures what it is a share of, up to the verb's complement.
  [
    "Egypt imports roughly 60% of the wheat it eats.",
    [{ text: "60%", subject: { text: "the wheat it eats" } }],
    PUB,
  ],
  [
    "The utility will source 45% of its power from wind farms.",
    [{ text: "45%", subject: { text: "its power" } }],
    PUB,
  ],
  [
    "Households devoted 38% of their income to food.",
    [{ text: "38%", subject: { text: "their income" } }],
    PUB,
  ],
  // A level verb keeps the clause's subject, and so does a part of a total.
  ["Public debt reached 91% of GDP.", [{ text: "91%", subject: { text: "Public debt" } }], PUB],
  ["Tourism accounted for 12% of output.", [{ text: "12%", subject: { text: "Tourism" } }], PUB],
  ["The deficit may not exceed 3% of GDP.", [{ text: "3%", subject: { text: "The deficit" } }], PUB],
  // A percentage before its noun measures that noun; not a stake, a share or a change.
  ["Miners pay a 6% royalty on gold sales.", [{ text: "6%", subject: { text: "royalty" } }], PUB],
  ["Inflation stayed above the bank's 4% target.", [{ text: "4%", subject: { text: "target" } }], PUB],
  ["Orlen holds a 30% stake in the refinery.", [{ text: "30%", subject: { text: "Orlen" } }], PUB],
  ["Korean suppliers held a share of 17%.", [{ text: "17%", subject: { text: "Korean suppliers" } }], PUB],
  // The present tense of "lift" and "boost" moves its object.
  [
    "The new contract lifts overtime rates by 7%.",
    [
      {
        text: "7%",
        change: { direction: "increase", measure: "relative" },
        subject: { text: "overtime rates" },
      },
    ],
    PUB,
  ],
  ["The economy grew at a 2.1% annual rate.", [{ text: "2.1%", subject: { text: "The economy" } }], PUB],
  ["Coverage fell below the 95% needed for herd immunity.", [{ text: "95%", subject: undefined }], PUB],
];

export const FIX11_LEVELS: Case[] = [
  // A count a subject reaches measures the subject; one a verb takes as its object counts its unit.
  [
    "Tesla's global deliveries reached 497,000 vehicles in the quarter.",
    [{ text: "497,000 vehicles", subject: { text: "Tesla's global deliveries" } }],
    PUB,
  ],
  [
    "Container throughput totalled 3.4 million units.",
    [{ text: "3.4 million units", subject: { text: "Container throughput" } }],
    PUB,
  ],
  ["The convoys reached 40,000 people.", [{ text: "40,000 people", subject: { text: "people" } }], PUB],
  [
    "The port handled 5.4 million containers.",
    [{ text: "5.4 million containers", subject: { text: "The port" } }],
    PUB,
  ],
  // A tier's number names it.
  [
    "The bank's common equity tier 1 ratio stood at 13.1%.",
    [{ text: "13.1%", subject: { text: "The bank's common equity tier 1 ratio" } }],
    PUB,
  ],
  ["Fiji will pay FJ$1,200 to each family.", [{ text: "FJ$1,200", kind: "MONEY", currency: "FJD" }], PUB],
  // A number grouped in thousands after a name in a gapped list is a figure, in the unit before it.
  [
    "Ford sold 9,300 trucks, Isuzu Motors 4,450 and Hino 2,100.",
    [
      { text: "9,300 trucks" },
      { text: "4,450", kind: "QUANTITY", unit: "trucks" },
      { text: "2,100", kind: "QUANTITY", unit: "trucks" },
    ],
    PUB,
  ],
  [
    "Sales rose to 8,800 cars, with Skoda 2,700 and Cupra 1,900.",
    [
      { text: "8,800 cars" },
      { text: "2,700", kind: "QUANTITY", unit: "cars" },
      { text: "1,900", kind: "QUANTITY", unit: "cars" },
    ],
    PUB,
  ],
  // A number after a period's own "of the year" still takes the unit before.
  [
    "Builders sold 4,210 homes in the first half of the year, compared with 3,980 a year earlier.",
    [{ text: "4,210 homes" }, { text: "3,980", kind: "QUANTITY", unit: "homes" }],
    PUB,
  ],
  ["Patients with a body mass index of 35 or more qualify.", [{ text: "35", kind: "NUMBER" }], PUB],
];

export const FIX11_RELATIVE_MONTHS: Case[] = [
  // "a month earlier", "the month before" after a month named in the sentence: the month before it.
  [
    "Inflation slowed to 4.4% in March from 4.9% the month before.",
    [{ text: "4.4%" }, { text: "4.9%", period: { from: "2026-02", to: "2026-02" } }],
    PUB,
  ],
  [
    "Inflation slowed to 4.4% in March from 4.9% a month earlier.",
    [{ text: "4.4%" }, { text: "4.9%", period: { from: "2026-02", to: "2026-02" } }],
    PUB,
  ],
];
