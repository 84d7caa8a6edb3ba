// docs/regels.md §10: one run of the reminder job as of instant `op`. Each due reminder is
// claimed in DynamoDB (conditional write, status "bezig") BEFORE it is sent, so a second or
// concurrent run skips it; SES v2 then sends it and the record becomes "verstuurd". A failed
// send becomes "mislukt" with the error and the attempt count, and the next run tries it again;
// a permanent failure (fout.ts) becomes "definitief_mislukt" and is shown to zorgkantoor-beheer.
// An optional reminder the recipient switched off (shared/herinneringen/voorkeuren.ts) is skipped
// before the claim: counted as overgeslagen, never recorded, so the next moment reaches the
// recipient who switches it on again. The mail names the organisation and the case: the names of a
// zorgkantoor's aanbieders come from its one-item list (not a GetItem per mail), the zorgkantoor's
// own name once per run.
import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import PQueue from "p-queue";
import type { AfgeleideVerplichting } from "#shared/herinneringen/afleiding.js";
import {
  type TeVersturenHerinnering,
  verschuldigdeHerinneringen,
} from "#shared/herinneringen/herinneringen.js";
import { type OptioneleMelding, uitgezetDoorOntvanger } from "#shared/herinneringen/voorkeuren.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import { aanbiedersBij } from "../data/aanbiederslijst.js";
import { sesClient } from "../data/clients.js";
import {
  claimHerinnering,
  leesHerinnering,
  sluitHerinnering,
  teHerhalenHerinneringen,
  vergeetHerhaling,
} from "../data/herinneringen.js";
import { laatsteHerinneringsrun, legHerinneringsrunVast } from "../data/herinneringsruns.js";
import { leesVoorkeuren } from "../data/voorkeuren.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { type AdresVan, cognitoAdressen } from "./adressen.js";
import { GeenAdres, isDefinitief } from "./fout.js";
import { type Instellingen, leesInstellingen } from "./instellingen.js";
import { herinneringsMail, type Mail, type ZaakNamen } from "./mail.js";
import { type Bereik, verplichtingenVan, zorgkantorenVan } from "./verplichtingen.js";

export interface Samenvatting {
  verstuurd: number;
  overgeslagen: number;
  mislukt: number;
}

export interface JobOpties extends Bereik {
  op: Date;
  instellingen?: Instellingen;
  adresVan?: AdresVan;
  ses?: SESv2Client;
}

/** What one run shares over its zorgkantoren: clients, caches, the send queue and the counts. */
interface Run {
  op: Date;
  instellingen: Instellingen;
  adresVan: AdresVan;
  ses: SESv2Client;
  uitgezet: (sub: string) => Promise<ReadonlySet<OptioneleMelding>>;
  zorgkantoorNaam: (id: string) => Promise<string | undefined>;
  /** Claims and sends in flight at once; SES's own rate is kept by `verzenden`. */
  bezig: PQueue;
  verzenden: PQueue;
  s: Samenvatting;
}

/** Zorgkantoren derived at once: each derivation is a few hundred small reads. */
const ZORGKANTOREN_TEGELIJK = 4;
const HERINNERINGEN_TEGELIJK = 16;

const melding = (e: unknown): string =>
  e instanceof Error ? `${e.name}: ${e.message}` : String(e);

export async function voerHerinneringenUit(o: JobOpties): Promise<Samenvatting> {
  const instellingen = o.instellingen ?? leesInstellingen();
  const run: Run = {
    op: o.op,
    instellingen,
    adresVan: eenmaalPerRun(o.adresVan ?? cognitoAdressen(instellingen)),
    ses: o.ses ?? sesClient(),
    uitgezet: eenmaalPerRun((sub) => leesVoorkeuren(sub).then((v) => new Set(v.uit))),
    zorgkantoorNaam: eenmaalPerRun((id) => leesZorgkantoor(id).then((z) => z?.naam)),
    bezig: new PQueue({ concurrency: HERINNERINGEN_TEGELIJK }),
    // SES's sending quota (14 mails a second by default): a catch-up of thousands of mails runs
    // in parallel at that rate instead of one by one; strict: a sliding window, as SES counts.
    verzenden: new PQueue({
      intervalCap: instellingen.mailsPerSeconde,
      interval: 1000,
      strict: true,
    }),
    s: { verstuurd: 0, overgeslagen: 0, mislukt: 0 },
  };
  const zorgkantoren = new PQueue({ concurrency: ZORGKANTOREN_TEGELIJK });
  await Promise.all(
    (await zorgkantorenVan(o)).map((zk) => zorgkantoren.add(() => zorgkantoorRun(zk, run))),
  );
  return run.s;
}

/**
 * The reminders of one zorgkantoor: those whose moment came after its previous completed run, and
 * the failed sends on its retry list while their obligation still needs them. The first run (or a
 * replay of an earlier day) considers every due moment, as the rule of §10 defines them.
 */
