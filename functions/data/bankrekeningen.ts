// docs/regels.md §15.5: the bank account of an aanbieder. The approved account is one item in the
// aanbieder's partition; a requested change is a second item there (at most one at a time,
// put-if-absent), listed in a sparse index for zorgkantoor-beheer. Approval replaces the account
// and deletes the request in ONE transaction with its audit record, whose event mails every user
// of the aanbieder (shared/gebeurtenissen.ts: payment redirection is the classic fraud). The
// history of the account is its audit trail (before and after of every change).
import { type Bankrekening, BankrekeningSchema } from "#shared/bank/rekening.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { leesAanbieder } from "./aanbieders.js";
import { type Item, leesItem, zoek } from "./lezen.js";
import {
  aanbiederPk,
  BANKWIJZIGINGEN_GSI1,
  bankrekeningSleutel,
  bankwijzigingSleutel,
} from "./sleutels.js";
import {
  type Actor,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "./transactie.js";
import { nieuw, vervang, verwijder } from "./voorwaarden.js";

export interface BankrekeningRecord extends Bankrekening {
  aanbiederId: string;
  aangevraagdDoor: Actor;
  goedgekeurdDoor: Actor;
  goedgekeurdOp: string;
  versie: number;
}

/** §15.5: the bank statement of a request, as the server checked and stored it. */
export interface Afschriftverwijzing {
  /** Object key in the documents bucket (server-made, never the user's name). */
  sleutel: string;
  /** The sanitised file name: a label for the download only. */
  naam: string;
  grootte: number;
  /** Hex SHA-256 of the stored bytes, also in the audit record. */
  sha256: string;
}

export interface BankwijzigingRecord extends Bankrekening {
  aanbiederId: string;
  /** The zorgkantoor of the beheer user who entered it; absent when the aanbieder asked. */
  zorgkantoorId?: string;
  aangevraagdDoor: Actor;
  aangevraagdOp: string;
  toelichting?: string;
  bankafschrift?: Afschriftverwijzing;
  versie: number;
}

const afschrift = (x: unknown): Afschriftverwijzing | undefined => {
  if (typeof x !== "object" || x === null) return undefined;
  const a = x as Record<string, unknown>;
  return {
    sleutel: String(a.sleutel),
    naam: String(a.naam),
    grootte: Number(a.grootte),
    sha256: String(a.sha256),
  };
};

const actor = (x: unknown): Actor => {
  const a = x as Actor;
  return { sub: String(a.sub), rol: a.rol };
};

const alsRekening = (i: Item): BankrekeningRecord => ({
  ...BankrekeningSchema.parse({ iban: i.iban, tenaamstelling: i.tenaamstelling }),
  aanbiederId: String(i.aanbiederId),
  aangevraagdDoor: actor(i.aangevraagdDoor),
  goedgekeurdDoor: actor(i.goedgekeurdDoor),
  goedgekeurdOp: String(i.goedgekeurdOp),
  versie: Number(i.versie),
});

const alsWijziging = (i: Item): BankwijzigingRecord => ({
  ...BankrekeningSchema.parse({ iban: i.iban, tenaamstelling: i.tenaamstelling }),
  aanbiederId: String(i.aanbiederId),
  ...(typeof i.zorgkantoorId === "string" ? { zorgkantoorId: i.zorgkantoorId } : {}),
  aangevraagdDoor: actor(i.aangevraagdDoor),
  aangevraagdOp: String(i.aangevraagdOp),
  ...(typeof i.toelichting === "string" ? { toelichting: i.toelichting } : {}),
  ...(afschrift(i.bankafschrift) ? { bankafschrift: afschrift(i.bankafschrift)! } : {}),
  versie: Number(i.versie),
});

/** The approved account (strongly consistent: a release reads the account it pays to). */
export async function leesBankrekening(
  aanbiederId: string,
): Promise<BankrekeningRecord | undefined> {
  const i = await leesItem(bankrekeningSleutel(aanbiederId));
  return i ? alsRekening(i) : undefined;
}

export async function leesBankwijziging(
  aanbiederId: string,
): Promise<BankwijzigingRecord | undefined> {
  const i = await leesItem(bankwijzigingSleutel(aanbiederId));
  return i ? alsWijziging(i) : undefined;
}

/** Every pending change, oldest first (sparse gsi1; the caller filters by its scope). */
const open = vooruitLeesbaar(
  "bankwijzigingen",
  async (): Promise<BankwijzigingRecord[]> =>
    (await zoek({ index: "gsi1", pk: BANKWIJZIGINGEN_GSI1 })).map(alsWijziging),
);
export const openBankwijzigingen = open.lees;
/** Started beside the membership lookup by the list of open changes (lib/vooruit.ts). */
export const openBankwijzigingenVooruit = open.vooruit;

/** The first signature: a requested change, refused (409) while another one waits. */
export async function vraagBankwijzigingAan(
  aanbiederId: string,
  rekening: Bankrekening,
  opties: { zorgkantoorId?: string; toelichting?: string; bankafschrift?: Afschriftverwijzing },
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<BankwijzigingRecord>> {
  const record: BankwijzigingRecord = {
    ...rekening,
    aanbiederId,
    ...(opties.zorgkantoorId ? { zorgkantoorId: opties.zorgkantoorId } : {}),
    aangevraagdDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    aangevraagdOp: ctx.nu.toISOString(),
    ...(opties.toelichting ? { toelichting: opties.toelichting } : {}),
    ...(opties.bankafschrift ? { bankafschrift: opties.bankafschrift } : {}),
    versie: 1,
  };
  const { versie: _v, ...velden } = record;
  const r = await schrijfTransactie(
    [
      nieuw(
        {
          ...bankwijzigingSleutel(aanbiederId),
          soort: "bankwijziging",
          ...velden,
          gsi1pk: BANKWIJZIGINGEN_GSI1,
          gsi1sk: `${record.aangevraagdOp}#${aanbiederId}`,
        },
        {
          status: 409,
          code: "BANKWIJZIGING_LOOPT_AL",
          melding:
            "er wacht al een wijziging van de bankrekening op goedkeuring; die wordt eerst goedgekeurd of afgewezen",
        },
      ),
    ],
    {
      gebeurtenis: "bankrekening_wijziging_aangevraagd",
      onderwerp: aanbiederPk(aanbiederId),
      betrokken: { aanbiederId, zorgkantoorId: opties.zorgkantoorId },
      na: {
        iban: rekening.iban,
        tenaamstelling: rekening.tenaamstelling,
        // The hash lets anyone check a copy of the statement against this trail later.
        ...(opties.bankafschrift ? { bankafschrift: opties.bankafschrift } : {}),
      },
      reden: opties.toelichting,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: record } : r;
}

/**
 * The second signature (checked by the caller with shared/toegang/vierOgen.ts): the requested
 * account replaces the approved one and the request disappears, both at the versions read.
 */
export async function keurBankwijzigingGoed(
  w: BankwijzigingRecord,
  verwachteVersie: number,
  huidig: BankrekeningRecord | undefined,
  zorgkantoorId: string,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<BankrekeningRecord>> {
  const rekening: BankrekeningRecord = {
    iban: w.iban,
    tenaamstelling: w.tenaamstelling,
    aanbiederId: w.aanbiederId,
    aangevraagdDoor: w.aangevraagdDoor,
    goedgekeurdDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    goedgekeurdOp: ctx.nu.toISOString(),
    versie: (huidig?.versie ?? 0) + 1,
  };
  const { versie: _v, ...velden } = rekening;
  const item = { ...bankrekeningSleutel(w.aanbiederId), soort: "bankrekening", ...velden };
  const r = await schrijfTransactie(
    [
      verwijder(bankwijzigingSleutel(w.aanbiederId), verwachteVersie),
      huidig ? vervang(item, huidig.versie) : nieuw(item),
    ],
    {
      gebeurtenis: "bankrekening_gewijzigd",
      onderwerp: aanbiederPk(w.aanbiederId),
      betrokken: { aanbiederId: w.aanbiederId, zorgkantoorId },
      voor: huidig ? { iban: huidig.iban, tenaamstelling: huidig.tenaamstelling } : null,
      na: {
        iban: w.iban,
        tenaamstelling: w.tenaamstelling,
        aangevraagdDoor: w.aangevraagdDoor,
        ...(w.bankafschrift ? { bankafschrift: w.bankafschrift } : {}),
      },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: rekening } : r;
}

/** Refuses a pending change (with a reason); the approved account stays as it is. */
export async function wijsBankwijzigingAf(
  w: BankwijzigingRecord,
  verwachteVersie: number,
  zorgkantoorId: string,
  reden: string,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<null>> {
  const r = await schrijfTransactie(
    [verwijder(bankwijzigingSleutel(w.aanbiederId), verwachteVersie)],
    {
      gebeurtenis: "bankrekening_wijziging_afgewezen",
      onderwerp: aanbiederPk(w.aanbiederId),
      betrokken: { aanbiederId: w.aanbiederId, zorgkantoorId },
      voor: { iban: w.iban, tenaamstelling: w.tenaamstelling },
      reden,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: null } : r;
}

/**
 * Demo data and test set-up only: an account approved by two named actors at once, through the
 * same transaction and audit event as a real approval (lokaal/demodata.ts, §15.5).
 */
export async function legBankrekeningVast(
  aanbiederId: string,
  rekening: Bankrekening,
  aangevraagdDoor: Actor,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<BankrekeningRecord>> {
  const huidig = await leesBankrekening(aanbiederId);
  if (huidig?.iban === rekening.iban && huidig.tenaamstelling === rekening.tenaamstelling)
    return { ok: true, waarde: huidig };
  const v = BankrekeningSchema.parse(rekening);
  const rec: BankrekeningRecord = {
    ...v,
    aanbiederId,
    aangevraagdDoor,
    goedgekeurdDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    goedgekeurdOp: ctx.nu.toISOString(),
    versie: (huidig?.versie ?? 0) + 1,
  };
  const { versie: _v, ...velden } = rec;
  const item = { ...bankrekeningSleutel(aanbiederId), soort: "bankrekening", ...velden };
  const r = await schrijfTransactie(
    [huidig ? vervang(item, huidig.versie) : nieuw(item)],
    {
      gebeurtenis: "bankrekening_gewijzigd",
      onderwerp: aanbiederPk(aanbiederId),
      betrokken: { aanbiederId },
      voor: huidig ? { iban: huidig.iban, tenaamstelling: huidig.tenaamstelling } : null,
      na: { iban: v.iban, tenaamstelling: v.tenaamstelling },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: rec } : r;
}

/**
 * §15.5 "a payment carries the IBAN valid when its batch is released": the batch's orders with
 * the approved account of each aanbieder, read strongly consistent just before the release
 * transaction. A batch with an aanbieder without an approved account is refused (409), naming
 * the aanbieder(s) by name. [portal rule] The accounts are not re-checked inside the release
 * transaction (one ConditionCheck per aanbieder would crowd DynamoDB's 100 operations): an
 * approval landing in the same instant pays the account that was valid when it was read.
 */
export async function rekeningenVoorVrijgave<
  O extends { aanbiederId: string; iban?: string; tenaamstelling?: string },
>(b: { nummer: number; opdrachten: readonly O[] }): Promise<TransactieUitkomst<O[]>> {
  const ids = [...new Set(b.opdrachten.map((o) => o.aanbiederId))];
  const rekeningen = new Map(
    await Promise.all(ids.map(async (id) => [id, await leesBankrekening(id)] as const)),
  );
  const zonder = ids.filter((id) => !rekeningen.get(id));
  if (zonder.length > 0) {
    const namen = await Promise.all(
      zonder.map(async (id) => (await leesAanbieder(id))?.naam ?? id),
    );
    return {
      ok: false,
      weigering: {
        status: 409,
        code: "BANKREKENING_ONTBREEKT",
        melding: `betaalbatch ${b.nummer} kan niet worden vrijgegeven: ${namen.join(", ")} ${zonder.length === 1 ? "heeft" : "hebben"} nog geen goedgekeurde bankrekening (§15.5)`,
      },
    };
  }
  return {
    ok: true,
    waarde: b.opdrachten.map((o) => {
      const r = rekeningen.get(o.aanbiederId)!;
      return { ...o, iban: r.iban, tenaamstelling: r.tenaamstelling };
    }),
  };
}
