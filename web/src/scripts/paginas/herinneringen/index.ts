// PAGINAS.herinneringen (every role, docs/regels.md §10): the reminders sent to me (and
// those that failed), and my switches for the optional notifications. Reminders of a legal
// deadline cannot be switched off: shown ticked and disabled, with the reason in the label.
import { api, haal } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { datum, element, h, melding, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { foutSamenvatting, meldStatus, vinkje } from "../../lib/invoer.js";
import { foutTekst, start } from "../../lib/pagina.js";

type Herinnering = Rij<"mijnHerinneringen", "herinneringen">;
type Voorkeur = Rij<"mijnVoorkeuren", "meldingen">;
const STATUS: Record<Herinnering["status"], string> = {
  verstuurd: "verstuurd",
  mislukt: "nog niet afgeleverd, wordt opnieuw geprobeerd",
  definitief_mislukt: "niet afgeleverd",
};

await start();
const pagina = element("kb-pagina");

function herinneringen(lijst: readonly Herinnering[]): HTMLElement {
  if (lijst.length === 0)
    return h("p", { class: "utrecht-paragraph" }, "Er zijn u nog geen herinneringen gestuurd.");
  return tabel(
    "Herinneringen aan u, nieuwste eerst",
    ["Verstuurd", "Over", "Uiterlijk", "Status", "Pagina"],
    lijst.map((r) => [
      tijdstip(r.moment ?? r.bijgewerktOp),
      r.soort ?? r.verplichting,
      r.deadline ? datum(r.deadline) : "—",
      STATUS[r.status],
      r.link?.startsWith("/")
        ? h(
            "a",
            { class: "utrecht-link", href: r.link },
            "Openen",
            h("span", { class: "kb-sr-only" }, ` (${r.soort ?? r.verplichting})`),
          )
        : "",
    ]),
  );
}

function voorkeuren(lijst: readonly Voorkeur[]): HTMLElement {
  const keuze = new Map(lijst.map((v) => [v.code, v.aan]));
  const status = h("div", {});
  const fout = h("div", {});
  const velden = lijst.map((v) => {
    const label = v.wettelijk
      ? `${v.omschrijving} (wettelijke termijn: staat altijd aan)`
      : v.omschrijving;
    const x = vinkje(label, `meldingen.${v.code}`, v.wettelijk || v.aan, (aan) =>
      keuze.set(v.code, aan),
    );
    if (v.wettelijk) (x.invoer as HTMLInputElement).disabled = true;
    return x.blok;
  });
  const bewaar = async () => {
    // Only the optional ones are sent: the legal ones are not the user's to change.
    const meldingen = Object.fromEntries(
      lijst.filter((v) => !v.wettelijk).map((v) => [v.code, keuze.get(v.code) ?? v.aan]),
    );
    try {
      await api("PUT", "/api/voorkeuren", { meldingen });
      vervang(fout);
      meldStatus(status, "Uw voorkeuren zijn opgeslagen.", true);
    } catch (e) {
      foutSamenvatting(fout, [{ tekst: foutTekst(e) }]);
    }
  };
  return h(
    "form",
    {
      class: "kb-formulier",
      novalidate: true,
      onsubmit: ((e: Event) => {
        e.preventDefault();
        void bewaar();
      }) as EventListener,
    },
    fout,
    h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" },
      h(
        "legend",
        { class: "utrecht-form-fieldset__legend" },
        "Welke herinneringen wilt u per e-mail ontvangen?",
      ),
      ...velden,
    ),
    h(
      "button",
      { type: "submit", class: "utrecht-button utrecht-button--primary-action" },
      "Voorkeuren opslaan",
    ),
    status,
  );
}

try {
  const [r, v] = await Promise.all([
    haal<Antwoord<"mijnHerinneringen">>("/api/herinneringen"),
    haal<Antwoord<"mijnVoorkeuren">>("/api/voorkeuren"),
  ]);
  vervang(
    pagina,
    h("h2", { class: "utrecht-heading-2" }, "Verstuurde herinneringen"),
    herinneringen(r.herinneringen),
    h("h2", { class: "utrecht-heading-2" }, "Mijn meldingen"),
    voorkeuren(v.meldingen),
  );
} catch (e) {
  vervang(pagina, melding("error", foutTekst(e)));
}
