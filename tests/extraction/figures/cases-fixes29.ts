import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 32, in wording of my own. */

export const FIX32_RELATIVE_HEADED_PRONOUNS: Case[] = [
  // "those" keeps the relative clause that says who they are, past a floating "each".
  [
    "Families of those who died would each receive 15 million naira.",
    [{ text: "15 million naira", subject: { text: "Families of those who died" } }],
  ],
  [
    "Those who qualify will receive $4,000 each.",
    [{ text: "$4,000", subject: { text: "Those who qualify" } }],
  ],
  // A noun keeps no relative clause; nor does a pronoun whose clause holds a figure of its own.
  [
    "Players who lose in the first round will receive $5,000.",
    [{ text: "$5,000", subject: { text: "Players" } }],
  ],
];

const PUB = { publishedAt: "2026-11-20" };

export const FIX32_NOW_BETWEEN_FIGURES: Case[] = [
  // "now" between two figures dates the one its verb reaches, not a figure a relative clause gave before it.
  [
    "A shop that made Sh40,000 a month now makes Sh18,000 or less.",
    [
      { text: "Sh40,000", period: undefined },
      { text: "Sh18,000", period: { text: "now", from: "2026-11", to: "2026-11" } },
    ],
    PUB,
  ],
  [
    "An asthma inhaler that sold for Dh120 will now cost Dh78.",
    [
      { text: "Dh120", period: undefined },
      { text: "Dh78", period: { text: "now", from: "2026-11", to: "2026-11" } },
    ],
    PUB,
  ],
  // A period before such a "now" dates only the figure before it.
  [
    "A two-room shelter that cost N1.8m last year now costs N2.6m.",
    [
      { text: "N1.8m", period: { text: "last year", from: "2025", to: "2025" } },
      { text: "N2.6m", period: { text: "now", from: "2026-11", to: "2026-11" } },
    ],
    PUB,
  ],
  // A level a change came from is no level of now.
  [
    "A strip of 10 tablets will now cost Rs38, up from Rs32.",
    [
      { text: "10 tablets" },
      { text: "Rs38", period: { text: "now", from: "2026-11", to: "2026-11" } },
      { text: "Rs32", period: undefined },
    ],
    PUB,
  ],
  // Nor is a level compared with it that a time clause dates before now.
  [
    "The pack was now $4.12, compared with about $60 when the patent expired.",
    [
      { text: "$4.12", period: { text: "now", from: "2026-11", to: "2026-11" } },
      { text: "$60", period: undefined },
    ],
    PUB,
  ],
  // A figure that opens the clause keeps "now", as before.
  [
    "Only 12 states currently pay N70,000 or more, the forum said.",
    [
      { text: "12 states", period: { text: "currently", from: "2026-11", to: "2026-11" } },
      { text: "N70,000" },
    ],
    PUB,
  ],
];

export const FIX32_HOLDERS: Case[] = [
  // What a price list starts at, what a body needs, and what a carrier delivers or ships measure that subject.
  [
    "The cheapest package starts at SAR 14,900.",
    [{ text: "SAR 14,900", subject: { text: "The cheapest package" } }],
  ],
  ["Fares start at $1,650.", [{ text: "$1,650", subject: { text: "Fares" } }]],
  [
    "The state-owned entity will still need about R3.8bn.",
    [{ text: "R3.8bn", subject: { text: "The state-owned entity" } }],
  ],
  [
    "Australia Post delivered 2.1 billion letters last year.",
    [{ text: "2.1 billion letters", subject: { text: "Australia Post" } }],
  ],
  [
    "Gerdau shipped 2.6 million tonnes in the quarter.",
    [{ text: "2.6 million tonnes", subject: { text: "Gerdau" } }],
  ],
  // What is shipped "of" a content measures the content, as what is produced does.
  [
    "Vale said it shipped 94.4 million tonnes of iron ore.",
    [{ text: "94.4 million tonnes", subject: { text: "iron ore" } }],
  ],
  // A pronoun carrier of a measure leaves no subject, never the measure itself.
  ["It said it carried 72.2Mt.", [{ text: "72.2Mt", subject: undefined }]],
  ["It said it handled 30 bcm a year.", [{ text: "30 bcm a year", subject: undefined }]],
  // Past the listener after "told", an adverb of the saying, and "which means".
  [
    "The chairman told reporters the commission needed about 869 billion naira.",
    [{ text: "869 billion naira", subject: { text: "the commission" } }],
  ],
  [
    "Bids start at 33 shares, which means retail investors need at least Rs 14,982.",
    [{ text: "33 shares" }, { text: "Rs 14,982", subject: { text: "retail investors" } }],
  ],
  // A perfect participle opens no subject (the count's unit since session 43).
  [
    "That is with the Reserve Bank having delivered three rate cuts.",
    [{ text: "three rate cuts", subject: { text: "rate cuts" } }],
  ],
];

