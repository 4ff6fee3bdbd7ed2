import type { Case } from "./case-types.ts";
import { CONTEXT_CASES } from "./cases-context.ts";
import { MONEY_CASES } from "./cases-money.ts";
import { NONE_CASES } from "./cases-none.ts";
import { PERCENT_CASES } from "./cases-percent.ts";
import { QUALIFIER_CASES } from "./cases-qualifiers.ts";
import { QUANTITY_CASES } from "./cases-quantity.ts";

/** The cases by topic (the benchmark reports a share per topic). */
export const CASES_BY_TOPIC: Readonly<Record<string, Case[]>> = {
  money: MONEY_CASES,
  percent: PERCENT_CASES,
  quantity: QUANTITY_CASES,
  qualifiers: QUALIFIER_CASES,
  context: CONTEXT_CASES,
  none: NONE_CASES,
};

/** Every case, by topic. Known misses live in backlog.ts, which vitest does not run. */
export const ALL_CASES: Case[] = Object.values(CASES_BY_TOPIC).flat();
