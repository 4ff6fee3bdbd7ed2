/** The named limits on one article. Each is configurable (see README, "Configuration"). */
export interface ArticleLimits {
  /** Objects larger than this (compressed or not) are rejected with TOO_LARGE. */
  maxObjectBytes: number;
  /** Text beyond this many characters is not processed; the article is marked truncated. */
  maxTextChars: number;
  /** At most this many entities (the most salient) are stored per article. */
  maxEntities: number;
  /** At most this many figures (in text order) are stored per article. */
  maxFigures: number;
}

export const DEFAULT_LIMITS: Readonly<ArticleLimits> = {
  maxObjectBytes: 10 * 1024 * 1024,
  maxTextChars: 1_000_000,
  maxEntities: 500,
  maxFigures: 500,
};

const ENV_NAMES: Record<keyof ArticleLimits, string> = {
  maxObjectBytes: "FACTWIRE_MAX_OBJECT_BYTES",
  maxTextChars: "FACTWIRE_MAX_TEXT_CHARS",
  maxEntities: "FACTWIRE_MAX_ENTITIES",
  maxFigures: "FACTWIRE_MAX_FIGURES",
};

/** Reads the limits from FACTWIRE_MAX_* variables; a value that is not a positive integer is an error. */
export function limitsFromEnv(env: Record<string, string | undefined>): ArticleLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [name, variable] of Object.entries(ENV_NAMES) as [keyof ArticleLimits, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`${variable} must be a positive integer, got "${raw}"`);
    }
    limits[name] = value;
  }
  return limits;
}

/**
 * Pages deeper or larger than these skip Readability (whose cost grows with depth times size, and which
 * recurses) and are read by the flat, linear fallback in html-scan.ts instead. Typical news pages nest
 * 15 to 40 elements deep and have 1,000 to 5,000 elements.
 */
export const MAX_HTML_DEPTH = 100;
export const MAX_HTML_ELEMENTS = 10_000;

/** A JSON article's free metadata is stored with its record only up to this many characters of JSON. */
export const MAX_STORED_METADATA_CHARS = 32_000;
