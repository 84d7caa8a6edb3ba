// docs/regels.md §6: the monthly voorschot job. For every agreed aanvraag (addendum signed) of year t
// of a zorgkantoor — or of every zorgkantoor — it asks `betalingVoorMaand` with the orders
// already made and writes the order put-if-absent on its deterministic key, audited. Running it
// twice, or twice at once, makes no second order: the loser of the race finds the key taken
// ("bestond_al"); runs of different months at once recompute on each other's order
// (functions/data/voorschotstand.ts). Used by the scheduled Lambda (schema-handler.ts) and by zorgkantoor-beheer over
// HTTP (maandrunOperatie.ts), also as a preview that writes nothing.

import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { AFGESPROKEN } from "#shared/indiening/toestanden.js";
import { dagVan } from "#shared/kalender/tijd.js";
import { fout, ok, type Resultaat } from "#shared/resultaat.js";
import { betalingVoorMaand } from "#shared/voorschot/betaalopdracht.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { type AanvraagRecord, leesAanvraag, werklijst } from "../data/aanvragen.js";
import { betaalopdrachtenVanAanvraag, gedaneOpdrachten } from "../data/betaalopdrachten.js";
import { voltooiHerschikking } from "../data/herschikkingtoepassing.js";
import type { Actor } from "../data/transactie.js";
import { voorschotAfspraakVan } from "../data/voorschotafspraak.js";
import { schrijfBetaalopdrachtNaStand } from "../data/voorschotstand.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import { verrekeningVoorOpdracht } from "../lib/verrekening.js";

export interface MaandrunInvoer {
  jaar: number;
  maand: number;
  /** Only this zorgkantoor; absent: every zorgkantoor (the scheduled job). */
  zorgkantoorId?: string;
  /** "Now" (§3.1): the audit's when; a month that has not begun by now is not paid. */
  nu: Date;
  /** Compute what would be ordered, write nothing. */
  proef?: boolean;
  /** Who runs it: the scheduler ("systeem") or a zorgkantoor-beheer user. */
  wie?: Actor;
  correlatieId?: string;
}

export type MaandrunUitkomstSoort = "aangemaakt" | "bestond_al" | "zou_aanmaken" | "geen" | "fout";

export interface MaandrunRegel {
  aanvraagId: string;
  aanbiederId: string;
  zorgkantoorId: string;
  uitkomst: MaandrunUitkomstSoort;
  /** Why nothing was ordered (shared/voorschot/betaalopdracht.ts GeenBetalingReden), or the error. */
  reden?: string;
  sleutel?: string;
  bedrag?: string;
  doel?: string;
  basisVersie?: number;
  /** §15.4: the part of the order that settled open vorderingen of other years (not paid). */
  verrekend?: string;
}

export interface MaandrunUitkomst {
  jaar: number;
  maand: number;
  proef: boolean;
  regels: MaandrunRegel[];
  aantalAangemaakt: number;
  /** Σ of the orders this run made (a preview: would make). */
  totaalAangemaakt: string;
  aantalFouten: number;
}

const SYSTEEM: Actor = { sub: "voorschot-maandrun", rol: "systeem" };
/** Cases handled at the same time: enough to overlap round trips, gentle on the table. */
const GELIJKTIJDIG = 4;
/** Recomputations of one case when other orders keep appearing meanwhile. */
const POGINGEN = 5;

/** The agreed aanvragen of a zorgkantoor for year t: the work list (gsi1) per agreed state. */
async function afgesprokenAanvragen(zorgkantoorId: string, jaar: number) {
  const lijsten = await Promise.all(AFGESPROKEN.map((t) => werklijst(zorgkantoorId, jaar, t)));
  return lijsten.flat();
}

