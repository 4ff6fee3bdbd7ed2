import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 45, in wording of my own. */

export const FIX45_OPENING_PRONOUNS: Case[] = [
  // "It" or "They" opening a sentence with no figure before to follow stands for what the sentence before
  // opened with as its subject.
  [
    "Harbourline reported a wider loss for the year. It holds about 22% of the regional ferry market.",
    [{ text: "22%", subject: { text: "Harbourline" } }],
  ],
  [
    "The cedi weakened against the dollar on Monday. It has lost 9% so far this year.",
    [{ text: "9%", subject: { text: "The cedi" }, change: { direction: "decrease", measure: "relative" } }],
  ],
  // (Past an aside set off by commas, and past an opening phrase.)
  [
    "Tarrow Foods, which makes frozen meals, raised its outlook. It lost $12 million in the half.",
    [{ text: "$12 million", subject: { text: "Tarrow Foods" }, period: { text: "half" } }],
  ],
  [
    "Meanwhile, the state lottery board launched a new draw. It raised R250m in 2025.",
    [{ text: "R250m", subject: { text: "the state lottery board" } }],
  ],
  // (Past an adverb before the verb: "now expects".)
  [
    "The Perth-based insurer now expects a higher profit. It earned $21.4 million last year.",
    [{ text: "$21.4 million", subject: { text: "The Perth-based insurer" } }],
  ],
  // ("They" only for a plural, "It" only for a singular.)
  [
    "Net customs receipts fell short of the target. They grew only 3.2% in the quarter.",
    [
      {
        text: "3.2%",
        subject: { text: "Net customs receipts" },
        change: { direction: "increase", measure: "relative" },
      },
    ],
  ],
  [
    "Brazilian miners have shunned new listings. It stands at 14.25% now.",
    [{ text: "14.25%", subject: undefined }],
  ],
  // (Not where the sentence before says who said it: the pronoun may stand for the speaker.)
  [
    "The interim dividend will be paid on Dec. 15, the bank said. It paid 40 kobo a year ago.",
    [{ text: "40 kobo", subject: undefined }],
  ],
  // (Nor past an owner: "Greenvolt's net profit rose. It had ..." may be either.)
  [
    "Greenvolt's net profit rose sharply. It had an 8.4% share of the market.",
    [{ text: "8.4%", subject: undefined }],
  ],
];

export const FIX45_WORTH_OF_COUNTS: Case[] = [
  // Money a count is worth, set off after it, measures what the count measures.
  [
    "Ghana shipped 410,000 tonnes of cocoa beans last season, worth $3.1 billion.",
    [
      { text: "410,000 tonnes", subject: { text: "cocoa beans" } },
      { text: "$3.1 billion", subject: { text: "cocoa beans" } },
    ],
  ],
  [
    "Customs officers seized 52 kg of gold, valued at about Sh600 million, in October.",
    [
      { text: "52 kg", subject: { text: "gold" } },
      { text: "Sh600 million", subject: { text: "gold" } },
    ],
  ],
  // (Not past a clause of its own: "..., and the fleet was worth".)
  [
    "The line operates 40 ships, and its fleet was worth $9 billion in 2025.",
    [{ text: "40 ships" }, { text: "$9 billion", subject: { text: "its fleet" } }],
  ],
];

export const FIX45_COMPARED_PAST_FIGURES: Case[] = [
  // A level compared after a comma measures what the nearest figure of its kind before it measures, past a
  // figure of another kind ...
  [
    "The council said 58.2% of the 212,400 candidates passed mathematics, up from 51.9% in 2025.",
    [
      { text: "58.2%", subject: { text: "the 212,400 candidates" } },
      { text: "212,400 candidates" },
      { text: "51.9%", subject: { text: "the 212,400 candidates" }, period: { text: "2025" } },
    ],
  ],
  // (... or a long predicate, and a price compared keeps its denominator.)
  [
    "Couriers in Leeds earned an average of £12.80 an hour while logged in during the three months to September, up from £12.10 a year earlier.",
    [
      { text: "£12.80", unit: "an hour", subject: { text: "Couriers in Leeds" } },
      { text: "£12.10", unit: "an hour", subject: { text: "Couriers in Leeds" } },
    ],
  ],
  // (Not a figure of another scale: "$2.10 per share" is no level of "$5.3 billion".)
  [
    "The bank earned $6.1 billion or $2.41 per share in the quarter, up from $5.3 billion or $2.10 per share a year earlier.",
    [
      { text: "$6.1 billion", subject: { text: "The bank" } },
      { text: "$2.41", unit: "per share" },
      { text: "$5.3 billion", unit: undefined },
      { text: "$2.10", unit: "per share" },
    ],
  ],
  // (A bare number compared counts what the count right before it counts.)
  [
    "Statistics Canada said 871,000 Canadians did some gig work in 2025, up from 812,000 two years earlier.",
    [
      { text: "871,000 Canadians", kind: "QUANTITY", unit: "Canadians" },
      { text: "812,000", kind: "QUANTITY", unit: "Canadians" },
    ],
  ],
  // (Not a part set off as included: "290 children" are no unit of "1,920".)
  [
    "Some 1,470 refugees, including 290 children, were held in depots, down from 1,920 in January.",
    [{ text: "1,470 refugees" }, { text: "290 children" }, { text: "1,920", kind: "NUMBER" }],
  ],
  // (Past "a peak of", and a price compared keeps its denominator whatever gave its subject.)
  [
    "Carbon permits traded at 68.30 yuan per tonne, down from a peak of 91.50 yuan in 2024.",
    [
      { text: "68.30 yuan", unit: "per tonne", subject: { text: "Carbon permits" } },
      {
        text: "91.50 yuan",
        unit: "per tonne",
        subject: { text: "Carbon permits" },
        period: { text: "2024" },
      },
    ],
  ],
  // (Nor a share of a group of its own: "of men" is no group of women.)
  [
    "About 61 per cent of women had not asked for a raise, compared with 44 per cent of men.",
    [
      { text: "61 per cent", subject: { text: "women" } },
      { text: "44 per cent", subject: undefined },
    ],
  ],
];

