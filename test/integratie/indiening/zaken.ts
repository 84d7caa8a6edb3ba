// Test data for the indiening and documenten routes (DOMAIN.md §2, §4, §12): organisations that
// exist, complete content, and cases in a given stage, written through the data layer as the
// handlers would. Call after startApi(): the data layer reads the environment the gateway set.

import { PutObjectCommand } from "@aws-sdk/client-s3";
import { leesAanbieder, maakAanbieder } from "../../../functions/data/aanbieders.js";
import {
  type AanvraagRecord,
  leesAanvraag,
  maakConcept,
  wijzigAanvraag,
} from "../../../functions/data/aanvragen.js";
import { s3Client } from "../../../functions/data/clients.js";
import {
  beoordeelDocument,
  type DocumentRecord,
  registreerDocument,
} from "../../../functions/data/documenten.js";
import { dienIn } from "../../../functions/data/overgangen.js";
import { aanvraagPk } from "../../../functions/data/sleutels.js";
import { type Actor, schrijfTransactie } from "../../../functions/data/transactie.js";
import {
  leesZorgkantoor,
  maakZorgkantoor,
  zetRegios,
} from "../../../functions/data/zorgkantoren.js";
import { config } from "../../../functions/lib/config.js";
import type { AanvraagInvoer } from "../../../shared/indiening/aanvraag.js";
import type { Zaakscope } from "../../../shared/toegang/lidmaatschap.js";
import { TEST_BETAALREKENING } from "../bank/opzet.js";
import { kleinePdf } from "../documenten/hulp.js";
import { uniek } from "../http/api.js";

const BEHEER: Actor = { sub: "test-beheer", rol: "landelijk-beheer" };
const AANBIEDER: Actor = { sub: "test-aanbieder", rol: "aanbieder" };
const ctx = (wie: Actor = BEHEER, nu = new Date()) => ({ wie, nu, correlatieId: uniek("test") });
const cijfers = (n: number): string =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

/** The aanbieder with this id exists afterwards (made with fresh NZa-nummer and AGB-code). */
export async function zorgVoorAanbieder(id: string): Promise<void> {
  while (!(await leesAanbieder(id))) {
    const r = await maakAanbieder(
      {
        id,
        naam: `Zorggroep ${id}`,
        nzaNummer: `${cijfers(3)}-${cijfers(4)}`,
        agbCode: cijfers(8),
      },
      ctx(),
    );
    if (
      !r.ok &&
      !["NZA_NUMMER_IN_GEBRUIK", "AGB_CODE_IN_GEBRUIK", "AANBIEDER_BESTAAT_AL"].includes(
        r.weigering.code,
      )
    )
      throw new Error(r.weigering.melding);
  }
}

/** The zorgkantoor with this id exists afterwards (serving a fresh region of its own). */
export async function zorgVoorZorgkantoor(id: string): Promise<void> {
  if (await leesZorgkantoor(id)) return;
  const code = uniek("regio");
  const r1 = await zetRegios([{ code, naam: `Regio ${code}` }], ctx());
  if (!r1.ok) throw new Error(r1.weigering.melding);
  const r2 = await maakZorgkantoor(
    {
      id,
      naam: `Zorgkantoor ${id}`,
      concern: "Testconcern",
      regios: [code],
      betaalrekening: TEST_BETAALREKENING,
    },
    ctx(),
  );
  if (!r2.ok && r2.weigering.code !== "ZORGKANTOOR_BESTAAT_AL")
    throw new Error(r2.weigering.melding);
}

export async function zorgVoorScope(zaak: Zaakscope): Promise<void> {
  await zorgVoorAanbieder(zaak.aanbiederId);
  await zorgVoorZorgkantoor(zaak.zorgkantoorId);
}

/** Content that passes every blocking §4.2 check for year `jaar` (personeel 100.000, overige 15.000: 87%), once a
 * kwaliteitsplan is registered on the case. */
export function volledigeInhoud(jaar: number): AanvraagInvoer {
  return {
    locaties: [
      {
        id: "loc-1",
        naam: "De Linde",
        verbeterparagraaf: {
          watGaatDeAanbiederDoen: "Extra verzorgenden op de avonddienst",
          welkResultaat: "Meer tijd en aandacht voor cliënten",
          watIsDaarvoorNodig: "Twee fte verzorgende IG",
          hoeWordtInternGemonitord: "Kwartaalrapportage aan het MT",
        },
      },
    ],
    begroting: [
      {
        jaar,
        personeel: [
          {
            id: "p-1",
            soort: "loondienst",
            functiegroep: "verzorgende",
            locatie: "loc-1",
            fte: "2.00",
            ingangsmaand: 1,
            loonkostenPerFte: { direct: "40000.00", indirect: "5000.00", premies: "5000.00" },
          },
        ],
        overige: [
          {
            id: "o-1",
            categorie: "deskundigheid",
            omschrijving: "Scholing dementiezorg",
            locatie: "loc-1",
            smart: {
              specifiekDoel: "Alle verzorgenden geschoold",
              meetbaarResultaat: "100% certificaat",
              haalbaarheid: "In-company training",
              relevantie: "Thema persoonsgerichte zorg",
              startdatum: `${jaar}-02-01`,
              einddatum: `${jaar}-11-30`,
            },
            bedrag: "15000.00",
          },
        ],
      },
    ],
    verklaringen: {
      geenDubbeleBekostiging: true,
      uitsluitendVv4TotVv10: true,
      extraFteTovBasisjaar: true,
    },
  };
}

