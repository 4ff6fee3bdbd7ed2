import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoDbFactStore, MAX_BATCH_ATTEMPTS } from "../../functions/adapters/dynamodb-fact-store.ts";
import type { Entity } from "../../functions/extraction/types.ts";
import { PartialWriteError } from "../../functions/pipeline/errors.ts";
import type { ArticleRecord } from "../../functions/pipeline/ports.ts";

// Fault injection a local server cannot give: BatchWriteItem returning unprocessed items.
const documents = mockClient(DynamoDBDocumentClient);

const record: ArticleRecord = {
  articleId: "abc",
  bucket: "b",
  key: "articles/a.txt",
  status: "INGESTED",
  eventPublished: false,
  updatedAt: "2026-11-29T00:00:00.000Z",
};

function entity(n: number): Entity {
  return {
    id: `location/place-${n}`,
    type: "LOCATION",
    name: `Place ${n}`,
    mentions: [{ start: 0, end: 5, text: "Place" }],
  };
}

const noDelay = () => 0;

describe("DynamoDbFactStore under throttling", () => {
  beforeEach(() => {
    documents.reset();
    documents.on(QueryCommand).resolves({ Items: [] });
    documents.on(PutCommand).resolves({});
  });

  it("retries only the unprocessed part of a batch, then writes the record last", async () => {
    const unprocessed = { PutRequest: { Item: { pk: "ARTICLE#abc", sk: "ENTITY#location/place-1" } } };
    documents
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { facts: [unprocessed] } })
      .resolves({ UnprocessedItems: {} });
    const store = new DynamoDbFactStore(
      DynamoDBDocumentClient.from(new DynamoDBClient({})),
      "facts",
      noDelay,
    );

    await store.replaceFacts(record, { entities: [entity(0), entity(1)], figures: [] });

    const batches = documents.commandCalls(BatchWriteCommand);
    expect(batches.map((call) => call.args[0].input.RequestItems?.facts?.length)).toEqual([2, 1]);
    expect(batches[1]?.args[0].input.RequestItems?.facts).toEqual([unprocessed]);
    expect(documents.commandCalls(PutCommand)[0]?.args[0].input.Item).toMatchObject({
      sk: "META",
      status: "INGESTED",
    });
  });

  it("fails with a PartialWriteError, and never writes the record, when items stay unprocessed", async () => {
    documents.on(BatchWriteCommand).callsFake((input) => ({ UnprocessedItems: input.RequestItems }));
    const store = new DynamoDbFactStore(
      DynamoDBDocumentClient.from(new DynamoDBClient({})),
      "facts",
      noDelay,
    );

    await expect(store.replaceFacts(record, { entities: [entity(0)], figures: [] })).rejects.toBeInstanceOf(
      PartialWriteError,
    );
    expect(documents.commandCalls(BatchWriteCommand)).toHaveLength(MAX_BATCH_ATTEMPTS);
    expect(documents.commandCalls(PutCommand)).toHaveLength(0);
  });
});
