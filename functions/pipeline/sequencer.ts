/**
 * Compares two S3 sequencers for the same key. They are hex strings of varying length: the shorter one is
 * right-padded with zeros before a plain string comparison (as AWS documents).
 */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const left = a.toUpperCase().padEnd(width, "0");
  const right = b.toUpperCase().padEnd(width, "0");
  return left < right ? -1 : left > right ? 1 : 0;
}

/** True when an event with `incoming` sequencer is older than what the record already reflects. */
export function isStale(incoming: string | undefined, stored: string | undefined): boolean {
  if (!incoming || !stored) return false;
  return compareSequencers(incoming, stored) < 0;
}
