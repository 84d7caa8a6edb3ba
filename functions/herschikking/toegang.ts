// DOMAIN.md §1: the herschikking is the zorgkantoor's: a beoordelaar of the zorgkantoor may read
// the proposal, only zorgkantoor-beheer decides it. A zorgkantoor where the caller has no
// membership answers 404 as if it did not exist (deny by default).
import type { Rol } from "../../shared/rollen.js";
import { geenToegang, nietGevonden } from "../lib/probleem.js";
import type { Gebruiker } from "../lib/verzoek.js";

export function zorgkantoorRol(
  gebruiker: Gebruiker,
  zorgkantoorId: string,
  beslissen: boolean,
): Rol {
  const eigen = gebruiker.lidmaatschappen.filter(
    (l) =>
      (l.rol === "beoordelaar" || l.rol === "zorgkantoor-beheer") &&
      l.zorgkantoorId === zorgkantoorId,
  );
  if (eigen.some((l) => l.rol === "zorgkantoor-beheer")) return "zorgkantoor-beheer";
  if (eigen.length === 0) throw nietGevonden("zorgkantoor");
  if (beslissen) throw geenToegang("de herschikking wordt vastgelegd door zorgkantoor-beheer (§1)");
  return "beoordelaar";
}
