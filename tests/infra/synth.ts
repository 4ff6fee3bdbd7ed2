import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, type Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { PipelineStack, type PipelineStackProps } from "../../infra/pipeline-stack.ts";

/** A stand-in Lambda entry: bundling is skipped, but NodejsFunction still needs an existing file. */
export const STUB_ENTRY = fileURLToPath(new URL("./fixtures/extract-handler.ts", import.meta.url));

/** The feature flags of cdk.json, so tests synthesize what `cdk synth` does. */
const cdkJsonContext = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"))
  .context as Record<string, unknown>;

/** Temporary cloud-assembly folders, one per app; `cleanup()` deletes them all. */
export class Outdirs {
  private readonly dirs: string[] = [];

  /**
   * A new App writing to a temp folder, with cdk.json's flags and bundling skipped. CDK's built-in
   * CloudFormation template validation costs seconds per synth, so only the test that asserts on the
   * validation report turns it on.
   */
  app(options: { cfnValidation?: boolean } = {}): App {
    const outdir = mkdtempSync(join(tmpdir(), "factwire-infra-"));
    this.dirs.push(outdir);
    return new App({
      outdir,
      context: { ...cdkJsonContext, "aws:cdk:bundling-stacks": [] },
      builtinCloudFormationValidation: options.cfnValidation ?? false,
    });
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

/** The pipeline stack in a fresh app, and its synthesized template. */
export function synthPipeline(
  outdirs: Outdirs,
  props: PipelineStackProps = {},
): { app: App; stack: Stack; template: Template } {
  const app = outdirs.app();
  const stack = new PipelineStack(app, "Factwire", { extractEntry: STUB_ENTRY, ...props });
  return { app, stack, template: Template.fromStack(stack) };
}
