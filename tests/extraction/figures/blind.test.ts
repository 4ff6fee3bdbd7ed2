import { describe, expect, it } from "vitest";
import { BLIND_MISSES, BLIND2_MISSES, BLIND3_MISSES } from "./backlog.ts";
import { caseKey, runCase } from "./blind-run.ts";
import { BLIND_CASES } from "./cases-blind.ts";
import { BLIND2_CASES } from "./cases-blind2.ts";
import { BLIND3_CASES } from "./cases-blind3.ts";

/**
 * The blind set through the whole extract() (entities included), as a user meets it. Known misses are
 * listed in backlog.ts (BLIND_MISSES) and skipped here; `npx tsx tests/extraction/figures/blind-check.ts`
 * prints the pass rate over all of them.
 */
describe("blind figure cases", () => {
  it("has at least 120 cases", () => {
    expect(BLIND_CASES.length).toBeGreaterThanOrEqual(120);
  });

  const run = BLIND_CASES.filter((c) => !BLIND_MISSES.has(caseKey(c)));
  it.each(run.map((c) => [caseKey(c), c] as const))("%s", (_key, c) => {
    const figures = runCase(c);
    const expected = c[1];
    expect(figures).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const present = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
      for (const [k, v] of Object.entries(e)) if (v === undefined) expect(figures[i]).not.toHaveProperty(k);
      expect(figures[i]).toMatchObject(present);
    });
  });

  it("lists in the backlog only cases that still miss", () => {
    const keys = new Set(BLIND_CASES.map(caseKey));
    for (const key of BLIND_MISSES.keys()) expect(keys.has(key)).toBe(true);
  });
});

/** The second blind set (cases-blind2.ts), on the same terms; its known misses are BLIND2_MISSES. */
describe("second blind figure cases", () => {
  it("has at least 150 cases", () => {
    expect(BLIND2_CASES.length).toBeGreaterThanOrEqual(150);
  });

  const run = BLIND2_CASES.filter((c) => !BLIND2_MISSES.has(caseKey(c)));
  it.each(run.map((c) => [caseKey(c), c] as const))("%s", (_key, c) => {
    const figures = runCase(c);
    const expected = c[1];
    expect(figures).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const present = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
      for (const [k, v] of Object.entries(e)) if (v === undefined) expect(figures[i]).not.toHaveProperty(k);
      expect(figures[i]).toMatchObject(present);
    });
  });

  it("lists in the backlog only cases that still miss", () => {
    const keys = new Set(BLIND2_CASES.map(caseKey));
    for (const key of BLIND2_MISSES.keys()) expect(keys.has(key)).toBe(true);
  });
});

/** The third blind set (cases-blind3.ts), on the same terms; its known misses are BLIND3_MISSES. */
describe("third blind figure cases", () => {
  it("has at least 180 cases", () => {
    expect(BLIND3_CASES.length).toBeGreaterThanOrEqual(180);
  });

  const run = BLIND3_CASES.filter((c) => !BLIND3_MISSES.has(caseKey(c)));
  it.each(run.map((c) => [caseKey(c), c] as const))("%s", (_key, c) => {
    const figures = runCase(c);
    const expected = c[1];
    expect(figures).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const present = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
      for (const [k, v] of Object.entries(e)) if (v === undefined) expect(figures[i]).not.toHaveProperty(k);
      expect(figures[i]).toMatchObject(present);
    });
  });

  it("lists in the backlog only cases that still miss", () => {
    const keys = new Set(BLIND3_CASES.map(caseKey));
    for (const key of BLIND3_MISSES.keys()) expect(keys.has(key)).toBe(true);
  });
});
