import type { Case } from "./case-types.ts";
import { CONTEXT_CASES } from "./cases-context.ts";
import { MONEY_CASES } from "./cases-money.ts";
import { NONE_CASES } from "./cases-none.ts";
import { PERCENT_CASES } from "./cases-percent.ts";
import { QUALIFIER_CASES } from "./cases-qualifiers.ts";
import { QUANTITY_CASES } from "./cases-quantity.ts";

/** Every case, by topic. Known misses live in backlog.ts, which vitest does not run. */
export const ALL_CASES: Case[] = [
  ...MONEY_CASES,
  ...PERCENT_CASES,
  ...QUANTITY_CASES,
  ...QUALIFIER_CASES,
  ...CONTEXT_CASES,
  ...NONE_CASES,
];
