import type { Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Outdirs, synthPipeline } from "./synth.ts";

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const outdirs = new Outdirs();
let template: Template;
let statements: Statement[];

/** Every statement that applies to the extract-article function's role, wherever CDK put it. */
function functionRoleStatements(t: Template): Statement[] {
  const [fn] = Object.values(
    t.findResources("AWS::Lambda::Function", { Properties: { Runtime: "nodejs24.x" } }),
  );
  const roleId: string = fn?.Properties.Role["Fn::GetAtt"][0];
  const role = t.findResources("AWS::IAM::Role")[roleId];
  expect(role?.Properties.ManagedPolicyArns ?? []).toEqual([]);
  expect(role?.Properties.Policies ?? []).toEqual([]);
  return Object.values(t.findResources("AWS::IAM::Policy"))
    .filter((policy) => policy.Properties.Roles.some((r: { Ref?: string }) => r.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const logicalIdOf = (type: string): string => {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};
const arnOf = (id: string) => ({ "Fn::GetAtt": [id, "Arn"] });
/** The resources each action may touch, keyed by action. */
const resourcesByAction = (): Map<string, unknown[]> => {
  const map = new Map<string, unknown[]>();
  for (const s of statements) {
    const resources = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
    for (const action of actionsOf(s)) map.set(action, [...(map.get(action) ?? []), ...resources]);
  }
  return map;
};

beforeAll(() => {
  ({ template } = synthPipeline(outdirs));
  statements = functionRoleStatements(template);
});
afterAll(() => outdirs.cleanup());

describe("extract-article role", () => {
  it("allows exactly: write its logs, consume the queue, read articles, read/write table items, put events", () => {
    expect(statements.every((s) => s.Effect === "Allow")).toBe(true);
    expect([...new Set(statements.flatMap(actionsOf))].sort()).toEqual([
      "dynamodb:BatchGetItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:ConditionCheckItem",
      "dynamodb:DeleteItem",
      "dynamodb:DescribeTable",
      "dynamodb:GetItem",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:UpdateItem",
      "events:PutEvents",
      "logs:CreateLogStream",
      "logs:PutLogEvents",
      "s3:GetObject",
      "s3:GetObjectVersion",
      "s3:ListBucket",
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
      "sqs:ReceiveMessage",
    ]);
  });

  it("has no wildcard action and no wildcard resource", () => {
    for (const s of statements) {
      for (const action of actionsOf(s)) expect(action).not.toContain("*");
      expect(JSON.stringify(s.Resource)).not.toMatch(/"\*"/);
    }
  });

  it("scopes each service to this stack's resource", () => {
    const bucketArn = arnOf(
      Object.keys(
        template.findResources("AWS::S3::Bucket", { Properties: { VersioningConfiguration: {} } }),
      )[0] as string,
    );
    const tableArn = arnOf(logicalIdOf("AWS::DynamoDB::Table"));
    const byAction = resourcesByAction();
    const only = (prefix: string, expected: unknown[]) => {
      for (const [action, resources] of byAction) {
        if (action.startsWith(prefix)) expect(resources, action).toEqual(expected);
      }
    };
    only("s3:GetObject", [{ "Fn::Join": ["", [bucketArn, "/articles/*"]] }]);
    // Listing only turns "missing key" into 404 instead of 403; it reads no object.
    only("s3:ListBucket", [bucketArn]);
    only("dynamodb:", [tableArn, { "Fn::Join": ["", [tableArn, "/index/*"]] }]);
    only("events:", [arnOf(logicalIdOf("AWS::Events::EventBus"))]);
    only("logs:", [arnOf(logicalIdOf("AWS::Logs::LogGroup"))]);
    const queueId = Object.keys(
      template.findResources("AWS::SQS::Queue", { Properties: { RedrivePolicy: {} } }),
    )[0] as string;
    only("sqs:", [arnOf(queueId)]);
  });
});
