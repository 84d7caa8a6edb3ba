// PAGINAS.bankrekening (docs/regels.md §15.5): the aanbieder's approved bank account (IBAN in
// groups of four, tenaamstelling), a change that waits for approval, and the form to request a
// change with its bank statement (PDF, at most 2 MB, checked here and again by the server). A
// change only counts after zorgkantoor-beheer approves it (four eyes); until then the payments
// go to the approved account.
import { BANKAFSCHRIFT_MAX_BYTES } from "#shared/bank/afschriftgrens.js";
import { api, haal, seg } from "../../lib/api.js";
import { datum, element, h, melding, vervang } from "../../lib/dom.js";
import { type FoutRegel, nieuwId, omhul, type Veld } from "../../lib/invoer.js";
import { start, toonFout } from "../../lib/pagina.js";
import { bijVersturen, eisIngevuld, knop, status, veld, zetFout } from "../../lib/velden.js";
import { type Bankrekening, bijHetVeld, type Rekening, zonderPad } from "./gemeen.js";

const c = await start();
const plek = element("kb-pagina");
const aanbiederId = new URL(location.href).searchParams.get("aanbieder") ?? c.aanbieders[0] ?? "";
const pad = `/api/aanbieders/${seg(aanbiederId)}/bankrekening`;

const gegevens = (r: Rekening, extra: [string, string][] = []) =>
  h(
    "dl",
    { class: "utrecht-data-list" },
    ...[
      ["IBAN", r.ibanWeergave] as [string, string],
      ["Tenaamstelling", r.tenaamstelling],
      ...extra,
    ].map(([k, w]) =>
      h(
        "div",
        { class: "utrecht-data-list__item" },
        h("dt", { class: "utrecht-data-list__item-key" }, k),
        h("dd", { class: "utrecht-data-list__item-value" }, w),
      ),
    ),
  );

/** "2,4 MB": megabytes with one decimal, rounded up, as the server's message counts them. */
const mb = (bytes: number) =>
  `${(Math.ceil((bytes * 10) / (1024 * 1024)) / 10).toFixed(1).replace(".", ",")} MB`;

/** The file field of the statement; `name` is the API field, so a server refusal lands here. */
function afschriftVeld(): Veld {
  const invoer = h("input", {
    id: nieuwId("bankafschrift"),
    name: "bankafschrift",
    "data-veld": "bankafschrift",
    type: "file",
    accept: "application/pdf,.pdf",
    "aria-required": "true",
    class: "utrecht-textbox utrecht-textbox--html-input",
  });
  return omhul(
    "text",
    "Bankafschrift (PDF, hoogstens 2 MB)",
    invoer,
    "Een afschrift of schermafdruk van de bank als PDF, waarop het nieuwe rekeningnummer en de tenaamstelling staan. Het zorgkantoor controleert het voordat het de wijziging goedkeurt.",
  );
}

/** The page's check of the statement: chosen, a PDF, not too large (the server checks again). */
function eisAfschrift(v: Veld): FoutRegel[] {
  const f = (v.invoer as HTMLInputElement).files?.[0];
  if (!f) return [{ veld: v, tekst: "Kies het bankafschrift (PDF)." }];
  if (f.type !== "application/pdf" && !/\.pdf$/i.test(f.name))
    return [{ veld: v, tekst: `${f.name} is geen PDF; sla het bankafschrift op als PDF.` }];
  if (f.size > BANKAFSCHRIFT_MAX_BYTES)
    return [
      { veld: v, tekst: `${f.name} is ${mb(f.size)}; het bankafschrift mag hoogstens 2 MB zijn.` },
    ];
  if (f.size === 0) return [{ veld: v, tekst: `${f.name} is leeg.` }];
  return [];
}

