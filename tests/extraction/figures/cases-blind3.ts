import type { Case } from "./case-types.ts";

/**
 * THIRD BLIND set. The first two blind sets (cases-blind.ts, cases-blind2.ts) were tuned on after they were
 * measured, so they no longer measure honestly. These cases were written in one sitting, from registers
 * and phrasings the first two sets did not cover (corporate guidance ranges, month-on-month inflation,
 * sovereign debt and bond yields, shipping in TEU and tonnes, sports contracts and attendance, disaster
 * damage estimates, tech user counts, fines and settlements, aid pledges, pay rises, population and
 * census, approximations ("nearly", "upwards of", "just under", "in the region of"), fractions and mixed
 * forms ("6½%", "a third", "half a million", thin-space digit groups, "1.5x"), UK/Australian/Canadian/
 * Singapore/South African/Mexican/Turkish/Philippine outlets and their currencies, currency codes and
 * names after the amount ("EUR 3bn", "2 billion USD", "1.1 billion kronor"), headlines in capitals, and
 * non-figures: dates, times, ages, scores, phone numbers, addresses, versions, model names, legislation
 * and resolution numbers, labels), against the conventions of docs/extraction-figures.md, BEFORE any of
 * them was run and before any file under functions/extraction/figures/ was read.
 *
 * Same semantics as cases-blind.ts: through the whole extract() (entities included), every named field
 * judged (a field expected as undefined must be absent). Where the docs are silent on a field it is left
 * out of the expectation. `npx tsx tests/extraction/figures/blind-check.ts -v 3` prints the rate now and
 * the misses, with the bench criterion beside each topic.
 *
 * BEFORE any fix (commit f671f6c, the cases as first written; full criterion, via extract(), entities
 * included): 200 of 217 (92.2%). Per topic: guidance 11/12, inflation 8/10, bonds 11/11, shipping 9/11,
 * sports 12/12, disasters 8/8, tech 8/9, fines 10/10, aid 8/8, pay 5/8, population 8/8, approximations
 * 12/13, fractions 8/12, uk au ca 11/11, regions 20/21, codes 10/10, headlines 11/11, none 30/32.
 * Bench criterion (kind, value, currency; bench/figure-accuracy.ts): 207 of 217 (95.4%; value+currency
 * 96.3%). Per topic: guidance 11/12, shipping 10/11, tech 8/9, approximations 12/13, fractions 8/12,
 * none 30/32, every other topic full. Peers on the same row: compromise 46.1% (61.8%), Recognizers-Text
 * 55.3% (68.2%).
 *
 * Two cases contradicted the conventions and were corrected after that first run (marked beside them):
 * "Nearly half of Americans" expected a NUMBER 0.5, but a bare "half" is no figure (cases-percent.ts: "Half
 * the budget, or 50%"; now said in docs/extraction-figures.md); "A third of" expected 0.333, but fractions
 * keep full precision (1/3). With those two corrected the BEFORE score is 202 of 217 (93.1%; bench 209 of
 * 217, 96.3%): approximations 13/13, fractions 9/12.
 *
 * AFTER the general fixes: 217 of 217 (100%; bench criterion 100%, every topic full); BLIND3_MISSES in
 * backlog.ts is empty. That figure is no longer blind: the fixes were made looking at these misses (each
 * with cases of its own wording in cases-fixes.ts, FIX3_*): "May" as a month after a period preposition or
 * before a day; a glued dash range after "up from"; a dash compound as the modifier before a plural unit
 * ("12 methanol-powered vessels") and "weekly"/"quarterly"/"paying" as modifiers; "two and a half million",
 * "a half million"; vulgar fractions after digits ("6½%", "2¼"); a rate's unit before a comparative ("12
 * cents a gallon higher"); one noun before a change noun ("a 5.5% pay rise") and "raise" as a noun; a phone
 * number opened by a zero takes its digit groups ("0800 555 0199"); day ranges ("from 2 to 4 June").
 */
const USD = "USD";
const PUB = { publishedAt: "2024-08-15" };
const PUB_OCT = { publishedAt: "2024-10-16" };
const PUB_JUL = { publishedAt: "2024-07-26" };
const THIN = "\u2009";
const NBSP = "\u00a0";

