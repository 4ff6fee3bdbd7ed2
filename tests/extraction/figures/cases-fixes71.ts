import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 71, in wording of my own. */

export const FIX71_BOARD_FEET: Case[] = [
  // Lumber is measured in board feet: a compound unit, as "cubic metres" is; "board" before another noun
  // stays a word of the noun ("10 board seats").
  [
    "The mill can cut 400 million board feet of lumber a year, and its owner wants two board seats.",
    [
      { text: "400 million board feet", kind: "QUANTITY", unit: "board feet a year", value: 400_000_000 },
      { text: "two board seats", unit: "seats", value: 2 },
    ],
  ],
];

export const FIX71_LABELS_OF_DECLARED_YEAR: Case[] = [
  // A results label ("1H27", "1H26") counts in the company's own year where the release declares one that
  // starts in another month than January: the half year ended 30 September 2026 is 1H27.
  [
    "SYDNEY, 1 December 2026 -- Koala Foods Ltd announced its results for the half year ended 30 September 2026 (1H27).\n- Revenue of A$88.2 million, up from A$80.4 million in 1H26",
    [
      { text: "A$88.2 million", period: { from: "2026-04", to: "2026-09" } },
      { text: "A$80.4 million", period: { text: "1H26", from: "2025-04", to: "2025-09" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
];

export const FIX71_STANDING_FACTS_UNDATED: Case[] = [
  // A figure whose own verb is a present tense of holding or running states a standing fact: it takes no
  // period a results story named ("employs", "operates", "houses", "holds a stake"); a noun "hold" is no verb.
  [
    "Third Quarter Highlights\n- Revenue rose 5% to $120 million.\nThe company was founded in 1968 and employs approximately 3,400 people. The region houses 1,500 workshops. Sports books won $52.3 million, for a hold of 6.4%.",
    [
      { text: "5%", period: { text: "Third Quarter" } },
      { text: "$120 million", period: { text: "Third Quarter" } },
      { text: "3,400 people", period: undefined },
      { text: "1,500 workshops", period: undefined },
      { text: "$52.3 million", period: { text: "Third Quarter" } },
      { text: "6.4%", period: { text: "Third Quarter" } },
    ],
    { publishedAt: "2026-11-03" },
  ],
];

export const FIX71_CONSUMING_AND_WEIGHING: Case[] = [
  // What a plant consumes, a farm harvests each week or a thing weighs is theirs, as what a mine produces
  // is; a share of what is recycled measures the object.
  [
    "A single furnace consumes around 12 megawatts. The farm harvests about 8 tonnes a week. Each bale weighs 227 kilograms. Brazil recycles 99.7% of its aluminium cans.",
    [
      { text: "12 megawatts", subject: { text: "A single furnace" } },
      { text: "8 tonnes a week", subject: { text: "The farm" } },
      { text: "227 kilograms", subject: { text: "Each bale" } },
      { text: "99.7%", subject: { text: "its aluminium cans" } },
    ],
  ],
];

export const FIX71_MEASURE_ASIDES: Case[] = [
  // An area set off after its noun by "covering" or "spanning", or a measure set off with its dimension,
  // measures that noun.
  [
    "The complex, covering 6.5 hectares, will house 400 looms. The quarry, 40 metres deep, was closed.",
    [
      { text: "6.5 hectares", subject: { text: "The complex" } },
      { text: "400 looms", subject: { text: "looms" } },
      { text: "40 metres", subject: { text: "The quarry" } },
    ],
  ],
];

export const FIX71_FROM_DATED_LEVEL_TO: Case[] = [
  // "from X in 2015 to Y": the level reached past the period of the one it came from measures the same
  // thing; a level with a phrase of its own ("for preliminary rounds") keeps its own.
  [
    "The share had risen from 9 percent in 2015 to about 16 percent. Prices range from P100 for preliminary rounds to P5,000 for the opening ceremony.",
    [
      { text: "9 percent", subject: { text: "The share" } },
      { text: "16 percent", subject: { text: "The share" } },
      { text: "P100" },
      { text: "P5,000", subject: { text: "the opening ceremony" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
];

export const FIX71_ACCOUNTING_PHRASE_AFTER_CHANGE: Case[] = [
  // "a 62 per cent rise in profit after tax to N18.4 billion": the accounting phrase is part of what rose,
  // and of the level it reached; a clause's "after" still ends a phrase.
  [
    "The bank posted a 62 per cent rise in profit after tax to N18.4 billion. It spent £18,400 in costs after a resident died.",
    [
      { text: "62 per cent", subject: { text: "profit after tax" } },
      { text: "N18.4 billion", subject: { text: "profit after tax" } },
      { text: "£18,400", subject: { text: "costs" } },
    ],
  ],
];

export const FIX71_AND_JOINED_PREDICATES: Case[] = [
  // A predicate joined by "and" right after a figure shares the subject that opens the clause; not an
  // object the first verb took ("grew sales 12% ... and now account for 73%").
  [
    "E-commerce sales grew 19.6% and accounted for 9.8% of total sales. Revenue rose 5% and reached $4 billion. The maisons grew sales 12% and now account for 73% of group revenue.",
    [
      { text: "19.6%", subject: { text: "E-commerce sales" } },
      { text: "9.8%", subject: { text: "E-commerce sales" } },
      { text: "5%", subject: { text: "Revenue" } },
      { text: "$4 billion", subject: { text: "Revenue" } },
      { text: "12%", subject: { text: "sales" } },
      { text: "73%", subject: undefined },
    ],
  ],
];

export const FIXES71: Case[] = [
  ...FIX71_AND_JOINED_PREDICATES,
  ...FIX71_ACCOUNTING_PHRASE_AFTER_CHANGE,
  ...FIX71_FROM_DATED_LEVEL_TO,
  ...FIX71_MEASURE_ASIDES,
  ...FIX71_CONSUMING_AND_WEIGHING,
  ...FIX71_BOARD_FEET,
  ...FIX71_LABELS_OF_DECLARED_YEAR,
  ...FIX71_STANDING_FACTS_UNDATED,
];
