// docs/regels.md §1 four eyes: everything that waits for a second signature at a zorgkantoor, in
// any year, in one list — one Query on the waiting items (functions/data/goedkeuringen.ts says
// why they exist) beside the aanbiederslijst, after the memberships: two rounds. Per item the
// caller learns whether they may sign, and if not why; a beoordelaar sees it read-only.
import { magTweedeTekenen } from "#shared/toegang/vierOgen.js";
import { aanbiedersBij, leesAanbiederslijst } from "../data/aanbiederslijst.js";
import { leesWachtend, type WachtRecord } from "../data/goedkeuringen.js";
import type { Gebruiker, Operatie } from "../lib/verzoek.js";
import { eisZorgkantoorInScope } from "../lib/zorgkantoorscope.js";
import type { RouteVan } from "../routes.js";

const ZAAKPADEN = {
  toekenning: { goedkeuring: "toekenning/goedkeuring", brief: "pdf/beoordelingsbrief" },
  vaststelling: { goedkeuring: "vaststelling/goedkeuring", brief: "pdf/vaststelling" },
  herziening: { goedkeuring: "vaststelling/herziening/goedkeuring", brief: "pdf/vaststelling" },
} as const;

/** Where the item is approved and its letter read; a batch is released and has no letter. */
function paden(w: WachtRecord): { goedkeuring: string; brief: string | null } {
  if (w.soort === "betaalbatch" || !w.aanvraagId) {
    const b = w.batch!;
    const zk = `/api/zorgkantoren/${encodeURIComponent(w.zorgkantoorId)}`;
    return {
      goedkeuring: `${zk}/betaalopdrachten/${b.maand}/batches/${b.nummer}/vrijgave`,
      brief: null,
    };
  }
  const zaak = `/api/aanvragen/${encodeURIComponent(w.aanvraagId)}`;
  const p = ZAAKPADEN[w.soort];
  return { goedkeuring: `${zaak}/${p.goedkeuring}`, brief: `${zaak}/${p.brief}` };
}

const isBeheer = (g: Gebruiker, zorgkantoorId: string): boolean =>
  g.lidmaatschappen.some(
    (l) => l.rol === "zorgkantoor-beheer" && l.zorgkantoorId === zorgkantoorId,
  );

/** May the caller sign second, and if not: why, in words for them. */
function handtekening(w: WachtRecord, g: Gebruiker, beheer: boolean): string | null {
  if (w.voorgesteldDoor.sub === g.sub)
    return "U stelde dit zelf voor; een andere medewerker van zorgkantoor-beheer keurt het goed.";
  const h = magTweedeTekenen(
    w.soort,
    { sub: w.voorgesteldDoor.sub, rol: w.voorgesteldDoor.rol as "beoordelaar" },
    { sub: g.sub, rol: beheer ? "zorgkantoor-beheer" : "beoordelaar" },
  );
  return h.toegestaan ? null : h.reden;
}

export const goedkeuringen: Operatie<RouteVan<"goedkeuringen">> = async (v) => {
  const { zorgkantoorId } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId);
  const lijst = leesAanbiederslijst(zorgkantoorId);
  lijst.catch(() => undefined);
  const wachtend = await leesWachtend(zorgkantoorId);
  const aanbieders = await aanbiedersBij(
    zorgkantoorId,
    wachtend.flatMap((w) => (w.aanbiederId ? [w.aanbiederId] : [])),
    lijst,
  );
  const beheer = isBeheer(v.gebruiker, zorgkantoorId);
  const items = wachtend
    .sort((a, b) => b.jaar - a.jaar || a.op.localeCompare(b.op))
    .map((w) => {
      const reden = handtekening(w, v.gebruiker, beheer);
      const p = paden(w);
      return {
        soort: w.soort,
        aanvraagId: w.aanvraagId ?? null,
        aanbiederNaam: w.aanbiederId
          ? (aanbieders.get(w.aanbiederId)?.naam ?? "onbekende aanbieder")
          : null,
        batch: w.batch ?? null,
        was: w.was ?? null,
        nieuweVersie: w.nieuweVersie ?? null,
        jaar: w.jaar,
        // Never a raw user id on a screen: the e-mail address the audit trail names people by.
        voorgesteldDoor: w.voorgesteldDoor.naam ?? "een medewerker van het zorgkantoor",
        voorgesteldOp: w.op,
        motivering: w.motivering,
        tegenover: w.tegenover,
        bedragen: w.bedragen,
        totaal: w.totaal,
        magGoedkeuren: reden === null,
        reden,
        wieTekent: "een andere medewerker van zorgkantoor-beheer dan wie voorstelde",
        ...p,
        terugsturen:
          w.soort === "toekenning" && reden === null
            ? p.goedkeuring.replace(/goedkeuring$/, "terugsturen")
            : null,
      };
    });
  return { body: { zorgkantoorId, items } };
};