export const BLIND3_GUIDANCE: Case[] = [
  [
    "The company expects full-year revenue of between $1.2 billion and $1.4 billion.",
    [{ kind: "MONEY", value: 1.2e9, high: 1.4e9, currency: USD }],
  ],
  ["Nike forecast revenue growth in the low single digits.", []],
  [
    "For fiscal 2025, Adobe targets earnings of $18.20 to $18.60 per share.",
    [{ kind: "MONEY", value: 18.2, high: 18.6, currency: USD, period: { text: "fiscal 2025" } }],
  ],
  [
    "The retailer cut its annual sales forecast to a range of 2% to 3% growth.",
    [{ kind: "PERCENT", value: 2, high: 3 }],
  ],
  [
    "Management now sees adjusted EBITDA of €4.5bn-€4.7bn, up from €4.2bn-€4.4bn previously.",
    [
      { kind: "MONEY", value: 4.5e9, high: 4.7e9, currency: "EUR" },
      { kind: "MONEY", value: 4.2e9, high: 4.4e9, currency: "EUR" },
    ],
  ],
  [
    "Shell expects capital spending of $22 billion to $25 billion a year through 2025.",
    [{ kind: "MONEY", value: 2.2e10, high: 2.5e10, currency: USD }],
  ],
  [
    "The chipmaker guided third-quarter revenue to about $32.5 billion, plus or minus 2%.",
    [
      { kind: "MONEY", text: "$32.5 billion", value: 3.25e10, qualifier: "approximate" },
      { kind: "PERCENT", value: 2 },
    ],
  ],
  [
    "Unilever expects underlying sales growth of 3-5% over the medium term.",
    [{ kind: "PERCENT", value: 3, high: 5 }],
  ],
  [
    "The airline forecast a full-year operating profit of at least 1.5 billion euros.",
    [{ kind: "MONEY", text: "1.5 billion euros", value: 1.5e9, currency: "EUR", qualifier: "lower_bound" }],
  ],
  [
    "Guidance for gross margin was raised to 46.5%, from 45% previously.",
    [
      { kind: "PERCENT", text: "46.5%", value: 46.5 },
      { kind: "PERCENT", text: "45%", value: 45 },
    ],
  ],
  [
    "The miner expects to produce 1.1 million to 1.2 million ounces of gold this year.",
    [{ kind: "QUANTITY", value: 1.1e6, high: 1.2e6 }],
  ],
  [
    "Analysts polled by LSEG had expected earnings of 98 cents a share.",
    [{ kind: "MONEY", text: "98 cents", value: 0.98, currency: USD }],
  ],
];

export const BLIND3_INFLATION: Case[] = [
  [
    "Consumer prices rose 0.4% month on month in September.",
    [
      {
        kind: "PERCENT",
        value: 0.4,
        change: { direction: "increase", measure: "relative", base: "month on month" },
        period: { text: "September", from: "2024-09" },
      },
    ],
    PUB_OCT,
  ],
  [
    "Annual CPI inflation slowed to 2.2% in August from 2.5% in July, the Office for National Statistics said.",
    [
      {
        kind: "PERCENT",
        value: 2.2,
        period: { text: "August" },
        speaker: { name: "Office for National Statistics", mode: "reported" },
      },
      { kind: "PERCENT", value: 2.5, period: { text: "July" } },
    ],
  ],
  [
    "Core PCE prices increased 0.2 percent in June after gaining 0.1 percent in May.",
    [
      { value: 0.2, change: { direction: "increase" }, period: { text: "June", from: "2024-06" } },
      { value: 0.1, change: { direction: "increase" }, period: { text: "May", from: "2024-05" } },
    ],
    PUB_JUL,
  ],
  ["Eurozone inflation held at 2.4% in March.", [{ kind: "PERCENT", value: 2.4, change: undefined }]],
  ["Food inflation in Turkey eased to 68.5% year-on-year.", [{ kind: "PERCENT", value: 68.5 }]],
  [
    "Prices at the pump were 12 cents a gallon higher than a month earlier.",
    [{ kind: "MONEY", value: 0.12, currency: USD, change: { direction: "increase" } }],
  ],
  [
    "Japan's core CPI rose 2.8% from a year earlier, the fastest pace in four months.",
    [{ kind: "PERCENT", value: 2.8, change: { direction: "increase", base: "a year earlier" } }],
  ],
  [
    "Argentina's monthly inflation slowed to 4.2%, the lowest since 2022.",
    [{ kind: "PERCENT", text: "4.2%", value: 4.2 }],
  ],
  [
    "Producer prices fell by 0.3 per cent on the month.",
    [{ kind: "PERCENT", value: 0.3, change: { direction: "decrease", base: "on the month" } }],
  ],
  [
    "The Bank of England expects inflation to rise to around 2.75% later this year.",
    [{ kind: "PERCENT", value: 2.75, qualifier: "approximate" }],
  ],
];

export const BLIND3_BONDS: Case[] = [
  [
    "The yield on the 10-year gilt rose 9 basis points to 4.21%.",
    [
      { kind: "PERCENT", value: 0.09, change: { direction: "increase", measure: "percentage_points" } },
      { kind: "PERCENT", value: 4.21 },
    ],
  ],
  [
    "Italy sold €10 billion of 30-year bonds at a yield of 4.65%.",
    [
      { kind: "MONEY", text: "€10 billion", value: 1e10, currency: "EUR" },
      { kind: "PERCENT", value: 4.65 },
    ],
  ],
  [
    "The spread between Italian and German 10-year yields narrowed to 131 basis points.",
    [{ kind: "PERCENT", value: 1.31 }],
  ],
  [
    "Government debt reached 98.7% of gross domestic product at the end of 2023.",
    [{ kind: "PERCENT", value: 98.7 }],
  ],
  [
    "Argentina restructured $65 billion of foreign bonds in 2020.",
    [{ kind: "MONEY", text: "$65 billion", value: 6.5e10, period: { text: "2020" } }],
  ],
  [
    "The Treasury will auction $58 billion in three-year notes on Tuesday.",
    [{ kind: "MONEY", text: "$58 billion", value: 5.8e10, currency: USD }],
  ],
  [
    "Sri Lanka's bondholders agreed to a 27% haircut on the face value.",
    [{ kind: "PERCENT", text: "27%", value: 27 }],
  ],
  [
    "Japan's debt-to-GDP ratio stands at roughly 255%.",
    [{ kind: "PERCENT", value: 255, qualifier: "approximate" }],
  ],
  [
    "The 2-year Treasury yield slid 15 basis points to 4.72%, its lowest since May.",
    [
      { kind: "PERCENT", value: 0.15, change: { direction: "decrease", measure: "percentage_points" } },
      { kind: "PERCENT", value: 4.72 },
    ],
  ],
  ["Moody's cut Egypt's rating one notch to Caa1.", []],
  [
    "Ghana owes bilateral creditors about $5.4 billion.",
    [{ kind: "MONEY", text: "$5.4 billion", value: 5.4e9, qualifier: "approximate" }],
  ],
];

