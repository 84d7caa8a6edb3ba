import { describe, expect, it } from "vitest";
import type { VoorschotAfspraak } from "#shared/voorschot/afspraak.js";
import {
  type Betaalbesluit,
  betaalopdrachtSleutel,
  betalingVoorMaand,
  type GedaneOpdracht,
} from "#shared/voorschot/betaalopdracht.js";
import { afspraak, d, versie } from "./hulp.js";

const IDS = { aanbieder: "123-4567", zorgkantoor: "ZK-Noord" };

function besluit(a: VoorschotAfspraak, maand: number, opdrachten: GedaneOpdracht[]): Betaalbesluit {
  const r = betalingVoorMaand({ ...IDS, afspraak: a, maand, opdrachten });
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
}

/** Runs the monthly job for `maand` and records what it orders, as the store would. */
function draai(a: VoorschotAfspraak, maand: number, opdrachten: GedaneOpdracht[]): Betaalbesluit {
  const b = besluit(a, maand, opdrachten);
  if (b.soort === "opdracht") opdrachten.push(b.opdracht);
  return b;
}

describe("betaalopdrachtsleutel (§6)", () => {
  it("maakt een vaste sleutel uit aanbieder, zorgkantoor, jaar, maand en basisversie", () => {
    const delen = { ...IDS, jaar: 2020, maand: 3, basisVersie: 1 };
    expect(betaalopdrachtSleutel(delen)).toBe("voorschot#123-4567#ZK-Noord#2020-03#v1");
    expect(betaalopdrachtSleutel({ ...delen })).toBe(betaalopdrachtSleutel(delen));
    expect(betaalopdrachtSleutel({ ...delen, basisVersie: 2 })).not.toBe(
      betaalopdrachtSleutel(delen),
    );
  });

  it("houdt sleutels uniek als een id zelf het scheidingsteken bevat", () => {
    const a = betaalopdrachtSleutel({
      aanbieder: "a#b",
      zorgkantoor: "c",
      jaar: 2020,
      maand: 1,
      basisVersie: 1,
    });
    const b = betaalopdrachtSleutel({
      aanbieder: "a",
      zorgkantoor: "b#c",
      jaar: 2020,
      maand: 1,
      basisVersie: 1,
    });
    expect(a).not.toBe(b);
  });
});

describe("maandelijkse betaalopdracht (§6)", () => {
  const a = afspraak("2020-03-20", "1024000.00");

  it("bestelt in de maand van ondertekening de maanden met terugwerkende kracht", () => {
    const b = besluit(a, 3, []);
    expect(b.soort).toBe("opdracht");
    if (b.soort === "opdracht") {
      expect(b.opdracht.bedrag.toFixed(2)).toBe("192000.00");
      expect(b.opdracht.sleutel).toBe("voorschot#123-4567#ZK-Noord#2020-03#v1");
      expect(b.opdracht).toMatchObject({ jaar: 2020, maand: 3, basisVersie: 1 });
    }
  });

  it("maakt geen tweede opdracht als de maandtaak twee keer draait", () => {
    const opdrachten: GedaneOpdracht[] = [];
    expect(draai(a, 3, opdrachten).soort).toBe("opdracht");
    expect(draai(a, 3, opdrachten)).toEqual({ soort: "geen", reden: "al_besteld" });
    expect(opdrachten).toHaveLength(1);
  });

  it("bestelt niets voor de ondertekening en niets bij ondertekening na het jaar", () => {
    expect(besluit(a, 2, [])).toEqual({ soort: "geen", reden: "voor_eerste_betaalmaand" });
    expect(besluit(afspraak("2021-02-01", "1.00"), 12, [])).toEqual({
      soort: "geen",
      reden: "geen_voorschot",
    });
  });

  it("haalt een overgeslagen maand in bij de volgende run", () => {
    const opdrachten: GedaneOpdracht[] = [{ maand: 3, basisVersie: 1, bedrag: d("192000.00") }];
    const b = besluit(a, 5, opdrachten);
    expect(b.soort === "opdracht" && b.opdracht.bedrag.toFixed(2)).toBe("128000.00");
  });

  it("betaalt een verhoging in dezelfde maand bij met een opdracht op de nieuwe basisversie", () => {
    const opdrachten: GedaneOpdracht[] = [];
    for (let m = 3; m <= 8; m++) draai(a, m, opdrachten); // 512.000 paid on version 1
    const verhoogd = { ...a, basis: [...a.basis, versie(8, "1200000.00", 2)] };
    const b = draai(verhoogd, 8, opdrachten);
    expect(b.soort === "opdracht" && b.opdracht.bedrag.toFixed(2)).toBe("88000.00");
    expect(b.soort === "opdracht" && b.opdracht.sleutel).toBe(
      "voorschot#123-4567#ZK-Noord#2020-08#v2",
    );
    expect(draai(verhoogd, 8, opdrachten)).toEqual({ soort: "geen", reden: "al_besteld" });
  });

  it("bestelt niets na een verlaging zolang het doel nog niet is ingehaald", () => {
    const opdrachten: GedaneOpdracht[] = [];
    for (let m = 3; m <= 7; m++) draai(a, m, opdrachten);
    const verlaagd = { ...a, basis: [...a.basis, versie(8, "600000.00", 2)] };
    expect(draai(verlaagd, 8, opdrachten)).toEqual({ soort: "geen", reden: "doel_bereikt" });
  });

  it("weigert een maand buiten 1–12 en een negatieve eerdere opdracht", () => {
    const r = betalingVoorMaand({ ...IDS, afspraak: a, maand: 13, opdrachten: [] });
    expect(r.ok || r.fout.veld).toBe("maand");
    const n = betalingVoorMaand({
      ...IDS,
      afspraak: a,
      maand: 4,
      opdrachten: [{ maand: 3, basisVersie: 1, bedrag: d("-1.00") }],
    });
    expect(n.ok || n.fout.veld).toBe("opdrachten[0].bedrag");
  });
});
