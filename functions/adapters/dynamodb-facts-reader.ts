import { type DynamoDBDocumentClient, paginateQuery } from "@aws-sdk/lib-dynamodb";
import type { Entity, Figure } from "../extraction/types.ts";
import type { ArticleRecord } from "../pipeline/ports.ts";
import { articlePk, entityGsiPk, FactsTableKeys, META_SK } from "./facts-table-keys.ts";

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
    for await (const page of pages) {
      for (const { pk: _pk, sk, gsi1pk: _g1, gsi1sk: _g2, ...item } of page.Items ?? []) {
        if (sk === META_SK) result.record = item as ArticleRecord;
        else if (String(sk).startsWith("ENTITY#")) result.entities.push(item as Entity);
        else if (String(sk).startsWith("FIGURE#")) result.figures.push(item as Figure);
      }
    }
    return result.record ? (result as StoredArticle) : undefined;
  }

  async articlesMentioning(entityId: string): Promise<EntityArticle[]> {
    const articles: EntityArticle[] = [];
    const pages = paginateQuery(
      { client: this.db },
      {
        TableName: this.tableName,
        IndexName: FactsTableKeys.entityIndex,
        KeyConditionExpression: `${FactsTableKeys.entityIndexPartitionKey} = :id`,
        ExpressionAttributeValues: { ":id": entityGsiPk(entityId) },
      },
    );
    for await (const page of pages) {
      for (const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...item } of page.Items ?? []) {
        articles.push(item as EntityArticle);
      }
    }
    return articles;
  }
}
