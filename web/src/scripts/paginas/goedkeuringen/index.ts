// PAGINAS.goedkeuringen (§1 four eyes): everything that waits for a second signature —
// toekenning proposals, vaststelling proposals, herzieningen (§15.6, with a confirmation) and
// payment batches. The approving user must be another zorgkantoor-beheer user than the proposer; the server decides and refuses with 403 and
// its reason, which is shown next to the item. [choice] the proposer sees the button too, with a
// note that someone else must approve, so the rule is explained rather than hidden.
import { link } from "#shared/paginas.js";
import { api, haal, haalAllePaginas, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { datum, element, h, melding, vervang } from "../../lib/dom.js";
import { type Context, start, toonFout } from "../../lib/pagina.js";
import { knop as knopMet, status, toonServerFout } from "../../lib/velden.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";

type Nacalculatie = Antwoord<"nacalculatieBerekenen">;
interface Item {
  soort: string;
  wat: Node | string;
  bedrag: string | null;
  eigen: boolean;
  goedkeuren: () => Promise<unknown>;
  klaar: string;
  /** An irreversible correction asks first, saying what will happen (§15.6). */
  bevestiging?: string;
}

const c = await start();
const k = await keuze(c);
const plek = element("kb-goedkeuringen");
const meldingPlek = element("kb-melding");
vervang(element("kb-keuze"), keuzeFormulier(c, k));
const zk = `/api/zorgkantoren/${seg(k.zorgkantoorId)}`;

async function toekenningen(w: Antwoord<"werkvoorraad">, c: Context): Promise<Item[]> {
  return w.aanvragen
    .filter((r) => r.voorstel !== null)
    .map((r) => ({
      soort: "Toekenning",
      wat: h(
        "span",
        {},
        h(
          "a",
          { class: "utrecht-link", href: link.beoordeling(r.id) },
          r.aanbiederNaam ?? r.aanbiederId,
        ),
        ` (voorgesteld ${datum(r.voorstel!.op)})`,
      ),
      bedrag: r.voorstel!.totaal,
      eigen: r.voorstel!.voorgesteldDoor.sub === c.mij.sub,
      goedkeuren: async () => {
        const a = await haal<Antwoord<"leesAanvraag">>(`/api/aanvragen/${seg(r.id)}`);
        return api("POST", `/api/aanvragen/${seg(r.id)}/toekenning/goedkeuring`, {
          versie: a.versie,
        });
      },
      klaar: `De toekenning aan ${r.aanbiederNaam ?? r.aanbiederId} is goedgekeurd en vastgelegd als afspraak.`,
    }));
}

/** A herziening awaiting its second signature (§15.6): approving lays down a new version. */
function herziening(r: Rij<"werkvoorraad", "aanvragen">, n: Nacalculatie, c: Context): Item {
  const v = n.herzieningsvoorstel!;
  const naam = r.aanbiederNaam ?? r.aanbiederId;
  const oud = n.vaststelling!.vastgesteld;
  return {
    soort: "Herziening",
    wat: h(
      "span",
      {},
      h("a", { class: "utrecht-link", href: link.nacalculatie(r.id) }, naam),
      ` (voorgesteld ${datum(v.op)}; was ${euro(oud)})`,
    ),
    bedrag: v.uitkomst.vastgesteld,
    eigen: v.voorgesteldDoor.sub === c.mij.sub,
    goedkeuren: () =>
      api("POST", `/api/aanvragen/${seg(r.id)}/vaststelling/herziening/goedkeuring`, {
        versie: n.versie,
      }),
    klaar: `De herziening van ${naam} is goedgekeurd: versie ${v.vanVersie + 1} is vastgesteld.`,
    bevestiging: `De vaststelling van ${naam} gaat van ${euro(oud)} naar ${euro(v.uitkomst.vastgesteld)} (versie ${v.vanVersie + 1}); het verschil wordt verrekend, nabetaald of teruggevorderd en de aanbieder krijgt een herzieningsbrief. Dit kan niet ongedaan worden gemaakt.`,
  };
}

async function vaststellingen(w: Antwoord<"werkvoorraad">, c: Context): Promise<Item[]> {
  const kandidaten = w.aanvragen.filter((r) =>
    ["addendum_getekend", "vastgelegd", "goedgekeurd"].includes(r.toestand),
  );
  const uit = await Promise.all(
    kandidaten.map(async (r): Promise<Item | null> => {
      const n = await haal<Nacalculatie>(`/api/aanvragen/${seg(r.id)}/nacalculatie`).catch(
        () => null,
      );
      if (n?.vaststelling && n.herzieningsvoorstel) return herziening(r, n, c);
      if (!n?.voorstel || n.vaststelling) return null;
      const naam = r.aanbiederNaam ?? r.aanbiederId;
      return {
        soort: "Vaststelling",
        wat: h("a", { class: "utrecht-link", href: link.nacalculatie(r.id) }, naam),
        bedrag: n.voorstel.uitkomst.vastgesteld,
        eigen: n.voorstel.voorgesteldDoor.sub === c.mij.sub,
        goedkeuren: () =>
          api("POST", `/api/aanvragen/${seg(r.id)}/vaststelling/goedkeuring`, { versie: n.versie }),
        klaar: `De vaststelling van ${naam} is goedgekeurd.`,
      };
    }),
  );
  return uit.filter((x): x is Item => x !== null);
}

/** Payment batches awaiting release: the months of the year (payments are beheer's, §1). */
async function batches(c: Context): Promise<Item[]> {
  if (!c.heeftRol("zorgkantoor-beheer")) return [];
  const maanden = Array.from(
    { length: 12 },
    (_, i) => `${k.jaar}-${String(i + 1).padStart(2, "0")}`,
  );
  const overzichten = await Promise.all(
    maanden.map((m) =>
      haal<Antwoord<"betaalopdrachtenVanMaand">>(`${zk}/betaalopdrachten/${m}`).catch(() => ({
        batches: [],
      })),
    ),
  );
  return overzichten.flatMap((o) =>
    o.batches
      .filter((b) => b.status === "voorgesteld")
      .map((b) => ({
        soort: "Betaalbatch",
        wat: `Maand ${b.maand}, batch ${b.nummer} (${b.aantal} opdrachten, voorgesteld ${datum(b.voorgesteldOp)})`,
        bedrag: b.totaal,
        eigen: b.voorgesteldDoor === c.mij.sub,
        goedkeuren: () =>
          api("POST", `${zk}/betaalopdrachten/${seg(b.maand)}/batches/${b.nummer}/vrijgave`, {
            versie: b.versie,
          }),
        klaar: `Batch ${b.nummer} van ${b.maand} is vrijgegeven voor betaling.`,
      })),
  );
}

function rij(item: Item, laad: () => void): HTMLElement {
  const fout = h("div");
  const acties = h("div");
  const goedkeuren = () => {
    item.goedkeuren().then(
      () => {
        status(meldingPlek, item.klaar);
        laad();
      },
      (e) => {
        vervang(acties, knop());
        toonServerFout(fout, [], e);
      },
    );
  };
  const bevestig = () =>
    vervang(
      acties,
      melding(
        "warning",
        h("p", { class: "utrecht-paragraph" }, `Weet u het zeker? ${item.bevestiging}`),
        knopMet(`Ja, ${item.soort.toLowerCase()} goedkeuren`, goedkeuren, "primary"),
        knopMet("Annuleren", () => vervang(acties, knop()), "secondary"),
      ),
    );
  const knop = () =>
    knopMet(`${item.soort} goedkeuren`, item.bevestiging ? bevestig : goedkeuren, "primary");
  vervang(acties, knop());
  return h(
    "div",
    { class: "kb-kaart", role: "listitem" },
    h("h3", { class: "utrecht-heading-3" }, item.soort, ": ", item.wat),
    item.bedrag ? h("p", { class: "utrecht-paragraph" }, `Bedrag: ${euro(item.bedrag)}`) : null,
    item.eigen
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          "U heeft dit voorstel gedaan; een andere medewerker van zorgkantoor-beheer moet het goedkeuren.",
        )
      : null,
    fout,
    acties,
  );
}

async function laad(): Promise<void> {
  const w = await haalAllePaginas<Antwoord<"werkvoorraad">, "aanvragen">(
    `${zk}/werkvoorraad?jaar=${k.jaar}`,
    "aanvragen",
  );
  const items = [
    ...(await toekenningen(w, c)),
    ...(await vaststellingen(w, c)),
    ...(await batches(c)),
  ];
  vervang(
    plek,
    c.heeftRol("zorgkantoor-beheer")
      ? null
      : melding(
          "info",
          "Goedkeuren is voorbehouden aan zorgkantoor-beheer; u ziet wat op een tweede handtekening wacht.",
        ),
    items.length === 0
      ? melding("info", `Er wacht niets op een tweede handtekening voor ${k.jaar}.`)
      : h(
          "div",
          { role: "list", "aria-label": "Wacht op tweede handtekening" },
          ...items.map((i) => rij(i, () => void laad().catch(toonFout))),
        ),
  );
}

laad().catch(toonFout);