export const FIX32_PLACE_ABBREVIATIONS: Case[] = [
  // A place's short word with its dot neither ends the sentence nor the subject.
  [
    "Vehicles traveling from Balintawak to Sta. Ines would pay ₱385, up ₱34 from the current ₱351, the TRB said.",
    [
      { text: "₱385", subject: { text: "Vehicles traveling from Balintawak to Sta. Ines" } },
      { text: "₱34" },
      { text: "₱351" },
    ],
  ],
  [
    "Residents of St. Louis would pay $385 a year.",
    [{ text: "$385", subject: { text: "Residents of St. Louis" } }],
  ],
];

export const FIX32_COMPARED_UNITS: Case[] = [
  // A bare level compared with a count takes its unit past a participle or a relative clause after it.
  [
    "Traffic averaged 62,000 vehicles a day, well above the 35,000 projected.",
    [{ text: "62,000 vehicles a day" }, { text: "35,000", kind: "QUANTITY", unit: "vehicles a day" }],
  ],
  [
    "Vida sold 46,300 scooters, more than double the 19,700 it sold a year earlier.",
    [{ text: "46,300 scooters" }, { text: "19,700", kind: "QUANTITY", unit: "scooters" }],
  ],
  [
    "Volumes fell to 160 million items, down from a peak of more than 1 billion in 2002.",
    [{ text: "160 million items" }, { text: "1 billion", kind: "QUANTITY", unit: "items" }],
  ],
  // A price's denominator is shared past where it is paid.
  [
    "Petrol costs around 1,050 naira a litre in Lagos, up from 617 naira in mid-2024.",
    [
      { text: "1,050 naira", unit: "a litre" },
      { text: "617 naira", unit: "a litre" },
    ],
  ],
];

export const FIX32_ON_THIS_YEAR: Case[] = [
  // "on this year" sets next year's level against this year's: a base, no period of the figure.
  [
    "Package prices for 2027 are up roughly 15% on this year.",
    [
      {
        text: "15%",
        change: { direction: "increase", measure: "relative", base: "this year" },
        period: { text: "2027", from: "2027", to: "2027" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX32_RANK_HOLDERS: Case[] = [
  // What "had", "recorded" or "posted" the highest or lowest level holds the figure, a comma before "at" too.
  [
    "Lagos had the highest number at 92,000, while Bayelsa had the lowest at 18,900.",
    [
      { text: "92,000", subject: { text: "Lagos" } },
      { text: "18,900", subject: { text: "Bayelsa" } },
    ],
  ],
  [
    "Calabarzon recorded the most births, at 201,300.",
    [{ text: "201,300", subject: { text: "Calabarzon" } }],
  ],
  [
    "British Columbia had the lowest fertility rate at 1.02.",
    [{ text: "1.02", subject: { text: "British Columbia" } }],
  ],
  // A ranked name joined by a hyphen after "followed by".
  [
    "Gauteng had the highest share at 24.1%, followed by KwaZulu-Natal at 17.4%.",
    [
      { text: "24.1%", subject: { text: "Gauteng" } },
      { text: "17.4%", subject: { text: "KwaZulu-Natal" } },
    ],
  ],
  [
    "Peshawar Electric Supply Company (Pesco) reported the highest losses at 36.4pc.",
    [{ text: "36.4pc", subject: { text: "Peshawar Electric Supply Company (Pesco)" } }],
  ],
];

export const FIX32_PEOPLES: Case[] = [
  // A people in the plural is a count's unit whatever its ending, in two words too, and so is a faith.
  [
    "Some 179,210 Pakistanis will perform Hajj.",
    [{ text: "179,210 Pakistanis", kind: "QUANTITY", unit: "Pakistanis" }],
  ],
  [
    "About 350 New Zealanders made the trip.",
    [
      {
        text: "350 New Zealanders",
        kind: "QUANTITY",
        unit: "New Zealanders",
        subject: { text: "New Zealanders" },
      },
    ],
  ],
  [
    "Around 25,000 British Muslims perform the Hajj each year.",
    [{ text: "25,000 British Muslims", kind: "QUANTITY", unit: "Muslims" }],
  ],
];

export const FIX32_RESPECTIVELY_OF: Case[] = [
  // What the listed figures are "of" may stand before "respectively".
  [
    "Nigeria, Somalia and Jordan accounted for 11 per cent, 9 per cent and 8 per cent of applications respectively.",
    [
      { text: "11 per cent", subject: { text: "Nigeria" } },
      { text: "9 per cent", subject: { text: "Somalia" } },
      { text: "8 per cent", subject: { text: "Jordan" } },
    ],
  ],
];

export const FIXES29: Case[] = [
  ...FIX32_RESPECTIVELY_OF,
  ...FIX32_PEOPLES,
  ...FIX32_RANK_HOLDERS,
  ...FIX32_ON_THIS_YEAR,
  ...FIX32_COMPARED_UNITS,
  ...FIX32_PLACE_ABBREVIATIONS,
  ...FIX32_RELATIVE_HEADED_PRONOUNS,
  ...FIX32_NOW_BETWEEN_FIGURES,
  ...FIX32_HOLDERS,
];
