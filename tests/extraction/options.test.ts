import { describe, expect, it } from "vitest";
import { extract } from "../../functions/extraction/index.ts";

const TEXT = "Revenue rose 12% to $40 million last year, the company said.";

describe("extract's options", () => {
  it("reads a Date as its ISO date, as it reads the string", () => {
    const fromString = extract(TEXT, { publishedAt: "2026-10-14" }).figures;
    const fromDate = extract(TEXT, { publishedAt: new Date("2026-10-14T00:00:00Z") }).figures;
    expect(fromString.map((f) => f.period?.from)).toEqual(["2025", "2025"]);
    expect(fromDate).toEqual(fromString);
  });

  it("reads ISO dates and date-times with or without a zone", () => {
    for (const publishedAt of [
      "2026-10",
      "2026-10-14",
      "2026-10-14T08:30:00Z",
      "2026-10-14T08:30:00.123+05:30",
    ])
      expect(extract(TEXT, { publishedAt }).figures[0]?.period?.from, publishedAt).toBe("2025");
  });

  it("names a publication date it cannot read instead of leaving every period undated", () => {
    expect(() => extract(TEXT, { publishedAt: "Oct 14 2026" })).toThrow(
      /publishedAt must be an ISO 8601 date/,
    );
    expect(() => extract(TEXT, { publishedAt: "2026-13-01" })).toThrow(TypeError);
    expect(() => extract(TEXT, { publishedAt: new Date("not a date") })).toThrow(/invalid Date/);
    expect(() => extract(TEXT, { publishedAt: 20261014 as unknown as string })).toThrow(TypeError);
  });

  it("names a dollar currency that is no ISO 4217 code", () => {
    expect(extract(TEXT, { dollarCurrency: "AUD" }).figures[1]?.currency).toBe("AUD");
    expect(() => extract(TEXT, { dollarCurrency: "aud" })).toThrow(/dollarCurrency must be an ISO 4217 code/);
  });
});
