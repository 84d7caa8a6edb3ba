// docs/regels.md §10 with §3.2, §4.3, §5, §7, §8, §9: which obligations follow from the stored facts
// of the cases. One pure rule for both the reminder job and the portal's list of open
// obligations, so what the dashboard shows and what is mailed cannot differ.
// The facts are plain data; functions/herinneringen/feiten.ts reads them from the table.
import type { Toestand } from "../indiening/toestanden.js";
import { type Dag, dagVan, vergelijkDag } from "../kalender/tijd.js";
import { link } from "../paginas.js";
import type { Rol as GebruikersRol } from "../rollen.js";
import type { KalenderSoort } from "./soorten.js";
import { kalenderVerplichting, termijnVerplichting, type Verplichting } from "./verplichting.js";

export type RealisatieSoort = "mei" | "juli" | "oktober" | "jaarverslag";

/** What the rule needs to know of one case (aanvraag of one aanbieder, zorgkantoor and year). */
export interface ZaakFeiten {
  id: string;
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
  toestand: Toestand;
  /** Receipt day of the first submission (§5); null while never submitted. */
  ontvangen: Dag | null;
  /** An agreement (afspraak) is in force (§5). */
  afspraak: boolean;
  /** The realisaties submitted for the case's year (§7). */
  realisaties: readonly RealisatieSoort[];
  /** An accepted accountant's rapport van feitelijke bevindingen (§9.3). */
  accountantsrapport: boolean;
  /** The vaststelling is laid down (§9.3). */
  vastgesteld: boolean;
  /** The beoordelaar (sub) who took the case in behandeling (§5); null: nobody. */
  behandelaar: string | null;
}

export interface Feiten {
  zaken: readonly ZaakFeiten[];
  /** (zorgkantoor, year) pairs whose herschikking has been decided (§8). */
  herschikt: readonly { zorgkantoorId: string; jaar: number }[];
}

export type Organisatie = { soort: "aanbieder" | "zorgkantoor"; id: string };
/** The users (subs) of an organisation with one of the roles; [] where recipients do not matter. */
export type OntvangersVan = (o: Organisatie, rollen: readonly GebruikersRol[]) => readonly string[];

/** An obligation with the organisations it concerns (for access checks and failure lists). */
export type AfgeleideVerplichting = Verplichting & {
  zorgkantoorId: string;
  /** null for the zorgkantoor's own obligations (herschikking, nacalculatie). */
  aanbiederId: string | null;
  aanvraagId: string | null;
  jaar: number;
};

/**
 * Who is reminded, where §10 only names the party: the aanbieder's users for its own duties; for
 * the beoordelingstermijn the people who handle the case — its behandelaar, and beheer only while
 * nobody is (or the behandelaar is no longer a beoordelaar there), not every beoordelaar of the
 * zorgkantoor; only zorgkantoor-beheer for the addendum (the zorgkantoor's signature is beheer's,
 * §4.3), the herschikking and the vaststelling (§1: those are beheer's decisions).
 */
const BEOORDELAAR: readonly GebruikersRol[] = ["beoordelaar"];
const BEHEER: readonly GebruikersRol[] = ["zorgkantoor-beheer"];
const AANBIEDER: readonly GebruikersRol[] = ["aanbieder"];

/** The beoordelingstermijn ends with a decision; a case waiting for an aanvulling still runs. */
const BESLOTEN: ReadonlySet<Toestand> = new Set([
  "goedgekeurd",
  "afgewezen",
  "addendum_getekend",
  "vastgelegd",
]);
const ADDENDUM_GETEKEND: ReadonlySet<Toestand> = new Set(["addendum_getekend", "vastgelegd"]);

const REALISATIES: readonly [KalenderSoort, RealisatieSoort][] = [
  ["realisatie_mei", "mei"],
  ["realisatie_juli", "juli"],
  ["realisatie_oktober", "oktober"],
  ["jaarverslag", "jaarverslag"],
];

