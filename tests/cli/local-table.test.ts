import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { ACTIVE_CHECKS, createFactsTable } from "../../cli/local/local-stack.ts";

// Fault injection a local server gives only under load: a new table still CREATING when the first write comes.
const dynamoDb = mockClient(DynamoDBClient);

describe("createFactsTable", () => {
  beforeEach(() => {
    dynamoDb.reset();
    dynamoDb.on(CreateTableCommand).resolves({});
  });

  it("returns once the new table is ACTIVE, not while it is CREATING", async () => {
    dynamoDb
      .on(DescribeTableCommand)
      .resolvesOnce({ Table: { TableStatus: "CREATING" } })
      .resolvesOnce({ Table: { TableStatus: "CREATING" } })
      .resolves({ Table: { TableStatus: "ACTIVE" } });
    await createFactsTable(new DynamoDBClient({ region: "us-east-1" }), "facts");
    expect(dynamoDb.commandCalls(DescribeTableCommand)).toHaveLength(3);
  });

  it(`gives up with a clear error after ${ACTIVE_CHECKS} checks`, async () => {
    dynamoDb.on(DescribeTableCommand).resolves({ Table: { TableStatus: "CREATING" } });
    await expect(createFactsTable(new DynamoDBClient({ region: "us-east-1" }), "facts")).rejects.toThrow(
      /facts did not become ACTIVE within 5 s/,
    );
    expect(dynamoDb.commandCalls(DescribeTableCommand)).toHaveLength(ACTIVE_CHECKS);
  }, 20_000);
});
