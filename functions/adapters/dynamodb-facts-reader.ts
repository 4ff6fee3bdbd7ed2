import { type DynamoDBDocumentClient, paginateQuery } from "@aws-sdk/lib-dynamodb";
import type { Entity, Figure } from "../extraction/types.ts";
import type { ArticleRecord } from "../pipeline/ports.ts";
import {
  articlePk,
  ENTITY_PREFIX,
  entityGsiPk,
  FactsTableKeys,
  FIGURE_PREFIX,
  META_SK,
} from "./facts-table-keys.ts";

export interface StoredArticle {
  record: ArticleRecord;
  entities: Entity[];
  figures: Figure[];
}

export interface EntityArticle {
  articleId: string;
  articleKey: string;
  name: string;
  type: string;
  mentionCount: number;
  salience?: number;
}

/** Reads what the pipeline stored: one article's facts, or the articles that mention an entity. */
export class DynamoDbFactsReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async article(articleId: string): Promise<StoredArticle | undefined> {
    const result: Partial<StoredArticle> & { entities: Entity[]; figures: Figure[] } = {
      entities: [],
      figures: [],
    };
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": articlePk(articleId) },
      },
    );
    let current: unknown;
    const facts: Record<string, unknown>[] = [];
    for await (const page of pages) {
      for (const { pk: _pk, gsi1pk: _g1, gsi1sk: _g2, sequencerOrder: _o, ...item } of page.Items ?? []) {
        if (item.sk === META_SK) {
          const { sk: _sk, generation, ...record } = item;
          current = generation;
          result.record = record as ArticleRecord;
        } else facts.push(item);
      }
    }
    // Only the generation the record names: others are a concurrent writer's or not yet cleaned up.
    for (const { sk, generation, ...fact } of facts) {
      if (generation !== current) continue;
      if (String(sk).startsWith(ENTITY_PREFIX)) result.entities.push(fact as unknown as Entity);
      else if (String(sk).startsWith(FIGURE_PREFIX)) result.figures.push(fact as unknown as Figure);
    }
    return result.record ? (result as StoredArticle) : undefined;
  }

  async articlesMentioning(entityId: string): Promise<EntityArticle[]> {
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: FactsTableKeys.entityIndex,
        KeyConditionExpression: `${FactsTableKeys.entityIndexPartitionKey} = :id`,
        ExpressionAttributeValues: { ":id": entityGsiPk(entityId) },
      },
    );
    // An article appears once even while an older generation of its facts awaits cleanup.
    const byArticle = new Map<string, EntityArticle & { generation?: string }>();
    for await (const page of pages) {
      for (const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...item } of page.Items ?? []) {
        const entry = item as EntityArticle & { generation?: string };
        const seen = byArticle.get(entry.articleId);
        if (!seen || (entry.generation ?? "") > (seen.generation ?? ""))
          byArticle.set(entry.articleId, entry);
      }
    }
    return [...byArticle.values()].map(({ generation: _generation, ...entry }) => entry);
  }
}
