import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 58, in wording of my own. */

export const FIX58_APPARENT_POWER: Case[] = [
  // "kVA" and "MVA", a generator's or a transformer's rating, are units as "kW" and "MW" are.
  [
    "Kirloskar sold 4,100 units of 20kVA gensets. A 7.5KVA generator costs Rs 90,000, and the plant got a 2.5 MVA transformer.",
    [
      { text: "4,100 units", unit: "units" },
      { kind: "QUANTITY", text: "20kVA", value: 20, unit: "kVA" },
      { kind: "QUANTITY", text: "7.5KVA", value: 7.5, unit: "KVA" },
      { kind: "MONEY", text: "Rs 90,000", value: 90000 },
      { kind: "QUANTITY", text: "2.5 MVA", value: 2.5, unit: "MVA" },
    ],
  ],
];

export const FIX58_AGENCY_CREDIT: Case[] = [
  // A national agency's letters in brackets tell the story's country only as a dateline's credit, before
  // its dash or colon: "(CP)" after "contract price" is no Canadian Press.
  [
    "The regulator said the rise was due to a 3.6 per cent increase in the Saudi Aramco contract price (CP), which went up to $545 per tonne in December.",
    [
      { kind: "PERCENT", text: "3.6 per cent" },
      { kind: "MONEY", text: "$545", currency: "USD", unit: "per tonne" },
    ],
  ],
];

export const FIX58_CHANGE_THEN_LEVEL: Case[] = [
  // "raised the price of X by $25 to $560": the change and the level it reached, past an object that holds a
  // size glued by a dash or one word in brackets; a level at most one and a half times the change is a
  // range's high end ("by Rs 2 to Rs 3").
  [
    "The company cut the price of a 12-kilogramme liquefied petroleum gas (LPG) cylinder by Tk 26 to Tk 1,215 for December. Aramco raised its official selling price (OSP) for Arab Light by 90 cents to $2.20 a barrel.",
    [
      { text: "12-kilogramme", unit: "kilogramme" },
      { kind: "MONEY", text: "Tk 26", value: 26, change: { direction: "decrease", measure: "absolute" } },
      { kind: "MONEY", text: "Tk 1,215", value: 1215, high: undefined },
      { kind: "MONEY", text: "90 cents", value: 0.9, change: { direction: "increase", measure: "absolute" } },
      { kind: "MONEY", text: "$2.20", value: 2.2, high: undefined },
    ],
  ],
  [
    // (In a future clause, "from" a time after a long object is when the change starts, not its base.)
    "Novo Nordisk will cut the list price of its weight-loss drug Wegovy in Denmark by about 37 percent from next month.",
    [
      {
        text: "37 percent",
        change: { direction: "decrease", measure: "relative", base: undefined },
        period: { text: "from next month", from: "2026-12" },
      },
    ],
    { publishedAt: "2026-11-03" },
  ],
  [
    "Fares are expected to rise by Sh20 to Sh30 per passenger, and yarn prices have gone up by Rs. 10 to Rs. 15 a kg.",
    [
      { kind: "MONEY", text: "Sh20 to Sh30", value: 20, high: 30 },
      { kind: "MONEY", text: "Rs. 10 to Rs. 15", value: 10, high: 15 },
    ],
  ],
];

