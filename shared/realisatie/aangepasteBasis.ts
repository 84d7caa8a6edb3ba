// docs/regels.md §6, §7: the voorschot basis after a realisatie window = projected eligible annual
// spend + compensatie, never above the agreement. Eligible personeel = projection capped at the
// agreed personeel amount; eligible overige = per agreed line min(projection, agreed), the sum
// capped at the agreed overige amount (the same caps the nacalculatie applies, §9.1–9.2).
import { min, som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import { maandTekst } from "../voorschot/maand.js";
import { type AfgesprokenBegroting, afgesprokenTotaal } from "./afspraak.js";
import { projectie } from "./projectie.js";
import type { TussentijdseRealisatie } from "./rapport.js";
import { eersteDubbele } from "./regels.js";
import { EERSTE_MAAND_NA, MAANDEN_GEDEKT } from "./venster.js";

export interface PersoneelProjectie {
  regelId: string;
  kostenTotNu: Decimal;
  projectie: Decimal;
}

export interface OverigeProjectie {
  regelId: string;
  uitgavenTotNu: Decimal;
  projectie: Decimal;
  afgesproken: Decimal;
  subsidiabel: Decimal;
}

export interface RealisatieAanpassing {
  maandenGedekt: number;
  personeel: PersoneelProjectie[];
  /** Every agreed overige line, in the agreement's order (not reported = nothing spent). */
  overige: OverigeProjectie[];
  projectiePersoneel: Decimal;
  subsidiabelPersoneel: Decimal;
  subsidiabelOverige: Decimal;
  compensatie: Decimal;
  /** B of the agreement (personeel + overige + compensatie). */
  afspraak: Decimal;
  aangepasteBasis: Decimal;
  /** Proposed first month of the new basis, "YYYY-MM" (EERSTE_MAAND_NA). */
  vanafMaand: string;
  /** Reported overige lines without an agreed amount: they count 0, shown for the zorgkantoor. */
  nietAfgesproken: string[];
}

function dubbel(ids: readonly string[], veld: string): Resultaat<RealisatieAanpassing> | undefined {
  const i = eersteDubbele(ids);
  if (i < 0) return undefined;
  const pad = `${veld}[${i}].regelId`;
  return fout("DUBBELE_REGEL", pad, `${pad}: regel "${ids[i]}" komt twee keer voor`);
}

export function aangepasteBasis(
  afspraak: AfgesprokenBegroting,
  rapport: TussentijdseRealisatie,
): Resultaat<RealisatieAanpassing> {
  const lijsten: [string, readonly { regelId: string }[]][] = [
    ["afspraak.overigeRegels", afspraak.overigeRegels],
    ["rapport.personeel", rapport.personeel],
    ["rapport.overige", rapport.overige],
  ];
  for (const [veld, lijst] of lijsten) {
    const dubbele = dubbel(
      lijst.map((r) => r.regelId),
      veld,
    );
    if (dubbele) return dubbele;
  }

  const { venster } = rapport;
  const personeel = rapport.personeel.map((r) => ({
    regelId: r.regelId,
    kostenTotNu: r.kostenTotNu,
    projectie: projectie(r.kostenTotNu, venster),
  }));
  const projectiePersoneel = som(personeel.map((r) => r.projectie));
  const subsidiabelPersoneel = min(projectiePersoneel, afspraak.personeel);

  const gemeld = new Map(rapport.overige.map((r) => [r.regelId, r.uitgavenTotNu]));
  const overige = afspraak.overigeRegels.map((a) => {
    const uitgavenTotNu = gemeld.get(a.regelId) ?? NUL;
    const p = projectie(uitgavenTotNu, venster);
    return {
      regelId: a.regelId,
      uitgavenTotNu,
      projectie: p,
      afgesproken: a.bedrag,
      subsidiabel: min(p, a.bedrag),
    };
  });
  const afgesprokenIds = new Set(afspraak.overigeRegels.map((a) => a.regelId));
  const subsidiabelOverige = min(som(overige.map((r) => r.subsidiabel)), afspraak.overige);

  const totaal = afgesprokenTotaal(afspraak);
  return ok({
    maandenGedekt: MAANDEN_GEDEKT[venster],
    personeel,
    overige,
    projectiePersoneel,
    subsidiabelPersoneel,
    subsidiabelOverige,
    compensatie: afspraak.compensatie,
    afspraak: totaal,
    aangepasteBasis: min(
      som([subsidiabelPersoneel, subsidiabelOverige, afspraak.compensatie]),
      totaal,
    ),
    vanafMaand: maandTekst(rapport.jaar, EERSTE_MAAND_NA[venster]),
    nietAfgesproken: rapport.overige.map((r) => r.regelId).filter((id) => !afgesprokenIds.has(id)),
  });
}
