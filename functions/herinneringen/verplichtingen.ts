// docs/regels.md §10: the obligations of each zorgkantoor's cases, derived from the stored facts by
// the pure rule of shared/herinneringen/afleiding.ts (the same rule the portal's list uses);
// shared/herinneringen/herinneringen.ts decides which reminders are due. Recipients are user subs
// (stable across e-mail changes: part of the reminder key); the address is looked up at send time.
import {
  type AfgeleideVerplichting,
  type OntvangersVan,
  verplichtingenUit,
} from "#shared/herinneringen/afleiding.js";
import type { Rol } from "#shared/rollen.js";
import { type Lid, ledenVan } from "../data/lidmaatschappen.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import { feitenVanZorgkantoor, jarenRond } from "./feiten.js";

export interface Bereik {
  /** Only these zorgkantoren (tests, replaying one region); absent: all of them. */
  zorgkantoorIds?: readonly string[];
}

type Organisatie = Parameters<OntvangersVan>[0];
const orgSleutel = (o: Organisatie): string => `${o.soort}#${o.id}`;

/** Loads the members of every organisation once, then answers synchronously for the pure rule. */
async function ontvangersVoor(orgs: readonly Organisatie[]): Promise<OntvangersVan> {
  const leden = new Map<string, Lid[]>();
  await Promise.all(
    orgs.map(async (o) => {
      if (!leden.has(orgSleutel(o))) leden.set(orgSleutel(o), await ledenVan(o));
    }),
  );
  return (o, rollen: readonly Rol[]) =>
    [
      ...new Set(
        (leden.get(orgSleutel(o)) ?? [])
          .filter((l) => rollen.includes(l.lidmaatschap.rol))
          .map((l) => l.sub),
      ),
    ].sort();
}

/** The zorgkantoren a run covers: the chosen ones (tests, replaying one region), else all. */
export const zorgkantorenVan = async (bereik: Bereik = {}): Promise<readonly string[]> =>
  bereik.zorgkantoorIds ?? (await lijstZorgkantoren()).map((z) => z.id);

/**
 * The obligations of one zorgkantoor that may need a reminder at `op`: of the cases of budget
 * years t−1, t and t+1 (t = the Amsterdam year of `op`), read from its work list (gsi1; no Scan).
 */
export async function verplichtingenVan(
  zorgkantoorId: string,
  op: Date,
): Promise<AfgeleideVerplichting[]> {
  const feiten = await feitenVanZorgkantoor(zorgkantoorId, jarenRond(op));
  const aanbieders = [...new Set(feiten.zaken.map((z) => z.aanbiederId))];
  const orgs: Organisatie[] = [
    { soort: "zorgkantoor", id: zorgkantoorId },
    ...aanbieders.map((id) => ({ soort: "aanbieder" as const, id })),
  ];
  return verplichtingenUit(feiten, await ontvangersVoor(orgs));
}
