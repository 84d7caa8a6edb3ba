// docs/regels.md §4.1 and §7: the XLSX download of one case for the aanbieder's (or the
// zorgkantoor's) controller — the meerjarenbegroting of the latest version per line and per year
// (year costs of personeel lines by shared/indiening/begroting.ts), and every realisatie report
// with what the portal computed from it at submission, and the toekenning per line (§15.1). Readable within the case's scope (§1).

import { bedragUit } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import { jaarkosten, kostenPerFte, totalenPerJaar } from "#shared/indiening/begroting.js";
import {
  type Begrotingsjaar,
  CATEGORIE_NAAM,
  FUNCTIEGROEP_NAAM,
} from "#shared/indiening/begrotingsregels.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { valideer } from "#shared/resultaat.js";
import { leesVersie } from "../data/aanvragen.js";
import { laatsteVan, leesRealisaties, type RealisatieRecord } from "../data/realisaties.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { afspraakBlad } from "./xlsx/afspraak.js";
import { jaarverslagBlad } from "./xlsx/jaarverslag.js";
import {
  type Blad,
  bedragCel,
  bestandsnaam,
  datumCel,
  kopRij,
  tekst,
  vet,
  werkboek,
  xlsxAntwoord,
} from "./xlsx/werkboek.js";

// fte is a count, not an amount: shown as a number with two decimals (FteSchema allows two).
const fteCel = (d: Decimal) => ({ value: d.toNumber(), type: Number, format: "0.00" }) as const;

function begrotingsregels(j: Begrotingsjaar): Blad["rijen"] {
  const pad = (i: number, soort: string) => `begroting.${j.jaar}.${soort}[${i}]`;
  return [
    ...j.personeel.map((r, i) => [
      tekst(j.jaar),
      tekst(r.soort === "inhuur" ? "Personeel (inhuur)" : "Personeel (loondienst)"),
      tekst(r.id),
      tekst(FUNCTIEGROEP_NAAM[r.functiegroep]),
      tekst(r.locatie),
      fteCel(r.fte),
      bedragCel(kostenPerFte(r), `${pad(i, "personeel")}.kostenPerFte`),
      tekst(r.ingangsmaand),
      bedragCel(jaarkosten(r), `${pad(i, "personeel")}.jaarkosten`),
    ]),
    ...j.overige.map((r, i) => [
      tekst(j.jaar),
      tekst(`Overige: ${CATEGORIE_NAAM[r.categorie]}`),
      tekst(r.id),
      tekst(r.omschrijving),
      tekst(r.locatie),
      null,
      null,
      null,
      bedragCel(r.bedrag, `${pad(i, "overige")}.bedrag`),
    ]),
  ];
}

function begrotingBladen(begroting: Begrotingsjaar[], versie: number): Blad[] {
  const regels: Blad = {
    naam: "Begroting",
    rijen: [
      kopRij([
        "Jaar",
        "Soort",
        "Regel",
        "Omschrijving",
        "Locatie",
        "Fte",
        "Kosten per fte",
        "Ingangsmaand",
        `Bedrag (versie ${versie})`,
      ]),
      ...[...begroting].sort((a, b) => a.jaar - b.jaar).flatMap(begrotingsregels),
    ],
    breedtes: [7, 24, 12, 36, 20, 8, 16, 13, 20],
  };
  const totalen: Blad = {
    naam: "Totalen per jaar",
    rijen: [
      kopRij(["Jaar", "Personeel", "Overige", "Totaal", "Aandeel personeel"]),
      ...totalenPerJaar(begroting).map((t) => [
        tekst(t.jaar),
        bedragCel(t.personeel, `totalen.${t.jaar}.personeel`),
        bedragCel(t.overige, `totalen.${t.jaar}.overige`),
        vet([bedragCel(t.totaal, `totalen.${t.jaar}.totaal`)])[0]!,
        // A rate, not an amount (§11: not rounded): shown as a percentage of the exact share.
        t.aandeelPersoneel === undefined
          ? null
          : { value: t.aandeelPersoneel.toNumber(), type: Number, format: "0.00%" },
      ]),
    ],
    breedtes: [7, 18, 18, 18, 18],
  };
  return [regels, totalen];
}

function realisatieRijen(r: RealisatieRecord): Blad["rijen"] {
  const b = r.berekening as
    | {
        personeel?: { regelId: string; kostenTotNu: string; projectie: string }[];
        overige?: { regelId: string; uitgavenTotNu: string; projectie: string }[];
      }
    | undefined;
  const basis = [
    tekst(r.jaar),
    tekst(r.soort),
    tekst(r.nummer),
    datumCel(dagTekst(dagVan(new Date(r.ingediendOp)))),
  ];
  const veld = `realisaties.${r.soort}.${r.nummer}`;
  return [
    ...(b?.personeel ?? []).map((p) => [
      ...basis,
      tekst("Personeel"),
      tekst(p.regelId),
      bedragCel(bedragUit(p.kostenTotNu), `${veld}.${p.regelId}.kostenTotNu`),
      bedragCel(bedragUit(p.projectie), `${veld}.${p.regelId}.projectie`),
    ]),
    ...(b?.overige ?? []).map((o) => [
      ...basis,
      tekst("Overige"),
      tekst(o.regelId),
      bedragCel(bedragUit(o.uitgavenTotNu), `${veld}.${o.regelId}.uitgavenTotNu`),
      bedragCel(bedragUit(o.projectie), `${veld}.${o.regelId}.projectie`),
    ]),
  ];
}

export const aanvraagXlsx: Operatie<RouteVan<"aanvraagXlsx">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId);
  const [versie, realisaties] = await Promise.all([
    leesVersie(r.id, r.laatsteVersie),
    leesRealisaties(r.id),
  ]);
  const inhoud = valideer(AanvraagSchema, versie?.inhoud ?? {});
  // Stored content was valid when written; content that no longer parses is a bug.
  if (!inhoud.ok)
    throw new Error(`aanvraag ${r.id} versie ${r.laatsteVersie}: ${inhoud.fout.melding}`);
  const tussentijds = realisaties
    .filter((x) => x.soort !== "jaarverslag")
    .sort((a, b) => a.jaar - b.jaar || a.ingediendOp.localeCompare(b.ingediendOp));
  const bytes = await werkboek([
    ...begrotingBladen(inhoud.waarde.begroting, r.laatsteVersie),
    ...afspraakBlad(r.overig.besluit),
    {
      naam: "Realisaties",
      rijen: [
        kopRij([
          "Jaar",
          "Venster",
          "Versie",
          "Ingediend op",
          "Soort",
          "Regel",
          "Tot nu",
          "Projectie jaar",
        ]),
        ...tussentijds.flatMap(realisatieRijen),
      ],
      breedtes: [7, 12, 8, 13, 12, 12, 18, 18],
    },
    ...jaarverslagBlad(
      laatsteVan(realisaties, r.jaar, "jaarverslag").laatste,
      new Map(
        (inhoud.waarde.begroting.find((b) => b.jaar === r.jaar)?.overige ?? []).map((o) => [
          o.id,
          o.omschrijving,
        ]),
      ),
    ),
  ]);
  return xlsxAntwoord(bytes, bestandsnaam(["aanvraag", r.jaar, r.id]));
};
