// Four eyes on the herschikking page: the laid-down proposal, the responses of the aanbieders, and
// — for a zorgkantoor-beheer user other than the proposer — "Herschikking goedkeuren", behind a
// confirmation that names per aanbieder the new agreement and the difference, and the total.
import { api } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { centen, euro } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { h, melding, vervang } from "../../lib/dom.js";
import { knop, status, toonServerFout } from "../../lib/velden.js";
import { wijzigingen } from "./wijzigingen.js";

type Vastgelegd = NonNullable<Antwoord<"herschikkingsvoorstel">["vastgelegd"]>;

export interface Goedkeuring {
  pad: string;
  v: Vastgelegd;
  /** The aanbieder's name per aanbieder id (never the id itself). */
  naam: (aanbiederId: string) => string;
  /** Zorgkantoor-beheer: only they sign, and only when someone else laid it down. */
  beheer: boolean;
  meldingPlek: HTMLElement;
}

export function goedkeuringSectie({ pad, v, naam, beheer, meldingPlek }: Goedkeuring): HTMLElement {
  const gewijzigd = v.regels.filter((r) => centen(r.mutatie) !== 0n);
  const fout = h("div");
  const acties = h("div");
  const knoppen = () =>
    vervang(acties, knop("Herschikking goedkeuren", bevestig, "primary", "button"));
  const goedkeuren = async () => {
    try {
      const r = await api<Antwoord<"herschikkingGoedkeuren">>("POST", `${pad}/goedkeuring`, {
        versie: v.versie,
      });
      vervang(acties);
      vervang(fout);
      status(
        meldingPlek,
        `De herschikking is goedgekeurd: ${r.gewijzigd.length} afspraak/afspraken gewijzigd; afgesproken in totaal ${euro(r.afgesproken)}.`,
      );
    } catch (err) {
      knoppen();
      toonServerFout(fout, [], err);
    }
  };
  const bevestig = () => {
    const w = wijzigingen(
      v.regels.map((r) => ({
        naam: naam(r.aanbiederId),
        afspraak: centen(r.afspraak)!,
        nieuw: centen(r.nieuweAfspraak)!,
      })),
    );
    vraagBevestiging(acties, {
      gevolg: `De herschikking wordt besloten, voor alle aanbieders tegelijk. ${w.zin}${
        gewijzigd.length > 0
          ? " De voorschotten van de resterende maanden gaan uit van de nieuwe afspraken en elke aanbieder van wie de afspraak verandert krijgt een herschikkingsbrief."
          : ""
      }`,
      ja: "Ja, herschikking goedkeuren",
      doe: goedkeuren,
      terug: knoppen,
      details: w.tabel,
    });
  };
  const mag = beheer && !v.doorU;
  if (mag) knoppen();
  return h(
    "section",
    { "aria-label": "Vastgelegd voorstel" },
    h("h2", { class: "utrecht-heading-2" }, "Vastgelegd voorstel"),
    h("p", { class: "utrecht-paragraph" }, `Reden: ${v.reden}`),
    h(
      "p",
      { class: "utrecht-paragraph" },
      gewijzigd.length === 0
        ? "Bij goedkeuren verandert geen enkele afspraak."
        : `Bij goedkeuren veranderen ${gewijzigd.length} afspraak/afspraken, alle of geen:`,
    ),
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      ...v.regels.map((r) =>
        h(
          "li",
          { class: "utrecht-unordered-list__item" },
          `${naam(r.aanbiederId)}: ${euro(r.afspraak)} wordt ${euro(r.nieuweAfspraak)}${
            r.reactie ? `; reactie van de aanbieder: ${r.reactie.tekst}` : ""
          }`,
        ),
      ),
    ),
    fout,
    mag
      ? acties
      : melding(
          "info",
          v.doorU
            ? "U legde dit voorstel vast; een andere medewerker van zorgkantoor-beheer keurt het goed."
            : "Het voorstel wordt goedgekeurd door zorgkantoor-beheer.",
        ),
  );
}
