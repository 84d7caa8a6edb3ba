// National-scale issue: the money of the national dataset, in the order it happens. The monthly
// voorschot run (functions/voorschot/maandrun.ts, the job itself) for every month that has begun
// by "now", each month's orders paid in batches of at most 45 (proposed by one beheer user,
// released by the other: §1 four eyes, the ledger's "paid"), and in May 2020 the nacalculatie of
// 2019 — year report, accountant's report, overige judged, vaststelling by two users through the
// handlers' own operations — before that month's batches, so a negative saldo is offset against
// the open May voorschot (§15.4) and a nabetaling is paid in May's batch. The ledger entries and
// the running balances are written by the same code paths the portal uses, so they reconcile.
import { Logger } from "@aws-lambda-powertools/logger";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import { betaalbatchesVanMaand, leesBetaalbatch } from "#functions/data/betaalbatches.js";
import { leesLidmaatschappen } from "#functions/data/lidmaatschappen.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
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
import { betaalbatchVoorstellen } from "#functions/voorschot/betaalbatchVoorstellen.js";
import { betaalbatchVrijgeven } from "#functions/voorschot/betaalbatchVrijgeven.js";
import { voerMaandrunUit } from "#functions/voorschot/maandrun.js";
import { BatchParamsSchema, MaandParamsSchema } from "#functions/voorschot/schemas.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { JAARVERSLAG } from "../demogeld.js";
import { c, SYSTEEM, zeker } from "../demozaken.js";
import type { GeplandeZaak } from "./plan.js";
import { document, type Spelers } from "./zaken.js";

const stil = new Logger({ serviceName: "landelijk", logLevel: "SILENT" });
const lidmaatschappen = new Map<string, Awaited<ReturnType<typeof leesLidmaatschappen>>>();

/** A request as the middleware makes it, for calling a handler's operation in-process. */
export async function verzoek<P, B>(wie: Actor, nu: Date, params: P, body: B) {
  let lid = lidmaatschappen.get(wie.sub);
  if (!lid) {
    lid = await leesLidmaatschappen(wie.sub);
    lidmaatschappen.set(wie.sub, lid);
  }
  const gebruiker: Gebruiker = { sub: wie.sub, email: null, lidmaatschappen: lid };
  return {
    params,
    body,
    query: undefined,
    gebruiker,
    headers: {},
    nu,
    correlatieId: `landelijk-${nu.toISOString()}`,
    logger: stil,
  };
}

/** Runs `werk` over `xs` with at most `n` at once; the first error stops the whole. */
export async function parallel<T>(
  xs: readonly T[],
  n: number,
  werk: (x: T, i: number) => Promise<void>,
): Promise<void> {
  let volgende = 0;
  const werker = async () => {
    while (volgende < xs.length) {
      const i = volgende++;
      await werk(xs[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, xs.length) }, werker));
}

/** §1, §6: every order of the month in batches of ≤ 45, each proposed and released (four eyes). */
export async function betaalMaand(
  zorgkantoorId: string,
  jaar: number,
  maand: number,
  [een, twee]: readonly [Actor, Actor],
  dag: number,
): Promise<number> {
  const tekst = maandTekst(jaar, maand);
  let aantal = 0;
  for (;;) {
    const batches = await betaalbatchesVanMaand(zorgkantoorId, jaar, maand);
    const op = amsterdam(jaar, maand, dag, 10, batches.length % 50);
    const params = MaandParamsSchema.parse({ zorgkantoorId, maand: tekst });
    try {
      await betaalbatchVoorstellen(await verzoek(een, op, params, undefined));
    } catch (e) {
      // No orders left outside a batch: the month is paid.
      if ((e as { code?: string }).code === "GEEN_OPEN_OPDRACHTEN") return aantal;
      throw e;
    }
    const nummer = batches.length + 1;
    const b = (await leesBetaalbatch(zorgkantoorId, jaar, maand, nummer))!;
    const vrij = amsterdam(jaar, maand, dag + 1, 9, batches.length % 50);
    const bp = BatchParamsSchema.parse({ zorgkantoorId, maand: tekst, nummer: String(nummer) });
    await betaalbatchVrijgeven(await verzoek(twee, vrij, bp, { versie: b.versie }));
    aantal++;
  }
}

