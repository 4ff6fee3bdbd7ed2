import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 37, in wording of my own. */

export const FIX37_PEOPLE_MODIFIERS: Case[] = [
  // What befell people describes the noun after it: "homeless", "wounded", "stranded" are modifiers.
  [
    "Volunteers counted 912 homeless people in the city centre, up from 840 last year.",
    [
      { text: "912 homeless people", unit: "people" },
      { text: "840", kind: "QUANTITY", unit: "people" },
    ],
  ],
  ["The ferry carried 46 wounded soldiers to Mombasa.", [{ text: "46 wounded soldiers", unit: "soldiers" }]],
  // (With no noun after it, the count stays bare: blind case "300 injured" is a NUMBER.)
  [
    "Four people were killed and 63 injured when the ferry capsized.",
    [
      { text: "Four people", unit: "people" },
      { text: "63", kind: "NUMBER" },
    ],
  ],
];

export const FIX37_SAID_RESULT: Case[] = [
  // "has said" is the tense of the saying: the lede's past result names the story's period.
  [
    "LAGOS, Nov 11 - The Lagos State Pension Commission has said its assets rose 21 per cent to N910 billion in the 2025 financial year. The commission booked contributions of N84 billion during the year.",
    [
      { text: "21 per cent", period: { text: "2025", from: "2025", to: "2025" } },
      { text: "N910 billion" },
      { text: "N84 billion", period: { text: "year", from: "2025", to: "2025" } },
    ],
    { publishedAt: "2026-11-11" },
  ],
  // (A promise made is no result: "has said it will" keeps no period.)
  [
    "The ministry has said it will release N40 billion to the fund.",
    [{ text: "N40 billion", period: undefined }],
  ],
];

export const FIX37_ING_ANTECEDENT: Case[] = [
  // A noun in "-ing" heads the antecedent of ", which": the clause measures it.
  [
    "Most of the cut falls on capital spending, which drops to Sh9.2 billion from Sh12.6 billion.",
    [
      { text: "Sh9.2 billion", subject: { text: "capital spending" } },
      { text: "Sh12.6 billion", subject: { text: "capital spending" } },
    ],
  ],
  [
    "The reforms aim to cut household borrowing, which accounts for about 38% of bank credit.",
    [{ text: "38%", subject: { text: "household borrowing" } }],
  ],
];

