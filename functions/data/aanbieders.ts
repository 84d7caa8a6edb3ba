// docs/regels.md §2: the zorgaanbieders — naam, NZa-nummer (ddd-dddd), AGB-code (8 digits), the AGB
// of a koepel where there is one, contactpersonen, locaties, `nieuw`, and the production
// ZZP/VPT VV4–VV10 the reservering is computed from (§5). NZa-nummer and AGB-code identify an
// aanbieder: each is unique, guarded by its own item written in the same transaction.
import * as z from "zod";
import { ProductieSchema } from "#shared/beoordeling/reservering.js";
import { PostadresSchema } from "#shared/brieven/brief.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { type Item, leesItem, zoek, zonderSleutels } from "./lezen.js";
import {
  AANBIEDERS_GSI1,
  aanbiederPk,
  aanbiederSleutel,
  aanbiederslijstSleutel,
  aanvragenVanAanbiederGsi2,
  agbSleutel,
  nzaSleutel,
} from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { bijwerken, nieuw, onveranderlijk, type Schrijfactie, wijzig } from "./voorwaarden.js";

export const NzaNummerSchema = z
  .string()
  .trim()
  .regex(/^\d{3}-\d{4}$/, { error: "een NZa-nummer heeft de vorm 300-1234" });
export const AgbCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{8}$/, { error: "een AGB-code bestaat uit 8 cijfers" });

export const AanbiederLocatieSchema = z.object({
  id: z.string().trim().min(1),
  naam: z.string().trim().min(1),
  adres: z.string().trim().min(1),
});

export const ContactpersoonSchema = z.object({
  naam: z.string().trim().min(1),
  email: z.email({ error: "geen geldig e-mailadres" }),
});

/** Stored as amounts in text (§11); `ProductieSchema` checks them, bedragTekst normalises. */
const ProductieOpslagSchema = z.object({
  /** The base year (existing aanbieder, 2018 for t = 2020) or the expected year (a new one, §5). */
  jaar: z.number().int().min(2000).max(2100),
  bedragen: ProductieSchema.transform((p) =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, bedragTekst(v)])),
  ),
});

export const AanbiederGegevensSchema = z.object({
  naam: z.string().trim().min(1),
  koepelAgbCode: AgbCodeSchema.optional(),
  contactpersonen: z.array(ContactpersoonSchema).default([]),
  locaties: z.array(AanbiederLocatieSchema).default([]),
  /** Where its letters go; without it a letter names the aanbieder only. */
  postadres: PostadresSchema.optional(),
  /** No contract in the base year (§2): its production is the expected one. */
  nieuw: z.boolean().default(false),
  productie: ProductieOpslagSchema.optional(),
});

export const AanbiederSchema = AanbiederGegevensSchema.extend({
  id: z.string().trim().min(1).max(100),
  nzaNummer: NzaNummerSchema,
  agbCode: AgbCodeSchema,
});
export type AanbiederInvoer = z.input<typeof AanbiederSchema>;
export type Aanbieder = z.output<typeof AanbiederSchema>;
export type AanbiederRecord = Aanbieder & { versie: number };

const alsAanbieder = (i: Item): AanbiederRecord => {
  const r = zonderSleutels(i);
  return { ...AanbiederSchema.parse(r), versie: Number(r.versie) };
};

/** An aanbieder as the lists of a zorgkantoor show it (functions/data/aanbiederslijst.ts). */
export interface AanbiederInLijst {
  naam: string;
  nzaNummer: string;
  agbCode: string;
}

export const AANBIEDERSLIJST_ATTRIBUUT = "aanbieder#";

export const inLijst = (
  a: Pick<AanbiederRecord, "naam" | "nzaNummer" | "agbCode">,
): AanbiederInLijst => ({ naam: a.naam, nzaNummer: a.nzaNummer, agbCode: a.agbCode });

