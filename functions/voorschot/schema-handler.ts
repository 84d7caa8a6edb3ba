// docs/regels.md §6: the scheduled monthly voorschot run (EventBridge Scheduler → this Lambda; not in
// the HTTP route table). The event may name the month, {jaar?, maand?}; by default it is the
// current month in Europe/Amsterdam at "now" (§3.1: KB_KLOK when a demo clock is set). Safe to
// repeat — the scheduler's retries and a second run make no second order — so a run with
// failed cases throws after finishing the others, and the scheduler's retry completes them.
import { randomUUID } from "node:crypto";
import * as z from "zod";
import { dagVan, JaarSchema, MaandSchema } from "#shared/kalender/tijd.js";
import { valideer } from "#shared/resultaat.js";
import { basisLogger } from "../lib/logboek.js";
import { telTaak } from "../lib/metrieken.js";
import { TAAKMETRIEKEN } from "../lib/metriekNamen.js";
import { bepaalNu } from "../lib/middleware/klok.js";
import { type MaandrunUitkomst, voerMaandrunUit } from "./maandrun.js";

export const MaandrunEventSchema = z
  .object({ jaar: JaarSchema.optional(), maand: MaandSchema.optional() })
  .refine((e) => (e.jaar === undefined) === (e.maand === undefined), {
    error: "geef jaar en maand samen op, of geen van beide",
    path: ["maand"],
  });

export interface SchemaHandlerOpties {
  /** "Now"; default the portal clock (KB_KLOK, else the real time). */
  nu?: Date;
}

export async function handler(
  event: unknown,
  _context?: unknown,
  opties: SchemaHandlerOpties = {},
): Promise<MaandrunUitkomst> {
  const correlatieId = `maandrun-${randomUUID()}`;
  const logger = basisLogger.createChild({
    persistentKeys: { correlatieId, functie: "voorschot-maandrun" },
  });
  const e = valideer(MaandrunEventSchema, event ?? {});
  if (!e.ok) throw new Error(`Ongeldig maandrun-event: ${e.fout.melding}`);
  const nu = opties.nu ?? bepaalNu(undefined).nu;
  const vandaag = dagVan(nu);
  const jaar = e.waarde.jaar ?? vandaag.jaar;
  const maand = e.waarde.maand ?? vandaag.maand;
  const r = await voerMaandrunUit({ jaar, maand, nu, correlatieId });
  if (!r.ok) throw new Error(`Maandrun ${jaar}-${maand}: ${r.fout.melding}`);
  const u = r.waarde;
  logger.info("maandrun voorschot", {
    jaar,
    maand,
    aanvragen: u.regels.length,
    aangemaakt: u.aantalAangemaakt,
    totaal: u.totaalAangemaakt,
    fouten: u.aantalFouten,
  });
  const namen = TAAKMETRIEKEN["voorschot-maandrun"];
  telTaak("voorschot-maandrun", {
    [namen.aantal]: u.aantalAangemaakt,
    [namen.fouten]: u.aantalFouten,
  });
  if (u.aantalFouten > 0) {
    for (const f of u.regels.filter((x) => x.uitkomst === "fout"))
      logger.error("maandrun: aanvraag niet verwerkt", {
        aanvraagId: f.aanvraagId,
        reden: f.reden,
      });
    throw new Error(
      `Maandrun ${jaar}-${maand}: ${u.aantalFouten} aanvraag/aanvragen niet verwerkt`,
    );
  }
  return u;
}