export const FIX37_COMPARED_LEVEL_OWN_PERIOD: Case[] = [
  // A level compared after "from" keeps the period that follows it, past "at the": the period of the level
  // reached before it is not its own.
  [
    "The scheme's assets rose to £78.4 billion at the end of September from £75.9 billion at the end of March.",
    [
      { text: "£78.4 billion", period: { text: "end of September", from: "2026-09", to: "2026-09" } },
      { text: "£75.9 billion", period: { text: "end of March", from: "2026-03", to: "2026-03" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // (With none of its own, it takes none: "in the quarter" is the level reached's, as "next year" is.)
  [
    "Its loan-loss allowances fell to S$148 million in the quarter from S$211 million.",
    [{ text: "S$148 million" }, { text: "S$211 million", period: undefined }],
  ],
  // ("more than" is a bound, no comparison: the clause after it keeps the period.)
  [
    "The industry shed more than 12,000 jobs in the first nine months of the year, with platinum producers accounting for two-thirds of the losses.",
    [
      { text: "12,000 jobs" },
      {
        text: "two-thirds",
        period: { text: "first nine months of the year", from: "2026-01", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX37_MODEL_CODES_AND_HOLDERS: Case[] = [
  // A model's code glued of letters and digits is one modifier of the unit, whole.
  [
    "The navy expects delivery of 8 Bell UH-1Y utility helicopters by 2028.",
    [{ text: "8 Bell UH-1Y utility helicopters", subject: { text: "Bell UH-1Y utility helicopters" } }],
  ],
  ["Poland took 48 K9PL howitzers.", [{ text: "48 K9PL howitzers", subject: { text: "K9PL howitzers" } }]],
  // What holds or houses a count holds it, as what has it does.
  [
    "Kamiti Maximum Security Prison housed 3,900 inmates in October.",
    [{ text: "3,900 inmates", subject: { text: "Kamiti Maximum Security Prison" } }],
  ],
  [
    "Its 12 prisons held 14,200 inmates.",
    [{ text: "12 prisons" }, { text: "14,200 inmates", subject: { text: "Its 12 prisons" } }],
  ],
];

export const FIX37_DESCRIBING_PARTICIPLE: Case[] = [
  // A participle after a determiner or a possessive describes the noun: it stays in the subject.
  [
    "The DND's proposed budget for 2027 is P298.3 billion.",
    [{ text: "P298.3 billion", subject: { text: "The DND's proposed budget" } }],
  ],
  [
    "The estimated cost of the bridge has risen to $2.1 billion.",
    [{ text: "$2.1 billion", subject: { text: "The estimated cost of the bridge" } }],
  ],
  // (A verb that takes the figure's noun as its object still ends the phrase.)
  [
    "The cyclone caused damage estimated at $1.2 billion.",
    [{ text: "$1.2 billion", subject: { text: "damage" } }],
  ],
];

export const FIX37_YEARS_AGO: Case[] = [
  // "N years ago" counts whole years back from publication, not back from a story's nine months.
  [
    "LAGOS, Nov 20 - Road crashes killed 4,912 people in the first nine months of 2026, the FRSC said.\n\nThe average premium rose to 2.5 million naira from 1.1 million naira two years ago.",
    [
      { text: "4,912 people" },
      { text: "2.5 million naira" },
      { text: "1.1 million naira", period: { text: "two years ago", from: "2024", to: "2024" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // (A sentence's own period is still the one they are set against.)
  [
    "Sales rose to $5 billion in the third quarter from $3 billion two years ago.",
    [
      { text: "$5 billion" },
      { text: "$3 billion", period: { text: "two years ago", from: "2024-07", to: "2024-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX37_WITH_CLAUSE_TIME: Case[] = [
  // A "with" clause whose noun is due or starts at a period holds that time: no time of the deal.
  [
    "Portugal agreed to buy two C-390 aircraft for €480 million, with the first due in 2028.",
    [
      { text: "two C-390 aircraft", period: undefined },
      { text: "€480 million", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The firm signed a $25.4m contract, with deliveries starting in the first quarter of 2027 and the last by 2029.",
    [{ text: "$25.4m", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  // (Nor is "in line with" a clause of its own.)
  [
    "Germany and Austria backed a ceiling of 140 billion euros, in line with their demand to hold the 2028-2034 budget.",
    [{ text: "140 billion euros", period: { text: "2028-2034", from: "2028", to: "2034" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX37_CO_TITLE: Case[] = [
  // "co-CEO", "co-chair": a title's "co" is read with it, before the name that speaks.
  [
    "Subscriber growth slowed, but co-CEO Greg Peters said revenue would rise 12%.",
    [{ text: "12%", speaker: { name: "Greg Peters" } }],
  ],
];

export const FIX37_GAPPED_PRICE: Case[] = [
  // A thing priced after another, its verb left out or a copula, shares the first price's denominator.
  [
    "The premium plan costs Sh1,100 a month and the mobile plan Sh300.",
    [
      { text: "Sh1,100", unit: "a month" },
      { text: "Sh300", unit: "a month" },
    ],
  ],
  [
    "Showmax Premium costs R225 a month, while the mobile plan is R49.",
    [
      { text: "R225", unit: "a month" },
      { text: "R49", unit: "a month" },
    ],
  ],
  // (Not a clause with a verb of its own: "while the Premji family gave Rs 1,102 crore".)
  [
    "Nadar gave Rs 7.4 crore a day, while the family gave Rs 1,102 crore.",
    [
      { text: "Rs 7.4 crore", unit: "a day" },
      { text: "Rs 1,102 crore", unit: undefined },
    ],
  ],
];

export const FIX37_CAPACITY_AND_CRASHES: Case[] = [
  // A capacity set against a count is in its unit.
  [
    "The jails held 59,800 inmates against an official capacity of 50,000.",
    [{ text: "59,800 inmates" }, { text: "50,000", kind: "QUANTITY", unit: "inmates" }],
  ],
  // "crashes" after a number is a noun counted, though it is a verb of change too.
  [
    "Police recorded 11,640 crashes, up from 10,870.",
    [
      { text: "11,640 crashes", kind: "QUANTITY", unit: "crashes" },
      { text: "10,870", unit: "crashes" },
    ],
  ],
];

export const FIX37_NAMED_KINDS: Case[] = [
  // A name glued by a dash to a letter or a word is a model or a compound before the noun counted.
  [
    "India signed a deal for 26 Rafale-M jets.",
    [{ text: "26 Rafale-M jets", kind: "QUANTITY", unit: "jets" }],
  ],
  [
    "Customs listed 14 UAE-based companies.",
    [{ text: "14 UAE-based companies", kind: "QUANTITY", unit: "companies" }],
  ],
  // ... after a word of how many more.
  [
    "Manila ordered 12 more FA-50 fighter jets.",
    [{ text: "12 more FA-50 fighter jets", kind: "QUANTITY", unit: "jets" }],
  ],
];

export const FIX37_PRONOUN_SHARES: Case[] = [
  // A share "of them" measures what the count right before it counted.
  [
    "The ministry signed 193 contracts, and 92% of them went to domestic firms.",
    [{ text: "193 contracts" }, { text: "92%", subject: { text: "contracts" } }],
  ],
  [
    "The prisons held 81,723 inmates. About 66% of them were awaiting trial.",
    [{ text: "81,723 inmates" }, { text: "66%", subject: { text: "inmates" } }],
  ],
  // ("of those cases" names its own noun.)
  [
    "Police recorded 6,443 deaths, and head injuries caused 80 per cent of those cases.",
    [{ text: "6,443 deaths" }, { text: "80 per cent", subject: { text: "those cases" } }],
  ],
];

export const FIX37_STEADY_AT: Case[] = [
  // "was stable at", "remained steady at", "was flat at": a level the subject held, as "stood at".
  [
    "Motor vehicle theft was stable at roughly 14,900 incidents a year.",
    [{ text: "14,900 incidents a year", subject: { text: "Motor vehicle theft" } }],
  ],
  [
    "China, the second-largest market, was flat at 10.2 million units.",
    [{ text: "10.2 million units", subject: { text: "China" } }],
  ],
  // "made up 9,870 cases": the part a subject makes up, as "accounted for".
  ["Phone scams made up 9,870 cases.", [{ text: "9,870 cases", subject: { text: "Phone scams" } }]],
];

export const FIX37_CALLED_LINES: Case[] = [
  // A number to call is a name, no figure.
  ["Calls to the 997 hotline rose to 1,100 a day in October.", [{ text: "1,100" }]],
  ["Residents should dial the 999 emergency number.", []],
];

export const FIX37_QUOTED_AGAINST: Case[] = [
  // A currency quoted against the dirham, the rand or another's "Singapore dollar" is an amount of it.
  [
    "The ringgit has strengthened to 3.25 against the Singapore dollar.",
    [{ text: "3.25", kind: "MONEY", currency: "MYR", unit: "against the Singapore dollar" }],
  ],
  [
    "The Indian rupee slid to 24.2 per dirham.",
    [{ text: "24.2", kind: "MONEY", currency: "INR", unit: "per dirham" }],
  ],
];

export const FIX37_SENT_HOME: Case[] = [
  // Money sent, or "sent home", is the sender's, as money paid or remitted is.
  [
    "Nigerians abroad sent home $20.9 billion last year.",
    [{ text: "$20.9 billion", subject: { text: "Nigerians abroad" } }],
  ],
  [
    "Filipino workers sent $3.2 billion in September.",
    [{ text: "$3.2 billion", subject: { text: "Filipino workers" } }],
  ],
];

export const FIXES34: Case[] = [
  ...FIX37_PEOPLE_MODIFIERS,
  ...FIX37_SAID_RESULT,
  ...FIX37_ING_ANTECEDENT,
  ...FIX37_COMPARED_LEVEL_OWN_PERIOD,
  ...FIX37_MODEL_CODES_AND_HOLDERS,
  ...FIX37_DESCRIBING_PARTICIPLE,
  ...FIX37_YEARS_AGO,
  ...FIX37_WITH_CLAUSE_TIME,
  ...FIX37_CO_TITLE,
  ...FIX37_GAPPED_PRICE,
  ...FIX37_CAPACITY_AND_CRASHES,
  ...FIX37_NAMED_KINDS,
  ...FIX37_PRONOUN_SHARES,
  ...FIX37_STEADY_AT,
  ...FIX37_CALLED_LINES,
  ...FIX37_QUOTED_AGAINST,
  ...FIX37_SENT_HOME,
];
