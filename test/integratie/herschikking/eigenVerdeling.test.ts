// docs/regels.md §15.2 [portal rule] over HTTP: "The zorgkantoor may change the split within these
// caps." The proposal may carry, per changed case, the zorgkantoor's own split of the new total;
// it is checked at the proposal and again at the approval (422 naming the field, nothing stored).
// Asked 85.000 / 15.000 (one overige line o1), agreed 50.000 / 10.000 (o1 10.000).
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesHerschikkingsvoorstel, schrijfVoorstel } from "#functions/data/herschikkingen.js";
import { leesKader } from "#functions/data/kaders.js";
import { zorgkantoorPk } from "#functions/data/sleutels.js";
import { schrijfTransactie } from "#functions/data/transactie.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { afgesproken, zorgkantoorMetKader } from "./opzet.js";
import { besluitMetVierOgen } from "./vierogen.js";

const gw = metApi();
let zk: string;
let zaak: AanvraagRecord;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;

const NOVEMBER = { "x-kb-klok": "2020-11-20T10:00:00+01:00" };

beforeAll(async () => {
  zk = await zorgkantoorMetKader("100000.00");
  zaak = await afgesproken(zk, {
    naam: "eigen",
    fte: 1,
    overigeQ: "15000.00",
    personeel: "50000.00",
    overige: "10000.00",
    overigeO1: "10000.00",
  });
  beheer = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]);
  beheer2 = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]);
}, 60_000);

const pad = () => `/api/zorgkantoren/${zk}/herschikking/2020`;

async function voorstel(verdeling: unknown, nieuweAfspraak = "90000.00") {
  return vraag(gw, `${pad()}/voorstel`, {
    methode: "POST",
    token: beheer.idToken,
    headers: NOVEMBER,
    body: {
      voorstel: [{ aanvraagId: zaak.id, versie: zaak.versie, nieuweAfspraak, verdeling }],
      reden: "het zorgkantoor kiest zelf de verdeling",
    },
  });
}

async function nietsBesloten() {
  expect((await leesAfspraken(zaak.id)).map((a) => a.soort)).toEqual(["initieel"]);
  expect((await leesKader(zk, 2020))!.afgesproken.toFixed(2)).toBe("60000.00");
}

describe("eigen verdeling in het herschikkingsvoorstel (§15.2)", () => {
  it("het voorstel geeft per categorie de afspraak, de aanvraag en de berekende verdeling als standaard", async () => {
    const v = await vraag(gw, pad(), { token: beheer.idToken, headers: NOVEMBER });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    expect((v.body!.regels as { verdeling: unknown }[])[0]!.verdeling).toEqual({
      personeel: { afspraak: "50000.00", aangevraagd: "85000.00", nieuw: "50000.00" },
      overige: { afspraak: "10000.00", aangevraagd: "15000.00", nieuw: "10000.00" },
    });
  });

  it("weigert een verdeling die niet optelt of boven de aanvraag gaat (422, elk veld genoemd)", async () => {
    const r = await voorstel({
      personeel: "85000.01",
      overigeRegels: [{ id: "o1", bedrag: "4999.98" }],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body).toMatchObject({
      code: "HERSCHIKKING_VOLDOET_NIET",
      veld: "voorstel[0].verdeling.personeel",
    });
    expect(
      (r.body!.overtredingen as { code: string; veld: string }[]).map((o) => `${o.code} ${o.veld}`),
    ).toEqual([
      "VERDELING_BOVEN_AANVRAAG voorstel[0].verdeling.personeel",
      "VERDELING_TELT_NIET_OP voorstel[0].verdeling",
    ]);
    expect(r.body!.detail).toMatch(
      /personeel \(€ 85\.000,01\) is hoger dan de goedgekeurde aanvraag \(€ 85\.000,00\)/,
    );
    const negatief = await voorstel({
      personeel: "75000.00",
      overigeRegels: [{ id: "o1", bedrag: "-1.00" }],
    });
    expect(negatief.status).toBe(422);
    expect(negatief.body).toMatchObject({ veld: "voorstel[0].verdeling.overigeRegels[0].bedrag" });
    expect(await leesHerschikkingsvoorstel(zk, 2020)).toBeUndefined();
  });

  it("weigert een eigen verdeling bij een ongewijzigd totaal", async () => {
    const r = await voorstel({ personeel: "45000.00", overige: "15000.00" }, "60000.00");
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body).toMatchObject({ veld: "voorstel[0].verdeling" });
  });

  it("weigert bij de goedkeuring een opgeslagen verdeling die niet (meer) binnen de aanvraag valt", async () => {
    const v = await voorstel({
      personeel: "80000.00",
      overigeRegels: [{ id: "o1", bedrag: "10000.00" }],
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    // What is stored no longer fits (as if the aanvraag's caps moved under it): the second
    // signature checks again and refuses.
    const opgeslagen = (await leesHerschikkingsvoorstel(zk, 2020))!;
    const regel = opgeslagen.regels[0]!;
    const gewijzigd = {
      ...opgeslagen,
      regels: [
        {
          ...regel,
          nieuw: {
            personeel: "86000.00",
            overige: "4000.00",
            overigeRegels: [{ id: "o1", bedrag: "4000.00" }],
          },
        },
      ],
    };
    const u = await schrijfTransactie(
      [schrijfVoorstel(gewijzigd, opgeslagen)],
      { gebeurtenis: "herschikking_voorgesteld", onderwerp: zorgkantoorPk(zk), reden: "test" },
      { wie: { sub: "test", rol: "systeem" }, nu: new Date(), correlatieId: "test" },
    );
    expect(u.ok).toBe(true);
    const g = await vraag(gw, `${pad()}/goedkeuring`, {
      methode: "POST",
      token: beheer2.idToken,
      headers: NOVEMBER,
      body: { versie: opgeslagen.versie + 1 },
    });
    expect(g.status, JSON.stringify(g.body)).toBe(422);
    expect(g.body).toMatchObject({ veld: "voorstel[0].verdeling.personeel" });
    await nietsBesloten();
  });

  it("legt 90.000 vast als personeel 78.000 en overige 12.000 (eigen verdeling), na vier ogen in de afspraak", async () => {
    const r = await besluitMetVierOgen(gw, pad(), {
      voorsteller: beheer.idToken,
      goedkeurder: beheer2.idToken,
      headers: NOVEMBER,
      body: {
        voorstel: [
          {
            aanvraagId: zaak.id,
            versie: zaak.versie,
            nieuweAfspraak: "90000.00",
            verdeling: { personeel: "78000.00", overigeRegels: [{ id: "o1", bedrag: "12000.00" }] },
          },
        ],
        reden: "overige loopt voor op personeel",
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.gewijzigd).toEqual([
      expect.objectContaining({
        nieuweAfspraak: "90000.00",
        perCategorie: {
          personeel: { vorige: "50000.00", nieuw: "78000.00" },
          overige: { vorige: "10000.00", nieuw: "12000.00" },
        },
      }),
    ]);
    expect((await leesAfspraken(zaak.id)).at(-1)).toMatchObject({
      soort: "herschikking",
      personeel: "78000.00",
      overige: "12000.00",
      totaal: "90000.00",
      overigeRegels: [{ id: "o1", bedrag: "12000.00" }],
    });
    expect((await leesKader(zk, 2020))!.afgesproken.toFixed(2)).toBe("90000.00");
  });
});
