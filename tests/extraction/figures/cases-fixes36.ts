import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 39, in wording of my own. */

export const FIX39_CONTRACTED_PRONOUN: Case[] = [
  // A pronoun contracted with its verb names nothing measured, as a bare pronoun does not.
  ['"I\'ve waited 19 months for a knee operation," she said.', [{ text: "19 months", subject: undefined }]],
  ["We’re losing 12% of our members a year.", [{ text: "12%", subject: undefined }]],
];

export const FIX39_PRESENT_WAIT: Case[] = [
  // Who waits in the present is what the wait measures, as with "waited"; "the longest wait" is a noun.
  [
    "Commuters in Lagos often wait 95 minutes for a bus.",
    [{ text: "95 minutes", subject: { text: "Commuters in Lagos" } }],
  ],
  ["A claimant waits 11 weeks on average.", [{ text: "11 weeks", subject: { text: "A claimant" } }]],
  [
    "The region had the shortest wait, at 31 days.",
    [{ text: "31 days", subject: { text: "the shortest wait" } }],
  ],
  // (A wait someone else imposes measures nothing of theirs.)
  [
    "We cannot make farmers wait three years for compensation.",
    [{ text: "three years", subject: undefined }],
  ],
];

export const FIX39_CURRENCY_WORDS: Case[] = [
  // Jordanian papers write the dinar "JD", glued or spaced; "Turkish liras" is the lira's plural.
  [
    "Exports reached JD7.1 billion, and the minimum wage is JD 290.",
    [
      { text: "JD7.1 billion", currency: "JOD", value: 7.1e9 },
      { text: "JD 290", currency: "JOD" },
    ],
  ],
  ["The order cost 28,075.50 Turkish liras.", [{ kind: "MONEY", currency: "TRY", value: 28075.5 }]],
];

export const FIX39_JOB_CUT_VERBS: Case[] = [
  // "retrench", "sack" and "disengage" cut jobs as "cut" does.
  [
    "The carmaker will retrench 850 workers.",
    [{ text: "850 workers", change: { direction: "decrease", measure: "absolute" } }],
  ],
  [
    "The bank has disengaged about 1,500 employees.",
    [{ text: "1,500 employees", change: { direction: "decrease", measure: "absolute" } }],
  ],
  [
    "The mine sacked 400 miners.",
    [{ text: "400 miners", change: { direction: "decrease", measure: "absolute" } }],
  ],
];

export const FIX39_COMPARED_AFTER_PREDICATE: Case[] = [
  // A level after ", compared with" measures what the figure before does, past that figure's short
  // predicate, as after ", up from".
  [
    "About 44% of the parcels left by road, compared with 38% a year earlier.",
    [
      { text: "44%", subject: { text: "the parcels" } },
      { text: "38%", subject: { text: "the parcels" } },
    ],
  ],
  [
    "Some 210,000 tonnes of scrap metal were exported, compared with 260,000 tonnes in 2025.",
    [{ text: "210,000 tonnes" }, { text: "260,000 tonnes", subject: { text: "scrap metal" } }],
  ],
  // (A share of its own is no level of the figure before's.)
  [
    "About 61 per cent of young women were employed, compared with 70 per cent of young men.",
    [
      { text: "61 per cent", subject: { text: "young women" } },
      { text: "70 per cent", subject: undefined },
    ],
  ],
];

export const FIX39_SHARE_OBJECTS: Case[] = [
  // A share a cut takes is of what it cuts; past "a record", a verb's share is of its object too.
  ["The insurer will cut about 12% of its staff.", [{ text: "12%", subject: { text: "its staff" } }]],
  [
    "Korea recycled a record 74.2 percent of glass bottles in 2025.",
    [{ text: "74.2 percent", subject: { text: "glass bottles" } }],
  ],
  // (What a currency or a stock lost or shed is its own value.)
  [
    "The kwacha has shed about 30% of its value this year.",
    [{ text: "30%", subject: { text: "The kwacha" } }],
  ],
];

export const FIX39_HOLDER_PAST_APPOSITION: Case[] = [
  // What a holder employs, processes or hosts is its own count past an apposition, as past a relative.
  [
    "Its rival Kestrel Freight, now owned by DSV, employs about 18,000 people.",
    [{ text: "18,000 people", subject: { text: "Its rival Kestrel Freight" } }],
  ],
  [
    "Tessla, the central bank's payment system, processed 1.2bn transactions.",
    [{ text: "1.2bn transactions", subject: { text: "Tessla" } }],
  ],
];

