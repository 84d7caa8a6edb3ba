// Shared by the zorgkantoor pages: Dutch names of deadline statuses (text, never colour alone),
// and the choice of zorgkantoor and year that travels in the query string.
import { kiesbareJaren, lopendJaar } from "#shared/kalender/jaren.js";
import { badge, h } from "../../lib/dom.js";
import type { Context } from "../../lib/pagina.js";

/** §5: the deadline status of the assessment as a badge with words. */
export function termijnBadge(status: string | undefined): HTMLElement {
  switch (status) {
    case "binnen_termijn":
      return badge("safe", "Binnen termijn");
    case "streefdatum_verstreken":
      return badge("warning", "Streefdatum (6 weken) verstreken");
    case "uiterste_datum_verstreken":
      return badge("danger", "Uiterste datum (3 maanden) verstreken");
    case "afgerond":
      return badge("neutral", "Afgerond");
    default:
      return badge("neutral", "Nog niet ontvangen");
  }
}

const SLEUTEL = "kb.zorgkantoor.keuze";

export interface Keuze {
  zorgkantoorId: string;
  jaar: number;
}

/**
 * The zorgkantoor and year of the page: from the query string, else the last choice in this tab,
 * else the user's first zorgkantoor and the cycle the portal clock is in (shared/kalender/
 * jaren.ts; "now" came with GET /api/mij, never the browser's clock). [choice] the year is always
 * visible and chosen from a list on the page (in September–December next year's aanvragen arrive).
 * Async as before, so the pages that await it stay as they are.
 */
export async function keuze(c: Context): Promise<Keuze> {
  const q = new URL(location.href).searchParams;
  const eerder = JSON.parse(sessionStorage.getItem(SLEUTEL) ?? "null") as Keuze | null;
  const zk = q.get("zorgkantoor") ?? eerder?.zorgkantoorId ?? c.zorgkantoren[0] ?? "";
  const jaarTekst = q.get("jaar");
  const jaar =
    jaarTekst && /^\d{4}$/.test(jaarTekst) ? Number(jaarTekst) : (eerder?.jaar ?? lopendJaar(c.nu));
  const k = { zorgkantoorId: zk, jaar };
  sessionStorage.setItem(SLEUTEL, JSON.stringify(k));
  return k;
}

const veld = (id: string, label: string, invoer: HTMLElement) =>
  h(
    "div",
    { class: "utrecht-form-field" },
    h(
      "div",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label", for: id }, label),
    ),
    invoer,
  );

/** The zorgkantoor as a list when the user has several, else a hidden field. */
export function zorgkantoorVeld(c: Context, k: Keuze, zorgkantoren?: string[]): HTMLElement {
  const opties = [...new Set([...(zorgkantoren ?? c.zorgkantoren), k.zorgkantoorId])].filter(
    Boolean,
  );
  return opties.length > 1
    ? veld(
        "kb-keuze-zk",
        "Zorgkantoor",
        h(
          "select",
          {
            class: "utrecht-select utrecht-select--html-select",
            id: "kb-keuze-zk",
            name: "zorgkantoor",
          },
          ...opties.map((z) => h("option", { value: z, selected: z === k.zorgkantoorId }, z)),
        ),
      )
    : h("input", { type: "hidden", name: "zorgkantoor", value: k.zorgkantoorId });
}

/** The year, chosen from the years the portal clock offers (shared/kalender/jaren.ts). */
export const jaarVeld = (c: Context, k: Keuze): HTMLElement =>
  veld(
    "kb-keuze-jaar",
    "Jaar",
    h(
      "select",
      { class: "utrecht-select utrecht-select--html-select", id: "kb-keuze-jaar", name: "jaar" },
      ...kiesbareJaren(c.nu, k.jaar).map((j) =>
        h("option", { value: String(j), selected: j === k.jaar }, String(j)),
      ),
    ),
  );

/** A small GET form to change zorgkantoor and year (reloads the page with the new query). */
export function keuzeFormulier(c: Context, k: Keuze, zorgkantoren?: string[]): HTMLElement {
  return h(
    "form",
    { class: "kb-keuze", method: "get", "aria-label": "Zorgkantoor en jaar kiezen" },
    zorgkantoorVeld(c, k, zorgkantoren),
    jaarVeld(c, k),
    h(
      "button",
      { type: "submit", class: "utrecht-button utrecht-button--secondary-action" },
      "Toon",
    ),
  );
}
