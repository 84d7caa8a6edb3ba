// The single DynamoDB table of the portal (single-table design) as plain data, so the CDK stack
// and the local emulator setup create exactly the same table. Holds cases, audit trail (§12) and
// reminder bookkeeping (§10); amounts are stored as strings (§11). No AWS SDK import on purpose:
// the shape mirrors CDK's TableV2 props ("S" is AttributeType.STRING) and maps 1:1 to CreateTable.

export const STANDAARD_TABELNAAM = "kwaliteitsbudget";

export interface Sleutel {
  readonly name: string;
  readonly type: "S";
}

export interface Index {
  readonly indexName: string;
  readonly partitionKey: Sleutel;
  readonly sortKey: Sleutel;
  /** Every index projects all attributes: the access patterns read whole items from an index. */
  readonly projection: "ALL";
}

export interface TabelDefinitie {
  readonly tableName: string;
  readonly partitionKey: Sleutel;
  readonly sortKey: Sleutel;
  readonly globalSecondaryIndexes: readonly Index[];
  readonly billingMode: "PAY_PER_REQUEST";
}

const s = (name: string): Sleutel => ({ name, type: "S" });

/** The table definition; the name is configurable per environment (DynamoDB needs ≥ 3 chars). */
export function tabelDefinitie(tableName: string = STANDAARD_TABELNAAM): TabelDefinitie {
  return {
    tableName,
    partitionKey: s("pk"),
    sortKey: s("sk"),
    globalSecondaryIndexes: [
      { indexName: "gsi1", partitionKey: s("gsi1pk"), sortKey: s("gsi1sk"), projection: "ALL" },
      { indexName: "gsi2", partitionKey: s("gsi2pk"), sortKey: s("gsi2sk"), projection: "ALL" },
    ],
    billingMode: "PAY_PER_REQUEST",
  };
}

export const TABEL: TabelDefinitie = tabelDefinitie();
