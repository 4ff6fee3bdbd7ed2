import { GetObjectCommand, NoSuchKey, type S3Client } from "@aws-sdk/client-s3";
import type { ArticleObject, ArticleRef, ArticleSource } from "../pipeline/ports.ts";

/** ArticleSource over S3. Reads a body only when its ContentLength is within the caller's limit. */
export class S3ArticleSource implements ArticleSource {
  constructor(private readonly s3: S3Client) {}

  async get(ref: ArticleRef, maxBytes: number): Promise<ArticleObject | undefined> {
    try {
      const response = await this.s3.send(
        new GetObjectCommand({
          Bucket: ref.bucket,
          Key: ref.key,
          ...(ref.versionId ? { VersionId: ref.versionId } : {}),
        }),
      );
      const size = response.ContentLength ?? 0;
      const meta = {
        size,
        contentType: response.ContentType,
        contentEncoding: response.ContentEncoding,
        lastModified: response.LastModified,
        versionId: response.VersionId,
      };
      if (size > maxBytes || !response.Body) {
        // Abort the stream so the connection is not held open by an unread body.
        (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
        return meta;
      }
      return { ...meta, body: await response.Body.transformToByteArray() };
    } catch (error) {
      if (isGone(error)) return undefined;
      throw error;
    }
  }
}

function isGone(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  const name = (error as { name?: string }).name;
  return name === "NoSuchKey" || name === "NoSuchVersion" || name === "NotFound";
}
