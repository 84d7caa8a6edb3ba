// docs/regels.md §15.2: "recorded atomically for the whole zorgkantoor: all agreements change, or none".
//
// Why this holds for a zorgkantoor of any size (DynamoDB: ≤ 100 operations per transaction):
// 1. The approval (herschikkingGoedkeuren.ts) writes in ONE transaction the decision record
//    (status `besloten`, every decided line), the kader's NET move and the audit record. From
//    that commit on the decision is in force in full; before it nothing of it exists.
// 2. This file applies the lines to the cases in chunks — per case the new agreement version,
//    the voorschot basis and the case item, plus the per-case marker `herschikkingsbesluit` = the
//    decision's id — without touching the kader again (it already moved by the net sum). Each
//    chunk is one transaction conditioned on the case versions read, and a case that carries the
//    marker is skipped, so applying again after a crash (or twice at once) only does what is
//    missing. The transaction of the last lines moves the decision to `toegepast`.
// 3. Readers of agreements finish a pending decision first (`voltooiHerschikking`: the
//    herschikking routes, the aanbieder's view, the vaststelling, the voorschot run), and no other
//    agreement write may touch a case with an unapplied line (afspraken.ts refuses it). So a
//    reader that relies on Σ agreements = the kader's running total always reads after the last
//    chunk; between the approval and the last chunk the kader already holds Σ of the decided
//    agreements, which are never above it (the approval's condition `ruimte ≥ netto`).
import { Decimal } from "#shared/geld/decimal.js";
import { toepassingsdelen } from "#shared/herschikking/vierogen.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type AanvraagRecord, leesAanvraag, scopeVan, wijzigAanvraag } from "./aanvragen.js";
import { afspraakBijdrage } from "./afspraken.js";
import {
  type BesluitRegel,
  type HerschikkingsbesluitRecord,
  lopendeHerschikkingsbesluiten,
  markeerBesluitToegepast,
} from "./herschikkingen.js";
import { aanvraagPk, kaderSleutel, zorgkantoorPk } from "./sleutels.js";
import { auditActies, type Schrijfcontext, schrijfTransactie } from "./transactie.js";
import { basisVelden } from "./voorschotbasis.js";
import { type Schrijfactie, sleutelVan } from "./voorwaarden.js";

/** Per case: agreement item, case item, audit record + two notifications = 5 operations. */
const PER_DEEL = 18;
/** Attempts when a concurrent writer (another finisher) changed a case of the chunk meanwhile. */
const POGINGEN = 4;

/**
 * Test hook (integration tests only): called after each chunk is written; a throw there stands
 * for the process dying halfway. On globalThis, so the test reaches the handler's module instance
 * however the local gateway loaded it.
 */
export interface ToepassingHaak {
  naDeel?: (deel: number) => void;
}
const HAAK = "__kbHerschikkingToepassingHaak";
const haak = (): ToepassingHaak | undefined =>
  (globalThis as Record<string, unknown>)[HAAK] as ToepassingHaak | undefined;
export const zetToepassingHaak = (h: ToepassingHaak | undefined): void => {
  (globalThis as Record<string, unknown>)[HAAK] = h;
};

/** The case writes of one decided line, or undefined when the case already has it. */
async function zaakActies(
  b: HerschikkingsbesluitRecord,
  l: BesluitRegel,
  ctx: Schrijfcontext,
): Promise<Schrijfactie[] | undefined> {
  const r = await leesAanvraag(l.aanvraagId);
  if (!r) throw new Error(`Herschikkingsbesluit ${b.id}: aanvraag ${l.aanvraagId} bestaat niet`);
  if (r.overig.herschikkingsbesluit === b.id) return undefined;
  // afspraken.ts refuses any other agreement write while this line is pending: a mismatch is a bug.
  if ((r.afspraak?.nummer ?? 0) !== l.afspraakNummer)
    throw new Error(
      `Herschikkingsbesluit ${b.id}: afspraak van ${r.id} is ${r.afspraak?.nummer}, verwacht ${l.afspraakNummer}`,
    );
  return acties(b, l, r, ctx);
}

