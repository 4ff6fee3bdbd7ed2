import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found by the session-6 testers (corporate news; South and Southeast Asia;
 * UK, Irish and Australasian local news; sports and culture; science, health and labour), in wording of
 * my own.
 */

export const FIX6_RATIOS: Case[] = [
  // "one in five" is the share 1/5 of what it counts in, like "a fifth of".
  [
    "Roughly one in six renters in Leeds missed a payment.",
    [
      {
        kind: "NUMBER",
        text: "one in six",
        value: 1 / 6,
        qualifier: "approximate",
        subject: { text: "renters in Leeds" },
      },
    ],
  ],
  [
    "About 3 in 10 clinics lack staff.",
    [{ kind: "NUMBER", text: "3 in 10", value: 0.3, subject: { text: "clinics" } }],
  ],
  [
    "Two out of every five graduates left the region in 2023.",
    [{ text: "Two out of every five", value: 0.4, subject: { text: "graduates" } }],
  ],
  // What it counts in may come elsewhere; a year after "in" makes no ratio.
  [
    "The odds are 1 in 50,000 for each ticket.",
    [{ text: "1 in 50,000", value: 0.00002, subject: { text: "The odds" } }],
  ],
  [
    "She placed 4 in 2019 and 2 in 2021.",
    [
      { kind: "NUMBER", value: 4 },
      { kind: "NUMBER", value: 2 },
    ],
  ],
];

export const FIX6_UNITS: Case[] = [
  // Two or more lower-case modifiers, or one participle, before a plural unit noun.
  ["The study logged 23 mild adverse reactions.", [{ kind: "QUANTITY", value: 23, unit: "reactions" }]],
  ["The carrier will lease 9 refurbished freighters.", [{ kind: "QUANTITY", unit: "freighters" }]],
  ["The plant will add 1,800 skilled and unskilled jobs.", [{ kind: "QUANTITY", unit: "jobs" }]],
  ["Nurses saw 260 newly admitted flu patients.", [{ kind: "QUANTITY", unit: "patients" }]],
  // A participle joined by "and" to what follows is a verb, not a modifier.
  ["At least 12 drowned and hundreds fled.", [{ kind: "NUMBER", value: 12 }]],
];

export const FIX6_SPEAKERS: Case[] = [
  // "according to" a described source: the name after its description.
  [
    "Coffee exports fell 8% in 2025, according to trade group Cafexport.",
    [{ speaker: { name: "Cafexport", mode: "reported" } }],
  ],
  [
    "Arrivals rose 14%, according to a survey by the Tourism Council.",
    [{ speaker: { name: "Tourism Council", mode: "reported" } }],
  ],
  [
    "Imports rose 2%, according to data from the Bureau of Statistics.",
    [{ speaker: { name: "Bureau of Statistics" } }],
  ],
  // No name after the description: no speaker.
  ["Sales rose 4%, according to people familiar with the plan.", [{ speaker: undefined }]],
  ["Margins rose 1.5%, according to its quarterly filing.", [{ speaker: undefined }]],
  // Who saw a document, a day, a party tag are no sources; a legal form's point, "estimated that" are read.
  ["The group owes $2 billion, according to documents seen by Bloomberg.", [{ speaker: undefined }]],
  ["The fund lost $9 million, according to a lawsuit filed Tuesday.", [{ speaker: undefined }]],
  ["Sen. Ada Crane, R-Utah, said the bill would cost $4 billion.", [{ speaker: { name: "Ada Crane" } }]],
  ["Granite Mills Inc. said sales rose 4%.", [{ speaker: { name: "Granite Mills Inc" } }]],
  [
    "Lena Moss, an economist at Halden, estimated that growth would slow to 1.2%.",
    [{ speaker: { name: "Lena Moss" } }],
  ],
  // "asked" attributes a quote, and reports nothing on its own.
  ['"Who can pay $2,000 a month?" Tom Reyes asked.', [{ speaker: { name: "Tom Reyes", mode: "quoted" } }]],
  ["Velcor asked for $8 million in aid.", [{ speaker: undefined }]],
];

