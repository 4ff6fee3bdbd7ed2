import { describe, expect, it } from "vitest";
import { defaultProposer } from "../../functions/extraction/entities/default-proposer.ts";
import { extract, prepareExtraction } from "../../functions/extraction/index.ts";

// Runs first in its own module graph (vitest isolates test files): nothing has loaded the model yet.
describe("prepareExtraction", () => {
  it("loads the tagger's model, not the rules-only fallback, before any article", () => {
    prepareExtraction();
    expect(defaultProposer().ordinaryWords?.size).toBeGreaterThan(10_000);
  });

  it("leaves extraction as it was", () => {
    const entities = extract("Kazakh President Kassym-Jomart Tokayev met Antony Blinken in Astana.").entities;
    expect(entities.map((e) => `${e.type} ${e.name}`)).toEqual(
      expect.arrayContaining(["PERSON Kassym-Jomart Tokayev", "PERSON Antony Blinken", "LOCATION Astana"]),
    );
  });
});
