// The matcher of test/web/geenCodes.test.ts: each pattern caught, and the Dutch text of the
// portal (names, Dutch dates and amounts, IBANs, NZa-nummers) left alone.
import { describe, expect, it } from "vitest";
import { zoekCodes } from "./codes.js";

const soorten = (t: string) => zoekCodes(t).map((x) => `${x.soort}: ${x.tekst}`);

describe("zoekCodes", () => {
  it.each([
    ["Aanbieder aanb-de-linde", "organisatie-id: aanb-de-linde"],
    ["bij zk-zilveren-kruis", "organisatie-id: zk-zilveren-kruis"],
    ["door aanbieder 0f8ead5d", "hex-id: 0f8ead5d"],
    ["zaak 3f2b1c9e-1d2a-4b3c-9d8e-7f6a5b4c3d2e", "uuid: 3f2b1c9e-1d2a-4b3c-9d8e-7f6a5b4c3d2e"],
    ["reden: al_besteld", "code met underscore: al_besteld"],
    ["herinnering realisatie_mei", "code met underscore: realisatie_mei"],
    ["toestand addendum_getekend", "code met underscore: addendum_getekend"],
    ["Fout in begroting[0].overige[0].bedrag", "JSON-pad: begroting[0].overige[0].bedrag"],
    ["beschikbaarPersoneelOverig: moet een getal zijn", "JSON-veld: beschikbaarPersoneelOverig:"],
    ["Bron: §5", "regelboek: §5"],
    ["zie docs/regels.md §4.2", "regelboek: regels.md"],
    ["volgens DOMAIN.md", "regelboek: DOMAIN.md"],
    ["op 2026-05-01", "ISO-datum: 2026-05-01"],
    ["in 2026-05 gemeld", "ISO-maand: 2026-05"],
    ["totaal 0.30000000000000004", "rekenfout: 0.30000000000000004"],
    ["index 1,1999999999999999", "rekenfout: 1,1999999999999999"],
    ["bedrag undefined", "leeg: undefined"],
    ["naam null", "leeg: null"],
    ["€ NaN", "leeg: NaN"],
    ["[object Object]", "leeg: [object Object]"],
  ])("vindt %j", (tekst, verwacht) => {
    expect(soorten(tekst)).toContain(verwacht);
  });

  it.each([
    "Zorggroep De Linde bij Zilveren Kruis Zorgkantoor",
    "Ingediend op 15-10-2019 16:00 door A. de Vries",
    "€ 1.234.567,89 en 0,3 fte; aandeel 72,5%",
    "IBAN NL24 TRIO 0212 3456 04, NZa-nummer 300-1001, AGB-code 73731001",
    "Jaren 2020-2021 en mei 2020; versie 3",
    "E-mailadres: aanbieder@demo.kwaliteitsbudget.example",
    "Kwaliteitsplan 2020.pdf",
    "Addendum getekend. Reden: al besteld.",
    "Overig beschikbaar personeel: moet een getal zijn",
    "Begroting 2021, overige regel 1: bedrag ontbreekt",
    "Welkom, controller. Uitloggen",
    "decembercijfers 12345678",
    "Exacte waarde 1,0380073800738007380073800738",
  ])("laat %j staan", (tekst) => {
    expect(soorten(tekst)).toEqual([]);
  });
});
