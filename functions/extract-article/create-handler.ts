import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Logger } from "@aws-lambda-powertools/logger";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { parseS3Notification } from "../adapters/s3-notification.ts";
import { applyChange } from "../pipeline/apply-change.ts";
import type { IngestOptions } from "../pipeline/ingest-article.ts";
import type { PipelinePorts } from "../pipeline/ports.ts";

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * A message is not started with less time than this left in the invocation: it goes back to the queue
 * instead of being cut off by the timeout, which would fail (and redeliver) the whole batch. The largest
 * article (a 10 MB page, text cut at 1M characters) takes ~8 s on a 2-core build machine, more on a
 * 1024 MB function.
 */
export const MIN_TIME_TO_START_MS = 20_000;

/** A message left for a later delivery because the invocation was running out of time. */
export class NotStartedError extends Error {}

/**
 * The extract-article handler over any ports: each SQS message (one S3 notification) is processed on its
 * own, and only the messages that failed are reported back for retry (partial batch response). Messages
 * run one after another: extraction is CPU-bound on one thread, so running them together would save
 * little and hold every article of the batch in memory at once.
 */
export function createHandler(ports: PipelinePorts, options: IngestOptions, logger: Logger): SqsBatchHandler {
  const processor = new BatchProcessor(EventType.SQS);
  const processMessage = async (record: SQSRecord, context?: Context) => {
    const receiveCount = record.attributes.ApproximateReceiveCount;
    const remainingMs = context?.getRemainingTimeInMillis();
    if (remainingMs !== undefined && remainingMs < MIN_TIME_TO_START_MS) {
      logger.warn("too little time left to start this message; it will be delivered again", {
        messageId: record.messageId,
        remainingMs,
      });
      throw new NotStartedError(`${remainingMs} ms left, less than ${MIN_TIME_TO_START_MS} ms`);
    }
    let changes: ReturnType<typeof parseS3Notification>;
    try {
      changes = parseS3Notification(record.body);
    } catch (error) {
      // Not an S3 notification: it will fail every time and reach the DLQ, where its body can be read.
      logger.error("message is not an S3 notification", { messageId: record.messageId, receiveCount, error });
      throw error;
    }
    for (const change of changes) {
      const where = { action: change.action, bucket: change.ref.bucket, key: change.ref.key };
      try {
        const outcome = await applyChange(change, ports, options);
        logger.info("article processed", { ...where, outcome });
      } catch (error) {
        logger.error("article failed; the message will be retried", { ...where, receiveCount, error });
        throw error;
      }
    }
  };
  return (event, context) => {
    logger.addContext(context);
    return processPartialResponse(event, processMessage, processor, { context, processInParallel: false });
  };
}
