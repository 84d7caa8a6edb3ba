// Benchmark (not a timed test): herschikking, nacalculatie and the national remainder for a
// synthetic country — 31 regions, 1,000 aanbieders, 3 years — through the same berekeningen the
// portal and `kb` use. Target: below 200 ms on 2 cores for the calculations.
// Two figures: "rekenen" runs the berekeningen on validated (typed) input, as the portal does
// with stored data, output formatting included; "met validatie" adds parsing the raw JSON input
// through the zod schemas, as `kb` does. `npm run bench` runs an esbuild bundle, as Lambda does.
import { performance } from "node:perf_hooks";
import { voerUit } from "#shared/berekening.js";
import type { EenBerekening } from "#shared/berekeningen.js";
import { herschikking } from "#shared/herschikking/berekening.js";
import { landelijkRestant, nacalculatie } from "#shared/nacalculatie/berekening.js";

const REGIO = 31;
const AANBIEDERS = 1000;
const JAREN = [2020, 2021, 2022];
const RUNS = 15;

// Deterministic pseudo-random numbers, so every run measures the same country.
let zaad = 20201101;
const willekeurig = (tot: number): number => {
  zaad = (zaad * 1103515245 + 12345) % 2147483648;
  return zaad % tot;
};
const euro = (centen: number): string =>
  `${Math.floor(centen / 100)}.${String(centen % 100).padStart(2, "0")}`;

interface Aanbieder {
  id: string;
  regio: number;
  afspraakCenten: number;
}

const aanbieders: Aanbieder[] = Array.from({ length: AANBIEDERS }, (_, i) => ({
  id: `A${i}`,
  regio: i % REGIO,
  afspraakCenten: 20_000_000 + willekeurig(300_000_000),
}));

function herschikkingInvoer(regio: number) {
  const eigen = aanbieders.filter((a) => a.regio === regio);
  const totaal = eigen.reduce((s, a) => s + a.afspraakCenten, 0);
  return {
    kader: euro(totaal + willekeurig(10_000_000)),
    aanbieders: eigen.map((a) => ({
      id: a.id,
      afspraak: euro(a.afspraakCenten),
      aangevraagd: euro(a.afspraakCenten + willekeurig(50_000_000)),
      prognose: euro(Math.max(0, a.afspraakCenten - 30_000_000 + willekeurig(60_000_000))),
    })),
  };
}

function nacalculatieInvoer(a: Aanbieder) {
  const dagen = () => 1000 + willekeurig(20_000);
  return {
    clientdagen: {
      basis: { VV4: dagen(), VV5: dagen(), VV6: dagen(), VV7: dagen(), VV8: dagen() },
      jaar: { VV4: dagen(), VV5: dagen(), VV6: dagen(), VV7: dagen(), VV8: dagen() },
    },
    svDagen: {
      basis: String(40_000 + willekeurig(20_000)),
      jaar: String(45_000 + willekeurig(20_000)),
    },
    svLoon: euro(600_000_000 + willekeurig(200_000_000)),
    werkgeverslasten: euro(180_000_000 + willekeurig(60_000_000)),
    inhuur: { basis: euro(willekeurig(30_000_000)), jaar: euro(willekeurig(40_000_000)) },
    afspraak: {
      personeel: euro(Math.floor(a.afspraakCenten * 0.85)),
      overige: [
        {
          id: "scholing",
          afgesproken: euro(5_000_000),
          gerealiseerd: euro(willekeurig(7_000_000)),
          conform: true,
        },
        {
          id: "technologie",
          afgesproken: euro(8_000_000),
          gerealiseerd: euro(willekeurig(9_000_000)),
          conform: true,
        },
      ],
    },
    compensatie: euro(willekeurig(3_000_000)),
    betaaldeVoorschotten: euro(Math.floor(a.afspraakCenten * 0.75)),
  };
}

const invoer = JAREN.map(() => ({
  herschikking: Array.from({ length: REGIO }, (_, r) => herschikkingInvoer(r)),
  nacalculatie: aanbieders.map(nacalculatieInvoer),
}));

type Rekenaar = (b: EenBerekening, invoer: unknown) => unknown;

/** With validation: raw JSON through the schema, then the calculation (what `kb` does). */
const metValidatie: Rekenaar = (b, invoer) => {
  const r = voerUit(b, invoer);
  if (!r.ok) throw new Error(`${b.naam}: ${r.fout.melding}`);
  return r.waarde;
};

// Typed inputs are parsed once up front and looked up by identity, so "rekenen" measures the
// calculation alone.
const getypeerd = new Map<unknown, unknown>();
const rekenen: Rekenaar = (b, invoer) => {
  let t = getypeerd.get(invoer);
  if (t === undefined) {
    const r = b.invoer.safeParse(invoer);
    if (!r.success) throw new Error(`${b.naam}: ${r.error.message}`);
    t = r.data;
    getypeerd.set(invoer, t);
  }
  const r = b.bereken(t);
  if (!r.ok) throw new Error(`${b.naam}: ${r.fout.melding}`);
  return r.waarde;
};

function eenLand(reken: Rekenaar): number {
  let berekend = 0;
  for (const [j, jaar] of invoer.entries()) {
    for (const h of jaar.herschikking) {
      reken(herschikking, h);
      berekend++;
    }
    const vastgesteld: string[] = [];
    const restant = [];
    for (const [i, n] of jaar.nacalculatie.entries()) {
      const r = reken(nacalculatie, n) as { vastgesteld: string; personeelGerealiseerd: string };
      vastgesteld.push(r.vastgesteld);
      restant.push({
        id: aanbieders[i]!.id,
        personeelGerealiseerd: r.personeelGerealiseerd,
        afgesprokenPersoneel: n.afspraak.personeel,
        aangevraagdPersoneel: n.afspraak.personeel,
        personeelInDienst: true,
      });
      berekend++;
    }
    restantInvoer[j] ??= { landelijkBudget: "1100000000.00", vastgesteld, aanbieders: restant };
    reken(landelijkRestant, restantInvoer[j]);
    berekend++;
  }
  return berekend;
}
const restantInvoer: unknown[] = [];

function meet(naam: string, reken: Rekenaar): void {
  eenLand(reken); // warm-up: JIT and module initialisation are not what we measure
  const tijden: number[] = [];
  let aantal = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    aantal = eenLand(reken);
    tijden.push(performance.now() - t0);
  }
  tijden.sort((a, b) => a - b);
  const mediaan = tijden[Math.floor(tijden.length / 2)]!;
  console.log(
    `landelijk ${naam}: ${REGIO} regio's, ${AANBIEDERS} aanbieders, ${JAREN.length} jaar (${aantal} berekeningen): ` +
      `mediaan ${mediaan.toFixed(1)} ms, snelste ${tijden[0]!.toFixed(1)} ms, traagste ${tijden.at(-1)!.toFixed(1)} ms over ${RUNS} runs`,
  );
}

meet("rekenen", rekenen);
meet("met validatie", metValidatie);
console.log("doel: rekenen < 200 ms");