function vanZaak(z: ZaakFeiten, wie: OntvangersVan): AfgeleideVerplichting[] {
  const org = { zorgkantoorId: z.zorgkantoorId, aanbiederId: z.aanbiederId, aanvraagId: z.id };
  const uit: AfgeleideVerplichting[] = [];
  const zk = { soort: "zorgkantoor" as const, id: z.zorgkantoorId };
  const aanbieder = { soort: "aanbieder" as const, id: z.aanbiederId };
  if (z.ontvangen) {
    const ontvangers =
      z.behandelaar !== null && wie(zk, BEOORDELAAR).includes(z.behandelaar)
        ? [z.behandelaar]
        : [...wie(zk, BEHEER)];
    for (const soort of ["beoordeling_streefdatum", "beoordeling_uiterste"] as const) {
      const v = termijnVerplichting(soort, z.ontvangen, {
        sleutel: `${soort}:${z.id}`,
        ontvangers,
        voldaan: BESLOTEN.has(z.toestand),
        link: link.beoordeling(z.id),
      });
      uit.push({ ...v, ...org, jaar: z.jaar });
    }
  }
  // §5: an approved toekenning must be laid down in an addendum signed by both parties.
  if (z.toestand === "goedgekeurd" || ADDENDUM_GETEKEND.has(z.toestand)) {
    const v = kalenderVerplichting("addendum", z.jaar, {
      sleutel: `addendum:${z.id}`,
      ontvangers: [...wie(zk, BEHEER)],
      voldaan: ADDENDUM_GETEKEND.has(z.toestand),
      link: link.beoordeling(z.id),
    });
    uit.push({ ...v, ...org, jaar: z.jaar });
  }
  if (!z.afspraak) return uit;
  // An agreement in force (§6, §7, §9.3): the aanbieder owes the realisaties and the accountant's report.
  const ontvangers = [...wie(aanbieder, AANBIEDER)];
  for (const [soort, venster] of REALISATIES) {
    const v = kalenderVerplichting(soort, z.jaar, {
      sleutel: `${soort}:${z.id}`,
      ontvangers,
      voldaan: z.realisaties.includes(venster),
      link: venster === "jaarverslag" ? link.jaarverslag(z.id) : link.realisatie(z.id, venster),
    });
    uit.push({ ...v, ...org, jaar: z.jaar });
  }
  const rapport = kalenderVerplichting("accountantsrapport", z.jaar, {
    sleutel: `accountantsrapport:${z.id}`,
    ontvangers,
    voldaan: z.accountantsrapport,
    link: link.dossier(z.id),
  });
  uit.push({ ...rapport, ...org, jaar: z.jaar });
  return uit;
}

const paar = (a: string, b: string | number): string => JSON.stringify([a, b]);
/** Ids inside an obligation's sleutel are percent-encoded: "a:b"+"c" never meets "a"+"b:c". */
const e = encodeURIComponent;

/**
 * The aanvraag for year Y (window 1 Sep – 31 Dec Y−1, §3.2). Where docs/regels.md is silent on who
 * "should" apply, the data decide: an aanbieder that submitted an aanvraag at a zorgkantoor for
 * Y−1 (it is contracted in that region, §2) is expected to apply there again for Y, and one that
 * has started an aanvraag (a concept) for Y should submit it. Met once the aanvraag of Y has been
 * submitted (it has a receipt date, whatever happened after).
 */
