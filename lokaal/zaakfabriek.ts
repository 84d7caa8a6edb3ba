// The steps that bring a case through the real data layer (functions/data) from one state to the
// next, shared by the demo cases (lokaal/demozaken.ts) and the test fixture
// (test/integratie/fixture/), so both build cases the way the handlers do and never drift apart.
// Each step takes the write context of its caller: the demo and the tests name their actors and
// times differently.
import { besluitOpslag, type VoorstelOpslag } from "#functions/beoordeling/toekenningscontext.js";
import { aangevraagdVoorJaar } from "#functions/data/aangevraagd.js";
import {
  type AanvraagRecord,
  leesAanvraag,
  wijzigAanvraag,
  type ZaakWijziging,
} from "#functions/data/aanvragen.js";
import { legAfspraakVast } from "#functions/data/afspraken.js";
import { toekenningWacht, wachtWeg, wachtZetten } from "#functions/data/goedkeuringen.js";
import { voerOvergangUit } from "#functions/data/overgangen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import {
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "#functions/data/transactie.js";
import type { ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";

/** The value of a write that must succeed while building a case; a refusal stops the build. */
export function zeker<T>(r: TransactieUitkomst<T>, wat = "opbouw"): T {
  if (!r.ok) throw new Error(`${wat} mislukte: ${r.weigering.code} ${r.weigering.melding}`);
  return r.waarde;
}

/** §4.3: the beoordelaar takes the submitted case in behandeling. */
export const neemInBehandeling = async (
  r: AanvraagRecord,
  ctx: Schrijfcontext,
): Promise<AanvraagRecord> =>
  zeker(await voerOvergangUit(r, r.versie, "inBehandelingNemen", ctx), "in behandeling");

/**
 * §5: the beoordelaar (`ctx.wie`) proposes a toekenning; it waits on the case for the second
 * signature. Answers the case as stored and the proposal as kept on it.
 */
export async function stelToekenningVoor(
  r: AanvraagRecord,
  voorstel: ToekenningVoorstel,
  ctx: Schrijfcontext,
): Promise<{ zaak: AanvraagRecord; opslag: VoorstelOpslag }> {
  const opslag: VoorstelOpslag = {
    ...besluitOpslag(voorstel, await aangevraagdVoorJaar(r), ctx.nu),
    voorgesteldDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
  };
  const velden = { toekenningsvoorstel: opslag };
  zeker(
    await schrijfTransactie(
      [wijzigAanvraag(r, r.versie, velden), wachtZetten(toekenningWacht(r, opslag), ctx)],
      {
        gebeurtenis: "toekenning_voorgesteld",
        onderwerp: aanvraagPk(r.id),
        betrokken: { aanbiederId: r.aanbiederId, zorgkantoorId: r.zorgkantoorId },
        na: velden,
      },
      ctx,
    ),
    "voorstel",
  );
  return { zaak: (await leesAanvraag(r.id))!, opslag };
}

/** §1, §5: zorgkantoor-beheer (`ctx.wie`) approves: the agreement is laid down (four eyes). */
export const keurToekenningGoed = async (
  r: AanvraagRecord,
  afspraak: Parameters<typeof legAfspraakVast>[2],
  ctx: Schrijfcontext,
  velden?: Readonly<ZaakWijziging>,
): Promise<AanvraagRecord> =>
  zeker(
    await legAfspraakVast(r, r.versie, afspraak, ctx, {
      actie: "goedkeuren",
      acties: [wachtWeg(r, "toekenning")],
      ...(velden ? { velden } : {}),
    }),
    "goedkeuren",
  );

/** §6: the voorschot agreement as the addendum stores it (VoorschotAfspraakSchema's stored form). */
export const voorschotAfspraak = (r: AanvraagRecord, getekendOp: string, percentage: string) => ({
  jaar: r.jaar,
  percentage,
  getekendOp,
  basis: [{ vanafMaand: `${r.jaar}-01`, bedrag: r.afspraak!.totaal, versie: 1 }],
});

/** §5: the second signature of the addendum moves the case to addendum_getekend. */
export const tekenAddendum = async (
  r: AanvraagRecord,
  velden: Readonly<ZaakWijziging>,
  ctx: Schrijfcontext,
): Promise<AanvraagRecord> =>
  zeker(await voerOvergangUit(r, r.versie, "addendumTekenen", ctx, { velden }), "addendum");