async function acties(
  b: HerschikkingsbesluitRecord,
  l: BesluitRegel,
  r: AanvraagRecord,
  ctx: Schrijfcontext,
): Promise<Schrijfactie[]> {
  const bijdrage = afspraakBijdrage(
    r,
    {
      soort: "herschikking",
      personeel: new Decimal(l.nieuw.personeel),
      overige: new Decimal(l.nieuw.overige),
      compensatie: new Decimal(r.afspraak!.compensatie),
      ...(l.nieuw.overigeRegels && {
        overigeRegels: l.nieuw.overigeRegels.map((o) => ({
          id: o.id,
          bedrag: new Decimal(o.bedrag),
        })),
      }),
      reden: b.reden,
      voorgesteldDoor: b.voorgesteldDoor,
    },
    ctx,
  );
  if (!bijdrage.ok)
    throw new HttpProbleem(
      bijdrage.weigering.status,
      bijdrage.weigering.code,
      bijdrage.weigering.melding,
    );
  // The kader moved by the net sum with the decision record: leave its per-case move out.
  const kader = kaderSleutel(b.zorgkantoorId, b.jaar);
  const eigen = bijdrage.acties.filter((a) => {
    const s = sleutelVan(a.bewerking);
    return s.pk !== kader.pk || s.sk !== kader.sk;
  });
  const nieuwTotaal = new Decimal(bijdrage.samenvatting.totaal);
  // §6: the basis follows from the month after the DECISION, however late it is applied.
  const basis = await basisVelden(r, nieuwTotaal, new Date(b.op), b.goedgekeurdDoor.sub);
  const velden = {
    ...basis?.velden,
    afspraak: bijdrage.samenvatting,
    herschikkingsbesluit: b.id,
    gewijzigdOp: ctx.nu.toISOString(),
  };
  const audit = auditActies(
    {
      gebeurtenis: "herschikking_besloten",
      onderwerp: aanvraagPk(r.id),
      betrokken: scopeVan(r),
      voor: { afspraak: r.afspraak },
      na: { afspraak: bijdrage.samenvatting, voorschotVanaf: basis?.vanafMaand, besluit: b.id },
      reden: b.reden,
    },
    ctx,
  );
  return [...eigen, wijzigAanvraag(r, r.versie, velden), ...audit];
}

/** Applies what is missing of one decision; true when it is fully applied. */
async function pasToe(b: HerschikkingsbesluitRecord, ctx: Schrijfcontext): Promise<boolean> {
  const zaken = await Promise.all(b.regels.map((l) => leesAanvraag(l.aanvraagId)));
  const toegepast = new Set(
    zaken.filter((r) => r?.overig.herschikkingsbesluit === b.id).map((r) => r!.id),
  );
  const delen = toepassingsdelen(b.regels, toegepast, PER_DEEL);
  if (delen.length === 0) delen.push([]); // all applied, status still `besloten`: close it
  for (const [n, deel] of delen.entries()) {
    const perZaak = await Promise.all(deel.map((l) => zaakActies(b, l, ctx)));
    const laatste = n === delen.length - 1;
    const u = await schrijfTransactie(
      [...perZaak.flatMap((a) => a ?? []), ...(laatste ? [markeerBesluitToegepast(b)] : [])],
      {
        gebeurtenis: "herschikking_toegepast",
        onderwerp: zorgkantoorPk(b.zorgkantoorId),
        betrokken: { zorgkantoorId: b.zorgkantoorId },
        na: {
          besluit: b.id,
          deel: n + 1,
          delen: delen.length,
          aanvragen: deel.map((l) => l.aanvraagId),
        },
      },
      ctx,
    );
    // Someone else applied (part of) it meanwhile: start over from what is stored.
    if (!u.ok) return false;
    haak()?.naDeel?.(n + 1);
  }
  return true;
}

/**
 * `lees()` as after `voltooiHerschikking`, but started beside its check for a pending decision:
 * nothing pending (nearly always) costs no extra round; after finishing one, `lees()` runs again,
 * so what is answered is always read after the decision was applied.
 */
export async function naVoltooiing<T>(
  zorgkantoorId: string,
  jaar: number,
  ctx: Pick<Schrijfcontext, "correlatieId">,
  lees: () => Promise<T>,
): Promise<T> {
  // Settled, not rejected: a failure of the early read only counts if its result is used.
  const [lopend, vooraf] = await Promise.all([
    lopendeHerschikkingsbesluiten(zorgkantoorId, jaar),
    lees().then(
      (waarde) => ({ waarde }),
      (fout: unknown) => ({ fout }),
    ),
  ]);
  if (lopend.length === 0) {
    if ("fout" in vooraf) throw vooraf.fout;
    return vooraf.waarde;
  }
  await voltooiHerschikking(zorgkantoorId, jaar, ctx);
  return lees();
}

/**
 * §15.2: finishes every decided-but-not-applied herschikking of the zorgkantoor for the year.
 * Idempotent; cheap when nothing is pending (one Query). The context's user and reason are the
 * decision's own: the agreement records who proposed and who approved it.
 */
export async function voltooiHerschikking(
  zorgkantoorId: string,
  jaar: number,
  ctx: Pick<Schrijfcontext, "correlatieId">,
): Promise<void> {
  for (let poging = 1; ; poging++) {
    const lopend = await lopendeHerschikkingsbesluiten(zorgkantoorId, jaar);
    if (lopend.length === 0) return;
    let klaar = true;
    for (const b of lopend) {
      const c: Schrijfcontext = {
        wie: b.goedgekeurdDoor,
        nu: new Date(b.op),
        correlatieId: ctx.correlatieId,
      };
      klaar = (await pasToe(b, c)) && klaar;
    }
    if (klaar) return;
    if (poging >= POGINGEN)
      throw new HttpProbleem(
        409,
        "CONFLICT",
        "Het herschikkingsbesluit wordt nog toegepast; probeer het over enkele seconden opnieuw.",
      );
  }
}
