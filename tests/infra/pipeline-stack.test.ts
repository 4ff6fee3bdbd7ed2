import { Match, type Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FactsTableKeys } from "../../functions/adapters/facts-table-keys.ts";
import { Outdirs, synthPipeline } from "./synth.ts";

const outdirs = new Outdirs();
let template: Template;

beforeAll(() => {
  ({ template } = synthPipeline(outdirs));
});
afterAll(() => outdirs.cleanup());

const ref = (logicalId: string) => ({ "Fn::GetAtt": [logicalId, "Arn"] });
const onlyLogicalId = (found: Record<string, unknown>): string => {
  const ids = Object.keys(found);
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};
const articleBucketId = () =>
  onlyLogicalId(template.findResources("AWS::S3::Bucket", { Properties: { VersioningConfiguration: {} } }));
const ingestQueueId = () =>
  onlyLogicalId(
    template.findResources("AWS::SQS::Queue", { Properties: { RedrivePolicy: Match.anyValue() } }),
  );

describe("article bucket", () => {
  it("is private, encrypted, versioned, logged and expires old versions", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.anyValue() } },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Status: "Enabled", NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
        ]),
      },
    });
  });

  it("denies every request that does not use TLS, on both buckets", () => {
    const policies = template.findResources("AWS::S3::BucketPolicy", {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: "Deny",
              Action: "s3:*",
              Principal: { AWS: "*" },
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            }),
          ]),
        },
      },
    });
    expect(Object.keys(policies)).toHaveLength(2);
  });

  it("is kept when the stack is deleted, unless retainData is false", () => {
    template.hasResource("AWS::S3::Bucket", {
      Properties: { VersioningConfiguration: {} },
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
    const throwaway = synthPipeline(outdirs, { retainData: false }).template;
    throwaway.hasResource("AWS::S3::Bucket", {
      Properties: { VersioningConfiguration: {} },
      DeletionPolicy: "Delete",
    });
    throwaway.hasResource("AWS::DynamoDB::Table", {
      Properties: { DeletionProtectionEnabled: false },
      DeletionPolicy: "Delete",
    });
  });

  it("notifies the ingest queue of created and removed objects under articles/ only", () => {
    const queueArn = ref(ingestQueueId());
    const toQueue = (event: string) => ({
      Events: [event],
      Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "articles/" }] } },
      QueueArn: queueArn,
    });
    template.hasResourceProperties("Custom::S3BucketNotifications", {
      BucketName: { Ref: articleBucketId() },
      NotificationConfiguration: {
        QueueConfigurations: [toQueue("s3:ObjectCreated:*"), toQueue("s3:ObjectRemoved:*")],
      },
    });
  });

  it("lets only this bucket send to the queue", () => {
    template.hasResourceProperties("AWS::SQS::QueuePolicy", {
      Queues: [{ Ref: ingestQueueId() }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "s3.amazonaws.com" },
            Action: Match.arrayWith(["sqs:SendMessage"]),
            Condition: { ArnLike: { "aws:SourceArn": ref(articleBucketId()) } },
          }),
        ]),
      },
    });
  });
});

describe("ingest queue", () => {
  it("moves a message to the dead-letter queue after 5 receives", () => {
    const dlqId = onlyLogicalId(
      template.findResources("AWS::SQS::Queue", { Properties: { MessageRetentionPeriod: 14 * 24 * 3600 } }),
    );
    template.hasResourceProperties("AWS::SQS::Queue", {
      RedrivePolicy: { deadLetterTargetArn: ref(dlqId), maxReceiveCount: 5 },
      SqsManagedSseEnabled: true,
    });
    template.hasResourceProperties("AWS::SQS::Queue", {
      MessageRetentionPeriod: 1209600,
      SqsManagedSseEnabled: true,
    });
  });

  it("hides a message for at least 6 times the function timeout", () => {
    const fn = Object.values(
      template.findResources("AWS::Lambda::Function", { Properties: { Runtime: "nodejs24.x" } }),
    )[0];
    const queue = template.findResources("AWS::SQS::Queue")[ingestQueueId()];
    expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn?.Properties.Timeout);
  });

  it("denies non-TLS access to both queues", () => {
    const policies = template.findResources("AWS::SQS::QueuePolicy", {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          ]),
        },
      },
    });
    expect(Object.keys(policies)).toHaveLength(2);
  });
});

