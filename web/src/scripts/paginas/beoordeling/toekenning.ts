// The toekenning decision form (§5): personeel, each overige line (§15.1: the agreed overige is
// the sum of its lines), compensatie and a written motivation.
// The limits are checked LIVE while typing (above the request per category blocks; below the
// request or a personeel share under the richtlijn makes the motivation required; above the
// reservering warns, because only the server knows whether the window has closed or beheer
// released the regional margin). The server decides: its 422 lists every violation per field.
import { api, seg } from "../../lib/api.js";
import { aandeel, bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h, vervang } from "../../lib/dom.js";
import { bijVersturen, knop, type Veld, veld, zetFout } from "../../lib/velden.js";
import type { Aangevraagd } from "./aangevraagd.js";

export interface ToekenningContext {
  id: string;
  versie: number;
  aangevraagd: Aangevraagd;
  reservering: bigint;
  /** e.g. "0.85" from the year parameters (§3.1). */
  richtlijn: string | null;
  /** What an overige line asks for and why (its SMART parts), shown beside its decision. */
  toelichting?: (regelId: string) => HTMLElement | null;
  klaar: (melding: string) => void;
}

/** "0.85" → per-mille 850n, for comparing a share without floating point. */
const promille = (s: string | null): bigint | null => {
  const m = s ? /^0?\.(\d{1,3})/.exec(s) : null;
  return m ? BigInt(m[1]!.padEnd(3, "0")) : null;
};

/**
 * One overige line's decision in a group with the line's content above the field: the decision
 * per line is made with the SMART parts in view, inside the one form with its live totals.
 */
