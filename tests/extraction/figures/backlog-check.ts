/** Reports which backlog cases pass now: `npx tsx tests/extraction/figures/backlog-check.ts`. */
import { isDeepStrictEqual } from "node:util";
import { extractFigures } from "../../../functions/extraction/figures/extract-figures.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";
import { BACKLOG, BLIND_BACKLOG, BLIND2_BACKLOG, BLIND3_BACKLOG } from "./backlog.ts";
import { passes } from "./blind-run.ts";

function matches(actual: unknown, expected: unknown): boolean {
  if (expected === undefined) return actual === undefined;
  if (typeof expected !== "object" || expected === null) return isDeepStrictEqual(actual, expected);
  if (typeof actual !== "object" || actual === null) return false;
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}

let passing = 0;
for (const [input, expected, options] of BACKLOG) {
  const figures = extractFigures(input, { sentences: splitSentences(input), entities: [], ...options });
  const ok = figures.length === expected.length && expected.every((e, i) => matches(figures[i], e));
  if (ok) passing++;
  console.log(`${ok ? "PASS" : "miss"}  ${input}`);
}
console.log(`${passing}/${BACKLOG.length} backlog cases pass`);
for (const c of BLIND_BACKLOG) console.log(`${passes(c) ? "PASS" : "miss"}  (blind) ${c[0]}`);
for (const c of BLIND2_BACKLOG) console.log(`${passes(c) ? "PASS" : "miss"}  (blind2) ${c[0]}`);
for (const c of BLIND3_BACKLOG) console.log(`${passes(c) ? "PASS" : "miss"}  (blind3) ${c[0]}`);
