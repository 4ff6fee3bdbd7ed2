import type { Case } from "./case-types.ts";

/** Quantities with their unit nouns, and bare numbers that matter. */
export const QUANTITY_CASES: Case[] = [
  [
    "About 590 enterprises operate in the region.",
    [{ kind: "QUANTITY", text: "590 enterprises", value: 590, unit: "enterprises" }],
  ],
  [
    "The strike involved 12,000 workers.",
    [{ kind: "QUANTITY", text: "12,000 workers", value: 12000, unit: "workers" }],
  ],
  ["The flood displaced 1.2 million people.", [{ text: "1.2 million people", value: 1.2e6, unit: "people" }]],
  ["The plant will create 10,000 new jobs.", [{ text: "10,000 new jobs", value: 10000, unit: "jobs" }]],
  [
    "OPEC+ agreed to cut 2 million barrels per day.",
    [{ text: "2 million barrels per day", value: 2e6, unit: "barrels per day" }],
  ],
  [
    "Russia exports 7.5 million barrels a day.",
    [{ text: "7.5 million barrels a day", unit: "barrels a day" }],
  ],
  ["The pipeline runs 1,200 km to the coast.", [{ text: "1,200 km", value: 1200, unit: "km" }]],
  ["The rover drove 28 kilometres.", [{ text: "28 kilometres", unit: "kilometres" }]],
  [
    "India harvested 112 million tonnes of wheat.",
    [{ text: "112 million tonnes", value: 1.12e8, unit: "tonnes", subject: { text: "wheat" } }],
  ],
  ["The wind farm adds 500 MW of capacity.", [{ text: "500 MW", value: 500, unit: "MW" }]],
  ["The fire burned 20,000 hectares.", [{ text: "20,000 hectares", unit: "hectares" }]],
  [
    "Some 40,000 Ukrainian refugees arrived.",
    [{ text: "40,000 Ukrainian refugees", unit: "refugees", qualifier: "approximate" }],
  ],
  ["The army deployed 3,000 troops.", [{ text: "3,000 troops", unit: "troops" }]],
  ["Police arrested 45 protesters.", [{ text: "45 protesters", unit: "protesters" }]],
  ["The airline ordered 150 aircraft.", [{ text: "150 aircraft", unit: "aircraft" }]],
  ["The quake killed three people.", [{ text: "three people", value: 3, unit: "people" }]],
  [
    "Three million children are out of school.",
    [{ text: "Three million children", value: 3e6, unit: "children" }],
  ],
  [
    "Nearly a dozen ships were hit.",
    [{ text: "a dozen ships", value: 12, unit: "ships", qualifier: "approximate" }],
  ],
  ["The port handled 47 million TEUs.", [{ text: "47 million TEUs", value: 4.7e7 }]],
  [
    "A quarter of a million people marched.",
    [{ text: "A quarter of a million people", value: 250000, unit: "people" }],
  ],
  [
    "The Dow fell 500 points.",
    [{ text: "500 points", unit: "points", change: { direction: "decrease", measure: "absolute" } }],
  ],
  ["The vaccine campaign reached 5m people.", [{ text: "5m people", value: 5e6, unit: "people" }]],
  ["The death toll rose to 42.", [{ kind: "NUMBER", text: "42", value: 42 }]],
  ["The population reached 8 billion.", [{ kind: "NUMBER", text: "8 billion", value: 8e9 }]],
  ["The index closed at 4,783.45.", [{ kind: "NUMBER", text: "4,783.45", value: 4783.45 }]],
  ["Gold traded near 1,950 an ounce.", [{ text: "1,950", value: 1950 }]],
  ["The app has 1.5 billion users.", [{ text: "1.5 billion users", value: 1.5e9, unit: "users" }]],
  ["Germany took in 1.1 million refugees.", [{ text: "1.1 million refugees", value: 1.1e6 }]],
  ["The census counted 1,50,000 households.", [{ text: "1,50,000 households", value: 150000 }]],
  ["Rescuers pulled 27 survivors from the rubble.", [{ text: "27 survivors", unit: "survivors" }]],
  ["Voters elected 435 representatives.", [{ text: "435 representatives", value: 435 }]],
  ["The ship carried 1,500 passengers and crew.", [{ text: "1,500 passengers", unit: "passengers" }]],
  ["Temperatures hit 45 degrees in Delhi.", [{ text: "45 degrees", unit: "degrees" }]],
  ["The storm dumped 30 cm of snow.", [{ text: "30 cm", unit: "cm", subject: { text: "snow" } }]],
  ["Farmers lost 5,000 head of cattle.", [{ text: "5,000 head", unit: "head", subject: { text: "cattle" } }]],
  ["The race was over 100m.", [{ text: "100m", value: 100, unit: "m" }]],
  [
    "Brazil exported 95 million tons of soybeans.",
    [{ text: "95 million tons", subject: { text: "soybeans" } }],
  ],
  ["There are 1,500 people on the waiting list.", [{ text: "1,500 people", value: 1500 }]],
  ["Officials counted 2,000 votes by hand.", [{ text: "2,000 votes", unit: "votes" }]],
  ["The zoo welcomed 12 new penguins.", [{ text: "12 new penguins", unit: "penguins" }]],
];
