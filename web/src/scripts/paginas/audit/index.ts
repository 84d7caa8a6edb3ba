// PAGINAS.zorgkantoorAudit (?id=, §12): the audit trail of one case — who, when, what,
// before/after and reason — oldest first. Without ?id the page shows beheer every change at the
// zorgkantoor (./zorgkantoor.ts) and lets the user choose a case from the werkvoorraad of the
// chosen zorgkantoor and year. The trail is paged by the API: the page
// shows the first page and a "Meer laden" button appends the next (oldest first, so appending keeps
// the order); the list to choose from loads all pages of the werkvoorraad.

import { PAGINAS } from "#shared/paginas.js";
import { haal, haalAllePaginas, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { element, h, melding, parameter, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { meerLaden } from "../../lib/meerLaden.js";
import { start, toonFout } from "../../lib/pagina.js";
import { toestandKop } from "../../lib/toestand.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";
import { toestandLijst } from "./waarden.js";
import { wieTekst, zorgkantoorWijzigingen } from "./zorgkantoor.js";

type Trail = Antwoord<"auditVanZaak">;
type Regel = Rij<"auditVanZaak", "regels">;

const c = await start();
const plek = element("kb-audit");
const id = parameter("id");
try {
  if (!id) {
    const k = await keuze(c);
    const w = await haalAllePaginas<Antwoord<"werkvoorraad">, "aanvragen">(
      `/api/zorgkantoren/${seg(k.zorgkantoorId)}/werkvoorraad?jaar=${k.jaar}`,
      "aanvragen",
    );
    // Beheer (and landelijk beheer) read every change at the zorgkantoor; a beoordelaar the cases.
    const beheer =
      c.heeftRol("landelijk-beheer") ||
      c.mij.lidmaatschappen.some(
        (l) => l.rol === "zorgkantoor-beheer" && l.zorgkantoorId === k.zorgkantoorId,
      );
    vervang(
      plek,
      keuzeFormulier(c, k),
      beheer ? zorgkantoorWijzigingen(k.zorgkantoorId) : null,
      h("h2", { class: "utrecht-heading-2" }, "Kies een aanvraag"),
      w.aanvragen.length === 0
        ? melding("info", `Er zijn geen aanvragen voor ${k.jaar}.`)
        : h(
            "ul",
            { class: "utrecht-unordered-list" },
            ...w.aanvragen.map((r) =>
              h(
                "li",
                {},
                h(
                  "a",
                  { class: "utrecht-link", href: `${PAGINAS.zorgkantoorAudit}?id=${seg(r.id)}` },
                  `${r.aanbiederNaam ?? r.aanbiederId} (${toestandKop(r.toestand)})`,
                ),
              ),
            ),
          ),
    );
  } else {
    const pad = `/api/aanvragen/${seg(id)}/audit`;
    const lijst = h("div");
    meerLaden(lijst, await haal<Trail>(pad), {
      pad,
      rijen: (p: Trail) => p.regels,
      toon: (regels: readonly Regel[], meer) =>
        regels.length === 0 && !meer
          ? melding("info", "Er zijn nog geen auditregels.")
          : tabel(
              `Audittrail (${regels.length} regels${meer ? " geladen, er zijn er meer" : ""}, oudste eerst)`,
              ["Wanneer", "Wat", "Wie (rol)", "Reden", "Voor", "Na"],
              regels.map((r) => [
                tijdstip(r.wanneer),
                r.omschrijving,
                wieTekst(r.wie),
                r.reden ?? "—",
                toestandLijst(r.voor),
                toestandLijst(r.na),
              ]),
            ),
    });
    vervang(
      plek,
      h(
        "p",
        { class: "utrecht-paragraph" },
        h(
          "a",
          { class: "utrecht-link", href: `${PAGINAS.beoordeling}?id=${seg(id)}` },
          "Naar de beoordeling van deze aanvraag",
        ),
      ),
      lijst,
    );
  }
} catch (e) {
  toonFout(e);
}
