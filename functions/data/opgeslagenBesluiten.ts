// The decisions stored on a case (functions/data/zaakgegevens.ts), read back as the rules and
// letters use them: the toekenning besluit (§5), the vaststelling and its proposal (§8, §15.4)
// and the voorschot adjustments of confirmed realisaties (§6, §7). Read by the beoordeling,
// nacalculatie, realisatie, herschikking and rapportage operations.
import type { ToekenningVoorstel } from "#shared/beoordeling/toekenning.js";
import { Decimal } from "#shared/geld/decimal.js";
import { dagVan } from "#shared/kalender/tijd.js";
import type { AanvraagRecord } from "./aanvragen.js";
import type {
  BesluitOpslag,
  VaststellingOpslag,
  VaststellingsvoorstelOpslag,
  VoorschotAanpassing,
  ZaakGegevens,
} from "./zaakgegevens.js";

export const alsVoorstel = (b: BesluitOpslag): ToekenningVoorstel => ({
  besluit: b.besluit,
  personeel: new Decimal(b.personeel),
  overige: new Decimal(b.overige),
  compensatie: new Decimal(b.compensatie),
  motivering: b.motivering,
  ...(b.overigeRegels && {
    overigeRegels: b.overigeRegels.map((r) => ({ id: r.id, bedrag: new Decimal(r.toegekend) })),
  }),
});

/** What the beoordelingsbrief takes from a stored decision (§5.4, §15.1): date, amounts, lines. */
export const briefBesluit = (b: BesluitOpslag) => ({
  datum: dagVan(new Date(b.op)),
  aangevraagd: {
    personeel: new Decimal(b.aangevraagd.personeel),
    overige: new Decimal(b.aangevraagd.overige),
  },
  toekenning: alsVoorstel(b),
  overigeRegels: (b.overigeRegels ?? []).map((r) => ({
    omschrijving: r.omschrijving,
    aangevraagd: new Decimal(r.aangevraagd),
    toegekend: new Decimal(r.toegekend),
  })),
});

export const voorstelVan = (r: AanvraagRecord): VaststellingsvoorstelOpslag | undefined =>
  r.overig.vaststellingsvoorstel;

export const vaststellingVan = (r: AanvraagRecord): VaststellingOpslag | undefined =>
  r.overig.vaststelling;

export const aanpassingenVan = (overig: ZaakGegevens): VoorschotAanpassing[] =>
  overig.voorschotAanpassingen ?? [];
