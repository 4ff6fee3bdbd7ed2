import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 69, in wording of my own. */

export const FIX69_WORK_SOURCE_PAST_RELEASE: Case[] = [
  // "A report by X published on Monday" speaks through any verb, as "A report by X" did: past the release's
  // participle and day ("said", "estimated ... at" and "put ... at" had found no name before them).
  [
    "A report by the Lagos Water Corporation published on Monday said losses reached 38%. A survey by Ipsos released last week put unemployment at 4.7%.",
    [
      { text: "38%", speaker: { name: "Lagos Water Corporation" } },
      { text: "4.7%", speaker: { name: "Ipsos" } },
    ],
  ],
];

export const FIX69_QUOTE_AFTER_LONG_ATTRIBUTION: Case[] = [
  // A quote after its paragraph's attributed quote is the same speaker's past a long apposition (up to 30
  // tokens between the quotes; it had been 20) and past a title no one speaks, quoted in the attribution.
  [
    '"Without the law, no large show would exist," said Stephanie Mayorkis, chief executive of producer IMM, which is staging "Les Miserables" at Teatro Renault. "Sponsors fund about 60% of our budgets."',
    [{ text: "60%", speaker: { name: "Stephanie Mayorkis" } }],
  ],
  [
    '"Retail investors are more active than the tax system assumes," said Takashi Ito, a crypto analyst at Laser Digital, the digital-asset unit of Nomura Holdings. "A 20% rate would bring crypto into line."',
    [{ text: "20%", speaker: { name: "Takashi Ito" } }],
  ],
];

export const FIX69_INSTITUTION_OF_A_FIELD: Case[] = [
  // An institution's head, "of" and field words, all of them title words, is a name ("The Bank of Industry
  // said" had no speaker: every word was skipped as a title's), as "The Bank of Ghana said" was.
  [
    "The Bank of Industry (BOI) said it had lent N1.2 billion to mushroom growers. The Minister of Industry said output rose 4%.",
    [
      { text: "N1.2 billion", speaker: { name: "Bank of Industry" } },
      { text: "4%", speaker: undefined },
    ],
  ],
];

export const FIXES69: Case[] = [
  ...FIX69_INSTITUTION_OF_A_FIELD,
  ...FIX69_QUOTE_AFTER_LONG_ATTRIBUTION,
  ...FIX69_WORK_SOURCE_PAST_RELEASE,
];
