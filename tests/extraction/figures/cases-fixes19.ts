import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 19, in wording of my own. */

export const FIX19_CENT_SIGN: Case[] = [
  // The cent sign after the digits is hundredths of the article's dollar.
  [
    "The bakery raised its loaf to 89¢ from 79¢.",
    [
      { text: "89¢", kind: "MONEY", value: 0.89, currency: "USD" },
      { text: "79¢", kind: "MONEY", value: 0.79, currency: "USD" },
    ],
  ],
  [
    "Wesfarmers will pay an interim dividend of 95¢ a share.",
    [{ text: "95¢", value: 0.95, unit: "a share" }],
  ],
];

export const FIX19_POINTS_TO_LEVEL: Case[] = [
  // Points moved in the past tense, then the level they reached: two figures, no range.
  [
    "The spread over Bunds widened 6 basis points to 41 basis points.",
    [
      { text: "6 basis points", value: 0.06, change: { direction: "increase" } },
      { text: "41 basis points", value: 0.41, high: undefined },
    ],
  ],
  // ... a range of points still reads as one.
  ["Yields could climb 10 to 15 basis points.", [{ text: "10 to 15 basis points", value: 0.1, high: 0.15 }]],
];

export const FIX19_SPEAKER_NAMES: Case[] = [
  // A name's suffix set off by a comma follows the name.
  ["Output will grow 6% next year, Ramon Ang, Jr. said.", [{ text: "6%", speaker: { name: "Ramon Ang" } }]],
  // "Prime", "Vice" and "Foreign" are titles only before another title word.
  [
    "Listed firms raised Rs 9,000 crore, according to data from Prime Infobase.",
    [{ text: "Rs 9,000 crore", speaker: { name: "Prime Infobase" } }],
  ],
  ["Debt will reach 60%, Prime Minister Jan Novak said.", [{ text: "60%", speaker: { name: "Jan Novak" } }]],
];

export const FIX19_ADVERB_AFTER_MODAL: Case[] = [
  // An adverb between a modal and "average" or "top" keeps the clause's subject.
  [
    "Core inflation will likely average 3.1% in 2027.",
    [{ text: "3.1%", subject: { text: "Core inflation" } }],
  ],
  ["Gold could possibly top $5,000.", [{ text: "$5,000", subject: { text: "Gold" } }]],
];

export const FIX19_DAY_SPANS: Case[] = [
  // Days written before their month, joined by "and" after "between", "to" or a dash, are one span.
  [
    "The show drew 8,000 visitors between 4 and 6 March 2026.",
    [
      {
        text: "8,000 visitors",
        period: { text: "4 and 6 March 2026", from: "2026-03-04", to: "2026-03-06" },
      },
    ],
  ],
  // ... and the last day of "Oct. 2 to 5" is no figure.
  [
    "The poll of 1,200 adults ran from Oct. 2 to 5, 2025.",
    [{ text: "1,200 adults", period: { from: "2025-10-02", to: "2025-10-05" } }],
  ],
];

