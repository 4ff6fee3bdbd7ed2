import { describe, expect, it } from "vitest";
import { isDefinedAcronym } from "../../../functions/extraction/entities/word-shape.ts";

describe("isDefinedAcronym", () => {
  it.each(["BCCI", "UNRWA", "AfDB", "BoG", "AT&T", "NATO"])("takes %s for an acronym", (word) => {
    expect(isDefinedAcronym(word)).toBe(true);
  });

  it.each(["Reuters", "AP-Ghana", "iPhone", "Ab", "X", "Bank", "McDonald"])("does not take %s", (word) => {
    expect(isDefinedAcronym(word)).toBe(false);
  });
});
