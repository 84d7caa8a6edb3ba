// docs/regels.md §15.5: the bank account of an aanbieder over HTTP. The aanbieder reads and requests
// for itself; zorgkantoor-beheer of a zorgkantoor where the aanbieder has a case reads, enters,
// approves and refuses. Anyone else gets 404, as for an aanbieder that does not exist (§1).
// Approval is four eyes: never by the user who requested the change (403 VIER_OGEN).
import { ibanWeergave } from "#shared/bank/rekening.js";
import { type AanbiederRecord, leesAanbieder } from "../data/aanbieders.js";
import { leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { aanvragenVanAanbieder } from "../data/aanvragen.js";
import {
  type BankrekeningRecord,
  type BankwijzigingRecord,
  keurBankwijzigingGoed,
  leesBankrekening,
  leesBankwijziging,
  openBankwijzigingen,
  vraagBankwijzigingAan,
  wijsBankwijzigingAf,
} from "../data/bankrekeningen.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Gebruiker, type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { eisTweedeHandtekening } from "../lib/vierogen.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { bewaarAfschrift, metAfschrift } from "./bankafschrift.js";
import { bankscope } from "./scope.js";

const wijzigingAntwoord = (w: BankwijzigingRecord, naam: string, g: Gebruiker) => ({
  iban: w.iban,
  ibanWeergave: ibanWeergave(w.iban),
  tenaamstelling: w.tenaamstelling,
  aanbiederId: w.aanbiederId,
  aanbiederNaam: naam,
  aangevraagdOp: w.aangevraagdOp,
  aangevraagdDoorRol: w.aangevraagdDoor.rol,
  doorMij: w.aangevraagdDoor.sub === g.sub,
  toelichting: w.toelichting ?? null,
  bankafschrift: w.bankafschrift
    ? {
        naam: w.bankafschrift.naam,
        grootte: w.bankafschrift.grootte,
        sha256: w.bankafschrift.sha256,
      }
    : null,
  versie: w.versie,
});

async function antwoord(a: AanbiederRecord, g: Gebruiker) {
  return antwoordMet(a, g, await Promise.all([leesBankrekening(a.id), leesBankwijziging(a.id)]));
}

function antwoordMet(
  a: AanbiederRecord,
  g: Gebruiker,
  [rekening, wijziging]: [BankrekeningRecord | undefined, BankwijzigingRecord | undefined],
) {
  return {
    aanbiederId: a.id,
    aanbiederNaam: a.naam,
    rekening: rekening
      ? {
          iban: rekening.iban,
          ibanWeergave: ibanWeergave(rekening.iban),
          tenaamstelling: rekening.tenaamstelling,
          goedgekeurdOp: rekening.goedgekeurdOp,
        }
      : null,
    wijziging: wijziging ? wijzigingAntwoord(wijziging, a.naam, g) : null,
  };
}

export const bankrekening: Operatie<RouteVan<"bankrekening">> = async (v) => {
  const id = v.params.aanbiederId;
  // The account is read beside the scope check and shown only when the check passes.
  const [s, ...gelezen] = await Promise.all([
    bankscope(v.gebruiker, id),
    leesBankrekening(id),
    leesBankwijziging(id),
  ]);
  return { body: antwoordMet(s.aanbieder, v.gebruiker, gelezen) };
};

// §15.5: the aanbieder sends a bank statement (PDF) with its request; zorgkantoor-beheer may
// attach one. It is checked and stored before the transaction (bankafschrift.ts).
export const bankwijzigingAanvragen: Operatie<RouteVan<"bankwijzigingAanvragen">> = async (v) => {
  const s = await bankscope(v.gebruiker, v.params.aanbiederId);
  const { toelichting, bankafschrift, ...rekening } = v.body;
  const afschrift = await bewaarAfschrift(s.rol, s.aanbieder.id, bankafschrift);
  const w = ofWeiger(
    await metAfschrift(afschrift, () =>
      vraagBankwijzigingAan(
        s.aanbieder.id,
        rekening,
        { zorgkantoorId: s.zorgkantoorId, toelichting, bankafschrift: afschrift },
        schrijfcontext(v, s.rol),
      ),
    ),
  );
  return { status: 201, body: wijzigingAntwoord(w, s.aanbieder.naam, v.gebruiker) };
};

async function wachtende(aanbiederId: string): Promise<BankwijzigingRecord> {
  const w = await leesBankwijziging(aanbiederId);
  if (!w)
    throw new HttpProbleem(
      409,
      "GEEN_BANKWIJZIGING",
      "er wacht geen wijziging van de bankrekening (meer); laad de pagina opnieuw",
    );
  return w;
}

export const bankwijzigingGoedkeuren: Operatie<RouteVan<"bankwijzigingGoedkeuren">> = async (v) => {
  const s = await bankscope(v.gebruiker, v.params.aanbiederId, true);
  const w = await wachtende(s.aanbieder.id);
  const ctx = schrijfcontext(v, s.rol);
  // The four-eyes refusal names its reason before any version question.
  eisTweedeHandtekening("bankrekening", w.aangevraagdDoor, ctx.wie);
  const huidig = await leesBankrekening(s.aanbieder.id);
  ofWeiger(await keurBankwijzigingGoed(w, v.body.versie, huidig, s.zorgkantoorId!, ctx));
  return { body: await antwoord(s.aanbieder, v.gebruiker) };
};

export const bankwijzigingAfwijzen: Operatie<RouteVan<"bankwijzigingAfwijzen">> = async (v) => {
  const s = await bankscope(v.gebruiker, v.params.aanbiederId, true);
  const w = await wachtende(s.aanbieder.id);
  ofWeiger(
    await wijsBankwijzigingAf(
      w,
      v.body.versie,
      s.zorgkantoorId!,
      v.body.reden,
      schrijfcontext(v, s.rol),
    ),
  );
  return { body: await antwoord(s.aanbieder, v.gebruiker) };
};

export const bankwijzigingen: Operatie<RouteVan<"bankwijzigingen">> = async (v) => {
  const { zorgkantoorId } = v.params;
  rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "tweedeHandtekening");
  // The zorgkantoor's aanbiederslijst holds every aanbieder with a case here (§1 scope); an
  // aanbieder missing from it (a case from before the list) is checked against its cases.
  const [open, lijst] = await Promise.all([
    openBankwijzigingen(),
    leesAanbiederslijst(zorgkantoorId),
  ]);
  const buiten = [...new Set(open.map((w) => w.aanbiederId))].filter((id) => !lijst.has(id));
  await Promise.all(
    buiten.map(async (id) => {
      // The aanbieder is read beside its cases (one round), used only if one is here.
      const [zaken, aanbieder] = await Promise.all([aanvragenVanAanbieder(id), leesAanbieder(id)]);
      const a = zaken.some((z) => z.zorgkantoorId === zorgkantoorId) && aanbieder;
      if (a) lijst.set(id, { naam: a.naam, nzaNummer: a.nzaNummer, agbCode: a.agbCode });
    }),
  );
  const hier = new Map([...lijst].map(([id, a]) => [id, a.naam]));
  return {
    body: {
      zorgkantoorId,
      wijzigingen: open
        .filter((w) => hier.has(w.aanbiederId))
        .map((w) => wijzigingAntwoord(w, hier.get(w.aanbiederId)!, v.gebruiker)),
    },
  };
};
