/**
 * The currency a bare "$" means in news from a country whose own currency is a dollar (or a peso written
 * "$"), keyed by the country-code top-level domain of the article's URL. Data only; used by
 * dollar-currency.ts. US, and every domain not listed, keep the default: USD.
 */
export const DOLLAR_BY_DOMAIN: Readonly<Record<string, string>> = {
  au: "AUD",
  ca: "CAD",
  nz: "NZD",
  sg: "SGD",
  hk: "HKD",
  tw: "TWD",
  jm: "JMD",
  tt: "TTD",
  bb: "BBD",
  bs: "BSD",
  bz: "BZD",
  na: "NAD",
  lr: "LRD",
  fj: "FJD",
  gy: "GYD",
  mx: "MXN",
  ar: "ARS",
  cl: "CLP",
  co: "COP",
  uy: "UYU",
};