export const FIX45_RATES_BEFORE_DEDUCTIONS: Case[] = [
  // A time rate stays a rate before "after" or "before" and what is taken off a pay.
  [
    "Couriers in Kisumu earn about Sh1,600 a day after commission and fuel.",
    [{ text: "Sh1,600", unit: "a day", subject: { text: "Couriers in Kisumu" } }],
  ],
  [
    "The pension is $1,120 a fortnight before tax.",
    [{ text: "$1,120", unit: "a fortnight", subject: { text: "The pension" } }],
  ],
  // (Still a date before a determiner: "a year before the merger".)
  [
    "The fee was $40 a year before the merger.",
    [{ text: "$40", unit: undefined, period: { text: "a year before" } }],
  ],
];

export const FIX45_LEDE_PERIODS: Case[] = [
  // A lede names the story's period after "in the" too, where it holds no figure of its own.
  [
    "Harbour Glass Plc more than doubled its profit after tax in the nine months to September 2026, as brewers switched to local bottles.\n\nProfit after tax rose 117 per cent to N21.3 billion.",
    [
      {
        text: "117 per cent",
        period: { text: "nine months to September 2026", from: "2026-01", to: "2026-09" },
      },
      { text: "N21.3 billion", period: { from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-12-02T08:00:00Z" },
  ],
  // (Not "in the past three months", counted back from the day of the story.)
  [
    "The regulator has licensed 14 payment firms in the past three months, bringing the total to 187 firms.\n\nTransfers rose to N16.8 trillion in the ten months to October.",
    [
      { text: "14 payment firms" },
      { text: "187 firms" },
      { text: "N16.8 trillion", period: { text: "ten months to October", from: "2026-01", to: "2026-10" } },
    ],
    { publishedAt: "2026-12-02T08:00:00Z" },
  ],
];

export const FIX45_SET_OFF_PARTICIPLES: Case[] = [
  // A participle set off after a clause with no figure measures what the clause opens with.
  [
    "Asia was the fastest-growing region, contributing $310 million.",
    [{ text: "$310 million", subject: { text: "Asia" } }],
  ],
  [
    "Geography was the only subject to decline, falling 3.1 percentage points to 68.2%.",
    [
      {
        text: "3.1 percentage points",
        subject: { text: "Geography" },
        change: { direction: "decrease", measure: "percentage_points" },
      },
      { text: "68.2%", subject: { text: "Geography" } },
    ],
  ],
  // (With a particle too: ", accounting for", ", making up", ", dropping to".)
  [
    "Cobalt is the country's second-largest export, accounting for about 12 percent of earnings.",
    [{ text: "12 percent", subject: { text: "Cobalt" } }],
  ],
  // (Past a dateline; not past a word of saying: the participle is then the reported clause's.)
  [
    "WASHINGTON, Dec. 1 (AP) — Public school enrollment fell for a third straight year, dropping to about 48.9 million students.",
    [{ text: "48.9 million students", subject: { text: "Public school enrollment" } }],
  ],
  [
    "The watchdog said procurement remained the biggest source of graft, accounting for 41 percent of cases.",
    [{ text: "41 percent", subject: undefined }],
  ],
  // (Over a count's own unit: who added them.)
  [
    "Manitoba was the only province to grow, adding about 6,200 people.",
    [
      {
        text: "6,200 people",
        subject: { text: "Manitoba" },
        change: { direction: "increase", measure: "absolute" },
      },
    ],
  ],
];

export const FIX45_EXACT_DAYS: Case[] = [
  // A span of whole months named in the lede gives way to its exact days named after it.
  [
    "Tiffin Jewellers reported a smaller loss for the first half of its fiscal year.\n\nThe company posted a loss of $4.1 million for the 26 weeks ended Sept. 26. Net sales totalled $92.3 million.",
    [
      { text: "$4.1 million", period: { from: "2026-03-29", to: "2026-09-26" } },
      { text: "$92.3 million", period: { from: "2026-03-29", to: "2026-09-26" } },
    ],
    { publishedAt: "2026-11-27T12:00:00Z" },
  ],
];

export const FIXES42: Case[] = [
  ...FIX45_EXACT_DAYS,
  ...FIX45_SET_OFF_PARTICIPLES,
  ...FIX45_LEDE_PERIODS,
  ...FIX45_RATES_BEFORE_DEDUCTIONS,
  ...FIX45_OPENING_PRONOUNS,
  ...FIX45_WORTH_OF_COUNTS,
  ...FIX45_COMPARED_PAST_FIGURES,
];
