import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Logger } from "@aws-lambda-powertools/logger";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { parseS3Notification } from "../adapters/s3-notification.ts";
import { applyChange } from "../pipeline/apply-change.ts";
import type { IngestOptions } from "../pipeline/ingest-article.ts";
import type { PipelinePorts } from "../pipeline/ports.ts";

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/**
 * The extract-article handler over any ports: each SQS message (one S3 notification) is processed on its
 * own, and only the messages that failed are reported back for retry (partial batch response).
 */
export function createHandler(ports: PipelinePorts, options: IngestOptions, logger: Logger): SqsBatchHandler {
  const processor = new BatchProcessor(EventType.SQS);
  const processMessage = async (record: SQSRecord) => {
    const receiveCount = record.attributes.ApproximateReceiveCount;
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
    return processPartialResponse(event, processMessage, processor, { context });
  };
}
