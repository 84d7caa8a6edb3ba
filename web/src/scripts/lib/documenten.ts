// The aanbieder's own documents of a case (docs/regels.md §12), in the wizard's document step and
// in the dossier: accepted ones apart from refused ones, each accepted one downloadable and — while
// the aanvraag can still change — withdrawable after a confirmation. [portal rule] Replacing is an
// upload of the new file followed by withdrawing the old one: the old one keeps counting until
// the new one has passed the server's check, and each button does one thing.
import { api, haal, seg } from "./api.js";
import type { Antwoord, Rij } from "./apiTypen.js";
import { vraagBevestiging } from "./bevestiging.js";
import { datum, h, melding, tabel, vervang } from "./dom.js";
import { knop, meldStatus } from "./invoer.js";
import { foutTekst } from "./pagina.js";
import { zonderVeld } from "./upload.js";

export type Document = Rij<"documentenVanAanvraag", "documenten">;

export const SOORT_NAAM: Record<string, string> = {
  kwaliteitsplan: "Kwaliteitsplan",
  bijlage: "Bijlage",
  rapport_feitelijke_bevindingen: "Accountantsrapport",
  beoordelingsbrief: "Beoordelingsbrief",
  addendum: "Addendum",
};

/** The kinds the aanbieder may withdraw (shared/documenten/intrekken.ts): the aanvraag's own. */
const INTREKBAAR = new Set(["kwaliteitsplan", "bijlage"]);

/** The case's documents the user has sent (an announced upload that never arrived is left out). */
export async function verstuurdeDocumenten(aanvraagId: string): Promise<Document[]> {
  const { documenten } = await haal<Antwoord<"documentenVanAanvraag">>(
    `/api/aanvragen/${seg(aanvraagId)}/documenten`,
  );
  return documenten.filter((d) => d.status === "geaccepteerd" || d.status === "afgekeurd");
}

/**
 * Downloads an accepted document: the server authorises and answers a link valid for a minute,
 * followed at once (never kept in the page); the link itself makes the browser save the file.
 */
export async function downloadDocument(aanvraagId: string, d: Pick<Document, "id">) {
  const l = await haal<Antwoord<"downloadlink">>(
    `/api/aanvragen/${seg(aanvraagId)}/documenten/${seg(d.id)}/download`,
  );
  const a = h("a", { href: l.url, rel: "noopener" });
  document.body.append(a);
  a.click();
  a.remove();
}

export interface OverzichtOpties {
  aanvraagId: string;
  docs: readonly Document[];
  /** The aanvraag can still change (concept, aanvulling gevraagd): offer Intrekken. */
  intrekbaar: boolean;
  /** Heading level of "Geaccepteerd" and "Afgekeurd" under the page's section heading. */
  kop: "h3" | "h4";
  /** After a withdrawal: reload the list. */
  gewijzigd: () => Promise<void>;
  /**
   * Where confirmations and outcomes appear: the caller's, beside the list, so a message
   * survives the list being redrawn.
   */
  status: HTMLElement;
}

/** A button whose visible text is the action and whose name also says which file. */
const actieKnop = (
  tekst: string,
  naam: string,
  actie: () => void,
  soort: "secondary" | "subtle",
) => {
  const k = knop(tekst, actie, soort);
  k.append(h("span", { class: "kb-sr-only" }, ` ${naam}`));
  return k;
};

/** "Geaccepteerd" and "Afgekeurd" (with the reason), each a table. */
export function documentenOverzicht(o: OverzichtOpties): HTMLElement {
  const status = o.status;
  if (o.docs.length === 0)
    return h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen documenten geüpload.");
  const geaccepteerd = o.docs.filter((d) => d.status === "geaccepteerd");
  const afgekeurd = o.docs.filter((d) => d.status === "afgekeurd");
  const soort = (d: Document) => SOORT_NAAM[d.soort] ?? "Document";

  const downloaden = (d: Document) =>
    actieKnop(
      "Downloaden",
      d.naam,
      () => {
        vervang(status);
        downloadDocument(o.aanvraagId, d)
          .then(() => meldStatus(status, `${d.naam} wordt gedownload.`))
          .catch((e) => vervang(status, melding("error", `${d.naam}: ${foutTekst(e)}`)));
      },
      "secondary",
    );
  const intrekken = (d: Document) =>
    actieKnop(
      "Intrekken",
      d.naam,
      () =>
        vraagBevestiging(status, {
          gevolg: `${soort(d)} "${d.naam}" wordt ingetrokken: het telt niet meer mee voor de aanvraag en verdwijnt uit deze lijst.`,
          ja: "Ja, intrekken",
          terug: () => vervang(status),
          doe: async () => {
            try {
              await api(
                "POST",
                `/api/aanvragen/${seg(o.aanvraagId)}/documenten/${seg(d.id)}/intrekking`,
              );
              await o.gewijzigd();
              meldStatus(status, `${d.naam} is ingetrokken.`, true);
            } catch (e) {
              vervang(status, melding("error", `${d.naam}: ${foutTekst(e)}`));
            }
          },
        }),
      "subtle",
    );
  const acties = (d: Document) =>
    h(
      "div",
      { class: "utrecht-button-group" },
      downloaden(d),
      o.intrekbaar && INTREKBAAR.has(d.soort) ? intrekken(d) : null,
    );

  return h(
    "div",
    {},
    h(o.kop, { class: `utrecht-heading-${o.kop.slice(1)}` }, "Geaccepteerd"),
    geaccepteerd.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er is nog geen document geaccepteerd.")
      : tabel(
          "Geaccepteerde documenten",
          ["Soort", "Naam", "Ontvangen", "Acties"],
          geaccepteerd.map((d) => [soort(d), d.naam, datum(d.aangemaaktOp), acties(d)]),
        ),
    afgekeurd.length === 0
      ? null
      : h(
          "div",
          {},
          h(o.kop, { class: `utrecht-heading-${o.kop.slice(1)}` }, "Afgekeurd"),
          h(
            "p",
            { class: "utrecht-paragraph" },
            "Deze bestanden tellen niet mee. Upload een verbeterd bestand.",
          ),
          tabel(
            "Afgekeurde documenten",
            ["Soort", "Naam", "Ontvangen", "Reden"],
            afgekeurd.map((d) => [
              soort(d),
              d.naam,
              datum(d.aangemaaktOp),
              d.reden ? zonderVeld(d.reden) : "",
            ]),
          ),
        ),
  );
}
