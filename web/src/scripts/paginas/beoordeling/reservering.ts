// §5: zorgkantoor-beheer can set a different reserved amount for the aanbieder, with a reason;
// the server keeps the computed one beside it (GET …/reservering shows both).
import { api, seg } from "../../lib/api.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h } from "../../lib/dom.js";
import { foutSamenvatting, knop, toonServerFout, type Veld, veld } from "../../lib/velden.js";

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
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const c = centen(bedrag.invoer.value);
    const fouten: { veld: Veld; tekst: string }[] = [];
    if (c === null || c < 0n)
      fouten.push({ veld: bedrag, tekst: "Vul een bedrag in, bijvoorbeeld 990000,00." });
    if (reden.invoer.value.trim() === "") fouten.push({ veld: reden, tekst: "Geef de reden op." });
    if (fouten.length > 0) return foutSamenvatting(samenvatting, fouten);
    try {
      await api("PUT", `/api/aanvragen/${seg(id)}/reservering`, {
        bedrag: bedragTekst(c!),
        reden: reden.invoer.value.trim(),
      });
      klaar(`Het gereserveerde bedrag is ${euro(c!)}.`);
    } catch (fout) {
      toonServerFout(samenvatting, [bedrag, reden], fout);
    }
  });
  return form;
}
