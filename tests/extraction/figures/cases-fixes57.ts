import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 57, in wording of my own. */

export const FIX57_WATCH_NOUN: Case[] = [
  // "Legal watch sales fell": "watch" (or "seen") before a phrase that a past verb ends is a noun or a
  // participle of it, not a verb of seeing that the subject starts after.
  [
    "Luxury watch sales fell 4% in October. Repair cases seen at its workshops jumped 12% to 4,800.",
    [
      { text: "4%", subject: { text: "Luxury watch sales" } },
      { text: "12%", subject: { text: "Repair cases seen at its workshops" } },
      { text: "4,800", subject: { text: "Repair cases seen at its workshops" } },
    ],
  ],
  [
    // (A verb of seeing still takes its object's bare verb or participle.)
    "Retailers will see the levy reduced to 5% next year, and investors watch margins slip to 8%.",
    [
      { text: "5%", subject: { text: "the levy" } },
      { text: "8%", subject: { text: "margins" } },
    ],
  ],
];

export const FIX57_FROM_OPERATIONS: Case[] = [
  // "funds from operations of", "revenue from operations of": what "from" names there is part of the
  // accounting measure's name.
  [
    "The trust reaffirmed its forecast of funds from operations of 17.6 cents a unit. Veda Pumps reported revenue from operations of Rs 1,240 crore and profit from continuing operations of Rs 96 crore.",
    [
      { text: "17.6 cents", subject: { text: "funds from operations" } },
      { text: "Rs 1,240 crore", subject: { text: "revenue from operations" } },
      { text: "Rs 96 crore", subject: { text: "profit from continuing operations" } },
    ],
  ],
];

export const FIX57_FIRST_WEEKS_OF_YEAR: Case[] = [
  // "the first 18 weeks of the 2027 financial year", "the first 46 weeks of 2026": that many days from the
  // year's first, not the whole year.
  [
    "SYDNEY, Nov 25, 2026 (AAP) - Wagering revenue rose 3 per cent in the first 18 weeks of the 2027 financial year. The agency recorded 3.2 million cases in the first 46 weeks of 2026. Orders rose 6% in the first 45 days of the year.",
    [
      {
        text: "3 per cent",
        period: { text: "first 18 weeks of the 2027 financial year", from: "2026-07-01", to: "2026-11-03" },
      },
      {
        text: "3.2 million cases",
        period: { text: "first 46 weeks of 2026", from: "2026-01-01", to: "2026-11-18" },
      },
      { text: "6%", period: { text: "first 45 days of the year", from: "2026-01-01", to: "2026-02-14" } },
    ],
    { publishedAt: "2026-11-25" },
  ],
];

export const FIX57_HOURS_FLOWN: Case[] = [
  // "3,950 flight hours", "1.2 million man-hours": hours of work or use are a count's unit; hours that
  // words of flying measure are a quantity, not a duration.
  [
    "The charter arm flew 3,950 flight hours in the quarter, and the hangar project took 1.2 million man-hours. Its fleet flew a combined 11,400 hours, up 8pc from 10,550 hours. The charter division logged 4,210 flight hours.",
    [
      { text: "3,950 flight hours", kind: "QUANTITY", unit: "flight hours" },
      { text: "1.2 million man-hours", kind: "QUANTITY", unit: "man-hours" },
      { text: "11,400 hours", kind: "QUANTITY", unit: "hours", subject: { text: "Its fleet" } },
      { text: "8pc", change: { direction: "increase", measure: "relative" } },
      { text: "10,550 hours", kind: "QUANTITY", unit: "hours" },
      { text: "4,210 flight hours", subject: { text: "The charter division" } },
    ],
  ],
  [
    // (Not a duration beside a flight: "the next flight could come in about 3 weeks".)
    "The next flight could come in about 3 weeks, and flights resumed after 48 hours. More than 600 flights were cancelled on Friday after a radar failure forced controllers to limit traffic for nearly five hours.",
    [{ text: "600 flights", kind: "QUANTITY", unit: "flights" }],
  ],
  [
    // (Hours flown named further back in the sentence.)
    "The company flew 3,950 flight hours in the quarter, 19% more than a year earlier, with an average of 359 hours per aircraft across its fleet.",
    [
      { text: "3,950 flight hours", unit: "flight hours" },
      { text: "19%" },
      { text: "359 hours", kind: "QUANTITY", unit: "hours" },
    ],
  ],
];

export const FIX57_MODEL_NUMBERS: Case[] = [
  // "30 Global 7500 jets", "six Falcon 6X jets": a model's number after its name, set apart by a space,
  // is part of the name before the noun a count counts; "the Falcon 10X" is no figure.
  [
    "Bombardier sold 30 Global 7500 jets and Dassault delivered six Falcon 6X jets, while the Falcon 10X enters service in 2027. About 148,000 Grade 9 students sat the test.",
    [
      { text: "30 Global 7500 jets", kind: "QUANTITY", unit: "jets" },
      { text: "six Falcon 6X jets", kind: "QUANTITY", unit: "jets" },
      { text: "148,000 Grade 9 students", kind: "QUANTITY", unit: "students" },
    ],
  ],
];

