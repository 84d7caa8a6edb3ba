// Test set-up for the nacalculatie routes (docs/regels.md §9, §13 E): an agreed case (§13 A agreement:
// personeel 850.000, overige scholing 60.000 + technologie 90.000, compensatie 24.000) with the
// §13 E year report (with the realised overige per line), the voorschotten paid (768.000,00), the
// accountant's report and the zorgkantoor's judgement of the overige lines — each step optional —
// through the data layer.
// Call after startApi(): the data layer reads the configuration the gateway put in process.env.
import { type AanvraagRecord, leesAanvraag, wijzigAanvraag } from "#functions/data/aanvragen.js";
import { schrijfBetaalopdracht } from "#functions/data/betaalopdrachten.js";
import { beoordeelDocument, registreerDocument } from "#functions/data/documenten.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { type Actor, schrijfTransactie } from "#functions/data/transactie.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { betaalopdrachtSleutel } from "#shared/voorschot/betaalopdracht.js";
import { ctx, zaakIn, zeker } from "../fixture/index.js";
import { geefMaandVrij } from "../rapportage/opzet.js";

/** §13 E: the year report's rondrekening inputs (stored form; every figure, §15.6). */
export const JAARVERSLAG_E = {
  svLoon: { basis: "6000000.00", jaar: "7056000.00" },
  svDagen: { basis: 50000, jaar: 56000 },
  werkgeverslasten: "2116800.00",
  inhuur: { basis: "200000.00", jaar: "260000.00" },
  omzet: { basis: "9000000.00", jaar: "9300000.00" },
  clientdagen: {
    basis: { VV4: 7300, VV5: 14600, VV6: 10950, VV7: 3650, VV8: 0, VV9b: 0, VV10: 0 },
    jaar: { VV4: 5475, VV5: 14600, VV6: 12775, VV7: 4380, VV8: 0, VV9b: 0, VV10: 0 },
  },
  /** §13 E overige, per line of the agreement (§15.1): scholing 55.000, technologie 95.000. */
  overige: [
    { regelId: "o1", gerealiseerd: "55000.00" },
    { regelId: "o2", gerealiseerd: "95000.00" },
  ],
};

/** The zorgkantoor's judgement of §13 E's overige lines: both conform, no correction. */
export const OVERIGE_E = { o1: { conform: true }, o2: { conform: true } };

const aanbieder: Actor = { sub: "test-aanbieder", rol: "aanbieder" };
const beheer: Actor = { sub: "test-nacalculatie-beheer", rol: "zorgkantoor-beheer" };

/**
 * §13 A's voorschotten signed 20-03: March 192.000,00, April–December 64.000,00 → 768.000,00,
 * each month ordered and (unless `vrijgeven` is false) released in a batch by two users — §15.3:
 * only a released order is paid.
 */
export async function betaalVoorschotten(r: AanvraagRecord, vrijgeven = true): Promise<void> {
  for (let maand = 3; maand <= 12; maand++) {
    const delen = {
      aanbieder: r.aanbiederId,
      zorgkantoor: r.zorgkantoorId,
      jaar: r.jaar,
      maand,
      basisVersie: 1,
    };
    const bedrag = new Decimal(maand === 3 ? "192000.00" : "64000.00");
    const doel = new Decimal(192000 + (maand - 3) * 64000);
    zeker(
      await schrijfBetaalopdracht(
        r,
        { ...delen, sleutel: betaalopdrachtSleutel(delen), bedrag, doel },
        ctx({ sub: "test-maandrun", rol: "systeem" }),
      ),
      "betaalopdracht",
    );
    if (vrijgeven) await geefMaandVrij(r, maand);
  }
}

export async function dienJaarverslagIn(r: AanvraagRecord, nummer = 1): Promise<void> {
  zeker(
    await dienRealisatieIn(
      r,
      { jaar: r.jaar, soort: "jaarverslag", nummer, inhoud: JAARVERSLAG_E },
      ctx(aanbieder),
    ),
    "jaarverslag",
  );
}

/** The accountant's rapport van feitelijke bevindingen, registered and accepted as a PDF. */
export async function voegRapportToe(r: AanvraagRecord): Promise<void> {
  const d = zeker(
    await registreerDocument(r, { soort: "accountantsrapport", naam: "rfb.pdf" }, ctx(aanbieder)),
    "document",
  );
  zeker(
    await beoordeelDocument(
      r,
      d,
      { status: "geaccepteerd", contentType: "application/pdf", grootte: 1234 },
      ctx({ sub: "test-controle", rol: "systeem" }),
    ),
    "document",
  );
}

export async function beoordeelOverige(r: AanvraagRecord): Promise<AanvraagRecord> {
  zeker(
    await schrijfTransactie(
      [wijzigAanvraag(r, r.versie, { nacalculatieOverige: OVERIGE_E })],
      { gebeurtenis: "nacalculatie_ingediend", onderwerp: aanvraagPk(r.id), na: OVERIGE_E },
      ctx(beheer),
    ),
    "overige",
  );
  return (await leesAanvraag(r.id))!;
}

export interface Stappen {
  jaarverslag?: boolean;
  voorschotten?: boolean;
  rapport?: boolean;
  overige?: boolean;
}

/** An agreed case of `scope` in year `jaar` with the chosen steps of §13 E done. */
export async function nacalculatieZaak(
  jaar: number,
  scope: Partial<Zaakscope> = {},
  s: Stappen = { jaarverslag: true, voorschotten: true, rapport: true, overige: true },
): Promise<AanvraagRecord> {
  let r = await zaakIn("addendum_getekend", { ...scope, jaar, inhoud: "voorbeeldA" });
  if (s.jaarverslag) await dienJaarverslagIn(r);
  if (s.voorschotten) await betaalVoorschotten(r);
  if (s.rapport) await voegRapportToe(r);
  r = (await leesAanvraag(r.id))!;
  if (s.overige) r = await beoordeelOverige(r);
  return r;
}
