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
