import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found by the blind set (cases-blind.ts), in wording of their own so the
 * blind set stays a measure, plus backlog cases that pass now. Run with entities: [] like the other tables.
 */
const JAN = { publishedAt: "2024-01-20" };
const AUG = { publishedAt: "2024-08-15" };

export const FIX_CONTEXT: Case[] = [
  // Speakers: generic sources and places are no speaker; "X told reporters" names X.
  ["Analysts said revenue would reach $5 billion.", [{ text: "$5 billion", speaker: undefined }]],
  ["Economists said inflation would ease to 3%.", [{ text: "3%", speaker: undefined }]],
  ["Gold rose 1% on Tuesday, dealers in Singapore said.", [{ text: "1%", speaker: undefined }]],
  ["Copper fell 2%, traders in Shanghai said.", [{ text: "2%", speaker: undefined }]],
  [
    "The bank cut its rate to 3%, Governor Andrew Bailey told lawmakers.",
    [{ text: "3%", speaker: { name: "Andrew Bailey", mode: "reported" } }],
  ],
  [
    "Prices rose 5.4% in May, the Bureau of Labor Statistics said.",
    [{ text: "5.4%", speaker: { name: "Bureau of Labor Statistics", mode: "reported" } }],
  ],
  // Periods: months and quarters without a year, against the publication date.
  ["Exports fell 3% in November.", [{ text: "3%", period: { text: "November", from: "2023-11" } }], JAN],
  ["Exports fell 3% in January.", [{ text: "3%", period: { text: "January", from: "2024-01" } }], JAN],
  ["Exports may rise 3% in March.", [{ text: "3%", period: { text: "March", from: "2024-03" } }], JAN],
  [
    "Profit rose 4% in the third quarter.",
    [{ text: "4%", period: { text: "third quarter", from: "2023-07", to: "2023-09" } }],
    JAN,
  ],
  [
    "Profit rose 4% in the third quarter.",
    [{ text: "4%", period: { text: "third quarter", from: "2024-07", to: "2024-09" } }],
    AUG,
  ],
  ["Output fell 2% in Q4.", [{ text: "2%", period: { text: "Q4", from: "2023-10", to: "2023-12" } }], JAN],
  // Periods that end at a month, month ranges, fiscal year spans.
  ["Sales rose 3% in the three months to June.", [{ text: "3%", period: { text: "three months to June" } }]],
  ["Between January and March, exports fell 4%.", [{ text: "4%", period: { text: "January and March" } }]],
  [
    "Revenue rose 6% in the year to September 2023.",
    [{ text: "6%", period: { text: "year to September 2023", from: "2022-10", to: "2023-09" } }],
  ],
  [
    "Output grew 1.2% in the April-June quarter of 2023.",
    [{ text: "1.2%", period: { from: "2023-04", to: "2023-06" } }],
  ],
  [
    "GDP grew 5% in October-December.",
    [{ text: "5%", period: { text: "October-December", from: "2023-10", to: "2023-12" } }],
    JAN,
  ],
  [
    "Exports rose 7% in fiscal 2023-24.",
    [{ text: "7%", period: { text: "fiscal 2023-24", from: "2023", to: "2024" } }],
  ],
  // A tie between a period before and one after the figure goes to the one after.
  [
    "Prices rose 2% in July after 3% in June.",
    [
      { text: "2%", period: { text: "July" } },
      { text: "3%", period: { text: "June" } },
    ],
  ],
];
