import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 42, in wording of my own. */

export const FIX42_MOVED_FROM_LEVELS: Case[] = [
  // A level a move came from ("rose to A from B") is another time, with or without a percentage, and
  // also under a period that opens the sentence.
  [
    "For the six months, operating profit climbed to RM512mil from RM433mil.",
    [
      { text: "RM512mil", period: { text: "six months" } },
      { text: "RM433mil", period: undefined },
    ],
  ],
  [
    "Sales in the quarter fell to $2.3 billion from $2.6 billion.",
    [
      { text: "$2.3 billion", period: { text: "quarter" } },
      { text: "$2.6 billion", period: undefined },
    ],
  ],
  // (Also past the level's own period and a comma: "rose to RM25mil in the 2025/26 financial year, from".)
  [
    "Sponsorship income rose to RM31mil in the 2025/26 financial year, from RM22mil previously.",
    [
      { text: "RM31mil", period: { text: "2025/26" } },
      { text: "RM22mil", period: undefined },
    ],
  ],
  // (An amount revised for the same time keeps it: "was cut to A from B", "revised down to".)
  [
    "The council's budget for 2027 was cut to Sh2.4 billion from Sh3.1 billion.",
    [
      { text: "Sh2.4 billion", period: { text: "2027" } },
      { text: "Sh3.1 billion", period: { text: "2027" } },
    ],
  ],
  [
    "The growth forecast for 2027 was revised down to 2.8 percent from 3.2 percent.",
    [
      { text: "2.8 percent", period: { text: "2027" } },
      { text: "3.2 percent", period: { text: "2027" } },
    ],
  ],
];

export const FIX42_OPENING_PERIODS: Case[] = [
  // A period opening the sentence with "In" or "During" and no comma is no part of the subject after it.
  [
    "In the second quarter operating profit fell 6% to $410 million.",
    [
      { text: "6%", subject: { text: "operating profit" }, period: { text: "second quarter" } },
      { text: "$410 million", subject: { text: "operating profit" } },
    ],
  ],
  [
    "During the year Harbour Homes sold 212 apartments.",
    [{ text: "212 apartments", subject: { text: "Harbour Homes" }, period: { text: "year" } }],
  ],
  // (With no opening preposition, a period before a noun names the noun: "The third quarter net profit".)
  [
    "The third quarter net profit rose 4%.",
    [{ text: "4%", subject: { text: "The third quarter net profit" } }],
  ],
];

export const FIX42_SHARE_CAME_FROM: Case[] = [
  // A share "of" something keeps its subject for the level it came from, past a longer predicate that may
  // hold digits of no figure.
  [
    "About 8.2% of card balances were 90 days or more past due, up from 7.9% a year earlier.",
    [
      { text: "8.2%", subject: { text: "card balances" } },
      { text: "7.9%", subject: { text: "card balances" } },
    ],
  ],
  [
    "Some 41 per cent of new loans in the quarter were written at debt-to-income ratios of six or more, down from 44 per cent.",
    [
      { text: "41 per cent", subject: { text: "new loans" } },
      { text: "44 per cent", subject: { text: "new loans" } },
    ],
  ],
];

export const FIX42_JUST_COMPARED: Case[] = [
  // "just" or "only" before a level compared, and "of that" in a share's predicate, keep the link.
  [
    "The fund held reserves of about R310m, compared with just R45m in 2023.",
    [
      { text: "R310m", subject: { text: "reserves" } },
      { text: "R45m", subject: { text: "reserves" } },
    ],
  ],
  [
    "Streaming took 27% of that, up from 19%.",
    [
      { text: "27%", subject: { text: "Streaming" } },
      { text: "19%", subject: { text: "Streaming" } },
    ],
  ],
];

export const FIX42_OR_ASIDES: Case[] = [
  // ", or" naming the subject again is an aside, even with digits in it; a figure restated is not.
  [
    "Loan delinquency, or loans more than 90 days overdue, stood at 2.3% in October.",
    [{ text: "2.3%", subject: { text: "Loan delinquency" } }],
  ],
];

export const FIX42_GRANTED_COUNTS: Case[] = [
  // What a body issues, grants, approves, enrols or hires is its own count, as what a maker produces is.
  [
    "The Immigration Department issued 41,300 work permits in the year to June.",
    [{ text: "41,300 work permits", subject: { text: "The Immigration Department" } }],
  ],
  [
    "Melbourne University enrolled 9,800 international students this year.",
    [{ text: "9,800 international students", subject: { text: "Melbourne University" } }],
  ],
  [
    "The regulator approved 27 new fund managers.",
    [{ text: "27 new fund managers", subject: { text: "The regulator" } }],
  ],
  [
    "The bursary fund currently supports 3,900 students.",
    [{ text: "3,900 students", subject: { text: "The bursary fund" } }],
  ],
  // (A content after "of" is what it measures, as before.)
  [
    "The agency issued 2.4 million tonnes of import permits for rice.",
    [{ text: "2.4 million tonnes", subject: { text: "import permits for rice" } }],
  ],
];

