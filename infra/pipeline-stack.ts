import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import type { CfnTable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { type CfnBucket, EventType } from "aws-cdk-lib/aws-s3";
import { SqsDestination } from "aws-cdk-lib/aws-s3-notifications";
import type { Construct } from "constructs";
import { ArticleBucket } from "./constructs/article-bucket.ts";
import { FactwireEventBus } from "./constructs/event-bus.ts";
import {
  EXTRACT_BATCHING_WINDOW,
  EXTRACT_FUNCTION_TIMEOUT,
  ExtractFunction,
} from "./constructs/extract-function.ts";
import { FactsTable } from "./constructs/facts-table.ts";
import { IngestQueue } from "./constructs/ingest-queue.ts";
import { Monitoring } from "./constructs/monitoring.ts";

/** Only objects under this prefix are articles: they alone notify the queue and are readable. */
export const ARTICLES_PREFIX = "articles/";

export interface PipelineStackProps extends StackProps {
  /** Keep the bucket, table and logs when the stack is deleted (default true; false for throwaway stacks). */
  readonly retainData?: boolean;
  /** Defaults to the stack name in lower case (`factwire` for the default stack). */
  readonly eventBusName?: string;
  readonly logLevel?: string;
  readonly reservedConcurrentExecutions?: number;
  /** Override the Lambda entry file (tests use a stub so they do not depend on functions/). */
  readonly extractEntry?: string;
}

/** S3 -> SQS -> Lambda -> DynamoDB + EventBridge, with alarms. */
export class PipelineStack extends Stack {
  constructor(scope: Construct, id: string, props: PipelineStackProps = {}) {
    super(scope, id, props);

    const removalPolicy = (props.retainData ?? true) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const articles = new ArticleBucket(this, "Articles", { removalPolicy });
    const ingest = new IngestQueue(this, "Ingest", {
      visibilityTimeout: Duration.seconds(
        EXTRACT_FUNCTION_TIMEOUT.toSeconds() * 6 + EXTRACT_BATCHING_WINDOW.toSeconds(),
      ),
    });
    const facts = new FactsTable(this, "Facts", { removalPolicy });
    const events = new FactwireEventBus(this, "Events", {
      eventBusName: props.eventBusName ?? this.stackName.toLowerCase(),
    });
    const extract = new ExtractFunction(this, "ExtractArticle", {
      queue: ingest.queue,
      factsTableName: facts.table.tableName,
      eventBusName: events.bus.eventBusName,
      logLevel: props.logLevel,
      logRemovalPolicy: removalPolicy,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      entry: props.extractEntry,
    });

    const destination = new SqsDestination(ingest.queue);
    const filter = { prefix: ARTICLES_PREFIX };
    articles.bucket.addEventNotification(EventType.OBJECT_CREATED, destination, filter);
    articles.bucket.addEventNotification(EventType.OBJECT_REMOVED, destination, filter);
    this.acknowledgeBucketNotificationsHandler();

    // Grants: read article objects (no write), table items (no table admin), publish to the bus.
    // GetObjectVersion lets the handler read the exact version an event names, even once overwritten.
    extract.function.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:GetObject", "s3:GetObjectVersion"],
        resources: [articles.bucket.arnForObjects(`${ARTICLES_PREFIX}*`)],
      }),
    );
    // Without ListBucket, S3 answers a GET of a missing key or version with 403 AccessDenied instead of
    // 404 NoSuchKey, and the handler could not tell "deleted before we got to it" (skip) from a real
    // permission fault (retry). It reveals key names only, on this bucket only.
    extract.function.addToRolePolicy(
      new PolicyStatement({ actions: ["s3:ListBucket"], resources: [articles.bucket.bucketArn] }),
    );
    facts.table.grantReadWriteData(extract.function);
    events.bus.grantPutEventsTo(extract.function);
    const bucketId = this.getLogicalId(articles.bucket.node.defaultChild as CfnBucket);
    const tableId = this.getLogicalId(facts.table.node.defaultChild as CfnTable);
    Validations.of(extract.role).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${ARTICLES_PREFIX}*]`,
        reason:
          "Article keys are not known in advance; reads are limited to objects under the articles/ prefix.",
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`,
        reason:
          "Written by table.grantReadWriteData so the function can query the table's own indexes (byEntity); it names no other table.",
      },
    );

    const monitoring = new Monitoring(this, "Monitoring", {
      function: extract.function,
      queue: ingest.queue,
      deadLetterQueue: ingest.deadLetterQueue,
      dashboardName: this.stackName,
    });

    new CfnOutput(this, "BucketName", { value: articles.bucket.bucketName });
    new CfnOutput(this, "TableName", { value: facts.table.tableName });
    new CfnOutput(this, "EventBusName", { value: events.bus.eventBusName });
    new CfnOutput(this, "QueueUrl", { value: ingest.queue.queueUrl });
    new CfnOutput(this, "DeadLetterQueueUrl", { value: ingest.deadLetterQueue.queueUrl });
    new CfnOutput(this, "AlarmTopicArn", { value: monitoring.alarmTopic.topicArn });
  }

  /**
   * S3 bucket notifications are configured by a Lambda-backed custom resource that CDK adds to the
   * stack; its role and runtime are CDK's, not ours.
   */
  private acknowledgeBucketNotificationsHandler(): void {
    const handler = this.node.tryFindChild("BucketNotificationsHandler050a0587b7544547bf325f094a3db834");
    if (!handler) return;
    Validations.of(handler).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason:
        "CDK's bucket-notifications custom-resource handler always attaches this policy to its role, even to a " +
        "role passed in; it only allows writing CloudWatch Logs, and the handler runs only during deployments.",
    });
  }
}
