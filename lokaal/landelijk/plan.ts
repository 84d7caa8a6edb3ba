// National-scale issue: the PLAN of the national dataset — which zorgkantoren, aanbieders, users
// and cases exist and in which state — as a pure function of a seed and a size. Nothing here
// touches the stack (laden.ts executes the plan through the data layer), so the same seed always
// gives the same plan, the integration test can compare two plans, and the benchmarks know the
// largest region without reading anything. Names and the concerns' regions are fictional
// [demo data, not a source].
import type { AanbiederInvoer } from "#functions/data/aanbieders.js";
import { ZORGKANTOORREGIOS } from "#functions/data/regios.js";
import type { Zorgkantoor } from "#functions/data/zorgkantoren.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";

export interface Omvang {
  /** How many of the 31 regions get a zorgkantoor (the small test uses 2). */
  regios: number;
  aanbieders: number;
  /** Aanbieders per aanbieder user (≈ 205 aanbieder users at national size). */
  aanbiedersPerGebruiker: number;
  /** Aanbieders whose documents get a real PDF in S3 (the rest: metadata only). */
  echtePdfs: number;
}

export const LANDELIJK: Omvang = {
  regios: 31,
  aanbieders: 1000,
  aanbiedersPerGebruiker: 5,
  echtePdfs: 10,
};
export const KLEIN: Omvang = { regios: 2, aanbieders: 20, aanbiedersPerGebruiker: 5, echtePdfs: 2 };
export const STANDAARD_ZAAD = 20210512;

/** The dataset's "now": May 2021 — 2019 settled, 2020 in its year report, 2021 running. */
export const LANDELIJK_NU = amsterdam(2021, 5, 12, 10, 0);
export const JAREN = [2019, 2020, 2021] as const;
export const WACHTWOORD = "Landelijk-Kwaliteit-2021!";

/** Where a case of a year ends up (the builder stops there). */
export type Eindstand =
  | "concept"
  | "ingediend"
  | "in_beoordeling"
  | "aanvulling_gevraagd"
  | "afgewezen"
  | "goedgekeurd"
  | "addendum_getekend"
  /** 2020: agreed, voorschotten paid, year report submitted. */
  | "jaarverslag"
  /** 2019: vastgesteld (§9.3) with the money trail of §15.4. */
  | "vastgesteld";

export interface GeplandeZaak {
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
  eindstand: Eindstand;
  /** Extra fte asked for (personeel = fte × 85.000); overige always 60.000 + 90.000. */
  fte: number;
  /** 2019: both overige lines judged not conform (a negative saldo). */
  nietConform: boolean;
  echtePdf: boolean;
}

export interface GeplandeGebruiker {
  email: string;
  rol: Rol;
  lid: Lidmaatschap[];
}

export interface Plan {
  zaad: number;
  omvang: Omvang;
  zorgkantoren: Zorgkantoor[];
  aanbieders: AanbiederInvoer[];
  bankrekeningen: Record<string, { iban: string; tenaamstelling: string }>;
  gebruikers: GeplandeGebruiker[];
  zaken: GeplandeZaak[];
  /** Regional kader per zorgkantoor and year (text amounts): the agreed cases fit with room. */
  kaders: Record<number, Record<string, string>>;
  /** The zorgkantoor with the most cases (werkvoorraad and herschikking benchmarks). */
  grootste: string;
}

