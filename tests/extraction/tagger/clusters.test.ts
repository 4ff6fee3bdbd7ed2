import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeClusters, WordClusters } from "../../../functions/extraction/entities/tagger/clusters.ts";
import { committedModel } from "./helpers.ts";

const decode = (pairs: Array<[string, string]>) => {
  const { clusterWords, clusterPaths } = encodeClusters(pairs);
  return new WordClusters(clusterWords, clusterPaths);
};

describe("word clusters in the model file", () => {
  it("find each word's path and nothing else", () => {
    const clusters = decode([
      ["tashkent", "032112"],
      ["almaty", "032112"],
      ["münchen", "333333"],
      ["u.s.", "000000"],
      ["zurich", "100002"],
    ]);
    expect(clusters.size).toBe(5);
    expect(clusters.get("almaty")).toBe("032112");
    expect(clusters.get("münchen")).toBe("333333");
    expect(clusters.get("u.s.")).toBe("000000");
    expect(clusters.get("zurich")).toBe("100002");
    for (const missing of ["", "a", "almat", "almatyy", "zzz", "Almaty", "us"]) {
      expect(clusters.get(missing)).toBeUndefined();
    }
  });

  it("round-trip any words and paths", () => {
    const word = fc.string({ minLength: 1, maxLength: 8 }).filter((w) => !w.includes(" "));
    const path = fc.stringMatching(/^[0-3]{6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, path), { selector: ([w]) => w, maxLength: 40 }), (pairs) => {
        const clusters = decode(pairs);
        for (const [w, p] of pairs) expect(clusters.get(w)).toBe(p);
        expect(clusters.get("  ")).toBeUndefined();
      }),
    );
  });

  it("hold no words when empty", () => {
    expect(new WordClusters("", "").get("almaty")).toBeUndefined();
  });

  it.each([
    ["a short path", [["almaty", "0321"]]],
    ["a digit above 3", [["almaty", "032142"]]],
    ["a word with a space", [["new york", "032112"]]],
    [
      "a repeated word",
      [
        ["almaty", "032112"],
        ["almaty", "000000"],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)("refuse %s", (_, pairs) => {
    expect(() => encodeClusters(pairs)).toThrow(RangeError);
  });

  it("refuse paths that do not match the words", () => {
    expect(() => new WordClusters("almaty tashkent", "AB")).toThrow(RangeError);
    expect(() => new WordClusters("almaty", "A!")).toThrow(RangeError);
  });

  it("put the committed model's capitals of Central Asia together", () => {
    const { clusters } = committedModel();
    expect(clusters.get("almaty")).toBeDefined();
    expect(clusters.get("almaty")?.slice(0, 4)).toBe(clusters.get("tashkent")?.slice(0, 4));
  });
});
