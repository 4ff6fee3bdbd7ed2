import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 25, in wording of my own. */

export const FIX25_CENTS_OF_THE_LEVEL: Case[] = [
  // Cents a price moved by are hundredths of the currency of the level it moved to.
  [
    "Shares of Sasol rose 35 cents to R120.50 in Johannesburg on Tuesday.",
    [
      { text: "35 cents", currency: "ZAR" },
      { text: "R120.50", currency: "ZAR" },
    ],
  ],
  [
    "Tasman Dairy raised its forecast by 25 cents to NZ$10.25 per kilogram of milk solids.",
    [{ text: "25 cents", currency: "NZD", unit: "per kilogram" }, { text: "NZ$10.25" }],
  ],
  // Cents that move a dollar price stay in dollars.
  [
    "Brent crude rose 45 cents to $72.10 a barrel.",
    [{ text: "45 cents", currency: "USD" }, { text: "$72.10" }],
  ],
];

export const FIX25_LEADERS_OF_SOURCES: Case[] = [
  // A source's leader by title, lower case, between its name and the verb: the source speaks.
  [
    "The NRA chairman said the agency collected N2.1 trillion in October.",
    [{ text: "N2.1 trillion", speaker: { name: "NRA" } }],
  ],
  [
    "The Marlow Foods chief executive said sales would fall 2%.",
    [{ text: "2%", speaker: { name: "Marlow Foods" } }],
  ],
];

export const FIX25_ACCOUNTING_PHRASES: Case[] = [
  // "after tax", "before interest" are accounting phrases, no clause: the period after them dates the
  // change before them, and the story's period is carried on.
  [
    "Harbour Ports reported a 41% jump in profit after tax to R1.2bn for the six months ended 30 September. Revenue rose 12.7% to R5.4bn.",
    [
      { text: "41%", period: { text: "six months ended 30 September", from: "2026-04", to: "2026-09" } },
      { text: "R1.2bn" },
      { text: "12.7%", period: { text: "six months ended 30 September", carried: true } },
      { text: "R5.4bn", period: { text: "six months ended 30 September", carried: true } },
    ],
    { publishedAt: "2026-11-19" },
  ],
];

export const FIX25_CLOSING_OVER_FORECAST: Case[] = [
  // An attribution that closes the sentence covers a forecast its subject makes.
  [
    "Westland expects to collect $8.9 billion in royalties this year, Treasurer Rita Saffron said on Wednesday.",
    [{ text: "$8.9 billion", speaker: { name: "Rita Saffron" } }],
  ],
  // Not a generic source: the forecaster still speaks.
  [
    "Harbour Air Group expects revenue to rise 5%, up from 3%, analysts said.",
    [
      { text: "5%", speaker: { name: "Harbour Air Group" } },
      { text: "3%", speaker: { name: "Harbour Air Group" } },
    ],
  ],
];

