// docs/regels.md §15.5: the bank statement (PDF) of a change of bank account. It arrives base64 in the
// request's JSON body; the server decodes and checks it (shared/bank/bankafschrift.ts) and
// writes exactly the bytes it checked to S3 itself — no presigned upload, so nothing can swap
// them between the check and the use. The object key is fresh per request and only counts once
// the request's transaction refers to it; a refused transaction deletes it again.
import { randomUUID } from "node:crypto";
import { type Bankafschrift, controleerBankafschrift } from "#shared/bank/bankafschrift.js";
import { contentDisposition, downloadnaam } from "#shared/documenten/bestandsnaam.js";
import { bankafschriftSleutel } from "#shared/documenten/sleutel.js";
import { PDF } from "#shared/documenten/soorten.js";
import type { Rol } from "#shared/rollen.js";
import { type Afschriftverwijzing, leesBankwijziging } from "../data/bankrekeningen.js";
import { opslag } from "../data/documentbucket.js";
import { bewaarBytes, leesBytes, verwijder } from "../data/documentopslag.js";
import type { TransactieUitkomst } from "../data/transactie.js";
import { nietGevonden, uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { bankscope } from "./scope.js";

/** A statement too large answers 413 (Content Too Large); any other refusal 422. */
const STATUS: Record<string, number> = { DOCUMENT_TE_GROOT: 413 };

/**
 * Checks the statement of a request and stores it; `undefined` when none was sent and the
 * caller's role needs none (zorgkantoor-beheer). Refusals name the field `bankafschrift`.
 */
export async function bewaarAfschrift(
  rol: Rol,
  aanbiederId: string,
  afschrift: Bankafschrift | undefined,
): Promise<Afschriftverwijzing | undefined> {
  // The schema let only base64 through; the rule judges the decoded bytes.
  const r = controleerBankafschrift(
    rol,
    afschrift
      ? { naam: afschrift.naam, bytes: new Uint8Array(Buffer.from(afschrift.inhoud, "base64")) }
      : undefined,
  );
  if (!r.ok) throw uitFout(r.fout, STATUS[r.fout.code] ?? 422);
  if (!r.waarde) return undefined;
  const sleutel = bankafschriftSleutel(aanbiederId, randomUUID());
  if (!sleutel.ok) throw nietGevonden("aanbieder");
  const sha256 = await bewaarBytes(opslag(), sleutel.waarde, r.waarde.bytes, r.waarde.contentType);
  return { sleutel: sleutel.waarde, naam: r.waarde.naam, grootte: r.waarde.grootte, sha256 };
}

/**
 * Runs the request's transaction; a refused one (e.g. 409: another change waits) deletes the
 * statement it would have referred to. A transaction that throws may still have been written
 * (a timeout after the commit), so then the object stays: an unreferenced object is harmless,
 * a referenced one that is gone is not.
 */
export async function metAfschrift<T>(
  afschrift: Afschriftverwijzing | undefined,
  transactie: () => Promise<TransactieUitkomst<T>>,
): Promise<TransactieUitkomst<T>> {
  const r = await transactie();
  if (!r.ok && afschrift) await verwijder(opslag(), afschrift.sleutel);
  return r;
}

/** GET: the statement of the waiting change, for the aanbieder and zorgkantoor-beheer in scope. */
export const bankafschrift: Operatie<RouteVan<"bankafschrift">> = async (v) => {
  // The waiting change is read beside the scope check and used only when the check passes.
  const [, w] = await Promise.all([
    bankscope(v.gebruiker, v.params.aanbiederId),
    leesBankwijziging(v.params.aanbiederId),
  ]);
  if (!w?.bankafschrift) throw nietGevonden("bankafschrift");
  const a = w.bankafschrift;
  const bytes = await leesBytes(opslag(), a.sleutel, a.sha256);
  return {
    body: bytes,
    headers: {
      "content-type": PDF,
      "content-disposition": contentDisposition(downloadnaam(a.naam, PDF)),
      "x-content-type-options": "nosniff",
    },
  };
};
