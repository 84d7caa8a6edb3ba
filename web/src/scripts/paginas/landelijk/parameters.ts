// PAGINAS.parameters (§3.1): the parameters of a year — every version (oldest first, with who
// entered it and when) and a form for a new version (landelijk-beheer). Amounts, fractions and
// weights are shown and typed in Dutch notation ("1.100.000.000,00", "0,85") and sent as the API
// writes them ("0.85"); the server validates and its 422 names the field, shown next to it.
import { api, haal, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import {
  bedragNl,
  bedragTekst,
  centen,
  decimaalNl,
  decimaalTekst,
  euro,
} from "../../lib/bedrag.js";
import { element, h, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { bijVersturen, knop, status, type Veld, veld } from "../../lib/velden.js";
import { jaarFormulier, landelijkJaar } from "./jaar.js";

type Versies = Antwoord<"parameterversies">;
type Parameters = Rij<"parameterversies", "versies">["parameters"];

const BEDRAGEN = [
  ["landelijkBudget", "Landelijk budget (€)"],
  ["compensatie", "Compensatie (€)"],
  ["beschikbaarPersoneelOverig", "Beschikbaar personeel en overig (€)"],
] as const;
const DECIMALEN = [
  ["richtlijnPersoneel", "Richtlijn aandeel personeel (bijv. 0,85)"],
  ["reserveringspercentage", "Reserveringspercentage (bijv. 0,11)"],
  ["voorschotpercentage", "Voorschotpercentage (bijv. 0,75)"],
  ["productieAfwijkingSignaal", "Signaal productieafwijking (bijv. 0,10)"],
] as const;

/** What the API takes: the Dutch input converted, or the text as typed (the server names a bad field). */
const alsBedrag = (v: Veld) => {
  const c = centen(v.invoer.value);
  return c === null ? v.invoer.value.trim() : bedragTekst(c);
};
const alsDecimaal = (v: Veld) => decimaalTekst(v.invoer.value) ?? v.invoer.value.trim();

const c = await start();
const jaar = landelijkJaar();
const meldingPlek = element("kb-melding");

function formulier(p: Parameters): HTMLElement {
  const velden: Veld[] = [];
  const maak = (naam: string, label: string, waarde: string) => {
    const v = veld(label, naam, { waarde });
    velden.push(v);
    return v;
  };
  const bedragen = BEDRAGEN.map(([n, l]) => maak(n, l, bedragNl(String(p[n]))));
  const decimalen = DECIMALEN.map(([n, l]) => maak(n, l, decimaalNl(String(p[n]))));
  const basisjaar = maak("basisjaar", "Basisjaar", String(p.basisjaar));
  const min = maak(
    "loonkostenBand",
    "Loonkosten per fte, minimum (€)",
    bedragNl(p.loonkostenBand.min),
  );
  const max = maak(
    "loonkostenBand.max",
    "Loonkosten per fte, maximum (€)",
    bedragNl(p.loonkostenBand.max),
  );
  const gewichten = Object.entries(p.gewichten).map(([zp, g]) => ({
    zp,
    v: maak("gewichten", `Gewicht ${zp}`, decimaalNl(g)),
  }));
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": "kb-nieuw-kop" },
    h(
      "h2",
      { class: "utrecht-heading-2", id: "kb-nieuw-kop" },
      `Nieuwe versie van de parameters ${jaar}`,
    ),
    samenvatting,
    ...velden.map((v) => v.blok),
    knop("Nieuwe versie opslaan", null, "primary", "submit"),
  );
  // Every check is the server's: the refusal lands on the field it names.
  bijVersturen(
    form,
    samenvatting,
    velden,
    () => [],
    async () => {
      const body: Record<string, unknown> = { jaar, basisjaar: Number(basisjaar.invoer.value) };
      for (const [i, [n]] of BEDRAGEN.entries()) body[n] = alsBedrag(bedragen[i]!);
      for (const [i, [n]] of DECIMALEN.entries()) body[n] = alsDecimaal(decimalen[i]!);
      body.loonkostenBand = { min: alsBedrag(min), max: alsBedrag(max) };
      body.gewichten = Object.fromEntries(gewichten.map((g) => [g.zp, alsDecimaal(g.v)]));
      const r = await api<Antwoord<"parametersInvoeren">>(
        "PUT",
        `/api/parameters/${seg(jaar)}`,
        body,
      );
      await laad();
      status(
        meldingPlek,
        `De parameters van ${jaar} zijn opgeslagen${r?.parameters ? ` als versie ${r.parameters.versie}` : ""}.`,
      );
    },
  );
  return form;
}

async function laad(): Promise<void> {
  const v = await haal<Versies>(`/api/parameters/${seg(jaar)}/versies`);
  const inGebruik = v.versies.find((x) => x.parameters.versie === v.inGebruik) ?? v.versies.at(-1);
  vervang(
    element("kb-parameters"),
    jaarFormulier(jaar),
    tabel(
      `Versies van de parameters ${jaar} (in gebruik: versie ${v.inGebruik})`,
      [
        "Versie",
        "Bron",
        "Ingevoerd op",
        "Landelijk budget",
        "Richtlijn personeel",
        "Reservering",
        "Voorschot",
      ],
      v.versies.map((x) => [
        x.parameters.versie,
        x.bron === "standaard" ? "Standaard" : "Ingevoerd",
        x.ingevoerdOp ? tijdstip(x.ingevoerdOp) : "—",
        euro(x.parameters.landelijkBudget),
        decimaalNl(x.parameters.richtlijnPersoneel),
        decimaalNl(x.parameters.reserveringspercentage),
        decimaalNl(x.parameters.voorschotpercentage),
      ]),
      [3],
    ),
    inGebruik && c.heeftRol("landelijk-beheer") ? formulier(inGebruik.parameters) : null,
  );
}

laad().catch(toonFout);
