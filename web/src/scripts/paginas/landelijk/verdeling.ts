// docs/regels.md §15.7 with §1 (four eyes): the national remainder round on the restant page. Before a
// proposal, and while only proposed, landelijk-beheer may propose (again); another user than the
// proposer approves, after confirming the total and the number of allotments that become
// nabetalingen of their zorgkantoren. The server decides (403 VIER_OGEN, 409 when not all cases
// are vastgesteld): the page only follows and shows the server's Dutch message.
import { api, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { h, melding, tijdstip, vervang } from "../../lib/dom.js";
import { knop } from "../../lib/velden.js";

export type Verdeling = NonNullable<Antwoord<"landelijkRestant">["verdeling"]>;

const herlaad = () => location.reload();
/** Who, without an id on screen: the API names users by their id only. */
const wie = (door: string, sub: string) =>
  door === sub ? "u" : "een medewerker van landelijk beheer";
/** The server's Dutch refusal (403 VIER_OGEN, 409 …) next to the buttons, the page stays. */
const foutPlek = h("div", { "aria-live": "assertive" });
const toonFout = (e: unknown) =>
  vervang(foutPlek, melding("error", e instanceof Error ? e.message : "Er ging iets mis."));

function voorstellen(jaar: number, opnieuw: boolean): HTMLElement {
  return knop(
    opnieuw ? "Verdeling opnieuw voorstellen" : "Verdeling voorstellen",
    () => {
      api("POST", `/api/landelijk/${seg(jaar)}/restant/voorstel`).then(herlaad, toonFout);
    },
    opnieuw ? "secondary" : "primary",
  );
}

/** "Goedkeuren" first asks to confirm, naming the total and the number of allotments. */
function goedkeuren(jaar: number, v: Verdeling): HTMLElement {
  const plek = h("div", { id: "kb-goedkeuring" });
  const bevestig = () =>
    vervang(
      plek,
      h(
        "p",
        { class: "utrecht-paragraph", role: "alert" },
        `U keurt de verdeling goed: ${v.aantalToekenningen} toekenning(en) uit het restant, totaal ${euro(v.totaalToegekend)}. Elke toekenning wordt een nabetaling van het zorgkantoor van de aanvraag. Dit besluit is definitief.`,
      ),
      knop(
        `Bevestigen: ${euro(v.totaalToegekend)} in ${v.aantalToekenningen} toekenning(en)`,
        () => {
          api("POST", `/api/landelijk/${seg(jaar)}/restant/goedkeuring`, {
            versie: v.versie,
          }).then(herlaad, toonFout);
        },
        "primary",
      ),
      knop("Annuleren", () => vervang(plek, knop("Goedkeuren", bevestig, "primary")), "subtle"),
    );
  vervang(plek, knop("Goedkeuren", bevestig, "primary"));
  return plek;
}

export function verdelingSectie(
  jaar: number,
  r: { definitief: boolean; verdeling: Verdeling | null },
  sub: string,
): HTMLElement {
  const v = r.verdeling;
  const inhoud: (HTMLElement | string)[] = [];
  if (!v) {
    inhoud.push(
      r.definitief
        ? voorstellen(jaar, false)
        : melding("info", "De verdeling wordt voorgesteld na alle vaststellingen van het jaar."),
    );
  } else if (v.status === "voorgesteld") {
    inhoud.push(
      melding(
        "warning",
        `Voorgesteld door ${wie(v.voorgesteldDoor, sub)} op ${tijdstip(v.voorgesteldOp)}: ${v.aantalToekenningen} toekenning(en), totaal ${euro(v.totaalToegekend)}. Wacht op goedkeuring door een andere medewerker van landelijk beheer.`,
      ),
      v.voorgesteldDoor === sub
        ? melding("info", "U stelde deze verdeling voor; een andere medewerker keurt haar goed.")
        : goedkeuren(jaar, v),
      voorstellen(jaar, true),
    );
  } else {
    inhoud.push(
      melding(
        "ok",
        `Besloten op ${tijdstip(v.besluitOp ?? v.voorgesteldOp)} door ${v.goedgekeurdDoor ? wie(v.goedgekeurdDoor, sub) : "landelijk beheer"} (voorgesteld door ${wie(v.voorgesteldDoor, sub)}): ${v.aantalToekenningen} toekenning(en), totaal ${euro(v.totaalToegekend)}${v.status === "besloten" ? "; de nabetalingen worden nog geboekt" : ", geboekt als nabetalingen van de zorgkantoren"}.`,
      ),
    );
  }
  return h(
    "section",
    { "aria-labelledby": "kb-verdeling-kop" },
    h("h2", { class: "utrecht-heading-2", id: "kb-verdeling-kop" }, "Besluit over de verdeling"),
    foutPlek,
    ...inhoud,
  );
}
