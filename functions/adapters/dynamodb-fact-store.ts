import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { ExtractionResult } from "../extraction/types.ts";
import type { ArticleRecord, FactStore, WriteResult } from "../pipeline/ports.ts";
import { generationOf, sequencerOrder } from "./fact-generation.ts";
import { factItems, type Item, metaItem } from "./fact-items.ts";
import { articlePk, generationOfSk, META_SK } from "./facts-table-keys.ts";
import { backoffDelay, sendUntilAccepted } from "./retry.ts";

const BATCH_SIZE = 25;
/** Attempts for the unprocessed part of a BatchWriteItem before the write counts as failed. */
export const MAX_BATCH_ATTEMPTS = 8;

/** FactStore over one DynamoDB table (key design in facts-table-keys.ts). */
export class DynamoDbFactStore implements FactStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Delay before retry `attempt`, in ms; tests shorten it. */
    private readonly retryDelay: (attempt: number) => number = backoffDelay,
  ) {}

  async getArticle(articleId: string): Promise<ArticleRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: articlePk(articleId), sk: META_SK },
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, generation: _generation, sequencerOrder: _order, ...record } = Item;
    return record as ArticleRecord;
  }

  async replaceFacts(record: ArticleRecord, facts: ExtractionResult): Promise<WriteResult> {
    const generation = generationOf(record);
    const items = factItems(record, facts, generation);
    await this.batchWrite(items.map((item) => ({ PutRequest: { Item: item } })));
    // The META record is the commit point: until it names this generation, readers see the old facts
    // and a retry processes the article again.
    if (!(await this.commit(record, generation))) {
      await this.deleteKeys(
        record.articleId,
        items.map((item) => item.sk),
      );
      return "superseded";
    }
    await this.deleteOlderGenerations(record.articleId, generation);
    return "committed";
  }

  async clearFacts(record: ArticleRecord): Promise<WriteResult> {
    const generation = generationOf(record);
    if (!(await this.commit(record, generation))) return "superseded";
    await this.deleteOlderGenerations(record.articleId, generation);
    return "committed";
  }

  /** Writes META unless a later event (larger sequencer) already wrote it; false when superseded. */
  private async commit(record: ArticleRecord, generation: string): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: metaItem(record, generation),
          ConditionExpression: "attribute_not_exists(sequencerOrder) OR sequencerOrder <= :order",
          ExpressionAttributeValues: { ":order": sequencerOrder(record.sequencer) },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Deletes fact items of generations before `generation`; a newer writer's items are left alone. */
  private async deleteOlderGenerations(articleId: string, generation: string): Promise<void> {
    const older = (await this.factKeys(articleId)).filter((sk) => generationOfSk(sk) < generation);
    await this.deleteKeys(articleId, older);
  }

  async markEventPublished(articleId: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: articlePk(articleId), sk: META_SK },
        UpdateExpression: "SET eventPublished = :true",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":true": true },
      }),
    );
  }

  /** Sort keys of the article's fact items (everything but META). */
  private async factKeys(articleId: string): Promise<string[]> {
    const keys: string[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": articlePk(articleId) },
        ProjectionExpression: "sk",
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) if (item.sk !== META_SK) keys.push(String(item.sk));
    }
    return keys;
  }

  private async deleteKeys(articleId: string, sortKeys: string[]): Promise<void> {
    const pk = articlePk(articleId);
    await this.batchWrite(sortKeys.map((sk) => ({ DeleteRequest: { Key: { pk, sk } } })));
  }

  /** BatchWriteItem in chunks of 25, retrying only the unprocessed part with backoff. */
  private async batchWrite(requests: WriteRequest[]): Promise<void> {
    const policy = { maxAttempts: MAX_BATCH_ATTEMPTS, delay: this.retryDelay, what: "DynamoDB writes" };
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      await sendUntilAccepted(
        requests.slice(i, i + BATCH_SIZE),
        async (pending) => {
          const { UnprocessedItems } = await this.db.send(
            new BatchWriteCommand({ RequestItems: { [this.tableName]: [...pending] } }),
          );
          return (UnprocessedItems?.[this.tableName] ?? []) as WriteRequest[];
        },
        policy,
      );
    }
  }
}

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: { pk: string; sk: string } } };