describe("extract-article function", () => {
  it("runs the handler on Node 24, arm64, with its own log group and the pipeline's settings", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Handler: "index.handler",
      Runtime: "nodejs24.x",
      Architectures: ["arm64"],
      MemorySize: 1024,
      Timeout: 60,
      LoggingConfig: { LogGroup: { Ref: Match.anyValue() } },
      Environment: {
        Variables: {
          FACTS_TABLE_NAME: { Ref: Match.anyValue() },
          EVENT_BUS_NAME: { Ref: Match.anyValue() },
          POWERTOOLS_SERVICE_NAME: "factwire",
          LOG_LEVEL: "INFO",
          NODE_OPTIONS: "--enable-source-maps",
        },
      },
    });
    template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
  });

  it("consumes the ingest queue in batches and reports failed items one by one", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      EventSourceArn: ref(ingestQueueId()),
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: Match.anyValue(),
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
  });
});

describe("facts table", () => {
  it("has the pk/sk keys, the byEntity index, on-demand billing and point-in-time recovery", () => {
    template.hasResource("AWS::DynamoDB::Table", {
      Properties: {
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        AttributeDefinitions: Match.arrayWith([
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "sk", AttributeType: "S" },
          { AttributeName: "gsi1pk", AttributeType: "S" },
          { AttributeName: "gsi1sk", AttributeType: "S" },
        ]),
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        GlobalSecondaryIndexes: [
          {
            IndexName: "byEntity",
            KeySchema: [
              { AttributeName: "gsi1pk", KeyType: "HASH" },
              { AttributeName: "gsi1sk", KeyType: "RANGE" },
            ],
            Projection: {
              ProjectionType: "INCLUDE",
              NonKeyAttributes: Match.arrayWith(["name", "type", "mentionCount", "salience", "articleKey"]),
            },
          },
        ],
      },
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
    });
  });

  it("projects into byEntity what the facts reader expects", () => {
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      GlobalSecondaryIndexes: [
        Match.objectLike({
          Projection: {
            ProjectionType: "INCLUDE",
            NonKeyAttributes: [...FactsTableKeys.entityIndexAttributes],
          },
        }),
      ],
    });
  });
});

describe("event bus", () => {
  it("is named after the stack and archives every factwire event for replay", () => {
    template.hasResourceProperties("AWS::Events::EventBus", { Name: "factwire" });
    template.hasResourceProperties("AWS::Events::Archive", {
      SourceArn: ref(onlyLogicalId(template.findResources("AWS::Events::EventBus"))),
      EventPattern: { source: ["factwire"] },
      RetentionDays: 90,
    });
  });
});

describe("monitoring", () => {
  it("alarms on the dead-letter queue, function errors and throttles, and queue age, to one topic", () => {
    const topicId = onlyLogicalId(template.findResources("AWS::SNS::Topic"));
    const alarms = template.findResources("AWS::CloudWatch::Alarm");
    const metrics = Object.values(alarms).map((alarm) => {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      return `${alarm.Properties.Namespace}/${alarm.Properties.MetricName}`;
    });
    expect(metrics.sort()).toEqual([
      "AWS/Lambda/Errors",
      "AWS/Lambda/Throttles",
      "AWS/SQS/ApproximateAgeOfOldestMessage",
      "AWS/SQS/ApproximateNumberOfMessagesVisible",
    ]);
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "ApproximateNumberOfMessagesVisible",
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
    });
  });

  it("encrypts the alarm topic with a key CloudWatch may use, and requires TLS", () => {
    template.hasResourceProperties("AWS::SNS::Topic", { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties("AWS::KMS::Key", {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
          }),
        ]),
      },
    });
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });

  it("has a dashboard", () => {
    template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
  });
});

describe("outputs", () => {
  it("exposes what the CLI and operators need", () => {
    expect(Object.keys(template.findOutputs("*")).sort()).toEqual([
      "AlarmTopicArn",
      "BucketName",
      "DeadLetterQueueUrl",
      "EventBusName",
      "QueueUrl",
      "TableName",
    ]);
  });
});
