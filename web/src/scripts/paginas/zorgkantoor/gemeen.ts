// Shared by the zorgkantoor pages: Dutch names of deadline statuses (text, never colour alone),
// and the choice of zorgkantoor and year that travels in the query string.
import { haalMetNu } from "../../lib/api.js";
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
 * The portal's year (§3.1: "now" is the server's): responses echo the clock when it is set
 * (x-kb-klok: the demo and the tests), else their Date header; the browser's clock only last.
 */
async function portaalJaar(): Promise<number> {
  // Through haalMetNu, which reads the answer's body: a fetch whose body is never read stays open
  // in Chromium, so the page never came to rest on the network (regio, voorschotten;).
  const { nu } = await haalMetNu<unknown>("/api/mij");
  const jaar = Number(
    new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(nu),
  );
  return Number.isInteger(jaar) ? jaar : new Date().getFullYear();
}

/**
 * The zorgkantoor and year of the page: from the query string, else the last choice in this tab,
 * else the user's first zorgkantoor and the portal's current year. [choice] the year is always
 * visible and changeable on the page (in October–December the aanvragen of next year arrive).
 */
export async function keuze(c: Context): Promise<Keuze> {
  const q = new URL(location.href).searchParams;
  const eerder = JSON.parse(sessionStorage.getItem(SLEUTEL) ?? "null") as Keuze | null;
  const zk = q.get("zorgkantoor") ?? eerder?.zorgkantoorId ?? c.zorgkantoren[0] ?? "";
  const jaarTekst = q.get("jaar");
  const jaar =
    jaarTekst && /^\d{4}$/.test(jaarTekst)
      ? Number(jaarTekst)
      : (eerder?.jaar ?? (await portaalJaar().catch(() => new Date().getFullYear())));
  const k = { zorgkantoorId: zk, jaar };
  sessionStorage.setItem(SLEUTEL, JSON.stringify(k));
  return k;
}

/** A small GET form to change zorgkantoor and year (reloads the page with the new query). */
export function keuzeFormulier(c: Context, k: Keuze, zorgkantoren?: string[]): HTMLElement {
  const opties = [...new Set([...(zorgkantoren ?? c.zorgkantoren), k.zorgkantoorId])].filter(
    Boolean,
  );
  const kies =
    opties.length > 1
      ? h(
          "div",
          { class: "utrecht-form-field" },
          h(
            "div",
            { class: "utrecht-form-field__label" },
            h("label", { class: "utrecht-form-label", for: "kb-keuze-zk" }, "Zorgkantoor"),
          ),
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
  return h(
    "form",
    { class: "kb-keuze", method: "get", "aria-label": "Zorgkantoor en jaar kiezen" },
    kies,
    h(
      "div",
      { class: "utrecht-form-field" },
      h(
        "div",
        { class: "utrecht-form-field__label" },
        h("label", { class: "utrecht-form-label", for: "kb-keuze-jaar" }, "Jaar"),
      ),
      h("input", {
        class: "utrecht-textbox utrecht-textbox--html-input",
        id: "kb-keuze-jaar",
        name: "jaar",
        inputmode: "numeric",
        value: String(k.jaar),
        size: 6,
      }),
    ),
    h(
      "button",
      { type: "submit", class: "utrecht-button utrecht-button--secondary-action" },
      "Toon",
    ),
  );
}
