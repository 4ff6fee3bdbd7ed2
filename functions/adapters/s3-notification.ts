import { z } from "zod";
import type { ArticleChange } from "../pipeline/ports.ts";

/** The parts of an S3 event notification record that factwire reads. */
const S3EventRecord = z.object({
  eventName: z.string(),
  eventTime: z.string().optional(),
  s3: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({
      key: z.string().min(1),
      versionId: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});

const S3Notification = z.union([
  z.object({ Records: z.array(S3EventRecord) }),
  // Sent once when a notification configuration is created.
  z.object({ Event: z.literal("s3:TestEvent") }),
]);

/**
 * The article changes in one SQS message body holding an S3 notification. Keys arrive URL-encoded as
 * in a form ("+" is a space, %XX escapes) and are decoded here. A test event yields no changes.
 * Throws on a body that is not an S3 notification.
 */
export function parseS3Notification(body: string): ArticleChange[] {
  const notification = S3Notification.parse(JSON.parse(body));
  if (!("Records" in notification)) return [];
  return notification.Records.flatMap((record): ArticleChange[] => {
    const action = record.eventName.startsWith("ObjectCreated")
      ? "created"
      : record.eventName.startsWith("ObjectRemoved")
        ? "removed"
        : undefined;
    if (!action) return [];
    const { object, bucket } = record.s3;
    return [
      {
        action,
        ref: {
          bucket: bucket.name,
          key: decodeS3Key(object.key),
          ...(object.versionId ? { versionId: object.versionId } : {}),
          ...(object.sequencer ? { sequencer: object.sequencer } : {}),
          ...(record.eventTime ? { eventTime: record.eventTime } : {}),
        },
      },
    ];
  });
}

/** Decodes a key as S3 encodes it in event notifications. */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, " "));
}

/** Encodes a key as S3 does in event notifications (form encoding; "/" stays as it is). */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/g, "/");
}
