// docs/regels.md §10: the reminder mail is Dutch, text and HTML, with the deadline as
// dd-mm-jjjj (§11), what to do and the deep link; the job's settings come from the environment.
import { describe, expect, it } from "vitest";
import { leesInstellingen } from "#functions/herinneringen/instellingen.js";
import { herinneringsMail } from "#functions/herinneringen/mail.js";
import type { TeVersturenHerinnering } from "#shared/herinneringen/herinneringen.js";
import { amsterdam } from "#shared/kalender/tijd.js";

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

describe("herinneringsmail opstellen", () => {
  it("noemt de deadline als dd-mm-jjjj, wat te doen en de link naar de exacte pagina", () => {
    const m = herinneringsMail(h, "https://portaal.example");
    expect(m.onderwerp).toBe(
      "Herinnering: aanvraag beoordelen (uiterste datum: drie maanden na ontvangst) uiterlijk 20-07-2020",
    );
    expect(m.tekst).toContain("Over drie dagen verloopt de termijn.");
    expect(m.tekst).toContain("De uiterste datum is 20-07-2020.");
    expect(m.tekst).toContain("https://portaal.example/beoordeling/a<1>");
  });

  it("ontsnapt tekens in de HTML-versie", () => {
    const m = herinneringsMail(h, "https://portaal.example");
    expect(m.html).toContain('<a href="https://portaal.example/beoordeling/a&lt;1&gt;">');
    expect(m.html).not.toContain("a<1>");
  });

  it("meldt bij het openen van het venster dat het nu kan", () => {
    const m = herinneringsMail({ ...h, aanleiding: "venster_open" }, "https://p.example");
    expect(m.tekst).toContain("Vanaf vandaag kunt u dit doen in het portaal.");
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
