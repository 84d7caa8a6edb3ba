// docs/regels.md §6: a payment order has a deterministic key; the monthly job run twice, or twice at
// once, creates no second order.
import { afterAll, describe, expect, it } from "vitest";
import { maakConcept } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import {
  betaalopdrachtenVanAanvraag,
  betaalopdrachtenVanMaand,
  gedaneOpdrachten,
  schrijfBetaalopdracht,
} from "#functions/data/betaalopdrachten.js";
import { sluitClients } from "#functions/data/clients.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { Decimal } from "#shared/geld/decimal.js";
import { betalingVoorMaand } from "#shared/voorschot/betaalopdracht.js";
import { gebruikEmulators, testAanbieder, testZorgkantoor } from "../fixture/index.js";
import { ctx } from "./omgeving.js";

gebruikEmulators();
afterAll(() => sluitClients());

const job = { sub: "voorschotjob", rol: "systeem" } as const;
const aanbieder = { sub: "aanbieder-1", rol: "aanbieder" } as const;

async function zaak() {
  const zorgkantoorId = await testZorgkantoor();
  const aanbiederId = await testAanbieder();
  const r = await maakConcept({ aanbiederId, zorgkantoorId, jaar: 2020 }, ctx(aanbieder));
  if (!r.ok) throw new Error(r.weigering.melding);
  return r.waarde;
}

/** The monthly job for one case and month, exactly as a handler would run it (§13 example A). */
async function maandjob(z: Awaited<ReturnType<typeof zaak>>, maand: number) {
  const opdrachten = gedaneOpdrachten(await betaalopdrachtenVanAanvraag(z.id));
  const besluit = betalingVoorMaand({
    aanbieder: z.aanbiederId,
    zorgkantoor: z.zorgkantoorId,
    maand,
    opdrachten,
    afspraak: {
      jaar: 2020,
      percentage: new Decimal("0.75"),
      getekendOp: { jaar: 2020, maand: 3, dag: 20 },
      basis: [{ vanafMaand: 1, bedrag: new Decimal("1024000.00"), versie: 1 }],
    },
  });
  if (!besluit.ok) throw new Error(besluit.fout.melding);
  if (besluit.waarde.soort === "geen") return besluit.waarde.reden;
  const r = await schrijfBetaalopdracht(z, besluit.waarde.opdracht, ctx(job));
  if (!r.ok) throw new Error(r.weigering.melding);
  return r.waarde;
}

describe("betaalopdrachten voorschot", () => {
  it("maakt bij twee keer draaien van de maandjob één opdracht", async () => {
    const z = await zaak();
    expect(await maandjob(z, 3)).toBe("aangemaakt");
    expect(await maandjob(z, 3)).toBe("al_besteld");
    const opdrachten = await betaalopdrachtenVanAanvraag(z.id);
    expect(opdrachten.map((o) => [o.maand, o.bedrag])).toEqual([[3, "192000.00"]]);
  });

  it("maakt bij gelijktijdig draaien één opdracht per maand; de bedragen kloppen op de cent", async () => {
    const z = await zaak();
    for (const maand of [3, 4, 5]) {
      const runs = await Promise.all(Array.from({ length: 5 }, () => maandjob(z, maand)));
      expect(runs.filter((x) => x === "aangemaakt")).toHaveLength(1);
    }
    const opdrachten = await betaalopdrachtenVanAanvraag(z.id);
    expect(opdrachten.map((o) => [o.maand, o.bedrag, o.doel])).toEqual([
      [3, "192000.00", "192000.00"],
      [4, "64000.00", "256000.00"],
      [5, "64000.00", "320000.00"],
    ]);
    // One audit record per order made: the losing runs wrote nothing.
    const audit = await leesAudit(aanvraagPk(z.id));
    expect(audit.filter((a) => a.gebeurtenis === "voorschot_betaalopdracht")).toHaveLength(3);
    expect((await betaalopdrachtenVanMaand(z.zorgkantoorId, 2020, 4)).map((o) => o.bedrag)).toEqual(
      ["64000.00"],
    );
  });

  it("schrijft dezelfde opdracht direct twee keer en gelijktijdig als één item", async () => {
    const z = await zaak();
    const besluit = betalingVoorMaand({
      aanbieder: z.aanbiederId,
      zorgkantoor: z.zorgkantoorId,
      maand: 1,
      opdrachten: [],
      afspraak: {
        jaar: 2020,
        percentage: new Decimal("0.75"),
        getekendOp: { jaar: 2019, maand: 12, dag: 1 },
        basis: [{ vanafMaand: 1, bedrag: new Decimal("1000000.01"), versie: 1 }],
      },
    });
    if (!besluit.ok || besluit.waarde.soort !== "opdracht")
      throw new Error("verwacht een opdracht");
    const o = besluit.waarde.opdracht;
    const uitkomsten = await Promise.all(
      Array.from({ length: 6 }, () => schrijfBetaalopdracht(z, o, ctx(job))),
    );
    expect(uitkomsten.filter((u) => u.ok && u.waarde === "aangemaakt")).toHaveLength(1);
    expect(uitkomsten.every((u) => u.ok)).toBe(true);
    expect(await schrijfBetaalopdracht(z, o, ctx(job))).toEqual({ ok: true, waarde: "bestond_al" });
    expect(await betaalopdrachtenVanAanvraag(z.id)).toHaveLength(1);
  });
});