async function zorgkantoorRun(zorgkantoorId: string, run: Run): Promise<void> {
  const [verplichtingen, vorige, opnieuw] = await Promise.all([
    verplichtingenVan(zorgkantoorId, run.op),
    laatsteHerinneringsrun(zorgkantoorId),
    teHerhalenHerinneringen(zorgkantoorId),
  ]);
  const sinds = vorige && vorige < run.op ? vorige.getTime() : undefined;
  const verschuldigd = verschuldigdeHerinneringen(verplichtingen, run.op, new Set());
  const nu = verschuldigd.filter(
    (h) => sinds === undefined || h.moment.getTime() > sinds || opnieuw.has(h.sleutel),
  );
  const nogNodig = new Set(verschuldigd.map((h) => h.sleutel));
  const zaakVan =
    nu.length > 0 ? await zaaknamen(zorgkantoorId, verplichtingen, nu, run) : undefined;
  await Promise.all([
    ...nu.map((h) => run.bezig.add(() => verwerk(h, zorgkantoorId, zaakVan!(h), run))),
    ...[...opnieuw].filter((k) => !nogNodig.has(k)).map((k) => vergeetHerhaling(k)),
  ]);
  await legHerinneringsrunVast(zorgkantoorId, run.op);
}

/**
 * The names for the mails of one zorgkantoor's run, read only when something is due: its list of
 * aanbieders (one item; a GetItem only for an aanbieder missing from it) beside its own name.
 */
async function zaaknamen(
  zorgkantoorId: string,
  verplichtingen: readonly AfgeleideVerplichting[],
  nu: readonly TeVersturenHerinnering[],
  run: Run,
): Promise<(h: TeVersturenHerinnering) => ZaakNamen> {
  const perSleutel = new Map(verplichtingen.map((v) => [v.sleutel, v]));
  // Only the aanbieders mailed about now: a missing one costs a GetItem.
  const ids = nu.flatMap((h) => perSleutel.get(h.verplichting)?.aanbiederId ?? []);
  const [aanbieders, zorgkantoor] = await Promise.all([
    aanbiedersBij(zorgkantoorId, ids),
    run.zorgkantoorNaam(zorgkantoorId),
  ]);
  return (h) => {
    const v = perSleutel.get(h.verplichting)!;
    const aanbieder = v.aanbiederId === null ? undefined : aanbieders.get(v.aanbiederId)?.naam;
    return { jaar: v.jaar, perAanbieder: v.aanbiederId !== null, aanbieder, zorgkantoor };
  };
}

/** Claim (recorded before sending, §10), send, and record the outcome of one reminder. */
async function verwerk(
  h: TeVersturenHerinnering,
  zorgkantoorId: string,
  zaak: ZaakNamen,
  run: Run,
): Promise<void> {
  const { s } = run;
  if (uitgezetDoorOntvanger(h, await run.uitgezet(h.ontvanger))) {
    s.overgeslagen++;
    return;
  }
  const geclaimd = await claimHerinnering({
    sleutel: h.sleutel,
    ontvanger: h.ontvanger,
    verplichting: h.verplichting,
    nu: run.op,
    details: {
      zorgkantoorId,
      verplichtingSoort: h.soort,
      aanleiding: h.aanleiding,
      moment: h.moment.toISOString(),
      deadline: dagTekst(h.deadline),
      link: h.link,
    },
  });
  if (!geclaimd) {
    s.overgeslagen++;
    return;
  }
  let email: string | undefined;
  try {
    email = (await run.adresVan(h.ontvanger)) ?? undefined;
    if (!email) throw new GeenAdres(h.ontvanger);
    const mail = herinneringsMail(h, run.instellingen.portaalUrl, zaak);
    const aan = email;
    await run.verzenden.add(() => verstuur(run.ses, run.instellingen, aan, mail));
    await sluitHerinnering(h.sleutel, { status: "verstuurd", email }, run.op);
    s.verstuurd++;
  } catch (e) {
    const pogingen = (await leesHerinnering(h.sleutel))?.pogingen ?? 1;
    const fout = melding(e);
    await sluitHerinnering(
      h.sleutel,
      isDefinitief(e, pogingen)
        ? { status: "definitief_mislukt", fout, zorgkantoorId, email }
        : { status: "mislukt", fout, zorgkantoorId },
      run.op,
    );
    s.mislukt++;
  }
}

/** One mail (text and HTML) to one address, the one way the jobs send (§10). */
export async function verstuur(
  ses: SESv2Client,
  instellingen: Instellingen,
  email: string,
  mail: Mail,
): Promise<void> {
  await ses.send(
    new SendEmailCommand({
      FromEmailAddress: instellingen.afzender,
      Destination: { ToAddresses: [email] },
      Content: {
        Simple: {
          Subject: { Data: mail.onderwerp, Charset: "UTF-8" },
          Body: {
            Text: { Data: mail.tekst, Charset: "UTF-8" },
            Html: { Data: mail.html, Charset: "UTF-8" },
          },
        },
      },
    }),
  );
}

/** A lookup made once per key per run (addresses, switches): the same user recurs often. */
function eenmaalPerRun<T>(lees: (sub: string) => Promise<T>): (sub: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (sub) => {
    let p = cache.get(sub);
    if (!p) {
      p = lees(sub);
      cache.set(sub, p);
    }
    return p;
  };
}
