// docs/regels.md §12, §15.5: the e-mails of the event list (shared/gebeurtenissen.ts, field `email`).
// A transaction leaves one notification per party to mail; this job sends it to every user of
// that organisation (their memberships, addresses from Cognito) through SES — the same path as
// the reminders of §10 — after claiming it, so it goes out at most once. Used first for the
// bank-account events: every user of the aanbieder hears of a change (payment redirection).
import type { SESv2Client } from "@aws-sdk/client-sesv2";
import { definitie } from "#shared/gebeurtenissen.js";
import { leesAanbieder } from "../data/aanbieders.js";
import type { Melding } from "../data/audit.js";
import { sesClient } from "../data/clients.js";
import { ledenVan } from "../data/lidmaatschappen.js";
import { claimMail, teVersturenMails, teVersturenMailsVan } from "../data/meldingsmails.js";
import type { Organisatie } from "../data/sleutels.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { type AdresVan, cognitoAdressen } from "./adressen.js";
import { type Instellingen, leesInstellingen } from "./instellingen.js";
import { verstuur } from "./job.js";
import type { Mail } from "./mail.js";

export interface MeldingsmailOpties {
  nu: Date;
  instellingen?: Instellingen;
  adresVan?: AdresVan;
  ses?: SESv2Client;
  /** Only this organisation's notifications (tests, a targeted run); default: the whole queue. */
  organisatie?: Organisatie;
}

export interface MeldingsmailSamenvatting {
  meldingen: number;
  mails: number;
  zonderAdres: number;
}

const html = (s: string): string =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

const BANK = new Set([
  "bankrekening_wijziging_aangevraagd",
  "bankrekening_gewijzigd",
  "bankrekening_wijziging_afgewezen",
]);

/** The mail of one notification: what happened, to which organisation, and where to look. */
export function meldingsMail(m: Melding, organisatie: string, portaalUrl: string): Mail {
  const wat = definitie(m.gebeurtenis).omschrijving;
  const bank = BANK.has(m.gebeurtenis);
  const link = `${portaalUrl}${bank && m.partij === "aanbieder" ? "/aanbieder/bankrekening/" : "/"}`;
  const onderwerp = `Kwaliteitsbudget: ${wat} — ${organisatie}`;
  const regels = [
    "Geachte heer, mevrouw,",
    "",
    `In het portaal Kwaliteitsbudget Verpleeghuiszorg is voor ${organisatie} het volgende gebeurd: ${wat}.`,
    ...(bank
      ? [
          "",
          "Heeft niemand van uw organisatie om deze wijziging van de bankrekening gevraagd? Neem dan direct contact op met uw zorgkantoor: betalingen gaan naar de goedgekeurde rekening.",
        ]
      : []),
    "",
    `Bekijk het in het portaal: ${link}`,
    "",
    "Dit is een automatisch bericht van het portaal Kwaliteitsbudget Verpleeghuiszorg.",
  ];
  const body = regels
    .filter((r) => r !== "")
    .map(
      (r) => `<p>${html(r).replace(html(link), `<a href="${html(link)}">${html(link)}</a>`)}</p>`,
    )
    .join("\n");
  return { onderwerp, tekst: regels.join("\n"), html: body };
}

function organisatieVan(m: Melding): Organisatie | undefined {
  if (m.partij === "landelijk") return { soort: "landelijk" };
  const id = m.partij === "aanbieder" ? m.aanbiederId : m.zorgkantoorId;
  return id ? { soort: m.partij, id } : undefined;
}

async function naamVan(o: Organisatie): Promise<string> {
  if (o.soort === "aanbieder") return (await leesAanbieder(o.id))?.naam ?? "uw organisatie";
  if (o.soort === "zorgkantoor") return (await leesZorgkantoor(o.id))?.naam ?? "uw zorgkantoor";
  return "landelijk beheer";
}

export async function verstuurMeldingsmails(
  o: MeldingsmailOpties,
): Promise<MeldingsmailSamenvatting> {
  const instellingen = o.instellingen ?? leesInstellingen();
  const adresVan = o.adresVan ?? cognitoAdressen(instellingen);
  const ses = o.ses ?? sesClient();
  const meldingen = o.organisatie
    ? await teVersturenMailsVan(o.organisatie)
    : await teVersturenMails();
  const s: MeldingsmailSamenvatting = { meldingen: 0, mails: 0, zonderAdres: 0 };
  for (const m of meldingen) {
    const org = organisatieVan(m);
    if (!org || !(await claimMail(m.sleutel, o.nu))) continue;
    s.meldingen++;
    const mail = meldingsMail(m, await naamVan(org), instellingen.portaalUrl);
    const subs = [...new Set((await ledenVan(org)).map((l) => l.sub))];
    for (const sub of subs) {
      const email = await adresVan(sub);
      if (!email) {
        s.zonderAdres++;
        continue;
      }
      await verstuur(ses, instellingen, email, mail);
      s.mails++;
    }
  }
  return s;
}
