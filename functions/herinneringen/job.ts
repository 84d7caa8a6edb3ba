// DOMAIN.md §10, issue #6: one run of the reminder job as of instant `op`. Each due reminder is
// claimed in DynamoDB (conditional write, status "bezig") BEFORE it is sent, so a second or
// concurrent run skips it; SES v2 then sends it and the record becomes "verstuurd". A failed
// send becomes "mislukt" with the error and the attempt count, and the next run tries it again.
import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { verschuldigdeHerinneringen } from "../../shared/herinneringen/herinneringen.js";
import { sesClient } from "../data/clients.js";
import { claimHerinnering, sluitHerinnering } from "../data/herinneringen.js";
import { type AdresVan, cognitoAdressen } from "./adressen.js";
import { type Instellingen, leesInstellingen } from "./instellingen.js";
import { herinneringsMail } from "./mail.js";
import { type Bereik, openVerplichtingen } from "./verplichtingen.js";

export interface Samenvatting {
  verstuurd: number;
  overgeslagen: number;
  mislukt: number;
}

export interface JobOpties extends Bereik {
  op: Date;
  instellingen?: Instellingen;
  adresVan?: AdresVan;
  ses?: SESv2Client;
}

const melding = (e: unknown): string =>
  e instanceof Error ? `${e.name}: ${e.message}` : String(e);

export async function voerHerinneringenUit(o: JobOpties): Promise<Samenvatting> {
  const instellingen = o.instellingen ?? leesInstellingen();
  const adresVan = o.adresVan ?? cognitoAdressen(instellingen);
  const ses = o.ses ?? sesClient();
  const verplichtingen = await openVerplichtingen(o.op, o);
  // The records decide what was sent: the conditional claim below is the only check needed.
  const teVersturen = verschuldigdeHerinneringen(verplichtingen, o.op, new Set());
  const s: Samenvatting = { verstuurd: 0, overgeslagen: 0, mislukt: 0 };
  for (const h of teVersturen) {
    const geclaimd = await claimHerinnering({
      sleutel: h.sleutel,
      ontvanger: h.ontvanger,
      verplichting: h.verplichting,
      nu: o.op,
    });
    if (!geclaimd) {
      s.overgeslagen++;
      continue;
    }
    try {
      const email = await adresVan(h.ontvanger);
      if (!email) throw new Error(`geen e-mailadres bekend voor gebruiker ${h.ontvanger}`);
      const mail = herinneringsMail(h, instellingen.portaalUrl);
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: instellingen.afzender,
          Destination: { ToAddresses: [email] },
          Content: {
            Simple: {
              Subject: { Data: mail.onderwerp, Charset: "UTF-8" },
              Body: {
                Text: { Data: mail.tekst, Charset: "UTF-8" },
                Html: { Data: mail.html, Charset: "UTF-8" },
              },
            },
          },
        }),
      );
      await sluitHerinnering(h.sleutel, { status: "verstuurd", email }, o.op);
      s.verstuurd++;
    } catch (e) {
      await sluitHerinnering(h.sleutel, { status: "mislukt", fout: melding(e) }, o.op);
      s.mislukt++;
    }
  }
  return s;
}
