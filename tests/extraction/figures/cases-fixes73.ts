import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 73, in wording of my own. */

export const FIX73_SHARED_QUALIFIERS: Case[] = [
  // A qualifier before the first of two figures of a kind joined by "and" or "or" bounds the second too;
  // one of a different kind, or one with words between, keeps its own.
  [
    "The region has an estimated 3.4 million camels and 900,000 donkeys, while more than 120 vets and 40 clinics serve them.",
    [
      { text: "3.4 million camels", qualifier: "approximate", value: 3_400_000 },
      { text: "900,000 donkeys", qualifier: "approximate", value: 900_000 },
      { text: "120 vets", qualifier: "lower_bound", value: 120 },
      { text: "40 clinics", qualifier: "lower_bound", value: 40 },
    ],
  ],
  [
    "About 300 farmers attended and 45 traders left, spending up to $2 million and 5,000 hours.",
    [
      { text: "300 farmers", qualifier: "approximate" },
      { text: "45 traders", qualifier: "exact" },
      { text: "$2 million", qualifier: "upper_bound" },
      { text: "5,000 hours", qualifier: "exact" },
    ],
  ],
];

export const FIX73_TOWN_AND_REGION_PLACE_A_NOUN: Case[] = [
  // A town and its region after a noun's "in" place the noun a relative clause then describes, as "at"
  // does; the region alone measures nothing.
  [
    "Halvorsen will shut its mill in Moss, Viken, which employs 210 people, and expand a depot in Lagos, Portugal, which will cost €12 million.",
    [
      { text: "210 people", subject: { text: "its mill in Moss, Viken" } },
      { text: "€12 million", subject: { text: "a depot in Lagos, Portugal" } },
    ],
  ],
];

