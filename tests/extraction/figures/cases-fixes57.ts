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

export const FIXES57: Case[] = [...FIX57_WATCH_NOUN, ...FIX57_FROM_OPERATIONS];
