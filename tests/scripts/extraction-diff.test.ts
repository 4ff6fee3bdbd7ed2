import { describe, expect, it } from "vitest";
import { extract } from "../../functions/extraction/index.ts";
import { compareExtractions } from "../../scripts/extraction-diff.ts";

describe("compareExtractions", () => {
  it("reports the fields that changed, figures added or removed and entities in or out", () => {
    const before = { a: extract("Nordbank said sales rose 5% to $3 million in 2025.") };
    const after = structuredClone(before);
    const [percent, money] = after.a.figures;
    if (!percent || !money) throw new Error("the sentence has two figures");
    percent.subject = { text: "sales of Nordbank", start: 0, end: 0 };
    after.a.figures = [percent];
    after.a.entities = [];

    const differences = compareExtractions(before, after);

    expect(differences.map((d) => [d.field, d.what, d.before, d.after])).toEqual([
      ["subject", "5%", "sales", "sales of Nordbank"],
      ["removed", "$3 million", "$3 million", ""],
      ["entity", "ORGANIZATION Nordbank", "ORGANIZATION Nordbank", ""],
    ]);
  });

  it("reports an entity's changed role and number of mentions", () => {
    const before = { a: extract("Chief executive Jane Doe said so. Doe added that Nordbank grew.") };
    const after = structuredClone(before);
    const person = after.a.entities.find((e) => e.name === "Jane Doe");
    if (!person) throw new Error("the text names Jane Doe");
    person.role = "group chief executive";
    person.mentions = person.mentions.slice(0, 1);

    expect(compareExtractions(before, after).map((d) => [d.field, d.what, d.before, d.after])).toEqual([
      ["role", "PERSON Jane Doe", "Chief executive", "group chief executive"],
      ["mentions", "PERSON Jane Doe", "2", "1"],
    ]);
  });

  it("finds no difference between an extraction and itself", () => {
    const result = { a: extract("Exports fell 2% in March, the ministry said.") };
    expect(compareExtractions(result, structuredClone(result))).toEqual([]);
  });
});
