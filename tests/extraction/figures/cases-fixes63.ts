import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 63, in wording of my own. */

export const FIX63_BARE_COMPARATIVES: Case[] = [
  // A number alone in parentheses right after an amount is the same measure a period before, in the
  // amount's currency, unit and scale, with no period of its own.
  [
    "Net sales for the fourth quarter amounted to SEK 1,126 million (1,229). The operating margin was 7.6 percent (7.9), and earnings per share were SEK 0.84 (1.02). EBIT came to EUR 12.4m (11.0).",
    [
      { text: "SEK 1,126 million", value: 1126000000, period: { text: "fourth quarter" } },
      {
        text: "1,229",
        kind: "MONEY",
        value: 1229000000,
        currency: "SEK",
        subject: { text: "Net sales" },
        period: undefined,
      },
      { text: "7.6 percent" },
      {
        text: "7.9",
        kind: "PERCENT",
        value: 7.9,
        subject: { text: "The operating margin" },
        period: undefined,
      },
      { text: "SEK 0.84" },
      { text: "1.02", kind: "MONEY", value: 1.02, currency: "SEK", subject: { text: "earnings per share" } },
      { text: "EUR 12.4m" },
      { text: "11.0", kind: "MONEY", value: 11000000, currency: "EUR", subject: { text: "EBIT" } },
    ],
    { publishedAt: "2026-02-05" },
  ],
  // Not a footnote's "(1)" after an amount written with a decimal point, nor a year, nor a number glued to
  // a name.
  [
    "The plan cost $5.2 million (1). Revenue rose 5% (2024). Toyota sold the RAV4 (3,902).",
    [{ text: "$5.2 million" }, { text: "5%" }],
  ],
];

