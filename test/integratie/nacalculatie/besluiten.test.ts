// docs/regels.md §15.6 over HTTP, "decisions are final": a year report needs every figure of §7 (a
// left-out or empty figure is a 422 naming the field; 0 is a figure); after the vaststelling the
// year report, the overige judgements and the accountant's report are frozen (409 AL_VASTGESTELD,
// nothing stored); and the nacalculatie keeps showing the vastgestelde figures, also when the
// data under it changes (here: an empty year report written past the routes, as the old schema
// let through).
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { documentenVanAanvraag } from "#functions/data/documenten.js";
import { dienRealisatieIn, leesRealisaties } from "#functions/data/realisaties.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak } from "./opzet.js";

const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;
const klok = { "x-kb-klok": "2021-02-15T10:00:00+01:00" };

beforeAll(async () => {
  zaak = await nacalculatieZaak(2020);
  [aanbieder, beoordelaar, beheer1, beheer2] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
}, 60_000);

const pad = (rest: string) => `/api/aanvragen/${zaak.id}${rest}`;
const versie = async () => (await leesAanvraag(zaak.id))!.versie;
const jaarverslagen = async () =>
  (await leesRealisaties(zaak.id)).filter((r) => r.soort === "jaarverslag").length;
const dienIn = (verslag: unknown, vorigeVersie: number) =>
  vraag(gw, pad("/jaarverslag"), {
    methode: "PUT",
    token: aanbieder.idToken,
    headers: klok,
    body: { verslag, vorigeVersie },
  });
const post = async (token: string, rest: string) =>
  vraag(gw, pad(rest), { methode: "POST", token, headers: klok, body: { versie: await versie() } });

describe("besluiten zijn definitief (§15.6)", () => {
  it("een jaarverslag zonder een cijfer is 422 met het veld; 0 is een cijfer", async () => {
    const { VV8: _, ...zonderVV8 } = JAARVERSLAG_E.clientdagen.jaar;
    const gevallen: [unknown, string][] = [
      [
        { ...JAARVERSLAG_E, clientdagen: { ...JAARVERSLAG_E.clientdagen, jaar: zonderVV8 } },
        "verslag.clientdagen.jaar.VV8",
      ],
      [{ ...JAARVERSLAG_E, svLoon: { basis: "", jaar: "7056000.00" } }, "verslag.svLoon.basis"],
      [{ ...JAARVERSLAG_E, svDagen: { basis: 50000 } }, "verslag.svDagen.jaar"],
    ];
    for (const [verslag, veld] of gevallen) {
      const r = await dienIn(verslag, 1);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.body).toMatchObject({ veld });
      expect(String(r.body!.detail)).toContain("ontbreekt");
    }
    expect(await jaarverslagen()).toBe(1);
    // Every figure present, the profiles without clients as 0: accepted.
    const r = await dienIn(JAARVERSLAG_E, 1);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });

  it("na de vaststelling liggen jaarverslag, overige en accountantsrapport vast (409); de cijfers blijven", async () => {
    expect((await post(beheer1.idToken, "/vaststelling/voorstel")).status).toBe(201);
    const vast = await post(beheer2.idToken, "/vaststelling/goedkeuring");
    expect(vast.status, JSON.stringify(vast.body)).toBe(200);
    const v = await versie();

    const jv = await dienIn(JAARVERSLAG_E, 2);
    expect(jv.status, JSON.stringify(jv.body)).toBe(409);
    expect(jv.body).toMatchObject({ code: "AL_VASTGESTELD" });
    expect(String(jv.body!.detail)).toContain("jaarverslag");
    expect(await jaarverslagen()).toBe(2);

    const overige = await vraag(gw, pad("/nacalculatie/overige"), {
      methode: "PUT",
      token: beoordelaar.idToken,
      headers: klok,
      body: {
        versie: v,
        regels: [{ id: "o1", correctie: { bedrag: "1.00", reden: "accountantsrapport" } }],
      },
    });
    expect(overige.status, JSON.stringify(overige.body)).toBe(409);
    expect(overige.body).toMatchObject({ code: "AL_VASTGESTELD" });

    const documenten = (await documentenVanAanvraag(zaak.id)).length;
    const rapport = await vraag(gw, pad("/documenten"), {
      methode: "POST",
      token: aanbieder.idToken,
      headers: klok,
      body: {
        soort: "rapport_feitelijke_bevindingen",
        bestandsnaam: "rfb-gecorrigeerd.pdf",
        grootte: 1234,
        contentType: "application/pdf",
      },
    });
    expect(rapport.status, JSON.stringify(rapport.body)).toBe(409);
    expect(rapport.body).toMatchObject({ code: "AL_VASTGESTELD" });
    expect((await documentenVanAanvraag(zaak.id)).length).toBe(documenten);
    expect(await versie()).toBe(v);

    // An empty year report under the vaststelling (what the old schema accepted) would make a
    // recomputation fail: the nacalculatie shows the stored vastgestelde figures instead.
    const nul = { VV4: 0, VV5: 0, VV6: 0, VV7: 0, VV8: 0, VV9b: 0, VV10: 0 };
    const leeg = {
      ...JAARVERSLAG_E,
      clientdagen: { basis: nul, jaar: nul },
      svDagen: { basis: 0, jaar: 0 },
    };
    const r = (await leesAanvraag(zaak.id))!;
    const w = await dienRealisatieIn(
      r,
      { jaar: r.jaar, soort: "jaarverslag", nummer: 3, inhoud: leeg },
      { wie: { sub: "test-oud", rol: "aanbieder" }, nu: new Date(), correlatieId: "test-oud" },
    );
    expect(w.ok).toBe(true);
    const n = await vraag(gw, pad("/nacalculatie"), { token: aanbieder.idToken, headers: klok });
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    expect(n.body!.vaststelling).toMatchObject({ vastgesteld: "892918.08", saldo: "124918.08" });
    expect(n.body!.vaststelling).not.toHaveProperty("uitkomst");
    expect(n.body!.berekening).toMatchObject({
      personeelGerealiseerd: "723918.08",
      vastgesteld: "892918.08",
      nabetaling: "124918.08",
    });
  });
});
