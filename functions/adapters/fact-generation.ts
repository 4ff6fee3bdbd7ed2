import { createHash } from "node:crypto";
import type { ArticleRecord } from "../pipeline/ports.ts";

/** Width sequencers are right-padded to, so that DynamoDB's string order is S3's event order. */
const SEQUENCER_WIDTH = 40;

/** The S3 sequencer as a fixed-width, comparable string; all zeros when the event had none. */
export function sequencerOrder(sequencer: string | undefined): string {
  return (sequencer ?? "").toUpperCase().padEnd(SEQUENCER_WIDTH, "0").slice(0, SEQUENCER_WIDTH);
}

/**
 * The generation of an article's facts: its event's order, then a hash of what was written. Fact items
 * carry it in their sort key, so two writers of one article never overwrite each other's items, readers
 * take only the generation the META record names, and cleanup removes only older generations.
 */
export function generationOf(record: ArticleRecord): string {
  const digest = createHash("sha256")
    .update(`${record.sequencer ?? ""}/${record.contentHash ?? ""}/${record.status}`)
    .digest("hex")
    .slice(0, 12);
  return `${sequencerOrder(record.sequencer)}-${digest}`;
}
