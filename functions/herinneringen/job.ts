// DOMAIN.md §10, issue #6: one run of the reminder job as of instant `op`. Each due reminder is
// claimed in DynamoDB (conditional write, status "bezig") BEFORE it is sent, so a second or
// concurrent run skips it; SES v2 then sends it and the record becomes "verstuurd". A failed
// send becomes "mislukt" with the error and the attempt count, and the next run tries it again;
// a permanent failure (fout.ts) becomes "definitief_mislukt" and is shown to zorgkantoor-beheer.
// An optional reminder the recipient switched off (shared/herinneringen/voorkeuren.ts) is skipped
// before the claim: counted as overgeslagen, never recorded, so switching it on again works.
import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { verschuldigdeHerinneringen } from "../../shared/herinneringen/herinneringen.js";
import {
  type OptioneleMelding,
  uitgezetDoorOntvanger,
} from "../../shared/herinneringen/voorkeuren.js";
import { dagTekst } from "../../shared/kalender/tijd.js";
import { sesClient } from "../data/clients.js";
import { claimHerinnering, leesHerinnering, sluitHerinnering } from "../data/herinneringen.js";
import { leesVoorkeuren } from "../data/voorkeuren.js";
import { type AdresVan, cognitoAdressen } from "./adressen.js";
import { GeenAdres, isDefinitief } from "./fout.js";
import { type Instellingen, leesInstellingen } from "./instellingen.js";
import { herinneringsMail, type Mail } from "./mail.js";
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
  const zorgkantoorVan = new Map(verplichtingen.map((v) => [v.sleutel, v.zorgkantoorId]));
  const teVersturen = verschuldigdeHerinneringen(verplichtingen, o.op, new Set());
  const uitgezet = voorkeurenCache();
  const s: Samenvatting = { verstuurd: 0, overgeslagen: 0, mislukt: 0 };
  for (const h of teVersturen) {
    if (uitgezetDoorOntvanger(h, await uitgezet(h.ontvanger))) {
      s.overgeslagen++;
      continue;
    }
    const zorgkantoorId = zorgkantoorVan.get(h.verplichting)!;
    const geclaimd = await claimHerinnering({
      sleutel: h.sleutel,
      ontvanger: h.ontvanger,
      verplichting: h.verplichting,
      nu: o.op,
      details: {
        zorgkantoorId,
        verplichtingSoort: h.soort,
        aanleiding: h.aanleiding,
        moment: h.moment.toISOString(),
        deadline: dagTekst(h.deadline),
        link: h.link,
      },
    });
    if (!geclaimd) {
      s.overgeslagen++;
      continue;
    }
    let email: string | undefined;
    try {
      email = (await adresVan(h.ontvanger)) ?? undefined;
      if (!email) throw new GeenAdres(h.ontvanger);
      await verstuur(ses, instellingen, email, herinneringsMail(h, instellingen.portaalUrl));
      await sluitHerinnering(h.sleutel, { status: "verstuurd", email }, o.op);
      s.verstuurd++;
    } catch (e) {
      const pogingen = (await leesHerinnering(h.sleutel))?.pogingen ?? 1;
      const fout = melding(e);
      await sluitHerinnering(
        h.sleutel,
        isDefinitief(e, pogingen)
          ? { status: "definitief_mislukt", fout, zorgkantoorId, email }
          : { status: "mislukt", fout },
        o.op,
      );
      s.mislukt++;
    }
  }
  return s;
}

/** One mail (text and HTML) to one address, the one way the jobs send (§10). */
export async function verstuur(
  ses: SESv2Client,
  instellingen: Instellingen,
  email: string,
  mail: Mail,
): Promise<void> {
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
}

/** The switches of each recipient, read once per run. */
function voorkeurenCache(): (sub: string) => Promise<ReadonlySet<OptioneleMelding>> {
  const cache = new Map<string, Promise<ReadonlySet<OptioneleMelding>>>();
  return (sub) => {
    let p = cache.get(sub);
    if (!p) {
      p = leesVoorkeuren(sub).then((v) => new Set(v.uit));
      cache.set(sub, p);
    }
    return p;
  };
}
