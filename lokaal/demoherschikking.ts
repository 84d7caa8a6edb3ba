// docs/regels.md §15.2 in the demo (lokaal/demo.ts): a herschikking proposal waiting for the second
// signature. The demo clock (12-05-2020) lies outside November, so the herschikking of 2019 at VGZ
// is reopened with a reason by the first VGZ beheer user on 11-05-2020 (until 29-05-2020), who then
// lays down the proposal: Zorggroep De Peel's 2019 agreement (its nacalculatie still to come) is
// lowered by € 100.000,00. The second VGZ beheer user sees "Goedkeuren" on the herschikking page.
// The case is built as the other 2019 cases (demozaken.ts), before the 2019 batches are paid
// (demogeld.ts), so its voorschotten are paid with them. Through the handlers' own operations;
// every step looks at what is there, so a second run does nothing twice; a step after `nu` waits.
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesHerschikkingsvoorstel } from "#functions/data/herschikkingen.js";
import { leesHerschikkingsheropening } from "#functions/data/herschikkingsheropening.js";
import { herschikkingHeropenen } from "#functions/herschikking/herschikkingHeropenen.js";
import { herschikkingVoorstellen } from "#functions/herschikking/herschikkingVoorstellen.js";
import {
  HerschikkingParamsSchema,
  HerschikkingVoorstelBodySchema,
} from "#functions/herschikking/schemas.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { HeropeningVerzoekSchema } from "#shared/kalender/venster.js";
import { type Beheerders, verzoek } from "./demogeld.js";
import { afgesprokenZaak, type DemoActoren } from "./demozaken.js";

export const HERSCHIKKING_DEMO = {
  aanbiederId: "aanb-de-peel",
  zorgkantoorId: "zk-vgz",
  jaar: 2019,
  heropening: {
    op: amsterdam(2020, 5, 11, 9, 0),
    uiterlijk: "2020-05-29",
    reden:
      "De prognose van De Peel kwam na november binnen; de herschikking van 2019 wordt alsnog besloten (demotekst).",
  },
  voorstel: {
    op: amsterdam(2020, 5, 11, 10, 0),
    verlaging: "100000.00",
    reden:
      "De Peel besteedt in 2019 minder dan afgesproken; de ruimte gaat terug naar het regionale kader (demotekst).",
  },
} as const;

/** The 2019 case of De Peel at VGZ, agreed (before the 2019 batches are paid). */
export const herschikkingszaak = (
  actoren: Omit<DemoActoren, "beheer">,
  beheerders: Beheerders,
  nu: Date,
) =>
  afgesprokenZaak(
    HERSCHIKKING_DEMO.aanbiederId,
    { ...actoren, beheer: beheerders[HERSCHIKKING_DEMO.zorgkantoorId]![0] },
    { jaar: HERSCHIKKING_DEMO.jaar, zorgkantoorId: HERSCHIKKING_DEMO.zorgkantoorId },
    nu,
  );

/** §15.2: the reopening and the proposal by the first VGZ beheer user, each once. */
export async function bouwHerschikking(
  aanvraagId: string,
  beheerders: Beheerders,
  nu: Date,
): Promise<void> {
  const { zorgkantoorId, jaar, heropening, voorstel } = HERSCHIKKING_DEMO;
  const [een] = beheerders[zorgkantoorId]!;
  const params = HerschikkingParamsSchema.parse({ zorgkantoorId, jaar: String(jaar) });
  if (heropening.op > nu) return;
  if (!(await leesHerschikkingsheropening(zorgkantoorId, jaar))) {
    const body = HeropeningVerzoekSchema.parse({
      reden: heropening.reden,
      uiterlijk: heropening.uiterlijk,
    });
    await herschikkingHeropenen(await verzoek(een, heropening.op, params, body));
  }
  if (voorstel.op > nu || (await leesHerschikkingsvoorstel(zorgkantoorId, jaar))) return;
  const r = (await leesAanvraag(aanvraagId))!;
  const a = r.afspraak!;
  const nieuw = new Decimal(a.personeel).plus(a.overige).minus(voorstel.verlaging);
  const body = HerschikkingVoorstelBodySchema.parse({
    voorstel: [{ aanvraagId, versie: r.versie, nieuweAfspraak: bedragTekst(nieuw) }],
    reden: voorstel.reden,
  });
  await herschikkingVoorstellen(await verzoek(een, voorstel.op, params, body));
}
