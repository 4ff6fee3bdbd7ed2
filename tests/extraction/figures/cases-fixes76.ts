import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 76, in wording of my own. */

export const FIX76_TABLES: Case[] = [
  // A row label's ", SEK m" after a comma states its currency and scale, as its parenthesis does; a row of
  // plain integers parted by wide gaps is a table's cells, no phone number; a caption that names months
  // ("January–September", "Three Months Ended October 31") dates columns labelled by a year alone, over a
  // blank line or a group's label ("Net sales") between header and rows; a header's "(unaudited, $ in
  // thousands)" scales the cells; "a year earlier" is no declared period to realign columns by.
  [
    "Key figures\n\n                       Q3 2026   Q3 2025   Jan-Sep 2026   Jan-Sep 2025\nNet sales, SEK m         128.4     119.7          412.6          389.1\nOnline share of bids, %     86        81             84             79\n",
    [
      { text: "128.4", kind: "MONEY", currency: "SEK", value: 128_400_000, subject: { text: "Net sales" } },
      { text: "119.7", kind: "MONEY", value: 119_700_000, period: { text: "Q3 2025" } },
      { text: "412.6", value: 412_600_000, period: { from: "2026-01", to: "2026-09" } },
      { text: "389.1", value: 389_100_000 },
      { text: "86", kind: "PERCENT", subject: { text: "Online share of bids" } },
      { text: "81", kind: "PERCENT" },
      { text: "84", kind: "PERCENT" },
      { text: "79", kind: "PERCENT", period: { from: "2025-01", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "Rink visits rose, compared with a year earlier.\n\nNet sales by segment, January–September (SEK million)\n\n                     2026      2025    Change\nIce time rental      614.2     571.0     7.6%\nEvents               287.5     251.3    14.4%\n",
    [
      { text: "614.2", currency: "SEK", value: 614_200_000, period: { from: "2026-01", to: "2026-09" } },
      { text: "571.0", value: 571_000_000, period: { from: "2025-01", to: "2025-09" } },
      { text: "7.6%", change: { direction: "increase", measure: "relative" } },
      { text: "287.5", period: { from: "2026-01", to: "2026-09" } },
      { text: "251.3", period: { from: "2025-01", to: "2025-09" } },
      { text: "14.4%" },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "Segment Results (unaudited, $ in thousands)\n\n                        Three Months Ended October 31\n                           2026           2025       Change\nNet sales\n  Towable RV            1,412,560      1,251,330      12.9%\n  Motorized RV            706,140        781,905      -9.7%\n",
    [
      {
        text: "1,412,560",
        kind: "MONEY",
        currency: "USD",
        value: 1_412_560_000,
        subject: { text: "Towable RV" },
        period: { from: "2026-08", to: "2026-10" },
      },
      { text: "1,251,330", value: 1_251_330_000, period: { from: "2025-08", to: "2025-10" } },
      { text: "12.9%", change: { direction: "increase", measure: "relative" } },
      { text: "706,140", value: 706_140_000, period: { from: "2026-08", to: "2026-10" } },
      { text: "781,905", value: 781_905_000, period: { from: "2025-08", to: "2025-10" } },
      { text: "-9.7%", change: { direction: "decrease", measure: "relative" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
];

export const FIX76_FISCAL_PARTS: Case[] = [
  // A part of a year right before "Fiscal" and its year, without "of" ("First Quarter Fiscal 2027", a
  // results heading), is that part of the fiscal year; "the prior year period" and "the prior-year quarter"
  // are the same part a year before.
  [
    "Bloomfield Reports Fiscal 2027 First Quarter Results\n\nDENVER, Dec. 3, 2026 -- Bloomfield Inc. today reported results for its fiscal first quarter ended September 27, 2026.\n\nFirst Quarter Fiscal 2027 Highlights\n- Net revenues decreased 5.2% to $118.4 million, compared with $124.9 million in the prior year period.\n- Gross margin was 38.6%, compared with 37.2% in the prior-year quarter.\n",
    [
      { text: "5.2%", period: { text: "First Quarter Fiscal 2027", from: "2026-07", to: "2026-09" } },
      { text: "$118.4 million", period: { from: "2026-07", to: "2026-09" } },
      { text: "$124.9 million", period: { text: "prior year period", from: "2025-07", to: "2025-09" } },
      { text: "38.6%", period: { from: "2026-07", to: "2026-09" } },
      { text: "37.2%", period: { text: "prior-year quarter", from: "2025-07", to: "2025-09" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX76_RATE_UNITS: Case[] = [
  // A price by the stem, bunch, carton, lesson or session, and a rate by the quarter or the minute, carry
  // their denominator ("a quarter" right after an amount is no fraction); cents a price moved by, right
  // after it, are hundredths of its currency; a rate after "of" is no approximated share ("roughly a
  // quarter of").
  [
    "Growers get 0.31 euros a stem, down 3 cents, and florists charge £30 a bunch. Council rates are £1,860 a quarter, lessons cost R450 a lesson and the escalator moves 40 metres a minute.",
    [
      { text: "0.31 euros", currency: "EUR", unit: "a stem" },
      { text: "3 cents", currency: "EUR", value: 0.03 },
      { text: "£30", unit: "a bunch" },
      { text: "£1,860", unit: "a quarter" },
      { text: "R450", unit: "a lesson" },
      { text: "40 metres a minute", unit: "metres a minute" },
    ],
  ],
  [
    "The program costs A$40 a participant. The fair drew 210.000 visitors and 38.000 tonnes of apples were sold for €12.000 a lot.",
    [
      { text: "A$40", unit: "a participant" },
      { text: "210.000 visitors", value: 210_000 },
      { text: "38.000 tonnes", value: 38_000 },
      { text: "€12.000", value: 12_000 },
    ],
  ],
  [
    "NAIROBI, Dec 3 - Roses averaged 0.31 euros a stem in October, down 3 cents.",
    [
      { text: "0.31 euros", currency: "EUR", unit: "a stem" },
      { text: "3 cents", currency: "EUR", change: { direction: "decrease", measure: "absolute" } },
    ],
    { publishedAt: "2026-12-07" },
  ],
  [
    "The group sold 5,830 new and pre-owned holiday homes, up from 5,410, and serves 16,000 small and medium-sized businesses. The network connects 11 industrial and logistics hubs.",
    [
      { text: "5,830 new and pre-owned holiday homes", kind: "QUANTITY", unit: "homes" },
      { text: "5,410", unit: "homes" },
      { text: "16,000 small and medium-sized businesses", unit: "businesses" },
      { text: "11 industrial and logistics hubs", unit: "hubs" },
    ],
  ],
  [
    "The region has about 6,100 hectares of citrus and produces roughly a quarter of the country's oranges.",
    [
      { text: "6,100 hectares", unit: "hectares" },
      { text: "a quarter", kind: "NUMBER", value: 0.25 },
    ],
  ],
];

export const FIX76_LIST_ITEMS_AND_USERS: Case[] = [
  // A list's item set off by a comma ("the UAE 31 per cent", "heating 26%") measures its own noun phrase,
  // as an item after "and" does, where the list goes on after it; not a participle's, a comparison's or an
  // apposition's words. What a subject uses or consumes measures the subject.
  [
    "Saudi Arabia took 38 per cent of its sales, the UAE 31 per cent and Oman 14 per cent. Refrigeration accounts for about 43% of the total, heating 26% and lighting 10%.",
    [
      { text: "38 per cent", subject: { text: "Saudi Arabia" } },
      { text: "31 per cent", subject: { text: "the UAE" } },
      { text: "14 per cent", subject: { text: "Oman" } },
      { text: "43%", subject: { text: "Refrigeration" } },
      { text: "26%", subject: { text: "heating" } },
      { text: "10%" },
    ],
  ],
  [
    "The country received 17.5 million visitors, spending SR122 billion. Sales fell 58,240 units, an average of 213 a day, according to the data.",
    [
      { text: "17.5 million visitors" },
      { text: "SR122 billion", subject: undefined },
      { text: "58,240 units" },
      { text: "213", subject: undefined },
    ],
  ],
  [
    "The typical family uses about 22 cubic metres a month, and data centres are expected to consume 6.8 terawatt hours in 2030.",
    [
      { text: "22 cubic metres a month", subject: { text: "The typical family" } },
      { text: "6.8 terawatt hours", subject: { text: "data centres" } },
    ],
    { publishedAt: "2026-12-07" },
  ],
];

export const FIX76_DECLARED_YEAR_ENDS: Case[] = [
  // A financial year declared in a relative clause, "which ended on 31 August 2026", or with "on" ("whose
  // year ends on Sept 30"), sets the article's reporting year, as "which ended 31 August" did.
  [
    "Düsseldorf, 1 December 2026 – Rheinland Reisemobil AG today published its results for the 2025/26 financial year, which ended on 31 August 2026. Group revenue rose 4.8% to €1.46 billion.",
    [
      { text: "4.8%", period: { from: "2025-09", to: "2026-08" } },
      { text: "€1.46 billion", period: { from: "2025-09", to: "2026-08" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
];

export const FIXES76: Case[] = [
  ...FIX76_DECLARED_YEAR_ENDS,
  ...FIX76_TABLES,
  ...FIX76_FISCAL_PARTS,
  ...FIX76_RATE_UNITS,
  ...FIX76_LIST_ITEMS_AND_USERS,
];