export const FIX39_PRICE_DENOMINATORS: Case[] = [
  // A price by distance, and a measure's modifier after "a": "a mile", "a metric ton".
  [
    "Spot rates averaged $2.09 a mile, up 7 cents.",
    [
      { text: "$2.09", unit: "a mile" },
      { text: "7 cents", unit: "a mile" },
    ],
  ],
  ["Granular urea climbed to $545 a metric ton.", [{ text: "$545", unit: "a metric ton" }]],
];

export const FIX39_LEVELS_AT: Case[] = [
  // Where a level comes to rest measures its subject; a valued object past "a record".
  [
    "Public debt is expected to stabilise at 71.2% of GDP.",
    [{ text: "71.2%", subject: { text: "Public debt" } }],
  ],
  [
    "Grainsa forecasts the maize crop at a record 31.4 million tons.",
    [{ text: "31.4 million tons", subject: { text: "the maize crop" } }],
  ],
];

export const FIX39_NOUN_BEFORE_VERB: Case[] = [
  // A figure before its noun measures the noun, which a verb after it ends; a noun that closes the
  // phrase stays, and a relative's pronoun goes.
  [
    "Wages took 63%, well above the 35 percent ceiling set by the Act.",
    [{ text: "63%" }, { text: "35 percent", subject: { text: "ceiling" } }],
  ],
  [
    "Profit will be at the lower end of its £390m to £420m guidance range.",
    [{ text: "£390m to £420m", subject: { text: "guidance range" } }],
  ],
  [
    "The firm paid royalties and the 10% levy it pays on exports.",
    [{ text: "10%", subject: { text: "levy" } }],
  ],
  // (A change's noun may be the noun's own word; no subject is read through it.)
  ["They pay the 6-percent capital gains tax.", [{ text: "6-percent", subject: undefined }]],
];

export const FIX39_BARE_LISTS: Case[] = [
  // A list of bare nouns after "of" or "on" is the whole of what the figure measures.
  [
    "Firms signed deals for 12.6 gigawatts of wind, solar and storage in the quarter.",
    [{ text: "12.6 gigawatts", subject: { text: "wind, solar and storage" } }],
  ],
  [
    "The ministry will spend N$85 million on fertiliser, seed and ploughing services.",
    [{ text: "N$85 million", subject: { text: "fertiliser, seed and ploughing services" } }],
  ],
  // (A comma's "and" right after the first item opens a clause; "including" opens an aside.)
  [
    "It produces a fifth of global output, and aims to raise it.",
    [{ text: "a fifth", subject: { text: "global output" } }],
  ],
  [
    "It spent $23 million on the contest, including legal and advisory fees.",
    [{ text: "$23 million", subject: { text: "the contest" } }],
  ],
];

export const FIX39_GIVEN_TOWARDS: Case[] = [
  // Money lent, paid or contributed "towards" something measures it; given "to" a recipient keeps the giver.
  [
    "The World Bank agreed to lend $60 million towards the project.",
    [{ text: "$60 million", subject: { text: "the project" } }],
  ],
  // (Any verb of giving: "pledged" too.)
  [
    "The lenders have pledged about $3.6bn toward the energy transition.",
    [{ text: "$3.6bn", subject: { text: "the energy transition" } }],
  ],
  [
    "The fisheries sector contributed RO 327 million to Oman's GDP.",
    [{ text: "RO 327 million", subject: { text: "The fisheries sector" } }],
  ],
];

export const FIX39_STRONG_COUNTS: Case[] = [
  // "N-strong" counts the noun after it; "meant" is a verb that ends a noun phrase.
  ["The cuts hit the firm's 2,700-strong workforce.", [{ text: "2,700", subject: { text: "workforce" } }]],
  [
    "A 5,000-strong joint force meant to fight insurgents was set up.",
    [{ text: "5,000", subject: { text: "joint force" } }],
  ],
];

export const FIXES36: Case[] = [
  ...FIX39_STRONG_COUNTS,
  ...FIX39_GIVEN_TOWARDS,
  ...FIX39_BARE_LISTS,
  ...FIX39_NOUN_BEFORE_VERB,
  ...FIX39_LEVELS_AT,
  ...FIX39_PRICE_DENOMINATORS,
  ...FIX39_HOLDER_PAST_APPOSITION,
  ...FIX39_SHARE_OBJECTS,
  ...FIX39_COMPARED_AFTER_PREDICATE,
  ...FIX39_CONTRACTED_PRONOUN,
  ...FIX39_PRESENT_WAIT,
  ...FIX39_CURRENCY_WORDS,
  ...FIX39_JOB_CUT_VERBS,
];
