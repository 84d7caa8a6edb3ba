// The fixed content of the demo data (lokaal/demo.ts loads it): fictional
// organisations at three zorgkantoren, one user per role (§1) and the aanvragen of 2020. The
// zorgkantoren's regions follow the public division as far as known [demo data, not a source].
import type { AanbiederInvoer } from "#functions/data/aanbieders.js";
import type { Zorgkantoor } from "#functions/data/zorgkantoren.js";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";

/** The demo's "now": a Tuesday in May 2020, the May realisatie window open and not yet used. */
export const DEMO_NU = amsterdam(2020, 5, 12, 10, 0);
export const JAAR = 2020;
export const DEMO_WACHTWOORD = "Demo-Kwaliteit-2020!";

export const ZORGKANTOREN: readonly Zorgkantoor[] = [
  {
    id: "zk-zilveren-kruis",
    naam: "Zilveren Kruis Zorgkantoor",
    concern: "Zilveren Kruis",
    regios: ["amsterdam", "zaanstreek-waterland", "utrecht", "flevoland", "t-gooi"],
    betaalrekening: {
      iban: "NL62ABNA0612345603",
      bic: "ABNANL2A",
      naam: "Zilveren Kruis Zorgkantoor",
    },
  },
  {
    id: "zk-vgz",
    naam: "VGZ Zorgkantoor",
    concern: "VGZ",
    regios: ["nijmegen", "noordoost-brabant", "noord-en-midden-limburg"],
    betaalrekening: { iban: "NL51INGB0004567802", bic: "INGBNL2A", naam: "VGZ Zorgkantoor" },
  },
  {
    id: "zk-cz",
    naam: "CZ Zorgkantoor",
    concern: "CZ",
    regios: ["zeeland", "west-brabant", "midden-brabant", "zuid-limburg"],
    betaalrekening: { iban: "NL91RABO0300123401", bic: "RABONL2U", naam: "CZ Zorgkantoor" },
  },
];
/**
 * §15.5: the approved bank account of each demo aanbieder (valid check digits, fictitious
 * accounts). The zorgkantoren's own accounts (debtor of the SEPA file) are in ZORGKANTOREN.
 */
export const BANKREKENINGEN: Record<string, { iban: string; tenaamstelling: string }> = {
  "aanb-de-linde": { iban: "NL24TRIO0212345604", tenaamstelling: "Stichting Zorggroep De Linde" },
  "aanb-het-baken": { iban: "NL38BNGH0285012345", tenaamstelling: "Stichting Het Baken" },
  "aanb-de-kastanje": {
    iban: "NL76RABO0141234567",
    tenaamstelling: "Woonzorgcentrum De Kastanje B.V.",
  },
  "aanb-maasduinen": {
    iban: "NL20INGB0001234567",
    tenaamstelling: "Stichting Zorgcentrum Maasduinen",
  },
  "aanb-de-waal": { iban: "NL67INGB0006543210", tenaamstelling: "Stichting Zorggroep De Waal" },
  "aanb-de-schelde": { iban: "NL81RABO0312345678", tenaamstelling: "Stichting De Schelde" },
  "aanb-de-peel": { iban: "NL27RABO0155667788", tenaamstelling: "Stichting Zorggroep De Peel" },
  "aanb-de-biesbosch": {
    iban: "NL25ABNA0487654321",
    tenaamstelling: "Zorgcentrum De Biesbosch B.V.",
  },
};

export const KADERS: Record<string, string> = {
  "zk-zilveren-kruis": "60000000.00",
  "zk-vgz": "45000000.00",
  "zk-cz": "50000000.00",
};

/** §15 demo (lokaal/demogeld.ts): the regional kaders of 2019, for the vastgestelde cases. */
export const KADERS_2019: Record<string, string> = {
  "zk-zilveren-kruis": "35000000.00",
  "zk-vgz": "25000000.00",
  "zk-cz": "30000000.00",
};

