import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * What a table design in `shared/adapters/dynamodb/table-design.ts` may say: string keys, indexes, and
 * optionally a stream and a TTL attribute. Written out here (not `typeof` one design) so that the applications
 * table and the audit table, which differ in stream and TTL, are built by the same code, here and locally.
 */
export interface TableDesign {
  readonly logicalName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly indexes: readonly {
    readonly name: string;
    readonly partitionKey: string;
    readonly sortKey: string;
    /** What an index entry holds besides the keys: every attribute, or none (its reader reads the items). */
    readonly projection: 'ALL' | 'KEYS_ONLY';
  }[];
  /** @default - no stream */
  readonly stream?: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
  /** @default - items never expire */
  readonly timeToLiveAttribute?: string;
}

export interface IntakeTableProps {
  /** The same definition the local host creates its table from. */
  readonly design: TableDesign;
  /** Customer-managed key for encryption at rest, so access to items also needs access to the key. */
  readonly encryptionKey: IKey;
  /** The table's physical name, known before deployment so that other stacks can name it in their policies. */
  readonly tableName: string;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A table of the system built from its shared design: keys, indexes, stream and TTL come from the design
 * data; what protects the data (PITR, deletion protection, CMK, retention) is fixed here, the same for every
 * table, so no table can be made without it.
 */
export class IntakeTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: IntakeTableProps) {
    super(scope, id);
    const { design } = props;
    this.table = new TableV2(this, 'Table', {
      tableName: props.tableName,
      partitionKey: { name: design.partitionKey, type: AttributeType.STRING },
      sortKey: { name: design.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: design.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType[index.projection],
      })),
      ...(design.timeToLiveAttribute && { timeToLiveAttribute: design.timeToLiveAttribute }),
      ...(design.stream && { dynamoStream: StreamViewType[design.stream] }),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.customerManagedKey(props.encryptionKey),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
  }
}
