/**
 * The version of what extract() returns. Bump it with any change to the engine or its data that changes
 * results: a stored article whose record names another version is extracted again when its object is
 * processed again (`factwire backfill`), while an unchanged one stays a no-op.
 */
export const EXTRACTION_VERSION = "81";
