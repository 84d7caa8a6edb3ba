// The rebuild of the running totals per zorgkantoor and year (data/regiototalen.ts) from the
// cases themselves, as the regional overview computes them (regio.ts, cijfers.ts) — for data
// stored before the totals were kept, and as the check that they agree. It overwrites: run it
// when nobody changes cases of that year (e.g. right after a deploy, before opening the portal).
// It also gives each zorgkantoor's ledger balance its index keys (saldiVanZorgkantoren) and puts
// every aanbieder of its cases on its aanbiederslijst (lists read names from it, not per row),
// with an audit record per zorgkantoor of what it added. A case from before the §10 facts were kept
// on it (data/herinneringsfeiten.ts) gets them from its reports and documents.
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { leesAanbieder, zetInAanbiederslijst } from "../data/aanbieders.js";
import { leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { werklijst } from "../data/aanvragen.js";
import { indexeerZorgkantoorSaldo } from "../data/grootboek.js";
import { leesHerinneringsfeiten, zetHerinneringsfeiten } from "../data/herinneringsfeiten.js";
import { type Regiototalen, zetRegiototalen } from "../data/regiototalen.js";
import { zorgkantoorPk } from "../data/sleutels.js";
import { type Schrijfcontext, schrijfTransactie } from "../data/transactie.js";
import type { Schrijfactie } from "../data/voorwaarden.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import { zaakRijen } from "./regio.js";

const PER_TRANSACTIE = 90;

const systeem = (nu: Date): Schrijfcontext => ({
  wie: { sub: "herberekening", rol: "systeem" },
  nu,
  correlatieId: `herberekening-${nu.toISOString()}`,
});

/** Writes derived items of a zorgkantoor in transactions of PER_TRANSACTIE, each audited. */
async function schrijfInDelen(
  zorgkantoorId: string,
  items: readonly { id: string; actie: Schrijfactie }[],
  wat: "herinneringsfeiten" | "aanbiederslijst",
  nu: Date,
): Promise<void> {
  for (let i = 0; i < items.length; i += PER_TRANSACTIE) {
    const deel = items.slice(i, i + PER_TRANSACTIE);
    const w = await schrijfTransactie(
      deel.map((x) => x.actie),
      {
        gebeurtenis: "afgeleide_gegevens_herberekend",
        onderwerp: zorgkantoorPk(zorgkantoorId),
        betrokken: { zorgkantoorId },
        na: { [wat]: deel.map((x) => x.id) },
      },
      systeem(nu),
    );
    if (!w.ok) throw new Error(w.weigering.melding);
  }
}

/** The §10 facts on every case of the year that does not keep them yet; answers how many. */
export async function vulHerinneringsfeiten(zorgkantoorId: string, jaar: number, nu: Date) {
  const zaken = (await werklijst(zorgkantoorId, jaar)).filter(
    (a) => a.overig.herinneringsfeitenBijgehouden !== true,
  );
  const feiten = await Promise.all(zaken.map(leesHerinneringsfeiten));
  await schrijfInDelen(
    zorgkantoorId,
    zaken.map((a, i) => ({ id: a.id, actie: zetHerinneringsfeiten(a.id, feiten[i]!) })),
    "herinneringsfeiten",
    nu,
  );
  return zaken.length;
}

/** Puts the aanbieders of `ids` the zorgkantoor's list lacks on it; answers how many. */
async function vulAanbiederslijst(zorgkantoorId: string, ids: string[], nu: Date) {
  const lijst = await leesAanbiederslijst(zorgkantoorId);
  const ontbrekend = [...new Set(ids)].filter((id) => !lijst.has(id));
  const aanbieders = (await Promise.all(ontbrekend.map(leesAanbieder))).filter(
    (a) => a !== undefined,
  );
  await schrijfInDelen(
    zorgkantoorId,
    aanbieders.map((a) => ({ id: a.id, actie: zetInAanbiederslijst(zorgkantoorId, a) })),
    "aanbiederslijst",
    nu,
  );
  return aanbieders.length;
}

/** The totals of one zorgkantoor and year, from its cases at `nu`. */
export async function berekenRegiototalen(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
): Promise<Regiototalen & { aanbiederIds: string[] }> {
  const rijen = await zaakRijen(zorgkantoorId, jaar, nu, false);
  return {
    aanbiederIds: rijen.map((r) => r.aanvraag.aanbiederId),
    zorgkantoorId,
    jaar,
    aantal: new Decimal(rijen.length),
    afgesproken: som(rijen.map((r) => r.afgesproken)),
    gerealiseerd: som(rijen.map((r) => r.gerealiseerd)),
    vastgesteld: som(rijen.map((r) => r.vastgesteld)),
  };
}

/** Rebuilds every zorgkantoor's totals of `jaar`; answers them and the aanbieders listed. */
export async function herberekenRegiototalen(
  jaar: number,
  nu: Date,
): Promise<(Regiototalen & { aanbiedersToegevoegd: number; herinneringsfeiten: number })[]> {
  const zorgkantoren = await lijstZorgkantoren();
  return Promise.all(
    zorgkantoren.map(async (z) => {
      const { aanbiederIds, ...t } = await berekenRegiototalen(z.id, jaar, nu);
      const [, , aanbiedersToegevoegd, herinneringsfeiten] = await Promise.all([
        zetRegiototalen(t),
        indexeerZorgkantoorSaldo(z.id, jaar),
        vulAanbiederslijst(z.id, aanbiederIds, nu),
        vulHerinneringsfeiten(z.id, jaar, nu),
      ]);
      return { ...t, aanbiedersToegevoegd, herinneringsfeiten };
    }),
  );
}
