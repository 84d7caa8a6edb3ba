// The numbers of the nacalculatie (§9.1–§9.3) as tables: every amount the server computed, so a
// controller can follow the rondrekening step by step (indices unrounded, as §11 says).
import { centen, euro } from "../../lib/bedrag.js";
import { h, tabel } from "../../lib/dom.js";
import type { AfwikkelingStand } from "./afwikkeling.js";
import type { Afwikkeling } from "./vordering.js";

export interface Berekening {
  index: string;
  /** null when SV-dagen_t = 0 (§15.6). */
  kostenPerSvDag: string | null;
  extraSvDagen: string;
  extraEigen: string;
  extraInhuur: string;
  personeelGerealiseerd: string;
  personeelVergoedbaar: string;
  overigeVergoedbaar: string;
  compensatie: string;
  vastgesteld: string;
  betaaldeVoorschotten: string;
  saldo: string;
  saldoSoort: string;
  nabetaling: string;
  verrekening: string;
  terugvordering: string;
  signalen: { code: string; melding: string }[];
}
export interface Vaststelling {
  vastgesteld: string;
  saldo: string;
  saldoSoort: string;
  nabetaling: string;
  verrekening: string;
  terugvordering: string;
  op: string;
  /** §15.6: 1, +1 per herziening. */
  versie?: number;
  herziening?: { reden: string; vorigVastgesteld: string; gecorrigeerd: string };
}
export interface Nacalculatie {
  jaar: number;
  versie: number;
  jaarverslagVersie: number | null;
  rapportAanwezig: boolean;
  afgesprokenPersoneel: string;
  compensatie: string;
  betaaldeVoorschotten: string;
  overige: {
    id: string;
    omschrijving: string;
    afgesproken: string;
    /** §7: reported by the aanbieder in the year report; null: not reported. */
    gemeld: string | null;
    /** §15.6: the zorgkantoor's correction from the accountant's report. */
    correctie: { bedrag: string; reden: string } | null;
    gerealiseerd: string | null;
    conform: boolean;
    reden?: string;
    /** What the outcome counts for the line (§9.2); null without an outcome. */
    vergoedbaar: string | null;
  }[];
  ontbreekt: string[];
  berekening: Berekening | null;
  voorstel: { voorgesteldDoor: { sub: string }; op: string; uitkomst: Berekening } | null;
  vaststelling: Vaststelling | null;
  /** §15.4: the settlement from the ledger; null before the vaststelling. */
  afwikkeling: (Afwikkeling & AfwikkelingStand) | null;
  /** §15.6: a herziening awaiting its second signature; null: none. */
  herzieningsvoorstel: {
    voorgesteldDoor: { sub: string; rol: string };
    op: string;
    reden: string;
    vanVersie: number;
    correcties: {
      overige?: { id: string; gerealiseerd: string; conform: boolean; reden?: string }[];
      jaarverslag?: { svLoon?: string; werkgeverslasten?: string; inhuur?: string };
    };
    uitkomst: Berekening;
  } | null;
  /** §15.6: earlier vaststelling versions, oldest first. */
  eerdereVaststellingen: Vaststelling[];
  /** §15.7: whether the extra staff are still employed; null: not yet recorded. */
  personeelInDienst: { personeelInDienst: boolean; datum: string; toelichting: string } | null;
}

const SALDO: Record<string, string> = {
  nabetaling: "Nabetaling aan de aanbieder",
  verrekening: "Verrekening",
  terugvordering: "Terugvordering",
  nul: "Geen saldo",
};

export function rekenTabel(b: Berekening): HTMLElement {
  const rij = (n: string, w: string, bedrag = true) => [n, bedrag ? euro(w) : w.replace(".", ",")];
  return h(
    "div",
    {},
    tabel(
      "Rondrekening en vaststelling",
      ["Onderdeel", "Waarde"],
      [
        rij("Cliëntmix-index (onafgerond)", b.index, false),
        b.kostenPerSvDag === null
          ? ["Kosten per SV-dag", "niet van toepassing (geen SV-dagen in het jaar)"]
          : rij("Kosten per SV-dag", b.kostenPerSvDag, false),
        rij("Extra SV-dagen", b.extraSvDagen, false),
        rij("Extra personeel eigen dienst", b.extraEigen),
        rij("Extra personeel inhuur", b.extraInhuur),
        rij("Personeel gerealiseerd", b.personeelGerealiseerd),
        rij("Personeel vergoedbaar", b.personeelVergoedbaar),
        rij("Overige vergoedbaar", b.overigeVergoedbaar),
        rij("Compensatie", b.compensatie),
        rij("Vastgesteld", b.vastgesteld),
        rij("Betaalde voorschotten", b.betaaldeVoorschotten),
        rij("Saldo", b.saldo),
        ["Soort saldo", SALDO[b.saldoSoort] ?? b.saldoSoort],
        rij("Nabetaling", b.nabetaling),
        rij("Verrekening", b.verrekening),
        rij("Terugvordering", b.terugvordering),
      ],
      [1],
    ),
    b.signalen.length > 0
      ? tabel(
          "Signalen",
          ["Code", "Melding"],
          b.signalen.map((s) => [s.code, s.melding]),
        )
      : null,
  );
}

/**
 * §15.4: a negative saldo is first offset, only the rest is reclaimed; the settlement decides,
 * so the kind shown follows what was booked (a fully offset saldo is no "Terugvordering").
 */
function saldoSoort(v: Vaststelling): string {
  const verrekend = (centen(v.verrekening) ?? 0n) > 0n;
  const teruggevorderd = (centen(v.terugvordering) ?? 0n) > 0n;
  if (v.saldoSoort === "terugvordering" && verrekend)
    return teruggevorderd ? "Verrekening en terugvordering" : "Verrekening";
  return SALDO[v.saldoSoort] ?? v.saldoSoort;
}

export function vaststellingTabel(v: Vaststelling): HTMLElement {
  return tabel(
    (v.versie ?? 1) > 1
      ? `Vastgestelde nacalculatie (versie ${v.versie})`
      : "Vastgestelde nacalculatie",
    ["Vastgesteld", "Saldo", "Soort saldo", "Nabetaling", "Verrekening", "Terugvordering"],
    [
      [
        euro(v.vastgesteld),
        euro(v.saldo),
        saldoSoort(v),
        euro(v.nabetaling),
        euro(v.verrekening),
        euro(v.terugvordering),
      ],
    ],
    [0, 1, 3, 4, 5],
  );
}
