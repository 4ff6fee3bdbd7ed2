import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 44, in wording of my own. */

export const FIX44_DESCRIBED_SAYERS: Case[] = [
  // "it" after "the <kind of company> said" stands for that described company, as it does after a name.
  [
    "The Calgary-based pipeline company said it earned C$318 million in the third quarter.",
    [{ text: "C$318 million", subject: { text: "The Calgary-based pipeline company" } }],
  ],
  [
    "The airline said it carried 2.4 million passengers in November.",
    [{ text: "2.4 million passengers", subject: { text: "The airline" } }],
  ],
  // (Not inside a clause: "after the company said it" opens no subject.)
  ["Shares fell after the retailer said it lost $12 million.", [{ text: "$12 million", subject: undefined }]],
];

export const FIX44_GAPPED_ITEMS: Case[] = [
  // A gapped item repeats the verb before it when its count has the same unit as the one before ...
  [
    "Brazil shipped 9.2 million tonnes, Argentina 4.1 million tonnes and Paraguay 1.3 million tonnes.",
    [
      { text: "9.2 million tonnes", subject: { text: "Brazil" } },
      { text: "4.1 million tonnes", subject: { text: "Argentina" } },
      { text: "1.3 million tonnes", subject: { text: "Paraguay" } },
    ],
  ],
  // (... and when it holds a change and the level it reached, as the item before did.)
  [
    "Revenue rose 8% to $4.4 billion, operating profit 12% to $610 million.",
    [
      { text: "8%", subject: { text: "Revenue" }, change: { direction: "increase", measure: "relative" } },
      { text: "$4.4 billion", subject: { text: "Revenue" } },
      {
        text: "12%",
        subject: { text: "operating profit" },
        change: { direction: "increase", measure: "relative" },
      },
      { text: "$610 million", subject: { text: "operating profit" } },
    ],
  ],
  // (A level after the level reached is no change: "to 71.4, well below 80".)
  [
    "The index dropped 3.9 points to 71.4, well below 80, the recession threshold.",
    [
      { text: "3.9 points", change: { direction: "decrease", measure: "absolute" } },
      { text: "71.4" },
      { text: "80", change: undefined },
    ],
  ],
  // (A company set off after its kind is what its verb's figure measures.)
  [
    "Kenya's largest lender, Equity Group, added 410,000 customers.",
    [{ text: "410,000 customers", subject: { text: "Equity Group" } }],
  ],
];

