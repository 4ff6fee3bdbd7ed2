import { describe, expect, it } from "vitest";
import { extract } from "../../functions/extraction/index.ts";

describe("entities inside amounts of money", () => {
  it("drops a mention that is an amount with its currency's letters glued on", () => {
    const text =
      "The subsidy stood at N515.6bn, compared with N488bn in the second quarter. " +
      "Growthpoint owns 348 properties valued at R76.2bn, and Emaar shares closed at Dh42.80 in Dubai.";
    const { entities, figures } = extract(text, { publishedAt: "2026-11-20" });
    const names = entities.map((entity) => entity.name);
    for (const amount of ["N515.6bn", "N488bn", "R76.2bn", "Dh42.80"]) {
      expect(figures.some((figure) => figure.text === amount && figure.kind === "MONEY")).toBe(true);
      expect(names).not.toContain(amount);
    }
    expect(names).toContain("Dubai");
    // A country named in a currency keeps its mention: "3 billion U.S. dollars" mentions the United States.
    const us = extract("Box office takings hit 1.3 billion U.S. dollars.", { publishedAt: "2026-11-20" });
    expect(us.entities.some((entity) => entity.countryCode === "US")).toBe(true);
    for (const entity of entities)
      for (const mention of entity.mentions)
        expect(
          figures.some((f) => f.kind === "MONEY" && f.start <= mention.start && mention.end <= f.end),
        ).toBe(false);
  });

  it("drops a currency's letters glued to its sign", () => {
    const text =
      "Ghana will spend GH¢4.2 billion on the programme, up from GH¢3.5 billion, the Finance Ministry said.";
    const { entities, figures } = extract(text, { publishedAt: "2026-11-20" });
    expect(figures.filter((figure) => figure.currency === "GHS")).toHaveLength(2);
    expect(entities.flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain("GH");
    expect(entities.some((entity) => entity.countryCode === "GH")).toBe(true);
  });
});
