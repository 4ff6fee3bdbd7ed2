import type { Entity } from "./entities/types.ts";
import type { Figure } from "./figures/types.ts";

export type { Entity, EntityType, Mention } from "./entities/types.ts";
export type { Figure, FigureKind, Qualifier } from "./figures/types.ts";

export interface ExtractOptions {
  /**
   * The article's publication date, an ISO 8601 date or date-time ("2026-10-14") or a Date, used to
   * resolve relative periods ("last year"). Anything else is a TypeError.
   */
  publishedAt?: string | Date;
  /** Currency of a bare "$" when the source says so (an ISO 4217 code, else a TypeError); USD otherwise. */
  dollarCurrency?: string;
}

export interface ExtractionResult {
  entities: Entity[];
  figures: Figure[];
}