export const FIX6_ATTRIBUTIONS: Case[] = [
  // A quote that follows its speaker's attribution of the quote before, in one paragraph, is theirs.
  [
    '"Demand is back," Lina Okafor said. "We expect to ship 40,000 units in 2027."',
    [{ text: "40,000 units", speaker: { name: "Lina Okafor", mode: "quoted" } }],
  ],
  [
    '"Demand is back," said sales chief Lina Okafor. "We will hire 300 people."',
    [{ text: "300 people", speaker: { name: "Lina Okafor", mode: "quoted" } }],
  ],
  // (Session 78: a paragraph that is one unattributed quote after it is theirs too; not one in a paragraph
  // of other words.)
  [
    '"Demand is back," Okafor said.\n\n"We will hire 300 people."',
    [{ speaker: { name: "Okafor", mode: "quoted" } }],
  ],
  ['"Demand is back," Okafor said.\n\nThe firm "will hire 300 people."', [{ speaker: undefined }]],
  // A quote opened inside a sentence whose speech verb came before it is that speaker's, not the next one's.
  [
    'Dina Petrov said rents "will rise 9% again." Omar Sayed said they would not.',
    [{ text: "9%", speaker: { name: "Dina Petrov", mode: "quoted" } }],
  ],
  // A tail that only says where or how keeps the speaker for the whole sentence.
  [
    "Rail spending will rise 6%, Minister Ruth Abena said in a speech to parliament.",
    [{ speaker: { name: "Ruth Abena", mode: "reported" } }],
  ],
  [
    "Attendance rose 11%, Omar Haddad said at a news conference in Amman.",
    [{ speaker: { name: "Omar Haddad" } }],
  ],
  ["Revenue rose 3%, Velmar said in its annual report.", [{ speaker: { name: "Velmar" } }]],
  // A tail that is a reported clause of its own speaks for itself only.
  [
    "Sales rose 5%, and Velmar said on Monday its costs fell 2%.",
    [{ speaker: undefined }, { speaker: { name: "Velmar" } }],
  ],
];

export const FIX6_MONEY: Case[] = [
  // "P" glued to digits that only money has is the Philippine peso, like "N" the naira.
  [
    "The agency set aside P4.8 billion for school repairs.",
    [{ kind: "MONEY", value: 4.8e9, currency: "PHP" }],
  ],
  ["Tuition rose to P12,500 a term.", [{ currency: "PHP", value: 12500 }]],
  ["The P40 tablet sold out.", []],
  ["Kingston will borrow J$15 billion.", [{ currency: "JMD", value: 1.5e10 }]],
  // The singular "pound" before a noun, after a scaled amount or thousands, is sterling.
  [
    "Chelsea agreed a 45 million pound deal.",
    [{ kind: "MONEY", value: 4.5e7, currency: "GBP", subject: { text: "deal" } }],
  ],
  ["It was a 300 pound marlin.", [{ kind: "NUMBER", value: 300 }]],
];

export const FIX6_MULTIPLES: Case[] = [
  // A decimal before "times", "times" before what is multiplied, a one-word multiple: the span holds it.
  ["The bond was covered 2.7 times.", [{ kind: "NUMBER", text: "2.7 times", value: 2.7 }]],
  ["The shares trade at 14 times forward earnings.", [{ text: "14 times", value: 14 }]],
  ["Rents are four times the national average.", [{ text: "four times", value: 4 }]],
  [
    "Imports of the drug rose fivefold in 2024.",
    [{ text: "fivefold", value: 5, change: { direction: "increase" } }],
  ],
  ["The loan was oversubscribed 6 times.", [{ text: "6 times" }]],
  // A count of events or a frequency is no figure.
  ["The centre was flooded three times a year.", []],
];

