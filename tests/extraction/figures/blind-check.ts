/** Blind-set pass rate on the full criterion, per topic: `npx tsx tests/extraction/figures/blind-check.ts [-v]` (-v lists misses). */

import { caseKey, passes, runCase } from "./blind-run.ts";
import { BLIND_BY_TOPIC, BLIND_CASES } from "./cases-blind.ts";

let ok = 0;
for (const [topic, cases] of Object.entries(BLIND_BY_TOPIC)) {
  const p = cases.filter(passes).length;
  ok += p;
  console.log(`${topic.padEnd(15)} ${p}/${cases.length}`);
}
console.log(`ALL ${ok}/${BLIND_CASES.length} = ${((100 * ok) / BLIND_CASES.length).toFixed(1)}%`);
if (process.argv.includes("-v"))
  for (const c of BLIND_CASES)
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
