// docs/regels.md §5 constraint 3: the agreed amounts (incl. compensatie) of a zorgkantoor for year t
// never exceed its regional kader — also under concurrent approvals — and the regional kaders
// together never exceed the national amount of §3.1. Each kader is one item with three exact
// DynamoDB Numbers, kader = afgesproken + ruimte; a reservation is ONE conditional update
// "afgesproken += X, ruimte −= X if ruimte ≥ X" inside the approval's transaction, so DynamoDB
// itself serialises competing approvals and the last euro can be given only once.
//
// Why Numbers here when §11 stores amounts as text: DynamoDB can add only Numbers, and its Numbers
// are exact decimals (38 digits), not floats. They are written from Decimal text and read back
// as text (`dynamoExact`), never through a JavaScript number.
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { euro } from "#shared/geld/weergave.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { dynamoExact } from "./clients.js";
import { type Item, leesItem, zoek } from "./lezen.js";
import { kaderSleutel, kadersGsi1, landelijkKaderSleutel, zorgkantoorPk } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { bijwerken, nieuw, type Schrijfactie, VERSIECONFLICT } from "./voorwaarden.js";

export interface Kader {
  zorgkantoorId: string;
  jaar: number;
  kader: Decimal;
  /** Σ agreed amounts incl. compensatie: the running total of §5. */
  afgesproken: Decimal;
  /** kader − afgesproken. */
  ruimte: Decimal;
  versie: number;
  /** §5 constraint 2: zorgkantoor-beheer released the regional margin (one-way, audited). */
  margeVrijgegeven?: MargeVrijgave;
}

export interface MargeVrijgave {
  /** ISO instant. */
  op: string;
  door: string;
  reden: string;
}

const n = (d: Decimal): NumberValue => NumberValue.from(bedragTekst(d));
const dec = (x: unknown): Decimal => new Decimal(String((x as NumberValue).value ?? x));
// geheel getal: versie and jaar are counters, read from the exact client as text.
const geheel = (x: unknown): number => Number.parseInt(String((x as NumberValue).value ?? x), 10);

const alsKader = (i: Item): Kader => ({
  zorgkantoorId: String(i.zorgkantoorId),
  jaar: geheel(i.jaar),
  kader: dec(i.kader),
  afgesproken: dec(i.afgesproken),
  ruimte: dec(i.ruimte),
  versie: geheel(i.versie),
  ...(i.margeVrijgegeven ? { margeVrijgegeven: i.margeVrijgegeven as MargeVrijgave } : {}),
});

const kader = vooruitLeesbaar("kader", leesKaderNu);
export const leesKader = kader.lees;
/** Started beside the membership lookup by a route that needs the kader (lib/vooruit.ts). */
export const kaderVooruit = kader.vooruit;

async function leesKaderNu(zorgkantoorId: string, jaar: number): Promise<Kader | undefined> {
  const i = await leesItem(kaderSleutel(zorgkantoorId, jaar), dynamoExact());
  return i ? alsKader(i) : undefined;
}

/** The kaders of all zorgkantoren for a year (gsi1; landelijk-beheer's overview). */
export async function kadersVanJaar(jaar: number): Promise<Kader[]> {
  return (await zoek({ index: "gsi1", pk: kadersGsi1(jaar) }, dynamoExact())).map(alsKader);
}

/**
 * Adds `bedrag` to the agreed total of zorgkantoor Z for year t only if it still fits the kader:
 * the guard every approval (and every increase) puts in its own transaction.
 */
export const reserveerInKader = (
  zorgkantoorId: string,
  jaar: number,
  bedrag: Decimal,
): Schrijfactie =>
  bijwerken(
    kaderSleutel(zorgkantoorId, jaar),
    {
      expressie: "SET afgesproken = afgesproken + :b, ruimte = ruimte - :b",
      voorwaarde: "ruimte >= :b",
      waarden: { ":b": n(bedrag) },
    },
    {
      status: 409,
      code: "BOVEN_REGIONAAL_KADER",
      melding: `Deze afspraak (${euro(bedrag)}) past niet (meer) binnen het regionale kader van het zorgkantoor voor ${jaar}, of er is nog geen kader ingesteld. Laad de aanvraag opnieuw: intussen kan een andere toekenning de ruimte hebben gebruikt.`,
    },
  );

