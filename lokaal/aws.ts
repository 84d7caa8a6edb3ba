// Local stack: the one place that configures AWS SDK clients against the emulators. Static dummy
// credentials and an explicit region on every client, so the SDK never walks its default
// provider chain (which would try the instance metadata endpoint, off-limits here).
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { DOCUMENT_VERTALING, LOKALE_SLEUTELS } from "#functions/lib/sdk.js";

export const REGIO = "eu-west-1";

export { DOCUMENT_VERTALING, LOKALE_SLEUTELS };

export interface LokaleEndpoints {
  readonly dynamodb: { readonly endpoint: string };
  readonly s3: { readonly endpoint: string };
  readonly ses: { readonly endpoint: string };
  readonly cognito: { readonly endpoint: string };
}

export interface LokaleClients {
  readonly dynamodb: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly ses: SESv2Client;
  readonly cognito: CognitoIdentityProviderClient;
  /** Closes the keep-alive sockets of every client. */
  destroy(): void;
}

const basis = (endpoint: string) => ({ endpoint, region: REGIO, credentials: LOKALE_SLEUTELS });

/** New clients for the given emulator endpoints. */
export function maakClients(e: LokaleEndpoints): LokaleClients {
  const dynamodb = new DynamoDBClient(basis(e.dynamodb.endpoint));
  const doc = DynamoDBDocumentClient.from(dynamodb, DOCUMENT_VERTALING);
  const s3 = new S3Client({
    ...basis(e.s3.endpoint),
    // s3rver serves buckets only on the path (no virtual-host DNS on 127.0.0.1).
    forcePathStyle: true,
    // Default checksums make the SDK stream aws-chunked bodies, which s3rver stores verbatim
    // (chunk framing inside the object); it also sends no checksums back to validate.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const ses = new SESv2Client(basis(e.ses.endpoint));
  const cognito = new CognitoIdentityProviderClient(basis(e.cognito.endpoint));
  return {
    dynamodb,
    doc,
    s3,
    ses,
    cognito,
    destroy() {
      doc.destroy();
      dynamodb.destroy();
      s3.destroy();
      ses.destroy();
      cognito.destroy();
    },
  };
}

// One set of clients per endpoint set, as a Lambda keeps its clients outside the handler.
const gedeeld = new Map<string, LokaleClients>();

/** Shared (memoised) clients for these endpoints; `sluitGedeeldeClients` closes them all. */
export function lokaleClients(e: LokaleEndpoints): LokaleClients {
  const sleutel = [e.dynamodb, e.s3, e.ses, e.cognito].map((x) => x.endpoint).join(" ");
  let c = gedeeld.get(sleutel);
  if (!c) {
    c = maakClients(e);
    gedeeld.set(sleutel, c);
  }
  return c;
}

export function sluitGedeeldeClients(): void {
  for (const c of gedeeld.values()) c.destroy();
  gedeeld.clear();
}
