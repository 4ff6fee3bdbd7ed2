import type { Entity } from "./entities/types.ts";
import type { Figure } from "./figures/types.ts";

export type { Entity, EntityType, Mention } from "./entities/types.ts";
export type { Figure, FigureKind, Qualifier } from "./figures/types.ts";

export interface ExtractOptions {
  /** The article's publication date (ISO 8601), used to resolve relative periods ("last year"). */
  publishedAt?: string;
  /** Currency of a bare "$" when the source says so (ISO 4217); USD otherwise. */
  dollarCurrency?: string;
}

export interface ExtractionResult {
  entities: Entity[];
  figures: Figure[];
}