/** Gives `bedrag` back to the kader (a lower herschikking or vaststelling). */
export const geefVrijUitKader = (
  zorgkantoorId: string,
  jaar: number,
  bedrag: Decimal,
): Schrijfactie =>
  bijwerken(
    kaderSleutel(zorgkantoorId, jaar),
    {
      expressie: "SET afgesproken = afgesproken - :b, ruimte = ruimte + :b",
      voorwaarde: "afgesproken >= :b",
      waarden: { ":b": n(bedrag) },
    },
    VERSIECONFLICT,
  );

/** The kader write for a change of an agreement by `verschil` (none when it is zero). */
export const kaderMutatie = (
  zorgkantoorId: string,
  jaar: number,
  verschil: Decimal,
): Schrijfactie[] =>
  verschil.isZero()
    ? []
    : verschil.gt(0)
      ? [reserveerInKader(zorgkantoorId, jaar, verschil)]
      : [geefVrijUitKader(zorgkantoorId, jaar, verschil.negated())];

/** The national counter: regional kaders together within the national amount (§5, §3.1). */
function landelijkeMutatie(
  jaar: number,
  verschil: Decimal,
  landelijkBudget: Decimal,
): Schrijfactie {
  return bijwerken(
    landelijkKaderSleutel(jaar),
    {
      expressie:
        "SET landelijk = if_not_exists(landelijk, :l), verdeeld = if_not_exists(verdeeld, :nul) + :d, ruimte = if_not_exists(ruimte, :l) - :d",
      voorwaarde: "attribute_not_exists(ruimte) OR ruimte >= :d",
      waarden: { ":l": n(landelijkBudget), ":nul": n(new Decimal(0)), ":d": n(verschil) },
    },
    {
      status: 409,
      code: "KADERS_BOVEN_LANDELIJK",
      veld: "bedrag",
      melding: `bedrag: met dit kader komen de regionale kaders voor ${jaar} samen boven het landelijke kwaliteitsbudget van ${euro(landelijkBudget)}`,
    },
  );
}

/**
 * §3.1: the national counter follows a new landelijk budget entered by landelijk-beheer — its room
 * moves by the difference. The counter takes the budget in force when the year's first kader is
 * set; without this it kept that amount and refused kaders a raised budget allows. Conditional on
 * the amount read, so a concurrent change answers 409 instead of being lost; a budget below what
 * the kaders already hold was refused before (controle.ts), the condition makes sure of it.
 */
export async function volgLandelijkBudget(jaar: number, nieuw: Decimal): Promise<Schrijfactie[]> {
  const teller = await leesItem(landelijkKaderSleutel(jaar), dynamoExact());
  if (!teller) return [];
  const oud = dec(teller.landelijk);
  const verschil = nieuw.minus(oud);
  if (verschil.isZero()) return [];
  return [
    bijwerken(
      landelijkKaderSleutel(jaar),
      {
        expressie: "SET landelijk = :nieuw, ruimte = ruimte + :d",
        voorwaarde: "landelijk = :oud AND ruimte >= :minD",
        waarden: {
          ":nieuw": n(nieuw),
          ":oud": n(oud),
          ":d": n(verschil),
          ":minD": n(verschil.negated()),
        },
      },
      {
        status: 409,
        code: "CONFLICT",
        veld: "landelijkBudget",
        melding: `landelijkBudget: de regionale kaders voor ${jaar} zijn intussen gewijzigd; laad de parameters en kaders opnieuw`,
      },
    ),
  ];
}

/**
 * Sets the regional kader of a zorgkantoor for a year (new, or changed at `verwachteVersie`).
 * Refused when it would drop below what is already agreed, or push the regional kaders past the
 * national amount (§3.1 `landelijkBudget`, incl. compensatie).
 */
