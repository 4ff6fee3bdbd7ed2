import { describe, expect, it } from "vitest";
import { tokenize } from "../../../functions/extraction/text/tokens.ts";

const words = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize: hyphens", () => {
  it("keeps hyphenated words and numbers whole", () => {
    expect(
      words("Kassym-Jomart 3-D 24-hour F-16 COVID-19 2-1 al-Sisi Coca-Cola T-shirt Jae-yong Re-election"),
    ).toEqual([
      "Kassym-Jomart",
      "3-D",
      "24-hour",
      "F-16",
      "COVID-19",
      "2-1",
      "al-Sisi",
      "Coca-Cola",
      "T-shirt",
      "Jae-yong",
      "Re-election",
    ]);
  });

  it("splits a name from the compound word glued to it", () => {
    expect(words("the Paris-based bank, a Kenyan-born coder, the Iran-aligned group, PARIS-BASED")).toEqual([
      "the",
      "Paris",
      "-",
      "based",
      "bank",
      ",",
      "a",
      "Kenyan",
      "-",
      "born",
      "coder",
      ",",
      "the",
      "Iran",
      "-",
      "aligned",
      "group",
      ",",
      "PARIS-BASED",
    ]);
  });

  it("splits a seeding or rank from the name glued to it", () => {
    expect(words("2-Alexander Zverev (Germany) beat 11-Holger Rune")).toEqual([
      "2",
      "-",
      "Alexander",
      "Zverev",
      "(",
      "Germany",
      ")",
      "beat",
      "11",
      "-",
      "Holger",
      "Rune",
    ]);
  });
});

describe("tokenize: slashed legal forms", () => {
  it("keeps two capitals around a slash whole, nothing longer", () => {
    expect(words("Maersk A/S, N/A and A/Sa or 24/7")).toEqual([
      "Maersk",
      "A/S",
      ",",
      "N/A",
      "and",
      "A",
      "/",
      "Sa",
      "or",
      "24",
      "/",
      "7",
    ]);
  });
});