const productie = (totaal: string) => ({ jaar: 2018, bedragen: { VV4: "0.00", VV5: totaal } });
export const AANBIEDERS: readonly AanbiederInvoer[] = [
  {
    id: "aanb-de-linde",
    naam: "Zorggroep De Linde",
    nzaNummer: "300-1001",
    agbCode: "73731001",
    contactpersonen: [{ naam: "A. de Vries", email: "controller@delinde.example" }],
    locaties: [
      { id: "linde", naam: "De Linde", adres: "Lindelaan 1, 1071 AA Amsterdam" },
      { id: "anker", naam: "Het Anker", adres: "Havenstraat 12, 1506 PB Zaandam" },
    ],
    postadres: { straat: "Postbus 7001", postcode: "1007 JA", plaats: "Amsterdam" },
    productie: productie("9000000.00"),
  },
  {
    id: "aanb-het-baken",
    naam: "Stichting Het Baken",
    nzaNummer: "300-1002",
    agbCode: "73731002",
    locaties: [{ id: "baken", naam: "Het Baken", adres: "Vuurtorenweg 3, 3521 AB Utrecht" }],
    postadres: { straat: "Vuurtorenweg 3", postcode: "3521 AB", plaats: "Utrecht" },
    productie: productie("5000000.00"),
  },
  {
    id: "aanb-de-kastanje",
    naam: "Woonzorgcentrum De Kastanje",
    nzaNummer: "300-1003",
    agbCode: "73731003",
    nieuw: true,
    locaties: [
      { id: "kastanje", naam: "De Kastanje", adres: "Kastanjeplein 7, 1091 KH Amsterdam" },
    ],
    postadres: { straat: "Kastanjeplein 7", postcode: "1091 KH", plaats: "Amsterdam" },
    productie: { jaar: 2020, bedragen: { VV6: "2500000.00" } },
  },
  {
    id: "aanb-maasduinen",
    naam: "Zorgcentrum Maasduinen",
    nzaNummer: "300-1004",
    agbCode: "73731004",
    locaties: [{ id: "maas", naam: "Maasduinen", adres: "Duinweg 40, 6541 AA Nijmegen" }],
    postadres: { straat: "Duinweg 40", postcode: "6541 AA", plaats: "Nijmegen" },
    productie: productie("4000000.00"),
  },
  // §15 demo (lokaal/demogeld.ts): aanbieders at VGZ and CZ whose 2019 cases are vastgesteld.
  {
    id: "aanb-de-waal",
    naam: "Zorggroep De Waal",
    nzaNummer: "300-1007",
    agbCode: "73731007",
    locaties: [{ id: "waal", naam: "De Waal", adres: "Waalkade 9, 6511 XR Nijmegen" }],
    postadres: { straat: "Waalkade 9", postcode: "6511 XR", plaats: "Nijmegen" },
    productie: productie("9000000.00"),
  },
  {
    id: "aanb-de-schelde",
    naam: "Stichting De Schelde",
    nzaNummer: "300-1005",
    agbCode: "73731005",
    locaties: [{ id: "schelde", naam: "De Schelde", adres: "Boulevard 5, 4381 AA Vlissingen" }],
    postadres: { straat: "Boulevard 5", postcode: "4381 AA", plaats: "Vlissingen" },
    productie: productie("9000000.00"),
  },
  {
    id: "aanb-de-biesbosch",
    naam: "Zorgcentrum De Biesbosch",
    nzaNummer: "300-1006",
    agbCode: "73731006",
    locaties: [{ id: "biesbosch", naam: "De Biesbosch", adres: "Kreekweg 2, 4921 AA Made" }],
    postadres: { straat: "Kreekweg 2", postcode: "4921 AA", plaats: "Made" },
    productie: productie("9000000.00"),
  },
  // §15.2 demo (lokaal/demoherschikking.ts): a 2019 case at VGZ not yet vastgesteld, in the
  // reopened herschikking of 2019 whose proposal waits for the second signature.
  {
    id: "aanb-de-peel",
    naam: "Zorggroep De Peel",
    nzaNummer: "300-1008",
    agbCode: "73731008",
    locaties: [{ id: "peel", naam: "De Peel", adres: "Peelweg 4, 5401 AA Uden" }],
    postadres: { straat: "Peelweg 4", postcode: "5401 AA", plaats: "Uden" },
    productie: productie("9000000.00"),
  },
];

export interface DemoGebruiker {
  rol: Rol;
  email: string;
  wachtwoord: string;
  sub: string;
  omschrijving: string;
}
export const GEBRUIKERS: readonly (Omit<DemoGebruiker, "sub" | "wachtwoord"> & {
  lid: Lidmaatschap[];
})[] = [
  {
    rol: "aanbieder",
    email: "aanbieder@demo.kwaliteitsbudget.example",
    omschrijving: "controller van De Linde, Het Baken en De Kastanje",
    lid: ["aanb-de-linde", "aanb-het-baken", "aanb-de-kastanje"].map((aanbiederId) => ({
      rol: "aanbieder" as const,
      aanbiederId,
    })),
  },
  {
    rol: "beoordelaar",
    email: "beoordelaar@demo.kwaliteitsbudget.example",
    omschrijving: "beoordelaar bij Zilveren Kruis Zorgkantoor",
    lid: [{ rol: "beoordelaar", zorgkantoorId: "zk-zilveren-kruis" }],
  },
  {
    rol: "zorgkantoor-beheer",
    email: "beheer@demo.kwaliteitsbudget.example",
    omschrijving: "zorgkantoor-beheer bij Zilveren Kruis Zorgkantoor (tweede handtekening)",
    lid: [{ rol: "zorgkantoor-beheer", zorgkantoorId: "zk-zilveren-kruis" }],
  },
  {
    rol: "landelijk-beheer",
    email: "landelijk@demo.kwaliteitsbudget.example",
    omschrijving: "landelijk beheer (ZN)",
    lid: [{ rol: "landelijk-beheer" }],
  },
  // §15 four eyes: a second zorgkantoor-beheer user per demo zorgkantoor, so one can propose
  // (a batch, a vaststelling, a herschikking, a bank account) and the other approve.
  ...beheerders("zk-zilveren-kruis", "", "Zilveren Kruis Zorgkantoor", [2]),
  ...beheerders("zk-vgz", "-vgz", "VGZ Zorgkantoor", [1, 2]),
  ...beheerders("zk-cz", "-cz", "CZ Zorgkantoor", [1, 2]),
  // §15.7 four eyes: a second landelijk-beheer user, so one proposes the distribution of the
  // national remainder and the other approves it.
  {
    rol: "landelijk-beheer",
    email: "landelijk-2@demo.kwaliteitsbudget.example",
    omschrijving: "landelijk beheer (ZN, tweede handtekening)",
    lid: [{ rol: "landelijk-beheer" }],
  },
];

