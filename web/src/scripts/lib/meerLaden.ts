// A paged list on a screen: the first page, and a "Meer laden" button that appends the next page
// of the API's list (cursor `volgende`, functions/lib/paginering.ts) until there is none. One
// home for the pattern of the audit trails and the regional overview.
import { haal, type Pagina, paginaPad } from "./api.js";
import { h, melding, vervang } from "./dom.js";
import { knop } from "./invoer.js";

export interface MeerLaden<P extends Pagina, R> {
  /** The list's address, with its filters; pages are asked with `cursor` added. */
  pad: string;
  /** The rows of one page of the answer. */
  rijen: (pagina: P) => readonly R[];
  /** What the rows loaded so far look like; `meer`: the list has more pages. */
  toon: (rijen: readonly R[], meer: boolean) => Node;
}

/** Shows `eerste` (the first page) in `plek` and loads the next pages on request. */
export function meerLaden<P extends Pagina, R>(
  plek: Element,
  eerste: P,
  lijst: MeerLaden<P, R>,
): void {
  const rijen: R[] = [...lijst.rijen(eerste)];
  const fout = h("div", { "aria-live": "polite" });
  // After a load the focus stays on the button (or the list, after the last page) for keyboard use.
  const toon = (volgende: string | null, focus = false) => {
    const meer = volgende
      ? knop("Meer laden", () => {
          meer!.disabled = true;
          haal<P>(paginaPad(lijst.pad, volgende)).then(
            (p) => {
              rijen.push(...lijst.rijen(p));
              toon(p.volgende, true);
            },
            (e) => {
              meer!.disabled = false;
              vervang(fout, melding("error", `Meer laden lukte niet: ${(e as Error).message}`));
            },
          );
        })
      : null;
    const inhoud = lijst.toon(rijen, volgende !== null);
    vervang(plek, inhoud, fout, meer);
    if (focus && meer) meer.focus();
    else if (focus && inhoud instanceof HTMLElement) {
      inhoud.tabIndex = -1;
      inhoud.focus();
    }
  };
  toon(eerste.volgende);
}
