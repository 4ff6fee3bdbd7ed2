import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 61, in wording of my own. */

export const FIX61_NOUN_MODIFIERS: Case[] = [
  // A count's unit is the plural after a singular noun that ends in "s" ("bus", "campus", "gas"), after a
  // modifier's word that opens a dash compound ("public-welfare") and after an "e-" compound.
  [
    "The council runs 1,200 shuttle bus trips a week, 45 campus shuttles and 4,300 public-welfare plots, and issued 150,000 e-scooter permits.",
    [
      { kind: "QUANTITY", text: "1,200 shuttle bus trips a week", unit: "trips a week" },
      { kind: "QUANTITY", text: "45 campus shuttles", unit: "shuttles" },
      { kind: "QUANTITY", text: "4,300 public-welfare plots", unit: "plots" },
      { kind: "QUANTITY", text: "150,000 e-scooter permits", unit: "permits" },
    ],
  ],
];

export const FIX61_HOLDERS: Case[] = [
  // A printer's output and a service's logged count measure the maker; a base form of a verb of traffic
  // after "to" ("expected to draw") measures its subject's count, not money ("to attract $2 billion").
  [
    "The Dandenong plant printed about 900 million catalog pages last year. The app logged 3.1 million rides. The expo is expected to draw over 40,000 visitors. The state wants to attract $2 billion in investment. Alpine resorts recorded 2.2 million skier days. The scheme recorded 612,000 trips.",
    [
      { text: "900 million catalog pages", subject: { text: "The Dandenong plant" } },
      { text: "3.1 million rides", subject: { text: "The app" } },
      { text: "40,000 visitors", subject: { text: "The expo" } },
      { text: "$2 billion", subject: { text: "investment" } },
      { text: "2.2 million skier days", subject: { text: "Alpine resorts" } },
      { text: "612,000 trips", subject: { text: "The scheme" } },
    ],
  ],
];

export const FIX61_ASIDES: Case[] = [
  // An aside of who runs the noun (", run by ...,") or of what it comes with (", with ...,", before a
  // verb) stands between a subject and its verb.
  [
    "The Lyon scheme, run by JCDecaux, had 1.2 million users. Green burials, with no service held, accounted for 14% of funerals, up from 3%. Holm Dairies, the island's biggest dairy, reported sales of $42 million in the quarter, up 9%.",
    [
      { text: "1.2 million users", subject: { text: "The Lyon scheme" } },
      { text: "14%", subject: { text: "Green burials" } },
      { text: "3%", subject: { text: "Green burials" } },
      { text: "$42 million", period: { text: "quarter" } },
      { text: "9%", period: { text: "quarter" } },
    ],
  ],
];

export const FIX61_COUNTED_NOUNS: Case[] = [
  // Days or nights spent are counted ("skier days", "room nights"), with their rate; a Latin plural
  // ("crematoria") and a compound of three words ("ship-to-shore") or a compound and one more describing
  // word ("remote-controlled quay cranes") before the noun make a count too.
  [
    "Resorts logged 6.1 million skier days and 2 million room nights a year. The group runs 46 crematoria and bought 12 ship-to-shore cranes and 30 remote-controlled quay cranes. It added 22 remote-controlled ship-to-shore cranes and 10 hybrid rubber-tyred gantry cranes.",
    [
      { kind: "QUANTITY", text: "6.1 million skier days", unit: "skier days" },
      { kind: "QUANTITY", text: "2 million room nights a year", unit: "room nights a year" },
      { kind: "QUANTITY", text: "46 crematoria", unit: "crematoria" },
      { kind: "QUANTITY", text: "12 ship-to-shore cranes", unit: "cranes" },
      { kind: "QUANTITY", text: "30 remote-controlled quay cranes", unit: "cranes" },
      { kind: "QUANTITY", text: "22 remote-controlled ship-to-shore cranes", unit: "cranes" },
      { kind: "QUANTITY", text: "10 hybrid rubber-tyred gantry cranes", unit: "cranes" },
    ],
  ],
];

export const FIX61_PRESENT_PREDICATES: Case[] = [
  // A period of the predicate before "and" dates no figure of a predicate in the present or the future
  // after it; a past predicate after "and" shares it.
  [
    "The group had revenue of $610 million in 2025 and employs about 2,700 people. The plant opened in 2024 and will create 800 jobs. Sales rose 5% in 2025 and profit fell 3%.",
    [
      { text: "$610 million", period: { text: "2025" } },
      { text: "2,700 people", period: undefined },
      { text: "800 jobs", period: undefined },
      { text: "5%", period: { text: "2025" } },
      { text: "3%", period: { text: "2025" } },
    ],
  ],
];

export const FIXES61: Case[] = [
  ...FIX61_PRESENT_PREDICATES,
  ...FIX61_COUNTED_NOUNS,
  ...FIX61_NOUN_MODIFIERS,
  ...FIX61_HOLDERS,
  ...FIX61_ASIDES,
];
