// docs/regels.md §15 in the demo (lokaal/demo.ts): the money trail after the vaststelling, on cases of
// 2019 — the year before the demo clock (12-05-2020), whose nacalculatie is decided in the spring
// of 2020, so every §15.4 outcome is visible on the demo's "now" [demo choice]:
// - Maasduinen (VGZ): nabetaling paid — its batch proposed by one and released by the other
//   VGZ beheer user in April 2020: afgewikkeld.
// - De Waal (VGZ): both overige lines not conform → a terugvordering, open, due 30 days later.
// - De Schelde (CZ): nabetaling ordered in May 2020, not yet in a batch (open).
// - De Biesbosch (CZ): a negative saldo offset against its open 2020 voorschot (an agreed 2020
//   case at CZ whose voorschotten run), so no vordering.
// The 2019 cases are built as De Linde's 2020 case (demozaken.ts), their voorschotten of 2019
// released month by month by the zorgkantoor's two beheer users; the year report, the accountant's
// report and the judgement of the overige lines go through the data layer, the vaststelling
// (proposal and approval by two users) through the handlers' own operations. Every step looks at
// what is there, so a second run does nothing twice; a step dated after `nu` waits.
// Kept away from Zilveren Kruis, whose facts the simulated reminder year checks (test/…/demojaar).
import { Logger } from "@aws-lambda-powertools/logger";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import {
  betaalbatchesVanMaand,
  geefBetaalbatchVrij,
  stelBetaalbatchVoor,
} from "#functions/data/betaalbatches.js";
import { betaalopdrachtenVanMaand } from "#functions/data/betaalopdrachten.js";
import { documentenVanAanvraag } from "#functions/data/documenten.js";
import { leesKader, stelKaderIn } from "#functions/data/kaders.js";
import { leesLidmaatschappen } from "#functions/data/lidmaatschappen.js";
import { dienRealisatieIn, leesRealisaties } from "#functions/data/realisaties.js";
import type { Actor } from "#functions/data/transactie.js";
import { AanvraagParamsSchema } from "#functions/lib/padschemas.js";
import type { Gebruiker } from "#functions/lib/verzoek.js";
import { overigeBeoordelen } from "#functions/nacalculatie/overigeBeoordelen.js";
import {
  GoedkeuringBodySchema,
  OverigeBodySchema,
  VoorstelBodySchema,
} from "#functions/nacalculatie/schemas.js";
import { vaststellingGoedkeuren } from "#functions/nacalculatie/vaststellingGoedkeuren.js";
import { vaststellingVoorstellen } from "#functions/nacalculatie/vaststellingVoorstellen.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { KADERS_2019 } from "./demodata.js";
import { afgesprokenZaak, c, type DemoActoren, pdfDocument, SYSTEEM, zeker } from "./demozaken.js";

export const GELDJAAR = 2019;

export type Geldstand = "afgewikkeld" | "terugvordering" | "nabetaling" | "verrekening";

interface Geldzaak {
  stand: Geldstand;
  aanbiederId: string;
  zorgkantoorId: string;
  /** §9.2: false = both overige lines not spent as agreed (a negative saldo). */
  conform: boolean;
  /** First and second signature of the vaststelling (§9.3, four eyes). */
  voorstel: Date;
  goedkeuring: Date;
}

export const GELDZAKEN: readonly Geldzaak[] = [
  {
    stand: "afgewikkeld",
    aanbiederId: "aanb-maasduinen",
    zorgkantoorId: "zk-vgz",
    conform: true,
    voorstel: amsterdam(2020, 4, 6, 10, 0),
    goedkeuring: amsterdam(2020, 4, 7, 11, 0),
  },
  {
    stand: "terugvordering",
    aanbiederId: "aanb-de-waal",
    zorgkantoorId: "zk-vgz",
    conform: false,
    voorstel: amsterdam(2020, 4, 20, 10, 0),
    goedkeuring: amsterdam(2020, 4, 21, 11, 0),
  },
  {
    stand: "nabetaling",
    aanbiederId: "aanb-de-schelde",
    zorgkantoorId: "zk-cz",
    conform: true,
    voorstel: amsterdam(2020, 5, 4, 10, 0),
    goedkeuring: amsterdam(2020, 5, 5, 11, 0),
  },
  {
    stand: "verrekening",
    aanbiederId: "aanb-de-biesbosch",
    zorgkantoorId: "zk-cz",
    conform: false,
    voorstel: amsterdam(2020, 5, 6, 10, 0),
    goedkeuring: amsterdam(2020, 5, 7, 11, 0),
  },
];

/** The nabetaling of the afgewikkeld case is paid in a batch of its decision's month. */
const NABETALING_BATCH = {
  voorstel: amsterdam(2020, 4, 14, 10, 0),
  vrijgave: amsterdam(2020, 4, 15, 9, 0),
};