/** zorgkantoor-beheer users `beheer<achtervoegsel>-<n>@…` (n = 1: `beheer<achtervoegsel>@…`). */
function beheerders(zorgkantoorId: string, achtervoegsel: string, naam: string, nummers: number[]) {
  return nummers.map((n) => ({
    rol: "zorgkantoor-beheer" as const,
    email: `beheer${achtervoegsel}${n === 1 ? "" : `-${n}`}@demo.kwaliteitsbudget.example`,
    omschrijving: `zorgkantoor-beheer bij ${naam} (${n === 1 ? "eerste" : "tweede"} handtekening)`,
    lid: [{ rol: "zorgkantoor-beheer" as const, zorgkantoorId }],
  }));
}

/** A one-page PDF: enough for the signature check and a download on the screens. */
export const DEMO_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const tekst = (onderwerp: string) => `${onderwerp} (demotekst)`;
const smart = (doel: string, jaar: number) => ({
  specifiekDoel: tekst(doel),
  meetbaarResultaat: tekst("indicator per kwartaal"),
  haalbaarheid: tekst("budget en mensen zijn er"),
  relevantie: tekst("thema uit het kwaliteitsplan"),
  startdatum: `${jaar}-01-01`,
  einddatum: `${jaar}-12-31`,
});

/**
 * The aanvraag of a demo aanbieder for 2020. `vol`: complete, passing every §4.2 check — for De
 * Linde exactly §13 example A/E (personeel 850.000, overige 60.000 + 90.000); otherwise only a
 * start (a concept). Amounts as text, as the screens send them.
 */
export function demoInhoud(
  a: AanbiederInvoer,
  kwaliteitsplan: string,
  vol: boolean,
  jaar = JAAR,
  voorbeeldA = a.id === "aanb-de-linde",
): AanvraagInvoer {
  const locatie = a.locaties?.[0] ?? { id: "hoofdlocatie", naam: a.naam, adres: "-" };
  const verbeterparagraaf = {
    watGaatDeAanbiederDoen: tekst("extra zorgpersoneel in de avond"),
    welkResultaat: tekst("meer aandacht bij het avondeten"),
    watIsDaarvoorNodig: tekst("extra verzorgenden IG"),
    hoeWordtInternGemonitord: tekst("kwartaalmeting cliënttevredenheid"),
  };
  const basis: AanvraagInvoer = {
    documenten: [
      { id: kwaliteitsplan, soort: "kwaliteitsplan", naam: `Kwaliteitsplan ${jaar}.pdf` },
    ],
    locaties: [
      { id: locatie.id, naam: locatie.naam, verbeterparagraaf: vol ? verbeterparagraaf : {} },
    ],
  };
  if (!vol) return basis;
  const linde = voorbeeldA;
  return {
    ...basis,
    begroting: [
      {
        jaar,
        personeel: [
          {
            id: "p1",
            soort: "loondienst",
            functiegroep: "verzorgende",
            locatie: locatie.id,
            fte: linde ? "10.00" : "6.00",
            ingangsmaand: linde ? 1 : 2,
            loonkostenPerFte: { direct: "60000.00", indirect: "12500.00", premies: "12500.00" },
          },
        ],
        overige: linde
          ? [
              {
                id: "o1",
                categorie: "deskundigheid",
                omschrijving: "Scholing dementiezorg",
                locatie: "organisatiebreed",
                smart: smart("alle verzorgenden geschoold", jaar),
                bedrag: "60000.00",
              },
              {
                id: "o2",
                categorie: "technologie",
                omschrijving: "Leefcirkels en akoestische monitoring",
                locatie: locatie.id,
                smart: smart("rustiger nachten", jaar),
                bedrag: "90000.00",
              },
            ]
          : [
              {
                id: "o1",
                categorie: "technologie",
                omschrijving: "Beeldschermzorg in de nacht",
                locatie: locatie.id,
                smart: smart("minder onrust in de nacht", jaar),
                bedrag: "60000.00",
              },
            ],
      },
    ],
    verklaringen: {
      geenDubbeleBekostiging: true,
      uitsluitendVv4TotVv10: true,
      extraFteTovBasisjaar: true,
    },
  };
}
