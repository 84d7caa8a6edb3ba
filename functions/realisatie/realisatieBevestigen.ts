// docs/regels.md §6, §7: the zorgkantoor confirms a tussentijdse realisatie — its adjusted basis
// (projected eligible spend + compensatie, never above the agreement) becomes a new voorschot
// basis version from a month on (default the month after the window), which the next monthly run
// uses; the same §6 formula then settles the difference. One case update + audit, under the
// case's version lock; a realisatie version already confirmed, or not the latest, is refused.
import { Decimal } from "#shared/geld/decimal.js";
import { realisatie } from "#shared/realisatie/berekening.js";
import { TussentijdseRealisatieSchema } from "#shared/realisatie/rapport.js";
import { EERSTE_MAAND_NA, type Venster } from "#shared/realisatie/venster.js";
import { valideer } from "#shared/resultaat.js";
import { metNieuweBasis } from "#shared/voorschot/basisversie.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { type AanvraagRecord, scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { aanpassingenVan } from "../data/opgeslagenBesluiten.js";
import { laatsteVan, leesRealisaties } from "../data/realisaties.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { opslagVorm, voorschotAfspraakOfWeiger } from "../data/voorschotafspraak.js";
import type { VoorschotAanpassing } from "../data/zaakgegevens.js";
import { conflict, HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { afgesprokenBegroting } from "./afspraak.js";

/** The realisatie version to confirm: the latest of the window, not confirmed before. */
async function teBevestigen(r: AanvraagRecord, venster: Venster, gevraagd: number) {
  const { laatste } = laatsteVan(await leesRealisaties(r.id), r.jaar, venster);
  if (!laatste || gevraagd > laatste.nummer)
    throw new HttpProbleem(
      422,
      "ONBEKENDE_REALISATIE",
      `realisatieVersie: versie ${gevraagd} van de realisatie ${venster} bestaat niet`,
      "realisatieVersie",
    );
  if (gevraagd < laatste.nummer)
    throw conflict(
      `realisatieVersie: er is intussen versie ${laatste.nummer} ingediend; bevestig de laatste versie`,
    );
  if (
    aanpassingenVan(r.overig).some(
      (a) => a.soort === venster && a.jaar === r.jaar && a.realisatieVersie === gevraagd,
    )
  )
    throw new HttpProbleem(
      409,
      "AL_BEVESTIGD",
      `versie ${gevraagd} van de realisatie ${venster} is al bevestigd`,
    );
  return laatste;
}

/** The first month of the new basis: the one asked for, else the month after the window. */
function vanafMaand(
  r: AanvraagRecord,
  venster: Venster,
  gevraagd?: { jaar: number; maand: number },
) {
  const vanaf = gevraagd ?? { jaar: r.jaar, maand: EERSTE_MAAND_NA[venster] };
  if (vanaf.jaar !== r.jaar)
    throw new HttpProbleem(
      422,
      "ONGELDIGE_INVOER",
      `vanafMaand: moet een maand van ${r.jaar} zijn`,
      "vanafMaand",
    );
  return vanaf.maand;
}

/** §7 recomputed on the agreement in force now (a herschikking may have changed it since). */
function berekenRealisatie(
  r: AanvraagRecord,
  venster: Venster,
  inhoud: unknown,
  begroting: Awaited<ReturnType<typeof afgesprokenBegroting>>,
) {
  const rapport = valideer(TussentijdseRealisatieSchema, {
    ...(inhoud as object),
    jaar: r.jaar,
    venster,
  });
  if (!rapport.ok) throw new Error(`opgeslagen realisatie ongeldig: ${rapport.fout.melding}`);
  const b = realisatie.bereken({ afspraak: begroting, rapport: rapport.waarde });
  if (!b.ok) throw uitFout(b.fout, 409);
  return b.waarde;
}

export const realisatieBevestigen: Operatie<RouteVan<"realisatieBevestigen">> = async (v) => {
  const { venster } = v.params;
  const { aanvraag: r, rol } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "betalingenBeheren",
  );
  const begroting = await afgesprokenBegroting(r);
  const afspraak = await voorschotAfspraakOfWeiger(r);
  if (!afspraak)
    throw new HttpProbleem(409, "GEEN_AFSPRAAK", "deze aanvraag heeft nog geen voorschotafspraak");
  const gevraagd = v.body.realisatieVersie;
  const laatste = await teBevestigen(r, venster, gevraagd);
  const vanaf = vanafMaand(r, venster, v.body.vanafMaand);
  const berekening = berekenRealisatie(r, venster, laatste.inhoud, begroting);
  const { afspraak: nieuw, versie: basisVersie } = metNieuweBasis(
    afspraak,
    vanaf,
    new Decimal(berekening.aangepasteBasis),
  );
  const aanpassing: VoorschotAanpassing = {
    soort: venster,
    jaar: r.jaar,
    realisatieVersie: gevraagd,
    basisVersie,
    vanafMaand: maandTekst(r.jaar, vanaf),
    bedrag: berekening.aangepasteBasis,
    door: v.gebruiker.sub,
    op: v.nu.toISOString(),
  };
  const velden = {
    voorschot: opslagVorm(nieuw),
    voorschotAanpassingen: [...aanpassingenVan(r.overig), aanpassing],
    gewijzigdOp: v.nu.toISOString(),
  };
  ofWeiger(
    await schrijfTransactie(
      [wijzigAanvraag(r, r.versie, velden)],
      {
        gebeurtenis: "voorschot_aangepast",
        onderwerp: aanvraagPk(r.id),
        betrokken: scopeVan(r),
        voor: { basis: opslagVorm(afspraak).basis },
        na: { basis: velden.voorschot.basis, aanpassing },
        reden: `bevestiging realisatie ${venster} ${r.jaar} versie ${gevraagd}`,
      },
      schrijfcontext(v, rol),
    ),
  );
  return {
    body: {
      aanvraagId: r.id,
      soort: venster,
      realisatieVersie: gevraagd,
      basisVersie,
      vanafMaand: aanpassing.vanafMaand,
      bedrag: aanpassing.bedrag,
      op: aanpassing.op,
      basis: velden.voorschot.basis,
      berekening,
    },
  };
};
