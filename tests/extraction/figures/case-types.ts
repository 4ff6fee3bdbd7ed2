import type { Figure } from "../../../functions/extraction/figures/types.ts";

/** Expected figure: any subset of the fields, matched with toMatchObject. */
export type Partial = { [K in keyof Figure]?: Figure[K] extends object | undefined ? unknown : Figure[K] };

/** [input, every figure it yields (in order), options]. An empty list means "not a figure". */
export type Case = readonly [string, readonly Partial[], { publishedAt?: string; dollarCurrency?: string }?];
