/**
 * Blind-set pass rate on the full criterion, per topic: `npx tsx tests/extraction/figures/blind-check.ts [-v] [2]`
 * (-v lists misses; 2 runs the second blind set, cases-blind2.ts).
 */

import { caseKey, passes, runCase } from "./blind-run.ts";
import { BLIND_BY_TOPIC } from "./cases-blind.ts";
import { BLIND2_BY_TOPIC } from "./cases-blind2.ts";

const byTopic = process.argv.includes("2") ? BLIND2_BY_TOPIC : BLIND_BY_TOPIC;
const all = Object.values(byTopic).flat();
let ok = 0;
for (const [topic, cases] of Object.entries(byTopic)) {
  const p = cases.filter(passes).length;
  ok += p;
  console.log(`${topic.padEnd(15)} ${p}/${cases.length}`);
}
console.log(`ALL ${ok}/${all.length} = ${((100 * ok) / all.length).toFixed(1)}%`);
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
