// docs/regels.md §10: the reminder mail in Dutch, plain text and HTML: what is due, for which
// organisation and case (by name, never an id), the deadline (dd-mm-jjjj, §11), what to do and a
// deep link to the exact page in the portal.
import type { TeVersturenHerinnering } from "#shared/herinneringen/herinneringen.js";
import { SOORTEN } from "#shared/herinneringen/soorten.js";
import { dagWeergave } from "#shared/kalender/tijd.js";

export interface Mail {
  onderwerp: string;
  tekst: string;
  html: string;
}

/**
 * The case a reminder is about, by name. `aanbieder` is absent for the zorgkantoor's own duties
 * (herschikking, nacalculatie: a whole budget year); a name the job could not read is absent too.
 */
export interface ZaakNamen {
  jaar: number;
  aanbieder?: string;
  zorgkantoor?: string;
  /** The obligation concerns one aanbieder (an aanvraag or its case), not the whole region. */
  perAanbieder: boolean;
}

const AANLEIDING: Record<TeVersturenHerinnering["aanleiding"], string> = {
  venster_open: "Vanaf vandaag kunt u dit doen in het portaal.",
  "14_dagen_voor_deadline": "Over veertien dagen verloopt de termijn.",
  "3_dagen_voor_deadline": "Over drie dagen verloopt de termijn.",
};

const html = (s: string): string =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/**
 * Who and which case, for the subject ("Zorggroep X (aanvraag 2020)") and the body: the aanbieder
 * reads its own name and the zorgkantoor it applied at, a zorgkantoor user the aanbieder's name
 * (the zorgkantoor is its own). Without a name the text says whose it is in words, not by id.
 */
export function zaakTekst(
  rol: "aanbieder" | "zorgkantoor",
  z: ZaakNamen,
): { kort: string; lang: string } {
  if (!z.perAanbieder) {
    const zk = z.zorgkantoor ?? "uw zorgkantoor";
    return { kort: `${zk} (budgetjaar ${z.jaar})`, lang: `${zk}, budgetjaar ${z.jaar}` };
  }
  const aanbieder = z.aanbieder ?? (rol === "aanbieder" ? "uw organisatie" : "de zorgaanbieder");
  const kort = `${aanbieder} (aanvraag ${z.jaar})`;
  if (rol === "zorgkantoor") return { kort, lang: `${aanbieder}, aanvraag ${z.jaar}` };
  const bij = z.zorgkantoor ?? "uw zorgkantoor";
  return { kort, lang: `${aanbieder}, aanvraag ${z.jaar} bij ${bij}` };
}

export function herinneringsMail(
  h: TeVersturenHerinnering,
  portaalUrl: string,
  zaak: ZaakNamen,
): Mail {
  const { omschrijving: wat, rol } = SOORTEN[h.soort];
  const voor = zaakTekst(rol, zaak);
  const deadline = dagWeergave(h.deadline);
  const link = `${portaalUrl}${h.link.startsWith("/") ? "" : "/"}${h.link}`;
  const onderwerp = `Herinnering: ${wat} voor ${voor.kort} uiterlijk ${deadline}`;
  const tekst = [
    "Geachte heer, mevrouw,",
    "",
    `${AANLEIDING[h.aanleiding]} Het gaat om: ${wat}.`,
    `Voor: ${voor.lang}.`,
    `De uiterste datum is ${deadline}.`,
    "",
    `Wat u moet doen: open de pagina ${link} in het portaal Kwaliteitsbudget Verpleeghuiszorg en rond het daar af vóór het einde van ${deadline}.`,
    "",
    "Dit is een automatisch bericht van het portaal Kwaliteitsbudget Verpleeghuiszorg.",
  ].join("\n");
  const body = [
    "<p>Geachte heer, mevrouw,</p>",
    `<p>${html(AANLEIDING[h.aanleiding])} Het gaat om: <strong>${html(wat)}</strong>.</p>`,
    `<p>Voor: <strong>${html(voor.lang)}</strong>.</p>`,
    `<p>De uiterste datum is <strong>${html(deadline)}</strong>.</p>`,
    `<p>Wat u moet doen: ga naar <a href="${html(link)}">${html(link)}</a> in het portaal en rond het daar af vóór het einde van ${html(deadline)}.</p>`,
    "<p>Dit is een automatisch bericht van het portaal Kwaliteitsbudget Verpleeghuiszorg.</p>",
  ].join("\n");
  return { onderwerp, tekst, html: body };
}
