// docs/regels.md §8: the herschikking as berekeningen a controller can reproduce with
// `npm run kb -- herschikking --input file.json` (and `herschikking-controle` for an edited
// proposal, `herschikking-verdeling` for the split of a new agreement over its categories, §15.2).
import * as z from "zod";
import { defineer } from "../berekening.js";
import { bedragTekst, NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import { ok } from "../resultaat.js";
import { controleerGewijzigdVoorstel, GewijzigdVoorstelSchema } from "./gewijzigdVoorstel.js";
import { HerschikkingAanbiederSchema, stelHerschikkingVoor } from "./herschikkingsvoorstel.js";
import { VerdeelOnderdeelSchema, verdeelNieuwTotaal } from "./verdeling.js";

export const HerschikkingInvoerSchema = z.strictObject({
  /** The regional kader (excluding compensatie, see HerschikkingAanbiederSchema). */
  kader: NietNegatiefBedragSchema,
  aanbieders: z.array(HerschikkingAanbiederSchema),
});

export const HerschikkingUitvoerSchema = z.object({
  /** Per aanbieder, in input order; mutatie has a sign, "0.00" when unchanged. */
  voorstel: z.array(z.object({ id: z.string(), nieuweAfspraak: z.string(), mutatie: z.string() })),
  /** kader − Σ afspraken + Σ verlagingen: what can be handed out. */
  ruimte: z.string(),
  /** Σ max(0, afspraak − prognose). */
  verlagingen: z.string(),
  /** Σ max(0, min(prognose, aangevraagd) − afspraak): the total demand. */
  vraag: z.string(),
  /** Σ granted increases = min(ruimte, vraag). */
  verhogingen: z.string(),
  /** true when the room is smaller than the demand and it was split pro rata. */
  naarRato: z.boolean(),
  /** Σ nieuwe afspraken; never above the kader. */
  totaalAfspraken: z.string(),
});
export type HerschikkingUitvoer = z.output<typeof HerschikkingUitvoerSchema>;

export const herschikking = defineer({
  naam: "herschikking",
  omschrijving:
    "Stelt de herschikking van november voor: verlaging waar de prognose onder de afspraak blijft, verhoging tot de goedgekeurde aanvraag binnen de ruimte van het regionale kader (naar rato met grootste rest).",
  bron: "docs/regels.md §8",
  invoer: HerschikkingInvoerSchema,
  uitvoer: HerschikkingUitvoerSchema,
  bereken: ({ kader, aanbieders }) => {
    const r = stelHerschikkingVoor(kader, aanbieders);
    if (!r.ok) return r;
    const v = r.waarde;
    return ok<HerschikkingUitvoer>({
      voorstel: v.regels.map((regel) => ({
        id: regel.id,
        nieuweAfspraak: bedragTekst(regel.nieuweAfspraak),
        mutatie: bedragTekst(regel.mutatie),
      })),
      ruimte: bedragTekst(v.ruimte),
      verlagingen: bedragTekst(v.verlagingen),
      vraag: bedragTekst(v.vraag),
      verhogingen: bedragTekst(v.verhogingen),
      naarRato: v.naarRato,
      totaalAfspraken: bedragTekst(v.totaalNieuw),
    });
  },
});

export const HerschikkingControleUitvoerSchema = z.object({
  /** true when the edited proposal may be laid down. */
  toegestaan: z.boolean(),
  overtredingen: z.array(z.object({ code: z.string(), veld: z.string(), melding: z.string() })),
});
export type HerschikkingControleUitvoer = z.output<typeof HerschikkingControleUitvoerSchema>;

export const herschikkingControle = defineer({
  naam: "herschikking-controle",
  omschrijving:
    "Controleert een door het zorgkantoor gewijzigd herschikkingsvoorstel: geen afspraak negatief of boven de goedgekeurde aanvraag, en samen niet boven het regionale kader.",
  bron: "docs/regels.md §8",
  invoer: GewijzigdVoorstelSchema,
  uitvoer: HerschikkingControleUitvoerSchema,
  bereken: (invoer) => {
    const overtredingen = controleerGewijzigdVoorstel(invoer);
    return ok<HerschikkingControleUitvoer>({
      toegestaan: overtredingen.length === 0,
      overtredingen,
    });
  },
});

export const HerschikkingVerdelingInvoerSchema = z.strictObject({
  /** The new total of the onderdelen together (a §8 nieuweAfspraak, or a category's new amount). */
  nieuwTotaal: NietNegatiefBedragSchema,
  /** The categories (personeel, overige) of one agreement, or the overige lines of one category. */
  onderdelen: z.array(VerdeelOnderdeelSchema),
});

export const HerschikkingVerdelingUitvoerSchema = z.object({
  /** Per onderdeel, in input order; mutatie has a sign, "0.00" when unchanged. */
  onderdelen: z.array(
    z.object({ id: z.string(), afgesproken: z.string(), nieuw: z.string(), mutatie: z.string() }),
  ),
  /** Σ nieuw: always exactly nieuwTotaal. */
  totaal: z.string(),
});
export type HerschikkingVerdelingUitvoer = z.output<typeof HerschikkingVerdelingUitvoerSchema>;

export const herschikkingVerdeling = defineer({
  naam: "herschikking-verdeling",
  omschrijving:
    "Verdeelt een nieuwe afspraak over personeel en overige (of een categorie over haar overige regels): een verhoging naar rato van de resterende ruimte tot de aanvraag, een verlaging eerst bij wie de prognose tekortschiet, centen met grootste rest.",
  bron: "docs/regels.md §15.2",
  invoer: HerschikkingVerdelingInvoerSchema,
  uitvoer: HerschikkingVerdelingUitvoerSchema,
  bereken: ({ nieuwTotaal, onderdelen }) => {
    const r = verdeelNieuwTotaal(onderdelen, nieuwTotaal);
    if (!r.ok) return r;
    return ok<HerschikkingVerdelingUitvoer>({
      onderdelen: r.waarde.map((o) => ({
        id: o.id,
        afgesproken: bedragTekst(o.afgesproken),
        nieuw: bedragTekst(o.nieuw),
        mutatie: bedragTekst(o.mutatie),
      })),
      totaal: bedragTekst(som(r.waarde.map((o) => o.nieuw))),
    });
  },
});