export async function stelKaderIn(
  zorgkantoorId: string,
  jaar: number,
  bedrag: Decimal,
  landelijkBudget: Decimal,
  ctx: Schrijfcontext,
  verwachteVersie?: number,
): Promise<TransactieUitkomst<Kader>> {
  const huidig = await leesKader(zorgkantoorId, jaar);
  if (huidig && verwachteVersie !== undefined && huidig.versie !== verwachteVersie)
    return { ok: false, weigering: VERSIECONFLICT };
  const afgesproken = huidig?.afgesproken ?? new Decimal(0);
  if (bedrag.lt(afgesproken) || bedrag.isNegative() || bedrag.decimalPlaces() > 2)
    return {
      ok: false,
      weigering: {
        status: 422,
        code: "KADER_ONDER_AFSPRAKEN",
        veld: "bedrag",
        melding: `bedrag: het kader is in hele centen en niet lager dan wat al is afgesproken (${euro(afgesproken)})`,
      },
    };
  const verschil = bedrag.minus(huidig?.kader ?? 0);
  if (!huidig && bedrag.gt(landelijkBudget))
    return { ok: false, weigering: landelijkeMutatie(jaar, verschil, landelijkBudget).weigering };
  const kaderActie = huidig
    ? bijwerken(
        kaderSleutel(zorgkantoorId, jaar),
        {
          expressie: "SET kader = :k, ruimte = ruimte + :d, versie = versie + :een",
          voorwaarde: "versie = :v AND ruimte >= :minD",
          waarden: {
            ":k": n(bedrag),
            ":d": n(verschil),
            ":minD": n(verschil.negated()),
            ":v": huidig.versie,
            ":een": 1,
          },
        },
        VERSIECONFLICT,
      )
    : nieuw(
        {
          ...kaderSleutel(zorgkantoorId, jaar),
          soort: "kader",
          zorgkantoorId,
          jaar,
          kader: n(bedrag),
          afgesproken: n(new Decimal(0)),
          ruimte: n(bedrag),
          gsi1pk: kadersGsi1(jaar),
          gsi1sk: zorgkantoorId,
        },
        VERSIECONFLICT,
      );
  const acties = [
    kaderActie,
    ...(verschil.isZero() ? [] : [landelijkeMutatie(jaar, verschil, landelijkBudget)]),
  ];
  const r = await schrijfTransactie(
    acties,
    {
      gebeurtenis: "kader_ingesteld",
      onderwerp: zorgkantoorPk(zorgkantoorId),
      betrokken: { zorgkantoorId },
      voor: huidig ? { jaar, kader: huidig.kader } : undefined,
      na: { jaar, kader: bedrag },
    },
    ctx,
  );
  if (!r.ok) return r;
  return {
    ok: true,
    waarde: {
      zorgkantoorId,
      jaar,
      kader: bedrag,
      afgesproken,
      ruimte: bedrag.minus(afgesproken),
      versie: (huidig?.versie ?? 0) + 1,
    },
  };
}

/**
 * §5 constraint 2: zorgkantoor-beheer releases the regional margin of its kader for a year, with a
 * reason: from then on a toekenning may exceed the reservering before the aanvraag window closes.
 * [portal rule] one-way — a release cannot be taken back, since toekenningen may rest on it; one
 * person decides it (it moves no money: each toekenning above the reservering still needs the
 * four-eyes approval of §1). The condition makes a concurrent second release a 409.
 */
export async function geefMargeVrij(
  kader: Kader,
  reden: string,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<Kader>> {
  const vrijgave: MargeVrijgave = { op: ctx.nu.toISOString(), door: ctx.wie.sub, reden };
  const r = await schrijfTransactie(
    [
      bijwerken(
        kaderSleutel(kader.zorgkantoorId, kader.jaar),
        {
          expressie: "SET margeVrijgegeven = :m",
          voorwaarde: "attribute_exists(kader) AND attribute_not_exists(margeVrijgegeven)",
          waarden: { ":m": vrijgave },
        },
        {
          status: 409,
          code: "MARGE_AL_VRIJGEGEVEN",
          melding: `de regionale ruimte boven de reservering is voor ${kader.jaar} al vrijgegeven`,
        },
      ),
    ],
    {
      gebeurtenis: "marge_vrijgegeven",
      onderwerp: zorgkantoorPk(kader.zorgkantoorId),
      betrokken: { zorgkantoorId: kader.zorgkantoorId },
      voor: { jaar: kader.jaar, margeVrijgegeven: false },
      na: { jaar: kader.jaar, margeVrijgegeven: true },
      reden,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...kader, margeVrijgegeven: vrijgave } } : r;
}
