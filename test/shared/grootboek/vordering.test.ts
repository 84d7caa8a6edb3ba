import { describe, expect, it } from "vitest";
import type { Boeking } from "#shared/grootboek/boeking.js";
import { reconcilieert } from "#shared/grootboek/saldo.js";
import {
  eerdereOntvangst,
  ontvangstBoekingen,
  ontvangstIdVan,
  vorderingStatus,
  vorderingVan,
} from "#shared/grootboek/vordering.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import { betaaldVoorschot, boeking, d, tekst } from "./hulp.js";

const OP = new Date("2021-06-01T10:00:00+02:00");
const betaald = betaaldVoorschot("768000.00", 3);
const vordering = boeking("vordering_opgelegd", "-20081.92", {
  vervaldatum: "2021-06-14",
  datum: "2021-05-15T10:00:00+02:00",
});

function ontvang(ledger: Boeking[], bedrag: string, kenmerk: string): Boeking[] {
  const r = ontvangstBoekingen(ledger, d(bedrag), ontvangstIdVan(kenmerk), OP);
  if (!r.ok) throw new Error(r.fout.melding);
  return [...ledger, ...r.waarde];
}

const stand = (ledger: Boeking[]) => {
  const v = vorderingVan(ledger);
  if (!v.ok || !v.waarde) return v;
  const w = v.waarde;
  return {
    bedrag: tekst(w.bedrag),
    vervaldatum: w.vervaldatum && dagTekst(w.vervaldatum),
    ontvangen: tekst(w.ontvangen),
    verrekend: tekst(w.verrekend),
    open: tekst(w.open),
    status: w.status,
  };
};

describe("de vordering van een zaak uit het grootboek (§15.3, §15.4)", () => {
  it("zonder vordering is er geen", () => {
    expect(vorderingVan(betaald)).toEqual({ ok: true, waarde: undefined });
  });

  it("open, deels ontvangen, ontvangen: de ontvangsten lopen de vordering af tot de zaak afgewikkeld is", () => {
    let ledger = [...betaald, vordering];
    expect(stand(ledger)).toEqual({
      bedrag: "20081.92",
      vervaldatum: "2021-06-14",
      ontvangen: "0.00",
      verrekend: "0.00",
      open: "20081.92",
      status: "open",
    });
    ledger = ontvang(ledger, "10000.00", "NL-BANK 2021/001");
    expect(stand(ledger)).toMatchObject({
      ontvangen: "10000.00",
      open: "10081.92",
      status: "deels_ontvangen",
    });
    ledger = ontvang(ledger, "10081.92", "NL-BANK 2021/002");
    expect(stand(ledger)).toMatchObject({
      ontvangen: "20081.92",
      open: "0.00",
      status: "ontvangen",
    });
    expect(reconcilieert(d("747918.08"), ledger)).toMatchObject({
      ok: true,
      waarde: { klopt: true, afgewikkeld: true },
    });
  });

  it("verrekend zonder ontvangst heet verrekend; een gedeeltelijke verrekening laat hem open", () => {
    const deel = boeking("verrekening", "-5000.00", {
      betreft: vordering.sleutel,
      verrekening: { jaar: 2021, tegenboeking: "x" },
    });
    expect(stand([...betaald, vordering, deel])).toMatchObject({
      verrekend: "5000.00",
      open: "15081.92",
      status: "open",
    });
    const rest = boeking("verrekening", "-15081.92", {
      betreft: vordering.sleutel,
      verrekening: { jaar: 2021, tegenboeking: "y" },
    });
    expect(stand([...betaald, vordering, deel, rest])).toMatchObject({
      open: "0.00",
      status: "verrekend",
    });
    expect(vorderingStatus({ open: d("0"), ontvangen: d("1") })).toBe("ontvangen");
  });

  it("een correctie (§15.6) verlaagt wat verschuldigd is; helemaal weg is geen vordering", () => {
    const c = boeking("correctie", "20081.92", { betreft: vordering.sleutel });
    expect(vorderingVan([...betaald, vordering, c])).toEqual({ ok: true, waarde: undefined });
    const half = boeking("correctie", "81.92", { betreft: vordering.sleutel });
    expect(stand([...betaald, vordering, half])).toMatchObject({
      bedrag: "20000.00",
      open: "20000.00",
    });
  });

  it("meer dan open staat wordt geweigerd op bedrag; zonder open vordering GEEN_OPEN_VORDERING", () => {
    const ledger = [...betaald, vordering];
    expect(ontvangstBoekingen(ledger, d("20081.93"), "k", OP)).toMatchObject({
      ok: false,
      fout: { code: "ONTVANGST_TE_HOOG", veld: "bedrag" },
    });
    expect(ontvangstBoekingen(ledger, d("0.00"), "k", OP)).toMatchObject({ ok: false });
    expect(ontvangstBoekingen(betaald, d("1.00"), "k", OP)).toMatchObject({
      ok: false,
      fout: { code: "GEEN_OPEN_VORDERING" },
    });
  });

  it("twee vorderingen: de oudste eerst; dezelfde ontvangst geeft dezelfde sleutels", () => {
    const later = boeking("vordering_opgelegd", "-1000.00", {
      vervaldatum: "2022-01-31",
      datum: "2021-12-01T10:00:00+01:00",
    });
    const ledger = [...betaald, later, vordering];
    const r = ontvangstBoekingen(ledger, d("20581.92"), ontvangstIdVan("  bank  42 "), OP);
    expect(r.ok && r.waarde.map((b) => [b.betreft, tekst(b.bedrag)])).toEqual([
      [vordering.sleutel, "-20081.92"],
      [later.sleutel, "-500.00"],
    ]);
    const nogmaals = ontvangstBoekingen(ledger, d("20581.92"), ontvangstIdVan("bank 42"), OP);
    expect(nogmaals.ok && nogmaals.waarde.map((b) => b.sleutel)).toEqual(
      r.ok && r.waarde.map((b) => b.sleutel),
    );
    const na = [...ledger, ...(r.ok ? r.waarde : [])];
    expect(eerdereOntvangst(na, ontvangstIdVan("bank 42"))).toHaveLength(2);
    // The oldest post is settled: the due date shown is that of the one still open.
    expect(stand(na)).toMatchObject({ vervaldatum: "2022-01-31", status: "deels_ontvangen" });
  });
});
