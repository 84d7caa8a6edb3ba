// The aanvraag as the wizard edits it (docs/regels.md §4.1): the content of the concept with every
// field as typed (amounts "1.234,50", dates dd-mm-jjjj), turned into the API's form ("1234.50",
// jjjj-mm-dd) only when saved. Live totals use exact cents (lib/bedrag.ts); the server recomputes.
import type { OpgeslagenInhoud } from "../../lib/apiTypen.js";
import { bedragTekst, centen, som } from "../../lib/bedrag.js";
import { isoDatum } from "../../lib/invoer.js";

export interface Verbeterparagraaf {
  watGaatDeAanbiederDoen: string;
  welkResultaat: string;
  watIsDaarvoorNodig: string;
  hoeWordtInternGemonitord: string;
}
export interface Locatie {
  id: string;
  naam: string;
  verbeterparagraaf: Verbeterparagraaf;
}
export interface Personeelsregel {
  id: string;
  soort: "loondienst" | "inhuur";
  functiegroep: string;
  locatie: string;
  fte: string;
  ingangsmaand: string;
  direct: string;
  indirect: string;
  premies: string;
  kostenPerFte: string;
}
export interface Smart {
  specifiekDoel: string;
  meetbaarResultaat: string;
  haalbaarheid: string;
  relevantie: string;
  startdatum: string;
  einddatum: string;
}
export interface OverigeRegel {
  id: string;
  categorie: string;
  omschrijving: string;
  locatie: string;
  smart: Smart;
  bedrag: string;
}
export interface Begrotingsjaar {
  jaar: number;
  personeel: Personeelsregel[];
  overige: OverigeRegel[];
}
export interface Inhoud {
  locaties: Locatie[];
  begroting: Begrotingsjaar[];
  verklaringen: Record<string, boolean>;
  onderbouwing: Record<string, string>;
}

const tekst = (x: unknown): string => (typeof x === "string" ? x : "");
/** "1234.50" → "1234,50" so what the user sees is Dutch notation. */
const nlBedrag = (x: unknown): string => tekst(x).replace(".", ",");
const nlDatum = (x: unknown): string => {
  const s = tekst(x);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s.split("-").reverse().join("-") : s;
};

export const legeVerbeterparagraaf = (): Verbeterparagraaf => ({
  watGaatDeAanbiederDoen: "",
  welkResultaat: "",
  watIsDaarvoorNodig: "",
  hoeWordtInternGemonitord: "",
});

export function nieuwePersoneelsregel(id: string): Personeelsregel {
  return {
    id,
    soort: "loondienst",
    functiegroep: "verzorgende",
    locatie: "organisatiebreed",
    fte: "",
    ingangsmaand: "1",
    direct: "",
    indirect: "",
    premies: "",
    kostenPerFte: "",
  };
}

export function nieuweOverigeRegel(id: string): OverigeRegel {
  const smart = {
    specifiekDoel: "",
    meetbaarResultaat: "",
    haalbaarheid: "",
    relevantie: "",
    startdatum: "",
    einddatum: "",
  };
  return {
    id,
    categorie: "deskundigheid",
    omschrijving: "",
    locatie: "organisatiebreed",
    smart,
    bedrag: "",
  };
}

/** The server's stored content (amounts as "1234.50") → the wizard's form. */
export function uitServer(inhoud: unknown, jaar: number): Inhoud {
  const i = (inhoud ?? {}) as OpgeslagenInhoud;
  const begroting: Begrotingsjaar[] = (i.begroting ?? []).map((j) => ({
    jaar: j.jaar ?? jaar,
    personeel: (j.personeel ?? []).map((r) => {
      const leeg = nieuwePersoneelsregel(r.id ?? "");
      const loon = "loonkostenPerFte" in r ? r.loonkostenPerFte : undefined;
      return {
        ...leeg,
        soort: r.soort ?? leeg.soort,
        functiegroep: r.functiegroep ?? leeg.functiegroep,
        locatie: r.locatie ?? leeg.locatie,
        fte: nlBedrag(r.fte),
        ingangsmaand: String(r.ingangsmaand ?? 1),
        direct: nlBedrag(loon?.direct),
        indirect: nlBedrag(loon?.indirect),
        premies: nlBedrag(loon?.premies),
        kostenPerFte: nlBedrag("kostenPerFte" in r ? r.kostenPerFte : undefined),
      };
    }),
    overige: (j.overige ?? []).map((r) => {
      const leeg = nieuweOverigeRegel(r.id ?? "");
      return {
        ...leeg,
        categorie: r.categorie ?? leeg.categorie,
        omschrijving: tekst(r.omschrijving),
        locatie: r.locatie ?? leeg.locatie,
        bedrag: nlBedrag(r.bedrag),
        smart: {
          specifiekDoel: tekst(r.smart?.specifiekDoel),
          meetbaarResultaat: tekst(r.smart?.meetbaarResultaat),
          haalbaarheid: tekst(r.smart?.haalbaarheid),
          relevantie: tekst(r.smart?.relevantie),
          startdatum: nlDatum(r.smart?.startdatum),
          einddatum: nlDatum(r.smart?.einddatum),
        },
      };
    }),
  }));
  if (begroting.length === 0) begroting.push({ jaar, personeel: [], overige: [] });
  return {
    locaties: (i.locaties ?? []).map((l) => ({
      id: l.id ?? "",
      naam: tekst(l.naam),
      verbeterparagraaf: { ...legeVerbeterparagraaf(), ...(l.verbeterparagraaf ?? {}) },
    })),
    begroting,
    verklaringen: { ...(i.verklaringen ?? {}) },
    onderbouwing: { ...(i.onderbouwing ?? {}) },
  };
}

