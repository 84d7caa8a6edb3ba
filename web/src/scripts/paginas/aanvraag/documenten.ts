// Step 4 (docs/regels.md §4.1.1, §12): the kwaliteitsplan and bijlagen, uploaded with the shared upload
// field (lib/upload.ts: announce, send with a progress bar, let the server check) and listed with
// lib/documenten.ts: accepted ones (download, withdraw) apart from refused ones (with the reason).
// The wizard only opens while the aanvraag can change, so withdrawing is always offered here.

import { documentenOverzicht, verstuurdeDocumenten } from "../../lib/documenten.js";
import { h, melding, vervang } from "../../lib/dom.js";
import { keuzeveld } from "../../lib/invoer.js";
import { foutTekst } from "../../lib/pagina.js";
import { uploadVeld } from "../../lib/upload.js";
import { registreer, type Wizard } from "./wizard.js";

export { verstuurdeDocumenten };

const SOORTEN: [string, string][] = [
  ["kwaliteitsplan", "Kwaliteitsplan"],
  ["bijlage", "Bijlage"],
];

export function stapDocumenten(w: Wizard): HTMLElement {
  const lijst = h("div", {});
  const status = h("div", {});
  const fout = h("div", {});
  let soort = "kwaliteitsplan";
  const soortVeld = keuzeveld("Soort document", "documentsoort", SOORTEN, soort, (x) => {
    soort = x;
  });

  const laad = async () => {
    const docs = await verstuurdeDocumenten(w.aanvraagId);
    vervang(
      lijst,
      documentenOverzicht({
        aanvraagId: w.aanvraagId,
        docs,
        intrekbaar: true,
        kop: "h3",
        gewijzigd: laad,
        status,
      }),
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
      "Upload het kwaliteitsplan en eventuele bijlagen als PDF. Een document vervangen: upload eerst het nieuwe bestand en trek daarna het oude in.",
    ),
    lijst,
    status,
    soortVeld.blok,
    upload.blok,
    fout,
  );
}
