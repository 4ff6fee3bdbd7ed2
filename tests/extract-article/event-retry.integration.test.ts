import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Logger } from "@aws-lambda-powertools/logger";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asRealS3 } from "../../cli/local/local-delivery.ts";
import { type LocalStack, startLocalStack } from "../../cli/local/local-stack.ts";
import { DynamoDbFactStore } from "../../functions/adapters/dynamodb-fact-store.ts";
import { DynamoDbFactsReader } from "../../functions/adapters/dynamodb-facts-reader.ts";
import { EventBridgePublisher } from "../../functions/adapters/eventbridge-publisher.ts";
import { S3ArticleSource } from "../../functions/adapters/s3-article-source.ts";
import { DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import { createHandler } from "../../functions/extract-article/create-handler.ts";
import { EXTRACTION_VERSION, extract } from "../../functions/extraction/index.ts";
import { articleIdOf } from "../../functions/pipeline/article-id.ts";
import { lambdaContext, sqsEvent } from "../helpers/local-pipeline.ts";

// Real S3 and DynamoDB on loopback; EventBridge (which has no local server) mocked to inject an outage.
const eventBridge = mockClient(EventBridgeClient);
const BUCKET = "retry-articles";
const TABLE = "retry-facts";

describe("an EventBridge outage after the facts are stored", () => {
  let stack: LocalStack;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "factwire-retry-"));
    stack = await startLocalStack({ dataDir, s3Port: 0, dynamoDbPort: 0, bucket: BUCKET, table: TABLE });
  });
  afterAll(async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("fails the message, then sends the event on the retry instead of losing it", async () => {
    const notifications: unknown[] = [];
    stack.onS3Event((notification) => notifications.push(notification));
    const key = "articles/outage.txt";
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: key,
        Body: "Turkey's central bank cut rates to 40 percent.",
      }),
    );
    const body = asRealS3(notifications[0]);
    const handler = createHandler(
      {
        source: new S3ArticleSource(stack.s3),
        store: new DynamoDbFactStore(stack.dynamoDb, TABLE),
        events: new EventBridgePublisher(new EventBridgeClient({ region: "us-east-1" }), "factwire", () => 0),
      },
      { limits: DEFAULT_LIMITS, extract, extractionVersion: EXTRACTION_VERSION },
      new Logger({ serviceName: "factwire-test", logLevel: "SILENT" }),
    );
    eventBridge
      .on(PutEventsCommand)
      .rejectsOnce(new Error("EventBridge is down"))
      .resolves({ FailedEntryCount: 0 });
    const message = sqsEvent(body);

    const first = await handler(message, lambdaContext).catch((error: Error) => error);
    const reader = new DynamoDbFactsReader(stack.dynamoDb, TABLE);
    const afterOutage = await reader.article(articleIdOf(BUCKET, key));
    const second = await handler(message, lambdaContext);

    // A batch of one that fails is a full batch failure: Powertools throws, so SQS retries the message.
    expect(first).toBeInstanceOf(Error);
    expect(afterOutage?.record).toMatchObject({ status: "INGESTED", eventPublished: false });
    expect(second.batchItemFailures).toEqual([]);
    const sent = eventBridge.commandCalls(PutEventsCommand);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.args[0].input.Entries?.[0]?.DetailType).toBe("Article Ingested");
    expect((await reader.article(articleIdOf(BUCKET, key)))?.record.eventPublished).toBe(true);
  });
});
