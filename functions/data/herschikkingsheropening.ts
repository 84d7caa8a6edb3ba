// docs/regels.md §15.2: "open from 1 November until 30 November t, unless zorgkantoor-beheer reopens it
// with a reason". ONE reopening item per zorgkantoor and year, as the realisatie windows keep one
// per case (realisaties.ts): a second reopening replaces the first under its version, so the end
// can be moved again; the audit record (herschikking_heropend) carries the reason.
import type { Heropening } from "#shared/kalender/venster.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { type Item, leesItem } from "./lezen.js";
import { herschikkingsheropeningSleutel, zorgkantoorPk } from "./sleutels.js";
import {
  type Actor,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "./transactie.js";
import { nieuw, vervang } from "./voorwaarden.js";

export interface HerschikkingsheropeningRecord {
  zorgkantoorId: string;
  jaar: number;
  /** ISO instant until which (exclusive) the window is open again. */
  tot: string;
  reden: string;
  door: Actor;
  op: string;
  versie: number;
}

const alsHeropening = (i: Item): HerschikkingsheropeningRecord => ({
  zorgkantoorId: String(i.zorgkantoorId),
  jaar: Number(i.jaar),
  tot: String(i.tot),
  reden: String(i.reden),
  door: i.door as Actor,
  op: String(i.op),
  versie: Number(i.versie),
});

const heropening = vooruitLeesbaar("herschikkingsheropening", leesHeropening);
export const leesHerschikkingsheropening = heropening.lees;
/** Started beside the membership lookup by the herschikking page (lib/vooruit.ts). */
export const herschikkingsheropeningVooruit = heropening.vooruit;

async function leesHeropening(
  zorgkantoorId: string,
  jaar: number,
): Promise<HerschikkingsheropeningRecord | undefined> {
  const i = await leesItem(herschikkingsheropeningSleutel(zorgkantoorId, jaar));
  return i ? alsHeropening(i) : undefined;
}

/** The reopening as the window rule takes it (shared/kalender/venster.ts). */
export const alsVensterHeropening = (
  h: HerschikkingsheropeningRecord | undefined,
): Heropening | undefined => (h ? { tot: new Date(h.tot), reden: h.reden } : undefined);

/** Reopens (or moves the end of) the herschikking window, with its audit record. */
export async function heropenHerschikking(
  h: { zorgkantoorId: string; jaar: number; tot: Date; reden: string },
  bestaande: HerschikkingsheropeningRecord | undefined,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<HerschikkingsheropeningRecord>> {
  const velden = {
    zorgkantoorId: h.zorgkantoorId,
    jaar: h.jaar,
    tot: h.tot.toISOString(),
    reden: h.reden,
    door: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    op: ctx.nu.toISOString(),
  };
  const item = {
    ...herschikkingsheropeningSleutel(h.zorgkantoorId, h.jaar),
    soort: "herschikkingsheropening",
    ...velden,
  };
  const w = await schrijfTransactie(
    [bestaande ? vervang(item, bestaande.versie) : nieuw(item)],
    {
      gebeurtenis: "herschikking_heropend",
      onderwerp: zorgkantoorPk(h.zorgkantoorId),
      betrokken: { zorgkantoorId: h.zorgkantoorId },
      voor: bestaande ? { jaar: h.jaar, tot: bestaande.tot, reden: bestaande.reden } : undefined,
      na: { jaar: h.jaar, tot: velden.tot },
      reden: h.reden,
    },
    ctx,
  );
  if (!w.ok) return w;
  return { ok: true, waarde: { ...velden, versie: bestaande ? bestaande.versie + 1 : 1 } };
}
