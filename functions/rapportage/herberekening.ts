// The rebuild of the running totals per zorgkantoor and year (data/regiototalen.ts) from the
// cases themselves, as the regional overview computes them (regio.ts, cijfers.ts) — for data
// stored before the totals were kept, and as the check that they agree. It overwrites: run it
// when nobody changes cases of that year (e.g. right after a deploy, before opening the portal).
// It also gives each zorgkantoor's ledger balance its index keys (saldiVanZorgkantoren).
import { som } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import { indexeerZorgkantoorSaldo } from "../data/grootboek.js";
import { type Regiototalen, zetRegiototalen } from "../data/regiototalen.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import { zaakRijen } from "./regio.js";

/** The totals of one zorgkantoor and year, from its cases at `nu`. */
export async function berekenRegiototalen(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
): Promise<Regiototalen> {
  const rijen = await zaakRijen(zorgkantoorId, jaar, nu, false);
  return {
    zorgkantoorId,
    jaar,
    aantal: new Decimal(rijen.length),
    afgesproken: som(rijen.map((r) => r.afgesproken)),
    gerealiseerd: som(rijen.map((r) => r.gerealiseerd)),
    vastgesteld: som(rijen.map((r) => r.vastgesteld)),
  };
}

/** Rebuilds every zorgkantoor's totals of `jaar`; answers them. */
export async function herberekenRegiototalen(jaar: number, nu: Date): Promise<Regiototalen[]> {
  const zorgkantoren = await lijstZorgkantoren();
  return Promise.all(
    zorgkantoren.map(async (z) => {
      const t = await berekenRegiototalen(z.id, jaar, nu);
      await Promise.all([zetRegiototalen(t), indexeerZorgkantoorSaldo(z.id, jaar)]);
      return t;
    }),
  );
}
