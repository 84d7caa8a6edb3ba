// PAGINAS.beheerHerinneringen (§10): reminders that failed permanently for cases of
// this zorgkantoor, with the reason, so zorgkantoor-beheer can reach the recipient another way.
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { datum, element, h, melding, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { keuze, keuzeFormulier } from "./gemeen.js";

const c = await start();
const k = await keuze(c);
vervang(element("kb-keuze"), keuzeFormulier(c, k));
try {
  const r = await haal<Antwoord<"mislukteHerinneringen">>(
    `/api/zorgkantoren/${seg(k.zorgkantoorId)}/herinneringen/mislukt`,
  );
  vervang(
    element("kb-mislukt"),
    r.mislukt.length === 0
      ? melding("ok", "Er zijn geen definitief mislukte herinneringen.")
      : tabel(
          `Definitief mislukte herinneringen (${r.mislukt.length})`,
          ["Verplichting", "Deadline", "Ontvanger", "Pogingen", "Reden", "Laatste poging", "Link"],
          r.mislukt.map((m) => [
            m.verplichting,
            m.deadline ? datum(m.deadline) : "—",
            m.email ?? `gebruiker ${m.ontvanger} (geen e-mailadres bekend)`,
            m.pogingen,
            m.fout ?? "—",
            tijdstip(m.bijgewerktOp),
            m.link ? h("a", { class: "utrecht-link", href: m.link }, "Open") : "—",
          ]),
        ),
  );
} catch (e) {
  toonFout(e);
}
