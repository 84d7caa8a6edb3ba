// docs/regels.md §15.8: the financial overview of one aanvraag for the aanbieder and the zorgkantoor
// of the case (§1; outside their scope a 404, as every case read). Read in two rounds: the case
// with the memberships, then at once what the nacalculatie reads (agreement, ledger, realisaties,
// overige lines), the voorschot agreement and the months of the orders; the figures come from
// shared/overzicht.
import { Decimal } from "#shared/geld/decimal.js";
import { financieelOverzicht as overzicht } from "#shared/overzicht/financieel.js";
import { betaalopdrachtenVanAanvraag } from "../data/betaalopdrachten.js";
import { voorschotAfspraakOfWeiger } from "../data/voorschotafspraak.js";
import { uitFout } from "../lib/probleem.js";
import { isVastgesteld } from "../lib/vastgesteld.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaak } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { nacalculatieStand } from "./stand.js";

export const financieelOverzicht: Operatie<RouteVan<"financieelOverzicht">> = async (v) => {
  const { zaak: r } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  // Before a toekenning there is no money to show (and no submitted version to read lines from).
  const [stand, voorschot, opdrachten] = r.afspraak
    ? await Promise.all([
        nacalculatieStand(r),
        voorschotAfspraakOfWeiger(r),
        betaalopdrachtenVanAanvraag(r.id),
      ])
    : [undefined, undefined, []];
  const geldend = stand?.geldend;
  const uitkomst = stand?.uitkomst?.ok ? stand.uitkomst.waarde : undefined;
  const u = overzicht({
    jaar: r.jaar,
    ...(stand &&
      geldend && {
        afspraak: {
          personeel: new Decimal(geldend.personeel),
          overige: new Decimal(geldend.overige),
          compensatie: new Decimal(geldend.compensatie),
          overigeRegels: stand.afgesprokenOverige.map((o) => ({
            omschrijving: o.omschrijving,
            afgesproken: new Decimal(o.afgesproken),
          })),
        },
      }),
    ...(voorschot && { voorschot }),
    opdrachten: opdrachten.map((o) => ({ sleutel: o.sleutel, maand: o.maand })),
    boekingen: stand?.boekingen ?? [],
    realisaties: (stand?.realisaties ?? [])
      .filter((x) => x.jaar === r.jaar)
      .map((x) => ({
        soort: x.soort,
        nummer: x.nummer,
        ingediendOp: x.ingediendOp,
        berekening: x.berekening,
      })),
    ...(uitkomst && { nacalculatie: { uitkomst, vastgesteld: isVastgesteld(r) } }),
    ...(stand?.vordering && { vordering: stand.vordering }),
  });
  if (!u.ok) throw uitFout(u.fout, 409);
  return { body: { aanvraagId: r.id, ...u.waarde } };
};
