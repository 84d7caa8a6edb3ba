// Uploading a PDF to a case (docs/regels.md §12), shared by the wizard's document step and
// the dossier's accountantsrapport. Three moves, as functions/documenten wants it: announce
// (POST …/documenten → a presigned POST form), send the file straight to the bucket with
// XMLHttpRequest (fetch has no upload progress), then ask the server to check and keep it
// (…/bevestiging). The progress bar is a <progress> with a label; a refusal about the file (its
// size, type or content) is shown at the file field, anything else as an alert.
import { ApiFout, api, seg } from "./api.js";
import type { Antwoord } from "./apiTypen.js";
import { h, melding, vervang } from "./dom.js";
import { knop, omhul, type Veld, zetFout } from "./invoer.js";
import { foutTekst } from "./pagina.js";
import { labelWeg } from "./velden.js";

export type Document = Antwoord<"bevestigUpload">;
type Uploadverzoek = Antwoord<"vraagUploadAan">;

/** The server's fields that are about the chosen file (announcement and stored-object checks). */
const BESTANDSVELDEN = new Set(["bestand", "grootte", "contentType", "bestandsnaam"]);

/** "contentType: bestandstype …" → "bestandstype …": the page names the field in the user's words. */
export function zonderVeld(tekst: string): string {
  const m = /^(\w+): (.*)$/s.exec(tekst);
  return m && BESTANDSVELDEN.has(m[1]!) ? m[2]! : tekst;
}

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

/** A refusal of the file itself after the check (§12): shown at the field like a server 422. */
class Afgekeurd extends Error {}

export interface UploadOpties {
  aanvraagId: string;
  /** Prefix of the element ids, unique on the page ("kb" gives kb-bestand, kb-voortgang, …). */
  id: string;
  /** The field's label; its errors and the summary name it. */
  label: string;
  /** The name of the field in error summaries (e.g. "Kwaliteitsplan"). */
  naam: string;
  /** `data-veld`: the API path a server finding about the documents points at. */
  dataVeld: string;
  knopTekst: string;
  /** The document kind at the moment of uploading (the wizard lets the user choose). */
  soort: () => string;
  /** After the server's check, accepted or refused (e.g. reload the list of documents). */
  gecontroleerd: () => Promise<void> | void;
}

export interface Upload {
  veld: Veld;
  /** The file field, the button, the progress bar, the status and the error area. */
  blok: HTMLElement;
}

/** The file field with its button, progress bar, status (role=status) and errors. */
export function uploadVeld(o: UploadOpties): Upload {
  const invoer = h("input", {
    id: `${o.id}-bestand`,
    type: "file",
    accept: "application/pdf,.pdf",
    "data-veld": o.dataVeld,
    class: "utrecht-textbox utrecht-textbox--html-input",
  });
  // The label above the field; errors and the summary name it by `naam`.
  const veld: Veld = { ...omhul("text", o.label, invoer), label: o.naam };
  const balk = h("progress", {
    class: "kb-voortgang",
    max: 100,
    value: 0,
    id: `${o.id}-voortgang`,
    "aria-labelledby": `${o.id}-voortgang-label`,
  });
  const voortgang = h(
    "div",
    { hidden: true },
    h("span", { id: `${o.id}-voortgang-label` }, "Voortgang van het uploaden"),
    " ",
    balk,
  );
  const status = h("div", { role: "status" });
  const fout = h("div", {});

  const upload = async () => {
    zetFout(veld, null);
    vervang(fout);
    const f = invoer.files?.[0];
    if (!f) return zetFout(veld, `${o.naam}: kies eerst een bestand.`);
    voortgang.hidden = false;
    balk.value = 0;
    vervang(status, `Bezig met uploaden van ${f.name}…`);
    let verstuurd = false;
    try {
      const pad = `/api/aanvragen/${seg(o.aanvraagId)}/documenten`;
      const v = await api<Uploadverzoek>("POST", pad, {
        soort: o.soort(),
        bestandsnaam: f.name,
        grootte: f.size,
        contentType: f.type || "application/pdf",
      });
      await stuur(v.upload, f, (pct) => {
        balk.value = pct;
        balk.textContent = `${pct}%`;
      });
      verstuurd = true;
      // A refused check answers 422 (and the document is kept as afgekeurd): the list shows it too.
      const uitkomst = await api<Document>("POST", `${pad}/${seg(v.document.id)}/bevestiging`).then(
        (d) => ({ d }),
        (fout: unknown) => ({ fout }),
      );
      await o.gecontroleerd();
      if ("fout" in uitkomst) throw uitkomst.fout;
      const d = uitkomst.d;
      if (d.status === "afgekeurd")
        throw new Afgekeurd(
          `het document is afgekeurd: ${zonderVeld(d.reden ?? "onbekende reden")}`,
        );
      vervang(status, `${f.name} is geüpload en geaccepteerd.`);
      invoer.value = "";
    } catch (e) {
      vervang(status);
      if (!verstuurd) voortgang.hidden = true; // refused before anything was sent
      const overBestand =
        e instanceof Afgekeurd || (e instanceof ApiFout && BESTANDSVELDEN.has(e.veld ?? ""));
      if (overBestand) {
        // The server names the field by its label ("Bestand: …"); the page names it itself.
        const tekst = e instanceof ApiFout ? labelWeg(foutTekst(e), e.veld) : foutTekst(e);
        zetFout(veld, `${o.naam}: ${zonderVeld(tekst)}`);
        invoer.focus();
      } else vervang(fout, melding("error", foutTekst(e)));
    }
  };
  return {
    veld,
    blok: h(
      "div",
      {},
      veld.blok,
      knop(o.knopTekst, () => void upload()),
      voortgang,
      status,
      fout,
    ),
  };
}
