// The aanbieder's signature under the addendum (docs/regels.md §5, §6): while the case is
// goedgekeurd the addendum waits for both signatures, in either order. Signing binds the
// organisation to the agreed amounts, so a confirmation first says what they are and what follows:
// the second signature makes the addendum signed, the voorschot counts from that date and the
// zorgkantoor lays the agreement down for the NZa.
import { api, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { centen, euro } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { h, melding, tijdstip, vervang } from "../../lib/dom.js";
import { knop, meldStatus } from "../../lib/invoer.js";
import { aanbiederNaam, zorgkantoorNaam } from "../../lib/namen.js";
import { foutTekst } from "../../lib/pagina.js";
import type { Afspraak } from "./financieel.js";

type Aanvraag = Antwoord<"leesAanvraag">;
type AuditRegel = Rij<"auditVanZaak", "regels">;

/** Who signed already, read from the audit trail (addendum_handtekening per role). */
const getekendDoor = (audit: readonly AuditRegel[] | null, rol: string) =>
  audit?.find((r) => r.gebeurtenis === "addendum_handtekening" && r.wie.rol === rol);

/** What signing means: the amounts agreed, and what happens next. */
export function tekenGevolg(a: Aanvraag, afspraak: Afspraak | null, zorgkantoorTekende: boolean) {
  const compensatie = afspraak && (centen(afspraak.compensatie) ?? 0n) !== 0n;
  const bedragen = afspraak
    ? `een kwaliteitsbudget ${a.jaar} van ${euro(afspraak.totaal)} (personeel ${euro(afspraak.personeel)}, overige kosten ${euro(afspraak.overige)}${compensatie ? `, compensatiecomponent ${euro(afspraak.compensatie)}` : ""})`
    : `het kwaliteitsbudget ${a.jaar} zoals het in het addendum staat`;
  const daarna = zorgkantoorTekende
    ? `${zorgkantoorNaam(a)} heeft al getekend: met uw handtekening is het addendum getekend. Het voorschot wordt berekend vanaf de datum van ondertekening en het zorgkantoor legt de afspraak vast voor de NZa.`
    : `Daarna wacht het addendum op de handtekening van ${zorgkantoorNaam(a)}. Zodra beide partijen hebben getekend, wordt het voorschot berekend vanaf de datum van ondertekening en legt het zorgkantoor de afspraak vast voor de NZa.`;
  return `Met uw handtekening gaat ${aanbiederNaam(a)} akkoord met de afspraak in het addendum: ${bedragen}. ${daarna}`;
}

export function ondertekening(
  a: Aanvraag,
  audit: readonly AuditRegel[] | null,
  afspraak: Afspraak | null,
): HTMLElement | null {
  if (a.toestand !== "goedgekeurd") return null;
  const getekend = getekendDoor(audit, "aanbieder");
  const zorgkantoor = !!getekendDoor(audit, "zorgkantoor-beheer");
  const uitkomst = h("div", {});
  const acties = h("div", {});
  const knoppen = () => vervang(acties, knop("Addendum ondertekenen", bevestig, "primary"));
  const teken = async () => {
    try {
      const r = await api<Antwoord<"addendumTekenen">>(
        "POST",
        `/api/aanvragen/${seg(a.id)}/addendum/handtekening`,
        { versie: a.versie },
      );
      vervang(acties);
      const op = r.handtekeningen.aanbieder?.op;
      meldStatus(
        uitkomst,
        `U heeft het addendum ondertekend${op ? ` op ${tijdstip(op)}` : ""}. ${
          r.handtekeningen.zorgkantoor
            ? "Het addendum is nu door beide partijen getekend."
            : "Het wacht nu op de handtekening van het zorgkantoor."
        }`,
        true,
      );
    } catch (e) {
      knoppen();
      vervang(uitkomst, melding("error", foutTekst(e)));
    }
  };
  const bevestig = () =>
    vraagBevestiging(acties, {
      gevolg: tekenGevolg(a, afspraak, zorgkantoor),
      ja: "Ja, addendum ondertekenen",
      doe: teken,
      terug: () => {
        knoppen();
        acties.querySelector("button")?.focus();
      },
    });
  if (!getekend) knoppen();
  return h(
    "section",
    { "aria-labelledby": "kb-addendum" },
    h("h2", { class: "utrecht-heading-2", id: "kb-addendum" }, "Addendum ondertekenen"),
    getekend
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          `U heeft het addendum ondertekend op ${tijdstip(getekend.wanneer)}. Het wacht op de handtekening van het zorgkantoor.`,
        )
      : h(
          "p",
          { class: "utrecht-paragraph" },
          "Het zorgkantoor heeft de aanvraag goedgekeurd. Lees het addendum (PDF hierboven) en teken het namens uw organisatie.",
        ),
    acties,
    uitkomst,
  );
}
