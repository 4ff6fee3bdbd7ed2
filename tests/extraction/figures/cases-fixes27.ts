import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 30, in wording of my own. */

export const FIX30_TAKES_EFFECT: Case[] = [
  // The day a level takes effect, comes into force or kicks in opens its period.
  [
    "The new floor of R31.10 an hour takes effect on Jan. 1, 2028, the department said.",
    [{ text: "R31.10", period: { from: "2028-01-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The import levy of 3% came into force in March 2025.",
    [{ text: "3%", period: { from: "2025-03", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The higher allowance of $85 a week kicks in on April 1, 2027.",
    [{ text: "$85", period: { from: "2027-04-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  // Told in the present tense, a start with no year is to come.
  [
    "The 11.8 per cent increase takes effect in January.",
    [{ text: "11.8 per cent", period: { from: "2027-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX30_MAIN_PAST_VERBS: Case[] = [
  // A past tense that is never a participle is the figure's own verb, and its time the figure's.
  [
    "A 25% duty on Chinese tyres took effect in August 2025.",
    [{ text: "25%", period: { from: "2025-08", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Only one in three buses ran on Thursday.",
    [{ text: "one in three", period: { from: "2026-11-19", to: "2026-11-19" } }],
    { publishedAt: "2026-11-20" },
  ],
  // A participle after a noun still opens a phrase with its own time.
  [
    "Pay rose 4% under a contract signed in 2024.",
    [{ text: "4%", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX30_DATED_WORKS: Case[] = [
  // A year before a work made once dates the work, not its price.
  ["A 1968 portrait by Ben Enwonwu sold for N95 million.", [{ text: "N95 million", period: undefined }]],
  ["The 1952 painting fetched $3.1 million.", [{ text: "$3.1 million", period: undefined }]],
  ["A Raza landscape from 1958 sold for Rs 18.2 crore.", [{ text: "Rs 18.2 crore", period: undefined }]],
  ["The 1947 work fetched €900,000.", [{ text: "€900,000", period: undefined }]],
  // A season's year still dates its figures.
  [
    "The grape crush fell 9 per cent in the 2026 vintage.",
    [{ text: "9 per cent", period: { from: "2026", to: "2026" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX30_THAT_COMPARES: Case[] = [
  // "That compares with" a level: what the sentence before measured, past a level it came from.
  [
    "Turnover rose to R143m, up from a forecast of R130m. That compares with R118.3m a year earlier.",
    [
      { text: "R143m", subject: { text: "Turnover" } },
      { text: "R130m" },
      { text: "R118.3m", subject: { text: "Turnover" } },
    ],
  ],
];

export const FIX30_COUNTS_IN_SUBJECTS: Case[] = [
  // An age or a count inside the subject's phrase stays in it.
  [
    "The living wage for workers aged 23 and over will rise 3.9% to £13.05 an hour.",
    [
      { text: "3.9%", subject: { text: "The living wage for workers aged 23" } },
      { text: "£13.05", subject: { text: "The living wage for workers aged 23" } },
    ],
  ],
  [
    "The sale of 140 lots totalled RM9.1mil.",
    [{ text: "140 lots" }, { text: "RM9.1mil", subject: { text: "The sale of 140 lots" } }],
  ],
  [
    "New-home prices in 70 cities fell 0.3% in October.",
    [{ text: "70 cities" }, { text: "0.3%", subject: { text: "New-home prices in 70 cities" } }],
  ],
];

export const FIX30_GIVERS: Case[] = [
  // Who gives, provides, declares or accepts money is its subject, whatever the verb's form.
  ["Denmark will contribute $45 million.", [{ text: "$45 million", subject: { text: "Denmark" } }]],
  ["The Greens declared just R1.4 million.", [{ text: "R1.4 million", subject: { text: "The Greens" } }]],
  [
    "The party accepted £2.1 million from donors.",
    [{ text: "£2.1 million", subject: { text: "The party" } }],
  ],
];

export const FIX30_SPANS_NAMED_AGAIN: Case[] = [
  // The story's span named again by its length is the story's; a span of another length is not.
  [
    "Profit for the nine months to September rose 5% to RM400mil. For the nine-month period, revenue was RM2.05bil.",
    [
      { text: "5%", period: { from: "2026-01", to: "2026-09" } },
      { text: "RM400mil" },
      { text: "RM2.05bil", period: { text: "nine-month period", from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Profit for the quarter to September rose 5% to RM40mil. For the nine-month period, revenue was RM2.05bil.",
    // (Since session 44 "the nine-month period" reads as the span from the year's start, as "the nine
    // months" does, so it dates the figure of its own.)
    [
      { text: "5%" },
      { text: "RM40mil" },
      { text: "RM2.05bil", period: { text: "nine-month period", from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX30_RATES_SET: Case[] = [
  // The day a rate was notified or proposed dates the act, not the rate.
  [
    "The commission in October proposed doubling the tariff to 50 percent.",
    [{ text: "50 percent", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The state government on Monday notified revised minimum wages, raising the monthly wage to ₹15,840 from ₹13,200, an increase of 20%.",
    [{ text: "₹15,840" }, { text: "₹13,200" }, { text: "20%", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX30_REACHED_ON: Case[] = [
  // The day a level to come is reached starts it; a day in a clause that is not about the change does not.
  [
    "The minimum wage will rise to $17.95 an hour on Oct. 1.",
    [{ text: "$17.95", period: { from: "2027-10-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Emirati employees must be paid at least 6,000 dirhams a month from January.",
    [{ text: "6,000 dirhams", period: { from: "2027-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The rand firmed to R17.42 against the dollar on Friday, which exporters said will squeeze margins.",
    [{ text: "R17.42", period: { from: "2026-11-20", to: "2026-11-20" } }],
    { publishedAt: "2026-11-21" },
  ],
];

export const FIX30_CENT_SIGNS: Case[] = [
  // The country glued to cents written with the cent sign.
  [
    "The Australian dollar traded at US65.4¢ on Friday.",
    [{ text: "US65.4¢", kind: "MONEY", value: 0.654, currency: "USD" }],
  ],
];

export const FIX30_GLUED_CHANGES: Case[] = [
  // A small glued amount a change or a pay is by, or that "up" moves, is money.
  [
    "The board approved a P55 increase, bringing the minimum to P750.",
    [
      { text: "P55", kind: "MONEY", currency: "PHP" },
      { text: "P750", currency: "PHP" },
    ],
  ],
  [
    "The foster care grant goes up R40 to R1,290.",
    [
      { text: "R40", kind: "MONEY", currency: "ZAR" },
      { text: "R1,290", currency: "ZAR" },
    ],
  ],
  // Not a model's name.
  ["Health workers need N95 masks.", []],
];

export const FIXES27: Case[] = [
  ...FIX30_GLUED_CHANGES,
  ...FIX30_CENT_SIGNS,
  ...FIX30_REACHED_ON,
  ...FIX30_RATES_SET,
  ...FIX30_SPANS_NAMED_AGAIN,
  ...FIX30_GIVERS,
  ...FIX30_COUNTS_IN_SUBJECTS,
  ...FIX30_THAT_COMPARES,
  ...FIX30_TAKES_EFFECT,
  ...FIX30_MAIN_PAST_VERBS,
  ...FIX30_DATED_WORKS,
];
