// docs/regels.md §5, §8, §9.3: the agreement of a case with its history — initieel (the toekenning),
// each herschikking, the vaststelling — appended as immutable items, never rewritten
// (shared/herschikking/afspraakhistorie.ts decides what may follow what). The case item carries
// the agreement in force, and the regional kader moves by the difference in the SAME transaction
// (kaders.ts), so Σ agreements = the kader's running total at every moment.

import type { Gebeurtenis } from "#shared/gebeurtenissen.js";
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import {
  type AfspraakSoort,
  voegAfspraakVersieToe,
} from "#shared/herschikking/afspraakhistorie.js";
import type { Actie } from "#shared/indiening/toestanden.js";
import { vierOgenWeigering } from "../lib/vierogen.js";
import {
  type AanvraagRecord,
  type AfspraakSamenvatting,
  bijgewerkt,
  type OverigeRegelAfspraak,
  scopeVan,
  wijzigAanvraag,
  type ZaakWijziging,
} from "./aanvragen.js";
import { lopendeHerschikkingsbesluiten } from "./herschikkingen.js";
import { kaderMutatie } from "./kaders.js";
import { zoek } from "./lezen.js";
import { voerOvergangUit } from "./overgangen.js";
import { AFSPRAAK_PREFIX, aanvraagPk, afspraakSleutel } from "./sleutels.js";
import {
  type Actor,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "./transactie.js";
import { onveranderlijk, type Schrijfactie, type Weigering } from "./voorwaarden.js";

export interface NieuweAfspraak {
  soort: AfspraakSoort;
  personeel: Decimal;
  overige: Decimal;
  /** §5: fixed, outside the personeel/overige split, part of the agreed kwaliteitsbudget. */
  compensatie: Decimal;
  /** §15.1: the agreed amount per overige line, summing to `overige`. */
  overigeRegels?: readonly { id: string; bedrag: Decimal }[];
  reden?: string;
  /** §1 four-eyes: who proposed; the acting user (the context) is the second signature. */
  voorgesteldDoor?: Actor;
}

export interface AfspraakRecord extends AfspraakSamenvatting {
  reden?: string;
  besluitOp: string;
  voorgesteldDoor?: Actor;
  besloten: Actor;
}

/**
 * §15.1: the lines of the new agreement. A version that names none keeps those in force when its
 * overige is unchanged (a vaststelling, a herschikking that only moved personeel); otherwise the
 * lines are unknown and the nacalculatie says so rather than guess.
 */
function regelsVan(
  a: NieuweAfspraak,
  vorige: AfspraakSamenvatting | undefined,
): OverigeRegelAfspraak[] | undefined {
  if (a.overigeRegels)
    return a.overigeRegels.map((r) => ({ id: r.id, bedrag: bedragTekst(r.bedrag) }));
  return vorige?.overigeRegels && a.overige.eq(vorige.overige) ? vorige.overigeRegels : undefined;
}

const samenvatting = (
  nummer: number,
  a: NieuweAfspraak,
  vorige: AfspraakSamenvatting | undefined,
): AfspraakSamenvatting => {
  const regels = regelsVan(a, vorige);
  return {
    nummer,
    soort: a.soort,
    personeel: bedragTekst(a.personeel),
    overige: bedragTekst(a.overige),
    compensatie: bedragTekst(a.compensatie),
    totaal: bedragTekst(som([a.personeel, a.overige, a.compensatie])),
    ...(regels && { overigeRegels: regels }),
  };
};

/** §15.1: the agreed overige is the sum of its lines; a write that breaks it is refused. */
function regelsWeigering(a: NieuweAfspraak): Weigering | undefined {
  if (!a.overigeRegels) return undefined;
  const totaal = som(a.overigeRegels.map((r) => r.bedrag));
  if (totaal.eq(a.overige)) return undefined;
  return {
    status: 422,
    code: "OVERIGE_NIET_GELIJK_AAN_REGELS",
    melding: `overigeRegels: de regels tellen op tot ${bedragTekst(totaal)}, niet tot het overige bedrag ${bedragTekst(a.overige)}`,
  };
}

/**
 * §1: a toekenning and a vaststelling move money, so the one who lays it down (the context) is
 * not the one who proposed it. Checked here as well as in the handler, so no write path can skip
 * it. A herschikking's four eyes are on its decision for the whole zorgkantoor (§15.2), whose
 * lines are applied here later.
 */
const afspraakVierOgen = (a: NieuweAfspraak, ctx: Schrijfcontext): Weigering | undefined =>
  a.soort === "herschikking"
    ? undefined
    : vierOgenWeigering(
        a.soort === "initieel" ? "toekenning" : "vaststelling",
        a.voorgesteldDoor,
        ctx.wie,
      );

/**
 * The writes of a new agreement version on a case: the history item, the kader by the
 * difference with the agreement in force, and the fields for the case item.
 */
export function afspraakBijdrage(
  r: AanvraagRecord,
  a: NieuweAfspraak,
  ctx: Schrijfcontext,
):
  | {
      ok: true;
      acties: Schrijfactie[];
      velden: { afspraak: AfspraakSamenvatting };
      samenvatting: AfspraakSamenvatting;
    }
  | { ok: false; weigering: Weigering } {
  const weigering = afspraakVierOgen(a, ctx) ?? regelsWeigering(a);
  if (weigering) return { ok: false, weigering };
  const vorige = r.afspraak;
  const historie = vorige ? [{ soort: vorige.soort, bedrag: new Decimal(vorige.totaal) }] : [];
  const s = samenvatting((vorige?.nummer ?? 0) + 1, a, vorige);
  const totaal = new Decimal(s.totaal);
  const volgorde = voegAfspraakVersieToe(historie, {
    soort: a.soort,
    bedrag: totaal,
    reden: a.reden,
  });
  if (!volgorde.ok) return { ok: false, weigering: { status: 409, ...volgorde.fout } };
  const item = onveranderlijk(
    {
      ...afspraakSleutel(r.id, s.nummer),
      ...s,
      soort: "afspraak",
      afspraakSoort: a.soort,
      reden: a.reden,
      besluitOp: ctx.nu.toISOString(),
      voorgesteldDoor: a.voorgesteldDoor,
      besloten: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    },
    // The number follows from the case item read under its version lock: a clash is a race.
    {
      status: 409,
      code: "CONFLICT",
      melding: "de afspraak is intussen gewijzigd; laad de aanvraag opnieuw",
    },
  );
  const verschil = totaal.minus(vorige?.totaal ?? 0);
  return {
    ok: true,
    acties: [item, ...kaderMutatie(r.zorgkantoorId, r.jaar, verschil)],
    velden: { afspraak: s },
    samenvatting: s,
  };
}

export interface AfspraakOpties {
  /** A state change that comes with it (goedkeuren for the initial agreement). */
  actie?: Actie;
  /** Default: aanvraag_goedgekeurd with the action, else herschikking_besloten / vaststelling_vastgesteld. */
  gebeurtenis?: Gebeurtenis;
  /** More writes in the same transaction. */
  acties?: readonly Schrijfactie[];
  velden?: Readonly<ZaakWijziging>;
  /** More of the audit record's before/after (a herziening's old and new vaststelling, §15.6). */
  voor?: Record<string, unknown>;
  na?: Record<string, unknown>;
}

const standaardGebeurtenis = (soort: AfspraakSoort): Gebeurtenis =>
  soort === "initieel"
    ? "aanvraag_goedgekeurd"
    : soort === "herschikking"
      ? "herschikking_besloten"
      : "vaststelling_vastgesteld";

/**
 * §15.2: a decided herschikking whose line for this case is not applied yet is in force already
 * (the kader moved with the decision, functions/herschikking/toepassen.ts). Another agreement
 * written over it would break Σ agreements = the kader's total, so it is refused; the callers
 * that may meet it (the vaststelling) finish the herschikking first.
 */
async function lopendeHerschikking(r: AanvraagRecord): Promise<Weigering | undefined> {
  const lopend = await lopendeHerschikkingsbesluiten(r.zorgkantoorId, r.jaar);
  const b = lopend.find(
    (x) => x.id !== r.overig.herschikkingsbesluit && x.regels.some((l) => l.aanvraagId === r.id),
  );
  return b
    ? {
        status: 409,
        code: "HERSCHIKKING_NIET_TOEGEPAST",
        melding:
          "Een herschikkingsbesluit over deze aanvraag wordt nog toegepast; probeer het over enkele seconden opnieuw.",
      }
    : undefined;
}

/**
 * A vaststelling (or a herziening's new version) keeps the agreement it replaced, so the lists
 * that show "agreed" and the zorgkantoor's totals (regiototalen.ts) need no history read.
 */
function afspraakVoorVelden(
  r: AanvraagRecord,
  velden: Readonly<ZaakWijziging> | undefined,
): Pick<ZaakWijziging, "vaststelling"> {
  const vaststelling = velden?.vaststelling;
  if (!vaststelling || vaststelling.afspraakVoor) return {};
  const afspraakVoor =
    r.afspraak?.soort === "vaststelling" ? r.overig.vaststelling?.afspraakVoor : r.afspraak;
  return afspraakVoor ? { vaststelling: { ...vaststelling, afspraakVoor } } : {};
}

/**
 * Lays down a new agreement version on the case read at `verwachteVersie`, with the kader move
 * and the audit record in one transaction. A kader that no longer has room answers
 * BOVEN_REGIONAAL_KADER (409) and nothing is written.
 */
export async function legAfspraakVast(
  r: AanvraagRecord,
  verwachteVersie: number,
  a: NieuweAfspraak,
  ctx: Schrijfcontext,
  opties: AfspraakOpties = {},
): Promise<TransactieUitkomst<AanvraagRecord>> {
  const b = afspraakBijdrage(r, a, ctx);
  if (!b.ok) return b;
  const lopend = await lopendeHerschikking(r);
  if (lopend) return { ok: false, weigering: lopend };
  const gebeurtenis = opties.gebeurtenis ?? standaardGebeurtenis(a.soort);
  const velden = { ...opties.velden, ...b.velden, ...afspraakVoorVelden(r, opties.velden) };
  const acties = [...b.acties, ...(opties.acties ?? [])];
  const na = { ...opties.na, afspraak: b.samenvatting };
  const voor = { ...opties.voor, afspraak: r.afspraak };
  if (opties.actie)
    return voerOvergangUit(r, verwachteVersie, opties.actie, ctx, {
      velden,
      acties,
      gebeurtenis,
      reden: a.reden,
      voor,
      na,
      bewijs: { voorgesteldDoor: a.voorgesteldDoor },
    });
  const gewijzigd = { ...velden, gewijzigdOp: ctx.nu.toISOString() };
  const w = await schrijfTransactie(
    [wijzigAanvraag(r, verwachteVersie, gewijzigd), ...acties],
    {
      gebeurtenis,
      onderwerp: aanvraagPk(r.id),
      betrokken: scopeVan(r),
      voor,
      na,
      reden: a.reden,
    },
    ctx,
  );
  return w.ok ? { ok: true, waarde: bijgewerkt(r, gewijzigd, verwachteVersie + 1) } : w;
}

/** The full history of the agreement, oldest first. */
export async function leesAfspraken(aanvraagId: string): Promise<AfspraakRecord[]> {
  const items = await zoek({ pk: aanvraagPk(aanvraagId), begintMet: AFSPRAAK_PREFIX });
  return items.map((i) => ({
    nummer: Number(i.nummer),
    soort: i.afspraakSoort as AfspraakSoort,
    personeel: String(i.personeel),
    overige: String(i.overige),
    compensatie: String(i.compensatie),
    totaal: String(i.totaal),
    ...(Array.isArray(i.overigeRegels) && {
      overigeRegels: i.overigeRegels as OverigeRegelAfspraak[],
    }),
    reden: i.reden as string | undefined,
    besluitOp: String(i.besluitOp),
    voorgesteldDoor: i.voorgesteldDoor as Actor | undefined,
    besloten: i.besloten as Actor,
  }));
}
