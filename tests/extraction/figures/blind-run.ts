/**
 * Runs a case the way a user meets it: the whole extract() (entities included), judged on every field the
 * case names (a field expected as undefined must be absent; objects match as subsets, like toMatchObject).
 */
import { isDeepStrictEqual } from "node:util";
import type { Figure } from "../../../functions/extraction/figures/types.ts";
import { extract } from "../../../functions/extraction/index.ts";
import type { Case } from "./case-types.ts";

function matches(actual: unknown, expected: unknown): boolean {
  if (expected === undefined) return actual === undefined;
  if (typeof expected !== "object" || expected === null) return isDeepStrictEqual(actual, expected);
  if (typeof actual !== "object" || actual === null) return false;
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}

export function runCase([input, , options]: Case): Figure[] {
  return extract(input, options ?? {}).figures;
}

export function passes(c: Case): boolean {
  const figures = runCase(c);
  const expected = c[1];
  return figures.length === expected.length && expected.every((e, i) => matches(figures[i], e));
}

/** A key for a case that tells apart the same sentence run with different options. */
export const caseKey = ([input, , options]: Case): string =>
  options?.publishedAt || options?.dollarCurrency
    ? `${input} @${options.publishedAt ?? ""}${options.dollarCurrency ?? ""}`
    : input;