/** §13 E: the year report's figures (stored form; every figure, §15.6). */
export const JAARVERSLAG = {
  svLoon: { basis: "6000000.00", jaar: "7056000.00" },
  svDagen: { basis: 50000, jaar: 56000 },
  werkgeverslasten: "2116800.00",
  inhuur: { basis: "200000.00", jaar: "260000.00" },
  omzet: { basis: "9000000.00", jaar: "9300000.00" },
  clientdagen: {
    basis: { VV4: 7300, VV5: 14600, VV6: 10950, VV7: 3650, VV8: 0, VV9b: 0, VV10: 0 },
    jaar: { VV4: 5475, VV5: 14600, VV6: 12775, VV7: 4380, VV8: 0, VV9b: 0, VV10: 0 },
  },
};

/**
 * §7, §15.1: the realised overige per line in the year report — §13 E's 55.000 and 95.000, or
 * 1.000 per line for a case whose overige the zorgkantoor judges not conform.
 */
const overigeVan = (z: Geldzaak) =>
  ["o1", "o2"].map((regelId) => ({
    regelId,
    gerealiseerd: !z.conform ? "1000.00" : regelId === "o1" ? "55000.00" : "95000.00",
  }));

/** Per zorgkantoor its two beheer users: the first proposes, the second approves. */
export type Beheerders = Record<string, readonly [Actor, Actor]>;

const stil = new Logger({ serviceName: "demodata", logLevel: "SILENT" });

/** A request as the middleware makes it, for calling a handler's operation in-process. */
export async function verzoek<P, B>(wie: Actor, nu: Date, params: P, body: B) {
  const gebruiker: Gebruiker = {
    sub: wie.sub,
    email: null,
    lidmaatschappen: await leesLidmaatschappen(wie.sub),
  };
  return {
    params,
    body,
    query: undefined,
    gebruiker,
    headers: {},
    nu,
    correlatieId: `demodata-${nu.toISOString()}`,
    logger: stil,
  };
}

export async function kaders2019(): Promise<void> {
  const landelijk = parametersVoor(GELDJAAR).landelijkBudget;
  for (const [zk, bedrag] of Object.entries(KADERS_2019))
    if (!(await leesKader(zk, GELDJAAR)))
      zeker(
        await stelKaderIn(
          zk,
          GELDJAAR,
          new Decimal(bedrag),
          landelijk,
          c(SYSTEEM, amsterdam(2018, 10, 1, 9, 0)),
        ),
        `kader ${zk} ${GELDJAAR}`,
      );
}

/** §6, §15.3: each month of 2019 paid in one batch, proposed by one and released by the other. */
async function betaalVoorschotten(zorgkantoorId: string, [een, twee]: readonly [Actor, Actor]) {
  for (let maand = 3; maand <= 12; maand++) {
    const dag = maand === 3 ? 25 : 5;
    let [batch] = await betaalbatchesVanMaand(zorgkantoorId, GELDJAAR, maand);
    if (!batch) {
      const opdrachten = await betaalopdrachtenVanMaand(zorgkantoorId, GELDJAAR, maand);
      const op = amsterdam(GELDJAAR, maand, dag, 10, 0);
      batch = zeker(
        await stelBetaalbatchVoor(zorgkantoorId, GELDJAAR, maand, 1, opdrachten, c(een, op)),
        `batch ${zorgkantoorId} ${maand}`,
      );
    }
    if (batch.status === "voorgesteld") {
      const op = amsterdam(GELDJAAR, maand, dag + 1, 9, 0);
      zeker(await geefBetaalbatchVrij(batch, batch.versie, c(twee, op)), `vrijgave ${maand}`);
    }
  }
}

/** §7, §9: the year report, the accountant's report and the overige judged, each once. */
async function nacalculatie(r0: AanvraagRecord, z: Geldzaak, beheer: Actor): Promise<void> {
  const aanbieder: Actor = { sub: `demo-${z.aanbiederId}`, rol: "aanbieder" };
  const ingediend = amsterdam(2020, 3, 2, 14, 0);
  if (!(await leesRealisaties(r0.id)).some((x) => x.soort === "jaarverslag"))
    zeker(
      await dienRealisatieIn(
        r0,
        {
          jaar: GELDJAAR,
          soort: "jaarverslag",
          nummer: 1,
          inhoud: { ...JAARVERSLAG, overige: overigeVan(z) },
        },
        c(aanbieder, ingediend),
      ),
      "jaarverslag",
    );
  if (!(await documentenVanAanvraag(r0.id)).some((d) => d.soort === "accountantsrapport"))
    await pdfDocument(
      r0,
      { soort: "accountantsrapport", naam: "Rapport van feitelijke bevindingen 2019.pdf" },
      c(aanbieder, ingediend),
    );
  const r = (await leesAanvraag(r0.id))!;
  if (r.overig.nacalculatieOverige) return;
  const regels = ["o1", "o2"].map((id) =>
    z.conform
      ? { id, conform: true }
      : {
          id,
          conform: false,
          reden: "niet besteed zoals in het kwaliteitsplan afgesproken (demotekst)",
        },
  );
  const op = amsterdam(2020, 3, 30, 15, 0);
  await overigeBeoordelen(
    await verzoek(
      beheer,
      op,
      AanvraagParamsSchema.parse({ aanvraagId: r.id }),
      OverigeBodySchema.parse({ versie: r.versie, regels }),
    ),
  );
}

