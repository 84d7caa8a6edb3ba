// Authorisation-matrix examples for the nacalculatie routes (see ../voorbeelden.ts), docs/regels.md §9.
// Reading uses the tenant's shared agreed case; every example that changes a case gets a fresh
// agreed case of the tenant in a year of its own (one aanvraag per triple, §2) with what the
// request needs — only for the roles that can succeed; the others are refused before any read.

import { type AanvraagRecord, leesAanvraag, wijzigAanvraag } from "#functions/data/aanvragen.js";
import { legAfspraakVast } from "#functions/data/afspraken.js";
import { boekingActies } from "#functions/data/grootboek.js";
import { schrijfVerdelingsvoorstel } from "#functions/data/restantverdeling.js";
import { aanvraagPk, parametersPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import { afwikkelingVan } from "#functions/nacalculatie/afwikkeling.js";
import { herbereken } from "#functions/nacalculatie/herziening.js";
import { nacalculatieStand } from "#functions/nacalculatie/stand.js";
import {
  legVoorstelVast,
  uitkomstOfWeiger,
} from "#functions/nacalculatie/vaststellingVoorstellen.js";
import { Decimal } from "#shared/geld/decimal.js";
import { type Boeking, boekingSleutel } from "#shared/grootboek/boeking.js";
import { dagTekst, dagVan, plusDagen } from "#shared/kalender/tijd.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek, zaakIn } from "../../fixture/index.js";
import { nacalculatieZaak } from "../../nacalculatie/opzet.js";
import type { Voorbeelden } from "../matrix.js";
import { zaakVan } from "./voorschot.js";

let jaar = 2060;
// §15.7: the national round of a year with no agreed cases (so "all vastgesteld" holds, with 0
// allotments): years no other test makes cases in (the kwaliteitsbudget starts in 2019). Only
// landelijk-beheer's request (one per route) reaches the data; the others are refused first.
const RESTANT_VOORSTEL_JAAR = 2085;
const RESTANT_GOEDKEURING_JAAR = 2086;
const zorgkantoorRollen = ["beoordelaar", "zorgkantoor-beheer"];

async function vers(zaak: Zaakscope, beller: string, rollen: readonly string[]) {
  if (!rollen.includes(beller)) return (await zaakVan(zaak)).id;
  return (await nacalculatieZaak(jaar++, zaak)).id;
}

/**
 * §15.6: a case whose vaststelling is laid down (as vaststellingGoedkeuren does, through the data
 * layer, settlement included) and, with `voorstel`, a herziening without corrections proposed by
 * another user — what the herziening routes need.
 */
async function vastgesteld(id: string, voorstel: boolean): Promise<AanvraagRecord> {
  const r = (await leesAanvraag(id))!;
  const u = uitkomstOfWeiger(await nacalculatieStand(r));
  const nu = new Date();
  const schrijf = {
    wie: { sub: "matrix-beheer", rol: "zorgkantoor-beheer" as const },
    nu,
    correlatieId: uniek("matrix"),
  };
  const { afwikkeling: a, acties } = await afwikkelingVan(
    r,
    new Decimal(u.vastgesteld),
    nu,
    schrijf,
  );
  const voorsteller = { sub: "matrix-voorsteller", rol: "beoordelaar" as const };
  const w = await legAfspraakVast(
    r,
    r.versie,
    {
      soort: "vaststelling",
      personeel: new Decimal(u.personeelVergoedbaar),
      overige: new Decimal(u.overigeVergoedbaar),
      compensatie: new Decimal(u.compensatie),
      reden: "matrix",
      voorgesteldDoor: voorsteller,
    },
    schrijf,
    {
      acties,
      velden: {
        vaststelling: {
          vastgesteld: u.vastgesteld,
          saldo: u.saldo,
          saldoSoort: u.saldoSoort,
          nabetaling: a.nabetaling.toFixed(2),
          verrekening: a.verrekend.toFixed(2),
          terugvordering: a.vordering.toFixed(2),
          voorgesteldDoor: voorsteller.sub,
          goedgekeurdDoor: "matrix-beheer",
          op: nu.toISOString(),
          uitkomst: u,
        },
      },
    },
  );
  if (!w.ok) throw new Error(w.weigering.melding);
  if (!voorstel) return w.waarde;
  // A herziening without corrections, computed as the proposal route does: on the ledger after the
  // vaststelling (its nabetaling may have offset a vordering of another year of the tenant, §15.4).
  const r2 = (await leesAanvraag(id))!;
  const { uitkomst } = await herbereken(r2, {}, "matrix");
  const v = await schrijfTransactie(
    [
      wijzigAanvraag(r2, r2.versie, {
        herzieningsvoorstel: {
          voorgesteldDoor: voorsteller,
          op: nu.toISOString(),
          reden: "matrix",
          vanVersie: 1,
          correcties: {},
          uitkomst,
        },
      }),
    ],
    { gebeurtenis: "herziening_voorgesteld", onderwerp: aanvraagPk(id), reden: "matrix" },
    schrijf,
  );
  if (!v.ok) throw new Error(v.weigering.melding);
  return (await leesAanvraag(id))!;
}

/**
 * §15.4: a fresh agreed case of the tenant with an open vordering of 1.000,00 raised now (the
 * ledger entry as a vaststelling books it), so each call has its own vordering to receive on.
 */
async function metOpenVordering(zaak: Zaakscope): Promise<string> {
  const r = await zaakIn("addendum_getekend", { ...zaak, jaar: jaar++, inhoud: "voorbeeldA" });
  const nu = new Date();
  const oorzaak = { soort: "vaststelling" as const, id: r.id };
  const boeking: Boeking = {
    sleutel: boekingSleutel("vordering_opgelegd", r, oorzaak, 1),
    aanbiederId: r.aanbiederId,
    zorgkantoorId: r.zorgkantoorId,
    jaar: r.jaar,
    soort: "vordering_opgelegd",
    bedrag: new Decimal("-1000.00"),
    datum: nu,
    oorzaak,
    vervaldatum: plusDagen(dagVan(nu), 30),
  };
  const w = await schrijfTransactie(
    boekingActies([{ aanvraagId: r.id, boeking }]),
    { gebeurtenis: "vaststelling_vastgesteld", onderwerp: aanvraagPk(r.id) },
    { wie: { sub: "matrix-beheer", rol: "zorgkantoor-beheer" }, nu, correlatieId: uniek("matrix") },
  );
  if (!w.ok) throw new Error(w.weigering.melding);
  return r.id;
}

export const NACALCULATIE_VOORBEELDEN: Partial<Voorbeelden> = {
  vorderingOntvangstBoeken: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id =
        beller === "zorgkantoor-beheer" ? await metOpenVordering(zaak) : (await zaakVan(zaak)).id;
      return {
        pad: `/api/aanvragen/${id}/vordering/ontvangst`,
        body: {
          bedrag: "400.00",
          ontvangenOp: dagTekst(dagVan(new Date())),
          kenmerk: `matrix ${uniek("ontvangst").slice(-12)}`,
        },
      };
    },
  },
  nacalculatieBerekenen: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/nacalculatie`,
    }),
  },
  financieelOverzicht: {
    tenantgebonden: true,
    verzoek: async ({ zaak }) => ({
      pad: `/api/aanvragen/${(await zaakVan(zaak)).id}/financieel-overzicht`,
    }),
  },
  overigeBeoordelen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id = await vers(zaak, beller, zorgkantoorRollen);
      return {
        pad: `/api/aanvragen/${id}/nacalculatie/overige`,
        body: {
          versie: (await leesAanvraag(id))!.versie,
          regels: [
            {
              id: "o1",
              conform: false,
              reden: "matrix",
              correctie: { bedrag: "50000.00", reden: "accountantsrapport" },
            },
          ],
        },
      };
    },
  },
  personeelInDienstVastleggen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id = await vers(zaak, beller, zorgkantoorRollen);
      return {
        pad: `/api/aanvragen/${id}/nacalculatie/personeel-in-dienst`,
        body: {
          versie: (await leesAanvraag(id))!.versie,
          personeelInDienst: true,
          datum: "2021-01-15",
          toelichting: "matrix",
        },
      };
    },
  },
  vaststellingVoorstellen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id = await vers(zaak, beller, zorgkantoorRollen);
      return {
        pad: `/api/aanvragen/${id}/vaststelling/voorstel`,
        body: { versie: (await leesAanvraag(id))!.versie },
      };
    },
  },
  vaststellingGoedkeuren: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id = await vers(zaak, beller, ["zorgkantoor-beheer"]);
      let r = (await leesAanvraag(id))!;
      if (beller === "zorgkantoor-beheer") {
        const v = await legVoorstelVast(r, r.versie, new Decimal(0), {
          wie: { sub: "matrix-voorsteller", rol: "beoordelaar" },
          nu: new Date(),
          correlatieId: uniek("matrix"),
        });
        if (!v.ok) throw new Error(v.weigering.melding);
        r = (await leesAanvraag(id))!;
      }
      return { pad: `/api/aanvragen/${id}/vaststelling/goedkeuring`, body: { versie: r.versie } };
    },
  },
  restantVoorstellen: {
    tenantgebonden: false,
    verzoek: () => ({ pad: `/api/landelijk/${RESTANT_VOORSTEL_JAAR}/restant/voorstel` }),
  },
  restantGoedkeuren: {
    tenantgebonden: false,
    verzoek: async ({ beller }) => {
      if (beller !== "landelijk-beheer")
        return {
          pad: `/api/landelijk/${RESTANT_GOEDKEURING_JAAR}/restant/goedkeuring`,
          body: { versie: 1 },
        };
      // A decided year stays decided: every call (the matrix and the bundle test share the table)
      // takes the first year from here that has no distribution yet (put-if-absent picks it).
      for (let j = RESTANT_GOEDKEURING_JAAR; j <= 2089; j++) {
        const ctx = {
          wie: { sub: "matrix-landelijk-voorsteller", rol: "landelijk-beheer" as const },
          nu: new Date(),
          correlatieId: uniek("matrix"),
        };
        const regels = { restant: "0.00", totaalClaims: "0.00", totaalToegekend: "0.00" };
        const v = await schrijfTransactie(
          [
            schrijfVerdelingsvoorstel(
              {
                jaar: j,
                ...regels,
                naarRato: false,
                voorgesteldDoor: ctx.wie,
                voorgesteldOp: ctx.nu.toISOString(),
                regels: [],
              },
              undefined,
            ),
          ],
          { gebeurtenis: "restantverdeling_voorgesteld", onderwerp: parametersPk(j) },
          ctx,
        );
        if (v.ok) return { pad: `/api/landelijk/${j}/restant/goedkeuring`, body: { versie: 1 } };
      }
      throw new Error("geen vrij jaar voor het voorbeeld van de restantgoedkeuring");
    },
  },
  herzieningVoorstellen: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id = await vers(zaak, beller, zorgkantoorRollen);
      const r = zorgkantoorRollen.includes(beller)
        ? await vastgesteld(id, false)
        : (await leesAanvraag(id))!;
      return {
        pad: `/api/aanvragen/${id}/vaststelling/herziening/voorstel`,
        body: {
          versie: r.versie,
          reden: "matrix: correctie van de accountant",
          correcties: { overige: [{ id: "o1", gerealiseerd: "50000.00", conform: true }] },
        },
      };
    },
  },
  herzieningGoedkeuren: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      const id = await vers(zaak, beller, ["zorgkantoor-beheer"]);
      const r =
        beller === "zorgkantoor-beheer" ? await vastgesteld(id, true) : (await leesAanvraag(id))!;
      return {
        pad: `/api/aanvragen/${id}/vaststelling/herziening/goedkeuring`,
        body: { versie: r.versie },
      };
    },
  },
};
