import type { Case } from "./case-types.ts";

const PUB = { publishedAt: "2023-05-10" };

/** Changes, periods, subjects and speakers: the sentence around a figure. */
export const CONTEXT_CASES: Case[] = [
  // Changes
  [
    "Revenue rose by $5 million.",
    [{ text: "$5 million", change: { direction: "increase", measure: "absolute" } }],
  ],
  [
    "Net profit fell 12% to $3.4 billion.",
    [{ text: "12%", change: { direction: "decrease", measure: "relative" } }, { text: "$3.4 billion" }],
  ],
  [
    "Exports to China increased by 58.8 percent.",
    [{ text: "58.8 percent", change: { direction: "increase" } }],
  ],
  ["Revenue climbed to $4 billion.", [{ text: "$4 billion" }]],
  ["Imports dropped from $5 billion to $4 billion.", [{ text: "$5 billion" }, { text: "$4 billion" }]],
  ["The budget grew an additional $2 billion.", [{ text: "$2 billion", change: { direction: "increase" } }]],
  [
    "Washington pledged another $500 million in aid.",
    [{ text: "$500 million", change: { direction: "increase", measure: "absolute" } }],
  ],
  ["The firm cut 1,200 jobs.", [{ text: "1,200 jobs", change: { direction: "decrease" } }]],
  ["Payrolls added 250,000 jobs in October.", [{ text: "250,000 jobs", change: { direction: "increase" } }]],
  [
    "Output declined 2.1% compared with the same period last year.",
    [{ text: "2.1%", change: { direction: "decrease", base: "the same period last year" } }],
  ],
  ["Prices are up 4% versus January.", [{ text: "4%", change: { direction: "increase", base: "January" } }]],
  ["Shares plunged 30 percent.", [{ text: "30 percent", change: { direction: "decrease" } }]],
  ["The rupee depreciated 2%.", [{ text: "2%" }]],
  [
    "Deliveries jumped 47% from the prior quarter.",
    [{ text: "47%", change: { direction: "increase", base: "the prior quarter" } }],
  ],
  ["Sales were $2 million more than expected.", [{ text: "$2 million", change: { direction: "increase" } }]],
  ["Costs came in 3% lower.", [{ text: "3%", change: { direction: "decrease" } }]],
  [
    "Tokyo stocks tumbled 4.4 percent on Monday.",
    [{ text: "4.4 percent", change: { direction: "decrease" } }],
  ],
  ["The economy contracted 0.6%.", [{ text: "0.6%", change: { direction: "decrease" } }]],
  ["Unemployment eased to 3.5%.", [{ text: "3.5%" }]],
  ["The central bank kept rates at 5.5%.", [{ text: "5.5%" }]],
  // Periods
  [
    "Trade reached $3 billion in 2022.",
    [{ text: "$3 billion", period: { text: "2022", from: "2022", to: "2022" } }],
  ],
  [
    "Since 1991, investors have put in $50 billion.",
    [{ text: "$50 billion", period: { text: "Since 1991", from: "1991" } }],
  ],
  [
    "In the first quarter of 2023, sales rose 5%.",
    [{ text: "5%", period: { text: "first quarter of 2023", from: "2023-01", to: "2023-03" } }],
  ],
  [
    "Profit rose 8% in the second half of 2022.",
    [{ text: "8%", period: { text: "second half of 2022", from: "2022-07", to: "2022-12" } }],
  ],
  [
    "GDP grew 2.4% in Q3 2023.",
    [{ text: "2.4%", period: { text: "Q3 2023", from: "2023-07", to: "2023-09" } }],
  ],
  [
    "Inflation hit 9.1% in June 2022.",
    [{ text: "9.1%", period: { text: "June 2022", from: "2022-06", to: "2022-06" } }],
  ],
  [
    "Exports rose 4% last year.",
    [{ text: "4%", period: { text: "last year", from: "2022", to: "2022" } }],
    PUB,
  ],
  ["Sales rose 4% last month.", [{ text: "4%", period: { text: "last month", from: "2023-04" } }], PUB],
  [
    "The plan costs $3 billion this year.",
    [{ text: "$3 billion", period: { text: "this year", from: "2023" } }],
    PUB,
  ],
  ["Prices rose 6% in March.", [{ text: "6%", period: { text: "March", from: "2023-03" } }], PUB],
  [
    "The fund lost $2 billion in fiscal 2022.",
    [{ text: "$2 billion", period: { text: "fiscal 2022", from: "2022" } }],
  ],
  ["Revenue grew 12% in FY2023.", [{ text: "12%", period: { text: "FY2023", from: "2023" } }]],
  ["Output rose 3% in 2022-23.", [{ text: "3%", period: { text: "2022-23", from: "2022", to: "2023" } }]],
  [
    "By 2030, the market will be worth $1 trillion.",
    [{ text: "$1 trillion", period: { text: "By 2030", to: "2030" } }],
  ],
  [
    "In the first nine months of 2022 profit rose 20%.",
    [{ text: "20%", period: { from: "2022-01", to: "2022-09" } }],
  ],
  [
    "In 2021, exports rose 5%, and imports fell 3%.",
    [
      { text: "5%", period: { text: "2021" } },
      { text: "3%", period: { text: "2021" } },
    ],
  ],
  [
    "Revenue was $5 billion, up from $4 billion in 2021.",
    [{ text: "$5 billion" }, { text: "$4 billion", period: { text: "2021" } }],
  ],
  // Subjects
  [
    "Mutual trade turnover between the two countries exceeded $3 billion.",
    [{ subject: { text: "Mutual trade turnover between the two countries" } }],
  ],
  [
    "The total cost of the project reached $1.2 billion.",
    [{ subject: { text: "The total cost of the project" } }],
  ],
  ["The country's GDP grew 3.2 percent.", [{ subject: { text: "The country's GDP" } }]],
  ["Exports of crude oil fell 5%.", [{ subject: { text: "Exports of crude oil" } }]],
  ["Apple's quarterly revenue was $94.8 billion.", [{ subject: { text: "Apple's quarterly revenue" } }]],
  ["The city approved a budget of $5 million.", [{ subject: { text: "a budget" } }]],
  ["The unemployment rate stood at 3.7%.", [{ subject: { text: "The unemployment rate" } }]],
  [
    "In 2022, the volume of American investments increased by 58.8 percent.",
    [{ subject: { text: "the volume of American investments" } }],
  ],
  [
    "Sales rose 5% and this figure is 2 percent higher than forecast.",
    [
      { text: "5%", subject: { text: "Sales" } },
      { text: "2 percent", subject: { text: "Sales" } },
    ],
  ],
  // Speakers
  ["“Sales rose 5% this year,” Smith said.", [{ text: "5%", speaker: { name: "Smith", mode: "quoted" } }]],
  [
    "“We lost $2 billion,” said Chief Executive Mary Barra.",
    [{ text: "$2 billion", speaker: { name: "Mary Barra", mode: "quoted" } }],
  ],
  [
    "Putin said: “Our trade reached $200 billion.”",
    [{ text: "$200 billion", speaker: { name: "Putin", mode: "quoted" } }],
  ],
  [
    '"Prices will rise 10 percent," the Finance Minister Nirmala Sitharaman told reporters.',
    [{ text: "10 percent", speaker: { name: "Nirmala Sitharaman", mode: "quoted" } }],
  ],
  [
    "According to the IMF, growth will slow to 2.9%.",
    [{ text: "2.9%", speaker: { name: "IMF", mode: "reported" } }],
  ],
  [
    "Growth will slow to 2.9%, according to Kristalina Georgieva.",
    [{ text: "2.9%", speaker: { name: "Kristalina Georgieva", mode: "reported" } }],
  ],
  [
    "Yellen said that the program costs $1 trillion.",
    [{ text: "$1 trillion", speaker: { name: "Yellen", mode: "reported" } }],
  ],
  ["Sales rose 4%, Tim Cook said.", [{ text: "4%", speaker: { name: "Tim Cook", mode: "reported" } }]],
  [
    "Lagarde spoke in Frankfurt. She noted that inflation was 5.3%.",
    [{ text: "5.3%", speaker: { name: "Lagarde", mode: "reported" } }],
  ],
  ["Sales rose 4% in the quarter.", [{ text: "4%", speaker: undefined }]],
];
