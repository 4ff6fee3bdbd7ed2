import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 51, in wording of my own. */

export const FIX51_DEFINED_UNITS: Case[] = [
  // An abbreviation defined after a scaled quantity stands for the scale and the unit; one that leaves the
  // scale out names the unit alone.
  [
    "Output rose to 78.4 million tonnes (MT) in November from 74.5 MT, and stocks stood at 105 MT.",
    [
      { text: "78.4 million tonnes", value: 78_400_000, unit: "tonnes" },
      { text: "74.5 MT", value: 74_500_000, unit: "tonnes" },
      { text: "105 MT", value: 105_000_000, unit: "tonnes" },
    ],
  ],
  [
    "Imports reached 29.4 million metric tons (MMT), up from 27.7 MMT, while LNG terminals took 54 billion cubic metres (bcm) against 48.5 bcm.",
    [
      { text: "29.4 million metric tons", value: 29_400_000, unit: "metric tons" },
      { text: "27.7 MMT", value: 27_700_000, unit: "metric tons" },
      { text: "54 billion cubic metres", value: 54_000_000_000, unit: "cubic metres" },
      { text: "48.5 bcm", value: 48_500_000_000, unit: "cubic metres" },
    ],
  ],
  [
    "Exports were 1.02 million metric tons (MT), and a cargo of 45,000 MT left on Monday.",
    [
      { text: "1.02 million metric tons", value: 1_020_000, unit: "metric tons" },
      { text: "45,000 MT", value: 45_000, unit: "MT" },
    ],
  ],
];

export const FIX51_RUNS_AT: Case[] = [
  // What runs or operates at a level is what the level measures, as what stands or trades at one.
  [
    "Canadian refiners ran at 91.3 per cent of capacity in October, while its PVC plant operated at around 72pc.",
    [
      { text: "91.3 per cent", subject: { text: "Canadian refiners" } },
      { text: "72pc", subject: { text: "its PVC plant" } },
    ],
  ],
  [
    "He said trains would run at up to 320 km an hour.",
    [{ text: "320 km an hour", subject: { text: "trains" } }],
  ],
  // A relative clause's noun phrase starts after a comparison or a form of "be".
  [
    "Graham said the rise was below inflation, which ran at 3.9 per cent, and fares grew faster than wages, which increased 2.1 percent.",
    [
      { text: "3.9 per cent", subject: { text: "inflation" } },
      { text: "2.1 percent", subject: { text: "wages" } },
    ],
  ],
];

export const FIXES51: Case[] = [...FIX51_DEFINED_UNITS, ...FIX51_RUNS_AT];
