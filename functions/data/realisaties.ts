// docs/regels.md §7, §3.2: the realisatie reports of a case — each tussentijdse window (mei, juli,
// oktober) and the year report (jaarverslag) of year t — as immutable, numbered submissions: a
// correction is a new number, earlier ones stay readable. The next number is put-if-absent, which
// is the optimistic lock: of two submissions on the same previous version one wins, the other
// gets 409. Also the reopening of a closed window for this case's aanbieder (zorgkantoor-beheer,
// with a reason), one item per window, versioned.
import type { Gebeurtenis } from "#shared/gebeurtenissen.js";
import { bedragTekst, bedragUit, som } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import type { Zaak } from "./betaalopdrachten.js";
import { realisatieFeit, realisatieFeitActie } from "./herinneringsfeiten.js";
import { type Item, zoek, zonderSleutels } from "./lezen.js";
import { regioTeller } from "./regiototalen.js";
import {
  aanvraagPk,
  aanvraagSleutel,
  HEROPENING_PREFIX,
  heropeningSleutel,
  REALISATIE_PREFIX,
  realisatieSleutel,
} from "./sleutels.js";
import {
  type Actor,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "./transactie.js";
import {
  alsJson,
  bijwerken,
  nieuw,
  onveranderlijk,
  type Schrijfactie,
  vervang,
} from "./voorwaarden.js";
import type { RapportSamenvatting, ZaakGegevens } from "./zaakgegevens.js";

/** A tussentijdse window (shared/realisatie/venster.ts) or the year report. */
export type RealisatieSoort = "mei" | "juli" | "oktober" | "jaarverslag";

export interface RealisatieRecord {
  aanvraagId: string;
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
  soort: RealisatieSoort;
  /** 1, 2, …: the version of this window's report. */
  nummer: number;
  /** The report as entered (amounts as text). */
  inhoud: unknown;
  /** What the portal computed from it at submission (projection, adjusted basis), as text. */
  berekening?: unknown;
  ingediendDoor: Actor;
  ingediendOp: string;
}

export interface NieuweRealisatie {
  jaar: number;
  soort: RealisatieSoort;
  nummer: number;
  inhoud: unknown;
  berekening?: unknown;
}

export const alsRealisatie = (i: Item): RealisatieRecord => {
  const { soort: _s, realisatieSoort, ...r } = zonderSleutels(i);
  return {
    ...(r as unknown as RealisatieRecord),
    soort: realisatieSoort as RealisatieSoort,
    jaar: Number(r.jaar),
    nummer: Number(r.nummer),
  };
};

/** Every submission of the case, by year, window and number. */
export async function leesRealisaties(aanvraagId: string): Promise<RealisatieRecord[]> {
  return (await zoek({ pk: aanvraagPk(aanvraagId), begintMet: REALISATIE_PREFIX })).map(
    alsRealisatie,
  );
}

const VENSTERVOLGORDE = ["oktober", "juli", "mei"] as const;

/** The latest tussentijdse report of year t submitted at or before `nu`, if any. */
export function laatsteRapport(
  alle: readonly RealisatieRecord[],
  jaar: number,
  nu: Date,
): RealisatieRecord | undefined {
  for (const venster of VENSTERVOLGORDE) {
    const eigen = alle.filter(
      (r) => r.jaar === jaar && r.soort === venster && new Date(r.ingediendOp) <= nu,
    );
    if (eigen.length > 0) return eigen.reduce((m, r) => (r.nummer > m.nummer ? r : m));
  }
  return undefined;
}

/** Realised to date as the realisatie computed it: Σ personeel kostenTotNu + Σ overige uitgavenTotNu. */
export function gerealiseerdVan(r: RealisatieRecord | undefined): Decimal {
  const b = r?.berekening as
    | { personeel?: { kostenTotNu?: unknown }[]; overige?: { uitgavenTotNu?: unknown }[] }
    | undefined;
  return som([
    ...(b?.personeel ?? []).map((p) => bedragUit(p.kostenTotNu)),
    ...(b?.overige ?? []).map((o) => bedragUit(o.uitgavenTotNu)),
  ]);
}

/** The summary of the latest tussentijdse report of year t at `nu` (zaakgegevens.ts), if any. */
export function rapportSamenvatting(
  alle: readonly RealisatieRecord[],
  jaar: number,
  nu = new Date(8.64e15),
): RapportSamenvatting | undefined {
  const r = laatsteRapport(alle, jaar, nu);
  if (!r || r.soort === "jaarverslag") return undefined;
  return {
    soort: r.soort,
    nummer: r.nummer,
    ingediendOp: r.ingediendOp,
    gerealiseerd: bedragTekst(gerealiseerdVan(r)),
  };
}

const gebeurtenisVan = (soort: RealisatieSoort): Gebeurtenis =>
  soort === "jaarverslag" ? "jaarverslag_ingediend" : "realisatie_ingediend";

/**
 * The case's summary of its latest tussentijdse report, replacing the one `zaak` was read with (a
 * report stored meanwhile: 409), and the zorgkantoor's realised total moving with it.
 */
function rapportActie(
  zaak: Zaak & { jaar: number; overig: Pick<ZaakGegevens, "rapport"> },
  samenvatting: RapportSamenvatting,
  feit?: ReturnType<typeof realisatieFeit>,
): Schrijfactie {
  const oud = zaak.overig.rapport;
  const actie = bijwerken(
    aanvraagSleutel(zaak.id),
    {
      expressie: feit ? `SET rapport = :r, ${feit.expressie}` : "SET rapport = :r",
      voorwaarde: oud
        ? "attribute_exists(pk) AND rapport.ingediendOp = :oudOp"
        : "attribute_exists(pk) AND attribute_not_exists(rapport)",
      waarden: {
        ":r": samenvatting,
        ...(oud && { ":oudOp": oud.ingediendOp }),
        ...feit?.waarden,
      },
    },
    {
      status: 409,
      code: "CONFLICT",
      melding: "intussen is een andere realisatie van deze aanvraag ingediend; laad haar opnieuw",
    },
  );
  return {
    ...actie,
    tellers: regioTeller(
      zaak,
      { gerealiseerd: bedragUit(oud?.gerealiseerd) },
      { gerealiseerd: bedragUit(samenvatting.gerealiseerd) },
    ),
  };
}

/**
 * Stores submission `nummer` with its audit record; a number already taken answers 409. A
 * tussentijdse report also sets the case's summary of its latest one (zaakgegevens.ts `rapport`)
 * in the same transaction, from `eerdere` (every earlier submission; read when not given).
 */
export async function dienRealisatieIn(
  zaak: Zaak & { jaar: number; overig: Pick<ZaakGegevens, "rapport"> },
  r: NieuweRealisatie,
  ctx: Schrijfcontext,
  eerdere?: readonly RealisatieRecord[],
): Promise<TransactieUitkomst<RealisatieRecord>> {
  const record: RealisatieRecord = {
    aanvraagId: zaak.id,
    aanbiederId: zaak.aanbiederId,
    zorgkantoorId: zaak.zorgkantoorId,
    jaar: r.jaar,
    soort: r.soort,
    nummer: r.nummer,
    inhoud: alsJson(r.inhoud),
    berekening: alsJson(r.berekening),
    ingediendDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    ingediendOp: ctx.nu.toISOString(),
  };
  const { soort, ...velden } = record;
  const tussentijds = r.soort !== "jaarverslag";
  const alle = tussentijds ? [...(eerdere ?? (await leesRealisaties(zaak.id))), record] : [];
  const samenvatting = tussentijds ? rapportSamenvatting(alle, zaak.jaar) : undefined;
  // §10 facts on the case (data/herinneringsfeiten.ts): only the case's own year counts.
  const eigenJaar = r.jaar === zaak.jaar;
  const feit = eigenJaar && samenvatting ? realisatieFeit(r.soort) : undefined;
  const w = await schrijfTransactie(
    [
      ...(samenvatting ? [rapportActie(zaak, samenvatting, feit)] : []),
      ...(eigenJaar && !samenvatting ? [realisatieFeitActie(zaak.id, r.soort)] : []),
      onveranderlijk(
        {
          ...realisatieSleutel(zaak.id, r.jaar, r.soort, r.nummer),
          soort: "realisatie",
          realisatieSoort: soort,
          ...velden,
        },
        {
          status: 409,
          code: "CONFLICT",
          melding: `intussen is versie ${r.nummer} van deze realisatie ingediend; laad de realisatie opnieuw`,
        },
      ),
    ],
    {
      gebeurtenis: gebeurtenisVan(r.soort),
      onderwerp: aanvraagPk(zaak.id),
      betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      na: { jaar: r.jaar, soort: r.soort, versie: r.nummer, berekening: r.berekening },
    },
    ctx,
  );
  return w.ok ? { ok: true, waarde: record } : w;
}

export interface HeropeningRecord {
  jaar: number;
  soort: RealisatieSoort;
  /** ISO instant until which (exclusive) the window is open again. */
  tot: string;
  reden: string;
  door: Actor;
  op: string;
  versie: number;
}

const alsHeropening = (i: Item): HeropeningRecord => {
  const { soort: _s, vensterSoort, ...r } = zonderSleutels(i);
  return {
    ...(r as unknown as HeropeningRecord),
    soort: vensterSoort as RealisatieSoort,
    jaar: Number(r.jaar),
    versie: Number(r.versie),
  };
};

export async function leesHeropeningen(aanvraagId: string): Promise<HeropeningRecord[]> {
  return (await zoek({ pk: aanvraagPk(aanvraagId), begintMet: HEROPENING_PREFIX })).map(
    alsHeropening,
  );
}

/**
 * Reopens a window for this case (§3.2), replacing an earlier reopening read at its versie (or
 * creating the first one), with the audit record that carries the reason.
 */
export async function heropenVenster(
  zaak: Zaak,
  h: { jaar: number; soort: RealisatieSoort; tot: Date; reden: string },
  bestaande: HeropeningRecord | undefined,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<HeropeningRecord>> {
  const velden = {
    jaar: h.jaar,
    vensterSoort: h.soort,
    tot: h.tot.toISOString(),
    reden: h.reden,
    door: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    op: ctx.nu.toISOString(),
  };
  const item = { ...heropeningSleutel(zaak.id, h.jaar, h.soort), soort: "heropening", ...velden };
  const w = await schrijfTransactie(
    [bestaande ? vervang(item, bestaande.versie) : nieuw(item)],
    {
      gebeurtenis: "venster_heropend",
      onderwerp: aanvraagPk(zaak.id),
      betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
      voor: bestaande ? { tot: bestaande.tot, reden: bestaande.reden } : undefined,
      na: { jaar: h.jaar, soort: h.soort, tot: velden.tot },
      reden: h.reden,
    },
    ctx,
  );
  if (!w.ok) return w;
  const { vensterSoort: _v, ...rest } = velden;
  return {
    ok: true,
    waarde: { ...rest, soort: h.soort, versie: bestaande ? bestaande.versie + 1 : 1 },
  };
}

/** The latest submission of a window (or the year report), and how many there are. */
export function laatsteVan(
  alle: readonly RealisatieRecord[],
  jaar: number,
  soort: RealisatieRecord["soort"],
): { laatste: RealisatieRecord | undefined; aantal: number } {
  const eigen = alle.filter((r) => r.jaar === jaar && r.soort === soort);
  const laatste = eigen.reduce<RealisatieRecord | undefined>(
    (m, r) => (!m || r.nummer > m.nummer ? r : m),
    undefined,
  );
  return { laatste, aantal: eigen.length };
}
