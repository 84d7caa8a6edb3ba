// docs/regels.md §2 (one aanvraag per aanbieder, zorgkantoor, jaar), §4.3 (states; a submitted version
// is immutable, a change after aanvulling is a new version) and optimistic locking under races.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aanvragenVanAanbieder,
  leesAanvraag,
  leesVersie,
  leesVersies,
  maakConcept,
  werklijst,
  zoekAanvraag,
} from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { sluitClients } from "#functions/data/clients.js";
import {
  dienIn,
  versieInhoudActie,
  voerOvergangUit,
  wijzigInhoud,
} from "#functions/data/overgangen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import { bevinding } from "#shared/indiening/bevinding.js";
import { gebruikEmulators, testAanbieder, testZorgkantoor, uniek } from "../fixture/index.js";
import { ctx } from "./omgeving.js";

gebruikEmulators();
afterAll(() => sluitClients());

const aanbieder = { sub: "aanbieder-1", rol: "aanbieder" } as const;
const beoordelaar = { sub: "beoordelaar-1", rol: "beoordelaar" } as const;

let zorgkantoorId: string;
beforeAll(async () => {
  zorgkantoorId = await testZorgkantoor();
});

async function nieuwConcept(inhoud = {}) {
  const aanbiederId = await testAanbieder();
  const r = await maakConcept({ aanbiederId, zorgkantoorId, jaar: 2020, inhoud }, ctx(aanbieder));
  if (!r.ok) throw new Error(r.weigering.melding);
  return r.waarde;
}

describe("één aanvraag per aanbieder, zorgkantoor en jaar", () => {
  it("weigert een tweede aanvraag voor hetzelfde drietal met 409", async () => {
    const a = await nieuwConcept();
    const tweede = await maakConcept(
      { aanbiederId: a.aanbiederId, zorgkantoorId, jaar: 2020 },
      ctx(aanbieder),
    );
    expect(tweede).toMatchObject({
      ok: false,
      weigering: { status: 409, code: "AANVRAAG_BESTAAT_AL" },
    });
    expect(await zoekAanvraag(a.aanbiederId, zorgkantoorId, 2020)).toBe(a.id);
    // Another year is another aanvraag.
    const volgendJaar = await maakConcept(
      { aanbiederId: a.aanbiederId, zorgkantoorId, jaar: 2021 },
      ctx(aanbieder),
    );
    expect(volgendJaar.ok).toBe(true);
  });

  it("laat van tien gelijktijdige pogingen er precies één slagen", async () => {
    const aanbiederId = await testAanbieder();
    const pogingen = await Promise.all(
      Array.from({ length: 10 }, () =>
        maakConcept({ aanbiederId, zorgkantoorId, jaar: 2020 }, ctx(aanbieder)),
      ),
    );
    expect(pogingen.filter((p) => p.ok)).toHaveLength(1);
    for (const p of pogingen.filter((x) => !x.ok))
      expect(p).toMatchObject({ weigering: { code: "AANVRAAG_BESTAAT_AL" } });
    expect(await aanvragenVanAanbieder(aanbiederId)).toHaveLength(1);
  });

  it("weigert een aanvraag voor een onbekende aanbieder (422, veld aanbiederId)", async () => {
    const r = await maakConcept(
      { aanbiederId: uniek("bestaat-niet"), zorgkantoorId, jaar: 2020 },
      ctx(aanbieder),
    );
    expect(r).toMatchObject({
      ok: false,
      weigering: { status: 422, code: "ONBEKENDE_AANBIEDER", veld: "aanbiederId" },
    });
  });
});