export const FIX19_LOOKING_AHEAD: Case[] = [
  // "has to" / "needs to" look ahead, like "is due to".
  [
    "The province has to repay $900 million on February 2.",
    [{ text: "$900 million", period: { from: "2027-02-02", to: "2027-02-02" } }],
    { publishedAt: "2026-11-20" },
  ],
  // A month in the subject of a clause about the future is the next such month...
  [
    "The April tariff review will add 4% to bills.",
    [{ text: "4%", period: { text: "April", from: "2027-04", to: "2027-04" } }],
    { publishedAt: "2026-11-20" },
  ],
  // ... not one a past verb before it dates, nor one before the next clause's modal.
  [
    "Fares rose 3% in April and will rise again next year.",
    [{ text: "3%", period: { text: "April", from: "2026-04", to: "2026-04" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX19_SPLIT_YEAR_PARTS: Case[] = [
  // A half or quarter of a year written across two is a part of that fiscal year (April-March by default).
  [
    "Operating profit was £61m (H1 2024/25: £55m).",
    [
      { text: "£61m", period: undefined },
      { text: "£55m", period: { text: "H1 2024/25", from: "2024-04", to: "2024-09" } },
    ],
  ],
  ["Exports fell 2% in Q4 2025-26.", [{ text: "2%", period: { from: "2026-01", to: "2026-03" } }]],
];

export const FIX19_HOLDERS_AND_BIDS: Case[] = [
  // A stake a holder retains is the holder's, like one it holds.
  ["The founders will retain a 22% stake.", [{ text: "22%", subject: { text: "The founders" } }]],
  // How many times over an offer was bid for measures the offer.
  [
    "The bond sale was oversubscribed 3.2 times.",
    [{ text: "3.2 times", value: 3.2, subject: { text: "The bond sale" } }],
  ],
];

export const FIX19_DECLARED_YEARS: Case[] = [
  // A year declared by its last month sets the company's reporting year for the story.
  [
    "Net profit for the 12 months to September 30 fell 2%. Full-year dividends rose 3%.",
    [
      { text: "2%", period: { from: "2025-10", to: "2026-09" } },
      { text: "3%", period: { text: "Full-year", from: "2025-10", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-03" },
  ],
  [
    "Revenue rose 9% in the fiscal year to the end of September. It expects growth of 5% in fiscal 2027.",
    [
      { text: "9%", period: { from: "2025-10", to: "2026-09" } },
      { text: "5%", period: { text: "fiscal 2027", from: "2026-10", to: "2027-09" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
  [
    "Sales rose 4% in its fiscal third quarter, which ends Dec. 31. Second-quarter sales rose 2%.",
    [{ text: "4%" }, { text: "2%", period: { from: "2026-07", to: "2026-09" } }],
    { publishedAt: "2026-11-20" },
  ],
  // ... not the end of a part of the year, nor a statistics year.
  [
    "Tax takings were $9 billion in the first four months of the fiscal year to October. Second-quarter output rose 2%.",
    [{ text: "$9 billion" }, { text: "2%", period: { from: "2026-04", to: "2026-06" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX19_STORY_NAMED_AGAIN: Case[] = [
  // "in the half-year" names the story's half again, though a standing "now" dates a figure before it...
  [
    "Revenue rose 9% to $4 billion in the six months to September. The unit now accounts for 45% of sales, which rose 11% in the half-year.",
    [
      { text: "9%" },
      { text: "$4 billion" },
      { text: "45%", period: { text: "now" } },
      { text: "11%", period: { text: "half", from: "2026-04", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
  // ... and a past going on ("continued to grow") looks ahead to nothing: the lede names the story's period.
  [
    "Sales rose 8% in the six months to September as exports continued to grow. Net profit rose 5%.",
    [{ text: "8%" }, { text: "5%", period: { from: "2026-04", to: "2026-09", carried: true } }],
    { publishedAt: "2026-11-12" },
  ],
];

export const FIX19_DATE_LINES: Case[] = [
  // A date alone on the line under a headline is when the story was published, no figure's period.
  [
    "Bank lifts buyback by $2b\nNovember 2, 2026\n\nThe bank said profit rose 3%.",
    [{ text: "$2b", period: undefined }, { text: "3%" }],
    { publishedAt: "2026-11-02" },
  ],
  [
    "Retailer adds 40 stores\nLAGOS, Monday November 2, 2026\n\nIt said sales rose.",
    [{ text: "40 stores", period: undefined }],
  ],
];

export const FIX19_WITH_AFTER_COMPARED: Case[] = [
  // A figure in a clause joined by ", with" or ", while" after a compared level takes the sentence's
  // period, not the compared level's own.
  [
    "Inflation rose to 3.1% in October from 2.8% in September, with fuel prices up 6.2%.",
    [
      { text: "3.1%", period: { text: "October" } },
      { text: "2.8%", period: { text: "September" } },
      { text: "6.2%", period: { text: "October", from: "2026-10" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX19_BASE_AFTER_LEVEL: Case[] = [
  // A change in per cent, the level it reached, then its base after "from".
  [
    "Operating profit fell 12% to ¥1.03 trillion from a year earlier.",
    [
      { text: "12%", change: { direction: "decrease", base: "a year earlier" } },
      { text: "¥1.03 trillion", period: undefined },
    ],
  ],
  [
    "Revenue rose 19 per cent to Rs 8,963 crore in the quarter from Rs 7,520 crore a year ago.",
    [
      { text: "19 per cent", change: { base: "Rs 7,520 crore" } },
      { text: "Rs 8,963 crore" },
      { text: "Rs 7,520 crore" },
    ],
  ],
  // ... not a "from" that names a source, a cause or what a sum came out of.
  [
    "Cargo revenue fell 3% to 11.7 billion shillings as competition from Gulf carriers grew.",
    [{ text: "3%", change: { base: undefined } }, { text: "11.7 billion shillings" }],
  ],
  [
    "Shares fell 5.3 per cent to $22.14, wiping $520 million from its market value.",
    [{ text: "5.3 per cent", change: { base: undefined } }, { text: "$22.14" }, { text: "$520 million" }],
  ],
];

export const FIX19_SUBJECT_LINES: Case[] = [
  // A subject stays on its figure's line: a headline's object ends before the dateline under it ("airline
  // posts $2 billion profit in record year\nDUBAI" -> not "record year DUBAI"; a fine names who pays it).
  [
    "Regulator fines banks 3 billion rand in forex case\nJOHANNESBURG, Nov 18 (Reuters) - The Competition Tribunal ruled.",
    [{ text: "3 billion rand", subject: { text: "banks" } }],
  ],
  [
    "Cabinet sets aside Dh3 billion for a space programme\nDUBAI, Nov 18 (WAM) - The cabinet approved it.",
    [{ text: "Dh3 billion", subject: { text: "a space programme" } }],
  ],
];

export const FIX19_FUEL_GRADES: Case[] = [
  // A fuel's grade is no figure, whatever currency stands near.
  ["The 95 octane grade rose to R22.18 a litre.", [{ text: "R22.18" }]],
  [
    "It kept 91-octane gasoline at SR2.18 a litre and 95-octane at SR2.33.",
    [{ text: "SR2.18" }, { text: "SR2.33" }],
  ],
];

export const FIX19_REPORTING_NAMES: Case[] = [
  // A company that reports results speaks for them past its acronym, an apposition with a legal form's
  // point, or digits glued to its name.
  [
    "Harlow Electricity Generating Company (HEGC) reported a net profit of Sh30 billion.",
    [{ text: "Sh30 billion", speaker: { name: "Harlow Electricity Generating Company" } }],
  ],
  [
    "Remittances rose 4% to $2.2 billion, the Central Bank of Egypt (CBE) reported on Monday.",
    [{ text: "4%", speaker: { name: "Central Bank of Egypt" } }, { text: "$2.2 billion" }],
  ],
  [
    "Harbor Bank, the savings arm of Coastal Holdings Inc., reported deposits of $4 billion.",
    [{ text: "$4 billion", speaker: { name: "Harbor Bank" } }],
  ],
  ["Orbit7 reported revenue of $80 million.", [{ text: "$80 million", speaker: { name: "Orbit7" } }]],
];

export const FIX19_STANDINGS: Case[] = [
  // A club's points in a table are the club's: the subject of the verb of standing, or its object after
  // "leaves".
  ["Leeds are second on 41 points.", [{ text: "41 points", subject: { text: "Leeds" } }]],
  ["Al Nassr sit top of the table with 30 points.", [{ text: "30 points", subject: { text: "Al Nassr" } }]],
  ["The draw leaves Celtic on 35 points.", [{ text: "35 points", subject: { text: "Celtic" } }]],
  // ... an index's points still move the index.
  ["The Dow fell 420 points.", [{ text: "420 points", subject: { text: "The Dow" } }]],
];

export const FIX19_GAPPED_SHARES: Case[] = [
  // A list of shares names its parts, lower-case nouns and a participle that opens them included.
  [
    "Equities made up 38% of the fund, fixed income 44% and real estate 12%.",
    [
      { text: "38%", subject: { text: "Equities" } },
      { text: "44%", subject: { text: "fixed income" } },
      { text: "12%", subject: { text: "real estate" } },
    ],
  ],
  // A name's word may end in "-ing" in a gapped item.
  [
    "Acme Foods will pay R90 million and Delta Milling R40 million.",
    [
      { text: "R90 million", subject: { text: "Acme Foods" } },
      { text: "R40 million", subject: { text: "Delta Milling" } },
    ],
  ],
  // ... a preposition opens no gapped item (the earlier rise names no subject of its own: none, not "after").
  [
    "Rates rose 8.8 per cent in 2026, after 12.2 per cent in 2025.",
    [{ text: "8.8 per cent" }, { text: "12.2 per cent", subject: undefined }],
  ],
];

export const FIX19_GAPPED_BY: Case[] = [
  // A gapped item before a change's "by" changes the same way and names its own noun.
  [
    "The regulator raised the price of petrol by Sh2.85 a litre and diesel by Sh3.10 a litre.",
    [
      { text: "Sh2.85", change: { direction: "increase" } },
      { text: "Sh3.10", change: { direction: "increase" }, subject: { text: "diesel" } },
    ],
  ],
];

export const FIX19_FINES: Case[] = [
  // A fine measures who pays it: the fining verb's object, or a passive's subject.
  [
    "The regulator fined Northgate Bank £12m for weak controls.",
    [{ text: "£12m", subject: { text: "Northgate Bank" } }],
  ],
  [
    "Regulator fines grocery chain Sh900 million",
    [{ text: "Sh900 million", subject: { text: "grocery chain" } }],
  ],
  [
    "Lakeside Foods was fined 40 million reais.",
    [{ text: "40 million reais", subject: { text: "Lakeside Foods" } }],
  ],
  // ... not "fines" as a noun, which is the total's own subject (session 34).
  [
    "The agency has imposed fines totalling more than €2 billion.",
    [{ text: "€2 billion", subject: { text: "fines" } }],
  ],
];

export const FIX19_FISCAL_PARTS: Case[] = [
  // Months of the fiscal year named after them, spelt out in parentheses or not, and Indian copy's bare
  // "current fiscal".
  [
    "ISLAMABAD, Nov 10 (APP) - Remittances rose to $13bn in the first four months (July-October) of the current fiscal year.",
    [{ text: "$13bn", period: { from: "2026-07", to: "2026-10" } }],
    { publishedAt: "2026-11-10" },
  ],
  [
    "NEW DELHI, Nov 15 (PTI) - During April-October of the current fiscal, exports rose 3.1 per cent.",
    [{ text: "3.1 per cent", period: { from: "2026-04", to: "2026-10" } }],
    { publishedAt: "2026-11-15" },
  ],
  [
    "NEW DELHI, Nov 15 (PTI) - Losses were Rs 18,200 crore in the first half of the current fiscal.",
    [{ text: "Rs 18,200 crore", period: { from: "2026-04", to: "2026-09" } }],
    { publishedAt: "2026-11-15" },
  ],
];

export const FIX19_PARTS_OF_WHOLES: Case[] = [
  // A bare count before "of the" whole counts the whole's unit past the words that describe it.
  [
    "About 35 of the state's 128 councils posted deficits.",
    [{ text: "35", kind: "QUANTITY", unit: "councils" }, { text: "128 councils" }],
  ],
  [
    "Some 64 of the planned 133 dishes are built.",
    [{ text: "64", kind: "QUANTITY", unit: "dishes" }, { text: "133 dishes" }],
  ],
];

export const FIX19_PARALLEL_COUNTS: Case[] = [
  // A bare count in a parallel clause with a past verb after it counts what the count before counts, past
  // the span of time that count was made over.
  [
    "About 640,000 people arrived over the 12 months, while 410,000 left.",
    [{ text: "640,000 people" }, { text: "410,000", kind: "QUANTITY", unit: "people" }],
  ],
  [
    "The port handled 4.6 million visitors, of which 3.5 million came from abroad.",
    [{ text: "4.6 million visitors" }, { text: "3.5 million", kind: "QUANTITY", unit: "visitors" }],
  ],
];

export const FIX19_COMING_WINDOW: Case[] = [
  // The coming transfer window in a November story: "preparing", "braced" and a bound's "than" look ahead.
  [
    "The club is preparing a bid of 30 million euros in the January window.",
    [{ text: "30 million euros", period: { from: "2027-01", to: "2027-01" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "They would not sell him for less than 40 million euros in January.",
    [{ text: "40 million euros", period: { from: "2027-01", to: "2027-01" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX19_PARTS_UNDER_WAY: Case[] = [
  // A part of a declared or national fiscal year under way at publication is that one ("the second half"
  // of a year starting in April, in November).
  [
    "Its fiscal year ends March 31. It now assumes a rate of ¥150 to the dollar for the second half.",
    [{ text: "¥150", period: { from: "2026-10", to: "2027-03" } }],
    { publishedAt: "2026-11-05" },
  ],
  // A day after "from" is when a change starts, not its base.
  [
    "Petrol will rise by 46c a litre and diesel by 71c a litre from Wednesday, 2 December.",
    [
      { text: "46c", change: { base: undefined } },
      { text: "71c", change: { base: undefined } },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX19_HOLDERS_AND_WINNERS: Case[] = [
  // What a holder manages or oversees, what a winner pockets, takes home or is guaranteed, is theirs.
  ["The London CIV oversees roughly £33bn.", [{ text: "£33bn", subject: { text: "The London CIV" } }]],
  ["Sabalenka took home $5.2 million.", [{ text: "$5.2 million", subject: { text: "Sabalenka" } }]],
  ["The champion is guaranteed $600,000.", [{ text: "$600,000", subject: { text: "The champion" } }]],
];

export const FIX19_SEEN_CHANGES: Case[] = [
  // After "saw" or "let", the bare verb after the noun is no part of it, whatever the noun.
  [
    "The fund saw its assets under management rise to $900 billion.",
    [{ text: "$900 billion", subject: { text: "its assets under management" } }],
  ],
  [
    "The unit saw its profit margin recover to 19.2 percent.",
    [{ text: "19.2 percent", subject: { text: "its profit margin" } }],
  ],
  // ... a noun after an adjective stays.
  [
    "The North East saw the strongest increase, at 8.7%.",
    [{ text: "8.7%", subject: { text: "the strongest increase" } }],
  ],
];

export const FIX19_RULING_DAYS: Case[] = [
  // The day a court or regulator fined, imposed or ordered is no period of the sum.
  [
    "A Paris court on Monday fined the retailer 150 million euros.",
    [{ text: "150 million euros", period: undefined }],
    { publishedAt: "2026-11-30" },
  ],
  [
    "A federal jury on Thursday ordered the company to pay $1.56 billion.",
    [{ text: "$1.56 billion", period: undefined }],
    { publishedAt: "2026-11-06" },
  ],
];

export const FIXES19: Case[] = [
  ...FIX19_RULING_DAYS,
  ...FIX19_SEEN_CHANGES,
  ...FIX19_HOLDERS_AND_WINNERS,
  ...FIX19_PARTS_UNDER_WAY,
  ...FIX19_COMING_WINDOW,
  ...FIX19_PARALLEL_COUNTS,
  ...FIX19_PARTS_OF_WHOLES,
  ...FIX19_FISCAL_PARTS,
  ...FIX19_FINES,
  ...FIX19_GAPPED_BY,
  ...FIX19_GAPPED_SHARES,
  ...FIX19_STANDINGS,
  ...FIX19_REPORTING_NAMES,
  ...FIX19_FUEL_GRADES,
  ...FIX19_SUBJECT_LINES,
  ...FIX19_BASE_AFTER_LEVEL,
  ...FIX19_WITH_AFTER_COMPARED,
  ...FIX19_DATE_LINES,
  ...FIX19_STORY_NAMED_AGAIN,
  ...FIX19_DECLARED_YEARS,
  ...FIX19_HOLDERS_AND_BIDS,
  ...FIX19_SPLIT_YEAR_PARTS,
  ...FIX19_LOOKING_AHEAD,
  ...FIX19_CENT_SIGN,
  ...FIX19_POINTS_TO_LEVEL,
  ...FIX19_SPEAKER_NAMES,
  ...FIX19_ADVERB_AFTER_MODAL,
  ...FIX19_DAY_SPANS,
];
