/**
 * The facts table's key design, shared by the DynamoDB adapter, the local stack and the CDK construct.
 * One partition per article: its META record, one ENTITY# item per entity and one FIGURE# item per figure.
 * The `byEntity` index lists the articles that mention an entity.
 */
export const FactsTableKeys = {
  partitionKey: "pk",
  sortKey: "sk",
  entityIndex: "byEntity",
  entityIndexPartitionKey: "gsi1pk",
  entityIndexSortKey: "gsi1sk",
  /** Attributes the byEntity index projects besides the keys. */
  entityIndexAttributes: ["name", "type", "mentionCount", "salience", "articleKey", "articleId"],
} as const;

export const articlePk = (articleId: string) => `ARTICLE#${articleId}`;
export const META_SK = "META";
export const entitySk = (entityId: string) => `ENTITY#${entityId}`;
export const entityGsiPk = (entityId: string) => `ENTITY#${entityId}`;
/** Zero-padded so figures sort in text order. */
export const figureSk = (index: number) => `FIGURE#${String(index).padStart(5, "0")}`;
