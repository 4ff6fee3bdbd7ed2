import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 29, in wording of my own. */

export const FIX29_SPEAKERS: Case[] = [
  // After the verb as before it, a firm's job word names the person who works there.
  [
    "Copper slipped 0.8% on Monday, said Saxo Bank commodity strategist Ole Hansen.",
    [{ text: "0.8%", speaker: { name: "Ole Hansen" } }],
  ],
  [
    "Orders fell 12% in October, said Zentra2 chief executive Maria Holm.",
    [{ text: "12%", speaker: { name: "Maria Holm" } }],
  ],
  // Digits glued to a name are the name's.
  [
    "Turnover reached 28.4 billion reais, according to B3 data.",
    [{ text: "28.4 billion reais", speaker: { name: "B3" } }],
  ],
];

export const FIX29_SINCE_EVENTS: Case[] = [
  // "since the 2009 agreement": open from the year of the event since which.
  [
    "Real pay has lost 60 percent of its value since the 2009 agreement.",
    [{ text: "60 percent", period: { from: "2009", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX29_ASIDES: Case[] = [
  // A quantity in an aside measures the aside's host, not its unit.
  [
    "Guyana holds recoverable reserves, estimated at 11 billion barrels, but output lags.",
    [{ text: "11 billion barrels", subject: { text: "recoverable reserves" } }],
  ],
];

export const FIX29_PAYMENT_FORMS: Case[] = [
  // "for each"/"for every" a thing is a price's denominator; "in cash" before it is the form of payment,
  // neither the unit nor what the price measures.
  [
    "Holders will receive $9.40 in cash for each share they own.",
    [{ text: "$9.40", unit: "for each share", subject: { text: "Holders" } }],
  ],
  ["Parties are paid 1.10 euros for every vote they win.", [{ text: "1.10 euros", unit: "for every vote" }]],
];

export const FIX29_FREQUENCY_BANDS: Case[] = [
  // Frequencies before "band(s)", in a list or alone, and one after "the" before a band's noun name bands;
  // an amount of spectrum stays a figure.
  [
    "The regulator will auction the 700MHz, 2100MHz and 3.5GHz bands, about 1,200 MHz of airwaves, next year.",
    [{ text: "1,200 MHz", unit: "MHz" }],
  ],
  ["Operators in the 26, 28 and 38 GHz bands paid $300 million.", [{ text: "$300 million" }]],
  ["The 900MHz fee will fall to £1.2m.", [{ text: "£1.2m" }]],
];

export const FIXES26: Case[] = [
  ...FIX29_FREQUENCY_BANDS,
  ...FIX29_PAYMENT_FORMS,
  ...FIX29_SPEAKERS,
  ...FIX29_SINCE_EVENTS,
  ...FIX29_ASIDES,
];
