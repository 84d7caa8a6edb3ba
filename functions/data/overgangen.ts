// docs/regels.md §4.3 and §1: the state changes of an aanvraag. Every one goes through the state
// machine of shared/indiening/toestanden.ts (`voerOvergangUit`), so no write path bypasses it: a
// role that may not take the action gets 403, an action the state does not allow 409, and what
// the transition's flags ask (the §4.2 toetsing, four eyes, both parties' signatures) is checked
// on the evidence given (shared/indiening/overgangsvoorwaarden.ts). A version
// is written only while it is a concept; submitting freezes it, and a change after a request for
// aanvulling goes into a new version.
import { GEBEURTENIS_VAN_ACTIE, type Gebeurtenis } from "#shared/gebeurtenissen.js";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import type { Bevinding } from "#shared/indiening/bevinding.js";
import {
  type Overgangsbewijs,
  overgangsvoorwaarden,
} from "#shared/indiening/overgangsvoorwaarden.js";
import {
  type Actie,
  magActie,
  OVERGANGEN,
  voerActieUit,
  wijzigingGaatNaar,
} from "#shared/indiening/toestanden.js";
import type { Rol } from "#shared/rollen.js";
import {
  type AanvraagRecord,
  bijgewerkt,
  leesVersie,
  scopeVan,
  wijzigAanvraag,
  type ZaakWijziging,
} from "./aanvragen.js";
import { aanvraagPk, versieSleutel } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { alsJson, bijwerken, nieuw, type Schrijfactie, type Weigering } from "./voorwaarden.js";

export interface OvergangOpties {
  /** More fields on the case item (merged into the one update of it). */
  velden?: Readonly<ZaakWijziging>;
  /** More writes in the same transaction (a frozen version, an agreement, the kader). */
  acties?: readonly Schrijfactie[];
  /** Default: the event of the action (shared/gebeurtenissen.ts GEBEURTENIS_VAN_ACTIE). */
  gebeurtenis?: Gebeurtenis;
  reden?: string;
  voor?: Record<string, unknown>;
  na?: Record<string, unknown>;
  /** What the transition's flags ask for: the findings, the proposer. */
  bewijs?: Omit<Overgangsbewijs, "handtekeningen">;
}

/**
 * The evidence for the flags. The addendum's signatures are the case's own, as they will be
 * after this write, so no caller can claim them.
 */
function bewijsVan(r: AanvraagRecord, opties: OvergangOpties): Overgangsbewijs {
  const door = (k: "addendumAanbieder" | "addendumZorgkantoor") =>
    (opties.velden?.[k] ?? r.overig[k])?.door;
  return {
    ...opties.bewijs,
    handtekeningen: {
      aanbieder: door("addendumAanbieder"),
      zorgkantoor: door("addendumZorgkantoor"),
    },
  };
}

/** The acting role, or why it may not take this action in this state (403 role, 409 state). */
function rolVoorOvergang(
  r: AanvraagRecord,
  actie: Actie,
  ctx: Schrijfcontext,
): { ok: true; rol: Rol } | { ok: false; weigering: Weigering } {
  const rol = ctx.wie.rol;
  if (rol === "systeem") {
    const melding = "een geplande taak neemt geen besluiten over een aanvraag";
    return { ok: false, weigering: { status: 403, code: "GEEN_TOEGANG", melding } };
  }
  const m = magActie(r.toestand, actie, rol);
  if (m.toegestaan) return { ok: true, rol };
  const status = OVERGANGEN[r.toestand][actie] ? 403 : 409;
  const code = status === 403 ? "GEEN_TOEGANG" : "OVERGANG_NIET_MOGELIJK";
  return { ok: false, weigering: { status, code, melding: m.reden } };
}

/**
 * Takes an action of the §4.3 state machine on the case read at `verwachteVersie`, as the
 * acting role: the new state, the extra writes and the audit record in one transaction.
 */
export async function voerOvergangUit(
  r: AanvraagRecord,
  verwachteVersie: number,
  actie: Actie,
  ctx: Schrijfcontext,
  opties: OvergangOpties = {},
): Promise<TransactieUitkomst<AanvraagRecord>> {
  const rol = rolVoorOvergang(r, actie, ctx);
  if (!rol.ok) return rol;
  const u = voerActieUit({ toestand: r.toestand, mediation: r.mediation }, actie, rol.rol);
  if (!u.toegestaan)
    return {
      ok: false,
      weigering: { status: 409, code: "OVERGANG_NIET_MOGELIJK", melding: u.reden },
    };
  const vw = overgangsvoorwaarden(u.overgang, bewijsVan(r, opties), ctx.wie);
  if (!vw.toegestaan)
    return {
      ok: false,
      weigering: { status: vw.status, code: vw.code, melding: vw.reden, veld: vw.veld },
    };
  const gewijzigdOp = ctx.nu.toISOString();
  const velden = {
    ...opties.velden,
    toestand: u.stand.toestand,
    mediation: u.stand.mediation,
    gewijzigdOp,
  };
  const gebeurtenis = opties.gebeurtenis ?? GEBEURTENIS_VAN_ACTIE[actie];
  const w = await schrijfTransactie(
    [wijzigAanvraag(r, verwachteVersie, velden), ...(opties.acties ?? [])],
    {
      gebeurtenis,
      onderwerp: aanvraagPk(r.id),
      betrokken: scopeVan(r),
      voor: { toestand: r.toestand, mediation: r.mediation, ...opties.voor },
      na: { toestand: u.stand.toestand, mediation: u.stand.mediation, ...opties.na },
      reden: opties.reden,
    },
    ctx,
  );
  if (!w.ok) return w;
  return { ok: true, waarde: bijgewerkt(r, velden, verwachteVersie + 1) };
}

