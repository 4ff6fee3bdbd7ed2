import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  DEFAULT_WATCH_DYNAMODB_PORT,
  DEFAULT_WATCH_S3_PORT,
  LOCAL_BUCKET,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  LOCAL_TABLE,
} from "../local/defaults.ts";

export const CONNECTION_OPTIONS = {
  local: { type: "boolean", default: false },
  bucket: { type: "string", default: process.env.FACTWIRE_BUCKET },
  table: { type: "string", default: process.env.FACTWIRE_TABLE },
} as const;

export interface Connection {
  s3: S3Client;
  dynamoDb: DynamoDBDocumentClient;
  bucket?: string;
  table?: string;
}

/**
 * Clients for `ingest` and `query`: with --local, the emulators of `factwire start --watch` on loopback;
 * otherwise AWS with the usual credential chain (AWS_ENDPOINT_URL_* still apply).
 */
export function connect(values: { local?: boolean; bucket?: string; table?: string }): Connection {
  if (!values.local) {
    return {
      s3: new S3Client({}),
      dynamoDb: DynamoDBDocumentClient.from(new DynamoDBClient({})),
      bucket: values.bucket,
      table: values.table,
    };
  }
  const s3Port = process.env.FACTWIRE_S3_PORT ?? DEFAULT_WATCH_S3_PORT;
  const dynamoDbPort = process.env.FACTWIRE_DYNAMODB_PORT ?? DEFAULT_WATCH_DYNAMODB_PORT;
  const config = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  return {
    s3: new S3Client({ ...config, endpoint: `http://127.0.0.1:${s3Port}`, forcePathStyle: true }),
    dynamoDb: DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...config, endpoint: `http://127.0.0.1:${dynamoDbPort}` }),
    ),
    bucket: values.bucket ?? LOCAL_BUCKET,
    table: values.table ?? LOCAL_TABLE,
  };
}

export function required(value: string | undefined, option: string): string {
  if (!value) throw new Error(`--${option} is required (or set FACTWIRE_${option.toUpperCase()})`);
  return value;
}
