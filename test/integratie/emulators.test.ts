// Local stack: proves each emulator does what the back end will rely on — DynamoDB transactions
// and optimistic locking, S3 presigned upload/download of documents (§12), SES v2 mail in text
// and HTML (§10), and Cognito log-in with role groups (§1) verified as a real back end would.
import {
  ConditionalCheckFailedException,
  DescribeTableCommand,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { tabelDefinitie } from "#functions/data/tabel.js";
import { logIn, maakGebruiker } from "#lokaal/inrichten.js";
import { clients, omgeving, uniek } from "./fixture/index.js";

const { lokaal, inrichting } = omgeving();
const c = clients();
afterAll(() => c.destroy());

const TableName = inrichting.tabelNaam;

describe("DynamoDB Local", () => {
  it("maakt de tabel volgens de definitie: pk/sk, gsi1 en gsi2, on-demand", async () => {
    const t = (await c.dynamodb.send(new DescribeTableCommand({ TableName }))).Table!;
    const d = tabelDefinitie(TableName);
    expect(t.KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
    expect(t.BillingModeSummary?.BillingMode).toBe("PAY_PER_REQUEST");
    expect(t.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
      d.globalSecondaryIndexes.map((i) => i.indexName),
    );
  });

  it("vindt een item terug via gsi1", async () => {
    const pk = uniek("AANVRAAG");
    const gsi1pk = uniek("AANBIEDER");
    await c.doc.send(
      new PutCommand({
        TableName,
        Item: { pk, sk: "META", gsi1pk, gsi1sk: "2019", bedrag: "12.50" },
      }),
    );
    const r = await c.doc.send(
      new QueryCommand({
        TableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: { ":p": gsi1pk },
      }),
    );
    expect(r.Items).toEqual([{ pk, sk: "META", gsi1pk, gsi1sk: "2019", bedrag: "12.50" }]);
  });

  it("annuleert de hele transactie als één voorwaarde faalt", async () => {
    const bestaand = uniek("AANVRAAG");
    const nieuw = uniek("AUDIT");
    await c.doc.send(new PutCommand({ TableName, Item: { pk: bestaand, sk: "META", versie: 1 } }));

    const poging = c.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName,
              Item: { pk: nieuw, sk: "0001", wat: "ingediend" },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          {
            Update: {
              TableName,
              Key: { pk: bestaand, sk: "META" },
              UpdateExpression: "SET versie = :nieuw",
              ConditionExpression: "versie = :verwacht",
              ExpressionAttributeValues: { ":nieuw": 6, ":verwacht": 5 },
            },
          },
        ],
      }),
    );
    const fout = await poging.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(TransactionCanceledException);
    const redenen = (fout as TransactionCanceledException).CancellationReasons?.map((r) => r.Code);
    expect(redenen).toEqual(["None", "ConditionalCheckFailed"]);

    // Nothing of the transaction was written: the audit item is absent, the version unchanged.
    const audit = await c.doc.send(new GetCommand({ TableName, Key: { pk: nieuw, sk: "0001" } }));
    expect(audit.Item).toBeUndefined();
    const meta = await c.doc.send(new GetCommand({ TableName, Key: { pk: bestaand, sk: "META" } }));
    expect(meta.Item?.versie).toBe(1);
  });

  it("weigert een conditionele put op een verouderde versie", async () => {
    const pk = uniek("AANVRAAG");
    const schrijf = (versie: number, verwacht?: number) =>
      c.doc.send(
        new PutCommand({
          TableName,
          Item: { pk, sk: "META", versie },
          ConditionExpression:
            verwacht === undefined ? "attribute_not_exists(pk)" : "versie = :verwacht",
          ExpressionAttributeValues: verwacht === undefined ? undefined : { ":verwacht": verwacht },
        }),
      );
    await schrijf(1);
    await schrijf(2, 1);
    await expect(schrijf(3, 1)).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    await expect(schrijf(1)).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    const r = await c.doc.send(new GetCommand({ TableName, Key: { pk, sk: "META" } }));
    expect(r.Item?.versie).toBe(2);
  });
});

// A minimal but well-formed one-page PDF.
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
);

