import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 33, in wording of my own. */

const PUB = { publishedAt: "2026-11-20" };

export const FIX33_MARKET_DAYS: Case[] = [
  // The day after a share move's level dates the move and its restatement too, past ", or 1.3%,".
  [
    "The company's shares rose 2p, or 1.3%, to 154p in London on Wednesday.",
    [
      { text: "2p", period: { text: "Wednesday", from: "2026-11-18", to: "2026-11-18" } },
      { text: "1.3%", period: { text: "Wednesday", from: "2026-11-18", to: "2026-11-18" } },
      { text: "154p", period: { text: "Wednesday", from: "2026-11-18", to: "2026-11-18" } },
    ],
    PUB,
  ],
  [
    "The stock closed 1 cent, or 0.7 per cent, higher at S$1.43 on Friday.",
    [
      { text: "1 cent", period: { text: "Friday", from: "2026-11-20", to: "2026-11-20" } },
      { text: "0.7 per cent", period: { text: "Friday", from: "2026-11-20", to: "2026-11-20" } },
      { text: "S$1.43", period: { text: "Friday", from: "2026-11-20", to: "2026-11-20" } },
    ],
    PUB,
  ],
  // "yesterday" is the day before the publication.
  [
    "Its shares closed 3 sen higher at RM1.34 yesterday.",
    [
      { text: "3 sen", period: { text: "yesterday", from: "2026-11-19", to: "2026-11-19" } },
      { text: "RM1.34", period: { text: "yesterday", from: "2026-11-19", to: "2026-11-19" } },
    ],
    PUB,
  ],
  // A phrase after the restatement that goes on with something else keeps its period to itself.
  [
    "The union will seek an 8% pay increase, or at least 350 euros a month, for 2.5 million workers in talks beginning in January.",
    [
      { text: "8%", period: undefined },
      { text: "350 euros", period: undefined },
      { text: "2.5 million workers" },
    ],
    PUB,
  ],
];

export const FIX33_FINED_PARTIES: Case[] = [
  // The fined party's name may hold "&", a hyphen, a dot or a link to the name after it.
  [
    "The regulator has fined the fashion retailer Harcourt & Pryce £9.6m for security failings.",
    [{ text: "£9.6m", subject: { text: "the fashion retailer Harcourt & Pryce" } }],
  ],
  [
    "The FCA fined a London-based cryptocurrency exchange £6.2m for failing to check customers.",
    [{ text: "£6.2m", subject: { text: "a London-based cryptocurrency exchange" } }],
  ],
  [
    "Last month the ICO fined a software supplier to the NHS £3.07m.",
    [{ text: "£3.07m", subject: { text: "a software supplier to the NHS" } }],
  ],
  // A headline's "X fined £N" is a passive with its "was" left out: X pays.
  ["Mobile trader fined $1.2m for lending breaches", [{ text: "$1.2m", subject: { text: "Mobile trader" } }]],
  // Not a verb joined by "and", nor an adverb of a written passive.
  [
    "He was sentenced to five years' jail and fined $120,000 for accepting bribes.",
    [{ text: "$120,000", subject: { text: "accepting bribes" } }],
  ],
  // "fines" as a noun with a participle after it keeps its own subject.
  [
    "Fines collected from traffic violations in Dubai exceeded AED 1.8 billion.",
    [{ text: "AED 1.8 billion", subject: { text: "Fines collected from traffic violations in Dubai" } }],
  ],
];

export const FIX33_FORECASTS_AT: Case[] = [
  // What a forecast or a projection sets "at" a figure is its subject (a projection names no speaker).
  [
    "National crop agency Conab this month forecast the 2026-27 soybean crop at 177.6 million tons.",
    [{ text: "177.6 million tons", subject: { text: "the 2026-27 soybean crop" }, speaker: undefined }],
  ],
  // Who puts or values a level "at" a figure speaks for it, past when it did.
  [
    "Kpler last week put loadings at 1.62 million bpd.",
    [{ text: "1.62 million bpd", subject: { text: "loadings" }, speaker: { name: "Kpler" } }],
  ],
  [
    "Toyota Motor Corp. on Wednesday raised its operating profit forecast to 3.4 trillion yen.",
    [{ text: "3.4 trillion yen", speaker: { name: "Toyota Motor Corp" } }],
  ],
  // A forecast as a noun sets nothing, nor does a forecast of what something will do.
  [
    "The committee kept its forecast for economic growth at 6.5%.",
    [{ text: "6.5%", subject: { text: "its forecast for economic growth" } }],
  ],
  [
    "Analysts forecast the hospital services market to grow at about 9% a year.",
    [{ text: "9%", subject: { text: "the hospital services market" } }],
  ],
];

