// A reminder is claimed before it is sent; a claim abandoned by a crashed run (never
// closed) is taken over by a later run, so a crash between claiming and sending cannot make a
// reminder disappear — while a claim of a run that may still be busy is never taken over.
import { afterAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import {
  CLAIM_VERLOOPT_MS,
  claimHerinnering,
  leesHerinnering,
} from "#functions/data/herinneringen.js";
import { gebruikEmulators, uniek } from "../fixture/index.js";

gebruikEmulators();
afterAll(() => sluitClients());

const claim = (sleutel: string, nu: Date) =>
  claimHerinnering({ sleutel, ontvanger: "sub-1", verplichting: "realisatie_mei:a", nu });

describe("een herinnering claimen", () => {
  it("neemt een achtergelaten claim over, maar niet een die nog bezig kan zijn", async () => {
    const sleutel = uniek("herinnering");
    const t = new Date("2020-05-17T06:30:00.000Z");
    expect(await claim(sleutel, t)).toBe(true);
    // Same run or a concurrent one shortly after: the claim stands.
    expect(await claim(sleutel, new Date(t.getTime() + CLAIM_VERLOOPT_MS - 1000))).toBe(false);
    // The run crashed and never closed the claim: a later run takes it over (attempt 2).
    expect(await claim(sleutel, new Date(t.getTime() + CLAIM_VERLOOPT_MS + 1000))).toBe(true);
    const record = await leesHerinnering(sleutel);
    expect(record?.status).toBe("bezig");
    expect(record?.pogingen).toBe(2);
  });
});
