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
        // A field expected as undefined must be absent, at any depth ("change.base").
        for (const path of absentPaths(e)) expect(figures[i]).not.toHaveProperty(path);
        expect(figures[i]).toMatchObject(present(e));
      });
    },
  );
});

/** The expectation without its fields given as undefined, at any depth. */
function present(expected: object): object {
  return Object.fromEntries(
    Object.entries(expected)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v !== null && typeof v === "object" && !Array.isArray(v) ? present(v) : v]),
  );
}

/** The paths of the fields given as undefined: ["speaker"], ["change", "base"]. */
function absentPaths(expected: object, prefix: string[] = []): string[][] {
  return Object.entries(expected).flatMap(([k, v]) =>
    v === undefined
      ? [[...prefix, k]]
      : v !== null && typeof v === "object" && !Array.isArray(v)
        ? absentPaths(v, [...prefix, k])
        : [],
  );
}
