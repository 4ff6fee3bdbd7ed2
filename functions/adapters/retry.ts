/** Exponential backoff with full jitter: the delay before attempt `attempt` (1-based), in ms. */
export function backoffDelay(attempt: number, baseMs = 50, capMs = 2000): number {
  return Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
