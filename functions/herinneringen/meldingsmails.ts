// docs/regels.md §12, §15.5: the e-mails of the event list (shared/gebeurtenissen.ts, field `email`).
// A transaction leaves one notification per party to mail; this job sends it to every user of
// that organisation (their memberships, addresses from Cognito) through SES — the same path as
// the reminders of §10 — after claiming it, so it goes out at most once. Used first for the
// bank-account events: every user of the aanbieder hears of a change (payment redirection). A
// notification about a case names it (aanbieder and year, to the aanbieder also the zorgkantoor)
// and links to that case's own page, never to an id or code in the text.
import type { SESv2Client } from "@aws-sdk/client-sesv2";
import { definitie, type Gebeurtenis } from "#shared/gebeurtenissen.js";
import { link as paginaLink } from "#shared/paginas.js";
import { leesAanbieder } from "../data/aanbieders.js";
import { leesAanvraag } from "../data/aanvragen.js";
import type { Melding } from "../data/audit.js";
import { sesClient } from "../data/clients.js";
import { ledenVan } from "../data/lidmaatschappen.js";
import { claimMail, teVersturenMails, teVersturenMailsVan } from "../data/meldingsmails.js";
import { AANVRAAG_PREFIX_PK, type Organisatie } from "../data/sleutels.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { type AdresVan, cognitoAdressen } from "./adressen.js";
import { type Instellingen, leesInstellingen } from "./instellingen.js";
import { verstuur } from "./job.js";
import { type Mail, zaakTekst } from "./mail.js";

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

/**
 * The §9 events: the zorgkantoor works on them on the case's nacalculatie page (the year report,
 * the vaststelling and its herziening); every other case event on the beoordeling page, where the
 * case's aanvraag, decision, addendum and agreement are. The aanbieder's own page of a case is its
 * dossier, whatever the event: it shows the state, the decisions and what to do next.
 */
const NACALCULATIE: ReadonlySet<Gebeurtenis> = new Set([
  "nacalculatie_ingediend",
  "vaststelling_voorgesteld",
  "vaststelling_vastgesteld",
  "herziening_voorgesteld",
  "vaststelling_herzien",
]);

/** The case a notification is about, by name (absent: a name that could not be read). */
export interface MeldingZaak {
  aanvraagId: string;
  jaar: number;
  aanbieder?: string;
  zorgkantoor?: string;
}

function paginaVan(m: Melding, zaak: MeldingZaak | undefined): string {
  if (BANK.has(m.gebeurtenis) && m.partij === "aanbieder") return "/aanbieder/bankrekening/";
  if (!zaak || m.partij === "landelijk") return "/";
  if (m.partij === "aanbieder") return paginaLink.dossier(zaak.aanvraagId);
  return NACALCULATIE.has(m.gebeurtenis)
    ? paginaLink.nacalculatie(zaak.aanvraagId)
    : paginaLink.beoordeling(zaak.aanvraagId);
}

/** The mail of one notification: what happened, to which organisation and case, where to look. */
export function meldingsMail(
  m: Melding,
  organisatie: string,
  portaalUrl: string,
  zaak?: MeldingZaak,
): Mail {
  const wat = definitie(m.gebeurtenis).omschrijving;
  const bank = BANK.has(m.gebeurtenis);
  const link = `${portaalUrl}${paginaVan(m, zaak)}`;
  const over =
    zaak && m.partij !== "landelijk"
      ? zaakTekst(m.partij, { ...zaak, perAanbieder: true })
      : undefined;
  const onderwerp = `Kwaliteitsbudget: ${wat} — ${over?.kort ?? organisatie}`;
  const regels = [
    "Geachte heer, mevrouw,",
    "",
    `In het portaal Kwaliteitsbudget Verpleeghuiszorg is voor ${organisatie} het volgende gebeurd: ${wat}.`,
    ...(over ? [`Het gaat om: ${over.lang}.`] : []),
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

/** Names and cases read once per run: one event often notifies several parties of one case. */
function namen() {
  const cache = new Map<string, Promise<unknown>>();
  const eenmaal = <T>(k: string, lees: () => Promise<T>): Promise<T> => {
    if (!cache.has(k)) cache.set(k, lees());
    return cache.get(k) as Promise<T>;
  };
  const aanbieder = (id: string) => eenmaal(`a#${id}`, async () => (await leesAanbieder(id))?.naam);
  const zorgkantoor = (id: string) =>
    eenmaal(`z#${id}`, async () => (await leesZorgkantoor(id))?.naam);
  return {
    async organisatie(o: Organisatie): Promise<string> {
      if (o.soort === "aanbieder") return (await aanbieder(o.id)) ?? "uw organisatie";
      if (o.soort === "zorgkantoor") return (await zorgkantoor(o.id)) ?? "uw zorgkantoor";
      return "landelijk beheer";
    },
    /** The case of a notification whose subject is an aanvraag (its audit trail's partition). */
    async zaak(m: Melding): Promise<MeldingZaak | undefined> {
      if (!m.onderwerp.startsWith(AANVRAAG_PREFIX_PK)) return undefined;
      const id = decodeURIComponent(m.onderwerp.slice(AANVRAAG_PREFIX_PK.length));
      const a = await eenmaal(`v#${id}`, () => leesAanvraag(id));
      if (!a) return undefined;
      const [an, zk] = await Promise.all([aanbieder(a.aanbiederId), zorgkantoor(a.zorgkantoorId)]);
      return { aanvraagId: a.id, jaar: a.jaar, aanbieder: an, zorgkantoor: zk };
    },
  };
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
  const gelezen = namen();
  for (const m of meldingen) {
    const org = organisatieVan(m);
    if (!org) continue;
    // Read before the claim: a failed read leaves the notification for the next run.
    const [naam, zaak] = await Promise.all([gelezen.organisatie(org), gelezen.zaak(m)]);
    if (!(await claimMail(m.sleutel, o.nu))) continue;
    s.meldingen++;
    const mail = meldingsMail(m, naam, instellingen.portaalUrl, zaak);
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
