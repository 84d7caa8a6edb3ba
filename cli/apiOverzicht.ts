// docs/api.md: the API at a glance — per Lambda every route with its method, path, roles and
// summary — generated from the OpenAPI document (functions/openapi/document.ts), which is itself
// generated from the route table. `npm run schemas` writes it; a test keeps it current.
import { join } from "node:path";
import { maakOpenApiDocument } from "#functions/openapi/document.js";

export const API_OVERZICHT = join(import.meta.dirname, "../docs/api.md");

interface Operatie {
  summary?: string;
  tags?: string[];
  "x-rollen"?: string[];
}

const METHODEN = ["get", "post", "put", "patch", "delete"] as const;
const cel = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

export function apiOverzicht(): string {
  const doc = maakOpenApiDocument();
  const perFunctie = new Map<string, string[]>();
  for (const [pad, item] of Object.entries(doc.paths ?? {})) {
    for (const m of METHODEN) {
      const o = (item as Record<string, Operatie | undefined>)[m];
      if (!o) continue;
      const functie = o.tags?.[0] ?? "overig";
      const rollen = o["x-rollen"]?.join(", ") ?? "iedereen (geen token)";
      const regels = perFunctie.get(functie) ?? [];
      regels.push(`| ${m.toUpperCase()} | \`${pad}\` | ${rollen} | ${cel(o.summary ?? "")} |`);
      perFunctie.set(functie, regels);
    }
  }
  const delen = [...perFunctie].map(
    ([functie, regels]) =>
      `## ${functie}\n\n| methode | pad | rollen | wat |\n|---|---|---|---|\n${regels.join("\n")}\n`,
  );
  return [
    "# API-overzicht",
    "",
    "Gegenereerd uit het OpenAPI-document (`npm run schemas`; het volledige document met schema's:",
    "`GET /api/openapi.json`). Elke route controleert op de server de lidmaatschappen van de beller",
    "(§1); een object buiten de eigen organisatie is een 404. Fouten zijn `application/problem+json`",
    "met een stabiele `code`, een Nederlandse `detail` en bij invoerfouten het `veld`.",
    "",
    ...delen,
  ].join("\n");
}