export const BLIND3_SHIPPING: Case[] = [
  [
    "The port handled 37.2 million TEUs last year.",
    [{ kind: "QUANTITY", value: 3.72e7, period: { text: "last year", from: "2023" } }],
    PUB,
  ],
  [
    "Container throughput at Rotterdam fell 4.6% to 13.4 million TEU.",
    [
      { kind: "PERCENT", value: 4.6, change: { direction: "decrease" } },
      { kind: "QUANTITY", value: 1.34e7 },
    ],
  ],
  [
    "The Ever Given can carry more than 20,000 containers.",
    [{ kind: "QUANTITY", text: "20,000 containers", value: 20000, qualifier: "lower_bound" }],
  ],
  [
    "Freight rates on the Shanghai-Rotterdam route jumped 23% to $4,406 per container.",
    [
      { kind: "PERCENT", value: 23, change: { direction: "increase" } },
      { kind: "MONEY", text: "$4,406", value: 4406, currency: USD },
    ],
  ],
  [
    "Iron ore shipments from Port Hedland totalled 46.3 million tonnes in May.",
    [{ kind: "QUANTITY", text: "46.3 million tonnes", value: 4.63e7, period: { text: "May" } }],
  ],
  [
    "Suez Canal revenue dropped to $337.8 million in January from $804 million a year earlier.",
    [
      { kind: "MONEY", text: "$337.8 million", value: 3.378e8, period: { text: "January" } },
      { kind: "MONEY", text: "$804 million", value: 8.04e8 },
    ],
  ],
  [
    "Some 2,000 ships have been diverted around the Cape of Good Hope.",
    [{ kind: "QUANTITY", text: "2,000 ships", value: 2000, qualifier: "approximate" }],
  ],
  [
    "The carrier ordered 12 methanol-powered vessels worth $2.3 billion.",
    [
      { kind: "QUANTITY", value: 12 },
      { kind: "MONEY", text: "$2.3 billion", value: 2.3e9 },
    ],
  ],
  [
    "The Baltic Dry Index fell 3.2% to 1,732 points.",
    [{ kind: "PERCENT", value: 3.2, change: { direction: "decrease" } }, { value: 1732 }],
  ],
  [
    "Air cargo volumes rose 11.4% year on year in October, IATA said.",
    [{ kind: "PERCENT", value: 11.4, change: { direction: "increase" }, speaker: { name: "IATA" } }],
  ],
  [
    "The tanker was carrying 1 million barrels of crude.",
    [{ kind: "QUANTITY", text: "1 million barrels", value: 1e6 }],
  ],
];

export const BLIND3_SPORTS: Case[] = [
  [
    "Shohei Ohtani signed a 10-year, $700 million contract with the Dodgers.",
    [{ kind: "MONEY", text: "$700 million", value: 7e8, currency: USD }],
  ],
  [
    "The quarterback's four-year extension is worth $212 million, with $150 million guaranteed.",
    [
      { kind: "MONEY", text: "$212 million", value: 2.12e8 },
      { kind: "MONEY", text: "$150 million", value: 1.5e8 },
    ],
  ],
  ["A crowd of 74,310 watched the final at Wembley.", [{ value: 74310 }]],
  [
    "The club averaged 41,200 fans per home game this season.",
    [{ kind: "QUANTITY", text: "41,200 fans", value: 41200 }],
  ],
  ["Arsenal beat Chelsea 5-0 at the Emirates.", []],
  [
    "Tickets for the final cost up to £1,500.",
    [{ kind: "MONEY", text: "£1,500", value: 1500, currency: "GBP", qualifier: "upper_bound" }],
  ],
  [
    "The NBA's new media rights deal is worth $76 billion over 11 years.",
    [{ kind: "MONEY", text: "$76 billion", value: 7.6e10 }],
  ],
  [
    "He hit 54 home runs and drove in 130 runs.",
    [
      { kind: "QUANTITY", value: 54 },
      { kind: "QUANTITY", text: "130 runs", value: 130 },
    ],
  ],
  [
    "The Super Bowl drew 123.7 million viewers, a record.",
    [{ kind: "QUANTITY", text: "123.7 million viewers", value: 1.237e8 }],
  ],
  [
    "Kane has scored 66 goals in 91 appearances for England.",
    [
      { kind: "QUANTITY", text: "66 goals", value: 66 },
      { kind: "QUANTITY", text: "91 appearances", value: 91 },
    ],
  ],
  ["The Lakers won 112-104 in overtime.", []],
  [
    "Mbappé will earn €15 million a year after tax.",
    [{ kind: "MONEY", text: "€15 million", value: 1.5e7, currency: "EUR" }],
  ],
];

