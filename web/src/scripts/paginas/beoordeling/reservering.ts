// §5: zorgkantoor-beheer can set a different reserved amount for the aanbieder, with a reason;
// the server keeps the computed one beside it (GET …/reservering shows both).
import { api, seg } from "../../lib/api.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h } from "../../lib/dom.js";
import { bijVersturen, eisBedrag, eisIngevuld, knop, veld } from "../../lib/velden.js";

export function reserveringFormulier(
  id: string,
  huidig: string,
  klaar: (t: string) => void,
): HTMLElement {
  const bedrag = veld("Nieuw gereserveerd bedrag (€)", "bedrag", {
    waarde: huidig,
    beschrijving: `Nu gereserveerd: ${euro(huidig)}.`,
  });
  const reden = veld("Reden voor het andere bedrag", "reden", { meerRegels: true });
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, class: "kb-kaart", "aria-labelledby": "kb-reservering-kop" },
    h(
      "h3",
      { class: "utrecht-heading-3", id: "kb-reservering-kop" },
      "Gereserveerd bedrag aanpassen",
    ),
    samenvatting,
    bedrag.blok,
    reden.blok,
    knop("Reservering aanpassen", null, "secondary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [bedrag, reden],
    () => [...eisBedrag(bedrag, "990000,00"), ...eisIngevuld(reden, "Geef de reden op.")],
    async () => {
      const c = centen(bedrag.invoer.value)!;
      await api("PUT", `/api/aanvragen/${seg(id)}/reservering`, {
        bedrag: bedragTekst(c),
        reden: reden.invoer.value.trim(),
      });
      klaar(`Het gereserveerde bedrag is ${euro(c)}.`);
    },
  );
  return form;
}
