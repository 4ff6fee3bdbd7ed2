import { Logger } from "@aws-lambda-powertools/logger";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DynamoDbFactStore } from "../adapters/dynamodb-fact-store.ts";
import { EventBridgePublisher } from "../adapters/eventbridge-publisher.ts";
import { S3ArticleSource } from "../adapters/s3-article-source.ts";
import { limitsFromEnv } from "../documents/limits.ts";
import { EXTRACTION_VERSION, extract, prepareExtraction } from "../extraction/index.ts";
import { createHandler } from "./create-handler.ts";

// Wiring only, once per container. Endpoints come from the SDK's own AWS_ENDPOINT_URL_* variables.
prepareExtraction();
const logger = new Logger({ serviceName: "factwire" });
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

export const handler = createHandler(
  {
    source: new S3ArticleSource(new S3Client({})),
    store: new DynamoDbFactStore(documents, requiredEnv("FACTS_TABLE_NAME")),
    events: new EventBridgePublisher(new EventBridgeClient({}), requiredEnv("EVENT_BUS_NAME")),
  },
  { limits: limitsFromEnv(process.env), extract, extractionVersion: EXTRACTION_VERSION },
  logger,
);

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`The environment variable ${name} is not set`);
  return value;
}
