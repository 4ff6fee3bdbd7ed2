import { Logger } from "@aws-lambda-powertools/logger";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backfill } from "../../cli/commands/backfill.ts";
import { DynamoDbFactStore } from "../../functions/adapters/dynamodb-fact-store.ts";
import { S3ArticleSource } from "../../functions/adapters/s3-article-source.ts";
import { DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import type { FactwireEvent } from "../../functions/events/index.ts";
import { createHandler } from "../../functions/extract-article/create-handler.ts";
import { extract } from "../../functions/extraction/index.ts";
import { articleIdOf } from "../../functions/pipeline/article-id.ts";
import {
  BUCKET,
  type LocalPipeline,
  lambdaContext,
  sqsEvent,
  startLocalPipeline,
  TABLE,
} from "../helpers/local-pipeline.ts";

// S3 and DynamoDB are real (s3rver, dynalite); SQS, which has no local server here, is mocked to
// capture what backfill queues and to inject a partial failure.
const sqs = mockClient(SQSClient);

describe("factwire backfill", () => {
  let local: LocalPipeline;
  const keys = ["articles/one.txt", "articles/two words.txt", "articles/sub/three.md"];

  beforeAll(async () => {
    local = await startLocalPipeline(undefined, "1");
    for (const key of [...keys, "other/skip.txt"]) {
      await local.stack.s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: key,
          Body: `Title\n\nChile exported copper worth $3 billion (${key}).`,
        }),
      );
    }
  });
  afterAll(async () => {
    await local.stop();
  });
  beforeEach(() => {
    sqs.reset();
    local.events.length = 0;
  });

  function queuedBodies(): string[] {
    return sqs
      .commandCalls(SendMessageBatchCommand)
      .flatMap((call) => call.args[0].input.Entries ?? [])
      .map((e) => e.MessageBody ?? "");
  }

  it("queues one S3-shaped notification per object under the prefix, retrying failed entries", async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Successful: [], Failed: [{ Id: "1", Code: "InternalError", SenderFault: false }] })
      .resolves({ Successful: [], Failed: [] });

    const queued = await backfill({
      s3: local.stack.s3,
      sqs: new SQSClient({ region: "us-east-1" }),
      bucket: BUCKET,
      queueUrl: "q",
      prefix: "articles/",
    });

    expect(queued).toBe(3);
    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls.map((call) => call.args[0].input.Entries?.length)).toEqual([3, 1]);
    expect(JSON.stringify(queuedBodies())).toContain("articles/two+words.txt");
  });

  it("makes the handler extract again after an extractor upgrade, and changes nothing otherwise", async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    await backfill({
      s3: local.stack.s3,
      sqs: new SQSClient({ region: "us-east-1" }),
      bucket: BUCKET,
      queueUrl: "q",
      prefix: "articles/",
    });
    const bodies = queuedBodies().slice(0, 3);

    const first = await local.handler(sqsEvent(...bodies), lambdaContext);
    const again = await local.handler(sqsEvent(...bodies), lambdaContext);

    expect(first.batchItemFailures).toEqual([]);
    expect(again.batchItemFailures).toEqual([]);
    // First pass: never ingested, so three events; second pass: same content, same version, nothing.
    expect(local.events.map((event) => event.detailType)).toEqual([
      "Article Ingested",
      "Article Ingested",
      "Article Ingested",
    ]);

    const upgradedEvents: FactwireEvent[] = [];
    const upgraded = createHandler(
      {
        source: new S3ArticleSource(local.stack.s3),
        store: new DynamoDbFactStore(local.stack.dynamoDb, TABLE),
        events: { publish: async (events) => void upgradedEvents.push(...events) },
      },
      { limits: DEFAULT_LIMITS, extract, extractionVersion: "2" },
      new Logger({ serviceName: "factwire-test", logLevel: "SILENT" }),
    );
    const afterUpgrade = await upgraded(sqsEvent(...bodies), lambdaContext);

    expect(afterUpgrade.batchItemFailures).toEqual([]);
    expect(upgradedEvents).toHaveLength(3);
    const stored = await local.reader.article(articleIdOf(BUCKET, "articles/one.txt"));
    expect(stored?.record).toMatchObject({ status: "INGESTED", extractionVersion: "2" });
  });
});
