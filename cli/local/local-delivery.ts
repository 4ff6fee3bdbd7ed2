import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";
import type { Context, SQSEvent, SQSRecord } from "aws-lambda";
import { encodeS3Key } from "../../functions/adapters/s3-notification.ts";
import type { SqsBatchHandler } from "../../functions/extract-article/create-handler.ts";

/** Deliveries of one message before it goes to the dead-letter file (the deployed queue's maxReceiveCount). */
export const MAX_LOCAL_RECEIVES = 3;

interface S3NotificationLike {
  Records?: { s3?: { object?: { key?: string } } }[];
}

/**
 * Plays the part of S3 notifications -> SQS -> Lambda on one machine: each emulator event is encoded as
 * real S3 encodes it, wrapped in an SQS batch and given to the very same handler, one at a time in
 * arrival order. A message that keeps failing is appended to a dead-letter JSON-lines file.
 */
export class LocalDelivery {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(
    private readonly handler: SqsBatchHandler,
    private readonly deadLetterPath: string,
    private readonly onFailure: (body: string, error: string) => void = () => {},
  ) {}

  /** Queues an emulator event; returns at once. */
  deliver(notification: unknown): void {
    const body = JSON.stringify(asRealS3(notification));
    this.pending++;
    this.tail = this.tail.then(() => this.process(body)).finally(() => this.pending--);
  }

  /** Resolves when every event queued so far has been processed. */
  async drained(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  private async process(body: string): Promise<void> {
    const record = sqsRecordOf(body);
    for (let receive = 1; receive <= MAX_LOCAL_RECEIVES; receive++) {
      record.attributes.ApproximateReceiveCount = String(receive);
      try {
        const response = await this.handler({ Records: [record] } satisfies SQSEvent, LOCAL_CONTEXT);
        if (response.batchItemFailures.length === 0) return;
      } catch (error) {
        if (receive === MAX_LOCAL_RECEIVES) return this.deadLetter(body, String(error));
      }
    }
    await this.deadLetter(body, `failed ${MAX_LOCAL_RECEIVES} times`);
  }

  private async deadLetter(body: string, error: string): Promise<void> {
    await appendFile(
      this.deadLetterPath,
      `${JSON.stringify({ time: new Date().toISOString(), error, body })}\n`,
    );
    this.onFailure(body, error);
  }
}

/** s3rver emits raw keys; S3 URL-encodes them in notifications. A copy: other listeners see the raw key. */
export function asRealS3(raw: unknown): unknown {
  const notification = structuredClone(raw) as S3NotificationLike;
  for (const record of notification.Records ?? []) {
    const object = record.s3?.object;
    if (object?.key !== undefined) object.key = encodeS3Key(object.key);
  }
  return notification;
}

/** An SQS record carrying `body`, shaped as Lambda receives it from the ingest queue. */
export function sqsRecordOf(body: string): SQSRecord {
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: "1",
      SentTimestamp: String(Date.now()),
      SenderId: "local",
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: "",
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:us-east-1:000000000000:factwire-local",
    awsRegion: "us-east-1",
  };
}

/** The Lambda context the local mode (and the tests) hand to the handler. */
export const LOCAL_CONTEXT = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: "extract-article-local",
  functionVersion: "$LATEST",
  invokedFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:extract-article-local",
  memoryLimitInMB: "1024",
  awsRequestId: "local",
  logGroupName: "local",
  logStreamName: "local",
  getRemainingTimeInMillis: () => 60_000,
  done: () => {},
  fail: () => {},
  succeed: () => {},
} satisfies Context;
