// docs/regels.md §5 constraint 3: the agreed amounts of a zorgkantoor never exceed its regional kader,
// also under concurrent approvals; the regional kaders together stay within the national amount.
import { afterAll, describe, expect, it } from "vitest";
import { maakConcept } from "#functions/data/aanvragen.js";
import { leesAfspraken, legAfspraakVast } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { sluitClients } from "#functions/data/clients.js";
import { leesKader, reserveerInKader, stelKaderIn } from "#functions/data/kaders.js";
import { dienIn, voerOvergangUit } from "#functions/data/overgangen.js";
import { zorgkantoorPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import { Decimal } from "#shared/geld/decimal.js";
import { gebruikEmulators, testAanbieder, testZorgkantoor } from "../fixture/index.js";
import { ctx } from "./omgeving.js";

gebruikEmulators();
afterAll(() => sluitClients());

const d = (s: string) => new Decimal(s);
const beheer = { sub: "beheer-1", rol: "zorgkantoor-beheer" } as const;
const beoordelaar = { sub: "beoordelaar-1", rol: "beoordelaar" } as const;
const aanbieder = { sub: "aanbieder-1", rol: "aanbieder" } as const;
const LANDELIJK = d("1100000000.00");
/** A year of its own, so the national counter of this test is not shared with other tests. */
const eigenJaar = () => 2100 + Math.floor(Math.random() * 7900);

async function kaderVan(bedrag: string, jaar = 2020) {
  const zk = await testZorgkantoor();
  const r = await stelKaderIn(zk, jaar, d(bedrag), LANDELIJK, ctx(beheer));
  if (!r.ok) throw new Error(r.weigering.melding);
  return zk;
}

describe("regionaal kader onder gelijktijdige reserveringen", () => {
  it("laat van 20 gelijktijdige reserveringen er precies 10 slagen als het kader er 10 past", async () => {
    const zk = await kaderVan("10999.99");
    const uitkomsten = await Promise.all(
      Array.from({ length: 20 }, () =>
        schrijfTransactie(
          [reserveerInKader(zk, 2020, d("1000.00"))],
          {
            gebeurtenis: "aanvraag_goedgekeurd",
            onderwerp: zorgkantoorPk(zk),
            betrokken: { zorgkantoorId: zk },
          },
          ctx(beheer),
        ),
      ),
    );
    expect(uitkomsten.filter((u) => u.ok)).toHaveLength(10);
    for (const u of uitkomsten.filter((x) => !x.ok))
      expect(u).toMatchObject({ weigering: { status: 409, code: "BOVEN_REGIONAAL_KADER" } });
    const k = await leesKader(zk, 2020);
    expect(k?.afgesproken.toFixed(2)).toBe("10000.00");
    expect(k?.ruimte.toFixed(2)).toBe("999.99");
    expect(k?.kader.toFixed(2)).toBe("10999.99");
    // Exactly one audit record per successful reservation, none for the refused ones.
    const audit = await leesAudit(zorgkantoorPk(zk));
    expect(audit.filter((a) => a.gebeurtenis === "aanvraag_goedgekeurd")).toHaveLength(10);
  });

  it("keurt van 20 gelijktijdige toekenningen er precies 10 goed; het kader houdt", async () => {
    const zk = await kaderVan("10000.00");
    const klaar = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const aanbiederId = await testAanbieder();
        const a0 = await maakConcept(
          { aanbiederId, zorgkantoorId: zk, jaar: 2020 },
          ctx(aanbieder),
        );
        if (!a0.ok) throw new Error(a0.weigering.melding);
        const a1 = await dienIn(a0.waarde, 1, ctx(aanbieder), { bevindingen: [] });
        if (!a1.ok) throw new Error(a1.weigering.melding);
        const a2 = await voerOvergangUit(
          a1.waarde,
          a1.waarde.versie,
          "inBehandelingNemen",
          ctx(beoordelaar),
        );
        if (!a2.ok) throw new Error(a2.weigering.melding);
        return a2.waarde;
      }),
    );
    const besluiten = await Promise.all(
      klaar.map((a) =>
        legAfspraakVast(
          a,
          a.versie,
          {
            soort: "initieel",
            personeel: d("800.00"),
            overige: d("150.00"),
            compensatie: d("50.00"),
            voorgesteldDoor: beoordelaar,
          },
          ctx(beheer),
          { actie: "goedkeuren" },
        ),
      ),
    );
    expect(besluiten.filter((b) => b.ok)).toHaveLength(10);
    const k = await leesKader(zk, 2020);
    expect(k?.afgesproken.toFixed(2)).toBe("10000.00");
    expect(k?.ruimte.toFixed(2)).toBe("0.00");
    // A refused approval left its case untouched: no agreement, still in beoordeling.
    const geweigerd = klaar.filter((_, i) => !besluiten[i]?.ok);
    for (const a of geweigerd) expect(await leesAfspraken(a.id)).toEqual([]);
  });
});