/**
 * A new concept for the scope in the first free year of `jaren` (other test files may use the
 * same organisations: a taken year is skipped, one aanvraag per aanbieder, zorgkantoor and jaar).
 */
export async function nieuwConcept(
  scope: Zaakscope,
  jaren: readonly number[],
  inhoud?: (jaar: number) => AanvraagInvoer,
): Promise<AanvraagRecord> {
  await zorgVoorScope(scope);
  for (const jaar of jaren) {
    const r = await maakConcept({ ...scope, jaar, inhoud: inhoud?.(jaar) ?? {} }, ctx(AANBIEDER));
    if (r.ok) return r.waarde;
    if (r.weigering.code !== "AANVRAAG_BESTAAT_AL") throw new Error(r.weigering.melding);
  }
  throw new Error(`geen vrij jaar voor ${scope.aanbiederId} bij ${scope.zorgkantoorId}`);
}

/** Far years: no other test file's case of the same organisations will be there. */
export const VERRE_JAREN = Array.from({ length: 60 }, (_, i) => 2100 - i);
/** Years whose indieningsperiode has opened (with a late window the case can be submitted). */
export const GEOPENDE_JAREN = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i);

/** A document registered on the case and accepted, with a real PDF at its final key. */
export async function geaccepteerdDocument(
  zaak: AanvraagRecord,
  soort: "kwaliteitsplan" | "bijlage" = "kwaliteitsplan",
): Promise<DocumentRecord> {
  const scope = { id: zaak.id, aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId };
  const d = await registreerDocument(scope, { soort, naam: `${soort}.pdf` }, ctx(AANBIEDER));
  if (!d.ok) throw new Error(d.weigering.melding);
  const pdf = kleinePdf();
  await s3Client().send(
    new PutObjectCommand({
      Bucket: config().documentenBucket,
      Key: d.waarde.objectSleutel,
      Body: pdf,
      ContentType: "application/pdf",
    }),
  );
  const b = await beoordeelDocument(
    scope,
    d.waarde,
    { status: "geaccepteerd", contentType: "application/pdf", grootte: pdf.length },
    ctx(AANBIEDER),
  );
  if (!b.ok) throw new Error(b.weigering.melding);
  return b.waarde;
}

/** A registered document whose PDF the browser has put at the staging key (confirm next). */
export async function geuploadDocument(zaak: AanvraagRecord): Promise<DocumentRecord> {
  const scope = { id: zaak.id, aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId };
  const d = await registreerDocument(
    scope,
    { soort: "kwaliteitsplan", naam: "plan.pdf" },
    ctx(AANBIEDER),
  );
  if (!d.ok) throw new Error(d.weigering.melding);
  await s3Client().send(
    new PutObjectCommand({
      Bucket: config().documentenBucket,
      Key: d.waarde.uploadSleutel,
      Body: kleinePdf(),
      ContentType: "application/pdf",
    }),
  );
  return d.waarde;
}

/**
 * §3.2: a late window on the case as zorgkantoor-beheer opens one (functions/beoordeling/
 * laatVensterOpenen.ts), until `tot` (exclusive; default far in the future).
 */
export async function openLaatVenster(
  zaak: AanvraagRecord,
  tot = "2200-01-01T00:00:00.000Z",
): Promise<AanvraagRecord> {
  const r = await schrijfTransactie(
    [
      wijzigAanvraag(zaak, zaak.versie, {
        laatVenster: { tot, reden: "test", door: "test", op: tot },
      }),
    ],
    {
      gebeurtenis: "venster_heropend",
      onderwerp: aanvraagPk(zaak.id),
      betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      na: { laatVenster: { tot } },
      reden: "test: laat venster",
    },
    ctx({ sub: "test-zk-beheer", rol: "zorgkantoor-beheer" }),
  );
  if (!r.ok) throw new Error(r.weigering.melding);
  return (await leesAanvraag(zaak.id))!;
}

/** A submitted case (version 1 frozen with a kwaliteitsplan), through the data layer. */
export async function ingediendeZaak(scope: Zaakscope): Promise<AanvraagRecord> {
  const zaak = await nieuwConcept(scope, VERRE_JAREN, volledigeInhoud);
  const d = await geaccepteerdDocument(zaak);
  const inhoud = {
    ...volledigeInhoud(zaak.jaar),
    documenten: [{ id: d.id, soort: "kwaliteitsplan" as const, naam: d.naam }],
  };
  // A fixture: the content is known to pass §4.2; the checks themselves are tested elsewhere.
  const r = await dienIn(zaak, zaak.versie, ctx(AANBIEDER), { bevindingen: [], inhoud });
  if (!r.ok) throw new Error(r.weigering.melding);
  return r.waarde;
}

/** The case as stored now (its current versie, for a request that states it). */
export const actueel = async (id: string): Promise<AanvraagRecord> => (await leesAanvraag(id))!;
