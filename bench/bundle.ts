import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { type BuildOptions, build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");
// Inside the repo, beside node_modules, like the stack's asset staging.
const OUT_DIR = resolve(ROOT, "node_modules/.cache/factwire-bench");

export interface BundleReport {
  bytes: number;
  /** Median time to import the bundle in a fresh Node process, in ms (module init, cold). */
  initMs: number;
  /**
   * Median time of prepareExtraction() in a fresh process after importing the engine: the NER model
   * load and its indexes, which the handler does at init (part of initMs).
   */
  warmUpMs: number;
  /** Median time of the first extract() of a short article after that: what a container's first article pays. */
  firstExtractMs: number;
}

const FIRST_ARTICLE =
  "ASTANA - Kazakh President Kassym-Jomart Tokayev met U.S. Secretary of State Antony Blinken on Monday. " +
  "Trade between the two countries grew 20% to $3.2 billion last year, Blinken said.";

const bundleOptions: BuildOptions = {
  bundle: true,
  minify: true,
  platform: "node",
  target: "node24",
  format: "esm",
  mainFields: ["module", "main"],
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: "error",
};

/** Median of `runs` fresh Node processes running `script` (an ES module printing one number of ms). */
function medianOfFreshRuns(script: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env: {
        ...process.env,
        FACTS_TABLE_NAME: "bench",
        EVENT_BUS_NAME: "bench",
        AWS_REGION: "us-east-1",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
      encoding: "utf8",
    });
    times.push(Number(output.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Bundles the handler as the CDK stack does (ESM, minified, AWS SDK inside) and times its import; bundles
 * the extraction engine alike and times its warm-up (done by the handler at init) and the first
 * extract() after it.
 */
export async function measureHandlerBundle(runs = 5): Promise<BundleReport> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = resolve(OUT_DIR, "handler.mjs");
  const engine = resolve(OUT_DIR, "extraction.mjs");
  await build({
    ...bundleOptions,
    entryPoints: [resolve(ROOT, "functions/extract-article/handler.ts")],
    outfile,
  });
  await build({
    ...bundleOptions,
    entryPoints: [resolve(ROOT, "functions/extraction/index.ts")],
    outfile: engine,
  });
  const initMs = medianOfFreshRuns(
    `const t = performance.now(); await import(${JSON.stringify(outfile)}); console.log(performance.now() - t);`,
    runs,
  );
  const warmUpMs = medianOfFreshRuns(
    `const { prepareExtraction } = await import(${JSON.stringify(engine)}); const t = performance.now(); ` +
      "prepareExtraction(); console.log(performance.now() - t);",
    runs,
  );
  const firstExtractMs = medianOfFreshRuns(
    `const { extract, prepareExtraction } = await import(${JSON.stringify(engine)}); prepareExtraction(); ` +
      `const t = performance.now(); extract(${JSON.stringify(FIRST_ARTICLE)}, {}); console.log(performance.now() - t);`,
    runs,
  );
  return { bytes: statSync(outfile).size, initMs, warmUpMs, firstExtractMs };
}