/** Sets the aanbieder's entry in the list of a zorgkantoor (an upsert; no condition). */
export const zetInAanbiederslijst = (
  zorgkantoorId: string,
  a: Pick<AanbiederRecord, "id" | "naam" | "nzaNummer" | "agbCode">,
): Schrijfactie =>
  bijwerken(
    aanbiederslijstSleutel(zorgkantoorId),
    {
      expressie: "SET #a = :a, soort = :soort",
      namen: { "#a": `${AANBIEDERSLIJST_ATTRIBUUT}${a.id}` },
      waarden: { ":a": inLijst(a), ":soort": "aanbiederslijst" },
    },
    {
      status: 409,
      code: "CONFLICT",
      melding: "de lijst van aanbieders is intussen gewijzigd; probeer het opnieuw",
    },
  );

/** Creates an aanbieder; refused when its NZa-nummer or AGB-code is already in use. */
export async function maakAanbieder(
  invoer: AanbiederInvoer,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<AanbiederRecord>> {
  const a = AanbiederSchema.parse(invoer);
  const r = await schrijfTransactie(
    [
      nieuw(
        {
          ...aanbiederSleutel(a.id),
          soort: "aanbieder",
          ...a,
          gsi1pk: AANBIEDERS_GSI1,
          gsi1sk: `${a.naam}#${a.id}`,
        },
        { status: 409, code: "AANBIEDER_BESTAAT_AL", melding: `aanbieder ${a.id} bestaat al` },
      ),
      onveranderlijk(
        { ...nzaSleutel(a.nzaNummer), soort: "uniek", aanbiederId: a.id },
        {
          status: 409,
          code: "NZA_NUMMER_IN_GEBRUIK",
          melding: `nzaNummer: NZa-nummer ${a.nzaNummer} is al van een andere aanbieder`,
          veld: "nzaNummer",
        },
      ),
      onveranderlijk(
        { ...agbSleutel(a.agbCode), soort: "uniek", aanbiederId: a.id },
        {
          status: 409,
          code: "AGB_CODE_IN_GEBRUIK",
          melding: `agbCode: AGB-code ${a.agbCode} is al van een andere aanbieder`,
          veld: "agbCode",
        },
      ),
    ],
    {
      gebeurtenis: "organisatie_gewijzigd",
      onderwerp: aanbiederPk(a.id),
      betrokken: { aanbiederId: a.id },
      na: a,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...a, versie: 1 } } : r;
}

/**
 * Changes the data of an aanbieder read at `verwachteVersie`. [portal rule] NZa-nummer and AGB-code
 * are its identity and are not changed here (a new registration is a new aanbieder).
 */
export async function wijzigAanbieder(
  huidig: AanbiederRecord,
  verwachteVersie: number,
  gegevens: z.input<typeof AanbiederGegevensSchema>,
  ctx: Schrijfcontext,
  reden?: string,
): Promise<TransactieUitkomst<AanbiederRecord>> {
  const g = AanbiederGegevensSchema.parse(gegevens);
  const velden = { ...g, koepelAgbCode: g.koepelAgbCode, productie: g.productie };
  // The lists of the zorgkantoren where it has cases change in the same transaction.
  const zaken = await zoek({ index: "gsi2", pk: aanvragenVanAanbiederGsi2(huidig.id) });
  const zorgkantoren = new Set(
    zaken.filter((z) => z.soort === "aanvraag").map((z) => String(z.zorgkantoorId)),
  );
  const r = await schrijfTransactie(
    [
      wijzig(aanbiederSleutel(huidig.id), verwachteVersie, {
        ...velden,
        gsi1sk: `${g.naam}#${huidig.id}`,
      }),
      ...[...zorgkantoren].map((zk) => zetInAanbiederslijst(zk, { ...huidig, naam: g.naam })),
    ],
    {
      gebeurtenis: "organisatie_gewijzigd",
      onderwerp: aanbiederPk(huidig.id),
      betrokken: { aanbiederId: huidig.id },
      voor: huidig,
      na: g,
      reden,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...huidig, ...g, versie: verwachteVersie + 1 } } : r;
}

export async function leesAanbieder(id: string): Promise<AanbiederRecord | undefined> {
  const i = await leesItem(aanbiederSleutel(id));
  return i ? alsAanbieder(i) : undefined;
}

/** All aanbieders, by name (gsi1). */