const NOG_CONCEPT = {
  expressie: "#status = :concept",
  namen: { "#status": "status" },
  waarden: { ":concept": "concept" },
};

/** §4.3: the one write that touches a version's content — only while it is a concept. */
export const versieInhoudActie = (
  id: string,
  nummer: number,
  inhoud: AanvraagInvoer,
  nu: Date,
): Schrijfactie =>
  bijwerken(
    versieSleutel(id, nummer),
    {
      expressie: "SET inhoud = :inhoud, gewijzigdOp = :nu, #versie = #versie + :een",
      voorwaarde: NOG_CONCEPT.expressie,
      namen: { ...NOG_CONCEPT.namen, "#versie": "versie" },
      waarden: {
        ...NOG_CONCEPT.waarden,
        ":inhoud": alsJson(inhoud),
        ":nu": nu.toISOString(),
        ":een": 1,
      },
    },
    {
      status: 409,
      code: "VERSIE_INGEDIEND",
      melding: "een ingediende versie kan niet meer worden gewijzigd",
    },
  );

/**
 * The aanbieder changes the content: in the current concept, or after a request for aanvulling
 * in a new version (the submitted one stays as it was).
 */
export async function wijzigInhoud(
  r: AanvraagRecord,
  verwachteVersie: number,
  inhoud: AanvraagInvoer,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<AanvraagRecord>> {
  const rol = rolVoorOvergang(r, "wijzigen", ctx);
  if (!rol.ok) return rol;
  const vorige = await leesVersie(r.id, r.laatsteVersie);
  const doel = wijzigingGaatNaar(r.toestand, r.laatsteVersieIngediend);
  const nummer = doel === "nieuwe-versie" ? r.laatsteVersie + 1 : r.laatsteVersie;
  const nu = ctx.nu.toISOString();
  const acties =
    doel === "nieuwe-versie"
      ? [
          nieuw({
            ...versieSleutel(r.id, nummer),
            soort: "aanvraagversie",
            aanvraagId: r.id,
            nummer,
            status: "concept",
            inhoud: alsJson(inhoud),
            aangemaaktOp: nu,
            gewijzigdOp: nu,
          }),
        ]
      : [versieInhoudActie(r.id, nummer, inhoud, ctx.nu)];
  return voerOvergangUit(r, verwachteVersie, "wijzigen", ctx, {
    acties,
    velden: { laatsteVersie: nummer, laatsteVersieIngediend: false },
    voor: { versie: r.laatsteVersie, inhoud: vorige?.inhoud },
    na: { versie: nummer, inhoud },
  });
}

/**
 * Submits the latest version and freezes it (§4.3). The §4.2 checks are run by the caller, which
 * hands in their findings: the state machine refuses a submission they block. With `inhoud`,
 * the version is frozen with that content (in the same update): the indiening handler freezes
 * the document references as they were checked at submission.
 */
export async function dienIn(
  r: AanvraagRecord,
  verwachteVersie: number,
  ctx: Schrijfcontext,
  toetsing: { bevindingen: readonly Bevinding[]; inhoud?: AanvraagInvoer },
): Promise<TransactieUitkomst<AanvraagRecord>> {
  const { inhoud } = toetsing;
  const nu = ctx.nu.toISOString();
  const metInhoud = inhoud === undefined ? "" : ", inhoud = :inhoud";
  const bevries = bijwerken(
    versieSleutel(r.id, r.laatsteVersie),
    {
      expressie: `SET #status = :ingediend, ingediendOp = :nu, #versie = #versie + :een${metInhoud}`,
      voorwaarde: NOG_CONCEPT.expressie,
      namen: { ...NOG_CONCEPT.namen, "#versie": "versie" },
      waarden: {
        ...NOG_CONCEPT.waarden,
        ":ingediend": "ingediend",
        ":nu": nu,
        ":een": 1,
        ...(inhoud === undefined ? {} : { ":inhoud": alsJson(inhoud) }),
      },
    },
    {
      status: 409,
      code: "VERSIE_AL_INGEDIEND",
      melding:
        "deze versie is al ingediend; na een verzoek om aanvulling dient u een gewijzigde versie in",
    },
  );
  return voerOvergangUit(r, verwachteVersie, "indienen", ctx, {
    acties: [bevries],
    velden: {
      laatsteVersieIngediend: true,
      ontvangenOp: r.ontvangenOp ?? nu,
      laatstIngediendOp: nu,
    },
    na: { versie: r.laatsteVersie },
    bewijs: { bevindingen: toetsing.bevindingen },
  });
}
