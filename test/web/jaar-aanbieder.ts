// The aanbieder's steps of the year clicked through the aanbieder pages by the year
// test's own aanbieder user: the aanvraag wizard with the kwaliteitsplan upload (§4), the new
// versie after an aanvulling, the addendum signature in the dossier (§5), the realisaties (§6/§7),
// the jaarverslag (§9.1) and the accountantsrapport in the dossier (§9.3). Same amounts as jaar-api.ts's former API steps (§13 A/E).
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { link } from "#shared/paginas.js";
import { kleinePdf } from "../integratie/documenten/hulp.js";
import { controleerToegankelijkheid, type Sessie, schermafdruk, zetKlok } from "./browser.js";
import { open } from "./zorgkantoor.js";

/** axe in the state reached, and its screenshot as .test-artefacten/web/jaar-<naam>.png. */
export async function stap(p: Page, naam: string): Promise<void> {
  await controleerToegankelijkheid(p, naam);
  await schermafdruk(p, `jaar-${naam}`);
}

async function scherm(s: Sessie, pad: string, klok: string): Promise<Page> {
  await zetKlok(s.context, klok);
  await open(s.page, pad);
  return s.page;
}

const statusMet = (p: Page, tekst: string | RegExp) =>
  p.getByRole("status").filter({ hasText: tekst }).first().waitFor();

const volgende = async (p: Page, stapNr: number) => {
  await p.getByRole("button", { name: "Volgende stap" }).click();
  await p.getByRole("heading", { name: new RegExp(`^Stap ${stapNr} van 5`) }).waitFor();
};

/** One overige line of §13 A's begroting (scholing or technologie) on step 2. */
async function overigeRegel(p: Page, k: number, r: Record<string, string>): Promise<void> {
  await p.getByRole("button", { name: "Overige regel toevoegen (2020)" }).click();
  await p.getByLabel("Categorie", { exact: true }).nth(k).selectOption(r.categorie!);
  await p.getByLabel("Omschrijving", { exact: true }).nth(k).fill(r.omschrijving!);
  await p
    .getByLabel("Locatie", { exact: true })
    .nth(k + 1)
    .selectOption({ label: "De Linde" });
  await p.getByLabel("Bedrag", { exact: true }).nth(k).fill(r.bedrag!);
  await p.getByLabel("Specifiek doel").nth(k).fill(r.doel!);
  await p.getByLabel("Meetbaar resultaat of indicator").nth(k).fill("100% certificaat");
  await p.getByLabel("Haalbaarheid").nth(k).fill("In-company training");
  await p.getByLabel("Relevantie voor het kwaliteitsplan").nth(k).fill("Persoonsgerichte zorg");
  await p.getByLabel("Startdatum").nth(k).fill("01-02-2020");
  await p.getByLabel("Einddatum").nth(k).fill("30-11-2020");
}

/**
 * §4 through the wizard on `op`: a new aanvraag 2020 at the zorgkantoor, one locatie, §13 A's
 * begroting (10 fte × 85.000 personeel; scholing `scholing` and technologie 90.000), the three
 * verklaringen, the kwaliteitsplan uploaded as a real PDF, submitted. Returns the aanvraag id.
 */
