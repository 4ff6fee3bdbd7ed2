import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 80, in wording of my own. */

export const FIX80_MONEY_PUT_INTO: Case[] = [
  // Money allotted, put, pumped or ploughed into something goes to it, as money spent or invested does.
  [
    "The sports commission allotted P900 million to regional boxing clubs in 2026. The trust is putting $12-million into the Regina workshop. A fund ploughed £40m into at least 30 new kitchens.",
    [
      { text: "P900 million", subject: { text: "regional boxing clubs" } },
      { text: "$12-million", subject: { text: "the Regina workshop" } },
      { text: "£40m", subject: { text: "new kitchens" } },
      { text: "30 new kitchens", subject: { text: "new kitchens" } },
    ],
  ],
  // A budget money is written into is not what it goes to; the "for" or the purpose after it is.
  [
    "The state has earmarked N3.1 billion in its 2027 budget for flood barriers. The council allocated R40 million in the 2027 Budget to repair rural clinics.",
    [
      { text: "N3.1 billion", subject: { text: "flood barriers" } },
      { text: "R40 million", subject: { text: "to repair rural clinics" } },
    ],
  ],
  // A split year names the budget too.
  [
    "The county earmarked Sh480 million in the 2026/27 budget for the first phase.",
    [{ text: "Sh480 million", subject: { text: "the first phase" } }],
  ],
  // A noun that is a verb of sending too ("pumps") sends nothing before the "from" of a change.
  [
    "The plant raised capacity to 9,000 pumps from 6,000, and about $2 million to repay debt.",
    [{ text: "9,000 pumps" }, { text: "6,000" }, { text: "$2 million", subject: { text: "to repay debt" } }],
  ],
];

export const FIX80_ACRONYM_COUNTS: Case[] = [
  // An acronym between a count and its noun modifies the noun; a model is an airliner's number or a name
  // the text writes again.
  [
    "The department cut about 130 DOC jobs last year. Sales across its 148 KFC restaurants rose 4%. Boeing will raise 737 MAX output to 42 jets a month. The 407 ETR paid $193 million in penalties. Ferrovial said its 407 ETR dividends would top 300 million euros.",
    [
      { text: "130 DOC jobs", kind: "QUANTITY", unit: "jobs", value: 130 },
      { text: "148 KFC restaurants", kind: "QUANTITY", unit: "restaurants", value: 148 },
      { text: "4%" },
      { text: "42 jets a month" },
      { text: "$193 million" },
      { text: "300 million euros" },
    ],
  ],
];

export const FIX80_DECLARED_HALVES: Case[] = [
  // A half of a named financial year that "ended on" a day written before its month declares the
  // reporting year; so does a half "to 28 August".
  [
    "BOSKOOP, the Netherlands, 26 November 2026 - The grower today publishes its results for the first half of the 2026/27 financial year, which ended on 30 September 2026. Net sales rose 7.2% to EUR 184.3 million. It expects full-year sales of EUR 360 million.",
    [
      { text: "7.2%", period: { from: "2026-04", to: "2026-09" } },
      { text: "EUR 184.3 million", period: { from: "2026-04", to: "2026-09" } },
      { text: "EUR 360 million", period: { text: "full-year", from: "2026-04", to: "2027-03" } },
    ],
    { publishedAt: "2026-11-26" },
  ],
  [
    "The hotel group said accommodation sales fell 2% in the first half to 28 August.",
    [{ text: "2%", period: { text: "first half", from: "2026-03", to: "2026-08" } }],
    { publishedAt: "2026-10-24" },
  ],
  // The second half told ahead is not the half the six months report: the year is not declared by it.
  [
    "LONDON, 24 November 2026 - The packager said price rises would carry profits in the second half. Revenue for the six months to 30 September 2026 fell 3%. It kept its full-year profit forecast of £280m.",
    [
      { text: "3%", period: { from: "2026-04", to: "2026-09" } },
      { text: "£280m", period: { text: "full-year", from: "2026", to: "2026" } },
    ],
    { publishedAt: "2026-11-24" },
  ],
];

export const FIX80_TURNED_OVER: Case[] = [
  // What a business turns over measures it, as what a fund takes in does, after "and" too.
  [
    "The sign shop employed 18 people and turned over roughly $3.4m last year. A busy salon turns over about £400,000 a year.",
    [
      { text: "18 people", subject: { text: "The sign shop" } },
      { text: "$3.4m", subject: { text: "The sign shop" } },
      { text: "£400,000", subject: { text: "A busy salon" } },
    ],
    { publishedAt: "2026-12-05" },
  ],
];

export const FIX80_PARTICIPLE_MODIFIERS: Case[] = [
  // A participle between a count and its plural noun describes the noun; one that opens a phrase does not.
  [
    "The company will sell 470 million existing shares. The city has 23 licensed premises and nine underperforming stores. Police held 30 following protests.",
    [
      { text: "470 million existing shares", kind: "QUANTITY", unit: "shares" },
      { text: "23 licensed premises", kind: "QUANTITY", unit: "premises" },
      { text: "nine underperforming stores", kind: "QUANTITY", unit: "stores" },
      { text: "30", kind: "NUMBER" },
    ],
  ],
];

export const FIX80_AND_A_HALF: Case[] = [
  // "and a half" after a written count joins it, before any noun (had been "a half", 0.5).
  [
    "The piano spans two and a half octaves. The parcel weighs one and a half kilograms.",
    [
      { text: "two and a half octaves", value: 2.5, unit: "octaves", subject: { text: "octaves" } },
      { text: "one and a half kilograms", value: 1.5, unit: "kilograms" },
    ],
  ],
];

export const FIXES80: Case[] = [
  ...FIX80_AND_A_HALF,
  ...FIX80_PARTICIPLE_MODIFIERS,
  ...FIX80_TURNED_OVER,
  ...FIX80_MONEY_PUT_INTO,
  ...FIX80_ACRONYM_COUNTS,
  ...FIX80_DECLARED_HALVES,
];
