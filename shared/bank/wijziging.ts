// DOMAIN.md §15.5, §1: a change of an aanbieder's bank account is requested by the aanbieder or
// entered by zorgkantoor-beheer, and takes effect only after a second signature by ANOTHER
// zorgkantoor-beheer user. Redirecting payments is the classic fraud, so the one who asked can
// never approve — not even a zorgkantoor-beheer user who entered it on the aanbieder's behalf.
import type { Rol } from "../rollen.js";

export interface Ondertekenaar {
  readonly sub: string;
  readonly rol: Rol | "systeem";
}

export type Goedkeuring = { toegestaan: true } | { toegestaan: false; reden: string };

/** Who may request a change (the first signature). */
/** The second signature: zorgkantoor-beheer, and never the user who requested the change. */
export function bankgoedkeuring(
  aangevraagdDoor: Ondertekenaar,
  goedkeurder: Ondertekenaar,
): Goedkeuring {
  if (goedkeurder.sub === aangevraagdDoor.sub)
    return {
      toegestaan: false,
      reden:
        "Vier ogen: een andere medewerker van het zorgkantoor moet deze wijziging van de bankrekening goedkeuren dan degene die haar aanvroeg.",
    };
  if (goedkeurder.rol !== "zorgkantoor-beheer")
    return {
      toegestaan: false,
      reden: `Een wijziging van de bankrekening wordt goedgekeurd door zorgkantoor-beheer, niet door ${goedkeurder.rol}.`,
    };
  return { toegestaan: true };
}
