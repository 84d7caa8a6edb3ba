// docs/regels.md §15.5, §1: who sees the bank account of an aanbieder. The aanbieder itself, and
// zorgkantoor-beheer of a zorgkantoor where the aanbieder has a case; anyone else gets 404, as for
// an aanbieder that does not exist. Shared by the account routes and the bank statement download.
import type { Rol } from "#shared/rollen.js";
import { type AanbiederRecord, leesAanbieder } from "../data/aanbieders.js";
import { aanvragenVanAanbieder } from "../data/aanvragen.js";
import { nietGevonden } from "../lib/probleem.js";
import type { Gebruiker } from "../lib/verzoek.js";

export interface Bankscope {
  aanbieder: AanbiederRecord;
  rol: Rol;
  /** The caller's zorgkantoor where the aanbieder has a case (zorgkantoor-beheer only). */
  zorgkantoorId?: string;
}

/** The zorgkantoren where this user is zorgkantoor-beheer. */
const beheerdeZorgkantoren = (g: Gebruiker): Set<string> =>
  new Set(
    g.lidmaatschappen.flatMap((l) => (l.rol === "zorgkantoor-beheer" ? [l.zorgkantoorId] : [])),
  );

/** §1 scope: own aanbieder, or a case of it at a zorgkantoor the caller manages; else 404. */
export async function bankscope(
  g: Gebruiker,
  aanbiederId: string,
  alleenBeheer = false,
): Promise<Bankscope> {
  let rol: Rol | undefined;
  let zorgkantoorId: string | undefined;
  // Read beside the scope check (one DynamoDB round less), used only once the scope allows it.
  const gelezen = leesAanbieder(aanbiederId);
  gelezen.catch(() => undefined);
  if (
    !alleenBeheer &&
    g.lidmaatschappen.some((l) => l.rol === "aanbieder" && l.aanbiederId === aanbiederId)
  )
    rol = "aanbieder";
  else {
    const beheer = beheerdeZorgkantoren(g);
    if (beheer.size > 0) {
      const zaak = (await aanvragenVanAanbieder(aanbiederId)).find((a) =>
        beheer.has(a.zorgkantoorId),
      );
      if (zaak) {
        rol = "zorgkantoor-beheer";
        zorgkantoorId = zaak.zorgkantoorId;
      }
    }
  }
  const aanbieder = rol ? await gelezen : undefined;
  if (!rol || !aanbieder) throw nietGevonden("aanbieder");
  return { aanbieder, rol, ...(zorgkantoorId ? { zorgkantoorId } : {}) };
}
