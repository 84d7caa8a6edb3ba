// Authorisation-matrix examples for the realisatie routes (see ../voorbeelden.ts). The matrix
// runs on the real clock, long after the 2020 windows closed, so each example that enters a
// realisatie first reopens its window for the tenant's agreed case (data layer, §3.2), and
// states the latest version as read just before the request.
import { leesAanvraag } from "#functions/data/aanvragen.js";
import {
  dienRealisatieIn,
  heropenVenster,
  leesHeropeningen,
  leesRealisaties,
  type RealisatieSoort,
} from "#functions/data/realisaties.js";
import type { Actor } from "#functions/data/transactie.js";
import { afgesprokenBegroting } from "#functions/realisatie/afspraak.js";
import { Decimal } from "#shared/geld/decimal.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { realisatie } from "#shared/realisatie/berekening.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../../fixture/index.js";
import type { Voorbeelden } from "../matrix.js";
import { zaakVan } from "./voorschot.js";

const DAG = 24 * 60 * 60 * 1000;
const beheer: Actor = { sub: "matrix-beheer", rol: "zorgkantoor-beheer" };
const ctx = (wie: Actor) => ({ wie, nu: new Date(), correlatieId: uniek("matrix") });

const MEI = {
  personeel: [{ regelId: "p1", extraFte: "8.5", kostenTotNu: "250000.00" }],
  overige: [{ regelId: "o1", uitgavenTotNu: "20000.00" }],
};

/**
 * The tenant's case with `soort` reopened until tomorrow, and its latest version of `soort` —
 * only for the role that can succeed; the others are refused by role or token before any read.
 */
async function open(scope: Zaakscope, soort: RealisatieSoort, beller: string) {
  const zaak = await zaakVan(scope);
  if (beller !== "aanbieder") return { zaak, laatste: 0 };
  const bestaande = (await leesHeropeningen(zaak.id)).find((h) => h.soort === soort);
  const r = await heropenVenster(
    zaak,
    { jaar: zaak.jaar, soort, tot: new Date(Date.now() + DAG), reden: "autorisatiematrix" },
    bestaande,
    ctx(beheer),
  );
  if (!r.ok) throw new Error(r.weigering.melding);
  const laatste = (await leesRealisaties(zaak.id))
    .filter((x) => x.soort === soort)
    .reduce((n, x) => Math.max(n, x.nummer), 0);
  return { zaak, laatste };
}

export const REALISATIE_VOORBEELDEN: Partial<Voorbeelden> = {
  realisatieoverzicht: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/realisaties`,
    }),
  },
  realisatieIndienen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const o = await open(zaak, "mei", beller);
      return {
        pad: `/api/aanvragen/${o.zaak.id}/realisaties/mei`,
        body: { ...MEI, vorigeVersie: o.laatste },
      };
    },
  },
  jaarverslagIndienen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const o = await open(zaak, "jaarverslag", beller);
      return {
        pad: `/api/aanvragen/${o.zaak.id}/jaarverslag`,
        body: {
          verslag: {
            svLoon: { basis: "6000000.00", jaar: "7056000.00" },
            svDagen: { basis: 50000, jaar: 56000 },
            werkgeverslasten: "2116800.00",
            inhuur: { basis: "200000.00", jaar: "260000.00" },
            omzet: { basis: "9000000.00", jaar: "9300000.00" },
            clientdagen: {
              basis: { VV4: 7300, VV5: 0, VV6: 0, VV7: 0, VV8: 0, VV9b: 0, VV10: 0 },
              jaar: { VV4: 7300, VV5: 0, VV6: 0, VV7: 0, VV8: 0, VV9b: 0, VV10: 0 },
            },
            overige: [
              { regelId: "o1", gerealiseerd: "55000.00" },
              { regelId: "o2", gerealiseerd: "95000.00" },
            ],
          },
          vorigeVersie: o.laatste,
        },
      };
    },
  },
  vensterHeropenen: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/vensters/juli/heropening`,
      body: {
        reden: "autorisatiematrix",
        uiterlijk: dagTekst(dagVan(new Date(Date.now() + 7 * DAG))),
      },
    }),
  },
  realisatieBevestigen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const z = await zaakVan(zaak);
      if (beller !== "zorgkantoor-beheer")
        return {
          pad: `/api/aanvragen/${z.id}/realisaties/oktober/bevestiging`,
          body: { realisatieVersie: 1 },
        };
      const nummer =
        (await leesRealisaties(z.id))
          .filter((x) => x.soort === "oktober")
          .reduce((n, x) => Math.max(n, x.nummer), 0) + 1;
      // The case as stored now: its realisatie summary is guarded as read. With its calculation,
      // as the realisatie route stores it (the financial overview reads it).
      const zaakNu = (await leesAanvraag(z.id))!;
      const b = realisatie.bereken({
        afspraak: await afgesprokenBegroting(zaakNu),
        rapport: {
          jaar: z.jaar,
          venster: "oktober",
          personeel: MEI.personeel.map((p) => ({
            regelId: p.regelId,
            extraFte: new Decimal(p.extraFte),
            kostenTotNu: new Decimal(p.kostenTotNu),
          })),
          overige: MEI.overige.map((o) => ({
            regelId: o.regelId,
            uitgavenTotNu: new Decimal(o.uitgavenTotNu),
          })),
        },
      });
      if (!b.ok) throw new Error(b.fout.melding);
      const r = await dienRealisatieIn(
        zaakNu,
        { jaar: z.jaar, soort: "oktober", nummer, inhoud: MEI, berekening: b.waarde },
        ctx({ sub: "matrix-aanbieder", rol: "aanbieder" }),
      );
      if (!r.ok) throw new Error(r.weigering.melding);
      return {
        pad: `/api/aanvragen/${z.id}/realisaties/oktober/bevestiging`,
        body: { realisatieVersie: nummer },
      };
    },
  },
};