export const FIX6_PERIODS: Case[] = [
  // "until", "till", "through" close an open period, like "by"; so does "by the end of".
  ["The levy will raise €2 billion until 2029.", [{ period: { text: "until 2029", to: "2029" } }]],
  [
    "The plant will add 400 jobs by the end of 2028.",
    [{ period: { text: "by the end of 2028", to: "2028-12" } }],
  ],
  // A year in an event's or a plan's name is no period.
  ["Paris, host of the 2024 Games, spent €9 billion.", [{ text: "€9 billion", period: undefined }]],
  ["Saudi Arabia's Vision 2030 plan targets $100 billion in investment.", [{ period: undefined }]],
  ["Turnout was 61% in the 2022 election.", [{ period: { from: "2022", to: "2022" } }]],
  // "since the start of the year" opens at the article's January; "between 2015 and 2021" spans both.
  [
    "The rand has lost 7% since the start of the year.",
    [{ period: { from: "2026-01" } }],
    { publishedAt: "2026-11-20" },
  ],
  ["He took $3 million between 2016 and 2020.", [{ period: { from: "2016", to: "2020" } }]],
  // A futures contract's month is no period.
  ["March arabica settled down 4.1 cents at $3.02 per lb.", [{ period: undefined }, { period: undefined }]],
  [
    "Silver futures for July delivery rose 1.2%.",
    [{ period: undefined, subject: { text: "Silver futures for July delivery" } }],
  ],
  // An Indian wire dateline ends in a colon: its date is when the story was filed.
  ["PUNE, Oct 9: The civic body approved Rs 80 crore for roads.", [{ period: undefined }]],
  ["Chennai, Nov 3 (PTI): The state released Rs 500 crore for relief.", [{ period: undefined }]],
  // A subordinate clause with a verb of its own holds its own period.
  ["Shares of Brill fell 6% after the retailer reported weak second-quarter sales.", [{ period: undefined }]],
  [
    "Ghana swapped $13 billion of bonds, ending a crisis that began when it defaulted in December 2022.",
    [{ period: undefined }],
  ],
  ["Shares rose 4% after a strong showing in March.", [{ period: { text: "March" } }]],
  // A record's reach across a hyphenated duration is no period.
  ["Shares jumped 14%, their biggest one-week gain since 2011.", [{ period: undefined }]],
];

export const FIX6_SUBJECTS: Case[] = [
  // An apposition between the subject and its verb: the subject is before it.
  ["Copper sales, the miner's biggest earner, fell 9% in 2025.", [{ subject: { text: "Copper sales" } }]],
  ["Orders in Asia, excluding China, rose 3%.", [{ subject: { text: "Orders in Asia" } }]],
  [
    "The fund's cash buffer - a cushion against redemptions - stood at 4.1%.",
    [{ subject: { text: "The fund's cash buffer" } }],
  ],
  ["Margins, however, narrowed 2%.", [{ subject: { text: "Margins" } }]],
  // An acronym in parentheses stays in the subject.
  [
    "Wheat futures on the Chicago Board of Trade (CBOT) fell 2%.",
    [{ subject: { text: "Wheat futures on the Chicago Board of Trade (CBOT)" } }],
  ],
  // A list of nouns before its head is one subject; a sentence adverb before a comma is none of it.
  [
    "Rice, sugar and cooking oil prices rose 7% in May.",
    [{ subject: { text: "Rice, sugar and cooking oil prices" } }],
  ],
  ["Elsewhere, rent and power bills rose 3%.", [{ subject: { text: "rent and power bills" } }]],
];

export const FIX6_OBJECTS: Case[] = [
  // The object of a transitive verb before the figure's own verb or participle is its subject.
  ["The flood caused losses estimated at $300 million.", [{ subject: { text: "losses" } }]],
  ["Norway will send medical supplies worth 50 million crowns.", [{ subject: { text: "medical supplies" } }]],
  [
    "Brokers expect the market for heat pumps to reach $9 billion by 2030.",
    [{ subject: { text: "the market for heat pumps" } }],
  ],
  ["Reported cases rose 8% in June.", [{ subject: { text: "Reported cases" } }]],
];

export const FIX6_QUALIFIERS: Case[] = [
  // "near" is approximate, "capped at" an upper bound; "and more than" bounds the figure after it;
  // "rose as high as" reaches a level, it is no change.
  ["Inflation is running near 4%.", [{ qualifier: "approximate" }]],
  ["Fees are capped at 5%.", [{ qualifier: "upper_bound" }]],
  [
    "The city runs 40 clinics and more than 300 buses.",
    [{ qualifier: "exact" }, { qualifier: "lower_bound" }],
  ],
  ["Yields rose as high as 7.5%.", [{ change: undefined, qualifier: "upper_bound" }]],
];

