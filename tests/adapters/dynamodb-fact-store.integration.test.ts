import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFactsTable, startLocalStack } from "../../cli/local/local-stack.ts";
import { DynamoDbFactStore } from "../../functions/adapters/dynamodb-fact-store.ts";
import { DynamoDbFactsReader } from "../../functions/adapters/dynamodb-facts-reader.ts";
import type { Entity, ExtractionResult } from "../../functions/extraction/types.ts";
import type { ArticleRecord } from "../../functions/pipeline/ports.ts";
import { javaAvailable, startDynamoDbLocal } from "../helpers/dynamodb-local.ts";

const TABLE = "store-facts";

function facts(...names: string[]): ExtractionResult {
  const entities = names.map(
    (name): Entity => ({
      id: `location/${name.toLowerCase()}`,
      type: "LOCATION",
      name,
      mentions: [{ start: 0, end: name.length, text: name }],
    }),
  );
  return { entities, figures: [] };
}

function record(sequencer: string, contentHash: string): ArticleRecord {
  return {
    articleId: "a1",
    bucket: "b",
    key: "articles/a.txt",
    status: "INGESTED",
    sequencer,
    contentHash,
    eventPublished: false,
    updatedAt: "2026-11-29T00:00:00.000Z",
  };
}

interface Backend {
  documents: DynamoDBDocumentClient;
  stop(): Promise<void>;
}

/** dynalite (in-process, what npm start uses) and Amazon's DynamoDB Local (Java, higher fidelity). */
const BACKENDS: [string, boolean, () => Promise<Backend>][] = [
  ["dynalite", true, startDynalite],
  ["DynamoDB Local", javaAvailable, startAmazonDynamoDbLocal],
];

async function startDynalite(): Promise<Backend> {
  const dataDir = await mkdtemp(join(tmpdir(), "factwire-store-"));
  const stack = await startLocalStack({
    dataDir,
    s3Port: 0,
    dynamoDbPort: 0,
    bucket: "unused",
    table: TABLE,
  });
  return {
    documents: stack.dynamoDb,
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startAmazonDynamoDbLocal(): Promise<Backend> {
  const server = await startDynamoDbLocal();
  const client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createFactsTable(client, TABLE);
  return {
    documents: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    async stop() {
      client.destroy();
      await server.stop();
    },
  };
}

describe.each(BACKENDS)("DynamoDbFactStore on %s: writers of one article", (_name, available, start) => {
  let backend: Backend;
  let store: DynamoDbFactStore;
  let reader: DynamoDbFactsReader;
  beforeAll(async () => {
    if (!available) throw new Error("Java is missing: DynamoDB Local cannot run (.ci/run installs it)");
    backend = await start();
    store = new DynamoDbFactStore(backend.documents, TABLE);
    reader = new DynamoDbFactsReader(backend.documents, TABLE);
  });
  afterAll(async () => {
    await backend?.stop();
  });

  it("lets the newer event win when an older one commits after it, and leaves no stale items", async () => {
    // The newer event (larger sequencer) is stored first; the older one, delayed, arrives after it.
    const newer = await store.replaceFacts(record("0055AED6DCD90281F0", "new"), facts("Japan", "Korea"));
    const older = await store.replaceFacts(record("0055AED6DCD90281E5", "old"), facts("Germany"));

    expect(newer).toBe("committed");
    expect(older).toBe("superseded");
    const stored = await reader.article("a1");
    expect(stored?.record.contentHash).toBe("new");
    expect(stored?.entities.map((entity) => entity.name).sort()).toEqual(["Japan", "Korea"]);
    expect((await reader.articlesMentioning("location/germany")).length).toBe(0);
    expect((await reader.articlesMentioning("location/japan")).map((entry) => entry.articleId)).toEqual([
      "a1",
    ]);
  });

  it("replaces all facts on a newer upload, and a removal clears them", async () => {
    expect(await store.replaceFacts(record("0055AED6DCD90281F1", "v3"), facts("Chile"))).toBe("committed");
    expect((await reader.article("a1"))?.entities.map((entity) => entity.name)).toEqual(["Chile"]);
    expect((await reader.articlesMentioning("location/japan")).length).toBe(0);

    const removal = { ...record("0055AED6DCD90281F2", ""), status: "REMOVED" as const };
    expect(await store.clearFacts(removal)).toBe("committed");
    const stored = await reader.article("a1");
    expect(stored?.record.status).toBe("REMOVED");
    expect(stored?.entities).toEqual([]);
    expect((await reader.articlesMentioning("location/chile")).length).toBe(0);
  });

  it("refuses a removal older than the stored upload", async () => {
    await store.replaceFacts(record("0055AED6DCD9028200", "v4"), facts("Peru"));

    const stale = { ...record("0055AED6DCD90281F9", ""), status: "REMOVED" as const };

    expect(await store.clearFacts(stale)).toBe("superseded");
    expect((await reader.article("a1"))?.entities.map((entity) => entity.name)).toEqual(["Peru"]);
  });
});