export const FIX42_WORTH_OBJECTS: Case[] = [
  // "worth" after a preposition's object values that object; a currency written apart from its digits
  // ends the phrase before it too.
  [
    "The ministry had entered into contracts worth €210 million.",
    [{ text: "€210 million", subject: { text: "contracts" } }],
  ],
  [
    "The auditor faulted the board for irregularities worth Rs 1,420 crore.",
    [{ text: "Rs 1,420 crore", subject: { text: "irregularities" } }],
  ],
  [
    "India exported 2.4 lakh tonnes of grapes worth Rs 3,120 crore.",
    [{ text: "2.4 lakh tonnes", subject: { text: "grapes" } }, { text: "Rs 3,120 crore" }],
  ],
  // (Not a predicate, nor "a deal with X worth": the deal.)
  [
    "The club signed a deal with Betano worth 90 million reais.",
    [{ text: "90 million reais", subject: { text: "a deal with Betano" } }],
  ],
];

export const FIX42_GAPPED_PRICES: Case[] = [
  // A price of a unit lists its goods: "and diesel Rs 87.67" names diesel, one word after "and" too.
  [
    "In Chennai, petrol costs Rs 100.80 a litre and diesel Rs 92.39.",
    [
      { text: "Rs 100.80", subject: { text: "petrol" } },
      { text: "Rs 92.39", subject: { text: "diesel" }, unit: "a litre" },
    ],
  ],
];

export const FIX42_FUEL_GRADES: Case[] = [
  // A grade after its fuel's name is no figure: "E-Plus 91", "gasoline 91".
  ["E-Plus 91 will cost Dh2.31 a litre.", [{ text: "Dh2.31", subject: { text: "E-Plus 91" } }]],
  ["Aramco kept gasoline 91 at 2.18 riyals a liter.", [{ text: "2.18 riyals" }]],
];

export const FIX42_NEGATED_VERBS: Case[] = [
  // A negation ends a share's noun phrase, with its helper; "last" between a helper and its participle goes.
  [
    "About 70 per cent of family firms do not survive into the second generation.",
    [{ text: "70 per cent", subject: { text: "family firms" } }],
  ],
  ["More than 90% of drivers never reach that limit.", [{ text: "90%", subject: { text: "drivers" } }]],
  [
    "Fares were last raised by Sh20 in March.",
    [{ text: "Sh20", subject: { text: "Fares" }, period: { text: "March" } }],
  ],
];

export const FIX42_ADJECTIVE_PARTICIPLES: Case[] = [
  // A participle after an article (or an article and a number's compound) is an adjective, no verb.
  [
    "The average rate on a 10-year fixed mortgage stood at 3.71% last week.",
    [{ text: "3.71%", subject: { text: "The average rate on a 10-year fixed mortgage" } }],
  ],
  [
    "The minister raised the estimated cost of the bridge to Rs88 billion.",
    [{ text: "Rs88 billion", subject: { text: "the estimated cost of the bridge" } }],
  ],
];

export const FIX42_GAPPED_RATES: Case[] = [
  // A gapped or ranked price takes the unit of the one before, at the same scale only.
  [
    "Samoa is set to get $45m a year, Fiji $38m and Vanuatu $35m.",
    [
      { text: "$45m", unit: "a year" },
      { text: "$38m", subject: { text: "Fiji" }, unit: "a year" },
      { text: "$35m", subject: { text: "Vanuatu" }, unit: "a year" },
    ],
  ],
];

export const FIXES39: Case[] = [
  ...FIX42_GAPPED_RATES,
  ...FIX42_ADJECTIVE_PARTICIPLES,
  ...FIX42_NEGATED_VERBS,
  ...FIX42_FUEL_GRADES,
  ...FIX42_GAPPED_PRICES,
  ...FIX42_JUST_COMPARED,
  ...FIX42_WORTH_OBJECTS,
  ...FIX42_GRANTED_COUNTS,
  ...FIX42_OR_ASIDES,
  ...FIX42_SHARE_CAME_FROM,
  ...FIX42_OPENING_PERIODS,
  ...FIX42_MOVED_FROM_LEVELS,
];
