// docs/regels.md §15.6: a herziening of a vaststelling — a correction (an accountant's correction, a
// bezwaar) as a new vaststelling version with a reason and four eyes. This module computes the
// corrected outcome and stores the proposal (first signature); herzieningGoedkeuren.ts lays it
// down. The frozen data stays frozen: the §9 rules run on the stored year report and overige
// judgements with the corrections on top, never on data edited in place.
//
// Choices [portal rule]:
// - Correctable: per overige line the realised amount (it becomes the line's correction, as in
//   overigeBeoordelen) and conform flag (with reason), as §9.2;
//   of the year report the money figures of year t the accountant checks: SV-loon, werkgevers-
//   lasten and inhuur (schemas.ts HerzieningCorrectiesSchema).
// - Corrections accumulate: year-report corrections of earlier herzieningen stay in force
//   (`herziening.jaarverslag` of the version in force); corrected overige lines become the case's
//   judgement of that line (nacalculatieOverige) when the herziening is approved.
// - The agreed amounts are those of the latest non-vaststelling agreement, as for the vaststelling.
import type * as z from "zod";
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { NacalculatieUitvoer } from "#shared/nacalculatie/berekening.js";
import { type AanvraagRecord, scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { nacalculatieWacht, uitkomstTegenover, wachtZetten } from "../data/goedkeuringen.js";
import { vaststellingVan } from "../data/opgeslagenBesluiten.js";
import { laatsteVan, leesRealisaties } from "../data/realisaties.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import type {
  HerzieningCorrecties,
  HerzieningsvoorstelOpslag,
  JaarverslagCorrecties,
  OverigeOordeel,
  VaststellingOpslag,
} from "../data/zaakgegevens.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import type { HerzieningCorrectiesSchema } from "./schemas.js";
import { nacalculatieMetVerslag, nacalculatieStand, oordelenVan } from "./stand.js";

/** The vaststelling in force, or 409: a herziening corrects a vaststelling (§15.6). */
export function eisVaststelling(r: AanvraagRecord): VaststellingOpslag {
  const v = vaststellingVan(r);
  if (!v)
    throw new HttpProbleem(
      409,
      "NIET_VASTGESTELD",
      "Deze aanvraag is nog niet vastgesteld; een herziening corrigeert een vaststelling (§15.6). Stel eerst de vaststelling vast.",
    );
  return v;
}

export const versieVan = (v: VaststellingOpslag): number => v.versie ?? 1;

/** The request's corrections in their stored form (amounts as text, §11). */
export function correctiesOpslag(
  c: z.output<typeof HerzieningCorrectiesSchema>,
): HerzieningCorrecties {
  const j = c.jaarverslag;
  const tekst = (x: Parameters<typeof bedragTekst>[0] | undefined) =>
    x === undefined ? undefined : bedragTekst(x);
  return {
    ...(c.overige && {
      overige: c.overige.map((o) => ({
        id: o.id,
        gerealiseerd: bedragTekst(o.gerealiseerd),
        conform: o.conform,
        ...(o.reden !== undefined && { reden: o.reden }),
      })),
    }),
    ...(j && {
      jaarverslag: Object.fromEntries(
        Object.entries({
          svLoon: tekst(j.svLoon),
          werkgeverslasten: tekst(j.werkgeverslasten),
          inhuur: tekst(j.inhuur),
        }).filter(([, x]) => x !== undefined),
      ) as JaarverslagCorrecties,
    }),
  };
}

/** The year report with the corrections of year t applied (stored form, see stand.ts). */
function gecorrigeerdVerslag(inhoud: unknown, c: JaarverslagCorrecties): Record<string, unknown> {
  const j = { ...(inhoud as Record<string, unknown>) };
  const jaar = (veld: string, x: string | undefined) => {
    if (x !== undefined) j[veld] = { ...(j[veld] as object), jaar: x };
  };
  jaar("svLoon", c.svLoon);
  jaar("inhuur", c.inhuur);
  if (c.werkgeverslasten !== undefined) j.werkgeverslasten = c.werkgeverslasten;
  return j;
}

