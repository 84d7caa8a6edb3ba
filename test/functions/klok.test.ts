import { afterEach, describe, expect, it, vi } from "vitest";
import { vergeetConfig } from "#functions/lib/config.js";
import { event, json } from "./hulp.js";
import { handler } from "./proef.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vergeetConfig();
});

describe("de klok (§3.1)", () => {
  const publiek = (headers: Record<string, string> = {}) =>
    handler(event("GET /api/proef/publiek", { headers }));

  it("neemt de echte tijd als niets is ingesteld, en negeert dan x-kb-klok", async () => {
    vi.stubEnv("KB_KLOK", "");
    vi.stubEnv("KB_KLOK_INSTELBAAR", "");
    vergeetConfig();
    const voor = Date.now();
    const r = await publiek({ "x-kb-klok": "2020-05-12T10:00:00+02:00" });
    expect(Date.parse(json(r).nu as string)).toBeGreaterThanOrEqual(voor);
    expect(r.headers["x-kb-klok"]).toBeUndefined();
  });

  it("neemt x-kb-klok over als de klok instelbaar is, en meldt dat", async () => {
    vi.stubEnv("KB_KLOK", "");
    vi.stubEnv("KB_KLOK_INSTELBAAR", "1");
    vergeetConfig();
    const r = await publiek({ "X-KB-Klok": "2020-05-12T10:00:00+02:00" });
    expect(json(r).nu).toBe("2020-05-12T08:00:00.000Z");
    expect(r.headers["x-kb-klok"]).toBe("2020-05-12T08:00:00.000Z");
  });

  it("weigert een ongeldige x-kb-klok met 422 en noemt de header", async () => {
    vi.stubEnv("KB_KLOK", "");
    vi.stubEnv("KB_KLOK_INSTELBAAR", "1");
    vergeetConfig();
    const r = await publiek({ "x-kb-klok": "morgen" });
    expect(r.statusCode).toBe(422);
    expect(json(r)).toMatchObject({ code: "ONGELDIGE_KLOK", veld: "x-kb-klok" });
  });

  it("laat KB_KLOK voorgaan op de header", async () => {
    vi.stubEnv("KB_KLOK", "2021-03-31T23:59:59+02:00");
    vi.stubEnv("KB_KLOK_INSTELBAAR", "1");
    vergeetConfig();
    const r = await publiek({ "x-kb-klok": "2020-05-12T10:00:00+02:00" });
    expect(json(r).nu).toBe("2021-03-31T21:59:59.000Z");
  });

  it("laat de demoklok doorlopen vanaf KB_KLOK als KB_KLOK_LOOPT_VANAF is gezet (npm start)", async () => {
    vi.stubEnv("KB_KLOK", "2020-05-12T10:00:00+02:00");
    // KB_KLOK held one minute ago: the clock now reads one minute later, and keeps running.
    vi.stubEnv("KB_KLOK_LOOPT_VANAF", new Date(Date.now() - 60_000).toISOString());
    vergeetConfig();
    const eerst = Date.parse(json(await publiek()).nu as string);
    expect(eerst).toBeGreaterThanOrEqual(Date.parse("2020-05-12T08:01:00.000Z"));
    expect(eerst).toBeLessThan(Date.parse("2020-05-12T08:02:00.000Z"));
    await new Promise((r) => setTimeout(r, 5));
    const daarna = Date.parse(json(await publiek()).nu as string);
    expect(daarna).toBeGreaterThan(eerst);
  });
});
