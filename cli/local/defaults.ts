/** Names and ports of the local stack, shared by `start`, `ingest --local` and `query --local`. */
export const LOCAL_BUCKET = "factwire-articles";
export const LOCAL_TABLE = "factwire-facts";
export const ARTICLE_PREFIX = "articles/";
export const DEFAULT_WATCH_S3_PORT = 4568;
export const DEFAULT_WATCH_DYNAMODB_PORT = 4567;
/** s3rver's one built-in key pair (dynalite accepts any); they never leave the machine. */
export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;
export const LOCAL_REGION = "us-east-1";