export const BLIND3_DISASTERS: Case[] = [
  [
    "Hurricane Helene caused an estimated $53 billion in damage.",
    [{ kind: "MONEY", text: "$53 billion", value: 5.3e10, qualifier: "approximate" }],
  ],
  [
    "Insured losses from natural catastrophes topped $100 billion for the fourth consecutive year.",
    [{ kind: "MONEY", text: "$100 billion", value: 1e11, qualifier: "lower_bound" }],
  ],
  [
    "The floods in Pakistan caused damage exceeding $30 billion, the government said.",
    [{ kind: "MONEY", text: "$30 billion", value: 3e10, qualifier: "lower_bound", speaker: undefined }],
  ],
  ["Swiss Re puts economic losses at $280 billion.", [{ kind: "MONEY", value: 2.8e11, currency: USD }]],
  [
    "The wildfire has scorched more than 14,000 acres and is 15% contained.",
    [
      { kind: "QUANTITY", text: "14,000 acres", value: 14000, qualifier: "lower_bound" },
      { kind: "PERCENT", text: "15%", value: 15 },
    ],
  ],
  [
    "The typhoon forced the evacuation of nearly 600,000 residents.",
    [{ kind: "QUANTITY", text: "600,000 residents", value: 600000, qualifier: "approximate" }],
  ],
  [
    "The earthquake struck at a depth of 10 kilometres.",
    [{ kind: "QUANTITY", text: "10 kilometres", value: 10 }],
  ],
  [
    "Rainfall of up to 300 mm is expected in 24 hours.",
    [{ kind: "QUANTITY", value: 300, qualifier: "upper_bound" }],
  ],
];

export const BLIND3_TECH: Case[] = [
  [
    "WhatsApp has more than 2 billion monthly active users.",
    [{ kind: "QUANTITY", value: 2e9, qualifier: "lower_bound" }],
  ],
  ["Threads passed 175 million monthly users.", [{ kind: "QUANTITY", value: 1.75e8 }]],
  [
    "Netflix added 8.8 million subscribers in the fourth quarter.",
    [{ kind: "QUANTITY", text: "8.8 million subscribers", value: 8.8e6, period: { text: "fourth quarter" } }],
  ],
  [
    "ChatGPT now has 300 million weekly users, OpenAI said.",
    [{ kind: "QUANTITY", value: 3e8, speaker: { name: "OpenAI", mode: "reported" } }],
  ],
  ["Apple has sold more than 2.3 billion iPhones.", [{ value: 2.3e9, qualifier: "lower_bound" }]],
  [
    "Microsoft will cut 10,000 jobs, or about 5% of its workforce.",
    [
      { kind: "QUANTITY", text: "10,000 jobs", value: 10000 },
      { kind: "PERCENT", value: 5, qualifier: "approximate" },
    ],
  ],
  ["TikTok says it has 170 million American users.", [{ kind: "QUANTITY", value: 1.7e8 }]],
  [
    "Spotify's paying subscribers grew 14% to 239 million.",
    [{ kind: "PERCENT", value: 14, change: { direction: "increase" } }, { value: 2.39e8 }],
  ],
  [
    "Global smartphone shipments fell 3.2% to 1.17 billion units in 2023, according to IDC.",
    [
      {
        kind: "PERCENT",
        value: 3.2,
        change: { direction: "decrease" },
        speaker: { name: "IDC", mode: "reported" },
      },
      { kind: "QUANTITY", text: "1.17 billion units", value: 1.17e9, period: { text: "2023" } },
    ],
  ],
];

export const BLIND3_FINES: Case[] = [
  [
    "The European Commission fined Google €2.42 billion for abusing its dominance.",
    [{ kind: "MONEY", text: "€2.42 billion", value: 2.42e9, currency: "EUR" }],
  ],
  [
    "Meta agreed to pay $725 million to settle a privacy class action.",
    [{ kind: "MONEY", text: "$725 million", value: 7.25e8, currency: USD }],
  ],
  [
    "The bank was ordered to pay a penalty of £87.4m by the FCA.",
    [{ kind: "MONEY", text: "£87.4m", value: 8.74e7, currency: "GBP" }],
  ],
  [
    "Boeing will pay a fine of up to $487.2 million.",
    [{ kind: "MONEY", text: "$487.2 million", value: 4.872e8, qualifier: "upper_bound" }],
  ],
  [
    "The regulator imposed a fine of A$50 million on Qantas.",
    [{ kind: "MONEY", text: "A$50 million", value: 5e7, currency: "AUD" }],
  ],
  [
    "Binance pleaded guilty and agreed to pay $4.3 billion.",
    [{ kind: "MONEY", text: "$4.3 billion", value: 4.3e9 }],
  ],
  [
    "The watchdog fined the lender Rs 5.39 crore for lapses.",
    [{ kind: "MONEY", text: "Rs 5.39 crore", value: 5.39e7, currency: "INR" }],
  ],
  [
    "A jury awarded the plaintiff $2.1 billion in damages.",
    [{ kind: "MONEY", text: "$2.1 billion", value: 2.1e9 }],
  ],
  [
    "Purdue Pharma's settlement is worth roughly $7.4 billion.",
    [{ kind: "MONEY", value: 7.4e9, qualifier: "approximate" }],
  ],
  [
    "The carmaker set aside 6.7 billion euros to cover the costs.",
    [{ kind: "MONEY", text: "6.7 billion euros", value: 6.7e9, currency: "EUR" }],
  ],
];

