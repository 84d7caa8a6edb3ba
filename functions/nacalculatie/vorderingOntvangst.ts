// docs/regels.md §15.3–§15.4: zorgkantoor-beheer of the case's zorgkantoor books money received on
// the case's terugvordering. The ledger entries (rule `ontvangst`, oldest open post first), the
// three balances and the audit record go in ONE transaction; 404 outside the caller's scope.
//
// [portal rule] Recording a receipt is not a money decision of the zorgkantoor (the aanbieder
// paid; nothing leaves the zorgkantoor), so one beheer user suffices — audited, no four eyes.
// [portal rule] The bank's kenmerk is the receipt's id: the same kenmerk again with the same
// amount books nothing and answers the current stand (a retried request or a double click); with
// another amount it is refused (409), because one transfer has one amount. A receipt booked
// meanwhile by someone else makes this one 409 (the balances read are checked in the transaction).
import { euro } from "#shared/geld/weergave.js";
import type { Boeking } from "#shared/grootboek/boeking.js";
import { saldoVan } from "#shared/grootboek/saldo.js";
import {
  eerdereOntvangst,
  ontvangen,
  ontvangstBoekingen,
  ontvangstIdVan,
} from "#shared/grootboek/vordering.js";
import { begin, dagTekst, dagVan, vergelijkDag } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import { type AanvraagRecord, scopeVan } from "../data/aanvragen.js";
import {
  BOEKING_BESTAAT_AL,
  boekingActies,
  boekingenVanZaak,
  type Gelezen,
} from "../data/grootboek.js";
import { aanvraagPk } from "../data/sleutels.js";
import { alsProbleem, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { nacalculatieAntwoord } from "./antwoord.js";
import { nacalculatieStand } from "./stand.js";

type Verzoek = Parameters<Operatie<RouteVan<"vorderingOntvangstBoeken">>>[0];

/** The day checks: not after today on the portal clock, not before the vordering was raised. */
function eisGeldigeDag(v: Verzoek, boekingen: readonly Boeking[]): void {
  const dag = v.body.ontvangenOp;
  if (vergelijkDag(dag, dagVan(v.nu)) > 0)
    throw new HttpProbleem(
      422,
      "DATUM_IN_TOEKOMST",
      "ontvangenOp: de datum van ontvangst ligt na vandaag",
      "ontvangenOp",
    );
  const opgelegd = boekingen.filter((b) => b.soort === "vordering_opgelegd");
  const eerste = opgelegd.map((b) => dagVan(b.datum)).sort(vergelijkDag)[0];
  if (eerste && vergelijkDag(dag, eerste) < 0)
    throw new HttpProbleem(
      422,
      "VOOR_DE_VORDERING",
      `ontvangenOp: de datum van ontvangst ligt vóór de vordering (opgelegd op ${dagTekst(eerste)})`,
      "ontvangenOp",
    );
}

/** A repeated kenmerk: the same receipt (nothing to book) or a conflicting one (409). */
function alGeboekt(v: Verzoek, eerder: readonly Boeking[]): boolean {
  if (eerder.length === 0) return false;
  const bedrag = ontvangen(eerder);
  if (!bedrag.equals(v.body.bedrag))
    throw new HttpProbleem(
      409,
      "KENMERK_AL_GEBRUIKT",
      `kenmerk: op deze zaak is al een ontvangst van ${euro(bedrag)} met dit kenmerk geboekt; een andere betaling heeft een ander kenmerk`,
      "kenmerk",
    );
  return true;
}

/** The balance fields the receipt was checked against: the transaction requires them unchanged. */
function gelezenVan(aanvraagId: string, boekingen: readonly Boeking[]): Gelezen {
  const s = saldoVan(boekingen);
  return {
    aanvraagId,
    velden: {
      vorderingOpgelegd: s.vorderingOpgelegd,
      vorderingOntvangen: s.vorderingOntvangen,
      vorderingVerrekend: s.vorderingVerrekend,
    },
  };
}

/** The entries, the balances and the audit record of one new receipt, in one transaction. */
async function boek(v: Verzoek, r: AanvraagRecord, rol: Rol, boekingen: readonly Boeking[]) {
  const id = ontvangstIdVan(v.body.kenmerk);
  eisGeldigeDag(v, boekingen);
  const nieuw = ontvangstBoekingen(boekingen, v.body.bedrag, id, begin(v.body.ontvangenOp));
  if (!nieuw.ok) throw uitFout(nieuw.fout, nieuw.fout.code === "GEEN_OPEN_VORDERING" ? 409 : 422);
  const w = await schrijfTransactie(
    boekingActies(
      nieuw.waarde.map((boeking) => ({ aanvraagId: r.id, boeking })),
      gelezenVan(r.id, boekingen),
    ),
    {
      gebeurtenis: "vordering_ontvangen",
      onderwerp: aanvraagPk(r.id),
      betrokken: scopeVan(r),
      na: {
        bedrag: v.body.bedrag.toFixed(2),
        ontvangenOp: dagTekst(v.body.ontvangenOp),
        kenmerk: v.body.kenmerk,
        boekingen: nieuw.waarde.map((b) => b.sleutel),
      },
    },
    schrijfcontext(v, rol),
  );
  // The same kenmerk booked at the same moment by another request: that one won; it is the
  // same receipt only if it has the same amount (alGeboekt refuses otherwise).
  if (!w.ok && w.weigering.code !== BOEKING_BESTAAT_AL) throw alsProbleem(w.weigering);
  if (!w.ok) alGeboekt(v, eerdereOntvangst(await boekingenVanZaak(r.id), id));
}

export const vorderingOntvangstBoeken: Operatie<RouteVan<"vorderingOntvangstBoeken">> = async (
  v,
) => {
  const { aanvraag: r, rol } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "betalingenBeheren",
  );
  const boekingen = await boekingenVanZaak(r.id);
  if (!alGeboekt(v, eerdereOntvangst(boekingen, ontvangstIdVan(v.body.kenmerk))))
    await boek(v, r, rol, boekingen);
  return { body: nacalculatieAntwoord(r, await nacalculatieStand(r)) };
};