/** Mulberry32: small, fast and good enough; the same seed gives the same sequence everywhere. */
export function prng(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONCERNS = [
  "Zilveren Kruis",
  "VGZ",
  "CZ",
  "Menzis",
  "Zorg en Zekerheid",
  "DSW",
  "Salland",
] as const;
// The demo's division for the three concerns it has; the other regions spread over the rest.
const BEKEND: Record<string, (typeof CONCERNS)[number]> = {
  amsterdam: "Zilveren Kruis",
  "zaanstreek-waterland": "Zilveren Kruis",
  utrecht: "Zilveren Kruis",
  flevoland: "Zilveren Kruis",
  "t-gooi": "Zilveren Kruis",
  nijmegen: "VGZ",
  "noordoost-brabant": "VGZ",
  "noord-en-midden-limburg": "VGZ",
  zeeland: "CZ",
  "west-brabant": "CZ",
  "midden-brabant": "CZ",
  "zuid-limburg": "CZ",
};

/** A Dutch IBAN with valid check digits (ISO 7064 mod 97-10) for a fictitious account. */
export function iban(bank: string, rekening: number): string {
  const nummer = String(rekening).padStart(10, "0");
  const cijfers = `${[...bank].map((c) => c.charCodeAt(0) - 55).join("")}${nummer}232100`;
  let rest = 0;
  for (const c of cijfers) rest = (rest * 10 + Number(c)) % 97;
  return `NL${String(98 - rest).padStart(2, "0")}${bank}${nummer}`;
}

const BANKEN = [
  ["ABNA", "ABNANL2A"],
  ["INGB", "INGBNL2A"],
  ["RABO", "RABONL2U"],
] as const;

const VOOR = ["Zorggroep", "Stichting", "Woonzorgcentrum", "Zorgcentrum", "Verpleeghuis"];
const NAAM = ["De Linde", "Het Anker", "De Eik", "Het Baken", "De Wilg", "De Es", "Het Veen"];
const PLAATS = ["Noord", "Zuid", "Oost", "West", "aan de Rivier", "in het Dorp", "Centrum"];

/** The state of a case of `jaar`, drawn with the shares a May-2021 portal would show. */
function eindstand(jaar: number, r: number): Eindstand {
  if (jaar === 2019) return r < 0.04 ? "afgewezen" : "vastgesteld";
  if (jaar === 2020) return r < 0.03 ? "afgewezen" : r < 0.5 ? "addendum_getekend" : "jaarverslag";
  const verdeling: [number, Eindstand][] = [
    [0.1, "concept"],
    [0.2, "ingediend"],
    [0.3, "in_beoordeling"],
    [0.35, "aanvulling_gevraagd"],
    [0.4, "afgewezen"],
    [0.5, "goedgekeurd"],
    [1, "addendum_getekend"],
  ];
  return verdeling.find(([grens]) => r < grens)![1];
}

const AFGESPROKEN: readonly Eindstand[] = [
  "goedgekeurd",
  "addendum_getekend",
  "jaarverslag",
  "vastgesteld",
];
export const isAfgesproken = (e: Eindstand): boolean => AFGESPROKEN.includes(e);

/** §13 A's content scaled by fte; compensatie only from 2020 (§3.1). */
export function totaalVan(z: Pick<GeplandeZaak, "fte" | "jaar">): number {
  return z.fte * 85_000 + 150_000 + (z.jaar >= 2020 ? 24_000 : 0);
}

export function maakPlan(omvang: Omvang = LANDELIJK, zaad = STANDAARD_ZAAD): Plan {
  const r = prng(zaad);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const regios = ZORGKANTOORREGIOS.slice(0, omvang.regios);
  let rest = 0;
  const zorgkantoren: Zorgkantoor[] = regios.map((regio, i) => {
    const concern = BEKEND[regio.code] ?? CONCERNS[3 + (rest++ % 4)]!;
    const [bank, bic] = BANKEN[i % BANKEN.length]!;
    const naam = `${concern} Zorgkantoor ${regio.naam}`;
    return {
      id: `zk-${regio.code}`,
      naam,
      concern,
      regios: [regio.code],
      betaalrekening: { iban: iban(bank, 900_000_000 + i), bic, naam },
    };
  });

  // Region sizes from ~10 to ~120 cases a year: weight 10 + 110·x³ over a shuffled order.
  const volgorde = zorgkantoren.map((_, i) => i).sort(() => r() - 0.5);
  const n = zorgkantoren.length;
  const gewicht = volgorde.map((_, k) => 10 + 110 * (n === 1 ? 1 : k / (n - 1)) ** 3);
  const paren = Math.round(omvang.aanbieders * 1.15);
  const somGewicht = gewicht.reduce((s, g) => s + g, 0);
  const plaatsen: number[] = [];
  volgorde.forEach((zk, k) => {
    const aantal = Math.max(1, Math.round((gewicht[k]! * paren) / somGewicht));
    for (let j = 0; j < aantal; j++) plaatsen.push(zk);
  });
  for (let i = plaatsen.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [plaatsen[i], plaatsen[j]] = [plaatsen[j]!, plaatsen[i]!];
  }
  const regiosVan: number[][] = Array.from({ length: omvang.aanbieders }, () => []);
  plaatsen.forEach((zk, p) => {
    // Every aanbieder a home region first; the remaining places go to aanbieders not there yet.
    const kandidaat = p < omvang.aanbieders ? p : Math.floor(r() * omvang.aanbieders);
    if (!regiosVan[kandidaat]!.includes(zk)) regiosVan[kandidaat]!.push(zk);
  });

  const aanbieders: AanbiederInvoer[] = [];
  const bankrekeningen: Plan["bankrekeningen"] = {};
  const zaken: GeplandeZaak[] = [];
  for (let i = 0; i < omvang.aanbieders; i++) {
    const nr = String(i + 1).padStart(4, "0");
    const id = `lb-aanb-${nr}`;
    const naam = `${kies(VOOR)} ${kies(NAAM)} ${kies(PLAATS)} ${nr}`;
    aanbieders.push({
      id,
      naam,
      nzaNummer: `4${String(Math.floor(i / 10_000)).padStart(2, "0")}-${String(i % 10_000).padStart(4, "0")}`,
      agbCode: `74${String(i).padStart(6, "0")}`,
      contactpersonen: [{ naam: "Controller", email: `controller-${nr}@aanbieder.example` }],
      locaties: [{ id: "hoofd", naam, adres: `Zorgstraat ${i + 1}, 1000 AA Plaats` }],
      // Derived from the number, not drawn: the generator's sequence (and so the dataset) stays the same.
      postadres: { straat: `Zorgstraat ${i + 1}`, postcode: "1000 AA", plaats: "Plaats" },
      productie: { jaar: 2018, bedragen: { VV4: "0.00", VV5: "9000000.00" } },
    });
    bankrekeningen[id] = {
      iban: iban(BANKEN[i % BANKEN.length]![0], 100_000 + i),
      tenaamstelling: `Stichting ${naam}`,
    };
    for (const zk of regiosVan[i]!)
      for (const jaar of JAREN)
        zaken.push({
          aanbiederId: id,
          zorgkantoorId: zorgkantoren[zk]!.id,
          jaar,
          eindstand: eindstand(jaar, r()),
          fte: 1 + Math.floor(r() * 6),
          nietConform: r() < 0.15,
          echtePdf: i < omvang.echtePdfs,
        });
  }

  const kaders: Plan["kaders"] = {};
  for (const jaar of JAREN) {
    kaders[jaar] = {};
    for (const zk of zorgkantoren) {
      const afgesproken = zaken
        .filter((z) => z.jaar === jaar && z.zorgkantoorId === zk.id && isAfgesproken(z.eindstand))
        .reduce((s, z) => s + totaalVan(z), 0);
      // Room for the cases still being assessed and a margin, rounded to whole thousands.
      kaders[jaar]![zk.id] = `${Math.ceil((afgesproken * 1.08 + 500_000) / 1000) * 1000}.00`;
    }
  }

  const perZk = new Map<string, number>();
  for (const z of zaken)
    if (z.jaar === 2021) perZk.set(z.zorgkantoorId, (perZk.get(z.zorgkantoorId) ?? 0) + 1);
  const grootste = [...perZk.entries()].sort((a, b) => b[1] - a[1])[0]![0];

  return {
    zaad,
    omvang,
    zorgkantoren,
    aanbieders,
    bankrekeningen,
    gebruikers: gebruikers(zorgkantoren, aanbieders, omvang),
    zaken,
    kaders,
    grootste,
  };
}

/** Per zorgkantoor a beoordelaar and two beheer users (four eyes), two landelijk users, and aanbieder users for a few aanbieders each. */
function gebruikers(
  zorgkantoren: readonly Zorgkantoor[],
  aanbieders: readonly AanbiederInvoer[],
  omvang: Omvang,
): GeplandeGebruiker[] {
  const uit: GeplandeGebruiker[] = [];
  for (const zk of zorgkantoren) {
    const code = zk.id.slice(3);
    uit.push({
      email: `beoordelaar.${code}@landelijk.example`,
      rol: "beoordelaar",
      lid: [{ rol: "beoordelaar", zorgkantoorId: zk.id }],
    });
    for (const n of [1, 2])
      uit.push({
        email: `beheer${n}.${code}@landelijk.example`,
        rol: "zorgkantoor-beheer",
        lid: [{ rol: "zorgkantoor-beheer", zorgkantoorId: zk.id }],
      });
  }
  for (const n of [1, 2])
    uit.push({
      email: `landelijk${n}@landelijk.example`,
      rol: "landelijk-beheer",
      lid: [{ rol: "landelijk-beheer" }],
    });
  for (let i = 0; i < aanbieders.length; i += omvang.aanbiedersPerGebruiker) {
    const groep = aanbieders.slice(i, i + omvang.aanbiedersPerGebruiker);
    uit.push({
      email: `aanbieder${String(i / omvang.aanbiedersPerGebruiker + 1).padStart(3, "0")}@landelijk.example`,
      rol: "aanbieder",
      lid: groep.map((a) => ({ rol: "aanbieder" as const, aanbiederId: a.id })),
    });
  }
  return uit;
}
