// docs/regels.md §9.2, §15.6: the zorgkantoor judges each overige line the aanbieder reported in the
// year report — conform, or not spent as agreed with a reason (such a line gets 0) — and may
// correct the reported amount from the accountant's report, with a reason. Each line in the
// request replaces the judgement of that line (leaving out `correctie` withdraws a correction);
// other lines keep theirs. One case update with its audit record (before, after, the reasons of
// the corrections), under the case's version lock; frozen after the vaststelling (409).
import { bedragTekst } from "#shared/geld/bedrag.js";
import { bijgewerkt, scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { eisNietVastgesteld } from "../lib/vastgesteld.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { nacalculatieAntwoord } from "./antwoord.js";
import { eisOpenNacalculatie } from "./eisen.js";
import { nacalculatieStand, type OverigeOordeel, oordelenVan, overigeRegels } from "./stand.js";

export const overigeBeoordelen: Operatie<RouteVan<"overigeBeoordelen">> = async (v) => {
  const { aanvraag: r, rol } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId, "beoordelen");
  eisNietVastgesteld(r, "het oordeel over de overige kosten");
  eisOpenNacalculatie(r);
  const omschrijving = new Map((await overigeRegels(r)).map((o) => [o.id, o.omschrijving]));
  const gezien = new Set<string>();
  for (const [i, regel] of v.body.regels.entries()) {
    const veld = `regels[${i}].id`;
    if (!omschrijving.has(regel.id))
      throw new HttpProbleem(
        422,
        "ONBEKENDE_REGEL",
        `${veld}: "${regel.id}" is geen afgesproken overige regel van deze aanvraag`,
        veld,
      );
    if (gezien.has(regel.id))
      throw new HttpProbleem(
        422,
        "DUBBELE_REGEL",
        `${veld}: "${regel.id}" staat er twee keer in`,
        veld,
      );
    gezien.add(regel.id);
  }
  const oordelen: Record<string, OverigeOordeel> = { ...oordelenVan(r) };
  for (const regel of v.body.regels)
    oordelen[regel.id] = {
      conform: regel.conform,
      ...(regel.conform || regel.reden === undefined ? {} : { reden: regel.reden }),
      ...(regel.correctie && {
        correctie: { bedrag: bedragTekst(regel.correctie.bedrag), reden: regel.correctie.reden },
      }),
    };
  // §12 "why": the reasons of the corrections in this request, per line by its description (the
  // audit trail is read on screen, where ids have no place).
  const redenen = v.body.regels.flatMap((x) =>
    x.correctie ? [`${omschrijving.get(x.id)}: ${x.correctie.reden}`] : [],
  );
  const velden = { nacalculatieOverige: oordelen, gewijzigdOp: v.nu.toISOString() };
  ofWeiger(
    await schrijfTransactie(
      [wijzigAanvraag(r, v.body.versie, velden)],
      {
        gebeurtenis: "nacalculatie_ingediend",
        onderwerp: aanvraagPk(r.id),
        betrokken: scopeVan(r),
        voor: { overige: oordelenVan(r) },
        na: { overige: oordelen },
        ...(redenen.length > 0 && {
          reden: `correctie uit het accountantsrapport: ${redenen.join("; ")}`,
        }),
      },
      schrijfcontext(v, rol),
    ),
  );
  const na = bijgewerkt(r, velden, v.body.versie + 1);
  return { body: nacalculatieAntwoord(na, await nacalculatieStand(na)) };
};
