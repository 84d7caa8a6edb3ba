// docs/regels.md §12: after the browser's upload the server checks size, content type and the PDF
// signature of the stored object (functions/data/documentopslag.ts verwerkUpload). A refused file
// is deleted, the refusal recorded with its audit record, and the answer is 422 naming the
// problem; an accepted one moves to its final key and counts from then on (an accepted
// kwaliteitsplan is what clears KWALITEITSPLAN_ONTBREEKT, see functions/indiening/toetsing.ts).
import { DOCUMENTSOORT_REGELS, uploadEisen } from "#shared/documenten/soorten.js";
import { opslag } from "../data/documentbucket.js";
import { beoordeelDocument } from "../data/documenten.js";
import { verwerkUpload } from "../data/documentopslag.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { eisNietVastgesteld } from "../lib/vastgesteld.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaak } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { documentsoortVan, RAPPORT_VASTGESTELD } from "./soort.js";
import { documentAntwoord, laadDocument } from "./weergave.js";

/** Refusals that say "not (yet) there" rather than "wrong file": the document keeps waiting. */
const NOG_WACHTEN: Record<string, number> = {
  DOCUMENT_NIET_ONTVANGEN: 422,
  DOCUMENT_GEWIJZIGD: 409,
};

export const bevestigUpload: Operatie<RouteVan<"bevestigUpload">> = async (v) => {
  const { aanvraagId, documentId } = v.params;
  // Seeing the case first: a document of a case outside the scope answers 404 like a missing one.
  const gezien = await laadZaak(v.gebruiker, aanvraagId);
  const d = await laadDocument(aanvraagId, documentId, gezien.rollen);
  const soort = documentsoortVan(d.soort);
  const handeling = DOCUMENTSOORT_REGELS[soort].uploadHandeling ?? "indienen";
  const { zaak } = await laadZaak(v.gebruiker, aanvraagId, handeling);
  if (d.status === "geaccepteerd") return { body: documentAntwoord(d) };
  // §15.6: a report announced before the vaststelling cannot become the accepted one after it.
  if (handeling === "realisatieMelden") eisNietVastgesteld(zaak, RAPPORT_VASTGESTELD);
  if (d.status === "afgekeurd")
    throw new HttpProbleem(
      409,
      "DOCUMENT_AFGEKEURD",
      `bestand: dit document is afgekeurd (${d.reden ?? "onbekende reden"}); vraag een nieuwe upload aan`,
      "bestand",
    );
  const r = await verwerkUpload(
    opslag(),
    { upload: d.uploadSleutel, document: d.objectSleutel },
    uploadEisen(soort),
  );
  const ctx = schrijfcontext(v, "aanbieder");
  const scope = { id: zaak.id, aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId };
  if (!r.ok) {
    const wachten = NOG_WACHTEN[r.fout.code];
    if (wachten !== undefined) throw uitFout(r.fout, wachten);
    ofWeiger(
      await beoordeelDocument(scope, d, { status: "afgekeurd", reden: r.fout.melding }, ctx),
    );
    throw uitFout(r.fout, 422);
  }
  // The hash goes on the document and into its audit record: anyone can verify a copy later.
  const uitkomst = {
    status: "geaccepteerd" as const,
    contentType: r.waarde.contentType,
    grootte: r.waarde.grootte,
    sha256: r.waarde.sha256,
  };
  const na = ofWeiger(await beoordeelDocument(scope, d, uitkomst, ctx));
  return { body: documentAntwoord(na) };
};
