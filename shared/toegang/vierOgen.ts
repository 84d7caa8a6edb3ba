// docs/regels.md §1 four eyes: a decision that moves money is proposed by one user and signed by
// ANOTHER. This is the one rule for every such decision; each decision only names who may
// propose, who signs second, and how a refusal reads. functions/lib/vierogen.ts turns a refusal
// into 403 VIER_OGEN.
import { ROLLEN, type Rol } from "../rollen.js";

/** The decisions that move money (§1, §15). */
export type Geldbesluit =
  | "toekenning"
  | "vaststelling"
  | "herziening"
  | "herschikking"
  | "betaalbatch"
  | "bankrekening"
  | "restantverdeling";

export interface Ondertekenaar {
  readonly sub: string;
  readonly rol: Rol | "systeem";
}

export type Handtekening = { toegestaan: true } | { toegestaan: false; reden: string };

interface Beleid {
  /** Who may make the first signature (the proposal). */
  voorstellers: readonly Rol[];
  /** The role of the second signature. */
  tekenaar: Rol;
  /** The reason when the proposer tries to sign again. */
  zelfde: string;
  /** The reason when the second signature comes from another role. */
  andereRol: (rol: string) => string;
}

const ZORGKANTOOR: readonly Rol[] = ["beoordelaar", "zorgkantoor-beheer"];

// [portal rule] a beoordelaar or beheer user proposes; the second signature is beheer's (§1).
const ZORGKANTOORBESLUIT: Beleid = {
  voorstellers: ZORGKANTOOR,
  tekenaar: "zorgkantoor-beheer",
  zelfde:
    "Vier ogen: de tweede handtekening moet van een andere medewerker komen dan degene die het besluit voorstelde.",
  andereRol: (rol) =>
    `De tweede handtekening is voorbehouden aan zorgkantoor-beheer, niet aan ${rol}.`,
};

const BELEID: Readonly<Record<Geldbesluit, Beleid>> = {
  toekenning: ZORGKANTOORBESLUIT,
  vaststelling: ZORGKANTOORBESLUIT,
  herziening: ZORGKANTOORBESLUIT,
  herschikking: ZORGKANTOORBESLUIT,
  betaalbatch: ZORGKANTOORBESLUIT,
  // §15.5: redirecting payments is the classic fraud, so the one who asked (an aanbieder, or a
  // beheer user entering it on the aanbieder's behalf) never approves.
  bankrekening: {
    voorstellers: ROLLEN,
    tekenaar: "zorgkantoor-beheer",
    zelfde:
      "Vier ogen: een andere medewerker van het zorgkantoor moet deze wijziging van de bankrekening goedkeuren dan degene die haar aanvroeg.",
    andereRol: (rol) =>
      `Een wijziging van de bankrekening wordt goedgekeurd door zorgkantoor-beheer, niet door ${rol}.`,
  },
  // §15.7: the national remainder is landelijk beheer's decision, start to end.
  restantverdeling: {
    voorstellers: ["landelijk-beheer"],
    tekenaar: "landelijk-beheer",
    zelfde:
      "Vier ogen: wie de verdeling voorstelt, keurt haar niet zelf goed; een andere medewerker van landelijk beheer keurt goed.",
    andereRol: (rol) =>
      `De verdeling van het landelijk restant wordt goedgekeurd door landelijk-beheer, niet door ${rol}.`,
  },
};

const nee = (reden: string): Handtekening => ({ toegestaan: false, reden });

/**
 * §1: may `tekenaar` sign `besluit` second, after `voorgesteldDoor` proposed it? A decision
 * without a proposal by a person (none recorded, or a scheduled task) has no first signature.
 */
export function magTweedeTekenen(
  besluit: Geldbesluit,
  voorgesteldDoor: Ondertekenaar | undefined,
  tekenaar: Ondertekenaar,
): Handtekening {
  const b = BELEID[besluit];
  if (!voorgesteldDoor || voorgesteldDoor.rol === "systeem")
    return nee("Vier ogen: dit besluit vraagt een voorstel van een andere medewerker.");
  if (!b.voorstellers.includes(voorgesteldDoor.rol))
    return nee(
      `Een besluit wordt voorgesteld door ${b.voorstellers.join(" of ")}, niet door ${voorgesteldDoor.rol}.`,
    );
  if (tekenaar.rol === "systeem")
    return nee("Een geplande taak zet geen tweede handtekening onder een besluit.");
  if (tekenaar.sub === voorgesteldDoor.sub) return nee(b.zelfde);
  if (tekenaar.rol !== b.tekenaar) return nee(b.andereRol(tekenaar.rol));
  return { toegestaan: true };
}
