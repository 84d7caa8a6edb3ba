// Deadline badges: how close a deadline is, in words AND colour (never colour only).
// Every deadline is a Dutch calendar day, "uiterlijk D" = through D 23:59:59 (§3); `nu` is the
// portal's now (api.ts haalMetNu), so the demo clock and the tests' clock are respected.
import { badge } from "./dom.js";

/** jjjj-mm-dd of an instant in Europe/Amsterdam. */
export function amsterdamseDag(nu: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(nu);
}

/**
 * §3.2: the aanvraag period of year t has closed once it is 1 January t in Amsterdam (the server
 * decides; the pages use this only to offer or hide what the server would refuse).
 */
export const aanvraagperiodeGesloten = (jaar: number, nu: Date): boolean =>
  amsterdamseDag(nu) >= `${jaar}-01-01`;

/** Whole days from `nu`'s Dutch day to `dag` (0 = today). */
export function dagenTot(dag: string, nu: Date): number {
  const [a, b] = [amsterdamseDag(nu), dag].map((d) => Date.parse(`${d}T00:00:00Z`));
  return Math.round((b! - a!) / 86_400_000);
}

/** 14 days: the first reminder of §10 goes out then, so the badge turns at the same moment. */
export function termijnBadge(deadline: string, nu: Date, opent: string | null = null): HTMLElement {
  if (opent && dagenTot(opent, nu) > 0) return badge("neutral", "nog niet open");
  const d = dagenTot(deadline, nu);
  if (d < 0) return badge("danger", "verlopen");
  if (d === 0) return badge("danger", "vandaag");
  if (d <= 14) return badge("warning", `nog ${d} ${d === 1 ? "dag" : "dagen"}`);
  return badge("safe", `nog ${d} dagen`);
}
