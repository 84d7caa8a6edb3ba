// The zorgkantoor's actions on an aanvraag by state (§4.3, §5), as the state machine of
// shared/indiening/toestanden.ts allows them: in behandeling nemen, aanvulling vragen (reason),
// mediation melden/beëindigen, afwijzen (motivation required, §5.4), the addendum signature of
// the zorgkantoor and vastleggen (zorgkantoor-beheer). Every action sends the `versie` read.
import { api, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { h } from "../../lib/dom.js";
import type { Context } from "../../lib/pagina.js";
import { bijVersturen, eisIngevuld, knop, toonServerFout, veld } from "../../lib/velden.js";

/** What the actions read of the case. */
export type Zaak = Pick<Antwoord<"leesAanvraag">, "id" | "toestand" | "mediation" | "versie">;
export type Klaar = (melding: string) => void;

const pad = (z: Zaak, rest: string) => `/api/aanvragen/${seg(z.id)}${rest}`;

/** A form with one text field (reason or motivation) and one button. */
function redenFormulier(o: {
  kop: string;
  label: string;
  naam: string;
  knop: string;
  verplicht: boolean;
  verstuur: (tekst: string) => Promise<string>;
  klaar: Klaar;
}): HTMLElement {
  const v = veld(o.label, o.naam, { meerRegels: true, verplicht: o.verplicht });
  const samenvatting = h("div");
  const kopId = `kb-kop-${o.naam}-${o.knop.replace(/\W/g, "")}`;
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": kopId, class: "kb-kaart" },
    h("h3", { class: "utrecht-heading-3", id: kopId }, o.kop),
    samenvatting,
    v.blok,
    knop(o.knop, null, "secondary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [v],
    () => (o.verplicht ? eisIngevuld(v, `Vul de ${o.label.toLowerCase()} in.`) : []),
    async () => o.klaar(await o.verstuur(v.invoer.value.trim())),
  );
  return form;
}

/** A single button action (no text); errors appear above the button. */
function knopActie(tekst: string, actie: () => Promise<string>, klaar: Klaar): HTMLElement {
  const samenvatting = h("div");
  return h(
    "div",
    { class: "kb-kaart" },
    samenvatting,
    knop(
      tekst,
      () => {
        actie().then(klaar, (fout) => toonServerFout(samenvatting, [], fout));
      },
      "primary",
    ),
  );
}

export function acties(c: Context, z: Zaak, wachtOpTweede: boolean, klaar: Klaar): HTMLElement[] {
  const beheer = c.heeftRol("zorgkantoor-beheer");
  const post = (rest: string, body: object) =>
    api("POST", pad(z, rest), { versie: z.versie, ...body });
  const uit: HTMLElement[] = [];
  if (z.toestand === "ingediend")
    uit.push(
      knopActie(
        "In behandeling nemen",
        () => post("/in-behandeling", {}).then(() => "De aanvraag is in behandeling genomen."),
        klaar,
      ),
    );
  if (z.toestand === "in_beoordeling" && !wachtOpTweede) {
    uit.push(
      redenFormulier({
        kop: "Aanvulling vragen",
        label: "Reden voor de aanvulling",
        naam: "reden",
        knop: "Aanvulling vragen",
        verplicht: true,
        verstuur: (reden) =>
          post("/aanvulling", { reden }).then(() => "De aanbieder is om aanvulling gevraagd."),
        klaar,
      }),
      redenFormulier({
        kop: "Afwijzen",
        label: "Motivering van de afwijzing",
        naam: "motivering",
        knop: "Aanvraag afwijzen",
        verplicht: true,
        verstuur: (motivering) =>
          post("/afwijzing", { motivering }).then(() => "De aanvraag is afgewezen."),
        klaar,
      }),
    );
  }
  if ((z.toestand === "ingediend" || z.toestand === "in_beoordeling") && !wachtOpTweede)
    uit.push(
      redenFormulier({
        kop: z.mediation ? "Mediation beëindigen" : "Mediation melden",
        label: "Toelichting bij mediation",
        naam: "toelichting",
        knop: z.mediation ? "Mediation beëindigen" : "Mediation melden",
        verplicht: false,
        verstuur: (reden) =>
          api("PUT", pad(z, "/mediation"), {
            versie: z.versie,
            actief: !z.mediation,
            ...(reden ? { reden } : {}),
          }).then(() => (z.mediation ? "Mediation is beëindigd." : "Mediation is gemeld.")),
        klaar,
      }),
    );
  if (z.toestand === "goedgekeurd" && beheer)
    uit.push(
      knopActie(
        "Addendum tekenen namens het zorgkantoor",
        () =>
          post("/addendum/handtekening", {}).then((r) =>
            (r as { toestand: string }).toestand === "addendum_getekend"
              ? "Het addendum is door beide partijen getekend."
              : "Het zorgkantoor heeft getekend; de handtekening van de aanbieder volgt.",
          ),
        klaar,
      ),
    );
  if (z.toestand === "addendum_getekend" && beheer)
    uit.push(
      knopActie(
        "Afspraak vastleggen voor de budgetronde",
        () => post("/vastlegging", {}).then(() => "De afspraak is vastgelegd."),
        klaar,
      ),
    );
  return uit;
}
