// docs/regels.md §12: a document as the API shows it, and which documents a caller sees. [portal rule]
// The aanbieder sees its own uploads in every status (also refused ones, with the reason); the
// zorgkantoor and landelijk-beheer see only documents that passed the server's check. A withdrawn
// document is seen by nobody: it answers 404 like a missing one (its audit records remain).
import type { Rol } from "#shared/rollen.js";
import { type DocumentRecord, leesDocument } from "../data/documenten.js";
import { nietGevonden } from "../lib/probleem.js";
import { documentsoortVan } from "./soort.js";

export const documentAntwoord = (d: DocumentRecord) => ({
  id: d.id,
  aanvraagId: d.aanvraagId,
  soort: documentsoortVan(d.soort),
  naam: d.naam,
  status: d.status,
  contentType: d.contentType ?? null,
  grootte: d.grootte ?? null,
  reden: d.reden ?? null,
  aangemaaktOp: d.aangemaaktOp,
});

export const zietDocument = (rollen: readonly Rol[], d: DocumentRecord): boolean =>
  d.status !== "ingetrokken" && (rollen.includes("aanbieder") || d.status === "geaccepteerd");

/** A document of this case the caller may see, or 404 exactly as a missing one (§1). */
export async function laadDocument(
  aanvraagId: string,
  documentId: string,
  rollen: readonly Rol[],
): Promise<DocumentRecord> {
  const d = await leesDocument(aanvraagId, documentId);
  if (!d || !zietDocument(rollen, d)) throw nietGevonden("document");
  return d;
}
