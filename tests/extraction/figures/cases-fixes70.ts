import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 70, in wording of my own. */

export const FIX70_PAST_VERB_BULLETS: Case[] = [
  // A bullet that opens with a verb in the past counts what it did; the verb is no name whose number the
  // count would be ("Boeing 737"), in mixed case or in a brief's capitals.
  [
    "Highlights:\n- Opened 6 new stores, taking the total to 48.\n* COMMISSIONED 14 NEW CNG STATIONS IN Q2\n* SAYS SOLD 620 USED MACHINES",
    [
      { text: "6 new stores", value: 6, unit: "stores" },
      { text: "48", value: 48 },
      { text: "14", value: 14 },
      { text: "620", value: 620 },
    ],
  ],
];

export const FIX70_GLUED_RANGES_AND_SLASH_RATES: Case[] = [
  // An amount glued to a one-letter currency that opens a range is money where the range's high end is
  // priced; one before a slash rate is priced after a price word.
  [
    "Exporters are paying farmers R68 to R75 per kilogram, compared with R92/kg a year ago.",
    [
      { text: "R68 to R75", kind: "MONEY", currency: "ZAR", value: 68 },
      { text: "R92", kind: "MONEY", currency: "ZAR", value: 92 },
    ],
  ],
  [
    "Filling stations in Lagos now sell petrol at N865/litre, down from N890/litre.",
    [
      { text: "N865", kind: "MONEY", currency: "NGN", value: 865 },
      { text: "N890", kind: "MONEY", currency: "NGN", value: 890 },
    ],
  ],
];

export const FIX70_PART_OF_FISCAL_YEAR_ENDED: Case[] = [
  // "its third quarter of fiscal 2026, which ended Sept. 27, 2026": the quarter ended then, not the year
  // (which had made the year run from October and the quarter April to June).
  [
    "Blue Diamond Foods reported results for its third quarter of fiscal 2026, which ended Sept. 27, 2026. Net sales rose 8.7% in the third quarter.",
    [{ text: "8.7%", period: { text: "third quarter", from: "2026-07", to: "2026-09" } }],
    { publishedAt: "2026-10-28" },
  ],
  [
    "Stormline Outerwear announced results for its third quarter of fiscal 2026, ended October 31, 2026. Revenue rose 14.2% in the third quarter.",
    [{ text: "14.2%", period: { text: "third quarter", from: "2026-08", to: "2026-10" } }],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX70_HARVESTED_POUNDS: Case[] = [
  // Pounds a crop was harvested in weigh, a few words past the verb, whatever the story's country.
  [
    "The United States harvested a record 1.49 billion pounds in 2025, while Iran exported $1.14 billion.",
    [
      { text: "1.49 billion pounds", kind: "QUANTITY", unit: "pounds", currency: undefined },
      { text: "$1.14 billion", currency: "USD" },
    ],
  ],
];

export const FIX70_SUBJECT_PAST_ASIDES: Case[] = [
  // A subject set off from its verb by an aside: a place's phrase before a present verb, a participle's
  // phrase that holds a list, one in -ing, one in -n.
  [
    "Uraba, in Antioquia province, accounts for about 70% of exports. Pineapple production, concentrated in Edo, Ogun and Benue states, stood at around 1.6 million tonnes.",
    [
      { text: "70%", subject: { text: "Uraba" } },
      { text: "1.6 million tonnes", subject: { text: "Pineapple production" } },
    ],
  ],
  [
    "Second-quarter revenue, covering August to October, rose 2% to $498 million. China's production, grown indoors, is estimated at under 5 tonnes.",
    [
      { text: "2%", subject: { text: "revenue" } },
      { text: "$498 million", subject: { text: "revenue" } },
      { text: "5 tonnes", subject: { text: "China's production" } },
    ],
  ],
  // (Not a participle after a clause of its own, nor a list's item in the past: "attempted murder".)
  [
    "S&P revised its outlook in September, citing the cost of the free meals programme, budgeted at Rp335 trillion next year.",
    [{ text: "Rp335 trillion", subject: undefined }],
  ],
  [
    "Contact crimes, which include murder, attempted murder, assault and robbery, declined 3.8% to 148,920 cases.",
    [
      { text: "3.8%", subject: { text: "Contact crimes" } },
      { text: "148,920 cases", subject: { text: "Contact crimes" } },
    ],
  ],
];

export const FIX70_AREA_VERBS: Case[] = [
  // What covers or spans an area or a distance holds it.
  [
    "The crop covers about 40,000 hectares. Its pipeline network now spans more than 2,900 km.",
    [
      { text: "40,000 hectares", subject: { text: "The crop" } },
      { text: "2,900 km", subject: { text: "Its pipeline network" } },
    ],
  ],
];

export const FIX70_AND_JOINED_CHANGES: Case[] = [
  // A change joined by "and" to the change before it, and a base joined by "and from" to the base before
  // it, measure what those did.
  [
    "The average import price rose to $1.20 a kg, up 11% on the year and nearly 60% higher than in 2020. Canned pineapple exports fell to 480,000 tonnes from 510,000 tonnes in 2024 and from 530,000 tonnes in 2023.",
    [
      { text: "$1.20", subject: { text: "The average import price" } },
      { text: "11%", subject: { text: "The average import price" } },
      { text: "60%", subject: { text: "The average import price" } },
      { text: "480,000 tonnes", subject: { text: "Canned pineapple exports" } },
      { text: "510,000 tonnes", subject: { text: "Canned pineapple exports" } },
      { text: "530,000 tonnes", subject: { text: "Canned pineapple exports" } },
    ],
  ],
];

export const FIX70_SPEAKER_PAST_ROLE_OF_BODY: Case[] = [
  // A body after "of" in a role set off by commas is where the person named before works: the person
  // speaks, past a second aside; the body speaks only where no name stands before ("An official of ...").
  [
    "Lahcen Ait Brahim, president of the Maison du Safran, the local trading house, said cooperatives sold 410 kilograms.",
    [{ text: "410 kilograms", speaker: { name: "Lahcen Ait Brahim" } }],
  ],
  [
    "Rico Basson, managing director of Vinpro, which represents about 2,500 grape producers, said 15% of producers made a profit.",
    [
      { text: "2,500 grape producers", speaker: { name: "Rico Basson" } },
      { text: "15%", speaker: { name: "Rico Basson" } },
    ],
  ],
  [
    "An official of the Ministry of Information Technology, speaking on condition of anonymity, said 100,000 users had signed up.",
    [{ text: "100,000 users", speaker: { name: "Ministry of Information Technology" } }],
  ],
];

export const FIXES70: Case[] = [
  ...FIX70_SPEAKER_PAST_ROLE_OF_BODY,
  ...FIX70_AND_JOINED_CHANGES,
  ...FIX70_AREA_VERBS,
  ...FIX70_SUBJECT_PAST_ASIDES,
  ...FIX70_HARVESTED_POUNDS,
  ...FIX70_PAST_VERB_BULLETS,
  ...FIX70_GLUED_RANGES_AND_SLASH_RATES,
  ...FIX70_PART_OF_FISCAL_YEAR_ENDED,
];
