// docs/regels.md §6: the voorschot schedule of one aanvraag for the aanbieder and the zorgkantoor —
// per month what the rule plans on the basis versions in force (betaalschema), what was ordered
// (the payment orders, per basis version), what of that is paid — released in a batch, read
// from the ledger (§15.3) — and the year totals; plus the basis versions.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal, NUL } from "#shared/geld/decimal.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import { betaalschema } from "#shared/voorschot/betaalschema.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { betaalopdrachtenVanAanvraag } from "../data/betaalopdrachten.js";
import { betaaldPerOpdracht, boekingenVanZaak } from "../data/grootboek.js";
import { voorschotAfspraakOfWeiger } from "../data/voorschotafspraak.js";
import { uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";

const t = bedragTekst;

export const voorschotschema: Operatie<RouteVan<"voorschotschema">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId);
  const [afspraak, opdrachten, boekingen] = await Promise.all([
    voorschotAfspraakOfWeiger(r),
    betaalopdrachtenVanAanvraag(r.id),
    boekingenVanZaak(r.id),
  ]);
  const vrijgegeven = betaaldPerOpdracht(boekingen);
  const betaaldVan = (os: readonly { sleutel: string }[]) =>
    som(os.map((o) => vrijgegeven.get(o.sleutel) ?? NUL));
  const schema = afspraak ? betaalschema(afspraak) : undefined;
  if (schema && !schema.ok) throw uitFout(schema.fout, 409);
  const gepland = new Map((schema?.waarde.betalingen ?? []).map((b) => [b.maand, b]));
  const maanden = Array.from({ length: 12 }, (_, i) => {
    const maand = i + 1;
    const p = gepland.get(maand);
    const eigen = opdrachten.filter((o) => o.maand === maand);
    return {
      maand: maandTekst(r.jaar, maand),
      gepland: t(p?.bedrag ?? NUL),
      doel: t(p?.doel ?? NUL),
      basisVersie: p?.basisVersie ?? null,
      besteld: t(som(eigen.map((o) => new Decimal(o.bedrag)))),
      betaald: t(betaaldVan(eigen)),
      opdrachten: eigen.map((o) => ({
        sleutel: o.sleutel,
        bedrag: o.bedrag,
        basisVersie: o.basisVersie,
      })),
    };
  });
  const s = schema?.waarde;
  return {
    body: {
      aanvraagId: r.id,
      jaar: r.jaar,
      toestand: r.toestand,
      afspraak: afspraak
        ? {
            getekendOp: dagTekst(afspraak.getekendOp),
            percentage: afspraak.percentage.toString(),
            basis: afspraak.basis.map((b) => ({
              vanafMaand: maandTekst(r.jaar, b.vanafMaand),
              bedrag: t(b.bedrag),
              versie: b.versie,
            })),
          }
        : null,
      maanden,
      totaalGepland: t(s?.totaal ?? NUL),
      totaalBesteld: t(som(opdrachten.map((o) => new Decimal(o.bedrag)))),
      totaalBetaald: t(betaaldVan(opdrachten)),
      jaardoel: t(s?.jaardoel ?? NUL),
      teVerrekenen: t(s?.teVerrekenen ?? NUL),
    },
  };
};
