// The addresses of the site's pages. The site is static (no server rendering),
// so a page is a folder and the object it shows travels in the query string. Mails link here
// (deep links of §10 reminders) and the site's pages are built at exactly these paths; a test
// builds the site and checks that every address below exists, so the two cannot drift apart.

export type RealisatieVenster = "mei" | "juli" | "oktober";

const q = (pad: string, params: Readonly<Record<string, string | number>>): string =>
  `${pad}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

/** Every page of the site (folder paths, ending in "/"), for the build check and the navigation. */
export const PAGINAS = {
  start: "/",
  inloggen: "/inloggen/",
  toegankelijkheidsverklaring: "/toegankelijkheidsverklaring/",
  woordenlijst: "/woordenlijst/",
  herinneringen: "/herinneringen/",
  aanbiederDashboard: "/aanbieder/",
  aanvraag: "/aanbieder/aanvraag/",
  realisatie: "/aanbieder/realisatie/",
  jaarverslag: "/aanbieder/jaarverslag/",
  aanbiederDossier: "/aanbieder/dossier/",
  bankrekening: "/aanbieder/bankrekening/",
  werkvoorraad: "/zorgkantoor/",
  beoordeling: "/zorgkantoor/beoordeling/",
  goedkeuringen: "/zorgkantoor/goedkeuringen/",
  regio: "/zorgkantoor/regio/",
  voorschotten: "/zorgkantoor/voorschotten/",
  herschikking: "/zorgkantoor/herschikking/",
  nacalculatie: "/zorgkantoor/nacalculatie/",
  exports: "/zorgkantoor/exports/",
  zorgkantoorAudit: "/zorgkantoor/audit/",
  beheerHerinneringen: "/zorgkantoor/herinneringen/",
  bankwijzigingen: "/zorgkantoor/bankrekeningen/",
  parameters: "/landelijk/",
  landelijkeTotalen: "/landelijk/totalen/",
  restantverdeling: "/landelijk/restant/",
} as const;

/** Deep links to one object; relative to the portal URL of the stage. */
export const link = {
  aanvraag: (aanvraagId: string): string => q(PAGINAS.aanvraag, { id: aanvraagId }),
  nieuweAanvraag: (jaar: number): string => q(PAGINAS.aanvraag, { jaar }),
  realisatie: (aanvraagId: string, venster: RealisatieVenster): string =>
    q(PAGINAS.realisatie, { id: aanvraagId, venster }),
  jaarverslag: (aanvraagId: string): string => q(PAGINAS.jaarverslag, { id: aanvraagId }),
  dossier: (aanvraagId: string): string => q(PAGINAS.aanbiederDossier, { id: aanvraagId }),
  beoordeling: (aanvraagId: string): string => q(PAGINAS.beoordeling, { id: aanvraagId }),
  herschikking: (zorgkantoorId: string, jaar: number): string =>
    q(PAGINAS.herschikking, { zorgkantoor: zorgkantoorId, jaar }),
  nacalculatie: (aanvraagId: string): string => q(PAGINAS.nacalculatie, { id: aanvraagId }),
  werkvoorraad: (zorgkantoorId: string, jaar: number): string =>
    q(PAGINAS.werkvoorraad, { zorgkantoor: zorgkantoorId, jaar }),
} as const;