export const FIX63_RESULT_LINES: Case[] = [
  // A results line's label names its figure when a comparison, a unit or a dated tail follows it, and
  // through a hyphenated compound before a colon.
  [
    "Highlights:\n- Net debt $38.4 million at quarter end\n- Final dividend 20 cents a share\n- Loan-to-value: 34.7%\n- Gross margin 25.0 percent from 24.2 percent\n- Occupancy 97.2% for the 2026/27 academic year",
    [
      { text: "$38.4 million", subject: { text: "Net debt" } },
      { text: "20 cents", subject: { text: "Final dividend" } },
      { text: "34.7%", subject: { text: "Loan-to-value" } },
      { text: "25.0 percent", subject: { text: "Gross margin" } },
      { text: "24.2 percent", subject: { text: "Gross margin" } },
      { text: "97.2%", subject: { text: "Occupancy" } },
    ],
  ],
  // Not a clause after the figure ("applies to each flight").
  ["Charter costs:\n- Fuel 10 percent applies to each flight", [{ text: "10 percent", subject: undefined }]],
  // A wire brief's label after "SAYS"/"SEES", where nothing else names the figure; not a clause.
  [
    "Nov 5 (Reuters) - Acme Corp:\n* SAYS H1 TOTAL REVENUE HK$28.6 BILLION\n* SAYS GEARING RATIO AT 36.4%\n* SEES FY 2026 NET SALES $610 MILLION TO $625 MILLION\n* SAYS INVESTS SEK 120 MILLION",
    [
      { text: "HK$28.6 BILLION", subject: { text: "TOTAL REVENUE" } },
      { text: "36.4%", subject: { text: "GEARING RATIO" } },
      { text: "$610 MILLION TO $625 MILLION", subject: { text: "NET SALES" } },
      { text: "SEK 120 MILLION", subject: undefined },
    ],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIX63_SPENT_PURPOSE: Case[] = [
  // Money spent, invested, borrowed or given "to" do something measures that purpose, before the clause's
  // subject; not a verb alone before a figure of its own.
  [
    "Nipro will spend 45 billion yen ($300 million) over three years to expand production in Vietnam. The bank borrowed $5 million to fund the deal. NgitiCare plans to spend P1.5 billion next year to open 40 branches.",
    [
      { text: "45 billion yen", subject: { text: "to expand production in Vietnam" } },
      { text: "$300 million", subject: { text: "to expand production in Vietnam" } },
      { text: "$5 million", subject: { text: "to fund the deal" } },
      { text: "P1.5 billion", subject: { text: "NgitiCare" } },
      { text: "40 branches" },
    ],
    { publishedAt: "2026-03-01" },
  ],
];

export const FIX63_OBJECT_SHARES: Case[] = [
  // A share a verb after a relative pronoun takes as its object measures what it is a share of; not a
  // holding ("which together control"); a count after such a share is no level it came from.
  [
    "DaVita and Fresenius, which together operate about 70% of U.S. clinics, raised prices. The clinics treat about 80% of patients. The four firms, which together control 80% of the market, agreed. Fishermen caught 90 percent of the catch from some 29,000 small boats.",
    [
      { text: "70%", subject: { text: "U.S. clinics" } },
      { text: "80%", subject: { text: "patients" } },
      { text: "80%", subject: undefined },
      { text: "90 percent", subject: { text: "the catch" } },
      { text: "29,000 small boats", subject: { text: "small boats" } },
    ],
  ],
];

export const FIX63_CURRENCIES: Case[] = [
  // The rufiyaa is the Maldives' currency.
  [
    "The Maldives earned 1.2 billion rufiyaa from tuna exports.",
    [{ text: "1.2 billion rufiyaa", currency: "MVR" }],
  ],
];

export const FIX63_JOINED_PURPOSES: Case[] = [
  // A purpose runs through the words it joins with "and", "or" or a list's commas, not into a clause, a
  // figure or a period.
  [
    "Nipro will spend 45 billion yen to expand production in Vietnam, India and Bangladesh. Acme will spend $5 million to build a rice cooker and kettle plant. The park will spend $8 million to upgrade the cabins and build a second line. The firm will spend $2 million to expand its plant and it expects sales to rise.",
    [
      { text: "45 billion yen", subject: { text: "to expand production in Vietnam, India and Bangladesh" } },
      { text: "$5 million", subject: { text: "to build a rice cooker and kettle plant" } },
      { text: "$8 million", subject: { text: "to upgrade the cabins and build a second line" } },
      { text: "$2 million", subject: { text: "to expand its plant" } },
    ],
  ],
];

export const FIX63_MIXED_CASE_BRIEFS: Case[] = [
  // A mixed-case brief's "Sees"/"Says" bullet names its figure too; a season before its year and a hyphen
  // inside a word stay in or out of the label as they should; a label ends in no preposition.
  [
    "BRIEF-Kinara Student Living Q3 results\n* Sees FY 2026 core FFO per share $1.62 to $1.66\n* Fall 2026 same-store occupancy 96.4% versus 97.1% last year\n* Says gearing ratio at 36.4%, down 1.1 percentage points\n* END-OF-PERIOD FLEET OF 298,700 CARS\n* CASH AND EQUIVALENTS OF $612 MILLION\n* Q3 dispensary same-store sales down 15%",
    [
      { text: "$1.62 to $1.66", subject: { text: "core FFO per share" } },
      { text: "96.4%", subject: { text: "same-store occupancy" } },
      { text: "97.1%", subject: { text: "same-store occupancy" } },
      { text: "36.4%", subject: { text: "gearing ratio" } },
      { text: "1.1 percentage points" },
      { text: "298,700 CARS", subject: { text: "END-OF-PERIOD FLEET" } },
      { text: "$612 MILLION", subject: { text: "CASH AND EQUIVALENTS" } },
      { text: "15%", subject: { text: "Q3 dispensary same-store sales" } },
    ],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIXES63: Case[] = [
  ...FIX63_MIXED_CASE_BRIEFS,
  ...FIX63_JOINED_PURPOSES,
  ...FIX63_CURRENCIES,
  ...FIX63_OBJECT_SHARES,
  ...FIX63_SPENT_PURPOSE,
  ...FIX63_BARE_COMPARATIVES,
  ...FIX63_RESULT_LINES,
];
