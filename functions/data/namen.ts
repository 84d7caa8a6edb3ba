// The names of organisations for an answer that otherwise only carries their ids: screens show
// names, never ids (UX: no internal codes). Read in one round beside whatever else the operation
// reads — the aanbieders by key, the zorgkantoren as the one short list (31 nationally).
import { leesAanbieder } from "./aanbieders.js";
import { lijstZorgkantoren } from "./zorgkantoren.js";

export interface Namen {
  aanbieder(id: string): string | null;
  zorgkantoor(id: string): string | null;
}

export async function leesNamen(aanbiederIds: readonly string[]): Promise<Namen> {
  const ids = [...new Set(aanbiederIds)];
  const [aanbieders, zorgkantoren] = await Promise.all([
    Promise.all(ids.map(leesAanbieder)),
    lijstZorgkantoren(),
  ]);
  const a = new Map(aanbieders.flatMap((x) => (x ? [[x.id, x.naam] as const] : [])));
  const z = new Map(zorgkantoren.map((x) => [x.id, x.naam] as const));
  return { aanbieder: (id) => a.get(id) ?? null, zorgkantoor: (id) => z.get(id) ?? null };
}

/** The two name fields of a case in an answer. */
export const namenVan = (n: Namen, r: { aanbiederId: string; zorgkantoorId: string }) => ({
  aanbiederNaam: n.aanbieder(r.aanbiederId),
  zorgkantoorNaam: n.zorgkantoor(r.zorgkantoorId),
});
