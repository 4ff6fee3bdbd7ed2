import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type App, Stack, Validations } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, describe, expect, it } from "vitest";
import { PipelineStack } from "../../infra/pipeline-stack.ts";
import { Outdirs, STUB_ENTRY } from "./synth.ts";

interface ValidationReport {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string }[] }[];
}

const outdirs = new Outdirs();
afterAll(() => outdirs.cleanup());

/**
 * Synthesizes with the AwsSolutions pack as infra/app.ts registers it and returns the validation
 * report CDK writes into the cloud assembly: cdk-nag 3 reports there, not as annotations, and
 * leaves acknowledged findings out. Synth throws when the report holds errors; the report is still
 * written, so the test can say which rules failed.
 */
function nagReport(app: App): ValidationReport {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const reportFile = join(app.outdir, "validation-report.json");
  try {
    app.synth();
  } catch (error) {
    if (!existsSync(reportFile)) throw error;
  }
  return JSON.parse(readFileSync(reportFile, "utf8"));
}

const findings = (report: ValidationReport) =>
  report.pluginReports.flatMap((r) =>
    r.violations.map((v) => `${r.pluginName}: ${v.severity} ${v.ruleName}`),
  );

/** Every acknowledgement in the tree, as "construct path: rule id" -> reason. */
function acknowledgements(app: App): Map<string, string> {
  const acks = new Map<string, string>();
  for (const construct of app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        acks.set(`${construct.node.path}: ${id.replace(/^annotation::/i, "")}`, reason);
      }
    }
  }
  return acks;
}

describe("cdk-nag AwsSolutions", () => {
  it("reports no finding on the pipeline stack (nor does CDK's template validation)", () => {
    const app = outdirs.app({ cfnValidation: true });
    new PipelineStack(app, "Factwire", { extractEntry: STUB_ENTRY });
    expect(findings(nagReport(app))).toEqual([]);
  });

  it("acknowledges only the reviewed findings, each with a reason", () => {
    const app = outdirs.app();
    new PipelineStack(app, "Factwire", { extractEntry: STUB_ENTRY });
    const acks = acknowledgements(app);
    expect([...acks.keys()].sort()).toEqual([
      "Factwire/BucketNotificationsHandler050a0587b7544547bf325f094a3db834: AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      "Factwire/ExtractArticle/Role: AwsSolutions-IAM5[Resource::<ArticlesBucketEB4F3852.Arn>/articles/*]",
      "Factwire/ExtractArticle/Role: AwsSolutions-IAM5[Resource::<FactsTable164BB042.Arn>/index/*]",
    ]);
    for (const reason of acks.values()) expect(reason.length).toBeGreaterThan(40);
  });

  it("does report a finding nobody acknowledged (the check is live)", () => {
    const app = outdirs.app();
    new Bucket(new Stack(app, "Careless"), "Bucket");
    expect(findings(nagReport(app))).toContain("AwsSolutions: error AwsSolutions-S10");
  });
});