export interface Herberekening {
  uitkomst: NacalculatieUitvoer;
  /** The case's overige judgements after the herziening. */
  oordelen: Record<string, OverigeOordeel>;
  /** Year-report corrections in force after it. */
  jaarverslag: JaarverslagCorrecties;
}

/** §15.6: the §9 outcome on the frozen data plus the corrections. */
export async function herbereken(
  r: AanvraagRecord,
  correcties: HerzieningCorrecties,
  reden: string,
): Promise<Herberekening> {
  const v = eisVaststelling(r);
  const [stand, realisaties] = await Promise.all([nacalculatieStand(r), leesRealisaties(r.id)]);
  const verslag = laatsteVan(realisaties, r.jaar, "jaarverslag").laatste;
  if (!verslag)
    throw new HttpProbleem(409, "JAARVERSLAG_ONTBREEKT", "jaarverslag: er is geen jaarverslag");
  const oordelen = { ...oordelenVan(r) };
  for (const [i, c] of (correcties.overige ?? []).entries()) {
    if (!stand.overige.some((o) => o.id === c.id))
      throw new HttpProbleem(
        422,
        "ONBEKENDE_REGEL",
        `correcties.overige.${i}.id: "${c.id}" is geen overige regel van deze afspraak`,
        `correcties.overige.${i}.id`,
      );
    // The corrected amount becomes the line's correction; its reason is the line's own, else
    // the herziening's. A not-conform reason stays the judgement's reason.
    oordelen[c.id] = {
      conform: c.conform,
      ...(!c.conform && c.reden !== undefined && { reden: c.reden }),
      correctie: { bedrag: c.gerealiseerd, reden: (c.conform && c.reden) || reden },
    };
  }
  const jaarverslag = { ...v.herziening?.jaarverslag, ...correcties.jaarverslag };
  const u = nacalculatieMetVerslag(r.jaar, gecorrigeerdVerslag(verslag.inhoud, jaarverslag), {
    ...stand,
    oordelen,
  });
  if (!u.ok) throw uitFout(u.fout);
  return { uitkomst: u.waarde, oordelen, jaarverslag };
}

export const herzieningVoorstellen: Operatie<RouteVan<"herzieningVoorstellen">> = async (v) => {
  const { aanvraag: r, rol } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId, "beoordelen");
  const huidig = eisVaststelling(r);
  const correcties = correctiesOpslag(v.body.correcties);
  const { uitkomst } = await herbereken(r, correcties, v.body.reden);
  const ctx = schrijfcontext(v, rol);
  const voorstel: HerzieningsvoorstelOpslag = {
    voorgesteldDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    op: ctx.nu.toISOString(),
    reden: v.body.reden,
    vanVersie: versieVan(huidig),
    correcties,
    uitkomst,
  };
  ofWeiger(
    await schrijfTransactie(
      [
        wijzigAanvraag(r, v.body.versie, {
          herzieningsvoorstel: voorstel,
          gewijzigdOp: ctx.nu.toISOString(),
        }),
        // §1: the zorgkantoor's list of what waits, in the same transaction (data/goedkeuringen.ts).
        wachtZetten(
          {
            ...nacalculatieWacht(
              r,
              "herziening",
              uitkomst,
              uitkomstTegenover(huidig.uitkomst),
              v.body.reden,
            ),
            was: huidig.vastgesteld,
            nieuweVersie: versieVan(huidig) + 1,
          },
          ctx,
        ),
      ],
      {
        gebeurtenis: "herziening_voorgesteld",
        onderwerp: aanvraagPk(r.id),
        betrokken: scopeVan(r),
        voor: { vastgesteld: huidig.vastgesteld, versie: versieVan(huidig) },
        na: { vastgesteld: uitkomst.vastgesteld, correcties },
        reden: v.body.reden,
      },
      ctx,
    ),
  );
  return { status: 201, body: { aanvraagId: r.id, versie: v.body.versie + 1, voorstel } };
};