/** The file's bytes as base64 (without the "data:…;base64," in front). */
const base64 = (f: File): Promise<string> =>
  new Promise((klaar, mislukt) => {
    const r = new FileReader();
    r.onload = () => klaar(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => mislukt(new Error(`${f.name} kon niet worden gelezen; kies het opnieuw.`));
    r.readAsDataURL(f);
  });

function formulier(b: Bankrekening): HTMLElement {
  const iban = veld("Nieuw IBAN", "iban", {
    verplicht: true,
    beschrijving: "Bijvoorbeeld NL91 ABNA 0417 1643 00; spaties mogen.",
  });
  iban.invoer.setAttribute("inputmode", "text");
  iban.invoer.setAttribute("autocomplete", "off");
  const naam = veld("Tenaamstelling", "tenaamstelling", {
    verplicht: true,
    waarde: b.rekening?.tenaamstelling ?? b.aanbiederNaam,
    beschrijving: "De naam waarop de rekening bij de bank staat.",
  });
  naam.invoer.removeAttribute("inputmode");
  const toelichting = veld("Toelichting (niet verplicht)", "toelichting", {
    meerRegels: true,
    beschrijving: "Bijvoorbeeld: nieuwe huisbank. De zorgkantoor-beheerder die goedkeurt ziet dit.",
  });
  const afschrift = afschriftVeld();
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": "kb-wijzig-kop" },
    h("h2", { class: "utrecht-heading-2", id: "kb-wijzig-kop" }, "Wijziging aanvragen"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Een nieuwe rekening geldt pas als een medewerker van het zorgkantoor haar heeft goedgekeurd. Tot dan betalen wij op de huidige rekening.",
    ),
    samenvatting,
    iban.blok,
    naam.blok,
    afschrift.blok,
    toelichting.blok,
    knop("Wijziging aanvragen", null, "primary", "submit"),
  );
  const velden = [iban, naam, afschrift, toelichting];
  bijVersturen(
    form,
    samenvatting,
    velden,
    () => {
      for (const v of velden) zetFout(v, null);
      return bijHetVeld([
        ...eisIngevuld(iban, "Vul het nieuwe IBAN in."),
        ...eisIngevuld(naam, "Vul de tenaamstelling in."),
        ...eisAfschrift(afschrift),
      ]);
    },
    async () => {
      const t = toelichting.invoer.value.trim();
      const f = (afschrift.invoer as HTMLInputElement).files![0]!;
      try {
        await api("POST", `${pad}/wijziging`, {
          iban: iban.invoer.value.trim(),
          tenaamstelling: naam.invoer.value.trim(),
          bankafschrift: { naam: f.name, inhoud: await base64(f) },
          ...(t ? { toelichting: t } : {}),
        });
      } catch (e) {
        throw zonderPad(e);
      }
      await toon();
      status(
        element("kb-bank-status"),
        "De wijziging is aangevraagd. Zij geldt zodra het zorgkantoor haar heeft goedgekeurd.",
      );
    },
  );
  return form;
}

async function toon(): Promise<void> {
  const b = await haal<Bankrekening>(pad);
  vervang(
    plek,
    h("div", { id: "kb-bank-status" }),
    h("h2", { class: "utrecht-heading-2" }, `Bankrekening van ${b.aanbiederNaam}`),
    b.rekening
      ? gegevens(b.rekening, [["Goedgekeurd op", datum(b.rekening.goedgekeurdOp)]])
      : melding(
          "warning",
          "Er is nog geen goedgekeurde bankrekening; voorschotten kunnen pas worden betaald als die er is.",
        ),
    b.wijziging
      ? h(
          "section",
          { class: "kb-kaart", "aria-labelledby": "kb-wacht-kop" },
          h(
            "h2",
            { class: "utrecht-heading-2", id: "kb-wacht-kop" },
            "Wijziging wacht op goedkeuring",
          ),
          gegevens(b.wijziging, [
            ["Aangevraagd op", datum(b.wijziging.aangevraagdOp)],
            ...(b.wijziging.bankafschrift
              ? [["Bankafschrift", b.wijziging.bankafschrift.naam] as [string, string]]
              : []),
          ]),
          melding(
            "info",
            "Het zorgkantoor keurt deze wijziging goed of wijst haar af. Daarna kunt u zo nodig een nieuwe wijziging aanvragen.",
          ),
        )
      : formulier(b),
  );
}

toon().catch(toonFout);
