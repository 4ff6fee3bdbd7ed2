/**
 * Market-data terminals and news feeds, products (MISC) of the companies that sell them: a wire brief's
 * "Source text for Eikon:" names no person. Data only: gazetteer.ts builds the look-up.
 */
export const DATA_PRODUCT_NAMES: readonly string[] = [
  "Eikon",
  "Refinitiv Eikon",
  "Refinitiv Workspace",
  "LSEG Workspace",
  "Bloomberg Terminal",
];