export const FIX58_SIZES: Case[] = [
  // A size glued to its number describes the noun after it, whatever stands before it, and a thing's size is
  // of no period, its own or the story's.
  [
    "The price of a domestic 11.8kg cylinder was raised to Rs 3,000 for December. The planned 1,050MW Lamu coal plant was cancelled in 2020.",
    [
      { text: "11.8kg", subject: { text: "cylinder" }, period: undefined },
      { text: "Rs 3,000", period: { text: "December" } },
      { text: "1,050MW", subject: { text: "Lamu coal plant" }, period: undefined },
    ],
    { publishedAt: "2026-12-01" },
  ],
  [
    // (Written apart right after its digits too, after a determiner or a count.)
    "The price of a 12.5 kg cylinder rose to 18,700 naira in October, and Ormat's plant added two 150 MW units in 2025.",
    [
      { text: "12.5 kg", subject: { text: "cylinder" }, period: undefined },
      { text: "18,700 naira", period: { text: "October" } },
      { text: "150 MW", subject: { text: "units" }, period: undefined },
    ],
    { publishedAt: "2026-12-01" },
  ],
  [
    // (Not a temperature, a direction or a time after a bare size; not a lead in points nor a target, which
    // are levels for a time.)
    "Temperatures were 4.5C above the average in August. The quake hit about 27km south-west of Palu on Friday. The mine produced 41,200 ounces in the four months, short of its 60,000-ounce target.",
    [
      { text: "4.5C", subject: { text: "Temperatures" }, period: { text: "August" } },
      { text: "27km", subject: { text: "The quake" }, period: { text: "Friday" } },
      { text: "41,200 ounces" },
      { text: "60,000-ounce", subject: { text: "target" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
];

export const FIX58_LABEL_WITH_PLACE: Case[] = [
  // A list's label may hold a comma: "1. Citi Bike, New York: 47.3 million trips" measures the whole label.
  [
    "The busiest systems:\n\n1. Citi Bike, New York: 47.3 million trips, up 8%\n2. Bixi, Montreal: 12.9 million trips\n- Blédina, the baby food arm of Danone: 71.2 million euros",
    [
      { text: "47.3 million trips", subject: { text: "Citi Bike, New York" } },
      { text: "8%", subject: { text: "Citi Bike, New York" } },
      { text: "12.9 million trips", subject: { text: "Bixi, Montreal" } },
      { text: "71.2 million euros", subject: { text: "Blédina, the baby food arm of Danone" } },
    ],
  ],
  [
    // (Not a dateline nor a clause before a colon.)
    "KOTA BAHARU, Dec 1: More than 14,200ha of paddy fields have been damaged.\nMeanwhile, flu admissions are running ahead: an average of 2,180 patients a day were admitted.",
    [
      { text: "14,200ha", subject: { text: "paddy fields" } },
      { text: "2,180 patients a day", subject: { text: "patients" } },
    ],
  ],
];

export const FIX58_LEDE_RESULT_AND_STATEMENT_DAY: Case[] = [
  // A lede's period between a verb of reporting and a result's noun is the story's; a day a statement was
  // made, American style without "on", dates none of its figures; a conversion in brackets after the level
  // reached stands between it and the change's base.
  [
    "(Bloomberg) -- Ultrapar Participações SA reported third-quarter profit that topped analysts' estimates.\n\nNet income rose 18% to 612 million reais ($113 million) from a year earlier, the company said in a statement Thursday.",
    [
      {
        text: "18%",
        change: { direction: "increase", base: "a year earlier" },
        period: { text: "third-quarter", from: "2026-07", to: "2026-09", carried: true },
      },
      { text: "612 million reais", period: { text: "third-quarter", carried: true } },
      { text: "$113 million", period: { text: "third-quarter", carried: true } },
    ],
    { publishedAt: "2026-11-13" },
  ],
];

export const FIX58_MIXED_CASE_BRIEF: Case[] = [
  // A brief's bullet in mixed case names what its figure measures where the figure ends the line or is set
  // against another ("versus"); not a sentence ("- A 10 percent luxury tax applies", FIX57_BRIEF_BULLETS).
  [
    "* Nine-month profit before tax 6.1 billion naira versus 3.9 billion naira\n* Total paying users of Momo and Tantan 9.6 million",
    [
      { text: "6.1 billion naira", subject: { text: "profit before tax" } },
      { text: "3.9 billion naira", subject: { text: "profit before tax" } },
      { text: "9.6 million", subject: { text: "Total paying users of Momo and Tantan" } },
    ],
  ],
];

export const FIXES58: Case[] = [
  ...FIX58_MIXED_CASE_BRIEF,
  ...FIX58_LEDE_RESULT_AND_STATEMENT_DAY,
  ...FIX58_LABEL_WITH_PLACE,
  ...FIX58_SIZES,
  ...FIX58_APPARENT_POWER,
  ...FIX58_AGENCY_CREDIT,
  ...FIX58_CHANGE_THEN_LEVEL,
];