export const BLIND3_AID: Case[] = [
  [
    "Donors pledged $7 billion for Syria and its neighbours at the Brussels conference.",
    [{ kind: "MONEY", text: "$7 billion", value: 7e9 }],
  ],
  [
    "The United States announced an additional $250 million in humanitarian aid for Ukraine.",
    [{ kind: "MONEY", value: 2.5e8, change: { direction: "increase", measure: "absolute" } }],
  ],
  [
    "The UN appealed for $2.8 billion to help 3.1 million people in Gaza and the West Bank.",
    [
      { kind: "MONEY", text: "$2.8 billion", value: 2.8e9 },
      { kind: "QUANTITY", text: "3.1 million people", value: 3.1e6 },
    ],
  ],
  [
    "Japan will provide ¥100 billion in grants over three years.",
    [{ kind: "MONEY", text: "¥100 billion", value: 1e11, currency: "JPY" }],
  ],
  [
    "The World Food Programme needs $1.2 billion to feed 8 million people.",
    [
      { kind: "MONEY", value: 1.2e9 },
      { kind: "QUANTITY", text: "8 million people", value: 8e6 },
    ],
  ],
  [
    "Germany pledged 500 million euros in climate finance.",
    [{ kind: "MONEY", text: "500 million euros", value: 5e8, currency: "EUR" }],
  ],
  [
    "The appeal has raised £4.6m so far, the Disasters Emergency Committee said.",
    [
      {
        kind: "MONEY",
        text: "£4.6m",
        value: 4.6e6,
        currency: "GBP",
        speaker: { name: "Disasters Emergency Committee", mode: "reported" },
      },
    ],
  ],
  [
    "Gulf states committed a combined $10bn to the reconstruction fund.",
    [{ kind: "MONEY", text: "$10bn", value: 1e10 }],
  ],
];

export const BLIND3_PAY: Case[] = [
  [
    "Nurses in England were offered a 5.5% pay rise.",
    [{ kind: "PERCENT", value: 5.5, change: { direction: "increase", measure: "relative" } }],
  ],
  [
    "The minimum wage will rise to £11.44 an hour from April.",
    [{ kind: "MONEY", text: "£11.44", value: 11.44, currency: "GBP" }],
  ],
  [
    "Union members voted for a 25% raise over four years.",
    [{ kind: "PERCENT", value: 25, change: { direction: "increase" } }],
  ],
  [
    "The chief executive's total pay rose 11% to $31.4 million.",
    [
      { kind: "PERCENT", value: 11, change: { direction: "increase" } },
      { kind: "MONEY", text: "$31.4 million", value: 3.14e7 },
    ],
  ],
  [
    "Average weekly earnings grew 5.7% in the three months to June.",
    [
      {
        kind: "PERCENT",
        value: 5.7,
        change: { direction: "increase" },
        period: { text: "three months to June" },
      },
    ],
  ],
  [
    "Teachers will receive a one-off payment of R5,000.",
    [{ kind: "MONEY", text: "R5,000", value: 5000, currency: "ZAR" }],
  ],
  [
    "Junior doctors are demanding a 35% pay increase.",
    [{ kind: "PERCENT", value: 35, change: { direction: "increase" } }],
  ],
  [
    "Real wages fell 2.3% last year.",
    [
      {
        kind: "PERCENT",
        value: 2.3,
        change: { direction: "decrease" },
        period: { text: "last year", from: "2023" },
      },
    ],
    PUB,
  ],
];

export const BLIND3_POPULATION: Case[] = [
  [
    "The census counted 1.41 billion people in China.",
    [{ kind: "QUANTITY", text: "1.41 billion people", value: 1.41e9 }],
  ],
  [
    "Italy's population fell by 7,000 to 58.99 million last year.",
    [
      { value: 7000, change: { direction: "decrease", measure: "absolute" } },
      { value: 5.899e7, change: undefined },
    ],
  ],
  [
    "About 23% of Canadians were born abroad.",
    [{ kind: "PERCENT", text: "23%", value: 23, qualifier: "approximate" }],
  ],
  [
    "The city is home to roughly 9.7 million residents.",
    [{ kind: "QUANTITY", text: "9.7 million residents", value: 9.7e6, qualifier: "approximate" }],
  ],
  [
    "Nigeria's population is projected to reach 400 million by 2050.",
    [{ value: 4e8, period: { to: "2050" } }],
  ],
  [
    "Net migration to the UK was 685,000 in 2023, the ONS said.",
    [{ value: 685000, period: { text: "2023" }, speaker: { name: "ONS", mode: "reported" } }],
  ],
  ["The fertility rate dropped to 1.72 children per woman.", [{ value: 1.72 }]],
  [
    "India overtook China as the most populous nation with 1,425,775,850 people.",
    [{ kind: "QUANTITY", text: "1,425,775,850 people", value: 1425775850 }],
  ],
];

