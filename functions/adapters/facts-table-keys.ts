/**
 * The facts table's key design, shared by the DynamoDB adapter, the local stack and the CDK construct.
 * One partition per article: its META record, and per generation of facts (fact-generation.ts) one
 * ENTITY#<generation>#<entity id> item per entity and one FIGURE#<generation>#<n> item per figure.
 * The `byEntity` index lists the articles that mention an entity.
 */
export const FactsTableKeys = {
  partitionKey: "pk",
  sortKey: "sk",
  entityIndex: "byEntity",
  entityIndexPartitionKey: "gsi1pk",
  entityIndexSortKey: "gsi1sk",
  /** Attributes the byEntity index projects besides the keys. */
  entityIndexAttributes: [
    "name",
    "type",
    "mentionCount",
    "salience",
    "articleKey",
    "articleId",
    "generation",
  ],
} as const;

export const articlePk = (articleId: string) => `ARTICLE#${articleId}`;
export const META_SK = "META";
export const ENTITY_PREFIX = "ENTITY#";
export const FIGURE_PREFIX = "FIGURE#";
export const entitySk = (generation: string, entityId: string) => `${ENTITY_PREFIX}${generation}#${entityId}`;
export const entityGsiPk = (entityId: string) => `ENTITY#${entityId}`;
/** Zero-padded so figures sort in text order. */
export const figureSk = (generation: string, index: number) =>
  `${FIGURE_PREFIX}${generation}#${String(index).padStart(5, "0")}`;
/** The generation inside a fact item's sort key. */
export const generationOfSk = (sk: string) => sk.split("#")[1] ?? "";