export const FIX25_LEVELS_COMPARED: Case[] = [
  // A level compared after the figure before measures what it measures: past that figure's unit and a
  // period ("as of Nov. 20"), after an -ing change verb ("weakening from"), a dated level after ", after",
  // a comparative before "than (the)".
  [
    "Ruritania's gross reserves rose to $46.2 billion as of Nov. 20, up from $40.9 billion at the end of December.",
    [{ text: "$46.2 billion" }, { text: "$40.9 billion", subject: { text: "Ruritania's gross reserves" } }],
  ],
  [
    "The peso closed at P58.42 against the dollar on Thursday, weakening from P58.15 on Wednesday.",
    [{ text: "P58.42" }, { text: "P58.15", subject: { text: "The peso" } }],
  ],
  [
    "Net cash flow in the auto division was 0.5 billion euros, after 2.4 billion euros a year earlier.",
    [
      { text: "0.5 billion euros" },
      { text: "2.4 billion euros", subject: { text: "Net cash flow in the auto division" } },
    ],
  ],
  [
    "Gross domestic product expanded by 4.4 percent in the third quarter, slower than the 5.5 percent in the second quarter.",
    [{ text: "4.4 percent" }, { text: "5.5 percent", subject: { text: "Gross domestic product" } }],
  ],
  [
    "Copper prices averaged US$10,480 a tonne in October, 9 percent higher than a year earlier.",
    [{ text: "US$10,480" }, { text: "9 percent", subject: { text: "Copper prices" } }],
  ],
  [
    "Sales reached 399,120 units, 3.9 percent higher than the 384,150 units sold in the same period last year.",
    [
      { text: "399,120 units" },
      { text: "3.9 percent" },
      { text: "384,150 units", subject: { text: "Sales" } },
    ],
  ],
  [
    "The company declared an interim dividend of 340c a share, an increase of 6.3%.",
    [{ text: "340c" }, { text: "6.3%", subject: { text: "an interim dividend" } }],
  ],
  // Not a count inside the base that does not head it, nor a level after ", after" of another kind.
  [
    "Drug prices were 18 per cent higher than the median of the 11 comparator countries.",
    [{ text: "18 per cent" }, { text: "11 comparator countries", subject: { text: "comparator countries" } }],
  ],
  [
    "Revenue rose 5% to $3.1 billion, after 200 job cuts in March.",
    [{ text: "5%" }, { text: "$3.1 billion" }, { text: "200 job cuts", subject: { text: "job cuts" } }],
  ],
];

