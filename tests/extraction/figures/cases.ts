import type { Case } from "./case-types.ts";
import { CONTEXT_CASES } from "./cases-context.ts";
import {
  FIX_CONTEXT,
  FIX_MONEY,
  FIX_NONE,
  FIX_PERCENT,
  FIX_QUALIFIERS,
  FIX_SUBJECTS,
  FIX2_MONEY,
  FIX2_NONE,
  FIX2_PERIODS,
  FIX2_QUANTITY,
  FIX3_CHANGES,
  FIX3_MONEY,
  FIX3_NONE,
  FIX3_PERIODS,
  FIX3_QUANTITY,
  FIX3_SUBJECTS,
  FIX4_CONTEXT,
  FIX4_MONEY,
  FIX4_NONE,
  FIX4_PERIODS,
  FIX4_QUANTITY,
  FIX4_SHARES,
  FIX4_SPEAKERS,
  FIX4_SUBJECTS,
} from "./cases-fixes.ts";
import {
  FIX5_AGES_AND_BASES,
  FIX5_CHANGES,
  FIX5_LEGISLATURES,
  FIX5_MONEY,
  FIX5_NAMED_UNITS,
  FIX5_NONE,
  FIX5_NOUN_PHRASES,
  FIX5_PERIOD_SCOPES,
  FIX5_PERIODS,
  FIX5_SPEAKERS,
  FIX5_SUBJECT_OPENERS,
  FIX5_SUBJECTS,
  FIX5_TEMPERATURES,
} from "./cases-fixes5.ts";
import {
  FIX6_ATTRIBUTIONS,
  FIX6_LEVELS,
  FIX6_MONEY,
  FIX6_MULTIPLES,
  FIX6_OBJECTS,
  FIX6_PERIODS,
  FIX6_RATIOS,
  FIX6_SPEAKERS,
  FIX6_SUBJECTS,
  FIX6_UNITS,
} from "./cases-fixes6.ts";
import { MONEY_CASES } from "./cases-money.ts";
import { NONE_CASES } from "./cases-none.ts";
import { PERCENT_CASES } from "./cases-percent.ts";
import { QUALIFIER_CASES } from "./cases-qualifiers.ts";
import { QUANTITY_CASES } from "./cases-quantity.ts";
import {
  WIRE_CONTEXT,
  WIRE_MONEY,
  WIRE_NONE,
  WIRE_PERCENT,
  WIRE_QUALIFIERS,
  WIRE_QUANTITY,
} from "./cases-wire.ts";

/** The cases by topic (the benchmark reports a share per topic). */
export const CASES_BY_TOPIC: Readonly<Record<string, Case[]>> = {
  money: [
    ...MONEY_CASES,
    ...WIRE_MONEY,
    ...FIX_MONEY,
    ...FIX2_MONEY,
    ...FIX3_MONEY,
    ...FIX4_MONEY,
    ...FIX5_MONEY,
    ...FIX6_MONEY,
  ],
  percent: [...PERCENT_CASES, ...WIRE_PERCENT, ...FIX_PERCENT, ...FIX4_SHARES, ...FIX6_RATIOS],
  quantity: [
    ...QUANTITY_CASES,
    ...WIRE_QUANTITY,
    ...FIX2_QUANTITY,
    ...FIX3_QUANTITY,
    ...FIX4_QUANTITY,
    ...FIX5_TEMPERATURES,
    ...FIX5_NAMED_UNITS,
    ...FIX6_UNITS,
    ...FIX6_MULTIPLES,
  ],
  qualifiers: [...QUALIFIER_CASES, ...WIRE_QUALIFIERS, ...FIX_QUALIFIERS],
  context: [
    ...CONTEXT_CASES,
    ...WIRE_CONTEXT,
    ...FIX_CONTEXT,
    ...FIX_SUBJECTS,
    ...FIX2_PERIODS,
    ...FIX3_CHANGES,
    ...FIX3_PERIODS,
    ...FIX3_SUBJECTS,
    ...FIX4_SUBJECTS,
    ...FIX4_CONTEXT,
    ...FIX4_PERIODS,
    ...FIX5_SUBJECTS,
    ...FIX5_SPEAKERS,
    ...FIX5_PERIODS,
    ...FIX5_CHANGES,
    ...FIX5_PERIOD_SCOPES,
    ...FIX5_NOUN_PHRASES,
    ...FIX5_LEGISLATURES,
    ...FIX5_AGES_AND_BASES,
    ...FIX5_SUBJECT_OPENERS,
    ...FIX4_SPEAKERS,
    ...FIX6_SPEAKERS,
    ...FIX6_ATTRIBUTIONS,
    ...FIX6_PERIODS,
    ...FIX6_SUBJECTS,
    ...FIX6_OBJECTS,
    ...FIX6_LEVELS,
  ],
  none: [...NONE_CASES, ...WIRE_NONE, ...FIX_NONE, ...FIX2_NONE, ...FIX3_NONE, ...FIX4_NONE, ...FIX5_NONE],
};

/** Every case, by topic. Known misses live in backlog.ts, which vitest does not run. */
export const ALL_CASES: Case[] = Object.values(CASES_BY_TOPIC).flat();
