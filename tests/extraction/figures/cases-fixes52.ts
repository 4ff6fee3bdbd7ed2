import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 52, in wording of my own. */

export const FIX52_OWNER_PAST_ASIDE: Case[] = [
  // What a subject has or owns is its own count past an apposition or a relative clause, as what it
  // employs is; a measure or a rate it has is not.
  [
    "Carnival Australia, the local arm of the world's largest cruise company, has 10 ships sailing in local waters. Thames Water, which serves 16 million customers, has around 8,000 employees.",
    [
      { text: "10 ships", subject: { text: "Carnival Australia" } },
      { text: "16 million customers", subject: { text: "Thames Water" } },
      { text: "8,000 employees", subject: { text: "Thames Water" } },
    ],
  ],
  [
    "The country, where wages are low, has 2.9 hospital beds per 1,000 people.",
    [{ text: "2.9 hospital beds per 1,000 people", subject: { text: "hospital beds per 1,000 people" } }],
  ],
];

export const FIX52_LEVELS_COMPARED: Case[] = [
  // A level a figure came from measures what the figure does: after ", little changed from" or
  // ", unchanged from", past a unit of several tokens and a period, after "a projected" or "an estimated".
  [
    "Output was 2.28 million tons, little changed from 2.27 million tons a year earlier.",
    [
      { text: "2.28 million tons", subject: { text: "Output" } },
      { text: "2.27 million tons", subject: { text: "Output" } },
    ],
  ],
  [
    "Prices of robusta fell to Rs 14,200 per 50-kg bag last week from Rs 16,800, and the agency's fee rose to $25 per departing passenger from $20.",
    [
      { text: "Rs 14,200", subject: { text: "Prices of robusta" } },
      { text: "Rs 16,800", subject: { text: "Prices of robusta" } },
      { text: "$25", subject: { text: "the agency's fee" } },
      { text: "$20", subject: { text: "the agency's fee" } },
    ],
  ],
  [
    "Floods would cut agriculture growth to 1.5pc from a projected 3.8pc.",
    [
      { text: "1.5pc", subject: { text: "agriculture growth" } },
      { text: "3.8pc", subject: { text: "agriculture growth" } },
    ],
  ],
  // A comparison set off after an attribution that follows the figure measures it too.
  [
    "Copper export earnings reached $5.3 billion in October, the central bank said, an increase of 21% from a year earlier.",
    [
      { text: "$5.3 billion", subject: { text: "Copper export earnings" } },
      { text: "21%", subject: { text: "Copper export earnings" } },
    ],
  ],
];

export const FIX52_STORY_PERIOD_IN_SENTENCE: Case[] = [
  // The story's period named in the sentence for the figure before is no other time of the next clause's
  // figures; nor is the day or month a statement was made ("the company reported last month").
  [
    "Users rose 11% to 713 million in the three months to Sept. 30, and paying subscribers grew 10% to 281 million, the company reported last month.",
    [
      { text: "11%", period: { text: "three months to Sept. 30", from: "2026-07", to: "2026-09" } },
      { text: "713 million", period: { text: "three months to Sept. 30", from: "2026-07", to: "2026-09" } },
      { text: "10%", period: { text: "three months to Sept. 30", from: "2026-07", to: "2026-09" } },
      { text: "281 million", period: { text: "three months to Sept. 30", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-30" },
  ],
  // (Not a possessive period after the verb: "said last year's cuts" names a time of its own, so the
  // sentence's figures take no story period; "said last month" is when it was said.)
  [
    "Net income rose to $702 million in the three months ended Sept. 30. Margins rose 2% to 31%, the company said last year's cuts had helped. Revenue rose 5%, the company said last month.",
    [
      { text: "$702 million", period: { text: "three months ended Sept. 30" } },
      { text: "2%", period: undefined },
      { text: "31%", period: undefined },
      { text: "5%", period: { text: "three months ended Sept. 30", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A cruise line's "net yield" is a result of the story's period, no bond's yield quoted in a market.
  [
    "Net income rose to $702 million in the three months ended Sept. 30. Cruise days rose 9.6% to 3.1 million, while net yield per cruise day climbed 6.8% to $684.",
    [
      { text: "$702 million", period: { text: "three months ended Sept. 30" } },
      { text: "9.6%", period: { text: "three months ended Sept. 30" } },
      { text: "3.1 million", period: { text: "three months ended Sept. 30" } },
      { text: "6.8%", period: { text: "three months ended Sept. 30", from: "2026-07", to: "2026-09" } },
      { text: "$684", period: { text: "three months ended Sept. 30", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX52_YIELDED: Case[] = [
  // What a tax "yielded" is its level, as what it raised or collected.
  [
    "The tax on cigarettes yielded 61.5 billion pesos, up 27%.",
    [
      { text: "61.5 billion pesos", subject: { text: "The tax on cigarettes" } },
      { text: "27%", subject: { text: "The tax on cigarettes" } },
    ],
  ],
];

export const FIX52_PARTICIPLES_AND_CONTRACTS: Case[] = [
  // A level reached after "has grown", "had fallen", "has risen", "has shrunk" measures the clause's
  // subject, as one after "grew" or "fell" does.
  [
    "The airline's fleet has grown to 98 aircraft, and its print run had fallen to about 45,000 copies a day from 80,000.",
    [
      { text: "98 aircraft", subject: { text: "The airline's fleet" } },
      { text: "45,000 copies a day", subject: { text: "its print run" } },
      { text: "80,000", subject: { text: "its print run" } },
    ],
  ],
  // A futures contract's month before the market's place or the grade and the commodity dates nothing.
  [
    "March New York cocoa settled down $148, while March raw sugar fell 0.3 cent.",
    [
      { text: "$148", subject: { text: "March New York cocoa" }, period: undefined },
      { text: "0.3 cent", subject: { text: "March raw sugar" }, period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX52_ABBREVIATED_DENOMINATORS: Case[] = [
  // A market report's price "a lb" or "an oz" is quoted per that unit, not per the price's before it.
  [
    "Copper rose to $11,452 a tonne in London, while Comex copper futures traded at $5.31 a lb and gold at $2,650 an oz.",
    [
      { text: "$11,452", unit: "a tonne" },
      { text: "$5.31", unit: "a lb" },
      { text: "$2,650", unit: "an oz" },
    ],
  ],
];

export const FIX52_PACK_SIZES: Case[] = [
  // A container's size, after "a pack of" or "per carton of", is no count; its weight is a measure.
  ["Eggs sold for N52,000 per crate of 30 dozen.", [{ text: "N52,000", unit: "per crate" }]],
  [
    "A pack of 20 Marlboro costs R65, excise rose to R21.52 per pack of 20, and a crate of 30 eggs cost N4,500. A bag of 50kg rice sells for N78,000.",
    [
      { text: "R65" },
      { text: "R21.52", unit: "per pack" },
      { text: "N4,500" },
      { text: "50kg" },
      { text: "N78,000" },
    ],
  ],
];

export const FIXES52: Case[] = [
  ...FIX52_OWNER_PAST_ASIDE,
  ...FIX52_LEVELS_COMPARED,
  ...FIX52_STORY_PERIOD_IN_SENTENCE,
  ...FIX52_PACK_SIZES,
  ...FIX52_YIELDED,
  ...FIX52_PARTICIPLES_AND_CONTRACTS,
  ...FIX52_ABBREVIATED_DENOMINATORS,
];
