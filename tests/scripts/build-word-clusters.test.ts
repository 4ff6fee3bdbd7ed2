import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BRANCHING,
  CLUSTERS_PATH,
  clusterPaths,
  DEPTH,
  isClusterWord,
  splitByCosine,
} from "../../scripts/build-word-clusters.ts";
import { rng } from "../../scripts/prng.ts";

/** Two tight bundles of 2-d unit vectors around the x axis and the y axis. */
function twoBundles(perBundle: number): Float32Array {
  const random = rng(1);
  const data = new Float32Array(perBundle * 2 * 2);
  for (let i = 0; i < perBundle * 2; i++) {
    const angle = (i < perBundle ? 0 : Math.PI / 2) + (random() - 0.5) * 0.2;
    data[i * 2] = Math.cos(angle);
    data[i * 2 + 1] = Math.sin(angle);
  }
  return data;
}

describe("isClusterWord", () => {
  it.each(["almaty", "u.s.", "at&t", "o'neill", "pro-russian", "münchen"])("keeps %s", (word) => {
    expect(isClusterWord(word)).toBe(true);
  });
  it.each(["1990", "Almaty", ",", "-", "'s", "x".repeat(31)])("drops %s", (word) => {
    expect(isClusterWord(word)).toBe(false);
  });
});

describe("splitByCosine", () => {
  it("separates two bundles of directions", () => {
    const members = Array.from({ length: 40 }, (_, i) => i);
    const assign = splitByCosine(twoBundles(20), 2, members, 2, 10, rng(7));
    const first = new Set(Array.from(assign.subarray(0, 20)));
    const second = new Set(Array.from(assign.subarray(20)));
    expect(first.size).toBe(1);
    expect(second.size).toBe(1);
    expect([...first][0]).not.toBe([...second][0]);
  });

  it("gives each point its own group when there are no more points than groups", () => {
    expect(Array.from(splitByCosine(twoBundles(1), 2, [0, 1], 4, 10, rng(7)))).toEqual([0, 1]);
  });
});

describe("clusterPaths", () => {
  it("is deterministic and gives each row DEPTH digits below BRANCHING", () => {
    const data = twoBundles(50);
    const a = clusterPaths(data, 2, 100, 3);
    expect(clusterPaths(data, 2, 100, 3)).toEqual(a);
    for (const path of a) expect(path).toMatch(new RegExp(`^[0-${BRANCHING - 1}]{${DEPTH}}$`));
    expect(a[0]?.[0]).not.toBe(a[99]?.[0]);
  });
});

describe("the committed clusters", () => {
  const lines = readFileSync(CLUSTERS_PATH, "utf8").trimEnd().split("\n");
  const pathOf = new Map(lines.map((line) => line.split("\t") as [string, string]));

  it("hold one sorted, unique, well-formed line per word", () => {
    expect(lines.length).toBeGreaterThan(50_000);
    expect(pathOf.size).toBe(lines.length);
    expect([...lines].sort()).toEqual(lines);
    const malformed = [...pathOf].filter(([word, path]) => !isClusterWord(word) || !/^[0-3]{6}$/.test(path));
    expect(malformed).toEqual([]);
  });

  it("group words of one kind", () => {
    const prefix = (word: string) => pathOf.get(word)?.slice(0, 4);
    expect(prefix("almaty")).toBe(prefix("tashkent"));
    expect(prefix("monday")).toBe(prefix("tuesday"));
    expect(prefix("monday")).not.toBe(prefix("tashkent"));
  });
});
