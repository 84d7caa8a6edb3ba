// Shared test data: obligations as the scheduled job would build them for budget year t.

import { KALENDER_SOORTEN, TERMIJN_SOORTEN } from "#shared/herinneringen/soorten.js";
import {
  kalenderVerplichting,
  termijnVerplichting,
  type Verplichting,
} from "#shared/herinneringen/verplichting.js";
import type { Dag } from "#shared/kalender/tijd.js";

export const realisatieMei = (over: Partial<Verplichting> = {}): Verplichting => ({
  ...kalenderVerplichting("realisatie_mei", 2020, {
    sleutel: "realisatie_mei:2020:aanbieder-1",
    ontvangers: ["controller@zorggroep.nl"],
    voldaan: false,
    link: "/aanbieders/aanbieder-1/realisatie/2020/mei",
  }),
  ...over,
});

/** Every obligation of §10 for year t, for one aanbieder and its zorgkantoor. */
export function alleVerplichtingen(
  t: number,
  ontvangen: Dag,
  ontvangers: string[],
): Verplichting[] {
  const gegevens = (soort: string) => ({
    sleutel: `${soort}:${t}:aanbieder-1`,
    ontvangers,
    voldaan: false,
    link: `/zaak/${t}/${soort}`,
  });
  return [
    ...KALENDER_SOORTEN.map((s) => kalenderVerplichting(s, t, gegevens(s))),
    ...TERMIJN_SOORTEN.map((s) => termijnVerplichting(s, ontvangen, gegevens(s))),
  ];
}
