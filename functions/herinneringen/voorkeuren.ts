// docs/regels.md §10: the caller's own switches for reminders. Optional ones can be turned
// off; a legal deadline's reminder cannot (the body schema refuses it with 422 naming the field).
import { SOORTEN } from "#shared/herinneringen/soorten.js";
import { isOptioneel, MELDINGEN, type Melding, pasToe } from "#shared/herinneringen/voorkeuren.js";
import { rollenVan } from "#shared/toegang/scope.js";
import { ofWeiger } from "../data/transactie.js";
import { leesVoorkeuren, schrijfVoorkeuren, type VoorkeurenRecord } from "../data/voorkeuren.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";

const omschrijving = (m: Melding): string =>
  m === "venster_open"
    ? "melding dat een venster opent (de herinneringen vóór de deadline blijven komen)"
    : SOORTEN[m].omschrijving;

const antwoord = (r: VoorkeurenRecord) => ({
  meldingen: MELDINGEN.map((code) => ({
    code,
    omschrijving: omschrijving(code),
    wettelijk: !isOptioneel(code),
    aan: !(isOptioneel(code) && r.uit.includes(code)),
  })),
  versie: r.versie,
});

export const mijnVoorkeuren: Operatie<RouteVan<"mijnVoorkeuren">> = async (v) => ({
  body: antwoord(await leesVoorkeuren(v.gebruiker.sub)),
});

export const voorkeurenWijzigen: Operatie<RouteVan<"voorkeurenWijzigen">> = async (v) => {
  const gelezen = await leesVoorkeuren(v.gebruiker.sub);
  const uit = pasToe(new Set(gelezen.uit), v.body);
  // The audit record names the role the user acted in; a user's preferences are not role-bound,
  // so the first of their roles (§1 order) is recorded.
  const rol = rollenVan(v.gebruiker.lidmaatschappen)[0]!;
  const opgeslagen = ofWeiger(
    await schrijfVoorkeuren(v.gebruiker.sub, gelezen, uit, schrijfcontext(v, rol)),
  );
  return { body: antwoord(opgeslagen) };
};
