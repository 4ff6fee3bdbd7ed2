import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 9 (the session-8 backlog and the session-9 testers:
 * retail, mining, shipping, courts, public finance, real estate, social statistics, media and tourism), in
 * wording of my own.
 */

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX9_GAPS: Case[] = [
  // A noun phrase and a figure alone after a list mark repeat the verb of the figure before.
  [
    "Rice imports jumped 8% in the quarter, sugar 5% and palm oil 2%.",
    [
      { text: "8%", subject: { text: "Rice imports" }, change: { direction: "increase" } },
      { text: "5%", subject: { text: "sugar" }, change: { direction: "increase", measure: "relative" } },
      { text: "2%", subject: { text: "palm oil" }, change: { direction: "increase" } },
    ],
    PUB,
  ],
  [
    "Labour polled 31%, the Conservatives 24% and Reform 19%.",
    [
      { text: "31%", subject: { text: "Labour" } },
      { text: "24%", subject: { text: "the Conservatives" }, change: undefined },
      { text: "19%", subject: { text: "Reform" } },
    ],
    PUB,
  ],
  [
    "Toyota held 31% of the market, Honda 14% and Nissan 9%.",
    [
      { text: "31%", subject: { text: "Toyota" } },
      { text: "14%", subject: { text: "Honda" } },
      { text: "9%", subject: { text: "Nissan" } },
    ],
    PUB,
  ],
  // A second verb is no gap: its object is what it counts.
  [
    "The city will hire 300 teachers and open 12 schools.",
    [
      { text: "300 teachers", subject: { text: "teachers" } },
      { text: "12 schools", subject: { text: "schools" } },
    ],
    PUB,
  ],
  [
    "The fund will lend 40 million euros to farmers and invest 25 million euros in irrigation.",
    [
      { text: "40 million euros", change: undefined },
      { text: "25 million euros", change: undefined, subject: { text: "irrigation" } },
    ],
    PUB,
  ],
  [
    "Analysts expect about 3% growth, not 4%.",
    [
      { text: "3%", qualifier: "approximate" },
      { text: "4%", subject: undefined },
    ],
    PUB,
  ],
];

export const FIX9_ASIDES: Case[] = [
  // A figure in an aside measures the noun phrase the aside follows.
  [
    "The warehouse, worth $40 million, was sold to a pension fund.",
    [{ text: "$40 million", subject: { text: "The warehouse" } }],
    PUB,
  ],
  [
    "The merger, valued at 3 billion euros, needs approval.",
    [{ text: "3 billion euros", subject: { text: "The merger" } }],
    PUB,
  ],
  ["Core inflation, now at 2.9%, is falling.", [{ text: "2.9%", subject: { text: "Core inflation" } }], PUB],
  [
    "Youth unemployment, at 17.2% in September, is the lowest in years.",
    [{ text: "17.2%", subject: { text: "Youth unemployment" }, period: { text: "September" } }],
    PUB,
  ],
  ["She said inflation, at 3.1%, would ease.", [{ text: "3.1%", subject: { text: "inflation" } }], PUB],
  // A place set off by commas, a predicate or a unit is no host.
  [
    "It is building a plant in Austin, Texas, worth $2 billion.",
    [{ text: "$2 billion", subject: undefined }],
    PUB,
  ],
  [
    "The impact is likely to be small, at less than 0.1 percentage points.",
    [{ text: "0.1 percentage points", subject: undefined }],
    PUB,
  ],
  [
    "Officials put the harvest at 2 million tonnes, worth about $600 million.",
    [{ text: "2 million tonnes" }, { text: "$600 million", subject: undefined }],
    PUB,
  ],
];