export const FIX57_HAD_RESULT: Case[] = [
  // "said it had net income of $96.8 million in the three months ended Sept. 30": "had" before a result's
  // noun is the past of "have", so the sentence reports a past result and names the story's period.
  [
    "COEUR D'ALENE, Idaho (AP) — Hecla Mining Co. reported record revenue on Wednesday. The Coeur d'Alene, Idaho-based company said it had net income of $96.8 million in the three months ended Sept. 30. Revenue rose 67% to $412.3 million.",
    [
      {
        text: "$96.8 million",
        period: { text: "three months ended Sept. 30", from: "2026-07", to: "2026-09" },
      },
      {
        text: "67%",
        period: { text: "three months ended Sept. 30", from: "2026-07", to: "2026-09", carried: true },
      },
      {
        text: "$412.3 million",
        period: { text: "three months ended Sept. 30", from: "2026-07", to: "2026-09", carried: true },
      },
    ],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIX57_COUNT_REACHED_OR_SET: Case[] = [
  // "expects domestic air conditioner sales to reach about 2.9 million units", "put domestic AC sales at
  // about 950,000 units": what reaches or is set at a count is its subject, not the count's unit.
  [
    "The association expects domestic air conditioner sales to reach about 2.9 million units. Analysts put domestic AC sales at about 950,000 units. Sales are expected to reach 3 million units.",
    [
      { text: "2.9 million units", subject: { text: "domestic air conditioner sales" } },
      { text: "950,000 units", subject: { text: "domestic AC sales" } },
      { text: "3 million units", subject: { text: "Sales" } },
    ],
  ],
  [
    // (Not what an aim or a target reaches: "aims to reach", "Our target is to reach".)
    "The chain aims to reach 1,000 stores. Our target is to reach 80,000 borrowers by end-2027.",
    [
      { text: "1,000 stores", subject: { text: "stores" } },
      { text: "80,000 borrowers", subject: { text: "borrowers" } },
    ],
  ],
];

export const FIX57_BRIEF_BULLETS: Case[] = [
  // "* Q3 NET SALES SEK 10.24 BILLION VERSUS SEK 9.71 BILLION YEAR AGO": a wire brief's bullet in capitals
  // names what its figures measure before them, and "YEAR AGO" is "a year ago" without its article.
  [
    "STOCKHOLM, Nov 13, 2026 (Reuters) - Nibe Industrier AB:\n\n* Q3 NET SALES SEK 10.24 BILLION VERSUS SEK 9.71 BILLION YEAR AGO\n\n* Q3 OPERATING MARGIN 10.9%\n\n* SAYS HAS REDUCED WORKFORCE BY ABOUT 1,400 EMPLOYEES",
    [
      {
        text: "SEK 10.24 BILLION",
        subject: { text: "NET SALES" },
        period: { text: "Q3", from: "2026-07", to: "2026-09" },
      },
      {
        text: "SEK 9.71 BILLION",
        subject: { text: "NET SALES" },
        period: { text: "YEAR AGO", from: "2025-07", to: "2025-09" },
      },
      { text: "10.9%", subject: { text: "OPERATING MARGIN" } },
      { text: "1,400 EMPLOYEES", subject: { text: "WORKFORCE" } },
    ],
    { publishedAt: "2026-11-13" },
  ],
  [
    // (Not a bullet in mixed case: "A" is no label.)
    "Charter costs:\n- A 10 percent luxury tax applies to each flight.",
    [{ text: "10 percent", subject: { text: "luxury tax applies" } }],
  ],
];

export const FIX57_FARE_TRIPS: Case[] = [
  // "now costs about Dh380,000 one way", "averaged $249 one way", "$5,000 round trip": a fare's trip is its
  // unit, and no subject after the money.
  [
    "A heavy jet from Dubai to London now costs about Dh380,000 one way. Domestic fares on the Sydney-Melbourne route averaged $249 one way. A seat costs $5,000 round trip.",
    [
      { text: "Dh380,000", unit: "one way", subject: { text: "A heavy jet from Dubai to London" } },
      { text: "$249", unit: "one way", subject: { text: "Domestic fares on the Sydney-Melbourne route" } },
      { text: "$5,000", unit: "round trip", subject: { text: "A seat" } },
    ],
  ],
];

export const FIXES57: Case[] = [
  ...FIX57_WATCH_NOUN,
  ...FIX57_FROM_OPERATIONS,
  ...FIX57_FIRST_WEEKS_OF_YEAR,
  ...FIX57_HOURS_FLOWN,
  ...FIX57_MODEL_NUMBERS,
  ...FIX57_HAD_RESULT,
  ...FIX57_COUNT_REACHED_OR_SET,
  ...FIX57_BRIEF_BULLETS,
  ...FIX57_FARE_TRIPS,
];
