import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Logger } from "@aws-lambda-powertools/logger";
import type { SQSEvent } from "aws-lambda";
import { asRealS3, LOCAL_CONTEXT, sqsRecordOf } from "../../cli/local/local-delivery.ts";
import { type LocalStack, startLocalStack } from "../../cli/local/local-stack.ts";
import { DynamoDbFactStore } from "../../functions/adapters/dynamodb-fact-store.ts";
import { DynamoDbFactsReader } from "../../functions/adapters/dynamodb-facts-reader.ts";
import { JsonlEventLog } from "../../functions/adapters/jsonl-event-log.ts";
import { S3ArticleSource } from "../../functions/adapters/s3-article-source.ts";
import { type ArticleLimits, DEFAULT_LIMITS } from "../../functions/documents/limits.ts";
import type { FactwireEvent } from "../../functions/events/index.ts";
import { createHandler, type SqsBatchHandler } from "../../functions/extract-article/create-handler.ts";
import { EXTRACTION_VERSION, extract } from "../../functions/extraction/index.ts";

export const BUCKET = "test-articles";
export const TABLE = "test-facts";

/** The real handler over real s3rver + dynalite on loopback, with the S3 events it emits captured. */
export interface LocalPipeline {
  stack: LocalStack;
  handler: SqsBatchHandler;
  reader: DynamoDbFactsReader;
  events: FactwireEvent[];
  /** S3 notifications emitted by the emulator, keys already encoded as real S3 encodes them. */
  notifications: unknown[];
  stop(): Promise<void>;
}

export async function startLocalPipeline(
  limits: ArticleLimits = DEFAULT_LIMITS,
  extractionVersion: string = EXTRACTION_VERSION,
): Promise<LocalPipeline> {
  const dataDir = await mkdtemp(join(tmpdir(), "factwire-test-"));
  const stack = await startLocalStack({ dataDir, s3Port: 0, dynamoDbPort: 0, bucket: BUCKET, table: TABLE });
  const events: FactwireEvent[] = [];
  const notifications: unknown[] = [];
  stack.onS3Event((notification) => notifications.push(asRealS3(notification)));
  const handler = createHandler(
    {
      source: new S3ArticleSource(stack.s3),
      store: new DynamoDbFactStore(stack.dynamoDb, TABLE),
      events: new JsonlEventLog(join(dataDir, "events.jsonl"), (event) => events.push(event)),
    },
    { limits, extract, extractionVersion },
    new Logger({ serviceName: "factwire-test", logLevel: "SILENT" }),
  );
  return {
    stack,
    handler,
    reader: new DynamoDbFactsReader(stack.dynamoDb, TABLE),
    events,
    notifications,
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** One SQS message per body (objects are JSON-encoded), shaped as in Lambda. */
export function sqsEvent(...bodies: unknown[]): SQSEvent {
  return {
    Records: bodies.map((body) => sqsRecordOf(typeof body === "string" ? body : JSON.stringify(body))),
  };
}

export const lambdaContext = LOCAL_CONTEXT;
