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
    for (const change of parseS3Notification(record.body)) {
      const outcome = await applyChange(change, ports, options);
      logger.info("article processed", {
        action: change.action,
        bucket: change.ref.bucket,
        key: change.ref.key,
        outcome,
      });
    }
  };
  return (event, context) => processPartialResponse(event, processMessage, processor, { context });
}
