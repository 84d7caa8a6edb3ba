// The two ways the repositories read — GetItem on a key and Query on a key or index,
// all pages. No Scan: every access pattern of functions/data/README.md is one of these two.
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { dynamo, tabel } from "./clients.js";
import type { Sleutel } from "./sleutels.js";

export type Item = Record<string, unknown>;

/**
 * One item by key. Strongly consistent by default: authorisation and version checks must see
 * the latest write, not a replica that is a moment behind.
 */
export async function leesItem(
  sleutel: Sleutel,
  client: DynamoDBDocumentClient = dynamo(),
): Promise<Item | undefined> {
  const r = await client.send(
    new GetCommand({ TableName: tabel(), Key: sleutel, ConsistentRead: true }),
  );
  return r.Item;
}

export interface Zoekvraag {
  /** "gsi1" or "gsi2"; absent: the table's own keys. */
  readonly index?: "gsi1" | "gsi2";
  readonly pk: string;
  /** Only sort keys beginning with this. */
  readonly begintMet?: string;
  /** Only sort keys from the first to the second, both included (an item collection's range). */
  readonly tussen?: readonly [string, string];
  /** Newest first (descending sort key). */
  readonly aflopend?: boolean;
  /** At most this many items (all pages otherwise). */
  readonly limiet?: number;
}

/** A Query over one partition, every page. Strongly consistent on the table (GSIs cannot be). */
export async function zoek(
  v: Zoekvraag,
  client: DynamoDBDocumentClient = dynamo(),
): Promise<Item[]> {
  const pk = v.index ? `${v.index}pk` : "pk";
  const sk = v.index ? `${v.index}sk` : "sk";
  const invoer: QueryCommandInput = {
    TableName: tabel(),
    IndexName: v.index,
    ...sleutelvoorwaarde(v, pk, sk),
    ConsistentRead: v.index ? undefined : true,
    ScanIndexForward: !v.aflopend,
  };
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await client.send(
      new QueryCommand({
        ...invoer,
        ExclusiveStartKey: start,
        Limit: v.limiet === undefined ? undefined : v.limiet - items.length,
      }),
    );
    items.push(...(r.Items ?? []));
    start = r.LastEvaluatedKey;
  } while (start && (v.limiet === undefined || items.length < v.limiet));
  return items;
}

/** A key DynamoDB stopped at (LastEvaluatedKey): where the next page starts. */
export type Startsleutel = Record<string, unknown>;

/** A filter applied after the key condition; `#`/`:` names must not clash with #pk/#sk/:pk/:sk/:van/:tot. */
export interface Zoekfilter {
  readonly expressie: string;
  readonly namen: Readonly<Record<string, string>>;
  readonly waarden: Readonly<Record<string, unknown>>;
}

export interface Paginavraag extends Omit<Zoekvraag, "limiet"> {
  /** At most this many items are read (DynamoDB `Limit`: counted before the filter). */
  readonly limiet: number;
  /** Continue after this key (the `volgende` of the page before); absent: the first page. */
  readonly start?: Startsleutel;
  readonly filter?: Zoekfilter;
}

export interface Pagina {
  readonly items: Item[];
  /** The key to continue from, or undefined when the partition is read to the end. */
  readonly volgende?: Startsleutel;
}

/**
 * One page of a Query: exactly one round trip, so a long list costs the caller per page, not per
 * list. With a filter a page can hold fewer than `limiet` items (even none) while `volgende` is
 * still set: DynamoDB counts `Limit` before filtering. Leaves `zoek` as it was.
 */
export async function zoekPagina(
  v: Paginavraag,
  client: DynamoDBDocumentClient = dynamo(),
): Promise<Pagina> {
  const pk = v.index ? `${v.index}pk` : "pk";
  const sk = v.index ? `${v.index}sk` : "sk";
  const voorwaarde = sleutelvoorwaarde(v, pk, sk);
  const r = await client.send(
    new QueryCommand({
      TableName: tabel(),
      IndexName: v.index,
      ...voorwaarde,
      ...(v.filter
        ? {
            FilterExpression: v.filter.expressie,
            ExpressionAttributeNames: { ...voorwaarde.ExpressionAttributeNames, ...v.filter.namen },
            ExpressionAttributeValues: {
              ...voorwaarde.ExpressionAttributeValues,
              ...v.filter.waarden,
            },
          }
        : {}),
      ConsistentRead: v.index ? undefined : true,
      ScanIndexForward: !v.aflopend,
      Limit: v.limiet,
      ExclusiveStartKey: v.start,
    }),
  );
  return { items: r.Items ?? [], volgende: r.LastEvaluatedKey };
}

function sleutelvoorwaarde(v: Zoekvraag, pk: string, sk: string): Partial<QueryCommandInput> {
  if (v.tussen)
    return {
      KeyConditionExpression: "#pk = :pk AND #sk BETWEEN :van AND :tot",
      ExpressionAttributeNames: { "#pk": pk, "#sk": sk },
      ExpressionAttributeValues: { ":pk": v.pk, ":van": v.tussen[0], ":tot": v.tussen[1] },
    };
  if (v.begintMet)
    return {
      KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :sk)",
      ExpressionAttributeNames: { "#pk": pk, "#sk": sk },
      ExpressionAttributeValues: { ":pk": v.pk, ":sk": v.begintMet },
    };
  return {
    KeyConditionExpression: "#pk = :pk",
    ExpressionAttributeNames: { "#pk": pk },
    ExpressionAttributeValues: { ":pk": v.pk },
  };
}

/** Strips the table's key and index attributes: what a repository hands out is the record. */
export function zonderSleutels(item: Item): Item {
  const { pk: _pk, sk: _sk, gsi1pk: _1, gsi1sk: _2, gsi2pk: _3, gsi2sk: _4, ...rest } = item;
  return rest;
}
