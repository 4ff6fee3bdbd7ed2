import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 64, in wording of my own. */

export const FIX64_HALF_YEAR_ENDED: Case[] = [
  // "the half year ended September 30" ends the reporting year's first half, so the year runs from April
  // (it had been read as a year ending in September: Q2 FY27 dated January to March 2027).
  [
    "Mahanagar Gas Ltd announced results for the quarter and half year ended September 30, 2026. Revenue for Q2 FY27 rose 14.6% to Rs 2,018 crore. H1 FY27 profit fell 8.4%.",
    [
      { text: "14.6%", period: { text: "Q2 FY27", from: "2026-07", to: "2026-09" } },
      { text: "Rs 2,018 crore", period: { text: "Q2 FY27", from: "2026-07", to: "2026-09" } },
      { text: "8.4%", period: { text: "H1 FY27", from: "2026-04", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "Lagos Hygiene Plc posted a pre-tax profit of N3.2 billion for the half-year ended June 30. In the first half, sales volumes fell 6 per cent.",
    [
      { text: "N3.2 billion", period: { from: "2026-01", to: "2026-06" } },
      { text: "6 per cent", period: { text: "first half", from: "2026-01", to: "2026-06" } },
    ],
    { publishedAt: "2026-10-14" },
  ],
];

export const FIX64_MINING_TONNES: Case[] = [
  // Kilotonnes, tonnes a year and thousand wet metric tonnes as miners write them; "18kt gold" stays a
  // purity (whole numbers of karats up to 24).
  [
    "Balama produced 38KT of graphite, up from 31 kt, and Cerro Matoso produced 9.8 kt of nickel. Manganese output was 1,102 kwmt. The offtake covers 18,000 tpa, and the plant will add 8KTPA. The 18kt gold chain costs $900. Exports were 12KT, including 9KT to China.",
    [
      { text: "38KT", kind: "QUANTITY", value: 38, unit: "KT" },
      { text: "31 kt", kind: "QUANTITY", value: 31, unit: "kt" },
      { text: "9.8 kt", kind: "QUANTITY", value: 9.8, unit: "kt", subject: { text: "nickel" } },
      {
        text: "1,102 kwmt",
        kind: "QUANTITY",
        value: 1102,
        unit: "kwmt",
        subject: { text: "Manganese output" },
      },
      { text: "18,000 tpa", kind: "QUANTITY", value: 18000, unit: "tpa" },
      { text: "8KTPA", kind: "QUANTITY", value: 8, unit: "KTPA" },
      { text: "$900" },
      { text: "12KT", kind: "QUANTITY", value: 12, unit: "KT" },
      { text: "9KT", kind: "QUANTITY", value: 9, unit: "KT" },
    ],
  ],
];

export const FIX64_SECTION_HEADINGS: Case[] = [
  // A period alone on its line (or with a colon, or "Nine-Month Highlights") heads the results listed under
  // it, as "Third quarter 2026" did; the nine-month lines had kept the quarter's period.
  [
    "Kalvik AB: Interim report January–September 2026\n\nSTOCKHOLM, 23 October 2026 - Kalvik AB today published its interim report.\n\nThird quarter 2026\n- Net sales amounted to SEK 4,212 million (4,035).\n\nJanuary–September 2026\n- Net sales amounted to SEK 10,947 million (10,610).",
    [
      { text: "SEK 4,212 million", period: { text: "Third quarter 2026", from: "2026-07", to: "2026-09" } },
      { text: "4,035", period: undefined },
      {
        text: "SEK 10,947 million",
        period: { text: "January–September 2026", from: "2026-01", to: "2026-09" },
      },
      { text: "10,610", period: undefined },
    ],
    { publishedAt: "2026-10-23" },
  ],
  // A later section's heading of part of a year dates only its list: the paragraph after it is the first
  // heading's again; a heading in parentheses after the period heads its section too.
  [
    "Kalvik AB: Interim report January-September 2026\n\nStockholm, 23 October 2026\n\nThird quarter 2026 (compared with third quarter 2025)\n- Net sales amounted to SEK 9,482 million (9,115).\n\nJanuary-September 2026\n- Net sales amounted to SEK 28,204 million (27,650).\n\nCEO comment\n\nEnergy costs decreased by SEK 45m compared with the same quarter a year earlier.",
    [
      { text: "SEK 9,482 million", period: { text: "Third quarter 2026", from: "2026-07", to: "2026-09" } },
      { text: "9,115" },
      {
        text: "SEK 28,204 million",
        period: { text: "January-September 2026", from: "2026-01", to: "2026-09" },
      },
      { text: "27,650" },
      { text: "SEK 45m", period: { text: "Third quarter 2026", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-10-23" },
  ],
  [
    "Third Quarter Highlights\n- Revenue: SAR 186.4 million, up 14.2%\n\nNine-Month Highlights\n- Revenue: SAR 512.7 million, an increase of 9.8%",
    [
      { text: "SAR 186.4 million", period: { text: "Third Quarter", from: "2026-07", to: "2026-09" } },
      { text: "14.2%" },
      { text: "SAR 512.7 million", period: { text: "Nine-Month", from: "2026-01", to: "2026-09" } },
      { text: "9.8%", period: { text: "Nine-Month" } },
    ],
    { publishedAt: "2026-11-04" },
  ],
];

export const FIX64_TRADED_COUNTS: Case[] = [
  // What a country or a company exported, imported or bought is its own count, as what it sold or shipped
  // was; not of a content named after "of".
  [
    "Egypt exported 96,500 tonnes last year, and India imported 1.2 million tonnes. Central banks bought 220 tons in the quarter. Tunisia exported 180,000 tonnes of olive oil.",
    [
      { text: "96,500 tonnes", subject: { text: "Egypt" } },
      { text: "1.2 million tonnes", subject: { text: "India" } },
      { text: "220 tons", subject: { text: "Central banks" } },
      { text: "180,000 tonnes", subject: { text: "olive oil" } },
    ],
    { publishedAt: "2026-11-04" },
  ],
];

export const FIX64_LABELS_WITH_TO: Case[] = [
  // A label's "to" after an "-able" word or a noun of what goes somewhere is a preposition inside the label
  // (it had been read as an infinitive's, leaving "shareholders"); not "We plan to invest:".
  [
    "- Net profit attributable to shareholders: SAR 21.3 million\n- Sales to customers abroad: SAR 5 million\n- Net debt to EBITDA: 1.6 times",
    [
      { text: "SAR 21.3 million", subject: { text: "Net profit attributable to shareholders" } },
      { text: "SAR 5 million", subject: { text: "Sales to customers abroad" } },
      { text: "1.6 times", subject: { text: "Net debt to EBITDA" } },
    ],
  ],
];

export const FIX64_GAS_VOLUMES: Case[] = [
  // Indian gas volumes in million standard cubic metres a day.
  [
    "Total sales volume rose to 4.52 MMSCMD, up 10.3%. CNG volumes were 3.41 mmscmd.",
    [
      {
        text: "4.52 MMSCMD",
        kind: "QUANTITY",
        value: 4.52,
        unit: "MMSCMD",
        subject: { text: "Total sales volume" },
      },
      { text: "10.3%" },
      {
        text: "3.41 mmscmd",
        kind: "QUANTITY",
        value: 3.41,
        unit: "mmscmd",
        subject: { text: "CNG volumes" },
      },
    ],
  ],
];

export const FIXES64: Case[] = [
  ...FIX64_GAS_VOLUMES,
  ...FIX64_LABELS_WITH_TO,
  ...FIX64_TRADED_COUNTS,
  ...FIX64_HALF_YEAR_ENDED,
  ...FIX64_MINING_TONNES,
  ...FIX64_SECTION_HEADINGS,
];
