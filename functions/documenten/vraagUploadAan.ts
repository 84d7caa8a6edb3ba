// docs/regels.md §12: the aanbieder announces a document (kind, name, size, type). The announcement is
// checked (a 40 MB or PNG file is refused before it is sent), the document is registered on the
// case with its audit record, and the browser gets a presigned POST for a staging key made of
// server ids only (shared/documenten/sleutel.ts): the user's file name never reaches a key.
import { controleerAankondiging } from "#shared/documenten/controle.js";
import { DOCUMENTSOORT_REGELS } from "#shared/documenten/soorten.js";
import { opslag } from "../data/documentbucket.js";
import { registreerDocument } from "../data/documenten.js";
import { maakUploadverzoek } from "../data/documentopslag.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaak } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { eisUploadMoment, OPSLAGSOORT } from "./soort.js";
import { documentAntwoord } from "./weergave.js";

export const vraagUploadAan: Operatie<RouteVan<"vraagUploadAan">> = async (v) => {
  // The case first: outside the caller's scope every answer is 404, whatever the body says (§1).
  // A kind nobody uploads is refused by controleerAankondiging below; until then it needs the
  // aanbieder's "indienen".
  const handeling = DOCUMENTSOORT_REGELS[v.body.soort].uploadHandeling;
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, handeling ?? "indienen");
  const aankondiging = controleerAankondiging(v.body);
  if (!aankondiging.ok) throw uitFout(aankondiging.fout);
  const opslagsoort = OPSLAGSOORT[v.body.soort];
  // controleerAankondiging refuses the kinds the portal makes itself; this is the same guard.
  if (opslagsoort === undefined)
    throw new HttpProbleem(422, "DOCUMENTSOORT_NIET_UPLOADBAAR", "soort: niet uploadbaar", "soort");
  eisUploadMoment(zaak, v.body.soort, v.nu);
  const { eisen, contentType, weergavenaam } = aankondiging.waarde;
  const d = ofWeiger(
    await registreerDocument(
      { id: zaak.id, aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      { soort: opslagsoort, naam: weergavenaam },
      schrijfcontext(v, "aanbieder"),
    ),
  );
  const upload = await maakUploadverzoek(opslag(), {
    sleutel: d.uploadSleutel,
    contentType,
    maxBytes: eisen.maxBytes,
  });
  return { status: 201, body: { document: documentAntwoord(d), upload } };
};