async function perZaak(gelezen: AanvraagRecord, i: MaandrunInvoer): Promise<MaandrunRegel> {
  const basis = {
    aanvraagId: gelezen.id,
    aanbiederId: gelezen.aanbiederId,
    zorgkantoorId: gelezen.zorgkantoorId,
  };
  // The index is eventually consistent: the case itself is read strongly, with its latest basis.
  const r = await leesAanvraag(gelezen.id);
  if (!r || !AFGESPROKEN.includes(r.toestand))
    return { ...basis, uitkomst: "geen", reden: "geen_afspraak" };
  const afspraak = await voorschotAfspraakVan(r);
  if (!afspraak) return { ...basis, uitkomst: "geen", reden: "geen_afspraak" };
  if (!afspraak.ok) return { ...basis, uitkomst: "fout", reden: afspraak.fout.melding };
  for (let poging = 1; ; poging++) {
    const gedaan = await betaalopdrachtenVanAanvraag(r.id);
    const b = betalingVoorMaand({
      aanbieder: r.aanbiederId,
      zorgkantoor: r.zorgkantoorId,
      afspraak: afspraak.waarde,
      maand: i.maand,
      opdrachten: gedaneOpdrachten(gedaan),
    });
    if (!b.ok) return { ...basis, uitkomst: "fout", reden: b.fout.melding };
    if (b.waarde.soort === "geen") return { ...basis, uitkomst: "geen", reden: b.waarde.reden };
    const o = b.waarde.opdracht;
    const details = {
      sleutel: o.sleutel,
      bedrag: bedragTekst(o.bedrag),
      doel: bedragTekst(o.doel),
      basisVersie: o.basisVersie,
    };
    if (i.proef) return { ...basis, ...details, uitkomst: "zou_aanmaken" };
    // §15.4: the order first settles open vorderingen of the aanbieder's other years.
    const v = await verrekeningVoorOpdracht(r, o.sleutel, o.bedrag, i.nu);
    const w = await schrijfBetaalopdrachtNaStand(
      r,
      o,
      gedaan.length,
      {
        wie: i.wie ?? SYSTEEM,
        nu: i.nu,
        correlatieId: i.correlatieId ?? `maandrun-${maandTekst(i.jaar, i.maand)}`,
      },
      v && { ...v, verrekend: bedragTekst(v.verrekening.verrekend) },
    );
    if (!w.ok) {
      // A receipt was booked meanwhile on a vordering this order offsets (its balance guard):
      // read again and recompute.
      if (w.weigering.code === "CONFLICT" && v !== undefined && poging < POGINGEN) continue;
      return { ...basis, ...details, uitkomst: "fout", reden: w.weigering.melding };
    }
    // Another month's order was written meanwhile: recompute on what is paid now.
    if (w.waarde === "stand_gewijzigd") {
      if (poging < POGINGEN) continue;
      return { ...basis, uitkomst: "fout", reden: "te veel gelijktijdige runs; draai opnieuw" };
    }
    return {
      ...basis,
      ...details,
      uitkomst: w.waarde,
      ...(v && w.waarde === "aangemaakt" && { verrekend: bedragTekst(v.verrekening.verrekend) }),
    };
  }
}

/** Runs `f` over `xs` with at most `n` at a time; results in the order of `xs`. */
async function metBegrenzing<A, B>(xs: readonly A[], n: number, f: (x: A) => Promise<B>) {
  const uit: B[] = new Array(xs.length);
  let volgende = 0;
  const werker = async () => {
    while (volgende < xs.length) {
      const k = volgende++;
      uit[k] = await f(xs[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, xs.length) }, werker));
  return uit;
}

/**
 * The monthly run for (jaar, maand). [portal rule] A month that has not begun at `nu` (Amsterdam)
 * is not paid ahead — refused unless it is a preview. A case that cannot be computed is reported
 * in its line and does not stop the others.
 */
export async function voerMaandrunUit(i: MaandrunInvoer): Promise<Resultaat<MaandrunUitkomst>> {
  const vandaag = dagVan(i.nu);
  if (!i.proef && (i.jaar > vandaag.jaar || (i.jaar === vandaag.jaar && i.maand > vandaag.maand)))
    return fout(
      "MAAND_NOG_NIET_BEGONNEN",
      "maand",
      `maand: ${maandTekst(i.jaar, i.maand)} is nog niet begonnen; een voorschot wordt niet vooruitbetaald (een proefrun kan wel)`,
    );
  const zorgkantoren = i.zorgkantoorId
    ? [i.zorgkantoorId]
    : (await lijstZorgkantoren()).map((z) => z.id);
  // §15.2: a decided herschikking is in force (its new basis may start this month); one still
  // being applied after a crash is finished before the cases are read.
  const correlatieId = i.correlatieId ?? `maandrun-${maandTekst(i.jaar, i.maand)}`;
  for (const z of zorgkantoren) await voltooiHerschikking(z, i.jaar, { correlatieId });
  const zaken = (
    await Promise.all(zorgkantoren.map((z) => afgesprokenAanvragen(z, i.jaar)))
  ).flat();
  const regels = await metBegrenzing(zaken, GELIJKTIJDIG, (z) => perZaak(z, i));
  const gemaakt = regels.filter((r) => r.uitkomst === (i.proef ? "zou_aanmaken" : "aangemaakt"));
  const bedragen = gemaakt.map((r) => new Decimal(r.bedrag!));
  return ok({
    jaar: i.jaar,
    maand: i.maand,
    proef: i.proef ?? false,
    regels,
    aantalAangemaakt: gemaakt.length,
    totaalAangemaakt: bedragTekst(som(bedragen)),
    aantalFouten: regels.filter((r) => r.uitkomst === "fout").length,
  });
}
