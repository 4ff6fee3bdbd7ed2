import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 44, in wording of my own. */

export const FIX44_DESCRIBED_SAYERS: Case[] = [
  // "it" after "the <kind of company> said" stands for that described company, as it does after a name.
  [
    "The Calgary-based pipeline company said it earned C$318 million in the third quarter.",
    [{ text: "C$318 million", subject: { text: "The Calgary-based pipeline company" } }],
  ],
  [
    "The airline said it carried 2.4 million passengers in November.",
    [{ text: "2.4 million passengers", subject: { text: "The airline" } }],
  ],
  // (Not inside a clause: "after the company said it" opens no subject.)
  ["Shares fell after the retailer said it lost $12 million.", [{ text: "$12 million", subject: undefined }]],
];

export const FIXES41: Case[] = [...FIX44_DESCRIBED_SAYERS];
