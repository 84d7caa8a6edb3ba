// docs/regels.md §12: the mail of a notification from the one event list names the organisation and,
// when the event concerns a case, the case (aanbieder and year; to the aanbieder also the
// zorgkantoor) and links to that case's own page; never an id or a code outside the link.
import { describe, expect, it } from "vitest";
import type { Melding } from "#functions/data/audit.js";
import { aanbiederPk, aanvraagPk } from "#functions/data/sleutels.js";
import type { Mail } from "#functions/herinneringen/mail.js";
import { type MeldingZaak, meldingsMail } from "#functions/herinneringen/meldingsmails.js";
import { definitie, GEBEURTENIS_TYPES, type Gebeurtenis } from "#shared/gebeurtenissen.js";
import { link } from "#shared/paginas.js";
import { zoekCodes } from "../../site/codes.js";

const ID = "3f2b9c1e-8d4a-4b6f-9e21-7a5c0d1e2f34";
const URL = "https://portaal.example";

const melding = (gebeurtenis: Gebeurtenis, partij: Melding["partij"]): Melding => ({
  sleutel: { pk: "MELDINGEN#x", sk: "m" },
  gebeurtenis,
  omschrijving: definitie(gebeurtenis).omschrijving,
  onderwerp: aanvraagPk(ID),
  partij,
  wanneer: "2021-03-01T10:00:00.000Z",
  aanbiederId: "aanb-linde",
  zorgkantoorId: "zk-noord",
  email: true,
  audit: { pk: aanvraagPk(ID), sk: "AUDIT#m" },
});

const zaak: MeldingZaak = {
  aanvraagId: ID,
  jaar: 2021,
  aanbieder: "Zorggroep De Linde",
  zorgkantoor: "Zorgkantoor Noord",
};

/** What a reader sees: the text without the links (a deep link carries the case's id by design). */
const leesbaar = (m: Mail): string =>
  [m.onderwerp, m.tekst, m.html.replace(/<[^>]*>/g, " ")].join("\n").replace(/https?:\/\/\S+/g, "");

describe("meldingsmail over een zaak", () => {
  it("noemt aan de aanbieder aanbieder, jaar en zorgkantoor en linkt naar het dossier", () => {
    const m = meldingsMail(
      melding("aanvraag_goedgekeurd", "aanbieder"),
      "Zorggroep De Linde",
      URL,
      zaak,
    );
    expect(m.onderwerp).toBe(
      "Kwaliteitsbudget: aanvraag goedgekeurd — Zorggroep De Linde (aanvraag 2021)",
    );
    expect(m.tekst).toContain(
      "Het gaat om: Zorggroep De Linde, aanvraag 2021 bij Zorgkantoor Noord.",
    );
    const pagina = `${URL}${link.dossier(ID)}`;
    expect(m.tekst).toContain(`Bekijk het in het portaal: ${pagina}`);
    expect(m.html).toContain(`<a href="${pagina}">${pagina}</a>`);
  });

  it("linkt het zorgkantoor naar de beoordeling, bij de nacalculatie-gebeurtenissen naar de nacalculatie", () => {
    const ingediend = meldingsMail(
      melding("aanvraag_ingediend", "zorgkantoor"),
      "Zorgkantoor Noord",
      URL,
      zaak,
    );
    expect(ingediend.onderwerp).toBe(
      "Kwaliteitsbudget: aanvraag ingediend — Zorggroep De Linde (aanvraag 2021)",
    );
    expect(ingediend.tekst).toContain(
      "In het portaal Kwaliteitsbudget Verpleeghuiszorg is voor Zorgkantoor Noord het volgende gebeurd: aanvraag ingediend.",
    );
    expect(ingediend.tekst).toContain("Het gaat om: Zorggroep De Linde, aanvraag 2021.");
    expect(ingediend.tekst).toContain(`${URL}${link.beoordeling(ID)}`);
    for (const g of ["nacalculatie_ingediend", "vaststelling_voorgesteld"] as const)
      expect(
        meldingsMail(melding(g, "zorgkantoor"), "Zorgkantoor Noord", URL, zaak).tekst,
      ).toContain(`${URL}${link.nacalculatie(ID)}`);
  });

  it("laat een bankmelding (geen zaak) bij de organisatie en de bankrekeningpagina", () => {
    const m = meldingsMail(
      { ...melding("bankrekening_gewijzigd", "aanbieder"), onderwerp: aanbiederPk("aanb-linde") },
      "Zorggroep De Linde",
      URL,
    );
    expect(m.onderwerp).toBe("Kwaliteitsbudget: bankrekening gewijzigd — Zorggroep De Linde");
    expect(m.tekst).toContain(`${URL}/aanbieder/bankrekening/`);
    expect(m.tekst).not.toContain("Het gaat om:");
  });

  it("zegt zonder bekende namen wiens zaak het is in woorden", () => {
    const m = meldingsMail(melding("aanvulling_gevraagd", "aanbieder"), "uw organisatie", URL, {
      aanvraagId: ID,
      jaar: 2021,
    });
    expect(m.tekst).toContain("Het gaat om: uw organisatie, aanvraag 2021 bij uw zorgkantoor.");
  });

  it("bevat buiten de link geen ids, codes of verwijzingen naar het regelboek, bij elke gebeurtenis met mail", () => {
    for (const g of GEBEURTENIS_TYPES)
      for (const partij of definitie(g).email)
        for (const z of [zaak, { aanvraagId: ID, jaar: 2021 }, undefined]) {
          const m = meldingsMail(melding(g, partij), "Zorggroep De Linde", URL, z);
          expect(zoekCodes(leesbaar(m)), `${g} aan ${partij}`).toEqual([]);
        }
  });
});