describe("s3rver", () => {
  const Bucket = inrichting.bucket;

  it("neemt een kwaliteitsplan aan via een presigned PUT en geeft het terug", async () => {
    const Key = `aanvragen/${uniek("AANVRAAG")}/kwaliteitsplan.pdf`;
    const putUrl = await getSignedUrl(
      c.s3,
      new PutObjectCommand({ Bucket, Key, ContentType: "application/pdf" }),
      { expiresIn: 300 },
    );
    const put = await fetch(putUrl, {
      method: "PUT",
      headers: { "content-type": "application/pdf" },
      body: PDF,
    });
    expect(put.status).toBe(200);

    const kop = await c.s3.send(new HeadObjectCommand({ Bucket, Key }));
    expect(kop.ContentType).toBe("application/pdf");
    expect(kop.ContentLength).toBe(PDF.byteLength);

    const obj = await c.s3.send(new GetObjectCommand({ Bucket, Key }));
    expect(obj.ContentType).toBe("application/pdf");
    expect(await obj.Body!.transformToByteArray()).toEqual(PDF);

    const getUrl = await getSignedUrl(c.s3, new GetObjectCommand({ Bucket, Key }), {
      expiresIn: 60,
    });
    const get = await fetch(getUrl);
    expect(get.status).toBe(200);
    expect(get.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await get.arrayBuffer())).toEqual(PDF);
  });

  it("slaat een upload via de SDK op zonder chunk-omlijsting", async () => {
    const Key = `aanvragen/${uniek("AANVRAAG")}/bijlage.pdf`;
    await c.s3.send(
      new PutObjectCommand({ Bucket, Key, Body: PDF, ContentType: "application/pdf" }),
    );
    const obj = await c.s3.send(new GetObjectCommand({ Bucket, Key }));
    expect(await obj.Body!.transformToByteArray()).toEqual(PDF);
  });
});

interface OpgeslagenMail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

describe("aws-ses-v2-local", () => {
  it("verstuurt een herinnering in tekst en HTML, terug te lezen uit /store", async () => {
    const sinds = Math.floor(Date.now() / 1000);
    const aan = `${uniek("aanbieder")}@example.test`;
    await c.ses.send(
      new SendEmailCommand({
        FromEmailAddress: inrichting.afzender,
        Destination: { ToAddresses: [aan] },
        Content: {
          Simple: {
            Subject: { Data: "Herinnering: aanvraag kwaliteitsbudget", Charset: "UTF-8" },
            Body: {
              Text: {
                Data: "Uw aanvraag moet uiterlijk 31-05-2019 binnen zijn.",
                Charset: "UTF-8",
              },
              Html: { Data: "<p>Uw aanvraag moet uiterlijk <b>31-05-2019</b> binnen zijn.</p>" },
            },
          },
        },
      }),
    );
    const r = await fetch(`${lokaal.ses.endpoint}/store?since=${sinds}`);
    expect(r.status).toBe(200);
    const { emails } = (await r.json()) as { emails: OpgeslagenMail[] };
    const mijn = emails.filter((m) => m.destination.to.includes(aan));
    expect(mijn).toHaveLength(1);
    expect(mijn[0]).toMatchObject({
      from: inrichting.afzender,
      subject: "Herinnering: aanvraag kwaliteitsbudget",
      body: {
        text: "Uw aanvraag moet uiterlijk 31-05-2019 binnen zijn.",
        html: "<p>Uw aanvraag moet uiterlijk <b>31-05-2019</b> binnen zijn.</p>",
      },
    });
  });
});

describe("cognito-local", () => {
  const jwks = createRemoteJWKSet(new URL(lokaal.cognito.jwksUri));
  const wachtwoord = "Kwaliteit-2019!";

  it("logt een beoordelaar in en levert een verifieerbaar ID-token met zijn groepen", async () => {
    const email = `${uniek("beoordelaar")}@example.test`;
    const { sub } = await maakGebruiker(lokaal, email, wachtwoord, [
      "beoordelaar",
      "zorgkantoor-beheer",
    ]);
    const tokens = await logIn(lokaal, email, wachtwoord);

    const { payload, protectedHeader } = await jwtVerify(tokens.idToken, jwks, {
      issuer: lokaal.cognito.issuer,
      audience: lokaal.cognito.clientId,
    });
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload.token_use).toBe("id");
    expect(payload.sub).toBe(sub);
    expect(payload.email).toBe(email);
    expect([...(payload["cognito:groups"] as string[])].sort()).toEqual([
      "beoordelaar",
      "zorgkantoor-beheer",
    ]);

    const access = await jwtVerify(tokens.accessToken, jwks, { issuer: lokaal.cognito.issuer });
    expect(access.payload.token_use).toBe("access");
    expect(access.payload.client_id).toBe(lokaal.cognito.clientId);
  });

  it("weigert een token van een andere uitgever", async () => {
    const email = `${uniek("aanbieder")}@example.test`;
    await maakGebruiker(lokaal, email, wachtwoord, ["aanbieder"]);
    const { idToken } = await logIn(lokaal, email, wachtwoord);
    await expect(
      jwtVerify(idToken, jwks, { issuer: "https://cognito-idp.eu-west-1.amazonaws.com/ander" }),
    ).rejects.toThrow(/iss/);
  });

  it("weigert een verkeerd wachtwoord", async () => {
    const email = `${uniek("aanbieder")}@example.test`;
    await maakGebruiker(lokaal, email, wachtwoord, ["aanbieder"]);
    // cognito-local answers InvalidPasswordException; real Cognito NotAuthorizedException.
    await expect(logIn(lokaal, email, "fout-wachtwoord")).rejects.toMatchObject({
      name: expect.stringMatching(/^(InvalidPasswordException|NotAuthorizedException)$/),
    });
  });
});
