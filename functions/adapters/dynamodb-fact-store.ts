import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { ExtractionResult } from "../extraction/types.ts";
import { PartialWriteError } from "../pipeline/errors.ts";
import type { ArticleRecord, FactStore } from "../pipeline/ports.ts";
import { factItems, type Item, metaItem } from "./fact-items.ts";
import { articlePk, META_SK } from "./facts-table-keys.ts";
import { backoffDelay, sleep } from "./retry.ts";

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
    const { pk: _pk, sk: _sk, ...record } = Item;
    return record as ArticleRecord;
  }

  async replaceFacts(record: ArticleRecord, facts: ExtractionResult): Promise<void> {
    const items = factItems(record, facts);
    const keep = new Set(items.map((item) => item.sk));
    const stale = (await this.factKeys(record.articleId)).filter((sk) => !keep.has(sk));
    await this.batchWrite(items.map((item) => ({ PutRequest: { Item: item } })));
    await this.deleteKeys(record.articleId, stale);
    // The META record goes last: until it is written, a retry sees the old hash and processes again.
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: metaItem(record) }));
  }

  async clearFacts(record: ArticleRecord): Promise<void> {
    await this.deleteKeys(record.articleId, await this.factKeys(record.articleId));
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: metaItem(record) }));
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
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      let pending = requests.slice(i, i + BATCH_SIZE);
      for (let attempt = 1; pending.length > 0; attempt++) {
        if (attempt > MAX_BATCH_ATTEMPTS) {
          throw new PartialWriteError(
            `${pending.length} DynamoDB writes stayed unprocessed after ${MAX_BATCH_ATTEMPTS} attempts`,
          );
        }
        if (attempt > 1) await sleep(this.retryDelay(attempt));
        const { UnprocessedItems } = await this.db.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = (UnprocessedItems?.[this.tableName] ?? []) as WriteRequest[];
      }
    }
  }
}

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: { pk: string; sk: string } } };
