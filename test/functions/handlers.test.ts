import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { handler as gezondheid } from "#functions/gezondheid/handler.js";
import { maakHandler } from "#functions/lib/handler.js";
import { MijSchema } from "#functions/lib/mijschema.js";
import { mij } from "#functions/organisaties/mij.js";
import { event, json, lidmaatschappenUit } from "./hulp.js";

const ROOT = join(import.meta.dirname, "../..");

/** The static import graph of a module (type-only imports and dynamic import() excluded). */
function importgraaf(bestand: string, gezien = new Set<string>()): Set<string> {
  if (gezien.has(bestand)) return gezien;
  gezien.add(bestand);
  const bron = readFileSync(bestand, "utf8");
  for (const m of bron.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms)) {
    const doel = m[1]!;
    if (doel.startsWith("."))
      importgraaf(resolve(dirname(bestand), doel.replace(/\.js$/, ".ts")), gezien);
    else gezien.add(doel);
  }
  return gezien;
}

describe("de handlers", () => {
  it("antwoordt op de gezondheidscontrole zonder token", async () => {
    const r = await gezondheid(event("GET /api/gezondheid"));
    expect(r.statusCode).toBe(200);
    expect(json(r)).toEqual({ status: "ok" });
  });

  it("geeft op GET /api/mij de gebruiker en zijn lidmaatschappen", async () => {
    const data = lidmaatschappenUit({
      "s-1": [
        { rol: "beoordelaar", zorgkantoorId: "zk-1" },
        { rol: "zorgkantoor-beheer", zorgkantoorId: "zk-1" },
      ],
    });
    const h = maakHandler("organisaties", { mij }, { leesLidmaatschappen: data.lees });
    const r = await h(event("GET /api/mij", { claims: { sub: "s-1", email: "b@zk.test" } }));
    expect(r.statusCode).toBe(200);
    const body = json(r);
    expect(body).toEqual({
      sub: "s-1",
      email: "b@zk.test",
      lidmaatschappen: [
        { rol: "beoordelaar", zorgkantoorId: "zk-1" },
        { rol: "zorgkantoor-beheer", zorgkantoorId: "zk-1" },
      ],
    });
    expect(MijSchema.safeParse(body).success).toBe(true);
  });

  it("geeft e-mail null bij een token zonder e-mail (access token)", async () => {
    const data = lidmaatschappenUit({ "s-2": [{ rol: "landelijk-beheer" }] });
    const h = maakHandler("organisaties", { mij }, { leesLidmaatschappen: data.lees });
    const r = await h(event("GET /api/mij", { claims: { sub: "s-2" } }));
    expect(json(r).email).toBeNull();
  });

  it("laadt voor de publieke routes niets van de datalaag of de AWS SDK", () => {
    for (const f of ["gezondheid", "openapi"]) {
      const graaf = [...importgraaf(join(ROOT, "functions", f, "handler.ts"))];
      expect(
        graaf.filter((m) => m.startsWith("@aws-sdk/")),
        f,
      ).toEqual([]);
      const data = graaf.filter((m) => m.includes("/functions/data/") && !m.endsWith("/tabel.ts"));
      expect(data, f).toEqual([]);
    }
  });

  it("laadt ook in de lokale gateway niets van de datalaag", () => {
    const graaf = [...importgraaf(join(ROOT, "lokaal", "gateway.ts"))];
    expect(graaf.filter((m) => m.startsWith("@aws-sdk/"))).toEqual([]);
    expect(graaf.filter((m) => m.includes("/functions/data/") && !m.endsWith("/tabel.ts"))).toEqual(
      [],
    );
  });
});
