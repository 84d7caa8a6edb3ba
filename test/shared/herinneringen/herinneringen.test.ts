import { describe, expect, it } from "vitest";
import {
  herinneringSleutel,
  verschuldigdeHerinneringen,
} from "#shared/herinneringen/herinneringen.js";
import { SOORTEN, VERPLICHTING_SOORTEN } from "#shared/herinneringen/soorten.js";
import { VerplichtingSchema } from "#shared/herinneringen/verplichting.js";
import { dagTekst, isoAmsterdam } from "#shared/kalender/tijd.js";
import { valideer } from "#shared/resultaat.js";
import { alleVerplichtingen, realisatieMei } from "./voorbeelden.js";

const run = (iso: string, verstuurd: string[] = [], v = [realisatieMei()]) =>
  verschuldigdeHerinneringen(v, new Date(iso), new Set(verstuurd));
const momenten = (iso: string, verstuurd: string[] = [], v = [realisatieMei()]) =>
  run(iso, verstuurd, v).map((h) => isoAmsterdam(h.moment));
const sleutel = (iso: string, ontvanger = "controller@zorggroep.nl") =>
  herinneringSleutel(ontvanger, "realisatie_mei:2020:aanbieder-1", new Date(iso));

describe("verschuldigde herinneringen (§10)", () => {
  it("stuurt op elk moment van het voorbeeld (1, 17 en 28 mei 08:00) precies die herinnering", () => {
    expect(momenten("2020-05-01T07:59:59+02:00")).toEqual([]);
    expect(momenten("2020-05-01T08:00:00+02:00")).toEqual(["2020-05-01T08:00:00+02:00"]);
    expect(momenten("2020-05-17T09:00:00+02:00", [sleutel("2020-05-01T08:00:00+02:00")])).toEqual([
      "2020-05-17T08:00:00+02:00",
    ]);
    expect(momenten("2020-05-28T08:00:00+02:00", [sleutel("2020-05-17T08:00:00+02:00")])).toEqual([
      "2020-05-28T08:00:00+02:00",
    ]);
    const [h] = run("2020-05-17T09:00:00+02:00");
    expect(h).toMatchObject({
      ontvanger: "controller@zorggroep.nl",
      verplichting: "realisatie_mei:2020:aanbieder-1",
      soort: "realisatie_mei",
      aanleiding: "14_dagen_voor_deadline",
      link: "/aanbieders/aanbieder-1/realisatie/2020/mei",
    });
    expect(dagTekst(h!.deadline)).toBe("2020-05-31");
    expect(h!.sleutel).toBe(sleutel("2020-05-17T08:00:00+02:00"));
  });

  it("haalt achterstand in met alleen het laatste moment: op 20 mei zonder verzending alleen 17 mei", () => {
    expect(momenten("2020-05-20T10:00:00+02:00")).toEqual(["2020-05-17T08:00:00+02:00"]);
  });

  it("stuurt een gemist eerder moment nooit meer als het laatste moment al verstuurd is", () => {
    expect(momenten("2020-05-20T10:00:00+02:00", [sleutel("2020-05-17T08:00:00+02:00")])).toEqual(
      [],
    );
    expect(momenten("2020-05-16T10:00:00+02:00", [sleutel("2020-05-01T08:00:00+02:00")])).toEqual(
      [],
    );
  });

  it("stuurt niets voor een verplichting die voldaan is", () => {
    expect(run("2020-05-17T09:00:00+02:00", [], [realisatieMei({ voldaan: true })])).toEqual([]);
  });

  it("stuurt niets meer na de deadline (31 mei 23:59:59 Amsterdamse tijd)", () => {
    expect(momenten("2020-05-31T23:59:59+02:00")).toEqual(["2020-05-28T08:00:00+02:00"]);
    expect(momenten("2020-06-01T00:00:00+02:00")).toEqual([]);
    expect(momenten("2020-08-01T00:00:00+02:00")).toEqual([]);
  });

  it("stuurt niets vóór het eerste moment", () => {
    expect(momenten("2020-04-30T12:00:00+02:00")).toEqual([]);
    expect(momenten("2019-05-20T12:00:00+02:00")).toEqual([]);
  });

  it("stuurt per ontvanger hooguit één herinnering, ook als een ontvanger dubbel staat", () => {
    const v = realisatieMei({ ontvangers: ["a@x.nl", "b@x.nl", "a@x.nl"] });
    const eerste = run("2020-05-17T09:00:00+02:00", [], [v]);
    expect(eerste.map((h) => h.ontvanger)).toEqual(["a@x.nl", "b@x.nl"]);
    // a kreeg hem al; b niet (bijvoorbeeld later toegevoegd): alleen b
    const tweede = run("2020-05-17T10:00:00+02:00", [eerste[0]!.sleutel], [v]);
    expect(tweede.map((h) => h.ontvanger)).toEqual(["b@x.nl"]);
    expect(run("2020-05-17T09:00:00+02:00", [], [realisatieMei({ ontvangers: [] })])).toEqual([]);
  });

  it("geeft een tweede of gelijktijdige run dezelfde sleutels, zodat niets twee keer gaat", () => {
    const a = run("2020-05-17T09:00:00+02:00").map((h) => h.sleutel);
    const b = run("2020-05-17T09:00:00+02:00").map((h) => h.sleutel);
    expect(a).toEqual(b);
    expect(run("2020-05-17T09:30:00+02:00", a)).toEqual([]);
  });

  it("maakt een deterministische sleutel die ontvanger, verplichting en moment onderscheidt", () => {
    const m = new Date("2020-05-17T06:00:00Z");
    expect(herinneringSleutel("a@x.nl", "v1", m)).toBe(herinneringSleutel("a@x.nl", "v1", m));
    expect(herinneringSleutel("a@x.nl", "v1", m)).toBe(
      "herinnering|a@x.nl|v1|2020-05-17T06:00:00.000Z",
    );
    const varianten = [
      herinneringSleutel("a|b", "c", m),
      herinneringSleutel("a", "b|c", m),
      herinneringSleutel("a%7Cb", "c", m),
      herinneringSleutel("a@x.nl", "v1", new Date("2020-05-28T06:00:00Z")),
      herinneringSleutel("b@x.nl", "v1", m),
      herinneringSleutel("a@x.nl", "v2", m),
    ];
    expect(new Set(varianten).size).toBe(varianten.length);
  });

  it("geeft twee verplichtingen met dezelfde sleutel maar één keer door", () => {
    expect(run("2020-05-17T09:00:00+02:00", [], [realisatieMei(), realisatieMei()])).toHaveLength(
      1,
    );
  });
});

