// Integration tests: the running local stack as handed over by globalSetup, plus unique ids so
// test files running in parallel never touch each other's data.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { type LokaleClients, maakClients } from "../../lokaal/aws.js";

export function omgeving() {
  return { lokaal: inject("lokaal"), inrichting: inject("inrichting") };
}

/** Clients for this test file (close them in afterAll with `destroy()`). */
export function clients(): LokaleClients {
  return maakClients(inject("lokaal"));
}

/** A fresh id with a readable prefix, unique across parallel test files. */
export const uniek = (prefix: string): string => `${prefix}-${randomUUID()}`;
