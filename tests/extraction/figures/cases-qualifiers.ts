import type { Case } from "./case-types.ts";

/** Qualifiers, ranges and negatives. The span never holds the qualifier words. */
export const QUALIFIER_CASES: Case[] = [
  [
    "More than 1,000 people attended.",
    [{ text: "1,000 people", qualifier: "lower_bound", qualifierText: "More than" }],
  ],
  [
    "The project cost more than $2 billion.",
    [{ text: "$2 billion", qualifier: "lower_bound", qualifierText: "more than" }],
  ],
  [
    "Over 200 flights were cancelled.",
    [{ text: "200 flights", qualifier: "lower_bound", qualifierText: "Over" }],
  ],
  ["Sales topped $3 trillion.", [{ text: "$3 trillion", qualifier: "lower_bound", qualifierText: "topped" }]],
  [
    "At least 42 people died in the fire.",
    [{ text: "42 people", qualifier: "lower_bound", qualifierText: "At least" }],
  ],
  ["The toll climbed to at least 70.", [{ text: "70", qualifier: "lower_bound" }]],
  [
    "Demand exceeded 5 million units.",
    [{ text: "5 million units", qualifier: "lower_bound", qualifierText: "exceeded" }],
  ],
  [
    "Losses are in excess of £100m.",
    [{ text: "£100m", qualifier: "lower_bound", qualifierText: "in excess of" }],
  ],
  ["Upwards of 300 homes were damaged.", [{ text: "300 homes", qualifier: "lower_bound" }]],
  [
    "The bill will cost north of $2 billion.",
    [{ text: "$2 billion", qualifier: "lower_bound", qualifierText: "north of" }],
  ],
  ["It sold 5,000 or more copies.", [{ text: "5,000", qualifier: "lower_bound", qualifierText: "or more" }]],
  ["About 300 people gathered.", [{ text: "300 people", qualifier: "approximate", qualifierText: "About" }]],
  [
    "The fund holds around $5 billion.",
    [{ text: "$5 billion", qualifier: "approximate", qualifierText: "around" }],
  ],
  ["Approximately 3,000 jobs will go.", [{ text: "3,000 jobs", qualifier: "approximate" }]],
  ["Roughly 40% of adults are obese.", [{ text: "40%", qualifier: "approximate", qualifierText: "Roughly" }]],
  [
    "Nearly $2 billion was stolen.",
    [{ text: "$2 billion", qualifier: "approximate", qualifierText: "Nearly" }],
  ],
  [
    "Almost 10 percent of staff left.",
    [{ text: "10 percent", qualifier: "approximate", qualifierText: "Almost" }],
  ],
  [
    "Some 200 workers walked out.",
    [{ text: "200 workers", qualifier: "approximate", qualifierText: "Some" }],
  ],
  [
    "An estimated 5,000 people fled.",
    [{ text: "5,000 people", qualifier: "approximate", qualifierText: "An estimated" }],
  ],
  [
    "Close to 1 million people lack water.",
    [{ text: "1 million people", qualifier: "approximate", qualifierText: "Close to" }],
  ],
  ["The fund is worth ~$4bn.", [{ text: "$4bn", qualifier: "approximate", qualifierText: "~" }]],
  [
    "Less than 2% of the budget goes to aid.",
    [{ text: "2%", qualifier: "upper_bound", qualifierText: "Less than" }],
  ],
  [
    "Fewer than 100 people turned up.",
    [{ text: "100 people", qualifier: "upper_bound", qualifierText: "Fewer than" }],
  ],
  [
    "Loans of up to $10 million are available.",
    [{ text: "$10 million", qualifier: "upper_bound", qualifierText: "up to" }],
  ],
  [
    "Homes under $300,000 are scarce.",
    [{ text: "$300,000", qualifier: "upper_bound", qualifierText: "under" }],
  ],
  [
    "Inflation stayed below 3 percent.",
    [{ text: "3 percent", qualifier: "upper_bound", qualifierText: "below" }],
  ],
  [
    "As many as 3,000 jobs are at risk.",
    [{ text: "3,000 jobs", qualifier: "upper_bound", qualifierText: "As many as" }],
  ],
  [
    "Fines of no more than €500 apply.",
    [{ text: "€500", qualifier: "upper_bound", qualifierText: "no more than" }],
  ],
  ["It costs just under $40.", [{ text: "$40", qualifier: "upper_bound", qualifierText: "just under" }]],
  [
    "Just over 40 percent voted.",
    [{ text: "40 percent", qualifier: "lower_bound", qualifierText: "Just over" }],
  ],
  ["The fee is $25 exactly.", [{ text: "$25", qualifier: "exact" }]],
  [
    "Estimates range from $12 million to $15 million.",
    [{ text: "$12 million to $15 million", value: 1.2e7, high: 1.5e7, currency: "USD" }],
  ],
  ["The repairs cost $12-15 million.", [{ text: "$12-15 million", value: 1.2e7, high: 1.5e7 }]],
  [
    "Damage is put at $3 billion to $4 billion.",
    [{ text: "$3 billion to $4 billion", value: 3e9, high: 4e9 }],
  ],
  [
    "The ministry expects 3 to 4 billion dollars.",
    [{ text: "3 to 4 billion dollars", value: 3e9, high: 4e9, currency: "USD" }],
  ],
  [
    "The tax will raise between £1bn and £2bn.",
    [{ text: "£1bn and £2bn", value: 1e9, high: 2e9, currency: "GBP" }],
  ],
  [
    "Between 5,000 and 7,000 people marched.",
    [{ text: "5,000 and 7,000 people", value: 5000, high: 7000, unit: "people" }],
  ],
  ["The storm left 20-30 cm of snow.", [{ text: "20-30 cm", value: 20, high: 30 }]],
  [
    "Crowds of 10,000 to 15,000 fans are expected.",
    [{ text: "10,000 to 15,000 fans", value: 10000, high: 15000 }],
  ],
  ["Rates will settle at 4%-4.5%.", [{ text: "4%-4.5%", value: 4, high: 4.5 }]],
  ["Prices will rise by 2–3 per cent.", [{ text: "2–3 per cent", value: 2, high: 3 }]],
  [
    "The deal values the firm at Rs 400-500 crore.",
    [{ text: "Rs 400-500 crore", value: 4e9, high: 5e9, currency: "INR" }],
  ],
  ["Temperatures fell to minus 40 degrees.", [{ text: "minus 40 degrees", value: -40 }]],
  ["The fund returned -3.5% last year.", [{ text: "-3.5%", value: -3.5 }]],
  ["The company's net debt was -$200 million.", [{ text: "-$200 million", value: -2e8, currency: "USD" }]],
  ["Mortgage rates of about 7 percent deter buyers.", [{ text: "7 percent", qualifier: "approximate" }]],
  [
    "Officials said more than 500 were arrested.",
    [{ text: "500", qualifier: "lower_bound", kind: "NUMBER" }],
  ],
  [
    "Well over $1 billion has been raised.",
    [{ text: "$1 billion", qualifier: "lower_bound", qualifierText: "Well over" }],
  ],
  ["The cheque was for over $5,000.", [{ text: "$5,000", qualifier: "lower_bound" }]],
  ["Some 5,000-plus fans attended.", [{ text: "5,000", qualifier: "approximate" }]],
];
