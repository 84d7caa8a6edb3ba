// Local stack: creates what the portal expects to exist in AWS — the table (functions/data/
// tabel.ts), the documents bucket (§12), the mail sender (§10), and in Cognito the user pool,
// app client and one group per role (§1). Idempotent: running it twice changes nothing.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CreateTableCommand, type CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { CreateBucketCommand, PutBucketCorsCommand } from "@aws-sdk/client-s3";
import { STANDAARD_TABELNAAM, type TabelDefinitie, tabelDefinitie } from "#functions/data/tabel.js";
import { ROLLEN, type Rol } from "#shared/rollen.js";
import { type LokaleEndpoints, lokaleClients } from "./aws.js";

// The roles of docs/regels.md §1; each is a Cognito group, read back from `cognito:groups`.
export { ROLLEN, type Rol };

export const STANDAARD_BUCKET = "kb-documenten";
export const STANDAARD_AFZENDER = "portaal@kwaliteitsbudget.example";

export interface CognitoPool {
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
}

export interface InrichtOpties {
  tabelNaam?: string;
  bucket?: string;
  afzender?: string;
}

export interface Inrichting {
  readonly tabelNaam: string;
  readonly bucket: string;
  readonly afzender: string;
  readonly groepen: readonly Rol[];
}

function naarCreateTable(t: TabelDefinitie): CreateTableCommandInput {
  const sleutels = [
    t.partitionKey,
    t.sortKey,
    ...t.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return {
    TableName: t.tableName,
    BillingMode: t.billingMode,
    AttributeDefinitions: sleutels.map((s) => ({ AttributeName: s.name, AttributeType: s.type })),
    KeySchema: [
      { AttributeName: t.partitionKey.name, KeyType: "HASH" },
      { AttributeName: t.sortKey.name, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: t.globalSecondaryIndexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey.name, KeyType: "HASH" },
        { AttributeName: i.sortKey.name, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: i.projection },
    })),
  };
}

/** Swallows the "already exists" error of an idempotent create; rethrows anything else. */
async function bestaatAl(p: Promise<unknown>, ...namen: string[]): Promise<void> {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof Error && namen.includes(e.name))) throw e;
  }
}

/** Creates a user pool (e-mail as user name) and a public app client for USER_PASSWORD_AUTH. */
export async function maakUserPool(
  endpoints: LokaleEndpoints,
  naam = "kwaliteitsbudget",
): Promise<{ userPoolId: string; clientId: string }> {
  const { cognito } = lokaleClients(endpoints);
  const pool = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: naam,
      UsernameAttributes: ["email"],
      AutoVerifiedAttributes: ["email"],
    }),
  );
  const userPoolId = pool.UserPool?.Id;
  if (!userPoolId) throw new Error("cognito-local gaf geen user pool id terug");
  const client = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: `${naam}-web`,
      GenerateSecret: false,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    }),
  );
  const clientId = client.UserPoolClient?.ClientId;
  if (!clientId) throw new Error("cognito-local gaf geen client id terug");
  return { userPoolId, clientId };
}

/**
 * Creates the table, the documents bucket and the role groups. The mail sender needs nothing:
 * aws-ses-v2-local sends from any address and has no identity API (real SES needs a verified
 * domain, which the CDK stack sets up); its health check already ran in startEmulators.
 */
export async function inrichten(
  stack: LokaleEndpoints & { cognito: CognitoPool },
  opties: InrichtOpties = {},
): Promise<Inrichting> {
  const c = lokaleClients(stack);
  const tabelNaam = opties.tabelNaam ?? STANDAARD_TABELNAAM;
  const bucket = opties.bucket ?? STANDAARD_BUCKET;
  const afzender = opties.afzender ?? STANDAARD_AFZENDER;

  await Promise.all([
    bestaatAl(
      c.dynamodb.send(new CreateTableCommand(naarCreateTable(tabelDefinitie(tabelNaam)))),
      "ResourceInUseException",
    ),
    (async () => {
      await bestaatAl(
        c.s3.send(new CreateBucketCommand({ Bucket: bucket })),
        "BucketAlreadyOwnedByYou",
        "BucketAlreadyExists",
      );
      // The site uploads and downloads through presigned URLs from the browser (§12): allow it.
      await c.s3.send(
        new PutBucketCorsCommand({
          Bucket: bucket,
          CORSConfiguration: {
            CORSRules: [
              {
                AllowedOrigins: ["*"],
                AllowedMethods: ["GET", "POST", "HEAD"],
                AllowedHeaders: ["*"],
                ExposeHeaders: ["ETag"],
              },
            ],
          },
        }),
      );
    })(),
    ...ROLLEN.map((rol) =>
      bestaatAl(
        c.cognito.send(
          new CreateGroupCommand({ UserPoolId: stack.cognito.userPoolId, GroupName: rol }),
        ),
        "GroupExistsException",
      ),
    ),
  ]);
  return { tabelNaam, bucket, afzender, groepen: [...ROLLEN] };
}

/** Creates a confirmed user (no invitation mail) with a permanent password, in the given groups. */
export async function maakGebruiker(
  stack: LokaleEndpoints & { cognito: CognitoPool },
  email: string,
  wachtwoord: string,
  groepen: readonly Rol[],
): Promise<{ sub: string }> {
  const { cognito } = lokaleClients(stack);
  const UserPoolId = stack.cognito.userPoolId;
  const r = await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: email,
      MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email", Value: email },
        { Name: "email_verified", Value: "true" },
      ],
    }),
  );
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId,
      Username: email,
      Password: wachtwoord,
      Permanent: true,
    }),
  );
  for (const GroupName of groepen) {
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName }));
  }
  const sub = r.User?.Attributes?.find((a) => a.Name === "sub")?.Value ?? r.User?.Username;
  if (!sub) throw new Error(`cognito-local gaf geen sub terug voor ${email}`);
  return { sub };
}

/** Logs in with USER_PASSWORD_AUTH (the only flow cognito-local supports). */
export async function logIn(
  stack: LokaleEndpoints & { cognito: CognitoPool },
  email: string,
  wachtwoord: string,
): Promise<{ idToken: string; accessToken: string; refreshToken?: string }> {
  const { cognito } = lokaleClients(stack);
  const r = await cognito.send(
    new InitiateAuthCommand({
      ClientId: stack.cognito.clientId,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: email, PASSWORD: wachtwoord },
    }),
  );
  const a = r.AuthenticationResult;
  if (!a?.IdToken || !a.AccessToken) {
    throw new Error(
      `Inloggen van ${email} gaf geen tokens (challenge: ${r.ChallengeName ?? "geen"})`,
    );
  }
  return { idToken: a.IdToken, accessToken: a.AccessToken, refreshToken: a.RefreshToken };
}