export async function dienInViaWizard(
  s: Sessie,
  zorgkantoorId: string,
  scholing: string,
  op: string,
): Promise<string> {
  const p = await scherm(s, link.nieuweAanvraag(2020), op);
  await p.getByRole("heading", { name: "Nieuwe aanvraag" }).waitFor();
  await p.getByLabel("Code van het zorgkantoor").fill(zorgkantoorId);
  await p.getByRole("button", { name: "Aanvraag aanmaken" }).click();

  await p.getByRole("heading", { name: /^Stap 1 van 5/ }).waitFor();
  await p.getByRole("button", { name: "Locatie toevoegen" }).click();
  await p.getByLabel("Naam van de locatie").fill("De Linde");
  await p.getByLabel("Wat gaat de aanbieder doen").fill("Extra verzorgenden op de avonddienst");
  await p.getByLabel("Welk resultaat").fill("Meer tijd en aandacht voor cliënten");
  await p.getByLabel("Wat is daarvoor nodig").fill("Tien fte verzorgende IG");
  await p.getByLabel("Hoe wordt intern gemonitord").fill("Kwartaalrapportage aan het MT");
  await stap(p, "00a-wizard-locatie");
  await volgende(p, 2);

  await p.getByRole("button", { name: "Personeelsregel toevoegen (2020)" }).click();
  await p.getByLabel("Locatie", { exact: true }).nth(0).selectOption({ label: "De Linde" });
  await p.getByLabel("Extra fte", { exact: true }).fill("10,00");
  await p.getByLabel(/^Directe loonkosten/).fill("60.000,00");
  await p.getByLabel(/^Indirecte loonkosten/).fill("12.500,00");
  await p.getByLabel(/^Premies/).fill("12.500,00");
  const dl = { categorie: "deskundigheid", omschrijving: "Scholing dementiezorg" };
  await overigeRegel(p, 0, { ...dl, bedrag: scholing, doel: "Alle verzorgenden geschoold" });
  const tech = { categorie: "technologie", omschrijving: "Leefcirkels", bedrag: "90.000,00" };
  await overigeRegel(p, 1, { ...tech, doel: "Leefcirkels op alle afdelingen" });
  // §13 A: 850.000 personeel + scholing + 90.000 technologie, live in the totals.
  await expect.poll(() => p.getByText("€ 850.000,00").count()).toBeGreaterThan(0);
  await stap(p, "00b-wizard-begroting");
  await volgende(p, 3);

  for (const v of [/^Er is geen dubbele bekostiging/, /^Het extra personeel/, /^De extra fte/])
    await p.getByLabel(v).check();
  await volgende(p, 4);

  const naam = "Kwaliteitsplan 2020.pdf";
  const pdf = Buffer.from(kleinePdf(naam));
  await p
    .getByLabel(/^Bestand/)
    .setInputFiles({ name: naam, mimeType: "application/pdf", buffer: pdf });
  await p.getByRole("button", { name: "Uploaden" }).click();
  await p.getByText("is geüpload en geaccepteerd").waitFor();
  await stap(p, "00c-wizard-kwaliteitsplan");
  await volgende(p, 5);
  return dienInLaatsteStap(
    p,
    "00d-ingediend",
    dag(op),
    "Uw aanvraag voor 2020 wordt ingediend bij",
  );
}

/** dd-mm-jjjj of an ISO instant with offset, as the pages show it. */
const dag = (op: string) => op.slice(0, 10).split("-").reverse().join("-");

/**
 * Submits on step 5 after the confirmation, which says what will happen (`gevolg`); the receipt
 * names the date of receipt: the first indiening's (`ontvangen`).
 */
async function dienInLaatsteStap(
  p: Page,
  naam: string,
  ontvangen: string,
  gevolg: string,
): Promise<string> {
  await p.getByRole("button", { name: "Aanvraag indienen" }).click();
  const vraag = p.getByRole("status").filter({ hasText: "Weet u het zeker?" });
  expect(await vraag.textContent()).toContain(gevolg);
  await p.getByRole("button", { name: "Ja, aanvraag indienen" }).click();
  await p.getByRole("heading", { name: "Uw aanvraag is ingediend" }).waitFor();
  expect(await p.locator("#kb-pagina").textContent()).toContain(`Ontvangen op ${ontvangen}`);
  await stap(p, naam);
  const id = new URL(p.url()).searchParams.get("id");
  expect(id).toBeTruthy();
  return id!;
}

/**
 * The aanvulling (§5): the scholing line raised to `scholing`, submitted as the next versie. The
 * receipt keeps the first indiening's date of receipt (`ontvangen`), as the server reports it.
 */