function regelBlok(
  v: Veld,
  k: number,
  omschrijving: string,
  toelichting: HTMLElement | null | undefined,
): HTMLElement {
  return h(
    "fieldset",
    { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kb-kaart" },
    h(
      "legend",
      { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" },
      `Overige regel ${k + 1}: ${omschrijving || "regel zonder omschrijving"}`,
    ),
    toelichting
      ? h(
          "details",
          { class: "kb-uitklap", open: true },
          h("summary", {}, "Wat de aanbieder voor deze regel vraagt"),
          toelichting,
        )
      : null,
    v.blok,
  );
}

export function toekenningFormulier(t: ToekenningContext): HTMLElement {
  const personeel = veld("Personeel (€)", "personeel", {
    waarde: bedragTekst(t.aangevraagd.personeel),
    beschrijving: `Aangevraagd: ${euro(t.aangevraagd.personeel)}`,
    verplicht: true,
  });
  // One field per overige line, all named "overigeRegels": the server's "overigeRegels[i].bedrag"
  // lands on the i-th (lib/velden.ts toonServerFout).
  const regels = t.aangevraagd.overigeRegels.map((r) => ({
    regel: r,
    veld: veld(`Overige: ${r.omschrijving || "regel zonder omschrijving"} (€)`, "overigeRegels", {
      waarde: bedragTekst(r.bedrag),
      beschrijving: `Aangevraagd: ${euro(r.bedrag)}. 0 = niet toegekend.`,
      verplicht: true,
    }),
  }));
  const compensatie = veld("Compensatiecomponent (€)", "compensatie", {
    waarde: "0.00",
    beschrijving: "Vast bedrag van het zorgkantoor, buiten de verdeling personeel/overige.",
  });
  const motivering = veld("Motivering van de toekenning", "motivering", {
    meerRegels: true,
    beschrijving:
      "Verplicht wanneer minder wordt toegekend dan aangevraagd of de verhouding afwijkt; wordt de beoordelingsbrief.",
  });
  const velden = [personeel, ...regels.map((r) => r.veld), compensatie, motivering];
  const samenvatting = h("div", { "data-rol": "foutsamenvatting" });
  const live = h("div", { role: "status", "aria-live": "polite", class: "kb-live" });

  /** Client-side §5 checks: field errors that block, and notes. */
  function controleer(): { fouten: { veld: Veld; tekst: string }[]; notities: string[] } {
    const fouten: { veld: Veld; tekst: string }[] = [];
    const notities: string[] = [];
    const waarde = (v: Veld) => {
      const c = centen(v.invoer.value);
      if (c === null || c < 0n)
        fouten.push({ veld: v, tekst: "Vul een bedrag in, bijvoorbeeld 1234,56." });
      return c ?? 0n;
    };
    const p = waarde(personeel);
    let o = 0n;
    for (const r of regels) {
      const b = waarde(r.veld);
      o += b;
      if (b > r.regel.bedrag)
        fouten.push({ veld: r.veld, tekst: `Meer dan aangevraagd (${euro(r.regel.bedrag)}).` });
    }
    const c = waarde(compensatie);
    if (p > t.aangevraagd.personeel)
      fouten.push({
        veld: personeel,
        tekst: `Meer dan aangevraagd (${euro(t.aangevraagd.personeel)}).`,
      });
    const redenen: string[] = [];
    if (p < t.aangevraagd.personeel || o < t.aangevraagd.overige)
      redenen.push("er wordt minder toegekend dan aangevraagd");
    const grens = promille(t.richtlijn);
    if (grens !== null && p + o > 0n && p * 1000n < grens * (p + o))
      redenen.push("de verhouding personeel/overige wijkt af van de richtlijn");
    if (redenen.length > 0 && motivering.invoer.value.trim() === "")
      fouten.push({
        veld: motivering,
        tekst: `Een motivering is verplicht, want ${redenen.join(" en ")}.`,
      });
    if (p + o > t.reservering)
      notities.push(
        `Personeel plus overige ligt boven het gereserveerde bedrag (${euro(t.reservering)}): dat mag pas na sluiting van de aanvraagperiode of na vrijgave van de regionale ruimte door zorgkantoor-beheer.`,
      );
    notities.unshift(
      `Overige kosten ${euro(o)} van ${euro(t.aangevraagd.overige)} aangevraagd. Totaal ${euro(p + o + c)} (personeel ${aandeel(p, p + o)} van personeel plus overige).`,
    );
    return { fouten, notities };
  }

  function toonLive(metFouten = true): void {
    const { fouten, notities } = controleer();
    if (metFouten)
      for (const v of velden)
        zetFout(
          v,
          fouten
            .filter((f) => f.veld === v)
            .map((f) => f.tekst)
            .join(" ") || null,
        );
    vervang(live, ...notities.map((n) => h("p", { class: "utrecht-paragraph" }, n)));
  }

  let wacht: ReturnType<typeof setTimeout> | undefined;
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": "kb-toekenning-kop" },
    h("h3", { class: "utrecht-heading-3", id: "kb-toekenning-kop" }, "Toekenning voorstellen"),
    samenvatting,
    personeel.blok,
    ...regels.map((r, k) =>
      regelBlok(r.veld, k, r.regel.omschrijving, t.toelichting?.(r.regel.id)),
    ),
    compensatie.blok,
    motivering.blok,
    live,
    knop("Toekenning voorstellen", null, "primary", "submit"),
  );
  form.addEventListener("input", () => {
    clearTimeout(wacht);
    wacht = setTimeout(toonLive, 250); // after a pause in typing, not on every key
  });
  bijVersturen(
    form,
    samenvatting,
    velden,
    () => {
      toonLive();
      return controleer().fouten;
    },
    async () => {
      const overigeRegels = regels.map((r) => ({
        id: r.regel.id,
        bedrag: bedragTekst(centen(r.veld.invoer.value)!),
      }));
      const overige = regels.reduce((s, r) => s + centen(r.veld.invoer.value)!, 0n);
      await api("POST", `/api/aanvragen/${seg(t.id)}/toekenning`, {
        versie: t.versie,
        personeel: bedragTekst(centen(personeel.invoer.value)!),
        overige: bedragTekst(overige),
        overigeRegels,
        compensatie: bedragTekst(centen(compensatie.invoer.value)!),
        motivering: motivering.invoer.value,
      });
      t.klaar(
        "De toekenning is voorgesteld. Een tweede medewerker (zorgkantoor-beheer) moet haar goedkeuren.",
      );
    },
  );
  toonLive(false);
  return form;
}
