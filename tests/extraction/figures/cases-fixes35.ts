import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 38, in wording of my own. */

export const FIX38_MONTH_JUST_BEGUN: Case[] = [
  // A compared level "in December" on Dec 2 is last December's: the month has just begun.
  [
    "Reserves stood at 281 billion reais in November, up from 271 billion reais in December.",
    [
      { text: "281 billion reais", period: { text: "November", from: "2026-11", to: "2026-11" } },
      { text: "271 billion reais", period: { text: "December", from: "2025-12", to: "2025-12" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
  // (Later in the month, this month's may already be compared.)
  [
    "Deposits rose to 90 billion reais last week from 88 billion reais in December.",
    [
      { text: "90 billion reais" },
      { text: "88 billion reais", period: { text: "December", from: "2026-12" } },
    ],
    { publishedAt: "2026-12-20" },
  ],
];

export const FIX38_CALLED_LINE_SUBJECT: Case[] = [
  // A number to call is a name inside the subject, not its end.
  [
    "Reports to the 112 helpline rose 9% to 48,000 last year.",
    [
      { text: "9%", subject: { text: "Reports to the 112 helpline" } },
      { text: "48,000", subject: { text: "Reports to the 112 helpline" } },
    ],
  ],
];

export const FIX38_SPACED_THOUSANDS: Case[] = [
  // Southern African and French papers group thousands with an ASCII space.
  [
    "The health MEC said 30 412 patients were waiting, and about 1 450 of them for hip surgery.",
    [
      { text: "30 412 patients", value: 30412, unit: "patients" },
      { text: "1 450", value: 1450, qualifier: "approximate" },
    ],
  ],
  [
    "Ordinary MPs earn about N$780 000 a year and ministers R1 200 000.",
    [
      { text: "N$780 000", value: 780000, currency: "NAD", qualifier: "approximate" },
      { text: "R1 200 000", value: 1200000, currency: "ZAR" },
    ],
  ],
  [
    "Fires burned 12 000 hectares, up from 9 850 a year earlier.",
    [
      { text: "12 000 hectares", value: 12000 },
      { text: "9 850", value: 9850 },
    ],
  ],
  // A level compared in that style takes the unit of the figure before; a rate's denominator is one number.
  [
    "The MEC said 30 412 patients were waiting, up from 26 870 a year ago.",
    [
      { text: "30 412 patients", unit: "patients" },
      { text: "26 870", kind: "QUANTITY", unit: "patients", value: 26870 },
    ],
  ],
  [
    "There are 0,5 doctors per 1 000 people.",
    [{ text: "0,5 doctors per 1 000 people", value: 0.5, unit: "doctors per 1 000 people" }],
  ],
  // (Not a phone number, a count before a model, nor a number glued by a hyphen.)
  ["For enquiries call +27 712 345 678 or 011 555 1234.", []],
  [
    "The carrier took 31 787 Dreamliners and 6 777 freighters.",
    [
      { text: "31 787 Dreamliners", value: 31 },
      { text: "6 777 freighters", value: 6 },
    ],
  ],
];

export const FIX38_COMPARED_AFTER_PREDICATE: Case[] = [
  // A comparison set off after the figure's own short predicate measures what the figure does.
  [
    "Refunds of Rs 1.9 lakh crore were issued during the period, 9 per cent lower than a year ago.",
    [
      { text: "Rs 1.9 lakh crore", subject: { text: "Refunds" } },
      { text: "9 per cent", subject: { text: "Refunds" } },
    ],
  ],
  // (Not past a saying: "two sources said, or roughly 80%" restates nothing the sources measure.)
  [
    "The board has sold about 1.2 million tonnes, two traders said, or roughly 70% of the crop.",
    [{ text: "1.2 million tonnes" }, { text: "70%", subject: undefined }],
  ],
];

export const FIX38_SHEKEL_AND_TRLN: Case[] = [
  // Israeli papers write the new shekel "NIS", before or after the amount; wires write "trln".
  [
    "Spending on MKs' travel reached NIS 6.8 million in 2025, up 21% from 2024.",
    [
      {
        text: "NIS 6.8 million",
        currency: "ILS",
        value: 6.8e6,
        subject: { text: "Spending on MKs' travel" },
      },
      { text: "21%", subject: { text: "Spending on MKs' travel" } },
    ],
  ],
  ["The strike cost 5 million NIS.", [{ text: "5 million NIS", currency: "ILS", value: 5e6 }]],
  ["The deficit hit 412.3 trln rupiah.", [{ text: "412.3 trln rupiah", currency: "IDR", value: 4.123e14 }]],
];

export const FIX38_BASIS_BEFORE_COMPARED: Case[] = [
  // "year-on-year" between a level and its comma is the change's basis; the level compared after is the same thing's.
  [
    "Food inflation rose to 14.2 per cent year-on-year in October, from 13.1 per cent in September.",
    [
      { text: "14.2 per cent", subject: { text: "Food inflation" } },
      { text: "13.1 per cent", subject: { text: "Food inflation" } },
    ],
  ],
];

export const FIX38_MODEL_PLURALS: Case[] = [
  // A model's plural counts the model, whatever is glued to its number and whoever makes it.
  [
    "The carrier has 150 Max 10s and 11 Airbus A350-900s on order, and 205 777Xs.",
    [
      { text: "150 Max 10s", unit: "Max 10s" },
      { text: "11 Airbus A350-900s", unit: "Airbus A350-900s" },
      { text: "205 777Xs", unit: "777Xs" },
    ],
  ],
  [
    "The lessor will place eight Boeing 787-9s, 40 ATR 72-600s and 12 Airbus A321neos.",
    [
      { text: "eight Boeing 787-9s", unit: "Boeing 787-9s" },
      { text: "40 ATR 72-600s", unit: "ATR 72-600s" },
      { text: "12 Airbus A321neos", unit: "Airbus A321neos" },
    ],
  ],
  // Not past a model's plural into a name after "and"; a model's own name whatever follows it.
  [
    "JAL ordered 11 additional Airbus A350-900s and ANA said it would lease more.",
    [{ text: "11 additional Airbus A350-900s", unit: "Airbus A350-900s" }],
  ],
  [
    "Gulf Air finalised an order for 12 Boeing 787-9 Dreamliners with options for six more.",
    [{ text: "12 Boeing 787-9 Dreamliners", unit: "Dreamliners" }],
  ],
  // A maker's model number before the noun stays in the subject; "Max" is a model word as "MAX" is.
  // (Session 59: what Akasa "expects to operate" is its own count, so the verb here is one of leasing.)
  [
    "Akasa will lease 40 Boeing 737 Max jets and three Boeing 787-8 aircraft.",
    [
      { text: "40 Boeing 737 Max jets", unit: "jets", subject: { text: "Boeing 737 Max jets" } },
      { text: "three Boeing 787-8 aircraft", unit: "aircraft", subject: { text: "Boeing 787-8 aircraft" } },
    ],
  ],
];

export const FIX38_WAITS: Case[] = [
  // Who waited is what the wait measures; "a median of" is the amount, as "an average of" is.
  [
    "Patients admitted through the emergency department waited an average of 19.6 hours, up from 17.8 hours.",
    [
      { text: "19.6 hours", subject: { text: "Patients admitted through the emergency department" } },
      { text: "17.8 hours", subject: { text: "Patients admitted through the emergency department" } },
    ],
  ],
  [
    "Canadians waited a median of 4.2 hours.",
    [{ text: "4.2 hours", unit: "hours", subject: { text: "Canadians" } }],
  ],
  // Time spent in a place, in hours or days, is a stay measured; years spent are a span.
  [
    "Patients spent a median of 19.4 hours in the emergency department.",
    [{ text: "19.4 hours", unit: "hours", subject: { text: "Patients" } }],
  ],
  ["He spent 12 years at the bank.", []],
];

export const FIX38_BURNED_AND_LOGGED: Case[] = [
  // What burned an area or logged a temperature is what the measure measures.
  [
    "Wildfires burned 9.8 million hectares across Canada this year.",
    [{ text: "9.8 million hectares", subject: { text: "Wildfires" } }],
  ],
  [
    "The city of Kumagaya logged 41.9 C on Tuesday.",
    [{ text: "41.9 C", subject: { text: "The city of Kumagaya" } }],
  ],
];

export const FIX38_PART_AFTER_PREDICATE: Case[] = [
  // A part "of whom" or "of which" after the count's own predicate is of the count's unit.
  [
    "Some 4,000 nurses left last year, 1,200 of whom moved abroad.",
    [{ text: "4,000 nurses" }, { text: "1,200", subject: { text: "nurses" } }],
  ],
];

export const FIX38_PERIOD_AFTER_THAN: Case[] = [
  // After "than" one bare word, and a period after it is the figure's; a clause or "the same month" keeps it.
  [
    "Women earned 18.6% less than men in 2024.",
    [{ text: "18.6%", change: { base: "men" }, period: { text: "2024", from: "2024", to: "2024" } }],
  ],
  [
    "The province spends $1,500 less per student than it did in 2018.",
    [{ text: "$1,500", change: { base: "it did in 2018" }, period: undefined }],
  ],
];

export const FIX38_PEOPLE_HANDLED: Case[] = [
  // The people a place handles, serves or draws are its traffic, as containers a port handles are.
  [
    "The department handles between 450 and 500 patients a day.",
    [{ text: "450 and 500 patients a day", subject: { text: "The department" } }],
  ],
  [
    "Manila Water serves about 7.6 million people.",
    [{ text: "7.6 million people", subject: { text: "Manila Water" } }],
  ],
];

export const FIX38_RANKED_GROUPS: Case[] = [
  // "the top 100 developers" labels a ranked group; it counts nothing.
  [
    "Sales at the top 100 developers fell 30% in November.",
    [{ text: "30%", subject: { text: "developers" } }],
  ],
  ["The top 10 exporters accounted for 60% of sales.", [{ text: "60%" }]],
];

export const FIXES35: Case[] = [
  ...FIX38_RANKED_GROUPS,
  ...FIX38_PEOPLE_HANDLED,
  ...FIX38_PERIOD_AFTER_THAN,
  ...FIX38_PART_AFTER_PREDICATE,
  ...FIX38_BURNED_AND_LOGGED,
  ...FIX38_WAITS,
  ...FIX38_MODEL_PLURALS,
  ...FIX38_BASIS_BEFORE_COMPARED,
  ...FIX38_SHEKEL_AND_TRLN,
  ...FIX38_COMPARED_AFTER_PREDICATE,
  ...FIX38_MONTH_JUST_BEGUN,
  ...FIX38_CALLED_LINE_SUBJECT,
  ...FIX38_SPACED_THOUSANDS,
];
