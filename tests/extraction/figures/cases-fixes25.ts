import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 28, in wording of my own. */

export const FIX28_SOURCES: Case[] = [
  // Who compiled or released data is their source ("seen by" still names no one).
  [
    "Yields have fallen 120 basis points this year, data compiled by Bloomberg show.",
    [{ text: "120 basis points", speaker: { name: "Bloomberg" } }],
  ],
  // A country's result gives way to the attribution that closes the sentence.
  [
    "Ghana posted a trade surplus of $1.2 billion in the third quarter, the Ghana Statistical Service said on Tuesday.",
    [{ text: "$1.2 billion", speaker: { name: "Ghana Statistical Service" } }],
  ],
  // A source's descriptor may open with a letter glued to a hyphen ("e-commerce").
  [
    "Online sales should rise 11% this year, according to a forecast by e-commerce research firm Webshoppers.",
    [{ text: "11%", speaker: { name: "Webshoppers" } }],
  ],
  // The name before a survey may hold "of": the body that made it, without the sentence's article.
  [
    "A Bank of Canada survey found that 38 per cent of firms plan to raise prices.",
    [{ text: "38 per cent", speaker: { name: "Bank of Canada" } }],
  ],
];

export const FIX28_RATES_ON: Case[] = [
  // A relative clause after a rate "on" securities describes the rate.
  [
    "Income rose, helped by returns on government bonds that have averaged about 14 percent.",
    [{ text: "14 percent", subject: { text: "returns on government bonds" } }],
  ],
];

export const FIX28_NAMES_BEFORE_PARENTHESES: Case[] = [
  // A legal form after another's point: the name before both.
  [
    "Laguna Water Co., Inc. booked a net income of P2.1 billion.",
    [{ text: "P2.1 billion", speaker: { name: "Laguna Water Co" } }],
  ],
  // A company reports its results past a ticker in parentheses.
  [
    "Northwind Traders Inc. (NASDAQ: NWT) reported revenue of $1.2 billion for the quarter.",
    [{ text: "$1.2 billion", speaker: { name: "Northwind Traders Inc" } }],
  ],
];

export const FIX28_DENOMINATORS_AND_START_DATES: Case[] = [
  // "with effect from" a day opens the new level's period.
  [
    "The regulator raised bulk tariffs by 8 per cent to Rs 41 per 1,000 litres with effect from December 1.",
    [{ text: "8 per cent" }, { text: "Rs 41", period: { from: "2026-12-01", to: undefined } }],
    { publishedAt: "2026-11-17" },
  ],
  // A rate written after a conversion in parentheses is both amounts'.
  [
    "The clean-up saves about 12.6 billion naira ($8.5 million) a month.",
    [
      { text: "12.6 billion naira", unit: "a month" },
      { text: "$8.5 million", unit: "a month" },
    ],
  ],
  // A dated month after the level a change reached is when the level applies, not the change's base.
  [
    "The regulator raised the fee cap by 2.8% to 9,400 pounds a year from October 2025.",
    [{ text: "2.8%", change: { direction: "increase", base: undefined } }, { text: "9,400 pounds" }],
  ],
];

export const FIX28_MONEY_SENT_TO: Case[] = [
  // After a verb that sends money, "to" names where it goes, in a gapped list too; a verb of purpose stays.
  [
    "The plan allocates 48.9 billion pesos to security and 31.5 billion pesos to water and drainage.",
    [
      { text: "48.9 billion pesos", subject: { text: "security" } },
      { text: "31.5 billion pesos", subject: { text: "water and drainage" } },
    ],
  ],
  [
    "The fund committed $420 million to venture capital managers.",
    [{ text: "$420 million", subject: { text: "venture capital managers" } }],
  ],
  [
    "£18 would go to policing and £3 to transport.",
    [
      { text: "£18", subject: { text: "policing" } },
      { text: "£3", subject: { text: "transport" } },
    ],
  ],
  [
    "The port authority earmarked $900 million to deepen the access channel.",
    [{ text: "$900 million", subject: { text: "to deepen the access channel" } }],
  ],
];