describe("soorten verplichtingen (§10)", () => {
  const ontvangen = { jaar: 2019, maand: 11, dag: 15 };
  const perSoort = Object.fromEntries(
    alleVerplichtingen(2020, ontvangen, ["x"]).map((v) => [
      v.soort,
      [v.rol, v.opent && dagTekst(v.opent), dagTekst(v.deadline)],
    ]),
  );

  it("leidt venster en deadline van elke soort af uit de kalender van jaar t of uit de ontvangstdatum", () => {
    expect(perSoort).toEqual({
      aanvraag: ["aanbieder", "2019-09-01", "2019-12-31"],
      realisatie_mei: ["aanbieder", "2020-05-01", "2020-05-31"],
      realisatie_juli: ["aanbieder", "2020-07-01", "2020-07-31"],
      realisatie_oktober: ["aanbieder", "2020-10-01", "2020-10-31"],
      jaarverslag: ["aanbieder", "2021-01-01", "2021-03-31"],
      accountantsrapport: ["aanbieder", null, "2021-05-01"],
      addendum: ["zorgkantoor", null, "2020-03-31"],
      herschikking: ["zorgkantoor", null, "2020-11-01"],
      nacalculatie: ["zorgkantoor", null, "2021-06-01"],
      beoordeling_streefdatum: ["zorgkantoor", null, "2019-12-27"],
      beoordeling_uiterste: ["zorgkantoor", null, "2020-02-15"],
    });
    expect(Object.keys(SOORTEN).sort()).toEqual([...VERPLICHTING_SOORTEN].sort());
  });

  it("accepteert een verplichting zoals de job die bouwt en weigert rol, data en lege velden die niet kloppen", () => {
    const ruw = {
      sleutel: "herschikking:2020:zk-1",
      soort: "herschikking",
      rol: "zorgkantoor",
      ontvangers: ["beheer@zk.nl"],
      deadline: "2020-11-01",
      voldaan: false,
      link: "/zorgkantoor/herschikking/2020",
    };
    const goed = valideer(VerplichtingSchema, ruw);
    expect(goed.ok && goed.waarde.opent).toBeNull();
    const veld = (invoer: unknown) => {
      const r = valideer(VerplichtingSchema, invoer);
      return r.ok ? null : r.fout.veld;
    };
    expect(veld({ ...ruw, rol: "aanbieder" })).toBe("rol");
    expect(veld({ ...ruw, opent: "2020-11-02" })).toBe("opent");
    expect(veld({ ...ruw, sleutel: " " })).toBe("sleutel");
    expect(veld({ ...ruw, ontvangers: ["ok@x.nl", ""] })).toBe("ontvangers[1]");
    expect(veld({ ...ruw, deadline: "2020-02-30" })).toBe("deadline");
    expect(veld({ ...ruw, soort: "jaarrekening" })).toBe("soort");
  });
});
