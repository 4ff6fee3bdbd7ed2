import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";

/** Name of the global secondary index that lists articles by entity. */
export const BY_ENTITY_INDEX = "byEntity";

export interface FactsTableProps {
  /** RETAIN (the default for production) also turns on deletion protection. */
  readonly removalPolicy: RemovalPolicy;
}

/** The single table holding articles, their entities and figures (keys `pk`/`sk`, index `byEntity`). */
export class FactsTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: FactsTableProps) {
    super(scope, id);

    const retain = props.removalPolicy === RemovalPolicy.RETAIN;
    this.table = new Table(this, "Table", {
      partitionKey: { name: "pk", type: AttributeType.STRING },
      sortKey: { name: "sk", type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      // AWS owned key: encrypted at rest at no KMS cost; nothing here needs a key policy.
      encryption: TableEncryption.DEFAULT,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retain,
      removalPolicy: props.removalPolicy,
    });

    this.table.addGlobalSecondaryIndex({
      indexName: BY_ENTITY_INDEX,
      partitionKey: { name: "gsi1pk", type: AttributeType.STRING },
      sortKey: { name: "gsi1sk", type: AttributeType.STRING },
      projectionType: ProjectionType.INCLUDE,
      nonKeyAttributes: ["name", "type", "mentionCount", "salience", "articleKey"],
    });
  }
}