export const FIX28_DEBTORS: Case[] = [
  // "a combined" before money reads as if the money came right after the verb and its objects.
  ["The city owes Eskom a combined R4.6 billion.", [{ text: "R4.6 billion", subject: { text: "The city" } }]],
  [
    "The region's largest lenders earned a combined 38 billion euros in the quarter.",
    [{ text: "38 billion euros", subject: { text: "The region's largest lenders" } }],
  ],
  // What a debtor owes measures the debtor, whatever the debt is in or for and however the creditor is
  // described; a passive names the creditor and leaves the debt.
  [
    "Kisumu county owes the power utility about Sh1.9 billion in unpaid bills.",
    [{ text: "Sh1.9 billion", subject: { text: "Kisumu county" } }],
  ],
  [
    "The city still owes state utility Eskom around 2.4 billion rand for bulk electricity.",
    [{ text: "2.4 billion rand", subject: { text: "The city" } }],
  ],
  ["Municipalities owed water boards R21.5bn.", [{ text: "R21.5bn", subject: { text: "Municipalities" } }]],
  [
    "Nurses are still owed Sh2.2 billion in arrears.",
    [{ text: "Sh2.2 billion", subject: { text: "arrears" } }],
  ],
];

export const FIX28_HEADLINE_OBJECTS: Case[] = [
  // A year alone between headline money and its plain noun describes the noun.
  ["Kano unveils N1.1trn 2027 budget", [{ text: "N1.1trn", subject: { text: "budget" } }]],
];

export const FIX28_OPENING_PREPOSITIONS: Case[] = [
  // A preposition opening the sentence is no part of the phrase a figure measures.
  [
    "Including net debt of about 310 million pounds, the offer is worth 1.4 billion pounds.",
    [{ text: "310 million pounds", subject: { text: "net debt" } }, { text: "1.4 billion pounds" }],
  ],
];

export const FIX28_WATER_UNITS: Case[] = [
  // Water supply and storage units written in capitals or as abbreviations.
  [
    "Supply will reach 610 MIGD by 2030, while Karachi gets 550 MGD and the dam stores 6.4 MAF.",
    [
      { text: "610 MIGD", unit: "MIGD" },
      { text: "550 MGD", unit: "MGD" },
      { text: "6.4 MAF", unit: "MAF" },
    ],
  ],
];

export const FIX28_PARTS_OF_WHOLE: Case[] = [
  // Bare counts that go on a count's list of what its things did count the same things.
  [
    "In all, 204 stocks rose, 187 fell and 93 were unchanged.",
    [
      { text: "204 stocks", unit: "stocks" },
      { text: "187", kind: "QUANTITY", unit: "stocks" },
      { text: "93", kind: "QUANTITY", unit: "stocks" },
    ],
  ],
  // A sentence opening on the whole counts its bare parts in the whole's plural noun.
  [
    "Of the 310 companies that traded, 121 advanced and 164 declined.",
    [
      { text: "310 companies", unit: "companies" },
      { text: "121", kind: "QUANTITY", unit: "companies" },
      { text: "164", kind: "QUANTITY", unit: "companies" },
    ],
  ],
  [
    "Of the ghost workers, 1,210 were in schools and 430 in clinics.",
    [
      { text: "1,210", kind: "QUANTITY", unit: "workers" },
      { text: "430", kind: "QUANTITY", unit: "workers" },
    ],
  ],
];

