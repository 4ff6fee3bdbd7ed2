import { createHash } from "node:crypto";

/**
 * The stable id of the article at `bucket/key`: the same path always maps to the same id, so a
 * re-upload replaces the old facts. A hash keeps ids short and safe for any key.
 */
export function articleIdOf(bucket: string, key: string): string {
  return createHash("sha256").update(`${bucket}/${key}`).digest("hex").slice(0, 32);
}

export function contentHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
