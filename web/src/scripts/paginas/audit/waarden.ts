// What an audit record changed, in words: fields by their Dutch label (shared/veldnamen.ts),
// dates and months in Dutch, amounts in euros, states by their name. Ids and technical fields
// (keys, subs, content types) are left out: they say nothing to a reader and the "Wat" column
// already names the object (UX: no internal codes on a screen).
import { veldNaam } from "#shared/veldnamen.js";
import { euro } from "../../lib/bedrag.js";
import { datum, h, tijdstip } from "../../lib/dom.js";
import { toestandNaam } from "../../lib/toestand.js";

const ROLLEN: Readonly<Record<string, string>> = {
  aanbieder: "aanbieder",
  beoordelaar: "beoordelaar",
  "zorgkantoor-beheer": "zorgkantoor-beheer",
  "landelijk-beheer": "landelijk beheer",
  systeem: "het portaal (automatisch)",
};

/** A role as a reader says it. */
export const rolNaam = (rol: string): string => ROLLEN[rol] ?? rol;

const MAAND = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** Ids, keys and other technical fields (by the field's own name): not shown. */
const technisch = (pad: string): boolean =>
  /^(id|sub|sleutel|contentType|versie|basisVersie)$|Id$/.test(
    pad
      .replace(/\[\d+\]/g, "")
      .split(".")
      .at(-1) ?? "",
  );

const alsId = /^(?:aanb|zk)-|^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-f]{12,}$/;

/** One stored value as text. */
export function leesbareWaarde(x: unknown): string {
  if (x === null || x === undefined || x === "") return "leeg";
  if (typeof x === "boolean") return x ? "ja" : "nee";
  if (typeof x !== "string") return String(x);
  if (/^\d{4}-\d{2}-\d{2}$/.test(x)) return datum(x);
  if (/^\d{4}-\d{2}-\d{2}T/.test(x)) return tijdstip(x);
  if (/^\d{4}-\d{2}$/.test(x)) return MAAND.format(new Date(`${x}-01T00:00:00Z`));
  if (/^-?\d+\.\d{2}$/.test(x)) return euro(x);
  if (x in ROLLEN) return rolNaam(x);
  const naam = toestandNaam(x);
  if (naam !== x) return naam;
  return /^[a-z]+(?:_[a-z0-9]+)+$/.test(x) ? x.replaceAll("_", " ") : x;
}

/** Whether a field/value pair is worth a line (not an id, not a technical field). */
export const toonbaar = (pad: string, waarde: unknown): boolean =>
  !technisch(pad) && !(typeof waarde === "string" && alsId.test(waarde));

/** "Label: oud → nieuw" for a field change. */
export const wijzigingTekst = (veld: string, oud: unknown, nieuw: unknown): string =>
  `${veldNaam(veld)}: ${leesbareWaarde(oud)} → ${leesbareWaarde(nieuw)}`;

/** A stored object as its leaves, [path, value], depth first. */
function bladeren(x: unknown, pad = ""): [string, unknown][] {
  if (Array.isArray(x)) return x.flatMap((v, i) => bladeren(v, `${pad}[${i}]`));
  if (x && typeof x === "object")
    return Object.entries(x).flatMap(([k, v]) => bladeren(v, pad ? `${pad}.${k}` : k));
  return [[pad, x]];
}

/** A before/after state as a short list "Label: waarde" (at most `max` lines). */
export function toestandLijst(x: unknown, max = 12): HTMLElement | string {
  if (x === undefined || x === null) return "—";
  const regels = bladeren(x)
    .filter(([p, v]) => toonbaar(p, v))
    .map(([p, v]) => (p ? `${veldNaam(p)}: ${leesbareWaarde(v)}` : leesbareWaarde(v)));
  if (regels.length === 0) return "—";
  const meer = regels.length - max;
  return h(
    "ul",
    { class: "utrecht-unordered-list" },
    ...regels.slice(0, max).map((r) => h("li", {}, r)),
    ...(meer > 0 ? [h("li", {}, `en nog ${meer} velden`)] : []),
  );
}