export const BLIND3_APPROXIMATIONS: Case[] = [
  [
    // Corrected after the first run: a bare "half" is no figure (cases-percent.ts: "Half the budget, or 50%").
    "Nearly half of Americans have less than $1,000 in savings.",
    [{ kind: "MONEY", text: "$1,000", value: 1000, qualifier: "upper_bound" }],
  ],
  [
    "Roughly 40,000 people attended the rally.",
    [{ kind: "QUANTITY", text: "40,000 people", value: 40000, qualifier: "approximate" }],
  ],
  [
    "The project will cost upwards of $3 billion.",
    [{ kind: "MONEY", text: "$3 billion", value: 3e9, qualifier: "lower_bound" }],
  ],
  [
    "Close to 70% of respondents said prices were too high.",
    [{ kind: "PERCENT", text: "70%", value: 70, qualifier: "approximate" }],
  ],
  [
    "The fund manages north of $20 billion.",
    [{ kind: "MONEY", text: "$20 billion", value: 2e10, qualifier: "lower_bound" }],
  ],
  [
    "Just under 3 million households lack broadband.",
    [{ kind: "QUANTITY", text: "3 million households", value: 3e6, qualifier: "upper_bound" }],
  ],
  [
    "Well over 1,000 protesters were arrested.",
    [{ kind: "QUANTITY", text: "1,000 protesters", value: 1000, qualifier: "lower_bound" }],
  ],
  [
    "The drug costs in the region of £100,000 per patient.",
    [{ kind: "MONEY", text: "£100,000", value: 100000, qualifier: "approximate" }],
  ],
  [
    "Sales were up almost 9 percent.",
    [{ kind: "PERCENT", value: 9, qualifier: "approximate", change: { direction: "increase" } }],
  ],
  [
    "A little over 5% of the vote went to independents.",
    [{ kind: "PERCENT", text: "5%", value: 5, qualifier: "lower_bound" }],
  ],
  [
    "Fewer than 500 tigers remain in the wild.",
    [{ kind: "QUANTITY", text: "500 tigers", value: 500, qualifier: "upper_bound" }],
  ],
  [
    "No fewer than 12 ministers resigned.",
    [{ kind: "QUANTITY", text: "12 ministers", value: 12, qualifier: "lower_bound" }],
  ],
  [
    "The deal values the company at approximately $5.6bn.",
    [{ kind: "MONEY", text: "$5.6bn", value: 5.6e9, qualifier: "approximate" }],
  ],
];

export const BLIND3_FRACTIONS: Case[] = [
  ["Mortgage rates have fallen to 6½%.", [{ kind: "PERCENT", text: "6½%", value: 6.5 }]],
  [
    "Borrowing costs rose 2¼ percentage points.",
    [{ kind: "PERCENT", value: 2.25, change: { direction: "increase", measure: "percentage_points" } }],
  ],
  // Corrected after the first run: fractions keep full precision (1/3, not 0.333).
  ["A third of small businesses expect to cut staff.", [{ kind: "NUMBER", value: 1 / 3 }]],
  ["Half a million people joined the march.", [{ kind: "QUANTITY", value: 500000 }]],
  ["Exports tripled to $1.2 billion.", [{ kind: "MONEY", text: "$1.2 billion", value: 1.2e9 }]],
  [
    `The city's budget is €1${THIN}200${THIN}000 this year.`,
    [{ kind: "MONEY", text: `€1${THIN}200${THIN}000`, value: 1200000, currency: "EUR" }],
  ],
  [`The archive holds 2${NBSP}500${NBSP}000 documents.`, [{ kind: "QUANTITY", value: 2500000 }]],
  ["Three-quarters of the budget goes on salaries.", [{ kind: "NUMBER", value: 0.75 }]],
  ["Costs have risen by a fifth since 2021.", [{ kind: "NUMBER", value: 0.2 }]],
  [
    "Profits doubled to 1.8 billion dollars.",
    [{ kind: "MONEY", text: "1.8 billion dollars", value: 1.8e9, currency: USD }],
  ],
  ["Two and a half million visitors came last year.", [{ kind: "QUANTITY", value: 2.5e6 }]],
  ["Demand is now 1.5x supply.", [{ kind: "NUMBER", text: "1.5x", value: 1.5 }]],
];

export const BLIND3_UK_AU_CA: Case[] = [
  [
    "The Chancellor announced £22bn of extra spending for the NHS.",
    [{ kind: "MONEY", text: "£22bn", value: 2.2e10, currency: "GBP" }],
  ],
  [
    "House prices fell 1.8% in the year to October, according to Nationwide.",
    [
      {
        kind: "PERCENT",
        value: 1.8,
        change: { direction: "decrease" },
        period: { text: "year to October" },
        speaker: { name: "Nationwide", mode: "reported" },
      },
    ],
  ],
  [
    "The Reserve Bank of Australia held the cash rate at 4.35 per cent.",
    [{ kind: "PERCENT", value: 4.35, change: undefined, subject: { text: "the cash rate" } }],
  ],
  [
    "Woolworths reported a net profit of A$1.62 billion.",
    [{ kind: "MONEY", text: "A$1.62 billion", value: 1.62e9, currency: "AUD" }],
  ],
  [
    "The Bank of Canada cut its key rate by a quarter point to 4.5 per cent.",
    [
      { value: 0.25, change: { direction: "decrease", measure: "percentage_points" } },
      { kind: "PERCENT", value: 4.5 },
    ],
  ],
  [
    "Ottawa will spend C$8 billion on housing over the next decade.",
    [{ kind: "MONEY", text: "C$8 billion", value: 8e9, currency: "CAD" }],
  ],
  [
    "Shares in Rio Tinto closed 42p lower at 5,012p.",
    [
      { kind: "MONEY", text: "42p", value: 0.42, currency: "GBP", change: { direction: "decrease" } },
      { kind: "MONEY", text: "5,012p", value: 50.12, currency: "GBP" },
    ],
  ],
  ["Australia's unemployment rate edged up to 4.1%.", [{ kind: "PERCENT", value: 4.1 }]],
  [
    "Loblaw's profit rose to $541 million.",
    [{ kind: "MONEY", text: "$541 million", value: 5.41e8, currency: "CAD" }],
    { dollarCurrency: "CAD" },
  ],
  ["Sydney's median house price hit A$1.6 million.", [{ kind: "MONEY", value: 1.6e6, currency: "AUD" }]],
  [
    "The FTSE 100 fell 1.2% to 8,120.5.",
    [{ kind: "PERCENT", value: 1.2, change: { direction: "decrease" } }, { value: 8120.5 }],
  ],
];

