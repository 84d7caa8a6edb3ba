// Issue #5, DOMAIN.md §1: landelijk-beheer's national totals for a year — per zorgkantoor(regio)
// its kader and the figures of its cases (cijfers.ts), and the national sums beside the landelijk
// kwaliteitsbudget of §3.1. Every zorgkantoor is listed, also one without a kader or cases.
//
// [portal rule] A zorgkantoor serves its regions as one kader (functions/data/kaders.ts), so a
// row is a zorgkantoor with its regions, not one of the 31 regions on its own.
import { bedragTekst, som } from "../../shared/geld/bedrag.js";
import { kadersVanJaar } from "../data/kaders.js";
import { parametersInGebruik } from "../data/parameters.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { cijferTekst, totalenVan } from "./cijfers.js";
import { zaakRijen } from "./regio.js";

export const landelijkeTotalen: Operatie<RouteVan<"landelijkeTotalen">> = async (v) => {
  const { jaar } = v.params;
  const [zorgkantoren, kaders, parameters] = await Promise.all([
    lijstZorgkantoren(),
    kadersVanJaar(jaar),
    parametersInGebruik(jaar),
  ]);
  const kaderVan = new Map(kaders.map((k) => [k.zorgkantoorId, k.kader]));
  const regios = await Promise.all(
    zorgkantoren.map(async (z) => {
      const rijen = await zaakRijen(z.id, jaar, v.nu, kaderVan.has(z.id));
      return { z, totalen: totalenVan(rijen), aantal: rijen.length };
    }),
  );
  const alle = regios.map((r) => r.totalen);
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
          ...cijferTekst(r.totalen),
        };
      }),
      totalen: {
        kader: bedragTekst(som(kaders.map((k) => k.kader))),
        ...cijferTekst({
          afgesproken: som(alle.map((t) => t.afgesproken)),
          betaald: som(alle.map((t) => t.betaald)),
          opgedragen: som(alle.map((t) => t.opgedragen)),
          gerealiseerd: som(alle.map((t) => t.gerealiseerd)),
          vastgesteld: som(alle.map((t) => t.vastgesteld)),
        }),
      },
    },
  };
};