describe("afspraken en het kader", () => {
  it("eist vier ogen: wie voorstelt keurt niet zelf goed", async () => {
    const zk = await kaderVan("5000.00");
    const aanbiederId = await testAanbieder();
    const a0 = await maakConcept({ aanbiederId, zorgkantoorId: zk, jaar: 2020 }, ctx(aanbieder));
    if (!a0.ok) throw new Error();
    const a1 = await dienIn(a0.waarde, 1, ctx(aanbieder), { bevindingen: [] });
    if (!a1.ok) throw new Error();
    const a2 = await voerOvergangUit(
      a1.waarde,
      a1.waarde.versie,
      "inBehandelingNemen",
      ctx(beheer),
    );
    if (!a2.ok) throw new Error();
    const afspraak = {
      soort: "initieel",
      personeel: d("100"),
      overige: d("0"),
      compensatie: d("0"),
    } as const;
    const zelf = await legAfspraakVast(
      a2.waarde,
      a2.waarde.versie,
      { ...afspraak, voorgesteldDoor: beheer },
      ctx(beheer),
      {
        actie: "goedkeuren",
      },
    );
    expect(zelf).toMatchObject({ ok: false, weigering: { status: 403, code: "VIER_OGEN" } });
    expect((await leesKader(zk, 2020))?.afgesproken.toFixed(2)).toBe("0.00");
  });

  it("bewaart de historie en beweegt het kader mee bij een lagere herschikking", async () => {
    const zk = await kaderVan("5000.00");
    const aanbiederId = await testAanbieder();
    const a0 = await maakConcept({ aanbiederId, zorgkantoorId: zk, jaar: 2020 }, ctx(aanbieder));
    if (!a0.ok) throw new Error();
    const a1 = await dienIn(a0.waarde, 1, ctx(aanbieder), { bevindingen: [] });
    if (!a1.ok) throw new Error();
    const a2 = await voerOvergangUit(
      a1.waarde,
      a1.waarde.versie,
      "inBehandelingNemen",
      ctx(beoordelaar),
    );
    if (!a2.ok) throw new Error();
    const a3 = await legAfspraakVast(
      a2.waarde,
      a2.waarde.versie,
      {
        soort: "initieel",
        personeel: d("3000"),
        overige: d("500"),
        compensatie: d("100"),
        voorgesteldDoor: beoordelaar,
      },
      ctx(beheer),
      { actie: "goedkeuren" },
    );
    if (!a3.ok) throw new Error(a3.weigering.melding);
    expect(a3.waarde.toestand).toBe("goedgekeurd");
    const a4 = await legAfspraakVast(
      a3.waarde,
      a3.waarde.versie,
      {
        soort: "herschikking",
        personeel: d("2500"),
        overige: d("500"),
        compensatie: d("100"),
        reden: "realisatie oktober lager",
      },
      ctx(beheer),
    );
    if (!a4.ok) throw new Error(a4.weigering.melding);
    expect((await leesAfspraken(a0.waarde.id)).map((x) => [x.soort, x.totaal])).toEqual([
      ["initieel", "3600.00"],
      ["herschikking", "3100.00"],
    ]);
    const k = await leesKader(zk, 2020);
    expect([k?.afgesproken.toFixed(2), k?.ruimte.toFixed(2)]).toEqual(["3100.00", "1900.00"]);
  });

  it("verlaagt een kader niet onder wat al is afgesproken, en wijzigt het op de gelezen versie", async () => {
    const zk = await kaderVan("1000.00");
    await schrijfTransactie(
      [reserveerInKader(zk, 2020, d("600.00"))],
      { gebeurtenis: "aanvraag_goedgekeurd", onderwerp: zorgkantoorPk(zk) },
      ctx(beheer),
    );
    expect(await stelKaderIn(zk, 2020, d("599.99"), LANDELIJK, ctx(beheer))).toMatchObject({
      ok: false,
      weigering: { status: 422, code: "KADER_ONDER_AFSPRAKEN", veld: "bedrag" },
    });
    expect(await stelKaderIn(zk, 2020, d("700.00"), LANDELIJK, ctx(beheer), 7)).toMatchObject({
      ok: false,
      weigering: { status: 409 },
    });
    const r = await stelKaderIn(zk, 2020, d("700.00"), LANDELIJK, ctx(beheer), 1);
    expect(r.ok).toBe(true);
    const k = await leesKader(zk, 2020);
    expect([
      k?.kader.toFixed(2),
      k?.afgesproken.toFixed(2),
      k?.ruimte.toFixed(2),
      k?.versie,
    ]).toEqual(["700.00", "600.00", "100.00", 2]);
  });

  it("houdt de regionale kaders samen binnen het landelijke bedrag", async () => {
    const jaar = eigenJaar();
    const landelijk = d("1000.00");
    const [z1, z2] = [await testZorgkantoor(), await testZorgkantoor()];
    expect((await stelKaderIn(z1, jaar, d("600.00"), landelijk, ctx(beheer))).ok).toBe(true);
    expect(await stelKaderIn(z2, jaar, d("400.01"), landelijk, ctx(beheer))).toMatchObject({
      ok: false,
      weigering: { code: "KADERS_BOVEN_LANDELIJK" },
    });
    expect((await stelKaderIn(z2, jaar, d("400.00"), landelijk, ctx(beheer))).ok).toBe(true);
    expect(await leesKader(z2, jaar)).toMatchObject({ versie: 1 });
  });
});
