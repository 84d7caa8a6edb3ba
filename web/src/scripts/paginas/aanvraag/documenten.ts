// Step 4 (DOMAIN.md §4.1.1, §12): the kwaliteitsplan and bijlagen. Upload in three moves, as
// functions/documenten wants it: announce (POST …/documenten → a presigned POST form), send the
// file straight to the bucket with XMLHttpRequest (fetch has no upload progress), then ask the
// server to check and keep it (…/bevestiging). The progress bar is a <progress> with a label.
import { api, haal, seg } from "../../lib/api.js";
import { datum, h, melding, vervang } from "../../lib/dom.js";
import { keuzeveld, knop, type Veld, zetFout } from "../../lib/invoer.js";
import { foutTekst } from "../../lib/pagina.js";
import { registreer, type Wizard } from "./wizard.js";

interface Document {
  id: string;
  soort: string;
  naam: string;
  status: "wacht_op_upload" | "geaccepteerd" | "afgekeurd";
  grootte: number | null;
  reden: string | null;
  aangemaaktOp: string;
}
interface Uploadverzoek {
  document: Document;
  upload: { url: string; velden: Record<string, string>; maxBytes: number };
}

const SOORTEN: [string, string][] = [
  ["kwaliteitsplan", "kwaliteitsplan"],
  ["bijlage", "bijlage"],
];
const STATUS: Record<Document["status"], string> = {
  wacht_op_upload: "nog niet ontvangen",
  geaccepteerd: "geaccepteerd",
  afgekeurd: "afgekeurd",
};

/** POSTs the presigned form with the file last; reports progress in percent. */
function stuur(
  u: Uploadverzoek["upload"],
  bestand: File,
  voortgang: (pct: number) => void,
): Promise<void> {
  return new Promise((klaar, mis) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(u.velden)) form.append(k, v);
    form.append("file", bestand);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", u.url);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) voortgang(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? klaar()
        : mis(
            new Error(`Het bestand is niet ontvangen (status ${xhr.status}). Probeer het opnieuw.`),
          );
    xhr.onerror = () =>
      mis(
        new Error(
          "Het bestand kon niet worden verstuurd. Controleer de verbinding en probeer het opnieuw.",
        ),
      );
    xhr.send(form);
  });
}

export function stapDocumenten(w: Wizard): HTMLElement {
  const lijst = h("div", {});
  const status = h("div", { role: "status" });
  const fout = h("div", {});
  let soort = "kwaliteitsplan";
  const soortVeld = keuzeveld("Soort document", "documentsoort", SOORTEN, soort, (x) => {
    soort = x;
  });
  const bestand = h("input", {
    id: "kb-bestand",
    type: "file",
    accept: "application/pdf,.pdf",
    "data-veld": "documenten",
    class: "utrecht-textbox utrecht-textbox--html-input",
  });
  const bestandFout = h("div", {
    class: "utrecht-form-field-error-message",
    id: "kb-bestand-fout",
  });
  bestandFout.hidden = true;
  const bestandVeld: Veld = {
    blok: h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--text" },
      h(
        "div",
        { class: "utrecht-form-field__label" },
        h(
          "label",
          { class: "utrecht-form-label", for: "kb-bestand" },
          "Bestand (PDF, hoogstens 25 MB)",
        ),
      ),
      bestandFout,
      h("div", { class: "utrecht-form-field__input" }, bestand),
    ),
    invoer: bestand,
    fout: bestandFout,
    label: "Kwaliteitsplan",
  };
  const balk = h("progress", {
    class: "kb-voortgang",
    max: 100,
    value: 0,
    id: "kb-voortgang",
    "aria-labelledby": "kb-voortgang-label",
  });
  const voortgang = h(
    "div",
    { hidden: true },
    h("span", { id: "kb-voortgang-label" }, "Voortgang van het uploaden"),
    " ",
    balk,
  );

  const laad = async () => {
    const { documenten } = await haal<{ documenten: Document[] }>(
      `/api/aanvragen/${seg(w.aanvraagId)}/documenten`,
    );
    const zichtbaar = documenten.filter((d) => d.status !== "wacht_op_upload");
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

  const upload = async () => {
    zetFout(bestandVeld, null);
    vervang(fout);
    const f = bestand.files?.[0];
    if (!f) return zetFout(bestandVeld, "Kies eerst een bestand.");
    voortgang.hidden = false;
    balk.value = 0;
    vervang(status, `Bezig met uploaden van ${f.name}…`);
    try {
      const pad = `/api/aanvragen/${seg(w.aanvraagId)}/documenten`;
      const v = await api<Uploadverzoek>("POST", pad, {
        soort,
        bestandsnaam: f.name,
        grootte: f.size,
        contentType: f.type || "application/pdf",
      });
      await stuur(v.upload, f, (pct) => {
        balk.value = pct;
        balk.textContent = `${pct}%`;
      });
      const d = await api<Document>("POST", `${pad}/${seg(v.document.id)}/bevestiging`);
      await laad();
      if (d.status === "afgekeurd")
        throw new Error(`Het document is afgekeurd: ${d.reden ?? "onbekende reden"}.`);
      vervang(status, `${f.name} is geüpload en geaccepteerd.`);
      bestand.value = "";
    } catch (e) {
      vervang(status);
      vervang(fout, melding("error", foutTekst(e)));
    }
  };
  void laad().catch((e) => vervang(fout, melding("error", foutTekst(e))));
  registreer(w, 3, bestandVeld);
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
    bestandVeld.blok,
    knop("Uploaden", () => void upload()),
    voortgang,
    status,
    fout,
  );
}
