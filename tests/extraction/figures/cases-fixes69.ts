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

export const FIXES69: Case[] = [...FIX69_WORK_SOURCE_PAST_RELEASE];
