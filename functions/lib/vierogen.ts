// DOMAIN.md §1: decisions that move money need two different zorgkantoor users. The approving
// operations (toekenning, vaststelling) check the stored proposal's author against the caller
// with the shared rule; the data layer checks it again when it writes the agreement.
import { tweedeHandtekening } from "../../shared/indiening/toestanden.js";
import type { Rol } from "../../shared/rollen.js";
import { HttpProbleem } from "./probleem.js";
import type { Gebruiker } from "./verzoek.js";

/** 403 VIER_OGEN with the rule's reason unless the caller may sign second as zorgkantoor-beheer. */
export function eisTweedeHandtekening(
  voorgesteldDoor: { sub: string; rol: string },
  gebruiker: Gebruiker,
): void {
  const h = tweedeHandtekening(
    { gebruiker: voorgesteldDoor.sub, rol: voorgesteldDoor.rol as Rol },
    { gebruiker: gebruiker.sub, rol: "zorgkantoor-beheer" },
  );
  if (!h.toegestaan) throw new HttpProbleem(403, "VIER_OGEN", h.reden);
}
