// tests: a small data set per test (own zorgkantoor, so parallel files never meet),
// real Cognito users whose e-mail the job looks up, and the SES emulator's store to count mail.
import { createServer } from "node:net";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { AANBIEDERSLIJST_ATTRIBUUT } from "#functions/data/aanbieders.js";
import { dynamo, tabel } from "#functions/data/clients.js";
import { schrijfLidmaatschap } from "#functions/data/lidmaatschappen.js";
import {
  aanbiederAanvraagGsi2sk,
  aanbiederslijstSleutel,
  aanvraagSleutel,
  aanvragenVanAanbiederGsi2,
  realisatieSleutel,
  werklijstGsi1,
  zorgkantoorSleutel,
} from "#functions/data/sleutels.js";
import type { Instellingen } from "#functions/herinneringen/instellingen.js";
import { LOKALE_SLEUTELS } from "#lokaal/aws.js";
import { maakGebruiker } from "#lokaal/inrichten.js";
import type { Toestand } from "#shared/indiening/toestanden.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../fixture/index.js";

const SYSTEEM = {
  wie: { sub: "test", rol: "systeem" as const },
  nu: new Date(),
  correlatieId: "t",
};

export function instellingen(): Instellingen {
  const l = inject("lokaal");
  return {
    portaalUrl: "https://portaal.test",
    afzender: inject("inrichting").afzender,
    userPoolId: l.cognito.userPoolId,
    cognitoEndpoint: l.cognito.endpoint,
    mailsPerSeconde: 14,
  };
}

/** A Cognito user with a unique address and the membership; answers sub and address. */
export async function lid(l: Lidmaatschap): Promise<{ sub: string; email: string }> {
  const email = `${uniek(l.rol)}@herinnering.test`;
  const { sub } = await maakGebruiker(inject("lokaal"), email, "Wachtwoord-123!", [l.rol]);
  const r = await schrijfLidmaatschap(sub, l, SYSTEEM);
  if (!r.ok) throw new Error(r.weigering.melding);
  return { sub, email };
}

export interface TestAanvraag {
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
  toestand: Toestand;
  ontvangenOp?: string;
  afspraak?: boolean;
  /** The beoordelaar (sub) who took the case in behandeling. */
  behandelaar?: string;
}

/** Writes the case item as functions/data/aanvragen.ts stores it (work list and aanbieder GSIs). */
export async function aanvraag(a: TestAanvraag): Promise<string> {
  const id = uniek("aanvraag");
  const nu = "2020-01-01T00:00:00.000Z";
  await dynamo().send(
    new PutCommand({
      TableName: tabel(),
      Item: {
        ...aanvraagSleutel(id),
        soort: "aanvraag",
        id,
        aanbiederId: a.aanbiederId,
        zorgkantoorId: a.zorgkantoorId,
        jaar: a.jaar,
        toestand: a.toestand,
        mediation: false,
        laatsteVersie: 1,
        laatsteVersieIngediend: true,
        ...(a.ontvangenOp ? { ontvangenOp: a.ontvangenOp } : {}),
        ...(a.behandelaar ? { behandelaar: { sub: a.behandelaar, sinds: nu } } : {}),
        ...(a.afspraak
          ? {
              afspraak: {
                nummer: 1,
                soort: "initieel",
                personeel: "100000.00",
                overige: "0.00",
                compensatie: "0.00",
                totaal: "100000.00",
              },
            }
          : {}),
        aangemaaktOp: nu,
        gewijzigdOp: nu,
        versie: 1,
        gsi1pk: werklijstGsi1(a.zorgkantoorId, a.jaar),
        gsi1sk: `${a.toestand}#${a.aanbiederId}`,
        gsi2pk: aanvragenVanAanbiederGsi2(a.aanbiederId),
        gsi2sk: aanbiederAanvraagGsi2sk(a.jaar, a.zorgkantoorId),
      },
    }),
  );
  return id;
}

/**
 * Names the zorgkantoor (its item) and its aanbieders (its one-item list, as maakConcept keeps
 * it), so the mails can name organisation and case.
 */
export async function namen(
  zorgkantoor: { id: string; naam: string },
  aanbieders: readonly { id: string; naam: string }[],
): Promise<void> {
  const item = (sleutel: object, velden: object) =>
    dynamo().send(new PutCommand({ TableName: tabel(), Item: { ...sleutel, ...velden } }));
  await Promise.all([
    item(zorgkantoorSleutel(zorgkantoor.id), {
      soort: "zorgkantoor",
      id: zorgkantoor.id,
      naam: zorgkantoor.naam,
      concern: "Test",
      regios: ["test"],
      versie: 1,
    }),
    item(aanbiederslijstSleutel(zorgkantoor.id), {
      soort: "aanbiederslijst",
      ...Object.fromEntries(
        aanbieders.map((a) => [
          `${AANBIEDERSLIJST_ATTRIBUUT}${a.id}`,
          { naam: a.naam, nzaNummer: "", agbCode: "" },
        ]),
      ),
    }),
  ]);
}

/** A submitted realisatie of the case (what dienRealisatieIn stores). */
export async function realisatie(aanvraagId: string, jaar: number, soort: string): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tabel(),
      Item: {
        ...realisatieSleutel(aanvraagId, jaar, soort, 1),
        soort: "realisatie",
        realisatieSoort: soort,
        aanvraagId,
        jaar,
        nummer: 1,
        inhoud: {},
        ingediendDoor: { sub: "test", rol: "aanbieder" },
        ingediendOp: "2020-05-10T10:00:00.000Z",
      },
    }),
  );
  // As dienRealisatieIn: the case keeps the kind among its reminder facts (its own year only), so
  // a rebuild that ran in between (functions/rapportage/herberekening.ts) does not miss it.
  await dynamo()
    .send(
      new UpdateCommand({
        TableName: tabel(),
        Key: aanvraagSleutel(aanvraagId),
        UpdateExpression:
          "SET realisatieSoorten = list_append(if_not_exists(realisatieSoorten, :geen), :soort)",
        ConditionExpression: "jaar = :jaar",
        ExpressionAttributeValues: { ":geen": [], ":soort": [soort], ":jaar": jaar },
      }),
    )
    .catch((e: unknown) => {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    });
}

export interface OpgeslagenMail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text: string; html: string };
}

/** The mails the SES emulator captured since `sinds` (unix s) to any of `aan`. */
export async function mails(sinds: number, aan: readonly string[]): Promise<OpgeslagenMail[]> {
  const r = await fetch(`${inject("lokaal").ses.endpoint}/store?since=${sinds}`);
  const { emails } = (await r.json()) as { emails: OpgeslagenMail[] };
  return emails.filter((m) => m.destination.to.some((t) => aan.includes(t)));
}

/** An SES client aimed at a free port where nothing listens: every send fails, and is retried. */
export async function onbereikbareSes(): Promise<SESv2Client> {
  return new SESv2Client({
    region: "eu-west-1",
    endpoint: `http://127.0.0.1:${await vrijePoort()}`,
    credentials: LOKALE_SLEUTELS,
    maxAttempts: 1,
  });
}

function vrijePoort(): Promise<number> {
  return new Promise((klaar, faal) => {
    const s = createServer();
    s.once("error", faal);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => klaar(typeof a === "object" && a ? a.port : 0));
    });
  });
}
