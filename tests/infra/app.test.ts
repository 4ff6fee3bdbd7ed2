import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const cdkJson = JSON.parse(readFileSync(join(repoRoot, "cdk.json"), "utf8"));
const outdir = mkdtempSync(join(tmpdir(), "factwire-app-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("infra/app.ts", () => {
  it("synthesizes the stack named by context, with cdk-nag registered and no finding", async () => {
    // Run the entry the way the CDK CLI does (cdk.json "app"), minus bundling, which `npm run synth` covers.
    const context = { ...cdkJson.context, stackName: "FactwireStaging", "aws:cdk:bundling-stacks": [] };
    await promisify(execFile)(process.execPath, ["--import", "tsx", "infra/app.ts"], {
      cwd: repoRoot,
      // CDK's own template validation is asserted in cdk-nag.test.ts; here it would only cost time.
      env: {
        ...process.env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify(context),
        CDK_VALIDATION: "false",
      },
    });

    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.artifacts)).toContain("FactwireStaging");
    const template = JSON.parse(readFileSync(join(outdir, "FactwireStaging.template.json"), "utf8"));
    const buses = Object.values(
      template.Resources as Record<string, { Type: string; Properties: { Name?: string } }>,
    )
      .filter((r) => r.Type === "AWS::Events::EventBus")
      .map((r) => r.Properties.Name);
    expect(buses).toEqual(["factwirestaging"]);
    const report = JSON.parse(readFileSync(join(outdir, "validation-report.json"), "utf8"));
    expect(report.pluginReports).toEqual([]);
  });
});