function aanvragen(zaken: readonly ZaakFeiten[], wie: OntvangersVan): AfgeleideVerplichting[] {
  const perDrieslag = new Map(
    zaken.map((z) => [JSON.stringify([z.aanbiederId, z.zorgkantoorId, z.jaar]), z]),
  );
  const kandidaten = new Map<
    string,
    { aanbiederId: string; zorgkantoorId: string; jaar: number }
  >();
  for (const z of zaken) {
    const jaren = z.ontvangen ? [z.jaar, z.jaar + 1] : [z.jaar];
    for (const jaar of jaren) {
      const k = JSON.stringify([z.aanbiederId, z.zorgkantoorId, jaar]);
      kandidaten.set(k, { aanbiederId: z.aanbiederId, zorgkantoorId: z.zorgkantoorId, jaar });
    }
  }
  return [...kandidaten.entries()].map(([k, c]) => {
    const zaak = perDrieslag.get(k);
    const v = kalenderVerplichting("aanvraag", c.jaar, {
      sleutel: `aanvraag:${c.jaar}:${e(c.aanbiederId)}:${e(c.zorgkantoorId)}`,
      ontvangers: [...wie({ soort: "aanbieder", id: c.aanbiederId }, AANBIEDER)],
      voldaan: zaak?.ontvangen != null,
      link: zaak ? link.aanvraag(zaak.id) : link.nieuweAanvraag(c.jaar),
    });
    return { ...v, ...c, aanvraagId: zaak?.id ?? null };
  });
}

/**
 * The zorgkantoor's own duties per year in which it has agreements: the herschikking (§8; met by
 * a herschikking decision, also one that changes nothing) and the nacalculatie (§9; met when
 * every agreement of that year is vastgesteld). The nacalculatie links to the work list of the
 * year: it names the cases still to settle.
 */
function zorgkantoorplichten(f: Feiten, wie: OntvangersVan): AfgeleideVerplichting[] {
  const metAfspraak = new Map<string, ZaakFeiten[]>();
  for (const z of f.zaken) {
    if (!z.afspraak) continue;
    const k = paar(z.zorgkantoorId, z.jaar);
    metAfspraak.set(k, [...(metAfspraak.get(k) ?? []), z]);
  }
  const herschikt = new Set(f.herschikt.map((h) => paar(h.zorgkantoorId, h.jaar)));
  return [...metAfspraak.entries()].flatMap(([k, zaken]) => {
    const { zorgkantoorId, jaar } = zaken[0]!;
    const ontvangers = [...wie({ soort: "zorgkantoor", id: zorgkantoorId }, BEHEER)];
    const org = { zorgkantoorId, aanbiederId: null, aanvraagId: null, jaar };
    return [
      {
        ...kalenderVerplichting("herschikking", jaar, {
          sleutel: `herschikking:${jaar}:${e(zorgkantoorId)}`,
          ontvangers,
          voldaan: herschikt.has(k),
          link: link.herschikking(zorgkantoorId, jaar),
        }),
        ...org,
      },
      {
        ...kalenderVerplichting("nacalculatie", jaar, {
          sleutel: `nacalculatie:${jaar}:${e(zorgkantoorId)}`,
          ontvangers,
          voldaan: zaken.every((z) => z.vastgesteld),
          link: link.werkvoorraad(zorgkantoorId, jaar),
        }),
        ...org,
      },
    ];
  });
}

/** Every obligation the facts give rise to, met or not (the reminder rule skips the met ones). */
export function verplichtingenUit(f: Feiten, wie: OntvangersVan): AfgeleideVerplichting[] {
  return [
    ...aanvragen(f.zaken, wie),
    ...f.zaken.flatMap((z) => vanZaak(z, wie)),
    ...zorgkantoorplichten(f, wie),
  ];
}

/** Open on the day of `nu`: not met and its deadline not past; by deadline, then key. */
export function openOp<V extends Verplichting>(lijst: readonly V[], nu: Date): V[] {
  const vandaag = dagVan(nu);
  return lijst
    .filter((v) => !v.voldaan && vergelijkDag(vandaag, v.deadline) <= 0)
    .sort((a, b) => vergelijkDag(a.deadline, b.deadline) || a.sleutel.localeCompare(b.sleutel));
}

/** Recipients do not matter (the portal's list of obligations). */
export const geenOntvangers: OntvangersVan = () => [];
