// Which failed sends are permanent (not retried, shown to zorgkantoor-beheer) and which
// are retried on the next run.
import { describe, expect, it } from "vitest";
import { GeenAdres, isDefinitief, MAX_POGINGEN } from "#functions/herinneringen/fout.js";
import { leesInstellingen } from "#functions/herinneringen/instellingen.js";

const fout = (name: string) => Object.assign(new Error("x"), { name });

describe("definitief mislukte herinneringen", () => {
  it("noemt een weigering door SES of een ontbrekend adres definitief", () => {
    expect(isDefinitief(fout("MessageRejected"), 1)).toBe(true);
    expect(isDefinitief(fout("BadRequestException"), 1)).toBe(true);
    expect(isDefinitief(new GeenAdres("sub-1"), 1)).toBe(true);
  });

  it("probeert een onbereikbare of drukke SES opnieuw, tot de derde poging", () => {
    for (const naam of ["TooManyRequestsException", "ECONNREFUSED", "TimeoutError"]) {
      expect(isDefinitief(fout(naam), 1), naam).toBe(false);
      expect(isDefinitief(fout(naam), MAX_POGINGEN - 1), naam).toBe(false);
      expect(isDefinitief(fout(naam), MAX_POGINGEN), naam).toBe(true);
    }
    expect(isDefinitief("geen Error", 1)).toBe(false);
  });
});

describe("instellingen van de herinneringsjob", () => {
  it("linkt lokaal naar de ene URL van npm start", () => {
    expect(leesInstellingen({}).portaalUrl).toBe("http://localhost:4321");
    expect(leesInstellingen({ PORTAAL_URL: "https://portaal.example.nl/" }).portaalUrl).toBe(
      "https://portaal.example.nl",
    );
  });
});
