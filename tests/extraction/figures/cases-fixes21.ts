import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 21, in wording of my own. */

export const FIX21_THEY_GOES_ON: Case[] = [
  // "They" opening a sentence with a change goes on about the plural the sentence before measured.
  [
    "Shares of Maple Freight fell 2.1% on Tuesday. They have lost about 15% this year.",
    [
      { text: "2.1%", subject: { text: "Shares of Maple Freight" } },
      { text: "15%", subject: { text: "Shares of Maple Freight" } },
    ],
  ],
  [
    "Copper exports rose 6% in October, though they fell 2% from September.",
    [{ text: "6%" }, { text: "2%", subject: { text: "Copper exports" } }],
  ],
  // Not a singular the sentence before measured, and not a day the clause before names.
  [
    "Group revenue rose 4% in the quarter. They expect a 5% rise next year.",
    [{ text: "4%" }, { text: "5%", subject: undefined }],
  ],
  [
    "Units were priced at S$0.88 in July; they closed at S$0.945 on Wednesday.",
    [{ text: "S$0.88" }, { text: "S$0.945", subject: { text: "Units" }, period: { text: "Wednesday" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_MONEY_BEFORE_NAMES: Case[] = [
  // Money after a determiner or a possessive measures a name alone after it.
  [
    "The fund approved the last tranche of its $7 billion Extended Fund Facility on Friday.",
    [{ text: "$7 billion", subject: { text: "Extended Fund Facility" } }],
  ],
  ["Zembia repaid its $1 billion Eurobond in June.", [{ text: "$1 billion", subject: { text: "Eurobond" } }]],
  // Not a name that opens a clause of its own (the clause's subject stays), nor one running on past "and".
  [
    "Kyiv will receive the $5 billion Washington pledged in March.",
    [{ text: "$5 billion", subject: { text: "Kyiv" } }],
  ],
  [
    "The bank restructured its $500m Niger Erosion and Watershed Project.",
    [{ text: "$500m", subject: undefined }],
  ],
  [
    "The plant will supply the planned $67 billion North-South railway.",
    [{ text: "$67 billion", subject: { text: "North-South railway" } }],
  ],
];
export const FIXES21: Case[] = [...FIX21_THEY_GOES_ON, ...FIX21_MONEY_BEFORE_NAMES];
