// docs/regels.md §10: the reminder mail is Dutch, text and HTML, with the deadline as
// dd-mm-jjjj (§11), what to do and the deep link; it names the organisation and the case, never
// an id or a code; the job's settings come from the environment.
import { describe, expect, it } from "vitest";
import { leesInstellingen } from "#functions/herinneringen/instellingen.js";
import { herinneringsMail, type Mail, type ZaakNamen } from "#functions/herinneringen/mail.js";
import type { TeVersturenHerinnering } from "#shared/herinneringen/herinneringen.js";
import { VERPLICHTING_SOORTEN } from "#shared/herinneringen/soorten.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { link as paginaLink } from "#shared/paginas.js";
import { zoekCodes } from "../../site/codes.js";

const h: TeVersturenHerinnering = {
  sleutel: "k",
  ontvanger: "sub-1",
  verplichting: "beoordeling_uiterste:a<1>",
  soort: "beoordeling_uiterste",
  aanleiding: "3_dagen_voor_deadline",
  moment: amsterdam(2020, 7, 17, 8),
  deadline: { jaar: 2020, maand: 7, dag: 20 },
  link: "/beoordeling/a<1>",
};

const zaak: ZaakNamen = {
  jaar: 2020,
  aanbieder: "Zorggroep De Linde",
  zorgkantoor: "Zorgkantoor Noord",
  perAanbieder: true,
};

/** What a reader sees: the text without the links (a deep link carries the case's id by design). */
const leesbaar = (m: Mail): string =>
  [m.onderwerp, m.tekst, m.html.replace(/<[^>]*>/g, " ")].join("\n").replace(/https?:\/\/\S+/g, "");

describe("herinneringsmail opstellen", () => {
  it("noemt de deadline als dd-mm-jjjj, wat te doen en de link naar de exacte pagina", () => {
    const m = herinneringsMail(h, "https://portaal.example", zaak);
    expect(m.onderwerp).toBe(
      "Herinnering: aanvraag beoordelen (uiterste datum: drie maanden na ontvangst) voor Zorggroep De Linde (aanvraag 2020) uiterlijk 20-07-2020",
    );
    expect(m.tekst).toContain("Voor: Zorggroep De Linde, aanvraag 2020.");
    expect(m.tekst).toContain("Over drie dagen verloopt de termijn.");
    expect(m.tekst).toContain("De uiterste datum is 20-07-2020.");
    expect(m.tekst).toContain("https://portaal.example/beoordeling/a<1>");
  });

  it("ontsnapt tekens in de HTML-versie", () => {
    const m = herinneringsMail(h, "https://portaal.example", zaak);
    expect(m.html).toContain('<a href="https://portaal.example/beoordeling/a&lt;1&gt;">');
    expect(m.html).not.toContain("a<1>");
  });

  it("meldt bij het openen van het venster dat het nu kan", () => {
    const m = herinneringsMail({ ...h, aanleiding: "venster_open" }, "https://p.example", zaak);
    expect(m.tekst).toContain("Vanaf vandaag kunt u dit doen in het portaal.");
  });
});

describe("de herinneringsmail noemt organisatie en zaak", () => {
  const realisatie: TeVersturenHerinnering = {
    ...h,
    verplichting: "realisatie_mei:aanvraag-1",
    soort: "realisatie_mei",
    aanleiding: "14_dagen_voor_deadline",
    deadline: { jaar: 2020, maand: 5, dag: 31 },
    link: paginaLink.realisatie("3f2b9c1e-8d4a-4b6f-9e21-7a5c0d1e2f34", "mei"),
  };

  it("noemt de aanbieder, het jaar en het zorgkantoor in de mail aan de aanbieder", () => {
    const m = herinneringsMail(realisatie, "https://portaal.example", zaak);
    expect(m.onderwerp).toBe(
      "Herinnering: realisatie januari t/m april invullen voor Zorggroep De Linde (aanvraag 2020) uiterlijk 31-05-2020",
    );
    expect(m.tekst).toContain("Voor: Zorggroep De Linde, aanvraag 2020 bij Zorgkantoor Noord.");
    expect(m.html).toContain(
      "<p>Voor: <strong>Zorggroep De Linde, aanvraag 2020 bij Zorgkantoor Noord</strong>.</p>",
    );
  });

  it("noemt bij de eigen taken van het zorgkantoor het zorgkantoor en het budgetjaar", () => {
    const m = herinneringsMail(
      { ...h, soort: "herschikking", link: paginaLink.herschikking("zk-noord", 2020) },
      "https://portaal.example",
      { jaar: 2020, zorgkantoor: "Zorgkantoor Noord", perAanbieder: false },
    );
    expect(m.onderwerp).toBe(
      "Herinnering: herschikking vaststellen voor Zorgkantoor Noord (budgetjaar 2020) uiterlijk 20-07-2020",
    );
    expect(m.tekst).toContain("Voor: Zorgkantoor Noord, budgetjaar 2020.");
  });

  it("zegt zonder bekende naam wiens zaak het is in woorden, niet met een id", () => {
    const zonder = { jaar: 2021, perAanbieder: true };
    expect(herinneringsMail(realisatie, "https://p.example", zonder).tekst).toContain(
      "Voor: uw organisatie, aanvraag 2021 bij uw zorgkantoor.",
    );
    expect(herinneringsMail(h, "https://p.example", zonder).onderwerp).toContain(
      "voor de zorgaanbieder (aanvraag 2021)",
    );
  });

  it("bevat buiten de link geen ids, codes of verwijzingen naar het regelboek", () => {
    const zaken: ZaakNamen[] = [
      zaak,
      { jaar: 2020, perAanbieder: true },
      { ...zaak, perAanbieder: false },
    ];
    for (const soort of VERPLICHTING_SOORTEN)
      for (const aanleiding of [
        "venster_open",
        "14_dagen_voor_deadline",
        "3_dagen_voor_deadline",
      ] as const)
        for (const z of zaken) {
          const m = herinneringsMail({ ...realisatie, soort, aanleiding }, "https://p.example", z);
          expect(zoekCodes(leesbaar(m)), `${soort} ${aanleiding}`).toEqual([]);
        }
  });
});

describe("instellingen van de herinneringsjob", () => {
  it("leest portaal-URL (zonder slash aan het eind), afzender en user pool per stage", () => {
    expect(
      leesInstellingen({
        PORTAAL_URL: "https://acc.portaal.example/",
        MAIL_AFZENDER: "noreply@acc.example",
        COGNITO_USER_POOL_ID: "eu-west-1_abc",
      }),
    ).toEqual({
      portaalUrl: "https://acc.portaal.example",
      afzender: "noreply@acc.example",
      userPoolId: "eu-west-1_abc",
      cognitoEndpoint: undefined,
      mailsPerSeconde: 14,
    });
  });

  it("leest het SES-tempo en weigert 0", () => {
    expect(leesInstellingen({ MAILS_PER_SECONDE: "50" }).mailsPerSeconde).toBe(50);
    expect(() => leesInstellingen({ MAILS_PER_SECONDE: "0" })).toThrow();
  });

  it("weigert een portaal-URL die geen URL is", () => {
    expect(() => leesInstellingen({ PORTAAL_URL: "geen url" })).toThrow();
  });
});