/** §9.3 with four eyes: proposed by the first, approved by the second beheer user. */
async function stelVast(id: string, z: Geldzaak, [een, twee]: readonly [Actor, Actor]) {
  const params = AanvraagParamsSchema.parse({ aanvraagId: id });
  let r = (await leesAanvraag(id))!;
  if (r.overig.vaststelling) return;
  if (!r.overig.vaststellingsvoorstel) {
    const body = VoorstelBodySchema.parse({ versie: r.versie });
    await vaststellingVoorstellen(await verzoek(een, z.voorstel, params, body));
    r = (await leesAanvraag(id))!;
  }
  const body = GoedkeuringBodySchema.parse({ versie: r.versie });
  await vaststellingGoedkeuren(await verzoek(twee, z.goedkeuring, params, body));
}

/** §15.3: the afgewikkeld case's nabetaling, paid in a batch of April 2020 (four eyes). */
async function betaalNabetaling(zorgkantoorId: string, [een, twee]: readonly [Actor, Actor]) {
  const maand = 4;
  let [batch] = await betaalbatchesVanMaand(zorgkantoorId, 2020, maand);
  if (!batch) {
    const opdrachten = await betaalopdrachtenVanMaand(zorgkantoorId, 2020, maand);
    batch = zeker(
      await stelBetaalbatchVoor(
        zorgkantoorId,
        2020,
        maand,
        1,
        opdrachten,
        c(een, NABETALING_BATCH.voorstel),
      ),
      "batch nabetaling",
    );
  }
  if (batch.status === "voorgesteld")
    zeker(
      await geefBetaalbatchVrij(batch, batch.versie, c(twee, NABETALING_BATCH.vrijgave)),
      "vrijgave nabetaling",
    );
}

export interface Geldzaken {
  /** The 2019 case per §15.4 outcome. */
  zaken: Record<Geldstand, string>;
  /** De Biesbosch's agreed 2020 case, whose open voorschot the offset settles. */
  verrekendMet: string;
}

/** The §15 demo cases, as far as `nu` reaches (idempotent). */
export async function bouwGeldzaken(
  actoren: Omit<DemoActoren, "beheer">,
  beheerders: Beheerders,
  nu: Date,
): Promise<Geldzaken> {
  await kaders2019();
  const zaken: Partial<Record<Geldstand, string>> = {};
  const bij = (z: Geldzaak) => ({ ...actoren, beheer: beheerders[z.zorgkantoorId]![0] });
  for (const z of GELDZAKEN) {
    const k = { jaar: GELDJAAR, zorgkantoorId: z.zorgkantoorId };
    zaken[z.stand] = (await afgesprokenZaak(z.aanbiederId, bij(z), k, nu)).id;
  }
  // The offset needs an open voorschot of another year: De Biesbosch's 2020 case.
  const biesbosch = GELDZAKEN.find((z) => z.stand === "verrekening")!;
  const k2020 = { jaar: 2020, zorgkantoorId: biesbosch.zorgkantoorId };
  const verrekendMet = (await afgesprokenZaak(biesbosch.aanbiederId, bij(biesbosch), k2020, nu)).id;
  for (const zk of new Set(GELDZAKEN.map((z) => z.zorgkantoorId)))
    await betaalVoorschotten(zk, beheerders[zk]!);
  for (const z of GELDZAKEN) {
    if (z.goedkeuring > nu) continue;
    const paar = beheerders[z.zorgkantoorId]!;
    const r = (await leesAanvraag(zaken[z.stand]!))!;
    await nacalculatie(r, z, paar[0]);
    await stelVast(r.id, z, paar);
    if (z.stand === "afgewikkeld" && NABETALING_BATCH.vrijgave <= nu)
      await betaalNabetaling(z.zorgkantoorId, paar);
  }
  return { zaken: zaken as Record<Geldstand, string>, verrekendMet };
}