export interface Omzetfout {
  veld: string;
  tekst: string;
}

/**
 * The wizard's form → the API's content; fields that cannot be converted are reported by path.
 * The choices (functiegroep, categorie, locatie) stay text as the form holds them: the server's
 * schema is the judge of their values.
 */
export function naarServer(m: Inhoud): { inhoud: Record<string, unknown>; fouten: Omzetfout[] } {
  const fouten: Omzetfout[] = [];
  const bedrag = (pad: string, s: string, wat: string): string => {
    const c = s.trim() === "" ? 0n : centen(s);
    if (c === null || c < 0n) {
      fouten.push({ veld: pad, tekst: `${wat} is geen geldig bedrag, bijvoorbeeld 1.234,50` });
      return "0.00";
    }
    return bedragTekst(c);
  };
  const datum = (pad: string, s: string): string | undefined => {
    const d = isoDatum(s);
    if (d === null) fouten.push({ veld: pad, tekst: "geen geldige datum, schrijf dd-mm-jjjj" });
    return d ? d : undefined;
  };
  const begroting = m.begroting.map((j, i) => ({
    jaar: j.jaar,
    personeel: j.personeel.map((r, k) => {
      const p = `begroting[${i}].personeel[${k}]`;
      const basis = {
        id: r.id,
        soort: r.soort,
        functiegroep: r.functiegroep,
        locatie: r.locatie,
        fte: bedrag(`${p}.fte`, r.fte, "Extra fte"),
        ingangsmaand: Number(r.ingangsmaand),
      };
      if (r.soort === "inhuur")
        return {
          ...basis,
          kostenPerFte: bedrag(`${p}.kostenPerFte`, r.kostenPerFte, "Kosten per fte"),
        };
      const l = `${p}.loonkostenPerFte`;
      return {
        ...basis,
        loonkostenPerFte: {
          direct: bedrag(`${l}.direct`, r.direct, "Directe loonkosten"),
          indirect: bedrag(`${l}.indirect`, r.indirect, "Indirecte loonkosten"),
          premies: bedrag(`${l}.premies`, r.premies, "Premies"),
        },
      };
    }),
    overige: j.overige.map((r, k) => {
      const p = `begroting[${i}].overige[${k}]`;
      const { startdatum, einddatum, ...smart } = r.smart;
      return {
        id: r.id,
        categorie: r.categorie,
        omschrijving: r.omschrijving,
        locatie: r.locatie,
        bedrag: bedrag(`${p}.bedrag`, r.bedrag, "Bedrag"),
        smart: {
          ...smart,
          startdatum: datum(`${p}.smart.startdatum`, startdatum),
          einddatum: datum(`${p}.smart.einddatum`, einddatum),
        },
      };
    }),
  }));
  return {
    inhoud: {
      locaties: m.locaties,
      begroting,
      verklaringen: m.verklaringen,
      onderbouwing: m.onderbouwing,
    },
    fouten,
  };
}

/** Year cost in cents = fte × kosten per fte × (13 − ingangsmaand) / 12, half-up (§4.1.3, §11). */
export function jaarkostenCenten(r: Personeelsregel): bigint | null {
  const fte = centen(r.fte || "0"); // hundredths of an fte
  const perFte =
    r.soort === "inhuur"
      ? centen(r.kostenPerFte || "0")
      : [r.direct, r.indirect, r.premies].map((x) => centen(x || "0"));
  const kosten = Array.isArray(perFte)
    ? perFte.some((x) => x === null)
      ? null
      : som(perFte as bigint[])
    : perFte;
  if (fte === null || kosten === null || fte < 0n || kosten < 0n) return null;
  const maanden = BigInt(13 - Number(r.ingangsmaand));
  return (fte * kosten * maanden * 2n + 1200n) / 2400n;
}

export interface Totalen {
  personeel: bigint;
  overige: bigint;
  totaal: bigint;
  /** Some line cannot be read yet (a typo): the totals leave it out and say so. */
  onvolledig: boolean;
}

export function totalen(j: Begrotingsjaar): Totalen {
  const p = j.personeel.map(jaarkostenCenten);
  const o = j.overige.map((r) => centen(r.bedrag || "0"));
  const personeel = som(p.filter((x): x is bigint => x !== null));
  const overige = som(o.filter((x): x is bigint => x !== null && x >= 0n));
  const onvolledig = p.includes(null) || o.some((x) => x === null || x < 0n);
  return { personeel, overige, totaal: personeel + overige, onvolledig };
}

/** personeel / totaal < richtlijn ("0.85"), exactly: personeel × 100 < richtlijn × 100 × totaal. */
export function onderRichtlijn(t: Totalen, richtlijn: string): boolean {
  const r = centen(richtlijn); // hundredths
  if (r === null || t.totaal === 0n) return false;
  return t.personeel * 100n < r * t.totaal;
}
