// National-scale issue: one planned case (plan.ts) built to its end state with the handlers'
// repositories (functions/data) and rules (shared/), as the demo builds De Linde's
// (lokaal/demozaken.ts) — but on a fresh table, without the demo's read-before-every-step
// (idempotence is the demo's concern; the national dataset is loaded once into new emulators).
// Dates follow the yearly cycle of §3.2: concept in October t−1, submitted 15 October, toekenning
// in February t, addendum 20 March t.
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { besluitOpslag } from "#functions/beoordeling/toekenningscontext.js";
import type { AanbiederInvoer } from "#functions/data/aanbieders.js";
import type { Aangevraagd } from "#functions/data/aangevraagd.js";
import { type AanvraagRecord, maakConcept, wijzigAanvraag } from "#functions/data/aanvragen.js";
import { s3Client } from "#functions/data/clients.js";
import { beoordeelDocument, registreerDocument } from "#functions/data/documenten.js";
import { alsVoorstel } from "#functions/data/opgeslagenBesluiten.js";
import { dienIn, voerOvergangUit, wijzigInhoud } from "#functions/data/overgangen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { type Actor, type Schrijfcontext, schrijfTransactie } from "#functions/data/transactie.js";
import { config } from "#functions/lib/config.js";
import type { ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { DEMO_PDF, demoInhoud } from "../demodata.js";
import { c, SYSTEEM, zeker } from "../demozaken.js";
import {
  keurToekenningGoed,
  neemInBehandeling,
  tekenAddendum,
  voorschotAfspraak,
} from "../zaakfabriek.js";
import type { GeplandeZaak } from "./plan.js";

/** The users who act on the cases of one zorgkantoor (and the aanbieder's user). */
export interface Spelers {
  aanbieder: Actor;
  beoordelaar: Actor;
  beheer: readonly [Actor, Actor];
}

/** §12: a document registered and accepted; a real PDF in S3 only where the plan asks for one. */
export async function document(
  zaak: AanvraagRecord,
  invoer: Parameters<typeof registreerDocument>[1],
  echtePdf: boolean,
  ctx: Schrijfcontext,
) {
  const doc = zeker(await registreerDocument(zaak, invoer, ctx), "document");
  if (echtePdf)
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

/** The demo's §13 A content with the planned number of fte (personeel = fte × 85.000). */
export function inhoudVan(
  a: AanbiederInvoer,
  kwaliteitsplan: string,
  z: GeplandeZaak,
): AanvraagInvoer {
  const basis = demoInhoud(a, kwaliteitsplan, true, z.jaar, true);
  const [jaar] = basis.begroting ?? [];
  const [p] = jaar?.personeel ?? [];
  if (!jaar || !p) throw new Error("Landelijk: demo-inhoud zonder begroting");
  return { ...basis, begroting: [{ ...jaar, personeel: [{ ...p, fte: `${z.fte}.00` }] }] };
}

const toekenningsdatum = (jaar: number, i: number) => amsterdam(jaar, 2, 10 + (i % 5), 11, 0);

/** §5 and §1: proposed by the beoordelaar, approved by beheer (four eyes), with the motivation. */
async function toekennen(
  r0: AanvraagRecord,
  z: GeplandeZaak,
  s: Spelers,
  i: number,
): Promise<AanvraagRecord> {
  const personeel = new Decimal(z.fte * 85_000);
  const overige = new Decimal(150_000);
  const aangevraagd: Aangevraagd = {
    personeel,
    overige,
    overigeRegels: [
      { id: "o1", omschrijving: "Scholing dementiezorg", bedrag: new Decimal(60_000) },
      {
        id: "o2",
        omschrijving: "Leefcirkels en akoestische monitoring",
        bedrag: new Decimal(90_000),
      },
    ],
  };
  const voorstel: ToekenningVoorstel = {
    besluit: "toekennen",
    personeel,
    overige,
    compensatie: new Decimal(parametersVoor(z.jaar).compensatie.isZero() ? "0.00" : "24000.00"),
    motivering: "Toegekend zoals aangevraagd (landelijke dataset).",
  };
  const op = toekenningsdatum(z.jaar, i);
  const velden = {
    toekenningsvoorstel: {
      ...besluitOpslag(voorstel, aangevraagd, op),
      voorgesteldDoor: { sub: s.beoordelaar.sub, rol: s.beoordelaar.rol },
    },
  };
  zeker(
    await schrijfTransactie(
      [wijzigAanvraag(r0, r0.versie, velden)],
      {
        gebeurtenis: "toekenning_voorgesteld",
        onderwerp: aanvraagPk(r0.id),
        betrokken: r0,
        na: velden,
      },
      c(s.beoordelaar, op),
    ),
    "voorstel",
  );
  const r = { ...r0, versie: r0.versie + 1, overig: { ...r0.overig, ...velden } } as AanvraagRecord;
  const opgeslagen = velden.toekenningsvoorstel;
  const goed = amsterdam(z.jaar, 2, 20, 15, 0);
  const afspraak = {
    soort: "initieel" as const,
    ...alsVoorstel(opgeslagen),
    reden: voorstel.motivering,
    voorgesteldDoor: s.beoordelaar,
  };
  const besluit = { ...opgeslagen, op: goed.toISOString(), goedgekeurdDoor: s.beheer[0].sub };
  return keurToekenningGoed(r, afspraak, c(s.beheer[0], goed), {
    toekenningsvoorstel: undefined,
    besluit,
  });
}

/** §5: both signatures of the addendum; the voorschot afspraak of §6 goes on the case. */
async function addendum(r0: AanvraagRecord, s: Spelers): Promise<AanvraagRecord> {
  const jaar = r0.jaar;
  const op1 = amsterdam(jaar, 3, 18, 10, 0);
  const velden = { addendumAanbieder: { door: s.aanbieder.sub, op: op1.toISOString() } };
  zeker(
    await schrijfTransactie(
      [wijzigAanvraag(r0, r0.versie, velden)],
      {
        gebeurtenis: "addendum_handtekening",
        onderwerp: aanvraagPk(r0.id),
        betrokken: r0,
        na: velden,
      },
      c(s.aanbieder, op1),
    ),
    "handtekening aanbieder",
  );
  const r = { ...r0, versie: r0.versie + 1, overig: { ...r0.overig, ...velden } } as AanvraagRecord;
  const op = amsterdam(jaar, 3, 20, 12, 0);
  const pct = parametersVoor(jaar).voorschotpercentage.toString();
  const voorschot = voorschotAfspraak(r, `${jaar}-03-20`, pct);
  return tekenAddendum(
    r,
    { addendumZorgkantoor: { door: s.beheer[0].sub, op: op.toISOString() }, voorschot },
    c(s.beheer[0], op),
  );
}

/** Builds one planned case up to its end state (the money steps after the addendum are jobs). */
export async function bouwZaak(
  z: GeplandeZaak,
  a: AanbiederInvoer,
  s: Spelers,
  i: number,
): Promise<AanvraagRecord> {
  const t = z.jaar - 1;
  const dag = 1 + (i % 14);
  const scope = { aanbiederId: z.aanbiederId, zorgkantoorId: z.zorgkantoorId, jaar: z.jaar };
  const start = amsterdam(t, 10, dag, 10, 0);
  let r = zeker(await maakConcept(scope, c(s.aanbieder, start)), "concept");
  const doc = await document(
    r,
    { soort: "kwaliteitsplan", naam: `Kwaliteitsplan ${z.jaar}.pdf` },
    z.echtePdf,
    c(s.aanbieder, start),
  );
  r = zeker(
    await wijzigInhoud(r, r.versie, inhoudVan(a, doc.id, z), c(s.aanbieder, start)),
    "inhoud",
  );
  if (z.eindstand === "concept") return r;
  // Seed content built to pass §4.2 (its checks run in the indiening scenario's own tests).
  const ingediend = c(s.aanbieder, amsterdam(t, 10, 15, 16, 0));
  r = zeker(await dienIn(r, r.versie, ingediend, { bevindingen: [] }), "indienen");
  if (z.eindstand === "ingediend") return r;
  r = await neemInBehandeling(r, c(s.beoordelaar, amsterdam(t, 10, 21, 9, 0)));
  if (z.eindstand === "in_beoordeling") return r;
  if (z.eindstand === "aanvulling_gevraagd") {
    const reden = "Graag de loonkosten per fte toelichten (landelijke dataset).";
    return zeker(
      await voerOvergangUit(
        r,
        r.versie,
        "aanvullingVragen",
        c(s.beoordelaar, amsterdam(t, 11, 20, 9, 0)),
        {
          velden: { toekenningsvoorstel: undefined, aanvullingReden: reden },
          reden,
        },
      ),
      "aanvulling",
    );
  }
  if (z.eindstand === "afgewezen") {
    const op = amsterdam(z.jaar, 2, 5, 11, 0);
    const motivering = "Het kwaliteitsplan onderbouwt de extra inzet niet (landelijke dataset).";
    const nul = new Decimal(0);
    const voorstel = {
      besluit: "afwijzen" as const,
      personeel: nul,
      overige: nul,
      compensatie: nul,
      motivering,
    };
    const aangevraagd = {
      personeel: new Decimal(z.fte * 85_000),
      overige: new Decimal(150_000),
      overigeRegels: [],
    };
    return zeker(
      await voerOvergangUit(r, r.versie, "afwijzen", c(s.beoordelaar, op), {
        velden: {
          besluit: besluitOpslag(voorstel, aangevraagd, op),
          toekenningsvoorstel: undefined,
        },
        reden: motivering,
      }),
      "afwijzen",
    );
  }
  r = await toekennen(r, z, s, i);
  if (z.eindstand === "goedgekeurd") return r;
  return addendum(r, s);
}