export const FIX33_EVENT_PERIODS: Case[] = [
  // The year of the event a fine or a settlement answers is no period of the money.
  [
    "The regulator fined the retailer 14.4 million reais over a 2025 data breach.",
    [{ text: "14.4 million reais", period: undefined }],
    PUB,
  ],
  [
    "The insurer agreed to pay $38 million to settle a case over a 2024 cyber attack.",
    [{ text: "$38 million", period: undefined }],
    PUB,
  ],
  // Nor is the time of a clause of cause whose verb comes after it.
  [
    "The bank was fined 850 million naira after a ransomware attack in July exposed customer data.",
    [{ text: "850 million naira", period: undefined }],
    PUB,
  ],
  // The day of a fine with a long payer's name dates the act, not the money (as "was fined ... on Wednesday").
  [
    "The authority ANPD fined retailer Casa Nova Varejo SA 14.4 million reais ($2.7 million) on Wednesday over a 2025 data breach.",
    [
      { text: "14.4 million reais", period: undefined },
      { text: "$2.7 million", period: undefined },
    ],
    PUB,
  ],
  // A span stays the figure's: "over the 2025 and 2026 financial years", "for the 2027 season".
  [
    "The airline has 13 new aircraft due for delivery over the 2025 and 2026 financial years.",
    [{ text: "13 new aircraft", period: { text: "2025", from: "2025", to: "2025" } }],
    PUB,
  ],
  [
    "Pilgrims will pay 58.4 million rupiah each for the 2027 season.",
    [{ text: "58.4 million rupiah", period: { text: "2027", from: "2027", to: "2027" } }],
    PUB,
  ],
];

export const FIX33_OPENING_ATTRIBUTIONS: Case[] = [
  // An opening "According to X," is no part of the list that names what the figure is of.
  [
    "According to NEMA figures, rice, maize, yam and sorghum accounted for about 70 per cent of the damage.",
    [{ text: "70 per cent", subject: { text: "rice, maize, yam and sorghum" } }],
  ],
  [
    "According to the ATO's annual report, individuals and sole traders paid $324.7 billion.",
    [{ text: "$324.7 billion", subject: { text: "individuals and sole traders" } }],
  ],
];

export const FIX33_PARTICIPLE_HOLDERS: Case[] = [
  // Who earns, owes, pays, receives or charges an amount holds it: the noun phrase before the participle.
  [
    "Many teachers and nurses earning R25,000 a month have borrowed heavily.",
    [{ text: "R25,000", subject: { text: "Many teachers and nurses" } }],
  ],
  [
    "Remittances rose, with India alone receiving about $135 billion.",
    [{ text: "$135 billion", subject: { text: "India" } }],
  ],
  ["How can a worker earning N70,000 feed his family?", [{ text: "N70,000", subject: { text: "a worker" } }]],
  // Not a verb's object with no determiner, nor a bare quantifier.
  [
    "The increase would hit families already paying 4.1 per cent more for electricity.",
    [{ text: "4.1 per cent", subject: undefined }],
  ],
  [
    "Banks launched instalment plans, with some charging 3.5pc a month.",
    [{ text: "3.5pc", subject: undefined }],
  ],
];

export const FIX33_NAME_ASIDES: Case[] = [
  // A name set off by commas after a common noun is an aside of the subject.
  [
    "Shares in Unity Crest's parent, UC Holdings, fell 4.8% to 11.90 naira.",
    [
      { text: "4.8%", subject: { text: "Shares in Unity Crest's parent" } },
      { text: "11.90 naira", subject: { text: "Shares in Unity Crest's parent" } },
    ],
  ],
  [
    "Arsenal's shirt sponsor, Emirates, pays about £50 million a year.",
    [{ text: "£50 million", subject: { text: "Arsenal's shirt sponsor" } }],
  ],
];

export const FIX33_ALTERNATIVE_BOUNDS: Case[] = [
  // "the greater of" chooses between amounts: what is that greater, not "greater".
  [
    "The maximum penalty for a company is the greater of $15.65 million or 10 per cent of annual turnover.",
    [
      { text: "$15.65 million", subject: { text: "The maximum penalty for a company" } },
      { text: "10 per cent" },
    ],
  ],
];

export const FIX33_DIRECTED_LISTS: Case[] = [
  // So do the items of a list whose money "will go to" its destinations.
  [
    "Of the sum, $5.1 billion will go to the police, $2.8 billion to the army and $1.5 billion to prisons.",
    [
      { text: "$5.1 billion", subject: { text: "the police" } },
      { text: "$2.8 billion", subject: { text: "the army" } },
      { text: "$1.5 billion", subject: { text: "prisons" } },
    ],
  ],
  // A noun of spending directs nothing: "The spending limit was ... and €75,300 in a ... constituency".
  [
    "The spending limit was €45,200 in a three-seat constituency and €75,300 in a five-seat constituency.",
    [
      { text: "€45,200", subject: { text: "The spending limit" } },
      { text: "€75,300", subject: undefined },
    ],
  ],
  // What fetches a price, in any form of the verb, is what the price measures.
  [
    "Southern rock lobster was fetching about $95 a kilogram at the wharf.",
    [{ text: "$95", subject: { text: "Southern rock lobster" } }],
  ],
  [
    "The board expects the revision to fetch an additional ₹470 crore a year.",
    [{ text: "₹470 crore", subject: { text: "the revision" } }],
  ],
  // Items of a list a spending verb directs take their own destinations.
  [
    "The council spent $1.9m on specialists, $1.1m on hardware and $860,000 on staff.",
    [
      { text: "$1.9m", subject: { text: "specialists" } },
      { text: "$1.1m", subject: { text: "hardware" } },
      { text: "$860,000", subject: { text: "staff" } },
    ],
  ],
];

export const FIXES30: Case[] = [
  ...FIX33_MARKET_DAYS,
  ...FIX33_FINED_PARTIES,
  ...FIX33_FORECASTS_AT,
  ...FIX33_EVENT_PERIODS,
  ...FIX33_OPENING_ATTRIBUTIONS,
  ...FIX33_PARTICIPLE_HOLDERS,
  ...FIX33_NAME_ASIDES,
  ...FIX33_ALTERNATIVE_BOUNDS,
  ...FIX33_DIRECTED_LISTS,
];
