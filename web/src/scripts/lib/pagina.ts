// Start of every protected page: a session is required (else to the login page, coming back
// here), the memberships come from GET /api/mij (the server decides; the menu only follows), the
// navigation shows the items of the user's roles, and a page meant for other roles says so.
// The server refuses such requests anyway (404/403); this only spares the user a broken page.
import { type ApiFout, haalMetNu } from "./api.js";
import type { Antwoord } from "./apiTypen.js";
import { element, melding, vervang } from "./dom.js";
import { huidigeSessie, naarInloggen, uitloggen } from "./sessie.js";

export type Mij = Antwoord<"mij">;
export type Lidmaatschap = Mij["lidmaatschappen"][number];
export type Rol = Lidmaatschap["rol"];

export interface Context {
  mij: Mij;
  rollen: ReadonlySet<Rol>;
  heeftRol(...r: Rol[]): boolean;
  /** The zorgkantoren the user works for (beoordelaar or beheer). */
  zorgkantoren: string[];
  aanbieders: string[];
  /**
   * The portal's "now" (§3.1: the server's clock; x-kb-klok when set, in the demo and the tests),
   * from the answer of GET /api/mij, so a page knows the running year without another request.
   */
  nu: Date;
}

const uniek = (xs: (string | undefined)[]): string[] => [
  ...new Set(xs.filter((x): x is string => !!x)),
];

function context(mij: Mij, nu: Date): Context {
  const rollen = new Set(mij.lidmaatschappen.map((l) => l.rol));
  return {
    mij,
    nu,
    rollen,
    heeftRol: (...r) => r.some((x) => rollen.has(x)),
    zorgkantoren: uniek(
      mij.lidmaatschappen
        .filter((l) => l.rol !== "aanbieder")
        .map((l) => ("zorgkantoorId" in l ? l.zorgkantoorId : undefined)),
    ),
    aanbieders: uniek(
      mij.lidmaatschappen.map((l) => ("aanbiederId" in l ? l.aanbiederId : undefined)),
    ),
  };
}

function toonNavigatie(c: Context): void {
  for (const item of document.querySelectorAll<HTMLElement>("[data-rollen]")) {
    if (item.tagName === "BODY") continue;
    const nodig = (item.dataset.rollen ?? "").split(" ").filter(Boolean) as Rol[];
    if (nodig.length > 0 && !c.heeftRol(...nodig)) item.remove();
  }
  document.getElementById("kb-nav")?.classList.remove("kb-wacht");
  const wie = document.getElementById("kb-gebruiker");
  if (wie) wie.textContent = c.mij.email ?? huidigeSessie()?.gebruikersnaam ?? "";
  document.getElementById("kb-gebruikersblok")?.classList.remove("kb-wacht");
}

/** The menu button of a narrow screen opens and closes the menu; Escape closes it again. */
function vouwbaarMenu(): void {
  const knop = document.getElementById("kb-menuknop");
  if (!knop) return;
  const zet = (open: boolean) => knop.setAttribute("aria-expanded", String(open));
  knop.addEventListener("click", () => zet(knop.getAttribute("aria-expanded") !== "true"));
  knop.parentElement?.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || knop.getAttribute("aria-expanded") !== "true") return;
    zet(false);
    knop.focus();
  });
}

/** Shows an error in the page's main area (role=alert) and stops the page script. */
export function toonFout(fout: unknown): never {
  const inhoud = document.getElementById("kb-pagina") ?? element("inhoud");
  const tekst = fout instanceof Error ? fout.message : "Er ging iets mis.";
  vervang(inhoud, melding("error", tekst));
  throw fout;
}

/** Shows an API error next to the page's content without throwing (for forms). */
export function foutTekst(fout: unknown): string {
  if (fout && typeof fout === "object" && "status" in fout) {
    const f = fout as ApiFout;
    return f.message;
  }
  return fout instanceof Error ? fout.message : "Er ging iets mis.";
}

export async function start(): Promise<Context> {
  if (!huidigeSessie()) naarInloggen();
  vouwbaarMenu();
  document.getElementById("kb-uitloggen")?.addEventListener("click", () => {
    uitloggen();
    location.assign("/inloggen/?reden=uitgelogd");
  });
  let c: Context;
  try {
    const { body, nu } = await haalMetNu<Mij>("/api/mij");
    c = context(body, nu);
  } catch (e) {
    return toonFout(e);
  }
  toonNavigatie(c);
  const nodig = (document.body.dataset.rollen ?? "").split(" ").filter(Boolean) as Rol[];
  if (nodig.length > 0 && !c.heeftRol(...nodig)) {
    return toonFout(new Error("Deze pagina is niet voor uw rol. Kies een onderdeel in het menu."));
  }
  return c;
}
