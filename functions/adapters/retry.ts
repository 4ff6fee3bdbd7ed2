import { PartialWriteError } from "../pipeline/errors.ts";

/** Exponential backoff with full jitter: the delay before attempt `attempt` (1-based), in ms. */
export function backoffDelay(attempt: number, baseMs = 50, capMs = 2000): number {
  return Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RetryPolicy {
  maxAttempts: number;
  /** Delay before attempt `attempt` (2 and up), in ms. */
  delay: (attempt: number) => number;
  /** Names the items in the error, e.g. "DynamoDB writes". */
  what: string;
}

/**
 * Sends a batch, then again only the part the service reports as failed, until none is left. Throws a
 * PartialWriteError when some still fail after `maxAttempts`: batch APIs (BatchWriteItem, PutEvents,
 * SendMessageBatch) succeed as calls while failing single entries.
 */
export async function sendUntilAccepted<T>(
  batch: readonly T[],
  send: (pending: readonly T[]) => Promise<readonly T[]>,
  policy: RetryPolicy,
): Promise<void> {
  let pending = batch;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > policy.maxAttempts) {
      throw new PartialWriteError(
        `${pending.length} ${policy.what} still failed after ${policy.maxAttempts} attempts`,
      );
    }
    if (attempt > 1) await sleep(policy.delay(attempt));
    pending = await send(pending);
  }
}
