import { readdir, readFile, rm } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Logger } from "@aws-lambda-powertools/logger";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { DynamoDbFactStore } from "../../functions/adapters/dynamodb-fact-store.ts";
import { DynamoDbFactsReader } from "../../functions/adapters/dynamodb-facts-reader.ts";
import { JsonlEventLog } from "../../functions/adapters/jsonl-event-log.ts";
import { S3ArticleSource } from "../../functions/adapters/s3-article-source.ts";
import { limitsFromEnv } from "../../functions/documents/limits.ts";
import type { FactwireEvent } from "../../functions/events/index.ts";
import { createHandler } from "../../functions/extract-article/create-handler.ts";
import { EXTRACTION_VERSION, extract } from "../../functions/extraction/index.ts";
import { articleIdOf } from "../../functions/pipeline/article-id.ts";
import {
  LOCAL_BUCKET as BUCKET,
  DEFAULT_WATCH_DYNAMODB_PORT,
  DEFAULT_WATCH_S3_PORT,
  ARTICLE_PREFIX as PREFIX,
  LOCAL_TABLE as TABLE,
} from "../local/defaults.ts";
import { LocalDelivery } from "../local/local-delivery.ts";
import { type LocalStack, startLocalStack } from "../local/local-stack.ts";
import { formatArticleReport } from "../local/report.ts";

const SAMPLES_DIR = resolve(import.meta.dirname, "../../samples/articles");

/**
 * `factwire start`: the pipeline on one machine. The same handler as in Lambda, over local S3 and
 * DynamoDB, with events written to a JSON-lines log instead of EventBridge.
 */
export async function runStart(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      watch: { type: "boolean", default: false },
      "s3-port": { type: "string", default: process.env.FACTWIRE_S3_PORT },
      "dynamodb-port": { type: "string", default: process.env.FACTWIRE_DYNAMODB_PORT },
      "data-dir": { type: "string", default: process.env.FACTWIRE_DATA_DIR ?? ".factwire" },
      reset: { type: "boolean", default: false },
    },
  });
  const watch = values.watch ?? false;
  const dataDir = resolve(values["data-dir"] ?? ".factwire");
  if (values.reset) await rm(dataDir, { recursive: true, force: true });
  const stack = await startLocalStack({
    dataDir,
    s3Port: port(values["s3-port"], watch ? DEFAULT_WATCH_S3_PORT : 0),
    dynamoDbPort: port(values["dynamodb-port"], watch ? DEFAULT_WATCH_DYNAMODB_PORT : 0),
    bucket: BUCKET,
    table: TABLE,
  });

  try {
    await runPipeline(stack, dataDir, watch, positionals);
  } finally {
    await stack.stop();
  }
  return 0;
}

async function runPipeline(
  stack: LocalStack,
  dataDir: string,
  watch: boolean,
  files: string[],
): Promise<void> {
  const eventsByArticle = new Map<string, FactwireEvent[]>();
  const eventLogPath = join(dataDir, "events.jsonl");
  const events = new JsonlEventLog(eventLogPath, (event) => {
    const list = eventsByArticle.get(event.detail.articleId) ?? [];
    list.push(event);
    eventsByArticle.set(event.detail.articleId, list);
  });
  const handler = createHandler(
    { source: new S3ArticleSource(stack.s3), store: new DynamoDbFactStore(stack.dynamoDb, TABLE), events },
    { limits: limitsFromEnv(process.env), extract, extractionVersion: EXTRACTION_VERSION },
    new Logger({ serviceName: "factwire", logLevel: "ERROR" }),
  );
  const delivery = new LocalDelivery(handler, join(dataDir, "dead-letters.jsonl"), (_body, error) =>
    process.stderr.write(`a message failed every delivery and went to the dead-letter file: ${error}\n`),
  );
  const reader = new DynamoDbFactsReader(stack.dynamoDb, TABLE);
  const report = async (key: string) => {
    const articleId = articleIdOf(BUCKET, key);
    const stored = await reader.article(articleId);
    if (stored) console.log(`\n${formatArticleReport(stored, eventsByArticle.get(articleId) ?? [])}`);
    eventsByArticle.delete(articleId);
  };
  stack.onS3Event((notification) => delivery.deliver(notification));

  const keys: string[] = [];
  for (const file of files.length > 0 ? files : await sampleFiles()) {
    const key = `${PREFIX}${basename(file)}`;
    await stack.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: await readFile(file) }));
    keys.push(key);
  }
  await delivery.drained();
  for (const key of keys) await report(key);
  console.log(`\nevents: ${eventLogPath}`);
  if (!watch) return;

  stack.onS3Event((notification) => {
    const key = (notification as { Records?: { s3?: { object?: { key?: string } } }[] }).Records?.[0]?.s3
      ?.object?.key;
    if (key) void delivery.drained().then(() => report(key));
  });
  console.log(watchBanner(stack.s3Endpoint, stack.dynamoDbEndpoint));
  await new Promise<void>((resolveStop) => {
    process.once("SIGINT", resolveStop);
    process.once("SIGTERM", resolveStop);
  });
  await delivery.drained();
}

async function sampleFiles(): Promise<string[]> {
  return (await readdir(SAMPLES_DIR)).sort().map((name) => join(SAMPLES_DIR, name));
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`invalid port "${value}"`);
  return parsed;
}

function watchBanner(s3Endpoint: string, dynamoDbEndpoint: string): string {
  return `
Watching. Local S3:       ${s3Endpoint}  (bucket ${BUCKET}, prefix ${PREFIX})
          Local DynamoDB: ${dynamoDbEndpoint}  (table ${TABLE})
Upload with any S3 client (access key S3RVER, secret S3RVER), e.g.:
  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws --endpoint-url ${s3Endpoint} \\
    s3 cp my-article.txt s3://${BUCKET}/${PREFIX}my-article.txt
Press Ctrl+C to stop.`;
}
