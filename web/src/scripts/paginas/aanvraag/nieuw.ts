// A new aanvraag (docs/regels.md §2, §4): one per aanbieder, zorgkantoor and year. The organisation
// comes from the user's memberships; the portal has no zorgkantoor list an aanbieder can read, so
// the choices are the zorgkantoren of the organisation's earlier aanvragen, or a code typed in
// [portal choice]. A second aanvraag for the same three answers 409: we link to the existing one.
import { link } from "#shared/paginas.js";
import { ApiFout, api, haal } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { h, melding, vervang } from "../../lib/dom.js";
import { foutSamenvatting, keuzeveld, tekstveld, zetFout } from "../../lib/invoer.js";
import { namenUit } from "../../lib/namen.js";
import type { Context } from "../../lib/pagina.js";
import { foutTekst } from "../../lib/pagina.js";

export async function nieuweAanvraag(
  c: Context,
  plek: HTMLElement,
  jaarUitUrl: number,
  verder: (id: string) => Promise<void>,
): Promise<void> {
  const { aanvragen } = await haal<Antwoord<"mijnAanvragen">>("/api/aanvragen");
  const zorgkantoren = [...new Set(aanvragen.map((a) => a.zorgkantoorId))].sort();
  const naam = namenUit(aanvragen);
  const keuze = {
    aanbieder: c.aanbieders[0] ?? "",
    zorgkantoor: zorgkantoren[0] ?? "",
    jaar: Number.isInteger(jaarUitUrl) && jaarUitUrl > 2000 ? String(jaarUitUrl) : "",
  };
  const aanbieder = keuzeveld(
    "Organisatie",
    "aanbiederId",
    c.aanbieders.map((a) => [a, naam(a)]),
    keuze.aanbieder,
    (x) => {
      keuze.aanbieder = x;
    },
  );
  const zorgkantoor =
    zorgkantoren.length > 0
      ? keuzeveld(
          "Zorgkantoor",
          "zorgkantoorId",
          zorgkantoren.map((z) => [z, naam(z)]),
          keuze.zorgkantoor,
          (x) => {
            keuze.zorgkantoor = x;
          },
        )
      : tekstveld("Code van het zorgkantoor", "zorgkantoorId", "", (x) => {
          keuze.zorgkantoor = x.trim();
        });
  const jaar = tekstveld(
    "Jaar",
    "jaar",
    keuze.jaar,
    (x) => {
      keuze.jaar = x.trim();
    },
    { beschrijving: "het jaar waarvoor u het kwaliteitsbudget aanvraagt, bijvoorbeeld 2021" },
  );
  const samenvatting = h("div", {});

  const maak = async () => {
    const fouten = [];
    for (const v of [zorgkantoor, jaar]) zetFout(v, null);
    if (!/^\d{4}$/.test(keuze.jaar))
      fouten.push({ veld: jaar, tekst: "vul een jaartal van vier cijfers in" });
    if (keuze.zorgkantoor === "") fouten.push({ veld: zorgkantoor, tekst: "kies een zorgkantoor" });
    for (const f of fouten) zetFout(f.veld, f.tekst);
    if (fouten.length > 0) return foutSamenvatting(samenvatting, fouten);
    const body = {
      aanbiederId: keuze.aanbieder,
      zorgkantoorId: keuze.zorgkantoor,
      jaar: Number(keuze.jaar),
    };
    try {
      const a = await api<Antwoord<"maakAanvraag">>("POST", "/api/aanvragen", body);
      await verder(a.id);
    } catch (e) {
      const bestaand =
        e instanceof ApiFout && e.status === 409
          ? aanvragen.find(
              (a) =>
                a.aanbiederId === body.aanbiederId &&
                a.zorgkantoorId === body.zorgkantoorId &&
                a.jaar === body.jaar,
            )
          : undefined;
      vervang(
        samenvatting,
        melding(
          "error",
          bestaand
            ? "Er is al een aanvraag voor deze organisatie, dit zorgkantoor en dit jaar. "
            : foutTekst(e),
          bestaand
            ? h(
                "a",
                { class: "utrecht-link", href: link.aanvraag(bestaand.id) },
                "Open die aanvraag",
              )
            : null,
        ),
      );
    }
  };
  vervang(
    plek,
    h("h2", { class: "utrecht-heading-2" }, "Nieuwe aanvraag"),
    samenvatting,
    h(
      "form",
      {
        class: "kb-formulier",
        novalidate: true,
        onsubmit: ((e: Event) => {
          e.preventDefault();
          void maak();
        }) as EventListener,
      },
      aanbieder.blok,
      zorgkantoor.blok,
      jaar.blok,
      h(
        "button",
        { type: "submit", class: "utrecht-button utrecht-button--primary-action" },
        "Aanvraag aanmaken",
      ),
    ),
  );
}
