// The one module that owns the AWS SDK clients of the Lambdas. Each client is made once
// per process, in module scope outside any handler (so a warm Lambda reuses its connections),
// from functions/lib/config.ts. Made on first use rather than at import, so the local gateway and
// the tests can set the environment after loading the code. With an emulator endpoint configured
// the client gets static dummy credentials (functions/lib/sdk.ts, shared with the local stack), so the SDK never walks its
// default provider chain; in AWS the Lambda's role is used.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { config } from "../lib/config.js";
import { DOCUMENT_VERTALING, LOKALE_SLEUTELS } from "../lib/sdk.js";

const basis = (endpoint: string | undefined) => {
  const { regio } = config();
  return endpoint ? { region: regio, endpoint, credentials: LOKALE_SLEUTELS } : { region: regio };
};

let doc: DynamoDBDocumentClient | undefined;
let docExact: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;
let ses: SESv2Client | undefined;

// Each DocumentClient gets a DynamoDBClient of its own: DynamoDBDocumentClient.from writes its
// translate settings into the wrapped client's config, so two of them on one client would share
// the last one's settings.
const dynamodbClient = (): DynamoDBClient => new DynamoDBClient(basis(config().dynamodbEndpoint));

/** The DocumentClient every repository uses; undefined optional fields are left out. */
export function dynamo(): DynamoDBDocumentClient {
  doc ??= DynamoDBDocumentClient.from(dynamodbClient(), DOCUMENT_VERTALING);
  return doc;
}

/**
 * A DocumentClient that reads DynamoDB Numbers as exact NumberValues instead of JavaScript
 * numbers: for the money counters (kaders) that DynamoDB adds up itself (§11: never a float).
 */
export function dynamoExact(): DynamoDBDocumentClient {
  docExact ??= DynamoDBDocumentClient.from(dynamodbClient(), {
    ...DOCUMENT_VERTALING,
    unmarshallOptions: { ...DOCUMENT_VERTALING.unmarshallOptions, wrapNumbers: true },
  });
  return docExact;
}

export function s3Client(): S3Client {
  if (!s3) {
    const { s3Endpoint } = config();
    const lokaal: Partial<S3ClientConfig> = s3Endpoint
      ? {
          // s3rver serves buckets only on the path, and stores aws-chunked bodies verbatim.
          forcePathStyle: true,
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
        }
      : {};
    s3 = new S3Client({ ...basis(s3Endpoint), ...lokaal });
  }
  return s3;
}

export function sesClient(): SESv2Client {
  ses ??= new SESv2Client(basis(config().sesEndpoint));
  return ses;
}

/** The table every repository reads and writes. */
export const tabel = (): string => config().tabelNaam;

/** Closes every client made so far (tests, local stack shutdown); the next use makes new ones. */
export function sluitClients(): void {
  // Destroying a DocumentClient destroys the DynamoDBClient it wraps.
  for (const c of [doc, docExact, s3, ses]) c?.destroy();
  doc = docExact = undefined;
  s3 = undefined;
  ses = undefined;
}
