import type { Case } from "./case-types.ts";

/** Percentages and percentage points. */
export const PERCENT_CASES: Case[] = [
  ["Inflation stood at 7.5% in March.", [{ kind: "PERCENT", text: "7.5%", value: 7.5 }]],
  ["Turnout was 62 percent.", [{ kind: "PERCENT", text: "62 percent", value: 62 }]],
  ["The party won 41 per cent of the vote.", [{ kind: "PERCENT", text: "41 per cent", value: 41 }]],
  ["Unemployment is at 3.4 pct.", [{ text: "3.4 pct", value: 3.4 }]],
  ["The Tories are on 25pc in the polls.", [{ text: "25pc", value: 25 }]],
  ["Only 9 ％ of firms responded.", [{ text: "9 ％", value: 9 }]],
  ["Only 9％ of firms responded.", [{ text: "9％", value: 9 }]],
  ["Inflation reached ٣٢٫٥% in Egypt.", [{ text: "٣٢٫٥%", value: 32.5 }]],
  ["Growth hit ۴% in Iran.", [{ text: "۴%", value: 4 }]],
  ["Half the budget, or 50%, goes to defence.", [{ text: "50%", value: 50 }]],
  ["The tax rate is 21 percent.", [{ text: "21 percent", value: 21 }]],
  ["Core inflation was 0.3% month-on-month.", [{ text: "0.3%", value: 0.3 }]],
  ["The rate is 5.25 percent.", [{ text: "5.25 percent", value: 5.25 }]],
  [
    "About 12 percent of adults smoke.",
    [{ text: "12 percent", qualifier: "approximate", qualifierText: "About" }],
  ],
  [
    "a 25 basis point cut",
    [{ kind: "PERCENT", text: "25 basis point", value: 0.25, change: { direction: "decrease" } }],
  ],
  [
    "The Fed raised rates by 75 basis points.",
    [
      {
        text: "75 basis points",
        value: 0.75,
        change: { direction: "increase", measure: "percentage_points" },
      },
    ],
  ],
  [
    "The RBI hiked the repo rate by 25bps.",
    [{ text: "25bps", value: 0.25, change: { direction: "increase", measure: "percentage_points" } }],
  ],
  [
    "Unemployment rose 0.2 percentage points to 3.7%.",
    [
      {
        text: "0.2 percentage points",
        value: 0.2,
        change: { direction: "increase", measure: "percentage_points" },
      },
      { text: "3.7%", value: 3.7 },
    ],
  ],
  [
    "Labour's lead narrowed by 3 percentage points.",
    [{ text: "3 percentage points", change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  [
    "Support fell 2pp among young voters.",
    [{ text: "2pp", value: 2, change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  ["The yield climbed 12 bps.", [{ text: "12 bps", value: 0.12, change: { direction: "increase" } }]],
  [
    "Output shrank -0.5% in the quarter.",
    [{ text: "-0.5%", value: -0.5, change: { direction: "decrease" } }],
  ],
  ["Growth was -1.2 percent last year.", [{ text: "-1.2 percent", value: -1.2 }]],
  ["Real wages changed by minus 3 percent.", [{ text: "minus 3 percent", value: -3 }]],
  ["Two-thirds of voters backed the plan.", [{ kind: "NUMBER", text: "Two-thirds", value: 2 / 3 }]],
  ["A quarter of the workforce is unionised.", [{ kind: "NUMBER", text: "A quarter", value: 0.25 }]],
  [
    "Stocks gained 5 percent this week.",
    [{ text: "5 percent", change: { direction: "increase", measure: "relative" } }],
  ],
  [
    "Brent crude slid 3% to $80.",
    [
      { text: "3%", change: { direction: "decrease" } },
      { text: "$80", value: 80 },
    ],
  ],
  ["Shares of Nvidia soared 24% on Thursday.", [{ text: "24%", change: { direction: "increase" } }]],
  ["The won weakened 1.5% against the dollar.", [{ text: "1.5%", change: { direction: "decrease" } }]],
  ["Approval of the president is at forty percent.", [{ text: "forty percent", value: 40 }]],
  ["Only five per cent of homes are affordable.", [{ text: "five per cent", value: 5 }]],
  ["Rates hit 10.5% for the first time since 2008.", [{ text: "10.5%", value: 10.5 }]],
  [
    "Between 5 and 10 percent of the crop was lost.",
    [{ text: "5 and 10 percent", value: 5, high: 10, kind: "PERCENT" }],
  ],
  ["Forecasts range from 2% to 3%.", [{ text: "2% to 3%", value: 2, high: 3 }]],
  ["Prices will rise 5-7% next year.", [{ text: "5-7%", value: 5, high: 7 }]],
  ["Analysts see growth of 1.5–2 percent.", [{ text: "1.5–2 percent", value: 1.5, high: 2 }]],
  ["The bank cut its forecast to 2.1%.", [{ text: "2.1%", value: 2.1 }]],
  ["Inflation slowed to 3.2 per cent in July.", [{ text: "3.2 per cent", value: 3.2 }]],
  [
    "Rents in Berlin jumped 8.6% year-on-year.",
    [{ text: "8.6%", change: { direction: "increase", base: "year-on-year" } }],
  ],
  [
    "Retail sales grew 4% from a year earlier.",
    [{ text: "4%", change: { direction: "increase", base: "a year earlier" } }],
  ],
  [
    "Exports were 12 percent lower than in 2021.",
    [{ text: "12 percent", change: { direction: "decrease", base: "in 2021" } }],
  ],
  [
    "Costs are 20% higher compared with last year.",
    [{ text: "20%", change: { direction: "increase", base: "last year" } }],
  ],
  [
    "The index was up 1.1% on the week.",
    [{ text: "1.1%", change: { direction: "increase", base: "on the week" } }],
  ],
  [
    "Euro zone GDP was down 0.1% quarter-on-quarter.",
    [{ text: "0.1%", change: { direction: "decrease", base: "quarter-on-quarter" } }],
  ],
  ["Profits posted a 15% rise in the quarter.", [{ text: "15%", change: { direction: "increase" } }]],
  [
    "The firm reported a 9% drop in sales.",
    [{ text: "9%", change: { direction: "decrease" }, subject: { text: "sales" } }],
  ],
  [
    "There was an increase of 4.5% in applications.",
    [{ text: "4.5%", change: { direction: "increase" }, subject: { text: "applications" } }],
  ],
  ["Turnover showed a decline of 3 percent.", [{ text: "3 percent", change: { direction: "decrease" } }]],
];
