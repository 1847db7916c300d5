import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.ts';

/** The shape of `TABLE_DESIGN`, so a test can build a table from another design. */
export type TableDesign = typeof TABLE_DESIGN;

export interface IntakeTableProps {
  /** Customer-managed key for encryption at rest, so access to items also needs access to the key. */
  readonly encryptionKey: IKey;
  /** @default TABLE_DESIGN, the same definition the local host creates its table from */
  readonly design?: TableDesign;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The single applications table, built from the shared table design: keys, indexes, stream and TTL come from
 * the design data; what protects the data (PITR, deletion protection, CMK) is fixed here.
 */
export class IntakeTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: IntakeTableProps) {
    super(scope, id);
    const design = props.design ?? TABLE_DESIGN;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: design.partitionKey, type: AttributeType.STRING },
      sortKey: { name: design.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: design.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      })),
      timeToLiveAttribute: design.timeToLiveAttribute,
      dynamoStream: StreamViewType[design.stream],
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.customerManagedKey(props.encryptionKey),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
  }
}
