import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 54, in wording of my own. */

export const FIX54_STARTS_NEXT_YEAR: Case[] = [
  // "raised the levy by 4% from January 1" in December: the day a new level starts is announced ahead, so
  // a day in the next two months is next year's ("effective 1 February", "starting Jan. 1"); a base after
  // "up ... from" and a span stay as they were.
  [
    "The regulator raised the port levy by 4% from January 1. Water tariffs rise to 30 shillings effective 1 February. Fees were up 2% from January 1.",
    [
      { text: "4%", period: { text: "from January 1", from: "2027-01-01" } },
      { text: "30 shillings", period: { text: "effective 1 February", from: "2027-02-01" } },
      { text: "2%", change: { base: "January 1" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  [
    // (A day that starts a level in the months just past keeps its year: "from November 1" on Dec. 3.)
    "The regulator raised the port levy by 4% from November 1.",
    [{ text: "4%", period: { text: "from November 1", from: "2026-11-01" } }],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX54_AGE_BOUND_IN_SUBJECT: Case[] = [
  // "The number of residents over 85", "Claims among policyholders aged above 60": an age bound on the
  // people a phrase names is part of the phrase, as "people aged 65" and "workers under 25" were.
  [
    "The number of residents over 85 reached 3.1 million. Claims among policyholders aged above 60 rose 18%. Those aged over 85 accounted for 58% of the deaths.",
    [
      { text: "3.1 million", subject: { text: "The number of residents over 85" } },
      { text: "18%", subject: { text: "Claims among policyholders aged above 60" } },
      { text: "58%", subject: { text: "Those aged over 85" } },
    ],
  ],
  [
    // (Not "over" as what about: "jailed over 85 million naira fraud".)
    "Two officials were jailed over 85 million naira fraud.",
    [{ text: "Two officials" }, { text: "85 million naira", subject: { text: "fraud" } }],
  ],
];

export const FIX54_SIZE_IN_OBJECT: Case[] = [
  // "raised the price of its 500ml tubs by Sh20 to Sh370": a size glued to its unit inside the object of a
  // change verb is part of the object, so "by Sh20 to Sh370" is the change and the level reached, not a
  // range, and both measure the object.
  [
    "Brookside raised the price of its 500ml ice cream tubs by Sh20 to Sh370.",
    [
      { text: "500ml" },
      {
        text: "Sh20",
        value: 20,
        change: { direction: "increase", measure: "absolute" },
        subject: { text: "the price of its 500ml ice cream tubs" },
      },
      { text: "Sh370", value: 370, subject: { text: "the price of its 500ml ice cream tubs" } },
    ],
  ],
  [
    // (Not an amount glued to its scale: "its target of Rs5.27tr by Rs312 billion" keeps no base.)
    "The FBR fell short of its target of Rs5.27tr by Rs312 billion.",
    [{ text: "Rs5.27tr" }, { text: "Rs312 billion", change: undefined }],
  ],
];

export const FIX54_DASHED_UNITS: Case[] = [
  // "sold 4,100 e-bikes", "2,000 two-wheelers": a plural glued by a dash to a lower-case word is one unit
  // noun; a dash compound before another noun still modifies it ("4,700 auto-parts jobs").
  [
    "Ebee Africa sold 4,100 e-bikes and 2,000 two-wheelers. Ontario lost 4,700 auto-parts jobs.",
    [
      { text: "4,100 e-bikes", kind: "QUANTITY", unit: "e-bikes", subject: { text: "Ebee Africa" } },
      { text: "2,000 two-wheelers", kind: "QUANTITY", unit: "two-wheelers" },
      { text: "4,700 auto-parts jobs", unit: "jobs" },
    ],
  ],
  [
    // (After one word that describes it: "22,000 unsold e-bikes".)
    "Dealers hold 22,000 unsold e-bikes.",
    [{ text: "22,000 unsold e-bikes", kind: "QUANTITY", unit: "e-bikes" }],
  ],
];

export const FIX54_GOLD_PURITY: Case[] = [
  // "Dh504.25 per gram for 24K", "The 22K variant": a carat written with K, in a sentence of gold or its
  // grams, is gold's purity, no figure; so is a fineness in thousandths before "gold" ("999.9 gold"). A K
  // elsewhere is a thousand ("22K members").
  [
    "The 22K variant was priced at Dh464.75 per gram, while 21K was at Dh445.50. The price of 999.9 gold averaged RM587 per gram. The union has 22K members.",
    [{ text: "Dh464.75" }, { text: "Dh445.50" }, { text: "RM587" }, { text: "22K members", value: 22000 }],
  ],
];

export const FIX54_PARALLEL_CARRIED: Case[] = [
  // "Distribution costs rose 19pc ..., while finance costs fell 36pc ... due to lower interest rates": a
  // parallel clause in the past takes the story's period where its sentence's figure before it took it,
  // whatever else the sentence holds; a level compared in it still does not ("from Rs104m").
  [
    "Indus Comfort posted a profit of Rs1.2bn for the July-September quarter. Distribution costs rose 19pc to Rs402m, as the company spent more on advertising, while finance costs fell 36pc to Rs88m from Rs104m due to lower interest rates.",
    [
      { text: "Rs1.2bn" },
      { text: "19pc" },
      { text: "Rs402m", period: { from: "2026-07", to: "2026-09" } },
      { text: "36pc", period: { from: "2026-07", to: "2026-09" } },
      { text: "Rs88m", period: { from: "2026-07", to: "2026-09" } },
      { text: "Rs104m", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX54_SIZE_BEFORE_PRICE_VERB: Case[] = [
  // "A 500ml tub sells for KSh350": the size measures the noun, not the noun and the price's verb after it.
  [
    "A 65-horsepower tractor retails at about Sh4.2 million. A 500ml tub sells for KSh350.",
    [
      { text: "65-horsepower", subject: { text: "tractor" } },
      { text: "Sh4.2 million", subject: { text: "A 65-horsepower tractor" } },
      { text: "500ml", subject: { text: "tub" } },
      { text: "KSh350", subject: { text: "A 500ml tub" } },
    ],
  ],
];

export const FIX54_DEALS_AT: Case[] = [
  // "Performing credit funds lend at 14-16 per cent", "Harlow's shares trade at about 14 times": the rate
  // or the price a subject deals at in the present is its own; "given that" opens no relative clause.
  [
    "Performing credit funds lend at 14-16 per cent. Harlow's shares trade at about 14 times forward earnings. It was a generous multiple given that listed insurers trade at 0.6 times.",
    [
      { text: "14-16 per cent", subject: { text: "Performing credit funds" } },
      { text: "14 times", subject: { text: "Harlow's shares" } },
      { text: "0.6 times", subject: { text: "listed insurers" } },
    ],
  ],
  [
    // (Not a noun, "retail trade at", nor an infinitive, "paring gains to trade at".)
    "Gold rose to $2,812 before paring gains to trade at $2,798.20. Manufacturing attracted SR7.1 billion, followed by wholesale and retail trade at SR4.6 billion.",
    [
      { text: "$2,812" },
      { text: "$2,798.20", subject: undefined },
      { text: "SR7.1 billion" },
      { text: "SR4.6 billion", subject: { text: "retail trade" } },
    ],
  ],
];

export const FIXES54: Case[] = [
  ...FIX54_DEALS_AT,
  ...FIX54_SIZE_BEFORE_PRICE_VERB,
  ...FIX54_PARALLEL_CARRIED,
  ...FIX54_GOLD_PURITY,
  ...FIX54_DASHED_UNITS,
  ...FIX54_SIZE_IN_OBJECT,
  ...FIX54_STARTS_NEXT_YEAR,
  ...FIX54_AGE_BOUND_IN_SUBJECT,
];
