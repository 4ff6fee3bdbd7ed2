import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 37, in wording of my own. */

export const FIX37_PEOPLE_MODIFIERS: Case[] = [
  // What befell people describes the noun after it: "homeless", "wounded", "stranded" are modifiers.
  [
    "Volunteers counted 912 homeless people in the city centre, up from 840 last year.",
    [
      { text: "912 homeless people", unit: "people" },
      { text: "840", kind: "QUANTITY", unit: "people" },
    ],
  ],
  ["The ferry carried 46 wounded soldiers to Mombasa.", [{ text: "46 wounded soldiers", unit: "soldiers" }]],
  // (With no noun after it, the count stays bare: blind case "300 injured" is a NUMBER.)
  [
    "Four people were killed and 63 injured when the ferry capsized.",
    [
      { text: "Four people", unit: "people" },
      { text: "63", kind: "NUMBER" },
    ],
  ],
];

export const FIXES34: Case[] = [...FIX37_PEOPLE_MODIFIERS];
