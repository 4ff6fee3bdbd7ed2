import { Duration, type RemovalPolicy } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export interface ArticleBucketProps {
  /** RETAIN keeps articles (and their access logs) when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
  /** How long S3 keeps an overwritten or deleted article version. */
  readonly noncurrentVersionRetention?: Duration;
  /** How long S3 keeps server access logs. */
  readonly accessLogRetention?: Duration;
}

/** The bucket uploaders drop articles into (under `articles/`), with its server access logs bucket. */
export class ArticleBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string, props: ArticleBucketProps) {
    super(scope, id);

    this.accessLogsBucket = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3 server access logging can only deliver to SSE-S3 encrypted buckets.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // No objectOwnership here: CDK picks what S3 log delivery needs (a bucket policy with the
      // @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy flag of cdk.json, an ACL without it).
      removalPolicy: props.removalPolicy,
      lifecycleRules: [{ expiration: props.accessLogRetention ?? Duration.days(90) }],
    });

    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Versions let an operator restore an overwritten or deleted article and replay it.
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: "article-bucket/",
      removalPolicy: props.removalPolicy,
      lifecycleRules: [
        {
          id: "expire-noncurrent-versions",
          noncurrentVersionExpiration: props.noncurrentVersionRetention ?? Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        { id: "remove-expired-delete-markers", expiredObjectDeleteMarker: true },
      ],
    });
  }
}
