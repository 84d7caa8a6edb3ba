// The year walk of jaar.test.ts as reusable steps, for the walks that go on past the vaststelling
// to afgewikkeld along another road (§15.4: terugvordering, verrekening). Every step is an HTTP
// request as the users make it, with the portal clock (x-kb-klok) at the step's date
// (Europe/Amsterdam); the §13 A agreement (1.024.000,00 incl. 24.000,00 compensatie, voorschot
// 75 %) and the §13 E year report. The steps the money trail does not depend on (aanvulling,
// realisatie windows, herschikking) are jaar.test.ts's and are not repeated here.
import { expect } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import type { Gateway } from "#lokaal/gateway.js";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { kleinePdf, uploadViaFormulier } from "../documenten/hulp.js";
import { uniek, volledigeInhoud, zorgVoorPartijen } from "../fixture/index.js";
import {
  type Antwoord,
  gebruiker,
  startApi,
  type TestGebruiker,
  type Verzoekopties,
  vraag,
} from "../http/api.js";
import { JAARVERSLAG_E } from "../nacalculatie/opzet.js";
import { download, pdfTekst } from "../rapportage/opzet.js";

export const winter = (dag: string) => `${dag}T10:00:00+01:00`;
export const zomer = (dag: string) => `${dag}T10:00:00+02:00`;

/** §13 A's begroting for `jaar`: 10 fte × 85.000 personeel; scholing as given, technologie 90.000. */
export function inhoud(jaar: number, scholing = "60000.00"): AanvraagInvoer {
  const v = volledigeInhoud(jaar);
  const b = v.begroting![0]!;
  const smart = b.overige![0]!.smart!;
  return {
    ...v,
    begroting: [
      {
        jaar,
        personeel: [
          {
            id: "p1",
            soort: "loondienst",
            functiegroep: "verzorgende",
            locatie: "loc-1",
            fte: "10.00",
            ingangsmaand: 1,
            loonkostenPerFte: { direct: "60000.00", indirect: "12500.00", premies: "12500.00" },
          },
        ],
        overige: [
          { ...b.overige![0]!, id: "o1", bedrag: scholing },
          {
            id: "o2",
            categorie: "technologie",
            omschrijving: "Leefcirkels",
            locatie: "loc-1",
            smart: { ...smart, specifiekDoel: "Leefcirkels op alle afdelingen" },
            bedrag: "90000.00",
          },
        ],
      },
    ],
  };
}

/** §13 A: the mei realisatie of the year walks. */
export const MEI = {
  personeel: [{ regelId: "p1", extraFte: "8.5", kostenTotNu: "250000.00" }],
  overige: [
    { regelId: "o1", uitgavenTotNu: "20000.00" },
    { regelId: "o2", uitgavenTotNu: "40000.00" },
  ],
};
/** Jan–Sep at the agreed pace: × 12/9 gives 850.000 + 60.000 + 90.000 = the agreement. */
export const OKTOBER = {
  personeel: [{ regelId: "p1", extraFte: "10.0", kostenTotNu: "637500.00" }],
  overige: [
    { regelId: "o1", uitgavenTotNu: "45000.00" },
    { regelId: "o2", uitgavenTotNu: "67500.00" },
  ],
};

export type Wandeling = Awaited<ReturnType<typeof wandeling>>;