describe("versies en toestanden", () => {
  it("laat van twee gelijktijdige wijzigingen er één winnen; de ander krijgt 409", async () => {
    const a = await nieuwConcept();
    const [x, y] = await Promise.all([
      wijzigInhoud(a, a.versie, { locaties: [] }, ctx(aanbieder)),
      wijzigInhoud(a, a.versie, { documenten: [] }, ctx(aanbieder)),
    ]);
    expect([x.ok, y.ok].sort()).toEqual([false, true]);
    const verloren = x.ok ? y : x;
    expect(verloren).toMatchObject({ ok: false, weigering: { status: 409, code: "CONFLICT" } });
    expect((await leesAanvraag(a.id))?.versie).toBe(2);
    expect((await leesAudit(aanvraagPk(a.id))).map((r) => r.gebeurtenis)).toEqual([
      "aanvraag_aangemaakt",
      "aanvraag_gewijzigd",
    ]);
  });

  it("bevriest de ingediende versie: niets kan haar nog overschrijven", async () => {
    const a = await nieuwConcept({ locaties: [] });
    const ingediend = await dienIn(a, a.versie, ctx(aanbieder), { bevindingen: [] });
    if (!ingediend.ok) throw new Error(ingediend.weigering.melding);
    expect(ingediend.waarde.toestand).toBe("ingediend");
    // The state machine refuses a change in "ingediend" ...
    const wijziging = await wijzigInhoud(
      ingediend.waarde,
      ingediend.waarde.versie,
      {},
      ctx(aanbieder),
    );
    expect(wijziging).toMatchObject({
      ok: false,
      weigering: { status: 409, code: "OVERGANG_NIET_MOGELIJK" },
    });
    // ... and the version item itself refuses any write to its content.
    const direct = await schrijfTransactie(
      [versieInhoudActie(a.id, 1, { documenten: [] }, new Date())],
      { gebeurtenis: "aanvraag_gewijzigd", onderwerp: aanvraagPk(a.id) },
      ctx(aanbieder),
    );
    expect(direct).toMatchObject({ ok: false, weigering: { code: "VERSIE_INGEDIEND" } });
    expect(await leesVersie(a.id, 1)).toMatchObject({
      status: "ingediend",
      inhoud: { locaties: [] },
    });
  });

  it("zet een wijziging na een verzoek om aanvulling in een nieuwe versie", async () => {
    const a0 = await nieuwConcept({ locaties: [] });
    const stappen = async () => {
      const a1 = await dienIn(a0, a0.versie, ctx(aanbieder), { bevindingen: [] });
      if (!a1.ok) throw new Error(a1.weigering.melding);
      const a2 = await voerOvergangUit(
        a1.waarde,
        a1.waarde.versie,
        "inBehandelingNemen",
        ctx(beoordelaar),
      );
      if (!a2.ok) throw new Error(a2.weigering.melding);
      const a3 = await voerOvergangUit(
        a2.waarde,
        a2.waarde.versie,
        "aanvullingVragen",
        ctx(beoordelaar),
        {
          reden: "begroting 2021 ontbreekt",
        },
      );
      if (!a3.ok) throw new Error(a3.weigering.melding);
      return a3.waarde;
    };
    const a3 = await stappen();
    // Submitting again without a change is refused: the submitted version is not re-submitted.
    expect(await dienIn(a3, a3.versie, ctx(aanbieder), { bevindingen: [] })).toMatchObject({
      ok: false,
      weigering: { code: "VERSIE_AL_INGEDIEND" },
    });
    const a4 = await wijzigInhoud(a3, a3.versie, { documenten: [] }, ctx(aanbieder));
    if (!a4.ok) throw new Error(a4.weigering.melding);
    expect(a4.waarde).toMatchObject({
      laatsteVersie: 2,
      laatsteVersieIngediend: false,
      toestand: "aanvulling_gevraagd",
    });
    const a5 = await dienIn(a4.waarde, a4.waarde.versie, ctx(aanbieder), { bevindingen: [] });
    expect(a5.ok).toBe(true);
    const versies = await leesVersies(a0.id);
    expect(versies.map((v) => [v.nummer, v.status])).toEqual([
      [1, "ingediend"],
      [2, "ingediend"],
    ]);
    expect(versies[0]?.inhoud).toEqual({ locaties: [] });
    expect(versies[1]?.inhoud).toEqual({ documenten: [] });
    // The receipt date stays the first submission (§5 termijn), the last one is kept beside it.
    const nu = await leesAanvraag(a0.id);
    expect(nu?.ontvangenOp).toBe(a3.ontvangenOp);
    expect(nu?.toestand).toBe("ingediend");
  });

  it("weigert een actie van de verkeerde rol met 403 en in de verkeerde toestand met 409", async () => {
    const a = await nieuwConcept();
    expect(await voerOvergangUit(a, a.versie, "indienen", ctx(beoordelaar))).toMatchObject({
      ok: false,
      weigering: { status: 403, code: "GEEN_TOEGANG" },
    });
    expect(await voerOvergangUit(a, a.versie, "goedkeuren", ctx(beoordelaar))).toMatchObject({
      ok: false,
      weigering: { status: 409, code: "OVERGANG_NIET_MOGELIJK" },
    });
  });

  it("neemt de vlaggen van de overgang zelf af: toetsing bij indienen (§4.2)", async () => {
    const a = await nieuwConcept();
    const blokkeert = bevinding("BEGROTING_LEEG", "blokkeert", "begroting", "de begroting is leeg");
    for (const toetsing of [{ bevindingen: [blokkeert] }, {} as { bevindingen: [] }])
      expect(await dienIn(a, a.versie, ctx(aanbieder), toetsing)).toMatchObject({
        ok: false,
        weigering: { status: 422, code: "AANVRAAG_NIET_INDIENBAAR" },
      });
    expect((await leesAanvraag(a.id))?.toestand).toBe("concept");
  });

  it("toont de aanvraag in de werklijst van het zorgkantoor, per toestand", async () => {
    const a = await nieuwConcept();
    const r = await dienIn(a, a.versie, ctx(aanbieder), { bevindingen: [] });
    expect(r.ok).toBe(true);
    // gsi1 is eventually consistent; DynamoDB Local updates it at once.
    const ingediend = await werklijst(zorgkantoorId, 2020, "ingediend");
    expect(ingediend.map((x) => x.id)).toContain(a.id);
    const concept = await werklijst(zorgkantoorId, 2020, "concept");
    expect(concept.map((x) => x.id)).not.toContain(a.id);
    expect((await aanvragenVanAanbieder(a.aanbiederId, 2020)).map((x) => x.id)).toEqual([a.id]);
  });
});
