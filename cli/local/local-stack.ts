import { mkdir } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
} from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import S3rver from "s3rver";
import { FactsTableKeys } from "../../functions/adapters/facts-table-keys.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "./defaults.ts";

export interface LocalStackOptions {
  /** Folder for the emulators' files: s3/ and dynamodb/ below it. */
  dataDir: string;
  /** 0 picks a free port. */
  s3Port: number;
  dynamoDbPort: number;
  bucket: string;
  table: string;
}

const LOCAL_CLIENT_CONFIG = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };

export const LOOPBACK = "127.0.0.1";

/** S3 (s3rver) and DynamoDB (dynalite, on disk) in this process, on loopback only. */
export interface LocalStack {
  s3Endpoint: string;
  dynamoDbEndpoint: string;
  s3: S3Client;
  dynamoDb: DynamoDBDocumentClient;
  /** Called with each S3 event notification the emulator emits (keys NOT URL-encoded, unlike S3). */
  onS3Event(listener: (notification: unknown) => void): void;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const s3Dir = join(options.dataDir, "s3");
  const dynamoDir = join(options.dataDir, "dynamodb");
  await mkdir(s3Dir, { recursive: true });
  await mkdir(dynamoDir, { recursive: true });

  await assertPortFree(options.s3Port, "S3");
  await assertPortFree(options.dynamoDbPort, "DynamoDB");
  const s3rver = new S3rver({
    address: LOOPBACK,
    port: options.s3Port,
    directory: s3Dir,
    silent: true,
    // Clients sign with the S3RVER key; a signature computed over a rewritten host still counts.
    allowMismatchedSignatures: true,
    configureBuckets: [{ name: options.bucket }],
  });
  const s3Address = await s3rver.run();
  const dynamoServer = dynalite({ path: dynamoDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynamoServer.once("error", reject);
    dynamoServer.listen(options.dynamoDbPort, LOOPBACK, resolve);
  });
  const dynamoAddress = dynamoServer.address() as AddressInfo;

  const s3Endpoint = `http://${LOOPBACK}:${s3Address.port}`;
  const dynamoDbEndpoint = `http://${LOOPBACK}:${dynamoAddress.port}`;
  const s3 = new S3Client({ ...LOCAL_CLIENT_CONFIG, endpoint: s3Endpoint, forcePathStyle: true });
  const rawDynamoDb = new DynamoDBClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamoDbEndpoint });
  await createFactsTable(rawDynamoDb, options.table);

  return {
    s3Endpoint,
    dynamoDbEndpoint,
    s3,
    dynamoDb: DynamoDBDocumentClient.from(rawDynamoDb, { marshallOptions: { removeUndefinedValues: true } }),
    onS3Event: (listener) => s3rver.on("event", listener),
    async stop() {
      s3.destroy();
      rawDynamoDb.destroy();
      await s3rver.close();
      await new Promise<void>((resolve, reject) =>
        dynamoServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** Fails with a clear message when a fixed port is taken (s3rver would crash on an unhandled error). */
async function assertPortFree(port: number, service: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once("error", reject);
      probe.listen(port, LOOPBACK, resolve);
    });
  } catch (error) {
    throw new Error(
      `${LOOPBACK}:${port} (local ${service}) is in use: is another \`factwire start --watch\` running? Pick another port.`,
      { cause: error },
    );
  }
  await new Promise((resolve) => probe.close(resolve));
}

/** The same keys and index as the CDK facts table (infra/constructs/facts-table.ts). */
export async function createFactsTable(client: DynamoDBClient, table: string): Promise<void> {
  const k = FactsTableKeys;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [
          k.partitionKey,
          k.sortKey,
          k.entityIndexPartitionKey,
          k.entityIndexSortKey,
        ].map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: k.partitionKey, KeyType: "HASH" },
          { AttributeName: k.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: k.entityIndex,
            KeySchema: [
              { AttributeName: k.entityIndexPartitionKey, KeyType: "HASH" },
              { AttributeName: k.entityIndexSortKey, KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: [...k.entityIndexAttributes] },
          },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error; // Kept from an earlier run.
  }
  await untilActive(client, table);
}

/** Checks, at most, that a new table is ACTIVE, and the pause between them. */
export const ACTIVE_CHECKS = 200;
const ACTIVE_CHECK_PAUSE_MS = 25;

/**
 * Waits for the table to be ACTIVE: a local server marks a new table so after a timer, and a write
 * before then is refused as a missing table (seen on a loaded CI machine).
 */
async function untilActive(client: DynamoDBClient, table: string): Promise<void> {
  for (let check = 0; check < ACTIVE_CHECKS; check++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    if (Table?.TableStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, ACTIVE_CHECK_PAUSE_MS));
  }
  throw new Error(
    `the local table ${table} did not become ACTIVE within ${(ACTIVE_CHECKS * ACTIVE_CHECK_PAUSE_MS) / 1000} s`,
  );
}
