// §15.2 [portal rule] on the herschikking page: the zorgkantoor may change the split of a changed
// case's new total over personeel and overige, within the requested amount per category. The
// computed split (the rule of §15.2, from the server) is the default; the page adds up in exact
// cents while typing and the server checks again (422 naming the field).
import type { Rij } from "../../lib/apiTypen.js";
import { bedragNl, bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h } from "../../lib/dom.js";
import { type Veld, veld, zetFout } from "../../lib/velden.js";

/** §15.2: one line's split per category; null in the answer when it cannot be split. */
export type Verdeling = NonNullable<Rij<"herschikkingsvoorstel", "regels">["verdeling"]>;

export interface VerdelingBlok {
  blok: HTMLElement;
  velden: Veld[];
  /** The split to send, or undefined when the user keeps the computed one. */
  waarde(): { personeel: string; overige: string } | undefined;
  /** The page's own check against the new total; true when it may be sent. */
  controleer(totaal: bigint | null): boolean;
}

export function verdelingBlok(
  naam: string,
  index: number,
  v: Verdeling,
  bijWijziging: () => void,
): VerdelingBlok {
  const id = `kb-verdeling-${index}`;
  const aan = h("input", {
    type: "checkbox",
    id,
    class: "utrecht-checkbox utrecht-checkbox--html-input",
  });
  const pad = `voorstel[${index}].verdeling`;
  const personeel = veld(`Personeel ${naam} (€)`, `${pad}.personeel`, {
    waarde: bedragNl(v.personeel.nieuw),
    beschrijving: `Nu ${euro(v.personeel.afspraak)}; aangevraagd ${euro(v.personeel.aangevraagd)} (hoger kan niet).`,
  });
  const overige = veld(`Overige kosten ${naam} (€)`, `${pad}.overige`, {
    waarde: bedragNl(v.overige.nieuw),
    beschrijving: `Nu ${euro(v.overige.afspraak)}; aangevraagd ${euro(v.overige.aangevraagd)} (hoger kan niet).`,
  });
  const samen = h("p", { class: "utrecht-paragraph", role: "status", "aria-live": "polite" });
  const velden = h("div", { hidden: true }, personeel.blok, overige.blok, samen);
  aan.addEventListener("change", () => {
    velden.hidden = !aan.checked;
    bijWijziging();
  });
  const blok = h(
    "div",
    {},
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--checkbox" },
      aan,
      h(
        "label",
        { class: "utrecht-form-label utrecht-form-label--checkbox", for: id },
        ` Verdeling over personeel en overige zelf bepalen (voorstel: personeel ${euro(v.personeel.nieuw)}, overige ${euro(v.overige.nieuw)})`,
      ),
    ),
    velden,
  );
  return {
    blok,
    velden: [personeel, overige],
    waarde() {
      if (!aan.checked) return undefined;
      const p = centen(personeel.invoer.value);
      const o = centen(overige.invoer.value);
      return p === null || o === null
        ? undefined
        : { personeel: bedragTekst(p), overige: bedragTekst(o) };
    },
    controleer(totaal) {
      if (!aan.checked) {
        zetFout(personeel, null);
        zetFout(overige, null);
        samen.textContent = "";
        return true;
      }
      let goed = true;
      for (const [f, cat, wat] of [
        [personeel, v.personeel, "personeel"],
        [overige, v.overige, "overige kosten"],
      ] as const) {
        const c = centen(f.invoer.value);
        const q = centen(cat.aangevraagd)!;
        const fout =
          c === null
            ? "Vul een bedrag in, bijvoorbeeld 1.234,56."
            : c < 0n
              ? `Het bedrag voor ${wat} kan niet negatief zijn.`
              : c > q
                ? `Hoger dan aangevraagd voor ${wat} (${euro(q)}).`
                : null;
        zetFout(f, fout);
        if (fout) goed = false;
      }
      const p = centen(personeel.invoer.value);
      const o = centen(overige.invoer.value);
      if (p !== null && o !== null && totaal !== null) {
        const som = p + o;
        samen.textContent =
          som === totaal
            ? `Samen ${euro(som)}: gelijk aan de nieuwe afspraak.`
            : `Samen ${euro(som)}; de nieuwe afspraak is ${euro(totaal)}. Personeel en overige moeten samen precies de nieuwe afspraak zijn.`;
        if (som !== totaal) goed = false;
      }
      return goed;
    },
  };
}