export const FIX44_UNITS_AND_LABELS: Case[] = [
  // A price's denominator holds before "after"/"before" when it is no time ("a tonne after the data").
  [
    "Palm oil fell 1.8% to 4,012 ringgit a tonne after the data.",
    [{ text: "1.8%" }, { text: "4,012 ringgit", unit: "a tonne" }],
  ],
  ["Tariffs stay at 22.86 cents per kWh before GST.", [{ text: "22.86 cents", unit: "per kWh" }]],
  // (A time still dates: "a year earlier".)
  [
    "Brent rose to $72 a barrel, up from $68 a year earlier.",
    [
      { text: "$72", unit: "a barrel" },
      { text: "$68", unit: "a barrel", period: { text: "a year earlier" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A compound unit glued on by dashes is read whole.
  [
    "The 12,000-square-foot store opened on Friday.",
    [{ text: "12,000-square-foot", unit: "square-foot", value: 12000 }],
  ],
  // A results table's label ("9M2026", "1H26", "3Q 2026") is a period, no number.
  [
    "Net profit for 9M2026 rose 9% to RM88 million from RM81 million in 9M2025.",
    [
      { text: "9%", period: { text: "9M2026", from: "2026-01", to: "2026-09" } },
      { text: "RM88 million", period: { text: "9M2026", from: "2026-01", to: "2026-09" } },
      { text: "RM81 million", period: { text: "9M2025", from: "2025-01", to: "2025-09" } },
    ],
  ],
  ["Revenue in 1H26 rose 4%.", [{ text: "4%", period: { text: "1H26", from: "2026-01", to: "2026-06" } }]],
];

export const FIX44_REPORTING_SPANS: Case[] = [
  // "the nine-month period" is the reporting span from the year's start, as "the nine months" is.
  [
    "For the nine-month period, revenue rose 4% to P1.2 billion.",
    [
      { text: "4%", period: { text: "nine-month period", from: "2026-01", to: "2026-09" } },
      { text: "P1.2 billion", period: { text: "nine-month period", from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A span that ended in a month's first days (a retailer's weeks) closes the month before.
  [
    "Sales were $3.1 billion in the quarter ended Feb. 2.",
    [{ text: "$3.1 billion", period: { text: "quarter ended Feb. 2", from: "2025-11", to: "2026-01" } }],
    { publishedAt: "2026-03-01" },
  ],
  [
    "Sales were $3.1 billion in the quarter ended Feb. 28.",
    [{ text: "$3.1 billion", period: { text: "quarter ended Feb. 28", from: "2025-12", to: "2026-02" } }],
    { publishedAt: "2026-03-20" },
  ],
  // ("it" after a name's "said" and a bare weekday, or after a name that opens with a number.)
  [
    "Pembina Pipeline said Tuesday it earned C$318 million.",
    [{ text: "C$318 million", subject: { text: "Pembina Pipeline" } }],
  ],
  [
    "In 2025, Qantas said it flew 4 million passengers.",
    [{ text: "4 million passengers", subject: { text: "Qantas" } }],
  ],
];

export const FIX44_COMPARED_UNITS: Case[] = [
  // A price compared past a short phrase of where it was set keeps the other's denominator.
  [
    "Wheat averaged $254.65 per tonne in the latest tender, down from $261.40.",
    [
      { text: "$254.65", unit: "per tonne" },
      { text: "$261.40", unit: "per tonne" },
    ],
  ],
  [
    "Newsprint now costs about $1,150 per tonne landed in Lagos, compared with $780 a year ago.",
    [
      { text: "$1,150", unit: "per tonne" },
      { text: "$780", unit: "per tonne" },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // (... and one set against a named rate, price or level of the same thing.)
  [
    "Diesel is sold at RM1.65 per litre, against the retail market price of RM3.35.",
    [
      { text: "RM1.65", unit: "per litre" },
      { text: "RM3.35", unit: "per litre" },
    ],
  ],
  // A bare count set against a noun "of" it is in the unit of the count before.
  [
    "Farms lay about 38 million eggs a day against domestic consumption of 32 million.",
    [
      { text: "38 million eggs a day", unit: "eggs a day" },
      { text: "32 million", kind: "QUANTITY", unit: "eggs a day" },
    ],
  ],
  // A bare number after "from" that only "to" parts from a count is in its unit.
  [
    "She cut her flock from 5,000 to 1,800 birds.",
    [
      { text: "5,000", kind: "QUANTITY", unit: "birds" },
      { text: "1,800 birds", unit: "birds" },
    ],
  ],
];

export const FIX44_DOZENS: Case[] = [
  // "a dozen" after a price is its denominator; "N million dozen" counts dozens; the dozen a price is
  // quoted for is no count of 12.
  [
    "Wholesale eggs rose to $4.85 a dozen, up from $2.97.",
    [
      { text: "$4.85", unit: "a dozen" },
      { text: "$2.97", unit: "a dozen" },
    ],
  ],
  ["Knitwear exports rose to 16.4 million dozen.", [{ text: "16.4 million dozen", unit: "dozen" }]],
  [
    "The farm ships 300,000 dozen eggs a week.",
    [{ text: "300,000 dozen eggs a week", unit: "dozen eggs a week" }],
  ],
  ["The average price of a dozen free-range eggs was £3.95.", [{ text: "£3.95" }]],
  ["A dozen cage-free eggs now cost $7.80.", [{ text: "$7.80" }]],
  [
    "Shoppers paid $3.79 for a dozen large eggs last week.",
    [{ text: "$3.79" }],
    { publishedAt: "2026-11-20" },
  ],
  // (A dozen of anything else is still about 12.)
  ["A dozen countries signed the pact.", [{ text: "A dozen countries", value: 12 }]],
];

export const FIX44_PAYMENT_DATES: Case[] = [
  // A dividend's payment or record date is no period of the dividend.
  [
    "The board declared a second interim dividend of 9 sen per share, payable on Dec 30.",
    [{ text: "9 sen", unit: "per share", period: undefined }],
    { publishedAt: "2026-11-26" },
  ],
  [
    "The board approved a dividend of 97.5 cents per share, payable Jan. 15 to shareholders of record on Dec. 31.",
    [{ text: "97.5 cents", period: undefined }],
    { publishedAt: "2026-11-26" },
  ],
  [
    "Stockholders approved a cash dividend of P0.90 per share, payable on Dec. 15 to shareholders on record as of Dec. 1.",
    [{ text: "P0.90", period: undefined }],
    { publishedAt: "2026-11-26" },
  ],
];

export const FIX44_GRADES_AND_OBJECTS: Case[] = [
  // A grain's grade is part of its name, no figure.
  [
    "Thai 5% broken rice was offered at $360 a ton.",
    [{ text: "$360", unit: "a ton", subject: { text: "Thai 5% broken rice" } }],
  ],
  [
    "Ukrainian wheat with 11.5% protein was quoted at $228 a ton.",
    [{ text: "$228", subject: { text: "Ukrainian wheat with 11.5% protein" } }],
  ],
  // A verb in a perfect tense ends its object's phrase.
  [
    "The export ban had pushed rice prices down to $355 per ton.",
    [{ text: "$355", subject: { text: "rice prices" } }],
  ],
  // "the same quarter last year" in a story of nine months is its last quarter, a year before.
  [
    "Net profit for the third quarter ended Sept 30, 2026 rose 5%. For the nine months, net profit rose 6%. Margins were 2.4%, against 1.1% in the same quarter last year.",
    [
      { text: "5%" },
      { text: "6%" },
      { text: "2.4%" },
      { text: "1.1%", period: { text: "same quarter last year", from: "2025-07", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX44_WITH_HOLDERS: Case[] = [
  // "with X contributing / generating / accounting for Y": X holds Y (a list of names whole).
  [
    "Collections reached N4.2 trillion, with company income tax contributing N1.9 trillion.",
    [{ text: "N4.2 trillion" }, { text: "N1.9 trillion", subject: { text: "company income tax" } }],
  ],
  [
    "Startup funding totalled $2.1 billion, with Nigeria, Kenya, Egypt and South Africa accounting for about 82 per cent of the total.",
    [
      { text: "$2.1 billion" },
      { text: "82 per cent", subject: { text: "Nigeria, Kenya, Egypt and South Africa" } },
    ],
  ],
  // (Not a phrase that runs on before its "to": the older reading stands.)
  [
    "Revenue jumped 31% to RM38.7mil, with exports to Indonesia and Vietnam accounting for about 40% of sales.",
    [
      { text: "31%" },
      { text: "RM38.7mil" },
      { text: "40%", subject: { text: "exports to Indonesia and Vietnam" } },
    ],
  ],
  // ("The Atlanta company": a place's one word after "the" describes a company too.)
  [
    "The Atlanta company said Tuesday it earned $4.12 billion.",
    [{ text: "$4.12 billion", subject: { text: "The Atlanta company" } }],
  ],
];

export const FIX44_IT_GOES_ON: Case[] = [
  // "It" opening a sentence with a change goes on about what the sentence before led with, not the level
  // that sentence set it against.
  [
    "Copper climbed 1.8% to $11,248 a ton, surpassing the previous record of $11,104.50. It was up 1.2% at $11,180 later.",
    [
      { text: "1.8%", subject: { text: "Copper" } },
      { text: "$11,248", subject: { text: "Copper" } },
      { text: "$11,104.50", subject: { text: "the previous record" } },
      { text: "1.2%", subject: { text: "Copper" } },
      { text: "$11,180", subject: { text: "Copper" } },
    ],
  ],
];

export const FIX44_DATED_BASES: Case[] = [
  // A period that dates the base's noun ("its October estimate") is part of the base, not the change's period.
  [
    "The committee put the wheat crop at 2.08 million tonnes, up 4% from its October estimate.",
    [
      { text: "2.08 million tonnes" },
      {
        text: "4%",
        change: { direction: "increase", measure: "relative", base: "its October estimate" },
        period: undefined,
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX44_COMPARED_LEVELS: Case[] = [
  // A level compared after "from" in a ", while" clause takes no period of the clause before, nor the
  // story's span named again.
  [
    "For the nine-month period, net profit climbed to RM101.2mil from RM73.5mil, while revenue grew to RM598mil from RM471mil.",
    [
      { text: "RM101.2mil", period: { text: "nine-month period", from: "2026-01", to: "2026-09" } },
      { text: "RM73.5mil", period: undefined },
      { text: "RM598mil", period: { text: "nine-month period", from: "2026-01", to: "2026-09" } },
      { text: "RM471mil", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A figure set against "the same quarter last year" carries the story's last quarter.
  [
    "Net profit for the third quarter ended Sept 30, 2026 rose 5%. For the nine-month period, net profit rose 6%. Same-store sales growth was 2.4%, compared with 1.1% in the same quarter last year.",
    [
      { text: "5%" },
      { text: "6%" },
      { text: "2.4%", period: { from: "2026-07", to: "2026-09" } },
      { text: "1.1%", period: { text: "same quarter last year", from: "2025-07", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // ("with the South African Revenue Service (SARS) collecting R1.13 trillion": past a name's acronym.)
  [
    "Revenue reached R1.9 trillion, with the South African Revenue Service (SARS) collecting R1.13 trillion.",
    [
      { text: "R1.9 trillion" },
      { text: "R1.13 trillion", subject: { text: "the South African Revenue Service (SARS)" } },
    ],
  ],
];

export const FIXES41: Case[] = [
  ...FIX44_COMPARED_LEVELS,
  ...FIX44_DATED_BASES,
  ...FIX44_IT_GOES_ON,
  ...FIX44_WITH_HOLDERS,
  ...FIX44_GRADES_AND_OBJECTS,
  ...FIX44_PAYMENT_DATES,
  ...FIX44_DOZENS,
  ...FIX44_COMPARED_UNITS,
  ...FIX44_REPORTING_SPANS,
  ...FIX44_UNITS_AND_LABELS,
  ...FIX44_GAPPED_ITEMS,
  ...FIX44_DESCRIBED_SAYERS,
];
