// The requested amounts of year t from the aanvraag's content, for the LIVE limits of the
// decision form (§5.1: never above the request per category). Same rule as shared/indiening/
// begroting.ts (fte × kosten per fte × (13 − ingangsmaand) / 12, half-up to cents per line), in
// exact BigInt cents; the server recomputes with decimal.js and its 422 is the one that counts.
import { centen } from "../../lib/bedrag.js";

export interface Personeelsregel {
  soort?: string;
  fte?: string;
  ingangsmaand?: number;
  kostenPerFte?: string;
  loonkostenPerFte?: { direct?: string; indirect?: string; premies?: string };
}
interface Begrotingsjaar {
  jaar?: number;
  personeel?: Personeelsregel[];
  overige?: { id?: string; omschrijving?: string; bedrag?: string }[];
}

/** "10.5" → [105n, 10n]: an exact decimal as numerator and power of ten. */
function breuk(s: string): [bigint, bigint] | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (!m) return null;
  const dec = m[2] ?? "";
  return [BigInt(m[1]! + dec), 10n ** BigInt(dec.length)];
}

/** One personeel line's cost in year t, in cents. */
export function regelCenten(r: Personeelsregel): bigint {
  const l = r.loonkostenPerFte;
  const kosten =
    r.soort === "inhuur"
      ? (centen(r.kostenPerFte ?? "") ?? 0n)
      : (centen(l?.direct ?? "") ?? 0n) +
        (centen(l?.indirect ?? "") ?? 0n) +
        (centen(l?.premies ?? "") ?? 0n);
  const fte = breuk(r.fte ?? "0");
  if (!fte) return 0n;
  const maanden = BigInt(13 - (r.ingangsmaand ?? 1));
  const teller = fte[0] * kosten * maanden;
  const noemer = fte[1] * 12n;
  return (teller * 2n + noemer) / (2n * noemer); // half-up, non-negative
}

export interface AangevraagdeRegel {
  id: string;
  omschrijving: string;
  bedrag: bigint;
}

export interface Aangevraagd {
  personeel: bigint;
  overige: bigint;
  /** §15.1: the overige lines of year t, each granted on its own. */
  overigeRegels: AangevraagdeRegel[];
}

export function aangevraagd(
  inhoud: Record<string, unknown> | undefined,
  jaar: number,
): Aangevraagd {
  const begroting = (inhoud?.begroting ?? []) as Begrotingsjaar[];
  const j = begroting.find((b) => b.jaar === jaar);
  const overigeRegels = (j?.overige ?? []).map((r) => ({
    id: r.id ?? "",
    omschrijving: r.omschrijving ?? "",
    bedrag: centen(r.bedrag ?? "") ?? 0n,
  }));
  return {
    personeel: (j?.personeel ?? []).reduce((s, r) => s + regelCenten(r), 0n),
    overige: overigeRegels.reduce((s, r) => s + r.bedrag, 0n),
    overigeRegels,
  };
}
