// Observability end to end: a money decision committed through the data layer (here the monthly
// run's payment order, §6) writes its metric from the audit record of the same transaction.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
});

import { METRIEK_NAAMRUIMTE } from "#functions/lib/metriekNamen.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { gebruiker, vraag } from "../http/api.js";

const gw = metApi();
afterEach(() => vi.restoreAllMocks());

describe("metrieken van geldbesluiten", () => {
  it("de maandrun die een betaalopdracht maakt, telt voorschot_betaalopdracht", async () => {
    const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
    const beheer = await gebruiker([
      { rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId },
    ]);
    const regels: string[] = [];
    const echt = process.stdout.write.bind(process.stdout) as (b: string | Uint8Array) => boolean;
    vi.spyOn(process.stdout, "write").mockImplementation((b: string | Uint8Array) => {
      if (String(b).includes("CloudWatchMetrics")) regels.push(String(b));
      else echt(b);
      return true;
    });
    const r = await vraag(gw, `/api/zorgkantoren/${zaak.zorgkantoorId}/voorschot/maandrun`, {
      methode: "POST",
      token: beheer.idToken,
      headers: { "x-kb-klok": "2020-03-25T09:00:00+01:00" },
      body: { jaar: 2020, maand: 3 },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const emf = regels.flatMap((x) => x.split("\n").filter(Boolean)).map((x) => JSON.parse(x));
    expect(emf).toContainEqual(
      expect.objectContaining({
        voorschot_betaalopdracht: 1,
        _aws: expect.objectContaining({
          CloudWatchMetrics: [expect.objectContaining({ Namespace: METRIEK_NAAMRUIMTE })],
        }),
      }),
    );
  });
});
