// The woordenlijst page (UX issue: "a glossary page"): the words of the regeling and the portal
// for its users, in Dutch. The team's own glossary, with the word choices for code, is section 0 of
// docs/regels.md; this one explains the same words to controllers and beoordelaars.
export interface Begrip {
  term: string;
  uitleg: string;
}

export const WOORDENLIJST: readonly Begrip[] = [
  {
    term: "Kwaliteitsbudget",
    uitleg:
      "Extra budget per jaar waarmee een zorgaanbieder het Kwaliteitskader Verpleeghuiszorg uitvoert: vooral extra personeel, en daarnaast overige maatregelen.",
  },
  {
    term: "Zorgkantoor",
    uitleg:
      "Het regionale kantoor dat de Wlz-zorg inkoopt. Het beoordeelt de aanvragen van zijn regio, betaalt de voorschotten en stelt het budget vast.",
  },
  {
    term: "Zorgaanbieder",
    uitleg:
      "De organisatie die de verpleeghuiszorg levert en het kwaliteitsbudget aanvraagt. Herkenbaar aan NZa-nummer en AGB-code.",
  },
  {
    term: "Kwaliteitsplan",
    uitleg:
      "Het plan van de zorgaanbieder voor een jaar, met per locatie een verbeterparagraaf: wat er beter moet en hoe.",
  },
  {
    term: "Aanvraag",
    uitleg:
      "Het verzoek van één zorgaanbieder bij één zorgkantoor voor één jaar, van concept tot en met de afwikkeling. In het portaal heet alles van die aanvraag samen het dossier.",
  },
  {
    term: "Meerjarenbegroting",
    uitleg:
      "De begroting van de aanvraag over meerdere jaren: per categorie het extra personeel (fte en loonkosten) en de overige maatregelen.",
  },
  {
    term: "Beoordeling",
    uitleg:
      "Het zorgkantoor controleert de aanvraag en besluit wat wordt toegekend. Het kan eerst om een aanvulling vragen.",
  },
  {
    term: "Aanvulling",
    uitleg:
      "Informatie die het zorgkantoor nog nodig heeft. De aanvraag gaat terug naar de zorgaanbieder, die haar aanvult en opnieuw indient.",
  },
  {
    term: "Toekenning",
    uitleg:
      "Het besluit van het zorgkantoor over de aanvraag. Een toekenning is pas definitief na goedkeuring door een tweede medewerker (vier ogen).",
  },
  {
    term: "Vier ogen",
    uitleg:
      "Besluiten over geld worden door de ene medewerker voorgesteld en door een andere goedgekeurd.",
  },
  {
    term: "Addendum",
    uitleg:
      "De aanvulling op het Wlz-contract waarin de afspraak over het kwaliteitsbudget staat. Beide partijen ondertekenen het.",
  },
  {
    term: "Afspraak",
    uitleg:
      "Het bedrag dat is afgesproken, per categorie en per overige maatregel. Een herschikking of vaststelling legt een nieuwe afspraak vast; de eerdere blijven zichtbaar.",
  },
  {
    term: "Voorschot",
    uitleg:
      "Maandelijkse betaling vooraf op het afgesproken bedrag: over het jaar een vast percentage van de afspraak. Het verschil met wat werkelijk wordt vastgesteld, wordt na het jaar verrekend.",
  },
  {
    term: "Betaalopdracht en betaalbatch",
    uitleg:
      "Een betaalopdracht is één betaling aan één zorgaanbieder. De opdrachten van een maand gaan samen in een betaalbatch naar de bank, na een tweede handtekening.",
  },
  {
    term: "Realisatie",
    uitleg:
      "Wat de zorgaanbieder werkelijk heeft besteed en aan extra personeel heeft aangenomen. Tussentijds gemeld in vaste periodes (mei, juli, oktober) en na het jaar over het hele jaar.",
  },
  {
    term: "Herschikking",
    uitleg:
      "In november verdeelt het zorgkantoor het regionale budget opnieuw: wat een zorgaanbieder naar verwachting niet besteedt, kan naar een zorgaanbieder die meer nodig heeft, nooit boven wat die had aangevraagd.",
  },
  {
    term: "Nacalculatie",
    uitleg:
      "De berekening na het jaar van wat de zorgaanbieder werkelijk aan kwaliteitsbudget krijgt, op grond van de realisatie over het hele jaar en het rapport van de accountant.",
  },
  {
    term: "Rondrekening",
    uitleg:
      "De berekening in de nacalculatie van de extra personeelskosten: de loonsom en de dagen van het jaar tegenover die van het basisjaar, gecorrigeerd voor een andere samenstelling van de cliënten.",
  },
  {
    term: "Cliëntmixindex",
    uitleg:
      "Het getal in de rondrekening dat laat zien hoe zwaar de zorg voor de cliënten dit jaar is ten opzichte van het basisjaar. Een gelijke mix geeft precies 1.",
  },
  {
    term: "Vaststelling",
    uitleg:
      "Het definitieve besluit over het kwaliteitsbudget van een jaar: personeel en overige voor zover besteed, plus de compensatiecomponent. Vastgesteld met vier ogen.",
  },
  {
    term: "Saldo",
    uitleg:
      "Het verschil tussen het vastgestelde bedrag en de betaalde voorschotten. Is het positief, dan volgt een nabetaling; is het negatief, een terugvordering of verrekening.",
  },
  {
    term: "Terugvordering en verrekening",
    uitleg:
      "Te veel betaald voorschot wordt teruggevraagd (terugvordering) of afgetrokken van een betaling die de zorgaanbieder nog tegoed heeft (verrekening).",
  },
  {
    term: "Compensatiecomponent",
    uitleg:
      "Een vast bedrag voor zorgaanbieders die omzet verliezen door de herweging van de tarieven in 2020. Het staat los van de plannen en wordt niet onderhandeld.",
  },
  {
    term: "Landelijk restant",
    uitleg:
      "Wat na alle vaststellingen van het landelijk kwaliteitsbudget overblijft. Het wordt verdeeld over zorgaanbieders die meer extra personeel hebben betaald dan afgesproken, binnen hun aanvraag.",
  },
  {
    term: "Regionaal kader",
    uitleg:
      "Het deel van het landelijk kwaliteitsbudget dat een zorgkantoorregio mag afspreken. Het wordt nooit overschreden.",
  },
  {
    term: "Audittrail",
    uitleg:
      "De vastgelegde geschiedenis van een aanvraag of zorgkantoor: wie wat wanneer deed en waarom. Niets daarin kan worden gewijzigd.",
  },
];