/** §6: the job's run of (jaar, maand) over every zorgkantoor, on the first of the month 06:00. */
export async function maandrun(jaar: number, maand: number): Promise<number> {
  const nu = maand === 3 ? amsterdam(jaar, 3, 21, 6, 0) : amsterdam(jaar, maand, 1, 6, 0);
  const r = await voerMaandrunUit({
    jaar,
    maand,
    nu,
    wie: { sub: "voorschotjob", rol: "systeem" },
  });
  if (!r.ok) throw new Error(`maandrun ${jaar}-${maand}: ${r.fout.melding}`);
  const fouten = r.waarde.regels.filter((x) => x.uitkomst === "fout");
  if (fouten.length) throw new Error(`maandrun ${jaar}-${maand}: ${fouten[0]!.reden}`);
  return r.waarde.aantalAangemaakt;
}

/** §7, §9: year report (§13 E's figures), accountant's report, overige judged, vastgesteld. */
export async function stelVast(
  r: AanvraagRecord,
  z: GeplandeZaak,
  s: Spelers,
  i: number,
): Promise<void> {
  const ingediend = amsterdam(2020, 3, 2, 14, 0);
  await jaarverslag(r, z, s.aanbieder, ingediend);
  await document(
    r,
    { soort: "accountantsrapport", naam: "Rapport van feitelijke bevindingen 2019.pdf" },
    z.echtePdf,
    c(s.aanbieder, ingediend),
  );
  const params = AanvraagParamsSchema.parse({ aanvraagId: r.id });
  const regels = ["o1", "o2"].map((id) =>
    z.nietConform
      ? { id, conform: false, reden: "niet besteed zoals afgesproken (landelijke dataset)" }
      : { id, conform: true },
  );
  const [een, twee] = s.beheer;
  // Each handler answers the case's new versie; the next step states it.
  await overigeBeoordelen(
    await verzoek(
      een,
      amsterdam(2020, 3, 30, 15, 0),
      params,
      OverigeBodySchema.parse({ versie: await versieVan(r.id), regels }),
    ),
  );
  const v1 = await versieVan(r.id);
  const dag = 4 + (i % 3);
  await vaststellingVoorstellen(
    await verzoek(
      een,
      amsterdam(2020, 5, dag, 10, 0),
      params,
      VoorstelBodySchema.parse({ versie: v1 }),
    ),
  );
  await vaststellingGoedkeuren(
    await verzoek(
      twee,
      amsterdam(2020, 5, dag, 15, 0),
      params,
      GoedkeuringBodySchema.parse({ versie: await versieVan(r.id) }),
    ),
  );
}

/** The case's versie as the next step must state it (one consistent GetItem). */
async function versieVan(id: string): Promise<number> {
  const r = await leesAanvraag(id);
  if (!r) throw new Error(`Landelijk: aanvraag ${id} verdween`);
  return r.versie;
}

/** §7: the year report of the case's year with §13 E's figures and the overige per line. */
export async function jaarverslag(r: AanvraagRecord, z: GeplandeZaak, wie: Actor, op: Date) {
  const overige = ["o1", "o2"].map((regelId) => ({
    regelId,
    gerealiseerd: z.nietConform ? "1000.00" : regelId === "o1" ? "55000.00" : "95000.00",
  }));
  zeker(
    await dienRealisatieIn(
      r,
      { jaar: z.jaar, soort: "jaarverslag", nummer: 1, inhoud: { ...JAARVERSLAG, overige } },
      c(wie, op),
    ),
    "jaarverslag",
  );
}

export { SYSTEEM };
