import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 65, in wording of my own. */

export const FIX65_TITLE_APPOSITION: Case[] = [
  // A title of title words joined by "and" set off by commas is no list of names: the speaker is the name
  // before it (the quote had gone to no one).
  [
    'Hindustan Unilever posted a profit. Sudhir Sitapati, Managing Director and CEO, said: "Palm oil is about 20% cheaper."',
    [{ text: "20%", speaker: { name: "Sudhir Sitapati", mode: "quoted" } }],
  ],
  // ... where a list of companies set off so still is one.
  [
    "Ionity, the venture of BMW, Ford and Volkswagen, said charging rose 40%.",
    [{ text: "40%", speaker: { name: "Ionity" } }],
  ],
];

export const FIXES65: Case[] = [...FIX65_TITLE_APPOSITION];
