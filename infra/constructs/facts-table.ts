import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { FactsTableKeys } from "../../functions/adapters/facts-table-keys.ts";

export interface FactsTableProps {
  /** RETAIN (the default for production) also turns on deletion protection. */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The single table holding articles, their entities and figures (keys `pk`/`sk`, index `byEntity`).
 * Key names come from the adapter's FactsTableKeys, so the table and the code that reads it agree.
 */
export class FactsTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: FactsTableProps) {
    super(scope, id);

    const retain = props.removalPolicy === RemovalPolicy.RETAIN;
    this.table = new Table(this, "Table", {
      partitionKey: { name: FactsTableKeys.partitionKey, type: AttributeType.STRING },
      sortKey: { name: FactsTableKeys.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      // AWS owned key: encrypted at rest at no KMS cost; nothing here needs a key policy.
      encryption: TableEncryption.DEFAULT,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retain,
      removalPolicy: props.removalPolicy,
    });

    this.table.addGlobalSecondaryIndex({
      indexName: FactsTableKeys.entityIndex,
      partitionKey: { name: FactsTableKeys.entityIndexPartitionKey, type: AttributeType.STRING },
      sortKey: { name: FactsTableKeys.entityIndexSortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.INCLUDE,
      nonKeyAttributes: [...FactsTableKeys.entityIndexAttributes],
    });
  }
}