export async function vulAanViaWizard(
  s: Sessie,
  id: string,
  scholing: string,
  op: string,
  ontvangen: string,
) {
  const p = await scherm(s, link.aanvraag(id), op);
  await p.getByRole("heading", { name: /^Stap 1 van 5/ }).waitFor();
  // §4.3: the zorgkantoor's question stands at the top of the wizard while the aanbieder works.
  await p
    .getByRole("status")
    .filter({ hasText: "Het zorgkantoor vraagt om aanvulling." })
    .filter({ hasText: "De scholing is te krap begroot" })
    .waitFor();
  await volgende(p, 2);
  await p.getByLabel("Bedrag", { exact: true }).nth(0).fill(scholing);
  await stap(p, "01b-aanvulling-begroting");
  for (const n of [3, 4, 5]) await volgende(p, n);
  await dienInLaatsteStap(
    p,
    "01c-aanvulling-ingediend",
    ontvangen,
    "Uw aangevulde aanvraag voor 2020 wordt als nieuwe versie ingediend bij",
  );
}

/** §5: the aanbieder signs the addendum in the dossier. */
export async function tekenAddendum(s: Sessie, id: string, op: string) {
  const p = await scherm(s, link.dossier(id), op);
  await p.getByRole("button", { name: "Addendum ondertekenen" }).click();
  await p
    .getByRole("status")
    .filter({ hasText: "akkoord met de afspraak in het addendum" })
    .waitFor();
  await p.getByRole("button", { name: "Ja, addendum ondertekenen" }).click();
  await p
    .getByText(`U heeft het addendum ondertekend op ${dag(op)}`)
    .first()
    .waitFor();
  await stap(p, "05b-addendum-aanbieder");
}

/** A realisatie (§6/§7) on its page: fte and costs of p1, spending of o1 and o2. */
export async function realisatie(
  s: Sessie,
  id: string,
  venster: "mei" | "oktober",
  op: string,
  w: { fte: string; kosten: string; o1: string; o2: string },
) {
  const p = await scherm(s, link.realisatie(id, venster), op);
  await p.getByLabel("Gemiddeld extra fte tot nu").fill(w.fte);
  await p.getByLabel("Kosten tot nu").fill(w.kosten);
  await p.getByLabel("Uitgaven tot nu").nth(0).fill(w.o1);
  await p.getByLabel("Uitgaven tot nu").nth(1).fill(w.o2);
  await p.getByRole("button", { name: "Realisatie opslaan" }).click();
  await statusMet(p, `De realisatie ${venster} is opgeslagen`);
  await stap(p, `09b-realisatie-${venster}`);
}

/**
 * §9.1: §13 E's jaarverslag typed in, with the overige per line; the live preview shows §13 E's
 * 723.918,08 and 145.000,00 overige; submitted.
 */
