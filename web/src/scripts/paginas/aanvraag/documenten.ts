// Step 4 (docs/regels.md §4.1.1, §12): the kwaliteitsplan and bijlagen, uploaded with the shared upload
// field (lib/upload.ts: announce, send with a progress bar, let the server check) and listed with
// their status.
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { datum, h, melding, vervang } from "../../lib/dom.js";
import { keuzeveld } from "../../lib/invoer.js";
import { foutTekst } from "../../lib/pagina.js";
import { type Document, uploadVeld } from "../../lib/upload.js";
import { registreer, type Wizard } from "./wizard.js";

const SOORTEN: [string, string][] = [
  ["kwaliteitsplan", "kwaliteitsplan"],
  ["bijlage", "bijlage"],
];
/** The case's documents the user has sent (an announced upload that never arrived is left out). */
export async function verstuurdeDocumenten(aanvraagId: string): Promise<Document[]> {
  const { documenten } = await haal<Antwoord<"documentenVanAanvraag">>(
    `/api/aanvragen/${seg(aanvraagId)}/documenten`,
  );
  return documenten.filter((d) => d.status !== "wacht_op_upload");
}

const STATUS: Record<Document["status"], string> = {
  wacht_op_upload: "nog niet ontvangen",
  geaccepteerd: "geaccepteerd",
  afgekeurd: "afgekeurd",
};

export function stapDocumenten(w: Wizard): HTMLElement {
  const lijst = h("div", {});
  const fout = h("div", {});
  let soort = "kwaliteitsplan";
  const soortVeld = keuzeveld("Soort document", "documentsoort", SOORTEN, soort, (x) => {
    soort = x;
  });

  const laad = async () => {
    const zichtbaar = await verstuurdeDocumenten(w.aanvraagId);
    vervang(
      lijst,
      zichtbaar.length === 0
        ? h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen documenten geüpload.")
        : h(
            "ul",
            { class: "utrecht-unordered-list" },
            ...zichtbaar.map((d) =>
              h(
                "li",
                {},
                `${d.naam} (${d.soort}, ${STATUS[d.status]}, ${datum(d.aangemaaktOp)})${d.reden ? `: ${d.reden}` : ""}`,
              ),
            ),
          ),
    );
  };
  const upload = uploadVeld({
    aanvraagId: w.aanvraagId,
    id: "kb",
    label: "Bestand (PDF, hoogstens 25 MB)",
    naam: "Kwaliteitsplan",
    dataVeld: "documenten",
    knopTekst: "Uploaden",
    soort: () => soort,
    gecontroleerd: laad,
  });
  void laad().catch((e) => vervang(fout, melding("error", foutTekst(e))));
  registreer(w, 3, upload.veld);
  return h(
    "div",
    {},
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Upload het kwaliteitsplan en eventuele bijlagen als PDF.",
    ),
    lijst,
    soortVeld.blok,
    upload.blok,
    fout,
  );
}