export const FIX6_LEVELS: Case[] = [
  // A level held, capped or reached a few words after its change; the level it came from; a restatement.
  ["The base rate was unchanged at 4.5%.", [{ subject: { text: "The base rate" } }]],
  [
    "The copper index closed 0.9% lower at $9,410.",
    [{ subject: { text: "The copper index" } }, { text: "$9,410", subject: { text: "The copper index" } }],
  ],
  [
    "The vacancy rate rose to 7.2% from 6.5%.",
    [{ subject: { text: "The vacancy rate" } }, { text: "6.5%", subject: { text: "The vacancy rate" } }],
  ],
  [
    "Net profit rose 8% to $310 million, or 91 cents a share.",
    [{}, {}, { text: "91 cents", subject: { text: "Net profit" } }],
  ],
  // Verbs of receiving, owning, paying, staying and forecasting govern a level too.
  ["Transport receives Rs 300 crore in the budget.", [{ subject: { text: "Transport" } }]],
  ["Bus fares stay at $1.75.", [{ subject: { text: "Bus fares" } }]],
  ["The shortfall is forecast at $40 million.", [{ subject: { text: "The shortfall" } }]],
  ["Rents have gone up by 9%.", [{ subject: { text: "Rents" } }]],
  // The level it came from, after a comma and a rate.
  [
    "Residents will pay N2 million a year, up from N800,000.",
    [{ subject: { text: "Residents" } }, { text: "N800,000", subject: { text: "Residents" } }],
  ],
  // After a verb that changes its own subject, a count measures the subject; after "cut", its unit.
  ["Retail employment fell 12,000 jobs in May.", [{ subject: { text: "Retail employment" } }]],
  ["The Russell 2000 rose 21 points.", [{ subject: { text: "The Russell 2000" }, period: undefined }]],
  ["The carmaker cut 2,000 jobs.", [{ subject: { text: "jobs" } }]],
];

export const FIX6_LISTS: Case[] = [
  // A list item is a sentence: nothing runs into the next item; a bullet sets off no apposition.
  [
    "The package includes:\n- $3 billion for schools\n- $1 billion to expand clinics",
    [{ subject: { text: "schools" } }, { text: "$1 billion", subject: { text: "to expand clinics" } }],
  ],
  // A label before a colon is the subject; a year in it is no time of day.
  [
    "Highlights:\n- Core inflation: 3.1%\n- Growth forecast for 2027: 1.2%",
    [{ subject: { text: "Core inflation" } }, { text: "1.2%", subject: { text: "Growth forecast" } }],
  ],
  [
    "We set up the Clean Air Fund: $20 million to plant trees.",
    [{ text: "$20 million", subject: { text: "the Clean Air Fund" } }],
  ],
];

export const FIX6_FROM_TO: Case[] = [
  // "from X to Y" after a change verb and its object: two levels, not a range.
  ["The city will raise the daily parking fee from $12 to $15.", [{ text: "$12" }, { text: "$15" }]],
  ["Tickets cost from $30 to $90.", [{ text: "$30 to $90", value: 30, high: 90 }]],
  // "by X to Y" after a change verb and a longer object: a change and the level reached.
  [
    "Analysts raised their estimate for Brazil's 2026 soy crop by 3 million tons to 171 million tons.",
    [{ text: "3 million tons" }, { text: "171 million tons" }],
  ],
];

export const FIX6_NONE: Case[] = [
  // A vote's tally is no figure, like a score.
  ["The council voted 11 to 4 to approve the plan.", []],
  ["The motion was carried by 212 votes to 190.", []],
  // Labels: a capital "B" or "x" and digits glued to a number with no money.
  ["The Phase 3B works and the 24x7 desk opened.", []],
  ["Revenue reached $2B.", [{ value: 2e9, currency: "USD" }]],
];