export const BLIND3_REGIONS: Case[] = [
  [
    "Singapore's GDP grew 2.9% year-on-year in the second quarter.",
    [
      {
        kind: "PERCENT",
        value: 2.9,
        change: { direction: "increase", base: "year-on-year" },
        period: { text: "second quarter" },
      },
    ],
  ],
  [
    "DBS posted a record net profit of S$2.8 billion.",
    [{ kind: "MONEY", text: "S$2.8 billion", value: 2.8e9, currency: "SGD" }],
  ],
  ["The HDB flat was sold for S$1.5m.", [{ kind: "MONEY", text: "S$1.5m", value: 1.5e6, currency: "SGD" }]],
  [
    "Eskom's losses widened to R23.9 billion.",
    [{ kind: "MONEY", text: "R23.9 billion", value: 2.39e10, currency: "ZAR" }],
  ],
  [
    "Transnet needs R2.5 billion to repair its rail network.",
    [{ kind: "MONEY", text: "R2.5 billion", value: 2.5e9, currency: "ZAR" }],
  ],
  [
    "The rand firmed 0.8% against the dollar.",
    [{ kind: "PERCENT", value: 0.8, change: { direction: "increase" } }],
  ],
  [
    "Sasol's headline earnings fell 41% to R14.2 billion.",
    [
      { kind: "PERCENT", value: 41, change: { direction: "decrease" } },
      { kind: "MONEY", value: 1.42e10, currency: "ZAR" },
    ],
  ],
  [
    "Banxico cut its key rate by 25 basis points to 10.75%.",
    [
      { value: 0.25, change: { direction: "decrease", measure: "percentage_points" } },
      { kind: "PERCENT", value: 10.75 },
    ],
  ],
  [
    "Pemex's debt stands at about $101 billion.",
    [{ kind: "MONEY", value: 1.01e11, currency: USD, qualifier: "approximate" }],
  ],
  [
    "Remittances to Mexico reached a record 63.3 billion dollars in 2023.",
    [
      {
        kind: "MONEY",
        text: "63.3 billion dollars",
        value: 6.33e10,
        currency: USD,
        period: { text: "2023" },
      },
    ],
  ],
  ["The peso strengthened to 16.8 per dollar.", [{ value: 16.8 }]],
  ["Mexico's budget allocates 9.1 trillion pesos for 2025.", [{ kind: "MONEY", value: 9.1e12 }]],
  [
    "Turkey's central bank raised its policy rate to 50% from 45%.",
    [
      { kind: "PERCENT", text: "50%", value: 50 },
      { kind: "PERCENT", text: "45%", value: 45 },
    ],
  ],
  [
    "The minimum wage was raised to ₺17,002 a month.",
    [{ kind: "MONEY", text: "₺17,002", value: 17002, currency: "TRY" }],
  ],
  [
    "Turkish annual inflation fell to 61.8% in May.",
    [{ kind: "PERCENT", value: 61.8, period: { text: "May" } }],
  ],
  ["The lira slid to 32.5 against the dollar.", [{ value: 32.5 }]],
  [
    "Koç Holding's profit reached 27.6 billion lira.",
    [{ kind: "MONEY", text: "27.6 billion lira", value: 2.76e10, currency: "TRY" }],
  ],
  [
    "The Philippine economy expanded 6.3% in the second quarter.",
    [{ kind: "PERCENT", value: 6.3, change: { direction: "increase" } }],
  ],
  [
    "Congress approved a ₱5.768-trillion budget for 2024.",
    [{ kind: "MONEY", value: 5.768e12, currency: "PHP", period: { text: "2024" } }],
  ],
  [
    "Jollibee's net income rose to PHP 9.6 billion.",
    [{ kind: "MONEY", text: "PHP 9.6 billion", value: 9.6e9, currency: "PHP" }],
  ],
  [
    "Inflation in the Philippines slowed to 3.7% in June, the Philippine Statistics Authority said.",
    [
      {
        kind: "PERCENT",
        value: 3.7,
        period: { text: "June" },
        speaker: { name: "Philippine Statistics Authority", mode: "reported" },
      },
    ],
  ],
];

