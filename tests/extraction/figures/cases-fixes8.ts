import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 8 (the session-7 backlog and the session-8 testers: sports
 * business, health, technology, agriculture, the Americas and Oceania, Europe, labour, climate), in
 * wording of my own.
 */

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX8_PERIODS: Case[] = [
  // A possessive period dates the figure right after it, and that figure came from the one before.
  [
    "The carmaker sold 150,000 cars this year, up from last year's 120,000.",
    [
      { text: "150,000 cars", period: { text: "this year", from: "2026" } },
      { text: "120,000", period: { text: "last year", from: "2025", to: "2025" }, subject: { text: "cars" } },
    ],
    PUB,
  ],
  [
    "Exports climbed to $5 billion from 2024's $4.1 billion.",
    [
      { text: "$5 billion", period: undefined, subject: { text: "Exports" } },
      { text: "$4.1 billion", period: { text: "2024" }, subject: { text: "Exports" } },
    ],
    PUB,
  ],
  [
    "Last month's deficit of $2 billion was the widest since 2019.",
    [{ text: "$2 billion", period: { text: "Last month", from: "2026-10" } }],
    PUB,
  ],
];
