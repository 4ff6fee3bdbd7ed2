/** Entity types of the factwire contract (DESIGN.md). */
export type EntityType = "PERSON" | "ORGANIZATION" | "LOCATION" | "MISC";

/** One occurrence of an entity: `start`/`end` are UTF-16 indices into the text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** Stable slug, e.g. `location/united-states`. */
  id: string;
  type: EntityType;
  /** Canonical name, e.g. "United States" for "U.S.". */
  name: string;
  mentions: Mention[];
  /** ISO 3166-1 alpha-2 code, for countries. */
  countryCode?: string;
  /**
   * For a MISC nationality or demonym ("the Kazakh economy", "American companies", "Americans"): the
   * ISO 3166-1 alpha-2 code of the country it refers to. The country's own LOCATION entity is separate.
   */
  country?: string;
  /** The role the article gives a person, e.g. "Foreign Minister of Kazakhstan". */
  role?: string;
  /** 0..1: how central the entity is to the article. */
  salience?: number;
}