export const BLIND3_CODES: Case[] = [
  [
    "The acquisition is valued at EUR 3bn.",
    [{ kind: "MONEY", text: "EUR 3bn", value: 3e9, currency: "EUR" }],
  ],
  [
    "Proceeds of 500 million euros will fund the expansion.",
    [{ kind: "MONEY", text: "500 million euros", value: 5e8, currency: "EUR" }],
  ],
  ["The bond raised 2 billion USD.", [{ kind: "MONEY", text: "2 billion USD", value: 2e9, currency: USD }]],
  [
    "Revenue was 4.5 billion Swiss francs.",
    [{ kind: "MONEY", text: "4.5 billion Swiss francs", value: 4.5e9, currency: "CHF" }],
  ],
  [
    "The contract is worth CHF 120 million.",
    [{ kind: "MONEY", text: "CHF 120 million", value: 1.2e8, currency: "CHF" }],
  ],
  ["Sales totalled SEK 12.4bn.", [{ kind: "MONEY", text: "SEK 12.4bn", value: 1.24e10, currency: "SEK" }]],
  [
    "Equinor paid NOK 9 billion in taxes.",
    [{ kind: "MONEY", text: "NOK 9 billion", value: 9e9, currency: "NOK" }],
  ],
  [
    "The loan of 750 million GBP was repaid early.",
    [{ kind: "MONEY", text: "750 million GBP", value: 7.5e8, currency: "GBP" }],
  ],
  [
    "The fine amounts to 1.1 billion kronor.",
    [{ kind: "MONEY", text: "1.1 billion kronor", value: 1.1e9, currency: "SEK" }],
  ],
  [
    "The company paid 300,000 dollars in ransom.",
    [{ kind: "MONEY", text: "300,000 dollars", value: 300000, currency: USD }],
  ],
];

export const BLIND3_HEADLINES: Case[] = [
  ["MICROSOFT TO BUY ACTIVISION FOR $68.7 BILLION", [{ kind: "MONEY", value: 6.87e10, currency: USD }]],
  ["UK INFLATION FALLS TO 2%", [{ kind: "PERCENT", value: 2 }]],
  ["GOOGLE FINED €4.3BN BY EU", [{ kind: "MONEY", value: 4.3e9, currency: "EUR" }]],
  ["JOBLESS CLAIMS RISE BY 14,000", [{ value: 14000, change: { direction: "increase" } }]],
  [
    "FED HIKES RATES BY 75 BASIS POINTS",
    [{ kind: "PERCENT", value: 0.75, change: { direction: "increase", measure: "percentage_points" } }],
  ],
  ["GOLD SLIPS 1% AS DOLLAR FIRMS", [{ kind: "PERCENT", value: 1, change: { direction: "decrease" } }]],
  ["TURKEY RAISES RATES TO 50%", [{ kind: "PERCENT", value: 50 }]],
  ["RECORD 3.4 MILLION FANS ATTEND WORLD CUP", [{ kind: "QUANTITY", value: 3.4e6 }]],
  ["STRIKE COSTS ECONOMY £1.7BN", [{ kind: "MONEY", value: 1.7e9, currency: "GBP" }]],
  ["Nvidia Adds $329 Billion In Market Value", [{ kind: "MONEY", value: 3.29e11, currency: USD }]],
  ["DEATH TOLL RISES TO 1,200 AFTER FLOODS", [{ value: 1200 }]],
];

export const BLIND3_NONE: Case[] = [
  ["The meeting is scheduled for 9:45 a.m. on Tuesday.", []],
  ["He was born on 12 March 1985.", []],
  ["The law was passed on 2023-11-08.", []],
  ["She finished 4th in the final.", []],
  ["Liverpool won 3-1 at Anfield.", []],
  ["The Senate passed the bill 68-32.", []],
  ["Djokovic won 6-4, 6-7, 7-6.", []],
  ["Call the hotline on 0800 555 0199.", []],
  ["The office is at 350 Fifth Avenue.", []],
  ["The Boeing 787 Dreamliner returned to service.", []],
  ["Section 230 shields platforms from liability.", []],
  ["The Security Council adopted Resolution 2728.", []],
  ["Windows 11 ships with Copilot.", []],
  ["The Class of 2024 graduates next week.", []],
  ["The 67-year-old was arrested in Manchester.", []],
  ["John Smith, 52, was charged with fraud.", []],
  ["Node.js 20.11.0 is now available.", []],
  ["He flew on flight BA 117 to New York.", []],
  ["The hearing was adjourned until 14 May 2025.", []],
  ["Chapter 7 of the report covers emissions.", []],
  ["It was her 3rd title of the season.", []],
  ["The A380 superjumbo is no longer built.", []],
  ["Kick-off is at 19:45.", []],
  ["The Paris 2024 Olympics opened on 26 July.", []],
  ["Formula 1 returns to Las Vegas in November.", []],
  ["He was the first person to reach the summit twice.", []],
  ["Bill C-18 received royal assent.", []],
  ["The two leaders met for three hours.", []],
  ["Apollo 11 landed in 1969.", []],
  ["The conference ran from 2 to 4 June.", []],
  ["Article 50 was triggered in March 2017.", []],
  ["Interstate 95 was closed after the crash.", []],
];

/** Every case of the third blind set, by topic. */
export const BLIND3_BY_TOPIC: Readonly<Record<string, Case[]>> = {
  guidance: BLIND3_GUIDANCE,
  inflation: BLIND3_INFLATION,
  bonds: BLIND3_BONDS,
  shipping: BLIND3_SHIPPING,
  sports: BLIND3_SPORTS,
  disasters: BLIND3_DISASTERS,
  tech: BLIND3_TECH,
  fines: BLIND3_FINES,
  aid: BLIND3_AID,
  pay: BLIND3_PAY,
  population: BLIND3_POPULATION,
  approximations: BLIND3_APPROXIMATIONS,
  fractions: BLIND3_FRACTIONS,
  "uk au ca": BLIND3_UK_AU_CA,
  regions: BLIND3_REGIONS,
  codes: BLIND3_CODES,
  headlines: BLIND3_HEADLINES,
  none: BLIND3_NONE,
};

export const BLIND3_CASES: Case[] = Object.values(BLIND3_BY_TOPIC).flat();
