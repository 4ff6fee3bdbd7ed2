import { describe, expect, it } from "vitest";
import { isTitleCased, truecaseTitle } from "../../../functions/extraction/entities/tagger/truecase.ts";
import { committedModel } from "./helpers.ts";

const words = (sentence: string) => sentence.split(" ");

describe("isTitleCased", () => {
  const ordinary = new Set([
    "to",
    "cut",
    "jobs",
    "as",
    "pushes",
    "for",
    "returns",
    "met",
    "leader",
    "in",
    "on",
    "meets",
    "court",
    "ruled",
  ]);

  it.each([
    "Deutsche Bank To Cut 3,500 Jobs As Sewing Pushes For Returns",
    "Deutsche Bank to Cut 3,500 Jobs as Sewing Pushes for Returns",
    "Modi Meets Putin in Moscow",
  ])("takes %s for a title-case headline", (sentence) => {
    expect(isTitleCased(words(sentence), ordinary)).toBe(true);
  });

  it.each([
    "Kazakh President Kassym-Jomart Tokayev met Chinese leader Xi Jinping in Astana on Tuesday",
    "DEUTSCHE BANK TO CUT 3,500 JOBS AS SEWING PUSHES FOR RETURNS",
    "Deutsche Bank will cut jobs",
    "Jobs",
    "The Supreme Court ruled .",
    "Modi Meets Putin in Moscow .",
  ])("does not take %s for one", (sentence) => {
    expect(isTitleCased(words(sentence), ordinary)).toBe(false);
  });
});

describe("truecaseTitle", () => {
  const lowercase = new Set(["to", "cut", "jobs", "as", "pushes", "for", "returns"]);

  it("lowers the words prose writes in lower case and keeps the rest", () => {
    expect(
      truecaseTitle(words("Deutsche Bank To Cut 3,500 Jobs As Sewing Pushes For Returns"), lowercase),
    ).toEqual(words("Deutsche Bank to cut 3,500 jobs as Sewing pushes for returns"));
  });

  it("keeps the first word's capital", () => {
    expect(truecaseTitle(words("Jobs To Go"), lowercase)).toEqual(words("Jobs to Go"));
  });

  it("returns one word per word, none for none", () => {
    expect(truecaseTitle([], lowercase)).toEqual([]);
  });
});

describe("the committed model's lower-case words", () => {
  it("hold function words and common nouns and verbs, not names", () => {
    const { lowercaseWords } = committedModel();
    for (const word of ["to", "as", "for", "cut", "said", "would", "prices"])
      expect(lowercaseWords.has(word)).toBe(true);
    for (const name of ["kazakhstan", "blinken", "deutsche", "john"])
      expect(lowercaseWords.has(name)).toBe(false);
  });

  it("let the tagger find the names of a title-case headline", async () => {
    const { tagTokens } = await import("../../../functions/extraction/entities/tagger/index.ts");
    const tags = tagTokens(
      committedModel(),
      words("Deutsche Bank To Cut 3,500 Jobs As Sewing Pushes For Returns"),
    );
    expect(tags.slice(0, 4)).toEqual(["B-ORG", "I-ORG", "O", "O"]);
  });
});
