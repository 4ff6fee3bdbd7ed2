/**
 * Blind-set pass rate on the full criterion, per topic: `npx tsx tests/extraction/figures/blind-check.ts [-v] [2|3]`
 * (-v lists misses; 2 runs the second blind set, cases-blind2.ts; 3 the third, cases-blind3.ts). Beside each
 * topic, the bench criterion (kind, value, currency; bench/figure-accuracy.ts) in brackets.
 */

import { judge } from "../../../bench/figure-accuracy.ts";
import { caseKey, passes, runCase } from "./blind-run.ts";
import type { Case } from "./case-types.ts";
import { BLIND_BY_TOPIC } from "./cases-blind.ts";
import { BLIND2_BY_TOPIC } from "./cases-blind2.ts";
import { BLIND3_BY_TOPIC } from "./cases-blind3.ts";

const byTopic = process.argv.includes("3")
  ? BLIND3_BY_TOPIC
  : process.argv.includes("2")
    ? BLIND2_BY_TOPIC
    : BLIND_BY_TOPIC;
const all = Object.values(byTopic).flat();
/** The bench criterion: figure count, span overlap, kind, value and currency. */
const benchPasses = ([input, expected, options]: Case): boolean =>
  judge(
    input,
    expected,
    runCase([input, expected, options]).map((f) => ({ ...f, currency: f.currency ?? undefined })),
    true,
  );
let ok = 0;
let bench = 0;
for (const [topic, cases] of Object.entries(byTopic)) {
  const p = cases.filter(passes).length;
  const b = cases.filter(benchPasses).length;
  ok += p;
  bench += b;
  console.log(`${topic.padEnd(15)} ${p}/${cases.length}  (bench ${b}/${cases.length})`);
}
console.log(`ALL ${ok}/${all.length} = ${((100 * ok) / all.length).toFixed(1)}%`);
console.log(`BENCH ${bench}/${all.length} = ${((100 * bench) / all.length).toFixed(1)}%`);
if (process.argv.includes("-v"))
  for (const c of all)
    if (!passes(c)) {
      console.log("\nMISS", caseKey(c));
      console.log("  want", JSON.stringify(c[1]));
      console.log(
        "  got ",
        JSON.stringify(
          runCase(c).map(({ sentence, start, end, ...f }) => ({
            ...f,
            subject: f.subject?.text,
            period: f.period && [f.period.text, f.period.from, f.period.to],
          })),
        ),
      );
    }