export const FIX28_PARTICIPLES_AFTER_RANKS: Case[] = [
  // Past an opening prepositional adverbial; "remained the top" holds a rank too.
  [
    "On the flip side, Unity Flour Mills led the losers, shedding 9.9 per cent.",
    [{ text: "9.9 per cent", subject: { text: "Unity Flour Mills" } }],
  ],
  // A second bare noun phrase after "and" may end in a verb form that is a noun there.
  [
    "The plan assigns 52 billion pesos to housing and public works.",
    [{ text: "52 billion pesos", subject: { text: "housing and public works" } }],
  ],
  // A participle after a comma shares the subject of a clause that led, hit or was the most of something.
  [
    "Zenith Bank led the gainers' chart, rising 9.8 per cent.",
    [{ text: "9.8 per cent", subject: { text: "Zenith Bank" } }],
  ],
  [
    "The materials sector was the weakest, falling 1.2 per cent.",
    [{ text: "1.2 per cent", subject: { text: "The materials sector" } }],
  ],
  [
    "Tokai's shares hit their daily limit, rising 300 yen.",
    [{ text: "300 yen", subject: { text: "Tokai's shares" } }],
  ],
];

export const FIX28_GAPPED_NAMES: Case[] = [
  // Gapped items may be longer names with "of" and "the", may follow a change noun, and may be listed with
  // semicolons.
  [
    "Yale returned 10.1% and the Georgia Institute of Technology 9.4%.",
    [{ text: "10.1%" }, { text: "9.4%", subject: { text: "the Georgia Institute of Technology" } }],
  ],
  [
    "Wits sought a 6.5% increase and the University of Limpopo 5.9%.",
    [{ text: "6.5%" }, { text: "5.9%", change: { direction: "increase" } }],
  ],
  [
    "Roads get N410 billion; defence N96 billion; and health N88 billion.",
    [
      { text: "N410 billion", subject: { text: "Roads" } },
      { text: "N96 billion", subject: { text: "defence" } },
      { text: "N88 billion", subject: { text: "health" } },
    ],
  ],
];

export const FIX28_LISTED_MOVERS: Case[] = [
  // In a list of market movers, the name set off before "up" or "down" is what the move measures.
  [
    "Among the fallers were Persimmon, down 86p at 1,184p, and Taylor Wimpey, down 6.05p at 96.2p.",
    [
      { text: "86p", subject: { text: "Persimmon" } },
      { text: "1,184p", subject: { text: "Persimmon" } },
      { text: "6.05p", subject: { text: "Taylor Wimpey" } },
      { text: "96.2p", subject: { text: "Taylor Wimpey" } },
    ],
  ],
  // Not a name inside another's list of fields.
  [
    "Cargo rose to 650 million tonnes, according to the Ministry of Ports, Shipping and Waterways, up 5.2 per cent.",
    [{ text: "650 million tonnes" }, { text: "5.2 per cent", subject: { text: "Cargo" } }],
  ],
];

export const FIX28_HYPHENATED_OFFICES: Case[] = [
  // "the auditor-general said" is the person the article gave that office (cases run without entities,
  // so the office alone is found here; linked-speakers.test.ts resolves it to the person).
  [
    "Councils spent 2.1 billion rand on consultants, the auditor-general said.",
    [{ text: "2.1 billion rand", speaker: { name: "the auditor-general" } }],
  ],
];

export const FIXES25: Case[] = [
  ...FIX28_HEADLINE_OBJECTS,
  ...FIX28_HYPHENATED_OFFICES,
  ...FIX28_LISTED_MOVERS,
  ...FIX28_GAPPED_NAMES,
  ...FIX28_PARTICIPLES_AFTER_RANKS,
  ...FIX28_PARTS_OF_WHOLE,
  ...FIX28_WATER_UNITS,
  ...FIX28_OPENING_PREPOSITIONS,
  ...FIX28_DEBTORS,
  ...FIX28_MONEY_SENT_TO,
  ...FIX28_SOURCES,
  ...FIX28_RATES_ON,
  ...FIX28_NAMES_BEFORE_PARENTHESES,
  ...FIX28_DENOMINATORS_AND_START_DATES,
];
