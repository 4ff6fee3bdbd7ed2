import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");
// Inside the repo, beside node_modules, like the stack's asset staging.
const OUT_DIR = resolve(ROOT, "node_modules/.cache/factwire-bench");

export interface BundleReport {
  bytes: number;
  /** Median time to import the bundle in a fresh Node process, in ms (module init, cold). */
  initMs: number;
}

/** Bundles the handler as the CDK stack does (ESM, minified, AWS SDK inside) and times its import. */
export async function measureHandlerBundle(runs = 5): Promise<BundleReport> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = resolve(OUT_DIR, "handler.mjs");
  await build({
    entryPoints: [resolve(ROOT, "functions/extract-article/handler.ts")],
    outfile,
    bundle: true,
    minify: true,
    platform: "node",
    target: "node24",
    format: "esm",
    mainFields: ["module", "main"],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: "error",
  });
  const script = `const t = performance.now(); await import(${JSON.stringify(outfile)}); console.log(performance.now() - t);`;
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
  return { bytes: statSync(outfile).size, initMs: times[Math.floor(times.length / 2)] ?? Number.NaN };
}
