// docs/regels.md §3.2: the realisatie windows of year t are enforced by the server at "now" — before
// a window opens nothing can be entered, after it closes the entry is locked unless
// zorgkantoor-beheer reopened it for this aanbieder (shared/kalender/venster.ts decides).
import { type StapCode, stapVan } from "#shared/kalender/kalender.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import { type Venster, type VensterStatus, vensterStatus } from "#shared/kalender/venster.js";
import type { HeropeningRecord, RealisatieSoort } from "../data/realisaties.js";
import { HttpProbleem } from "../lib/probleem.js";

const STAP: Readonly<Record<RealisatieSoort, StapCode>> = {
  mei: "realisatie_mei",
  juli: "realisatie_juli",
  oktober: "realisatie_oktober",
  jaarverslag: "realisatie_gehele_jaar",
};

export const vensterVan = (soort: RealisatieSoort, jaar: number): Venster =>
  stapVan(STAP[soort], jaar);

const heropeningVan = (h: HeropeningRecord | undefined) =>
  h ? { tot: new Date(h.tot), reden: h.reden } : undefined;

export const statusVan = (
  soort: RealisatieSoort,
  jaar: number,
  nu: Date,
  h: HeropeningRecord | undefined,
): VensterStatus => vensterStatus(vensterVan(soort, jaar), nu, heropeningVan(h));

/** The dates of a window as "YYYY-MM-DD" (for the answers). */
export function vensterDagen(soort: RealisatieSoort, jaar: number) {
  const v = vensterVan(soort, jaar);
  return { opent: v.opent ? dagTekst(v.opent) : "", uiterlijk: dagTekst(v.uiterlijk) };
}

/** 422 unless entry is allowed now: "venster nog niet open" or locked, naming the dates. */
export function eisOpenVenster(
  soort: RealisatieSoort,
  jaar: number,
  nu: Date,
  h: HeropeningRecord | undefined,
): void {
  const s = statusVan(soort, jaar, nu, h);
  if (s.status === "nog_niet_open")
    throw new HttpProbleem(
      422,
      "VENSTER_NOG_NIET_OPEN",
      `venster nog niet open: ${s.reden}`,
      "venster",
    );
  if (s.status === "gesloten")
    throw new HttpProbleem(
      422,
      "VENSTER_GESLOTEN",
      `${s.reden} Vraag het zorgkantoor het venster te heropenen.`,
      "venster",
    );
}
