import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 79, in wording of my own. */

export const FIX79_RATE_SUBJECTS: Case[] = [
  // A count's own noun is its subject; the rate after it is the unit's, not part of what is counted.
  [
    "Demand is strong: I turn away maybe 20 new clients a month. She grooms 40 dogs a week at the salon.",
    [
      { text: "20 new clients a month", unit: "clients a month", subject: { text: "new clients" } },
      { text: "40 dogs a week", unit: "dogs a week", subject: { text: "dogs" } },
    ],
  ],
  // A capital "A" inside a name is no rate; a capitals headline's "A YEAR" is one.
  [
    "Only 20 Serie A clubs took part.\n\nFERRY YARD TO BUILD FOUR 45-METRE YACHTS A YEAR",
    [
      { text: "20 Serie A clubs", subject: { text: "Serie A clubs" } },
      { text: "FOUR 45-METRE YACHTS A YEAR", subject: { text: "45-METRE YACHTS" } },
    ],
  ],
];

export const FIX79_MEASURED_THINGS: Case[] = [
  // What a price is for may be sized by a measure of its own: the article, the measure and the noun.
  [
    "The laundromat charges N2,500 for a 6kg bag of wash-and-fold. Storage costs KSh 4,500 a month for a 3 square metre unit. Farmers pay Rs2,300 for a 40kg bag of cotton seed cake compared with Rs1,650 last year.",
    [
      { text: "N2,500", subject: { text: "a 6kg bag of wash-and-fold" } },
      { text: "6kg", subject: { text: "bag" } },
      { text: "KSh 4,500", unit: "a month", subject: { text: "Storage" } },
      { text: "3 square metre", subject: { text: "unit" } },
      { text: "Rs2,300", subject: { text: "a 40kg bag of cotton seed cake" } },
      { text: "40kg", subject: { text: "bag" } },
      { text: "Rs1,650", period: { text: "last year" } },
    ],
  ],
];

export const FIX79_AVERAGE_VERB: Case[] = [
  // "average" between a plural and the figure is the plural's verb; a noun "average" before it is not.
  [
    "Mini-storage rents in Hong Kong average about HK$28 a square foot, while the citywide average was HK$31.",
    [
      { text: "HK$28", subject: { text: "Mini-storage rents in Hong Kong" } },
      { text: "HK$31", subject: { text: "the citywide average" } },
    ],
  ],
];

export const FIX79_PART_NEXT_SENTENCE: Case[] = [
  // "12 of them" right after a sentence that counts laundromats counts laundromats, whatever its scale.
  [
    "The city has about 40 laundromats. Only 12 of them are open at night. Britain has 28 million homes. About 400,000 of them have no double glazing.",
    [
      { text: "40 laundromats" },
      { text: "12", kind: "QUANTITY", unit: "laundromats" },
      { text: "28 million homes" },
      { text: "400,000", kind: "QUANTITY", unit: "homes" },
    ],
  ],
];

export const FIX79_PLANS_AHEAD: Case[] = [
  // A plan told in the present progressive, and a sentence that opens "From January,", look ahead; a
  // progressive in a clause before the period's comma does not ("are heading ..., with shipments in
  // September").
  [
    "The company is moving 120 staff to Leeds in January. From January, a new home needs windows rated at 1.2 W/m2K. Exports are heading for a record, with shipments in September reaching 128,460 tonnes.",
    [
      { text: "120 staff", period: { text: "January", from: "2027-01", to: "2027-01" } },
      { text: "1.2", period: { from: "2027-01" } },
      { text: "128,460 tonnes", period: { text: "September", from: "2026-09", to: "2026-09" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
];

export const FIX79_QUANTITY_COMPARATIVES: Case[] = [
  // A Nordic comparative in parentheses after a quantity's unit, or after a money's rate, is the same measure.
  [
    "Rentable area rose to 612,000 square metres (548,000). Deliveries totalled 18.4 million tonnes (17.9). The Board proposes a dividend of SEK 1.20 per share (1.00).",
    [
      { text: "612,000 square metres" },
      { text: "548,000", kind: "QUANTITY", value: 548000, unit: "square metres" },
      { text: "18.4 million tonnes" },
      { text: "17.9", kind: "QUANTITY", value: 17900000, unit: "tonnes" },
      { text: "SEK 1.20" },
      { text: "1.00", kind: "MONEY", value: 1, currency: "SEK", unit: "per share" },
    ],
  ],
];

export const FIX79_TABLE_DOLLARS_AND_CENTS: Case[] = [
  // A table's "(c)" and "(p)" rows are cents or pence of the table's currency; a source's declared dollar
  // is a table's "($m)" too.
  [
    "                          1H27      1H26\nRevenue ($m)             142.6     131.7\nEarnings per share (c)    10.3       8.9\n",
    [
      { text: "142.6", kind: "MONEY", currency: "AUD", value: 142600000 },
      { text: "131.7", kind: "MONEY", currency: "AUD", value: 131700000 },
      { text: "10.3", kind: "MONEY", currency: "AUD", value: 0.103 },
      { text: "8.9", kind: "MONEY", currency: "AUD", value: 0.089 },
    ],
    { dollarCurrency: "AUD" },
  ],
  [
    "                              H1 2026    H1 2025\nRevenue (£m)                    48.7       43.9\nBasic EPS (p)                    4.4        3.4\n",
    [
      { text: "48.7", currency: "GBP" },
      { text: "43.9", currency: "GBP" },
      { text: "4.4", kind: "MONEY", currency: "GBP", value: 0.044 },
      { text: "3.4", kind: "MONEY", currency: "GBP", value: 0.034 },
    ],
  ],
];

export const FIXES79: Case[] = [
  ...FIX79_TABLE_DOLLARS_AND_CENTS,
  ...FIX79_QUANTITY_COMPARATIVES,
  ...FIX79_PLANS_AHEAD,
  ...FIX79_RATE_SUBJECTS,
  ...FIX79_MEASURED_THINGS,
  ...FIX79_AVERAGE_VERB,
  ...FIX79_PART_NEXT_SENTENCE,
];
