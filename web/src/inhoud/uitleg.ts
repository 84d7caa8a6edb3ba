// What each page is for and what happens next, in the users' own words (UX issue: "a short Dutch
// explanation on each page of what this step is and what happens next"). One text per address of
// shared/paginas.ts: the type makes a new page without its explanation a compile error. The frame
// (layouts/Portaal.astro) shows it under the page title, with a link to the woordenlijst.
import type { PAGINAS } from "#shared/paginas.ts";

export const UITLEG: Readonly<Record<keyof typeof PAGINAS, string>> = {
  start: "U wordt doorgestuurd naar de startpagina die bij uw rol hoort.",
  inloggen:
    "Log in met het e-mailadres en wachtwoord van uw account. Daarna ziet u de onderdelen die bij uw rol horen.",
  toegankelijkheidsverklaring:
    "Hoe toegankelijk het portaal is, wat we daarvoor doen en waar u een probleem meldt.",
  woordenlijst: "De woorden van de regeling en het portaal, kort uitgelegd.",
  herinneringen:
    "De termijnen die voor u gelden en de herinneringen die u per e-mail krijgt. U kiest hier welke herinneringen u wilt ontvangen.",
  aanbiederDashboard:
    "Uw aanvragen per jaar en wat er nu van u verwacht wordt. Vanuit hier start u een nieuwe aanvraag of opent u het dossier van een aanvraag.",
  aanvraag:
    "Hier vult u de aanvraag in: locaties met hun verbeterparagraaf, de meerjarenbegroting, de verklaringen en de documenten. Uw concept wordt bij elke stap bewaard. Na het indienen beoordeelt het zorgkantoor de aanvraag.",
  realisatie:
    "Hier meldt u wat u tot nu toe heeft gerealiseerd: extra personeel en uitgaven aan de overige maatregelen. Het zorgkantoor gebruikt dit voor de herschikking in november.",
  jaarverslag:
    "Na afloop van het jaar meldt u hier de realisatie over het hele jaar. Het zorgkantoor berekent daarmee de nacalculatie en stelt het kwaliteitsbudget vast.",
  aanbiederDossier:
    "Alles van één aanvraag: de stand van zaken, de besluiten en brieven, het financieel overzicht, de documenten en de geschiedenis.",
  bankrekening:
    "Het rekeningnummer waarop u de voorschotten en nabetalingen ontvangt. Een wijziging gaat pas in na controle door het zorgkantoor.",
  werkvoorraad:
    "De aanvragen van uw zorgkantoor die aandacht vragen, met hun termijn. Open een aanvraag om haar te beoordelen.",
  beoordeling:
    "Hier leest u de aanvraag, ziet u de uitkomst van de controles en legt u het besluit vast. Een toekenning wordt pas definitief na goedkeuring door een tweede medewerker.",
  goedkeuringen:
    "Besluiten en betaalbatches die wachten op een tweede handtekening. Na goedkeuring krijgt de aanbieder bericht of worden de betalingen vrijgegeven.",
  regio:
    "Het budget van uw regio: het regionale kader, de afspraken en de realisatie per aanbieder.",
  voorschotten:
    "De maandelijkse voorschotten: per maand de betaalopdrachten en de batches die na een tweede handtekening naar de bank gaan.",
  herschikking:
    "In november verdeelt u het budget van de regio opnieuw: wat een aanbieder niet gebruikt, kan naar een aanbieder die meer nodig heeft. Het voorstel wordt definitief na een tweede handtekening.",
  nacalculatie:
    "Na het jaar berekent u wat de aanbieder werkelijk aan kwaliteitsbudget krijgt. Na de vaststelling volgt een nabetaling, een terugvordering of een verrekening.",
  exports:
    "Downloads van de aanvragen, afspraken en betalingen van uw zorgkantoor als spreadsheet of betaalbestand.",
  zorgkantoorAudit:
    "Wie wat wanneer heeft gedaan, per zorgkantoor of per aanvraag. Niets in deze lijst kan worden gewijzigd.",
  beheerHerinneringen:
    "Herinneringen die niet konden worden afgeleverd. Controleer het e-mailadres van de gebruiker en verstuur opnieuw.",
  bankwijzigingen:
    "Wijzigingen van bankrekeningen die aanbieders hebben aangevraagd. Controleer het bankafschrift voordat u een wijziging goedkeurt.",
  parameters:
    "De landelijke parameters per jaar, zoals het landelijk kwaliteitsbudget, het voorschotpercentage en het reserveringspercentage. Een nieuwe versie geldt voor wat daarna wordt berekend.",
  landelijkeTotalen:
    "De totalen van alle zorgkantoren: kaders, afspraken, betalingen en vaststellingen.",
  restantverdeling:
    "Wat na de vaststellingen landelijk overblijft, wordt verdeeld over de aanbieders die daar recht op hebben. De verdeling wordt definitief na een tweede handtekening.",
};
