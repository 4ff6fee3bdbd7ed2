import { describe, expect, it } from "vitest";
import { defaultProposer } from "../../functions/extraction/entities/default-proposer.ts";
import { extract, prepareExtraction } from "../../functions/extraction/index.ts";

describe("prepareExtraction", () => {
  it("loads the tagger's model (not the rules-only fallback) and leaves extraction unchanged", () => {
    const text = "Kazakh President Kassym-Jomart Tokayev met Antony Blinken in Astana.";
    const before = extract(text);
    prepareExtraction();
    expect(defaultProposer().ordinaryWords?.size).toBeGreaterThan(10_000);
    expect(extract(text)).toEqual(before);
  });
});
