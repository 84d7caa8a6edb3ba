// docs/regels.md §1: landelijk-beheer's national totals for a year — per zorgkantoor(regio)
// its kader and the figures of its cases (cijfers.ts), and the national sums beside the landelijk
// kwaliteitsbudget of §3.1. Every zorgkantoor is listed, also one without a kader or cases.
//
// [portal rule] A zorgkantoor serves its regions as one kader (functions/data/kaders.ts), so a
// row is a zorgkantoor with its regions, not one of the 31 regions on its own.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { LEEG_SALDO } from "#shared/grootboek/saldo.js";
import { saldiVanZorgkantoren } from "../data/grootboek.js";
import { kadersVanJaar } from "../data/kaders.js";
import { parametersInGebruik } from "../data/parameters.js";
import { GEEN_BIJDRAGE, regiototalenVanJaar } from "../data/regiototalen.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { type Cijfer, cijferTekst } from "./cijfers.js";

// One DynamoDB round whatever the size of the country: the zorgkantoren, their kaders, the
// parameters, the running totals of their cases (data/regiototalen.ts) and their ledger balances
// (§15.3), each one Query, in parallel.
export const landelijkeTotalen: Operatie<RouteVan<"landelijkeTotalen">> = async (v) => {
  const { jaar } = v.params;
  const [zorgkantoren, kaders, parameters, totalen, saldi] = await Promise.all([
    lijstZorgkantoren(),
    kadersVanJaar(jaar),
    parametersInGebruik(jaar),
    regiototalenVanJaar(jaar),
    saldiVanZorgkantoren(jaar),
  ]);
  const kaderVan = new Map(kaders.map((k) => [k.zorgkantoorId, k.kader]));
  const regios = zorgkantoren.map((z) => {
    const t = totalen.get(z.id) ?? GEEN_BIJDRAGE;
    const s = saldi.get(z.id) ?? LEEG_SALDO;
    const cijfers: Record<Cijfer, Decimal> = {
      afgesproken: t.afgesproken,
      betaald: s.betaald,
      opgedragen: s.besteld,
      gerealiseerd: t.gerealiseerd,
      vastgesteld: t.vastgesteld,
    };
    return { z, cijfers, aantal: t.aantal.toNumber() };
  });
  const somVan = (c: Cijfer) => som(regios.map((r) => r.cijfers[c]));
  return {
    body: {
      jaar,
      landelijkBudget: bedragTekst(parameters.landelijkBudget),
      regios: regios.map((r) => {
        const kader = kaderVan.get(r.z.id);
        return {
          zorgkantoorId: r.z.id,
          zorgkantoorNaam: r.z.naam,
          kader: kader ? bedragTekst(kader) : null,
          aantalAanvragen: r.aantal,
          ...cijferTekst(r.cijfers),
        };
      }),
      totalen: {
        kader: bedragTekst(som(kaders.map((k) => k.kader))),
        ...cijferTekst({
          afgesproken: somVan("afgesproken"),
          betaald: somVan("betaald"),
          opgedragen: somVan("opgedragen"),
          gerealiseerd: somVan("gerealiseerd"),
          vastgesteld: somVan("vastgesteld"),
        }),
      },
    },
  };
};
