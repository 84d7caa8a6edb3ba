// docs/regels.md §10: the reminder mail in Dutch, plain text and HTML: what is due, the deadline
// (dd-mm-jjjj, §11), what to do and a deep link to the exact page in the portal.
import type { TeVersturenHerinnering } from "#shared/herinneringen/herinneringen.js";
import { SOORTEN } from "#shared/herinneringen/soorten.js";
import { dagWeergave } from "#shared/kalender/tijd.js";

export interface Mail {
  onderwerp: string;
  tekst: string;
  html: string;
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

export function herinneringsMail(h: TeVersturenHerinnering, portaalUrl: string): Mail {
  const wat = SOORTEN[h.soort].omschrijving;
  const deadline = dagWeergave(h.deadline);
  const link = `${portaalUrl}${h.link.startsWith("/") ? "" : "/"}${h.link}`;
  const onderwerp = `Herinnering: ${wat} uiterlijk ${deadline}`;
  const tekst = [
    "Geachte heer, mevrouw,",
    "",
    `${AANLEIDING[h.aanleiding]} Het gaat om: ${wat}.`,
    `De uiterste datum is ${deadline}.`,
    "",
    `Wat u moet doen: open de pagina ${link} in het portaal Kwaliteitsbudget Verpleeghuiszorg en rond het daar af vóór het einde van ${deadline}.`,
    "",
    "Dit is een automatisch bericht van het portaal Kwaliteitsbudget Verpleeghuiszorg.",
  ].join("\n");
  const body = [
    "<p>Geachte heer, mevrouw,</p>",
    `<p>${html(AANLEIDING[h.aanleiding])} Het gaat om: <strong>${html(wat)}</strong>.</p>`,
    `<p>De uiterste datum is <strong>${html(deadline)}</strong>.</p>`,
    `<p>Wat u moet doen: ga naar <a href="${html(link)}">${html(link)}</a> in het portaal en rond het daar af vóór het einde van ${html(deadline)}.</p>`,
    "<p>Dit is een automatisch bericht van het portaal Kwaliteitsbudget Verpleeghuiszorg.</p>",
  ].join("\n");
  return { onderwerp, tekst, html: body };
}