export async function jaarverslag(s: Sessie, id: string, op: string) {
  const p = await scherm(s, link.jaarverslag(id), op);
  const invullen: [string, string][] = [
    ["SV-loon basisjaar", "6.000.000,00"],
    ["SV-loon 2020", "7.056.000,00"],
    ["Werkgeverslasten 2020", "2.116.800,00"],
    ["Facturen inhuur basisjaar", "200.000,00"],
    ["Facturen inhuur 2020", "260.000,00"],
    ["Omzet ZZP/VPT VV4–VV10 basisjaar", "9.000.000,00"],
    ["Omzet ZZP/VPT VV4–VV10 2020", "9.300.000,00"],
    ["SV-dagen basisjaar", "50000"],
    ["SV-dagen 2020", "56000"],
    ["Cliëntdagen VV4 basisjaar", "7300"],
    ["Cliëntdagen VV5 basisjaar", "14600"],
    ["Cliëntdagen VV6 basisjaar", "10950"],
    ["Cliëntdagen VV7 basisjaar", "3650"],
    ["Cliëntdagen VV4 2020", "5475"],
    ["Cliëntdagen VV5 2020", "14600"],
    ["Cliëntdagen VV6 2020", "12775"],
    ["Cliëntdagen VV7 2020", "4380"],
    ["Cliëntdagen VV8 basisjaar", "0"],
    ["Cliëntdagen VV9b basisjaar", "0"],
    ["Cliëntdagen VV10 basisjaar", "0"],
    ["Cliëntdagen VV8 2020", "0"],
    ["Cliëntdagen VV9b 2020", "0"],
    ["Cliëntdagen VV10 2020", "0"],
    // §7, §15.1: the realised overige per agreed line (§13 E: 55.000 and 95.000).
    ["Gerealiseerd 2020: Scholing dementiezorg", "55.000,00"],
    ["Gerealiseerd 2020: Leefcirkels", "95.000,00"],
  ];
  for (const [label, waarde] of invullen) await p.getByLabel(label, { exact: true }).fill(waarde);
  await p.getByRole("heading", { name: "Voorlopige nacalculatie" }).waitFor();
  const regel = p.locator(".utrecht-data-list__item").filter({ hasText: "Personeel gerealiseerd" });
  await expect.poll(() => regel.textContent()).toBe("Personeel gerealiseerd€ 723.918,08");
  const overige = p.locator(".utrecht-data-list__item").filter({ hasText: "Overige vergoedbaar" });
  await expect.poll(() => overige.textContent()).toBe("Overige vergoedbaar€ 145.000,00");
  await p.getByRole("button", { name: "Jaarverslag indienen" }).click();
  await statusMet(p, "Het jaarverslag is ingediend");
  await stap(p, "10c-jaarverslag-ingediend");
}

/**
 * §9.3 in the dossier, where the accountantsrapport's §10 reminder links to: not yet received
 * with the §3.2 deadline (01-05-2021, 11 days left), a text file refused at the field, then the
 * PDF uploaded with the keyboard (Enter on the button) and shown as received.
 */
export async function accountantsrapport(s: Sessie, id: string, op: string) {
  const p = await scherm(s, link.dossier(id), op);
  const sectie = p.getByRole("region", { name: "Accountantsrapport" });
  await sectie.waitFor();
  const stand = sectie.locator(".utrecht-data-list");
  await expect.poll(() => stand.textContent()).toContain("Standnog niet ontvangen");
  expect(await stand.textContent()).toContain("Uiterlijk aanleveren op01-05-2021 nog 11 dagen");
  await stap(p, "11b-accountantsrapport-nog-niet");

  const veld = p.getByLabel(/^Accountantsrapport \(PDF/);
  const knop = p.getByRole("button", { name: "Accountantsrapport uploaden" });
  const txt = { name: "notities.txt", mimeType: "text/plain", buffer: Buffer.from("geen pdf") };
  await veld.setInputFiles(txt);
  await knop.press("Enter");
  await expect.poll(() => veld.getAttribute("aria-invalid")).toBe("true");
  const fout = p.locator(`#${await veld.getAttribute("aria-describedby")}`);
  expect(await fout.textContent()).toBe(
    "Accountantsrapport: bestandstype text/plain is niet toegestaan voor een rapport van feitelijke bevindingen; toegestaan: PDF",
  );
  await stap(p, "11c-accountantsrapport-geen-pdf");

  const naam = "Rapport feitelijke bevindingen.pdf";
  const pdf = Buffer.from(kleinePdf(naam));
  await veld.setInputFiles({ name: naam, mimeType: "application/pdf", buffer: pdf });
  await knop.press("Enter");
  await statusMet(p, `${naam} is geüpload en geaccepteerd`);
  expect(await sectie.locator("progress").getAttribute("value")).toBe("100");
  expect(await veld.getAttribute("aria-invalid")).toBeNull();
  await expect.poll(() => stand.textContent()).toBe("Standontvangen");
  const rij = sectie.getByRole("table", { name: "Aangeleverde accountantsrapporten over 2020" });
  expect(await rij.locator("tbody").textContent()).toMatch(
    new RegExp(`^${naam}20-04-2021,? 10:00\\d+ kBgeaccepteerd$`),
  );
  await stap(p, "11d-accountantsrapport-ontvangen");
}
