import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type TeVersturenHerinnering,
  verschuldigdeHerinneringen,
  verschuldigdMoment,
} from "#shared/herinneringen/herinneringen.js";
import { herinneringsMomenten } from "#shared/herinneringen/momenten.js";
import type { Verplichting } from "#shared/herinneringen/verplichting.js";
import {
  amsterdam,
  type Dag,
  dagVan,
  eindeExclusief,
  plusDagen,
  vergelijkDag,
} from "#shared/kalender/tijd.js";
import { alleVerplichtingen, realisatieMei } from "./voorbeelden.js";

const DAG = 86_400_000;

/** Runs the job at the given instants, recording what it sends, as the real job does. */
function draai(verplichtingen: Verplichting[], instants: Date[]): TeVersturenHerinnering[] {
  const verstuurd = new Set<string>();
  const alles: TeVersturenHerinnering[] = [];
  for (const t of instants) {
    for (const h of verschuldigdeHerinneringen(verplichtingen, t, verstuurd)) {
      verstuurd.add(h.sleutel);
      alles.push(h);
    }
  }
  return alles;
}

/** One run a day at hh:mm Amsterdam time, from day `van` up to and including day `tot`. */
function dagelijks(van: Dag, tot: Dag, uur: number, minuut = 0): Date[] {
  const runs: Date[] = [];
  // amsterdam() normalises day overflow like Date does, so day i after `van` is van.dag + i.
  for (let i = 0; ; i++) {
    const run = amsterdam(van.jaar, van.maand, van.dag + i, uur, minuut);
    if (vergelijkDag(dagVan(run), tot) > 0) return runs;
    runs.push(run);
  }
}

/** From 1 August t−1 to 31 July t+1: every obligation of budget year t with margin. */
const jaarrond = (t: number, uur: number, minuut = 0) =>
  dagelijks({ jaar: t - 1, maand: 8, dag: 1 }, { jaar: t + 1, maand: 7, dag: 31 }, uur, minuut);

const telPer = (lijst: TeVersturenHerinnering[]) => {
  const n = new Map<string, number>();
  for (const h of lijst) {
    const k = `${h.verplichting} → ${h.ontvanger}`;
    n.set(k, (n.get(k) ?? 0) + 1);
  }
  return n;
};

describe("herinneringsjob over tijd (§10, properties)", () => {
  it("geeft voor elke reeks runtijden unieke sleutels en stuurt geen moment twee keer", () => {
    const ms = { min: Date.UTC(2020, 3, 1), max: Date.UTC(2020, 6, 1) };
    const verplichtingen = [
      realisatieMei({ ontvangers: ["a@x.nl", "b@x.nl"] }),
      realisatieMei({ sleutel: "ander", ontvangers: ["a@x.nl"], opent: null }),
    ];
    fc.assert(
      fc.property(fc.array(fc.integer(ms), { maxLength: 40 }), (tijden) => {
        const verstuurd = draai(
          verplichtingen,
          tijden.map((t) => new Date(t)),
        );
        const sleutels = verstuurd.map((h) => h.sleutel);
        expect(new Set(sleutels).size).toBe(sleutels.length);
        const momenten = verstuurd.map(
          (h) => `${h.verplichting}|${h.ontvanger}|${h.moment.getTime()}`,
        );
        expect(new Set(momenten).size).toBe(momenten.length);
        // teruggevoerd als verstuurd komt geen enkele sleutel nog eens terug
        const klaar = new Set(sleutels);
        for (const t of tijden) {
          const opnieuw = verschuldigdeHerinneringen(verplichtingen, new Date(t), klaar);
          for (const h of opnieuw) expect(klaar.has(h.sleutel)).toBe(false);
        }
      }),
    );
  });

  it("stuurt bij één run per dag elke ontvanger precies 3 herinneringen per venster met opening en 2 per deadline zonder opening", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2035 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 120 }),
        (t, uur, minuut, ontvangstNaSeptember) => {
          const ontvangen = plusDagen({ jaar: t - 1, maand: 9, dag: 1 }, ontvangstNaSeptember);
          const verplichtingen = alleVerplichtingen(t, ontvangen, ["a@x.nl", "b@x.nl"]);
          const n = telPer(draai(verplichtingen, jaarrond(t, uur, minuut)));
          for (const v of verplichtingen) {
            const verwacht = v.opent === null ? 2 : 3;
            for (const o of v.ontvangers) expect(n.get(`${v.sleutel} → ${o}`)).toBe(verwacht);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 20_000); // a simulated year per run: slow on a busy 2-core machine

  it("stuurt bij een dagelijkse run na 08:00 elk moment van elke verplichting precies op zijn eigen dag", () => {
    const ms = { min: Date.UTC(2020, 0, 20), max: Date.UTC(2021, 5, 1) };
    fc.assert(
      fc.property(
        fc.integer(ms),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        fc.integer({ min: 8, max: 23 }),
        (d, lengte, uur) => {
          const deadline = dagVan(new Date(d));
          const opent = lengte === null ? null : plusDagen(deadline, -lengte);
          const v = realisatieMei({ opent, deadline });
          const runs = dagelijks(plusDagen(deadline, -70), plusDagen(deadline, 2), uur);
          const verstuurd = draai([v], runs);
          expect(verstuurd.map((h) => h.moment)).toEqual(
            herinneringsMomenten(v).map((m) => m.moment),
          );
          for (const h of verstuurd) {
            const run = runs.find((r) => r >= h.moment)!;
            expect(run.getTime() - h.moment.getTime()).toBeLessThan(DAG);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("kiest precies het laatste moment ≤ T vóór het einde van de deadlinedag (definitie, property)", () => {
    const ms = { min: Date.UTC(2019, 11, 1), max: Date.UTC(2021, 1, 1) };
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2020, 11, 31) }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        fc.integer(ms),
        fc.boolean(),
        (d, lengte, t, voldaan) => {
          const deadline = dagVan(new Date(d));
          const opent = lengte === null ? null : plusDagen(deadline, -lengte);
          const v = realisatieMei({ opent, deadline, voldaan });
          const open = !voldaan && t < eindeExclusief(deadline).getTime();
          const verwacht = open
            ? herinneringsMomenten(v)
                .filter((m) => m.moment.getTime() <= t)
                .at(-1)
            : undefined;
          expect(verschuldigdMoment(v, new Date(t))).toEqual(verwacht ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stopt met herinneren zodra de verplichting voldaan is", () => {
    // voldaan op 20 mei: alleen 1 en 17 mei zijn gestuurd, 28 mei niet meer
    const open = realisatieMei();
    const voldaan = realisatieMei({ voldaan: true });
    const runs = jaarrond(2020, 9);
    const verstuurd = new Set<string>();
    const gestuurd: string[] = [];
    for (const r of runs) {
      const v = r < amsterdam(2020, 5, 20, 12) ? open : voldaan;
      for (const h of verschuldigdeHerinneringen([v], r, verstuurd)) {
        verstuurd.add(h.sleutel);
        gestuurd.push(h.aanleiding);
      }
    }
    expect(gestuurd).toEqual(["venster_open", "14_dagen_voor_deadline"]);
  });
});