export const FIX25_RANKINGS: Case[] = [
  // Ranked items "on" a figure, rivals "ahead of" one "with" it, the first of a ranking "led by", and the
  // unit of the first item for the bare counts after it.
  [
    "Kestrel remained the top brand in October with 19,455 sales, followed by Marlin on 8,120, Osprey on 7,903 and Heron on 7,640.",
    [
      { text: "19,455 sales", subject: { text: "Kestrel" } },
      { text: "8,120", subject: { text: "Marlin" }, unit: "sales" },
      { text: "7,903", subject: { text: "Osprey" }, kind: "QUANTITY", unit: "sales" },
      { text: "7,640", subject: { text: "Heron" }, kind: "QUANTITY", unit: "sales" },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Electric scooter sales rose 12% in October, led by Volt with 28,400 units, Amper with 26,100 and Ohm Motors with 21,800.",
    [
      { text: "12%" },
      { text: "28,400 units", subject: { text: "Volt" } },
      { text: "26,100", subject: { text: "Amper" }, kind: "QUANTITY", unit: "units" },
      { text: "21,800", subject: { text: "Ohm Motors" }, kind: "QUANTITY", unit: "units" },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A rank held past an adverb, a place's possessive and a period; "retained the top spot with a";
  // "leads the market with a", "led in admissions with".
  [
    "The Kestrel Rover was again the best-selling vehicle with 4,118 sales.",
    [{ text: "4,118 sales", subject: { text: "The Kestrel Rover" } }],
  ],
  [
    "Osprey remained Ruritania's top-selling car brand in the first ten months of 2026 with 6,812 registrations, ahead of Marlin with 6,245.",
    [
      { text: "6,812 registrations", subject: { text: "Osprey" } },
      { text: "6,245", subject: { text: "Marlin" }, kind: "QUANTITY", unit: "registrations" },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Isuzu East Africa retained the top spot with a 39.8 percent share.",
    [{ text: "39.8 percent", subject: { text: "Isuzu East Africa" } }],
  ],
  ["Claro leads the market with a 33.4% share.", [{ text: "33.4%", subject: { text: "Claro" } }]],
  [
    "Uttar Pradesh led in admissions with 1.48 crore.",
    [{ text: "1.48 crore", subject: { text: "Uttar Pradesh" } }],
  ],
  // Two nouns that open the clause hold it together; a role "as" the richest is no rank's verb; a standing
  // "from" its matches lends no unit to a rival's.
  [
    "Oil and gas remained the largest emitting sector at 208 Mt.",
    [{ text: "208 Mt", subject: { text: "Oil and gas" } }],
  ],
  [
    "The result leaves Harbour on 31 points from 12 matches, ahead of Rovers on 27.",
    [
      { text: "31 points" },
      { text: "12 matches" },
      { text: "27", kind: "NUMBER", subject: { text: "Rovers" } },
    ],
  ],
];

export const FIX25_OWNED_COUNTS: Case[] = [
  // What has or owns a count holds it (the unit stays the unit); a part of it "of whom" is of its unit.
  [
    "Kestrel Home now has 9.6 million customers.",
    [{ text: "9.6 million customers", subject: { text: "Kestrel Home" } }],
  ],
  [
    "Arm had about 8,300 employees at the end of September, up from 7,100 a year earlier.",
    [
      { text: "8,300 employees", subject: { text: "Arm" }, unit: "employees" },
      { text: "7,100", subject: { text: "Arm" } },
    ],
  ],
  [
    "The union has 48,000 members, about a third of whom work part time.",
    [
      { text: "48,000 members", subject: { text: "The union" } },
      { text: "a third", subject: { text: "members" } },
    ],
  ],
  // Not a measure, a rate, a count of what "of" names, nor one a pronoun has.
  ["The well alone has an estimated 98 bcf of gas.", [{ text: "98 bcf", subject: { text: "gas" } }]],
  [
    "Ireland has 2.9 hospital beds per 1,000 people.",
    [{ text: "2.9 hospital beds per 1,000 people", subject: { text: "hospital beds per 1,000 people" } }],
  ],
  [
    // (The name that said "it" owns the count since session 43.)
    "Foodpanda said it had about 35,000 riders in Metro Manila.",
    [{ text: "35,000 riders", subject: { text: "Foodpanda" } }],
  ],
];

export const FIX25_TRAILING_PARTICIPLES: Case[] = [
  // A participle set off after the figure before goes on about it: "firming", "having gained", and the
  // restating "accounting for", "representing", "making up", "equivalent to".
  [
    "The naira closed at 1,418.50 per dollar on Friday, firming 0.6% from a week earlier.",
    [
      { text: "1,418.50" },
      {
        text: "0.6%",
        subject: { text: "The naira" },
        change: { direction: "increase", measure: "relative" },
      },
    ],
  ],
  [
    "Harbour shares closed 1.2 per cent higher at $4.21 on Thursday, having gained about 31 per cent since the start of the year.",
    [
      { text: "1.2 per cent" },
      { text: "$4.21" },
      { text: "31 per cent", subject: { text: "Harbour shares" } },
    ],
  ],
  [
    "Mobile data revenues grew 7.6 percent to P77.3 billion, accounting for 81 percent of mobile service revenues.",
    [
      { text: "7.6 percent" },
      { text: "P77.3 billion" },
      { text: "81 percent", subject: { text: "Mobile data revenues" } },
    ],
  ],
  [
    "Debt service gulped N12.8tn in the first nine months, representing about 52 per cent of revenue.",
    [{ text: "N12.8tn" }, { text: "52 per cent" }],
  ],
  [
    "The investment contribution is projected at $27.8 billion, making up about 20 per cent of total revenue.",
    [{ text: "$27.8 billion" }, { text: "20 per cent", subject: { text: "The investment contribution" } }],
  ],
  // A part "of which" in the same terms measures the whole's subject, not its unit.
  [
    "The planted area totalled 2.24 million hectares, of which 1.88 million hectares were in production.",
    [
      { text: "2.24 million hectares" },
      { text: "1.88 million hectares", subject: { text: "The planted area" } },
    ],
  ],
];

export const FIX25_PARTICIPLES_AFTER_A_CLAUSE: Case[] = [
  // A participle set off after a clause with no figure shares that clause's subject, further back now, and
  // for "closing/ending/settling at" too.
  [
    "The Australian dollar has also benefited from the hunt for yield, rising 0.4 per cent to US65.8c on Monday.",
    [
      { text: "0.4 per cent", subject: { text: "The Australian dollar" } },
      { text: "US65.8c", subject: { text: "The Australian dollar" } },
    ],
  ],
  [
    "The naira appreciated against the dollar on Thursday, closing at N1,402.15/$1.",
    [{ text: "N1,402.15", subject: { text: "The naira" } }],
  ],
  [
    "The zloty was little changed, trading at 4.27 per dollar.",
    [{ text: "4.27", subject: { text: "The zloty" } }],
  ],
  // Not past a reported clause, nor "closing" before a noun.
  [
    "The foundation estimated that about 3,500 family firms would be affected in 2026-27, rising to more than 4,000 within five years.",
    [{ text: "3,500" }, { text: "4,000", subject: undefined }],
  ],
  [
    "The offer is a premium of 38% to the stock's closing price of 177.5 pence.",
    [{ text: "38%" }, { text: "177.5 pence", subject: { text: "stock's closing price" } }],
  ],
];

export const FIX25_DECLARED_YEARS: Case[] = [
  // "the year ending March 2027" declares the company's year: its halves, "the six months" and "the full
  // year" (whatever the tense) are that year's.
  [
    "Kaito Motor raised its operating profit forecast for the year ending March 2027 to 3.4 trillion yen. For the April-September half, net profit was 1.77 trillion yen. Group vehicle sales rose 4.7 percent to 5.5 million units in the six months. The company now assumes an exchange rate of 148 yen to the dollar for the full year. Rival Sora posted first-half operating profit of 379 billion yen.",
    [
      { text: "3.4 trillion yen", period: { from: "2026-04", to: "2027-03" } },
      { text: "1.77 trillion yen", period: { from: "2026-04", to: "2026-09" } },
      { text: "4.7 percent", period: { text: "six months", from: "2026-04", to: "2026-09" } },
      { text: "5.5 million units", period: { text: "six months", from: "2026-04", to: "2026-09" } },
      { text: "148 yen", period: { text: "full year", from: "2026-04", to: "2027-03" } },
      { text: "379 billion yen", period: { text: "first-half", from: "2026-04", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-05" },
  ],
  // Not "the year to June 2026" (a statistics year) nor "the half-year ended September 2026".
  [
    "Rail journeys reached 1.66bn in the year to June 2026. Output rose 2% in the first half.",
    [{ text: "1.66bn" }, { text: "2%", period: { text: "first half", from: "2026-01", to: "2026-06" } }],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIX25_MONEY_DESTINATIONS: Case[] = [
  // Money directed "to" a lower-case noun phrase goes to it (not a verb of purpose: "to fix leaks"), past a
  // rate ("per person a year", "annually") after the money; a clause word ends the phrase.
  [
    "Gulf investors had committed more than $15 billion to overseas mining assets since 2023.",
    [{ text: "$15 billion", subject: { text: "overseas mining assets" } }],
  ],
  [
    "Ruritania spends about $4bn annually on vehicle imports.",
    [{ text: "$4bn", subject: { text: "vehicle imports" } }],
  ],
  [
    "Ruritania spends about $14 per person a year on public health.",
    [{ text: "$14", subject: { text: "public health" } }],
  ],
  [
    "Ottawa commits $2-billion to critical minerals as lithium projects stall.",
    [{ text: "$2-billion", subject: { text: "critical minerals" } }],
  ],
  [
    "The city would invest 4.2 billion pesos this year to fix leaks.",
    [{ text: "4.2 billion pesos", subject: undefined }],
  ],
];

export const FIX25_PARTS_OF_MONTHS: Case[] = [
  // "early", "mid" or "late" before a month is the period's, not a subject's word.
  [
    "Cobalt traded at $24.80 a pound on Friday, up from $10.20 in late February.",
    [
      { text: "$24.80" },
      {
        text: "$10.20",
        subject: { text: "Cobalt" },
        period: { text: "late February", from: "2026-02", to: "2026-02" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Pork was selling at P310 a kilo as of Nov. 17, from P340 in mid-October.",
    [{ text: "P310" }, { text: "P340", period: { text: "mid-October", from: "2026-10", to: "2026-10" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX25_ORE_TONNES: Case[] = [
  // Mining's tonnes by their acronyms: fine, wet and dry metric tonnes.
  [
    "Peru produced 2.05 million FMT of copper, and NAC sold 6.1 million WMT.",
    [
      { text: "2.05 million FMT", kind: "QUANTITY", unit: "FMT", subject: { text: "copper" } },
      { text: "6.1 million WMT", kind: "QUANTITY", unit: "WMT" },
    ],
  ],
];

export const FIX25_SAME_PERIOD_OF_LAST_YEAR: Case[] = [
  // "the same (corresponding) period of last year", "the comparable period", "a similar period last year":
  // the sentence's period a year back.
  [
    "Mining exports rose 12% to US$4.2 billion in January-September 2026 from US$3.89 billion in the same period of last year.",
    [
      { text: "12%" },
      { text: "US$4.2 billion" },
      { text: "US$3.89 billion", period: { from: "2025-01", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Revenue for the six months ended 30 September increased 12.7% to R5.43bn from R4.82bn in the comparable period.",
    [{ text: "12.7%" }, { text: "R5.43bn" }, { text: "R4.82bn", period: { from: "2025-04", to: "2025-09" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Borrowing reached Rs2.1tr in July-October, compared with Rs1.3tr in the corresponding period of last year.",
    [{ text: "Rs2.1tr" }, { text: "Rs1.3tr", period: { from: "2025-07", to: "2025-10" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX25_PERIOD_ENDED: Case[] = [
  // "for the period ended Sept. 30" names the story's period by its last day; "the half to September" is
  // the six months to it.
  [
    "Kestrel Telecom posted revenue of 3.1 trillion naira in the first nine months of 2026. Pre-tax profit was 1.12 trillion naira for the period ended Sept. 30.",
    [
      { text: "3.1 trillion naira" },
      // (Since session 36 "the period ended Sept. 30" is read whole, its text included; the months are
      // the same.)
      {
        text: "1.12 trillion naira",
        period: { text: "period ended Sept. 30", from: "2026-01", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Operating revenue rose 1.2 per cent to $4.1 billion in the half to September.",
    [
      { text: "1.2 per cent", period: { text: "half to September", from: "2026-04", to: "2026-09" } },
      { text: "$4.1 billion" },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX25_LEVELS_REACHED: Case[] = [
  // A count a subject reaches after "doubled", "tripled", "shrink", "slowed", "recovered" measures it.
  [
    "BEV wholesales nearly doubled to 9,850 units in October.",
    [{ text: "9,850 units", subject: { text: "BEV wholesales" } }],
  ],
  [
    "The federation expects domestic sales to shrink to 540,000 units this year.",
    [{ text: "540,000 units", subject: { text: "domestic sales" } }],
  ],
  // Not a verb's object: "has listed or expanded 142 medicines".
  [
    "The government has listed or expanded 142 medicines.",
    [{ text: "142 medicines", subject: { text: "medicines" } }],
  ],
];

export const FIX25_SECOND_MEASURES: Case[] = [
  // A percentage joined by "and" (or "and by") to a change, with no verb between, measures the same change
  // again; not a share "of" something.
  [
    "The producer price index rose 1.6 percent month-on-month and 26.3 percent year-on-year in October.",
    [
      { text: "1.6 percent" },
      {
        text: "26.3 percent",
        change: { direction: "increase", measure: "relative" },
        subject: { text: "The producer price index" },
      },
    ],
  ],
  [
    "Revenue rose 24.6% to $2.99 billion in reported currency and by 27.8% in constant currency.",
    [
      { text: "24.6%" },
      { text: "$2.99 billion" },
      { text: "27.8%", change: { direction: "increase" }, subject: { text: "Revenue" } },
    ],
  ],
  [
    "Changi handled 17.4 million passengers, up 5.2% on the year and about 98% of pre-pandemic volumes.",
    [{ text: "17.4 million passengers" }, { text: "5.2%" }, { text: "98%", change: undefined }],
  ],
];

export const FIX25_EXPECTATIONS_AFTER: Case[] = [
  // A sentence that opens with who "had expected" a figure gives it the period of the result before it.
  [
    "Net profit rose 9% to Rs 3,100 crore in the July-September quarter. Analysts polled by Bloomberg had expected a net profit of Rs 3,210 crore.",
    [
      { text: "9%" },
      { text: "Rs 3,100 crore" },
      { text: "Rs 3,210 crore", period: { text: "July-September quarter", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // Not a forecast in the present, nor from a period looked back on.
  [
    "Revenue rose 5% to $2 billion in October. Analysts at Kestrel forecast $2.2 billion for November.",
    [{ text: "5%" }, { text: "$2 billion" }, { text: "$2.2 billion", period: { text: "November" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX25_RANKS_CARRY: Case[] = [
  // A rank's "with" compares nothing: the rank holder's figure takes the story's period like the items
  // ranked after it.
  [
    "New vehicle sales rose 3.2 per cent to 104,870 in October. Kestrel remained the top brand with 19,455 sales, followed by Marlin on 8,120.",
    [
      { text: "3.2 per cent" },
      { text: "104,870" },
      { text: "19,455 sales", period: { text: "October", carried: true } },
      { text: "8,120", period: { text: "October" } },
    ],
    { publishedAt: "2026-11-04" },
  ],
  // Not a "with" phrase of no rank.
  [
    "New vehicle sales rose 3.2 per cent to 104,870 in October. The fund passed with 60.4% support.",
    [{ text: "3.2 per cent" }, { text: "104,870" }, { text: "60.4%", period: undefined }],
    { publishedAt: "2026-11-04" },
  ],
];

export const FIX25_BRACKETED_MINUS: Case[] = [
  // Indian papers' "(-)" before a rate is its minus sign.
  [
    "Food inflation stood at (-) 3.2 per cent in October, against (-) 2.8 per cent in September.",
    [
      { text: "(-) 3.2 per cent", value: -3.2 },
      { text: "(-) 2.8 per cent", value: -2.8 },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // Not a figure in parentheses.
  ["Output (3%) rose.", [{ text: "3%", value: 3 }]],
];

export const FIXES22: Case[] = [
  ...FIX25_CENTS_OF_THE_LEVEL,
  ...FIX25_LEADERS_OF_SOURCES,
  ...FIX25_ACCOUNTING_PHRASES,
  ...FIX25_CLOSING_OVER_FORECAST,
  ...FIX25_LEVELS_COMPARED,
  ...FIX25_RANKINGS,
  ...FIX25_OWNED_COUNTS,
  ...FIX25_TRAILING_PARTICIPLES,
  ...FIX25_PARTICIPLES_AFTER_A_CLAUSE,
  ...FIX25_DECLARED_YEARS,
  ...FIX25_MONEY_DESTINATIONS,
  ...FIX25_PARTS_OF_MONTHS,
  ...FIX25_ORE_TONNES,
  ...FIX25_SAME_PERIOD_OF_LAST_YEAR,
  ...FIX25_PERIOD_ENDED,
  ...FIX25_LEVELS_REACHED,
  ...FIX25_SECOND_MEASURES,
  ...FIX25_EXPECTATIONS_AFTER,
  ...FIX25_RANKS_CARRY,
  ...FIX25_BRACKETED_MINUS,
];
