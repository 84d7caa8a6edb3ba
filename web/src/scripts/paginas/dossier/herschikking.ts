// The aanbieder's view of a proposed herschikking (docs/regels.md §15.2) in the dossier: its own line of
// the laid-down proposal — agreed, requested, projection and the new agreement per category, old
// and new — and a written response before the decision ("overleg"; POST …/herschikking/reactie).
// After the decision the proposal is gone and the herschikkingsbrief is among the documents.
import { api, haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { datum, h, melding, tabel, vervang } from "../../lib/dom.js";
import { bijVersturen, eisIngevuld, knop, status, veld } from "../../lib/velden.js";

type Voorstel = NonNullable<Antwoord<"herschikkingRegel">["voorstel"]>;
type PerCategorie = Voorstel["regel"]["vorige"];

const KOP = "kb-herschikking";
const som = (p: PerCategorie) =>
  BigInt(p.personeel.replace(".", "")) + BigInt(p.overige.replace(".", ""));

/** The section, or null when no proposal names this case (or it cannot be read). */
export async function herschikking(aanvraagId: string): Promise<HTMLElement | null> {
  const pad = `/api/aanvragen/${seg(aanvraagId)}/herschikking`;
  const plek = h("section", { "aria-labelledby": KOP });
  const meldingPlek = h("div");
  const toon = async (): Promise<boolean> => {
    const { voorstel: v } = await haal<Antwoord<"herschikkingRegel">>(pad);
    if (!v) return false;
    const r = v.regel;
    const rij = (t: string, f: (p: PerCategorie) => string) => [
      t,
      f(r.vorige),
      f(r.aangevraagd),
      r.prognose ? f(r.prognose) : "—",
      f(r.nieuw),
    ];
    vervang(
      plek,
      h("h2", { class: "utrecht-heading-2", id: KOP }, "Herschikkingsvoorstel"),
      meldingPlek,
      h(
        "p",
        { class: "utrecht-paragraph" },
        `Het zorgkantoor stelde op ${datum(v.op)} voor uw afspraak te wijzigen van ${euro(r.afspraak)} naar ${euro(r.nieuweAfspraak)}. Reden: ${v.reden}`,
      ),
      tabel(
        "Uw afspraak per categorie, nu en volgens het voorstel",
        ["Categorie", "Afgesproken (nu)", "Aangevraagd", "Prognose", "Nieuw (voorstel)"],
        [
          rij("Personeel", (p) => euro(p.personeel)),
          rij("Overige kosten", (p) => euro(p.overige)),
          [
            "Totaal",
            euro(r.afspraak),
            euro(som(r.aangevraagd)),
            euro(r.prognoseTotaal),
            euro(r.nieuweAfspraak),
          ],
        ],
        [1, 2, 3, 4],
      ),
      h(
        "p",
        { class: "utrecht-paragraph" },
        "Het voorstel geldt pas na het besluit van het zorgkantoor (met vier ogen). Daarna vindt u de herschikkingsbrief bij de documenten.",
      ),
      r.reactie
        ? melding("info", `Uw reactie van ${datum(r.reactie.op)}: ${r.reactie.tekst}`)
        : null,
      formulier(v.versie, r.reactie !== null),
    );
    return true;
  };
  const formulier = (versie: number, eerder: boolean) => {
    const tekst = veld(eerder ? "Nieuwe reactie" : "Uw reactie", "tekst", {
      meerRegels: true,
      verplicht: true,
      beschrijving: "Het zorgkantoor leest uw reactie voordat het besluit.",
    });
    const samenvatting = h("div");
    const form = h(
      "form",
      { novalidate: true, "aria-label": "Reageren op het herschikkingsvoorstel" },
      samenvatting,
      tekst.blok,
      knop("Reactie versturen", null, "primary", "submit"),
    );
    bijVersturen(
      form,
      samenvatting,
      [tekst],
      () => eisIngevuld(tekst, "Schrijf uw reactie."),
      async () => {
        await api("POST", `${pad}/reactie`, { tekst: tekst.invoer.value.trim(), versie });
        await toon();
        status(meldingPlek, "Uw reactie is verstuurd naar het zorgkantoor.");
      },
    );
    return form;
  };
  try {
    return (await toon()) ? plek : null;
  } catch {
    return null;
  }
}
