// Test set-up for the terugvordering (docs/regels.md §15.4): a §13 E case whose two overige lines are
// judged not conform, vastgesteld through the data layer with its settlement (as
// vaststellingGoedkeuren does: proposed by one user, approved by another), so 768.000,00 paid on
// 747.918,08 vastgesteld leaves an open vordering of 20.081,92, due 30 days after `op`.
// Call after the API or the portal has started (the data layer reads their configuration).
import { type AanvraagRecord, leesAanvraag, wijzigAanvraag } from "#functions/data/aanvragen.js";
import { legAfspraakVast } from "#functions/data/afspraken.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import { afwikkelingVan, vaststellingOpslag } from "#functions/nacalculatie/afwikkeling.js";
import { nacalculatieStand } from "#functions/nacalculatie/stand.js";
import { uitkomstOfWeiger } from "#functions/nacalculatie/vaststellingVoorstellen.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { uniek } from "../fixture/index.js";
import { nacalculatieZaak } from "./opzet.js";

const NIET_CONFORM = Object.fromEntries(
  ["o1", "o2"].map((o) => [o, { conform: false, reden: "niet besteed" }]),
);

/** A case of `scope` in `jaar`, vastgesteld at `op` with an open vordering of 20.081,92. */
export async function zaakMetVordering(
  scope: Partial<Zaakscope>,
  op = new Date("2021-05-15T10:00:00+02:00"),
  jaar = 2020,
): Promise<AanvraagRecord> {
  let r = await nacalculatieZaak(jaar, scope, {
    jaarverslag: true,
    voorschotten: true,
    rapport: true,
  });
  const ctx = (sub: string) => ({
    wie: { sub, rol: "zorgkantoor-beheer" as const },
    nu: op,
    correlatieId: uniek("vordering"),
  });
  const w = await schrijfTransactie(
    [wijzigAanvraag(r, r.versie, { nacalculatieOverige: NIET_CONFORM })],
    { gebeurtenis: "nacalculatie_ingediend", onderwerp: aanvraagPk(r.id), na: NIET_CONFORM },
    ctx("opzet-beoordelaar"),
  );
  if (!w.ok) throw new Error(w.weigering.melding);
  r = (await leesAanvraag(r.id))!;
  const u = uitkomstOfWeiger(await nacalculatieStand(r));
  const { afwikkeling: a, acties } = await afwikkelingVan(
    r,
    new Decimal(u.vastgesteld),
    op,
    ctx("opzet-beheer-2"),
  );
  const door = { voorgesteld: "opzet-beheer-1", goedgekeurd: "opzet-beheer-2" };
  const v = await legAfspraakVast(
    r,
    r.versie,
    {
      soort: "vaststelling",
      personeel: new Decimal(u.personeelVergoedbaar),
      overige: new Decimal(u.overigeVergoedbaar),
      compensatie: new Decimal(u.compensatie),
      reden: `vaststelling ${jaar}`,
      voorgesteldDoor: { sub: door.voorgesteld, rol: "zorgkantoor-beheer" },
    },
    ctx(door.goedgekeurd),
    { acties, velden: { vaststelling: { ...vaststellingOpslag(u, a, door, op), uitkomst: u } } },
  );
  if (!v.ok) throw new Error(v.weigering.melding);
  if (!a.vordering.equals("20081.92")) throw new Error(`vordering ${a.vordering.toFixed(2)}`);
  return v.waarde;
}
