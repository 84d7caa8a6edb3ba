// §5.3 and §3.1: landelijk-beheer sets the regional kader of a zorgkantoor for a year. The server
// keeps the kaders together within the national budget and never below what a zorgkantoor has
// already agreed (PUT /api/kaders/{jaar}/{zorgkantoorId}, with the versie read: 409 when stale).
import { api, haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { h } from "../../lib/dom.js";
import { keuzeveld } from "../../lib/invoer.js";
import { bijVersturen, eisBedrag, knop, veld } from "../../lib/velden.js";

export async function kaderFormulier(
  jaar: number,
  zorgkantoren: readonly { id: string; naam: string }[],
  klaar: (tekst: string) => void,
): Promise<HTMLElement> {
  const { kaders } = await haal<Antwoord<"regionaleKaders">>(`/api/kaders/${seg(jaar)}`);
  const van = new Map(kaders.map((k) => [k.zorgkantoorId, k]));
  const beschrijving = (id: string) => {
    const k = van.get(id);
    return k
      ? `Nu ${euro(k.kader)}; er is ${euro(k.afgesproken)} afgesproken, lager dan dat kan het kader niet.`
      : `Nog geen kader voor ${jaar}.`;
  };
  const eerste = zorgkantoren[0]?.id ?? "";
  const uitleg = h(
    "p",
    { class: "utrecht-paragraph", "aria-live": "polite" },
    beschrijving(eerste),
  );
  const zorgkantoor = keuzeveld(
    "Zorgkantoor",
    "zorgkantoorId",
    zorgkantoren.map((z) => [z.id, z.naam] as const),
    eerste,
    (id) => {
      uitleg.textContent = beschrijving(id);
    },
  );
  const bedrag = veld("Regionaal kader (€)", "bedrag");
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, class: "kb-kaart", "aria-labelledby": "kb-kader-kop" },
    h(
      "h2",
      { class: "utrecht-heading-2", id: "kb-kader-kop" },
      `Regionaal kader ${jaar} instellen`,
    ),
    samenvatting,
    zorgkantoor.blok,
    uitleg,
    bedrag.blok,
    knop("Kader instellen", null, "secondary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [bedrag],
    () => eisBedrag(bedrag, "45000000,00"),
    async () => {
      const id = zorgkantoor.invoer.value;
      const tekst = bedragTekst(centen(bedrag.invoer.value)!);
      await api("PUT", `/api/kaders/${seg(jaar)}/${seg(id)}`, {
        bedrag: tekst,
        ...(van.has(id) ? { versie: van.get(id)!.versie } : {}),
      });
      const naam = zorgkantoren.find((z) => z.id === id)?.naam ?? id;
      klaar(`Het regionale kader ${jaar} van ${naam} is ${euro(tekst)}.`);
    },
  );
  return form;
}