/** The gateway, one aanbieder and zorgkantoor of their own, and their users (jaar.test.ts too). */
export async function wandeling(naam: string) {
  const gw: Gateway = await startApi();
  const scope = { aanbiederId: uniek(`aanbieder-${naam}`), zorgkantoorId: uniek(`zk-${naam}`) };
  await zorgVoorPartijen(scope);
  const [aanbieder, beoordelaar, beheer1, beheer2, landelijk] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "landelijk-beheer" }]),
  ]);

  const als = (wie: TestGebruiker, pad: string, op: string, o: Verzoekopties = {}) =>
    vraag(gw, pad, { ...o, token: wie.idToken, headers: { "x-kb-klok": op, ...o.headers } });
  const post = (wie: TestGebruiker, pad: string, op: string, body?: unknown) =>
    als(wie, pad, op, { methode: "POST", body });
  const put = (wie: TestGebruiker, pad: string, op: string, body: unknown) =>
    als(wie, pad, op, { methode: "PUT", body });
  const versie = async (id: string) => (await leesAanvraag(id))!.versie;
  const gelukt = (r: Antwoord, status = 200) =>
    expect(r.status, JSON.stringify(r.body)).toBe(status);

  async function upload(id: string, soort: string, bestand: string, op: string) {
    const pdf = kleinePdf(bestand);
    const a = await post(aanbieder, `/api/aanvragen/${id}/documenten`, op, {
      soort,
      bestandsnaam: bestand,
      grootte: pdf.length,
      contentType: "application/pdf",
    });
    gelukt(a, 201);
    const { document, upload: u } = a.body as {
      document: { id: string };
      upload: { url: string; velden: Record<string, string> };
    };
    await uploadViaFormulier(u as never, pdf, bestand);
    const bevestigd = await post(
      aanbieder,
      `/api/aanvragen/${id}/documenten/${document.id}/bevestiging`,
      op,
    );
    gelukt(bevestigd);
    expect(bevestigd.body).toMatchObject({
      status: "geaccepteerd",
      contentType: "application/pdf",
    });
  }

  /** §4–§5: kader, submission with the plan (15-10), toekenning with four eyes, addendum. */
  async function totAfspraak(jaar: number): Promise<string> {
    const t = jaar - 1;
    gelukt(
      await put(landelijk, `/api/kaders/${jaar}/${scope.zorgkantoorId}`, winter(`${t}-10-01`), {
        bedrag: "1024000.00",
      }),
    );
    const op = zomer(`${t}-10-15`);
    const gemaakt = await post(aanbieder, "/api/aanvragen", op, { ...scope, jaar });
    gelukt(gemaakt, 201);
    const id = gemaakt.body!.id as string;
    const zaak = `/api/aanvragen/${id}`;
    gelukt(await put(aanbieder, `${zaak}/inhoud`, op, { versie: 1, inhoud: inhoud(jaar) }));
    await upload(id, "kwaliteitsplan", `Kwaliteitsplan ${jaar}.pdf`, op);
    gelukt(await post(aanbieder, `${zaak}/indiening`, op, { versie: await versie(id) }));
    const feb = winter(`${jaar}-02-10`);
    gelukt(await post(beoordelaar, `${zaak}/in-behandeling`, feb, { versie: await versie(id) }));
    const toekenning = await post(beoordelaar, `${zaak}/toekenning`, feb, {
      versie: await versie(id),
      personeel: "850000.00",
      overige: "150000.00",
      compensatie: "24000.00",
      motivering: "Toegekend zoals aangevraagd, met de compensatiecomponent.",
    });
    gelukt(toekenning, 201);
    gelukt(
      await post(beheer1, `${zaak}/toekenning/goedkeuring`, winter(`${jaar}-02-12`), {
        versie: await versie(id),
      }),
    );
    for (const [wie, dag] of [
      [aanbieder, "18"],
      [beheer2, "20"],
    ] as const)
      gelukt(
        await post(wie, `${zaak}/addendum/handtekening`, winter(`${jaar}-03-${dag}`), {
          versie: await versie(id),
        }),
      );
    return id;
  }

  /** §6: the monthly run orders; with `vrijgeven` a batch with four eyes pays it (§15.3). */
  async function maandrun(jaar: number, maand: number, op: string, vrijgeven = true) {
    const r = await post(
      beheer1,
      `/api/zorgkantoren/${scope.zorgkantoorId}/voorschot/maandrun`,
      op,
      {
        jaar,
        maand,
      },
    );
    gelukt(r);
    const totaal = r.body!.totaalAangemaakt as string;
    if (!vrijgeven || totaal === "0.00") return totaal;
    const m = `${jaar}-${String(maand).padStart(2, "0")}`;
    await batch(m, op, totaal);
    return totaal;
  }

  /** A batch of month `m` proposed by beheer1 and released by beheer2, of `totaal`. */
  async function batch(m: string, op: string, totaal: string) {
    const pad = `/api/zorgkantoren/${scope.zorgkantoorId}/betaalopdrachten/${m}/batches`;
    const b = await post(beheer1, pad, op);
    gelukt(b, 201);
    expect(b.body).toMatchObject({ totaal, status: "voorgesteld" });
    gelukt(
      await post(beheer2, `${pad}/${b.body!.nummer}/vrijgave`, op, { versie: b.body!.versie }),
    );
  }

  /**
   * §7, §9: the year report (01-02), the overige lines — both judged not conform, so the overige
   * are 0 and 768.000,00 paid is 20.081,92 too much (vastgesteld 747.918,08) — the accountant's
   * report, and the vaststelling proposed by beheer1 and approved by beheer2 on 15-05.
   */
  async function stelVastMetTeVeelBetaald(id: string, jaar: number) {
    const zaak = `/api/aanvragen/${id}`;
    gelukt(
      await put(aanbieder, `${zaak}/jaarverslag`, winter(`${jaar + 1}-02-01`), {
        verslag: JAARVERSLAG_E,
        vorigeVersie: 0,
      }),
      201,
    );
    gelukt(
      await put(beoordelaar, `${zaak}/nacalculatie/overige`, winter(`${jaar + 1}-02-15`), {
        versie: await versie(id),
        regels: ["o1", "o2"].map((o) => ({
          id: o,
          conform: false,
          reden: "niet besteed zoals in het kwaliteitsplan afgesproken",
        })),
      }),
    );
    await upload(id, "rapport_feitelijke_bevindingen", "Rapport.pdf", zomer(`${jaar + 1}-04-20`));
    const op = zomer(`${jaar + 1}-05-15`);
    gelukt(
      await post(beheer1, `${zaak}/vaststelling/voorstel`, op, { versie: await versie(id) }),
      201,
    );
    const r = await post(beheer2, `${zaak}/vaststelling/goedkeuring`, op, {
      versie: await versie(id),
    });
    gelukt(r);
    return r.body!.vaststelling as Record<string, string>;
  }

  /** The nacalculatie's `afwikkeling` as the aanbieder reads it at `op`. */
  const afwikkeling = async (id: string, op: string) => {
    const r = await als(aanbieder, `/api/aanvragen/${id}/nacalculatie`, op);
    gelukt(r);
    return r.body!.afwikkeling as Record<string, unknown>;
  };

  /** The text of the vaststellingsbrief (PDF) as the aanbieder downloads it at `op`. */
  async function brief(id: string, op: string): Promise<string> {
    const r = await fetch(new URL(`/api/aanvragen/${id}/pdf/vaststelling`, gw.url), {
      headers: { authorization: `Bearer ${aanbieder.idToken}`, "x-kb-klok": op },
    });
    expect(r.status).toBe(200);
    return (await pdfTekst(Buffer.from(await r.arrayBuffer()))).tekst;
  }

  return {
    gw,
    scope,
    aanbieder,
    beoordelaar,
    beheer1,
    beheer2,
    landelijk,
    als,
    post,
    put,
    versie,
    upload,
    totAfspraak,
    maandrun,
    batch,
    stelVastMetTeVeelBetaald,
    afwikkeling,
    brief,
    download: (pad: string) => download(gw, pad, aanbieder.idToken),
  };
}