export const FIX73_WEEKENDS: Case[] = [
  // A weekend is a period: "last/this/next weekend" of the calendar weeks around publication; "over the
  // weekend" the latest one, or the coming one where a modal looks ahead; never a change's base.
  [
    "Footfall rose 9% over the weekend to 48,000 visitors, and the centre expects 60,000 next weekend.",
    [
      {
        text: "9%",
        change: { direction: "increase", measure: "relative" },
        period: { text: "the weekend", from: "2026-12-05", to: "2026-12-06" },
      },
      { text: "48,000 visitors", period: { text: "the weekend", from: "2026-12-05", to: "2026-12-06" } },
      { text: "60,000", period: { text: "next weekend", from: "2026-12-19", to: "2026-12-20" } },
    ],
    { publishedAt: "2026-12-09" },
  ],
  [
    // ("this weekend" told in the past on a weekday is the weekend just gone.)
    "This weekend the shelter launched an appeal for R3 million, and it expects 900 visitors this weekend.",
    [
      { text: "R3 million", period: { text: "This weekend", from: "2026-11-28", to: "2026-11-29" } },
      { text: "900 visitors", period: { text: "this weekend", from: "2026-12-05", to: "2026-12-06" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
  [
    "The fair will draw about 20,000 people over the weekend.",
    [{ text: "20,000 people", period: { text: "the weekend", from: "2026-12-12", to: "2026-12-13" } }],
    { publishedAt: "2026-12-09" },
  ],
];

export const FIX73_DECLARED_REPORTING_YEARS: Case[] = [
  // A year the article declares names its labels, where the country's companies keep years of their own;
  // "fiscal 2027, which begins July 1" declares one by its start; a retailer's half or year in weeks too.
  [
    "TORONTO - The shelter network ran a deficit of C$2.1 million in its fiscal year ended March 31, 2026. It took in 9,400 animals in fiscal 2026.",
    [
      {
        text: "C$2.1 million",
        period: { text: "fiscal year ended March 31, 2026", from: "2025-04", to: "2026-03" },
      },
      { text: "9,400 animals", period: { text: "fiscal 2026", from: "2025-04", to: "2026-03" } },
    ],
    { publishedAt: "2026-12-07" },
  ],
  [
    "The county asked for a $3.6 million increase for fiscal 2027, which begins July 1.",
    [{ text: "$3.6 million", period: { text: "fiscal 2027", from: "2026-07", to: "2027-06" } }],
    { publishedAt: "2026-12-07" },
  ],
  [
    "Petworth plc announces interim results for the 26 weeks ended 27 September 2026.\n\n- Revenue £412.4m (H1 FY26: £398.9m)\n- The Board expects full-year profit of £60m (FY26: £64.5m).",
    [
      { text: "£412.4m", period: { text: "26 weeks ended 27 September 2026" } },
      { text: "£398.9m", period: { text: "H1 FY26", from: "2025-04", to: "2025-09" } },
      { text: "£60m", period: { text: "full-year", from: "2026-04", to: "2027-03" } },
      { text: "£64.5m", period: { text: "FY26", from: "2025-04", to: "2026-03" } },
    ],
    { publishedAt: "2026-12-07" },
  ],
  [
    "Carwell plc reports results for the 52 weeks ended 30 August 2026. Revenue was £1.2bn (FY25: £1.1bn).",
    [
      { text: "£1.2bn", period: { text: "52 weeks ended 30 August 2026" } },
      { text: "£1.1bn", period: { text: "FY25", from: "2024-09", to: "2025-08" } },
    ],
    { publishedAt: "2026-12-07" },
  ],
];

export const FIX73_HEDGES: Case[] = [
  // Hedges before a figure make it approximate: "maybe", "perhaps", "possibly", "something like", "closer
  // to", "somewhere around"; after it "or thereabouts". "like-for-like" is no hedge.
  [
    "The scheme will help maybe 150 farmers on perhaps 25 hectares; it is closer to 60 per cent now, something like a third of the total, while like-for-like sales rose 2.7%.",
    [
      { text: "150 farmers", qualifier: "approximate" },
      { text: "25 hectares", qualifier: "approximate" },
      { text: "60 per cent", qualifier: "approximate" },
      { text: "a third", qualifier: "approximate" },
      { text: "2.7%", qualifier: "exact", subject: { text: "like-for-like sales" } },
    ],
  ],
];

export const FIX73_HUNDREDWEIGHT: Case[] = [
  // US flour and grain are counted in hundredweight ("cwt"), as they are priced per cwt.
  [
    "Flour output climbed to 106.4 million hundredweight, and daily milling capacity reached 1.67 million cwt.",
    [
      { text: "106.4 million hundredweight", kind: "QUANTITY", unit: "hundredweight", value: 106_400_000 },
      { text: "1.67 million cwt", kind: "QUANTITY", unit: "cwt", value: 1_670_000 },
    ],
  ],
];

export const FIX73_COST_ME: Case[] = [
  // "me" and "you" are objects of a verb like "us" and "them": what "cost me" the money is its subject.
  [
    "A used lane machine cost me $38,000, and a lane will cost you $20 an hour.",
    [
      { text: "$38,000", subject: { text: "A used lane machine" } },
      { text: "$20", subject: { text: "a lane" }, unit: "an hour" },
    ],
  ],
];

export const FIX73_RUN_AS_LEVEL: Case[] = [
  // "run" sets a level as "cost" does: what runs to the amount is its subject.
  [
    "Billing rates for senior partners now run between $1,300 and $1,800 an hour, and storm claims could run to £200m.",
    [
      { text: "$1,300 and $1,800", subject: { text: "Billing rates for senior partners" } },
      { text: "£200m", subject: { text: "storm claims" } },
    ],
  ],
];

export const FIX73_GIVEN_PAST_RECIPIENT: Case[] = [
  // Money given to someone named between the verb and the money goes towards what follows, as it does
  // with no one named; "pledged to invest $5 billion in" is no giving to a recipient.
  [
    "The council gave the shelter $250,000 towards the campaign, while the insurer pays members up to $250 a year towards glasses.",
    [
      { text: "$250,000", subject: { text: "the campaign" } },
      { text: "$250", subject: { text: "glasses" }, unit: "a year" },
    ],
  ],
];

export const FIX73_GROWN_SHARES: Case[] = [
  // A share of a whole right after "grow" is what a place grows, no rise; "grew 20% in 2025" still is one.
  [
    "Horowhenua grows a third of the North Island's greens, and its output grew 20% in 2025.",
    [
      { text: "a third", change: undefined },
      { text: "20%", change: { direction: "increase", measure: "relative" } },
    ],
  ],
];

export const FIXES73: Case[] = [
  ...FIX73_GROWN_SHARES,
  ...FIX73_GIVEN_PAST_RECIPIENT,
  ...FIX73_RUN_AS_LEVEL,
  ...FIX73_COST_ME,
  ...FIX73_HUNDREDWEIGHT,
  ...FIX73_HEDGES,
  ...FIX73_DECLARED_REPORTING_YEARS,
  ...FIX73_WEEKENDS,
  ...FIX73_SHARED_QUALIFIERS,
  ...FIX73_TOWN_AND_REGION_PLACE_A_NOUN,
];
