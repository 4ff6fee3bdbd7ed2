/** Figure kinds of the factwire contract (DESIGN.md). */
export type FigureKind = "MONEY" | "PERCENT" | "QUANTITY" | "NUMBER";

/** How the text bounds the value: "about 590" is approximate, "more than $50 billion" a lower bound. */
export type Qualifier = "exact" | "approximate" | "lower_bound" | "upper_bound";

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface FigureChange {
  direction: "increase" | "decrease";
  /** relative: "+37.2 percent"; absolute: "rose by $5 million"; percentage_points: "up 2 points". */
  measure: "relative" | "absolute" | "percentage_points";
  /** What the change is measured against, e.g. "the results of the previous year". */
  base?: string;
}

export interface FigurePeriod extends Span {
  /** ISO 8601 date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) where the period starts, when resolvable. */
  from?: string;
  /** Where it ends, inclusive, when resolvable; absent for open periods ("since 1991"). */
  to?: string;
  /**
   * The figure's sentence names no period; this is the one the story reports for, named earlier (the span
   * is there): "Third Quarter Highlights" then "- Net sales rose 6.4%".
   */
  carried?: true;
}

export interface FigureSpeaker {
  name: string;
  /** Entity id of the speaker when it is a recognized entity. */
  entityId?: string;
  /** quoted: the figure is inside quotation marks; reported: "according to X", "X said that". */
  mode: "quoted" | "reported";
}

export interface Figure {
  kind: FigureKind;
  /** The figure alone: no qualifier words ("more than"), no subject. */
  text: string;
  start: number;
  end: number;
  /** Value in base units; for money, in the currency's major unit. For ranges, the low end. */
  value: number;
  /** High end of a range. */
  high?: number;
  /** ISO 4217 code, for MONEY. */
  currency?: string;
  /**
   * Unit noun, for QUANTITY ("enterprises", "barrels a day", "km"); for MONEY, the denominator of a price
   * or a rate as written ("a tonne", "per share", "to the dollar").
   */
  unit?: string;
  qualifier: Qualifier;
  /** The words that gave the qualifier ("more than", "exceeded"). */
  qualifierText?: string;
  change?: FigureChange;
  period?: FigurePeriod;
  /** The noun phrase the figure measures, and the entities it involves. */
  subject?: Span & { entityIds?: string[] };
  speaker?: FigureSpeaker;
  /** The sentence the figure came from. */
  sentence: Span;
}
