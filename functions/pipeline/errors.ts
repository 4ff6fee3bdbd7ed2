import type { RejectionReason } from "../events/schemas.ts";

/** Base of every error factwire raises on purpose; `cause` keeps the original error. */
export class FactwireError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The object can never be processed as it is (empty, binary, too large...). Not retried: the article gets
 * a rejected status record and an `Article Rejected` event, and the object stays in S3.
 */
export class ArticleRejectedError extends FactwireError {
  constructor(
    readonly reason: RejectionReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A write that partly failed after its retries (DynamoDB unprocessed items, EventBridge failed entries). */
export class PartialWriteError extends FactwireError {}
