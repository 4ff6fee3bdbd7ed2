import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../functions/extraction/figures/extract-figures.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { ALL_CASES } from "./cases.ts";

describe("figure cases", () => {
  it("has at least 300 cases", () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(300);
  });

  it.each(ALL_CASES.map(([input, expected, options]) => [input, expected, options ?? {}] as const))(
    "%s",
    (input, expected, options) => {
      const figures = extractFigures(input, { sentences: splitSentences(input), entities: [], ...options });
      expect(figures).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        // A field expected as undefined must be absent.
        const present = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
        for (const [k, v] of Object.entries(e)) if (v === undefined) expect(figures[i]).not.toHaveProperty(k);
        expect(figures[i]).toMatchObject(present);
      });
    },
  );
});
