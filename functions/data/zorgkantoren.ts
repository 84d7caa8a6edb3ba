// docs/regels.md §0 and §2: the 31 zorgkantoorregio's and the zorgkantoren (name, concern, the regions
// it serves). Each region is served by exactly one zorgkantoor: assigning a region that another
// zorgkantoor already serves is refused in the same transaction that creates the zorgkantoor.
import * as z from "zod";
import { BetaalrekeningSchema } from "#shared/bank/rekening.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { dynamo } from "./clients.js";
import { type Item, leesItem, zoek, zonderSleutels } from "./lezen.js";
import {
  REGIO_PREFIX,
  REGIOS_PK,
  regioSleutel,
  ZORGKANTOREN_GSI1,
  zorgkantoorPk,
  zorgkantoorSleutel,
} from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { bijwerken, nieuw, onveranderlijk } from "./voorwaarden.js";

const Id = z.string().trim().min(1).max(100);

export const RegioSchema = z.object({
  /** Stable code, e.g. "zk-amsterdam". */
  code: z.string().regex(/^[a-z0-9-]{2,60}$/, { error: "kleine letters, cijfers en -" }),
  naam: z.string().trim().min(1),
});
export type Regio = z.output<typeof RegioSchema>;
export interface RegioRecord extends Regio {
  /** The zorgkantoor that serves the region, once assigned. */
  zorgkantoorId?: string;
}

export const ZorgkantoorSchema = z.object({
  id: Id,
  naam: z.string().trim().min(1),
  /** One of the 7 concerns (Wlz-uitvoerders) that run the zorgkantoren (§0). */
  concern: z.string().trim().min(1),
  regios: z.array(z.string().min(1)).min(1, { error: "een zorgkantoor dient minstens één regio" }),
  /**
   * §15.5 [portal rule]: the zorgkantoor's own account, the debtor of its SEPA files. Reference
   * data like its name; optional, and without it a batch is exported as XLSX/CSV only.
   */
  betaalrekening: BetaalrekeningSchema.optional(),
});
export type Zorgkantoor = z.output<typeof ZorgkantoorSchema>;
export type ZorgkantoorRecord = Zorgkantoor & { versie: number };

const alsRegio = (i: Item): RegioRecord => ({
  code: String(i.code),
  naam: String(i.naam),
  ...(typeof i.zorgkantoorId === "string" ? { zorgkantoorId: i.zorgkantoorId } : {}),
});

/** All regions, by code (one partition: 31 small items). */
export async function leesRegios(): Promise<RegioRecord[]> {
  return (await zoek({ pk: REGIOS_PK, begintMet: REGIO_PREFIX })).map(alsRegio);
}

/**
 * Adds the regions that are not there yet (reference data; existing ones are left as they are,
 * so loading the list twice changes nothing). Answers how many were added.
 */
export async function zetRegios(
  regios: readonly Regio[],
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<number>> {
  const bestaand = new Set((await leesRegios()).map((r) => r.code));
  const nieuweRegios = regios.map((r) => RegioSchema.parse(r)).filter((r) => !bestaand.has(r.code));
  if (nieuweRegios.length === 0) return { ok: true, waarde: 0 };
  const r = await schrijfTransactie(
    nieuweRegios.map((regio) =>
      onveranderlijk({ ...regioSleutel(regio.code), soort: "regio", ...regio }),
    ),
    {
      gebeurtenis: "organisatie_gewijzigd",
      onderwerp: REGIOS_PK,
      na: { regios: nieuweRegios.map((x) => x.code) },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: nieuweRegios.length } : r;
}

const alsZorgkantoor = (i: Item): ZorgkantoorRecord => {
  const r = zonderSleutels(i);
  return { ...ZorgkantoorSchema.parse(r), versie: Number(r.versie) };
};

/** Creates a zorgkantoor and assigns its regions to it, with its audit record. */
export async function maakZorgkantoor(
  invoer: Zorgkantoor,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<ZorgkantoorRecord>> {
  const zk = ZorgkantoorSchema.parse(invoer);
  const r = await schrijfTransactie(
    [
      nieuw(
        {
          ...zorgkantoorSleutel(zk.id),
          soort: "zorgkantoor",
          ...zk,
          gsi1pk: ZORGKANTOREN_GSI1,
          gsi1sk: `${zk.naam}#${zk.id}`,
        },
        { status: 409, code: "ZORGKANTOOR_BESTAAT_AL", melding: `zorgkantoor ${zk.id} bestaat al` },
      ),
      ...zk.regios.map((code, i) =>
        bijwerken(
          regioSleutel(code),
          {
            expressie: "SET zorgkantoorId = :zk",
            voorwaarde:
              "attribute_exists(pk) AND (attribute_not_exists(zorgkantoorId) OR zorgkantoorId = :zk)",
            waarden: { ":zk": zk.id },
          },
          {
            status: 422,
            code: "REGIO_NIET_BESCHIKBAAR",
            melding: `regios[${i}]: regio "${code}" bestaat niet of wordt al door een ander zorgkantoor bediend`,
            veld: `regios[${i}]`,
          },
        ),
      ),
    ],
    {
      gebeurtenis: "organisatie_gewijzigd",
      onderwerp: zorgkantoorPk(zk.id),
      betrokken: { zorgkantoorId: zk.id },
      na: zk,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...zk, versie: 1 } } : r;
}

export async function leesZorgkantoor(id: string): Promise<ZorgkantoorRecord | undefined> {
  const i = await leesItem(zorgkantoorSleutel(id), dynamo());
  return i ? alsZorgkantoor(i) : undefined;
}

/** All zorgkantoren, by name (gsi1). */
const lijst = vooruitLeesbaar(
  "zorgkantoren",
  async (): Promise<ZorgkantoorRecord[]> =>
    (await zoek({ index: "gsi1", pk: ZORGKANTOREN_GSI1 })).map(alsZorgkantoor),
);
export const lijstZorgkantoren = lijst.lees;
/** Started beside the membership lookup by a national view (lib/vooruit.ts). */
export const zorgkantorenVooruit = lijst.vooruit;
