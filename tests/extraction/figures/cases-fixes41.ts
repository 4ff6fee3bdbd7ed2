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

export const FIX44_GAPPED_ITEMS: Case[] = [
  // A gapped item repeats the verb before it when its count has the same unit as the one before ...
  [
    "Brazil shipped 9.2 million tonnes, Argentina 4.1 million tonnes and Paraguay 1.3 million tonnes.",
    [
      { text: "9.2 million tonnes", subject: { text: "Brazil" } },
      { text: "4.1 million tonnes", subject: { text: "Argentina" } },
      { text: "1.3 million tonnes", subject: { text: "Paraguay" } },
    ],
  ],
  // (... and when it holds a change and the level it reached, as the item before did.)
  [
    "Revenue rose 8% to $4.4 billion, operating profit 12% to $610 million.",
    [
      { text: "8%", subject: { text: "Revenue" }, change: { direction: "increase", measure: "relative" } },
      { text: "$4.4 billion", subject: { text: "Revenue" } },
      {
        text: "12%",
        subject: { text: "operating profit" },
        change: { direction: "increase", measure: "relative" },
      },
      { text: "$610 million", subject: { text: "operating profit" } },
    ],
  ],
  // (A level after the level reached is no change: "to 71.4, well below 80".)
  [
    "The index dropped 3.9 points to 71.4, well below 80, the recession threshold.",
    [
      { text: "3.9 points", change: { direction: "decrease", measure: "absolute" } },
      { text: "71.4" },
      { text: "80", change: undefined },
    ],
  ],
  // (A company set off after its kind is what its verb's figure measures.)
  [
    "Kenya's largest lender, Equity Group, added 410,000 customers.",
    [{ text: "410,000 customers", subject: { text: "Equity Group" } }],
  ],
];

export const FIXES41: Case[] = [...FIX44_GAPPED_ITEMS, ...FIX44_DESCRIBED_SAYERS];
