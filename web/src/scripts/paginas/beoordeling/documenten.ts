// The documents of a case (§12) with a download per accepted document: the server authorises and
// answers a presigned link valid for 60 s, which is opened at once (never stored in the page).
import { ApiFout, haal, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { badge, datum, h, melding, tabel } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";

export type Document = Rij<"documentenVanAanvraag", "documenten">;

export const SOORT: Record<string, string> = {
  kwaliteitsplan: "Kwaliteitsplan",
  bijlage: "Bijlage",
  rapport_feitelijke_bevindingen: "Rapport van feitelijke bevindingen (accountant)",
  beoordelingsbrief: "Beoordelingsbrief",
  addendum: "Addendum",
};

function statusBadge(s: string): HTMLElement {
  if (s === "geaccepteerd") return badge("safe", "Geaccepteerd");
  if (s === "afgekeurd") return badge("danger", "Afgekeurd");
  return badge("neutral", "Wacht op upload");
}

/** The documents, or null for a role that may read the case but not its documents (landelijk beheer). */
export async function documentenLijst(aanvraagId: string): Promise<Document[] | null> {
  try {
    return (
      await haal<Antwoord<"documentenVanAanvraag">>(`/api/aanvragen/${seg(aanvraagId)}/documenten`)
    ).documenten;
  } catch (e) {
    if (e instanceof ApiFout && e.status === 403) return null;
    throw e;
  }
}

export function documentenTabel(aanvraagId: string, docs: readonly Document[] | null): HTMLElement {
  if (docs === null)
    return melding("info", "De documenten van deze aanvraag zijn niet voor uw rol in te zien.");
  if (docs.length === 0) return melding("info", "Er zijn nog geen documenten bij deze aanvraag.");
  const fout = h("div", { "aria-live": "polite" });
  const download = (d: Document) =>
    h(
      "button",
      {
        type: "button",
        class: "utrecht-button utrecht-button--subtle-action",
        onclick: (async () => {
          try {
            const l = await haal<Antwoord<"downloadlink">>(
              `/api/aanvragen/${seg(aanvraagId)}/documenten/${seg(d.id)}/download`,
            );
            window.open(l.url, "_blank", "noopener");
          } catch (e) {
            fout.replaceChildren(melding("error", foutTekst(e)));
          }
        }) as EventListener,
      },
      `Download ${d.naam}`,
    );
  return h(
    "div",
    {},
    fout,
    tabel(
      "Documenten",
      ["Soort", "Naam", "Status", "Ontvangen", "Download"],
      docs.map((d) => [
        SOORT[d.soort] ?? d.soort,
        d.naam,
        h("span", {}, statusBadge(d.status), d.reden ? ` ${d.reden}` : null),
        datum(d.aangemaaktOp),
        d.status === "geaccepteerd" ? download(d) : "—",
      ]),
    ),
  );
}
