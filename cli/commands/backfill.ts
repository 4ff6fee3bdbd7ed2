import { parseArgs } from "node:util";
import { paginateListObjectsV2, type S3Client } from "@aws-sdk/client-s3";
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, SQSClient } from "@aws-sdk/client-sqs";
import { backoffDelay, sendUntilAccepted } from "../../functions/adapters/retry.ts";
import { encodeS3Key } from "../../functions/adapters/s3-notification.ts";
import { ARTICLE_PREFIX } from "../local/defaults.ts";
import { CONNECTION_OPTIONS, connect, required } from "./connection.ts";

/** SendMessageBatch takes at most 10 entries. */
const MESSAGES_PER_BATCH = 10;
export const MAX_SEND_ATTEMPTS = 5;

export interface BackfillTarget {
  s3: S3Client;
  sqs: SQSClient;
  bucket: string;
  queueUrl: string;
  prefix: string;
}

/**
 * Queues an ObjectCreated notification for every object under the prefix, shaped as S3 sends them, so
 * the deployed function processes them like uploads. Unchanged articles (same content, same
 * EXTRACTION_VERSION) are no-ops; after an extractor upgrade they are extracted again. The notifications
 * carry no sequencer, so they never override a newer upload. Returns the number of objects queued.
 */
export async function backfill(
  target: BackfillTarget,
  onProgress: (queued: number) => void = () => {},
): Promise<number> {
  let queued = 0;
  let batch: SendMessageBatchRequestEntry[] = [];
  const flush = async () => {
    await sendWithRetries(target.sqs, target.queueUrl, batch);
    queued += batch.length;
    batch = [];
    onProgress(queued);
  };
  for await (const page of paginateListObjectsV2(
    { client: target.s3 },
    { Bucket: target.bucket, Prefix: target.prefix },
  )) {
    for (const object of page.Contents ?? []) {
      if (!object.Key || object.Key.endsWith("/")) continue;
      batch.push({
        Id: String(batch.length),
        MessageBody: JSON.stringify(createdNotification(target.bucket, object.Key)),
      });
      if (batch.length === MESSAGES_PER_BATCH) await flush();
    }
  }
  if (batch.length > 0) await flush();
  return queued;
}

export function createdNotification(bucket: string, key: string): unknown {
  return {
    Records: [
      {
        eventVersion: "2.1",
        eventSource: "aws:s3",
        eventTime: new Date().toISOString(),
        eventName: "ObjectCreated:Put",
        s3: { s3SchemaVersion: "1.0", bucket: { name: bucket }, object: { key: encodeS3Key(key) } },
      },
    ],
  };
}

function sendWithRetries(
  sqs: SQSClient,
  queueUrl: string,
  entries: SendMessageBatchRequestEntry[],
): Promise<void> {
  return sendUntilAccepted(
    entries,
    async (pending) => {
      const { Failed } = await sqs.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: [...pending] }),
      );
      const failedIds = new Set((Failed ?? []).map((failure) => failure.Id));
      return pending.filter((entry) => failedIds.has(entry.Id));
    },
    { maxAttempts: MAX_SEND_ATTEMPTS, delay: backoffDelay, what: "messages" },
  );
}

/** `factwire backfill --bucket B --queue-url Q [--prefix articles/]`: reprocess stored articles on AWS. */
export async function runBackfill(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      bucket: CONNECTION_OPTIONS.bucket,
      "queue-url": { type: "string", default: process.env.FACTWIRE_QUEUE_URL },
      prefix: { type: "string", default: ARTICLE_PREFIX },
    },
  });
  const connection = connect({ bucket: values.bucket });
  const sqs = new SQSClient({});
  try {
    const queued = await backfill(
      {
        s3: connection.s3,
        sqs,
        bucket: required(connection.bucket, "bucket"),
        queueUrl: required(values["queue-url"], "queue-url"),
        prefix: values.prefix ?? ARTICLE_PREFIX,
      },
      (count) => process.stderr.write(`\rqueued ${count}`),
    );
    process.stderr.write("\n");
    console.log(`queued ${queued} objects for processing`);
    return 0;
  } finally {
    connection.s3.destroy();
    sqs.destroy();
  }
}
