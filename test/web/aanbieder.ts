// Page helpers for the aanbieder side of the site: log in as the demo aanbieder, make
// a fresh aanvraag through the API (tests that change state use their own case), move with the
// keyboard only.
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { demoGebruiker, logIn, nieuweSessie, portaal, type Sessie } from "./browser.js";

/** The indieningsperiode for 2021 is 1 Sep – 31 Dec 2020 (§4.2). */
export const IN_INDIENINGSPERIODE = "2020-10-01T10:00:00+02:00";

export const alsAanbieder = (browser: Browser, klok?: string): Promise<Sessie> =>
  alsRol(browser, "aanbieder", klok);

export async function alsRol(browser: Browser, rol: string, klok?: string): Promise<Sessie> {
  const s = await nieuweSessie(browser, klok ? { klok } : {});
  const g = demoGebruiker(rol);
  try {
    await logIn(s, g.email, g.wachtwoord);
  } catch (e) {
    // Seen a few times on the shared 2-core machine (also in other files): the login form did not
    // become fillable within 30 s. Report where the page was, then try once more; a second
    // failure fails the test.
    console.error(`[aanbieder] inloggen mislukt op ${s.page.url()}: ${String(e).slice(0, 300)}`);
    console.error((await s.page.content().catch(() => "")).slice(0, 1500));
    await logIn(s, g.email, g.wachtwoord);
  }
  return s;
}

export const naar = (s: Sessie, pad: string) => s.page.goto(`${portaal().url}${pad}`);

/** POST /api/aanvragen from inside the page (the user's own token). */
export async function maakAanvraag(
  page: Page,
  aanbiederId: string,
  jaar: number,
  zorgkantoorId = "zk-zilveren-kruis",
): Promise<string> {
  const r = await page.evaluate(
    async ([a, z, j]) => {
      const s = JSON.parse(sessionStorage.getItem("kb.sessie") ?? "{}");
      const res = await fetch("/api/aanvragen", {
        method: "POST",
        headers: { authorization: `Bearer ${s.accessToken}`, "content-type": "application/json" },
        body: JSON.stringify({ aanbiederId: a, zorgkantoorId: z, jaar: Number(j) }),
      });
      return { status: res.status, body: await res.json() };
    },
    [aanbiederId, zorgkantoorId, String(jaar)] as const,
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return (r.body as { id: string }).id;
}

/** The accessible name of the focused element (its label, else its text). */
export const focusNaam = (page: Page): Promise<string> =>
  // A string, evaluated in the page: the test project's TypeScript has no DOM library.
  page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return "";
    const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label");
    return (label ?? el.textContent ?? "").trim();
  })()`);

/** Presses Tab (Shift+Tab with `terug`) until the focused element's name matches. */
export async function tabNaar(page: Page, naam: string | RegExp, terug = false): Promise<void> {
  const past = (n: string) => (typeof naam === "string" ? n === naam : naam.test(n));
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(terug ? "Shift+Tab" : "Tab");
    if (past(await focusNaam(page))) return;
  }
  throw new Error(`geen element "${naam}" bereikt met de Tab-toets`);
}

/** A call to the API from inside the page, with the logged-in user's token (and the test clock). */
export async function apiAls(
  page: Page,
  methode: string,
  pad: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  // A stable page first: right after logging in "/" may still be redirecting.
  await page.waitForLoadState("load");
  return page.evaluate(
    async ([m, p, b]) => {
      const s = JSON.parse(sessionStorage.getItem("kb.sessie") ?? "{}");
      const res = await fetch(p, {
        method: m,
        headers: {
          authorization: `Bearer ${s.accessToken}`,
          ...(b === "" ? {} : { "content-type": "application/json" }),
        },
        body: b === "" ? undefined : b,
      });
      return {
        status: res.status,
        body: (await res.json().catch(() => ({}))) as Record<string, unknown>,
      };
    },
    [methode, pad, body === undefined ? "" : JSON.stringify(body)] as const,
  );
}

/** Uploads a one-page PDF as kwaliteitsplan through the presigned POST, from inside the page. */
export async function uploadKwaliteitsplan(page: Page, aanvraagId: string): Promise<void> {
  const pdf =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  const pad = `/api/aanvragen/${aanvraagId}/documenten`;
  const v = await apiAls(page, "POST", pad, {
    soort: "kwaliteitsplan",
    bestandsnaam: "plan.pdf",
    grootte: pdf.length,
    contentType: "application/pdf",
  });
  expect(v.status, JSON.stringify(v.body)).toBe(201);
  const { url, velden } = v.body.upload as { url: string; velden: Record<string, string> };
  const status = await page.evaluate(
    async ([u, vs, inhoud]) => {
      const f = new FormData();
      for (const [k, w] of Object.entries(JSON.parse(vs))) f.append(k, w as string);
      f.append("file", new Blob([inhoud], { type: "application/pdf" }), "plan.pdf");
      return (await fetch(u, { method: "POST", body: f })).status;
    },
    [url, JSON.stringify(velden), pdf] as const,
  );
  expect(status).toBeLessThan(300);
  const id = (v.body.document as { id: string }).id;
  const b = await apiAls(page, "POST", `${pad}/${id}/bevestiging`);
  expect(b.body.status, JSON.stringify(b.body)).toBe("geaccepteerd");
}
