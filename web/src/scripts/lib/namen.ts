// Organisations by name, never by id (UX: no internal codes on a screen). The API answers carry
// the names beside the ids; a missing record shows as "onbekend", not as its id.
interface MetNamen {
  aanbiederId: string;
  aanbiederNaam?: string | null;
  zorgkantoorId: string;
  zorgkantoorNaam?: string | null;
}

export const aanbiederNaam = (a: Pick<MetNamen, "aanbiederNaam">): string =>
  a.aanbiederNaam ?? "onbekende aanbieder";

export const zorgkantoorNaam = (a: Pick<MetNamen, "zorgkantoorNaam">): string =>
  a.zorgkantoorNaam ?? "onbekend zorgkantoor";

/** id → name of every organisation named in a list of cases, for rows that carry only the id. */
export function namenUit(lijst: readonly MetNamen[]): (id: string | null | undefined) => string {
  const namen = new Map<string, string>();
  for (const a of lijst) {
    if (a.aanbiederNaam) namen.set(a.aanbiederId, a.aanbiederNaam);
    if (a.zorgkantoorNaam) namen.set(a.zorgkantoorId, a.zorgkantoorNaam);
  }
  return (id) => (id ? (namen.get(id) ?? "onbekende organisatie") : "");
}
