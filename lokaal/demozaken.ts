// The demo cases of 2020 (lokaal/demo.ts), each built step by step with the handlers'
// repositories (functions/data) and rules (shared/): a concept (De Kastanje), a submitted aanvraag
// (Het Baken) and an agreed one with voorschotten running (De Linde, docs/regels.md §13 example A).
// Every step starts from the state the case is in, so a second run does nothing twice.
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { aangevraagdVoorJaar } from "#functions/data/aangevraagd.js";
import {
  type AanvraagRecord,
  leesAanvraag,
  leesVersie,
  maakConcept,
  wijzigAanvraag,
  zoekAanvraag,
} from "#functions/data/aanvragen.js";
import {
  betaalopdrachtenVanAanvraag,
  gedaneOpdrachten,
  schrijfBetaalopdracht,
} from "#functions/data/betaalopdrachten.js";
import { s3Client } from "#functions/data/clients.js";
import { beoordeelDocument, registreerDocument } from "#functions/data/documenten.js";
import { leesKader } from "#functions/data/kaders.js";
import { alsVoorstel } from "#functions/data/opgeslagenBesluiten.js";
import { dienIn, wijzigInhoud } from "#functions/data/overgangen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { type Actor, type Schrijfcontext, schrijfTransactie } from "#functions/data/transactie.js";
import { config } from "#functions/lib/config.js";
import { ProductieSchema, reservering } from "#shared/beoordeling/reservering.js";
import { controleerToekenning, type ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";
import { Decimal } from "#shared/geld/decimal.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import { kanIndienen, toets } from "#shared/indiening/toetsing.js";
import { amsterdam, dagVan } from "#shared/kalender/tijd.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { betalingVoorMaand } from "#shared/voorschot/betaalopdracht.js";
import { AANBIEDERS, DEMO_PDF, demoInhoud, JAAR } from "./demodata.js";
import {
  keurToekenningGoed,
  neemInBehandeling,
  stelToekenningVoor,
  tekenAddendum,
  voorschotAfspraak,
  zeker,
} from "./zaakfabriek.js";

export const SYSTEEM: Actor = { sub: "demodata", rol: "systeem" };

export const c = (wie: Actor, nu: Date): Schrijfcontext => ({
  wie,
  nu,
  correlatieId: `demodata-${nu.toISOString()}`,
});

// The steps are shared with the test fixture; `zeker` stays importable from here for the demo.
export { zeker };

/** Which case: zorgkantoor and year (default the 2020 cases at Zilveren Kruis). */
export interface Zaakkeuze {
  zorgkantoorId?: string;
  jaar?: number;
  /** The §13 A content (personeel 850.000, overige 60.000 + 90.000); default only for De Linde. */
  voorbeeldA?: boolean;
}

/** §12: a document registered, its PDF put at its key and accepted by the server's check. */
export async function pdfDocument(
  zaak: Parameters<typeof registreerDocument>[0],
  document: Parameters<typeof registreerDocument>[1],
  ctx: Schrijfcontext,
) {
  const doc = zeker(await registreerDocument(zaak, document, ctx), "document");
  await s3Client().send(
    new PutObjectCommand({
      Bucket: config().documentenBucket,
      Key: doc.objectSleutel,
      Body: DEMO_PDF,
      ContentType: "application/pdf",
    }),
  );
  zeker(
    await beoordeelDocument(
      zaak,
      doc,
      { status: "geaccepteerd", contentType: "application/pdf", grootte: DEMO_PDF.length },
      c(SYSTEEM, ctx.nu),
    ),
    "documentcontrole",
  );
  return doc;
}

/** A concept for the triple, or the one that is there; filled with content (and its PDF) once. */
async function concept(
  aanbiederId: string,
  wie: Actor,
  t: Date,
  vol: boolean,
  k: Zaakkeuze = {},
): Promise<AanvraagRecord> {
  const zorgkantoorId = k.zorgkantoorId ?? "zk-zilveren-kruis";
  const jaar = k.jaar ?? JAAR;
  const bestaand = await zoekAanvraag(aanbiederId, zorgkantoorId, jaar);
  let r = bestaand
    ? await leesAanvraag(bestaand)
    : zeker(await maakConcept({ aanbiederId, zorgkantoorId, jaar }, c(wie, t)), "concept");
  if (!r) throw new Error(`Demodata: aanvraag ${bestaand} verdween`);
  if (r.toestand !== "concept" || r.versie > 1) return r;
  const zaak = { id: r.id, aanbiederId, zorgkantoorId };
  const doc = await pdfDocument(
    zaak,
    { soort: "kwaliteitsplan", naam: `Kwaliteitsplan ${jaar}.pdf` },
    c(wie, t),
  );
  const aanbieder = AANBIEDERS.find((a) => a.id === aanbiederId)!;
  r = zeker(
    await wijzigInhoud(
      r,
      r.versie,
      demoInhoud(aanbieder, doc.id, vol, jaar, k.voorbeeldA ?? aanbiederId === "aanb-de-linde"),
      c(wie, t),
    ),
    "inhoud",
  );
  return r;
}

const reserveringVan = (aanbiederId: string, jaar: number) => {
  const a = AANBIEDERS.find((x) => x.id === aanbiederId)!;
  const r = reservering(
    ProductieSchema.parse(a.productie?.bedragen ?? {}),
    parametersVoor(jaar).reserveringspercentage,
  );
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde.bedrag;
};

async function indienen(r: AanvraagRecord, wie: Actor, op: Date): Promise<AanvraagRecord> {
  const versie = await leesVersie(r.id, r.laatsteVersie);
  const bevindingen = toets(AanvraagSchema.parse(versie?.inhoud), {
    jaar: r.jaar,
    parameters: parametersVoor(r.jaar),
    reservering: reserveringVan(r.aanbiederId, r.jaar),
    op,
  });
  if (!kanIndienen(bevindingen))
    throw new Error(
      `Demodata: aanvraag niet indienbaar: ${bevindingen.map((b) => b.code).join(", ")}`,
    );
  return zeker(await dienIn(r, r.versie, c(wie, op), { bevindingen }), "indienen");
}

/** §5 and §1: the beoordelaar proposes within the shared constraints, beheer approves (four eyes). */
async function toekennen(
  r0: AanvraagRecord,
  beoordelaar: Actor,
  beheer: Actor,
): Promise<AanvraagRecord> {
  let r = r0;
  const jaar = r.jaar;
  const voorstel: ToekenningVoorstel = {
    besluit: "toekennen",
    personeel: new Decimal("850000.00"),
    overige: new Decimal("150000.00"),
    // §3.1: 2019 had no compensatie (its parameter is 0), 2020 the §13 A component.
    compensatie: new Decimal(parametersVoor(jaar).compensatie.isZero() ? "0.00" : "24000.00"),
    motivering: "Toegekend zoals aangevraagd; de verhouding voldoet aan de richtlijn.",
  };
  if (!r.overig.toekenningsvoorstel) {
    const op = amsterdam(jaar, 2, 10, 11, 0);
    const aangevraagd = await aangevraagdVoorJaar(r);
    const kader = (await leesKader(r.zorgkantoorId, jaar))!;
    const fouten = controleerToekenning(voorstel, {
      jaar,
      op,
      aangevraagd,
      reservering: reserveringVan(r.aanbiederId, jaar),
      margeVrijgegeven: false,
      regionaalKader: kader.kader,
      overigeAfspraken: kader.afgesproken,
      richtlijnPersoneel: parametersVoor(jaar).richtlijnPersoneel,
      aangevraagdeOverigeRegels: aangevraagd.overigeRegels,
    });
    if (fouten.length)
      throw new Error(`Demodata: toekenning ongeldig: ${fouten.map((f) => f.melding).join("; ")}`);
    r = (await stelToekenningVoor(r, voorstel, c(beoordelaar, op))).zaak;
  }
  // As toekenningGoedkeuren: the agreement from the stored proposal, the decision kept on the case.
  const opgeslagen = r.overig.toekenningsvoorstel!;
  const op = amsterdam(jaar, 2, 20, 15, 0);
  const afspraak = {
    soort: "initieel" as const,
    ...alsVoorstel(opgeslagen),
    reden: voorstel.motivering,
    voorgesteldDoor: beoordelaar,
  };
  const besluit = { ...opgeslagen, op: op.toISOString(), goedgekeurdDoor: beheer.sub };
  return keurToekenningGoed(r, afspraak, c(beheer, op), {
    toekenningsvoorstel: undefined,
    besluit,
  });
}

/** §5: the addendum is signed by both parties; the state moves at the second signature (20 March). */
async function addendum(
  r0: AanvraagRecord,
  aanbieder: Actor,
  beheer: Actor,
): Promise<AanvraagRecord> {
  let r = r0;
  if (!r.overig.addendumAanbieder) {
    const op = amsterdam(r.jaar, 3, 18, 10, 0);
    const velden = { addendumAanbieder: { door: aanbieder.sub, op: op.toISOString() } };
    zeker(
      await schrijfTransactie(
        [wijzigAanvraag(r, r.versie, velden)],
        {
          gebeurtenis: "addendum_handtekening",
          onderwerp: aanvraagPk(r.id),
          betrokken: r,
          na: velden,
        },
        c(aanbieder, op),
      ),
      "handtekening aanbieder",
    );
    r = (await leesAanvraag(r.id))!;
  }
  const op = amsterdam(r.jaar, 3, 20, 12, 0);
  // The voorschot of §6 is computed from this.
  const pct = parametersVoor(r.jaar).voorschotpercentage.toString();
  const voorschot = voorschotAfspraak(r, `${r.jaar}-03-20`, pct);
  return tekenAddendum(
    r,
    { addendumZorgkantoor: { door: beheer.sub, op: op.toISOString() }, voorschot },
    c(beheer, op),
  );
}

/** §6: the monthly job for every month that has begun by `nu` — twice is harmless (deterministic keys). */
async function voorschotten(r: AanvraagRecord, nu: Date): Promise<void> {
  const jaar = r.jaar;
  for (let maand = 3; maand <= 12; maand++) {
    const run = maand === 3 ? amsterdam(jaar, 3, 21, 6, 0) : amsterdam(jaar, maand, 1, 6, 0);
    if (run > nu) break;
    const opdrachten = gedaneOpdrachten(await betaalopdrachtenVanAanvraag(r.id));
    const afspraak = {
      jaar,
      percentage: parametersVoor(jaar).voorschotpercentage,
      getekendOp: dagVan(amsterdam(jaar, 3, 20, 12, 0)),
      basis: [{ vanafMaand: 1, bedrag: new Decimal(r.afspraak!.totaal), versie: 1 }],
    };
    const b = betalingVoorMaand({
      aanbieder: r.aanbiederId,
      zorgkantoor: r.zorgkantoorId,
      afspraak,
      maand,
      opdrachten,
    });
    if (!b.ok) throw new Error(b.fout.melding);
    if (b.waarde.soort === "opdracht")
      zeker(
        await schrijfBetaalopdracht(
          r,
          b.waarde.opdracht,
          c({ sub: "voorschotjob", rol: "systeem" }, run),
        ),
        `voorschot ${maand}`,
      );
  }
}

export interface DemoActoren {
  aanbieder: Actor;
  beoordelaar: Actor;
  beheer: Actor;
}

/**
 * An agreed case of `k.jaar` at `k.zorgkantoorId` (§13 A content), built as De Linde's: submitted
 * 15 October t−1, in behandeling, toegekend with four eyes, addendum signed 20 March t, voorschot
 * orders for every month whose job has run by `nu`.
 */
export async function afgesprokenZaak(
  aanbiederId: string,
  { aanbieder, beoordelaar, beheer }: DemoActoren,
  k: Zaakkeuze & { jaar: number; zorgkantoorId: string },
  nu: Date,
): Promise<AanvraagRecord> {
  const t = k.jaar - 1;
  const keuze = { ...k, voorbeeldA: true };
  let r = await concept(aanbiederId, aanbieder, amsterdam(t, 10, 1, 10, 0), true, keuze);
  if (r.toestand === "concept") r = await indienen(r, aanbieder, amsterdam(t, 10, 15, 16, 0));
  if (r.toestand === "ingediend") {
    r = await neemInBehandeling(r, c(beoordelaar, amsterdam(t, 10, 21, 9, 0)));
  }
  if (r.toestand === "in_beoordeling") r = await toekennen(r, beoordelaar, beheer);
  if (r.toestand === "goedgekeurd") r = await addendum(r, aanbieder, beheer);
  await voorschotten(r, nu);
  return r;
}

/** The three cases; voorschot orders for every month whose job has run by `nu`. */
export async function bouwZaken(
  { aanbieder, beoordelaar, beheer }: DemoActoren,
  nu: Date,
): Promise<{ concept: string; ingediend: string; afgesproken: string }> {
  const inConcept = await concept(
    "aanb-de-kastanje",
    aanbieder,
    amsterdam(2019, 11, 20, 10, 0),
    false,
  );

  let ingediend = await concept("aanb-het-baken", aanbieder, amsterdam(2019, 11, 1, 10, 0), true);
  if (ingediend.toestand === "concept")
    ingediend = await indienen(ingediend, aanbieder, amsterdam(2019, 11, 15, 14, 0));

  let r = await concept("aanb-de-linde", aanbieder, amsterdam(2019, 10, 1, 10, 0), true);
  if (r.toestand === "concept") r = await indienen(r, aanbieder, amsterdam(2019, 10, 15, 16, 0));
  if (r.toestand === "ingediend") {
    r = await neemInBehandeling(r, c(beoordelaar, amsterdam(2019, 10, 21, 9, 0)));
  }
  if (r.toestand === "in_beoordeling") r = await toekennen(r, beoordelaar, beheer);
  if (r.toestand === "goedgekeurd") r = await addendum(r, aanbieder, beheer);
  await voorschotten(r, nu);
  return { concept: inConcept.id, ingediend: ingediend.id, afgesproken: r.id };
}
