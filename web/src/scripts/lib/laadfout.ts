// A page of one case that cannot load: the reason in the main area (role=alert), nothing else.
// A case outside the user's scope answers 404 exactly like one that does not exist (§1), so the
// page says "niet gevonden" and shows no data of it. Unlike pagina.ts toonFout this does not
// throw: a refused case is an expected outcome, not an error in the page.
import { ApiFout } from "./api.js";
import { element, melding, vervang } from "./dom.js";
import { foutTekst } from "./pagina.js";

export function toonLaadfout(e: unknown): void {
  const tekst =
    e instanceof ApiFout && e.status === 404
      ? "Deze aanvraag is niet gevonden, of u heeft er geen toegang toe."
      : foutTekst(e);
  vervang(document.getElementById("kb-pagina") ?? element("inhoud"), melding("error", tekst));
}
