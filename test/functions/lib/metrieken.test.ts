// Observability: the money events of the one event list (shared/gebeurtenissen.ts) and the
// scheduled jobs' counts go out as CloudWatch EMF lines on stdout, under the names the alarms
// watch (functions/lib/metriekNamen.ts); a transaction without money events writes nothing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type * as Metrieken from "#functions/lib/metrieken.js";
import { METRIEK_DIENST, METRIEK_NAAMRUIMTE, TAAKMETRIEKEN } from "#functions/lib/metriekNamen.js";
import { GEBEURTENIS_TYPES, GELDGEBEURTENISSEN } from "#shared/gebeurtenissen.js";

// Outside Lambda the metrics are off unless asked for, decided when the module loads. The unit
// tests share their workers (no isolation), so this file asks and loads a fresh copy itself, and
// takes the request back afterwards.
let telGeldgebeurtenissen: typeof Metrieken.telGeldgebeurtenissen;
let telTaak: typeof Metrieken.telTaak;
beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  vi.resetModules();
  ({ telGeldgebeurtenissen, telTaak } = await import("#functions/lib/metrieken.js"));
});
afterAll(() => {
  delete process.env.POWERTOOLS_METRICS_DISABLED;
  vi.resetModules();
});

interface Emf {
  _aws: {
    CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[];
  };
  [k: string]: unknown;
}

let regels: string[] = [];
beforeEach(() => {
  regels = [];
  vi.spyOn(process.stdout, "write").mockImplementation((b: string | Uint8Array) => {
    regels.push(String(b));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const emf = (): Emf[] =>
  regels
    .flatMap((r) => r.split("\n").filter((x) => x.includes("CloudWatchMetrics")))
    .map((x) => JSON.parse(x));

describe("metrieken (Powertools Metrics, EMF)", () => {
  it("telt elk geldbesluit van een transactie, en alleen die", () => {
    telGeldgebeurtenissen([
      "aanvraag_goedgekeurd",
      "document_toegevoegd",
      "betaalbatch_vrijgegeven",
    ]);
    const [e, ...rest] = emf();
    expect(rest).toEqual([]);
    const cw = e!._aws.CloudWatchMetrics[0]!;
    expect(cw.Namespace).toBe(METRIEK_NAAMRUIMTE);
    expect(cw.Metrics.map((m) => m.Name).sort()).toEqual([
      "aanvraag_goedgekeurd",
      "betaalbatch_vrijgegeven",
    ]);
    expect(e).toMatchObject({ service: METRIEK_DIENST, aanvraag_goedgekeurd: 1 });
  });

  it("schrijft niets voor een transactie zonder geldgebeurtenis", () => {
    telGeldgebeurtenissen(["aanvraag_gewijzigd", "document_toegevoegd"]);
    expect(emf()).toEqual([]);
  });

  it("de geldgebeurtenissen staan in de ene lijst van gebeurtenissen", () => {
    for (const g of GELDGEBEURTENISSEN) expect(GEBEURTENIS_TYPES).toContain(g);
  });

  it("telt de uitkomst van een geplande taak met de taak als dimensie, onder de namen van het alarm", () => {
    const namen = TAAKMETRIEKEN.herinneringen;
    telTaak("herinneringen", { [namen.aantal]: 683, [namen.fouten]: 2 });
    const [e] = emf();
    expect(e).toMatchObject({ service: METRIEK_DIENST, taak: "herinneringen", [namen.fouten]: 2 });
    expect(e!._aws.CloudWatchMetrics[0]!.Dimensions[0]).toEqual(
      expect.arrayContaining(["service", "taak"]),
    );
  });
});
