// §15.2 on the herschikking page: the herschikking is decided in November t "unless
// zorgkantoor-beheer reopens it with a reason". The page shows the window's state and, when it is
// closed, lets zorgkantoor-beheer reopen it until a day (at most 30 days ahead) with a reason. The
// server checks every condition (POST …/herschikking/{jaar}/heropening).
import { api } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { h, melding } from "../../lib/dom.js";
import { isoDatum } from "../../lib/invoer.js";
import { bijVersturen, eisIngevuld, knop, veld } from "../../lib/velden.js";

export type Venster = Antwoord<"herschikkingsvoorstel">["venster"];

/** The window's state, and for zorgkantoor-beheer the reopening form when it is closed. */
export function vensterSectie(
  pad: string,
  v: Venster,
  beheer: boolean,
  klaar: (t: string) => void,
): HTMLElement {
  const stand = melding(
    v.status === "open" || v.status === "heropend" ? "info" : "warning",
    v.reden,
  );
  if (!beheer || v.status !== "gesloten") return stand;
  const uiterlijk = veld("Heropenen tot en met (dd-mm-jjjj)", "uiterlijk", {
    beschrijving: "Tot 23:59 uur Amsterdamse tijd op deze dag; hoogstens 30 dagen vanaf vandaag.",
  });
  uiterlijk.invoer.setAttribute("inputmode", "numeric");
  const reden = veld("Reden voor de heropening", "reden", { meerRegels: true, verplicht: true });
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, class: "kb-kaart", "aria-labelledby": "kb-heropening-kop" },
    h("h2", { class: "utrecht-heading-2", id: "kb-heropening-kop" }, "Herschikking heropenen"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "De herschikking is gesloten. Heropen haar om het voorstel alsnog vast te leggen en goed te keuren.",
    ),
    samenvatting,
    uiterlijk.blok,
    reden.blok,
    knop("Herschikking heropenen", null, "secondary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [uiterlijk, reden],
    () => [
      ...(isoDatum(uiterlijk.invoer.value)
        ? []
        : [{ veld: uiterlijk, tekst: "Vul een datum in, bijvoorbeeld 15-12-2020." }]),
      ...eisIngevuld(reden, "Geef de reden op."),
    ],
    async () => {
      await api("POST", `${pad}/heropening`, {
        uiterlijk: isoDatum(uiterlijk.invoer.value),
        reden: reden.invoer.value.trim(),
      });
      klaar(`De herschikking is heropend tot en met ${uiterlijk.invoer.value.trim()}.`);
    },
  );
  return h("div", {}, stand, form);
}
