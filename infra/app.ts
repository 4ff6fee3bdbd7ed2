import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { PipelineStack } from "./pipeline-stack.ts";

const app = new App();

const stackName = String(app.node.tryGetContext("stackName") ?? "Factwire");
const retainData = String(app.node.tryGetContext("retainData") ?? "true") !== "false";

new PipelineStack(app, stackName, {
  description: "factwire: news articles in S3 -> entities and figures in DynamoDB, events on EventBridge",
  retainData,
  logLevel: app.node.tryGetContext("logLevel"),
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
