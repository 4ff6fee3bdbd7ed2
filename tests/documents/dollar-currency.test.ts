import { describe, expect, it } from "vitest";
import { dollarCurrencyOf } from "../../functions/documents/dollar-currency.ts";

describe("dollarCurrencyOf", () => {
  it.each([
    [{ url: "https://www.smh.com.au/business/markets/x.html" }, "AUD"],
    [{ url: "https://www.theglobeandmail.com/business/" }, undefined],
    [{ url: "https://www.cbc.ca/news/business/" }, "CAD"],
    [{ url: "https://www.straitstimes.com.sg/x" }, "SGD"],
    [{ url: "https://www.nzherald.co.nz/business/" }, "NZD"],
    [{ url: "https://www.reuters.com/markets/" }, undefined],
    [{ url: "not a url" }, undefined],
    [{ url: "https://www.cbc.ca/x", metadata: { dollarCurrency: "USD" } }, "USD"],
    [{ metadata: { dollarCurrency: "HKD" } }, "HKD"],
    [{ metadata: { dollarCurrency: "hong kong" } }, undefined],
    [{}, undefined],
  ])("%j -> %s", (article, expected) => {
    expect(dollarCurrencyOf(article)).toBe(expected);
  });
});
