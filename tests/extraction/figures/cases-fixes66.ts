import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 66, in wording of my own. */

export const FIX66_MONTH_OF_A_CHANGE_MADE: Case[] = [
  // A month after the old level of a change someone made is when it was made: the new level's ("raised the
  // fare to N1,500 from N750 in January"; the old fare had been dated January).
  [
    "The operator raised the fare to N1,500 from N750 in January. The minimum fare was cut to Rs 6 from Rs 7 in April.",
    [
      { text: "N1,500", period: { text: "January", from: "2026-01", to: "2026-01" } },
      { text: "N750", period: undefined },
      { text: "Rs 6", period: { text: "April", from: "2026-04", to: "2026-04" } },
      { text: "Rs 7", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // ... past a rate's unit after the new level, and past a comma before a start; "at present" is the old
  // level's in a change to come (it had gone to the new one).
  [
    "The council lifted its levy to 0.32 cents a kilogram from 0.28 cents in July. The authority has raised the fare to 3 dirhams from 2.5 dirhams, effective Feb. 1, 2027. The bill would raise the excise to P100 per milliliter from P52 at present.",
    [
      { text: "0.32 cents", period: { text: "July" } },
      { text: "0.28 cents", period: undefined },
      { text: "3 dirhams", period: { from: "2027-02-01" } },
      { text: "2.5 dirhams", period: undefined },
      { text: "P100", period: undefined },
      { text: "P52", period: { text: "at present" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // ... not a level that rose or fell, nor a forecast's, whose month dates the old one.
  [
    "The jobless rate rose to 4.1% from 4.0% in May. The IMF cut its growth forecast to 3.0% from 3.3% in January.",
    [
      { text: "4.1%", period: undefined },
      { text: "4.0%", period: { text: "May" } },
      { text: "3.0%", period: undefined },
      { text: "3.3%", period: { text: "January" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX66_COUNTED_POINTS: Case[] = [
  // Points after a word naming what is counted are a count, even beside a percentage ("1,42,000 retail
  // pick-up points" had been 142,000 percent); points right after their number stay percentage points.
  [
    "The firm runs over 1,42,000 retail pick-up points, up 12% this year, and its margin fell by 3 or 4 points.",
    [
      { text: "1,42,000 retail pick-up points", kind: "QUANTITY", value: 142000, unit: "points" },
      { text: "12%", kind: "PERCENT" },
      { text: "3 or 4 points", kind: "PERCENT", value: 3 },
    ],
  ],
  [
    "The survey covered 343 data points; support fell 3%.",
    [{ text: "343 data points", kind: "QUANTITY" }, { text: "3%" }],
  ],
];

export const FIX66_SINGULAR_CURRENCY_BEFORE_CONVERSION: Case[] = [
  // A currency's singular before its conversion in parentheses and the noun ("a 1.2 billion shilling ($9.3
  // million) contract") names the amount's currency, as it did without the conversion.
  [
    "The county signed a 1.2 billion shilling ($9.3 million) contract with Ambucare.",
    [
      { text: "1.2 billion shilling", kind: "MONEY", currency: "KES", value: 1_200_000_000 },
      { text: "$9.3 million", kind: "MONEY", currency: "USD" },
    ],
  ],
];

export const FIX66_BRIEF_CURRENCIES: Case[] = [
  // A Reuters brief's "RGT" is the ringgit, and its "SEN" in a line of capitals a hundredth of it (both had
  // been bare numbers); "EUR -22.5 million" is a signed amount in euros.
  [
    "* Q1 NET PROFIT 286.4 MILLION RGT VS 234.7 MILLION RGT\n* Q1 BASIC EPS 10.8 SEN VS 8.9 SEN",
    [
      { text: "286.4 MILLION RGT", kind: "MONEY", currency: "MYR", value: 286_400_000 },
      { text: "234.7 MILLION RGT", kind: "MONEY", currency: "MYR" },
      { text: "10.8 SEN", kind: "MONEY", currency: "MYR", value: 0.108 },
      { text: "8.9 SEN", kind: "MONEY", currency: "MYR", value: 0.089 },
    ],
  ],
  // ... at the end of a line with another after it, too; and an amount's scale word opens no speaker's name
  // before "NOTES" (a speech verb elsewhere).
  [
    "BRIEF-Seri Pinang Q1 profit\n\nSept 3 (Reuters) - Seri Pinang Bhd:\n\n* Q1 BASIC EPS 10.8 SEN\n* SAYS BOARD APPROVES ISSUANCE OF UP TO 2 BILLION RGT ISLAMIC MEDIUM-TERM NOTES",
    [
      { text: "10.8 SEN", kind: "MONEY", currency: "MYR" },
      { text: "2 BILLION RGT", kind: "MONEY", currency: "MYR", speaker: undefined },
    ],
  ],
  [
    "- Free cash flow: EUR -22.5 million",
    [{ text: "EUR -22.5 million", kind: "MONEY", currency: "EUR", value: -22_500_000 }],
  ],
];

export const FIX66_GLUED_AMOUNT_PER_UNIT: Case[] = [
  // A small amount glued to a one-letter currency is a price before "per" whatever the word before it ("said
  // N300 per meal was too low" had no figure); not a model or a road without one ("N95 masks").
  [
    "He said N300 per meal was too low.",
    [{ text: "N300", kind: "MONEY", currency: "NGN", unit: "per meal" }],
  ],
  ["Nurses wore N95 masks.", []],
];

export const FIX66_CAPITALS_BRIEF_LABELS: Case[] = [
  // In a brief's line in capitals the verb before the figure ends the label ("METALS DIVISION REVENUE ROSE"
  // had been the subject), a date before the verb does too, and the brief's own verb before what it
  // declares goes; not before what a quantity measures.
  [
    "BRIEF-Loomis Q3 Profit Rises\n\n* METALS DIVISION REVENUE ROSE 8% TO SEK 1.2 BILLION\n* DECLARES INTERIM DIVIDEND OF 5 SEN PER SHARE\n* FLEET AT END OF SEPTEMBER TOTALED 14,250 UNITS\n* KWINANA PLANT EXPORTED 178 GWH OF ELECTRICITY",
    [
      { text: "8%", subject: { text: "METALS DIVISION REVENUE" } },
      { text: "SEK 1.2 BILLION", subject: { text: "METALS DIVISION REVENUE" } },
      { text: "5 SEN", subject: { text: "INTERIM DIVIDEND" } },
      { text: "14,250 UNITS", subject: { text: "FLEET" } },
      { text: "178 GWH", subject: { text: "ELECTRICITY" } },
    ],
  ],
];

export const FIX66_GUINEAS: Case[] = [
  // Bloodstock auctions sell in guineas, a pound and five pence each: money in pounds (they had been counts
  // of "guineas").
  [
    "The colt was knocked down for 4.2 million guineas (£4.41 million), and a filly made 420,000gns.",
    [
      { text: "4.2 million guineas", kind: "MONEY", currency: "GBP", value: 4_410_000 },
      { text: "£4.41 million", kind: "MONEY", currency: "GBP" },
      { text: "420,000gns", kind: "MONEY", currency: "GBP", value: 441_000 },
    ],
  ],
  // ... not the country.
  ["Papua New Guinea's exports rose 4%.", [{ text: "4%", kind: "PERCENT" }]],
];

export const FIX66_WITH_NOUN_REACHING: Case[] = [
  // "with X reaching/hitting/topping Y": X is what reaches the level, as with "rising" (it had no subject);
  // not a gerund after "of" or "is".
  [
    "Sales rose, with exports reaching $5 billion. Costs rose, with spending on fuel alone hitting $2 million.",
    [
      { text: "$5 billion", subject: { text: "exports" } },
      { text: "$2 million", subject: { text: "spending on fuel" } },
    ],
  ],
  ["We are confident of hitting Sh2.98 trillion.", [{ text: "Sh2.98 trillion", subject: undefined }]],
];

export const FIX66_WIRE_SLUG_SUBJECT: Case[] = [
  // A wire story's slug glued to its headline is no part of a subject ("BRIEF-Voltaris Bus Q3 Revenue").
  [
    "BRIEF-Voltaris Bus Q3 Revenue Rises 12%\n\nOct 2 (Reuters) - Voltaris Bus Corp:\n\n* Q3 revenue $1.2 billion",
    [{ text: "12%", subject: { text: "Voltaris Bus Q3 Revenue" } }, { text: "$1.2 billion" }],
  ],
];

export const FIX66_VERSUS_LEVEL_PERIOD: Case[] = [
  // A level set against the figure before by "versus" or "vs" takes no period from before that figure, as
  // one after "from" did (the year-ago level had been dated to the current quarter); its own period stays.
  [
    "* Q3 revenue $7.8 billion versus $7.4 billion\n* Q3 EPS $0.52 vs $0.48 in Q3 2025",
    [
      { text: "$7.8 billion", period: { text: "Q3", from: "2026-07", to: "2026-09" } },
      { text: "$7.4 billion", period: undefined },
      { text: "$0.52", period: { text: "Q3" } },
      { text: "$0.48", period: { text: "Q3 2025", from: "2025-07", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX66_REPORTED_CALENDAR_PART: Case[] = [
  // A part of the reporting year still under way at publication holds no result reported in the past: the
  // calendar's part of that name, just ended, does ("rose 1.8% in the first half" in July in a Japanese
  // story that names "fiscal 2025" had been April to September); a part looked ahead to keeps the
  // reporting year's.
  [
    "TOKYO -- The JRA said its betting sales rose 1.8% to 1.64 trillion yen in the first half.\n\nPayments for fiscal 2025 totaled 341.2 billion yen.\n\nThe JRA expects sales to rise 2% in the second half.",
    [
      { text: "1.8%", period: { text: "first half", from: "2026-01", to: "2026-06" } },
      { text: "1.64 trillion yen", period: { from: "2026-01", to: "2026-06" } },
      { text: "341.2 billion yen", period: { from: "2025-04", to: "2026-03" } },
      { text: "2%", period: { text: "second half", from: "2026-10", to: "2027-03" } },
    ],
    { publishedAt: "2026-07-23" },
  ],
];

export const FIXES66: Case[] = [
  ...FIX66_MONTH_OF_A_CHANGE_MADE,
  ...FIX66_COUNTED_POINTS,
  ...FIX66_SINGULAR_CURRENCY_BEFORE_CONVERSION,
  ...FIX66_BRIEF_CURRENCIES,
  ...FIX66_GLUED_AMOUNT_PER_UNIT,
  ...FIX66_CAPITALS_BRIEF_LABELS,
  ...FIX66_GUINEAS,
  ...FIX66_WITH_NOUN_REACHING,
  ...FIX66_WIRE_SLUG_SUBJECT,
  ...FIX66_VERSUS_LEVEL_PERIOD,
  ...FIX66_REPORTED_CALENDAR_PART,
];
