import { parseArgs } from "node:util";
import { DynamoDbFactsReader } from "../../functions/adapters/dynamodb-facts-reader.ts";
import { articleIdOf } from "../../functions/pipeline/article-id.ts";
import { CONNECTION_OPTIONS, connect, required } from "./connection.ts";

/**
 * `factwire query --key K | --article ID | --entity ID [--table T | --local]`: prints, as JSON, an
 * article's record and facts, or the articles that mention an entity.
 */
export async function runQuery(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...CONNECTION_OPTIONS,
      key: { type: "string" },
      article: { type: "string" },
      entity: { type: "string" },
    },
  });
  const connection = connect(values);
  const reader = new DynamoDbFactsReader(connection.dynamoDb, required(connection.table, "table"));
  try {
    if (values.entity) {
      console.log(JSON.stringify(await reader.articlesMentioning(values.entity), null, 2));
      return 0;
    }
    const articleId =
      values.article ??
      (values.key ? articleIdOf(required(connection.bucket, "bucket"), values.key) : undefined);
    if (!articleId) throw new Error("give --key (with --bucket), --article or --entity");
    const stored = await reader.article(articleId);
    if (!stored) {
      process.stderr.write(`no article ${articleId}\n`);
      return 1;
    }
    console.log(JSON.stringify(stored, null, 2));
    return 0;
  } finally {
    connection.dynamoDb.destroy();
  }
}
